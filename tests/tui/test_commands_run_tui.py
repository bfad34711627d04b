"""The commands the TUI's dialogs and toasts print, run as printed (cli25): read off the screen and
typed in a shell (the installed ``lkj-tui``), each does what the message says, on the store the
TUI has open."""

from __future__ import annotations

import dataclasses
import re
import shlex
import sys
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.screen import Screen

from lkj_tui.bundled import BUNDLED_REPORT_ID
from lkj_tui.core.model import Report
from lkj_tui.export.spreadsheet import workbook_bytes
from lkj_tui.storage.store import Store
from lkj_tui.tui.components.dialogs import ConfirmDialog
from tests.conftest import run_cli
from tests.tui.conftest import settle, until
from tests.tui.test_import_tui import _import
from tests.tui.test_typed_store_tui import _option

#: Wide enough for a command holding pytest's long temporary path: the dialog grows to hold it.
WIDE = (170, 40)


def _drawn(screen: Screen[object]) -> list[str]:
    """The lines a dialog's text and command draw on the screen."""
    return [
        strip.text.strip()
        for body in screen.query(".dialog-name")
        for strip in body.render_lines(body.region.reset_offset)
    ]


def _realisasi(store: Store, code: str) -> str | None:
    report = store.load(BUNDLED_REPORT_ID).report
    return next(n for n in report.walk() if n.code == code).measure.realisasi


async def _replace_dialog(
    make_app, tmp_path: Path, lang: str, size: tuple[int, int]
) -> tuple[Store, str | None, list[str]]:
    """A store in a folder whose name holds a space, IKU 1's realisasi before, and the lines of
    the dialog `i` asks before replacing its report with a workbook (answered `y`)."""
    store = Store(tmp_path / "Data LKj", seed=None)  # (a path with a space: quoted)
    assert run_cli("init", "--store", str(store.root)).returncode == 0
    before = _realisasi(store, "IKU 1")
    old = store.load(BUNDLED_REPORT_ID).report
    nodes = [
        dataclasses.replace(n, measure=dataclasses.replace(n.measure, realisasi="1,11"))
        if n.code == "IKU 1"
        else n
        for n in old.walk()
    ]
    changed = Report(old.meta, nodes)
    workbook = tmp_path / "ganti.xlsx"
    workbook.write_bytes(workbook_bytes(changed))
    app = make_app(store=store, lang=lang, store_typed=str(store.root))
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await _import(pilot, workbook)
        assert isinstance(app.screen, ConfirmDialog)
        drawn = _drawn(app.screen)
        await pilot.press("y")
        await settle(pilot)
        await settle(pilot)
    assert _realisasi(Store(store.root), "IKU 1") == "1,11"  # replaced
    return store, before, drawn


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_the_restore_the_replace_dialog_prints_brings_the_replaced_report_back(
    make_app, tmp_path: Path, lang: str
) -> None:
    """`i` on a workbook of a report the store holds asks before replacing it: "Versi lama tetap
    dapat dipulihkan (lkj-tui restore ID --store PATH)", the command over two of its lines. Now
    the command is a line of its own: read off the dialog and run, it gives back the report as it
    was before the replace."""
    store, before, drawn = await _replace_dialog(make_app, tmp_path, lang, WIDE)
    # the command, a line of its own (it ran over two, inside a sentence's brackets)
    line = next(d for d in drawn if d.startswith("lkj-tui "))
    command = shlex.split(line)
    assert command[:3] == ["lkj-tui", "restore", BUNDLED_REPORT_ID], drawn
    assert command[command.index("--store") + 1] == str(store.root), drawn
    assert ("--lang" in command) == (lang == "en"), drawn
    done = run_cli(*command[1:])
    assert done.returncode == 0, done.stderr
    assert _realisasi(Store(store.root), "IKU 1") == before  # the replaced report is back


@pytest.mark.skipif(sys.platform == "win32", reason="a POSIX shell")
@pytest.mark.parametrize("lang", ["id", "en"])
async def test_the_replace_dialogs_command_on_a_narrow_screen_folds_at_its_options(
    make_app, tmp_path: Path, lang: str
) -> None:
    """At 60 columns the dialog's restore command (with pytest's long store path) wrapped at
    its spaces: "--store" at a line's end, its path on the next, the lines no longer one command.
    Now it is folded between its options, each line but the last ending with " \\": the lines
    as drawn, pasted into a shell, restore the report."""
    import subprocess

    from tests.conftest import LKJ_TUI

    store, before, drawn = await _replace_dialog(make_app, tmp_path, lang, (60, 30))
    at = next(n for n, d in enumerate(drawn) if d.startswith("lkj-tui "))
    lines = drawn[at:]
    assert lines[0].endswith(" \\") and len(lines[0]) <= 54, drawn
    # the option whole with its value, or (wider than the dialog with it: cli31) ending its
    # line, its value starting the next
    assert lines[1].startswith('--store "/') or (
        lines[0].endswith("--store \\") and lines[1].startswith('"/')
    ), drawn
    # copied, the lines the command was folded at (a path wider than the dialog: drawn over
    # two lines, copied as one)
    command = "".join(line if line.endswith(" \\") else line.strip() for line in lines)
    command = command.replace(" \\", " \\\n")
    assert command.count("\n") == command.count(" \\") >= 1, command
    env = {"PATH": f"{LKJ_TUI.parent}:/usr/bin:/bin", "NO_COLOR": "1"}
    done = subprocess.run(["sh", "-c", command], capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr
    assert _realisasi(Store(store.root), "IKU 1") == before  # the replaced report is back


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_the_overview_names_a_file_it_skips_with_the_command_that_says_why(
    make_app, tui_store: Store, lang: str
) -> None:
    """`o` over a store holding a report that cannot be read said "1 berkas tidak terbaca
    dilewati (pertama: …)" with the store's message cut at 200 characters (its repair command
    lost), in Bahasa Indonesia in an English session too. Now its row names the file in the
    app's language with `lkj-tui info` and the --store typed, whose message is whole."""
    from lkj_tui.tui.components.overview import OverviewScreen
    from tests.tui.test_tui34 import drawn

    other = tui_store.load(BUNDLED_REPORT_ID).report
    other.meta = dataclasses.replace(other.meta, id="kantor-lain-2023")
    tui_store.import_report(other)
    (tui_store.root / "kantor-lain-2023.json").write_text("{", encoding="utf-8")
    app = make_app(lang=lang, store_typed=str(tui_store.root))
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(pilot)
        await pilot.press("o")
        for _ in range(200):
            await settle(pilot)
            if isinstance(app.screen, OverviewScreen) and app.screen.loaded:
                break
        await pilot.pause()
        said = drawn(app.screen.query_one("#ov-skipped"))
    head = {"id": "1 berkas", "en": "1 file(s)"}[lang]
    assert said.startswith(head) and "kantor-lain-2023.json" in said, said
    command = f"lkj-tui info{_option(tui_store, lang)}"
    assert said.endswith(command), said
    done = run_cli(*shlex.split(command)[1:])
    told = re.sub(r" \\\n *", " ", done.stdout)
    assert ("truncated JSON" in told) == (lang == "en"), told
    assert "--report kantor-lain-2023 --overwrite" in told, told


def race_the_sync(monkeypatch: pytest.MonkeyPatch) -> None:
    """The store shared, and its sync raced by another office: "…; jalankan 'lkj-tui sync'
    lagi" with the store options at its END."""
    from lkj_tui.storage import history
    from lkj_tui.storage.errors import END
    from lkj_tui.sync import share
    from lkj_tui.sync.git import SyncError

    def raced(root: Path) -> None:
        raise SyncError(
            "race",
            f"kantor lain mengirim perubahan selama sinkronisasi; jalankan 'lkj-tui sync{END}' lagi",
            f"another office pushed during the sync; run 'lkj-tui sync{END}' again",
        )

    monkeypatch.setattr(history, "is_shared", lambda root: True)
    monkeypatch.setattr(share, "sync", raced)


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_a_sync_error_in_the_tui_names_its_command_with_the_store_typed(
    make_app, tui_store: Store, lang: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """S, H and K worded an error by its ``message``: a sync's "run 'lkj-tui sync' again" lost
    the --store typed (and --lang en). Now through the one helper every TUI error goes
    through (``error_text``), with the store typed."""
    race_the_sync(monkeypatch)
    app = make_app(lang=lang, store_typed=str(tui_store.root))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("S")
        await settle(pilot)
    # (at 80 columns on lines of its own, folded between its options: tui30)
    said = f"lkj-tui sync{_option(tui_store, lang)}"
    read = [re.sub(r"(?<=[/\\])\n *|↩\n *", "", re.sub(r" \\\n *", " ", m)) for m, *_ in app.toasts]
    assert any(
        said in m and sev == "error" for m, (_, sev, _) in zip(read, app.toasts, strict=True)
    ), app.toasts


async def _open_reviu(app: Any, pilot: Pilot) -> None:
    """``v`` once the app's reviu is computed (off the thread): the reviu screen open."""
    from lkj_tui.tui.reviu import ReviuScreen

    await settle(pilot)
    await until(pilot, lambda: app.reviu is not None, "the reviu computed")
    await pilot.press("v")
    await settle(pilot)
    assert isinstance(app.screen, ReviuScreen)


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_the_reviu_screens_command_writes_the_open_reports_catatan_hasil_reviu(
    make_app, tui_store: Store, lang: str
) -> None:
    """`v` said "lkj-tui export --reviu menulis Catatan Hasil Reviu" in a sentence: typed, it
    wrote the default store's latest report's, not the one open. Now the command names the
    report and the store, a line of its own, and run as printed it writes this report's."""
    other = tui_store.load(BUNDLED_REPORT_ID).report
    other.meta = dataclasses.replace(other.meta, id="kantor-lain-2024", tahun=2024)
    tui_store.import_report(other)  # (the latest: not the one open)
    app = make_app(report_id=BUNDLED_REPORT_ID, lang=lang, store_typed=str(tui_store.root))
    async with app.run_test(size=WIDE) as pilot:
        await _open_reviu(app, pilot)
        await pilot.press("x")  # (the command shown on x: the findings have the rows, tui31)
        drawn = [
            strip.text.strip()
            for hint in app.screen.query(".dialog Static")
            for strip in hint.render_lines(hint.region.reset_offset)
        ]
    line = next(d for d in drawn if d.startswith("lkj-tui export"))
    assert line == f"lkj-tui export --reviu -r {BUNDLED_REPORT_ID}{_option(tui_store, lang)}"
    done = run_cli(*shlex.split(line)[1:])
    assert done.returncode == 0, done.stderr
    assert "2023" in done.stdout.splitlines()[0] and "2024" not in done.stdout.splitlines()[0]


@pytest.mark.skipif(sys.platform == "win32", reason="a POSIX shell")
@pytest.mark.parametrize("lang", ["id", "en"])
async def test_the_reviu_screens_command_on_a_narrow_screen_folds_at_its_options(
    make_app, tui_store: Store, lang: str
) -> None:
    """At 80 columns `v`'s `export --reviu` command wrapped inside its store's path ("--store
    /t" / "mp/lead-kab"): the ConfirmDialog folded its command (cli27), the reviu screen did
    not. Now each line holds whole options, each but the last ends with " \\", and the lines as
    drawn, pasted into a shell, write the open report's Catatan Hasil Reviu."""
    import subprocess

    from tests.conftest import LKJ_TUI

    app = make_app(report_id=BUNDLED_REPORT_ID, lang=lang, store_typed=str(tui_store.root))
    async with app.run_test(size=(60, 30)) as pilot:
        await _open_reviu(app, pilot)
        await pilot.press("x")
        command = app.screen.query_one("#command")
        lines = [strip.text.rstrip() for strip in command.render_lines(command.region.reset_offset)]
        width = command.region.width
    lines = [line.strip() for line in lines if line.strip()]
    assert len(lines) >= 2 and all(len(line) <= width for line in lines), (lines, width)
    # copied, the lines the command was folded at (pytest's store path is wider than the
    # dialog: drawn over two lines, copied as one, as the replace dialog's test reads it)
    joined = "".join(line if line.endswith(" \\") else line + "\0" for line in lines)
    folded = [part for part in joined.replace("\0", "").split(" \\") if part]
    assert len(folded) >= 3, lines  # "lkj-tui export --reviu", "-r ID", "--store PATH"…
    # the option whole, or (wider than the dialog with its value: cli31) ending its line
    assert any(part.startswith("--store /") or part.endswith(" --store") for part in folded)
    command = " \\\n".join(folded)
    env = {"PATH": f"{LKJ_TUI.parent}:/usr/bin:/bin", "NO_COLOR": "1"}
    done = subprocess.run(["sh", "-c", command], capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr
    assert "2023" in done.stdout.splitlines()[0], done.stdout[:200]
