"""Authoring in the TUI (edit29): the move picker's rows read apart at 80 columns: a parent cut
after an opening it shares with another parent keeps the words that tell it apart, and rows of
the same kind, name and place are named by their ids; a form's long value shows that it goes
on."""

from __future__ import annotations

from dataclasses import replace

import pytest
from textual.widgets import Input

from lkj_tui.bundled import load_bundled_report
from lkj_tui.core import edits
from tests.tui.conftest import opened, settle, text_of
from tests.tui.test_authoring27 import move_rows
from tests.tui.test_typing import burst

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
    # (a cut row gives its id without the word "simpul"/"node" since edit32, the name a word)
    assert [i[:8] in rows[i] for i in twins] == [True, True], rows
    assert not any("·…" in rows[i] for i in twins), [rows[i] for i in twins]


LONG = "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kabupaten Bengkulu Selatan"


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_a_long_instansi_in_the_report_form_shows_that_it_goes_on(
    make_app, tui_store, size
) -> None:
    """``E``'s Instansi read "… Pengembangan Sumber Da": cut mid-word with nothing to say it goes
    on. The field now shows "…" at the edge the value goes on past, focused or not, and the
    whole text under the fields while it has the focus; End shows its end, "…" before it."""
    report = load_bundled_report()
    report.meta = replace(report.meta, id="uji-instansi-2025", instansi=LONG)
    tui_store.import_report(report)
    async with opened(make_app, None, size, report_id="uji-instansi-2025") as (app, pilot, _):
        await pilot.press("E")
        await settle(pilot)
        field = app.screen.query_one("#f-instansi", Input)

        def line() -> str:
            return field.render_line(0).crop(0, field.content_region.width).text.rstrip()

        assert line().endswith("…") and LONG.startswith(line()[:-1]), line()
        under = " ".join(text_of(app.screen.query_one("#preview")).split())
        assert LONG in under  # the whole text, while focused
        await pilot.press("down")  # left: still said to go on
        await settle(pilot)
        assert line().endswith("…") and LONG.startswith(line()[:-1]), line()
        await pilot.press("up", "end")
        await settle(pilot)
        assert line().startswith("…") and LONG.endswith(line()[1:]), line()
        await pilot.press("ctrl+s")  # nothing changed, nothing lost
        await settle(pilot)
        assert app.view.report.meta.instansi == LONG


async def test_a_long_name_typed_in_a_burst_shows_its_start_once_left(make_app) -> None:
    """A name typed with its Enter in one burst (tmux, a fast typist) showed its end once the form
    went on to Kode ("… dasar bagi masyarakat miskin di perdesaan"): the scrolls to the cursor its
    keys asked for came after the one to its start. It shows its start, "…" where it goes on."""
    name = "Meningkatnya cakupan layanan kesehatan dasar bagi masyarakat miskin di perdesaan"
    async with opened(make_app, "S1", (80, 24)) as (app, pilot, _):
        await pilot.press("a", "enter")  # the first kind offered
        await settle(pilot)
        burst(app, *name, "enter")
        await settle(pilot)
        await pilot.pause()
        form = app.screen
        assert form.focused is form.query_one("#f-code")
        shown = text_of(form.query_one("#f-name")).strip()
        assert shown.endswith("…") and name.startswith(shown[:-1]), shown


@pytest.mark.parametrize(
    ("lang", "key", "typed", "said", "other"),
    [
        ("en", "tahun", "20266", "Year: must be 4 digits, not '20266'", "angka"),
        ("id", "tahun", "20266", "Tahun: harus 4 angka, bukan '20266'", "digits"),
        ("en", "periode", "2026-2021", "Renstra period: write its first and last year", "tahun"),
    ],
)
async def test_the_report_form_says_what_is_wrong_in_one_language(
    make_app, lang, key, typed, said, other
) -> None:
    """``E`` refused a year of five digits with both languages at once ("tahun harus 4 angka /
    the year must be 4 digits") under the fields, the focus back on the Instansi; a period
    typed backwards, 2026-2021, was saved. The form names the field by its label, in the
    app's language, and comes back on that field."""
    async with opened(make_app, None, (80, 24), lang=lang) as (app, pilot, _):
        before = app.view.report.meta
        await pilot.press("E")
        await settle(pilot)
        app.screen.query_one(f"#f-{key}", Input).focus()
        await pilot.press("ctrl+u", *typed, "ctrl+s")
        await settle(pilot)
        error = str(app.screen.query_one("#error").render())
        assert said in error and other not in error, error
        assert app.screen.focused is app.screen.query_one(f"#f-{key}")
        assert app.view.report.meta == before


@pytest.mark.parametrize("size", [(80, 24), (160, 40)])
async def test_a_cut_move_target_drops_its_kinds_gloss(make_app, tui_store, size) -> None:
    """In English at 80 columns "Activity (Kegiatan) · " took 22 cells of a row of 62, and
    same-named kegiatan under different programmes read "Activity (Kegiatan) · Pengelolaan
    Arsip…  under …› Program…" alike. A row that is cut drops the kind's gloss, as the search
    does ("Activity · "); a row that fits keeps it."""
    report = load_bundled_report()
    report.meta = replace(report.meta, id="uji-gloss-2024")
    iku3 = next(n.id for n in report.walk() if n.code == "IKU 3")
    short = add(report, iku3, "kegiatan", "Arsip")
    long = add(report, iku3, "kegiatan", PARENTS[0])
    rows = await move_rows(make_app, tui_store, report, "en", size)
    assert rows[short].startswith("Activity (Kegiatan) · Arsip  under "), rows[short]
    cut = "…" in rows[long]
    assert rows[long].startswith("Activity · " if cut else "Activity (Kegiatan) · "), rows[long]
    assert cut == (size[0] == 80), rows[long]


async def test_a_change_at_a_long_values_end_is_told_in_its_toasts(make_app) -> None:
    """Words added to the end of a long instansi were saved as "Agency: Sekretariat Daerah
    Kabupaten Bengkulu…" and undone "(back to Sekretariat Daerah Kabupaten Bengkulu…)": both
    values cut alike, the toasts did not say what changed. They keep the words that differ."""
    async with opened(make_app, None, (80, 24), lang="en") as (app, pilot, _):
        before = app.view.report.meta.instansi
        assert len(before) > 40
        await pilot.press("E")
        await settle(pilot)
        await pilot.press("end", *" Tahun 2023", "ctrl+s")
        await settle(pilot)
        await pilot.press("ctrl+z")
        await settle(pilot)
        saved, undone = (m for m, _, _ in app.toasts[-2:])
        # (tui68: the save says the value it replaced too, "old → new", each cut alike)
        arrow = "\N{NO-BREAK SPACE}→\N{NO-BREAK SPACE}"
        was, now = "Sekretariat Daerah Kabupaten…Selatan", "Sekretariat Daerah Kabupaten…Tahun 2023"
        assert saved.endswith(f"Agency: {was}{arrow}{now}"), saved
        assert undone.endswith("(back to Sekretariat Daerah Kabupaten…Selatan)"), undone
        assert app.view.report.meta.instansi == before
