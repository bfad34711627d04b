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
