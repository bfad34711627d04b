"""Authoring in the TUI (edit32): the move picker cuts rows of one name alike, at a word, and a
row told apart by its id keeps its name's first word."""

from __future__ import annotations

from dataclasses import replace

import pytest

from lkj_tui.bundled import load_bundled_report
from tests.tui.test_authoring27 import move_rows
from tests.tui.test_edit29 import add
from tests.tui.test_edit31 import KEGIATAN, PROGRAMS, SUB, same_named_subs

TWIN = "Fasilitasi Koordinasi Pembinaan Ruas Jalan Kabupaten"


@pytest.mark.parametrize(("size", "lang"), [((120, 40), "en"), ((80, 24), "id")])
async def test_rows_of_one_name_are_cut_alike_at_a_word(make_app, tui_store, size, lang) -> None:
    """At 120×40 (en) one sub kegiatan's name under two programs read "Pemeliharaan Laya…" on one
    row and "Pemeliharaan Layanan…" on the other (BKPSDM 2021): two names, it looked. Rows of one
    name are cut alike, after a whole word."""
    report, subs = same_named_subs("uji-sama-2024")
    rows = await move_rows(make_app, tui_store, report, lang, size)
    names = [rows[i].split("  ", 1)[0] for i in subs]
    assert names[0] == names[1], names
    shown = names[0].rpartition(" · ")[2].rstrip("…").split()
    assert shown and shown[-1] in SUB.split(), names  # (cut after a whole word)
    assert rows[subs[0]] != rows[subs[1]], [rows[i] for i in subs]


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_a_row_told_by_its_id_keeps_its_names_first_word(make_app, tui_store, lang) -> None:
    """Two sub kegiatan of one name and place read "Sub Kegiatan · simpul f4e2bea9 ·…" at 80
    columns: nothing of the name. The id goes without its word, the name keeps a word."""
    report = load_bundled_report()
    report.meta = replace(report.meta, id="uji-kembar-2024")
    iku = next(n.id for n in report.walk() if n.code == "IKU 3")
    parent = add(report, add(report, iku, "program", PROGRAMS[0]), "kegiatan", KEGIATAN)
    twins = [add(report, parent, "subkegiatan", TWIN) for _ in range(2)]
    rows = await move_rows(make_app, tui_store, report, lang)
    shown = [rows[i] for i in twins]
    assert all(i[:8] in row for i, row in zip(twins, shown, strict=True)), shown
    assert all("Fasilitasi" in row and "·…" not in row for row in shown), shown
