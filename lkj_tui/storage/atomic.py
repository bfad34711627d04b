"""Crash-safe writes and a strict, transactional TinyDB JSON storage.

``atomic_write_bytes`` never leaves a half-written file under the real name: the data goes to a temp
file in the same folder (``.<name>.<random>.tmp``), is flushed and fsynced, replaces the original with
``os.replace`` and the folder is fsynced. A reader therefore always sees the old or the new bytes.

``AtomicJSONStorage`` reads strictly: a file that is not a well-formed TinyDB JSON document is refused
with a :class:`StoreError` naming the file and the problem, and the storage never writes over it.
"""

from __future__ import annotations

import errno
import json
import math
import os
import re
import secrets
import stat
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any, NamedTuple

from tinydb.storages import Storage

from lkj_tui.storage.errors import StoreError, from_os_error

Tables = dict[str, dict[str, dict[str, Any]]]

#: Test hook: called with the name of each step of :func:`atomic_write_bytes` ("temp-created",
#: "half-written", "fsynced", "before-replace", "replaced" — the last one comes before the folder
#: fsync) so crash tests can stop a writer at an exact point.
crash_hook: Callable[[str], None] | None = None

_BOM = b"\xef\xbb\xbf"
_TEMP_RE = re.compile(r"\.(?P<target>.+)\.[0-9a-f]+\.tmp")
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)


class FileSig(NamedTuple):
    """Identity of one version of a file; every atomic write changes it (new inode)."""

    dev: int
    ino: int
    size: int
    mtime_ns: int
    ctime_ns: int

    @classmethod
    def of(cls, st: os.stat_result) -> FileSig:
        return cls(st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)


def temp_target(name: str) -> str | None:
    """The file a temp file named ``name`` was going to replace, or None if it is not a temp file."""
    match = _TEMP_RE.fullmatch(name)
    return match["target"] if match else None


def _step(name: str) -> None:
    if crash_hook is not None:
        crash_hook(name)


def _write_all(fd: int, data: memoryview) -> None:
    while data:
        written = os.write(fd, data)
        if written <= 0:
            raise OSError(errno.EIO, "short write")
        data = data[written:]


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


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` atomically. On failure the original is untouched, the temp file
    is removed and a :class:`StoreError` is raised."""
    path = Path(path)
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(6)}.tmp")
    fd = -1
    created = False
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _CLOEXEC, 0o666)
        created = True
        with suppress(FileNotFoundError):
            os.fchmod(fd, stat.S_IMODE(os.stat(path).st_mode))  # keep the original's permissions
        _step("temp-created")
        view = memoryview(data)
        _write_all(fd, view[: len(data) // 2])
        _step("half-written")
        _write_all(fd, view[len(data) // 2 :])
        os.fsync(fd)
        _step("fsynced")
        os.close(fd)
        fd = -1
        _step("before-replace")
        os.replace(tmp, path)
        created = False
        _step("replaced")
        fsync_dir(path.parent)
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


def read_file(path: Path) -> tuple[bytes, FileSig] | None:
    """The bytes of ``path`` and the identity of the version read; None when the file does not exist."""
    try:
        fd = os.open(path, os.O_RDONLY | _CLOEXEC)
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise from_os_error(path, exc, "membaca", "reading", writing=False) from exc
    try:
        with open(fd, "rb") as handle:
            st = os.fstat(handle.fileno())
            if not stat.S_ISREG(st.st_mode):
                raise StoreError(path, "not-a-file", "bukan berkas biasa", "not a regular file")
            data = handle.read()
    except OSError as exc:
        raise from_os_error(path, exc, "membaca", "reading", writing=False) from exc
    return data, FileSig.of(st)


class _NonFinite(Exception):
    pass


def _reject_constant(name: str) -> Any:
    raise _NonFinite(name)


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise _NonFinite(text)
    return value


def _json_type(value: Any) -> str:
    names = {type(None): "null", bool: "boolean", int: "number", float: "number", str: "string"}
    return names.get(type(value), "array" if isinstance(value, list) else "object")


def parse_tables(data: bytes, path: Path) -> Tables:
    """Parse a TinyDB file strictly; raise StoreError naming ``path`` and the problem."""

    def refuse(code: str, problem: str, problem_en: str) -> StoreError:
        return StoreError(path, code, problem, problem_en)

    if not data:
        raise refuse("empty", "berkas kosong (0 bita)", "the file is empty (0 bytes)")
    if data.startswith(_BOM):
        raise refuse(
            "bom",
            "berkas diawali penanda BOM UTF-8",
            "the file starts with a UTF-8 byte order mark (BOM)",
        )
    if (nul := data.find(b"\0")) >= 0:
        raise refuse(
            "nul",
            f"berkas memuat bita NUL (yang pertama pada posisi {nul}); berkas rusak",
            f"the file contains NUL bytes (the first at offset {nul}); the file is damaged",
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise refuse(
            "encoding",
            f"bukan teks UTF-8 yang sah (bita tidak sah pada posisi {exc.start})",
            f"not valid UTF-8 text (invalid byte at offset {exc.start})",
        ) from None
    if not text.strip(" \t\r\n"):
        raise refuse(
            "whitespace",
            f"berkas hanya berisi spasi ({len(data)} bita), tanpa data",
            f"the file holds only whitespace ({len(data)} bytes), no data",
        )
    try:
        value = json.loads(text, parse_constant=_reject_constant, parse_float=_finite_float)
    except _NonFinite as exc:
        raise refuse(
            "non-finite",
            f"berkas memuat angka {exc} (NaN/Infinity), yang tidak sah dalam JSON",
            f"the file contains the number {exc} (NaN/Infinity), which is not valid JSON",
        ) from None
    except json.JSONDecodeError as exc:
        at, at_en = f"baris {exc.lineno} kolom {exc.colno}", f"line {exc.lineno} column {exc.colno}"
        if exc.msg == "Extra data":
            raise refuse(
                "trailing-data",
                f"ada data tambahan setelah akhir JSON ({at})",
                f"there is extra data after the end of the JSON ({at_en})",
            ) from None
        if exc.pos >= len(text.rstrip()) or exc.msg.startswith("Unterminated string"):
            raise refuse(
                "truncated",
                f"JSON terpotong: berkas berakhir sebelum datanya lengkap ({at})",
                f"truncated JSON: the file ends before its data is complete ({at_en})",
            ) from None
        raise refuse(
            "invalid-json",
            f"bukan JSON yang sah: {exc.msg} ({at})",
            f"not valid JSON: {exc.msg} ({at_en})",
        ) from None
    except (ValueError, RecursionError) as exc:  # e.g. an integer too long, nesting too deep
        raise refuse(
            "invalid-json", f"bukan JSON yang sah: {exc}", f"not valid JSON: {exc}"
        ) from None
    if not isinstance(value, dict):
        kind = _json_type(value)
        raise refuse(
            "not-object",
            f"isi berkas harus objek JSON berisi tabel, bukan {kind}",
            f"the file must hold a JSON object of tables, not {kind}",
        )
    for name, table in value.items():
        if not isinstance(table, dict):
            kind = _json_type(table)
            raise refuse(
                "bad-table",
                f"tabel '{name}' harus objek berisi dokumen, bukan {kind}",
                f"table '{name}' must be an object of documents, not {kind}",
            )
        for doc_id, doc in table.items():
            if not (doc_id.isascii() and doc_id.isdigit() and str(int(doc_id)) == doc_id):
                raise refuse(
                    "bad-table",
                    f"tabel '{name}': id dokumen {doc_id!r} bukan bilangan bulat",
                    f"table '{name}': document id {doc_id!r} is not an integer",
                )
            if not isinstance(doc, dict):
                kind = _json_type(doc)
                raise refuse(
                    "bad-table",
                    f"tabel '{name}' dokumen {doc_id} harus objek, bukan {kind}",
                    f"table '{name}' document {doc_id} must be an object, not {kind}",
                )
    return value


def encode_tables(data: Any, path: Path) -> bytes:
    """UTF-8 JSON without NaN/Infinity (lone surrogates, which UTF-8 cannot carry, are escaped)."""
    try:
        text = json.dumps(data, ensure_ascii=False, allow_nan=False)
        try:
            return (text + "\n").encode("utf-8")
        except UnicodeEncodeError:
            return (json.dumps(data, ensure_ascii=True, allow_nan=False) + "\n").encode("ascii")
    except (TypeError, ValueError, RecursionError) as exc:
        raise StoreError(
            path,
            "unserializable",
            f"data tidak dapat disimpan sebagai JSON ({exc}); berkas tidak diubah",
            f"the data cannot be saved as JSON ({exc}); the file was not changed",
        ) from exc


class AtomicJSONStorage(Storage):
    """TinyDB storage: strict reads, atomic writes, and transactions.

    Between :meth:`begin` and :meth:`commit` TinyDB reads and writes an in-memory copy (the very
    objects, not copies: callers must not mutate documents they read) and ``commit`` writes the file
    once. Outside a transaction every write first re-reads the file, so a file this storage cannot read
    is never written over.
    """

    def __init__(self, path: str | Path) -> None:
        super().__init__()
        self.path = Path(path)
        #: Identity of the file version last read (None when it did not exist).
        self.signature: FileSig | None = None
        self._memory: Tables | None = None
        self._in_transaction = False
        self._dirty = False

    def _load(self) -> Tables | None:
        raw = read_file(self.path)
        if raw is None:
            self.signature = None
            return None
        data, sig = raw
        tables = parse_tables(data, self.path)
        self.signature = sig
        return tables

    def read(self) -> Tables | None:
        return self._memory if self._in_transaction else self._load()

    def write(self, data: Tables) -> None:
        if self._in_transaction:
            self._memory, self._dirty = data, True
            return
        self._load()
        atomic_write_bytes(self.path, encode_tables(data, self.path))

    @property
    def in_transaction(self) -> bool:
        return self._in_transaction

    def begin(self, *, fresh: bool = False) -> None:
        """Start a transaction on a strict read of the file (``fresh``: on an empty database,
        without reading; the caller has decided to replace the file)."""
        if self._in_transaction:
            raise RuntimeError("a transaction is already open")
        self._memory = {} if fresh else self._load()
        self._in_transaction, self._dirty = True, False

    def commit(self) -> bool:
        """End the transaction, writing the file once if anything changed. Returns whether it wrote."""
        if not self._in_transaction:
            raise RuntimeError("no transaction is open")
        try:
            if self._dirty:
                atomic_write_bytes(self.path, encode_tables(self._memory, self.path))
            return self._dirty
        finally:
            self.abort()

    def abort(self) -> None:
        """End the transaction without writing."""
        self._memory, self._in_transaction, self._dirty = None, False, False

    @contextmanager
    def transaction(self, *, fresh: bool = False) -> Iterator[None]:
        self.begin(fresh=fresh)
        try:
            yield
        except BaseException:
            self.abort()
            raise
        self.commit()

    def close(self) -> None:
        self.abort()
