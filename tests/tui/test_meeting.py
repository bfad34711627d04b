"""The TUI in a review meeting (tui12): what a reviewer reads at 120×40 and 80×24, id and en."""

from __future__ import annotations

import pytest

from lkj_tui.storage.store import Store
from tests.conftest import run_cli
from tests.tui.conftest import opened, text_of


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
