"""Terminal safety of user text: escapes, controls and bidi overrides never survive `clean`."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lkj_tui.core.sanitize import clean, clean_line, is_clean

HOSTILE = {
    "csi clear screen": ("a\x1b[2Jb", "ab"),
    "csi colour": ("\x1b[31mred\x1b[0m", "red"),
    "osc 52 clipboard (BEL)": ("x\x1b]52;c;SGVsbG8=\x07y", "xy"),
    "osc 52 clipboard (ST)": ("x\x1b]52;c;SGVsbG8=\x1b\\y", "xy"),
    "osc 8 hyperlink": ("\x1b]8;;http://evil\x1b\\link\x1b]8;;\x1b\\", "link"),
    "dcs": ("a\x1bPq#0;2;0;0;0\x1b\\b", "ab"),
    "c1 csi": ("a\x9b2Jb", "ab"),
    "c1 osc": ("a\x9d52;c;AAAA\x07b", "ab"),
    "nul and bell": ("a\x00b\x07c", "abc"),
    "backspace and del": ("ab\x08\x7fc", "abc"),
    "lone escape": ("a\x1b", "a"),
    "bidi override": ("abc\u202eevil\u202c", "abcevil"),
    "bidi isolate": ("\u2066x\u2069", "x"),
    "carriage return": ("a\rb", "a\nb"),
}


@pytest.mark.parametrize(("raw", "expected"), HOSTILE.values(), ids=HOSTILE.keys())
def test_clean_removes_terminal_controls(raw: str, expected: str) -> None:
    assert clean(raw) == expected


def test_clean_keeps_markup_like_text_and_unicode() -> None:
    text = "[/] [@click=app.quit]x[/] [link=http://x]y[/link] 👍🏽 é 中文 3 ± 1 ≥ 90"
    assert clean(text) == text


def test_clean_line_folds_breaks_and_limits() -> None:
    assert clean_line("a\n\n b\tc") == "a b c"
    assert clean_line("x" * 50, limit=10) == "x" * 9 + "…"


@given(st.text())
def test_clean_output_has_no_controls(text: str) -> None:
    out = clean(text)
    assert not any(ord(c) < 32 and c not in "\n\t" for c in out)
    assert not any(0x7F <= ord(c) <= 0x9F for c in out)
    assert "\x1b" not in out
    assert not any(c in out for c in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
    assert is_clean(out)
