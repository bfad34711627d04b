"""How the detail pane draws its text: as Textual draws Content, and a mouse selection copies
exactly what was under the mouse.

The pane wraps and styles each part itself (``DetailPane._strips_of``) instead of through
``Visual.to_strips``. Both give the same cells; Textual's also marks every segment with its offset
*in its part*, while the pane's selection is placed in its own lines: with Textual's offsets a drag
over two lines of one part copied two lines of another (docs/performance.md, "detail6"), and
without any a drag copied the whole pane ("select7").
"""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st
from rich.cells import cell_len
from textual.content import Content, Span
from textual.geometry import Region
from textual.pilot import Pilot
from textual.strip import Strip
from textual.visual import Visual

from lkj_tui.core.model import Report
from lkj_tui.storage.store import Store
from lkj_tui.tui.components.detail import DetailPane
from lkj_tui.tui.components.whole import GLUE, glue, loosen
from tests.tui.conftest import SIZE, settle, until

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
        # a span ending inside an emoji joined by ZWJs: the line was 4 cells long, Textual's 2
        @example(text="a👩\u200d👩\u200d👧", spans=[(0, 3, "$text-muted")], width=2)
        def same(text: str, spans: list[tuple[int, int, str]], width: int) -> None:
            content = Content(
                text, spans=[Span(a, b, s) for a, b, s in spans if a < b <= len(text)]
            )
            style = pane.visual_style
            ours = pane._strips_of(content, width, style)
            # ov13 (tui/components/whole.py): a figure is kept whole ("95,55 %", "A (86,45)")
            # and a no-break space does not break: as Textual draws the text with those spaces
            # taken for a one-cell glyph, each drawn as a space; a run so kept that is wider
            # than the line breaks at its spaces again (tui31: loosen)
            kept = loosen(glue(content), content.plain, width)
            textual = Visual.to_strips(pane, kept, width, None, style)
            assert cells(ours) == [
                [(" " if char == GLUE else char, style) for char, style in line]
                for line in cells(textual)
            ]
            assert [strip.cell_length for strip in ours] == [s.cell_length for s in textual]

        same()


LEAD = 2  # the pane's rule and blank cell before the text of every row


def char_at(text: str, cell: int) -> int:
    """The index of the character of ``text`` drawn at ``cell`` (a wide one covers two)."""
    for index, char in enumerate(text):
        cell -= cell_len(char)
        if cell < 0:
            return index
    return len(text)


def shown(pane: DetailPane, row: int) -> str:
    """The text of a row of the pane as drawn on the screen (the rule and blank cell dropped)."""
    return painted(pane, row).text[LEAD:-2].rstrip()


def painted(pane: DetailPane, row: int) -> Strip:
    """A row of the pane as Textual paints it."""
    return pane.render_lines(Region(0, row, pane.size.width, 1))[0]


async def drag(pilot: Pilot, pane: DetailPane, start: tuple[int, int], end: tuple[int, int]) -> str:
    """Drag the mouse from ``start`` to ``end`` (cells of the pane) and copy as a user does."""
    await pilot.mouse_down(pane, offset=start)
    await pilot.hover(pane, offset=(start[0] + 1, start[1]))
    await pilot.hover(pane, offset=end)
    await pilot.pause()
    await pilot.mouse_up(pane, offset=end)
    await pilot.pause()
    return pilot.app.screen.get_selected_text() or ""


def expected(pane: DetailPane, start: tuple[int, int], end: tuple[int, int]) -> str:
    """What the rows show from the character at ``start`` to the one at ``end``, both included."""
    (x1, y1), (x2, y2) = start, end
    rows = [shown(pane, y) for y in range(y1, y2 + 1)]
    first, last = char_at(rows[0], x1 - LEAD), char_at(rows[-1], x2 - LEAD) + 1
    if y1 == y2:
        return rows[0][first:last]
    return "\n".join([rows[0][first:], *rows[1:-1], rows[-1][:last]])


async def test_a_drag_in_the_detail_pane_copies_exactly_the_text_dragged_over(make_app) -> None:
    """One line and two lines, the pane scrolled: the copy is the text under the drag, no more
    (the old pane copied its whole text; with Textual's per-part offsets, other lines)."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("j", "j")  # IKU 1: "Polaritas: positif (makin tinggi makin baik)"
        await settle(pilot)
        pane = app.detail
        pane.scroll_lines(3)
        await pilot.pause()
        y = next(row for row in range(30) if shown(pane, row).startswith("Polaritas"))
        assert shown(pane, y + 1) == "Target 2023: 3,22"
        x = LEAD + len("Polaritas: ")
        one = await drag(pilot, pane, (x, y), (x + len("positif (makin tinggi") - 1, y))
        assert one == "positif (makin tinggi"
        two = await drag(pilot, pane, (x, y), (LEAD + len("Target 2023") - 1, y + 1))
        assert two == "positif (makin tinggi makin baik)\nTarget 2023"
        # backwards, from the second line's end to the first line's start (and beyond the text)
        back = await drag(pilot, pane, (LEAD + 30, y + 1), (0, y))
        assert back == "Polaritas: positif (makin tinggi makin baik)\nTarget 2023: 3,22"
        await pilot.press("ctrl+c")  # what a user copies is what get_selected_text gives
        assert app.clipboard == back
        # a double click selects the whole pane, as in Textual's widgets
        await pilot.click(pane, offset=(x, y), times=2)
        await pilot.pause()
        assert app.screen.get_selected_text() == pane.text.rstrip("\n")  # as Textual ends it


def hostile_report() -> Report:
    """A name with markup, a bidi override and wide characters, wrapped over two lines, and a
    problem with markup, wide characters, a combining accent and an emoji joined by ZWJs."""
    name = "[b]tebal[/b] \u202eterbalik\u202c 漢字漢字 [@click=app.quit]x[/] " + "kata " * 20
    indicator = {
        "kind": "iku",
        "code": "[1]",
        "name": name,
        "measure": {"satuan": "[/]", "target": "100", "realisasi": "80"},
        "permasalahan": ["漢字 [red]merah[/red] e\u0301 akhir 👩‍👩‍👧"],
    }
    doc = {
        "schema": 1,
        "report": {"id": "laporan-jahat", "instansi": "Dinas", "tahun": 2023},
        "nodes": [{"kind": "sasaran", "code": "S1", "name": "Sasaran", "children": [indicator]}],
    }
    return Report.from_document(doc)


async def test_a_drag_over_hostile_text_copies_it_as_shown(make_app, tmp_path) -> None:
    """Markup copied as the text it is shown as, the bidi marks the pane removed absent, wide
    characters counted by cell, an emoji cluster and a combining accent: on one line and across
    the name's wrap, exactly what is shown."""
    app = make_app(store=Store(tmp_path / "jahat", seed=hostile_report))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("j")  # the indicator
        await settle(pilot)
        pane = app.detail
        name = shown(pane, 1)
        assert name == "[b]tebal[/b] terbalik 漢字漢字"  # the name wraps after it
        assert shown(pane, 2).startswith("[@click=app.quit]x[/] kata")
        x = LEAD + cell_len("[b]tebal[/b] terbalik 漢")  # the second wide character's first cell
        one = await drag(pilot, pane, (LEAD + 3, 1), (x + 2, 1))
        assert one == expected(pane, (LEAD + 3, 1), (x + 2, 1)) == "tebal[/b] terbalik 漢字漢"
        two = await drag(pilot, pane, (x, 1), (LEAD + 3, 2))
        assert two == expected(pane, (x, 1), (LEAD + 3, 2))
        assert two == "字漢字\n[@cl"
        problem = next(row for row in range(pane.size.height) if "merah" in shown(pane, row))
        text = shown(pane, problem)
        start = LEAD + cell_len(text[: text.index("[red]")])
        # to beyond the line's end: Textual's compositor counts the joined emoji's characters
        # (6 cells) where rich draws 2, so a place after one on its line is off (in its widgets too)
        copied = await drag(pilot, pane, (start, problem), (pane.size.width - 3, problem))
        assert copied == text[text.index("[red]") :] == "[red]merah[/red] e\u0301 akhir 👩‍👩‍👧"


async def test_the_selection_is_highlighted_where_it_is_and_goes_with_the_node(make_app) -> None:
    """The selected cells, and only they, are drawn in the selection's colours; showing another
    node drops the selection (its places were in the lines of the node before)."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("j", "j")
        await settle(pilot)
        pane = app.detail
        y = next(row for row in range(30) if shown(pane, row).startswith("Polaritas"))
        x = LEAD + len("Polaritas: ")
        await drag(pilot, pane, (x, y), (x + 3, y + 1))

        def marked(row: int) -> list[int]:
            cells, styles = 0, []
            for segment in painted(pane, row):
                for char in segment.text:
                    styles.append((cells, segment.style.bgcolor if segment.style else None))
                    cells += cell_len(char)
            usual = styles[-2][1]  # the blank before the scroll bar
            return [cell for cell, bgcolor in styles if bgcolor != usual]

        assert marked(y) == list(range(x, LEAD + len(shown(pane, y))))
        assert marked(y + 1) == list(range(LEAD, x + 4))
        assert marked(y - 1) == marked(y + 2) == []
        selected = app.screen.get_selected_text()
        assert pane.has_focus  # the drag's click focused the pane: its j scrolls it
        await pilot.press("j")
        assert marked(y) == list(range(LEAD, x + 4)) and marked(y - 1)  # with its lines
        assert app.screen.get_selected_text() == selected
        head = pane.part_text("head")
        app.tree.focus()
        await pilot.press("j")
        await settle(pilot)
        assert pane.part_text("head") != head
        assert app.screen.get_selected_text() is None
        assert not any(marked(row) for row in range(pane.size.height))


async def test_a_node_is_drawn_the_same_whatever_the_pane_showed_before(make_app) -> None:
    """The pane draws every part of a node at each show. (Until the seventh pass it kept the lines
    of a part shown again, a title or "belum ada permasalahan", for 2.2–2.4 % of a cursor move:
    docs/performance.md, "devices7".) Every node of the bundled report, shown in order and then
    again in the reverse order, has the same lines, cell by cell, both times."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        pane = app.detail
        assert app.view is not None
        items = list(app.view.evaluation.items())
        first = {}
        for ev in items:
            pane.show(ev)
            first[ev.node.id] = (cells(pane._lines), pane.text)
        for ev in reversed(items):
            pane.show(ev)
            assert (cells(pane._lines), pane.text) == first[ev.node.id]
        assert len({text for _, text in first.values()}) > 1


async def test_a_drag_past_the_panes_edge_scrolls_it_and_selects_to_the_edge(make_app) -> None:
    """A drag that leaves the pane below scrolls it while the mouse stays there and selects to
    the end of the bottom line; above, back up and from the top line's start; back inside, the
    selection follows the mouse again. (The pane scrolls itself, so Textual's auto-scroll did not
    move it: the drag stopped at the pane's edge.)"""
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("j", "j")  # IKU 1: more lines than the pane shows at 80×24
        await settle(pilot)
        pane = app.detail
        height = pane.content_region.height
        assert pane.line_count > height + 5 and pane.top == 0
        y = next(row for row in range(height) if shown(pane, row).startswith("Polaritas"))
        x = LEAD + len("Polaritas: ")
        await pilot.mouse_down(pane, offset=(x, y))
        await pilot.hover(pane, offset=(x + 1, y))
        await pilot.hover(pane, offset=(x, height))  # one row below the pane: the key bar
        # the mouse rests there: the pane goes on scrolling (a line each DRAG_SCROLL)
        await until(pilot, lambda: pane.top >= 3, "the pane scrolled while the mouse rested")
        top = pane.top
        await until(
            pilot,
            lambda: pane.top > top or pane.top == pane.line_count - height,
            "the pane went on scrolling",
        )
        lines = pane.text.split("\n")
        bottom = pane.top + height - 1
        polaritas = lines[y][len("Polaritas: ") :]
        selected = app.screen.get_selected_text()
        assert selected == "\n".join([polaritas, *lines[y + 1 : bottom + 1]]).rstrip("\n")
        # back inside: Textual's selection, from the start to the character under the mouse
        row = height - 2
        await pilot.hover(pane, offset=(LEAD + 2, row))
        await pilot.pause()
        scrolled, end = pane.top, shown(pane, row)
        await pilot.pause(0.2)
        assert pane.top == scrolled  # no more scrolling inside the pane
        await pilot.mouse_up(pane, offset=(LEAD + 2, row))
        await pilot.pause()
        index = pane.top + row
        # (how far the pane scrolled while the mouse rested is timing: when the lines up to the
        # one under the mouse are empty, Textual's selection ends at the last line with text,
        # without line breaks)
        assert app.screen.get_selected_text() == "\n".join(
            [polaritas, *lines[y + 1 : index], end[:3]]
        ).rstrip("\n")
        assert app.mouse_captured is None  # the mouse is free again
        # upwards past the top edge, from a line near the bottom
        await pilot.mouse_down(pane, offset=(LEAD + 3, row))
        await pilot.hover(pane, offset=(LEAD + 4, row))
        await pilot.hover(pane, offset=(LEAD, -1))  # the summary's last row
        await until(pilot, lambda: pane.top < scrolled, "the pane scrolled up")
        await pilot.mouse_up(pane, offset=(LEAD, -1))
        await pilot.pause()
        lines = pane.text.split("\n")
        upwards = "\n".join([*lines[pane.top : index], end[:4]]).rstrip("\n")  # (as above)
        assert app.screen.get_selected_text() == upwards
