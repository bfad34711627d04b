"""Property tests of the domain core (hypothesis).

Profiles: ``lkj-core`` (default, 200 examples per test) and ``lkj-core-thorough`` (2000); choose
with ``LKJ_HYPOTHESIS_PROFILE``. The profiles are used per test, so other test modules keep theirs.
"""

import os
from decimal import ROUND_HALF_UP, Decimal

from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from lkj_tui.core.engine import compute
from lkj_tui.core.numbers import format_exact, format_id, parse_number
from lkj_tui.core.values import ParseError, parse_value

settings.register_profile(
    "lkj-core", max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "lkj-core-thorough", parent=settings.get_profile("lkj-core"), max_examples=2000
)
PROFILE = settings.get_profile(os.environ.get("LKJ_HYPOTHESIS_PROFILE", "lkj-core"))

#: Decimals with 0-4 places, from -10^12 to 10^12.
decimals = st.builds(
    lambda units, places: Decimal(units).scaleb(-places),
    st.integers(min_value=-(10**16), max_value=10**16),
    st.integers(min_value=0, max_value=4),
)
#: Positive amounts a report prints as a target or realisasi, with two decimals.
amounts = st.integers(min_value=0, max_value=10**9).map(lambda n: Decimal(n).scaleb(-2))
targets = amounts.filter(lambda d: d > 0)
#: Values format_id writes with one dot and no comma at places=0 or trim=True ("1.500").
lone_groups = st.builds(
    lambda units, cents: Decimal(units) + Decimal(cents).scaleb(-2),
    st.integers(min_value=-999_999, max_value=999_999),
    st.sampled_from([0, 0, 1, 50, 99]),
)


def test_profile_runs_at_least_200_examples() -> None:
    assert PROFILE.max_examples >= 200


@PROFILE
@given(decimals | lone_groups, st.integers(min_value=0, max_value=6), st.booleans())
@example(Decimal(1500), 0, False)
@example(Decimal("1500.004"), 2, True)
def test_format_then_parse_round_trips(value: Decimal, places: int, trim: bool) -> None:
    """Every output of ``format_id`` reads back exactly, whatever ``places`` and ``trim``."""
    text = format_id(value, places, trim=trim)
    parsed = parse_number(text)
    assert parsed.value == value.quantize(Decimal(1).scaleb(-places), ROUND_HALF_UP)
    # a decimal comma or several dots are never a guess; a lone thousands group ("1.500") is
    # flagged, and its note names the decimal reading too
    lone_group = "," not in text and text.lstrip("-").count(".") == 1
    assert parsed.ambiguous is lone_group
    assert bool(parsed.notes) is lone_group
    if lone_group:
        assert format_exact(parsed.value.scaleb(-3)) in parsed.notes[0]


@PROFILE
@given(targets, amounts, amounts)
def test_positive_capaian_never_decreases(target: Decimal, r1: Decimal, r2: Decimal) -> None:
    low, high = sorted((r1, r2))
    t = format_id(target)
    a, b = compute(t, format_id(low)), compute(t, format_id(high))
    assert a.value is not None and b.value is not None
    assert a.value <= b.value
    assert a.rounded is not None and b.rounded is not None and a.rounded <= b.rounded


@PROFILE
@given(targets, amounts, amounts)
def test_negative_capaian_never_increases(target: Decimal, r1: Decimal, r2: Decimal) -> None:
    low, high = sorted((r1, r2))
    t = format_id(target)
    a, b = compute(t, format_id(low), "negatif"), compute(t, format_id(high), "negatif")
    assert a.value is not None and b.value is not None
    assert a.value >= b.value >= 0


@PROFILE
@given(targets, targets, amounts, amounts, st.sampled_from(["positif", "negatif"]))
def test_range_capaian_is_monotonic(
    lo: Decimal, hi: Decimal, r1: Decimal, r2: Decimal, polarity: str
) -> None:
    lo, hi = sorted((lo, hi))
    low, high = sorted((r1, r2))
    target = f"{format_id(lo)} - {format_id(hi)}"
    a = compute(target, format_id(low), polarity)  # type: ignore[arg-type]
    b = compute(target, format_id(high), polarity)  # type: ignore[arg-type]
    assert a.value is not None and b.value is not None
    assert a.value <= b.value if polarity == "positif" else a.value >= b.value


@PROFILE
@given(targets, amounts, amounts, st.sampled_from([">", ">=", "Minimal", "<", "<=", "Maksimal"]))
def test_threshold_capaian_is_monotonic(
    bound: Decimal, r1: Decimal, r2: Decimal, comparator: str
) -> None:
    low, high = sorted((r1, r2))
    target = f"{comparator} {format_id(bound)}"
    a, b = compute(target, format_id(low)), compute(target, format_id(high))
    for ach in (a, b):  # missed at the bound (100 % or more, not met): a verdict, no % (vals13)
        assert ach.value is not None or (ach.reason_code == "threshold_bound" and not ach.met)
    higher_is_better = comparator in (">", ">=", "Minimal")
    if a.value is not None and b.value is not None:
        assert a.value <= b.value if higher_is_better else a.value >= b.value
    worse, better = (a, b) if higher_is_better else (b, a)
    assert not (worse.met and not better.met)


@PROFILE
@given(st.text(max_size=60))
def test_parse_value_raises_only_parse_error(raw: str) -> None:
    try:
        value = parse_value(raw)
    except ParseError as exc:
        assert exc.value == raw and exc.message and "\n" not in exc.message
    else:
        assert value.raw == raw


@PROFILE
@given(st.text(alphabet="0123456789.,%±+-–<>=≥≤ ()ABCDWTPkaliSurat\t", max_size=25))
def test_parse_value_on_number_like_text(raw: str) -> None:
    try:
        value = parse_value(raw)
    except ParseError as exc:
        assert exc.value == raw
    else:
        assert value.raw == raw


@PROFILE
@given(st.text(max_size=30), st.text(max_size=30), st.sampled_from(["positif", "negatif"]))
def test_compute_never_raises(target: str, realisasi: str, polarity: str) -> None:
    ach = compute(target, realisasi, polarity)  # type: ignore[arg-type]
    assert (ach.value is None) == (ach.reason is not None)
    if ach.rounded is not None:  # the default bands cover every value
        assert ach.rating is not None and ach.under_target is not None


@PROFILE
@given(amounts, targets)
def test_missing_is_never_zero(value: Decimal, target: Decimal) -> None:
    assume(value >= 0)
    for blank in (None, "", "  ", "-", "–"):
        assert compute(format_id(target), blank).value is None
        assert compute(blank, format_id(value)).value is None


# ------------------------------------------------------------------ fast paths equal the full work


def _clean_in_full(text: str) -> str:
    """``sanitize.clean`` as it was, every pattern applied to every text."""
    import re

    if not text:
        return ""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n")
    text = re.sub(r"\x1b[\]P_^X].*?(?:\x07|\x1b\\|\x9c|$)", "", text, flags=re.DOTALL)
    text = re.sub(r"\x1b\[[0-?]*[ -/]*[@-~]?", "", text)
    text = re.sub(r"[\x90\x98\x9d\x9e\x9f].*?(?:\x07|\x9c|\x1b\\|$)", "", text, flags=re.DOTALL)
    text = re.sub(r"\x9b[0-?]*[ -/]*[@-~]?", "", text)
    text = re.sub(r"\x1b[ -/]*[0-~]?", "", text)
    text = re.sub(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]", "", text)
    text = re.sub("[\ud800-\udfff]", "\ufffd", text)
    return re.sub("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]", "", text)


_texts = st.text(
    st.one_of(
        st.characters(),
        st.sampled_from(list("\x1b\x07\x9b\x9c\x9d\r\n\t\u2028\u2029\u200e\u202e\xa0 []P;5m")),
    ),
    max_size=40,
)


@PROFILE
@given(_texts, st.one_of(st.none(), st.integers(min_value=0, max_value=30)))
@example("Nilai LPPD ", None)
@example(" a\u2028b ", 2)
def test_clean_and_clean_line_fast_paths_do_the_full_work(text: str, limit: int | None) -> None:
    import re

    from lkj_tui.core.sanitize import clean, clean_line

    assert clean(text) == _clean_in_full(text)
    out = re.sub(r"\s*[\n\r\t\v\f\u2028\u2029\x85]+\s*", " ", _clean_in_full(text)).strip()
    if limit is not None and len(out) > limit:
        out = out[: max(limit - 1, 0)].rstrip() + "…"
    assert clean_line(text, limit) == out


@PROFILE
@given(_texts)
@example("3,22")
@example("٣")  # a non-ASCII digit
@example("3\u200b")
@example("1½")  # a fraction
@example("100 m²")  # a superscript: a unit's
@example("¼\x1f")  # a fraction before a control character: the control is named
def test_value_character_check_fast_path_does_the_full_work(raw: str) -> None:
    import unicodedata

    full: str | None = None  # the message of the full check, character by character
    for ch in raw:  # a control character is named first, wherever it is ("¼\x1f": U+001F)
        if ch not in "\t\n\r" and unicodedata.category(ch) in ("Cc", "Cf", "Cs"):
            full = f"U+{ord(ch):04X}"
            break
    for ch in raw if full is None else ():
        if ch.isdecimal() and not "0" <= ch <= "9":
            full = f"U+{ord(ch):04X}"
            break
        if ch.isnumeric() and unicodedata.numeric(ch) % 1:  # a fraction, "½" (vals43)
            full = f"pecahan {ch} "
            break
    from lkj_tui.core.values import _check_characters

    try:
        _check_characters(raw)
    except ParseError as exc:
        assert full is None or full in exc.message
        assert full is not None or "NaN" in exc.message
    else:
        assert full is None
