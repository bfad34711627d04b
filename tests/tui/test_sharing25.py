"""share25: a sync conflict chosen with K is worded by the one function that words every change
(``change_words``), so its save, undo and redo toasts read alike."""

from __future__ import annotations

import shutil

import pytest

from tests.test_sharing16 import two_conflicts
from tests.test_sync import offices  # noqa: F401 - fixture
from tests.tui.conftest import settle
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
