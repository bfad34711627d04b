"""The TUI's ``i`` (import a file) and the report picker's "Laporan baru…"."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from textual.widgets import Input

from lkj_tui.bundled import BUNDLED_REPORT_ID
from lkj_tui.export.spreadsheet import workbook_bytes
from lkj_tui.storage.store import Store
from lkj_tui.tui.components.dialogs import ConfirmDialog
from lkj_tui.tui.components.importdialogs import EmptyReportDialog, PathDialog, ProblemsDialog
from tests.tui.conftest import SIZE, new_report_choices, settle, text_of


async def _import(pilot, path: Path) -> None:
    """``i``, the path, Enter."""
    await pilot.press("i")
    await settle(pilot)
    assert isinstance(pilot.app.screen, PathDialog)
    await pilot.press(*f'"{path}"', "enter")  # quoted, as Windows' "Copy as path" gives it
    await settle(pilot)


def _mine(store: Store, tmp_path: Path) -> Path:
    """The bundled report as a workbook of another id (milik-saya-2023)."""
    path = tmp_path / "mine.xlsx"
    doc_report = store.load(BUNDLED_REPORT_ID).report
    doc_report.meta = dataclasses.replace(doc_report.meta, id="milik-saya-2023")
    path.write_bytes(workbook_bytes(doc_report))
    return path


async def test_i_imports_a_file_and_opens_it(
    make_app, tui_store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """It reads, checks and saves with the cyclic GC off, as ``lkj-tui import`` does, and the GC
    is on again once the import has ended."""
    import gc

    from lkj_tui.importing import read

    path = _mine(tui_store, tmp_path)
    seen: list[tuple[str, bool]] = []
    read_report, import_report = read.read_report, Store.import_report

    def reading(*args: object, **kwargs: object) -> object:
        seen.append(("read", gc.isenabled()))
        return read_report(*args, **kwargs)  # type: ignore[arg-type]

    def saving(store: Store, *args: object, **kwargs: object) -> object:
        seen.append(("save", gc.isenabled()))
        return import_report(store, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(read, "read_report", reading)
    monkeypatch.setattr(Store, "import_report", saving)
    assert gc.isenabled()
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await _import(pilot, path)
        await settle(pilot)
        assert app.view.report_id == "milik-saya-2023"
        assert any("milik-saya-2023" in m for m, _, _ in app.toasts)
        assert seen == [("read", False), ("save", False)] and gc.isenabled()
        await _import(pilot, path)  # the same file again: it asks before replacing
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("y")
        await settle(pilot)
        await settle(pilot)
        assert Store(tui_store.root).generations("milik-saya-2023")  # the old one is kept
        assert seen == [("read", False), ("save", False)] * 3 and gc.isenabled()


async def test_i_lists_every_problem_and_writes_nothing(
    make_app, tui_store, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("level;uraian;target\nsasaran;S;\nbogus;X;\niku;I;12,3.4x\n", encoding="utf-8")
    before = sorted(p.name for p in tui_store.root.glob("*.json"))
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await _import(pilot, bad)
        assert isinstance(app.screen, ProblemsDialog)
        lines = "\n".join(app.screen.lines)
        assert "baris 3 (level)" in lines and "baris 4 (target)" in lines
        # the instansi it lacks asked for once the rest is right, not "pakai --instansi" (walk57)
        assert "--instansi" not in lines and "instansi" in text_of(app.screen)
        await pilot.press("escape")
        await settle(pilot)
        assert app.view.report_id == BUNDLED_REPORT_ID
    assert sorted(p.name for p in tui_store.root.glob("*.json")) == before


async def test_new_report_from_the_picker(make_app, tui_store) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        choices = await new_report_choices(pilot)
        choices.highlighted = 0  # next year's report from this one
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmDialog)  # what it makes, said before it is made
        await pilot.press("y")
        await settle(pilot)
        await settle(pilot)
        assert app.view.report_id == "bengkulu-selatan-setda-2024"
        assert app.view.evaluation.report.meta.tahun == 2024
    assert Store(tui_store.root).load(BUNDLED_REPORT_ID).revision == 1  # the old one untouched


@pytest.mark.parametrize("between", ["tab", "enter"])
async def test_a_csv_file_asks_for_its_instansi_and_year(
    make_app, tui_store, tmp_path: Path, between: str
) -> None:
    """new11: Enter after the instansi (as every form of the app goes to the next field) said
    "Isi instansi dan tahun" and kept the focus, so the year typed next joined the instansi
    ("Dinas Contoh2025"). Enter goes on to the empty year; a wrong year still says why."""
    from lkj_tui.tui.components.importdialogs import EmptyReportDialog

    good = tmp_path / "dinas.csv"
    good.write_text("level;uraian;target;realisasi\nsasaran;S;;\niku;I;10;9\n", encoding="utf-8")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await _import(pilot, good)
        dialog = app.screen
        assert isinstance(dialog, EmptyReportDialog)
        await pilot.press(*"Dinas Contoh", between, *"25", "enter")
        await settle(pilot)
        assert app.screen is dialog and dialog.query_one("#error").display
        assert dialog.query_one("#instansi", Input).value == "Dinas Contoh"
        await pilot.press("backspace", "backspace", *"2025", "enter")
        await settle(pilot)
        await settle(pilot)
        assert app.view.report_id == "dinas-contoh-2025"
        assert app.view.evaluation.report.meta.instansi == "Dinas Contoh"


async def test_i_shows_how_far_a_big_import_is(
    make_app, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A workbook of thousands of rows: the worker posts its progress and a line at the bottom of
    the main screen names each stage as it comes, with how far it is, until the import ends."""
    from lkj_tui.tui.components.importdialogs import ImportProgressLine
    from tests.test_import_progress import _spreadsheets

    path = tmp_path / "rencana.xlsx"
    _spreadsheets().write_import_workbook(path, 2500, seed=3)
    shown: list[str] = []
    show = ImportProgressLine.show

    def record(line: ImportProgressLine, *args: object) -> None:
        show(line, *args)  # type: ignore[arg-type]
        shown.append(str(line.render()))
        assert line.parent is app.screen_stack[0] and line.display

    monkeypatch.setattr(ImportProgressLine, "show", record)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await _import(pilot, path)
        assert isinstance(app.screen, EmptyReportDialog)  # the workbook names no instansi
        await pilot.press(*"Dinas Uji", "tab", *"2024", "enter")
        await settle(pilot)
        await settle(pilot)
        assert app.view.report_id == "dinas-uji-2024"
        assert not app.screen_stack[0].query(ImportProgressLine)  # gone once it has ended
    stages = ("Membaca sel", "Memeriksa baris", "Menyusun simpul", "Menyimpan")
    firsts = [next(i for i, text in enumerate(shown) if text.startswith(s)) for s in stages]
    assert firsts == sorted(firsts)  # each stage in turn (both imports: before and after asking)
    assert all("rencana.xlsx" in text for text in shown)
    checked = [int(t.split()[-2]) for t in shown if t.startswith("Memeriksa baris")]
    once = checked[: len(checked) // 2]  # the file is read twice: before and after asking
    assert len(once) >= 2 and once == sorted(once) and once[-1] <= 100 and checked == once * 2
    assert len(shown) < 60  # once per stage and percent, not once per row


async def test_i_says_when_the_file_does_not_exist(make_app, tmp_path: Path) -> None:
    """A path typed wrong (the commonest slip): "berkas … tidak ada", as ``lkj-tui import``
    says it; it said the file was not a readable workbook, with Python's English words
    ("OSError: No such file or directory")."""
    for lang, words in (("id", "Impor gagal: berkas {} tidak ada"), ("en", "there is no file {}")):
        app = make_app(lang=lang)
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            missing = tmp_path / "tidak-ada.xlsx"
            await _import(pilot, missing)
            errors = [m for m, severity, _ in app.toasts if severity == "error"]
            # (the path on lines of its own, broken after its separators: tui33)
            said = errors[0].replace("/\n", "/").replace("\n", " ") if errors else ""
            assert len(errors) == 1 and words.format(missing) in said, errors
            assert "OSError" not in errors[0] and "No such file" not in errors[0]
            assert app.view.report_id == BUNDLED_REPORT_ID
