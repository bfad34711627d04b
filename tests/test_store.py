"""The Store: round trips, one write per edit, refusal of bad files, conflicts, locks, crashes,
full disks, generations and restore. Set LKJ_TUI_STRESS=1 for the longer concurrency/crash runs."""

from __future__ import annotations

import errno
import json
import os
import random
import re
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from typing import Any

import pytest
from filelock import FileLock
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lkj_tui.core.model import SCHEMA_VERSION, Report
from lkj_tui.storage import atomic
from lkj_tui.storage.errors import ConflictError, LockTimeoutError, NotFoundError, StoreError
from lkj_tui.storage.paths import ID_RE, is_report_id
from lkj_tui.storage.store import Store, replace_meta, resolve_store_path

ROOT = Path(__file__).resolve().parent.parent
STRESS = os.environ.get("LKJ_TUI_STRESS") == "1"
RID = "demo-2023"


def make_report(
    report_id: str = RID, tahun: int = 2023, instansi: str = "Setda", n: int = 3
) -> Report:
    iku = [
        {
            "kind": "iku",
            "code": f"IKU {i + 1}",
            "name": f"Indikator {i + 1}",
            "info": {"n": "0"},
            "measure": {"satuan": "Nilai", "target": "3,22", "realisasi": "2,85"},
            "permasalahan": ["Data terlambat"],
            "children": [
                {
                    "kind": "kegiatan",
                    "name": f"Kegiatan {i + 1}",
                    "children": [
                        {
                            "kind": "indikator_kegiatan",
                            "name": "Indeks",
                            "measure": {"target": "99%", "realisasi": "98%"},
                        }
                    ],
                }
            ],
        }
        for i in range(n)
    ]
    return Report.from_document(
        {
            "schema": 1,
            "report": {
                "id": report_id,
                "instansi": instansi,
                "tahun": tahun,
                "periode": [2021, 2026],
            },
            "nodes": [
                {
                    "kind": "tujuan",
                    "code": "T1",
                    "name": "Tujuan",
                    "children": [
                        {"kind": "sasaran", "code": "S1", "name": "Sasaran", "children": iku}
                    ],
                }
            ],
        }
    )


def iku_id(report: Report, index: int = 0) -> str:
    return [n for n in report.walk() if n.kind == "iku"][index].id


def bump(node_id: str) -> Any:
    def change(report: Report) -> None:
        node = report.node(node_id)
        info = {**node.info, "n": str(int(node.info["n"]) + 1)}
        report.replace_node(node.with_changes(info=info))

    return change


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store(tmp_path / "store", seed=make_report())


def files(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


# --------------------------------------------------------------------------- basics


def test_round_trip(store: Store) -> None:
    loaded = store.load(RID)
    assert loaded.revision == 1
    assert loaded.report.to_document() == make_report().to_document()
    node = loaded.report.node(iku_id(loaded.report))
    edited = node.with_changes(name="Nilai LPPD ✓ 88,51 %", code="IKU 9")
    assert store.save_node(RID, edited, expected_revision=1) == 2
    again = store.load(RID)
    assert again.revision == 2 and again.report.node(node.id) == edited
    expected = make_report()
    expected.replace_node(edited)
    assert again.report.to_document() == expected.to_document()
    assert Store(store.root).load(RID).report.to_document() == expected.to_document()


def test_layout(store: Store) -> None:
    store.save_node(RID, store.load(RID).report.roots()[0], expected_revision=1)
    assert files(store.root) == [
        ".generations",
        f".generations/{RID}",
        f".generations/{RID}/1.json",
        f"{RID}.json",
        f"{RID}.json.lock",
    ]
    raw = json.loads(store.path_for(RID).read_text(encoding="utf-8"))
    assert set(raw) == {"meta", "nodes"} and len(raw["meta"]) == 1
    assert raw["meta"]["1"]["schema"] == 1 and raw["meta"]["1"]["revision"] == 2
    assert len(raw["nodes"]) == len(make_report())


def test_one_write_per_update_and_untouched_records_kept(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = store.path_for(RID)
    before = json.loads(path.read_bytes())["nodes"]
    writes: list[Path] = []
    real = atomic.atomic_write_bytes
    monkeypatch.setattr(atomic, "atomic_write_bytes", lambda p, d: (writes.append(p), real(p, d)))
    report = store.load(RID).report
    nid = iku_id(report)
    inode = path.stat().st_ino
    store.update(RID, bump(nid), expected_revision=1)
    assert writes == [path] and path.stat().st_ino != inode
    after = json.loads(path.read_bytes())["nodes"]
    changed = [k for k in before if before[k] != after[k]]
    assert len(changed) == 1 and after[changed[0]]["id"] == nid and after.keys() == before.keys()
    replace_meta(report, instansi="Sekretariat Daerah")
    assert store.save_meta(RID, report.meta, expected_revision=2) == 3
    assert writes == [path, path] and store.load(RID).report.meta.instansi == "Sekretariat Daerah"
    # A failing change writes nothing.
    with pytest.raises(ZeroDivisionError):
        store.update(RID, lambda r: 1 / 0)
    with pytest.raises(StoreError) as info:
        store.save_node(RID, report.node(nid).with_changes(id="nope"), expected_revision=3)
    assert info.value.code == "node-not-found"
    with pytest.raises(StoreError) as info:
        store.save_node(RID, report.node(nid).with_changes(name=None), expected_revision=3)
    assert info.value.code == "invalid-change"
    assert writes == [path, path] and store.revision(RID) == 3


def test_list_latest_and_not_found(tmp_path: Path) -> None:
    store = Store(tmp_path)
    with pytest.raises(NotFoundError):
        store.latest_report_id()
    for rid, tahun, instansi in [
        ("b-2022", 2022, "B"),
        ("z-2023", 2023, "Z"),
        ("a-2023", 2023, "A"),
    ]:
        store.import_report(make_report(rid, tahun, instansi))
    assert [i.id for i in store.list_reports()] == ["a-2023", "z-2023", "b-2022"]
    assert store.latest_report_id() == "a-2023"
    info = store.list_reports()[0]
    assert (info.instansi, info.tahun, info.revision, info.path) == (
        "A",
        2023,
        1,
        tmp_path / "a-2023.json",
    )
    with pytest.raises(NotFoundError) as nf:
        store.load("c-2024")
    assert nf.value.available == ["a-2023", "b-2022", "z-2023"] and "b-2022" in nf.value.message
    with pytest.raises(StoreError) as exists:
        store.import_report(make_report("a-2023", 2023, "A2"))
    assert exists.value.code == "exists"
    assert store.import_report(make_report("a-2023", 2023, "A2"), overwrite=True).revision == 2
    (tmp_path / "b-2022.json").write_bytes(b"")
    with pytest.raises(StoreError) as broken:
        store.list_reports()
    assert broken.value.code == "empty" and "b-2022.json" in broken.value.message
    infos, errors = store.list_reports(skip_broken=True)
    assert [i.id for i in infos] == ["a-2023", "z-2023"] and [e.code for e in errors] == ["empty"]


def test_seed_only_into_an_empty_folder(tmp_path: Path) -> None:
    calls: list[int] = []

    def seed() -> Report:
        calls.append(1)
        return make_report()

    Store(tmp_path, seed=seed)
    store = Store(tmp_path, seed=seed)
    assert calls == [1] and store.revision(RID) == 1
    store.save_node(RID, store.load(RID).report.roots()[0], expected_revision=1)
    assert Store(tmp_path, seed=make_report()).revision(RID) == 2  # never re-imported


@pytest.mark.parametrize(
    "bad", ["", "A-2023", "../x", "x/y", ".hidden", "-x", "a b", "é", "x" * 82, "x\n", "con\0"]
)
def test_report_ids_validated(store: Store, bad: str) -> None:
    with pytest.raises(StoreError) as info:
        store.load(bad)
    assert info.value.code == "bad-id" and "tidak sah" in info.value.message
    with pytest.raises(StoreError):
        store.import_report(make_report(bad))


def test_resolve_store_path(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("LKJ_TUI_STORE", str(tmp_path / "env"))
    assert resolve_store_path(tmp_path / "cli") == tmp_path / "cli"
    assert resolve_store_path(None) == tmp_path / "env"
    monkeypatch.delenv("LKJ_TUI_STORE")
    assert resolve_store_path(None).parts[-2:] == ("lkj-tui", "store")


# --------------------------------------------------------------------------- bad files


def test_a_save_from_the_kept_version_writes_what_a_full_read_writes(tmp_path: Path) -> None:
    """A Store saves from the version it wrote last (no parse, no check) while the file holds
    exactly those bytes: each save must write the same bytes as a fresh Store, which reads and
    checks the file first — for field edits, meta edits and changes of the tree's shape."""
    from lkj_tui.core import edits
    from lkj_tui.storage.jsonfile import encode_tables, parse_tables

    warm = Store(tmp_path / "warm", seed=make_report())
    cold_root = tmp_path / "cold"
    Store(cold_root, seed=make_report())
    report = warm.load(RID).report
    first, second = iku_id(report), iku_id(report, 1)
    kegiatan = report.children(second)[0]
    steps: list[Any] = [
        bump(first),
        bump(first),
        bump(second),
        lambda r: replace_meta(r, instansi="Sekretariat Daerah ✓"),
        lambda r: edits.apply(r, edits.move(r, kegiatan.id, first)),
        lambda r: edits.apply(r, edits.delete(r, kegiatan.id)),
        bump(first),
    ]
    for step in steps:
        written = warm.update(RID, step)
        Store(cold_root).update(RID, step)
        data = warm.path_for(RID).read_bytes()
        assert data == (cold_root / f"{RID}.json").read_bytes()
        assert data == encode_tables(parse_tables(data, Path("x")), Path("x"))
        assert Store(warm.root).load(RID).report.to_document() == written.report.to_document()


@pytest.mark.parametrize("nodes", [3, 0])
def test_a_new_file_is_what_tinydb_writes(tmp_path: Path, nodes: int) -> None:
    """A whole new file (import, restore, new) is encoded from its tables directly: the bytes
    TinyDB writes when the meta document and every record are inserted into empty tables."""
    from tinydb import TinyDB

    from lkj_tui.storage.records import fresh_file, serialise
    from lkj_tui.storage.tinystorage import AtomicJSONStorage

    report = make_report(n=nodes)
    if nodes == 0:
        report = Report(report.meta, [])
    path = tmp_path / f"{RID}.json"
    meta, records = serialise(report, path)
    extra = {"conflicts": [{"node": "x"}]}  # (a restore keeps the meta document's unknown fields)
    db = TinyDB(path, storage=AtomicJSONStorage)
    storage = db.storage
    storage.begin(fresh=True)  # type: ignore[attr-defined]
    db.table("meta").insert({"schema": SCHEMA_VERSION, "revision": 4, "report": meta, **extra})
    db.table("nodes").insert_multiple(records)
    storage.commit()  # type: ignore[attr-defined]
    db.close()
    assert b"".join(fresh_file(meta, records, 4, extra, path)) == path.read_bytes()
    assert Store(tmp_path).load(RID).revision == 4


def test_the_kept_version_is_not_trusted_once_the_file_changed(store: Store) -> None:
    """Another writer's save, or a bad file put in place, is seen by the next save of a Store
    that kept its own last version: the other's change is kept, a bad file is refused."""
    nid = iku_id(store.load(RID).report)
    store.update(RID, bump(nid))
    other = Store(store.root)
    other.update(RID, bump(nid))
    loaded = store.update(RID, bump(nid))
    assert loaded.revision == 4 and loaded.report.node(nid).info["n"] == "3"
    with pytest.raises(ConflictError):
        store.update(RID, bump(nid), expected_revision=3)
    loaded.report.replace_node(loaded.report.node(nid).with_changes(name="only in memory"))
    path = store.path_for(RID)
    bad = _node_field(path)
    path.write_bytes(bad)
    with pytest.raises(StoreError) as info:
        store.update(RID, bump(nid))
    assert info.value.code == "bad-field" and path.read_bytes() == bad
    store.restore(RID)
    assert store.load(RID).report.node(nid).name != "only in memory"


def test_the_newest_report_is_read_once_by_a_listing_then_load(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``status`` and the TUI find the newest report (a listing reads every file in full) and then
    load it: the load takes the listing's read while the file is unchanged, and only then."""
    store.import_report(make_report("older-2022", tahun=2022))
    path = store.path_for(RID)
    reads: list[Path] = []
    real = atomic.read_file
    monkeypatch.setattr(atomic, "read_file", lambda p: (reads.append(p), real(p))[1])
    fresh = Store(store.root)
    assert fresh.latest_report_id() == RID and sorted(reads) == sorted(
        [path, store.path_for("older-2022")]
    )
    loaded = fresh.load(RID)
    assert reads.count(path) == 1 and loaded.report.to_document() == make_report().to_document()
    loaded.report.replace_node(loaded.report.roots()[0].with_changes(name="edited in memory"))
    assert fresh.load(RID).report.roots()[0].name == "Tujuan" and reads.count(path) == 2
    fresh.latest_report_id()
    nid = iku_id(store.load(RID).report)
    store.update(RID, bump(nid))  # the file changes between the listing and the load
    assert fresh.load(RID).report.node(nid).info["n"] == "1"


def _meta_doc(path: Path, **changes: Any) -> bytes:
    raw = json.loads(path.read_bytes())
    raw["meta"]["1"].update(changes)
    return json.dumps(raw).encode()


def _node_field(path: Path) -> bytes:
    raw = json.loads(path.read_bytes())
    next(iter(raw["nodes"].values()))["name"] = 42
    return json.dumps(raw).encode()


BAD = {
    "zero-bytes": (lambda p: b"", "empty"),
    "whitespace": (lambda p: b" \n\n ", "whitespace"),
    "null": (lambda p: b"null", "not-object"),
    "list": (lambda p: b"[]", "not-object"),
    "truncated": (lambda p: p.read_bytes()[: len(p.read_bytes()) // 2], "truncated"),
    "trailing": (lambda p: p.read_bytes() + b"{}", "trailing-data"),
    "bom": (lambda p: b"\xef\xbb\xbf" + p.read_bytes(), "bom"),
    "nul": (lambda p: p.read_bytes().replace(b'"schema"', b'"sch\0ema"'), "nul"),
    "nan": (lambda p: p.read_bytes().replace(b'"revision": 1', b'"revision": NaN'), "non-finite"),
    "schema": (lambda p: _meta_doc(p, schema=99), "schema"),
    "schema-missing": (lambda p: _meta_doc(p, schema=None), "schema"),
    "revision-type": (lambda p: _meta_doc(p, revision="1"), "bad-field"),
    "tahun-type": (
        lambda p: _meta_doc(p, report={"id": RID, "instansi": "x", "tahun": "2023"}),
        "bad-field",
    ),
    "node-type": (_node_field, "bad-field"),
    "id-mismatch": (
        lambda p: _meta_doc(p, report={"id": "other", "instansi": "x", "tahun": 1}),
        "id-mismatch",
    ),
    "no-meta": (lambda p: b'{"nodes": {}}', "missing-meta"),
    "empty-object": (lambda p: b"{}", "missing-meta"),
}


@pytest.mark.parametrize("name", sorted(BAD))
def test_bad_file_refused_bytes_unchanged(
    store: Store, name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = store.path_for(RID)
    nid = iku_id(store.load(RID).report)
    make, code = BAD[name]
    data = make(path)
    path.write_bytes(data)
    writes: list[Path] = []
    monkeypatch.setattr(atomic, "atomic_write_bytes", lambda p, d: writes.append(p))
    operations = {
        "load": lambda: store.load(RID),
        "revision": lambda: Store(store.root).revision(RID),
        "list": lambda: Store(store.root).list_reports(),
        "latest": lambda: Store(store.root).latest_report_id(),
        "update": lambda: store.update(RID, bump(nid)),
        "import": lambda: store.import_report(make_report()),  # exists: not overwritten
    }
    if name == "node-type":  # revision() reads the meta only: it is the TUI's cheap poll
        assert operations.pop("revision")() == 1
    for op, call in operations.items():
        with pytest.raises(StoreError) as info:
            call()
        err = info.value
        assert str(path) in err.message and str(path) in err.message_en, op
        if op != "import":
            assert err.code == code, (op, err.message)
            assert "lkj-tui restore" in err.message and "tidak diubah" in err.message, err.message
    assert path.read_bytes() == data and writes == []
    assert Store(store.root, seed=make_report()).list_reports(skip_broken=True)[1][0].code == code
    assert path.read_bytes() == data and writes == []


def test_newer_schema_says_upgrade(store: Store) -> None:
    path = store.path_for(RID)
    path.write_bytes(_meta_doc(path, schema=2))
    with pytest.raises(StoreError) as info:
        store.load(RID)
    assert info.value.code == "schema" and "lebih baru" in info.value.message


#: A save killed after its temp file was written in full and fsynced, before it replaced the report.
_CRASHED_SAVE = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    from lkj_tui.storage import atomic
    from lkj_tui.storage.store import Store

    store, rid = Store(Path(sys.argv[1])), sys.argv[2]
    loaded = store.load(rid)
    node = next(n for n in loaded.report.walk() if n.kind == "iku")
    atomic.crash_hook = lambda step: os.kill(os.getpid(), signal.SIGKILL) if step == "fsynced" else None
    store.save_node(rid, node.with_changes(name="Tidak tersimpan"), expected_revision=loaded.revision)
    """
)


@pytest.mark.parametrize(
    "args",
    [("export", "-r", RID), ("check", "-r", RID, "--json"), ("status", "-r", RID), ("status",)],
)
def test_the_next_command_removes_a_crashed_saves_temps(
    store: Store, args: tuple[str, ...]
) -> None:
    """A command that reads a named report opens the store as every command does: it shows the
    last saved version and removes a crashed save's temp files, the report as saved
    (docs/architecture.md, "Stale temp files")."""
    from tests.conftest import run_cli

    child = [sys.executable, "-c", _CRASHED_SAVE, str(store.root), RID]
    assert subprocess.run(child, cwd=ROOT).returncode == -signal.SIGKILL
    temps = [p for p in store.root.iterdir() if p.name.endswith(".tmp")]
    assert len(temps) == 1 and b"Tidak tersimpan" in temps[0].read_bytes()  # the whole new version
    kept = store.root / f".{RID}.json.00ff.tmp"  # as keep_generation names one (a hard link)
    os.link(store.path_for(RID), kept)
    saved = store.path_for(RID).read_bytes()

    done = run_cli(*args, store=store.root)
    assert done.returncode in (0, 1) and done.stderr == "", done.stderr
    assert "Tidak tersimpan" not in done.stdout and done.stdout.strip()
    assert not [p for p in store.root.rglob("*.tmp")]
    assert store.path_for(RID).read_bytes() == saved and Store(store.root).revision(RID) == 1


def test_stale_temps_removed_on_open(store: Store) -> None:
    path = store.path_for(RID)
    stale = [
        store.root / f".{RID}.json.0123abcd.tmp",  # the report's next version
        store.root / f".{RID}.json.ab.tmp",  # a kept version's (generations._keep)
    ]
    for p in stale:
        p.write_bytes(b'{"half')
    other = store.root / "notes.tmp"
    other.write_bytes(b"x")
    busy = store.root / ".busy-2023.json.00ff.tmp"
    busy.write_bytes(b"{")
    linked = store.root / f".{RID}.json.cd.tmp"  # a link named like a temp: not ours to remove
    linked.symlink_to(path)
    with FileLock(str(store.root / "busy-2023.json.lock")):  # a save in progress elsewhere
        Store(store.root)
    assert not any(p.exists() for p in stale) and other.exists() and busy.exists()
    assert linked.is_symlink() and store.load(RID).revision == 1 and path.exists()
    Store(store.root)
    assert not busy.exists()


def test_an_older_versions_kept_temp_is_removed_by_the_next_save(store: Store) -> None:
    """An older lkj-tui made a kept version's temp in the generations folder; opening the store
    lists the store folder only, so the report's next save (under its lock) removes it."""
    folder = store.root / ".generations" / RID
    folder.mkdir(parents=True)
    old = folder / ".3.json.ab.tmp"
    old.write_bytes(b'{"half')
    Store(store.root)
    assert old.exists()  # (the generations folders are not listed when the store opens)
    store.update(RID, lambda r: None, expected_revision=1)
    assert not old.exists() and [g.revision for g in store.generations(RID)] == [1]


@pytest.mark.parametrize(
    ("args", "deleted"),
    [(("restore", "--list"), False), (("restore", "--list", RID), False), (("restore", RID), True)],
)
def test_an_older_versions_kept_temp_goes_when_the_kept_versions_are_listed(
    store: Store, args: tuple[str, ...], deleted: bool
) -> None:
    """A report that is never saved again keeps an older lkj-tui's temp in its generations folder
    until a command lists that folder: ``restore --list`` (every report's, or one's), ``restore``
    (also of a report whose file is gone), as a save does. Only while the report's lock is free: a
    save in progress keeps its temp. Opening the store (``status``) still lists no such folder."""
    from tests.conftest import run_cli

    store.update(RID, lambda r: None, expected_revision=1)  # revision 1 kept
    folder = store.root / ".generations" / RID
    old = folder / ".3.json.ab.tmp"
    old.write_bytes(b'{"half')
    linked = folder / ".4.json.cd.tmp"  # a link named like a temp: neither followed nor removed
    linked.symlink_to(store.path_for(RID))
    if deleted:
        store.path_for(RID).unlink()

    if deleted:  # an emptied store's status lists the kept versions to offer restore (cli69):
        with FileLock(str(store.root / f"{RID}.json.lock")):  # as any listing, not under a save
            shown = run_cli("status", store=store.root)
        assert shown.returncode in (0, 1) and f"restore {RID}" in shown.stdout + shown.stderr
    else:
        assert run_cli("status", store=store.root).returncode in (0, 1)
    assert old.exists()  # (opening the store lists no generations folder)
    with FileLock(str(store.root / f"{RID}.json.lock")):  # a save in progress elsewhere
        busy = run_cli("restore", "--list", store=store.root)
    assert busy.returncode == 0 and "demo-2023" in busy.stdout and old.exists(), busy.stderr

    done = run_cli(*args, store=store.root)
    assert done.returncode == 0, done.stderr
    assert not old.exists() and linked.is_symlink() and store.path_for(RID).exists()
    assert 1 in [g.revision for g in store.generations(RID)]


#: A save killed while it kept the current version: after its temp hard link was made, before it
#: was renamed into the generations folder.
_CRASHED_KEEP = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    from lkj_tui.storage.store import Store

    store, rid = Store(Path(sys.argv[1])), sys.argv[2]
    loaded = store.load(rid)
    node = next(n for n in loaded.report.walk() if n.kind == "iku")
    rename = os.replace
    def replace(src, dst):
        if ".generations" in str(dst):
            os.kill(os.getpid(), signal.SIGKILL)
        rename(src, dst)
    os.replace = replace
    store.save_node(rid, node.with_changes(name="Tidak tersimpan"), expected_revision=loaded.revision)
    """
)


def test_a_crashed_saves_kept_version_temp_is_in_the_store_folder(store: Store) -> None:
    """Every temp file a save makes is in the store folder, the kept version's too: opening the
    store lists that folder alone and still removes all a crashed save left (the generations
    folders are not listed: one per saved report)."""
    from tests.conftest import run_cli

    saved = store.path_for(RID).read_bytes()
    child = [sys.executable, "-c", _CRASHED_KEEP, str(store.root), RID]
    assert subprocess.run(child, cwd=ROOT).returncode == -signal.SIGKILL
    temps = list(store.root.rglob("*.tmp"))
    assert [p.parent for p in temps] == [store.root]  # beside the report, not in .generations
    assert temps[0].name.startswith(f".{RID}.json.") and temps[0].read_bytes() == saved
    assert os.path.samefile(temps[0], store.path_for(RID))  # a hard link of the report

    status = run_cli("status", store=store.root)
    assert status.returncode == 0 and "Tidak tersimpan" not in status.stdout, status.stderr
    assert not list(store.root.rglob("*.tmp"))
    assert store.path_for(RID).read_bytes() == saved and Store(store.root).revision(RID) == 1


# --------------------------------------------------------------------------- concurrency


def test_conflict_detected_and_other_change_intact(store: Store) -> None:
    loaded = store.load(RID)
    nid = iku_id(loaded.report)
    other = Store(store.root)
    other.update(RID, bump(nid), expected_revision=loaded.revision)
    assert store.revision(RID) == loaded.revision + 1  # the TUI's poll sees the outside change
    mine = loaded.report.node(nid).with_changes(name="mine")
    with pytest.raises(ConflictError) as info:
        store.save_node(RID, mine, expected_revision=loaded.revision)
    err = info.value
    assert (err.expected, err.actual, err.code) == (
        loaded.revision,
        loaded.revision + 1,
        "conflict",
    )
    assert str(store.path_for(RID)) in err.message and "proses lain" in err.message
    fresh = store.load(RID)
    assert fresh.report.node(nid).info["n"] == "1" and fresh.report.node(nid).name != "mine"


def test_lock_timeout(store: Store) -> None:
    store.lock_timeout = 0.2
    with FileLock(str(store.root / f"{RID}.json.lock")):
        with pytest.raises(LockTimeoutError) as info:
            store.update(RID, lambda r: None)
        assert store.load(RID).revision == 1  # readers never wait
    assert info.value.code == "lock-timeout"
    # the sentence first, naming the report and its store's folder, not a file (cli23)
    said = f"laporan {RID} di penyimpanan {store.root} sedang disimpan oleh proses lain"
    assert info.value.message.startswith(said), info.value.message
    said_en = f"another process is saving the report {RID} in the store {store.root}"
    assert info.value.message_en.startswith(said_en), info.value.message_en


@pytest.mark.parametrize(
    ("err", "said"),
    [
        (errno.EACCES, f"gagal mengunci laporan {RID}: folder {{root}} tidak dapat ditulisi"),
        (errno.EIO, f"gagal mengunci laporan {RID} di penyimpanan {{root}}: "),
        (errno.ENOLCK, f"gagal mengunci laporan {RID}: folder {{root}} tidak mendukung"),
    ],
)
def test_a_lock_that_cannot_be_taken_is_said_by_the_report_and_its_folder(
    store: Store, monkeypatch: pytest.MonkeyPatch, err: int, said: str
) -> None:
    """It began with the lock file's path ("…/x.json.lock: gagal mengunci laporan: …"), a name
    the user never types: now the sentence first, naming the report and the store's folder."""
    import filelock

    def refuse(self: object, *args: Any, **kwargs: Any) -> None:
        raise OSError(err, os.strerror(err))

    monkeypatch.setattr(filelock.FileLock, "acquire", refuse)
    with pytest.raises(StoreError) as info:
        store.update(RID, lambda r: None, expected_revision=1)
    assert info.value.message.startswith(said.format(root=store.root)), info.value.message
    assert ".lock" not in info.value.message and ".lock" not in info.value.message_en
    assert info.value.message_en.startswith(f"locking the report {RID}"), info.value.message_en


CHILD = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from lkj_tui.storage.store import Store
    mode, root, rid, nid, count = sys.argv[1:6]

    def change(report):
        node = report.node(nid)
        info = dict(node.info)
        info["n"] = str(int(info["n"]) + 1)
        if mode == "crash":  # alternate growing and shrinking the file
            info["pad"] = "x" * 300_000 if int(info["n"]) % 2 else ""
        report.replace_node(node.with_changes(info=info))

    store = Store(Path(root), lock_timeout=60)
    print("ready", flush=True)
    errors = 0
    for _ in range(int(count)):
        try:
            loaded = store.update(rid, change)
        except Exception as exc:
            errors += 1
            print("error", exc, file=sys.stderr, flush=True)
            continue
        print("ack", loaded.report.node(nid).info["n"], flush=True)
    print("errors", errors, flush=True)
    """
)


def _child(mode: str, store: Store, nid: str, count: int) -> subprocess.Popen[str]:
    args = [sys.executable, "-c", CHILD, mode, str(store.root), RID, nid, str(count)]
    return subprocess.Popen(args, cwd=ROOT, stdout=subprocess.PIPE, text=True)


def test_two_writers_lose_nothing(store: Store) -> None:
    per_writer = 500 if STRESS else 100
    nid = iku_id(store.load(RID).report)
    procs = [_child("count", store, nid, per_writer) for _ in range(2)]
    outs = [p.communicate(timeout=240)[0] for p in procs]
    assert [p.returncode for p in procs] == [0, 0]
    assert all(out.strip().endswith("errors 0") for out in outs)
    loaded = store.load(RID)
    assert loaded.report.node(nid).info["n"] == str(2 * per_writer)
    assert loaded.revision == 1 + 2 * per_writer


def test_sigkilled_writer_never_breaks_the_file(store: Store) -> None:
    kills = 100 if STRESS else 20
    rng = random.Random(20231)
    report = store.load(RID).report
    nid = iku_id(report)
    untouched = {n.id: n for n in report.walk() if n.id != nid}
    acked = 0
    for i in range(kills):
        proc = _child("crash", store, nid, 10_000)
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "ready"
        early: list[str] = []
        if i % 4 == 0:  # on a loaded machine 0,12 s may see no save: wait for one acknowledged
            early.append(proc.stdout.readline())
        time.sleep(rng.uniform(0.0, 0.12))
        proc.send_signal(signal.SIGKILL)
        out, _ = proc.communicate(timeout=30)
        # Only whole "ack N" lines count: the kill may cut the child's last line ("ack" alone
        # was seen on CI), and an ack not fully written was not acknowledged.
        lines = "".join([*early, out]).splitlines(keepends=True)
        acks = [int(m[1]) for line in lines if (m := re.fullmatch(r"ack (\d+)\n", line))]
        acked = max([acked, *acks])
        loaded = Store(store.root).load(RID)  # opens (and cleans) after every kill
        value = int(loaded.report.node(nid).info["n"])
        assert acked <= value <= acked + 1  # nothing acknowledged is lost
        acked = value
        assert {n.id: n for n in loaded.report.walk() if n.id != nid} == untouched
        assert not [p for p in store.root.rglob("*.tmp")]
    assert acked > 0


# --------------------------------------------------------------------------- failures during a save


@pytest.mark.parametrize(("err", "code"), [(errno.ENOSPC, "disk-full"), (errno.EROFS, "read-only")])
def test_failed_save_keeps_original(
    store: Store, monkeypatch: pytest.MonkeyPatch, err: int, code: str
) -> None:
    path = store.path_for(RID)
    before = path.read_bytes()
    nid = iku_id(store.load(RID).report)
    real_write = os.write

    def failing_write(fd: int, data: Any) -> int:
        raise OSError(err, os.strerror(err))

    monkeypatch.setattr(os, "write", failing_write)
    with pytest.raises(StoreError) as info:
        store.update(RID, bump(nid), expected_revision=1)
    monkeypatch.setattr(os, "write", real_write)
    assert info.value.code == code and str(path) in info.value.message
    assert "tidak berubah" in info.value.message
    assert path.read_bytes() == before and store.revision(RID) == 1
    assert not list(store.root.rglob("*.tmp"))
    assert store.update(RID, bump(nid), expected_revision=1).revision == 2  # works again afterwards


def test_read_only_folder(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    path = store.path_for(RID)
    before = path.read_bytes()
    real_open, real_link = os.open, os.link

    def deny(p: Any, *args: Any, **kwargs: Any) -> Any:
        if str(p).endswith(".tmp"):
            raise PermissionError(errno.EACCES, "Permission denied", str(p))
        return real_open(p, *args, **kwargs)

    def deny_link(*args: Any, **kwargs: Any) -> Any:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(os, "open", deny)
    monkeypatch.setattr(os, "link", deny_link)
    with pytest.raises(StoreError) as info:
        store.update(RID, lambda r: None, expected_revision=1)
    monkeypatch.setattr(os, "open", real_open)
    monkeypatch.setattr(os, "link", real_link)
    assert info.value.code == "read-only" and "--store" in info.value.message
    assert path.read_bytes() == before and store.revision(RID) == 1


FSIZE_CHILD = textwrap.dedent(
    """
    import resource, signal, sys
    from pathlib import Path
    from lkj_tui.storage.store import Store
    from lkj_tui.storage.errors import StoreError
    root, rid, nid = sys.argv[1:4]
    store = Store(Path(root))
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (50_000, 50_000))
    def grow(report):
        node = report.node(nid)
        report.replace_node(node.with_changes(info={**node.info, "pad": "x" * 100_000}))
    try:
        store.update(rid, grow)
    except StoreError as exc:
        print(exc.code)
        print(exc.message)
    """
)


def test_file_size_limit_in_child(store: Store) -> None:
    path = store.path_for(RID)
    before = path.read_bytes()
    nid = iku_id(store.load(RID).report)
    args = [sys.executable, "-c", FSIZE_CHILD, str(store.root), RID, nid]
    out = subprocess.run(args, cwd=ROOT, capture_output=True, text=True, timeout=60).stdout
    assert out.splitlines()[0] == "disk-full" and "disk penuh" in out and str(path) in out
    assert path.read_bytes() == before and not list(store.root.rglob("*.tmp"))


# --------------------------------------------------------------------------- generations and restore


def test_generations_kept_and_restored(store: Store) -> None:
    nid = iku_id(store.load(RID).report)
    for revision in range(1, 9):
        store.update(RID, bump(nid), expected_revision=revision)
    gens = store.generations(RID)
    assert [g.revision for g in gens] == [8, 7, 6, 5, 4]
    assert all(g.path.name == f"{g.revision}.json" and g.mtime > 0 for g in gens)
    for rev, path, _mtime in gens:  # each a complete, good file at its revision
        assert json.loads(path.read_bytes())["meta"]["1"]["revision"] == rev
    restored = store.restore(RID, 6)
    assert restored.revision == 10 and restored.report.node(nid).info["n"] == "5"
    assert store.load(RID).report.node(nid).info["n"] == "5"
    assert [g.revision for g in store.generations(RID)] == [9, 8, 7, 6, 5]
    with pytest.raises(StoreError) as info:
        store.restore(RID, 2)
    assert info.value.code == "no-generation"


def test_restore_after_a_refused_file(store: Store) -> None:
    path = store.path_for(RID)
    nid = iku_id(store.load(RID).report)
    store.update(RID, bump(nid), expected_revision=1)
    store.update(RID, bump(nid), expected_revision=2)
    path.write_bytes(b'{"meta": {"1": ')
    with pytest.raises(StoreError) as info:
        store.load(RID)
    assert "lkj-tui restore demo-2023" in info.value.message and "revisi 2" in info.value.message
    loaded = store.restore(RID)
    assert loaded.revision == 3 and loaded.report.node(nid).info["n"] == "1"
    assert store.load(RID).revision == 3
    refused = list((store.root / ".generations" / RID).glob("refused-*.json"))
    assert len(refused) == 1 and refused[0].read_bytes() == b'{"meta": {"1": '


def test_restore_from_seed_when_no_generation(tmp_path: Path) -> None:
    store = Store(tmp_path, seed=make_report)
    path = store.path_for(RID)
    path.write_bytes(b"")
    with pytest.raises(StoreError) as info:
        store.load(RID)
    assert "laporan bawaan" in info.value.message and "lkj-tui restore" in info.value.message
    assert store.restore(RID).revision == 1 and store.load(RID).report.to_document() == (
        make_report().to_document()
    )
    bare = Store(tmp_path / "bare")
    bare.import_report(make_report())
    bare.path_for(RID).write_bytes(b"")
    with pytest.raises(StoreError) as info:
        bare.load(RID)
    assert "Belum ada versi cadangan" in info.value.message
    with pytest.raises(StoreError):
        bare.restore(RID)


def test_revisions_stay_monotonic_after_reimport(store: Store) -> None:
    nid = iku_id(store.load(RID).report)
    for revision in range(1, 4):
        store.update(RID, bump(nid), expected_revision=revision)
    store.path_for(RID).unlink()
    assert store.import_report(make_report()).revision == 4  # above the kept generations 1..3
    store.update(RID, bump(nid), expected_revision=4)
    assert [g.revision for g in store.generations(RID)] == [4, 3, 2, 1]


_ANY_NAME = st.text(
    st.characters(blacklist_characters="/\0", blacklist_categories=("Cs",)), max_size=20
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    names=st.lists(
        st.one_of(
            st.from_regex(ID_RE, fullmatch=True).map(lambda s: s[:40]),
            _ANY_NAME,
            st.sampled_from([".json", "..json", ".hidden.json", "a..json", "x.json.json"]),
        ).flatmap(lambda stem: st.sampled_from([stem, f"{stem}.json", f"{stem}.json.lock"])),
        max_size=8,
    )
)
def test_the_listing_names_files_as_paths_did(names: list[str]) -> None:
    """The listing works on the folder's names, not a ``Path`` a file (58 % of a listing of an
    unchanged store): the same ids, paths and refusals as the old listing of ``root / name`` with
    its ``stem``, for any names. Every report file is empty (refused) but one."""
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        store = Store(root)
        store.import_report(make_report("ok-2023"))
        for name in {*names} - {"", ".", "..", "ok-2023.json"}:
            (root / name).write_bytes(b"")
        files = [root / n for n in sorted(os.listdir(root)) if n.endswith(".json")]
        files = [p for p in files if not p.name.startswith(".")]  # the old _report_files
        infos, errors = store.list_reports(skip_broken=True)
        assert [(i.id, i.path) for i in infos] == [("ok-2023", root / "ok-2023.json")]
        refused = [p for p in files if p.stem != "ok-2023"]
        assert [e.path for e in errors] == refused
        assert [e.code for e in errors] == [
            "empty" if is_report_id(p.stem) else "bad-name" for p in refused
        ]
        assert store.report_ids() == [p.stem for p in files if is_report_id(p.stem)]


def test_a_listed_report_names_its_file_however_it_was_listed(
    tmp_path: Path, index_every_store: Path
) -> None:
    """``ReportInfo.path`` is made when asked for (no ``Path`` a report in a listing): the same
    file, and equal infos, whether the report was imported, read, found in the listing index
    or in the Store's cache."""
    from lkj_tui.storage.reader import INDEX_MIN_REPORTS, StoreReader

    root = tmp_path / "store"
    store = Store(root)
    ids = [f"r{i:02d}-2023" for i in range(INDEX_MIN_REPORTS + 1)]
    imported = {rid: store.import_report(make_report(rid, instansi=rid)) for rid in ids}
    read = Store(root).list_reports()  # read, and indexed
    with pytest.MonkeyPatch.context() as m:  # (no file is read again)
        m.setattr(StoreReader, "_read_state", lambda *a, **k: pytest.fail("read"))
        indexed = StoreReader(root, None).list_reports()  # from the index
    fresh = StoreReader(root, None)
    fresh.load(ids[0])
    cached = fresh.list_reports()  # the first from the cache, the others from the index
    for infos in (read, indexed, cached):
        assert [i.id for i in infos] == ids
        assert [i.path for i in infos] == [root / f"{rid}.json" for rid in ids]
        assert infos == [imported[rid] for rid in ids]
    assert fresh.revision(ids[1]) == 1 and Store(root).load(ids[1]).revision == 1
