"""The TUI's save into a store folder the user may not write (cli22; the command line's in
tests/test_read_only_store.py): the store's write function refuses with ``PermissionError``."""

from __future__ import annotations

import errno

from lkj_tui.storage import atomic
from lkj_tui.tui.components.dialogs import ValueDialog
from tests.test_read_only_store import SAID
from tests.tui.conftest import SIZE, go, settle


async def test_the_tuis_save_names_the_folder_and_keeps_the_edit(  # type: ignore[no-untyped-def]
    make_app, tui_store, monkeypatch
):
    """The TUI's save into such a folder: the toast names the folder and the fix, the value
    typed stays in its dialog, the report is as it was."""

    def refused(step: str) -> None:
        if step == "temp-created":
            raise PermissionError(errno.EACCES, "Permission denied")

    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await go(pilot, "IKU 1")
        monkeypatch.setattr(atomic, "crash_hook", refused)
        await pilot.press("e", "ctrl+u", *"3,30", "enter")
        await settle(pilot)
        assert isinstance(app.screen, ValueDialog)
        said = next(m for m, severity, _ in app.toasts if severity == "error")
        # (a path on lines of its own, broken after its separators: tui33)
        toast = said.replace("/\n", "/").replace("\n", " ")
        assert f"folder {tui_store.root} " in toast, said
        assert all(words in toast for words in SAID["id"]), toast
        assert app.view.revision == 1
