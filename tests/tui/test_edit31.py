"""Authoring in the TUI (edit31): the move picker's rows that differ only by the step above their
parent read apart at 80 columns; ``L`` names a structure change as its toast does and lists the
open report's changes."""

from __future__ import annotations

from dataclasses import replace

import pytest

from lkj_tui.bundled import BUNDLED_REPORT_ID, load_bundled_report
from lkj_tui.core import edits
from tests.tui.conftest import opened, settle, text_of
from tests.tui.test_authoring27 import move_rows
from tests.tui.test_edit29 import add

PROGRAMS = ("Program Pengelolaan Arsip", "Program Pengelolaan Keuangan Daerah")
KEGIATAN = "Koordinasi dan Sinkronisasi Sarana dan Prasarana Kantor"
SUB = "Pemeliharaan Layanan Administrasi Perkantoran"


def same_named_subs(report_id: str):  # type: ignore[no-untyped-def]
    """The bundled report as ``report_id`` with a sub kegiatan of one name under kegiatan of one
    name under the two programs that begin alike, under IKU 1 and IKU 3; their ids."""
    report = load_bundled_report()
    report.meta = replace(report.meta, id=report_id)
    ikus = [next(n.id for n in report.walk() if n.code == c) for c in ("IKU 1", "IKU 3")]
    subs = [
        add(report, add(report, add(report, iku, "program", name), "kegiatan", KEGIATAN), *s)
        for iku, name, s in zip(ikus, PROGRAMS, [("subkegiatan", SUB)] * 2, strict=True)
    ]
    return report, subs


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_rows_told_apart_by_the_step_above_the_parent(make_app, tui_store, lang) -> None:
    """Two sub kegiatan of one name under kegiatan of one name, under programs that begin alike
    (BKPSDM 2021 of the kabupaten store, under IKU 1 and IKU 3), both read "…› Program
    Pengelolaan…" at 80 columns: the last two steps were cut together from their end. Each step
    is cut on its own now, the program keeping the words that differ."""
    report, subs = same_named_subs("uji-langkah-2024")
    rows = await move_rows(make_app, tui_store, report, lang)
    shown = [rows[i] for i in subs]
    assert shown[0] != shown[1], shown
    assert "Arsip" in shown[0] and "Keuangan" in shown[1], shown
    assert all(r.count(" › ") >= 1 and "…›" in r for r in shown), shown  # the parent's step too
    assert all(SUB.split()[0] in r for r in shown), shown  # the name's first word kept


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        # (a name that says its kind is not led by it since edit37: "tambah Program Baru Uji")
        ("id", ("tambah Program Baru Uji", "↶ batal tambah Program", "pindah ", "hapus ")),
        ("en", ("add Program Baru Uji", "↶ undo add Program", "move ", "delete ")),
    ],
)
async def test_the_change_log_names_a_structure_change_as_its_toast(
    make_app, lang: str, words: tuple[str, ...]
) -> None:
    """``L`` on a node added read "Program Baru · Simpul: — → Program: Program Baru", where its
    toast said "tambah Program · Program Baru"; a move "Induk: S1 → IKU 2". Each line of a
    node added, deleted or moved now reads as its toast, an undo marked."""
    async with opened(make_app, "IKU 1", (80, 24), lang=lang) as (app, pilot, _):
        await pilot.press("a", "enter")  # the first kind offered under an IKU: a program
        await settle(pilot)
        await pilot.press(*"Program Baru Uji", "ctrl+s")
        await settle(pilot)
        for keys in (("ctrl+z",), ("ctrl+y",), ("M", *"IKU 2", "enter"), ("d", "y")):
            await pilot.press(*keys)
            await settle(pilot)
        await pilot.press("L")
        await settle(pilot)
        shown = " ".join(text_of(app.screen.query_one("#log")).split())
    for word in words:
        assert word in shown, (word, shown)
    assert "Simpul:" not in shown and "Node:" not in shown and "—" not in shown, shown


async def test_the_change_log_lists_the_open_reports_changes(make_app, tui_store) -> None:
    """After ``r`` to another report ``L`` listed every report's changes, none saying which
    report: "IKU 1 · Target: 3,22 → 3,40" read as this report's. It lists the open report's, as
    its minutes do, and names the others with how many changes each."""
    other = load_bundled_report()
    other.meta = replace(other.meta, id="uji-lain-2024")
    tui_store.import_report(other)
    async with opened(make_app, "IKU 1", (80, 24), report_id=BUNDLED_REPORT_ID) as (
        app,
        pilot,
        _,
    ):
        await pilot.press("t", "ctrl+u", *"3,40", "enter")
        await settle(pilot)
        app.load("uji-lain-2024", "switch")
        await settle(pilot)
        await pilot.press("L")
        await settle(pilot)
        shown = " ".join(text_of(app.screen).split())
        assert "3,40" not in shown and "(0)" in shown, shown
        assert f"{BUNDLED_REPORT_ID} (1)" in shown, shown
        await pilot.press("escape")
        await settle(pilot)
        app.load(BUNDLED_REPORT_ID, "switch")
        await settle(pilot)
        await pilot.press("L")
        await settle(pilot)
        shown = " ".join(text_of(app.screen).split())
        assert "3,22 → 3,40" in shown and "uji-lain-2024" not in shown, shown


@pytest.mark.parametrize(
    ("lang", "realisasi", "said"),
    [
        ("id", None, "Target 3 ± 1 adalah rentang, polaritas negatif"),
        ("en", None, "Target 3 ± 1 is a band, polarity negative (lower is better)"),
        ("id", "2,5", "Target 3 ± 1 adalah rentang, polaritas negatif"),
    ],
)
async def test_the_measure_forms_polaritas_gives_the_band_doubt_set_gives(
    make_app, tui_store, lang: str, realisasi: str | None, said: str
) -> None:
    """``lkj-tui set … polaritas negatif`` on a target "3 ± 1" says "Perhatikan: Target 3 ± 1
    adalah rentang, polaritas negatif: …", and ``check`` warns; the measure form's polaritas
    said nothing of it before any realisasi (next year's report) and, after it, only the
    engine's other words. It gives set's words (check's rule, one source), until "stabil"."""
    from textual.widgets import Input

    from tests.conftest import run_cli

    report = load_bundled_report()
    report.meta = replace(report.meta, id="uji-rentang-2024")
    iku = next(n.id for n in report.walk() if n.code == "IKU 1")
    for field, value in (("target", "3 ± 1"), ("realisasi", realisasi or "")):
        edits.apply(report, edits.set_field(report, iku, field, value))
    tui_store.import_report(report)
    printed = run_cli(
        "set",
        "-r",
        "uji-rentang-2024",
        "IKU 1",
        "polaritas",
        "negatif",
        "--lang",
        lang,
        store=tui_store.root,
    )
    assert said in printed.stdout, printed.stdout
    async with opened(make_app, "IKU 1", (80, 24), lang=lang, report_id="uji-rentang-2024") as (
        app,
        pilot,
        _,
    ):
        await pilot.press("m")
        await settle(pilot)
        app.screen.query_one("#f-polaritas", Input).focus()
        await settle(pilot)
        warned = app.screen.query_one("#warnings")
        shown = " ".join(text_of(warned).split())
        assert warned.display and said in shown, shown
        await pilot.press("ctrl+u", *"stabil")
        await settle(pilot)
        assert not warned.display or "3 ± 1" not in text_of(warned), text_of(warned)
