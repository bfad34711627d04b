"""paths55: the TUI names paths and commands as the CLI does — a path holding a character it
cannot show says so (the export's toast, the help's store and settings lines), and a command it
prints for the user to type starts as the program was run (``python -m lkj_tui``)."""

from __future__ import annotations

import pytest

from lkj_tui.core import shell
from lkj_tui.storage.errors import UNSHOWN_PATH
from lkj_tui.storage.store import Store
from tests.tui.conftest import settle, text_of

BIDI = "\u202e"


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_the_export_toast_says_a_path_holds_a_character_not_shown(
    make_app, tmp_path, lang
) -> None:
    """An export into a folder whose name holds a bidi mark said "Diekspor ke /tmp/xy/…": the
    name of another folder. Its toast says the path holds a character that cannot be shown,
    as ``lkj-tui export -o`` says it."""
    app = make_app(lang=lang)
    app.export_folder = tmp_path / f"x{BIDI}y"
    app.export_folder.mkdir()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("x")
        await settle(pilot)
        await pilot.press("ctrl+s")
        await settle(pilot)
        said = [m for m, *_ in app.toasts if "xy" in m]
    assert list(app.export_folder.glob("lkj-*.md")), said  # (written where it was asked)
    assert len(said) == 1, app.toasts
    assert UNSHOWN_PATH[lang] in " ".join(said[0].replace("↩\n", "").split()), said


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_the_helps_store_line_says_its_path_holds_a_character_not_shown(
    make_app, tmp_path, lang
) -> None:
    """The help named a store in "/tmp/n\u202eo" as "/tmp/no", another folder: it says the
    path holds a character that cannot be shown, as ``lkj-tui info`` does."""
    from lkj_tui.bundled import load_bundled_report

    store = Store(tmp_path / f"n{BIDI}o", seed=load_bundled_report)
    app = make_app(store=store, lang=lang)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await settle(pilot)
        shown = " ".join(text_of(app.screen.query_one("#help-paths")).split())
    assert f"{tmp_path}/no ({UNSHOWN_PATH[lang]})" in shown, shown


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_a_toasts_command_starts_as_the_program_was_run(make_app, monkeypatch, lang) -> None:
    """Run as ``python -m lkj_tui`` (Windows without Python's Scripts folder on PATH: no
    ``lkj-tui`` to type), S on a store not shared said "Share it with: lkj-tui sync --init
    …", a command that does not run there. It says ``python -m lkj_tui sync``, never broken
    inside the program's words."""
    monkeypatch.setattr(shell, "RUN", "python -m lkj_tui")
    app = make_app(lang=lang)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("S")
        await settle(pilot)
        said = [m for m, *_ in app.toasts if "sync" in m]
    assert said, app.toasts
    lines = said[-1].split("\n")
    assert any(line.strip().startswith("python -m lkj_tui sync") for line in lines), lines
    assert "lkj-tui sync" not in said[-1], said


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_the_export_dialogs_path_says_it_holds_a_character_not_shown(
    make_app, tmp_path, lang, size
) -> None:
    """paths57: the export dialog's field and its "Berkas:" line under it showed a default path
    in a folder named with a bidi mark cleaned ("/tmp/xy/lkj-….md"), another folder, without
    the note ``lkj-tui export`` and the toast give. The line under the field says it, at a size
    where the path fits its field too; a path typed in its place has no note."""
    from tests.tui.conftest import until

    app = make_app(lang=lang)
    app.export_folder = tmp_path / f"x{BIDI}y"
    app.export_folder.mkdir()
    note = UNSHOWN_PATH[lang]
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("x")
        await settle(pilot)
        preview = app.screen.query_one("#preview")

        def said() -> str:
            return " ".join(text_of(preview).split()) if preview.display else ""

        await until(pilot, lambda: note in said(), "the path's note under its field")
        assert f"{tmp_path}/xy/" in said().replace("/ ", "/"), said()
        field = app.screen.query_one("#f-path")
        field.value = "other.md"
        await until(pilot, lambda: note not in said(), "no note for a path typed")
