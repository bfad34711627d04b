"""exp67: the lines saying where an indicator kegiatan sits are made once per node (a program's
line once for every sub kegiatan below it), and say the same as the ancestors do."""

from __future__ import annotations

import datetime

import pytest

from lkj_tui.core.evaluate import Evaluation
from lkj_tui.core.model import Measure, Node, Report, ReportMeta
from lkj_tui.export import markdown
from lkj_tui.export.markdown import render_markdown

SUBS = 30


def _report() -> Report:
    """One IKU, one program, one kegiatan, and ``SUBS`` sub kegiatan each with an indicator
    kegiatan under its target (every one listed in the document)."""
    nodes = [
        Node("s", "sasaran", "Sasaran satu", code="S1"),
        Node("i", "iku", "Nilai LPPD", parent="s", code="IKU 1"),
        Node("p", "program", "Program Penunjang", parent="i"),
        Node("k", "kegiatan", "Kegiatan Administrasi", parent="p"),
    ]
    for n in range(SUBS):
        nodes.append(Node(f"sk{n}", "subkegiatan", f"Sub kegiatan {n}", parent="k"))
        measure = Measure(satuan="Dokumen", target="10", realisasi="5")
        nodes.append(
            Node(f"ik{n}", "indikator_kegiatan", f"Dokumen {n}", parent=f"sk{n}", measure=measure)
        )
    return Report(ReportMeta(id="tempat", instansi="Dinas Tempat", tahun=2025), nodes)


def test_a_programs_line_is_made_once_for_every_sub_kegiatan_below_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    escaped: list[str | None] = []
    real = markdown.escape_cell

    def counted(text: str | None) -> str:
        escaped.append(text)
        return real(text)

    monkeypatch.setattr(markdown, "escape_cell", counted)
    doc = render_markdown(Evaluation(_report()), lang="id", today=datetime.date(2026, 12, 7))
    for n in range(SUBS):
        block = doc.split(f"#### ▼ Indikator kegiatan: Dokumen {n}\n\n", 1)[1].split("\n\n")[0]
        assert block.split("\n")[1:5] == [
            "- Program: Program Penunjang",
            "- Kegiatan: Kegiatan Administrasi",
            f"- Sub Kegiatan: Sub kegiatan {n}",
            "- Mendukung: IKU 1 Nilai LPPD",
        ]
    # (per parent, each sub kegiatan's lines escaped the program's and kegiatan's names again)
    assert escaped.count("Program Penunjang") == 1
    assert escaped.count("Kegiatan Administrasi") == 1
    assert escaped.count("Nilai LPPD") == 1
