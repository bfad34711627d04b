"""years64: an indicator renamed in next year's report and matched by rollover's link (its kode
changed too, or its old name is another indicator's) was compared under its new name alone,
"(tautan)" beside it: a reviewer could not tell it had been renamed, nor from what. Its older
name is now said as a kode's is ("(2023: …)" beside the name, or "*" and a line under the
table), in ``compare``, ``compare --lang en`` and ``export --compare``; its figures are still
compared (the link says it is the one indicator ``new --from`` carried over)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import BUNDLED_REPORT_ID, NEXT_YEAR_ID, next_year_store, run_cli

OLD = "Persentase Ketepatan Kebijakan Pembangunan"
NEW = "Indeks Kepuasan Perencanaan"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Setda 2023 and 2024 (``new --from``): IKU 4 renumbered IKU 14 and renamed, its
    realisasi set."""
    root = tmp_path_factory.mktemp("years64") / "s"
    return next_year_store(
        root,
        (("IKU 4", "code", "IKU 14"), ("IKU 14", "name", NEW), ("IKU 14", "realisasi", "99")),
    )


def _row(lines: list[str], start: str) -> tuple[str, str]:
    """The name cell and the change cell of the table's row that starts with ``start``, each
    on one line."""
    at = next(i for i, line in enumerate(lines) if line.startswith(start))
    end = next(i for i in range(at + 1, len(lines)) if not lines[i].startswith(" "))
    cells = [line.split("│") for line in lines[at:end]]
    name, change = (" ".join(" ".join(c[k].split()) for c in cells).strip() for k in (1, -1))
    return name, change


def test_compare_names_a_renamed_link_beside_it(store: Path) -> None:
    done = run_cli("compare", store=store, env={"COLUMNS": "200"})
    assert done.returncode == 0, done.stderr
    name, change = _row(done.stdout.splitlines(), "IKU 14")
    assert name == f"{NEW} (tautan) (2023: {OLD})", done.stdout
    assert change.startswith("↑ 1 poin (lebih baik)"), change  # 98 → 99: compared
    en = run_cli("compare", "--lang", "en", store=store, env={"COLUMNS": "200"}).stdout
    assert _row(en.splitlines(), "IKU 14")[0] == f"{NEW} (link) (2023: {OLD})", en


def test_compare_on_a_narrow_terminal_says_it_under_the_table(store: Path) -> None:
    out = run_cli("compare", store=store, env={"COLUMNS": "100"}).stdout
    assert "(tautan)*" in out, out
    assert f"* IKU 14 di 2023 bernama {OLD}" in " ".join(out.split()), out


def test_export_compare_names_it(store: Path) -> None:
    done = run_cli("export", "-r", NEXT_YEAR_ID, "--compare", BUNDLED_REPORT_ID, store=store)
    assert done.returncode == 0, done.stderr
    rows = [line for line in done.stdout.splitlines() if line.startswith("| IKU 14 ")]
    row = rows[-1]  # (the comparison's, after the summary's)
    assert f"{NEW} (dicocokkan dengan tautan rollover) (2023: {OLD})" in row, row
