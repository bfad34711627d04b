"""The reviewer in a meeting (tui35): a file of the store that cannot be read is said on one row
of the overview and of the report list, with the command that says why."""

from __future__ import annotations

import re
import shlex
import shutil
from pathlib import Path

import pytest
from rich.cells import cell_len
from textual.widgets import OptionList

from lkj_tui.bundled import BUNDLED_REPORT_ID
from lkj_tui.storage.store import Store
from lkj_tui.tui.components.rowtable import RowTable
from lkj_tui.tui.screens import ReportScreen
from tests.conftest import run_cli
from tests.test_sync import lkj, offices, start  # noqa: F401 - fixture
from tests.tui.conftest import opened, settle
from tests.tui.test_sharing import history_of, office_env  # noqa: F401 - fixture
from tests.tui.test_tui34 import _store_with_a_stray_file, drawn
from tests.tui.test_years_overview import _overview

HEAD = {"id": "1 berkas", "en": "1 file(s)"}


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("size", [(60, 20), (80, 24), (120, 40)])
async def test_the_overview_says_a_skipped_file_on_one_row_with_the_info_command(
    make_app, tui_store: Store, lang: str, size: tuple[int, int]
) -> None:
    """The overview over a store holding a file of garbage toasted the store's whole message:
    15–17 rows at 60×20 and 80×24 over the table for its seconds. It now says the skip on one
    row under the filter, ending with `lkj-tui info` and the store typed, which says why; no
    toast, and the table keeps its rows."""
    store = _store_with_a_stray_file(tui_store.root / "rapat")
    app = make_app(store=store, report_id=BUNDLED_REPORT_ID, lang=lang, store_typed="rapat")
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("o")
        screen = await _overview(pilot)
        assert not [m for m, *_ in app.toasts if "stray" in m], app.toasts
        row = screen.query_one("#ov-skipped")
        said = drawn(row)
        assert row.size.height == 1 and "\n" not in said, said
        assert said.startswith(HEAD[lang]), said
        command = "lkj-tui info --store rapat" + (" --lang en" if lang == "en" else "")
        assert said.endswith(command), said
        assert "stray.json" in said or size[0] < 80, said  # named where the row holds it
        table = screen.query_one("#ov-table", RowTable)
        assert table.size.height >= size[1] - 9, table.size  # (20 rows: 11 of the table)
        # the language switch says it in the other language
        await app.run_action("toggle_lang")
        await settle(pilot)
        other = "en" if lang == "id" else "id"
        assert drawn(row).startswith(HEAD[other]), drawn(row)
    # the command it names says why, the file named
    done = run_cli(*shlex.split(command)[1:], cwd=tui_store.root)
    assert "stray.json" in done.stdout + done.stderr, done.stdout + done.stderr


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_at_60x20_the_report_lists_skip_row_is_one_row_and_four_reports_show(
    make_app, tui_store: Store, lang: str
) -> None:
    """`r` at 60×20: the skip's row wrapped to 3 rows, so only 2 reports showed. It is one row
    (fewer words, cut at its end where the store's path is long: the store is said above it)."""
    store = _store_with_a_stray_file(tui_store.root / "rapat-reviu-inspektorat-kabupaten")
    app = make_app(store=store, report_id=BUNDLED_REPORT_ID, lang=lang, store_typed=str(store.root))
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(pilot)
        await pilot.press("r")
        await settle(pilot)
        await pilot.pause()
        assert isinstance(app.screen, ReportScreen)
        row = app.screen.query_one("#skipped")
        said = drawn(row)
        assert row.size.height == 1 and said.startswith(HEAD[lang]), said
        assert said.endswith("…") and cell_len(said) <= row.content_region.width, said
        rows = app.screen.query_one("#reports", OptionList)
        assert rows.content_region.height >= 4, rows.content_region


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("size", [(60, 20), (80, 24)])
async def test_history_hangs_an_entrys_later_lines_under_its_text_as_log_does(
    offices,  # noqa: F811 - the fixture imported above
    office_env,  # noqa: F811
    make_app,
    lang: str,
    size: tuple[int, int],
) -> None:
    """`H` at 80×24: an entry's second line started at column 0, under its time, where it read
    as another entry. Its later lines now start under its text, as `log` hangs them."""
    start(offices, "opd")
    said = "Keterlambatan penyampaian data dari perangkat daerah menyebabkan capaian terlambat"
    assert lkj(offices, "opd", "set", "IKU 1", "permasalahan+", said).returncode == 0
    assert lkj(offices, "opd", "set", "IKU 1", "realisasi", "2,90").returncode == 0
    store = Store(Path(str(offices["tmp"])) / "opd")
    app = make_app(store=store, lang=lang)
    async with app.run_test(size=size) as pilot:
        screen = await history_of(pilot, "IKU 1")
        lines = drawn(screen.query_one("#entries")).splitlines()
    inner = [line.strip("▊▎▔▁ ") and line[2:].rstrip(" ▎") for line in lines]
    inner = [line for line in inner if line]
    stamp = r"\d{4}-\d\d-\d\d \d\d:\d\d  \S"  # (a space: a no-break one copies badly)
    starts = [n for n, line in enumerate(inner) if re.match(stamp, line)]
    assert len(starts) == 2, inner  # (the two saves, newest first)
    later = [line for n, line in enumerate(inner) if n not in starts]
    assert later, inner  # (the permasalahan's entry takes more than a line)
    assert all(line.startswith(" " * 18) and line[18] != " " for line in later), inner


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_at_60x20_a_permasalahans_later_lines_hang_under_its_text_in_p(
    make_app, lang: str
) -> None:
    """`p` at 60×20: an item's second line began at column 0, under its number "1."; its later
    lines now start under its text."""
    async with opened(make_app, "IKU 2", (60, 20), lang=lang) as (app, pilot, _):
        await pilot.press("p")
        await settle(pilot)
        lines = drawn(app.screen.query_one("#choices")).splitlines()
    inner = [line[2:].rstrip(" ▎") for line in lines[1:-1]]
    at = next(n for n, line in enumerate(inner) if line.startswith("1. "))
    later = inner[at + 1 :]
    assert len(later) >= 2, inner  # (the item is long: it takes several lines)
    assert all(line.startswith("   ") and line[3] != " " for line in later), inner
