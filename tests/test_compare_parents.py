"""``compare`` tells apart indikator kegiatan of one name by their parents (years16).

The same indikator kegiatan name under two kegiatan (the bundled report's "Penyusunan Laporan
Kinerja Kab. …" under a kegiatan and under a sub kegiatan; a kabupaten's "Jumlah Sarana dan
Prasarana Kantor" under 32) was listed as two identical lines, their candidates as one
"(2×)": no one could say which was which. Now each such row, and each of a few candidates, is
named by its parent (and the parent's parents while they share a name too), in the text, the
Markdown of ``export --compare`` and ``--json`` (``parents``)."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from lkj_tui.bundled import BUNDLED_REPORT_ID, load_bundled_report
from lkj_tui.core.model import Report
from tests.conftest import run_cli

TWIN = "Penyusunan Laporan Kinerja Kab. Pelaksanaan dan pembinaan"
KEGIATAN = "Kegiatan: Kegiatan Penataan Organisasi"
SUB = "Sub Kegiatan: Sub Kegiatan Peningkatan kinerja reformasi birokrasi"


def _renamed_parents(report: Report, suffix: str) -> Report:
    """``report`` with the twins' nearest parents named with ``suffix`` added."""
    for twin in [n for n in report.walk() if n.name.startswith(TWIN)]:
        parent = report.ancestors(twin.id)[0]
        report.replace_node(replace(parent, name=parent.name + suffix))
    return report


def _with_2024(tmp: Path, report: Report) -> Path:
    """A store in ``tmp`` holding the bundled report (2023) and ``report`` imported as 2024."""
    root = tmp / "s"
    assert run_cli("init", store=root).returncode == 0
    report.meta = replace(report.meta, id="setda-2024", tahun=2024)
    path = tmp / "setda-2024.json"
    path.write_text(json.dumps(report.to_document(), ensure_ascii=False), encoding="utf-8")
    assert run_cli("import", str(path), store=root).returncode == 0
    return root


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled report (2023) and a copy of it for 2024 imported (no rollover links: the two
    twins are matched by name), the twins' parents renamed in 2024 (" Baru"): their parents do
    not decide either, so each is ambiguous."""
    return _with_2024(
        tmp_path_factory.mktemp("parents"), _renamed_parents(load_bundled_report(), " Baru")
    )


def test_twins_are_named_by_their_parents(store: Path) -> None:
    done = run_cli("compare", "--all-levels", store=store, env={"COLUMNS": "600"})
    assert done.returncode == 0, done.stderr
    listed = done.stdout[done.stdout.index("Tidak dicocokkan") :].splitlines()
    twins = [line for line in listed if line.startswith(f"  {TWIN}")]
    assert len(twins) == 2
    assert f"({KEGIATAN} Baru) — kemungkinan: " in twins[0]
    assert f"({SUB} Baru) — kemungkinan: " in twins[1]
    for line in twins:  # each candidate named by its parent too, never "(2×)"
        assert f"({KEGIATAN}) (nama sama); " in line and "2×" not in line
        assert line.endswith(f"({SUB}) (nama sama)")  # (why each is one: years68)
    en = run_cli("compare", "--all-levels", "--lang", "en", store=store, env={"COLUMNS": "600"})
    assert "(Activity (Kegiatan): Kegiatan Penataan Organisasi Baru) — candidates: " in en.stdout
    assert "(Sub-activity: Sub Kegiatan Peningkatan kinerja reformasi birokrasi) (same name)" in (
        en.stdout
    )


def test_twins_in_json_and_markdown(store: Path) -> None:
    data = json.loads(run_cli("compare", "--all-levels", "--json", store=store).stdout)
    told = [r for r in data["rows"] if r["parents"]]
    assert [(r["state"], [p["kind"] for p in r["parents"]]) for r in told] == [
        ("ambiguous", ["kegiatan"]),
        ("ambiguous", ["subkegiatan"]),
    ]
    assert all(r["parents"] == [] for r in data["rows"] if r not in told)
    # the Markdown (export --compare lists the IKU and indikator lainnya; its renderer, all)
    from lkj_tui.core.compare import compare
    from lkj_tui.core.evaluate import Evaluation
    from lkj_tui.export.compare import render_comparison
    from lkj_tui.storage.store import Store

    loaded = Store(store)
    old, new = (loaded.load(rid).report for rid in (BUNDLED_REPORT_ID, "setda-2024"))
    comparison = compare(Evaluation(old), Evaluation(new))
    md = render_comparison(comparison, list(comparison.rows), "id").splitlines()
    twins = [line for line in md if line.startswith(f"- {TWIN}")]
    assert len(twins) == 2 and f"({KEGIATAN} Baru) — kemungkinan: " in twins[0]
    assert f"({SUB} Baru) — kemungkinan: " in twins[1]
    assert twins[1].endswith(f"({SUB}) (nama sama)")


@pytest.fixture(scope="module")
def same_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled report (2023) and a copy of it for 2024 imported (no rollover links), the
    twins' parents named alike both years: their parents decide each twin's match."""
    return _with_2024(tmp_path_factory.mktemp("same"), load_bundled_report())


def test_twins_whose_parents_decide_are_matched(same_store: Path) -> None:
    # A kabupaten's compare --all-levels left ~700 indikator kegiatan ambiguous: one name under
    # many sub kegiatan, though each stood under a sub kegiatan of the same name both years. Now
    # the one candidate whose parents have the row's parents' names is its match.
    root = same_store
    data = json.loads(run_cli("compare", "--all-levels", "--json", store=root).stdout)
    twins = [r for r in data["rows"] if r["new"]["name"].startswith(TWIN)]
    assert [(r["state"], r["old"]["id"] == r["new"]["id"]) for r in twins] == [
        ("matched", True),
        ("matched", True),
    ], twins
    text = run_cli("compare", "--all-levels", store=root, env={"COLUMNS": "200"}).stdout
    unmatched = text[text.index("Tidak dicocokkan") :] if "Tidak dicocokkan" in text else ""
    assert TWIN not in unmatched, text


def test_a_match_by_parents_says_so(same_store: Path) -> None:
    # vals17: a match the parents decided was reported as one by name ("(nama)", matched_by
    # "name"), though the name alone matched several: it has its own label, in the text, the
    # Markdown and --json; a one-candidate match by name keeps "name".
    data = json.loads(run_cli("compare", "--all-levels", "--json", store=same_store).stdout)
    by = {r["new"]["name"]: r["matched_by"] for r in data["rows"] if r["state"] == "matched"}
    twins = [how for name, how in by.items() if name.startswith(TWIN)]
    assert twins == ["parents"], by  # the two twins share one name: one key
    assert "name" in by.values() or "code" in by.values()
    for lang, label in (("id", "(induk)"), ("en", "(parents)")):
        done = run_cli(
            "compare", "--all-levels", "--lang", lang, store=same_store, env={"COLUMNS": "400"}
        )
        assert done.returncode == 0, done.stderr
        lines = [line for line in done.stdout.splitlines() if TWIN in line]
        assert len(lines) == 2 and all(label in line for line in lines), lines
    from lkj_tui.core.compare import compare
    from lkj_tui.core.evaluate import Evaluation
    from lkj_tui.export.compare import render_comparison
    from lkj_tui.storage.store import Store

    loaded = Store(same_store)
    old, new = (loaded.load(rid).report for rid in (BUNDLED_REPORT_ID, "setda-2024"))
    comparison = compare(Evaluation(old), Evaluation(new))
    for lang, label in (
        ("id", "(dicocokkan dengan nama dan induknya)"),
        ("en", "(matched by name and parents)"),
    ):
        md = render_comparison(comparison, list(comparison.rows), lang).splitlines()
        twins_md = [line for line in md if TWIN in line]
        assert len(twins_md) == 2 and all(label in line for line in twins_md), twins_md
