"""The reviu's short cuts give what the full path gives (issue 17, third pass): each property
compares a short cut with the work it skips, on generated input."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from lkj_tui.bundled import load_bundled_report
from lkj_tui.core.evaluate import Evaluation
from lkj_tui.core.model import Report
from lkj_tui.core.reviu import run_checks
from lkj_tui.core.reviu.measures import (
    _COMMA_DECIMAL,
    _DOT_DECIMAL,
    MISSING_MARKS,
    Ctx,
    is_missing,
)
from lkj_tui.core.reviu.report import amount
from tests.test_reviu import _CELLS, _doc

_TEXTS = st.one_of(
    _CELLS.filter(lambda x: x is not None),
    st.text(alphabet="0123456789,.-% \n\tNnAa/", max_size=10),
)


@given(st.one_of(st.none(), _TEXTS, st.sampled_from([" N/A ", "na", "\u2014", " - "])))
def test_is_missing(text: str | None) -> None:
    expected = (
        text is None or text.strip() in MISSING_MARKS or text.strip().casefold() in {"n/a", "na"}
    )
    assert is_missing(text) == expected


def test_a_leaf_is_a_node_without_children() -> None:
    report = load_bundled_report()
    ctx = Ctx(Evaluation(report))
    assert {n.id for n in ctx.nodes if ctx.leaf(n.id)} == {
        n.id for n in ctx.nodes if not report.children(n.id)
    }


def _found(doc: dict[str, Any], check: str) -> list[tuple[str | None, str, str]]:
    try:
        evaluation = Evaluation(Report.from_document(doc))
    except Exception:  # the engine's own refusals are not the reviu's to test
        return []
    found = run_checks(evaluation).findings
    return [(f.node, f.message_id, f.message_en) for f in found if f.check == check]


_YEARS = st.sampled_from(["2021", "2022", "2023", "2024", "2026"])


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    realisasi=_CELLS,
    history=st.dictionaries(_YEARS, _CELLS.filter(lambda x: x is not None), max_size=2),
    targets=st.dictionaries(_YEARS, _CELLS.filter(lambda x: x is not None), max_size=3),
    akhir=_CELLS,
    quarters=st.lists(_CELLS, min_size=4, max_size=4),
    printed=st.lists(
        st.tuples(
            st.sampled_from(
                [
                    *("capaian", "realisasi", "realisasi:2022", "triwulan:2", "target:2024"),
                    *("target_akhir", "target:2023", "name"),
                ]
            ),
            _TEXTS,
        ),
        max_size=2,
    ),
)
def test_a_figure_printed_once_is_no_conflict(
    realisasi: str | None,
    history: dict[str, str],
    targets: dict[str, str],
    akhir: str | None,
    quarters: list[str | None],
    printed: list[tuple[str, str]],
) -> None:
    """The conflict checks stop early when every figure is printed once; a figure printed once
    more for a year of its own (so that they do not stop) changes none of their findings."""
    targets = targets | ({"2023": realisasi or "90"} if len(printed) == 1 else {})
    measure = {
        "realisasi": realisasi,
        "realisasi_history": history,
        "targets": targets,
        "target_akhir": akhir,
        "triwulan": quarters,
        "printed": [{"table": "T", "field": f, "value": v} for f, v in printed],
    }
    for check, field in (
        ("realisasi-conflict", "realisasi:1900"),
        ("renstra-conflict", "target:1900"),
        ("target-conflict", "target:1900"),
    ):
        once_more = measure | {
            "printed": [*measure["printed"], {"table": "U", "field": field, "value": "7"}]
        }
        assert _found(_doc(measure=measure), check) == _found(_doc(measure=once_more), check)


# --------------------------------------------------------------------------- issue 17, fourth pass

_DECIMALS = st.one_of(
    st.text(alphabet="0123456789,.-% ak", max_size=9),
    st.from_regex(r"[0-9]{1,4}([.,][0-9]{1,3})?( ?%)?", fullmatch=True),
)
_DECIMAL_TEXTS = st.one_of(st.none(), _DECIMALS)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    target=_DECIMAL_TEXTS,
    realisasi=_DECIMAL_TEXTS,
    akhir=_DECIMAL_TEXTS,
    quarters=st.lists(_DECIMAL_TEXTS, min_size=4, max_size=4),
    targets=st.dictionaries(_YEARS, _DECIMALS, max_size=2),
    printed=st.lists(_DECIMALS, max_size=2),
)
def test_units_scans_for_mixed_decimals_only_where_a_point_is(
    target: str | None,
    realisasi: str | None,
    akhir: str | None,
    quarters: list[str | None],
    targets: dict[str, str],
    printed: list[str],
) -> None:
    """``units`` returns before its scan when no text holds a ".": its finding is the one the
    scan of every text gives (the scan, as it was before the short cut, done here)."""
    measure = {
        "target": target,
        "realisasi": realisasi,
        "target_akhir": akhir,
        "triwulan": quarters,
        "targets": targets,
        "realisasi_history": {},
        "printed": [{"table": "T", "field": "target:2024", "value": v} for v in printed],
    }
    texts = [target, realisasi, akhir, *quarters, *targets.values(), *printed]
    commas = [x for x in texts if x and _COMMA_DECIMAL.search(x)]
    dots = [x for x in texts if x and not _COMMA_DECIMAL.search(x) and _DOT_DECIMAL.search(x)]
    expected = []
    if commas and dots:
        shown = ", ".join(dict.fromkeys(dots))
        expected = [f"Desimal titik ({shown}) di samping desimal koma ({commas[0]})."]
    event("mixed" if expected else "not mixed")
    assert [
        message for _, message, _ in _found(_doc(measure=measure), "mixed-decimals")
    ] == expected


@given(st.lists(st.one_of(st.none(), _TEXTS), min_size=4, max_size=4))
def test_quarters_none_of_them_filled(quarters: list[str | None]) -> None:
    """``triwulan`` returns at once when no quarter is a non-empty text: each is then missing."""
    assert any(quarters) or all(is_missing(q) for q in quarters)


def test_a_node_without_budget_figures_sums_nothing() -> None:
    """``node_budget_sums`` skips a node with neither figure: each would be read as no amount."""
    assert amount(None) is None
