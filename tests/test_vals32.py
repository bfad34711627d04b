"""vals32: the auditor's messy values, continued: a realisasi ten times its target or more (or a
tenth or less) is doubted by one rule (``magnitude-apart``) in ``set``, ``check`` and the TUI's
edit form."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lkj_tui.core.engine import DEFAULT_SCALES
from lkj_tui.core.reviu.measures import apart
from tests.conftest import run_cli

_SAID = {
    "id": "Realisasi 1.234,5 sekitar 383 kali target 3,22",
    "en": "Realisasi 1.234,5 is about 383 times target 3,22",
}


@pytest.mark.parametrize("lang", ["id", "en"])
def test_set_and_check_doubt_a_realisasi_ten_times_its_target(tmp_path: Path, lang: str) -> None:
    """`set "IKU 1" realisasi 1.234,5` (target 3,22) printed "Capaian: 38.338,51 % Sangat
    Tinggi" with no word, and `check` only noted "capaian di atas 150 %: target mungkin terlalu
    rendah". Now `set` prints the doubt and `check` warns in the same words, with the capaian,
    instead of the 150 % note."""
    store = tmp_path / "s"
    assert run_cli("init", store=store).returncode == 0
    out = run_cli("set", "IKU 1", "realisasi", "1.234,5", "--lang", lang, store=store)
    assert out.returncode == 0, out.stderr
    assert _SAID[lang] in out.stdout, out.stdout
    found = run_cli("check", "--json", "--lang", lang, store=store)
    checks = {f["check"]: f for f in json.loads(found.stdout)["findings"]}
    said = checks["magnitude-apart"]
    assert said["severity"] == "warning"
    assert f"{_SAID[lang]} (capaian 38.338,51 %)" in said["message"], said
    assert not any(
        f["check"] == "capaian-over-150" and "1.234,5" in f["message"]
        for f in json.loads(found.stdout)["findings"]
    )
    back = run_cli("set", "IKU 1", "realisasi", "2,85", "--lang", lang, store=store)
    assert (
        "383" not in back.stdout
        and "magnitude-apart" not in run_cli("check", "--json", store=store).stdout
    )


def test_set_doubts_a_grades_score_against_a_number_target(tmp_path: Path) -> None:
    """`set "IKU 1" realisasi "A (86,45)"` against the number 3,22 gave 2.684,78 % with only
    "angka dibaca sebagai skor predikat"; a bare "A" (its scale's 80) alike."""
    store = tmp_path / "s"
    assert run_cli("init", store=store).returncode == 0
    out = run_cli("set", "IKU 1", "realisasi", "A (86,45)", store=store).stdout
    assert "Realisasi A (86,45) sekitar 27 kali target 3,22: skor predikat" in out, out
    out = run_cli("set", "IKU 1", "realisasi", "A", "--lang", "en", store=store).stdout
    assert "Realisasi A (score 80) is about 25 times target 3,22: a grade's score" in out, out


@pytest.mark.parametrize(
    ("target", "realisasi", "polarity", "satuan", "said"),
    [
        ("3,22", "1.234,5", "positif", "", "sekitar 383 kali target 3,22"),
        ("3,22", "0,2", "positif", "", "Realisasi 0,2 sekitar 1/16 target 3,22"),
        ("30", "300", "negatif", "", "sekitar 10 kali"),  # (a capaian floored to 0)
        ("3,22", "32,2", "positif", "", "sekitar 10 kali"),  # (ten times: doubted)
        ("3,22", "32,1", "positif", "", None),  # (under ten times: not)
        ("3 ± 1", "45", "stabil", "", "sekitar 11 kali target 3 ± 1"),  # (a band's bound)
        (">3,51", "351", "positif", "", "sekitar 100 kali target >3,51"),
        ("Minimal BB", "7", "positif", "", "target Minimal BB: skor predikat"),
        ("90", "0,9", "positif", "%", None),  # (a fraction: percent-vs-fraction's words)
        ("90 %", "0,9", "positif", "", None),
        ("CC", "1.234,5", "positif", "", None),  # (a score outside 0–100: grade-score-range)
        ("1,234", "1.234", "positif", "", None),  # (a separator slip: its own words)
        ("10 Dok", "200 Keg", "positif", "", None),  # (units that differ: no capaian)
        ("3,22", "0", "positif", "", None),  # (nothing done: no figure to divide)
        ("3,22", "9" * 400, "positif", "", "lebih dari 1.000.000.000 kali"),
    ],
)
def test_the_rule_of_a_pair_ten_times_apart(
    target: str, realisasi: str, polarity: str, satuan: str, said: str | None
) -> None:
    words = apart(target, realisasi, polarity, DEFAULT_SCALES, satuan)  # type: ignore[arg-type]
    if said is None:
        assert words is None, words
    else:
        assert words is not None and said in words[0], words
        assert len(words[0]) < 300 and len(words[1]) < 300  # (a long value quoted, cut)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_calc_keeps_a_long_values_first_digits_in_a_crowded_line(lang: str) -> None:
    """`calc 3,22 1.<100 nines>` piped at 80 columns: the explanation read "realisasi 1,9…
    (101 digit)" and the note ended "(1… (101 digit))": the line's 16-cell least room left 1–3
    digits once the length was said. Each cut now keeps ≈ 8 digits besides its length."""
    import re

    value = "1." + "9" * 100
    out = run_cli("calc", "3,22", value, "--lang", lang, env={"COLUMNS": "80"})
    assert out.returncode == 0, out.stderr
    cuts = re.findall(r"([\d.,]+)… \(101 digits?\)", out.stdout)
    assert len(cuts) >= 4, out.stdout  # (realisasi, formula, explanation, note twice)
    assert all(sum(map(str.isdigit, cut)) >= 7 for cut in cuts), cuts
    assert value not in out.stdout


_LONG = {"id": "karakter", "en": "characters"}


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_engines_messages_quote_a_long_value_with_its_length(lang: str) -> None:
    """`calc --json` said "satuan berbeda: target “Dokuuu…” (200 u)", the one-percent note
    quoted a 101-digit value and its reading whole, and range-in-range's formula and
    explanation each range whole. Each value is now whole up to 40 characters, else its start
    and its length (``quoted``), a number's unit kept."""
    unit = "Dok" + "u" * 150  # (a value of 156 characters: calc takes 200, as set, vals47)
    nines = "9" * 101

    def said(target: str, realisasi: str) -> dict[str, object]:
        out = run_cli("calc", target, realisasi, "--json", "--lang", lang)
        assert out.returncode == 0, out.stderr
        return json.loads(out.stdout)

    units = said(f"10 {unit}", "5 Keg")
    assert f"… (153 {_LONG[lang]})" in str(units["reason"]) and unit not in str(units["reason"])
    percent = " ".join(map(str, said("3,22", f"{nines} %")["notes"]))
    digits = "digit" if lang == "id" else "digits"
    assert f"… (101 {digits}) %" in percent and nines not in percent, percent
    assert "99.999.999" in percent and "999.999.999.999.999.999.999.999.999.999" not in percent
    bound = "5" + "0" * 100
    inside = said(f"1 - {bound}", "2 - 3")
    assert "1 - 5000" in str(inside["formula"]) and bound not in str(inside["formula"])
    assert f"(101 {digits})" in str(inside["explanation"]), inside["explanation"]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_calc_gives_the_doubt_set_and_check_give(lang: str) -> None:
    """`calc 3,22 1.234,5` printed 38.338,51 % with only its rounding noted; its notes now end
    with check's doubt (one rule), and a capaian of 10–190 % has none."""
    out = run_cli("calc", "3,22", "1.234,5", "--lang", lang, env={"COLUMNS": "120"}).stdout
    assert f"- {_SAID[lang]}" in out, out
    out = run_cli("calc", "3,22", "2,85", "--lang", lang).stdout
    assert "383" not in out and ("kali" not in out if lang == "id" else "times" not in out)
