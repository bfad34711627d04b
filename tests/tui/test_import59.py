"""Bringing a report in, second round, in the TUI (import59)."""

from __future__ import annotations

from pathlib import Path

import pytest

from lkj_tui.storage.store import Store
from tests.conftest import ONE_LINE, run_cli
from tests.tui.conftest import go, settle


def _imported(tmp_path: Path, problems: str = "") -> Store:
    """A report imported from a CSV file, IKU 1's permasalahan cell ``problems``."""
    tmp_path.mkdir(exist_ok=True)
    path = tmp_path / "isian.csv"
    cell = '"' + problems.replace('"', '""') + '"'
    path.write_text(
        "level;kode;uraian;satuan;target;realisasi;permasalahan\n"
        "sasaran;S1;Meningkatnya pelayanan;;;;\n"
        f"iku;IKU 1;Cakupan air minum;%;85;80;{cell}\n",
        encoding="utf-8",
    )
    root = tmp_path / "simpan"
    done = run_cli(
        "import", str(path), "--instansi", "Dinas X", "--tahun", "2025", store=root, env=ONE_LINE
    )
    assert done.returncode == 0, done.stderr
    return Store(root)


def _problems(store: Store) -> list[str]:
    report = Store(store.root).load(store.list_reports()[0].id).report
    return [item.text for item in next(n for n in report.walk() if n.code == "IKU 1").permasalahan]


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_two_lines_typed_in_the_dialog_are_two_items_as_in_a_cell(
    make_app, tmp_path: Path, lang: str
) -> None:
    """Two lines typed in the p dialog were saved as one permasalahan with a line break, where
    the same two lines in a cell of the imported sheet are two: one rule, one per line, blank
    lines and the blanks around a line left out, in the dialog, in `set` and in the import.
    An item edited into two lines stays in its place, the second after it."""
    from_cell = _problems(_imported(tmp_path / "cell", "  Data terlambat \n\n SDM kurang"))
    assert from_cell == ["Data terlambat", "SDM kurang"]
    store = _imported(tmp_path / "tui")
    app = make_app(store=store, lang=lang)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await go(pilot, "IKU 1")
        await pilot.press("p")
        await settle(pilot)
        await pilot.press(*"  Data terlambat ", "enter", "enter", *" SDM kurang", "ctrl+s")
        await settle(pilot)
        assert _problems(store) == from_cell
        await pilot.press("p")  # (its items first: "Tambah baru", 1., 2.)
        await settle(pilot)
        await pilot.press("down", "enter")
        await settle(pilot)
        await pilot.press("end", "enter", *"Arsip hilang", "ctrl+s")
        await settle(pilot)
        assert _problems(store) == ["Data terlambat", "Arsip hilang", "SDM kurang"]
    root = store.root
    done = run_cli("set", "IKU 1", "permasalahan+", "Anggaran kurang\n\nDokumen telat", store=root)
    assert done.returncode == 0, done.stderr
    assert _problems(store)[-2:] == ["Anggaran kurang", "Dokumen telat"]


def _pk_table(path: Path) -> Path:
    """A PK table as offices keep it: sheet "PK 2025", a title naming the office and the year
    above the table, no Laporan sheet (/work/brief/scripts/walk57-pk-table.py's shape)."""
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("PK 2025")
    ws.merge_range(0, 0, 0, 5, "PENGUKURAN KINERJA DINAS KESEHATAN KABUPATEN LEBONG TAHUN 2025")
    rows = [
        ("No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target", "Realisasi"),
        ("1", "Meningkatnya pelayanan kesehatan", "Angka Harapan Hidup", "Tahun", "68,5", "68,72"),
    ]
    for r, row in enumerate(rows, 2):
        for c, value in enumerate(row):
            ws.write_string(r, c, value)
    wb.close()
    return path


@pytest.mark.parametrize(
    ("lang", "hint"), [("id", "dibaca dari berkasnya"), ("en", "read from the file")]
)
async def test_the_import_dialog_holds_the_instansi_and_year_the_title_names(
    make_app, tmp_path: Path, lang: str, hint: str
) -> None:
    """A PK table on a sheet "PK 2025" under the title "PENGUKURAN KINERJA DINAS KESEHATAN
    KABUPATEN LEBONG TAHUN 2025": the TUI's import asked for the instansi and year with both
    fields empty, and `lkj-tui import` offered "--tahun TAHUN". Both read them from the title:
    the dialog holds them, saying where they come from, and Enter imports."""
    from textual.widgets import Input

    from lkj_tui.tui.components.importdialogs import EmptyReportDialog
    from tests.tui.conftest import text_of
    from tests.tui.test_import_tui import _import

    path = _pk_table(tmp_path / "pk.xlsx")
    app = make_app(lang=lang)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await _import(pilot, path)
        dialog = app.screen
        assert isinstance(dialog, EmptyReportDialog)
        assert dialog.query_one("#instansi", Input).value == "DINAS KESEHATAN KABUPATEN LEBONG"
        assert dialog.query_one("#tahun", Input).value == "2025"
        assert hint in text_of(dialog.query_one(".dialog-hint"))
        await pilot.press("enter")
        await settle(pilot)
        await settle(pilot)
        assert app.view.report_id == "dinas-kesehatan-kabupaten-lebong-2025"
    args = ("import", str(path), "--dry-run", "--lang", lang)
    done = run_cli(*args, store=tmp_path / "s", env=ONE_LINE)
    assert done.returncode == 2
    line = done.stderr.splitlines()[-1]
    assert line.endswith(
        '--dry-run --instansi "DINAS KESEHATAN KABUPATEN LEBONG" --tahun 2025 --lang ' + lang
    ), line


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("id", "Yang ditimpa (1 nilai): IKU 1 · Realisasi: 3,1 → 2,85."),
        ("en", "Replaced (1 value): IKU 1 · Actual (Realisasi): 3,1 → 2,85."),
    ],
)
async def test_importing_over_a_report_says_which_edits_it_replaces(
    make_app, tui_store: Store, tmp_path: Path, lang: str, said: str
) -> None:
    """The report exported, a realisasi edited in the TUI, the workbook imported again with
    `i`: the question "Timpa dengan isi lkj.xlsx?" said nothing of the edit it would drop.
    It names it, stored → file, as `import --overwrite` does; the same file over the report
    it made says nothing differs."""
    from lkj_tui.bundled import BUNDLED_REPORT_ID
    from lkj_tui.tui.components.dialogs import ConfirmDialog
    from tests.tui.conftest import text_of
    from tests.tui.test_import_tui import _import

    xlsx = tmp_path / "lkj.xlsx"
    done = run_cli("export", "-f", "xlsx", "-o", str(xlsx), store=tui_store.root)
    assert done.returncode == 0, done.stderr
    app = make_app(lang=lang)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await go(pilot, "IKU 1")
        await pilot.press("e", "ctrl+u", *"3,1", "enter")
        await settle(pilot)
        await _import(pilot, xlsx)
        dialog = app.screen
        assert isinstance(dialog, ConfirmDialog)
        assert said in " ".join(text_of(dialog.query_one(".dialog-name")).split())
        await pilot.press("y")
        await settle(pilot)
        await settle(pilot)
        node = Store(tui_store.root).load(BUNDLED_REPORT_ID).report
        iku1 = next(n for n in node.walk() if n.code == "IKU 1")
        assert iku1.measure is not None and iku1.measure.realisasi == "2,85"
        await _import(pilot, xlsx)
        dialog = app.screen
        assert isinstance(dialog, ConfirmDialog)
        same = {"id": "Isinya sama dengan laporan tersimpan.", "en": "It holds what the stored"}
        assert same[lang] in " ".join(text_of(dialog.query_one(".dialog-name")).split())


async def test_the_import_dialog_holds_what_a_mistyped_laporan_key_gives(
    make_app, tmp_path: Path
) -> None:
    """A Laporan sheet with 'Instnasi' (a typo) and 'Tahun 2025': the TUI asked for both with
    empty fields, "Berkas ini tidak menyebut instansi dan tahunnya", though the file names the
    year and the mistyped key holds the instansi. The dialog holds them; the command's line
    offers the instansi the same way."""
    import xlsxwriter
    from textual.widgets import Input

    from lkj_tui.tui.components.importdialogs import EmptyReportDialog
    from tests.tui.test_import_tui import _import

    path = tmp_path / "salah ketik.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    rows = [("level", "kode", "uraian", "target", "realisasi"), ("sasaran", "S1", "Pelayanan")]
    rows.append(("iku", "IKU 1", "Indeks kepuasan", "3,5", "3,4"))
    for name, lines in (("Data", rows), ("Laporan", [("kunci", "nilai")])):
        ws = wb.add_worksheet(name)
        for r, row in enumerate(lines):
            for c, value in enumerate(row):
                ws.write_string(r, c, value)
    for r, (key, value) in enumerate(
        (("Instnasi", "Dinas Kesehatan Kab. Seluma"), ("Tahun", "2025")), 1
    ):
        ws.write_string(r, 0, key)
        ws.write_string(r, 1, value)
    wb.close()
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await _import(pilot, path)
        dialog = app.screen
        assert isinstance(dialog, EmptyReportDialog)
        assert dialog.query_one("#instansi", Input).value == "Dinas Kesehatan Kab. Seluma"
        assert dialog.query_one("#tahun", Input).value == "2025"
        await pilot.press("enter")
        await settle(pilot)
        await settle(pilot)
        assert app.view.report_id == "dinas-kesehatan-kab-seluma-2025"
    done = run_cli("import", str(path), "--dry-run", store=tmp_path / "s", env=ONE_LINE)
    line = done.stderr.splitlines()[-1]
    assert "(yang terisi dibaca dari berkasnya; periksa dulu)" in line, line
    assert line.endswith('--dry-run --instansi "Dinas Kesehatan Kab. Seluma"'), line
