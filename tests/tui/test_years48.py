"""years48 (ys48): the years pane's progress to the Renstra end target across two units.

"4 Surat" this year from a bare 3,22 in 2021 towards a bare end target 3,34 read "650,00 % dari
jarak": three figures of two units set apart as one way. ``compare`` and the pane's change tell
no change between two units (ys47); the progress now tells none either, and says why."""

from __future__ import annotations

from pathlib import Path

import pytest

from lkj_tui.storage.store import Store
from tests.conftest import run_cli
from tests.tui.conftest import node_id_by_code, settle


async def _progress(make_app, store: Path, lang: str) -> str:  # type: ignore[no-untyped-def]
    app = make_app(Store(store), lang=lang)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)  # (the report is loaded in a worker: go to a node once it is there)
        app.go_to(node_id_by_code(app, "IKU 1"))
        await settle(pilot)
        flat = " ".join(app.detail.part_text("years").split())  # (no-break spaces too)
    word = "Progress to" if lang == "en" else "Kemajuan menuju"
    return flat[flat.index(word) :]


def _set(store: Path, *pairs: tuple[str, str]) -> None:
    for field, value in pairs:
        done = run_cli("set", "IKU 1", field, value, store=store)
        assert done.returncode == 0, done.stderr


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_no_progress_across_two_units_and_why(make_app, store_path: Path, lang: str) -> None:
    # the bundled IKU 1: 2021's realisasi 3,22 (bare), the Renstra end target 3,34 (bare)
    _set(store_path, ("target", "4 Surat"), ("realisasi", "4 Surat"))
    said = await _progress(make_app, store_path, lang)
    if lang == "en":
        assert said.startswith(
            "Progress to the Renstra end target 3,34: not counted, units differ"
            " (2021 3,22 → 2023 4 Surat)"
        ), said
    else:
        assert said.startswith(
            "Kemajuan menuju target akhir Renstra 3,34: tidak dihitung, satuan berbeda"
            " (2021 3,22 → 2023 4 Surat)"
        ), said
    assert "650" not in said and "%" not in said.split("Realisasi")[0], said


async def test_the_end_target_s_unit_counts_too(make_app, store_path: Path) -> None:
    # both years bare, the end target "3,34 Indeks": not one unit either
    _set(store_path, ("realisasi", "3,3"), ("target_akhir", "3,34 Indeks"))
    said = await _progress(make_app, store_path, "id")
    assert "tidak dihitung, satuan berbeda (2021 3,22 → 2023 3,3)" in said, said


async def test_one_unit_still_shows_the_way_made(make_app, store_path: Path) -> None:
    _set(store_path, ("realisasi", "3,3"))  # (bare, as 2021's and the end target)
    said = await _progress(make_app, store_path, "id")
    done = (3.3 - 3.22) / (3.34 - 3.22) * 100
    assert said.startswith(
        f"Kemajuan menuju target akhir Renstra 3,34: {done:.2f} %".replace(".", ",")
    ), said


#: one office under five governments, and another office under the same five
REGIONS = (
    "Pemerintah Kabupaten Bengkulu Selatan",
    "Pemerintah Kabupaten Bengkulu Utara",
    "Pemerintah Kabupaten Rejang Lebong",
    "Pemerintah Provinsi Bengkulu",
    "Pemerintah Kabupaten Kaur",
)
OFFICES = tuple((name, r) for name in ("Inspektorat Daerah", "Dinas Pendidikan") for r in REGIONS)


@pytest.mark.parametrize("size", [(60, 20), (80, 24)])
async def test_a_name_on_every_row_gives_its_cells_to_the_names_that_differ(
    make_app, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, size: tuple[int, int]
) -> None:
    """Filtered on "insp" every row's instansi reads "Inspektorat Daerah": it kept 18 cells by
    indicator at 80×24 ("Inspektorat Daerah" on each row beside "Indek Kepuasan…"), 10 at 60×20
    ("…Daerah"), and by report at 60×20 the IKU count was left out for it. Now such a column
    goes to its header's width where the others are short of room ("Inspekt…"), its cells to
    the indicator and the pemerintah; by report at 60×20 the IKU count shows again."""
    from lkj_tui.tui.components.overview import region_cell
    from tests.tui.conftest import text_of
    from tests.tui.test_years32 import regions_store
    from tests.tui.test_years_overview import _overview

    monkeypatch.setattr("lkj_tui.tui.components.overview.reviu_errors", lambda report: 0)
    app = make_app(regions_store(tmp_path, OFFICES))
    async with app.run_test(size=size) as pilot:
        screen = await _overview(pilot)
        await pilot.press(*"insp")
        await pilot.pause()
        widths = screen.table.fitted(size[0])
        lines = text_of(screen.table).splitlines()
        rows = [x for x in lines[1:] if x.strip()]
        assert len(rows) == 5 and all(x.split()[0].startswith("Inspekt") for x in rows), lines
        if size == (60, 20):  # (by report: the count of IKU back beside the names)
            assert widths[0] == len("Instansi") and widths[3] > 0, (widths, lines)
            assert lines[0].split()[:4] == ["Instansi", "Pemerintah", "Thn", "IKU"], lines
        else:  # every government whole ("Kab.…Selatan" beside "Inspektorat Daerah")
            assert all(region_cell(r) in "".join(lines) for r in REGIONS), lines
        await pilot.press("ctrl+t")
        await pilot.pause()
        widths = screen.table.fitted(size[0])
        lines = text_of(screen.table).splitlines()
        assert widths[1] == len("Instansi") < widths[0], (widths, lines)  # (Indikator wider)
        assert sum(widths) + 2 * sum(1 for w in widths if w) + 1 >= size[0] - 1, widths
        assert all("  Inspekt…  " in x for x in lines[1:] if x.strip()), lines
