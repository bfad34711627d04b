"""years64: the detail pane's years named another year's name only for a kode whose name
changed; an indicator renamed (and renumbered) in next year's report, matched by rollover's
link, showed the other year's figures under its new name alone. Now that year's row says its
name (``nama 2023: …``), as ``compare`` does, and its change is still told (one indicator)."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import NEXT_YEAR_ID, next_year_store
from tests.test_years64 import NEW, OLD
from tests.tui.conftest import years_shown


async def test_a_renamed_link_names_the_other_year(make_app, tmp_path: Path) -> None:
    root = next_year_store(
        tmp_path / "s",
        (("IKU 4", "code", "IKU 14"), ("IKU 14", "name", NEW), ("IKU 14", "realisasi", "99")),
    )
    for lang, note, change in (
        ("id", f"nama 2023: {OLD}", "dari 2023: ↑ 1 poin"),
        ("en", f"2023 name: {OLD}", "from 2023: ↑ 1 point"),
    ):
        (shown,) = await years_shown(make_app, root, NEXT_YEAR_ID, lang, ("IKU 14",))
        assert note in shown, shown
        assert change in shown, shown
