"""``check`` names a target taken from the Renstra one year off as a shift (the bundled report's
IKU 6: the LKj's 2023 target 60,24 is the Renstra's 2024 target, its target akhir 66,62 the
Renstra's 2025 one), where it listed the figures without saying how they relate."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from lkj_tui.core.evaluate import Evaluation
from lkj_tui.core.model import Report
from lkj_tui.core.reviu import run_checks
from tests.conftest import run_cli
from tests.test_reviu import _doc


def test_check_names_iku_6s_shift_in_the_bundled_report(tmp_path: Path) -> None:
    store = tmp_path / "s"
    assert run_cli("init", store=store).returncode == 0
    found = json.loads(run_cli("check", "--json", store=store).stdout)["findings"]
    conflict = next(
        f for f in found if f["check"] == "target-conflict" and "60,24 (LKj" in f["message"]
    )
    assert (
        "60,24 adalah target Renstra 2024, bukan 2023: target bergeser satu tahun."
        in conflict["message"]
    )
    renstra = next(
        f for f in found if f["check"] == "renstra-conflict" and "66,62 (LKj" in f["message"]
    )
    assert (
        "66,62 adalah target Renstra 2025, bukan 2026: target bergeser satu tahun."
        in renstra["message"]
    )
    en = run_cli("check", "--lang", "en", store=store).stdout
    assert "60,24 is the Renstra's 2024 target, not 2023's: shifted by one year." in " ".join(
        en.split()
    )


def test_a_figure_the_renstra_sets_for_two_years_names_no_shift() -> None:
    targets = {"2022": "BB", "2023": "BB", "2024": "A", "2025": "A", "2026": "AA"}
    doc = _doc(measure={"target": "A", "targets": targets, "target_akhir": "A", "printed": []})
    findings = run_checks(Evaluation(Report.from_document(doc))).findings
    assert not [f for f in findings if "bergeser" in f.message_id]


_SERIES = st.lists(st.integers(10, 99), min_size=6, max_size=6, unique=True)


@settings(max_examples=100, deadline=None)
@given(_SERIES, st.integers(-2, 2))
def test_a_shift_is_named_exactly_when_the_target_is_a_neighbour_years(
    series: list[int], offset: int
) -> None:
    targets = {str(2021 + i): str(v) for i, v in enumerate(series)}
    lkj = targets.get(str(2023 + offset), "7")
    doc = _doc(measure={"target": lkj, "targets": targets, "printed": []})
    ev = Evaluation(Report.from_document(doc))
    messages = [f.message_id for f in run_checks(ev).findings if f.check == "target-conflict"]
    named = any("bergeser satu tahun" in m for m in messages)
    assert named is (offset in (-1, 1)), (offset, messages)
