"""The writers' lock of each report, and cleaning up after writers that crashed.

filelock is imported only here and only when needed: reading a store never imports it.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from lkj_tui.storage.errors import LockTimeoutError, StoreError, from_os_error
from lkj_tui.storage.jsonfile import not_a_file_error, symlink_error
from lkj_tui.storage.paths import GENERATIONS_DIR, is_report_id, lock_path, report_path, temp_target

#: Lock files are private like the rest of the store (the umask can only make them stricter).
LOCK_MODE = 0o600


def check_lock_file(path: Path) -> None:
    """Refuse a lock file that is a symbolic link or not a regular file: filelock opens it with
    O_TRUNC, which would empty whatever the link points to."""
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        return
    except OSError as exc:
        raise from_os_error(path, exc, "mengunci laporan", "locking the report") from exc
    if stat.S_ISLNK(st.st_mode):
        raise symlink_error(path)
    if not stat.S_ISREG(st.st_mode):
        raise not_a_file_error(path, st)


@contextmanager
def locked(root: Path, report_id: str, timeout: float) -> Iterator[None]:
    """Hold the report's lock (``LockTimeoutError`` after ``timeout`` seconds)."""
    from filelock import FileLock, Timeout  # only writers lock: reads stay off its import

    path = lock_path(root, report_id)
    check_lock_file(path)
    lock = FileLock(str(path), timeout=timeout, mode=LOCK_MODE)
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
    gen_root = root / GENERATIONS_DIR
    with suppress(OSError):  # never a link: its temp-named files are not the store's to remove
        if stat.S_ISDIR(os.lstat(gen_root).st_mode):
            folders += [
                (Path(e.path), e.name)
                for e in os.scandir(gen_root)
                if e.is_dir(follow_symlinks=False)
            ]
    for folder, owner in folders:
        try:
            names = [
                e.name
                for e in os.scandir(folder)
                if e.name.endswith(".tmp") and e.is_file(follow_symlinks=False)
            ]
        except OSError:
            continue
        for name in names:
            target = temp_target(name)
            report_id = owner or (target[:-5] if target and target.endswith(".json") else "")
            if target is None or not is_report_id(report_id):
                continue
            from filelock import FileLock, Timeout  # only when a crashed writer left a temp

            lock = lock_path(root, report_id)
            with suppress(StoreError):
                check_lock_file(lock)
                with suppress(Timeout, OSError), FileLock(str(lock), timeout=0, mode=LOCK_MODE):
                    (folder / name).unlink(missing_ok=True)
