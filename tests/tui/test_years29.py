"""years29: the detail pane's years read only the office's own government's reports."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from lkj_tui.bundled import load_bundled_report
from lkj_tui.storage.store import Store
from tests.tui.conftest import node_id_by_code, settle, workers_done
from tests.tui.test_governments28 import pino_store_of
from tests.tui.test_years_overview import _other_years

KAUR = "Pemerintah Kabupaten Kaur"
#: twelve other governments, each with its "Kecamatan Pino" of 2024 (ids of other stems)
OTHERS = tuple(f"Pemerintah Kabupaten Lain {n}" for n in range(12))


@pytest.fixture
def province(tmp_path: Path) -> Store:
    """Kabupaten Kaur's "Kecamatan Pino" 2021 and 2025 (none of 2022–2024); twelve other
    governments' of 2024."""
    offices = [("kaur-pino-2021", KAUR, 2021), ("kaur-pino-2025", KAUR, 2025)]
    offices += [(f"lain{n}-kec-pino-2024", p, 2024) for n, p in enumerate(OTHERS)]
    return pino_store_of(tmp_path, offices)


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_the_years_read_no_other_government_s_report(
    make_app, province: Store, lang: str
) -> None:
    """The years view picked the other years by name and read each report to see its
    pemerintah: Kaur's Pino 2025 read the twelve other governments' 2024 (the most it reads)
    and never came to its own 2021. Now the listing's pemerintah picks them: its own year only
    is read, and shown."""
    read: list[str] = []
    load = province.load

    def counted(report_id: str, *args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        read.append(report_id)
        return load(report_id, *args, **kwargs)  # type: ignore[arg-type]

    province.load = counted  # type: ignore[method-assign]
    app = make_app(province, report_id="kaur-pino-2025", lang=lang)
    async with app.run_test(size=(80, 24)) as pilot:
        await _other_years(pilot)
        await workers_done(pilot)
        await settle(pilot)
        others = [other.meta.id for other, _ in app.detail.years_context.others]
        assert others == ["kaur-pino-2021"], others
        assert not [r for r in read if r.startswith("lain")], read
        app.go_to(node_id_by_code(app, "IKU 1"))
        await settle(pilot)
        years = " ".join(app.detail.part_text("years").split())
        assert "pino-2021" in years, years  # (a long id keeps its end)


def test_a_year_s_row_fits_the_pane_its_figures_folded_within_their_columns() -> None:
    """At 80×24 (a pane of 27 columns) a kabupaten's figures with their units ("4 Surat", "Tidak
    ada temuan") made a year's row wider than the pane even with gaps of one: it wrapped whole,
    its capaian at the pane's left under its year. Now a figure folds at its spaces within its
    column (the row's margin given up where that is the cell missing), the capaian on the year's
    line, and a line's "118,00 %" is never broken before its "%"."""
    from lkj_tui.core.evaluate import Evaluation
    from lkj_tui.tui.components.years import YearsContext, years_part

    report = load_bundled_report()
    node = next(n for n in report.nodes() if n.code == "IKU 1")
    assert node.measure is not None
    history = {**node.measure.realisasi_history, 2022: "Tidak ada temuan"}
    measure = replace(node.measure, target="4 Surat", realisasi="4 Surat")
    measure = replace(measure, realisasi_history=history)
    report.replace_node(node.with_changes(measure=measure))
    part = years_part(Evaluation(report).of(node.id), YearsContext(report), "id")
    assert part is not None
    ends = ("Sumber", "Per", "Kemajuan")  # (the sources, the change, or the progress after)
    for width in range(27, 60):  # (no change said from 2021's bare 3,22 to "4 Surat": ys47)
        lines = part.layout(width).plain.splitlines()
        table = lines[1 : next(i for i, x in enumerate(lines) if x.startswith(ends))]
        assert all(len(x) <= width for x in table), (width, table)
        assert [x.split()[0] for x in table if x[:5].strip().isdigit()] == [
            "2021", "2022", "2023", "2024", "2025", "2026",
        ]  # fmt: skip
        row = next(x for x in table if x.split()[0] == "2023")
        assert "100,00 %" in row, (width, table)  # (the capaian on the year's line)
    # (the margin given up, "temuan" whole; a folded figure's lines from one column: tui65)
    assert part.layout(27).plain.splitlines()[1:9] == [
        "Thn  Target  Real.  Capaian",
        "2021      —   3,22        —",
        "2022  3,226 Tidak         —",
        "            ada",
        "            temuan",
        "2023  4      4     100,00 %",
        "      Surat  Surat",
        "2024   3,32      —        —",
    ]
