"""The TUI in a review meeting (tui12): what a reviewer reads at 120×40 and 80×24, id and en."""

from __future__ import annotations

import re

import pytest
from textual.widgets import OptionList

from lkj_tui.storage.store import Store
from lkj_tui.tui.components.dialogs import ChoiceDialog
from lkj_tui.tui.components.picker import PickerDialog
from tests.conftest import run_cli
from tests.tui.conftest import go, opened, settle, text_of


def rows_by_code(text: str, codes: tuple[str, ...]) -> dict[str, str]:
    lines = text.splitlines()
    return {c: next(line for line in lines if f" {c} " in line) for c in codes}


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_the_rating_column_holds_a_verdict_and_tidak_terukur(
    make_app, tui_store: Store, lang: str
) -> None:
    """IKU 6 with a threshold of 0 and a realisasi of 0 is "tidak tercapai" (no capaian %), IKU 9
    without a target "tidak terukur" / "not measurable": each word fits the tree's rating column,
    so its under-target mark stands in the column of every other row's (IKU 8, 83,33 % Tinggi ▼)
    and the rating words all begin in one column. "tidak tercapai" took one cell more and pushed
    its ▼ into the pane's border column."""
    for args in (("IKU 6", "target", "> 0"), ("IKU 6", "realisasi", "0"), ("IKU 9", "target", "")):
        done = run_cli("set", *args, store=tui_store.root)
        assert done.returncode == 0, done.stderr
    words = {"id": ("tidak tercapai", "tidak terukur"), "en": ("not met", "not measurable")}
    verdict, unmeasured = words[lang]
    async with opened(make_app, "IKU 8", lang=lang) as (app, _pilot, _):
        tree = text_of(app.tree)
        width = app.tree.scrollable_content_region.width
        rows = rows_by_code(tree, ("IKU 6", "IKU 8", "IKU 9", "IKU 3"))
        assert verdict in rows["IKU 6"] and unmeasured in rows["IKU 9"]
        # the under-target mark: the last cell of the label, as on IKU 8
        assert rows["IKU 8"][:width].rstrip().endswith("▼")
        assert rows["IKU 6"].index("▼", rows["IKU 6"].index(verdict)) == rows["IKU 8"].rindex("▼")
        high = "Tinggi" if lang == "id" else "High"
        start = rows["IKU 8"].index(high)
        assert rows["IKU 6"].index(verdict) == start
        assert rows["IKU 9"].index(unmeasured) == start
        assert rows["IKU 3"].index("Sangat Tinggi" if lang == "id" else "Very high") == start
        # nothing runs past the tree's own width into the pane's border
        for row in rows.values():
            assert row[width:].strip() == ""


def offered(app) -> list[str]:
    options = app.screen.query_one(OptionList)
    return [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_a_offers_the_kinds_of_the_lkj_hierarchy(make_app, tui_store: Store, lang) -> None:
    """`a` on a sasaran offers an IKU, an indikator lainnya or a program, as docs/tui.md says: a
    kegiatan belongs to a program or supports an indicator (Tujuan → Sasaran → Indikator →
    Program → Kegiatan → Sub Kegiatan). It offered Kegiatan too. Under an IKU a program or a
    kegiatan (the bundled report's IKU 1 has one); `M` on that kegiatan offers no sasaran."""
    names = {
        "id": (["IKU", "Indikator lainnya", "Program"], ["Program", "Kegiatan"]),
        "en": (
            ["Key indicator (IKU)", "Other indicator", "Programme"],
            ["Programme", "Activity (Kegiatan)"],
        ),
    }[lang]
    async with opened(make_app, "S2", lang=lang) as (app, pilot, _):
        await pilot.press("a")
        await settle(pilot)
        assert isinstance(app.screen, ChoiceDialog)
        assert offered(app) == names[0]
        await pilot.press("escape")
        await settle(pilot)
        await go(pilot, "IKU 1")
        await pilot.press("a")
        await settle(pilot)
        assert offered(app) == names[1]
        await pilot.press("escape")
        await settle(pilot)
        report = app.view.evaluation.report
        iku1 = next(n for n in report.walk() if n.code == "IKU 1")
        kegiatan = next(c for c in report.children(iku1.id) if c.kind == "kegiatan")
        assert app.tree.reveal(kegiatan.id)
        await pilot.pause()
        await pilot.press("M")
        await settle(pilot)
        assert isinstance(app.screen, PickerDialog)
        kinds = {report.node(row[0]).kind for row in app.screen.rows}
        assert "sasaran" not in kinds and {"program", "iku"} <= kinds


LONG_NAME = (
    "Meningkatnya Kebijakan di bidang Pemerintahan dan Kesejahteraan Rakyat Kabupaten Bengkulu "
    "Selatan yang Akuntabel"
)
LONG_PROBLEM = (
    "Dari target yang ditetapkan Sekretariat Daerah melalui Bagian Pemerintahan belum berhasil "
    "mencapai target untuk penilaian LPPD tersebut yaitu 3,22, sedangkan realisasi yang dicapai "
    "hanya 2,85 karena keterlambatan data dukung"
)


def cut_at_a_word(shown: str, whole: str) -> bool:
    """``shown`` is ``whole``'s start up to the end of a word, then "…"; or (ov13: the words a
    sibling's name begins with too give way) its first words or none, "…", whole words from inside
    ``whole``, "…"."""
    kept = shown.removesuffix("…")
    if "…" in kept:  # the shared words cut (or none), "…", the words after them
        head, tail = kept.split("…", 1)
        at = whole.find(tail, len(head))
        after = at + len(tail)
        return (
            whole.startswith(head)
            and at > len(head)
            and whole[at - 1] == " "
            and (after == len(whole) or whole[after] in " ,")
        )
    return shown.endswith("…") and whole.startswith(kept) and whole[len(kept)] in " ,"


@pytest.mark.parametrize(("size", "lang"), [((120, 40), "id"), ((80, 24), "en")])
async def test_long_names_are_cut_at_a_word(make_app, tui_store: Store, size, lang) -> None:
    """A long sasaran name is cut after a whole word with "…" in the tree ("… di bidang…", not
    "… di bidang Pemerinta…"), in the search results and in the choice of which permasalahan
    to edit (p), at 120×40 and 80×24; the rename form (R) shows the whole name under its
    one-line field, which shows only a part of it."""
    for args in (("S1", "name", LONG_NAME), ("IKU 1", "permasalahan+", LONG_PROBLEM)):
        done = run_cli("set", *args, store=tui_store.root)
        assert done.returncode == 0, done.stderr
    async with opened(make_app, "S1", size=size, lang=lang) as (app, pilot, _):
        row = rows_by_code(text_of(app.tree), ("S1",))["S1"]
        shown = row.split("S1 ", 1)[1].split(" !")[0].split("  ")[0]
        assert cut_at_a_word(shown, LONG_NAME), row
        # the rename form: the field scrolls; the whole name is under it, wrapped
        await pilot.press("R")
        await settle(pilot)
        form = app.screen
        under = " ".join(text_of(form.query_one("#preview")).split())
        assert LONG_NAME in under and under.startswith("Nama: " if lang == "id" else "Name: ")
        await pilot.press("down")  # the code fits its field: nothing under it
        await settle(pilot)
        assert LONG_NAME not in text_of(form)
        await pilot.press("escape")
        await settle(pilot)
        # search: the result names the sasaran, cut at a word where cut
        await pilot.press("slash", *"pemerintahan dan kesejahteraan")
        await settle(pilot)
        results = app.screen.query_one(OptionList)
        prompt = str(results.get_option_at_index(0).prompt)
        assert "S1 " in prompt
        name = re.split(r"  ·\s", prompt.split("S1 ", 1)[1])[0]  # (a no-break space after "·")
        assert name == LONG_NAME or cut_at_a_word(name, LONG_NAME)
        await pilot.press("escape")
        await settle(pilot)
        await go(pilot, "IKU 1")
        await pilot.press("p")
        await settle(pilot)
        assert isinstance(app.screen, ChoiceDialog)
        entries = offered(app)
        problem = next(e for e in entries if e.startswith("2. "))
        assert len(problem) < len(LONG_PROBLEM) and cut_at_a_word(problem[3:], LONG_PROBLEM)


async def test_undo_and_the_change_log_cut_a_long_name_at_a_word(make_app) -> None:
    """After an edit of a node named by a long name (an indicator row has no code), ctrl+z's
    toast and the change log (L) name it cut after a whole word ("Dibatalkan: Terlaksananya
    pengkoordinasian,… Permasalahan 1" became "Terlaksananya…"), not mid-word
    ("pengkoordinasia…")."""
    async with opened(make_app, None) as (app, pilot, _):
        report = app.view.evaluation.report
        node = next(n for n in report.walk() if not n.code and len(n.name) > 80)
        assert app.tree.reveal(node.id)
        await pilot.pause()
        await pilot.press("p")
        await settle(pilot)
        await pilot.press(*"Data dukung terlambat", "ctrl+s")
        await settle(pilot)
        await pilot.press("ctrl+z")
        await settle(pilot)
        toast = next(m for m, _sev, _ in app.toasts if m.startswith("Dibatalkan: "))
        shown = toast.removeprefix("Dibatalkan: ").split("…")[0] + "…"
        assert cut_at_a_word(shown, node.name), toast
        await pilot.press("L")
        await settle(pilot)
        first = str(app.screen.query_one("#log").render()).splitlines()[0]
        name = first.split("  ", 1)[1].split(" · ")[0]
        assert cut_at_a_word(name, node.name), first
