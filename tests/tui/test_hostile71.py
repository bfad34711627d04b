"""hostile71: the detail pane's years of an indicator ``compare`` leaves ambiguous (years69,
years70: the candidates of each year, why, twins named by node) with hostile text in every string
leaf of the schema of two years' reports: drawn literally, no control sequence on the screen, no
action armed from the text; the reasons shown."""

from __future__ import annotations

from pathlib import Path

from lkj_tui.core.sanitize import is_clean
from lkj_tui.storage.store import Store
from reliability.corpus import HANDWRITTEN
from reliability.hostile import check_tui
from tests.test_hostile71 import _REPEAT, _two_years
from tests.tui.conftest import years_shown

#: Slices of the handwritten corpus that leave rows ambiguous: markup, escapes, bidi and
#: zero-width characters, emoji (each _REPEAT strings: one pair of reports).
_SLICES = (0, 42, 98)


async def test_ambiguous_years_of_hostile_text_are_drawn_as_data(make_app, tmp_path: Path) -> None:
    strings = [s for s in HANDWRITTEN if len(s) < 2000]
    part = [s for k in _SLICES for s in strings[k : k + _REPEAT]]
    root = tmp_path / "store"
    pairs = _two_years(root, part)
    ambiguous = 0
    for lang in ("id", "en"):
        words = "tidak dicocokkan, ambigu" if lang == "id" else "not matched, ambiguous"
        for _, new in pairs:
            shown = await years_shown(
                make_app, root, new.meta.id, lang, (), lambda n: n.measure is not None
            )
            ambiguous += sum(words in years for years in shown)
            assert all(is_clean(years) for years in shown), new.meta.id
    assert ambiguous > 0  # (the years' ambiguous lines, the new text, were drawn)
    for _, new in pairs:  # every line of the tree walked: the screen as the terminal gets it
        figures = await check_tui(Store(root), new.meta.id, part, toasts=False, size=(120, 40))
        assert figures.ok, figures.problems[:5]
