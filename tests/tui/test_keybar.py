"""The key bar follows the open dialog (its own keys, Esc on the right; ? and q always on the main
screen's); ctrl+c copies (a text field's selection, else the selected node) and never quits."""

from __future__ import annotations

from textual.binding import Binding
from textual.widgets import Input

from lkj_tui.bundled import BUNDLED_REPORT_ID, load_bundled_report
from lkj_tui.core.rollover import rollover
from lkj_tui.storage.store import Store
from lkj_tui.tui.components.dialogs import ChoiceDialog, ConfirmDialog, ValueDialog
from lkj_tui.tui.components.forms import FormDialog
from lkj_tui.tui.components.keybar import KeyBar
from lkj_tui.tui.components.tree import LkjTree
from tests.tui.conftest import opened, settle, text_of, until

SMALL = (80, 24)


def bar(app) -> str:
    """The key bar of the screen on top (the main screen's or the open dialog's)."""
    return text_of(app.screen.query_one(KeyBar))


async def test_the_key_bar_shows_the_open_dialogs_keys(make_app) -> None:
    async with opened(make_app, "IKU 1", SMALL) as (app, pilot, _):
        main = bar(app)
        # never cut at 80; the palette keeps its word (tui22: the author's keys give way to it)
        assert main.rstrip().endswith("? Bantuan q Keluar  ^p Perintah")
        # whole keys: with IKU under target the keys that find them, then the selected IKU's
        # value (edit19 had put the author's keys first: no "u n /" at 80 columns)
        assert main.startswith(" u Filter ▼ n Berikut ▼ / Cari e Realisasi …")
        await pilot.press("m")
        assert isinstance(app.screen, FormDialog)
        keys = bar(app)
        assert "↑↓ Antar-isian" in keys and "⏎ Berikut/simpan" in keys and "^s Simpan" in keys
        assert keys.rstrip().endswith("esc Batal") and "Keluar" not in keys
        assert not app.screen.query(".dialog-hint")  # the keys' hint line is gone
        await pilot.press("escape", "e")
        assert isinstance(app.screen, ValueDialog)
        assert "⏎ Simpan ^u Kosongkan" in bar(app)
        await pilot.press("escape", "d")
        assert isinstance(app.screen, ChoiceDialog) and "⏎ Pilih" in bar(app)
        await pilot.press("enter")
        assert isinstance(app.screen, ConfirmDialog)
        # y and Esc named as the buttons are (edit47: "y Ya n Tidak" under "Hapus"/"Batal")
        assert bar(app).startswith(" y Ya, hapus ") and bar(app).rstrip().endswith("esc Batal")
        assert "(y / n)" not in text_of(app.screen)
        await pilot.press("n")
        assert not app.screen.is_modal and bar(app) == main  # the main bar as it was
        await pilot.press("question_mark")
        await settle(pilot)
        assert bar(app).rstrip().endswith("esc Tutup")
        # the help names the keys that scroll it, not only Esc (tui19), and they scroll it
        assert bar(app).startswith(" ↑↓ Gulir PgUp PgDn Halaman Home End Awal/akhir ")
        body = app.screen.query_one("#help-body")
        # (the help's Markdown is laid out after the screen opens: under load pagedown came first)
        await until(pilot, lambda: body.max_scroll_y > 0, "the help taller than its box")
        await pilot.press("pagedown")
        assert body.scroll_y > 0
        await pilot.press("home")
        assert body.scroll_y == 0


async def test_the_dialog_key_bar_speaks_english(make_app) -> None:
    async with opened(make_app, "IKU 1", SMALL, lang="en") as (app, pilot, _):
        await pilot.press("w")
        assert "^s Save" in bar(app) and bar(app).rstrip().endswith("esc Cancel")


async def test_a_click_on_a_dialog_key_presses_it(make_app, tui_store) -> None:
    async with opened(make_app, "IKU 1", SMALL) as (app, pilot, iku1):
        await pilot.press("e", "ctrl+u", *"3,00")
        keys = bar(app)
        await pilot.click(app.screen.query_one(KeyBar), offset=(keys.index("Simpan"), 0))
        await settle(pilot)
        assert not app.screen.is_modal
        assert app.view.evaluation.report.node(iku1).measure.realisasi == "3,00"


async def test_ctrl_c_copies_and_never_quits(make_app) -> None:
    async with opened(make_app, "IKU 1", SMALL) as (app, pilot, _):
        await pilot.press("ctrl+c")  # the tree: the node as Markdown, as c does
        await pilot.pause()
        assert app.clipboard.startswith("**IKU 1 Nilai LPPD** (IKU)")
        assert app.toasts[-1][0] == "Disalin (Markdown): IKU 1 · keluar: q atau ctrl+q"
        assert app.is_running and not app.exiting
        await pilot.press("j", "j", "ctrl+c")  # in a burst: after the moves, not before
        await pilot.pause()
        assert app.clipboard.startswith(f"**{app.selected().code} ")
        assert app.selected().code != "IKU 1"
        await pilot.press("k", "k", "e")  # the input's text is selected when the dialog opens
        await pilot.press("ctrl+c")
        await pilot.pause()
        assert app.clipboard == "2,85"
        assert app.toasts[-1][0] == "Disalin: teks terpilih (4 karakter)"
        assert isinstance(app.screen, ValueDialog)
        assert app.screen.query_one(Input).value == "2,85"  # copied, not cut
        await pilot.press("escape", "ctrl+q")  # ctrl+q still quits
        await pilot.pause()
        assert app.exiting


async def test_a_language_switch_applies_at_once(make_app, monkeypatch, tmp_path) -> None:
    import json

    from lkj_tui.tui.settings import config_path

    monkeypatch.setenv("LKJ_TUI_CONFIG", str(tmp_path / "settings.json"))
    async with opened(make_app, "IKU 1", (120, 40)) as (app, pilot, _):
        await pilot.press("u")  # the filter's line in the summary too
        await settle(pilot)
        before = (bar(app), text_of(app.query_one("#summary")), app.detail.text)
        assert "? Bantuan" in before[0] and "Permasalahan" in before[2]
        app.action_toggle_lang()
        await pilot.pause()
        keys, summary, detail = bar(app), text_of(app.query_one("#summary")), app.detail.text
        assert "? Help" in keys and "q Quit" in keys and "Bantuan" not in keys
        assert "Filter: under target only" in summary and "Very high 8" in summary
        assert "Unit: Nilai" in detail and "Problems (Permasalahan)" in detail
        tree = text_of(app.tree)
        assert "▼12" in tree and "belum capai" not in tree and "Very high" in tree
        assert json.loads(config_path().read_text(encoding="utf-8"))["lang"] == "en"
        await pilot.press("e")  # a dialog opened now speaks it too
        assert "Edit Actual (Realisasi)" in text_of(app.screen) and "esc Cancel" in bar(app)


def test_every_key_is_in_the_palette_the_help_and_the_docs() -> None:
    """Every key of the main screen is discoverable: the palette runs its action, the help (both
    languages) and docs/tui.md name the key."""
    from pathlib import Path

    from lkj_tui.tui.app import LkjApp
    from lkj_tui.tui.commands import COMMANDS
    from lkj_tui.tui.screens import help_text

    palette = {action for action, _, _ in COMMANDS}
    docs = (Path(__file__).resolve().parents[2] / "docs" / "tui.md").read_text(encoding="utf-8")
    texts = {"docs/tui.md": docs, "help.md": help_text("id"), "help.en.md": help_text("en")}
    names = {"plus": "+", "minus": "-"}
    for binding in LkjApp.BINDINGS:
        key = binding.key if binding.key.startswith("ctrl+") else binding.key_display
        key = key or names.get(binding.key, binding.key)
        written = key if key.startswith("ctrl+") else f"`{key}`"
        for where, text in texts.items():
            assert written in text, f"{where} does not name {written} ({binding.action})"
        if binding.action != "copy":  # ctrl+c: the twin of c
            assert binding.action in palette, f"the palette has no {binding.action}"
    # the tree's own keys, each of them (the help named g and G, not Home End PgUp PgDn)
    words = {"home": "Home", "end": "End", "pageup": "PgUp", "pagedown": "PgDn"}
    words |= {"right": "→", "left": "←", "ctrl+c": "ctrl+c"}
    for binding in LkjTree.BINDINGS:
        assert isinstance(binding, Binding)
        for key in binding.key.split(","):
            written = words.get(key, f"`{key}`")
            for where, text in texts.items():
                assert written in text, f"{where} does not name {written} ({binding.action})"


async def test_the_overview_has_its_own_key_bar(make_app) -> None:
    """The overview's filter field takes the letters: its bar lists its own keys, not the app's."""
    from lkj_tui.tui.components.overview import OverviewScreen

    async with opened(make_app, None, SMALL) as (app, pilot, _):
        await pilot.press("o")
        await settle(pilot)
        assert isinstance(app.screen, OverviewScreen)
        keys = bar(app)
        assert keys.startswith(" ⏎ Buka Tab Urutkan ^t Laporan/IKU")
        # its own help key (tui21), not the app's "? Bantuan" (the field takes "?" once typing)
        assert keys.rstrip().endswith("F1 Bantuan esc Kembali") and "? Bantuan" not in keys
        assert "Keluar" not in keys
        assert not app.screen.query("#ov-hint")


async def test_the_key_bar_shows_the_selected_nodes_keys_first_at_80_columns(
    make_app, tmp_path
) -> None:
    """An author at 80 columns saw only "u n / e …": the keys to add, move, delete and undo were
    not on the bar. In a report with nothing under target (next year's, before any realisasi)
    they come first, after the selected node's own value key (a node with no measure: its
    permasalahan), id and en."""
    store = Store(tmp_path / "store", seed=load_bundled_report)
    store.import_report(rollover(store.load(BUNDLED_REPORT_ID).report, 2024))
    new = {"store": store, "report_id": "bengkulu-selatan-setda-2024"}
    async with opened(make_app, "S1", SMALL, **new) as (app, pilot, _):
        # (no M: S1 has no other Tujuan to move under, edit40)
        assert bar(app).startswith(" a Tambah d Hapus ^z Batal p Masalah / Cari …"), bar(app)
        await pilot.press("j")  # the cursor on an IKU with no realisasi: its target first
        await settle(pilot)
        # then e (edit39: a planner looking for it pressed r), and T (only the measures without
        # a target): a hidden key, shown here; not n, which walks what is under target
        # (nothing, before any realisasi) until T's filter is on; d gives way at 80 (id)
        shown = bar(app)
        assert shown.startswith(" t Target e Realisasi T Tanpa target a Tambah …"), shown
    async with opened(make_app, "S1", SMALL, lang="en", **new) as (app, pilot, _):
        shown = bar(app)  # (all of the node's keys fit beside the palette's word: it stays)
        assert shown.startswith(" a Add d Delete ^z Undo p Problem / Search "), shown
        assert shown.rstrip().endswith("? Help q Quit  ^p Commands"), shown
        await pilot.press("j")
        await settle(pilot)
        assert bar(app).startswith(" t Target e Actual T No target a Add d Delete"), bar(app)


async def test_the_keys_that_find_what_is_under_target_come_first_while_some_is(make_app) -> None:
    """A reviewer in a meeting finds what is under target with u, n and /: while something is
    under target those keys come first (edit19 had put the author's keys first, and at 80
    columns "u n /" were gone); the selected node's keys follow them."""
    async with opened(make_app, "S1", SMALL) as (app, pilot, _):
        assert bar(app).startswith(" u Filter ▼ n Berikut ▼ / Cari a Tambah …"), bar(app)
        await pilot.press("j")  # an IKU: its realisasi next
        await settle(pilot)
        assert bar(app).startswith(" u Filter ▼ n Berikut ▼ / Cari e Realisasi …")
    async with opened(make_app, "IKU 1", (120, 40)) as (app, pilot, _):
        assert bar(app).startswith(" u Filter ▼ n Berikut ▼ / Cari e Realisasi a Tambah d Hapus")
        assert " M Pindah ^z Batal " in bar(app)


async def test_a_text_dialogs_key_bar_shows_only_its_own_keys_in_the_sessions_language(
    make_app,
) -> None:
    """The permasalahan dialog's bar read "^z Undo ^s Simpan … esc Batal" in Indonesian (edit22):
    the main screen's order of keys (undo among an author's) let the text area's own hidden
    ctrl+z through, in Textual's English. The dialog's bar has the dialog's keys only."""
    async with opened(make_app, "IKU 1", SMALL) as (app, pilot, _):
        main = bar(app)
        await pilot.press("p")
        await settle(pilot)
        assert isinstance(app.screen, ChoiceDialog)  # IKU 1 has its permasalahan: a new one
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen.query("TextArea")
        keys = bar(app)
        assert keys.startswith(" ^s Simpan") and keys.rstrip().endswith("esc Batal"), keys
        assert "Undo" not in keys and "^z" not in keys
        await pilot.press("escape")
        await settle(pilot)
        assert not app.screen.is_modal and bar(app) == main  # the main bar as it was
