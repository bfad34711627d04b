"""vals27: the detail pane says a printed capaian as `status` prints it ("100 %", "capaian
Renstra 96 %"), and lkj-tui's own with its "%"."""

from __future__ import annotations

import pytest

from tests.conftest import run_cli
from tests.tui.conftest import SIZE, settle
from tests.tui.test_engine_detail import shown


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_a_printed_capaian_reads_as_status_prints_it(make_app, lang: str) -> None:
    """The pane said "Laporan mencetak 100 (Tabel 3.2.1); hitungan lkj-tui 88,51" and, for the
    progress to the Renstra end target, "Laporan mencetak 96 (Tabel 3.2.1); hitungan lkj-tui
    85,33": no "%", and nothing told the two apart. `status` says "100 % (Tabel 3.2.1) · capaian
    Renstra 96 % (Tabel 3.2.1)" (vals26). Now the pane says the same words (one function)."""
    app = make_app(lang=lang)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        measure = await shown(app, pilot, "IKU 1")
    en = lang == "en"
    ours = "lkj-tui computes" if en else "hitungan lkj-tui"
    prints = "The report prints" if en else "Laporan mencetak"
    renstra = "Renstra capaian" if en else "capaian Renstra"  # (the report's word: tui68)
    assert f"{prints} 100 % (Tabel 3.2.1); {ours} 88,51 %" in measure, measure
    assert f"{prints} {renstra} 96 % (Tabel 3.2.1); {ours} 85,33 %" in measure, measure
    status = " ".join(run_cli("status", "--lang", lang, store=app.store.root).stdout.split())
    assert f"100 % (Tabel 3.2.1) · {renstra} 96 % (Tabel 3.2.1)" in status, status
