"""``export --all`` pairs a renamed office with its earlier reports (years14).

An office renamed for the new year (``new --from OLD --instansi "new name"``, or a report of the
same id but for its year) showed in the roll-up as one office without the year's report ("OPD
tanpa laporan 2024: <old name>") and one new office. Now it is paired by what links them (the
report ``new --from`` made it from; else the id), never listed as missing, and a section says which
reports were paired with which earlier name and how, id and en."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from lkj_tui.bundled import BUNDLED_REPORT_ID, load_bundled_report
from tests.conftest import run_cli


def _import(tmp: Path, root: Path, rid: str, instansi: str, tahun: int) -> None:
    report = load_bundled_report()
    report.meta = replace(report.meta, id=rid, instansi=instansi, tahun=tahun)
    path = tmp / f"{rid}.json"
    path.write_text(json.dumps(report.to_document(), ensure_ascii=False), encoding="utf-8")
    done = run_cli("import", str(path), store=root)
    assert done.returncode == 0, done.stderr


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Setda 2023 (bundled) and its 2024 under a new name (``new --from``); Bappeda 2022 and
    2023 and, imported, "Bapperida" 2024 of the id bappeda-2024 (no link); Dinas Y 2023 only."""
    tmp = tmp_path_factory.mktemp("renamed")
    root = tmp / "s"
    assert run_cli("init", store=root).returncode == 0
    made = run_cli(
        "new", "--from", BUNDLED_REPORT_ID, "--tahun", "2024", "--instansi", "Setda *Baru*",
        store=root,
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    _import(tmp, root, "bappeda-2022", "Bappeda Bengkulu Selatan", 2022)
    _import(tmp, root, "bappeda-2023", "Bappeda Bengkulu Selatan", 2023)
    _import(tmp, root, "bappeda-2024", "Bapperida Bengkulu Selatan", 2024)
    _import(tmp, root, "dinas-y-2023", "Dinas Y", 2023)
    return root


def _section(md: str, head: str) -> str:
    part = md[md.index(head) :]
    return part[: part.index("\n## ", 1)]


def test_a_renamed_office_is_paired_not_missing(store: Path) -> None:
    done = run_cli("export", "--all", store=store)
    assert done.returncode == 0, done.stderr
    md = done.stdout
    missing = _section(md, "## OPD tanpa laporan 2024 (1)")
    assert "- Dinas Y — laporan yang ada: 2023" in missing
    assert "Bappeda" not in missing and "Sekretariat Daerah" not in missing
    renamed = _section(md, "## OPD dengan nama lain di tahun lain (2)")
    assert (
        "- Bapperida Bengkulu Selatan — dahulu Bappeda Bengkulu Selatan (laporan yang ada: "
        "2022, 2023); id laporannya sama kecuali tahunnya (bappeda-2023)"
    ) in renamed
    assert (  # (the command a code span, whole: cli25)
        "- Setda \\*Baru\\* — dahulu Sekretariat Daerah Kabupaten Bengkulu Selatan (laporan yang "
        f"ada: 2023); dibuat dengan `lkj-tui new --from {BUNDLED_REPORT_ID}`"
    ) in renamed

    en = run_cli("export", "--all", "--lang", "en", store=store).stdout
    assert "## Offices without a report for 2024 (1)" in en
    renamed_en = _section(en, "## Offices named otherwise in other years (2)")
    assert "- Bapperida Bengkulu Selatan — formerly Bappeda Bengkulu Selatan" in renamed_en
    assert "its report id is the same but for the year (bappeda-2023)" in renamed_en
    assert f"made with `lkj-tui new --from {BUNDLED_REPORT_ID}`" in renamed_en


def test_the_workbook_lists_only_the_office_really_without(store: Path, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    out = tmp_path / "rekap.xlsx"
    done = run_cli("export", "--all", "--format", "xlsx", "-o", str(out), store=store)
    assert done.returncode == 0, done.stderr
    sheet = load_workbook(out)["Tanpa laporan 2024"]
    names = [row[0] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert names == ["Dinas Y"]


def test_an_earlier_year_pairs_the_later_names(store: Path) -> None:
    md = run_cli("export", "--all", "--tahun", "2023", store=store).stdout
    assert "## OPD tanpa laporan" not in md  # (Bapperida and Setda *Baru* are 2023's offices)
    renamed = _section(md, "## OPD dengan nama lain di tahun lain (2)")
    assert (
        "- Bappeda Bengkulu Selatan — kemudian bernama Bapperida Bengkulu Selatan (laporan yang "
        "ada: 2024); id laporannya sama kecuali tahunnya (bappeda-2024)"
    ) in renamed


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_workbook_has_a_sheet_of_the_renamed_pairs(
    store: Path, tmp_path: Path, lang: str
) -> None:
    """(years15) The Markdown roll-up named the renamed pairs; the workbook did not."""
    from openpyxl import load_workbook

    out = tmp_path / "rekap.xlsx"
    done = run_cli(
        "export", "--all", "--format", "xlsx", "-o", str(out), "--lang", lang, store=store
    )
    assert done.returncode == 0, done.stderr
    book = load_workbook(out)
    name = {"id": "Nama lain", "en": "Other names"}[lang]
    assert book.sheetnames[-1] == name and len(book.sheetnames) == 4
    rows = list(book[name].iter_rows(values_only=True))
    setda = "Setda *Baru*"
    if lang == "en":
        assert rows[0] == (
            "Instansi", "Year", "Name in other years", "Relation", "Years of the reports held",
            "Paired because",
        )  # fmt: skip
        assert rows[1][3] == "formerly"
        assert rows[2][5] == f"made with lkj-tui new --from {BUNDLED_REPORT_ID}"
        return
    assert rows == [
        (
            "Instansi", "Tahun", "Nama di tahun lain", "Hubungan", "Tahun laporan yang ada",
            "Dipasangkan karena",
        ),
        (
            "Bapperida Bengkulu Selatan", 2024, "Bappeda Bengkulu Selatan", "dahulu",
            "2022, 2023", "id laporannya sama kecuali tahunnya (bappeda-2023)",
        ),
        (
            setda, 2024, "Sekretariat Daerah Kabupaten Bengkulu Selatan", "dahulu", "2023",
            f"dibuat dengan lkj-tui new --from {BUNDLED_REPORT_ID}",
        ),
    ]  # fmt: skip
    # every text a string, never a formula; the year a number
    assert all(c.data_type == "s" for row in book[name].iter_rows() for c in row if c.column != 2)
