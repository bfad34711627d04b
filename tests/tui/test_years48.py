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
