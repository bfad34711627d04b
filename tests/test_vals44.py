"""vals44: values and the facts of a row, continued (what vals43 noticed).

Each test goes through the installed command.
"""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import import_refused, run_cli


def test_a_fact_starting_with_a_bracket_is_the_line_it_looks_like(tmp_path: Path) -> None:
    """An ``info_lain`` (or ``tercetak``) cell starting with ``[`` or ``{`` was tried as JSON
    only: "[x] a: b" was refused with "write one 'key: value' per line", which it is."""
    store = tmp_path / "s"
    csv = tmp_path / "kurung.csv"
    csv.write_text(
        "level;uraian;target;realisasi;info_lain;tercetak\n"
        'sasaran;S;;;"[x] a: b\nsumber: Renstra";\n'
        "iku;I;5;6;{catatan} c: d;[Tabel 3] | target | 5\n",
        encoding="utf-8",
    )
    done = run_cli("import", str(csv), "--instansi", "D", "--tahun", "2024", store=store)
    assert done.returncode == 0, done.stderr
    doc = json.loads(run_cli("export", "-f", "json", store=store).stdout)
    sasaran = doc["nodes"][0]
    assert sasaran["info"] == {"[x] a": "b", "sumber": "Renstra"}
    iku = sasaran["children"][0]
    assert iku["info"] == {"{catatan} c": "d"}
    assert iku["measure"]["printed"] == [{"table": "[Tabel 3]", "field": "target", "value": "5"}]

    # what the export writes of them is read back as it was
    out = tmp_path / "lagi.csv"
    assert run_cli("export", "-f", "csv", "-o", str(out), store=store).returncode == 0
    again = tmp_path / "t"
    done = run_cli("import", str(out), "--instansi", "D", "--tahun", "2025", store=again)
    assert done.returncode == 0, done.stderr
    back = json.loads(run_cli("export", "-f", "json", store=again).stdout)
    assert back["nodes"][0]["info"] == sasaran["info"]
    assert back["nodes"][0]["children"][0]["measure"]["printed"] == iku["measure"]["printed"]

    # JSON that is broken is still refused, not read as a line's key "{"a""
    for column, cell, says, says_en in (
        ("info_lain", '"{""a"": ""b"",}"', "'kunci: nilai'", "'key: value'"),
        ("tercetak", '"[[""T"", ""f""]"', "'tabel | bidang | nilai'", "'table | field | value'"),
    ):
        csv.write_text(f"level;uraian;target;{column}\niku;I;5;{cell}\n", encoding="utf-8")
        said, said_en = import_refused(csv, "--instansi", "D", "--tahun", "2024", store=store)
        assert f"baris 2 ({column})" in said and f"tulis satu {says} per baris" in said, said
        assert f"write one {says_en} per line" in said_en, said_en
