"""Authoring in the TUI (edit31): the move picker's rows that differ only by the step above their
parent read apart at 80 columns."""

from __future__ import annotations

from dataclasses import replace

import pytest

from lkj_tui.bundled import load_bundled_report
from tests.tui.test_authoring27 import move_rows
from tests.tui.test_edit29 import add

PROGRAMS = ("Program Pengelolaan Arsip", "Program Pengelolaan Keuangan Daerah")
KEGIATAN = "Koordinasi dan Sinkronisasi Sarana dan Prasarana Kantor"
SUB = "Pemeliharaan Layanan Administrasi Perkantoran"


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_rows_told_apart_by_the_step_above_the_parent(make_app, tui_store, lang) -> None:
    """Two sub kegiatan of one name under kegiatan of one name, under programs that begin alike
    (BKPSDM 2021 of the kabupaten store, under IKU 1 and IKU 3), both read "…› Program
    Pengelolaan…" at 80 columns: the last two steps were cut together from their end. Each step
    is cut on its own now, the program keeping the words that differ."""
    report = load_bundled_report()
    report.meta = replace(report.meta, id="uji-langkah-2024")
    ikus = [next(n.id for n in report.walk() if n.code == c) for c in ("IKU 1", "IKU 3")]
    subs = [
        add(report, add(report, add(report, iku, "program", name), "kegiatan", KEGIATAN), *s)
        for iku, name, s in zip(ikus, PROGRAMS, [("subkegiatan", SUB)] * 2, strict=True)
    ]
    rows = await move_rows(make_app, tui_store, report, lang)
    shown = [rows[i] for i in subs]
    assert shown[0] != shown[1], shown
    assert "Arsip" in shown[0] and "Keuangan" in shown[1], shown
    assert all(r.count(" › ") >= 1 and "…›" in r for r in shown), shown  # the parent's step too
    assert all(SUB.split()[0] in r for r in shown), shown  # the name's first word kept
