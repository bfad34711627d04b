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


def test_check_says_a_long_values_length_as_status_does(tmp_path: Path) -> None:
    """``check`` cut a finding's message at 1,000 characters before the value in it was
    shortened: a 5,000-digit printed target (an older store's: the import now refuses it) was
    "(960+ digit)" where ``status`` says "(5.000 digit)"."""
    store = tmp_path / "s"
    assert run_cli("init", store=store).returncode == 0
    (path,) = store.glob("*.json")
    tables = json.loads(path.read_text(encoding="utf-8"))
    iku = next(n for n in tables["nodes"].values() if n["code"] == "IKU 1")
    iku["measure"]["printed"] = [{"table": "PK", "field": "target", "value": "9" * 5_000}]
    path.write_text(json.dumps(tables), encoding="utf-8")

    status = run_cli("status", store=store)
    assert "(5.000 digit)" in status.stdout, status.stdout
    for lang, said in (("id", "9… (5.000 digit)"), ("en", "9… (5,000 digits)")):
        for columns in ("80", "60"):
            done = run_cli("check", "--lang", lang, store=store, env={"COLUMNS": columns})
            lines = done.stdout.splitlines()
            assert "+ digit" not in done.stdout, done.stdout
            # the target in the message, and in the capaian against it, and as the PK sets it
            assert sum(said in line for line in lines) == 3, done.stdout
            assert max(map(len, lines)) <= int(columns), done.stdout


def test_a_value_with_a_known_slip_is_told_what_to_write(tmp_path: Path) -> None:
    """ "90 %%", a full-width "90 ％", "±3" and "3,5‰" were each "not recognised as a number,
    percent, range, threshold, grade or opinion": each now says what is wrong and what to write,
    in ``calc``, ``set`` and the import. None of them is read (a full-width sign is not, as a
    full-width digit is not)."""
    said = {
        "90 %%": ("tanda persen ganda: tulis satu ('90 %')", "doubled percent sign: write one"),
        "90 ％": (
            "karakter lebar penuh '％' (U+FF05); tulis %",
            "full-width character '％' (U+FF05); use %",
        ),
        "±3": (
            "rentang tanpa nilai tengah: tulis nilai ± lebarnya (mis. 10 ± 3)",
            "a range without its centre: write the value ± its width (e.g. 10 ± 3)",
        ),
        "3,5‰": (
            "permil (‰) tidak dipakai: tulis persennya (0,35 %)",
            "per mille (‰) is not used: write its percent (0.35 %)",
        ),
    }
    for value, (words, words_en) in said.items():
        done = run_cli("calc", value, "80")
        assert done.returncode == 2 and words in done.stderr, done.stderr
        assert "tidak dikenali" not in done.stderr, done.stderr
        done = run_cli("calc", "80", value, "--lang", "en")
        assert done.returncode == 2 and words_en in done.stderr, done.stderr

    store = tmp_path / "s"
    assert run_cli("init", store=store).returncode == 0
    done = run_cli("set", "IKU 1", "target", "3,5‰", store=store)
    assert done.returncode != 0 and said["3,5‰"][0] in " ".join(done.stderr.split()), done.stderr
    before = run_cli("export", "-f", "json", store=store).stdout
    assert "‰" not in before

    csv = tmp_path / "slip.csv"
    csv.write_text(
        "level;uraian;target;realisasi\n"
        + "".join(f"iku;I{n};{value};80\n" for n, value in enumerate(said)),
        encoding="utf-8",
    )
    done, done_en = import_refused(csv, "--instansi", "D", "--tahun", "2024", store=store)
    for row, (value, (words, words_en)) in enumerate(said.items(), 2):
        assert f'baris {row} (target) "{value}": {words}' in done, done
        assert words_en in done_en, done_en
