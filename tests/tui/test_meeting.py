"""The TUI in a review meeting (tui12): what a reviewer reads at 120×40 and 80×24, id and en."""

from __future__ import annotations

import pytest
from textual.widgets import OptionList

from lkj_tui.storage.store import Store
from lkj_tui.tui.components.dialogs import ChoiceDialog
from lkj_tui.tui.components.picker import PickerDialog
from tests.conftest import run_cli
from tests.tui.conftest import go, opened, settle, text_of


def rows_by_code(text: str, codes: tuple[str, ...]) -> dict[str, str]:
    lines = text.splitlines()
    return {c: next(line for line in lines if f" {c} " in line) for c in codes}


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_the_rating_column_holds_a_verdict_and_tidak_terukur(
    make_app, tui_store: Store, lang: str
) -> None:
    """IKU 6 with a threshold of 0 and a realisasi of 0 is "tidak tercapai" (no capaian %), IKU 9
    without a target "tidak terukur" / "not measurable": each word fits the tree's rating column,
    so its under-target mark stands in the column of every other row's (IKU 8, 83,33 % Tinggi ▼)
    and the rating words all begin in one column. "tidak tercapai" took one cell more and pushed
    its ▼ into the pane's border column."""
    for args in (("IKU 6", "target", "> 0"), ("IKU 6", "realisasi", "0"), ("IKU 9", "target", "")):
        done = run_cli("set", *args, store=tui_store.root)
        assert done.returncode == 0, done.stderr
    words = {"id": ("tidak tercapai", "tidak terukur"), "en": ("not met", "not measurable")}
    verdict, unmeasured = words[lang]
    async with opened(make_app, "IKU 8", lang=lang) as (app, _pilot, _):
        tree = text_of(app.tree)
        width = app.tree.scrollable_content_region.width
        rows = rows_by_code(tree, ("IKU 6", "IKU 8", "IKU 9", "IKU 3"))
        assert verdict in rows["IKU 6"] and unmeasured in rows["IKU 9"]
        # the under-target mark: the last cell of the label, as on IKU 8
        assert rows["IKU 8"][:width].rstrip().endswith("▼")
        assert rows["IKU 6"].index("▼", rows["IKU 6"].index(verdict)) == rows["IKU 8"].rindex("▼")
        high = "Tinggi" if lang == "id" else "High"
        start = rows["IKU 8"].index(high)
        assert rows["IKU 6"].index(verdict) == start
        assert rows["IKU 9"].index(unmeasured) == start
        assert rows["IKU 3"].index("Sangat Tinggi" if lang == "id" else "Very high") == start
        # nothing runs past the tree's own width into the pane's border
        for row in rows.values():
            assert row[width:].strip() == ""


def offered(app) -> list[str]:
    options = app.screen.query_one(OptionList)
    return [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_a_offers_the_kinds_of_the_lkj_hierarchy(make_app, tui_store: Store, lang) -> None:
    """`a` on a sasaran offers an IKU, an indikator lainnya or a program, as docs/tui.md says: a
    kegiatan belongs to a program or supports an indicator (Tujuan → Sasaran → Indikator →
    Program → Kegiatan → Sub Kegiatan). It offered Kegiatan too. Under an IKU a program or a
    kegiatan (the bundled report's IKU 1 has one); `M` on that kegiatan offers no sasaran."""
    names = {
        "id": (["IKU", "Indikator lainnya", "Program"], ["Program", "Kegiatan"]),
        "en": (
            ["Key indicator (IKU)", "Other indicator", "Programme"],
            ["Programme", "Activity (Kegiatan)"],
        ),
    }[lang]
    async with opened(make_app, "S2", lang=lang) as (app, pilot, _):
        await pilot.press("a")
        await settle(pilot)
        assert isinstance(app.screen, ChoiceDialog)
        assert offered(app) == names[0]
        await pilot.press("escape")
        await settle(pilot)
        await go(pilot, "IKU 1")
        await pilot.press("a")
        await settle(pilot)
        assert offered(app) == names[1]
        await pilot.press("escape")
        await settle(pilot)
        report = app.view.evaluation.report
        iku1 = next(n for n in report.walk() if n.code == "IKU 1")
        kegiatan = next(c for c in report.children(iku1.id) if c.kind == "kegiatan")
        assert app.tree.reveal(kegiatan.id)
        await pilot.pause()
        await pilot.press("M")
        await settle(pilot)
        assert isinstance(app.screen, PickerDialog)
        kinds = {report.node(row[0]).kind for row in app.screen.rows}
        assert "sasaran" not in kinds and {"program", "iku"} <= kinds
