"""Verdicts without a capaian % everywhere a capaian is named (num12, docs/capaian.md "Verdicts").

A negative realisasi of a **negatif** indicator gave (2 × T − R) / T × 100, over 200 % ("calc 10 -3
--negatif": 230,00 %, Sangat Tinggi): now met, capaian n/a, with the reason, as num11 made a
positif one's. And a verdict is said as such ("n/a (tidak tercapai)") where the old code still
wrote "tidak terukur", "—" or "— %": ``export --compare``, the Renstra capaian (the TUI's detail
pane, the export's and check's printed-capaian lines), check's under-target findings and status's
under-target list."""

from __future__ import annotations

import json
from decimal import Context, Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lkj_tui.core.engine import compute
from lkj_tui.core.scales import Scales
from tests.conftest import run_cli

OLD, NEW = "bengkulu-selatan-setda-2023", "bengkulu-selatan-setda-2024"


@pytest.fixture
def store(tmp_path: Path) -> Path:
    root = tmp_path / "s"
    assert run_cli("init", store=root).returncode == 0
    return root


def _item(root: Path, code: str, report: str = OLD) -> dict[str, object]:
    data = json.loads(run_cli("status", "-r", report, "--json", store=root).stdout)
    return next(i for i in data["items"] if i["code"] == code)


def test_a_negative_realisasi_of_a_negatif_indicator_is_met_without_a_percent(
    store: Path,
) -> None:
    calc = run_cli("calc", "10", "-3", "--negatif")
    assert calc.returncode == 0, calc.stderr
    assert "230,00 %" not in calc.stdout  # (2 × 10 − (−3)) / 10 × 100, what it printed
    assert "Capaian         : n/a" in calc.stdout and "Kategori        : tercapai" in calc.stdout
    assert "(2 × target − realisasi) / target × 100, makin rendah makin baik" in calc.stdout
    en = run_cli("calc", "10", "-3", "--negatif", "--lang", "en")
    assert "Capaian      : n/a" in en.stdout and "Rating       : met" in en.stdout
    assert "lower is better) means nothing for a negative value" in en.stdout
    data = json.loads(run_cli("calc", "10", "-3", "--negatif", "--json").stdout)
    assert (data["achievement"], data["met"], data["under_target"]) == (None, True, False)
    assert (data["reason_code"], data["formula"]) == ("realisasi_negative", "-3 < 0")
    # a threshold "Maksimal 5" (lower is better) and a range's bound the same way
    for target in ("Maksimal 5", "< 5", "2-4"):
        read = json.loads(run_cli("calc", target, "-1", "--negatif", "--json").stdout)
        assert (read["achievement"], read["met"]) == (None, True), target

    assert run_cli("set", "IKU 5", "polaritas", "negatif", store=store).returncode == 0
    done = run_cli("set", "IKU 5", "realisasi", "-3", store=store)
    assert done.returncode == 0, done.stderr
    assert "Capaian: n/a  tercapai · realisasi -3 di bawah 0" in done.stdout  # (356018f)
    item = _item(store, "IKU 5")
    assert (item["achievement"], item["rating"], item["under_target"]) == (None, None, False)
    status = run_cli("status", store=store).stdout
    row = next(line for line in status.splitlines() if line.startswith("IKU 5"))
    assert "n/a" in row and "tercapai" in row and "Sangat Tinggi" not in row
    check = json.loads(run_cli("check", "--json", store=store).stdout)
    found = [f for f in check["findings"] if f["check"] == "capaian-verdict"]
    assert [f["figures"]["met"] for f in found] == ["met"]
    over = [f for f in check["findings"] if f["check"] == "capaian-over-150"]
    assert not [f for f in over if f["code"] == "IKU 5"]  # 203,41 % was "over 150"
    md = run_cli("export", "--scope", "all", store=store).stdout
    assert "| 87,07 | \\-3 | n/a | tercapai | ✓ tercapai |" in md


def test_the_t_over_r_formula_and_composites() -> None:
    tr = Scales.from_dict({"negative_formula": "T/R", "cap": "120"})
    ach = compute("10", "-3", "negatif", tr)  # was the cap, 120,00 %
    assert (ach.value, ach.met, ach.reason_code) == (None, True, "realisasi_negative")
    assert "target / realisasi × 100" in (ach.reason or "")
    assert compute("10", "0", "negatif", tr).rounded == Decimal(120)  # R = 0: the cap, as before
    # a met component leaves the lowest capaian of the others to decide
    both = compute("10 Dok, 5 Kali", "-1 Dok, 6 Kali", "negatif")
    assert (both.rounded, both.method) == (Decimal("80.00"), "komposit")
    assert [c.format() for c in both.components] == ["n/a", "80,00 %"]
    # a not met one decides, as before
    assert compute("10 Dok, 5 Kali", "-1 Dok, 6 Kali").met is False
    every = compute("10 Dok, 5 Kali", "-1 Dok, -2 Kali", "negatif")
    assert (every.value, every.met) == (None, True)


_NUMBERS = st.decimals(min_value=-(10**6), max_value=10**6, places=2, allow_nan=False)


@settings(max_examples=300, deadline=None)
@given(_NUMBERS, _NUMBERS.filter(lambda t: t > 0))
def test_negatif_below_0_is_met_and_otherwise_as_before(r: Decimal, t: Decimal) -> None:
    ach = compute(str(t).replace(".", ","), str(r).replace(".", ","), "negatif")
    if r < 0:
        assert (ach.value, ach.met, ach.reason_code) == (None, True, "realisasi_negative")
        assert "n/a" in ach.explanation_id and "Tercapai." in ach.explanation_id
    else:
        old = max(Context(prec=40).divide((2 * t - r) * 100, t), Decimal(0))
        assert ach.value == old  # the old formula, unchanged


def _two_years(store: Path) -> None:
    made = run_cli("new", "--from", OLD, "--tahun", "2024", store=store)
    assert made.returncode == 0, made.stderr
    for args in (("IKU 4", "realisasi", "-5"), ("IKU 1", "realisasi", "3")):
        done = run_cli("set", "-r", NEW, *args, store=store)
        assert done.returncode == 0, done.stderr


def test_compare_and_export_compare_give_the_verdict(store: Path) -> None:
    _two_years(store)
    md = run_cli("export", "-r", NEW, "--compare", OLD, store=store).stdout
    md = md[md.index("## Perbandingan dengan LKj 2023") :]
    row = next(line for line in md.splitlines() if line.startswith("| IKU 4 |"))
    cells = [c.strip() for c in row.split("|")[1:-1]]
    assert cells[6:9] == ["107,69 %", "n/a ▼", "tidak tercapai"]  # was "— ▼" and "—"
    en = run_cli("export", "-r", NEW, "--compare", OLD, "--lang", "en", store=store).stdout
    en = en[en.index("## Comparison with the LKj of 2023") :]
    row = next(line for line in en.splitlines() if line.startswith("| IKU 4 |"))
    assert "| n/a ▼ | not met |" in row
    shown = run_cli("compare", store=store).stdout
    row = next(line for line in shown.splitlines() if line.startswith("IKU 4"))
    assert "n/a ▼" in row and "tidak tercapai" in row
    rollup = run_cli("export", "--all", "--tahun", "2024", store=store).stdout
    assert "Realisasi: \\-5 · Capaian: n/a (tidak tercapai)" in rollup  # was "Capaian: —"


def test_the_renstra_capaian_and_under_target_lines_give_the_verdict(store: Path) -> None:
    assert run_cli("set", "IKU 4", "realisasi", "-5", store=store).returncode == 0
    md = run_cli("export", "--scope", "all", store=store).stdout
    assert (
        "Laporan mencetak capaian terhadap target akhir Renstra 105 % di Tabel 3.2 dan "
        "Tabel 3.2.2; hasil hitung n/a (tidak tercapai)." in md
    )  # was "hasil hitung —"
    assert "tidak terukur: 1" not in md  # the verdict is measured: met or not is said
    check = run_cli("check", store=store, env={"COLUMNS": "2000"}).stdout
    assert (
        "mencetak capaian thd target Renstra 105 %, hasil hitung n/a (tidak tercapai): "
        "realisasi -5 di bawah 0" in check
    )  # was "tetapi capaian tidak dapat dihitung"
    en = run_cli("check", "--lang", "en", store=store, env={"COLUMNS": "2000"}).stdout
    assert "3.2.2 print progress to the Renstra target 105 %, computed n/a (not met):" in en
    # an under-target item without permasalahan: "Capaian n/a (tidak tercapai)", not "— %"
    assert run_cli("set", "IKU 10", "realisasi", "-1", store=store).returncode == 0
    data = json.loads(run_cli("check", "--json", store=store).stdout)
    said = [
        f["message"]
        for f in data["findings"]
        if f["check"] == "under-no-solusi" and f["figures"]["capaian"].startswith("n/a")
    ]
    assert said and all("— %" not in m for m in said)
    status = run_cli("status", store=store).stdout
    assert "— realisasi -5, target 91: n/a tidak tercapai" in status  # was "-5 / 91 = —"
