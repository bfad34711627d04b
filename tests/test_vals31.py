"""vals31 (issue 17, twenty-second pass): the auditor with messy values in ``status``, ``set``,
``calc`` and ``check``, on a terminal and piped, at 80 and 120 columns."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conftest import csv_store, run_cli


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("id", "Laporan mencetak 2 IKU dengan capaian < 60 %; hasil hitung 0 dari 10."),
        ("en", "The report prints 2 IKU with capaian < 60 %; computed 0 of 10."),
    ],
)
def test_check_says_a_count_of_none_without_an_empty_parenthesis(
    store_path: Path, lang: str, said: str
) -> None:
    """The bundled report prints "2 IKU" under 60 %; none is: check said "hasil hitung 0 dari
    10 (—)." (and the TUI's reviu, the same finding), an empty list in brackets. Now the count
    alone; a count of some still lists them."""
    done = run_cli("check", "--lang", lang, env={"COLUMNS": "300"}, store=store_path)
    assert said in done.stdout, done.stdout
    assert "(—)" not in done.stdout
    assert "10 (IKU 1, IKU 2, IKU 3" in done.stdout  # (≥ 60 %: all ten, named)


#: Kecamatan Pasar Manna 2025's first sasaran (the kabupaten store), as a hand-made table: a
#: composite target beside an indicator's long words, and a capaian "tidak terukur".
_PASAR_MANNA = """level;kode;uraian;satuan;target;realisasi
sasaran;S1;Meningkatnya administrasi kependudukan yang akuntabel;;;
iku;IKU 1;Persentase administrasi kependudukan;%;5,97%;5,78%
iku;IKU 2;Jumlah pengendalian inflasi daerah;;10 Raperda, 50 Raperbup, 600 SK;8 Raperda, 39 Raperbup, 471 SK
iku;IKU 3;Jumlah perlindungan sosial;Kasus;12 Kasus;12 Kasus
iku;IKU 4;Persentase pelayanan publik;%;83%;
"""


def _cells(lines: list[str], column: int) -> list[str]:
    """The text of one column of a table's rows, line by line."""
    return [line.split("│")[column].strip() for line in lines if line.count("│") >= 5]


@pytest.mark.parametrize(("columns", "lang"), [(80, "id"), (76, "id"), (72, "en"), (120, "en")])
def test_status_keeps_an_indicator_s_words_whole_beside_a_long_target(
    tmp_path: Path, columns: int, lang: str
) -> None:
    """At 80 columns `status` printed Pasar Manna's IKU 1 as "Persentase" / "administra…" /
    "kependuduk…": rich narrows the widest columns alike, the name's below its longest word,
    beside a composite target folded at its commas. Now every column is at least as wide as
    its widest word where the line has the room (the target folds at more commas); where it
    has not, each IKU is a card: no word is cut either way."""
    store = csv_store(tmp_path, "rows.csv", _PASAR_MANNA, "Kecamatan Pasar Manna")
    done = run_cli("status", "--lang", lang, store=store, env={"COLUMNS": str(columns)})
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert "…" not in done.stdout and all(len(line) <= columns for line in lines)
    words = " ".join(done.stdout.replace("│", " ").split())
    for name in ("Persentase administrasi kependudukan", "Jumlah pengendalian inflasi daerah"):
        assert all(word in words.split() for word in name.split()), name
    if "┃" in done.stdout:  # (a table: the names' words each whole in their column)
        names = " ".join(_cells(lines, 1)).split()
        assert {"administrasi", "kependudukan", "pengendalian"} <= set(names), names
    else:
        assert columns < 80 and "IKU 1 Persentase administrasi kependudukan" in lines, lines


_WORD = "Tercapai" + "a" * 192  # (a value of 200 characters, the most set takes)
_SAID_WORD = {"id": r"… \(200 karakter\)", "en": r"… \(200 characters\)"}


@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_value_a_message_quotes_is_cut_with_its_length(tmp_path: Path, lang: str) -> None:
    """`set`'s refusal quoted a 200-character word whole (an unknown field, a realisasi that
    cannot be compared), cut at 40 without "…" (a polaritas), and its doubt "Perhatikan:
    “Tercapaiaaa…” bukan angka" at 60 without its length; calc's note on a 101-digit number
    said "'9… (39+ digit)'": cut at 40, then again. Now every quoted value is whole up to 40
    characters, else its start and its length (core/longvalue.py's ``quoted``), and nothing
    cuts it again."""
    store = tmp_path / "s"
    assert run_cli("init", store=store).returncode == 0
    said = _SAID_WORD[lang]
    for field, value in (("realisasi", _WORD), ("polaritas", _WORD), (_WORD, "3")):
        done = run_cli("set", "IKU 1", field, value, "--lang", lang, store=store)
        assert done.returncode == 2 and done.stdout == ""
        assert re.search(f"[“']Tercapaia{{10,}}{said}[”']", done.stderr), done.stderr
        assert _WORD not in done.stderr and "+ " not in done.stderr
    assert run_cli("set", "IKU 1", "realisasi", "", store=store).returncode == 0
    done = run_cli("set", "IKU 1", "target", _WORD, "--lang", lang, store=store)
    assert done.returncode == 0, done.stderr
    doubt = next(
        line for line in done.stdout.splitlines() if line.startswith(("Perhatikan", "Check"))
    )
    assert re.search(f"“Tercapaia{{10,}}{said}”", doubt), doubt
    number = "1." + "9" * 100  # (its dot read as a decimal point: a note quotes it)
    for columns in ("80", "40"):
        done = run_cli("calc", "3,22", number, "--lang", lang, env={"COLUMNS": columns})
        assert done.returncode == 0, done.stderr
        cut = (
            "1." + "9" * 25 + "… (101 digit)"
            if lang == "id"
            else "1." + "9" * 24 + "… (101 digits)"
        )
        assert f"'{cut}'" in done.stdout, done.stdout  # (40 characters, whole in the line)
        assert "+ digit" not in done.stdout
