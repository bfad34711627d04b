"""Which of the engine's notes need a second look before a value is saved (``core.edits.doubts``):
the notes that only explain a capaian are told by their templates, linearly in the note."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from lkj_tui.core import edits
from lkj_tui.core.messages import MESSAGES


def _pattern() -> re.Pattern[str]:
    """The rule as a regular expression (the first form of edits18, quadratic on some notes):
    each template's fields as ``.*?``."""
    templates = [text for key in edits.EXPLAINING for text in MESSAGES[key]]
    parts = (".*?".join(map(re.escape, re.split(r"\{\w+\}", t))) for t in templates)
    return re.compile("|".join(f"(?:{p})" for p in parts))


TEMPLATES = [text for key in edits.EXPLAINING for text in MESSAGES[key]]
PIECES = sorted({p for t in TEMPLATES for p in re.split(r"\{\w+\}", t) if p} | {"→", "\n", "x"})


@st.composite
def notes(draw: st.DrawFn) -> str:
    """A template with its fields filled by pieces of the templates (so the parts appear again,
    out of place), or such pieces alone."""
    fill = st.lists(st.sampled_from(PIECES) | st.text(max_size=5), max_size=4).map("".join)
    if draw(st.booleans()):
        return "".join(draw(st.lists(st.sampled_from(PIECES), max_size=6)))
    template = draw(st.sampled_from(TEMPLATES))
    parts = re.split(r"\{\w+\}", template)
    out = [parts[0]]
    for part in parts[1:]:
        out += [draw(fill), part]
    note = "".join(out)
    cut = draw(st.integers(0, 12))  # its end cut off, parts of it overlapping, or more after it
    return note[: len(note) - cut] if draw(st.booleans()) else note + draw(fill)


@settings(max_examples=1500)
@given(notes())
def test_an_explaining_note_is_told_as_the_templates_pattern_tells_it(note: str) -> None:
    explains = _pattern().fullmatch(note) is not None
    assert (edits.doubts((note,)) == ()) is explains, note


def test_every_template_filled_explains_and_a_stranger_doubts() -> None:
    for template in TEMPLATES:
        filled = re.sub(r"\{\w+\}", "3,40", template)
        assert edits.doubts((filled,)) == (), filled
    strange = "target 1.234 dibaca sebagai 1234 (ambigu)"
    assert edits.doubts((strange,)) == (strange,)
    assert edits.doubts((strange,), (strange,)) == ()  # about the other side of the pair


def test_a_long_note_like_a_template_is_told_in_one_pass() -> None:
    """The "rounded" template's ``{v}{m}`` made the pattern try every split of a long note that
    begins as it does but lacks its "→" (quadratic: 45 ms at 4,000 characters, 0.7 s at 16,000).
    The rule reads such a note once: told apart, whatever its length."""
    start = re.split(r"\{\w+\}", MESSAGES["rounded"][0])[0]
    note = start + "x" * 100_000
    assert edits.doubts((note,)) == (note,)
    assert edits.doubts((start + "x" * 100_000 + " → 3",)) == ()
