"""Counts a user reads are grouped in the language's way in the CLI as in the TUI: the huge
report's `status` said "Di bawah target, semua tingkat (23458)" beside the TUI's "23.458" (mem57)."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from lkj_tui.bundled import load_bundled_report
from lkj_tui.storage.store import Store
from tests.conftest import run_cli

RID = "grouped-counts"


def _store_with_many_under(tmp_path: Path, extra: int) -> Path:
    """The bundled report with ``extra`` more program measures under their target."""
    report = load_bundled_report()
    report.meta = replace(report.meta, id=RID)
    iku = next(n for n in report.walk() if n.code == "IKU 1")
    for i in range(extra):
        measure = replace(iku.measure, target="100", realisasi="10", printed=())  # type: ignore[arg-type]
        report.add_node(
            iku.with_changes(
                id=f"under-{i}", parent=iku.id, kind="program", code="", order=i, measure=measure
            )
        )
    Store(tmp_path / "store").import_report(report)
    return tmp_path / "store"


@pytest.mark.parametrize(
    ("lang", "said"),
    [("id", "Di bawah target, semua tingkat ({n})"), ("en", "Under target, every level ({n})")],
)
def test_status_groups_the_count_under_target(tmp_path: Path, lang: str, said: str) -> None:
    store = _store_with_many_under(tmp_path, 1000)
    base = run_cli("--lang", lang, "status", "--json", "-r", RID, store=store)
    assert base.returncode == 0, base.stderr
    n = json.loads(base.stdout)["summary"]["under_target_all_levels"]
    assert n >= 1000
    done = run_cli("--lang", lang, "status", "-r", RID, store=store)
    assert done.returncode == 0, done.stderr
    mark = "." if lang == "id" else ","
    shown = f"{n // 1000}{mark}{n % 1000:03d}"
    assert said.format(n=shown) in done.stdout, done.stdout
    assert said.format(n=n) not in done.stdout
