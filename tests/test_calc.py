"""``calc`` in a subprocess: what a user or a script sees."""

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def run_calc(
    target: str, realisasi: str, negatif: bool = False, as_json: bool = False, lang: str = "id"
) -> subprocess.CompletedProcess[str]:
    code = (
        "import sys; from lkj_tui.cli.calc import run_calc; "
        f"sys.exit(run_calc({target!r}, {realisasi!r}, {negatif!r}, {as_json!r}, {lang!r}))"
    )
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60
    )


def test_prints_capaian_rating_under_target_and_explanation() -> None:
    done = run_calc("3,22", "2,85")
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "88,51 %" in out
    assert "Tinggi" in out
    assert "Di bawah target : ya" in out
    assert "Penjelasan" in out and "realisasi 2,85 dibagi target 3,22" in out
    assert "2,85 / 3,22 × 100 = 88,51" in out
    assert done.stderr == ""


def test_english() -> None:
    done = run_calc("CC", "A (86,45)", lang="en")
    assert done.returncode == 0
    assert "172,90 %" in done.stdout and "Very high" in done.stdout  # numbers stay Indonesian
    assert "Under target : no" in done.stdout


def test_json_is_one_object() -> None:
    done = run_calc(">3,51", "2,44", as_json=True)
    assert done.returncode == 0
    data = json.loads(done.stdout)  # exactly one JSON document
    assert isinstance(data, dict) and done.stdout.count("\n") == 1
    assert data["achievement"] == 69.52
    assert data["rating"] == "Sedang"
    assert data["under_target"] is True
    assert data["method"] == "ambang"
    assert "69,52 %" in data["explanation"]


def test_json_negatif_and_no_capaian() -> None:
    data = json.loads(run_calc("10", "8", negatif=True, as_json=True).stdout)
    assert data["achievement"] == 120.0 and data["method"] == "negatif"
    missing = run_calc("3,22", "", as_json=True)
    assert missing.returncode == 0
    data = json.loads(missing.stdout)
    assert data["achievement"] is None and data["rating"] is None
    assert data["under_target"] is None and data["method"] == "tidak_terukur"
    assert "kosong bukan 0" in data["explanation"]


@pytest.mark.parametrize("as_json", [False, True])
@pytest.mark.parametrize(
    ("target", "realisasi", "bad"), [("3..2", "1", "3..2"), ("1", "NaN", "NaN")]
)
def test_unparseable_input_exits_2(target: str, realisasi: str, bad: str, as_json: bool) -> None:
    done = run_calc(target, realisasi, as_json=as_json)
    assert done.returncode == 2
    if as_json:  # the error as one JSON object on stdout (vals14), nothing on stderr
        assert done.stderr == ""
        data = json.loads(done.stdout)
        assert data["code"] == "bad-value" and data["value"] == bad
        assert f'"{bad}"' in data["error"]
        return
    assert done.stdout == ""
    lines = done.stderr.splitlines()
    assert len(lines) == 1 and f'"{bad}"' in lines[0]


def test_error_line_escapes_control_characters() -> None:
    done = run_calc("1\x1b[2J", "1")
    assert done.returncode == 2 and done.stdout == ""
    assert "\x1b" not in done.stderr and "\\x1b" in done.stderr


def test_calc_does_not_import_textual() -> None:
    code = (
        "import sys, io, contextlib; from lkj_tui.cli.calc import run_calc\n"
        "with contextlib.redirect_stdout(io.StringIO()): run_calc('1', '1', False, True)\n"
        "print('textual' in sys.modules, 'tinydb' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert done.stdout.strip() == "False False"


MAIN = ROOT / "lkj_tui" / "cli" / "main.py"


@pytest.mark.skipif(not MAIN.exists(), reason="lkj_tui/cli/main.py is not there yet")
def test_installed_command() -> None:
    script = Path(sys.executable).with_name("lkj-tui")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "lkj_tui"]
    done = subprocess.run(
        [*command, "calc", "3,22", "2,85", "--json"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["achievement"] == 88.51
    bad = subprocess.run(
        [*command, "calc", "12,34,56", "1"], capture_output=True, text=True, cwd=ROOT, timeout=60
    )
    assert bad.returncode == 2 and bad.stdout == "" and '"12,34,56"' in bad.stderr


def test_composite_lists_every_component() -> None:
    import subprocess
    import sys
    from pathlib import Path

    cmd = Path(sys.executable).with_name("lkj-tui")
    out = subprocess.run(
        [str(cmd), "calc", "10 Raperda, 50 Raperbup, 600 SK", "5 Raperda, 75 Raperbup, 677 SK"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "Komponen" in out
    assert "5 Raperda / 10 Raperda: 50,00 %" in out
    assert "75 Raperbup / 50 Raperbup: 150,00 %" in out
    assert "677 SK / 600 SK: 112,83 %" in out


def _installed(*args: str) -> subprocess.CompletedProcess[str]:
    script = Path(sys.executable).with_name("lkj-tui")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "lkj_tui"]
    return subprocess.run([*command, *args], capture_output=True, text=True, cwd=ROOT, timeout=60)


def test_polaritas_takes_every_word_the_import_takes() -> None:
    """``calc --polaritas`` reads the import's one table (core/words.py): ``naik`` is positif,
    ``turun`` negatif, ``rentang`` stabil, as in a spreadsheet's polaritas column; ``--help``
    still names the three values, and an unknown word is exit 2 with one line."""
    from lkj_tui.importing.columns import parse_polaritas

    for word, polarity in (("naik", "positif"), ("Turun", "negatif"), ("rentang", "stabil")):
        assert parse_polaritas(word) == polarity
        done = _installed("calc", "10", "8", "--polaritas", word, "--json")
        assert done.returncode == 0, done.stderr
        assert json.loads(done.stdout)["inputs"]["polarity"] == polarity
    agree = _installed("calc", "10", "8", "--negatif", "--polaritas", "turun", "--json")
    assert agree.returncode == 0 and json.loads(agree.stdout)["method"] == "negatif"
    clash = _installed("calc", "10", "8", "--negatif", "--polaritas", "naik")
    assert clash.returncode == 2 and clash.stdout == ""
    bad = _installed("calc", "10", "8", "--polaritas", "naik turun")
    assert bad.returncode == 2 and bad.stdout == "" and "'naik turun'" in bad.stderr
    shown = _installed("calc", "--help").stdout
    assert "positif|negatif|stabil" in shown and "naik" not in shown


@pytest.mark.parametrize(
    ("target", "realisasi", "method", "words_id", "words_en"),
    [
        ("3,22", "2,85", "positif", "positif (makin tinggi makin baik)", "positive (higher is"),
        ("3 ± 1", "5", "rentang", "rentang", "range"),
        (">3,51", "2,44", "ambang", "ambang", "threshold"),
        ("CC", "A (86,45)", "predikat", "predikat", "grade"),
        ("10 SK, 5 Perbup", "5 SK, 6 Perbup", "komposit", "komposit", "composite"),
        ("Ada", "Ada", "teks_sama", "teks yang sama", "the same text"),
        ("3,22", "", "tidak_terukur", "tidak terukur", "not measurable"),
    ],
)
def test_method_is_named_in_words_and_its_id_stays_in_json(
    target: str, realisasi: str, method: str, words_id: str, words_en: str
) -> None:
    """The installed ``calc`` names the method in the UI language ("Metode : tidak terukur", not
    the id "tidak_terukur"); ``--json`` keeps the id, which scripts read."""
    as_id = _installed("calc", target, realisasi)
    assert as_id.returncode == 0, as_id.stderr
    line = next(x for x in as_id.stdout.splitlines() if x.startswith("Metode"))
    assert line.split(": ", 1)[1].startswith(words_id)
    as_en = _installed("calc", target, realisasi, "--lang", "en").stdout
    line = next(x for x in as_en.splitlines() if x.startswith("Method"))
    assert line.split(": ", 1)[1].startswith(words_en)
    assert json.loads(_installed("calc", target, realisasi, "--json").stdout)["method"] == method


def test_a_negative_value_is_a_value_not_an_option() -> None:
    """``calc 100 -20`` was a usage error, "Opsi tidak dikenal: -2": click read ``-20`` as the short
    options -2 and -0, so a user typing a negative realisasi (growth of -2,5 %) or target had to
    know to write ``--`` first. A value beginning with ``-`` and a digit is an argument; unknown
    options are still refused, ``-h`` is still help."""
    from tests.conftest import run_cli

    done = run_cli("calc", "100", "-20", "--json")
    assert done.returncode == 0, done.stderr
    read = json.loads(done.stdout)  # a negative realisasi, positif: met or not, no % (num11)
    assert (read["achievement"], read["met"], read["reason_code"]) == (
        None,
        False,
        "realisasi_negative",
    )
    assert read["inputs"]["realisasi"]["raw"] == "-20"
    data = json.loads(run_cli("calc", "-5", "-3", "--json").stdout)
    assert data["reason_code"] == "target_negative"
    assert data["inputs"]["target"]["raw"] == "-5"
    negatif = run_cli("calc", "10", "-2,5", "--negatif")  # met, no % (num12; it was 225,00 %)
    assert negatif.returncode == 0 and "Capaian         : n/a" in negatif.stdout
    assert "Kategori        : tercapai" in negatif.stdout
    unit = json.loads(run_cli("calc", "5 %", "-1 %", "--json").stdout)
    assert (unit["achievement"], unit["met"]) == (None, False)
    spaced = run_cli("calc", "100", "- 5")  # a sign apart from its digits: the value is named
    assert spaced.returncode == 2 and 'Nilai "- 5" tidak dapat dibaca' in spaced.stderr
    refused = run_cli("calc", "--target", "3", "2")
    assert refused.returncode == 2 and "opsi --target tidak dikenal untuk calc" in refused.stderr
    assert "Penggunaan" in run_cli("calc", "3", "-h").stdout


def test_the_word_persen_is_a_percent() -> None:
    """``calc "80 persen" "90 %"`` gave no capaian ("satuan berbeda: target “persen”, realisasi
    “%”"): the Indonesian word was read as a unit of its own, though the seed itself prints an
    average as "95,50 persen". It is "%", in any case, with a number, a range or a threshold."""
    from tests.conftest import run_cli

    for target, realisasi, expected in (
        ("80 persen", "90 %", 112.5),
        ("80%", "90 Persen", 112.5),
        ("80 - 90 persen", "95 %", 105.56),
        (">= 80 PERSEN", "85%", 106.25),
    ):
        done = run_cli("calc", target, realisasi, "--json")
        assert done.returncode == 0, done.stderr
        data = json.loads(done.stdout)
        assert data["achievement"] == expected, (target, realisasi, data["reason"])
    fraction = json.loads(run_cli("calc", "90 persen", "0,9", "--json").stdout)
    assert any("pecahan" in note for note in fraction["notes"])  # the percent/fraction doubt too


@pytest.mark.skipif(not hasattr(__import__("os"), "openpty"), reason="a pseudo-terminal")
@pytest.mark.parametrize(("lang", "label"), [("id", "Penjelasan"), ("en", "Explanation")])
@pytest.mark.parametrize("columns", [40, 80])
def test_a_long_line_breaks_at_words_under_its_value_on_a_terminal(
    lang: str, label: str, columns: int
) -> None:
    """At 40 columns the terminal broke calc's "Penjelasan" anywhere ("… dibag" / "i target
    …"). Now, as the other commands' long lines, it is broken at words: the later lines under the
    value (4 spaces in when that column is more than a third of the width); to a pipe one line."""
    from tests.test_narrow_terminal import _on_a_terminal

    code, shown = _on_a_terminal(["calc", "3,22", "2,85", "--lang", lang], columns)
    assert code == 0, shown
    shown = re.sub(r"\x1b\[[0-9;]*m", "", shown)  # (its labels bold)
    lines = shown.rstrip("\n").split("\n")
    assert all(len(line) <= columns for line in lines), shown
    at = next(i for i, line in enumerate(lines) if line.startswith(label))
    value = lines[at].index(": ") + 2
    hang = value if value <= columns // 3 else 4
    later = []
    for line in lines[at + 1 :]:
        if not line.startswith(" "):
            break  # (the next label)
        assert line.startswith(" " * hang) and line[hang] != " ", shown
        later.append(line)
    assert later, shown
    piped = run_calc("3,22", "2,85", lang=lang).stdout.split("\n")
    whole = next(line for line in piped if line.startswith(label))
    assert [line for line in piped if line.startswith(" ")] == [], piped  # a pipe: one line each
    words = " ".join([lines[at][value:], *later]).split()
    assert words == whole.partition(": ")[2].split(), shown  # broken between words, each whole


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("id", "“%” hanya tertulis pada realisasi (“90%”): dibaca 90 lawan 3,22"),
        ("en", "“%” is written on the realisasi only (“90%”): read as 90 against 3,22"),
    ],
)
def test_a_percent_on_one_side_only_says_how_it_was_read(lang: str, said: str) -> None:
    """``calc 3,22 90%`` gave 2.795,03 % with no word about the "%" written on one side only
    (``set`` printed nothing either). Now a note says how both were read and what to write; a
    fraction against a percent keeps its own note, a percent on both sides none."""
    from tests.conftest import run_cli

    done = run_cli("calc", "3,22", "90%", "--lang", lang)
    assert done.returncode == 0, done.stderr
    assert said in done.stdout, done.stdout
    both = run_cli("calc", "80%", "85%", "--lang", lang).stdout
    fraction = run_cli("calc", "90%", "0,9", "--lang", lang).stdout
    assert "“%”" not in both and "“%”" not in fraction, (both, fraction)
    assert "0,9" in fraction.split("- ", 1)[1], fraction


def test_set_prints_a_percent_on_one_side_only_as_a_doubt(store_path: Path) -> None:
    """``set "IKU 1" realisasi 90%`` against the target 3,22: the doubt is printed under the
    capaian, as set prints its other doubts."""
    from tests.conftest import run_cli

    done = run_cli("set", "IKU 1", "realisasi", "90%", store=store_path)
    assert done.returncode == 0, done.stderr
    assert "Perhatikan: “%” hanya tertulis pada realisasi (“90%”)" in done.stdout, done.stdout


@pytest.mark.parametrize("lang", ["id", "en"])
def test_polaritas_without_its_value_before_another_option_says_so(lang: str) -> None:
    """``calc 3,22 2,85 --polaritas --lang id`` (the value forgotten) said calc got three values,
    "3,22", "2,85", "id", and to quote a value with spaces: click took "--lang" for the
    polaritas. Now it says --polaritas needs its value, and which."""
    from tests.conftest import run_cli

    done = run_cli("calc", "3,22", "2,85", "--polaritas", "--lang", lang)
    assert done.returncode == 2 and done.stdout == "", done.stdout
    said = (
        "the option --polaritas needs a value: positif, negatif or stabil"
        if lang == "en"
        else "opsi --polaritas memerlukan nilai: positif, negatif atau stabil"
    )
    assert done.stderr == f"lkj-tui: {said}\n", done.stderr
