"""The TUI in a meeting, fourteenth pass (tui14): 80×24 and 120×40, id and en."""

from __future__ import annotations

import shutil

import pytest
from textual.widgets import Input

from lkj_tui.core.edits import set_meta
from lkj_tui.storage.store import Store
from tests.conftest import run_cli
from tests.test_sync import offices  # noqa: F401 - fixture
from tests.tui.conftest import opened, report_id, settle, text_of

LONG_INSTANSI = (
    "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kabupaten Bengkulu Selatan "
    "Provinsi Bengkulu (Bidang Pengembangan Kompetensi Aparatur)"
)


@pytest.mark.parametrize(("size", "lang"), [((80, 24), "id"), ((120, 40), "en")])
async def test_the_report_form_shows_the_start_of_a_long_instansi(
    make_app, tui_store: Store, size, lang
) -> None:
    """The report form (E) showed the *end* of a long instansi in its one-line field ("…Bidang
    Pengembangan Kompetensi Aparatur)"): every field shows the start of its text, focused or not,
    and going back to it; the whole value is under the fields while it has the focus."""
    loaded = tui_store.load(report_id())
    change = set_meta(loaded.report, instansi=LONG_INSTANSI)
    tui_store.apply(report_id(), change, expected_revision=loaded.revision)
    async with opened(make_app, None, size=size, lang=lang) as (app, pilot, _):
        await pilot.press("E")
        await settle(pilot)
        form = app.screen
        field = form.query_one("#f-instansi", Input)
        assert field.has_focus
        for step in ((), ("down",), ("up",)):
            await pilot.press(*step)
            await settle(pilot)
            shown = text_of(field).strip()
            start = shown.removesuffix("…")  # "…" where it goes on (edit29)
            assert len(start) > 10 and LONG_INSTANSI.startswith(start), (step, shown)
            assert shown.endswith("…"), (step, shown)
        under = " ".join(text_of(form.query_one("#preview")).split())
        assert LONG_INSTANSI in under, under
        # typing still replaces the whole selected value, as before
        await pilot.press(*"Dinas X")
        assert field.value == "Dinas X"


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
@pytest.mark.parametrize(("take", "lang"), [(True, "id"), (False, "en")])
async def test_a_conflict_chosen_with_k_is_undone_and_redone_like_any_edit(
    offices,  # noqa: F811
    monkeypatch,
    make_app,
    take,
    lang,
) -> None:
    """K saved the choice outside the session's changes: ctrl+z undid the edit before it (or
    nothing), never the choice. Now the choice is one change: ctrl+z puts the value and the
    conflict back (K lists it again), ctrl+y chooses again; the change log (L) and the journal
    (lkj-tui log, restore --list, export --changes) say it in resolve's words."""
    from lkj_tui.storage import journal
    from lkj_tui.tui.components.changelog import ChangeLogScreen
    from lkj_tui.tui.components.sharingscreens import ConflictScreen
    from tests.test_sync import env, meta_doc
    from tests.tui.conftest import node_id_by_code
    from tests.tui.test_sharing import choose, iku2_conflict

    for key, value in env(offices, "opd <opd@example.org>").items():
        monkeypatch.setenv(key, value)
    store = iku2_conflict(offices)
    recorded = meta_doc(offices, "opd")["conflicts"]
    assert len(recorded) == 1
    picked = "80" if take else "81"
    app = make_app(store=store, lang=lang)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        iku2 = node_id_by_code(app, "IKU 2")

        def realisasi() -> tuple[str, str]:
            on_disk = store.load(report_id()).report.node(iku2).measure.realisasi
            return app.view.evaluation.report.node(iku2).measure.realisasi, on_disk

        await pilot.press("K")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ConflictScreen)
        keep, take_word = (
            ("keep", "take the other value")
            if lang == "en"
            else (
                "pertahankan",
                "ambil nilai yang lain",
            )
        )
        choose(screen, take_word if take else keep)
        await pilot.press("enter")
        await settle(pilot)
        assert realisasi() == (picked, picked)
        assert "conflicts" not in meta_doc(offices, "opd")
        revision = store.revision(report_id())
        await pilot.press("ctrl+z")
        await settle(pilot)
        assert realisasi() == ("81", "81")  # the value in the file before the choice
        assert meta_doc(offices, "opd")["conflicts"] == recorded  # the conflict is back
        assert store.revision(report_id()) == revision + 1  # a save, as every undo
        await pilot.press("K")
        await settle(pilot)
        assert isinstance(app.screen, ConflictScreen)  # listed again, to choose again
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("ctrl+y")
        await settle(pilot)
        assert realisasi() == (picked, picked)
        assert "conflicts" not in meta_doc(offices, "opd")
        await pilot.press("L")
        await settle(pilot)
        assert isinstance(app.screen, ChangeLogScreen)
        log = text_of(app.screen.query_one("#log"))
        if lang == "en":
            words = "keep 81 (not 80)" if not take else "take the other value 80 (not 81)"
            assert f"IKU 2 · Actual (Realisasi): sync conflict chosen: {words}" in " ".join(
                log.split()
            )
        else:
            words = "ambil nilai yang lain 80 (bukan 81)"
            assert f"IKU 2 · Realisasi: konflik sinkronisasi dipilih: {words}" in " ".join(
                log.split()
            )
    entries = journal.read(store.root, report_id())
    assert [e["kind"] for e in entries][-3:] == ["edit", "undo", "redo"]
    how = "take" if take else "keep"
    assert all(e["conflict"] == [how, "81", "80"] for e in entries[-3:])
    # restore --list names the versions in the words it names resolve's choice with (share14)
    listed = run_cli("restore", "--list", report_id(), "--lang", lang, store=store.root)
    assert listed.returncode == 0, listed.stderr
    text = " ".join(listed.stdout.split())
    chosen = (
        ("take the other value 80 (not 81)" if take else "keep 81 (not 80)")
        if lang == "en"
        else ("ambil nilai yang lain 80 (bukan 81)" if take else "pertahankan 81 (bukan 80)")
    )
    # the choice, its undo and the redo that made the current file (listed first since share39)
    assert text.count(chosen) == 3, text
    current = "← current" if lang == "en" else "← sekarang"
    assert text.count(current) == 1, text
    redone = f"{chosen} ({'redone' if lang == 'en' else 'diulang'}) │ {current}"
    assert redone in text, text
    assert text.count(f"{chosen} ({'undone' if lang == 'en' else 'dibatalkan'})") == 1, text


@pytest.mark.parametrize(("size", "lang"), [((80, 24), "en"), ((80, 24), "id"), ((120, 40), "en")])
async def test_the_filter_note_is_never_broken_in_the_summary(make_app, size, lang) -> None:
    """With the under-target filter on (u), the summary's last line at 80 columns in English
    wrapped its count alone onto the next line ("(12)"): the note is beside the ratings where it
    fits, else on a line of its own, whole."""
    note = "Filter: under target only (12)" if lang == "en" else "Filter: hanya di bawah target"
    async with opened(make_app, None, size=size, lang=lang) as (app, pilot, _):
        await pilot.press("u")
        await settle(pilot)
        lines = [line.strip() for line in text_of(app.query_one("#summary")).splitlines()]
        assert any(note in line for line in lines), lines
        assert not any(line.startswith("(") for line in lines), lines
        assert all(len(line) <= size[0] for line in lines)
