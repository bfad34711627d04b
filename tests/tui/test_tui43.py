"""tui43: the reviewer in a meeting: the key bar while the first report loads, K's choices at
60×20, the search's twin rows, the overview at 68-77 columns."""

from __future__ import annotations

import re
import shutil
import threading
from typing import Any

import pytest
from textual.widgets import OptionList

from lkj_tui.storage.store import Store
from tests.test_sharing16 import two_conflicts
from tests.test_sync import offices  # noqa: F401  (a fixture)
from tests.tui.conftest import report_id, settle
from tests.tui.test_sharing import office_env  # noqa: F401  (a fixture)
from tests.tui.test_tui41 import gate, slow_app  # noqa: F401  (fixtures)
from tests.tui.test_tui42 import NAME, _kabupaten_like, _rows, searched
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


# --------------------------------------------------------------------------- K's lines at 60×20


def _drawn(app: Any) -> list[str]:
    return [strip.text for strip in app.screen._compositor.render_strips()]


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
@pytest.mark.parametrize("size", [(60, 20), (80, 24)])
@pytest.mark.parametrize("lang", ["id", "en"])
async def test_k_leaves_no_word_alone_on_a_line(
    offices,  # noqa: F811
    office_env,  # noqa: F811
    make_app: Any,
    size: tuple[int, int],
    lang: str,
) -> None:
    """tui43: at 60×20 K's "Semua (2) sekaligus: pertahankan nilai di berkas" wrapped leaving
    "berkas" alone on its line, the English title "choice", and a value's line ended with the
    dash of its author ("3,40 —" above "pusat, …"). Every line of the title and of the choices
    holds more than one word, and no line ends with a dash; each choice's words are all shown."""
    from tests.tui.test_sharing import open_conflicts

    app = make_app(store=two_conflicts(offices), lang=lang)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        screen, _ = await open_conflicts(pilot)
        choices = screen.query_one("#choices", OptionList)
        # the lines inside the box: the title's, then the list's between its side bars
        box = screen.query_one(".dialog").region
        inside = [line[box.x + 3 : box.right - 3] for line in _drawn(app)[box.y : box.bottom]]
        listed = [re.sub(r"^\s*▊|▎\s*$", "", line) for line in inside]
        words = [line.split() for line in listed if line.strip(" ▔▁─")]
        assert words and all(len(w) > 1 for w in words), "\n".join(inside)
        assert not any(w[-1] == "—" for w in words), "\n".join(inside)
        shown = " ".join(" ".join(listed).split())
        # (at 60×20 the choices with the capaian each gives, tui69, take more rows than the
        # screen has: the list scrolls, the first conflict's whole)
        for i in range(choices.option_count if size != (60, 20) else 2):
            option = choices.get_option_at_index(i)
            assert " ".join(str(option.prompt).split()) in shown, (str(option.prompt), shown)


# --------------------------------------------------------------------------- `/`: a twin's id


@pytest.mark.parametrize("size", [(60, 20), (80, 24)])
@pytest.mark.parametrize("lang", ["id", "en"])
async def test_a_twin_result_says_its_id_in_the_kind_column(
    make_app: Any, tui_store: Store, size: tuple[int, int], lang: str
) -> None:
    """tui43: at 60×20 the id of two results alike (one indikator twice in one sub kegiatan)
    stood beside the kind, "Ind. keg.  24d2a0ff Persentase…", and took 9 of the name's cells.
    It stands in the kind's column, as an IKU's kode does; the name has the room: one word more
    than it had, and the parent that tells the twins from the other two."""
    _kabupaten_like(tui_store)
    app = make_app(report_id=report_id(), lang=lang)
    async with app.run_test(size=size) as pilot:
        await searched(pilot, "dokumen perencanaan perangkat")
        text = " ".join(_rows(app))
        for twin in ("24d2a0ff", "34d2a0ff"):
            row = next(row for row in _rows(app) if twin in row)
            assert row.startswith(twin + "   "), row  # (the kind's column: 11 cells)
            name = row.removeprefix(twin).split("  · ")[0].strip().rstrip("…")
            assert NAME.startswith(name) and len(name.split()) >= 2, row
        assert "Rapat" in text, text  # the twins' parent


# --------------------------------------------------------------------------- the overview at 68-77


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_the_overview_never_hides_the_iku_count_and_shows_the_errors(
    make_app: Any, tmp_path: Any, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    """tui43: by report in a province's store at 76×24 the table left out the IKU count and
    showed the reviu errors, which give way first where the names need their room (at 74
    columns it was the other way round). From 60 to 80 columns the IKU count is never left out
    while the errors show, and the title names what is left out."""
    from tests.tui.test_years32 import regions_store
    from tests.tui.test_years35 import REGIONS
    from tests.tui.test_years_overview import _overview

    monkeypatch.setattr("lkj_tui.tui.components.overview.reviu_errors", lambda report: 0)
    store = regions_store(tmp_path, REGIONS)
    iku, errors = 3, 6  # (Instansi, Pemerintah, Tahun, IKU, under, average, errors)
    app = make_app(store, lang=lang)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _overview(pilot)
        for width in range(60, 81):
            await pilot.resize_terminal(width, 24)
            await pilot.pause()
            widths = screen.table.fitted(screen.table.size.width)
            header = screen.table.render_line(0).text.split()
            title = " ".join(screen.query_one("#ov-title").render_line(0).text.split())
            assert widths[errors] == 0 or widths[iku] > 0, (width, widths, header)
            assert ("IKU" in header) == (widths[iku] > 0), (width, header)
            if widths[iku] and widths[errors]:
                assert ":" not in title, (width, title)
            else:  # (as test_years41: the title says which, where it has the room)
                hidden = "tersembunyi" if lang == "id" else "hidden"
                assert hidden in title, (width, title)


# --------------------------------------------------------------------------- the report's title

LONG_INSTANSI = "Dinas Pemadam Kebakaran dan Penyelamatan Kabupaten Bengkulu Selatan"


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_the_summary_title_leaves_no_word_alone(
    make_app: Any, tui_store: Store, size: tuple[int, int]
) -> None:
    """tui43: at 80×24 a kabupaten office's report opened under "LKj 2024 · Dinas Pemadam
    Kebakaran dan Penyelamatan Kabupaten Bengkulu" with "Selatan" alone on the next line. The
    instansi's last words are kept together; its every word is shown."""
    from dataclasses import replace

    from lkj_tui.tui.components.summary import SummaryBar

    loaded = tui_store.load(report_id()).report
    loaded.meta = replace(loaded.meta, instansi=LONG_INSTANSI)
    tui_store.import_report(loaded, overwrite=True)
    app = make_app(report_id=report_id())
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.pause()
        bar = app.query_one(SummaryBar)
        lines = [strip.text.strip() for strip in app.screen._compositor.render_strips()]
        lines = lines[bar.region.y : bar.region.bottom]
        title = lines[: next(i for i, line in enumerate(lines) if "Selatan" in line) + 1]
        assert " ".join(" ".join(title).split()).endswith("· " + LONG_INSTANSI), lines
        assert all(len(line.split()) > 1 for line in title), title
