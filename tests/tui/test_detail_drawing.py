"""How the detail pane draws its text: as Textual draws Content, and a mouse selection copies what
was under the mouse.

The pane wraps and styles each part itself (``DetailPane._strips_of``) instead of through
``Visual.to_strips``. Both give the same cells; Textual's also marks every segment with its offset
*in its part* for the mouse selection, while the pane copies from its whole text: with those
offsets a drag over two lines of one part copied two lines of another (docs/performance.md,
"detail6").
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from textual.content import Content, Span
from textual.strip import Strip
from textual.visual import Visual

from tests.tui.conftest import SIZE, settle

#: the styles the pane gives its spans (theme variables, attributes) and one it never uses
STYLES = (
    "$text-muted",
    "bold",
    "dim italic",
    "$text-success bold",
    "$text-warning",
    "$text-error",
    "$text-error bold",
    "underline reverse",
)
#: report text as it may come: words, wide and combining characters, tabs, line breaks, markup,
#: controls and bidi marks (the pane cleans what it is given; drawing must not depend on it)
HOSTILE = st.lists(
    st.sampled_from(
        [
            *"ab xyz.,;-—()",
            *("kata ", "panjangsekalitanpaspasi", "\t", "\n", "\r", "\x1b", "\x00", "\x07", "\x9b"),
            *(
                "\u202e",
                "\u2066",
                "\u200b",
                "[/]",
                "[b]",
                "$x",
                "漢字",
                "👩‍👩‍👧",
                "e\u0301",
                "\u00a0",
            ),
        ]
    ),
    max_size=30,
).map("".join)


def cells(strips: list[Strip]) -> list[list[tuple[str, object]]]:
    """Each line as (character, style without the selection's offsets) per character."""
    return [
        [
            (char, segment.style.clear_meta_and_links() if segment.style else None)
            for segment in strip
            for char in segment.text
        ]
        for strip in strips
    ]


async def test_the_pane_draws_content_as_textual_does(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        pane = app.detail

        @settings(max_examples=300, deadline=None)
        @given(
            text=HOSTILE,
            spans=st.lists(
                st.tuples(st.integers(0, 120), st.integers(0, 120), st.sampled_from(STYLES)),
                max_size=4,
            ),
            width=st.integers(1, 50),
        )
        def same(text: str, spans: list[tuple[int, int, str]], width: int) -> None:
            content = Content(
                text, spans=[Span(a, b, s) for a, b, s in spans if a < b <= len(text)]
            )
            style = pane.visual_style
            ours = pane._strips_of(content, width, style)
            textual = Visual.to_strips(pane, content, width, None, style)
            assert cells(ours) == cells(textual)
            assert [strip.cell_length for strip in ours] == [s.cell_length for s in textual]

        same()


async def test_a_mouse_drag_in_the_detail_pane_copies_what_it_went_over(make_app) -> None:
    """Two lines of a part, the pane scrolled: what is copied holds them (the pane gives its whole
    text for a drag inside it). With Textual's per-part offsets it was other lines."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("j", "j")  # IKU 1: its measure part wraps over many lines
        await settle(pilot)
        pane = app.detail
        pane.scroll_lines(3)
        start, end = pane._spans["measure"]
        y = start + 6 - pane.top  # two lines well inside the part, on screen
        assert end - pane.top > y + 1
        shown = [pane._lines[pane.top + row].text.rstrip() for row in (y, y + 1)]
        assert all(shown)
        await pilot.mouse_down(pane, offset=(2, y))
        await pilot.hover(pane, offset=(20, y + 1))
        await pilot.pause()
        await pilot.mouse_up(pane, offset=(20, y + 1))
        await pilot.pause()
        assert "\n".join(shown) in (app.screen.get_selected_text() or "")
