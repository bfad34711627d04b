"""years69: the detail pane's years left out a year whose report `compare` leaves the indicator
ambiguous with (a kode whose old name is now another indicator's, an old indicator two rows
claim by name): the year was not shown, nor why, and an indicator with no other year showed no
years at all. Each such year now says it, with the indicators it may be and why, as `compare`
says it, id and en, from either year."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from lkj_tui.bundled import load_bundled_report
from tests.test_compare_parents import _with_2024
from tests.tui.conftest import years_shown

OLD = "bengkulu-selatan-setda-2023"
NEW = "setda-2024"
NAME = "Tingkat Kepatuhan Standar Pelayanan masyarakat"


@pytest.fixture(scope="module")
def given_away(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled report (2023; its IKL 2 has no earlier year) and a copy for 2024 without
    rollover's links, its IKL 2 renamed and its old name given to IKU 5."""
    report = load_bundled_report()
    kept = next(n for n in report.walk() if n.code == "IKL 2")
    fifth = next(n for n in report.walk() if n.code == "IKU 5")
    report.replace_node(replace(fifth, name=kept.name))
    report.replace_node(replace(kept, name="Indeks Kepatuhan Baru"))
    return _with_2024(tmp_path_factory.mktemp("given69"), report)


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        (
            "id",
            "2023 tidak dicocokkan, ambigu: IKL 2 {name} (kode sama; namanya kini dipakai IKU 5)",
        ),
        ("en", "2023 not matched, ambiguous: IKL 2 {name} (same code; its name is now IKU 5's)"),
    ],
)
async def test_the_newer_year_says_the_year_it_is_ambiguous_with(
    make_app, given_away: Path, lang: str, said: str
) -> None:
    (shown,) = await years_shown(make_app, given_away, NEW, lang, ("IKL 2",))
    assert said.format(name=NAME) in shown, shown
    assert shown.startswith(("Dari tahun ke tahun", "Year by year")), shown


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("id", "2024 tidak dicocokkan, ambigu: IKL 2 Indeks Kepatuhan Baru (kode sama; namanya"),
        ("en", "2024 not matched, ambiguous: IKL 2 Indeks Kepatuhan Baru (same code; its name"),
    ],
)
async def test_the_older_year_says_it_too(make_app, given_away: Path, lang: str, said: str) -> None:
    (shown,) = await years_shown(make_app, given_away, OLD, lang, ("IKL 2",))
    assert said in shown, shown


@pytest.mark.parametrize(("own", "other"), [(2025, 2024), (2024, 2025)])
def test_many_candidates_are_counted(own: int, other: int) -> None:
    """Five indikator kegiatan of one name under kegiatan of one name: each is ambiguous with
    the other year's five; three are named, with why, and the rest counted."""
    from lkj_tui.core.evaluate import Evaluation
    from lkj_tui.core.years import pairing
    from lkj_tui.tui.components.years import YearsContext, years_part
    from tests.test_compare_many import _report

    mine, theirs = _report(own, 5, "Kegiatan sama"), _report(other, 5, "Kegiatan sama")
    found, unsure, why = pairing(mine, theirs)
    assert not found and len(unsure) == 5 and why is not None, unsure
    node = next(n for n in mine.walk() if n.kind == "indikator_kegiatan")
    part = years_part(
        Evaluation(mine).of(node.id),
        YearsContext(mine, [(theirs, found)], [(theirs, unsure, why)]),
        "en",
    )
    assert part is not None  # (no other year of its own: shown for the ambiguous one)
    shown = " ".join(part.layout(60).plain.split())
    said = "Jumlah dokumen (3×; same name); and 2 more"  # (one label once, as compare says it)
    assert f"{other} not matched, ambiguous: {said}" in shown, shown
