"""The "Evaluasi terhadap Hasil Renja" layout of Permendagri 86/2017 (``--layout renja86``). Pure."""

from __future__ import annotations

from lkj_tui.importing.grid import Grid, Problem
from lkj_tui.importing.rows import Built, MetaOptions

__all__ = ["build_renja86"]


def build_renja86(data: Grid, laporan: Grid | None, options: MetaOptions) -> Built:
    del laporan, options
    return Built(
        None,
        [
            Problem(
                data.place(0) if data.sheet is None else str(data.sheet),
                None,
                "tata letak renja86 belum didukung",
                "the renja86 layout is not supported yet",
            )
        ],
    )
