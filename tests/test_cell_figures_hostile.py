"""A printed cell of two figures is read with the names its table prints beside them (tui21,
f761d10): "89,00 untuk “Opini …” dan 4,00 untuk “Standar …”". Those names are a report's text,
split out of a printed cell: hostile like any other. Each reaches the terminal cleaned and the
Markdown escaped, through the installed command."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from lkj_tui.bundled import load_bundled_report
from lkj_tui.core.model import Printed
from lkj_tui.storage.store import Store
from tests.conftest import run_cli

RID = "uji-sel-2023"
#: markup, Markdown, an escape, a bidi override and a pipe in each of the two names
FIRST = "**Opini** [x](http://e.invalid) [bold]b[/bold] \x1b[31mmerah\u202e | pipa"
SECOND = "`Standar` <b>Pelayanan</b> _miring_ \x07"


def _hostile_store(tmp_path: Path) -> Store:
    report = load_bundled_report()
    report.meta = replace(report.meta, id=RID)
    (node,) = [n for n in report.walk() if n.code == "IKL 2"]
    assert node.measure is not None
    m = node.measure
    cells = [p for p in m.printed if p.field.startswith("target") and len(p.value.split()) == 2]
    assert cells, "the bundled IKL 2 prints two figures in one cell"
    table = cells[0].table
    printed = [
        Printed(p.table, p.field, f"- {FIRST} - {SECOND}")
        if p.table == table and p.field == "name"
        else p
        for p in m.printed
    ]
    if not any(p.table == table and p.field == "name" for p in printed):
        printed.append(Printed(table, "name", f"- {FIRST} - {SECOND}"))
    report.replace_node(node.with_changes(measure=replace(m, printed=printed)))
    store = Store(tmp_path / "store")
    store.import_report(report)
    return store


@pytest.mark.parametrize(
    ("text", "paper", "code"),
    [
        ("status", ("export", "-o", "-"), 0),
        ("check", ("export", "--reviu"), 1),  # (vals22: check's target-conflict says them too)
    ],
)
def test_names_beside_the_figures_of_one_cell_are_cleaned_and_escaped(
    tmp_path: Path, text: str, paper: tuple[str, ...], code: int
) -> None:
    store = _hostile_store(tmp_path)
    status = run_cli(text, "--report", RID, store=store.root)
    assert status.returncode == code, status.stderr
    for raw in ("\x1b", "\u202e", "\x07"):
        assert raw not in status.stdout
    said = " ".join(status.stdout.split())
    assert "89,00 untuk" in said and "merah" in said and "Pelayanan" in said, said  # read, kept
    md = run_cli(*paper, "--report", RID, store=store.root)
    assert md.returncode == 0, md.stderr
    (line,) = [ln for ln in md.stdout.splitlines() if "merah" in ln and "89,00 untuk" in ln]
    for raw in ("\x1b", "\u202e", "\x07", "**Opini**", "[x](", "<b>", "`Standar`", "_miring_"):
        assert raw not in line, (raw, line)
    assert "\\*\\*Opini\\*\\*" in line or "\\*\\*Opini" in line, line
