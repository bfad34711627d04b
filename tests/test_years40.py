"""years40: a Bappeda analyst comparing years and offices of a province.

``compare`` at 100 and 120 columns broke a figure's header where rich found room, "Target 2023
→" over "2024" or "Target 2023" over "→ 2024": now the column's word, then its years whole
under it."""

from __future__ import annotations

from pathlib import Path

import pytest

from lkj_tui.bundled import BUNDLED_REPORT_ID
from lkj_tui.core.model import Report
from lkj_tui.storage.store import Store
from tests.conftest import run_cli
from tests.test_reviu import _doc
from tests.test_years import NEXT_ID, years_store  # noqa: F401  (the fixture)


def _header_cells(stdout: str) -> list[list[str]]:
    """The header's lines, each cut into its columns' texts (stripped)."""
    lines = stdout.splitlines()
    rule = next(n for n, line in enumerate(lines) if "╇" in line)
    head = []
    for line in reversed(lines[:rule]):
        if "┃" not in line:
            break
        head.insert(0, [cell.strip() for cell in line.split("┃")])
    return head


def test_a_figure_header_keeps_its_years_whole(years_store: Path) -> None:  # noqa: F811
    for columns, lang in ((100, "en"), (120, "en"), (100, "id"), (120, "id")):
        done = run_cli(
            "compare", BUNDLED_REPORT_ID, NEXT_ID, "--lang", lang, store=years_store,
            env={"COLUMNS": str(columns)},
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        head = _header_cells(done.stdout)
        assert len(head) == 2, done.stdout
        words = ["Target", "Realisasi" if lang == "id" else "Actual", "Capaian"]
        for k, word in enumerate(words, start=2):  # (kode, name, then the figures)
            column = [line[k] for line in head if line[k]]
            assert column in ([word, "2023 → 2024"], [f"{word} 2023 → 2024"]), done.stdout


_REJANG = "Kabupaten Rejang Lebong"
_OFFICES = (
    "Dinas Pemberdayaan Masyarakat dan Desa",
    "Dinas Pemberdayaan Perempuan dan Perlindungan Anak",
)


def _two_governments(tmp_path: Path) -> Path:
    """2025's two "Dinas Pemberdayaan …" of Rejang Lebong and of Kaur: at 80 columns each
    government's two read "Dinas…Rejang Lebong" / "Dinas Pemberdayaan…Kaur", alike."""
    store = Store(tmp_path / "s")
    for region in (_REJANG, "Kabupaten Kaur"):
        for office in _OFFICES:
            words = office.split()
            meta = {
                "id": f"{region.split()[-1].lower()}-{words[2].lower()}-2025",
                "instansi": f"{office} {region}",
                "pemerintah": f"Pemerintah {region}",
                "tahun": 2025,
            }
            store.import_report(Report.from_document(_doc(report=meta)))
    return store.root


@pytest.mark.parametrize("lang", ["id", "en"])
def test_offices_that_would_read_alike_keep_the_word_that_differs(
    tmp_path: Path, lang: str
) -> None:
    root = _two_governments(tmp_path)
    done = run_cli("status", "--all", "--lang", lang, store=root, env={"COLUMNS": "80"})
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    rows = {}
    for region in (_REJANG, "Kabupaten Kaur"):
        for office in _OFFICES:
            rid = f"{region.split()[-1].lower()}-{office.split()[2].lower()}-2025"
            row = lines[lines.index(f"  {rid}") - 1].split("  ")[0]
            # (or whole: years41's under-target header over two lines leaves it 56 cells)
            cut = "…" in row or row == f"{office} {region}"
            assert cut and row.endswith(region.split()[-1]), done.stdout
            assert office.split()[2] in row, done.stdout  # ("Masyarakat", "Perempuan")
            rows[rid] = row
    assert len(set(rows.values())) == 4, done.stdout
    assert max(len(line) for line in lines) <= 80, done.stdout
