"""``lkj-tui check`` groups printed figures by unit as ``status`` does: 90 % and 90 are one figure,
90 % and 90 orang are two (core/reviu/measures.py ``_same``, core/evaluate.py ``units_agree``)."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from lkj_tui.core.evaluate import same_value
from lkj_tui.core.model import Report
from lkj_tui.core.reviu.measures import group_values
from lkj_tui.storage.store import Store
from tests.conftest import run_cli
from tests.test_reviu import _doc


def _store(tmp_path: Path, printed: list[dict[str, str]], **measure: object) -> Path:
    doc = _doc(measure={"printed": printed, **measure})
    store = Store(tmp_path / "s")
    store.import_report(Report.from_document(doc))
    return store.root


def _codes(root: Path, lang: str = "id") -> dict[str, str]:
    result = run_cli("check", "--json", "--lang", lang, store=root)
    data = json.loads(result.stdout)
    return {f["check"]: f["message"] for f in data["findings"] if f["node"] != "report"}


def test_check_names_a_target_printed_in_another_unit(tmp_path: Path) -> None:
    """Target 90 % (the LKj) and 90 orang (Tabel 2.2.2): status shows the other target, check
    must name the conflict too (it grouped them as one figure)."""
    root = _store(
        tmp_path,
        [{"table": "Tabel 2.2.2", "field": "target", "value": "90 orang"}],
        target="90 %",
        targets={"2024": "92"},
    )
    status = run_cli("status", store=root).stdout
    assert "Target lain: 90 orang (Tabel 2.2.2)" in status
    found = _codes(root)
    assert "target-conflict" in found, found
    assert "90 orang (Tabel 2.2.2)" in found["target-conflict"]
    assert "90 orang (Tabel 2.2.2)" in _codes(root, "en")["target-conflict"]


def test_check_names_a_realisasi_printed_in_another_unit(tmp_path: Path) -> None:
    root = _store(
        tmp_path,
        [{"table": "Tabel 3.2", "field": "realisasi", "value": "95 Dokumen"}],
        realisasi="95 %",
    )
    found = _codes(root)
    assert "realisasi-conflict" in found, found
    assert "95 Dokumen (Tabel 3.2)" in found["realisasi-conflict"]


def test_check_keeps_a_percent_and_a_bare_number_as_one(tmp_path: Path) -> None:
    root = _store(
        tmp_path,
        [
            {"table": "Tabel 2.2.2", "field": "target", "value": "90"},
            {"table": "Tabel 3.2", "field": "realisasi", "value": "95 %"},
        ],
        target="90 %",
    )
    found = _codes(root)
    assert "target-conflict" not in found and "realisasi-conflict" not in found, found


_CELLS = st.builds(
    "{}{}".format,
    st.sampled_from(["90", "90,0", "3 ± 1", "2-4", "> 90", "≥ 90", "Minimal BB", "Minimal A", "3"]),
    st.sampled_from(["", " %", "%", " orang", " Orang", " Dokumen", " persen"]),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_CELLS, min_size=2, max_size=5))
def test_check_groups_two_figures_as_status_compares_them(cells: list[str]) -> None:
    """Two printed figures are one group in check exactly when status says they are the same
    figure (same_value), for numbers, ranges and thresholds in any unit."""
    a, b = cells[0], cells[1]
    groups = group_values([("A", a), ("B", b)])
    assert (len(groups) == 1) == same_value(a, b), (a, b, groups)
    everything = group_values([(str(i), c) for i, c in enumerate(cells)])
    assert sum(len(sources) for _, sources in everything) == len(cells)
