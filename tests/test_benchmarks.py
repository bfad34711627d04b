"""The benchmark's generator writes loadable, realistic stores; the listing index that keeps
``status --all`` fast over them agrees with evaluating every report. No timing is asserted here."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path
from types import ModuleType

import pytest

from lkj_tui.core.evaluate import Evaluation
from lkj_tui.core.values import parse_value
from lkj_tui.storage import atomic
from lkj_tui.storage import store as store_module
from lkj_tui.storage.store import Store

ROOT = Path(__file__).resolve().parent.parent


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "lkj_bench_generate", ROOT / "benchmarks/generate.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_generator_writes_a_loadable_store_with_every_value_form(tmp_path: Path) -> None:
    generate = _generator()
    plans = generate.generate("tiny", tmp_path / "a", seed=7, jobs=1)
    store = Store(tmp_path / "a")
    infos = store.list_reports()
    assert len(infos) == len(plans) == generate.SCALES["tiny"].reports == 4
    assert {i.id for i in infos} == {p.id for p in plans}

    kinds: set[str] = set()
    raw: list[str] = []
    polarities: set[str] = set()
    texts = 0
    for plan in plans:
        report = store.load(plan.id).report
        measured = report.measured()
        assert len(measured) == plan.measures  # the plan's count, exactly
        assert len(report) > plan.measures  # plus tujuan, sasaran, program, kegiatan…
        assert {n.kind for n in report.walk()} >= {"tujuan", "sasaran", "iku", "lainnya", "program"}
        for node in measured:
            assert node.measure is not None
            polarities.add(node.measure.polaritas)
            for value in (node.measure.target, node.measure.realisasi):
                kinds.add(parse_value(value).kind)
                raw.append(value or "")
        texts += sum(len(n.permasalahan) + len(n.solusi) for n in report.walk())
        Evaluation(report).summary()  # the engine reads every value

    assert kinds == {
        "number", "grade", "opinion", "range", "threshold", "composite", "text", "missing",
    }  # fmt: skip
    assert polarities == {"positif", "negatif"} and texts > 0
    assert any("," in v and v.replace(",", "").isdigit() for v in raw)  # "3,22"
    assert any(v.endswith("%") for v in raw)  # "87,07%"
    assert any("(" in v for v in raw)  # "A (86,45)"
    assert any(", " in v and "SK" in v for v in raw)  # "10 Raperda, 50 Raperbup, 600 SK"

    # Seeded: the same seed writes the same bytes.
    generate.generate("tiny", tmp_path / "b", seed=7, jobs=1)
    for plan in plans:
        name = f"{plan.id}.json"
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()


@pytest.mark.usefixtures("index_every_store")
def test_listing_index_agrees_with_evaluating_every_report(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    generate = _generator()
    generate.generate("tiny", tmp_path / "s", seed=1, jobs=1)

    def expected(store: Store) -> list[tuple[str, int, int, object]]:
        out = []
        for info in store.list_reports():
            s = Evaluation(store.load(info.id).report).summary()
            out.append((info.id, s.indicators, s.under_target, s.average))
        return out

    def rolled_up(store: Store) -> list[tuple[str, int, int, object]]:
        rows, errors = store.summaries()
        assert errors == []
        return [(i.id, s.indicators, s.under_target, s.average) for i, s in rows]

    first = rolled_up(Store(tmp_path / "s"))
    assert first == expected(Store(tmp_path / "s"))
    assert store_module.index_path(tmp_path / "s").is_file()

    # A new Store (another process) answers from the index without reading any report file.
    reads: list[Path] = []
    real = store_module.read_file
    monkeypatch.setattr(atomic, "read_file", lambda p: (reads.append(p), real(p))[1])
    assert rolled_up(Store(tmp_path / "s")) == first and reads == []

    # A saved edit changes the file's identity: that one report is read and summarised again.
    store = Store(tmp_path / "s")
    report_id = first[0][0]
    loaded = store.load(report_id)
    iku = [n for n in loaded.report.walk() if n.kind == "iku" and n.measure]
    for node in iku:
        assert node.measure is not None
        on_target = node.measure.target
        edited = node.with_changes(measure=replace(node.measure, realisasi=on_target))
        store.save_node(report_id, edited, expected_revision=store.revision(report_id))
    reads.clear()
    after = rolled_up(Store(tmp_path / "s"))
    assert {p.name for p in reads} == {f"{report_id}.json"}
    assert after == expected(Store(tmp_path / "s")) and after != first


def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("lkj_bench", ROOT / "benchmarks/bench.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_matched_times_the_floor_over_a_window_around_each_of_ours() -> None:
    """The whole-store figures (bench.matched): the floor's runs surround each of ours, the floor
    of a round is the mean of its runs, each figure the median over rounds; the number of floor
    runs comes from one untimed run of each. Fake jobs: nothing is timed here."""
    bench = _bench()
    calls: list[str] = []
    floors = iter([0.1, *([0.1] * 5 + [0.7]) * 2, *[0.4] * 6])  # warm-up, then 3 rounds

    def floor() -> object:
        calls.append("f")
        wall = next(floors)
        return bench.Sample(wall, wall / 2, "floor")

    def ours(name: str, walls: list[float]) -> object:
        times = iter(walls)

        def job() -> object:
            calls.append(name)
            wall = next(times)
            return bench.Sample(wall, wall - 0.1, f"{name}{wall}")

        return job

    m = bench.matched([ours("a", [0.6, 1.0, 3.0, 2.0]), ours("b", [0.6, 5, 4, 6])], floor, 3)
    # warm-up: a, b, one floor: per_side = round(0.6 / 0.1 / 3) = 2 floors in each gap
    assert "".join(calls) == "abf" + "ffaffbff" * 3
    assert [s.wall for s in m.ours] == [2.0, 5]  # medians over the 3 rounds
    assert m.ours[0].cpu == pytest.approx(1.9) and m.ours[1].out == "b6"
    # round floors: the mean of each round's 6 runs: 0.2, 0.2, 0.4; their median
    assert m.floor.wall == pytest.approx(0.2) and m.floor.cpu == pytest.approx(0.1)

    calls.clear()
    floors = iter([1.0, 2.0, 3.0, 6.0])
    m = bench.matched([ours("c", [7.0])], floor, 1, per_side=2)  # once, cold: no warm-up
    assert "".join(calls) == "ffcff"
    assert m.ours[0].wall == 7.0 and m.floor.wall == pytest.approx(3.0)
    assert m.ratios == [[pytest.approx(7.0 / 3.0)]] and m.cpu_ratios == [[pytest.approx(6.9 / 1.5)]]


def test_the_cold_listing_runs_more_rounds_when_more_runs_are_asked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The cold ``status --all`` of 2,000 reports (≈ 10 s) was measured once, and its ratio moved
    2.79× → 3.35× between two runs: now 1 round up to ``--runs 3``, 2 at the table's ``--runs 5``,
    one more for every 3 runs; each round is the cold run between 2 + 2 floor runs, each round's
    ratio in the row's note; the goal is judged on CPU time, the wall time a row under it. Fake
    processes: nothing is timed here."""
    bench = _bench()
    assert [bench.once_rounds(r) for r in (1, 2, 3, 4, 5, 7, 8, 9, 11)] == [
        1,
        1,
        1,
        1,
        2,
        2,
        3,
        3,
        4,
    ]
    store = tmp_path / "store"
    store.mkdir()
    (store / "r-2024.json").write_text("{}")
    calls: list[str] = []
    colds = iter([10.0, 12.0, 11.0])

    def run_sample(cmd: list[str], **_: object) -> object:
        if "status" in cmd:  # the cold run; its peak in the file argv[3], as CLI_PEAK writes it
            calls.append("c")
            Path(cmd[3]).write_text("2048")
            wall = next(colds)
            return bench.Sample(wall, wall / 3, "")
        calls.append("f")
        assert cmd[2] == bench.PARSE_FLOOR
        return bench.Sample(2.5, 2.0, "1024\n")

    monkeypatch.setattr(bench, "run_sample", run_sample)
    monkeypatch.setattr(bench, "paired", lambda *_: (0.2, 0.1))
    rows = bench.bench_status_all(store, 5, tmp_path, goal=True)
    assert "".join(calls) == "ffcff" * 2
    cold, wall, peak = rows[1:]
    assert "cold, 2 runs; CPU time" in cold.figure and cold.goal == "≤ 2× floor"
    assert cold.note == "rounds 1.67×, 2.00×"  # CPU: 10/3 and 12/3 against 2.0
    assert (cold.ours, cold.floor, cold.ok) == (pytest.approx(11 / 3), 2.0, True)
    assert (wall.ours, wall.floor, wall.ok) == (11.0, 2.5, None)
    assert wall.note == "rounds 4.00×, 4.80×" and (peak.ours, peak.floor) == (2.0, 1.0)
    calls.clear()
    rows = bench.bench_status_all(store, 3, tmp_path, goal=True)
    assert "".join(calls) == "ffcff" and "cold, 1 run;" in rows[1].figure and rows[1].note == ""


def _run_script(script: str, *args: str) -> str:
    proc = subprocess.run(
        [sys.executable, "-c", script, *args], capture_output=True, text=True, check=True
    )
    return proc.stdout


def test_export_floor_writes_as_many_bytes_as_ours_wrote_for_each_report(tmp_path: Path) -> None:
    """Issue 17's export floor, "parse every report file and write the same bytes": before each run
    the job reads the sizes of what ours last wrote, and the floor writes a file of that size for
    every report (it wrote 2,000 bytes times a node count before, ≈ 1.3 MB for ours' 13.7 MB)."""
    bench = _bench()
    store, ours = tmp_path / "store", tmp_path / "ours"
    store.mkdir()
    ours.mkdir()
    sizes = {"a-2024": 0, "b-2024": 70_001, "c-2025": 1}
    for name, size in sizes.items():
        (store / f"{name}.json").write_text(json.dumps({"nodes": {"x": [1, 2.5, None]}}))
        (ours / f"{name}.md").write_bytes(b"y" * size)
    (store / ".index.json").write_text("not json: a dot file is not a report")
    job = bench.export_floor(store, tmp_path, ours)
    sample = job()
    out = tmp_path / "export-floor"
    assert {p.name: p.stat().st_size for p in out.iterdir()} == {
        f"{name}.md": size for name, size in sizes.items()
    }
    assert int(sample.out.split()[-1]) > 0  # its peak memory in KB
    # The sizes are ours' of the last run, read again before each floor run.
    (ours / "b-2024.md").write_bytes(b"y" * 12)
    job()
    assert (out / "b-2024.md").stat().st_size == 12
    assert bench.output_sizes(ours, bench.report_files(store), tmp_path / "m.json") == 13
    # It parses every report file: a report that is not JSON stops it.
    (store / "c-2025.json").write_text("{")
    with pytest.raises(bench.BenchError):
        job()
    # Ours wrote nothing for a report: no floor to write "as many bytes" against.
    (ours / "a-2024.md").unlink()
    with pytest.raises(bench.BenchError, match=r"a-2024\.md"):
        bench.output_sizes(ours, bench.report_files(store), tmp_path / "m.json")


@pytest.mark.parametrize("name", ["PARSE_FLOOR", "EXPORT_FLOOR", "CALAMINE_CELLS"])
def test_parse_floors_run_with_the_gc_off_and_import_nothing_else(
    tmp_path: Path, name: str
) -> None:
    """The floors of issue 17 that parse ("parse every report file", "the fastest JSON parser we
    ship", "read every cell with the spreadsheet library we use") parse as ours does, the cyclic
    GC off, and import nothing beyond the parser: not the CLI's typer, rich and tinydb (they were in
    the cold listing's and the huge report's floor), not pathlib or re for measuring."""
    bench = _bench()
    store = tmp_path / "store"
    store.mkdir()
    (store / "r.json").write_text('{"nodes": {}}')
    (tmp_path / "sizes.json").write_text('{"r": 3}')
    (tmp_path / "out").mkdir()
    args = {
        "PARSE_FLOOR": [str(store)],
        "EXPORT_FLOOR": [str(store), str(tmp_path / "out"), str(tmp_path / "sizes.json")],
        "CALAMINE_CELLS": [str(_workbook(tmp_path / "w.xlsx"))],
    }[name]
    probe = "\nimport gc as _g, sys as _s\nprint(_g.isenabled(), *sorted(_s.modules))\n"
    out = _run_script(getattr(bench, name) + probe, *args).split()
    assert out[1] == "False"  # after the peak in KB: the GC is off
    assert not {"typer", "rich", "tinydb", "pathlib", "lkj_tui"} & set(out[2:])


def _workbook(path: Path) -> Path:
    import xlsxwriter

    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Data")
    sheet.write_row(0, 0, ["kode", "nama", "target"])
    sheet.write_row(1, 0, ["1", "IKU", 3.5])
    book.close()
    return path


def test_the_huge_report_figures_are_timed_between_floor_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The huge report's ``status`` and first frame: each round ours between two runs of the
    parse floor (the GC off), the floor's mean per round, a CPU-time row under each; fake
    processes, nothing timed."""
    bench = _bench()
    store = tmp_path / "huge"
    store.mkdir()
    (store / "h-2024.json").write_bytes(b"{}" * 2**19)  # 1 MiB
    calls: list[str] = []
    walls = iter([3.0, 2.0, 3.6, 2.2, 9.0])  # status, the first frame twice; the reviu once

    def run_sample(cmd: list[str], *, env: dict[str, str] | None = None, **_: object) -> object:
        if env:  # ours: its peak written at exit, as AT_EXIT_PEAK does
            Path(env["LKJ_BENCH_RSS"]).write_text("4096")
            calls.append("o")
            wall = next(walls)
            return bench.Sample(wall, wall / 2, "")
        assert cmd[2] == bench.PARSE_FLOOR
        calls.append("f")
        return bench.Sample(1.0 + len(calls) / 100, 0.5, "1024")

    monkeypatch.setattr(bench, "run_sample", run_sample)
    monkeypatch.setattr(bench, "bench_interact", lambda *_, **__: [bench.Row("move", 0.01, None)])
    rows = bench.bench_huge(store, tmp_path, 2, 5)
    assert "".join(calls) == "fof" * 4 + "o"  # (the reviu's peak: one untimed run)
    status, cpu, peak, frame, _, _, reviu, move = rows
    assert reviu.figure.startswith("TUI after the evaluation and the reviu")
    assert (reviu.ours, reviu.floor, reviu.ok, reviu.unit) == (4.0, None, True, "MB")
    assert status.ours == pytest.approx(2.5) and frame.ours == pytest.approx(2.9)
    assert status.floor == pytest.approx(1.035) and status.note.startswith("1 MB report, rounds ")
    assert cpu.figure.strip().startswith("CPU time") and (cpu.ours, cpu.floor) == (1.25, 0.5)
    assert (peak.ours, peak.floor, peak.ok) == (4.0, 1.0, True)
    assert move.figure.startswith("cursor move in the huge report")


def test_peak_row_reports_each_process_peak_memory(tmp_path: Path) -> None:
    """Issue 17: "peak RSS of each figure reported" (bundled ``status`` and first frame had none):
    one more run of ours and of the floor, each child's own peak (not the bench's)."""
    bench = _bench()
    row = bench.peak_row(
        ["b = bytearray(64 << 20); b[::4096] = b'x' * len(b[::4096])"], ["pass"], tmp_path
    )
    assert row.unit == "MB" and row.floor < 40 and row.ours > row.floor + 60


def test_the_save_has_a_peak_row_of_processes_of_its_own(tmp_path: Path) -> None:
    """Issue 17: "peak RSS of each figure reported"; the save, timed in the bench's own process,
    had none. Under the largest store's row: one more save in a process of its own (one edit: one
    revision more) against a process that writes the bytes it saved atomically (the same bytes, no
    temp left), each child's own peak; the floor imports nothing but what it writes with."""
    bench = _bench()
    kab = bench.bundled_store(tmp_path)
    rows = bench.bench_save(kab, tmp_path, 1, [1, 2])
    assert [r.figure.split(",")[0].strip() for r in rows] == ["save one edit"] * 2 + [
        "peak memory (VmHWM; one more save"
    ]
    assert "2 reports" in rows[1].figure and rows[2].unit == "MB" and rows[2].goal == "report"
    assert rows[2].ours > rows[2].floor > 0

    target = bench.report_files(kab)[0].stem
    folder = bench.copy_store(kab, tmp_path / "copy", 1)
    before = Store(folder).revision(target)
    bench.save_peak_row(folder, target, tmp_path)
    assert Store(folder).revision(target) == before + 1
    saved = (folder / f"{target}.json").read_bytes()
    assert (tmp_path / "save-peak-floor.json").read_bytes() == saved
    assert not list(tmp_path.glob(".*.tmp"))

    probe = "\nimport sys as _s\nprint(*sorted(_s.modules))\n"
    script = bench.AT_EXIT_PEAK + bench.SAVE_FLOOR + probe
    args = [str(folder / f"{target}.json"), str(tmp_path / "f.json")]
    env = {**os.environ, "LKJ_BENCH_RSS": str(tmp_path / "rss")}
    proc = subprocess.run(
        [sys.executable, "-c", script, *args], capture_output=True, text=True, env=env
    )
    assert proc.returncode == 0 and int((tmp_path / "rss").read_text()) > 0, proc.stderr
    assert not {"pathlib", "lkj_tui", "json", "re"} & set(proc.stdout.split())
