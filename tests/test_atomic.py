"""atomic_write_bytes and AtomicJSONStorage: strict reads, one write per transaction, no partial files."""

from __future__ import annotations

import errno
import json
import os
import signal
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tinydb import TinyDB

from lkj_tui.storage import atomic
from lkj_tui.storage.atomic import AtomicJSONStorage, atomic_write_bytes, parse_tables
from lkj_tui.storage.errors import StoreError

ROOT = Path(__file__).resolve().parent.parent
GOOD = b'{"meta": {"1": {"schema": 1}}, "nodes": {}}'

# Each bad file, the error code it must be refused with, and a word the message must contain.
BAD_FILES = {
    "empty": (b"", "empty", "kosong"),
    "whitespace": (b"  \n\t \r\n", "whitespace", "spasi"),
    "null": (b"null", "not-object", "null"),
    "array": (b"[]", "not-object", "array"),
    "string": (b'"x"', "not-object", "string"),
    "truncated": (GOOD[:-7], "truncated", "terpotong"),
    "truncated-string": (b'{"meta": {"1": {"na', "truncated", "terpotong"),
    "trailing": (GOOD + b' {"x": {}}', "trailing-data", "tambahan"),
    "two-objects": (GOOD + GOOD, "trailing-data", "tambahan"),
    "bom": (b"\xef\xbb\xbf" + GOOD, "bom", "BOM"),
    "nul": (GOOD[:10] + b"\0" + GOOD[10:], "nul", "NUL"),
    "nul-padding": (b"\0" * 4096, "nul", "NUL"),
    "invalid-utf8": (b'{"meta": {"1": {"n": "\xff\xfe"}}}', "encoding", "UTF-8"),
    "nan": (b'{"meta": {"1": {"x": NaN}}}', "non-finite", "NaN"),
    "infinity": (b'{"meta": {"1": {"x": -Infinity}}}', "non-finite", "Infinity"),
    "overflow": (b'{"meta": {"1": {"x": 1e999}}}', "non-finite", "1e999"),
    "not-json": (b"meta = 1", "invalid-json", "JSON"),
    "single-quotes": (b"{'meta': {}}", "invalid-json", "JSON"),
    "deep": (b"[" * 100_000 + b"]" * 100_000, "invalid-json", "JSON"),
    "table-list": (b'{"meta": []}', "bad-table", "meta"),
    "doc-string": (b'{"meta": {"1": "x"}}', "bad-table", "meta"),
    "doc-id": (b'{"meta": {"one": {}}}', "bad-table", "one"),
    "doc-id-padded": (b'{"meta": {"01": {}}}', "bad-table", "01"),
}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_bad_file_refused_and_never_written(
    tmp_path: Path, name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    data, code, word = BAD_FILES[name]
    path = tmp_path / "r.json"
    path.write_bytes(data)
    with pytest.raises(StoreError) as info:
        parse_tables(data, path)
    err = info.value
    assert err.code == code
    assert str(path) in err.message and str(path) in err.message_en and str(err) == err.message
    assert word.lower() in err.message.lower()
    # Through TinyDB: a read fails, and so does a write (which must re-read first).
    writes: list[Path] = []
    monkeypatch.setattr(atomic, "atomic_write_bytes", lambda p, d: writes.append(p))
    db = TinyDB(path, storage=AtomicJSONStorage)
    with pytest.raises(StoreError):
        db.table("meta").all()
    with pytest.raises(StoreError):
        db.table("meta").insert({"schema": 1})
    with pytest.raises(StoreError):
        db.drop_tables()  # TinyDB writes {} here without reading
    with pytest.raises(StoreError):
        db.storage.begin()
    assert path.read_bytes() == data and writes == []


def test_good_file_parses(tmp_path: Path) -> None:
    assert parse_tables(GOOD + b"\n  ", tmp_path / "x") == {
        "meta": {"1": {"schema": 1}},
        "nodes": {},
    }


def test_write_replaces_atomically(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "r.json"
    path.write_bytes(b"old")
    path.chmod(0o640)
    inode = path.stat().st_ino
    synced: list[str] = []
    real_fsync = os.fsync

    def fsync(fd: int) -> None:
        synced.append("dir" if stat.S_ISDIR(os.fstat(fd).st_mode) else "file")
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    atomic_write_bytes(path, b"new contents")
    assert synced == ["file", "dir"]  # the data, then the folder holding the rename
    assert path.read_bytes() == b"new contents"
    assert path.stat().st_ino != inode  # a new file replaced the old one
    # the owner's permissions kept, the group's cut to what a new file gets (private: none)
    assert path.stat().st_mode & 0o777 == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.json"]
    path.chmod(0o640)
    atomic_write_bytes(path, b"shared", mode=0o666)  # an export's mode: the group's read kept
    assert path.stat().st_mode & 0o777 == 0o640


@pytest.mark.parametrize("err", [errno.EIO, errno.ENOSPC])
def test_folder_fsync_failure_says_the_new_version_is_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, err: int
) -> None:
    path = tmp_path / "r.json"
    path.write_bytes(b"original")
    real_fsync = os.fsync

    def fsync(fd: int) -> None:
        if stat.S_ISDIR(os.fstat(fd).st_mode):  # only the folder: the file's own fsync works
            raise OSError(err, os.strerror(err))
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    with pytest.raises(StoreError) as info:
        atomic_write_bytes(path, b"new contents")
    monkeypatch.undo()
    e = info.value
    assert e.code == "fsync-dir" and str(path) in e.message and str(path) in e.message_en
    assert "sudah ditulis" in e.message and "listrik padam" in e.message
    assert "was written" in e.message_en and "power cut" in e.message_en
    assert "unchanged" not in e.message_en and "tidak berubah" not in e.message
    assert path.read_bytes() == b"new contents"  # the replace happened
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.json"]


def test_store_save_with_failing_folder_fsync_is_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from lkj_tui.bundled import load_bundled_report
    from lkj_tui.storage.store import Store

    store = Store(tmp_path / "s")
    report = load_bundled_report()
    store.import_report(report)
    rid = report.meta.id
    real_fsync = os.fsync

    def fsync(fd: int) -> None:
        if stat.S_ISDIR(os.fstat(fd).st_mode):
            raise OSError(errno.EIO, os.strerror(errno.EIO))
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    meta = report.meta
    with pytest.raises(StoreError) as info:
        store.save_meta(rid, meta, expected_revision=1)
    monkeypatch.undo()
    assert info.value.code == "fsync-dir"
    assert store.revision(rid) == 2  # the save is on disk; the error only warns about durability


@pytest.mark.parametrize(
    ("target", "err", "code"),
    [
        ("write", errno.ENOSPC, "disk-full"),
        ("write", errno.EFBIG, "disk-full"),
        ("fsync", errno.EIO, "os-error"),
        ("replace", errno.ENOSPC, "disk-full"),
        ("open", errno.EACCES, "read-only"),
        ("open", errno.EROFS, "read-only"),
    ],
)
def test_os_failure_leaves_original(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, target: str, err: int, code: str
) -> None:
    path = tmp_path / "r.json"
    path.write_bytes(b"original")
    real = getattr(os, target)

    def failing(*args: object, **kwargs: object) -> object:
        if target == "open" and not str(args[0]).endswith(".tmp"):
            return real(*args, **kwargs)
        raise OSError(err, os.strerror(err))

    monkeypatch.setattr(os, target, failing)
    with pytest.raises(StoreError) as info:
        atomic_write_bytes(path, b"x" * 100_000)
    monkeypatch.undo()
    assert info.value.code == code and str(path) in info.value.message
    assert "tidak berubah" in info.value.message and "unchanged" in info.value.message_en
    assert path.read_bytes() == b"original"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.json"]


@pytest.mark.parametrize("step", ["temp-created", "half-written", "fsynced", "replaced"])
def test_interrupted_write_removes_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, step: str
) -> None:
    path = tmp_path / "r.json"
    path.write_bytes(b"old")

    def hook(name: str) -> None:
        if name == step:
            raise KeyboardInterrupt

    monkeypatch.setattr(atomic, "crash_hook", hook)
    with pytest.raises(KeyboardInterrupt):  # not wrapped: only OSErrors become StoreErrors
        atomic_write_bytes(path, b"new")
    assert path.read_bytes() == (b"new" if step == "replaced" else b"old")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.json"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.binary(max_size=40), max_size=8), st.sampled_from([bytes, memoryview]))
def test_pieces_are_written_as_their_joined_bytes(pieces: list[bytes], kind: type) -> None:
    """The pieces of a big file (``jsonfile.encode_pieces``) are written one after the other: the
    file holds their joined bytes, and at the "half-written" step the temp file holds exactly the
    first half of them, as it does when the joined bytes are written (crash points unchanged)."""
    import tempfile

    joined = b"".join(pieces)
    with tempfile.TemporaryDirectory() as folder:
        for data in (joined, [kind(p) for p in pieces]):
            path = Path(folder) / "r.json"
            seen: list[bytes] = []

            def hook(name: str) -> None:
                if name == "half-written":
                    (temp,) = [p for p in Path(folder).iterdir() if p.name.endswith(".tmp")]
                    seen.append(temp.read_bytes())  # noqa: B023

            atomic.crash_hook = hook
            try:
                atomic_write_bytes(path, data)
            finally:
                atomic.crash_hook = None
            assert path.read_bytes() == joined and seen == [joined[: len(joined) // 2]]
            assert sorted(p.name for p in Path(folder).iterdir()) == ["r.json"]


_KILL_AT = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    from lkj_tui.storage import atomic
    step = sys.argv[2]
    atomic.crash_hook = lambda n: os.kill(os.getpid(), signal.SIGKILL) if n == step else None
    atomic.atomic_write_bytes(Path(sys.argv[1]), b'{"new": {}}' + b" " * 200_000)
    """
)


@pytest.mark.parametrize("step", ["temp-created", "half-written", "fsynced", "replaced"])
def test_sigkill_at_each_step_gives_old_or_new(tmp_path: Path, step: str) -> None:
    path = tmp_path / "r.json"
    path.write_bytes(b'{"old": {}}')
    proc = subprocess.run([sys.executable, "-c", _KILL_AT, str(path), step], cwd=ROOT)
    assert proc.returncode == -signal.SIGKILL
    tables = parse_tables(path.read_bytes(), path)
    assert tables == ({"new": {}} if step == "replaced" else {"old": {}})
    leftovers = [p.name for p in tmp_path.iterdir() if p.name != "r.json"]
    assert all(atomic.temp_target(n) == "r.json" for n in leftovers)  # only our own temp names


def test_transaction_writes_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "r.json"
    path.write_bytes(GOOD)
    writes: list[bytes] = []
    real = atomic.atomic_write_bytes
    monkeypatch.setattr(atomic, "atomic_write_bytes", lambda p, d: (writes.append(d), real(p, d)))
    db = TinyDB(path, storage=AtomicJSONStorage)
    storage = db.storage
    with storage.transaction():
        for i in range(20):
            db.table("nodes").insert({"i": i})
        db.table("meta").update({"schema": 1, "revision": 2}, doc_ids=[1])
        assert len(db.table("nodes")) == 20 and writes == []
        assert json.loads(path.read_bytes()) == json.loads(GOOD)  # nothing on disk yet
    assert len(writes) == 1
    assert len(json.loads(path.read_bytes())["nodes"]) == 20
    storage.begin()
    db.table("nodes").truncate()
    storage.abort()  # discarded
    with storage.transaction():
        db.table("nodes").all()  # a read-only transaction writes nothing
    assert len(writes) == 1 and len(db.table("nodes")) == 20


def test_text_round_trips(tmp_path: Path) -> None:
    path = tmp_path / "r.json"
    texts = [
        "Capaian 88,51 %",
        "\0\x1b[2J\u202e",
        "emoji 🇮🇩 e\u0301",
        "lone \ud800 surrogate",
        "[/]",
    ]
    db = TinyDB(path, storage=AtomicJSONStorage)
    db.table("t").insert_multiple({"s": t} for t in texts)
    raw = path.read_bytes()
    assert b"\0" not in raw and b"\x1b" not in raw and b"NaN" not in raw
    assert [d["s"] for d in TinyDB(path, storage=AtomicJSONStorage).table("t").all()] == texts


def test_unserializable_refused(tmp_path: Path) -> None:
    path = tmp_path / "r.json"
    path.write_bytes(GOOD)
    db = TinyDB(path, storage=AtomicJSONStorage)
    for bad in (float("nan"), float("inf"), object()):
        with pytest.raises(StoreError) as info:
            db.table("t").insert({"x": bad})
        assert info.value.code == "unserializable"
    assert path.read_bytes() == GOOD
