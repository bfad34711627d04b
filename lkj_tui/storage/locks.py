"""The writers' lock of each report, and cleaning up after writers that crashed.

filelock is imported only here and only when needed: reading a store never imports it.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from lkj_tui.storage.errors import (
    DENIED,
    LockTimeoutError,
    StoreError,
    from_os_error,
    named_twice,
)
from lkj_tui.storage.jsonfile import not_a_file_error, symlink_error
from lkj_tui.storage.paths import is_report_id, lock_path, report_path, temp_target

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


#: The errors of a folder that takes no lock (a network folder without a lock service).
_NO_LOCKS = {errno.ENOLCK, errno.ENOSYS, getattr(errno, "ENOTSUP", -1), errno.EOPNOTSUPP}


def _no_locks(path: Path, report_id: str, exc: OSError) -> StoreError:
    reason, (folder, en) = exc.strerror or str(exc), named_twice(path.parent)
    return StoreError(
        path,
        "no-locks",
        f"gagal mengunci laporan {report_id}: folder {folder} tidak mendukung penguncian "
        f"berkas ({reason}; errno {exc.errno}), seperti sebagian folder jaringan; tidak ada yang "
        "disimpan — simpan penyimpanan di disk laptop ini (--store) dan bagikan lewat lkj-tui sync",
        f"locking the report {report_id} failed: the folder {en} does not support file "
        f"locks ({reason}; errno {exc.errno}), as some network folders do not; nothing was saved "
        "— keep the store on this laptop's disk (--store) and share it through lkj-tui sync",
        said=True,
    )


def _lock_failed(path: Path, report_id: str, exc: OSError) -> StoreError:
    """The lock file ``path`` of ``report_id`` could not be taken: the sentence names the report
    and its store folder (a user never types the lock file's name), then the way out."""
    if exc.errno in _NO_LOCKS:
        return _no_locks(path, report_id, exc)
    action, action_en = f"mengunci laporan {report_id}", f"locking the report {report_id}"
    if exc.errno not in DENIED:  # (a folder refused is named by its own sentence: once)
        folder, en = named_twice(path.parent)
        action, action_en = f"{action} di penyimpanan {folder}", f"{action_en} in the store {en}"
    existed = os.path.lexists(path.parent / f"{report_id}.json")  # (a new report: no file)
    return from_os_error(path, exc, action, action_en, said=True, existed=existed)


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
        raise _lock_failed(path, report_id, exc) from exc
    try:
        yield
    finally:
        lock.release()


def remove_stale_temps(root: Path, names: Iterable[str]) -> None:
    """Remove the temp files crashed writers left in the store folder, given its ``names`` (the
    listing :class:`~lkj_tui.storage.store.Store` makes anyway). Every temp file of a save is made
    there, the kept versions' too (``generations._keep``), so no other folder is listed."""
    for name in [n for n in names if n.endswith(".tmp")]:
        target = temp_target(name)
        report_id = target[:-5] if target and target.endswith(".json") else ""
        if is_report_id(report_id):
            remove_temps(root, report_id, [root / name])


def remove_temps(
    root: Path, report_id: str, paths: Iterable[Path], *, locked: bool = False
) -> None:
    """Remove temp files a crashed save of ``report_id`` left: regular files only (never a link, a
    folder or a FIFO named like a temp), and only while the report's lock is free, taken with no
    wait, so a save in progress in another process is never disturbed — at once by a caller that
    holds the lock itself (``locked``: a save)."""
    found = []
    for path in paths:
        with suppress(OSError):
            if stat.S_ISREG(os.lstat(path).st_mode):
                found.append(path)
    if not found:
        return
    if locked:
        _unlink(found)
        return
    from filelock import FileLock, Timeout  # only when a crashed writer left a temp

    lock = lock_path(root, report_id)
    with suppress(StoreError):
        check_lock_file(lock)
        with suppress(Timeout, OSError), FileLock(str(lock), timeout=0, mode=LOCK_MODE):
            _unlink(found)


def _unlink(paths: list[Path]) -> None:
    for path in paths:
        with suppress(OSError):
            path.unlink(missing_ok=True)
