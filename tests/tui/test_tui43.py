"""tui43: the reviewer in a meeting: the key bar while the first report loads, K's choices at
60×20, the search's twin rows, the overview at 68-77 columns."""

from __future__ import annotations

import threading
from typing import Any

import pytest

from tests.tui.conftest import settle
from tests.tui.test_tui41 import gate, slow_app  # noqa: F401  (fixtures)
from tests.tui.test_years_overview import years_store  # noqa: F401  (a fixture)

# --------------------------------------------------------------------------- the bar while loading

#: the bar's words while keys are held (text.py's keys_wait, keys_wait_short), and the words of
#: keys that only wait then (u's filter, a's add) or act at once (? and q)
_WAIT = {
    "id": ("Tombol lain ditahan", "Filter", "Tambah", "? Bantuan", "q Keluar"),
    "en": ("Other keys", "Filter", "Add", "? Help", "q Quit"),
}


def _bar(app: Any) -> str:
    """The screen's last line as drawn (not the bar rendered afresh: it must repaint itself)."""
    return " ".join(app.screen._compositor.render_strips()[-1].text.split())


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
@pytest.mark.parametrize("lang", ["id", "en"])
async def test_while_the_report_loads_the_bar_offers_only_the_keys_that_act(
    slow_app: Any,  # noqa: F811
    gate: threading.Event,  # noqa: F811
    size: tuple[int, int],
    lang: str,
) -> None:
    """tui43: while the first report was read the bar offered "a Tambah ^z Batal u Filter ▼ …",
    keys that were only held until the report showed. It says the other keys are held, offers q
    (and ? until a key is held: then ? waits its turn too), and is the usual bar once the report
    shows."""
    held, filter_word, add_word, help_key, quit_key = _WAIT[lang]
    app = slow_app(lang)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        bar = _bar(app)
        assert held in bar and help_key in bar and quit_key in bar, bar
        assert filter_word not in bar and add_word not in bar and "^p" not in bar, bar
        await pilot.press("j")
        await pilot.pause()
        bar = _bar(app)
        assert app.view is None and held in bar and quit_key in bar, bar
        assert help_key not in bar, bar  # (held now: it would come after the j)
        gate.set()
        await settle(pilot)
        await pilot.pause()
        assert app.view is not None and len(app.screen_stack) == 1
        bar = _bar(app)
        assert held not in bar and filter_word in bar and help_key in bar, bar


async def test_after_a_failed_first_load_the_bar_is_the_usual_one(
    make_app: Any,
    years_store: Any,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A first report that cannot be read: its keys act on that screen, the bar says none wait."""

    def broken(*args: Any, **kwargs: Any) -> Any:
        raise OSError("rusak")

    monkeypatch.setattr("lkj_tui.tui.app.load_view", broken)
    app = make_app(years_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.pause()
        assert app.view is None and not app.loading
        bar = _bar(app)
        assert "ditahan" not in bar and "q Keluar" in bar and "^p" in bar, bar
