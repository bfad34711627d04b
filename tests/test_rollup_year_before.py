"""``export --all``: each office's average capaian against the year before (years16).

A Bappeda planner comparing the offices' years opened last year's roll-up beside this year's
and subtracted by hand. Now, where the store holds the year before, the summary table has a
column "Dibanding 2024": the change of the average capaian in points and last year's average
("−13,51 poin (2024: 107,44 %)"; "—" for an office without a report that year), the total row
the same offices' both years; the workbook's Rekap two columns of numbers (that year's average,
the change). A store without the year before: the table as before."""

from __future__ import annotations

import json
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest

from lkj_tui.bundled import BUNDLED_REPORT_ID
from lkj_tui.core.numbers import format_id
from tests.conftest import run_cli
from tests.test_rollup_renamed import _import

NEXT = "bengkulu-selatan-setda-2024"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Setda 2023 (bundled) and 2024 (new --from, two realisasi set), Dinas Z 2024 only."""
    tmp = tmp_path_factory.mktemp("before")
    root = tmp / "s"
    assert run_cli("init", store=root).returncode == 0
    assert (
        run_cli("new", "--from", BUNDLED_REPORT_ID, "--tahun", "2024", store=root).returncode == 0
    )
    for code, value in (("IKU 1", "3,1"), ("IKU 6", "55")):
        done = run_cli("set", code, "realisasi", value, "-r", NEXT, store=root)
        assert done.returncode == 0, done.stderr
    _import(tmp, root, "dinas-z-2024", "Dinas Z", 2024)
    return root


def _same(store: Path) -> tuple[Decimal, Decimal, int]:
    """Setda's 2023 and 2024 average capaian over the IKU both years have, each with a capaian
    in both (as ``compare`` matches them, but for a kode renamed: two indicators, ys48), and how
    many they are (years18)."""
    data = json.loads(run_cli("compare", BUNDLED_REPORT_ID, NEXT, "--json", store=store).stdout)
    pairs = [
        (Decimal(str(r["old"]["achievement"])), Decimal(str(r["new"]["achievement"])))
        for r in data["rows"]
        if r["state"] == "matched" and r["level"] == "iku" and r["not_compared"] != "renamed"
        if r["old"]["achievement"] is not None and r["new"]["achievement"] is not None
    ]
    cent = Decimal("0.01")

    def mean(values: list[Decimal]) -> Decimal:
        return (sum(values, Decimal(0)) / len(values)).quantize(cent, ROUND_HALF_UP)

    return mean([a for a, _ in pairs]), mean([b for _, b in pairs]), len(pairs)


def test_each_office_against_the_year_before(store: Path) -> None:
    # 2024's average is of the two IKU with a realisasi, 2023's of all ten: the change compares
    # those two IKU in both years ("−15,47 poin" was 2024's two against 2023's ten), and says so
    then, now, same = _same(store)
    assert same == 2
    points = now - then
    sign = "+" if points > 0 else "−" if points < 0 else ""
    md = run_cli("export", "--all", store=store).stdout
    lines = md.splitlines()
    head = next(line for line in lines if line.startswith("| Instansi"))
    assert head.endswith("| Rata-rata capaian | Dibanding 2023 |")
    row = next(line for line in lines if line.startswith("| Sekretariat Daerah"))
    # (both years' averages of those IKU: the row's own 2024 average is of every IKU, years29)
    said = f"{sign}{format_id(abs(points))} poin (2023: {format_id(then)} %; 2024: "
    said += f"{format_id(now)} %)"
    assert row.endswith(f"| {said}; atas 2 IKU yang sama |"), row
    assert next(line for line in lines if line.startswith("| Dinas Z")).endswith("| — |")
    total = next(line for line in lines if line.startswith("| **Jumlah"))
    assert total.endswith(f"| {said}; 1 dari 2 OPD; atas 2 IKU yang sama |"), total
    en = run_cli("export", "--all", "--lang", "en", store=store).stdout
    assert "| Against 2023 |" in en and f"{sign}{format_id(abs(points))} points (2023: " in en
    assert "; over the 2 IKU both years have |" in en
    # a year without the year before in the store: no column
    alone = run_cli("export", "--all", "--tahun", "2023", store=store).stdout
    assert "Dibanding" not in alone


def test_the_workbook_has_the_year_before_as_numbers(store: Path, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    out = tmp_path / "rekap.xlsx"
    done = run_cli("export", "--all", "--format", "xlsx", "-o", str(out), store=store)
    assert done.returncode == 0, done.stderr
    rows = list(load_workbook(out)["Rekap"].iter_rows(values_only=True))
    assert rows[0][-3:] == (
        "Rata-rata capaian 2023 (IKU yang sama)", "Perubahan (poin)", "Catatan perbandingan"
    )  # fmt: skip
    then, now, _ = _same(store)
    setda = next(r for r in rows if r[0] and r[0].startswith("Sekretariat Daerah"))
    assert setda[-3:-1] == (float(then), pytest.approx(float(now - then)))
    assert setda[-1] == "atas 2 IKU yang sama"
    assert next(r for r in rows if r[0] == "Dinas Z")[-3:] == (None, None, None)
    total = next(r for r in rows if r[0] and r[0].startswith("Jumlah"))
    assert total[-3:] == setda[-3:]  # (the same office's both years)


def test_averages_of_all_their_iku_are_compared_without_a_note(tmp_path: Path) -> None:
    root = tmp_path / "s"
    assert run_cli("init", store=root).returncode == 0
    _import(tmp_path, root, "setda-2024", "Sekretariat Daerah Kabupaten Bengkulu Selatan", 2024)
    md = run_cli("export", "--all", store=root).stdout
    row = next(line for line in md.splitlines() if line.startswith("| Sekretariat Daerah"))
    assert row.endswith("| 0,00 poin (2023: 107,81 %) |"), row  # (both of their ten IKU)
    from openpyxl import load_workbook

    out = tmp_path / "rekap.xlsx"
    done = run_cli("export", "--all", "--format", "xlsx", "-o", str(out), store=root)
    assert done.returncode == 0, done.stderr
    head, setda = list(load_workbook(out)["Rekap"].iter_rows(values_only=True))[:2]
    assert (head[-1], setda[-3:]) == ("Catatan perbandingan", (107.81, 0.0, None))


def test_the_year_before_matches_the_iku_only(store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Each office's IKU of two years were matched with every measure of both reports, a
    # kabupaten's hundreds of indikator kegiatan too, though only the IKU are averaged: on the
    # 200-report store 7,144 M instructions of export --all, of which the indikator kegiatan's
    # matching ≈ 1,060 M. Now the IKU and indikator lainnya only (their group, matched apart
    # from the indikator kegiatan): the same IKU, the same averages.
    import lkj_tui.core.compare as compare
    import lkj_tui.core.years as years
    from lkj_tui.core.compare import same_iku
    from lkj_tui.core.evaluate import Evaluation
    from lkj_tui.storage.store import Store

    reports = Store(store)
    old, new = (Evaluation(reports.load(rid).report) for rid in (BUNDLED_REPORT_ID, NEXT))
    assert any(n.kind == "indikator_kegiatan" for n in new.report.walk())
    kinds: set[str] = set()
    index = years._index

    def seen(nodes, key):  # type: ignore[no-untyped-def]
        nodes = list(nodes)
        kinds.update(n.kind for n in nodes)
        return index(nodes, key)

    monkeypatch.setattr(years, "_index", seen)
    both = same_iku(old, new)
    assert kinds and kinds <= {"iku", "lainnya"}, kinds
    monkeypatch.setattr(years, "_index", index)

    def every_level(a, b, *, codes, kinerja_only=False):  # type: ignore[no-untyped-def]
        return years.match(a, b, codes=codes)  # (as compare matches them: every level)

    monkeypatch.setattr(compare, "match", every_level)
    assert same_iku(old, new) == both and both.now.indicators > 0
