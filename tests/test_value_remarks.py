"""A value with a note in brackets, as printed reports write it (">3,51 (skala 1-5)", "90 % (target
RPJMD)"): read as the value before the note, the note kept in the cell as written and named in the
notes (core/values.py ``_remarked``, docs/capaian.md section 2)."""

from __future__ import annotations

import contextlib
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lkj_tui.core.values import ParseError, parse_value
from tests.conftest import run_cli

_FIELDS = ("kind", "number", "unit", "percent", "low", "high", "comparator", "code")


def test_set_takes_a_threshold_with_a_note(tmp_path: Path) -> None:
    """The seed's ">3,51" (Tabel 3.x: Nilai kepatuhan pelayanan publik) with its scale written
    after it: `set` refused it ('ambang tidak sah')."""
    store = tmp_path / "s"
    assert run_cli("init", store=store).returncode == 0
    done = run_cli("set", "IKU 10", "target", ">3,51 (skala 1-5)", store=store)
    assert done.returncode == 0, done.stderr
    done = run_cli("set", "IKU 10", "realisasi", "3,9 (hasil survei)", store=store)
    assert done.returncode == 0, done.stderr
    assert "111,11 %" in done.stdout  # 3,9 / 3,51 × 100
    data = json.loads(run_cli("status", "--json", store=store).stdout)
    row = next(r for r in data["items"] if r["code"] == "IKU 10")
    assert (row["target"], row["realisasi"]) == (">3,51 (skala 1-5)", "3,9 (hasil survei)")
    shown = run_cli("status", store=store).stdout
    assert ">3,51 (skala" in shown and "111,11 %" in shown
    calc = run_cli("calc", ">3,51 (skala 1-5)", "3,9 (hasil survei)", "--lang", "en")
    assert calc.returncode == 0, calc.stderr
    assert "the note (skala 1-5) is kept, not computed" in calc.stdout
    assert "the note (hasil survei) is kept, not computed" in calc.stdout


@pytest.mark.parametrize(
    ("raw", "head"),
    [
        (">3,51 (skala 1-5)", ">3,51"),
        ("90 % (target RPJMD)", "90 %"),
        ("10 Dokumen (Renja)", "10 Dokumen"),
        ("Minimal 3,226 (PK)", "Minimal 3,226"),
        ("3 ± 1 (inflasi)", "3 ± 1"),
        ("A (86,45) (LHE)", "A (86,45)"),
        ("WTP (Wajar Tanpa Pengecualian)", "WTP"),
        ("10 Raperda, 50 Raperbup (usulan)", "10 Raperda, 50 Raperbup"),
    ],
)
def test_a_note_in_brackets_is_kept_not_computed(raw: str, head: str) -> None:
    value, plain = parse_value(raw), parse_value(head)
    assert value.raw == raw
    assert [getattr(value, f) for f in _FIELDS] == [getattr(plain, f) for f in _FIELDS]
    assert value.notes[-1].startswith("keterangan (") and value.notes[:-1] == plain.notes


@pytest.mark.parametrize(
    ("raw", "kind"),
    [
        ("A (86,45)", "grade"),  # a grade's printed score, not a note
        ("Tidak ada temuan (nihil)", "text"),  # text before the note stays text
        ("- (belum diukur)", "text"),
    ],
)
def test_what_is_no_value_before_a_note_is_as_before(raw: str, kind: str) -> None:
    assert parse_value(raw).kind == kind


@pytest.mark.parametrize("raw", ["(9)", "3,5 (x", "3 (5)", "> abc (x)", "3,5x5 (x)"])
def test_no_note_makes_a_bad_value_readable(raw: str) -> None:
    with pytest.raises(ParseError):
        parse_value(raw)


_HEADS = st.sampled_from(
    [
        *("87", "3,22", "87,07%", "132 Surat", ">3,51", "≥ 90 %", "Maksimal 5", "80 - 90"),
        *("3 ± 1", "Rp 9.000.000,-", "CC", "A (86,45)", "Minimal BB", "1.500", "89,00 4,00"),
        "TMP",
    ]
)
_NOTES = st.text(
    alphabet=st.characters(blacklist_characters="()", blacklist_categories=("Cc", "Cs", "Cf")),
    max_size=80,
).filter(lambda t: any(c.isalpha() for c in t))


@settings(max_examples=400, deadline=None)
@given(_HEADS, _NOTES, st.sampled_from([" ", "", "  "]))
def test_any_note_leaves_the_value_as_it_was(head: str, note: str, gap: str) -> None:
    raw = f"{head}{gap}({note})"
    value, plain = parse_value(raw), parse_value(head)
    assert value.raw == raw
    assert [getattr(value, f) for f in _FIELDS] == [getattr(plain, f) for f in _FIELDS]
    assert len(value.notes) == len(plain.notes) + 1 == len(value.notes_en)


def test_a_long_unclosed_cell_is_read_in_linear_time() -> None:
    """Hostile: many brackets, no close; one pass (no backtracking over the cell)."""
    for raw in ("1 " + "(a " * 50_000, "1 (" + "a" * 200_000 + ")", "(" * 100_000 + ")"):
        with contextlib.suppress(ParseError):
            parse_value(raw)


@settings(max_examples=300, deadline=None)
@given(
    _HEADS,
    _NOTES,
    st.characters(whitelist_categories=("Cc", "Cf")).filter(lambda c: not c.isspace()),
    st.integers(0, 80),
)
def test_a_note_with_a_control_character_is_refused_as_any_value(
    head: str, note: str, bad: str, at: int
) -> None:
    """A control or invisible character (an escape, a bidi override) anywhere in the note makes
    the cell refused, as it does in any value: the note was read past that check, and ``calc``
    printed the cell's escape to the terminal as it was typed."""
    at = min(at, len(note))
    with pytest.raises(ParseError) as refused:
        parse_value(f"{head} ({note[:at]}{bad}{note[at:]})")
    assert "U+" in refused.value.message  # (the first character refused is named)


def test_calc_writes_no_escape_from_a_note() -> None:
    done = run_cli("calc", ">3,51 (skala\x1b[2J 1-5)", "4")
    assert done.returncode == 2, done.stdout
    assert "\x1b" not in done.stdout + done.stderr and "U+001B" in done.stderr
