"""years31: the Bappeda analyst at 80×24 and 100×30, id and en — the years pane and the overview."""

from __future__ import annotations

import shutil
from dataclasses import replace

import pytest

from lkj_tui.bundled import load_bundled_report


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_grade_keeps_its_score_beside_a_capaian_at_80_columns(lang: str) -> None:
    """At 80×24 (a pane of 27 columns) "Sangat Baik (A) 3,49 poin" beside 2023's "81,20 %" folded
    "(A)" apart from "3,49": the table was one cell too wide for the grade with its score. The
    capaian's header says "Cap." there (its figures, "81,20%", are no wider), and the grade keeps
    its score on its line."""
    from lkj_tui.core.evaluate import Evaluation
    from lkj_tui.tui.components.years import YearsContext, years_part

    report = load_bundled_report()
    node = next(n for n in report.nodes() if n.code == "IKU 1")
    m = node.measure
    # (2022 a grade with its score, no unit after it: text, no capaian of its own (vals46 reads
    # "… 3,49 poin" as its points, and its capaian then takes the cells); 2023's 81,20 %)
    assert m is not None
    graded = {**m.realisasi_history, 2022: "Sangat Baik (A) 3,49"}
    report.replace_node(
        node.with_changes(measure=replace(m, target=">3,51 (skala 1-5)", realisasi_history=graded))
    )
    part = years_part(Evaluation(report).of(node.id), YearsContext(report), lang)
    assert part is not None
    lines = part.layout(27).plain.splitlines()
    table = lines[1 : next(i for i, x in enumerate(lines) if x.startswith(("Sumber:", "Source:")))]
    assert all(len(x) <= 27 for x in table), table
    assert any(x.strip() == "(A) 3,49" for x in table), table
    assert table[0].split()[-1] == "Cap.", table
    assert any(x.startswith("2023") and x.endswith("81,20%") for x in table), table
    wide = part.layout(30).plain.splitlines()  # (room for the whole header: as before)
    assert any(x.split()[-1:] == ["Capaian"] for x in wide[1:3]), wide


def _store_of(tmp_path, count: int):  # type: ignore[no-untyped-def]
    from lkj_tui.storage.store import Store

    store = Store(tmp_path / "store")
    for n in range(count):
        report = load_bundled_report()
        report.meta = replace(report.meta, id=f"kab-dinas-{2021 + n}", tahun=2021 + n)
        store.import_report(report)
    return store


def test_a_listing_says_how_far_it_is(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from lkj_tui.storage.store import Store

    _store_of(tmp_path, 3)
    seen: list[tuple[int, int]] = []
    Store(tmp_path / "store").summaries(lambda done, total: seen.append((done, total)))
    assert seen == [(0, 3), (1, 3), (2, 3)]
    seen.clear()
    Store(tmp_path / "store").latest_report(lambda done, total: seen.append((done, total)))
    assert seen == [(0, 3), (1, 3), (2, 3)]


def test_the_start_listing_of_a_big_store_summarises_for_the_overview(
    tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The TUI's start on a cold index read every report twice: its listing to pick the report
    to open, then the overview's for the summaries (≈ 35 s each for 2,000 reports on a busy
    machine). A big store's start listing summarises each report in the same read, and the
    overview's listing then reads none."""
    from lkj_tui.storage import reader
    from lkj_tui.storage.store import Store

    _store_of(tmp_path, 3)
    monkeypatch.setattr(reader, "INDEX_MIN_REPORTS", 3)  # (a big store: the listing index)
    store = Store(tmp_path / "store")
    store.latest_report(indexed_summaries=True)
    read = reader.StoreReader._read_state
    reads: list[str] = []

    def counted(self, path, report_id, **kwargs):  # type: ignore[no-untyped-def]
        reads.append(report_id)
        return read(self, path, report_id, **kwargs)

    monkeypatch.setattr(reader.StoreReader, "_read_state", counted)
    listing, _ = store.summaries()
    assert len(listing) == 3 and reads == []
    monkeypatch.setattr(reader.StoreReader, "_read_state", read)
    shutil.copytree(tmp_path / "store", tmp_path / "other")  # (another folder: a cold index)
    store = Store(tmp_path / "other")
    store.latest_report()  # (without: the overview's listing reads every report again)
    monkeypatch.setattr(reader.StoreReader, "_read_state", counted)
    store.summaries()
    assert len(reads) == 3, reads


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_a_slow_listing_says_how_far_it_is_on_screen(
    make_app, tmp_path, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    """The first start on a cold index of 2,000 reports showed "Memuat laporan…", then "Memuat
    ikhtisar…", for over a minute each with no sign of life: both now say how many reports have
    been read ("Memuat laporan… 3 dari 4 berkas dibaca": files, tui39: a stray one counts too,
    "98 dari 202 laporan dibaca" said of 200 reports). The listing is held at its last
    report until the test has read the screen."""
    import threading

    from textual.widgets import Static

    from lkj_tui.storage.reader import StoreReader
    from lkj_tui.tui import session
    from lkj_tui.tui.components.overview import OverviewScreen
    from lkj_tui.tui.components.summary import SummaryBar
    from tests.tui.conftest import PATIENCE, settle, until

    store = _store_of(tmp_path, 3)
    names = sorted(p.stem for p in store.root.glob("*.json"))  # (the app seeds the bundled one)
    monkeypatch.setattr(session, "PROGRESS_AFTER", 0.0)
    monkeypatch.setattr(session, "PROGRESS_EVERY", 0.0)
    gates = [threading.Event(), threading.Event()]  # the app's listing, then the overview's
    reads = []
    info = StoreReader._info

    def held(self, report_id, path, **kwargs):  # type: ignore[no-untyped-def]
        if report_id == names[-1] and kwargs.get("full") and path is None:
            reads.append(report_id)
            if len(reads) <= len(gates):
                gates[len(reads) - 1].wait(PATIENCE)  # (the test sets it once it has looked)
        return info(self, report_id, path, **kwargs)

    monkeypatch.setattr(StoreReader, "_info", held)
    n, total = len(names) - 1, len(names)
    said = f"{n} dari {total} berkas dibaca" if lang == "id" else f"{n} of {total} files read"
    app = make_app(store, lang=lang)
    async with app.run_test(size=(80, 24)) as pilot:
        bar = app.query_one(SummaryBar)
        await until(pilot, lambda: said in str(bar.render()), said)
        loading = "Memuat laporan…" if lang == "id" else "Loading the report…"
        assert f"{loading} {said}" in str(app.query_one(SummaryBar).render())
        assert said in " ".join(app.detail.text.split())
        gates[0].set()
        await until(
            pilot,
            lambda: (
                isinstance(app.screen, OverviewScreen)
                and said in str(app.screen.query_one("#ov-status", Static).render())
            ),
            f"the overview saying {said}",
        )
        status = app.screen.query_one("#ov-status", Static)
        loading = "Memuat ikhtisar…" if lang == "id" else "Loading the overview…"
        assert f"{loading} {said}" in str(status.render())
        gates[1].set()
        await settle(pilot)
        of = "dari" if lang == "id" else "of"
        assert app.screen.loaded and f"{total} {of} {total}" in str(status.render())


OFFICES = (
    ("Dinas Pertanian Kabupaten Lebong", "Pemerintah Kabupaten Lebong"),
    ("Dinas Sosial Kabupaten Lebong", "Pemerintah Kabupaten Lebong"),
    ("Dinas Pertanian Provinsi Bengkulu", "Pemerintah Provinsi Bengkulu"),
    ("Dinas Sosial Provinsi Bengkulu", "Pemerintah Provinsi Bengkulu"),
    ("Dinas Sosial Kabupaten Bengkulu Selatan", "Pemerintah Kabupaten Bengkulu Selatan"),
)


@pytest.mark.parametrize(("width", "lang"), [(80, "id"), (80, "en"), (100, "id")])
async def test_the_overview_by_indicator_names_each_row_s_office_and_region(
    make_app, tmp_path, monkeypatch: pytest.MonkeyPatch, width: int, lang: str
) -> None:
    """By indicator, in a store of several regions, the instansi kept its region's name and
    the cut showed the region's words, not the office's: "Dinas…Lebong" for both Dinas of
    Lebong, "Dinas…Provinsi…" for both of the province (80×24). Now each row's pemerintah is a
    column of its own, as by report, and the instansi is said without it: "Dinas Pertanian"
    beside "Kab. Lebong"."""
    from tests.tui.conftest import text_of
    from tests.tui.test_years32 import regions_store
    from tests.tui.test_years_overview import _overview

    monkeypatch.setattr("lkj_tui.tui.components.overview.reviu_errors", lambda report: 0)
    store = regions_store(tmp_path, OFFICES)
    app = make_app(store, lang=lang)
    async with app.run_test(size=(width, 24)) as pilot:
        screen = await _overview(pilot)
        await pilot.press("ctrl+t")
        await pilot.pause()
        lines = text_of(screen.table).splitlines()
    header, rows = lines[0], [x for x in lines[1:] if "IKU" in x]
    assert ("Pemerintah" if lang == "id" else "Government") in header, header
    for x in rows:
        assert "Kabupaten" not in x and "Provinsi" not in x, x  # (the region: in its column)
        assert "Dinas…" not in x, x  # (the office's own words tell it apart)
        assert " Kab. " in x or " Prov. " in x or " Prov.… " in x, x
        assert len(x.rstrip()) <= width
    said = " ".join(rows)
    assert "Kab. Lebong" in said and "Dinas Sosial" in said and "Pertanian" in said, rows
