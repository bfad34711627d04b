"""The commands the TUI's messages print carry the ``--store`` the user typed (and ``--lang en``),
as the CLI's do (cli22, cli23): typed as printed in a shell, they reach the store the TUI has open,
not the default one."""

from __future__ import annotations

import re

import pytest

from lkj_tui.storage.store import Store
from tests.tui.conftest import SIZE, settle


def _read(message: str) -> str:
    """A toast's message with its folded command read back as one line: the " \\" of a fold,
    and a path wider than the toast broken at its separators (cli32)."""
    return re.sub(r"(?<=[/\\])\n *|↩\n *", "", re.sub(r" \\\n *", " ", message))


def _option(store: Store, lang: str) -> str:
    return f" --store {store.root}" + (" --lang en" if lang == "en" else "")


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_a_store_not_shared_names_the_sync_init_of_the_store_typed(
    make_app, tui_store: Store, lang: str
) -> None:
    """H on a store not shared said "lkj-tui sync --init (docs/sharing.md)": typed in a shell,
    it shared the default store. Now the command carries the --store typed (on lines of its
    own in the toast, folded at its options: tui29)."""
    app = make_app(lang=lang, store_typed=str(tui_store.root))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("H")
        await settle(pilot)
        remote = "REMOTE" if lang == "en" else "ALAMAT"
        said = f"lkj-tui sync --init {remote}{_option(tui_store, lang)}"
        messages = [_read(message) for message, *_ in app.toasts]
        assert any(said in message for message in messages), app.toasts


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_a_report_that_cannot_be_read_names_the_restore_of_the_store_typed(
    make_app, tui_store: Store, lang: str
) -> None:
    """A report file the TUI cannot read said "… lkj-tui restore ID": the default store's.
    Now the restore carries the --store typed."""
    rid = tui_store.latest_report_id()
    loaded = tui_store.load(rid)
    tui_store.save_meta(rid, loaded.report.meta, expected_revision=loaded.revision)  # (a version
    # kept: the restore can help)
    (tui_store.root / f"{rid}.json").write_text("{", encoding="utf-8")
    app = make_app(lang=lang, store_typed=str(tui_store.root))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        said = f"lkj-tui restore {rid}{_option(tui_store, lang)}"
        messages = [_read(message) for message, *_ in app.toasts]
        assert any(said in message for message in messages), app.toasts
