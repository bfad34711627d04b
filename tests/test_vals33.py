"""vals33: the auditor's messy values: an unreadable value quoted once, every doubt of ``calc``
in its ``--json``, and a value the engine cannot measure said once by ``set`` and found by
``check``."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from lkj_tui.bundled import BUNDLED_REPORT_ID
from tests.conftest import run_cli

_DIGITS = {"id": "(101 digit)", "en": "(101 digits)"}


@pytest.mark.parametrize("lang", ["id", "en"])
def test_import_quotes_an_unreadable_value_once(tmp_path: Path, lang: str) -> None:
    """A CSV cell of 101 digits with two commas: the problem quoted it after its place (60
    characters) and twice more in the message ('Nilai "1111…" tidak dapat dibaca: angka
    '1111…' tidak sah'), each cut at another length. Now once, after its place."""
    value = "1" * 50 + "," + "2" * 50 + ",3"
    path = tmp_path / "lkj.csv"
    path.write_text(
        "level;kode;induk;uraian;satuan;target;realisasi\n"
        "sasaran;S1;;Meningkatnya mutu;;;\n"
        f"iku;IKU 1;S1;Nilai mutu;;3,22;{value}\n",
        encoding="utf-8",
    )
    done = run_cli(
        "import", str(path), "--dry-run", "--instansi", "Dinas X", "--tahun", "2024",
        "--lang", lang, store=tmp_path / "s",
    )  # fmt: skip
    assert done.returncode == 2, done.stderr
    line = next(x for x in done.stderr.splitlines() if "realisasi" in x)
    assert line.count(_DIGITS[lang]) == 1 and len(re.findall("1{6,}", line)) == 1, line
    said = {"id": "bukan angka yang sah (contoh", "en": "not a valid number (e.g."}[lang]
    assert said in line and "Nilai" not in line and "Value" not in line, line


@pytest.mark.parametrize("lang", ["id", "en"])
def test_set_and_calc_quote_a_number_they_cannot_read_once(tmp_path: Path, lang: str) -> None:
    """`calc 3 1111…,2222…,3` said 'Nilai "1111…" tidak dapat dibaca: angka '1111…' tidak
    sah': the value twice. A number that is part of the value ("1,2,3 Dok") is still named."""
    value = "1" * 50 + "," + "2" * 50 + ",3"
    done = run_cli("calc", "3", value, "--lang", lang)
    assert done.returncode == 2 and done.stderr.count(_DIGITS[lang]) == 1, done.stderr
    part = run_cli("calc", "3", "1,2,3 Dok", "--lang", lang).stderr
    assert part.count("1,2,3") == 2, part  # (the value, then the number in it)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_calc_json_gives_every_doubt_calc_prints(lang: str) -> None:
    """`calc 3 300000` printed check's doubt ("sekitar 100.000 kali target 3") under its notes,
    and `calc --json` left it out. It is now in ``doubts``, the key of `set --json`, with a
    number read as a grade's score outside 0–100 (`calc BB 150`), which calc did not say."""

    def calc(*args: str) -> tuple[dict[str, object], str]:
        data = run_cli("calc", *args, "--json", "--lang", lang)
        text = run_cli("calc", *args, "--lang", lang, env={"COLUMNS": "200"})
        assert data.returncode == 0 and text.returncode == 0, data.stderr
        return json.loads(data.stdout), text.stdout

    far, printed = calc("3", "300000")
    times = {"id": "sekitar 100.000 kali target 3", "en": "is about 100.000 times target 3"}[lang]
    assert len(far["doubts"]) == 1 and times in far["doubts"][0], far  # type: ignore[index]
    assert far["doubts"][0] in printed  # type: ignore[index]
    graded, printed = calc("BB", "150")
    assert len(graded["doubts"]) == 1, graded  # type: ignore[arg-type]
    assert "150" in graded["doubts"][0] and graded["doubts"][0] in printed  # type: ignore[index]
    plain, _ = calc("3,22", "2,85")
    assert plain["doubts"] == []


def _edited(store_path: Path, values: dict[str, tuple[str, str]]) -> None:
    """The report's file written by another tool: each kode's (target, realisasi)."""
    path = store_path / f"{BUNDLED_REPORT_ID}.json"
    doc = json.loads(path.read_text(encoding="utf-8"))
    for node in doc["nodes"].values():
        if node.get("code") in values:
            node["measure"]["target"], node["measure"]["realisasi"] = values[node["code"]]
    path.write_text(json.dumps(doc), encoding="utf-8")


@pytest.mark.parametrize("lang", ["id", "en"])
def test_check_finds_a_value_the_engine_cannot_measure(store_path: Path, lang: str) -> None:
    """A realisasi of 400 digits (beyond 10^12 %), a negative target and a value that cannot be
    read, written into the file: `status` said "tidak terukur" and `check` had no finding
    (``not-measurable`` knew other reasons only)."""
    _edited(
        store_path,
        {"IKU 1": ("3,22", "9" * 400), "IKU 2": ("-5", "3"), "IKU 3": ("3..2", "5")},
    )
    data = json.loads(run_cli("check", "--json", "--lang", lang, store=store_path).stdout)
    found = {f["code"]: f for f in data["findings"] if f["check"] == "not-measurable"}
    assert {"IKU 1", "IKU 2", "IKU 3"} <= set(found), sorted(found)
    assert all(found[c]["severity"] == "error" for c in ("IKU 1", "IKU 2", "IKU 3"))
    far = found["IKU 1"]["message"]
    assert "1.000.000.000" in far and "(capaian > 10^12 %)" in far and "9" * 400 not in far, far
    assert "-5" in found["IKU 2"]["message"] and '"3..2"' in found["IKU 3"]["message"]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_set_says_a_capaian_beyond_reach_once(store_path: Path, lang: str) -> None:
    """A realisasi of 150 digits on an IKU without one: `set` printed the engine's reason
    ("hasil lebih dari 10^12 %: periksa angka target dan realisasi") and check's doubt of the
    same pair ("… lebih dari 1.000.000.000 kali target …: periksa …"). Now the reason alone,
    in its refusal (vals34: refused over an empty realisasi as over a filled one)."""
    _edited(store_path, {"IKU 1": ("3,22", "")})
    for json_flag in ((), ("--json",)):
        args = ("set", "IKU 1", "realisasi", "9" * 150, "--lang", lang, *json_flag)
        done = run_cli(*args, store=store_path)
        assert done.returncode == 2, done.stderr
        said = done.stdout if json_flag else done.stderr  # (--json: the error is JSON, cli63)
        assert "10^12" in said and "1.000.000.000" not in said, said


@pytest.mark.parametrize("encoding", ["utf-8", "cp1252"])
def test_status_starts_other_targets_on_a_line_of_their_own(
    store_path: Path, encoding: str
) -> None:
    """At 80 columns, IKU 1 with a realisasi of -2,5 against >3,51: its note's "Dicetak lain"
    wrapped to a second line and "Target lain" went on in the middle of it ("… (Tabel 3.2.1)
    Target lain: 3,30 …"). Each part of a note that wraps now starts a line, and a
    separator never starts one ("▼" / "· 3,22")."""
    for field, value in (("target", ">3,51"), ("realisasi", "-2,5")):
        assert run_cli("set", "IKU 1", field, value, store=store_path).returncode == 0
    for columns in ("80", "60"):
        env = {"COLUMNS": columns, "PYTHONIOENCODING": encoding}
        out = run_cli("status", store=store_path, env=env).stdout
        lines = out.splitlines()
        head = next(i for i, x in enumerate(lines) if x.startswith("IKU 1"))
        block = lines[head : head + 12]
        assert any(x.strip().startswith("Target lain:") for x in block), out
        assert not any("Target lain" in x and not x.strip().startswith("Target") for x in block)
        assert not any(x.strip().startswith(("· ", "/ ", "| ")) for x in block), block


@pytest.mark.parametrize("value", ["1e400", "1,23E+15", "1,5e-3", "-2E5"])
def test_scientific_notation_is_refused_as_that(value: str) -> None:
    """Excel shows a long number as "1,23E+15": `calc`, `set` and the import said "tidak
    dikenali sebagai angka …", and "1,5e-3" that a range has only two ends."""
    for lang, said in (("id", "notasi ilmiah (E)"), ("en", "scientific notation (E)")):
        done = run_cli("calc", "3", value, "--lang", lang)
        assert done.returncode == 2 and said in done.stderr, done.stderr
        assert "rentang" not in done.stderr and "range" not in done.stderr


def test_a_csv_row_wider_than_its_header_is_refused(tmp_path: Path) -> None:
    """A comma-separated file whose decimal commas have no quotes: "3,22" and "2,85" were four
    cells, the target read as 3 and the realisasi as 22 (733 %), the rest dropped without a
    word. The row is refused at its first cell beyond the header, with the fix; a row with
    its figures quoted is read."""
    path = tmp_path / "lkj.csv"
    path.write_text(
        "level,kode,induk,uraian,satuan,target,realisasi\n"
        "sasaran,S1,,Meningkatnya mutu,,,\n"
        'iku,IKU 1,S1,Nilai mutu,,3,22,2,85\niku,IKU 2,S1,Nilai dua,%,"87,5","90,1"\n',
        encoding="utf-8",
    )
    args = ("--instansi", "Dinas X", "--tahun", "2024")
    said = {"id": 'baris 3 (kolom H) "2": baris ini lebih lebar', "en": 'row 3 (column H) "2"'}
    for lang in ("id", "en"):
        done = run_cli("import", str(path), *args, "--lang", lang, store=tmp_path / "s")
        assert done.returncode == 2 and said[lang] in done.stderr, done.stderr
        assert '"3,22"' in done.stderr and "IKU 2" not in done.stderr
    path.write_text(path.read_text().replace("3,22,2,85", '"3,22","2,85"'), encoding="utf-8")
    done = run_cli("import", str(path), *args, store=tmp_path / "s")
    assert done.returncode == 0, done.stderr
    status = run_cli("status", "--json", store=tmp_path / "s").stdout
    assert '"realisasi": "2,85"' in status, status
