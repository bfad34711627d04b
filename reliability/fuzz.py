"""The value parser fuzzed with hypothesis: ``parse_value`` and ``parse_number`` never raise
anything but their own ``ParseError`` (with a one-line message naming the value), and ``compute``
never raises at all.

Inputs: any Unicode text (surrogates and controls included); text shaped like report cells (numbers
in Indonesian and English formats, percent, units, comparators, ranges, grades, opinions, Rupiah,
composites) built from a grammar; and the bundled report's own cells with random edits.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lkj_tui.core.engine import compute
from lkj_tui.core.numbers import parse_number
from lkj_tui.core.values import ParseError, parse_value

_DIGITS = st.text("0123456789", min_size=1, max_size=12)
_NUMBER = st.one_of(
    _DIGITS,
    st.builds(lambda a, b: f"{a},{b}", _DIGITS, _DIGITS),
    st.builds(lambda a, b: f"{a}.{b}", _DIGITS, _DIGITS),
    st.lists(st.text("0123456789", min_size=1, max_size=4), min_size=1, max_size=5).map(".".join),
    st.lists(st.text("0123456789", min_size=1, max_size=4), min_size=1, max_size=5).map(",".join),
    st.builds(lambda a: f"{a},-", _DIGITS),
    st.sampled_from(["0", "00", "0,0", "1e5", "1E-9", "9" * 400, "0." + "0" * 200 + "1"]),
)
_SIGN = st.sampled_from(["", "", "-", "+", "−", "–", "±"])
_UNIT = st.sampled_from(
    ["", "%", " %", " Dokumen", " Surat", " kali", " peta Kec.", " Nilai", " Rp", " hari", " dan"]
)
_CMP = st.sampled_from(
    [">", ">=", "=>", "≥", "<", "<=", "≤", "Minimal ", "Min. ", "Maksimal ", "max ", "=", ""]
)
_JOIN = st.sampled_from([" - ", "-", " – ", " s.d. ", " s/d ", " sampai dengan ", " ± ", "+/-"])
_WORDS = st.sampled_from(
    ["A", "AA", "BB", "B", "CC", "C", "D", "WTP", "WDP", "TMP", "TW", "Wajar Tanpa Pengecualian"]
)
_QUANTITY = st.builds(lambda s, n, u: f"{s}{n}{u}", _SIGN, _NUMBER, _UNIT)
CELL = st.one_of(
    _QUANTITY,
    st.builds(lambda c, q: f"{c}{q}", _CMP, _QUANTITY),
    st.builds(lambda a, j, b: f"{a}{j}{b}", _QUANTITY, _JOIN, _QUANTITY),
    st.builds(lambda g, n: f"{g} ({n})", _WORDS, _NUMBER),
    st.builds(lambda c, g: f"{c}{g}", _CMP, _WORDS),
    st.builds(lambda n: f"Rp {n}", _NUMBER),
    st.builds(lambda n: f"Rp. {n},-", _NUMBER),
    st.lists(_QUANTITY, min_size=2, max_size=4).map(", ".join),
    st.lists(_QUANTITY, min_size=2, max_size=3).map(" dan ".join),
)
ANY_TEXT = st.text(st.characters(exclude_categories=()), max_size=80)
SPICE = st.text(
    st.sampled_from(list("0123456789.,%±+-−–<>=≥≤ ()ABCDWTPRp/sd\t\n\u00a0\u202e\x00\x1b")),
    max_size=30,
)


def _report_cells() -> list[str]:
    from lkj_tui.bundled import load_bundled_report

    cells = set()
    for node in load_bundled_report().measured():
        m = node.measure
        assert m is not None
        cells |= {v for v in (m.target, m.realisasi, m.target_akhir) if v}
        cells |= set(m.targets.values()) | set(m.realisasi_history.values())
    return sorted(cells)


def _mutate(cell: str, edits: list[tuple[int, int, str]]) -> str:
    out = cell
    for pos, kind, ch in edits:
        if not out and kind != 0:
            continue
        i = pos % (len(out) + 1)
        if kind == 0:
            out = out[:i] + ch + out[i:]
        elif kind == 1:
            out = out[:i] + out[i + 1 :]
        else:
            out = out[:i] + ch + out[i + 1 :]
    return out


def values() -> st.SearchStrategy[str]:
    """Everything the parser is fed: any text, report-shaped text, mutated report cells."""
    mutated = st.builds(
        _mutate,
        st.sampled_from(_report_cells()),
        st.lists(
            st.tuples(st.integers(0, 60), st.integers(0, 2), st.characters(exclude_categories=())),
            max_size=4,
        ),
    )
    spiced = st.builds(lambda a, b: a + b, CELL, SPICE)
    return st.one_of(ANY_TEXT, CELL, CELL, mutated, spiced, SPICE)


@dataclass
class FuzzFigures:
    examples: int = 0
    parsed: int = 0
    parse_errors: int = 0
    other_exceptions: int = 0
    bad_messages: int = 0  # a ParseError without a one-line message naming the value
    seconds: float = 0.0
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.examples > 0 and self.other_exceptions + self.bad_messages == 0


def _one(raw: str, other: str, figures: FuzzFigures) -> None:
    figures.examples += 1
    try:
        value = parse_value(raw)
    except ParseError as exc:
        figures.parse_errors += 1
        if exc.value != raw or not exc.message or "\n" in exc.message or "\n" in exc.message_en:
            figures.bad_messages += 1
            figures.problems.append(f"message for {raw!r}: {exc.message!r}")
    except Exception as exc:
        figures.other_exceptions += 1
        figures.problems.append(f"parse_value({raw!r}): {type(exc).__name__}: {exc}"[:300])
    else:
        figures.parsed += 1
        if value.raw != raw:
            figures.bad_messages += 1
            figures.problems.append(f"parse_value({raw!r}).raw is {value.raw!r}")
    try:
        parse_number(raw)
    except ParseError:
        pass
    except Exception as exc:
        figures.other_exceptions += 1
        figures.problems.append(f"parse_number({raw!r}): {type(exc).__name__}: {exc}"[:300])
    for polarity in ("positif", "negatif"):
        try:
            compute(other, raw, polarity)
            compute(raw, other, polarity)
        except Exception as exc:
            figures.other_exceptions += 1
            figures.problems.append(f"compute({other!r}, {raw!r}): {type(exc).__name__}"[:300])


def fuzz(examples: int, *, derandomize: bool = False) -> FuzzFigures:
    """Run ``examples`` hypothesis examples (each: parse_value, parse_number and two computes)."""
    figures = FuzzFigures()
    started = time.monotonic()
    strategy = values()

    @settings(
        max_examples=examples,
        deadline=None,
        database=None,
        derandomize=derandomize,
        suppress_health_check=list(HealthCheck),
    )
    @given(strategy, strategy)
    def run(raw: str, other: str) -> None:
        _one(raw, other, figures)

    run()
    figures.seconds = time.monotonic() - started
    return figures


def summary(figures: FuzzFigures) -> dict[str, Any]:
    return {k: v for k, v in vars(figures).items() if k != "problems"}
