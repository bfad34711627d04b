"""The writers' lock of each report, and cleaning up after writers that crashed.

filelock is imported only here and only when needed: reading a store never imports it.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from lkj_tui.storage.errors import LockTimeoutError, from_os_error
from lkj_tui.storage.paths import GENERATIONS_DIR, is_report_id, lock_path, report_path, temp_target


@contextmanager
def locked(root: Path, report_id: str, timeout: float) -> Iterator[None]:
    """Hold the report's lock (``LockTimeoutError`` after ``timeout`` seconds)."""
    from filelock import FileLock, Timeout  # only writers lock: reads stay off its import

    path = lock_path(root, report_id)
    lock = FileLock(str(path), timeout=timeout)
    try:
        lock.acquire()
    except Timeout:
        raise LockTimeoutError(report_path(root, report_id), timeout) from None
    except OSError as exc:
        raise from_os_error(path, exc, "mengunci laporan", "locking the report") from exc
    try:
        yield
    finally:
        lock.release()


def remove_stale_temps(root: Path) -> None:
    """Remove temp files left by a crashed writer, in the store folder and the generation folders; a
    temp is removed only while its report's lock is free, so a save in progress in another process is
    never disturbed."""
    folders: list[tuple[Path, str | None]] = [(root, None)]
    with suppress(OSError):
        gen_root = root / GENERATIONS_DIR
        folders += [(Path(e.path), e.name) for e in os.scandir(gen_root) if e.is_dir()]
    for folder, owner in folders:
        try:
            names = [e.name for e in os.scandir(folder) if e.name.endswith(".tmp")]
        except OSError:
            continue
        for name in names:
            target = temp_target(name)
            report_id = owner or (target[:-5] if target and target.endswith(".json") else "")
            if target is None or not is_report_id(report_id):
                continue
            from filelock import FileLock, Timeout  # only when a crashed writer left a temp

            lock = FileLock(str(lock_path(root, report_id)), timeout=0)
            with suppress(Timeout, OSError), lock:
                (folder / name).unlink(missing_ok=True)
