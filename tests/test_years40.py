"""years40: a Bappeda analyst comparing years and offices of a province.

``compare`` at 100 and 120 columns broke a figure's header where rich found room, "Target 2023
→" over "2024" or "Target 2023" over "→ 2024": now the column's word, then its years whole
under it."""

from __future__ import annotations

from pathlib import Path

from lkj_tui.bundled import BUNDLED_REPORT_ID
from tests.conftest import run_cli
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
