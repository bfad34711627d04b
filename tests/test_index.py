"""The listing's IKU summary (``storage/index.summarize``) gives exactly what evaluating the whole
report gives (``Evaluation(report).summary()`` and its IKU rows), on the bundled report, generated
ones, and IKU whose realisasi comes from the triwulan or whose capaian uses a region's own scales."""

from __future__ import annotations

import json
import time
from dataclasses import replace
from pathlib import Path

import pytest

from lkj_tui.bundled import load_bundled_report
from lkj_tui.core.evaluate import Evaluation
from lkj_tui.core.model import CaraHitung, Report
from lkj_tui.storage import atomic, index
from lkj_tui.storage.index import IkuRow, ReportSummary, summarize
from lkj_tui.storage.store import Store
from tests.test_benchmarks import _generator


def _by_evaluation(report: Report) -> ReportSummary:
    evaluation = Evaluation(report)
    s = evaluation.summary()
    rows = tuple(
        IkuRow(
            ev.node.code,
            ev.node.name,
            ev.achievement.rounded if ev.achievement else None,
            ev.achievement.rating if ev.achievement else None,
            ev.under_target,
            ev.achievement.met if ev.achievement else None,
        )
        for ev in evaluation.items(["iku"])
    )
    return ReportSummary(
        s.indicators, s.measured, s.under_target, s.average, report.meta.pemerintah, rows
    )


def _generated(n: int) -> list[Report]:
    generate = _generator()
    plans = generate.plan(generate.SCALES["kabupaten"])[:n]
    return [Report.from_document(generate.build_document(p, 3)) for p in plans]


def _iku_from_triwulan(report: Report) -> Report:
    """Every other IKU: realisasi empty, derived from the triwulan by a cara hitung."""
    ways: list[CaraHitung] = ["kumulatif", "nilai_akhir", "rata_rata"]
    for i, node in enumerate([n for n in report.walk() if n.kind == "iku" and n.measure][::2]):
        assert node.measure is not None
        quarters = ("20", "25,5", None, "30") if i % 4 else ("1", "x", None, None)
        measure = replace(node.measure, realisasi=None, triwulan=quarters, cara_hitung=ways[i % 3])
        report.replace_node(node.with_changes(measure=measure))
    return report


def _region_scales(report: Report) -> Report:
    scales = {"ratings": [{"label": "Baik", "min": "95"}, {"label": "Kurang", "min": None}]}
    report.meta = replace(report.meta, scales=scales)
    return report


@pytest.mark.parametrize(
    "make",
    [
        lambda: [load_bundled_report()],
        lambda: _generated(6),
        lambda: [_iku_from_triwulan(load_bundled_report())],
        lambda: [_iku_from_triwulan(r) for r in _generated(2)],
        lambda: [_region_scales(_iku_from_triwulan(load_bundled_report()))],
    ],
    ids=["bundled", "generated", "triwulan", "generated-triwulan", "region-scales"],
)
def test_summary_is_what_evaluating_the_whole_report_gives(make) -> None:  # type: ignore[no-untyped-def]
    for report in make():
        summary = summarize(report)
        assert summary == _by_evaluation(report)
        assert summarize(report, Evaluation(report)) == summary  # (check --all's, to the index)
        assert summary.indicators == sum(1 for n in report.walk() if n.kind == "iku")


def test_a_report_without_iku_has_an_empty_summary() -> None:
    report = load_bundled_report()
    nodes = [n for n in report.walk() if n.kind != "iku" and n.parent is None]
    empty = Report(report.meta, nodes)
    assert summarize(empty) == _by_evaluation(empty)
    assert summarize(empty).average is None and summarize(empty).iku == ()


@pytest.mark.usefixtures("index_every_store")
def test_the_index_gives_back_what_was_computed_and_survives_damaged_rows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = Store(tmp_path / "s")
    for report in _generated(3):
        store.import_report(report)
    computed, errors = Store(tmp_path / "s").summaries()  # every report read: the index written
    assert errors == [] and all(s.iku for _, s in computed)
    path = index.index_path(tmp_path / "s")
    reads: list[Path] = []
    real = atomic.read_file
    monkeypatch.setattr(atomic, "read_file", lambda p: (reads.append(p), real(p))[1])
    again, _ = Store(tmp_path / "s").summaries()  # another process: from the index alone
    assert reads == [] and again == computed
    assert [s.iku for _, s in again] == [summarize(store.load(i.id).report).iku for i, _ in again]

    data = json.loads(path.read_text())
    first = next(iter(data["reports"].values()))
    first["summary"][5][0][2] = {"not": "a number"}  # a damaged IKU row (the index is a cache)
    path.write_text(json.dumps(data))
    damaged, errors = Store(tmp_path / "s").summaries()
    assert errors == [] and len(damaged) == len(computed)
    assert [s.indicators for _, s in damaged] == [s.indicators for _, s in computed]
    assert sorted(len(s.iku) == 0 for _, s in damaged) == [False, False, True]


#: Logs the path of every ``*.json`` file the command opens (an audit hook: ``open`` is raised by
#: ``open`` and ``os.open`` alike), to the file named by $LKJ_TEST_OPENS.
_OPENS_HOOK = """
import os, sys

def _log_opens(event, args):
    if event == "open" and isinstance(args[0], (str, bytes, os.PathLike)):
        name = os.fsdecode(args[0])
        if name.endswith(".json"):
            with open(os.environ["LKJ_TEST_OPENS"], "a", encoding="utf-8") as log:
                log.write(name + "\\n")

if os.environ.get("LKJ_TEST_OPENS"):
    sys.addaudithook(_log_opens)
"""


def test_check_all_writes_the_index_status_all_lists_from(tmp_path: Path) -> None:
    """A cold ``check --all`` of a big store (no index yet) leaves the listing index that
    ``status --all`` would have written: the next ``status --all`` opens no report file and prints
    what a cold one prints; a report changed since is read again (and only that one); a second
    ``check --all`` leaves the index as it is. Through the installed command."""
    from lkj_tui.storage.reader import INDEX_MIN_REPORTS
    from tests.conftest import run_cli

    root = tmp_path / "store"
    store = Store(root)
    for report in _generated(INDEX_MIN_REPORTS + 1):
        store.import_report(report)
    time.sleep(2.1)  # files changed in the last 2 s are not indexed ("racy")
    hook = tmp_path / "hook"
    hook.mkdir()
    (hook / "sitecustomize.py").write_text(_OPENS_HOOK)

    def run(cache: str, *args: str) -> tuple[str, list[str]]:
        log = tmp_path / f"opens-{len(list(tmp_path.glob('opens-*')))}.log"
        env = {"XDG_CACHE_HOME": str(tmp_path / cache), "PYTHONPATH": str(hook)}
        result = run_cli(*args, store=root, env={**env, "LKJ_TEST_OPENS": str(log)})
        assert result.returncode in (0, 1) and result.stderr == "", result.stderr
        opened = log.read_text().splitlines() if log.exists() else []
        return result.stdout, [Path(p).name for p in opened if Path(p).parent == root]

    cold, read = run("cold", "status", "--all")
    assert len(read) == INDEX_MIN_REPORTS + 1  # (the hook sees every report file read)
    run("checked", "check", "--all")
    index_file = index.index_path(root).name
    written = tmp_path / "checked" / "lkj-tui" / "index" / index_file
    assert json.loads(written.read_text()) == json.loads(
        (tmp_path / "cold" / "lkj-tui" / "index" / index_file).read_text()
    )
    listed, read = run("checked", "status", "--all")
    assert read == [] and listed == cold
    assert run("checked", "status", "--all", "--json")[1] == []

    before = written.stat().st_mtime_ns
    run("checked", "check", "--all")  # nothing changed: the index is not written again
    assert written.stat().st_mtime_ns == before

    changed = store.report_ids()[3]
    loaded = store.load(changed)
    node = next(n for n in loaded.report.walk() if n.kind == "iku")
    store.save_node(
        changed, node.with_changes(name="IKU diubah"), expected_revision=loaded.revision
    )
    listed, read = run("checked", "status", "--all")
    assert read == [f"{changed}.json"]
    assert listed == run("cold-again", "status", "--all")[0]


@pytest.mark.usefixtures("index_every_store")
def test_a_load_of_a_file_changed_a_moment_before_is_never_indexed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The "racy" rule holds for a read made before the listing (``check --all``'s loads): a
    file that had changed within the tick when it was loaded is not indexed by a later listing,
    even when the listing comes long after; one that had not is, with the summary given."""
    store = Store(tmp_path / "s")
    first, second = _generated(2)
    store.import_report(first)
    store.import_report(second)
    reader = Store(tmp_path / "s")
    monkeypatch.setattr(index, "_RACY_NS", 10**18)  # every file changed a moment ago
    racy = reader.load(first.meta.id)
    reader.note_summary(first.meta.id, racy, summarize(racy.report))
    monkeypatch.setattr(index, "_RACY_NS", 0)  # the listing comes later
    settled = reader.load(second.meta.id)
    reader.note_summary(second.meta.id, settled, summarize(settled.report))
    reader.list_reports()
    entries = json.loads(index.index_path(tmp_path / "s").read_text())["reports"]
    assert list(entries) == [second.meta.id]
    assert index._decode_summary(entries[second.meta.id]["summary"]) == summarize(second)


@pytest.mark.usefixtures("index_every_store")
def test_the_index_keeps_how_many_conflicts_a_report_records(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """share12: ``status --all`` and ``info`` name the reports whose file records a shared
    store's merge conflicts; a listing from the index says so as a read of the file does, and an
    entry an older lkj-tui wrote (without the count) is read again, never taken as none."""
    root = tmp_path / "s"
    store = Store(root)
    reports = _generated(3)
    for report in reports:
        store.import_report(report)
    rid = reports[1].meta.id
    recorded = [
        {"node": None, "field": ["report", "instansi"], "base": "a", "kept": "b", "other": "c"},
        {"node": "x", "field": ["measure", "target"], "base": "1", "kept": "2", "other": "3"},
    ]
    store.update(
        rid, lambda report: None, meta_extra=lambda extra: {**extra, "conflicts": recorded}
    )
    assert len(store.load(rid).conflicts) == 2
    read = _listed_and_read_again(root, monkeypatch, "conflicts")
    assert read == {r.meta.id: 2 if r.meta.id == rid else 0 for r in reports}


def _listed_and_read_again(root: Path, monkeypatch: pytest.MonkeyPatch, key: str) -> dict:
    """Each report's ``key`` as listed: read (and indexed), then from the index without a read,
    then, the index's entries without ``key`` (as an older lkj-tui wrote them), each report read
    again once, never taken as none."""
    read = {i.id: getattr(i, key) for i in Store(root).list_reports()}  # read, and indexed
    reads: list[Path] = []
    real = atomic.read_file
    monkeypatch.setattr(atomic, "read_file", lambda p: (reads.append(p), real(p))[1])
    assert {i.id: getattr(i, key) for i in Store(root).list_reports()} == read and reads == []
    path = index.index_path(root)
    data = json.loads(path.read_text())
    for entry in data["reports"].values():
        del entry[key]
    path.write_text(json.dumps(data))
    assert {i.id: getattr(i, key) for i in Store(root).list_reports()} == read
    assert len(reads) == len(read)  # each report read again, once
    assert all(key in e for e in json.loads(path.read_text())["reports"].values())
    return read


@pytest.mark.usefixtures("index_every_store")
def test_the_listing_names_each_report_s_pemerintah(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """years29: the listing gives each report's pemerintah (the years view and compare's pairing
    keep to one government without reading another's reports), from the index as from a read;
    an entry an older lkj-tui wrote (without it) is read again, never taken as none."""
    root = tmp_path / "s"
    store = Store(root)
    reports = _generated(2)
    for n, report in enumerate(reports):
        report.meta = replace(report.meta, pemerintah=f"Pemerintah Kabupaten {n}")
        store.import_report(report)
    said = {r.meta.id: r.meta.pemerintah for r in reports}
    assert _listed_and_read_again(root, monkeypatch, "pemerintah") == said
    # an entry with its summary (a status --all wrote it) says its pemerintah there: not read
    Store(root).summaries()
    data = json.loads(index.index_path(root).read_text())
    for entry in data["reports"].values():
        del entry["pemerintah"]
    index.index_path(root).write_text(json.dumps(data))
    reads: list[Path] = []
    real = atomic.read_file
    monkeypatch.setattr(atomic, "read_file", lambda p: (reads.append(p), real(p))[1])
    assert {i.id: i.pemerintah for i in Store(root).list_reports()} == said and reads == []
