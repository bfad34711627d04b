"""move36: the cursor move's cost. The detail pane wraps through Textual only the lines wider
than it: a line that fits (most of the pane's, and every line of a list, which is wrapped in the
list first) is taken as it is, the same line Textual's wrap gives."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from rich.cells import cell_len
from textual.content import Content, Span

from lkj_tui.tui.components.whole import wrap_whole
from tests.tui.conftest import go, settle

#: lines that fit and lines that do not: tabs, wide, combining and zero-width characters, a
#: no-break space and a figure kept whole, trailing blanks, empty lines
PIECES = ["ab", " ", "  ", "\t", "\n", "\n\n", "漢", "e\u0301", "\u200b", "\u00a0", "9 %", "x" * 9]


@settings(max_examples=400, deadline=None)
@given(
    pieces=st.lists(st.sampled_from(PIECES), max_size=12),
    span=st.tuples(st.integers(0, 40), st.integers(0, 40)),
    width=st.integers(1, 14),
)
def test_wrap_whole_gives_textuals_lines(pieces: list[str], span: tuple[int, int], width: int):
    """The lines and their styles as Textual's wrap of the same text gives them (the glued
    figures drawn with their spaces: wrap_whole's own rule)."""
    text = "".join(pieces)
    spans = [Span(span[0], span[1], "bold")] if span[0] < span[1] <= len(text) else []
    content = Content(text, spans)
    ours = [(line.plain, list(line.spans)) for line in wrap_whole(content, width)]
    if "\u00a0" in text or " %" in text:
        return  # (glued: test_detail_drawing compares those with Textual's drawing)
    assert ours == [(line.plain, list(line.spans)) for line in content.wrap(width)]


async def test_showing_a_node_wraps_no_line_that_fits(make_app, monkeypatch) -> None:
    """IKU 1 at 120×40: Textual's wrap is called only for a line wider than the pane (its
    explanation), not for the parts whose lines fit, nor again for the lists' lines, wrapped
    in the list first; the pane shows the same text."""
    calls: list[str] = []
    wrap = Content.wrap

    def counted(self: Content, width: int, **kwargs: object) -> list[Content]:
        calls.append(self.plain)
        return wrap(self, width, **kwargs)

    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await go(pilot, "IKU 1")
        pane = app.detail
        shown = pane.text
        monkeypatch.setattr(Content, "wrap", counted)
        pane.show(app.view.evaluation.of(app.tree.current_id()))
        assert pane.text == shown
        width = pane._width
        assert calls, "the explanation is wider than the pane"
        assert all("\n" not in line and cell_len(line) > width for line in calls)


async def test_a_rows_width_is_measured_without_drawing_it(make_app) -> None:
    """Every row of the bundled report, all of it open, at 120×40 and 80×24: the width the tree
    gives Textual for a label is the width of the label as drawn (Tree's own measure)."""
    from textual.widgets import Tree

    app = make_app()
    for size in ((120, 40), (80, 24)):
        async with app.run_test(size=size) as pilot:
            await settle(pilot)
            tree = app.tree
            tree.expand_everything()
            await pilot.pause()
            nodes = [tree.get_node_at_line(y) for y in range(tree.last_line + 1)]
            assert len(nodes) > 100
            assert [tree.get_label_width(n) for n in nodes] == [
                Tree.get_label_width(tree, n) for n in nodes
            ]
        app = make_app()
