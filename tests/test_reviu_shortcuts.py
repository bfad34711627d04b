"""The reviu's short cuts give what the full path gives (issue 17, third pass): each property
compares a short cut with the work it skips, on generated input."""

from __future__ import annotations

import re
import sys
from typing import Any

from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st

from lkj_tui.bundled import load_bundled_report
from lkj_tui.core.evaluate import Evaluation
from lkj_tui.core.model import Report
from lkj_tui.core.reviu import run_checks
from lkj_tui.core.reviu.measures import (
    _COMMA_DECIMAL,
    _DOT_DECIMAL,
    _LOWER_IS_BETTER,
    _LOWER_STEMS,
    MISSING_MARKS,
    Ctx,
    _folded,
    _lower_is_better,
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
    commas = [x for x in texts if x and re.search(_COMMA_DECIMAL, x)]
    dots = [
        x for x in texts if x and not re.search(_COMMA_DECIMAL, x) and re.search(_DOT_DECIMAL, x)
    ]
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


# --------------------------------------------------------------------------- issue 17, fifth pass

# The words of ``_LOWER_IS_BETTER`` and their neighbours, each letter in any case or written as a
# character ``re`` takes for it ("İ"/"ı" for i, "ſ" for s, the Kelvin sign for k), with hostile
# pieces between them: casefold expansions ("ß", "ﬀ", "İ" alone), bidi and zero-width controls,
# odd spaces, hyphens and any text.
_WORDS = (
    *("kemiskinan", "pengangguran", "stunting", "prevalensi", "kematian", "inflasi"),
    *("waktu rata-rata", "rata-rata waktu", "jumlah temuan", "jumlah keluhan", "jumlah kasus"),
    *("berkurangnya", "menurunnya", "penurunan", "persentase", "angka", "miskin", "rata", "xkasus"),
)
_LOOKALIKE = {
    "i": ("i", "I", "\u0130", "\u0131"),
    "s": ("s", "S", "\u017f"),
    "k": ("k", "K", "\u212a"),
}
_SPACES = (" ", "  ", "\t", "\n", "\u00a0", "\u2003", "\u3000", "\u200b", "")


@st.composite
def _cased(draw: st.DrawFn) -> str:
    words = draw(st.sampled_from(_WORDS)).split(" ")
    space = draw(st.sampled_from(_SPACES))
    return space.join(
        "".join(draw(st.sampled_from(_LOOKALIKE.get(c, (c, c.upper())))) for c in word)
        for word in words
    )


_PIECES = st.one_of(
    _cased(),
    st.sampled_from(
        [" ", "  ", "\t", "\n", "\u00a0", "\u3000", "-", "_", "", "\u00df", "\u1e9e", "\ufb00"]
    ),
    st.sampled_from(
        ["\u202e", "\u202d", "\u2066", "\u200f", "\u200b", "\u0307", "\u0130", "\u0131"]
    ),
    st.text(max_size=4),
)


@given(st.lists(_PIECES, max_size=8).map("".join))
@settings(deadline=None)  # (its example of two million characters: ≈ 0.1 s, 0.4 s on a loaded box)
@example("JUMLAH\u00a0KA\u017fU\u017f")
@example("Angka kem\u0130sk\u0131nan")
@example("\u202eBerkurangnya angka \u212aematian")
@example("Persentase penurunan inflas\u0130 (\u00df)")
@example("a" * 10**6 + " Rata-rata \t\nwaktu " + "\u0131" * 10**6)
def test_the_lower_is_better_search_is_the_case_insensitive_one(name: str) -> None:
    """``polaritas`` searches a name for lower-is-better words only when, folded, it holds one of
    their stems: whatever the name, it finds what the case-insensitive search of every name finds."""
    hit, expected = _lower_is_better(name), _LOWER_IS_BETTER.search(name)
    event("found" if expected else "not found")
    assert (hit and (hit.span(), hit[0])) == (expected and (expected.span(), expected[0]))


def test_the_fold_reads_every_letter_as_re_does() -> None:
    """Every character the case-insensitive search takes for a letter of the stems is that letter
    once folded (over every code point: a Python whose ``re`` folds more would fail here)."""
    letters = sorted({c for stem in _LOWER_STEMS for c in stem if c.isalpha()})
    every_character = "".join(map(chr, range(sys.maxunicode + 1)))
    found = re.findall("(?i)[" + "".join(letters) + "]", every_character)
    assert len(found) > 2 * len(letters)  # (each letter, its capital and a few more)
    for char in found:
        (letter,) = (x for x in letters if re.fullmatch(f"(?i){x}", char))
        assert _folded(char) == letter, hex(ord(char))
