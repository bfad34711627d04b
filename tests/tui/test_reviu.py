"""The reviu in the TUI: badges on the nodes with findings, the node's findings in the detail pane,
the Reviu screen (v) and Enter jumping to the finding's node; hostile text stays data."""

from __future__ import annotations

from textual.widgets import OptionList

from lkj_tui.core.evaluate import Evaluation
from lkj_tui.core.reviu import run_checks
from lkj_tui.tui.reviu import ReviuScreen
from tests.tui.conftest import SIZE, node_id_by_code, settle, text_of


def label_of(app, node_id: str) -> str:
    tree = app.tree
    node = tree.nodes_by_id[node_id]
    return tree.render_label(node, tree.rich_style, tree.rich_style).plain


async def test_badges_and_detail_findings(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.reviu is not None
        expected = run_checks(Evaluation(app.view.evaluation.report))
        assert app.reviu.counts() == expected.counts()
        iku1 = node_id_by_code(app, "IKU 1")
        n = len(expected.of(iku1))
        assert n and f"✗{n}" in label_of(app, iku1)  # errors among its findings
        iku9 = node_id_by_code(app, "IKU 9")
        n9 = len(expected.of(iku9))
        assert f"·{n9}" in label_of(app, iku9)  # notes only
        clean = next(  # a node on screen without findings
            n.id
            for n in app.view.evaluation.report.walk()
            if not expected.of(n.id) and n.id in app.tree.nodes_by_id
        )
        assert not any(mark in label_of(app, clean) for mark in ("✗", "!", "·"))
        app.tree.reveal(iku1)
        await settle(pilot)
        assert app.detail.shows("reviu")
        section = app.detail.part_text("reviu")
        assert f"Temuan reviu ({n})" in section
        # the checks by their titles in Bahasa Indonesia, as lkj-tui check says them
        flat = " ".join(section.split())  # (wrapped at the pane's width)
        assert "✗ Capaian tercetak berbeda dari hasil hitung — Tabel 3.2.1" in flat
        assert "Target tahun ini tercetak berbeda-beda — " in flat
        assert "printed-capaian" not in section and "target-conflict" not in section
        app.tree.reveal(clean)
        await settle(pilot)
        assert not app.detail.shows("reviu")


async def test_reviu_screen_lists_every_finding_and_enter_jumps(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("v")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ReviuScreen)
        options = screen.query_one("#findings", OptionList)
        assert options.option_count == len(app.reviu.findings)
        first = options.get_option_at_index(0)
        assert "✗" in str(first.prompt)  # most serious first
        # go to the first finding that has a node: IKU 1's printed capaian
        target = node_id_by_code(app, "IKU 1")
        index = next(
            i
            for i in range(options.option_count)
            if (options.get_option_at_index(i).id or "").endswith(f":{target}")
        )
        options.highlighted = index
        options.focus()
        await pilot.press("enter")
        await settle(pilot)
        assert not isinstance(app.screen, ReviuScreen)
        assert app.tree.current_id() == target
        assert "Nilai LPPD" in text_of(app.detail)
        await pilot.press("v")
        await settle(pilot)
        await pilot.press("escape")
        await settle(pilot)
        assert not isinstance(app.screen, ReviuScreen)


async def test_a_saved_edit_updates_the_findings(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        missing = next(
            n.id
            for n in app.view.evaluation.report.walk()
            if n.name == "Indeks kesesuaian pemanfaatan ruang"
        )
        assert "missing-realisasi" in {f.check for f in app.reviu.of(missing)}
        app.tree.reveal(missing)
        await settle(pilot)
        await pilot.press("e")
        await settle(pilot)
        await pilot.press(*"95%", "enter")
        await settle(pilot)
        await settle(pilot)
        assert "missing-realisasi" not in {f.check for f in app.reviu.of(missing)}


async def test_a_new_reviu_draws_the_changed_badges_again(make_app) -> None:
    """The tree keeps the lines it drew: a reviu whose counts changed (after an edit) must draw
    the changed nodes' lines again, not show their old badges until something else moves."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        iku1 = node_id_by_code(app, "IKU 1")
        app.tree.reveal(iku1)
        await settle(pilot)

        def row() -> str:
            return next(line for line in text_of(app.tree).splitlines() if "IKU 1 " in line)

        n = app.tree.badges[iku1][0]
        assert f"✗{n}" in row()
        app.tree.show_badges({**app.tree.badges, iku1: (n + 7, "error")})
        await pilot.pause()
        assert f"✗{n + 7}" in row()
        app.tree.show_badges({k: v for k, v in app.tree.badges.items() if k != iku1})
        await pilot.pause()
        assert "✗" not in row()


async def test_reviu_screen_names_checks_by_title_in_bahasa_indonesia_by_id_in_english(
    make_app,
) -> None:
    """The Reviu screen says each check as ``lkj-tui check`` does: its title in Bahasa Indonesia
    ("✗ Capaian tercetak berbeda dari hasil hitung · IKU 1 Nilai LPPD — …"), its id in English."""
    for lang, expected in (
        ("id", "✗ Capaian tercetak berbeda dari hasil hitung · IKU 1 Nilai LPPD — Tabel 3.2.1"),
        ("en", "✗ printed-capaian  IKU 1 Nilai LPPD  Tabel 3.2.1 prints"),
    ):
        app = make_app(lang=lang)
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            await pilot.press("v")
            await settle(pilot)
            options = app.screen.query_one("#findings", OptionList)
            prompts = [
                str(options.get_option_at_index(i).prompt) for i in range(options.option_count)
            ]
            assert any(p.startswith(expected) for p in prompts), (lang, prompts[:12])
