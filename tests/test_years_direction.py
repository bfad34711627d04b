"""A grade's, an opinion's and a verdict's change across years (years13).

``compare``, ``export --compare`` and the TUI's years said of "A (86,45) → BB" only "capaian
−32,90 poin": no ↑/↓, no better or worse, and the counts left it out. Now a letter grade or a BPK
opinion moves by its places on the scale (AA > A > BB > B > CC > C > D; WTP > WDP > TW > TMP), a
verdict without a capaian % says "tercapai → tidak tercapai", and ``compare --json`` gives ``met``
for both years."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from lkj_tui.core.scales import Scales
from lkj_tui.core.years import realisasi_change
from tests.conftest import next_year_store, run_cli

OLD, NEW = "bengkulu-selatan-setda-2023", "bengkulu-selatan-setda-2024"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled 2023 report and its 2024 made by ``new --from``, with a grade that fell
    (IKU 2: A (86,45) → BB), one that rose two places (IKU 8: CC → BB), an opinion that fell
    (IKU 9: WTP → WDP) and a threshold "> 0" not met (IKU 10: 105,88 % → tidak tercapai)."""
    return next_year_store(
        tmp_path_factory.mktemp("years13") / "s",
        (
            ("IKU 2", "realisasi", "BB"),
            ("IKU 8", "realisasi", "BB"),
            ("IKU 9", "realisasi", "WDP"),
            ("IKU 10", "target", ">0"),
            ("IKU 10", "realisasi", "0"),
            ("IKU 1", "realisasi", "3,00"),
        ),
    )


def _change_cell(text: str, code: str) -> str:
    """The change column of ``code``'s row (the last cell), its wrapped lines joined."""
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(f"{code} "))
    parts = [lines[start].split("│")[-1].strip()]
    for line in lines[start + 1 :]:
        if not line.startswith(" ") or "│" not in line:
            break
        parts.append(line.split("│")[-1].strip())
    return " ".join(p for p in parts if p)


def test_compare_says_the_direction_of_a_grade_an_opinion_and_a_verdict(store: Path) -> None:
    shown = run_cli("compare", store=store).stdout
    # was "capaian −32,90 poin" alone
    assert _change_cell(shown, "IKU 2") == "↓ 1 tingkat (lebih buruk); capaian −32,90 poin"
    assert _change_cell(shown, "IKU 8") == "↑ 2 tingkat (lebih baik); capaian +33,34 poin"
    assert _change_cell(shown, "IKU 9") == "↓ 1 tingkat (lebih buruk); capaian −25,00 poin"
    # was "↓ 100,00 % (lebih buruk)" alone: 105,88 % then, no capaian % now
    assert _change_cell(shown, "IKU 10") == (
        "↓ 100,00 % (lebih buruk); tercapai → tidak tercapai (lebih buruk)"
    )
    # a number as before
    assert _change_cell(shown, "IKU 1") == "↑ 5,26 % (lebih baik); capaian +1,85 poin"
    # the grades and the opinion are counted with the numbers (were left out: up 1, down 1)
    assert "realisasi naik 2, turun 3 (lebih baik 2, lebih buruk 3)" in shown
    en = run_cli("compare", "--lang", "en", store=store).stdout
    assert _change_cell(en, "IKU 2") == "↓ 1 step (worse); capaian −32,90 points"
    assert _change_cell(en, "IKU 8") == "↑ 2 steps (better); capaian +33,34 points"
    assert _change_cell(en, "IKU 10") == "↓ 100,00 % (worse); met → not met (worse)"


def test_export_compare_says_it_too(store: Path) -> None:
    for lang, iku2, iku10 in (
        (
            "id",
            "| ↓ 1 tingkat (lebih buruk); capaian −32,90 poin |",
            "| tidak tercapai | ↓ 100,00 % (lebih buruk); tercapai → tidak tercapai (lebih buruk) |",
        ),
        (
            "en",
            "| ↓ 1 step (worse); capaian −32,90 points |",
            "| not met | ↓ 100,00 % (worse); met → not met (worse) |",
        ),
    ):
        md = run_cli("export", "-r", NEW, "--compare", OLD, "--lang", lang, store=store).stdout
        table = md[md.index("## Perbandingan" if lang == "id" else "## Comparison") :]
        rows = {line.split(" | ")[0][2:]: line for line in table.splitlines() if "|" in line}
        assert "| Capaian 2023 | Capaian 2024 |" in table and "chievement" not in table
        assert rows["IKU 2"].endswith(iku2), rows["IKU 2"]
        assert rows["IKU 10"].endswith(iku10), rows["IKU 10"]
        assert rows["IKU 9"].endswith(
            "tingkat (lebih buruk); capaian −25,00 poin |"
            if lang == "id"
            else "step (worse); capaian −25,00 points |"
        )


def test_compare_json_has_met_for_both_years_and_a_grade_s_steps(store: Path) -> None:
    data = json.loads(run_cli("compare", "--json", store=store).stdout)
    rows = {r["new"]["code"]: r for r in data["rows"] if r["new"]}
    iku10 = rows["IKU 10"]
    assert (iku10["old"]["met"], iku10["new"]["met"]) == (True, False)
    assert iku10["new"]["achievement"] is None  # a verdict: met says it
    assert (rows["IKU 1"]["old"]["met"], rows["IKU 1"]["new"]["met"]) == (False, False)
    change = rows["IKU 2"]["change"]
    assert (change["direction"], change["better"], change["realisasi_steps"]) == ("down", False, -1)
    assert change["realisasi_delta"] is None and change["realisasi_percent"] is None
    assert rows["IKU 8"]["change"]["realisasi_steps"] == 2
    assert rows["IKU 1"]["change"]["realisasi_steps"] is None
    # a report's row without its evaluation on one side (none here) would have no "met" to give
    assert all("met" in r["old"] and "met" in r["new"] for r in rows.values() if r["old"])


def test_a_grade_s_change_follows_the_scale_and_its_printed_score() -> None:
    def moved(a: str, b: str, polaritas: str = "positif") -> tuple[str, bool | None, int | None]:
        got = realisasi_change(a, b, polaritas)  # type: ignore[arg-type]
        assert got is not None, (a, b)
        return got.direction, got.better, got.steps

    assert moved("A (86,45)", "BB") == ("down", False, -1)
    assert moved("D", "AA") == ("up", True, 6)
    assert moved("cc", "B") == ("up", True, 1)  # (case as the values read it)
    assert moved("WTP", "TMP") == ("down", False, -3)
    assert moved("BB", "BB") == ("same", None, 0)
    assert moved("A", "A (86,45)") == ("same", None, 0)  # one printed score: no change to say
    # one letter, two printed scores: the scores decide, as numbers
    same = realisasi_change("A (86,45)", "A (88,10)", "positif")
    assert same is not None and (same.direction, same.steps, same.delta) == (
        "up",
        None,
        Decimal("1.65"),
    )
    # a negatif indicator graded by letters (rare): down is better, as for its numbers
    assert moved("BB", "A", "negatif") == ("up", False, 1)
    # stabil: the capaian decides, when both years have one
    got = realisasi_change("BB", "A", "stabil", Decimal(100), Decimal(90))
    assert got is not None and got.better is False
    # nothing to tell between a grade and a number, a grade and an opinion, a range, a text
    for a, b in (("BB", "75"), ("BB", "WTP"), ("3 ± 1", "4"), ("baik", "BB"), (None, "BB")):
        assert realisasi_change(a, b, "positif") is None, (a, b)
    # a region's own scores order its scale (here C above CC)
    region = Scales.from_dict({"grades": {"C": "55"}})
    got = realisasi_change("CC", "C", "positif", scales=region)
    assert got is not None and (got.direction, got.steps) == ("up", 1)


def test_the_change_text_of_a_grade_is_short_and_said_in_both_languages() -> None:
    got = realisasi_change("AA", "A", "positif")
    assert got is not None and got.shown("id") == "↓ 1 tingkat" and got.shown("en") == "↓ 1 step"
    two = realisasi_change("C", "BB", "positif")
    assert two is not None and two.shown("en") == "↑ 3 steps"
    same = realisasi_change("WTP", "wtp", "positif")
    assert same is not None and same.shown("id") == "="
    number = realisasi_change("0", "0,5", "positif")
    assert number is not None and number.shown("id") == "↑ 0,50"  # last year 0: the difference
