"""The TUI in a meeting (ov13): the overview, the reviu panel, help and the tree at 120×40 and
80×24, id and en, on a kabupaten's store (every report of one pemerintah)."""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from pathlib import Path

import pytest

from lkj_tui.bundled import load_bundled_report
from lkj_tui.core.model import Report
from lkj_tui.storage.store import Store
from lkj_tui.tui.components.overview import OverviewScreen
from lkj_tui.tui.components.rowtable import RowTable
from tests.tui.conftest import settle
from tests.tui.test_years_overview import _overview

KAB = "Pemerintah Kabupaten Bengkulu Selatan"
#: long instansi whose first words are the same: a cut at 24 cells reads alike
OFFICES = (
    ("diskominfo-2024", "Dinas Komunikasi, Informatika dan Persandian Kabupaten Bengkulu Selatan"),
    ("dpmptsp-2024", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kabupaten Bengkulu"),
    ("bkpsdm-2024", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kabupaten Bengkulu"),
)


def _office(rid: str, instansi: str, pemerintah: str = KAB) -> Report:
    report = load_bundled_report()
    report.meta = replace(report.meta, id=rid, instansi=instansi, pemerintah=pemerintah)
    for node in list(report.walk()):  # IKU 6: a threshold of 0 and a realisasi of 0: a verdict
        if node.code == "IKU 6" and node.measure is not None:
            measure = replace(node.measure, target="> 0", realisasi="0")
            report.replace_node(node.with_changes(measure=measure))
    return report


@pytest.fixture
def kab_store(tmp_path: Path) -> Store:
    store = Store(tmp_path / "store", seed=load_bundled_report)
    for rid, instansi in OFFICES:
        store.import_report(_office(rid, instansi))
    return store


def _lines(screen: OverviewScreen) -> list[str]:
    table = screen.query_one(RowTable)
    return [table.render_line(y).text for y in range(min(table.size.height, len(table.rows) + 1))]


def _cut_at_a_word(shown: str, whole: str) -> bool:
    kept = shown.removesuffix("…")
    return shown == whole or (
        shown.endswith("…") and whole.startswith(kept) and whole[len(kept)] in " ,"
    )


@pytest.mark.parametrize(("size", "lang"), [((120, 40), "id"), ((80, 24), "en")])
async def test_overview_of_one_kabupaten_gives_the_instansi_the_room(
    make_app, kab_store: Store, size, lang
) -> None:
    """Every report of one pemerintah: the pemerintah is said once, in the title, not in a column
    repeated on every row and cut ("Pemerintah Kabupaten Ben…"); the instansi takes the room and
    is cut after a whole word ("Dinas Komunikasi, Inform…" before), at 120 and at 80 columns,
    where it reads more than one word ("Dinas…" was every row at 80)."""
    app = make_app(kab_store, lang=lang)
    async with app.run_test(size=size) as pilot:
        screen = await _overview(pilot)
        title = str(screen.query_one("#ov-title").render())
        assert KAB in title
        lines = _lines(screen)
        header = lines[0]
        assert ("Pemerintah" if lang == "id" else "Government") not in header
        rows = {r.instansi: line for r, line in zip(screen.shown, lines[1:], strict=False)}
        for _, instansi in OFFICES:
            shown = rows[instansi][1:].split("  ")[0].rstrip()
            # (tui15: without the region's name, which the title says)
            assert _cut_at_a_word(shown, instansi.removesuffix(" Kabupaten Bengkulu Selatan"))
            assert len(shown.removesuffix("…").split()) >= 2
        if size[0] == 120:  # the instansi whole up to its region ("… Kabupaten…" at most)
            assert any("Dinas Komunikasi, Informatika dan Persandian" in line for line in lines), (
                lines
            )
        # every column still on screen: the reviu errors last
        assert all(line.rstrip()[-1] in "0123456789…" for line in lines[1:])


async def test_overview_of_several_regions_shortens_the_pemerintah(make_app, kab_store) -> None:
    """Reports of two pemerintah: the column stays, each cell shortened as letters write it
    ("Kab. Kaur"), never cut mid-word."""
    kab_store.import_report(_office("kaur-2024", "Dinas Pendidikan", "Pemerintah Kabupaten Kaur"))
    app = make_app(kab_store)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _overview(pilot)
        lines = _lines(screen)
        assert "Pemerintah" in lines[0]
        assert str(screen.query_one("#ov-title").render()).strip() == "Ikhtisar semua laporan"
        body = "\n".join(lines[1:])
        assert "Kab. Kaur" in body and "Kab. Bengkulu Selatan" in body
        assert "Pemerintah Kab" not in body


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_overview_by_indicator_says_a_verdict(make_app, kab_store, lang) -> None:
    """An IKU without a capaian % (a "> 0" target against a realisasi of 0) shows its verdict in
    the view by indicator, as the tree does: "n/a" and "tidak tercapai" / "not met", with the
    under-target mark. Before, the listing index kept only the rounded capaian: "—" and "—"."""
    app = make_app(kab_store, lang=lang)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _overview(pilot)
        name = next(n.name for n in load_bundled_report().walk() if n.code == "IKU 6")
        await pilot.press("ctrl+t", *name.lower())
        await settle(pilot)
        ours = [x for x in screen.shown if x.code == "IKU 6" and x.report.id in dict(OFFICES)]
        assert len(ours) == len(OFFICES)
        lines = _lines(screen)
        verdict = "tidak tercapai" if lang == "id" else "not met"
        for x in ours:
            line = lines[1 + screen.shown.index(x)]
            assert "n/a ▼" in line and line.rstrip().endswith(verdict), line
            assert "—" not in line


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_help_says_where_the_store_really_is(make_app, tmp_path: Path, monkeypatch, lang):
    """Opened as ``.`` (``lkj-tui --store .`` in the store's folder) help said "Penyimpanan: .":
    now the folder resolved, cleaned (a bidi control and markup in the folder's name are not
    drawn as such), and the report list (ctrl+o) says the same."""
    from textual.widgets import Static

    from tests.tui.conftest import text_of

    folder = tmp_path / "LKj [red]rapat[/] \u202edata"
    Store(folder, seed=load_bundled_report)
    monkeypatch.chdir(folder)
    app = make_app(Store(Path(".")), lang=lang)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await settle(pilot)
        shown = " ".join(text_of(app.screen.query_one("#help-paths", Static)).split())
        label = "Penyimpanan:" if lang == "id" else "Store:"
        where = str(folder.resolve()).replace("\u202e", "")
        assert shown.startswith(f"{label} {' '.join(where.split())} "), shown
        assert Path(where).is_absolute() and "[red]rapat[/]" in shown


@pytest.mark.parametrize(("size", "lang"), [((80, 24), "id"), ((80, 24), "en"), ((120, 40), "id")])
async def test_siblings_cut_alike_are_told_apart(make_app, size, lang) -> None:
    """At 80 columns IKU 4 "Persentase Ketepatan Kebijakan Pembangunan" and IKU 5 "… Pengadaan
    Barang dan Jasa" both read "Persentase…", and S1, S2, S3 ("Meningkatnya Kebijakan di bidang
    …") all "Meningkatnya…": the words they share give way to "…" and the words that tell them
    apart ("IKU 4 …Pembangunan", "S2 …Perekonomian dan…"). A name that fits is whole."""
    from tests.tui.conftest import opened, text_of

    async with opened(make_app, "IKU 5", size=size, lang=lang) as (app, _pilot, _):
        lines = text_of(app.tree).splitlines()

        def shown(code: str) -> str:
            line = next(x for x in lines if f" {code} " in x)
            return (
                line.split(f" {code} ", 1)[1]
                .split("  ")[0]
                .split(" !")[0]
                .split(" ✗")[0]
                .split(" ·")[0]
            )

        names = {c: shown(c) for c in ("S1", "S2", "S3", "IKU 4", "IKU 5", "IKU 3")}
        assert len({names[c] for c in ("S1", "S2", "S3")}) == 3, names
        assert names["IKU 4"] != names["IKU 5"], names
        assert "Pembangunan" in names["IKU 4"] and "Pengadaan" in names["IKU 5"], names
        assert names["IKU 3"] == "Indeks Inflasi"
        if size[0] == 80:  # the shared words give way to "…" (tui15: the first kept, when
            # another name ends alike: "Program Perekonomian dan Pembangunan")
            assert "…Perekonomian" in names["S2"], names


def _split_figures(lines: list[str]) -> list[str]:
    """Lines that end a figure which the next line's "%" or "(score)" belongs to."""
    out = []
    for this, after in itertools.pairwise(lines):
        head, tail = this.rstrip(" ▎│"), after.lstrip(" ▊│")
        if head[-1:].isdigit() and tail.startswith("%"):
            out.append(f"{head} / {tail}")
        grade = re.search(r"\b[A-E]{1,2}[+-]?$", head) and re.match(r"\(\d", tail)
        quarter = re.search(r"\b(?:I|II|III|IV)$", head) and re.match(r"[A-E]{1,2}\b", tail)
        if grade or quarter:
            out.append(f"{head} / {tail}")
    return out


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("width", [80, 92, 100, 120])
async def test_reviu_keeps_a_figure_with_its_unit(make_app, width: int, lang: str) -> None:
    """The reviu screen (v) wrapped "hasil hitung 95,55" at a line's end and began the next with
    "% dari 2 indikator": a figure stays whole with its "%", at any width."""
    from textual.widgets import OptionList

    from lkj_tui.tui.reviu import ReviuScreen
    from tests.tui.conftest import text_of

    app = make_app(lang=lang)
    async with app.run_test(size=(width, 40)) as pilot:
        await settle(pilot)
        await pilot.press("v")
        await settle(pilot)
        assert isinstance(app.screen, ReviuScreen)
        # each finding with a "%" highlighted: whole under the list (its row cut there: rev67)
        options = app.screen.query_one(OptionList)
        shown = []
        for i in range(options.option_count):
            if "%" in str(options.get_option_at_index(i).prompt):
                options.highlighted = i
                await pilot.pause()
                shown.append(text_of(app.screen.query_one("#finding")).splitlines())
        assert any("95,55 %" in line for lines in shown for line in lines)
        assert [_split_figures(lines) for lines in shown if _split_figures(lines)] == []


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_detail_keeps_a_quarter_with_its_grade(make_app, tui_store: Store, lang) -> None:
    """The detail pane's Triwulan line wrapped "IV A (86,45)" inside the value ("IV A" at a line's
    end, "(86,45)" beginning the next): each quarter stays whole, at every width."""
    from tests.conftest import run_cli
    from tests.tui.conftest import opened

    for args in (("tw3", "BB (72,10)"), ("tw4", "A (86,45)"), ("tw2", "B (65,33)")):
        done = run_cli("set", "IKU 8", *args, store=tui_store.root)
        assert done.returncode == 0, done.stderr
    for width in range(80, 130, 3):
        async with opened(make_app, "IKU 8", size=(width, 60), lang=lang) as (app, _pilot, _):
            lines = app.detail.text.splitlines()
            flat = " ".join(x.strip() for x in lines)
            assert "IV A (86,45)" in flat and "III BB (72,10)" in flat
            assert any("IV A (86,45)" in line for line in lines), (width, lines)
            assert any("III BB (72,10)" in line for line in lines), (width, lines)
            assert _split_figures(lines) == [], width


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_a_adds_an_indikator_tujuan_and_m_moves_one(make_app, tui_store: Store, lang) -> None:
    """A tujuan has indicators of its own (the Renstra's indikator tujuan; the import and
    DOMAIN.md's cascading form make one): `a` on a tujuan offers a sasaran, an IKU or an indikator
    lainnya (it offered only a sasaran), the IKU is added under the tujuan, and `M` on an IKU
    offers the tujuan as a parent."""
    from textual.widgets import OptionList

    from lkj_tui.tui.components.dialogs import ChoiceDialog
    from lkj_tui.tui.components.picker import PickerDialog
    from tests.tui.conftest import opened
    from tests.tui.test_authoring import disk, opens

    words = {
        "id": ["Sasaran", "IKU", "Indikator lainnya"],
        "en": ["Objective (Sasaran)", "Key indicator (IKU)", "Other indicator"],
    }[lang]
    async with opened(make_app, "T1", lang=lang) as (app, pilot, t1):
        await pilot.press("a")
        await settle(pilot)
        assert isinstance(app.screen, ChoiceDialog)
        options = app.screen.query_one(OptionList)
        shown = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
        assert shown == words
        await pilot.press("down")
        await opens(pilot, "enter")
        await pilot.press(*"Indeks Reformasi Birokrasi", "enter", *"IT 1", "enter")
        await settle(pilot)
        new = next(n for n in disk(tui_store).children(t1) if n.code == "IT 1")
        assert new.kind == "iku" and new.measure is not None
        from tests.tui.conftest import go

        await go(pilot, "IKU 1")
        await pilot.press("M")
        await settle(pilot)
        assert isinstance(app.screen, PickerDialog)
        report = app.view.evaluation.report
        assert t1 in [row[0] for row in app.screen.rows]
        assert {report.node(row[0]).kind for row in app.screen.rows} >= {"tujuan", "sasaran"}
