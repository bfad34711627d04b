"""edit37: the planner authoring — a move in the minutes (``x``, ``export --changes``) says
where the node was and went in words, "di bawah IKU 1 Nilai LPPD" → "di bawah IKU 2 Indeks…",
where it read "pindah | IKU 1 | IKU 2", codes with no word; the toast, ``L`` and ``log`` name
the parents alike."""

from __future__ import annotations

import pytest

from lkj_tui.core import edits
from lkj_tui.core.sanitize import clean_words
from tests.conftest import run_cli
from tests.tui.conftest import opened, settle
from tests.tui.test_authoring18 import move_first_child_to_iku2, toasted

HOSTILE = "Indeks | *Reformasi* [bold]Hukum"
ROWS = {
    "id": ("pindah", "di bawah IKU 1 Nilai LPPD", r"di bawah IKU 2 Indeks \| \*Reformasi\*"),
    "en": ("move", "under IKU 1 Nilai LPPD", r"under IKU 2 Indeks \| \*Reformasi\*"),
}


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_a_move_names_both_parents_in_words_in_the_minutes(make_app, tui_store, lang) -> None:
    """A real move (``M``), then the minutes as ``export --changes`` writes them: the row says
    under which parent the node was and is, by code and name, the Markdown escaped."""
    set_name = run_cli("set", "IKU 2", "name", HOSTILE, store=tui_store.root)
    assert set_name.returncode == 0, set_name.stderr
    async with opened(make_app, "IKU 1", lang=lang) as (app, pilot, iku1):
        node = clean_words(edits.label(app.view.report.children(iku1)[0]), 40)
        await move_first_child_to_iku2(pilot, iku1)
        await settle(pilot)
        saved = toasted(app, ("Tersimpan: ", "Saved: ")[lang == "en"])
        under = ("ke bawah", "under")[lang == "en"]
        assert f" {under} IKU 2 Indeks | *Reformasi* [bold]Hukum" in saved, app.toasts
    notes = run_cli("export", "--changes", "--lang", lang, store=tui_store.root)
    assert notes.returncode == 0, notes.stderr
    section = notes.stdout.rsplit("## ", 1)[1]
    action, before, after = ROWS[lang]
    row = next(r for r in section.splitlines() if f"| {action} |" in r)
    assert f"| {node} | {action} | {before} | {after}" in row, section
