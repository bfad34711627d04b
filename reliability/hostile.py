"""Hostile text through every place user text appears: ``status``, ``status --json``, ``export``
(the installed command on a pty) and the TUI (tree labels, detail pane, dialogs, toasts).

What is checked, for every string of the corpus:

- 0 exceptions: every command exits 0 without a traceback, the app stays up;
- 0 app actions triggered: ``[@click=…]`` in user text never runs an action (clicked or not);
- 0 control sequences in the bytes written to the terminal beyond the front end's own;
- 100 % round trip through ``status --json``: the JSON carries the raw text, exactly as stored
  (JSON escapes it; characters a terminal would act on are written as ``\\uXXXX`` escapes), and
  through the Markdown export (tests/test_export_hostile.py's check: a CommonMark renderer gives back
  exactly the cleaned text).
"""

from __future__ import annotations

import asyncio
import json
import os
import re
import traceback
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lkj_tui.core.model import Report
from lkj_tui.storage.store import Store
from reliability.badfiles import LKJ_TUI
from reliability.corpus import TEXTUAL, chunks, hostile_report, terminal_leaks
from reliability.pty_capture import Captured, run_in_pty


def pty_env(store: Path) -> dict[str, str]:
    """A colour terminal: rich writes its styles, as for a user."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("LKJ_TUI") and k != "NO_COLOR"}
    env.update(FORCE_COLOR="1", TERM="xterm-256color", COLUMNS="160", LKJ_TUI_STORE=str(store))
    return env


def run_cli_pty(*args: str, store: Path, timeout: float = 300) -> Captured:
    return run_in_pty([LKJ_TUI, *args], env=pty_env(store), timeout=timeout)


@dataclass
class HostileFigures:
    strings: int = 0
    runs: int = 0
    exceptions: int = 0
    actions: int = 0
    leaks: int = 0  # outputs with a control sequence left
    fields_checked: int = 0  # JSON fields compared with the stored text
    mismatches: int = 0
    seconds: float = 0.0
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.runs > 0 and self.exceptions + self.actions + self.leaks + self.mismatches == 0

    def add(self, other: HostileFigures) -> None:
        for name in ("runs", "exceptions", "actions", "leaks", "fields_checked", "mismatches"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.problems += other.problems


# ---------------------------------------------------------------------------------- the CLI


def json_round_trip(report: Report, data: dict[str, Any]) -> tuple[int, list[str]]:
    """Compare every user text of ``status --json`` with the report's stored text."""
    checked, wrong = 0, []
    items = {item["id"]: item for item in data["items"]}

    def same(where: str, got: Any, want: Any) -> None:
        nonlocal checked
        checked += 1
        if got != want:
            wrong.append(f"{where}: {got!r:.60} != {want!r:.60}")

    same("report.instansi", data["report"]["instansi"], report.meta.instansi)
    for node in report.measured():
        item = items.get(node.id)
        if item is None:
            wrong.append(f"{node.id}: missing from the JSON")
            continue
        sasaran = report.sasaran_of(node.id)
        assert node.measure is not None
        same(f"{node.id}.name", item["name"], node.name)
        same(f"{node.id}.code", item["code"], node.code)
        same(f"{node.id}.target", item["target"], node.measure.target)
        same(f"{node.id}.realisasi", item["realisasi"], node.measure.realisasi)
        same(f"{node.id}.sasaran", item["sasaran"], sasaran.name if sasaran else None)
        same(f"{node.id}.target_akhir", item.get("target_akhir"), node.measure.target_akhir)
    return checked, wrong


def check_cli(folder: Path, strings: Sequence[str], chunk: int = 1_000) -> HostileFigures:
    """Every string in a report (``chunk`` strings per report) through ``status`` (id and en),
    ``status --json``, ``export --scope all`` and, once, ``status --all`` (+ ``--json``)."""
    import time

    started = time.monotonic()
    figures = HostileFigures(strings=len(strings))
    root = folder / "store"
    store = Store(root)
    reports = []
    for k, part in enumerate(chunks(strings, chunk)):
        report = hostile_report(part, f"jahat-{k}")
        store.import_report(report)
        reports.append(report)
    runs: list[tuple[tuple[str, ...], Report | None]] = []
    for report in reports:
        rid = report.meta.id
        runs += [
            (("status", "--report", rid), None),
            (("status", "--report", rid, "--lang", "en"), None),
            (("status", "--report", rid, "--json"), report),
            (("export", "--report", rid, "--scope", "all"), None),
        ]
    runs += [(("status", "--all"), None), (("status", "--all", "--json"), None)]
    check_runs(runs, root, reports, figures)
    figures.seconds = time.monotonic() - started
    return figures


def check_runs(
    runs: Sequence[tuple[tuple[str, ...], Report | None]],
    root: Path,
    reports: Sequence[Report],
    figures: HostileFigures,
) -> None:
    """Run each command line of ``runs`` on a pty against the store ``root``: exit 0 without a
    traceback, no control sequence on the terminal; ``--json`` output carries the raw text of
    its report (or, for ``--all``, the instansi of each of ``reports``)."""
    for args, json_report in runs:
        captured = run_cli_pty(*args, store=root)
        figures.runs += 1
        name = " ".join(args)
        if captured.returncode != 0 or b"Traceback" in captured.output:
            figures.exceptions += 1
            figures.problems.append(
                f"{name}: exit {captured.returncode}: {captured.output[-300:]!r}"
            )
            continue
        if leaks := terminal_leaks(captured.output):
            figures.leaks += 1
            figures.problems.append(f"{name}: {leaks[:3]}")
        if json_report is not None or "--json" in args:
            try:
                data = json.loads(captured.output)
            except ValueError as exc:
                figures.mismatches += 1
                figures.problems.append(f"{name}: not JSON ({exc})")
                continue
            if json_report is not None:
                checked, wrong = json_round_trip(json_report, data)
                figures.fields_checked += checked
                figures.mismatches += len(wrong)
                figures.problems += [f"{name}: {w}" for w in wrong[:5]]
            else:
                by_id = {r["id"]: r for r in data["reports"]}
                for report in reports:
                    figures.fields_checked += 1
                    if by_id.get(report.meta.id, {}).get("instansi") != report.meta.instansi:
                        figures.mismatches += 1
                        figures.problems.append(f"{name}: instansi of {report.meta.id}")


def check_export(strings: Sequence[str], chunk: int = 100) -> HostileFigures:
    """The Markdown round trip of tests/test_export_hostile.py on every string."""
    from tests.test_export_hostile import check_export as check_markdown
    from tests.test_export_hostile import hostile_report as export_report

    figures = HostileFigures(strings=len(strings))
    for part in chunks(strings, chunk):
        figures.runs += 1
        try:
            check_markdown(export_report(list(part)))
        except AssertionError as exc:
            figures.mismatches += 1
            figures.problems.append(str(exc)[:300])
        except Exception as exc:
            figures.exceptions += 1
            figures.problems.append(f"{type(exc).__name__}: {exc}"[:300])
    return figures


# ---------------------------------------------------------------------------------- the TUI

#: Actions named in the corpus's ``[@click=…]`` markup, and app methods that act on the outside.
WATCHED = (
    "exit",
    "action_quit",
    "bell",
    "action_bell",
    "copy_to_clipboard",
    "open_url",
    "action_toggle_dark",
    "action_command_palette",
    "action_screenshot",
    "save_screenshot",
    "suspend",
)


def screen_output(app: Any) -> tuple[str, list[str]]:
    """What the app would write to the terminal for a full repaint of the current screen, and the
    ``@click`` actions armed on it (text parsed as markup would carry them in its styles' meta)."""
    update = app.screen._compositor.render_full_update()
    armed = [
        str(segment.style.meta["@click"])
        for line in update.strips
        for strip in line
        for segment in strip
        if segment.style is not None and "@click" in segment.style.meta
    ]
    return str(update.render_segments(app.console)), armed


async def check_tui(
    store: Store,
    report_id: str,
    strings: Sequence[str],
    *,
    walk: bool = True,
    toasts: bool = True,
    dialogs: int = 0,
    clicks: int = 0,
    size: tuple[int, int] = (160, 50),
) -> HostileFigures:
    """Open the app on the report, show every node (tree labels and detail pane), raise a toast per
    string, open the edit, choice and text dialogs on the first ``dialogs`` hostile nodes (then
    search and the report list), and click where the detail and summary show the first ``clicks``
    strings naming an action. After each step, check a full repaint of the screen for control
    sequences and for ``@click`` actions from the text. App methods that act on the outside (quit,
    bell, clipboard, URLs…) and every action run are recorded: none may come from the text."""
    from lkj_tui.tui.app import LkjApp
    from lkj_tui.tui.text import t

    figures = HostileFigures(strings=len(strings))
    app = LkjApp(store, report_id=report_id)
    app.poll_seconds = 0
    called: list[str] = []
    for name in WATCHED:
        setattr(app, name, _recorder(called, name))
    real_run_action = app.run_action

    async def run_action(action: Any, *args: Any, **kwargs: Any) -> Any:
        called.append(f"run_action {action}")
        return await real_run_action(action, *args, **kwargs)

    app.run_action = run_action  # type: ignore[method-assign]

    payloads = {p.strip("'\"") for s in strings for p in re.findall(r"@click=([^\]]*)", s)}

    def look(where: str) -> None:
        figures.runs += 1
        output, armed = screen_output(app)
        if leaks := terminal_leaks(output, TEXTUAL):
            figures.leaks += 1
            figures.problems.append(f"{where}: {leaks[:3]}")
        # the app's own clickable labels (the key bar) are fine; an action from the text is not
        if hostile := [a for a in armed if a in payloads or _named_in_text(a)]:
            figures.actions += len(hostile)
            figures.problems.append(f"{where}: @click armed: {hostile[:3]}")

    async def settle(pilot: Any) -> None:
        for _ in range(2):
            await app.workers.wait_for_complete()
            await pilot.pause()

    try:
        async with app.run_test(size=size, notifications=True) as pilot:
            await settle(pilot)
            if app.view is None:
                raise RuntimeError("the report did not load")
            app.tree.expand_everything(limit=10**9)
            await settle(pilot)
            look("tree")
            if walk:
                for line in range(app.tree.last_line + 1):
                    app.tree.move_cursor_to_line(line)
                    await pilot._wait_for_screen()
                    look(f"line {line}")
            if toasts:
                for k, part in enumerate(chunks(strings, 20)):
                    for i, s in enumerate(part):
                        app.toast(s if i % 2 else t("conflict", typed=s), "warning")
                    await pilot._wait_for_screen()
                    look(f"toasts {k}")
                    app.clear_notifications()
            if dialogs:
                await _dialogs(app, pilot, strings, dialogs, look, settle)
            if clicks:
                await _clicks(app, pilot, strings, clicks, settle)
            if not app.is_running or app.return_code is not None:
                figures.exceptions += 1
                figures.problems.append("the app stopped")
    except Exception as exc:
        figures.exceptions += 1
        figures.problems.append(f"{type(exc).__name__}: {exc}"[:300])
        figures.problems.append(traceback.format_exc()[-1500:])
    hostile = [c for c in called if not c.startswith("run_action") or _named_in_text(c)]
    figures.actions += len(hostile)
    figures.problems += hostile[:5]
    return figures


#: The actions the corpus's ``[@click=…]`` markup names (the keys the steps press run others).
_TEXT_ACTIONS = re.compile(r"\b(quit|exit|bell|dismiss|toggle_dark|command_palette|screenshot)\b")


def _named_in_text(call: str) -> bool:
    return bool(_TEXT_ACTIONS.search(call))


def _recorder(called: list[str], name: str) -> Any:
    def record(*args: Any, **kwargs: Any) -> None:
        called.append(name)

    return record


async def _dialogs(
    app: Any, pilot: Any, strings: Sequence[str], count: int, look: Any, settle: Any
) -> None:
    """Edit, choice and text dialogs on the first ``count`` hostile nodes; search; reports."""
    for i in range(min(len(strings), count)):
        node_id = f"iku{i}"
        if not app.tree.reveal(node_id):
            continue
        await settle(pilot)
        await pilot.press("e")  # the value dialog: name and target
        await settle(pilot)
        look(f"value dialog iku{i}")
        await pilot.press("escape")
        await pilot.press("p")  # the choice of permasalahan, then the text dialog
        await settle(pilot)
        look(f"choice dialog iku{i}")
        await pilot.press("down", "enter")
        await settle(pilot)
        look(f"text dialog iku{i}")
        await pilot.press("escape")
        await settle(pilot)
    for query in ("[/]", "[@click", "x", "e"):
        await pilot.press("slash", *query)
        await settle(pilot)
        look(f"search {query}")
        await pilot.press("escape")
    await pilot.press("r")
    await settle(pilot)
    look("reports")
    await pilot.press("escape")
    await settle(pilot)


async def _clicks(app: Any, pilot: Any, strings: Sequence[str], count: int, settle: Any) -> None:
    """Click where the detail pane and the summary show text naming an action."""
    targets = [i for i, s in enumerate(strings) if "@click" in s][:count]
    for i in targets:
        if app.tree.reveal(f"iku{i}"):
            await settle(pilot)
            for offset in ((2, 0), (6, 1), (12, 2), (20, 4), (4, 8)):
                await pilot.click("#detail", offset=offset)
    await pilot.click("#summary", offset=(30, 0))
    await settle(pilot)


def tui_in_pty(store_root: Path, report_id: str, lines: int) -> Captured:
    """The real ``lkj-tui`` on a pty: expand everything, go to the end, walk back up ``lines``
    lines, 50 keys at a time (the tree scrolls through every line; the detail pane follows the
    cursor), quit. Each burst of keys is typed once the screen has been quiet for 0.5 s."""
    keys = ["+", "G", *["k" * 50] * (lines // 50 + 1), "q"]
    argv = [LKJ_TUI, "--report", report_id]
    return run_in_pty(argv, env=pty_env(store_root), keys=keys, settle=0.5, timeout=600)


def run_tui(store: Store, report_id: str, strings: Sequence[str], **kwargs: Any) -> HostileFigures:
    return asyncio.run(check_tui(store, report_id, strings, **kwargs))


def tui_chunk(job: tuple[int, list[str], int, int, str]) -> HostileFigures:
    """One worker's share of the TUI run: (index, strings, dialogs, clicks, work folder)."""
    index, strings, dialogs, clicks, folder = job
    store = Store(Path(folder) / f"tui-{index}")
    report = hostile_report(strings, f"jahat-{index}")
    store.import_report(report)
    return run_tui(store, report.meta.id, strings, dialogs=dialogs, clicks=clicks)
