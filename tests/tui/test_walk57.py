"""A new user's first hour in the TUI (walk57): a report just imported, edited."""

from __future__ import annotations

from pathlib import Path

import pytest

from lkj_tui.storage.store import Store
from tests.conftest import ONE_LINE, run_cli
from tests.tui.conftest import go, settle, text_of
from tests.tui.test_import_tui import _import


def _imported(tmp_path: Path) -> Store:
    """A report imported as a planner fills it: two IKU on target, one without its realisasi."""
    rows = [
        ("level", "kode", "uraian", "satuan", "target", "realisasi"),
        ("sasaran", "S1", "Meningkatnya pelayanan", "", "", ""),
        ("iku", "IKU 1", "Cakupan air minum", "%", "85", "90"),
        ("iku", "IKU 2", "Indeks kepuasan", "Nilai", "3,5", "3,6"),
        ("iku", "IKU 3", "Rasio dokter", "Rasio", "1,2", ""),
    ]
    path = tmp_path / "isian.csv"
    path.write_text("".join(";".join(row) + "\n" for row in rows), encoding="utf-8")
    root = tmp_path / "simpan"
    done = run_cli(
        "import", str(path), "--instansi", "Dinas X", "--tahun", "2025", store=root, env=ONE_LINE
    )
    assert done.returncode == 0, done.stderr
    return Store(root)


@pytest.mark.parametrize(
    ("lang", "part", "all_"),
    [("id", "✓ yang terukur tercapai", "✓ semua tercapai"), ("en", "✓ all measured", "✓ all on")],
)
async def test_all_on_target_is_not_said_while_an_iku_has_no_capaian(
    make_app, tmp_path: Path, lang: str, part: str, all_: str
) -> None:
    """A report just imported, two IKU on target and one without its realisasi, said "✓ semua
    tercapai" beside "(2 dari 3 IKU)": a reader took every IKU for on target. It says the
    measured ones are; once the third's realisasi reaches its target, all are."""
    from lkj_tui.tui.components.summary import SummaryBar

    app = make_app(store=_imported(tmp_path), lang=lang)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        said = " ".join(text_of(app.screen.query_one(SummaryBar)).split())
        assert part in said and all_ not in said, said
        await go(pilot, "IKU 3")
        await pilot.press("e", *"1,3", "enter")
        await settle(pilot)
        said = " ".join(text_of(app.screen.query_one(SummaryBar)).split())
        assert all_ in said and part not in said, said


@pytest.mark.parametrize(("lang", "again"), [("id", "Tekan Enter lagi"), ("en", "Enter again")])
async def test_clearing_a_doubted_value_takes_its_press_enter_again_away(
    make_app, tmp_path: Path, lang: str, again: str
) -> None:
    """A first realisasi typed "1.300" (a dot read as thousands, or decimals?) and Enter: "Periksa catatan
    di atas. Tekan Enter lagi…". ctrl+u cleared the field and its notes, but the line stayed
    under the empty field, pointing at notes no longer there (the dialog opened empty, and an
    empty field kept the error it opened with)."""
    from lkj_tui.tui.components.dialogs import ValueDialog

    app = make_app(store=_imported(tmp_path), lang=lang)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await go(pilot, "IKU 3")
        await pilot.press("e", *"1.300", "enter")
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, ValueDialog)
        assert again in text_of(dialog.query_one("#error"))
        await pilot.press("ctrl+u")
        await settle(pilot)
        error = dialog.query_one("#error")
        assert not error.display or again not in text_of(error), text_of(error)
        assert not text_of(dialog.query_one("#warnings")).strip()


@pytest.mark.parametrize(("lang", "asked"), [("id", "ditanyakan"), ("en", "asked then")])
async def test_a_file_without_instansi_and_year_is_not_told_to_use_options_in_the_tui(
    make_app, tmp_path: Path, lang: str, asked: str
) -> None:
    """`i` and a CSV file that names no instansi and year and has a bad value: the problems
    dialog said "CSV: instansi tidak ada: … pakai --instansi "Dinas X"", an option of the
    command the TUI has not. It lists the file's own problems and says the instansi and year
    are asked for; with the file fixed, they are."""
    from lkj_tui.tui.components.importdialogs import EmptyReportDialog, ProblemsDialog

    path = tmp_path / "isian.csv"
    path.write_text("level;kode;uraian;target\nsasaran;S1;S;\niku;I1;I;12,3.4x\n", "utf-8")
    app = make_app(lang=lang)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await _import(pilot, path)
        dialog = app.screen
        assert isinstance(dialog, ProblemsDialog)
        assert len(dialog.lines) == 1 and "12,3.4x" in dialog.lines[0], dialog.lines
        said = " ".join(text_of(dialog).split())
        assert "--instansi" not in said and "--tahun" not in said, said
        assert asked in said, said
        await pilot.press("escape")
        await settle(pilot)
        path.write_text("level;kode;uraian;target\nsasaran;S1;S;\niku;I1;I;12\n", "utf-8")
        await _import(pilot, path)
        assert isinstance(app.screen, EmptyReportDialog)


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_a_refused_files_problems_are_told_apart_at_60x20(
    make_app, tmp_path: Path, lang: str
) -> None:
    """The problems dialog of a refused file at 60×20: a problem's second line began at the
    dialog's edge, where the next problem did, and they ran together. Each problem's later
    lines are two cells in, as `lkj-tui import` lists them."""
    from lkj_tui.tui.components.importdialogs import ProblemsDialog

    path = tmp_path / "isian.csv"
    rows = "level;kode;uraian;target;instansi;tahun\nsasaran;S1;S;;Dinas X;2025\n"
    rows += "bogus;X;Indikator yang levelnya salah ketik;;;\niku;I1;I;12,3.4x;;\n"
    path.write_text(rows, "utf-8")
    app = make_app(lang=lang)
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(pilot)
        await _import(pilot, path)
        dialog = app.screen
        assert isinstance(dialog, ProblemsDialog) and len(dialog.lines) == 2, dialog.lines
        drawn = [line.rstrip() for line in text_of(dialog.query_one("#problems")).splitlines()]
        drawn = [line for line in drawn if line]
        starts = [line for line in drawn if not line.startswith(" ")]
        assert len(starts) == 2 and len(drawn) > 2, drawn  # (each wraps at 60 columns)
        assert all(line.startswith("  ") for line in drawn if line not in starts), drawn
        assert " ".join(drawn).split() == " ".join(dialog.lines).split(), drawn  # (all of it)


async def test_an_added_kind_reads_as_a_word_in_the_english_dialog_title(make_app) -> None:
    """`a` on a Sasaran in English, then Other indicator: the dialog was titled "New Other
    indicator under S1", a kind's label capitalised mid-sentence. It reads "New other
    indicator under …"; in Bahasa Indonesia the kinds are written as the reports write them."""
    from lkj_tui.tui.components.forms import FormDialog

    for lang, said in (("en", "New other indicator under"), ("id", "Tambah Indikator lainnya")):
        app = make_app(lang=lang)
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            sasaran = next(n for n in app.view.evaluation.report.walk() if n.kind == "sasaran")
            assert app.tree.reveal(sasaran.id)
            await settle(pilot)
            await pilot.press("a")
            await settle(pilot)
            await pilot.press("down", "enter")  # (IKU, then indikator lainnya)
            await settle(pilot)
            assert isinstance(app.screen, FormDialog)
            assert said in " ".join(text_of(app.screen).split()), text_of(app.screen)
