"""Authoring in the TUI (edit29): the move picker's rows read apart at 80 columns: a parent cut
after an opening it shares with another parent keeps the words that tell it apart, and rows of
the same kind, name and place are named by their ids."""

from __future__ import annotations

from dataclasses import replace

import pytest

from lkj_tui.bundled import load_bundled_report
from lkj_tui.core import edits
from tests.tui.test_authoring27 import move_rows

SUB = "Peningkatan Kapasitas Kegiatan Monitoring dan Evaluasi"
PARENTS = ("Pembinaan dan Pengawasan Desa Tangguh Bencana", "Pembinaan dan Pengawasan Ruas Jalan")
TWIN = "Penyediaan Sarana Prasarana Kantor"


def add(report, parent_id: str, kind: str, name: str) -> str:
    change = edits.add(report, parent_id, kind, name)
    edits.apply(report, change)
    return change.focus


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_the_move_pickers_rows_read_apart_at_80_columns(make_app, tui_store, lang) -> None:
    """Under two kegiatan that begin "Pembinaan dan Pengawasan", a sub kegiatan of one name read
    "…› Pembinaan dan…" on both rows (kabupaten reports at 80 columns: 1,514 rows of 200
    reports read alike); two kegiatan of one name under one IKU read alike whatever the width."""
    report = load_bundled_report()
    report.meta = replace(report.meta, id="uji-pindah-2024")
    iku3, iku4 = (next(n.id for n in report.walk() if n.code == c) for c in ("IKU 3", "IKU 4"))
    subs_ids = [add(report, add(report, iku3, "kegiatan", n), "subkegiatan", SUB) for n in PARENTS]
    twins = [add(report, iku4, "kegiatan", TWIN) for _ in range(2)]
    rows = await move_rows(make_app, tui_store, report, lang)
    subs = [rows[i] for i in subs_ids]
    assert subs[0] != subs[1], subs
    assert "Desa" in subs[0] and "Ruas" in subs[1], subs  # what tells the parents apart
    word = "simpul" if lang == "id" else "node"
    assert [f"{word} {i[:8]}" in rows[i] for i in twins] == [True, True], rows
