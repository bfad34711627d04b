"""Terminal safety of user text: escapes, controls and bidi overrides never survive `clean`."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lkj_tui.core.sanitize import clean, clean_line, clean_words, cut_at_word, is_clean
from tests.conftest import LKJ_TUI

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
    "noncharacters": ("a\ufdd0b\ufdef\ufffe\uffff\U0001fffe\U0010ffffc", "abc"),
    "beside the noncharacters": ("\ufdcf\ufdf0\ufffd", "\ufdcf\ufdf0\ufffd"),
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
    assert not any(0xFDD0 <= ord(c) <= 0xFDEF or ord(c) & 0xFFFE == 0xFFFE for c in out)
    assert is_clean(out)


def _clean_in_full(text: str) -> str:
    """``clean`` without its early returns: every replacement and pattern applied."""
    from lkj_tui.core.sanitize import _CLEANERS

    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n")
    for pattern, replacement in _CLEANERS:
        text = re.sub(pattern, replacement, text)
    return text


#: Lines of any text, printable lines and the characters ``clean`` acts on, joined by line breaks
#: (a command's whole output, a paragraph): ``clean`` returns a text printable but for its "\n"
#: at once.
_LINES = st.lists(
    st.one_of(
        st.text(),
        st.text(st.characters(blacklist_categories=("Cc", "Cf", "Cs", "Zl", "Zp", "Zs"))),
        st.text(
            st.sampled_from("a ✗·“”\t\r\x1b[]2Jm\x9b\x9d\x07\u202e\u2066\u2028\u2029\ud800é中")
        ),
    ),
    max_size=6,
).map("\n".join)


@given(_LINES)
def test_clean_of_lines_is_the_full_cleaning(text: str) -> None:
    assert clean(text) == _clean_in_full(text)


@pytest.mark.parametrize(
    "text",
    ["a\nb", "\n", "a\n\nb ✗ “c”\n", "a\tb\nc", "a\r\nb", "a\n\x1b[2Jb", "a\n\u2028b", "a\n\ud800"],
)
def test_clean_of_lines_examples(text: str) -> None:
    assert clean(text) == _clean_in_full(text)


@given(st.text(alphabet="ab ,\u4e2d", max_size=60), st.integers(min_value=2, max_value=40))
def test_cut_at_word_keeps_whole_words(text: str, limit: int) -> None:
    """A text longer than ``limit`` is cut after a whole word with "…" (a word longer than two
    thirds of the room excepted), at most ``limit`` characters; a shorter one is kept as it is."""
    cut = cut_at_word(text, limit)
    if len(text) <= limit:
        assert cut == text
        return
    assert cut.endswith("…") and len(cut) <= limit
    kept = cut[:-1]
    assert text.startswith(kept)
    whole = text[len(kept) : len(kept) + 1] in (" ", ",", ";", ":")
    assert whole or len(kept) >= (limit - 1) - (limit - 1) // 3 or not kept


def test_cut_at_word_of_a_hostile_megabyte_is_linear() -> None:
    """200,000 characters without a space, of spaces and of commas: the cut looks only at the part
    it keeps (the test would time out if it did more than a pass)."""
    for text in ("x" * 200_000, " " * 200_000, ", " * 100_000, "a " * 100_000):
        assert len(cut_at_word(text, 150)) <= 150
    assert clean_words("\x1b[31mPemerintahan\x1b[0m dan\nKesejahteraan Rakyat", 30) == (
        "Pemerintahan dan…"
    )


def test_commands_on_printable_text_compile_no_cleaning_pattern(
    store_path: Path, tmp_path: Path
) -> None:
    """``check``, ``export`` and ``status`` of the bundled report (printable text) compile none of
    the patterns that clean, fold or escape text they do not meet (compiled by ``re``'s cache on
    first use: at import they cost every command ≈ 15 M instructions; docs/performance.md,
    "perf56"), and one text to clean compiles them and is cleaned."""
    out = tmp_path / "x.md"
    code = f"""
import re, sys
from lkj_tui.cli.main import main
for args in (["check"], ["export", "-o", {str(out)!r}], ["status"]):
    sys.argv = ["lkj-tui", "--store", {str(store_path)!r}, *args]
    try:
        main()
    except SystemExit:
        pass
from lkj_tui.cli import output, plain
from lkj_tui.core import sanitize
from lkj_tui.export import escape
rare = [pattern for pattern, _ in sanitize._CLEANERS] + [sanitize._WHITESPACE_RUN]
rare += [escape._ENTITY, plain._SIGNED_ASCII, output._QUOTED]
compiled = {{key[1] for key in re._cache}}
print(sum(pattern in compiled for pattern in rare), len(rare))
assert sanitize.clean_line("a\\x1b[31m\\tb\\u202e") == "a b"
compiled = {{key[1] for key in re._cache}}
print(all(pattern in compiled for pattern, _ in sanitize._CLEANERS))
"""
    result = subprocess.run(
        [str(LKJ_TUI.with_name("python")), "-c", code], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-2:] == ["0 12", "True"]
