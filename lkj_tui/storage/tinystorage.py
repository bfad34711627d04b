"""The TinyDB storage of a report file: strict reads, atomic writes and transactions.

Nothing here imports TinyDB: :class:`AtomicJSONStorage` has the three methods TinyDB calls on its
storage (``read``, ``write``, ``close``) without deriving from ``tinydb.storages.Storage``, so the
commands that only read a report (``check``, ``status``, ``export``) never import TinyDB (≈ 7.5 M
instructions a run; docs/performance.md, "perf57"). A ``TinyDB`` is made where a store takes a
snapshot (``Reader._snapshot``)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from lkj_tui.storage.jsonfile import (
    MAX_FILE_BYTES,
    FileSig,
    Pieces,
    Tables,
    encode_tables,
    parse_tables,
    too_big_error,
)


def read(path: Path) -> tuple[bytes, FileSig] | None:
    from lkj_tui.storage import atomic  # looked up at each call: tests and the crash suite swap it

    return atomic.read_file(path)


def write(path: Path, data: bytes | Pieces) -> None:
    """Write ``data`` (its bytes, or them in pieces) atomically. A report too big to be read back
    (above ``MAX_FILE_BYTES``) is refused before anything is written: the store never writes a file
    it would then refuse."""
    size = len(data) if isinstance(data, bytes) else sum(map(len, data))
    if size > MAX_FILE_BYTES:
        raise too_big_error(path, size, writing=True)
    from lkj_tui.storage import atomic  # looked up at each call: tests and the crash suite swap it

    atomic.atomic_write_bytes(path, data)


class AtomicJSONStorage:
    """TinyDB storage (the interface of ``tinydb.storages.Storage``): strict reads, atomic writes, and transactions.

    Between :meth:`begin` and :meth:`commit` TinyDB reads and writes an in-memory copy (the very
    objects, not copies: callers must not mutate documents they read) and ``commit`` writes the file
    once. Outside a transaction every write first re-reads the file, so a file this storage cannot read
    is never written over.
    """

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        #: Identity of the file version last read (None when it did not exist).
        self.signature: FileSig | None = None
        self._memory: Tables | None = None
        self._in_transaction = False
        self._dirty = False

    def _load(self) -> Tables | None:
        raw = read(self.path)
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
        write(self.path, encode_tables(data, self.path))

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
                write(self.path, encode_tables(self._memory, self.path))
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
