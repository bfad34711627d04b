"""years48 (ys48): ``export --all``'s "Dibanding 2023" averaged the capaian of a kode whose name
changed (two indicators, "nama berubah" in ``compare``) with the IKU both years have; now such a
pair is left out of both years' averages and the cell says how many were."""

from __future__ import annotations

from pathlib import Path

import pytest

from lkj_tui.core.numbers import format_id
from tests.conftest import next_year_store, run_cli
from tests.test_rollup_renamed import _import
from tests.test_rollup_year_before import _same

NEXT = "bengkulu-selatan-setda-2024"


@pytest.fixture(scope="module")
def renamed_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Setda 2023 (bundled) and 2024 (new --from): IKU 1 renamed and its realisasi set (a
    capaian far from 2023's), IKU 6's realisasi set; Dinas Z 2024 only."""
    tmp = tmp_path_factory.mktemp("renamed48")
    root = next_year_store(
        tmp / "s",
        (
            ("IKU 1", "name", "Nilai pengendalian inflasi daerah"),
            ("IKU 1", "realisasi", "9"),
            ("IKU 6", "realisasi", "55"),
        ),
    )
    _import(tmp, root, "dinas-z-2024", "Dinas Z", 2024)
    return root


def test_the_year_before_leaves_a_renamed_iku_out_and_says_so(renamed_store: Path) -> None:
    then, now, same = _same(renamed_store)
    assert same == 1  # IKU 6 (IKU 1 renamed; the others without a 2024 realisasi)
    points = now - then
    sign = "+" if points > 0 else "−" if points < 0 else ""
    said = f"{sign}{format_id(abs(points))} poin (2023: {format_id(then)} %; 2024: "
    said += f"{format_id(now)} %)"
    note = "; atas 1 IKU yang sama; 1 IKU yang namanya berubah tidak dihitung"
    md = run_cli("export", "--all", store=renamed_store).stdout.splitlines()
    row = next(line for line in md if line.startswith("| Sekretariat Daerah"))
    assert row.endswith(f"| {said}{note} |"), row
    total = next(line for line in md if line.startswith("| **Jumlah"))  # (Setda's alone)
    assert total.endswith(f"| {said}; 1 dari 2 OPD{note} |"), total
    en = run_cli("export", "--all", "--lang", "en", store=renamed_store).stdout
    assert "; over the 1 IKU both years have; 1 renamed IKU left out |" in en, en


def test_the_workbook_notes_the_renamed_iku(renamed_store: Path, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    out = tmp_path / "rekap.xlsx"
    done = run_cli("export", "--all", "--format", "xlsx", "-o", str(out), store=renamed_store)
    assert done.returncode == 0, done.stderr
    rows = list(load_workbook(out)["Rekap"].iter_rows(values_only=True))
    then, now, _ = _same(renamed_store)
    setda = next(r for r in rows if r[0] and r[0].startswith("Sekretariat Daerah"))
    assert setda[-3:-1] == (float(then), pytest.approx(float(now - then)))
    assert setda[-1] == "atas 1 IKU yang sama; 1 IKU yang namanya berubah tidak dihitung"


def test_only_renamed_iku_say_none_compared_and_why(tmp_path: Path) -> None:
    root = next_year_store(
        tmp_path / "s",
        (("IKU 1", "name", "Nilai pengendalian inflasi daerah"), ("IKU 1", "realisasi", "9")),
    )
    md = run_cli("export", "--all", store=root).stdout.splitlines()
    row = next(line for line in md if line.startswith("| Sekretariat Daerah"))
    assert row.endswith(
        "| — (2023: tidak ada IKU yang sama dengan capaian); "
        "1 IKU yang namanya berubah tidak dihitung |"
    ), row
