"""The benchmark's generator writes loadable, realistic stores; the listing index that keeps
``status --all`` fast over them agrees with evaluating every report. No timing is asserted here."""

from __future__ import annotations

import importlib.util
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
