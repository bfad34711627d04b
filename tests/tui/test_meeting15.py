"""The TUI in a meeting, fifteenth pass (tui15): 80×24 and 120×40, id and en."""

from __future__ import annotations

import pytest
from textual.widgets._toast import Toast

from tests.tui.conftest import settle


@pytest.mark.usefixtures("lasting_toasts")
@pytest.mark.parametrize(("size", "lang"), [((80, 24), "id"), ((120, 40), "en")])
async def test_each_jump_replaces_the_toast_of_the_one_before(make_app, size, lang) -> None:
    """`n` pressed three times stacked three toasts ("1 dari 12", "2 dari 12", "3 dari 12": nine
    lines over the detail pane at 80×24); now one says where the cursor is. Typed in a burst
    too (the toasts are asked for before the first is on screen)."""
    app = make_app(lang=lang)
    async with app.run_test(size=size, notifications=True) as pilot:
        await settle(pilot)
        app.toast("Laporan dimuat ulang")  # another kind of toast stays
        for keys in (("n",), ("n",), ("N", "n", "n")):
            await pilot.press(*keys)
            await settle(pilot)
        await pilot.pause()
        shown = [toast.render().plain for toast in app.screen.query(Toast)]
        assert shown == ["Laporan dimuat ulang", ("3 of 12" if lang == "en" else "3 dari 12")]


def _row(app, node_id: str) -> str:
    """The tree row of a report node as drawn (icon, code, name cut to fit, figures)."""
    from rich.style import Style

    tree = app.tree
    return tree.render_label(tree.nodes_by_id[node_id], Style(), Style()).plain


BMD = {
    "administrasi": "Persentase administrasi umum yang terealisasi",
    "pemeliharaan": "Persentase pemeliharaan BMD yang terealisasi",
    "pengadaan": "Persentase pengadaan BMD yang terealisasi",
}


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_names_cut_alike_under_different_parents_are_told_apart(make_app, lang) -> None:
    """At 80×24 with everything open (`+`), three indicators of three kegiatan all read
    "Persentase…", and IKU 2 "Indeks Reformasi Hukum" (under S1) "Indeks…" like IKU 3
    "Indeks Inflasi" (under S2): names were told apart among siblings only. Now across the
    tree: the shared words give way to the ones that differ."""
    app = make_app(lang=lang)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("plus")
        await settle(pilot)
        report = app.view.report
        rows = {n.name: _row(app, n.id) for n in report.walk() if n.name in BMD.values()}
        assert len(rows) == 3, rows
        for word, name in BMD.items():
            assert word in rows[name] and "Persentase…" not in rows[name].split("  ")[0], rows
        iku2 = next(n for n in report.walk() if n.code == "IKU 2")
        assert "Reformasi" in _row(app, iku2.id), _row(app, iku2.id)


async def test_a_renamed_node_shows_its_new_name_in_the_tree(make_app) -> None:
    """`R` saved the new name, the detail pane said it, and the tree's row kept the old name
    until the report was loaded again."""
    from tests.tui.conftest import go

    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        iku3 = await go(pilot, "IKU 3")
        await pilot.press("R")
        await settle(pilot)
        await pilot.press("ctrl+u", *"Indeks Harga Daerah", "down", "ctrl+u", *"IKU 3a", "ctrl+s")
        await settle(pilot)
        assert app.view.report.get(iku3).name == "Indeks Harga Daerah"
        row = _row(app, iku3)
        assert "IKU 3a Indeks Harga Daerah" in row and "Inflasi" not in row, row
