"""The shared store in the TUI: a conflict shown with both values and resolved (K), a node's history
and restoring an older value (H). The offices are clones of a bare repository in a temp folder."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from textual.widgets import OptionList

from lkj_tui.storage.store import Store
from lkj_tui.tui.components.sharingscreens import ConflictScreen, HistoryScreen
from tests.test_sync import RID, env, lkj, meta_doc, offices, start  # noqa: F401 - fixture
from tests.test_sync_offices import conflict_on_80, written_then_changed
from tests.tui.conftest import SIZE, node_id_by_code, settle, workers_done

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


@pytest.fixture
def office_env(offices, monkeypatch) -> None:  # noqa: F811 - the fixture imported above
    for key, value in env(offices, "opd <opd@example.org>").items():
        monkeypatch.setenv(key, value)


def choose(screen, needle: str) -> int:
    options = screen.query_one(OptionList)
    for i in range(options.option_count):
        if needle in str(options.get_option_at_index(i).prompt):
            options.highlighted = i
            options.focus()
            return i
    raise AssertionError(f"no option with {needle!r}")


def iku2_conflict(offices) -> Store:  # noqa: F811
    """pusat sets IKU 2's realisasi to 80, opd to 81, both sync: opd's store (its file keeps 81
    and records 80 as the other value)."""
    start(offices, "pusat", "opd")
    assert lkj(offices, "pusat", "set", "IKU 2", "realisasi", "80").returncode == 0
    assert lkj(offices, "opd", "set", "IKU 2", "realisasi", "81").returncode == 0
    assert lkj(offices, "pusat", "sync").returncode == 0
    assert lkj(offices, "opd", "sync").returncode == 0
    return Store(Path(str(offices["tmp"])) / "opd")


async def history_of(pilot, code: str) -> HistoryScreen:
    """H on the node of ``code``, the app just opened: its history."""
    app = pilot.app
    await settle(pilot)
    app.tree.reveal(node_id_by_code(app, code))
    await settle(pilot)
    await pilot.press("H")
    await settle(pilot)
    assert isinstance(app.screen, HistoryScreen)
    return app.screen


async def open_conflicts(pilot) -> tuple[ConflictScreen, list[str]]:
    """K on the main screen: the conflicts screen and the text of its first two choices."""
    await pilot.press("K")
    await settle(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, ConflictScreen)
    options = screen.query_one(OptionList)
    return screen, [str(options.get_option_at_index(i).prompt) for i in range(2)]


async def test_a_conflict_shows_both_values_and_the_choice_is_saved(
    offices,  # noqa: F811
    office_env,
    make_app,
) -> None:
    store = iku2_conflict(offices)
    app = make_app(store=store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert any("1 konflik" in message for message, *_ in app.toasts)  # the state on opening
        screen, prompts = await open_conflicts(pilot)
        assert "IKU 2 · Realisasi" in prompts[0] and "81" in prompts[0]  # not "measure.realisasi"
        assert "80" in prompts[1]
        choose(screen, "ambil nilai yang lain")
        await pilot.press("enter")
        await settle(pilot)
        await settle(pilot)
        iku2 = node_id_by_code(app, "IKU 2")
        assert app.view.evaluation.report.node(iku2).measure.realisasi == "80"
        # the choice says when the other offices get it, with the TUI's key, as H does (tui19)
        said = (
            "Tersimpan: IKU 2 · Realisasi: 80 (ambil nilai yang lain) — sampai ke kantor lain "
            "pada sinkronisasi berikutnya (tombol S)"
        )
        assert any(m == said for m, *_ in app.toasts), app.toasts
    assert store.load(RID).report.node(iku2).measure.realisasi == "80"
    assert "conflicts" not in meta_doc(offices, "opd")


async def test_a_conflict_kept_in_english_says_when_the_others_get_it(
    offices,  # noqa: F811
    office_env,
    make_app,
) -> None:
    app = make_app(store=iku2_conflict(offices), lang="en")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen, _ = await open_conflicts(pilot)
        choose(screen, "keep")
        await pilot.press("enter")
        await settle(pilot)
        await settle(pilot)
        said = (
            "Saved: IKU 2 · Actual (Realisasi): 81 (keep) — reaches the other offices with the "
            "next sync (key S)"
        )
        assert any(m == said for m, *_ in app.toasts), app.toasts


async def test_the_sync_toast_counts_the_conflicts_still_open(
    offices,  # noqa: F811
    office_env,
    make_app,
) -> None:
    """S said "Sinkron: … konflik 0" while an older conflict was still open (it counted only this
    sync's); it says how many are new and how many are open, and where to see them. A sync
    that brings nothing finds none new: the one that waits is open, as `lkj-tui sync` says it
    (share23: "1 konflik baru" again, share15's)."""
    start(offices, "pusat", "opd")
    assert lkj(offices, "pusat", "set", "IKU 2", "realisasi", "80").returncode == 0
    assert lkj(offices, "opd", "set", "IKU 2", "realisasi", "81").returncode == 0
    assert lkj(offices, "pusat", "sync").returncode == 0
    assert lkj(offices, "opd", "sync").returncode == 0  # one conflict, left open
    for lang, said in (
        ("id", "Sinkron: simpanan diterima 0, dikirim 0, 0 konflik baru (1 terbuka seluruhnya: K)"),
        # (not "1 … conflicts")
        ("en", "Synced: saves received 0, sent 0, new conflicts 0 (1 open in all: K)"),
    ):
        app = make_app(store=Store(Path(str(offices["tmp"])) / "opd"), lang=lang)
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            await pilot.press("S")
            await workers_done(pilot)
            await settle(pilot)
            assert said in [message for message, *_ in app.toasts], app.toasts


async def test_the_sync_toast_says_its_open_count_holds_the_new_ones(
    offices,  # noqa: F811
    office_env,
    make_app,
) -> None:
    """share24: a sync that found one conflict said "1 konflik baru, 1 terbuka", read as two
    (one new and one older); the open count is the new and the older ones, and says so."""
    start(offices, "pusat", "opd")
    assert lkj(offices, "pusat", "set", "IKU 2", "realisasi", "80").returncode == 0
    assert lkj(offices, "pusat", "sync").returncode == 0
    assert lkj(offices, "opd", "set", "IKU 2", "realisasi", "81").returncode == 0
    app = make_app(store=Store(Path(str(offices["tmp"])) / "opd"), lang="id")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("S")  # (the sync finds IKU 2's conflict: the only one open)
        await workers_done(pilot)
        await settle(pilot)
        said = "Sinkron: simpanan diterima 1, dikirim 1, 1 konflik baru (1 terbuka seluruhnya: K)"
        assert said in [message for message, *_ in app.toasts], app.toasts


async def test_the_office_that_did_not_merge_sees_who_set_each_value(
    offices,  # noqa: F811
    office_env,
    make_app,
) -> None:
    """walk8: pusat set IKU 2 to 80 and synced, opd set it to 81 and synced (opd merged, keeping
    its 81 and recording 80 as the other), pusat synced again. On pusat, K offered "keep: 81" and
    "take the other office's value: 80" — 80 was pusat's own value, and a reviewer choosing
    "keep" to keep hers kept opd's. Each value now says who set it and when; "take" no longer
    names an office."""
    start(offices, "pusat", "opd")
    assert lkj(offices, "pusat", "set", "IKU 2", "realisasi", "80").returncode == 0
    assert lkj(offices, "pusat", "sync").returncode == 0
    assert lkj(offices, "opd", "set", "IKU 2", "realisasi", "81").returncode == 0
    assert lkj(offices, "opd", "sync").returncode == 0
    assert lkj(offices, "pusat", "sync").returncode == 0
    store = Store(Path(str(offices["tmp"])) / "pusat")
    app = make_app(store=store, lang="en")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        _, prompts = await open_conflicts(pilot)
        # (each with the capaian it gives: tui69)
        assert "keep: 81 → 162,00 % Very high — opd, " in prompts[0]
        assert "take the other value: 80 → 160,00 % Very high — pusat, " in prompts[1]
        assert "office" not in prompts[1]


async def test_history_of_a_node_and_restoring_an_older_value(
    offices,  # noqa: F811
    office_env,
    make_app,
) -> None:
    start(offices, "opd")
    assert lkj(offices, "opd", "set", "IKU 1", "realisasi", "2,90").returncode == 0
    assert lkj(offices, "opd", "set", "IKU 1", "realisasi", "3,00").returncode == 0
    store = Store(Path(str(offices["tmp"])) / "opd")
    app = make_app(store=store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        iku1 = node_id_by_code(app, "IKU 1")
        app.tree.reveal(iku1)
        await settle(pilot)
        await pilot.press("H")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, HistoryScreen)
        assert [(e.author, e.before, e.after) for e in screen.entries] == [
            ("opd", "2,90", "3,00"),
            ("opd", "2,85", "2,90"),
        ]
        choose(screen, "2,85 → 2,90")
        await pilot.press("enter")
        await settle(pilot)
        await settle(pilot)
        assert app.view.evaluation.report.node(iku1).measure.realisasi == "2,85"
        # the toast names the field as H does, not the record's path "measure.realisasi", and
        # says when the other offices get it, with the TUI's key, not 'lkj-tui sync' (share18)
        said = (
            "Tersimpan: IKU 1 · Realisasi: 2,85 — sampai ke kantor lain pada sinkronisasi "
            "berikutnya (tombol S)"
        )
        assert any(m == said for m, *_ in app.toasts), app.toasts
    assert store.load(RID).report.node(iku1).measure.realisasi == "2,85"
    out = lkj(offices, "opd", "log", "IKU 1")
    assert out.stdout.splitlines()[0].endswith("3,00 → 2,85")


async def test_a_value_restored_with_h_stays_credited_to_the_office_that_wrote_it(
    offices,  # noqa: F811
    office_env,
    make_app,
) -> None:
    """share22: pusat wrote 80, opd 70, and opd brought 80 back with H: the conflict that
    followed credited 80 to opd, who only restored it. K names the office that wrote it; H
    marks the restore as one."""
    written_then_changed(offices)
    app = make_app(store=Store(Path(str(offices["tmp"])) / "opd"))
    async with app.run_test(size=SIZE) as pilot:
        await history_of(pilot, "IKU 2")
        choose(app.screen, "80 → 70")
        await pilot.press("enter")
        await settle(pilot)
        await settle(pilot)
        screen = await history_of(pilot, "IKU 2")  # the restore: opd's, marked as one
        prompt = str(screen.query_one(OptionList).get_option_at_index(0).prompt)
        assert prompt.endswith("opd  Realisasi (dipulihkan): 70 → 80"), prompt
    conflict_on_80(offices)
    app = make_app(store=Store(Path(str(offices["tmp"])) / "opd"), lang="en")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        _, prompts = await open_conflicts(pilot)
        assert "keep: 80 → 160,00 % Very high — pusat, " in prompts[0], prompts
        assert "take the other value: 85 → 170,00 % Very high — pusat, " in prompts[1], prompts


async def test_history_of_a_permasalahan_shows_the_item_added(
    offices,  # noqa: F811
    office_env,
    make_app,
) -> None:
    """H showed a permasalahan change as the whole list in JSON, cut before the item added."""
    start(offices, "opd")
    added = lkj(offices, "opd", "set", "IKU 2", "permasalahan+", "Catatan dari Inspektorat")
    assert added.returncode == 0, added.stderr
    app = make_app(store=Store(Path(str(offices["tmp"])) / "opd"))
    async with app.run_test(size=SIZE) as pilot:
        await history_of(pilot, "IKU 2")
        prompt = str(app.screen.query_one(OptionList).get_option_at_index(0).prompt)
        # (the item by its number, as set and log name it: share31)
        assert prompt.endswith("Permasalahan 2: — → Catatan dari Inspektorat"), prompt


async def test_history_of_a_store_that_is_not_shared_says_how(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("H")
        await settle(pilot)
        assert not isinstance(app.screen, HistoryScreen)
        assert any("sync --init" in message for message, *_ in app.toasts)


async def test_a_node_deleted_in_one_office_reads_as_such_in_both_values(
    make_app, tui_store
) -> None:
    """share12: a node deleted in one office and changed in the other: K showed the changed side
    as the node's whole record in JSON, cut at 80 characters ('{"id": "n-…", "kind": "iku", …');
    it says "(simpul diubah)" against "(simpul dihapus)", as status does."""
    report = tui_store.load(RID).report
    iku = next(n for n in report.walk() if n.code == "IKU 3")
    whole = {"node": iku.id, "field": [], "base": iku.to_record(), "kept": iku.to_record()}
    recorded = [{**whole, "other": None}]
    tui_store.update(RID, lambda r: None, meta_extra=lambda extra: {**extra, "conflicts": recorded})
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        _screen, prompts = await open_conflicts(pilot)
        assert "IKU 3 · Simpul" in prompts[0] and "pertahankan: (simpul diubah)" in prompts[0]
        assert "ambil nilai yang lain: (simpul dihapus)" in prompts[1]
        assert "{" not in prompts[0]
