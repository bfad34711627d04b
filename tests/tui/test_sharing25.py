"""share25: a sync conflict chosen with K is worded by the one function that words every change
(``change_words``), so its save, undo and redo toasts read alike."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from lkj_tui.storage.store import Store
from tests.test_sharing16 import two_conflicts
from tests.test_sync import lkj, offices, start  # noqa: F401 - fixture
from tests.tui.conftest import settle, workers_done
from tests.tui.test_sharing import (  # noqa: F401 - office_env: a fixture
    choose,
    iku2_conflict,
    office_env,
    open_conflicts,
)

pytestmark = [
    pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed"),
    pytest.mark.usefixtures("office_env"),
]

SYNC = {
    "id": " — sampai ke kantor lain pada sinkronisasi berikutnya (tombol S)",
    "en": " — reaches the other offices with the next sync (key S)",
}
DONE = {
    "id": ("Tersimpan: ", "Dibatalkan: ", "Diulang: "),
    "en": ("Saved: ", "Undone: ", "Redone: "),
}


async def _toasts_of_the_choice(pilot, option: str) -> list[str]:
    """Choose ``option`` in K's list, then ctrl+z and ctrl+y: the three toasts, in that order."""
    app = pilot.app
    screen, _ = await open_conflicts(pilot)
    choose(screen, option)
    said = []
    for key in ("enter", "ctrl+z", "ctrl+y"):
        app.toasts.clear()
        await pilot.press(key)
        await settle(pilot)
        await settle(pilot)
        said += [m for m, *_ in app.toasts if m.startswith(DONE[app.lang])]
    return said


def _alike(said: list[str], lang: str, chosen: str, undone: str) -> None:
    """The save, undo and redo toasts: ``chosen`` saved and redone, ``undone`` undone."""
    saved, back, again = DONE[lang]
    assert said == [
        f"{saved}{chosen}{SYNC[lang]}",
        f"{back}{undone}{SYNC[lang]}",
        f"{again}{chosen}{SYNC[lang]}",
    ], said


@pytest.mark.parametrize(
    ("lang", "option", "words"),
    [
        (
            "id",
            "ambil nilai yang lain",
            (
                "IKU 2 · Realisasi: 80 (ambil nilai yang lain)",
                "IKU 2 · Realisasi: 80 (ambil nilai yang lain; kembali ke 81, konflik menunggu "
                "pilihan lagi)",
            ),
        ),
        (
            "en",
            "keep",
            (
                "IKU 2 · Actual (Realisasi): 81 (keep)",
                "IKU 2 · Actual (Realisasi): 81 (keep; the conflict waits for a choice again)",
            ),
        ),
    ],
)
async def test_a_k_choice_is_saved_undone_and_redone_in_the_same_words(
    offices,  # noqa: F811
    make_app,
    lang,
    option,
    words,
) -> None:
    """K's save toast had words of its own ("IKU 2 · Realisasi: 80 (ambil nilai yang lain)"),
    while its undo said "IKU 2 · Realisasi: 80 (kembali ke 81)" and its redo "IKU 2 ·
    Realisasi: 80", a kept value undone "81 (kembali ke 81)": three changes to a reader. The
    one function that words every change now words it, in resolve's words: the same for the
    three, the undo saying what came back."""
    app = make_app(store=iku2_conflict(offices), lang=lang)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        said = await _toasts_of_the_choice(pilot, option)
    _alike(said, lang, *words)


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_every_conflict_at_once_is_undone_and_redone_in_the_words_it_was_saved(
    offices,  # noqa: F811
    make_app,
    lang,
) -> None:
    """K's "all at once" was saved as "2 konflik sekaligus: ambil nilai yang lain", undone as
    "IKU 1 · Target: 3,40 (kembali ke 3,50); IKU 2 · Realisasi: …": the same words now, the
    undo saying that the values and the conflicts came back."""
    app = make_app(store=two_conflicts(offices), lang=lang)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        option = {
            "id": "Semua (2) sekaligus: ambil nilai yang lain",
            "en": "All (2) at once: take the other values",
        }[lang]
        said = await _toasts_of_the_choice(pilot, option)
    chosen, back = {
        "id": (
            "2 konflik sekaligus: ambil nilai yang lain",
            " (nilai kembali, 2 konflik menunggu pilihan lagi)",
        ),
        "en": (
            "2 conflicts at once: take the other values",
            " (the values back, the 2 conflicts wait for a choice again)",
        ),
    }[lang]
    _alike(said, lang, chosen, chosen + back)


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_k_keeps_each_values_date_and_time_on_one_line(offices, make_app, lang) -> None:  # noqa: F811
    """At 80×24 K's list broke a value's date from its time ("keep: 3,50 — Budi (Dinas
    Pendidikan), 2026-12-05" / "00:54"): a time read alone, as resolve's did at 40 columns
    before share23. The date and its time now stay on one line, wherever the line breaks."""
    import re

    from textual.widgets import OptionList

    from tests.conftest import run_cli
    from tests.test_sync import env
    from tests.tui.conftest import text_of

    start(offices, "pusat", "opd")
    store = Path(str(offices["tmp"]))
    for who, author, realisasi, target in (
        ("pusat", "Rina (Bagian Organisasi) <rina@example.org>", "80", "3,40"),
        ("opd", "Budi (Dinas Pendidikan) <budi@example.org>", "81", "3,50"),
    ):
        for args in (("IKU 2", "realisasi", realisasi), ("IKU 1", "target", target)):
            done = run_cli("set", *args, "--store", str(store / who), env=env(offices, author))
            assert done.returncode == 0, done.stderr
    assert lkj(offices, "pusat", "sync").returncode == 0
    assert lkj(offices, "opd", "sync").returncode == 0
    app = make_app(store=Store(store / "opd"), lang=lang)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await open_conflicts(pilot)
        shown = text_of(app.screen.query_one(OptionList))
    stamps = re.findall(r"\d{4}-\d\d-\d\d\s+\d\d:\d\d", shown)
    assert len(stamps) == 4 and all(re.fullmatch(r"\S+ \S+", s) for s in stamps), shown


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_s_offline_names_the_store_in_the_command_it_suggests(
    offices,  # noqa: F811
    make_app,
    lang,
) -> None:
    """S with the shared folder renamed away said "… beri alamat yang benar dengan 'lkj-tui
    sync --init ALAMAT'" without the store the TUI was opened on (typed as shown, it set up
    another store): it names it now, as every command the TUI prints does."""
    start(offices, "pusat", "opd")
    remote = Path(str(offices["remote"]))
    remote.rename(remote.with_name("away.git"))
    store = Path(str(offices["tmp"])) / "opd"
    app = make_app(store=Store(store), lang=lang, store_typed=str(store))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("S")
        await settle(pilot)
        await workers_done(pilot)
        await settle(pilot)
        said = " ".join(  # (a path wider than the toast broken at its separators: cli32)
            re.sub(r"(?<=[/\\])\n *|↩\n *", "", re.sub(r" \\\n *", " ", message))
            for message, *_ in app.toasts
        )
    command = {  # (on lines of its own after its label: tui29)
        "id": f"dengan:\n  lkj-tui sync --init ALAMAT --store {store}",
        "en": f"with:\n  lkj-tui sync --init REMOTE --store {store} --lang en",
    }[lang]
    assert command in said, said
