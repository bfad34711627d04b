"""Crash-safe writes.

``atomic_write_bytes`` never leaves a half-written file under the real name: the data goes to a temp
file in the same folder (``.<name>.<random>.tmp``), is flushed and fsynced, replaces the original with
``os.replace`` and the folder is fsynced. A reader therefore always sees the old or the new bytes.

This module is also the storage's I/O seam: :class:`AtomicJSONStorage` reads and writes through
``atomic.read_file`` and ``atomic.atomic_write_bytes`` looked up at call time, so tests and the crash
suite can swap them. The strict file format lives in :mod:`lkj_tui.storage.jsonfile` and the TinyDB
storage in :mod:`lkj_tui.storage.tinystorage`; their names are re-exported here.
"""

from __future__ import annotations

import errno
import os
import stat
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import suppress
from pathlib import Path

from lkj_tui.storage.errors import DENIED, StoreError, from_os_error
from lkj_tui.storage.jsonfile import CLOEXEC as _CLOEXEC
from lkj_tui.storage.jsonfile import (
    FileSig,
    Pieces,
    Tables,
    encode_tables,
    parse_tables,
    read_file,
)
from lkj_tui.storage.paths import temp_path, temp_target
from lkj_tui.storage.tinystorage import AtomicJSONStorage

__all__ = [
    "AtomicJSONStorage",
    "FileSig",
    "Tables",
    "atomic_write_bytes",
    "crash_hook",
    "encode_tables",
    "fsync_dir",
    "parse_tables",
    "read_file",
    "temp_target",
]

#: Test hook: called with the name of each step of :func:`atomic_write_bytes` ("temp-created",
#: "half-written", "fsynced", "before-replace", "replaced" — the last one comes before the folder
#: fsync) so crash tests can stop a writer at an exact point.
crash_hook: Callable[[str], None] | None = None


def _step(name: str) -> None:
    if crash_hook is not None:
        crash_hook(name)


#: Windows refuses to replace a file another program holds open for a moment (an antivirus scan,
#: the search indexer, OneDrive's sync: ``PermissionError``, winerror 5 or 32), so there the
#: replace is tried again after each of these pauses (seconds) before the save is given up.
#: Elsewhere a replace that is refused will be refused again: no retry.
REPLACE_RETRIES: tuple[float, ...] = (0.05, 0.1, 0.2, 0.4, 0.8) if os.name == "nt" else ()


def replace(tmp: Path, path: Path) -> None:
    """``os.replace``, tried again on Windows while another program holds ``path`` (REPLACE_RETRIES)."""
    for pause in REPLACE_RETRIES:
        try:
            os.replace(tmp, path)
        except PermissionError:
            time.sleep(pause)
        else:
            return
    os.replace(tmp, path)


def _write_all(fd: int, data: memoryview) -> None:
    while data:
        written = os.write(fd, data)
        if written <= 0:
            raise OSError(errno.EIO, "short write")
        data = data[written:]


def _halves(
    data: bytes | Pieces | Iterator[bytes],
) -> tuple[list[memoryview], Iterable[memoryview]]:
    """``data``'s bytes (or pieces) as views: those of its first half, and of the rest; of pieces
    still being made (an iterator), the first piece, and the rest as they come."""
    if isinstance(data, Iterator):
        return [memoryview(next(data, b""))], map(memoryview, data)
    views = [memoryview(data)] if isinstance(data, bytes) else [memoryview(p) for p in data]
    at = sum(map(len, views)) // 2
    for i, view in enumerate(views):
        if at <= len(view):
            return [*views[:i], view[:at]], [view[at:], *views[i + 1 :]]
        at -= len(view)
    return views, []  # (no views)


def fsync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` durable (a no-op where folders cannot be opened)."""
    if os.name == "nt":  # pragma: no cover
        return
    fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | _CLOEXEC)
    try:
        os.fsync(fd)
    except OSError as exc:
        if exc.errno not in (errno.EINVAL, errno.ENOTSUP):  # filesystems without folder fsync
            raise
    finally:
        os.close(fd)


def _not_durable(path: Path, exc: OSError) -> StoreError:
    """The new version is in place but its folder could not be synced: a power cut may undo it."""
    reason = exc.strerror or str(exc)
    return StoreError(
        path,
        "fsync-dir",
        f"versi baru sudah ditulis, tetapi folder tidak dapat disinkronkan ke disk ({reason}; "
        f"errno {exc.errno}); versi baru mungkin hilang bila listrik padam — periksa disk lalu "
        "simpan lagi",
        f"the new version was written, but its folder could not be synced to disk ({reason}; "
        f"errno {exc.errno}); the new version may not survive a power cut — check the disk and "
        "save again",
    )


#: A new file of the store is private: read and written by its owner only (a stricter umask still
#: applies). A file that exists keeps its owner's permissions and loses what ``mode`` does not
#: grant its group and others: a report an older version created 0644 is 0600 after its next save.
PRIVATE = 0o600


def write_refused(folder: Path) -> OSError | None:
    """The system's refusal to write a new file in ``folder`` (no permission, a read-only disk),
    found by trying: a temp file made there and removed at once (nameless where the system has
    such files); None where it can be written. ``os.access`` is no answer: on Windows it calls a
    folder writable whatever its access list says."""
    import tempfile

    try:
        with tempfile.TemporaryFile(dir=folder, prefix=".lkj-tui-probe.", suffix=".tmp"):
            return None
    except OSError as exc:
        return exc if exc.errno in DENIED else None


def read_only_error(path: Path) -> StoreError:
    return StoreError(
        path,
        "read-only-file",
        "berkas ini dibuat hanya-baca (tanpa izin tulis); tidak ditulis ulang — berikan izin tulis "
        "(chmod u+w) bila memang ingin mengubahnya",
        "the file was made read-only (no write permission); it is not rewritten — give it write "
        "permission (chmod u+w) if you do want to change it",
    )


def atomic_write_bytes(
    path: Path,
    data: bytes | Pieces | Iterator[bytes],
    *,
    mode: int = PRIVATE,
    temp: Path | None = None,
    sync_folder: bool = True,
) -> None:
    """Replace ``path`` with ``data`` (bytes, or bytes in pieces written one after the other: a big
    import's file, never joined; or an iterator making the pieces as they are written: a big
    export's) atomically. On failure the original is untouched, the temp file
    is removed and a :class:`StoreError` is raised — except ``fsync-dir``: the new version is in place
    but syncing its folder failed, so it may not survive a power cut.

    A new file gets ``mode`` (less the umask); an existing one keeps its owner's permissions, with
    its group's and others' cut to what ``mode`` grants (a 0644 report becomes 0600: issue 11),
    and one its owner made read-only is refused (``read-only-file``), never replaced. ``temp`` names the temp
    file (default: ``.<name>.<random>.tmp``, which opening the store cleans up after a crash).
    ``sync_folder=False`` leaves the folder unsynced (an export: after a power cut the new file may
    be missing, never incomplete)."""
    path = Path(path)
    try:
        original: int | None = stat.S_IMODE(os.stat(path).st_mode)
    except FileNotFoundError:
        original = None
    except OSError as exc:
        raise from_os_error(path, exc, "menyimpan", "saving") from exc
    if original is not None and not original & stat.S_IWUSR:
        raise read_only_error(path)
    tmp = temp if temp is not None else temp_path(path)
    fd = -1
    created = False
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _CLOEXEC, mode)
        created = True
        if original is not None and hasattr(os, "fchmod"):  # (Windows before Python 3.13 has none)
            os.fchmod(fd, original & ~(0o077 & ~mode))  # the original's, none wider than mode
        _step("temp-created")
        first, rest = _halves(data)  # pieces: written one after the other, never joined
        for view in first:
            _write_all(fd, view)
        _step("half-written")
        for view in rest:
            _write_all(fd, view)
        os.fsync(fd)
        _step("fsynced")
        os.close(fd)
        fd = -1
        _step("before-replace")
        replace(tmp, path)
        created = False
        _step("replaced")
    except BaseException as exc:
        if fd >= 0:
            with suppress(OSError):
                os.close(fd)
        if created:
            with suppress(OSError):
                os.unlink(tmp)
        if isinstance(exc, OSError):
            raise from_os_error(path, exc, "menyimpan", "saving") from exc
        raise
    if not sync_folder:
        return
    try:
        fsync_dir(path.parent)
    except OSError as exc:
        raise _not_durable(path, exc) from exc
