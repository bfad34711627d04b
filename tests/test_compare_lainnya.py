"""``compare`` and ``export --compare`` list the IKU first, then the indikator lainnya, labelled
(years14).

The bundled report hangs "IKL 1" between IKU 2 and IKU 3: the comparison listed it there, among the
IKU, unlabelled, where an LKj prints the IKU's table and then the indikator kinerja lainnya's
(Tabel 3.3.2). Now the matched IKU come first, then "Indikator kinerja lainnya" ("Other performance
indicators" in English) with theirs; the lists of indicators only on one side are grouped the same
way; ``--json`` lists its rows in that order."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from lkj_tui.bundled import BUNDLED_REPORT_ID, load_bundled_report
from tests.conftest import run_cli

NEW = "bengkulu-selatan-setda-2024"


def _walk(nodes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out = []
    for n in nodes:
        out.append(n)
        out += _walk(n.get("children") or [])
    return out


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled Setda 2023, its 2024 (``new --from``), and "Dinas Y" 2023: the bundled report
    with IKU 3 and IKL 1 renamed (so each is only in one office's report)."""
    tmp = tmp_path_factory.mktemp("lainnya")
    root = tmp / "s"
    assert run_cli("init", store=root).returncode == 0
    made = run_cli("new", "--from", BUNDLED_REPORT_ID, "--tahun", "2024", store=root)
    assert made.returncode == 0, made.stderr
    report = load_bundled_report()
    report.meta = replace(report.meta, id="dinas-y-2023", instansi="Dinas Y")
    doc = report.to_document()
    for node in _walk(doc["nodes"]):
        if node["code"] in ("IKU 3", "IKL 1"):
            node["name"] = f"Lain {node['code']}"
    path = tmp / "dinas-y-2023.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    done = run_cli("import", str(path), store=root)
    assert done.returncode == 0, done.stderr
    return root


def _codes(text: str) -> list[str]:
    """The kode at the start of each table row (IKU n / IKL n) and the group labels, in order."""
    out = []
    for line in text.splitlines():
        word = line.strip()
        for label in ("Indikator kinerja lainnya", "Other performance indicators"):
            if word.startswith(label):
                out.append(label)
        head = line.lstrip("| -").split(" ")
        if head[0] in ("IKU", "IKL") and len(head) > 1:
            out.append(f"{head[0]} {head[1]}")
    return out


def test_compare_lists_the_iku_then_the_indikator_lainnya(store: Path) -> None:
    done = run_cli("compare", BUNDLED_REPORT_ID, NEW, store=store)
    assert done.returncode == 0, done.stderr
    iku = [f"IKU {n}" for n in range(1, 11)]
    assert _codes(done.stdout) == [*iku, "Indikator kinerja lainnya", "IKL 1", "IKL 2"]
    en = run_cli("compare", BUNDLED_REPORT_ID, NEW, "--lang", "en", store=store)
    assert _codes(en.stdout) == [*iku, "Other performance indicators", "IKL 1", "IKL 2"]

    rows = json.loads(run_cli("compare", BUNDLED_REPORT_ID, NEW, "--json", store=store).stdout)
    levels = [r["level"] for r in rows["rows"]]
    assert levels == ["iku"] * 10 + ["lainnya"] * 2
    assert [r["new"]["code"] for r in rows["rows"]] == [*iku, "IKL 1", "IKL 2"]


def test_export_compare_labels_the_indikator_lainnya(store: Path) -> None:
    done = run_cli("export", "-r", NEW, "--compare", BUNDLED_REPORT_ID, store=store)
    assert done.returncode == 0, done.stderr
    section = done.stdout[done.stdout.index("## Perbandingan dengan LKj 2023") :]
    table = [line for line in section.splitlines() if line.startswith("| ")][2:]
    iku = [f"IKU {n}" for n in range(1, 11)]
    assert [line.split(" | ")[0][2:] for line in table] == [*iku, "", "IKL 1", "IKL 2"]
    label = table[10]
    assert label.split(" | ")[1] == "**Indikator kinerja lainnya**"
    assert label.count("|") == table[0].count("|")  # one cell per column
    en = run_cli("export", "-r", NEW, "--compare", BUNDLED_REPORT_ID, "--lang", "en", store=store)
    assert "| | **Other performance indicators** |" in en.stdout


def test_the_indicators_of_one_office_only_are_grouped_alike(store: Path) -> None:
    done = run_cli("compare", BUNDLED_REPORT_ID, "dinas-y-2023", store=store)
    assert done.returncode == 0, done.stderr
    out = done.stdout
    only_a = out[out.index("Indikator yang hanya ada di A (2)") :]
    assert _codes(only_a)[:3] == ["IKU 3", "Indikator kinerja lainnya", "IKL 1"]
    only_b = out[out.index("Indikator yang hanya ada di B (2)") : out.index("hanya ada di A")]
    assert _codes(only_b) == ["IKU 3", "Indikator kinerja lainnya", "IKL 1"]
    md = run_cli("export", "-r", "dinas-y-2023", "--compare", BUNDLED_REPORT_ID, store=store)
    assert md.returncode == 0, md.stderr
    part = md.stdout[md.stdout.index("### Indikator yang hanya ada di B (2)") :]
    assert part.startswith(
        "### Indikator yang hanya ada di B (2)\n\n- IKU 3 Lain IKU 3\n\n"
        "**Indikator kinerja lainnya**\n\n- IKL 1 Lain IKL 1\n"
    ), part[:300]
