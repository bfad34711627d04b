"""The reviewer in a meeting at 80×24, twenty-first pass of issue 17 (tui29): a command a toast
prints on lines of its own, a dialog that stays put when a toast comes and goes."""

from __future__ import annotations

import re

import pytest
from rich.cells import cell_len

from tests.tui.conftest import settle


def _toast_lines(app) -> list[tuple[list[str], int]]:  # type: ignore[no-untyped-def]
    """Each toast on screen: its message's lines and the cells its text has on a line."""
    from textual.widgets._toast import Toast

    return [
        (toast._notification.message.split("\n"), toast.content_region.width)
        for toast in app.screen.query(Toast)
    ]


@pytest.mark.parametrize(
    ("lang", "typed"),
    [("id", "/data/lkj-store"), ("en", "/data/lkj-store"), ("en", "/tmp/share30-b laptop")],
)
async def test_a_toast_sets_its_command_on_lines_of_its_own(
    make_app, lasting_toasts, lang: str, typed: str
) -> None:
    """S on a store not shared said "…: lkj-tui sync --init --store /tmp/…/store
    (docs/sharing.md)" in its sentence, which the toast broke at any space at 80 columns
    ("lkj-tui sync --init --store" / "/tmp/…"). The command now stands after its label on lines
    of its own, folded between its options, each line within the toast (never wrapped by it),
    its " \\" mark included: `    --store "/tmp/share30-b laptop" \\` was 37 cells in a toast
    of 36, which set the mark on a line of its own, ending the command there (share30)."""
    app = make_app(lang=lang, store_typed=typed)  # (as typed: the command carries it)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("S")
        await settle(pilot)
        await pilot.pause()
        shown = _toast_lines(app)
    remote = "REMOTE" if lang == "en" else "ALAMAT"
    store = f'"{typed}"' if " " in typed else typed
    command = f"lkj-tui sync --init {remote} --store {store}" + (
        " --lang en" if lang == "en" else ""
    )
    [(lines, room)] = [each for each in shown if "sync --init" in "".join(each[0])]
    label = {"id": "Bagikan dengan:", "en": "Share it with:"}[lang]
    at = next(n for n, line in enumerate(lines) if line.endswith(label))
    folded = lines[at + 1 :]
    assert folded[0].startswith("  lkj-tui sync --init"), lines
    assert re.sub(r" \\\n *", " ", "\n".join(folded)).strip() == command, lines
    assert len(folded) > 1, lines  # (wider than the toast at 80 columns: folded)
    assert all(cell_len(line) <= room for line in folded), (folded, room)


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_a_small_dialog_stays_put_when_a_toast_comes_and_goes(
    make_app, lasting_toasts, size
) -> None:
    """A toast took its rows from every dialog's: the realisasi dialog (`e`) moved up two rows
    when ctrl+c's "Disalin" came and back when it went. A toast clear of the box leaves it
    where it is (one that would draw over it still takes its rows: the help's test, tui27)."""
    app = make_app()
    async with app.run_test(size=size, notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("j", "j", "e")
        await settle(pilot)
        box = app.screen.query_one(".dialog")
        before = box.region
        await pilot.press("ctrl+c")  # (the field's text, selected on focus: a toast)
        await pilot.pause()
        await pilot.pause()
        assert any("Disalin" in message for message, *_ in app.toasts), app.toasts
        assert box.region == before
        from textual.widgets._toast import Toast

        assert app.screen.query(Toast)
        app.clear_notifications()
        await pilot.pause()
        await pilot.pause()
        assert box.region == before


@pytest.mark.parametrize("plan", [19, 79])
async def test_kabupaten_iku_rows_that_end_alike_read_apart_at_80_columns(
    make_app, tui_store, plan: int
) -> None:
    """At 80×24 "IKU 11 …kesehatan dasar" (Persentase pelayanan kesehatan dasar) read as its
    neighbour "Jumlah pelayanan kesehatan dasar", and "IKU 10 Persentase…" (… pelayanan
    perizinan) as "Persentase pelayanan publik" (8 of the 2025 reports' IKU rows, 640, in the
    kabupaten bench store). A name's end that another name ends with is not its own, and the
    first word goes before the rest cut in its word: "IKU 10 Persentase…perizin…"."""
    from lkj_tui.core.model import Report
    from tests.test_benchmarks import _generator
    from tests.tui.test_meeting27 import _alike_iku_rows

    generate = _generator()
    report = generate.plan(generate.SCALES["kabupaten"])[plan]
    tui_store.import_report(Report.from_document(generate.build_document(report, 1)))
    app = make_app(report_id=report.id)
    async with app.run_test(size=(80, 24)) as pilot:
        assert await _alike_iku_rows(app, pilot) == []


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_a_long_search_result_goes_on_under_its_name_not_under_the_kinds(
    make_app, tui_store, lang: str
) -> None:
    """`/` "kesehatan" at 80×24: "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya
    Kesehatan Masyarakat" went on at the row's left edge, "dan Upaya Kesehatan Masyarakat" in
    the column of the kinds (IKU, Program…), where it read as one. A result's later lines now
    begin under its first line's name."""
    from textual.widgets import OptionList

    from lkj_tui.core.model import Report
    from tests.test_benchmarks import _generator

    generate = _generator()
    report = generate.plan(generate.SCALES["kabupaten"])[168]
    tui_store.import_report(Report.from_document(generate.build_document(report, 1)))
    app = make_app(report_id=report.id, lang=lang)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"kesehatan")
        await settle(pilot)
        results = app.screen.query_one("#results", OptionList)
        await pilot.pause()
        lines = [strip.text for strip in results.render_lines(results.region.reset_offset)]
    lines = [line for line in lines if line.strip("▊▎▔▁ ")]
    from lkj_tui.tui.screens import KIND_COLUMN

    # (where the names begin: after the kinds' column, which holds an IKU's kode: tui41)
    start = lines[0].index("IKU 14") + KIND_COLUMN
    program = next(n for n, line in enumerate(lines) if "Program Pemenuhan" in line)
    assert lines[program].index("Program Pemenuhan") == start, lines
    # (its next line begins under the name: "dan Upaya…", or "Upaya…" in a wider box, tui31)
    rest = lines[program + 1]
    assert rest[:start].strip("▊ ") == "" and rest[start] != " ", lines


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_the_summary_gives_the_report_id_a_line_of_its_own_where_the_title_wraps(
    make_app, lang: str
) -> None:
    """At 80×24 the title read "LKj 2023 · Sekretariat Daerah Kabupaten Bengkulu Selatan ·" /
    "bengkulu-selatan-setda-2023 rev. 1": a separator ending a line, with nothing after it.
    Where the title does not fit, the id goes on a line of its own, without the "·"; where it
    fits (120 columns), one line as before."""
    app = make_app(lang=lang)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        bar = app.query_one("#summary")
        narrow = [strip.text.rstrip() for strip in bar.render_lines(bar.region.reset_offset)]
        await pilot.resize_terminal(120, 40)
        await settle(pilot)
        wide = [strip.text.rstrip() for strip in bar.render_lines(bar.region.reset_offset)]
    assert narrow[0].endswith("Bengkulu Selatan"), narrow
    assert narrow[1].startswith(" bengkulu-selatan-setda-2023"), narrow
    assert wide[0].endswith("Selatan  ·  bengkulu-selatan-setda-2023  rev. 1"), wide
