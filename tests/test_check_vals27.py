"""vals27: the reviu and calc as an Inspektorat reviewer reads them at 40–120 columns: a quoted
value kept whole, an empty realisasi said once with the capaian the report printed, a value
longer than a line cut with its length."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conftest import csv_store, run_cli
from tests.test_check_vals25 import _UNMEASURED

#: A quoted part that does not close on its line.
_OPEN = re.compile(r"“[^”]*$")


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_quoted_value_is_never_split_across_lines(tmp_path: Path, lang: str) -> None:
    """`check` broke “0 Temuan” into "Target “0" / "Temuan” (angka)" at 40 columns. A quoted
    value that fits a line now stays whole on one; a longer one breaks only between words."""
    store = csv_store(tmp_path, "rows.csv", _UNMEASURED, "Inspektorat X")
    for columns in (40, 80):
        done = run_cli("check", "--lang", lang, store=store, env={"COLUMNS": str(columns)})
        lines = done.stdout.splitlines()
        assert all(len(line) <= columns for line in lines), (columns, done.stdout)
        text = "\n".join(lines)
        assert "“0 Temuan”" in text and "“Tidak ada temuan”" in text, (columns, text)
        assert not [line for line in lines if _OPEN.search(line)], (columns, text)


_EMPTY_PRINTED = """level;kode;uraian;satuan;target;realisasi;capaian
sasaran;S1;Meningkatnya pelayanan;;;;
iku;IKU 1;Jumlah desa terlayani;Desa;24 Desa;;78,76
iku;IKU 2;Persentase layanan;%;90;95;105,56
"""


@pytest.mark.parametrize("lang", ["id", "en"])
def test_an_empty_realisasi_with_a_printed_capaian_is_one_finding(
    tmp_path: Path, lang: str
) -> None:
    """An empty realisasi beside a printed capaian gave two errors on one IKU ("Realisasi
    kosong" and "Capaian tercetak berbeda … tidak dapat dihitung: realisasi belum diisi"). Now
    one, `missing-realisasi`, that names the printed figure, why it cannot be checked and the
    fix; `--json` carries the figure as `printed_capaian`."""
    import json

    store = csv_store(tmp_path, "rows.csv", _EMPTY_PRINTED, "Dinas X")
    done = run_cli("check", "--lang", lang, store=store, env={"COLUMNS": "80"})
    assert done.returncode == 1, done.stderr
    text = " ".join(done.stdout.split())
    en = lang == "en"
    assert ("1 error ·" if en else "1 kesalahan ·") in text, text
    said = (
        "Imported file prints capaian 78,76 %: the printed figure cannot be checked until the "
        "realisasi is filled in."
        if en
        else "Berkas impor mencetak capaian 78,76 %: angka tercetak itu tidak dapat diperiksa "
        "sebelum realisasi diisi."
    )
    assert said in text, text
    data = json.loads(run_cli("check", "--json", store=store).stdout)
    on_iku = [f for f in data["findings"] if f["code"] == "IKU 1" and f["severity"] == "error"]
    assert [f["check"] for f in on_iku] == ["missing-realisasi"], on_iku
    assert on_iku[0]["figures"]["printed_capaian"].startswith("78,76 ("), on_iku
    assert data["summary"]["error"] == 1


_DIGITS = "(200 digits)", "(200 digit)"  # en, id


@pytest.mark.parametrize("lang", ["id", "en"])
def test_calc_cuts_a_value_longer_than_the_line_with_its_length(lang: str) -> None:
    """`calc` with a 130.000-digit target printed it whole: one line of 477.000 characters to
    a pipe (the value, the formula and the explanation), 1.600 lines of a terminal. Now a value
    wider than the line is its first digits, "…" and its length; `--json` keeps it whole."""
    from tests.test_narrow_terminal import _on_a_terminal

    big = "9" * 200  # (the most calc takes, as set: vals47)
    said = _DIGITS[0] if lang == "en" else _DIGITS[1]
    piped = run_cli("calc", big, "100", "--lang", lang, env={"COLUMNS": "80"})
    assert piped.returncode == 0, piped.stderr[:300]
    # (the value, the formula, the explanation, and the doubt of a pair 10× apart: vals32)
    assert len(piped.stdout) < 2_000 and piped.stdout.count(said) == 4, piped.stdout
    target = piped.stdout.splitlines()[0]
    assert len(target) <= 80 and target.endswith(f"9… {said}"), target
    code, shown = _on_a_terminal(["calc", big, "100", "--lang", lang], 40)
    assert code == 0, shown[:300]
    lines = re.sub(r"\x1b\[[0-9;]*m", "", shown).rstrip("\n").split("\n")  # (bold labels)
    assert len(lines) < 30 and all(len(line) <= 40 for line in lines), shown
    assert lines[1].endswith(f"9… {said}"), lines  # (whole, below its label: vals28)
    text = "x" * 200  # a text wider than the line: its characters counted
    out = run_cli("calc", "100", text, "--lang", lang, env={"COLUMNS": "80"}).stdout
    chars = "(200 characters)" if lang == "en" else "(200 karakter)"
    assert f"x… {chars}" in out and len(out) < 2_000, out
    whole = run_cli("calc", big, "100", "--json").stdout
    assert big in whole


@pytest.mark.parametrize("lang", ["id", "en"])
def test_check_and_status_cut_a_value_longer_than_the_line(tmp_path: Path, lang: str) -> None:
    """A 200-digit target (as long as `set` takes) filled four lines of `check` at 40 columns,
    three times over, and `status`'s under-target list cut it at 100 characters with "…": now
    each echo is its first digits, "…" and "(200 digit)", whole on its line."""
    store = csv_store(tmp_path, "rows.csv", _UNMEASURED, "Inspektorat X")
    big = "9" * 200
    for code in ("IKU 1", "IKU 2"):  # (check quotes IKU 1's; status lists IKU 2 under target)
        done = run_cli("set", code, "target", big, store=store)
        assert done.returncode == 0, done.stderr
    said = "(200 digits)" if lang == "en" else "(200 digit)"
    for columns in (40, 80):
        env = {"COLUMNS": str(columns)}
        for command in ("check", "status"):
            out = run_cli(command, "--lang", lang, store=store, env=env).stdout
            lines = out.splitlines()
            assert all(len(line) <= columns for line in lines), (command, columns, out)
            assert big not in out and f"9… {said}" in out, (command, columns, out)
            assert not [line for line in lines if line.strip().startswith(said)], out
    assert big in run_cli("check", "--json", store=store).stdout


def test_two_tables_print_a_capaian_in_english(store_path: Path) -> None:
    """`check --lang en` said "Tabel 3.2, Tabel 3.2.1 prints capaian 172 %": two tables, one
    verb in the singular. Now "print" where several tables print the figure, "prints" where
    one does."""
    said = " ".join(run_cli("check", "--lang", "en", store=store_path).stdout.split())
    assert "Tabel 3.2, Tabel 3.2.1 print capaian 172 %," in said, said
    assert "Tabel 3.2.1 prints capaian 100 %," in said, said
