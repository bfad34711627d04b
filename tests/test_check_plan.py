"""``check`` on next year's report made with ``new --from`` (edit21): a report with no realisasi at
all is a plan — its empty realisasi are one note, not an error per IKU burying the target findings;
and a finding on a node without a kode prints what ``set`` takes for it."""

from __future__ import annotations

import json
import re
from pathlib import Path

from lkj_tui.bundled import BUNDLED_REPORT_ID
from tests.conftest import run_cli

PLAN = "bengkulu-selatan-setda-2024"


def _plan(store: Path) -> None:
    done = run_cli("new", "--from", BUNDLED_REPORT_ID, "--tahun", "2024", store=store)
    assert done.returncode == 0, done.stderr


def test_a_plan_counts_its_empty_realisasi_once_and_keeps_the_target_findings(
    store_path: Path,
) -> None:
    _plan(store_path)
    done = run_cli("check", "-r", PLAN, store=store_path)
    said = " ".join(done.stdout.split())
    assert "Realisasi kosong" not in said, said[:600]
    assert "Belum ada realisasi: 74 indikator (11 dengan target tahun ini)" in said
    assert "Kesalahan (1)" in said and "Target kosong · IKL 2" in said  # the target stays seen
    en = run_cli("check", "-r", PLAN, "--lang", "en", store=store_path)
    assert "No realisasi yet: 74 indicators (11 with this year's target)" in " ".join(
        en.stdout.split()
    )
    data = json.loads(run_cli("check", "-r", PLAN, "--json", store=store_path).stdout)
    checks = [f["check"] for f in data["findings"]]
    assert "missing-realisasi" not in checks
    (note,) = [f for f in data["findings"] if f["check"] == "no-realisasi-yet"]
    assert note["severity"] == "info" and note["node"] is None
    assert note["figures"] == {"indicators": "74", "with_target": "11"}
    counts = {s: sum(f["severity"] == s for f in data["findings"]) for s in data["summary"]}
    assert counts == data["summary"]


def test_one_realisasi_makes_it_a_report_to_review(store_path: Path) -> None:
    _plan(store_path)
    done = run_cli("set", "-r", PLAN, "IKU 1", "realisasi", "3", store=store_path)
    assert done.returncode == 0, done.stderr
    data = json.loads(run_cli("check", "-r", PLAN, "--json", store=store_path).stdout)
    checks = [f["check"] for f in data["findings"]]
    assert "no-realisasi-yet" not in checks and checks.count("missing-realisasi") == 10


def test_a_node_without_a_kode_is_printed_with_what_set_takes(store_path: Path) -> None:
    _plan(store_path)
    for lang, word in (("id", "simpul"), ("en", "node")):
        done = run_cli("check", "-r", PLAN, "--lang", lang, store=store_path)
        said = " ".join(done.stdout.split())
        found = re.search(rf"Indeks Pencapaian SPM Kabupaten \({word} ([0-9a-f]{{8}})\)", said)
        assert found, said[:2000]
    assert found is not None
    # that id is what set takes: the warning goes
    done = run_cli("set", "-r", PLAN, found.group(1), "target", "100", store=store_path)
    assert done.returncode == 0, done.stderr
    assert "Indeks Pencapaian SPM Kabupaten · Target: — → 100" in done.stdout
    after = run_cli("check", "-r", PLAN, store=store_path).stdout
    assert found.group(1) not in after


def test_set_refuses_a_short_or_shared_id_beginning(store_path: Path) -> None:
    _plan(store_path)
    done = run_cli("set", "-r", PLAN, "a", "target", "100", store=store_path)
    assert done.returncode == 2 and "tidak ada di laporan" in done.stderr


def test_ids_that_begin_alike_are_printed_whole() -> None:
    from lkj_tui.core.model import Report
    from lkj_tui.core.reviu.finding import shared_heads, short_id
    from tests.test_reviu import _doc

    doc = _doc()
    kegiatan = doc["nodes"][0]["children"][0]["children"][0]["children"][0]
    kegiatan["id"] = "abcdef12-kegiatan"
    kegiatan["children"][0]["id"] = "abcdef12-indikator"
    report = Report.from_document(doc)
    shared = shared_heads(report)
    assert shared == {"abcdef12"}
    assert short_id("abcdef12-indikator", shared) == "abcdef12-indikator"
    other = next(n.id for n in report.walk() if not n.id.startswith("abcdef12"))
    assert short_id(other, shared) == other[:8]
