"""Met or not met without a capaian % (docs/capaian.md, "Verdicts"): a threshold of 0 ("> 0",
"≥ 0", "lebih dari 0") has no divisor, and a negative realisasi of a positif indicator has no
meaningful R / T × 100 (BAB III gives formulas (a) and (b) only). Both give a verdict, capaian
"n/a" and the reason, in calc, set, status, check and export, where the old code gave no verdict
(and set refused "> 0") or printed a negative capaian."""

from __future__ import annotations

import json
from decimal import Context, Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lkj_tui.core.engine import compute
from tests.conftest import run_cli


@pytest.fixture
def store(tmp_path: Path) -> Path:
    root = tmp_path / "s"
    assert run_cli("init", store=root).returncode == 0
    return root


def _item(root: Path, code: str) -> dict[str, object]:
    data = json.loads(run_cli("status", "--json", store=root).stdout)
    return next(i for i in data["items"] if i["code"] == code)


def test_set_takes_a_threshold_of_0_and_every_front_end_shows_the_verdict(store: Path) -> None:
    done = run_cli("set", "IKU 10", "target", "> 0", store=store)
    assert done.returncode == 0, done.stderr  # was refused: "tidak ada capaian"
    assert "Capaian: n/a  tercapai · ambang > 0:" in done.stdout  # (356018f: one bracket)
    item = _item(store, "IKU 10")
    assert (item["achievement"], item["under_target"], item["method"]) == (None, False, "ambang")
    assert "Tercapai." in str(item["explanation"])
    status = run_cli("status", store=store).stdout
    row = next(line for line in status.splitlines() if line.startswith("IKU 10"))
    assert "n/a" in row and "tercapai" in row and "▼" not in row
    en = run_cli("status", "--lang", "en", store=store).stdout
    assert "met" in next(line for line in en.splitlines() if line.startswith("IKU 10"))
    check = json.loads(run_cli("check", "--json", store=store).stdout)
    found = [f for f in check["findings"] if f["check"] == "capaian-verdict"]
    assert len(found) == 1 and "tercapai, capaian n/a" in found[0]["message"]
    md = run_cli("export", store=store).stdout
    assert "| \\> 0 | 90 | n/a | tercapai | ✓ tercapai |" in md
    md_en = run_cli("export", "--scope", "all", "--lang", "en", store=store).stdout
    assert "Capaian: n/a · met" in md_en
    assert "Capaian n/a: threshold \\> 0: only met or not" in md_en


def test_a_threshold_of_0_not_met(store: Path) -> None:
    assert run_cli("set", "IKU 10", "target", "lebih dari 0", store=store).returncode == 0
    done = run_cli("set", "IKU 10", "realisasi", "0", store=store)
    assert done.returncode == 0, done.stderr
    assert "n/a  tidak tercapai  ▼ di bawah target" in done.stdout
    item = _item(store, "IKU 10")
    assert (item["achievement"], item["under_target"]) == (None, True)
    summary = json.loads(run_cli("status", "--json", store=store).stdout)["summary"]
    assert summary["under_target"] == 3  # IKU 1, IKU 8 and this one


def test_a_negative_realisasi_of_a_positif_indicator_is_not_met_without_a_percent(
    store: Path,
) -> None:
    done = run_cli("set", "IKU 4", "realisasi", "-2", store=store)
    assert done.returncode == 0, done.stderr
    assert "-2,20 %" not in done.stdout and "n/a  tidak tercapai" in done.stdout
    status = run_cli("status", store=store).stdout
    row = next(line for line in status.splitlines() if line.startswith("IKU 4"))
    assert "n/a ▼" in row and "tidak tercapai" in row
    calc = run_cli("calc", "91", "-2", "--lang", "en")
    assert "Capaian      : n/a" in calc.stdout and "Rating       : not met" in calc.stdout
    assert "means nothing for a negative value" in calc.stdout
    xlsx = run_cli("export", "-f", "csv", store=store)
    assert xlsx.returncode == 0


_CMP = {"> 0": lambda x: x > 0, "≥ 0": lambda x: x >= 0, "lebih dari 0": lambda x: x > 0}
_NUMBERS = st.decimals(min_value=-(10**6), max_value=10**6, places=2, allow_nan=False)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(sorted(_CMP)), _NUMBERS, st.sampled_from(["positif", "negatif", "stabil"]))
def test_a_threshold_of_0_is_a_verdict_by_its_comparator(
    target: str, x: Decimal, polarity: str
) -> None:
    ach = compute(target, str(x).replace(".", ","), polarity)  # type: ignore[arg-type]
    assert ach.value is None and ach.rating is None and ach.verdict
    assert ach.met is _CMP[target](x) and ach.under_target is not ach.met
    assert ach.format() == "n/a" and ach.reason and ach.reason_en
    assert ach.reason_code in ("threshold_zero", "realisasi_negative")


@settings(max_examples=300, deadline=None)
@given(_NUMBERS, _NUMBERS.filter(lambda t: t > 0))
def test_positif_below_0_is_not_met_and_otherwise_as_before(r: Decimal, t: Decimal) -> None:
    ach = compute(str(t).replace(".", ","), str(r).replace(".", ","))
    if r < 0:
        assert (ach.value, ach.met, ach.reason_code) == (None, False, "realisasi_negative")
        assert "n/a" in ach.explanation_id and "Tidak tercapai." in ach.explanation_id
    else:
        assert ach.value == Context(prec=40).divide(r * 100, t)  # the old formula, unchanged
        assert ach.rounded is not None and ach.met is (ach.rounded >= 100)


def test_a_composite_with_a_negative_part_is_not_met() -> None:
    ach = compute("10 Dok, 5 Raperda", "-1 Dok, 5 Raperda")
    assert (ach.value, ach.met, ach.method) == (None, False, "komposit")
    assert ach.formula == "10 Dok: -1 < 0"
    assert [c.format() for c in ach.components] == ["n/a", "100,00 %"]
