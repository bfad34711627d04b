"""``compare`` of thousands of indikator kegiatan of one name (years18).

A kabupaten's "Jumlah dokumen …" under every kegiatan: each was told apart by its parents'
names against every candidate, each candidate's parents named again for every row (candidates ×
rows: 2,000 such rows took 75 s, 5,000 minutes). Now each set of candidates is indexed once by
its parents' names; the results are those of the old rule, in the ordinary case (each kegiatan
its own name: every row matched by its parents) and the hostile one (one name for every
kegiatan too: every row ambiguous)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import lkj_tui.core.years as years
from lkj_tui.core.model import Measure, Node, Report, ReportMeta
from lkj_tui.core.years import match
from tests.conftest import run_cli


def _report(year: int, n: int, kegiatan: str | None = None, programs: int = 1) -> Report:
    """``n`` kegiatan, each with one indikator kegiatan "Jumlah dokumen", under ``programs``
    programs; the kegiatan named ``kegiatan`` (one name for all: the hostile case), else
    every other one "Kegiatan <i>", the others "Kegiatan <i mod 7>", under "Program <i mod
    programs>" (told apart by the kegiatan, by the program, or not at all)."""
    nodes = [Node("s1", "sasaran", "Meningkatnya tata kelola")]
    for p in range(programs):
        nodes.append(Node(f"p{p}", "program", f"Program {p}", parent="s1", order=p))
    for i in range(n):
        name = kegiatan if kegiatan is not None else f"Kegiatan {i % 7 if i % 2 else i}"
        nodes.append(Node(f"k{i}", "kegiatan", name, parent=f"p{i % programs}", order=i))
        measure = Measure(satuan="Dokumen", target="1", realisasi="1")
        nodes.append(
            Node(f"i{i}", "indikator_kegiatan", "Jumlah dokumen", f"k{i}", 0, "", "", {}, measure)
        )
    return Report(ReportMeta(f"dinas-{year}", "Dinas", year), nodes)


def _old_rule(old: Report, new: Report, node: Node, cands: tuple[Node, ...]) -> Node | None:
    """The rule as it was written before (candidates × depth), the reference."""
    own = years._chain(new, node)
    left = [(c, years._chain(old, c)) for c in cands]
    for depth in range(1, len(own) + 1):
        left = [(c, chain) for c, chain in left if chain[:depth] == own[:depth]]
        if len(left) == 1:
            return left[0][0]
        if not left:
            return None
    return None


def _said(report_pair: tuple[Report, Report]) -> list[tuple[str, str | None, str | None, int]]:
    found = match(*report_pair)
    return [(m.new.id, m.old.id if m.old else None, m.how, len(m.candidates)) for m in found.rows]


@pytest.mark.parametrize(("kegiatan", "programs"), [(None, 3), (None, 1), ("Kegiatan sama", 2)])
def test_the_parents_decide_as_before(kegiatan: str | None, programs: int) -> None:
    old, new = _report(2024, 60, kegiatan, programs), _report(2025, 60, kegiatan, programs)
    cands = tuple(n for n in old.walk() if n.kind == "indikator_kegiatan")
    rows = match(old, new).rows
    if kegiatan is None:  # (both outcomes, by the kegiatan and by the program too)
        assert {m.old is None for m in rows} == {True, False}
    for m in rows:
        expected = _old_rule(old, new, m.new, cands)
        assert (m.old, m.how) == ((expected, "parents") if expected else (None, None)), m
        assert m.candidates == (() if expected else cands)


@pytest.mark.parametrize("kegiatan", [None, "Kegiatan sama"])
def test_each_candidates_parents_are_named_once(
    monkeypatch: pytest.MonkeyPatch, kegiatan: str | None
) -> None:
    # 400 rows of one name and 400 candidates: 160,400 chains named before, one a node now
    calls = []
    chain = years._chain
    monkeypatch.setattr(years, "_chain", lambda r, n: calls.append(n.id) or chain(r, n))
    n = 400
    old, new = _report(2024, n, kegiatan, 1), _report(2025, n, kegiatan, 1)
    found = match(old, new)
    assert len(calls) <= 2 * n, len(calls)
    if kegiatan is None:  # "Kegiatan <i>" told apart, "Kegiatan 3" under one program not
        assert len(found.matched) > n // 3 and found.ambiguous
    else:
        assert len(found.ambiguous) == n


@pytest.mark.parametrize("kegiatan", [None, "Kegiatan sama"])
def test_compare_many_of_one_name(tmp_path: Path, kegiatan: str | None) -> None:
    # through the command: 1,500 indikator kegiatan of one name, each kegiatan its own name
    # (every row matched by its parents) or one name for all (every row ambiguous)
    store = tmp_path / "s"
    for year in (2024, 2025):
        report = _report(year, 1500, kegiatan, 1)
        if kegiatan is None:  # (each kegiatan its own name)
            for node in [n for n in report.walk() if n.kind == "kegiatan"]:
                report.replace_node(
                    Node(node.id, "kegiatan", f"Kegiatan {node.id}", node.parent, node.order)
                )
        path = tmp_path / f"{year}.json"
        path.write_text(json.dumps(report.to_document(), ensure_ascii=False), encoding="utf-8")
        assert run_cli("import", str(path), store=store).returncode == 0
    done = run_cli("compare", "--all-levels", "--json", "dinas-2024", "dinas-2025", store=store)
    assert done.returncode == 0, done.stderr
    counts = json.loads(done.stdout)["counts"]
    if kegiatan is None:
        assert (counts["matched"], counts["ambiguous"]) == (1500, 0)
        rows = json.loads(done.stdout)["rows"]
        assert {r["matched_by"] for r in rows} == {"parents"}
    else:
        assert (counts["matched"], counts["ambiguous"]) == (0, 1500)
