"""Crash safety: a writer SIGKILLed at random moments, and at each exact step of a write.

The writer is a child process forked from a forkserver that has already imported the store, so a
kill round costs milliseconds, not an interpreter start. Its edits go through ``Store.update`` and
alternate between growing the report file to more than 400 KB (a long permasalahan text) and
shrinking it back; after each update returns, it appends the acknowledged counter to a side file.

After every kill the store is opened again (which removes stale temp files) and checked: the file
opens, no acknowledged edit is lost (the counter is the last acknowledged value, or one more when the
kill came after the write but before the acknowledgement), every other record is byte-for-byte what
it was, the revision matches the counter, and no temp file is left anywhere in the store.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import random
import signal
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lkj_tui.bundled import load_bundled_report
from lkj_tui.core.model import Item, Report
from lkj_tui.storage import atomic
from lkj_tui.storage.atomic import parse_tables
from lkj_tui.storage.store import Store

PAD = 450_000  # characters of permasalahan on odd counters: the file grows past 400 KB
STEPS = ("temp-created", "half-written", "fsynced", "before-replace", "replaced")
_PAD_ITEM = "pad-item"


def context() -> Any:
    """A forkserver context with the store already imported in the server."""
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(
        ["lkj_tui.storage.store", "lkj_tui.bundled", "reliability.crash", "filelock"]
    )  # (filelock: a writer's first save imports it)
    return ctx


def new_store(root: Path) -> tuple[Store, str, str]:
    """A store holding the bundled report; returns it, the report id and the id of the IKU edited."""
    store = Store(root, seed=load_bundled_report)
    report_id = store.latest_report_id()
    node_id = next(n.id for n in store.load(report_id).report.walk() if n.kind == "iku")
    return store, report_id, node_id


def counter_of(report: Report, node_id: str) -> int:
    return int(report.node(node_id).info.get("n", "0"))


def bump(node_id: str) -> Callable[[Report], None]:
    """The edit: counter + 1; odd counters carry a long permasalahan, even ones a short one."""

    def change(report: Report) -> None:
        node = report.node(node_id)
        n = counter_of(report, node_id) + 1
        text = ("Data terlambat. " * (PAD // 16 + 1))[:PAD] if n % 2 else "Data terlambat."
        kept = tuple(i for i in node.permasalahan if i.id != _PAD_ITEM)
        report.replace_node(
            node.with_changes(
                info={**node.info, "n": str(n)}, permasalahan=(*kept, Item(_PAD_ITEM, text))
            )
        )

    return change


def _plain_write(path: Path, data: bytes | list[bytes | memoryview]) -> None:
    """The control: an ordinary, non-atomic write over the file (what TinyDB's storage does)."""
    with open(path, "wb") as handle:
        handle.writelines([data] if isinstance(data, bytes) else data)


def child_loop(root: str, report_id: str, node_id: str, acks: str, plain: bool = False) -> None:
    """The writer: edit until killed, acknowledging each edit after ``update`` returned.
    ``plain``: the control run, with the atomic write replaced by a plain one."""
    if plain:
        atomic.atomic_write_bytes = _plain_write  # type: ignore[assignment]
    store = Store(Path(root), lock_timeout=60)
    fd = os.open(acks, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    os.write(fd, b"start\n")
    change = bump(node_id)
    while True:
        loaded = store.update(report_id, change)
        os.write(fd, f"{counter_of(loaded.report, node_id)}\n".encode())


def _last_ack(path: Path) -> tuple[int | None, bool]:
    """The last acknowledged counter (None if none yet) and whether the child had started."""
    try:
        lines = path.read_text().split()
    except FileNotFoundError:
        return None, False
    numbers = [int(x) for x in lines if x.isdigit()]
    return (numbers[-1] if numbers else None), "start" in lines


def _records(path: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    """(meta document, node id → record) straight from the file; duplicate keys are an error."""

    def no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        keys = [k for k, _ in pairs]
        if len(keys) != len(set(keys)):
            raise ValueError(f"duplicate keys in {path}")
        return dict(pairs)

    data = path.read_bytes()
    parse_tables(data, path)
    raw = json.loads(data, object_pairs_hook=no_duplicates)
    meta = next(iter(raw["meta"].values()))
    return meta, {r["id"]: r for r in raw["nodes"].values()}


def temp_files(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if p.name.endswith(".tmp")]


@dataclass
class KillFigures:
    kills: int = 0
    open_failures: int = 0
    acked_lost: int = 0
    untouched_changed: int = 0
    temps_left: int = 0  # temp files still there after the next open
    other_failures: int = 0  # revision or content not matching the counter
    kills_mid_write: int = 0  # kills that left a temp file behind (cleaned by the next open)
    edits_acknowledged: int = 0
    max_file_bytes: int = 0
    min_file_bytes: int = 0
    seconds: float = 0.0
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        bad = self.open_failures + self.acked_lost + self.untouched_changed + self.temps_left
        return bad + self.other_failures == 0 and self.kills > 0


def kill_loop(
    root: Path,
    kills: int,
    *,
    seed: int = 20240601,
    window: float | None = None,
    plain: bool = False,
) -> KillFigures:
    """``kills`` rounds of: start the writer, let it run for a random moment, SIGKILL it, check.

    ``plain`` is the control that shows the loop has teeth: the writer saves with a plain
    (non-atomic) write; a file that then fails to open is counted and put back, and the loop goes
    on."""
    started = time.monotonic()
    figures = KillFigures()
    store, report_id, node_id = new_store(root)
    path = store.path_for(report_id)
    meta0, records0 = _records(path)
    untouched = {k: v for k, v in records0.items() if k != node_id}
    base_revision = meta0["revision"] - counter_of(store.load(report_id).report, node_id)
    ctx = context()
    rng = random.Random(seed)
    acked = 0
    sizes: list[int] = []
    if window is None:  # a writer's first edit (it reads the file) and four more: most kills
        t = time.monotonic()  # land inside a write
        writer = Store(root)
        for _ in range(5):
            writer.update(report_id, bump(node_id))
        window = max(time.monotonic() - t, 0.05)
        acked = counter_of(store.load(report_id).report, node_id)
    last_good = path.read_bytes()
    acks = root.parent / f"{root.name}.acks"
    for round_no in range(kills):
        acks.unlink(missing_ok=True)
        proc = ctx.Process(
            target=child_loop, args=(str(root), report_id, node_id, str(acks), plain)
        )
        proc.start()
        deadline = time.monotonic() + 30
        while not _last_ack(acks)[1] and proc.is_alive() and time.monotonic() < deadline:
            time.sleep(0.001)
        time.sleep(rng.uniform(0, window))
        if proc.pid is not None:
            os.kill(proc.pid, signal.SIGKILL)
        proc.join(30)
        figures.kills += 1
        last, _ = _last_ack(acks)
        if temp_files(root):
            figures.kills_mid_write += 1
        where = f"kill {round_no + 1}"
        try:
            reopened = Store(root)  # removes stale temps
            loaded = reopened.load(report_id)
        except Exception as exc:
            figures.open_failures += 1
            figures.problems.append(f"{where}: {exc}")
            if not plain:
                break  # the store is unusable: stop here
            path.write_bytes(last_good)  # the control: put the last good file back, go on
            acked = counter_of(Store(root).load(report_id).report, node_id)
            continue
        if leftovers := temp_files(root):
            figures.temps_left += len(leftovers)
            figures.problems.append(f"{where}: temp files left {leftovers}")
        value = counter_of(loaded.report, node_id)
        if last is not None:
            figures.edits_acknowledged += last - acked
            acked = last
        if value < acked:
            figures.acked_lost += acked - value
            figures.problems.append(f"{where}: counter {value} < acknowledged {acked}")
        elif value > acked + 1:
            figures.other_failures += 1
            figures.problems.append(f"{where}: counter {value} > acknowledged {acked} + 1")
        meta, records = _records(path)
        sizes.append(path.stat().st_size)
        changed = [k for k, v in untouched.items() if records.get(k) != v]
        if changed or set(records) != set(records0):
            figures.untouched_changed += max(len(changed), 1)
            figures.problems.append(f"{where}: untouched records changed: {changed[:3]}")
        pad = next(i for i in loaded.report.node(node_id).permasalahan if i.id == _PAD_ITEM)
        if meta["revision"] != base_revision + value or (len(pad.text) == PAD) != (value % 2 == 1):
            figures.other_failures += 1
            figures.problems.append(f"{where}: revision/content do not match counter {value}")
        acked = value  # an unacknowledged edit that landed counts from now on
        last_good = path.read_bytes()
    acks.unlink(missing_ok=True)
    figures.max_file_bytes, figures.min_file_bytes = max(sizes, default=0), min(sizes, default=0)
    figures.seconds = time.monotonic() - started
    return figures


# ------------------------------------------------------------------------- exact crash points


def _crash_child(root: str, report_id: str, node_id: str, op: str, step: str) -> None:
    """Make one write (``op``) and SIGKILL ourselves at ``step`` of it."""

    def hook(name: str) -> None:
        if name == step:
            os.kill(os.getpid(), signal.SIGKILL)

    store = Store(Path(root))
    atomic.crash_hook = hook
    if op == "restore":
        store.restore(report_id)
    else:
        store.update(report_id, bump(node_id))
    atomic.crash_hook = None
    os._exit(3)  # the hook never fired


@dataclass
class PointFigures:
    runs: int = 0
    old_state: int = 0
    new_state: int = 0
    wrong: int = 0  # neither exactly the old nor exactly the new state, or wrong for the step
    temps_left: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.wrong == 0 and self.temps_left == 0 and self.runs > 0


def crash_points(root: Path, repeats: int = 1) -> PointFigures:
    """Kill a writer at every step of a write, for a growing edit, a shrinking edit and a restore;
    reopening must give exactly the old state before the rename and exactly the new one after."""
    figures = PointFigures()
    store, report_id, node_id = new_store(root)
    ctx = context()
    for _ in range(repeats):
        for op in ("grow", "shrink", "restore"):
            for step in STEPS:
                n = counter_of(store.load(report_id).report, node_id)
                if op != "restore" and (n % 2 == 1) == (op == "grow"):
                    store.update(report_id, bump(node_id))  # grow: from even; shrink: from odd
                old = store.load(report_id)
                old_doc = old.report.to_document()
                if op == "restore":
                    meta, records = _records(store.generations(report_id)[0].path)
                    new_doc = Report.from_records(
                        meta["report"], list(records.values())
                    ).to_document()
                else:
                    expected = Report.from_document(old_doc)
                    bump(node_id)(expected)
                    new_doc = expected.to_document()
                proc = ctx.Process(
                    target=_crash_child, args=(str(root), report_id, node_id, op, step)
                )
                proc.start()
                proc.join(60)
                figures.runs += 1
                where = f"{op} at {step}"
                if proc.exitcode != -signal.SIGKILL:
                    figures.wrong += 1
                    figures.problems.append(f"{where}: writer ended with {proc.exitcode}")
                    continue
                reopened = Store(root).load(report_id)
                if leftovers := temp_files(root):
                    figures.temps_left += len(leftovers)
                doc = reopened.report.to_document()
                want_new = step == "replaced"
                if doc == old_doc and reopened.revision == old.revision and not want_new:
                    figures.old_state += 1
                elif doc == new_doc and reopened.revision == old.revision + 1 and want_new:
                    figures.new_state += 1
                else:
                    figures.wrong += 1
                    figures.problems.append(f"{where}: revision {reopened.revision}, unexpected")
    return figures
