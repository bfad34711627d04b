"""Full disks and read-only folders during a save: the original stays intact, the error is clear,
and the TUI keeps running with the edit still on screen.

Three ways to make a save fail, from the most real to the least:

- a real full filesystem: a small tmpfs filled to the last byte, and a real read-only folder: a
  read-only bind mount. Both need root and a private mount namespace (``unshare -m``); root ignores
  ``chmod``, a read-only mount it does not. The mounts live only in the namespace of one child
  process (``python -m reliability.disk <kind> <folder>``), so nothing is left mounted.
- ``RLIMIT_FSIZE`` in a child process running the installed ``lkj-tui restore`` (a real save).
- where mounts are not available, the tests fall back to the monkeypatched OS errors of
  tests/test_store.py.
"""

from __future__ import annotations

import asyncio
import errno
import hashlib
import json
import os
import resource
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

from lkj_tui.bundled import load_bundled_report
from lkj_tui.storage.store import Store
from reliability.badfiles import LKJ_TUI
from reliability.crash import temp_files
from reliability.tui_harness import record_toasts, settle

ROOT = Path(__file__).resolve().parent.parent


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _env(store: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LKJ_TUI")}
    env.update(COLUMNS="160", NO_COLOR="1", LKJ_TUI_STORE=str(store), PYTHONDONTWRITEBYTECODE="1")
    return env


def cli_save(store: Path, *, limit: int | None = None) -> dict[str, Any]:
    """``lkj-tui restore`` (which writes the whole report) on ``store``; with ``limit``, under
    RLIMIT_FSIZE. Returns what a user sees and what happened to the file."""
    s = Store(store, seed=load_bundled_report)
    report_id = s.latest_report_id()
    path = s.path_for(report_id)
    before = _digest(path)

    def lower_limit() -> None:
        if limit is not None:
            resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    result = subprocess.run(
        [LKJ_TUI, "restore", report_id],
        capture_output=True,
        text=True,
        env=_env(store),
        preexec_fn=lower_limit,
        timeout=120,
    )
    status = subprocess.run(
        [LKJ_TUI, "status", "--json"], capture_output=True, text=True, env=_env(store), timeout=120
    )
    return {
        "returncode": result.returncode,
        "stderr": result.stderr.strip(),
        "intact": _digest(path) == before,
        "path": str(path),
        "temps": [str(p) for p in temp_files(store)],
        "readable": status.returncode == 0,
    }


# ---------------------------------------------------------------------------------- the TUI


async def tui_save_fails(store: Store, fix: Any) -> dict[str, Any]:
    """Open the TUI on ``store`` (whose saves fail), edit IKU 1's realisasi and press enter: the app
    must stay up, say why in an error toast, and keep the typed value on screen; the file must be
    unchanged. Then ``fix()`` lifts the failure and enter saves the very same value."""
    from textual.widgets import Input

    from lkj_tui.tui.app import LkjApp
    from lkj_tui.tui.components.dialogs import ValueDialog

    report_id = store.latest_report_id()
    path = store.path_for(report_id)
    before = _digest(path)
    app = LkjApp(store)
    app.poll_seconds = 0
    toasts = record_toasts(app)
    out: dict[str, Any] = {}

    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        assert app.view is not None
        iku1 = next(n.id for n in app.view.evaluation.report.walk() if n.code == "IKU 1")
        app.tree.reveal(iku1)
        await pilot.pause()
        await pilot.press("e")
        await pilot.press("ctrl+u", *"3,30", "enter")
        await settle(app, pilot)
        screen = app.screen
        out["running"] = app.is_running and app.return_code is None
        out["error_toast"] = next((m for m, sev in toasts if sev == "error"), "")
        out["typed_on_screen"] = (
            isinstance(screen, ValueDialog) and screen.query_one(Input).value == "3,30"
        )
        out["intact"] = _digest(path) == before
        out["temps"] = [str(p) for p in temp_files(store.root)]
        out["shown_realisasi"] = app.view.evaluation.report.node(iku1).measure.realisasi  # type: ignore[union-attr]
        fix()
        await pilot.press("enter")
        await settle(app, pilot)
        saved = Store(store.root).load(report_id).report.node(iku1).measure
        out["saved_after_fix"] = saved is not None and saved.realisasi == "3,30"
        out["running_at_end"] = app.is_running
    return out


# ---------------------------------------------------------------------------------- mounts


def mounts_available() -> bool:
    """Root, ``unshare`` and ``mount``, and a private mount namespace can be made."""
    if os.name != "posix" or os.geteuid() != 0:
        return False
    if not (shutil.which("unshare") and shutil.which("mount")):
        return False
    try:
        probe = subprocess.run(["unshare", "--mount", "true"], capture_output=True, timeout=20)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return probe.returncode == 0


def in_namespace(kind: str, folder: Path) -> dict[str, Any]:
    """Run :func:`_inner` (``kind``: "full" or "read-only") in a private mount namespace."""
    cmd = ["unshare", "--mount", "--propagation", "private"]
    cmd += [sys.executable, "-m", "reliability.disk", kind, str(folder)]
    result = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, timeout=300)
    lines = result.stdout.strip().splitlines()
    if result.returncode != 0 or not lines:
        raise RuntimeError(f"{kind}: exit {result.returncode}\n{result.stdout}\n{result.stderr}")
    return dict(json.loads(lines[-1]))


def _mount(*args: str) -> None:
    subprocess.run(["mount", *args], check=True, capture_output=True)


def _fill(folder: Path) -> Path:
    """Fill the filesystem of ``folder`` to the last byte."""
    filler = folder / "filler.bin"
    with open(filler, "wb", buffering=0) as handle:
        block = b"\0" * 4096
        try:
            while True:
                handle.write(block)
        except OSError as exc:
            if exc.errno != errno.ENOSPC:
                raise
        try:
            while True:
                handle.write(b"\0")
        except OSError as exc:
            if exc.errno != errno.ENOSPC:
                raise
    return filler


def _library_save(store: Store) -> dict[str, Any]:
    report_id = store.latest_report_id()
    path = store.path_for(report_id)
    before = _digest(path)
    try:
        store.update(report_id, lambda r: None)
        error, code = "", ""
    except Exception as exc:
        error, code = str(exc), getattr(exc, "code", type(exc).__name__)
    return {"code": code, "error": error, "intact": _digest(path) == before}


def _inner(kind: str, folder: Path) -> dict[str, Any]:
    folder.mkdir(parents=True, exist_ok=True)
    out: dict[str, Any] = {"kind": kind}
    if kind == "full":
        mnt = folder / "tmpfs"
        mnt.mkdir(exist_ok=True)
        _mount("-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mnt))
        store_root = mnt / "store"
        store = Store(store_root, seed=load_bundled_report)
        store.update(store.latest_report_id(), lambda r: None)  # a generation to keep
        filler = _fill(mnt)
        out["free_bytes"] = shutil.disk_usage(mnt).free

        def fix() -> None:
            filler.unlink()

    else:
        store_root = folder / "store"
        store = Store(store_root, seed=load_bundled_report)
        _mount("--bind", str(store_root), str(store_root))
        _mount("-o", "remount,bind,ro", str(store_root))
        try:
            (store_root / "probe").write_bytes(b"x")
            out["really_read_only"] = False
        except OSError as exc:
            out["really_read_only"] = exc.errno == errno.EROFS

        def fix() -> None:
            _mount("-o", "remount,bind,rw", str(store_root))

    out["library"] = _library_save(Store(store_root))
    out["cli"] = cli_save(store_root)
    out["tui"] = asyncio.run(tui_save_fails(Store(store_root), fix))
    return out


if __name__ == "__main__":
    print(json.dumps(_inner(sys.argv[1], Path(sys.argv[2])), ensure_ascii=False))
