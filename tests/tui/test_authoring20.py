"""Authoring next year's report in the TUI (edit20): after ``new --from`` the indikator kegiatan
have no target, and nothing listed them or walked to them (``u`` and ``n`` find what is under
target; ``check`` named only the IKU). ``T`` shows only the measures without a target and
``n``/``N`` then walk them."""

from __future__ import annotations

import pytest

from lkj_tui.bundled import BUNDLED_REPORT_ID, load_bundled_report
from lkj_tui.core.rollover import rollover
from lkj_tui.storage.store import Store
from lkj_tui.tui.components.summary import SummaryBar
from tests.tui.conftest import opened, settle

NEXT = "bengkulu-selatan-setda-2024"


@pytest.fixture
def next_year(tui_store: Store) -> Store:
    """The bundled store with next year's report made from the bundled one (``new --from``)."""
    tui_store.import_report(rollover(load_bundled_report(), 2024, NEXT))
    return tui_store


def _untargeted(store: Store) -> list[str]:
    report = Store(store.root).load(NEXT).report
    return [n.id for n in report.walk() if n.measure is not None and not n.measure.target]


@pytest.mark.parametrize(
    ("lang", "note", "where"),
    [
        ("id", "Filter: hanya tanpa target ({n})", "1 dari {n} tanpa target"),
        ("en", "Filter: without a target only ({n})", "1 of {n} without a target"),
    ],
)
async def test_T_shows_and_walks_the_measures_without_a_target(
    make_app, next_year: Store, lang: str, note: str, where: str
) -> None:
    ids = _untargeted(next_year)
    assert len(ids) > 10  # the indikator kegiatan: no Renstra target for 2024
    async with opened(make_app, None, report_id=NEXT, lang=lang) as (app, pilot, _):
        await pilot.press("T")
        await settle(pilot)
        assert app.only_untargeted and not app.only_under
        report = app.view.report
        shown = app.tree.only
        parents = {a.id for i in ids for a in report.ancestors(i)}
        assert shown == set(ids) | parents  # (an IKU above a kegiatan is shown as its parent)
        summary = " ".join(str(app.query_one(SummaryBar).render()).split())
        assert note.format(n=len(ids)) in summary
        await pilot.press("n")
        await settle(pilot)
        assert app.tree.current_id() == ids[0]
        assert app.toasts[-1][0] == where.format(n=len(ids))
        await pilot.press("n")
        await settle(pilot)
        assert app.tree.current_id() == ids[1]
        await pilot.press("N", "N")
        await settle(pilot)
        assert app.tree.current_id() == ids[-1]  # wrapped around
        # the target filled here: one fewer, and n goes on to the next without one
        await pilot.press("t", *"95", "enter")
        await settle(pilot)
        assert _untargeted(next_year) == ids[:-1]
        summary = " ".join(str(app.query_one(SummaryBar).render()).split())
        assert note.format(n=len(ids) - 1) in summary
        await pilot.press("n")
        await settle(pilot)
        assert app.tree.current_id() == ids[0]
        # u: nothing can be under target before a realisasi: T's filter stays, and u says so
        # and names T (tui25; one filter at a time: test_meeting24)
        await pilot.press("u")
        await settle(pilot)
        assert app.only_untargeted and not app.only_under
        assert app.toasts[-1][0].startswith(("Belum ada realisasi", "No realisasi yet"))
        await pilot.press("T")  # and again: everything
        await settle(pilot)
        assert not app.only_under and not app.only_untargeted and app.tree.only is None


async def test_T_on_a_report_with_every_target_says_so_and_keeps_the_tree(make_app) -> None:
    async with opened(make_app, None, report_id=BUNDLED_REPORT_ID) as (app, pilot, _):
        await pilot.press("T")
        await settle(pilot)
        assert not app.only_untargeted and app.tree.only is None
        assert app.toasts[-1][0] == "Setiap indikator sudah punya target."


@pytest.mark.parametrize(
    ("lang", "pick", "add", "under"),
    [
        ("id", "Jenis simpul baru", "Tambah", "di bawah"),
        ("en", "Kind of the new node", "New", "under"),
    ],
)
async def test_the_add_dialogs_name_the_node_the_new_one_goes_under(
    make_app, lang: str, pick: str, add: str, under: str
) -> None:
    """``a`` asked "Jenis simpul baru", then "Tambah Kegiatan", over a tree the dialog hides at 80
    columns: under which node was not said, and ``A`` adds under the parent, not the node."""
    from lkj_tui.tui.components.dialogs import ChoiceDialog
    from lkj_tui.tui.components.forms import FormDialog

    async with opened(make_app, "IKU 1", size=(80, 24), lang=lang) as (app, pilot, _):
        await pilot.press("a")
        await settle(pilot)
        assert isinstance(app.screen, ChoiceDialog)
        assert app.screen.title_text == f"{pick} {under} IKU 1"
        await pilot.press("enter")  # the first kind offered
        await settle(pilot)
        assert isinstance(app.screen, FormDialog)
        title = app.screen.title_text
        assert title.startswith(f"{add} ") and title.endswith(f" {under} IKU 1"), title
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("A")  # a sibling: under IKU 1's sasaran
        await settle(pilot)
        assert app.screen.title_text == f"{pick} {under} S1"


PICK_EN = "Pick the permasalahan (problem) to edit, or add a new one"


@pytest.mark.parametrize(
    ("lang", "pick", "delete"),
    [
        ("id", "Pilih permasalahan yang diubah, atau tambah baru", "Pilih butir yang dihapus"),
        ("en", PICK_EN, "Pick the entry to delete"),
    ],
)
async def test_the_pickers_of_p_and_d_name_their_node(
    make_app, lang: str, pick: str, delete: str
) -> None:
    """``p`` on a node with permasalahan, and ``d`` on one with any, listed "Permasalahan 1: …"
    under a title that named no node, over the tree they hide; the text dialog after them did."""
    from lkj_tui.tui.components.dialogs import ChoiceDialog

    async with opened(make_app, "IKU 1", size=(80, 24), lang=lang) as (app, pilot, _):
        await pilot.press("p")
        await settle(pilot)
        assert isinstance(app.screen, ChoiceDialog)
        assert app.screen.title_text == f"{pick} · IKU 1"
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("d")
        await settle(pilot)
        assert isinstance(app.screen, ChoiceDialog)
        assert app.screen.title_text == f"{delete} · IKU 1"


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        (
            "id",
            "Tidak ada jenis simpul di bawah Indikator kegiatan. Tombol A menambah simpul "
            "di sampingnya di bawah {parent}.",
        ),
        (
            "en",
            "No kind of node goes under Activity indicator. Key A adds one beside it "
            "under {parent}.",
        ),
    ],
)
async def test_a_on_a_leaf_says_which_key_adds_beside_it(make_app, lang: str, said: str) -> None:
    """``a`` on an indikator kegiatan said only "Tidak ada jenis simpul di bawah Indikator
    kegiatan" (edit22): an author adding the kegiatan's next indicator pressed it again. The
    toast names ``A``, which adds one beside it, and the node it goes under."""
    async with opened(make_app, None, lang=lang) as (app, pilot, _):
        report = app.view.report
        leaf = next(n for n in report.walk() if n.kind == "indikator_kegiatan")
        assert app.tree.reveal(leaf.id)
        await pilot.pause()
        count = len(report)
        await pilot.press("a")
        await settle(pilot)
        assert not app.screen.is_modal and len(app.view.report) == count  # nothing opened
        parent = report.get(leaf.parent).name
        assert said.format(parent=parent) in " ".join(str(app.toasts[-1][0]).split())
        await pilot.press("A")  # and A does offer the kinds beside it
        await settle(pilot)
        assert app.screen.is_modal
