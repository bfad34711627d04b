"""Concurrency: two processes editing the same report through ``Store.update`` at the same time.

- edits: each process makes N read-modify-write increments of one counter → the counter is 2N;
- inserts: each process adds N new nodes → 2N new nodes, no duplicate node id or TinyDB document id,
  every name present once.
Both processes start together (a shared event) and count every exception as an error.
"""

from __future__ import annotations

import dataclasses
import json
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lkj_tui.core.model import Node, Report, new_id
from lkj_tui.storage.store import Store
from reliability.crash import context, new_store
from reliability.tui_harness import record_toasts, settle


def _writer(root: str, report_id: str, node_id: str, mode: str, count: int, tag: str,
            go: Any, results: Any) -> None:  # fmt: skip
    store = Store(Path(root), lock_timeout=120)
    errors: list[str] = []
    change = increment(node_id)
    go.wait(60)
    for i in range(count):
        try:
            if mode == "edit":
                store.update(report_id, change)
            else:
                store.update(report_id, _adder(node_id, f"{tag}-{i}"))
        except Exception as exc:  # every failure counts
            errors.append(f"{type(exc).__name__}: {exc}"[:300])
    results.put((tag, errors))


def realisasi(report: Report, node_id: str) -> int:
    measure = report.node(node_id).measure
    assert measure is not None and measure.realisasi is not None
    return int(measure.realisasi)


def increment(node_id: str) -> Any:
    """Read-modify-write of one measure: realisasi + 1."""

    def change(report: Report) -> None:
        value = str(realisasi(report, node_id) + 1)
        report.replace_node(_with_realisasi(report.node(node_id), value))

    return change


def _adder(parent: str, name: str) -> Any:
    def change(report: Report) -> None:
        order = len(report.children(parent))
        report.add_node(Node(new_id(), "program", name, parent=parent, order=order))

    return change


def _with_realisasi(node: Node, value: str) -> Node:
    assert node.measure is not None
    return node.with_changes(measure=dataclasses.replace(node.measure, realisasi=value))


@dataclass
class ConcurrencyFigures:
    mode: str
    writers: int
    per_writer: int
    result: int = 0  # the counter (edits) or the number of new nodes (inserts)
    errors: int = 0
    duplicate_ids: int = 0
    missing: int = 0  # inserted names not found exactly once
    revision_gap: int = 0  # revisions written minus edits made
    seconds: float = 0.0
    problems: list[str] = field(default_factory=list)

    @property
    def expected(self) -> int:
        return self.writers * self.per_writer

    @property
    def ok(self) -> bool:
        bad = self.errors + self.duplicate_ids + self.missing + self.revision_gap
        return self.result == self.expected and bad == 0


def run(root: Path, mode: str, per_writer: int, writers: int = 2) -> ConcurrencyFigures:
    """``writers`` processes × ``per_writer`` edits (``mode="edit"``) or inserts (``"insert"``)."""
    store, report_id, node_id = new_store(root)
    if mode == "edit":  # the measure's realisasi becomes the counter
        store.update(report_id, lambda r: r.replace_node(_with_realisasi(r.node(node_id), "0")))
    before = store.load(report_id)
    ctx = context()
    go, results = ctx.Event(), ctx.Queue()
    tags = [f"w{k}" for k in range(writers)]
    procs = [
        ctx.Process(
            target=_writer,
            args=(str(root), report_id, node_id, mode, per_writer, tag, go, results),
        )
        for tag in tags
    ]
    for proc in procs:
        proc.start()
    started = time.monotonic()
    go.set()
    figures = ConcurrencyFigures(mode, writers, per_writer)
    for _ in procs:
        tag, errors = results.get(timeout=1800)
        figures.errors += len(errors)
        figures.problems += [f"{tag}: {e}" for e in errors[:5]]
    for proc in procs:
        proc.join(60)
        if proc.exitcode != 0:
            figures.errors += 1
            figures.problems.append(f"writer exit code {proc.exitcode}")
    figures.seconds = time.monotonic() - started
    after = Store(root).load(report_id)
    figures.revision_gap = after.revision - before.revision - figures.expected
    if mode == "edit":
        figures.result = realisasi(after.report, node_id)
        return figures
    added = [n for n in after.report.children(node_id) if n.kind == "program"]
    figures.result = len(added)
    names = Counter(n.name for n in added)
    wanted = {f"{tag}-{i}" for tag in tags for i in range(per_writer)}
    figures.missing = sum(1 for name in wanted if names[name] != 1) + len(set(names) - wanted)
    # ids: node ids in the report, and TinyDB document ids (duplicate JSON keys are not collapsed)
    path = Store(root).path_for(report_id)
    doc_ids: list[str] = []

    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        if items and all(isinstance(v, dict) and "kind" in v for _, v in items):
            doc_ids.extend(k for k, _ in items)
        return dict(items)

    raw = json.loads(path.read_bytes(), object_pairs_hook=pairs)
    node_ids = [r["id"] for r in raw["nodes"].values()]
    figures.duplicate_ids = (len(node_ids) - len(set(node_ids))) + (
        len(doc_ids) - len(set(doc_ids))
    )
    if len(node_ids) != len(after.report):
        figures.problems.append("records and report differ in size")
        figures.duplicate_ids += 1
    return figures


# ---------------------------------------------------------------------------------- TUI vs CLI


async def tui_meets_cli_save(root: Path) -> dict[str, Any]:
    """The TUI is open while the installed ``lkj-tui restore`` (the CLI command that writes) saves
    the same report; the user then saves an edit in the TUI. The TUI must notice, keep the CLI's
    version (no silent overwrite), say so, and offer the typed value again on the fresh data."""
    import subprocess

    from textual.widgets import Input

    from lkj_tui.tui.app import LkjApp
    from lkj_tui.tui.components.dialogs import ValueDialog
    from reliability.badfiles import cli

    store, report_id, _ = new_store(root)
    report = store.load(report_id).report
    iku = {n.code: n.id for n in report.walk() if n.kind == "iku"}
    original_iku2 = report.node(iku["IKU 2"]).measure.realisasi  # type: ignore[union-attr]
    # revision 2 changes IKU 2; the CLI's restore will bring revision 1's IKU 2 back
    store.update(report_id, lambda r: r.replace_node(_with_realisasi(r.node(iku["IKU 2"]), "1")))
    app = LkjApp(Store(root))
    app.poll_seconds = 0
    toasts = record_toasts(app)
    out: dict[str, Any] = {}

    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await settle(app, pilot)
        app.tree.reveal(iku["IKU 1"])
        await pilot.pause()
        await pilot.press("e")  # the user starts typing…
        restored: subprocess.CompletedProcess[str] = cli("restore", report_id, store=root)
        out["cli_exit"] = restored.returncode  # …while the CLI saves revision 3
        await pilot.press("ctrl+u", *"3,30", "enter")
        await settle(app, pilot)
        after = Store(root).load(report_id)
        out["cli_change_kept"] = (
            after.revision == 3
            and after.report.node(iku["IKU 2"]).measure.realisasi == original_iku2  # type: ignore[union-attr]
            and after.report.node(iku["IKU 1"]).measure.realisasi != "3,30"  # type: ignore[union-attr]
        )
        out["app_says_so"] = any(sev == "warning" and "proses lain" in m for m, sev in toasts)
        screen = app.screen
        out["typed_offered_again"] = (
            isinstance(screen, ValueDialog) and screen.query_one(Input).value == "3,30"
        )
        out["app_shows_cli_version"] = app.view is not None and app.view.revision == 3
        await pilot.press("enter")  # the user confirms on the fresh data
        await settle(app, pilot)
        final = Store(root).load(report_id)
        out["saved_on_top"] = (
            final.revision == 4
            and final.report.node(iku["IKU 1"]).measure.realisasi == "3,30"  # type: ignore[union-attr]
            and final.report.node(iku["IKU 2"]).measure.realisasi == original_iku2  # type: ignore[union-attr]
        )
        out["running"] = app.is_running
    out["ok"] = out["cli_exit"] == 0 and all(v for k, v in out.items() if k != "cli_exit")
    return out
