"""A new user's first hour on Windows-like settings (cp1252 output, 80 columns, a store folder with
a space in its path), through the installed ``lkj-tui``: each command's next step can be typed
as it is printed, and a mistyped report id names the one meant."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.conftest import run_cli
from tests.test_narrow_terminal import _on_a_terminal

INSTANSI = "Dinas Kependudukan dan Pencatatan Sipil Kabupaten Bengkulu Selatan"
RID = "dinas-kependudukan-dan-pencatatan-sipil-kabupaten-bengkulu-selatan-2025"
WINDOWS = {"PYTHONIOENCODING": "cp1252", "COLUMNS": "80"}


@pytest.fixture
def spaced(tmp_path: Path) -> Path:
    """A store in a folder whose path has a space ("Data LKj"), as on a Windows desktop."""
    store = tmp_path / "Data LKj" / "store"
    done = run_cli("init", "--store", str(store), env=WINDOWS)
    assert done.returncode == 0, done.stderr
    return store


def _filled_template(tmp_path: Path) -> Path:
    """``lkj-tui template``'s workbook with a report's identity and three IKU filled in."""
    import openpyxl

    path = tmp_path / "Data LKj" / "templat.xlsx"
    done = run_cli("template", "-o", str(path), env=WINDOWS)
    assert done.returncode == 0, done.stderr
    book = openpyxl.load_workbook(path)
    for row in [
        ("tujuan", "T1", None, "Meningkatnya akuntabilitas kinerja"),
        ("sasaran", "S1", "T1", "Meningkatnya kualitas pelayanan publik"),
        (
            "iku",
            "IKU 1",
            "S1",
            "Indeks Kepuasan Masyarakat",
            "indeks",
            "positif",
            None,
            "82",
            "79,5",
        ),
        ("iku", "IKU 2", "S1", "Angka kematian ibu", "kasus", "negatif", None, "100", "120"),
    ]:
        book["Data"].append(list(row))
    book["Laporan"]["B3"] = INSTANSI
    book["Laporan"]["B4"] = 2025
    book.save(path)
    return path


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_next_steps_name_the_store_the_user_typed(
    spaced: Path, tmp_path: Path, lang: str
) -> None:
    """``import --store "…"`` ended with "Buka: lkj-tui --report ID   Ringkasan: lkj-tui status
    --report ID", and ``new`` with "lkj-tui --report ID": typed as printed, they opened the
    default store, where the report is not ("laporan … tidak ada"). Now each next step names the
    store (quoted: its path has a space), and typed as printed it works."""
    book = _filled_template(tmp_path)
    store = ("--store", str(spaced), "--lang", lang)
    done = run_cli("import", str(book), *store, env=WINDOWS)
    assert done.returncode == 0, done.stderr
    quoted = f'--store "{spaced}"' + (" --lang en" if lang == "en" else "")  # (cli22)
    summary = f"lkj-tui status --report {RID} {quoted}"
    assert summary in done.stdout and f"lkj-tui --report {RID} {quoted}" in done.stdout
    again = run_cli("import", str(book), *store, "--overwrite", env=WINDOWS)
    assert f"lkj-tui restore {RID} --revision 1 {quoted}" in again.stdout, again.stdout
    # typed as printed (the default store elsewhere): it finds the report
    status = run_cli("status", "--report", RID, "--store", str(spaced), env=WINDOWS)
    assert status.returncode == 0 and INSTANSI in status.stdout, status.stderr
    made = run_cli("new", "--instansi", "Dinas X", "--tahun", "2025", *store, env=WINDOWS)
    assert made.returncode == 0, made.stderr
    assert f"\n  lkj-tui --report dinas-x-2025 {quoted}\n" in made.stdout  # (cli29: a line)
    assert f"--report dinas-x-2025 --overwrite {quoted}" in made.stdout
    later = run_cli("new", "--from", RID, "--tahun", "2026", *store, env=WINDOWS)
    assert later.returncode == 0, later.stderr
    # piped: its account on one line, as before, then the way to fill the targets (635611a),
    # each command whole on its own line
    account, *steps = later.stdout.splitlines()
    ending = "the old report is unchanged." if lang == "en" else "laporan lama tidak diubah."
    assert account.startswith(("Laporan ", "Report ")) and account.endswith(ending), account
    commands = [line.strip() for line in steps if line.startswith("  ")]
    # export, import, check (the list, edit20), set (edit22) and the TUI
    assert len(commands) == 5 and all(c.startswith("lkj-tui ") for c in commands), steps
    assert all(c.endswith(quoted) for c in commands), commands


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="a pseudo-terminal")
def test_a_quoted_path_stays_whole_on_a_terminal(spaced: Path) -> None:
    """On a terminal the next step's ``--store "…/Data LKj/store"`` was broken at its space (a
    path no longer selected in one piece); now a quoted part that fits a line is one word."""
    args = ["new", "--instansi", "Dinas Y", "--tahun", "2025", "--store", str(spaced)]
    code, shown = _on_a_terminal(args, 100)  # (the quoted path: 80 cells in a test folder)
    assert code == 0, shown
    lines = shown.rstrip("\n").split("\n")
    # (each command on a line of its own after its label: cli29)
    assert len(lines) > 2 and all(line[:2] == "  " or line[-1] == ":" for line in lines[1:]), shown
    assert any(f'"{spaced}"' in line for line in lines), shown  # whole on one line


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_shortened_report_id_names_the_report_meant(spaced: Path, lang: str) -> None:
    """``status -r dinas-kependudukan-2025`` in a store of 7 reports named "dinas-z-2025,
    dinas-y-2025, dinas-x-2025" as the closest (difflib favours ids as short as the typed one),
    not the one whose words were typed; now the ids holding every typed word come first."""
    from lkj_tui.bundled import BUNDLED_REPORT_ID

    for name in ("Dinas X", "Dinas Y", "Dinas Z", "Dinas W", "Dinas V"):
        made = run_cli("new", "--instansi", name, "--tahun", "2025", "--store", str(spaced))
        assert made.returncode == 0, made.stderr
    source = spaced / f"{BUNDLED_REPORT_ID}.json"
    data = source.read_text().replace(BUNDLED_REPORT_ID, RID)
    (spaced / f"{RID}.json").write_text(data)  # (the bundled report under a long id)
    done = run_cli(
        "status", "-r", "dinas-kependudukan-2025", "--store", str(spaced), "--lang", lang
    )
    assert done.returncode == 2, done.stdout
    words = "close to it: " if lang == "en" else "yang mirip: "
    assert f"{words}{RID}, " in done.stderr, done.stderr  # the one meant, first
