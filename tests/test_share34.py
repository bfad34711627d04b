"""Two laptops sharing one store, the twenty-third pass of issue 17 (share34): `resolve` and
`restore --list` at 40 columns break a report id and a path wider than the terminal after a
"-" or a "/"; `log` keeps the " · " between two values in a parenthesis where a line breaks;
`status` keeps a label's last word with the one before it; `sync --clone` to a folder that is
not there says that no store was made before the command that gives the right address."""

from __future__ import annotations

import io
import json
import os
import shutil
from pathlib import Path

import pytest

from lkj_tui.bundled import load_bundled_report
from tests import test_sync
from tests.conftest import run_cli
from tests.test_sharing25 import _on_a_terminal
from tests.test_sync import lkj, start

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")

offices = test_sync.offices

#: A kabupaten OPD's report id: 76 characters, wider than a 40-column line.
LONG_ID = "bengkulu-selatan-dinas-penanaman-modal-dan-pelayanan-terpadu-satu-pintu-2025"
PTY = pytest.mark.skipif(not hasattr(os, "openpty"), reason="a pseudo-terminal")


def _long_conflict(offices) -> None:
    """A conflict on IKU 2's realisasi in the report LONG_ID: "opd" keeps its own 81."""
    from dataclasses import replace

    tmp = Path(str(offices["tmp"]))
    report = load_bundled_report()
    report.meta = replace(report.meta, id=LONG_ID)
    path = tmp / "long.json"
    path.write_text(json.dumps(report.to_document(), ensure_ascii=False), encoding="utf-8")
    assert run_cli("init", store=tmp / "pusat").returncode == 0
    done = run_cli("import", str(path), store=tmp / "pusat")
    assert done.returncode == 0, done.stderr
    start(offices, "pusat", "opd")
    for who, value in (("pusat", "80"), ("opd", "81")):
        done = lkj(offices, who, "set", "IKU 2", "realisasi", value, "-r", LONG_ID)
        assert done.returncode == 0, done.stderr
    for who in ("pusat", "opd"):
        assert lkj(offices, who, "sync").returncode == 0


def _joined(lines: list[str]) -> str:
    """Lines broken after a separator, joined back (each without its indent)."""
    return "".join(line.strip() for line in lines)


@PTY
@pytest.mark.parametrize("lang", ["id", "en"])
def test_resolve_restore_list_and_status_at_40_columns(offices, lang: str) -> None:
    """At 40 columns `resolve`'s "… di laporan ID:" and `restore --list`'s "Versi tersimpan:
    ID" and "Berkas: …/.generations/ID/<revisi>.json" were wrapped by the terminal mid-word
    ("…-penanaman-modal-d" / "an-pelayanan-…", at column 0); `status` left "with:" alone over
    the command that chooses. The id and the path now break after a "-" or a "/", every line
    fits, each joins back whole; the label keeps its last two words together."""
    _long_conflict(offices)
    lines = _on_a_terminal(offices, 40, "resolve", "-r", LONG_ID, "--lang", lang)
    shown = "\n".join(lines)
    head = {"id": "1 konflik sinkronisasi", "en": "1 sync conflict waits"}[lang]
    assert lines[0].startswith(head), shown
    end = next(i for i, line in enumerate(lines) if line.endswith("2025:"))
    assert all(len(line) <= 40 for line in lines[: end + 1]), shown
    assert all(line.endswith(("-", "2025:")) for line in lines[1 : end + 1]), shown
    assert LONG_ID + ":" in " ".join(lines[: end + 1]).replace("- ", "-"), shown

    lines = _on_a_terminal(offices, 40, "restore", "--list", LONG_ID, "--lang", lang)
    shown = "\n".join(lines)
    title, files = {"id": ("Versi tersimpan:", "Berkas: "), "en": ("Kept versions:", "Files: ")}[
        lang
    ]
    assert lines[0] == title, shown
    at = next(i for i, line in enumerate(lines) if line.startswith(files))
    assert _joined(lines[1:at]) == LONG_ID, shown
    assert all(line.startswith("  ") and len(line) <= 40 for line in lines[1:at]), shown
    name = {"id": "<revisi>.json", "en": "<revision>.json"}[lang]
    last = next(i for i, line in enumerate(lines) if line.endswith(name))
    path = str(Path(str(offices["tmp"])) / "opd" / ".generations" / LONG_ID / name)
    assert _joined(lines[at : last + 1]) == files + path, shown
    assert all(len(line) <= 40 for line in lines[at : last + 1]), shown
    assert all(line.endswith(("/", "-", "_")) for line in lines[at:last]), shown

    lines = _on_a_terminal(offices, 40, "status", "-r", LONG_ID, "--lang", lang)
    shown = "\n".join(lines)
    label = {"id": "    yang lain) dengan:", "en": "    value) with:"}[lang]
    assert label in lines, shown
    assert all(line.strip() not in ("with:", "dengan:") for line in lines), shown

    lines = _on_a_terminal(offices, 40, "sync", "--lang", lang)  # (the conflict still open)
    shown = "\n".join(lines)
    label = {"id": "): pilih dengan", "en": "): choose with"}[lang]
    end = next(i for i, line in enumerate(lines) if line.endswith(label))
    start_at = next(i for i, line in enumerate(lines) if "(bengkulu-" in line)
    assert all(len(line) <= 40 for line in lines[start_at : end + 1]), shown
    assert f"({LONG_ID})" in _joined(lines[start_at : end + 1]), shown


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(
    "line",
    [
        "2026-12-05 14:59  Rina  IKU 1 · Realisasi: konflik sinkronisasi tidak lagi tercatat "
        "(95 · yang lain 97)",
        "2026-12-05 14:59  Rina  IKU 1 · Actual (Realisasi): sync conflict waits for a choice "
        "again (in the file 16,50 · other 16,80)",
    ],
)
def test_a_break_inside_a_parenthesis_keeps_its_separator(monkeypatch, line: str) -> None:
    """`log` on a terminal narrower than an entry read "(95" / "yang lain 97)": the " · "
    between the two values was dropped where the line broke, as one between the parts of a
    line is. Inside a parenthesis it is kept at every width; "IKU 1 ·" / "Realisasi" still
    loses it."""
    from lkj_tui.cli.output import folded

    broke_inside = False
    for width in range(40, 121):
        monkeypatch.setenv("COLUMNS", str(width))
        out = folded(line, 18, _Terminal(), ["IKU 1 · Realisasi:"])
        assert out.count("·") == line.count("·"), out
        later = [each.strip() for each in out.split("\n")[1:]]
        broke_inside = broke_inside or any(each.startswith("· ") for each in later)
    assert broke_inside  # (the case at hand: some width breaks at the value's separator)
    monkeypatch.setenv("COLUMNS", "30")
    out = folded("2026-12-05 14:59  Rina  IKU 1 · Realisasi: 2,85 → 2,90", 18, _Terminal())
    assert "· " not in out, out  # (a part's separator at a break: dropped, as before)


@PTY
@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_clone_from_a_folder_not_there_says_no_store_was_made_first(offices, lang) -> None:
    """`sync --clone` from a folder with a space that is not there, at 40 columns: "…give the
    right address with" / the folded command / "no store was made" read as one broken
    sentence. That no store was made is said first; the command ends the message."""
    where = Path(str(offices["tmp"])) / "Bersama LKj" / "lkj.git"
    lines = _on_a_terminal(offices, 40, "sync", "--clone", str(where), "--lang", lang, code=2)
    lines = [line for line in lines if line.strip()]
    shown = "\n".join(lines)
    first = {"id": "lkj-tui: tidak dapat menyalin,", "en": "lkj-tui: cannot clone, no store was"}
    assert lines[0] == first[lang], shown
    assert "tidak dibuat" in lines[1] or "made" in lines[1], shown
    assert lines[-1].strip() == ("--store opd --lang en" if lang == "en" else "--store opd"), shown
    assert not (Path(str(offices["tmp"])) / "opd").exists()


@PTY
@pytest.mark.parametrize("lang", ["id", "en"])
def test_restore_at_40_columns_breaks_the_id_of_its_account(offices, lang: str) -> None:
    """`restore ID` at 40 columns put a 76-character id at column 0, where the terminal
    wrapped it mid-word. Its account now breaks the id after a "-"; every line fits."""
    from dataclasses import replace

    tmp = Path(str(offices["tmp"]))
    report = load_bundled_report()
    report.meta = replace(report.meta, id=LONG_ID)
    path = tmp / "long.json"
    path.write_text(json.dumps(report.to_document(), ensure_ascii=False), encoding="utf-8")
    assert run_cli("init", store=tmp / "opd").returncode == 0
    assert run_cli("import", str(path), store=tmp / "opd").returncode == 0
    assert lkj(offices, "opd", "set", "IKU 1", "realisasi", "2,90", "-r", LONG_ID).returncode == 0
    lines = _on_a_terminal(offices, 40, "restore", LONG_ID, "--revision", "1", "--lang", lang)
    shown = "\n".join(lines)
    word = {"id": "Laporan ", "en": "Report "}[lang]
    end = next(i for i, line in enumerate(lines) if "2025 " in line)
    assert lines[0].startswith(word) and lines[0].endswith("-"), shown
    assert all(len(line) <= 40 for line in lines[: end + 1]), shown
    assert LONG_ID in "".join(lines[: end + 1]), shown  # (broken after its "-", joined)
