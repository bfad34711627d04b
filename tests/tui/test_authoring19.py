"""Authoring a report in the TUI (edit19): the messages of a refused or undone edit name the
field and what was done as the form and the node's pane name them."""

from __future__ import annotations

import pytest
from textual.widgets import Input

from lkj_tui.bundled import BUNDLED_REPORT_ID
from lkj_tui.storage.store import Store
from lkj_tui.tui.components.dialogs import ChoiceDialog
from lkj_tui.tui.components.forms import FormDialog
from tests.tui.conftest import opened, settle
from tests.tui.test_authoring18 import toasted


async def added_permasalahan(pilot, text: str) -> None:  # type: ignore[no-untyped-def]
    """``p`` on the selected node: a new permasalahan ``text``, saved."""
    await pilot.press("p")
    await settle(pilot)
    if isinstance(pilot.app.screen, ChoiceDialog):  # (it has some: "new" is the first entry)
        await pilot.press("enter")
        await settle(pilot)
    await pilot.press(*text, "ctrl+s")
    await settle(pilot)


@pytest.mark.parametrize(("lang", "label"), [("id", "Nama"), ("en", "Name")])
async def test_a_name_too_long_is_refused_naming_the_forms_field(
    make_app, tui_store, lang: str, label: str
) -> None:
    """The rename form labels the field "Nama" and refused a pasted name with "name: terlalu
    panjang …", the key `set` takes; the form now names its own field ("Nama: …"), `set` still
    the key."""
    async with opened(make_app, "IKU 1", lang=lang) as (app, pilot, iku1):
        await pilot.press("R")
        await settle(pilot)
        assert isinstance(app.screen, FormDialog)
        app.screen.query_one("#f-name", Input).value = "x" * 3000
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, FormDialog)
        error = str(app.screen.query_one("#error").render())
        assert error.startswith(f"{label}: "), error
        assert "name:" not in error
        assert Store(tui_store.root).load(BUNDLED_REPORT_ID).report.node(iku1).name != "x" * 3000


async def test_undoing_an_added_permasalahan_says_it_was_added(make_app, tui_store) -> None:
    """ctrl+z of a permasalahan just added toasted "Dibatalkan: IKU 1 · Permasalahan 3: —" (the
    empty value it goes back to); it now names the change undone, as it does for a node
    ("Dibatalkan: tambah T1"), and ctrl+y the one redone, with its text."""
    async with opened(make_app, "IKU 1") as (app, pilot, iku1):
        n = len(Store(tui_store.root).load(BUNDLED_REPORT_ID).report.node(iku1).permasalahan) + 1
        await added_permasalahan(pilot, "Data terlambat")
        await pilot.press("ctrl+z")
        await settle(pilot)
        said = toasted(app, "Dibatalkan: ")
        said_as = f"Dibatalkan: IKU 1 · tambah Permasalahan {n}: Data terlambat"  # (edit23)
        assert said == said_as, app.toasts
        await pilot.press("ctrl+y")
        await settle(pilot)
        said = toasted(app, "Diulang: ")
        assert said == f"Diulang: IKU 1 · tambah Permasalahan {n}: Data terlambat", app.toasts


async def test_the_change_logs_wrapped_lines_hang_under_their_text(make_app, tui_store) -> None:
    """L at 80 columns: a line too long for the dialog went on under the time column, where it
    read as another entry; its later lines now start under its text."""
    from lkj_tui.tui.components.changelog import ChangeLogScreen
    from tests.tui.conftest import text_of

    async with opened(make_app, "IKU 1", (80, 24)) as (app, pilot, _):
        await added_permasalahan(
            pilot, "Data realisasi dari perangkat daerah terlambat masuk ke sekretariat"
        )
        await pilot.press("L")
        await settle(pilot)
        assert isinstance(app.screen, ChangeLogScreen)
        lines = [x for x in text_of(app.screen.query_one("#log")).splitlines() if x.strip()]
        assert len(lines) >= 2 and lines[0][:2].isdigit(), lines
        hang = len(lines[0]) - len(lines[0][8:].lstrip())  # the time and its two spaces
        for line in lines[1:]:
            assert line[:hang] == " " * hang and line[hang] != " ", lines
        assert "terlambat" in " ".join(lines)
