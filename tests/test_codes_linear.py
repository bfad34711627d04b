"""The reviu's ``duplicate-code`` (core/reviu/report.py) asked for the next free kode of each
repeated kode with a walk of the whole report each: on a report whose every kode comes twice (an
imported workbook listing each indicator under two sasaran) that was quadratic in its nodes.
The series' highest numbers now come from one walk (``codes.highest``)."""

from __future__ import annotations

import pytest

from lkj_tui.core import codes
from tests.test_reviu import _doc, _reviu


@pytest.mark.parametrize("repeated", [200, 800])
def test_the_next_free_kodes_of_many_repeated_kodes_take_one_walk(
    monkeypatch: pytest.MonkeyPatch, repeated: int
) -> None:
    twice = [
        {"kind": "lainnya", "code": f"IKL {k}", "name": f"Indikator {k} ({side})"}
        for k in range(1, repeated + 1)
        for side in ("a", "b")
    ]
    read: list[str] = []
    series = codes.series

    def counted(code: str) -> tuple[str, int] | None:
        read.append(code)
        return series(code)

    monkeypatch.setattr(codes, "series", counted)
    reviu = _reviu(_doc(more=twice))
    found = [f for f in reviu.findings if f.check == "duplicate-code"]
    assert len(found) == repeated  # one on each second "IKL k"
    assert {f.figures["next_free"] for f in found} == {f"IKL {repeated + 1}"}
    nodes = 2 * repeated + 4  # (the report's tujuan, sasaran, IKU and its kegiatan besides)
    assert len(read) <= 2 * nodes, (len(read), nodes)  # a walk or two, not one per kode
