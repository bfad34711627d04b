"""Issue 11, storage half: file shapes an outside attack on the store found. Each test goes through
the installed ``lkj-tui`` (or, for a save, the store the TUI saves through) and names its defect."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from lkj_tui.bundled import BUNDLED_REPORT_ID, load_bundled_report
from lkj_tui.core.model import MAX_DEPTH, Node, Report
from lkj_tui.storage.jsonfile import MAX_FILE_BYTES
from lkj_tui.storage.store import Store
from tests.conftest import run_cli
from tests.tui.conftest import settle, until

RID = BUNDLED_REPORT_ID


def _store(tmp_path: Path, *, generation: bool = True) -> tuple[Path, Path]:
    """A store holding the bundled report (and, with ``generation``, one kept good version)."""
    root = tmp_path / "store"
    store = Store(root, seed=load_bundled_report)
    if generation:
        store.update(RID, lambda r: None)
    return root, store.path_for(RID)


def _edit(path: Path, change: Callable[[dict[str, Any]], None]) -> bytes:
    """Rewrite the report file with ``change`` applied to its raw tables; the new bytes."""
    raw = json.loads(path.read_bytes())
    change(raw)
    data = json.dumps(raw, ensure_ascii=False).encode()
    path.write_bytes(data)
    return data


def _nodes(raw: dict[str, Any]) -> list[dict[str, Any]]:
    return list(raw["nodes"].values())


def _one_line_refusal(result: subprocess.CompletedProcess[str], *words: str, code: int = 1) -> None:
    lines = result.stderr.strip().splitlines()
    if "--json" in result.args:  # (the refusal one JSON object on stdout, stderr empty: cli63)
        assert result.stderr == "", result.stderr
        lines = [json.loads(result.stdout)["error"]]
    assert result.returncode == code and len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    for word in words:
        assert word.lower() in lines[0].lower(), (word, lines[0])


# ------------------------------------------------------------------ 3. symbolic links


def _outside(tmp_path: Path) -> tuple[Path, dict[str, bytes]]:
    """A folder outside the store holding files a followed link would overwrite, prune or delete."""
    outside = tmp_path / "outside"
    outside.mkdir()
    files = {
        "1.json": b"mine 1",
        "2.json": b"mine 2",
        "3.json": b"mine 3",
        "9.json": b"mine 9",
        f".{RID}.json.0123abcd.tmp": b"a temp-named file of mine",
        ".3.json.ab.tmp": b"another",
    }
    for name, data in files.items():
        (outside / name).write_bytes(data)
    return outside, files


def _untouched(outside: Path, files: dict[str, bytes]) -> None:
    assert {p.name: p.read_bytes() for p in outside.iterdir()} == files


@pytest.mark.parametrize("link", [".generations", f".generations/{RID}"])
def test_a_symlinked_generations_folder_is_never_followed(tmp_path: Path, link: str) -> None:
    root, path = _store(tmp_path, generation=False)
    outside, files = _outside(tmp_path)
    (root / link).parent.mkdir(parents=True, exist_ok=True)
    (root / link).symlink_to(outside)
    before = path.read_bytes()
    for args in (("status",), ("restore", RID), ("restore", RID, "--list")):
        result = run_cli(*args, store=root)
        _untouched(outside, files)  # opening the store deleted no temp-named file there
        if args == ("status",):
            assert result.returncode == 0, result.stderr
        else:
            _one_line_refusal(result, str(root / link), "tautan simbolik")
    store = Store(root)
    node = store.load(RID).report.roots()[0]
    with pytest.raises(Exception, match="tautan simbolik"):  # a TUI save: refused, not written
        store.save_node(RID, node.with_changes(name="x"), expected_revision=1)
    _untouched(outside, files)
    assert path.read_bytes() == before


def test_symlinked_report_and_lock_files_are_refused(tmp_path: Path) -> None:
    root, _path = _store(tmp_path)
    outside, files = _outside(tmp_path)
    (root / "other-2024.json").symlink_to(outside / "1.json")
    result = run_cli("status", store=root)  # the link is skipped, never fatal, never read
    assert result.returncode == 0 and "tautan simbolik" in result.stderr
    _one_line_refusal(run_cli("status", "-r", "other-2024", store=root), "tautan simbolik")
    lock = root / f"{RID}.json.lock"
    lock.unlink(missing_ok=True)
    lock.symlink_to(outside / "2.json")
    _one_line_refusal(run_cli("restore", RID, store=root), str(lock), "tautan simbolik")
    _untouched(outside, files)


# ------------------------------------------------------------------ 5. parent cycles


@pytest.mark.parametrize("size", [1, 2])
def test_parent_cycles_are_refused_and_restore_sets_them_aside(tmp_path: Path, size: int) -> None:
    root, path = _store(tmp_path)

    def cycle(raw: dict[str, Any]) -> None:
        nodes = [n for n in _nodes(raw) if n["kind"] == "kegiatan"][:size]
        for node, parent in zip(nodes, nodes[1:] + nodes[:1], strict=True):
            node["parent"] = parent["id"]

    bad = _edit(path, cycle)
    for args in (("status",), ("status", "--json"), ("export",)):
        _one_line_refusal(run_cli(*args, store=root), "siklus induk", f"lkj-tui restore {RID}")
    assert path.read_bytes() == bad
    result = run_cli("restore", RID, store=root)
    assert result.returncode == 0, result.stderr
    assert run_cli("status", store=root).returncode == 0
    refused = list((root / ".generations" / RID).glob("refused-*.json"))
    assert [p.read_bytes() for p in refused] == [bad]  # set aside, never kept as a good version
    for gen in Store(root).generations(RID):
        assert gen.path.read_bytes() != bad


# ------------------------------------------------------------------ 6. stray and broken *.json


def test_a_stray_or_broken_json_never_blocks_the_default_commands(tmp_path: Path) -> None:
    root, path = _store(tmp_path)
    (root / "notes.json").write_text('{"todo": ["rapat"]}')  # not a report
    (root / "zzz-2099.json").write_text('{"meta": {"1": ')  # a broken report
    (root / "Bad Name.json").write_text("{}")
    (root / "folder.json").mkdir()
    for args in (("status",), ("status", "--json"), ("export",), ("status", "--lang", "en")):
        result = run_cli(*args, store=root)
        assert result.returncode == 0, result.stderr
        assert "Sekretariat Daerah" in result.stdout
        skipped = [
            line for line in result.stderr.splitlines() if "dilewati" in line or "skipped" in line
        ]
        assert len(skipped) == 4, result.stderr
        assert all(str(root) in line for line in skipped)
    assert json.loads(run_cli("status", "--json", store=root).stdout)["report"]["id"] == RID
    # nothing readable: the refusal itself, one line, not a traceback
    path.unlink()
    for name in ("notes.json", "Bad Name.json"):
        (root / name).unlink()
    (root / "folder.json").rmdir()
    _one_line_refusal(run_cli("status", store=root), "zzz-2099.json", "terpotong")


def test_the_tui_starts_and_its_switcher_lists_beside_a_broken_file(tmp_path: Path) -> None:
    import asyncio

    from textual.widgets import OptionList

    from lkj_tui.tui.app import LkjApp
    from lkj_tui.tui.importfile import NEW_REPORT
    from lkj_tui.tui.screens import ReportScreen

    root, _path = _store(tmp_path)
    (root / "zzz-2099.json").write_text("[]")
    app = LkjApp(Store(root), report_id=None, lang="id")
    app.poll_seconds = 0
    toasts: list[str] = []
    notify = app.notify
    app.notify = lambda message, **kw: (toasts.append(message), notify(message, **kw))[1]  # type: ignore[method-assign]

    async def run() -> None:
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            assert app.view is not None and app.view.report_id == RID
            app.action_switch_report()
            await until(pilot, lambda: isinstance(app.screen, ReportScreen), "the list open")
            await settle(pilot)  # (the list is read in a worker)
            listed = app.screen.query_one("#reports", OptionList)
            ids = [listed.get_option_at_index(i).id for i in range(listed.option_count)]
            assert ids == [RID, NEW_REPORT]  # the report, then "Laporan baru…"
            # the broken file named in the list's lines (a toast squeezed the list: tui34)
            said = str(app.screen.query_one("#skipped").render())
            assert "dilewati" in said and "zzz-2099.json" in said, said

    asyncio.run(run())


# ------------------------------------------------------------------ 8. unknown fields


def test_unknown_fields_are_kept_byte_equal(tmp_path: Path) -> None:
    root, path = _store(tmp_path)
    future = {"dari": "lkj-tui 9", "angka": [1, 2.5, None, {"x": True}]}

    def add(raw: dict[str, Any]) -> None:
        meta = next(iter(raw["meta"].values()))
        meta["x_meta_doc"] = future
        meta["report"]["x_report"] = future
        for node in _nodes(raw):
            node["x_node"] = future
            if node.get("measure") is not None:  # (a field at its default is not written)
                node["measure"]["x_measure"] = future
                for printed in node["measure"].get("printed", []):
                    printed["x_printed"] = future
            for item in node.get("permasalahan", []):
                item["x_item"] = future

    _edit(path, add)
    before = json.loads(path.read_bytes())
    assert run_cli("status", store=root).returncode == 0
    store = Store(root)
    loaded = store.load(RID)
    edited = next(n for n in loaded.report.walk() if n.permasalahan and n.measure is not None)
    store.save_node(RID, edited.with_changes(name="diubah"), expected_revision=loaded.revision)
    result = run_cli("restore", RID, store=root)  # a whole new file from the kept version
    assert result.returncode == 0, result.stderr
    store.save_node(RID, edited.with_changes(name="lagi"), expected_revision=loaded.revision + 2)
    after = json.loads(path.read_bytes())
    meta_after = next(iter(after["meta"].values()))
    assert meta_after["x_meta_doc"] == future and meta_after["report"]["x_report"] == future
    for doc_id, node in before["nodes"].items():
        if node["id"] != edited.id:
            assert after["nodes"][doc_id] == node  # untouched: equal, unknown fields and all
    new = next(n for n in after["nodes"].values() if n["id"] == edited.id)
    assert new["name"] == "lagi" and new["x_node"] == future
    assert new["measure"]["x_measure"] == future
    assert all(i["x_item"] == future for i in new["permasalahan"])


# ------------------------------------------------------------------ 9. FIFO and other non-files


def test_a_fifo_named_json_never_hangs(tmp_path: Path) -> None:
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs here")
    root, _path = _store(tmp_path)
    os.mkfifo(root / "pipa-2099.json")
    os.mkfifo(root / ".generations" / RID / "7.json")  # a "kept version" that is a FIFO
    # (a FIFO opened for reading blocks until a writer comes: each run's timeout stands for
    # "never"; their sum is not timed: seven runs can take a minute on a loaded box)
    for args in (("status",), ("export",), ("status", "--all"), ("restore", RID, "--list")):
        result = run_cli(*args, store=root, timeout=120)
        assert result.returncode == 0, (args, result.stderr)
    _one_line_refusal(run_cli("status", "-r", "pipa-2099", store=root, timeout=120), "FIFO")
    result = run_cli("restore", RID, store=root, timeout=120)  # takes revision 1, not the FIFO
    assert result.returncode == 0 and "revisi 1" in result.stdout, result.stdout


# ------------------------------------------------------------------ 10. deep parent chains


def _chain(depth: int) -> Report:
    meta = load_bundled_report().meta
    nodes = [Node("n0", "tujuan", "akar")]
    nodes += [
        Node(f"n{i}", "kegiatan", f"tingkat {i}", parent=f"n{i - 1}") for i in range(1, depth)
    ]
    return Report(meta, nodes)


def test_a_tree_deeper_than_the_cap_is_refused_when_read(tmp_path: Path) -> None:
    root, path = _store(tmp_path)

    def deepen(raw: dict[str, Any]) -> None:
        nodes = _nodes(raw)
        parent = nodes[0]["id"]
        for i in range(8000):
            raw["nodes"][str(10_000 + i)] = {
                "id": f"deep{i}", "kind": "kegiatan", "name": "x", "parent": parent, "order": 0,
                "code": "", "source": "", "info": {}, "measure": None,
                "permasalahan": [], "solusi": [],
            }  # fmt: skip
            parent = f"deep{i}"

    _edit(path, deepen)
    _one_line_refusal(run_cli("status", store=root), "terlalu dalam", str(MAX_DEPTH))
    # refused as it is read, before any evaluation (which took 33 s before the refusal existed;
    # timing the run instead failed on a loaded box)
    from lkj_tui.core import evaluate
    from lkj_tui.storage.errors import StoreError

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(evaluate.Evaluation, "__init__", lambda *a: pytest.fail("evaluated"))
        with pytest.raises(StoreError, match="terlalu dalam"):
            Store(root).load(RID)


def test_evaluation_walks_no_ancestors(monkeypatch: pytest.MonkeyPatch) -> None:
    """Counting under-target items per parent is one pass, not a walk up from every node."""
    from lkj_tui.core.evaluate import Evaluation
    from lkj_tui.storage.index import summarize

    report = load_bundled_report()
    expected = Evaluation(report)
    calls: list[str] = []
    real = Report.ancestors
    monkeypatch.setattr(Report, "ancestors", lambda self, i: (calls.append(i), real(self, i))[1])
    fresh = Evaluation(report)
    summarize(report)
    assert calls == []
    assert [fresh.of(n.id).under_below for n in report.walk()] == [
        expected.of(n.id).under_below for n in report.walk()
    ]
    assert any(fresh.of(n.id).under_below for n in report.walk())


def test_the_tui_expands_the_deepest_allowed_tree(tmp_path: Path) -> None:
    import asyncio

    from lkj_tui.tui.app import LkjApp

    store = Store(tmp_path / "store")
    store.import_report(_chain(MAX_DEPTH))
    assert run_cli("status", store=store.root).returncode == 0
    app = LkjApp(store, report_id=None, lang="id")
    app.poll_seconds = 0

    async def run() -> None:
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            await pilot.press("plus")
            await settle(pilot)
            assert len(app.tree.nodes_by_id) == MAX_DEPTH
            app.tree.reveal(f"n{MAX_DEPTH - 1}")
            await pilot.pause()
            assert app.tree.current_id() == f"n{MAX_DEPTH - 1}"

    asyncio.run(run())
    with pytest.raises(Exception, match="terlalu dalam"):
        _chain(MAX_DEPTH + 1)


# ------------------------------------------------------------------ 13. permissions


@pytest.mark.parametrize("umask", [0o022, 0o077])
def test_a_new_store_is_private(tmp_path: Path, umask: int) -> None:
    root = tmp_path / "new" / "store"
    old = os.umask(umask)
    try:  # a store named by --store/$LKJ_TUI_STORE is created by `init` (issue 11, defect 17)
        result = run_cli("init", store=root)
        assert result.returncode == 0, result.stderr
        result = run_cli("status", store=root)
    finally:
        os.umask(old)
    assert result.returncode == 0, result.stderr
    assert stat.S_IMODE(root.stat().st_mode) == 0o700
    path = root / f"{RID}.json"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    Store(root).update(RID, lambda r: None)
    for p in [path, *(root / ".generations").rglob("*")]:
        mode = stat.S_IMODE(p.stat().st_mode)
        assert mode & 0o077 == 0, (p, oct(mode))


@pytest.mark.parametrize("umask", [0o022, 0o077])
def test_the_change_journal_a_save_starts_is_as_private_as_the_store(
    tmp_path: Path, umask: int
) -> None:
    """`set` on a new store makes `.changes/` (the journal) and `.generations/`: each folder
    0700 and each file 0600 as the store's own (docs/reliability.md), whatever the umask."""
    root = tmp_path / "store"
    old = os.umask(umask)
    try:
        assert run_cli("init", store=root).returncode == 0
        assert not (root / ".changes").exists()
        result = run_cli("set", "IKU 1", "realisasi", "2,90", store=root)
    finally:
        os.umask(old)
    assert result.returncode == 0, result.stderr
    journal = root / ".changes" / f"{RID}.jsonl"
    assert "2,90" in journal.read_text(encoding="utf-8")
    made = [root, *root.rglob("*")]
    assert {p.relative_to(root).parts[0] for p in made[1:]} >= {".changes", ".generations"}
    for p in made:
        mode = stat.S_IMODE(p.lstat().st_mode)
        assert mode == (0o700 if p.is_dir() else 0o600), (p, oct(mode))


def test_a_change_journal_folder_an_older_version_made_open_is_private_once_opened(
    tmp_path: Path,
) -> None:
    """An older version made `.changes/` 0755 (the mode less the umask) in a 0700 store: the
    next command that opens the store makes it 0700, its journal kept and read as before."""
    root = tmp_path / "store"
    assert run_cli("init", store=root).returncode == 0
    assert run_cli("set", "IKU 1", "realisasi", "2,90", store=root).returncode == 0
    folder = root / ".changes"
    folder.chmod(0o755)
    journal = (folder / f"{RID}.jsonl").read_bytes()
    result = run_cli("status", store=root)
    assert result.returncode == 0, result.stderr
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert (folder / f"{RID}.jsonl").read_bytes() == journal
    assert stat.S_IMODE(root.stat().st_mode) == 0o700


@pytest.mark.parametrize("umask", [0o022, 0o077])
def test_a_report_an_older_version_made_world_readable_is_private_after_its_next_save(
    tmp_path: Path, umask: int
) -> None:
    """A store an older version wrote has 0644 report files (and a 0755 folder): the next save
    of a report through the installed command makes that file 0600 (a save keeps the owner's own
    bits: a read-only file is still refused); a report not saved keeps its mode till its turn."""
    root = tmp_path / "store"
    store = Store(root, seed=load_bundled_report)
    report = load_bundled_report()
    other = "laporan-lain"
    store.import_report(
        Report(report.meta.__class__(**{**vars(report.meta), "id": other}), report.nodes())
    )
    iku1 = next(n.id for n in report.walk() if n.code == "IKU 1")
    path = root / f"{RID}.json"
    for p in (root / f"{RID}.json", root / f"{other}.json"):
        p.chmod(0o644)
    old = os.umask(umask)
    try:
        result = run_cli("set", "IKU 1", "realisasi", "2,90", "--report", RID, store=root)
    finally:
        os.umask(old)
    assert result.returncode == 0, result.stderr
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    measure = Store(root).load(RID).report.node(iku1).measure
    assert measure is not None and measure.realisasi == "2,90"
    assert stat.S_IMODE((root / f"{other}.json").stat().st_mode) == 0o644  # not saved yet
    kept = list((root / ".generations" / RID).glob("*.json"))  # the version before the save
    assert kept and all(stat.S_IMODE(k.stat().st_mode) == 0o600 for k in kept)


def test_the_listing_index_is_private(tmp_path: Path) -> None:
    from lkj_tui.storage.reader import INDEX_MIN_REPORTS

    root = tmp_path / "store"
    store = Store(root, seed=load_bundled_report)
    report = load_bundled_report()
    for i in range(INDEX_MIN_REPORTS):
        meta = report.meta.__class__(**{**vars(report.meta), "id": f"salinan-{i}"})
        store.import_report(Report(meta, report.nodes()))
    time.sleep(2.1)  # files changed in the last 2 s are not indexed ("racy")
    cache = tmp_path / "cache"
    result = run_cli("status", "--all", store=root, env={"XDG_CACHE_HOME": str(cache)})
    assert result.returncode == 0, result.stderr
    index = list((cache / "lkj-tui" / "index").glob("*.json"))
    assert len(index) == 1 and "salinan-3" in index[0].read_text()
    assert stat.S_IMODE(index[0].stat().st_mode) == 0o600
    assert stat.S_IMODE(index[0].parent.stat().st_mode) == 0o700


def test_a_read_only_report_is_refused_for_writing(tmp_path: Path) -> None:
    root, path = _store(tmp_path)
    before = path.read_bytes()
    path.chmod(0o444)
    _one_line_refusal(run_cli("restore", RID, store=root), str(path), "hanya-baca")
    store = Store(root)
    node = store.load(RID).report.roots()[0]
    with pytest.raises(Exception, match="hanya-baca"):
        store.save_node(RID, node.with_changes(name="x"), expected_revision=2)
    assert path.read_bytes() == before and stat.S_IMODE(path.stat().st_mode) == 0o444
    assert run_cli("status", store=root).returncode == 0  # reading it is fine


# ------------------------------------------------------------------ 14. huge files


def test_a_huge_file_is_refused_before_it_is_read(tmp_path: Path) -> None:
    root, _path = _store(tmp_path)
    huge = root / "besar-2099.json"
    with open(huge, "wb") as handle:  # sparse: no disk used
        handle.truncate(MAX_FILE_BYTES + 1)
    result = run_cli("status", store=root)
    assert result.returncode == 0 and "terlalu besar" in result.stderr
    _one_line_refusal(run_cli("status", "-r", "besar-2099", store=root), "terlalu besar", "MiB")


def test_a_report_too_big_to_read_back_is_never_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The store refuses to write a file it would then refuse to read: nothing is written."""
    from lkj_tui.storage import tinystorage
    from lkj_tui.storage.errors import StoreError

    root, path = _store(tmp_path)
    before = path.read_bytes()
    monkeypatch.setattr(tinystorage, "MAX_FILE_BYTES", len(before) + 100)
    store = Store(root)
    loaded = store.load(RID)
    node = loaded.report.roots()[0]
    with pytest.raises(StoreError, match="terlalu besar untuk disimpan") as refused:
        store.save_node(RID, node.with_changes(name="x" * 1000), expected_revision=loaded.revision)
    assert refused.value.code == "too-big"
    assert path.read_bytes() == before
    small = node.with_changes(name=node.name + "!")
    assert store.save_node(RID, small, expected_revision=loaded.revision) > loaded.revision


# ------------------------------------------------------------------ 15. duplicate keys, 2. item ids


def test_duplicate_json_keys_are_refused(tmp_path: Path) -> None:
    root, path = _store(tmp_path)
    data = path.read_bytes()
    bad = data.replace(b'"name": ', b'"name": "bayangan", "name": ', 1)
    assert bad != data
    path.write_bytes(bad)
    _one_line_refusal(run_cli("status", store=root), "'name'", "dua kali", f"lkj-tui restore {RID}")
    assert path.read_bytes() == bad
    assert run_cli("restore", RID, store=root).returncode == 0
    assert run_cli("status", store=root).returncode == 0


def test_duplicate_item_ids_are_refused_when_read(tmp_path: Path) -> None:
    root, path = _store(tmp_path)

    def twice(raw: dict[str, Any]) -> None:
        node = next(n for n in _nodes(raw) if n.get("permasalahan"))
        node["permasalahan"] = [{"id": "sama", "text": "a"}, {"id": "sama", "text": "b"}]

    _edit(path, twice)
    _one_line_refusal(run_cli("status", store=root), "id butir ganda", "sama")


# ------------------------------------------------------------------ 16. restore and export leftovers


def test_restore_says_where_the_report_came_from(tmp_path: Path) -> None:
    root, path = _store(tmp_path, generation=False)
    path.write_bytes(b"{")
    result = run_cli("restore", RID, store=root)
    assert result.returncode == 0 and "laporan bawaan" in result.stdout, result.stdout
    assert "versi baik terakhir" not in result.stdout
    Store(root).update(RID, lambda r: None)  # revision 2; revision 1 is kept
    result = run_cli("restore", RID, store=root)
    assert result.returncode == 0 and "revisi 1" in result.stdout, result.stdout
    assert "laporan bawaan" not in result.stdout


def test_restore_of_an_unknown_id_creates_nothing(tmp_path: Path) -> None:
    root, _path = _store(tmp_path)
    before = sorted(p.name for p in root.iterdir())
    # a typed id the store does not hold: exit 2 (cli61's rule)
    _one_line_refusal(run_cli("restore", "tidak-ada", store=root), "tidak-ada", "tidak ada", code=2)
    assert sorted(p.name for p in root.iterdir()) == before


def test_a_killed_export_leaves_no_hidden_file(tmp_path: Path) -> None:
    root, _path = _store(tmp_path, generation=False)
    out = tmp_path / "notulen"
    out.mkdir()
    target = out / "notulen.md"
    # what a SIGKILL between the temp file and the link leaves, a minute ago
    left = out / "notulen.md.0123456789ab.lkj-tui-tmp"
    left.write_text("setengah")
    os.utime(left, (time.time() - 120, time.time() - 120))
    result = run_cli("export", "-o", str(target), store=root)
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["notulen.md"]
    result = run_cli("export", "-o", str(target), "--force", store=root)
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["notulen.md"]
