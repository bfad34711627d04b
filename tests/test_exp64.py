"""Export at scale (exp64): a report's JSON document is made node by node as it is written, never
held whole (the 100k-measure report's `export -f json` peaked at 997 MB), its bytes still those of
``json.dumps(report.to_document(), ensure_ascii=False, indent=2) + "\\n"``."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
from pathlib import Path
from typing import Any

import pytest

from lkj_tui.bundled import load_bundled_report
from lkj_tui.core.model import Node, Report
from lkj_tui.export import spreadsheet
from lkj_tui.importing.flat import data_headers, data_rows
from lkj_tui.storage.atomic import atomic_write_bytes
from lkj_tui.storage.store import Store
from tests.conftest import LKJ_TUI


def _dumped(report: Report) -> bytes:
    """The document form as it was written whole (and as the bundled report is written)."""
    text = json.dumps(report.to_document(), ensure_ascii=False, indent=2) + "\n"
    return text.encode("utf-8", "backslashreplace")


def _hostile() -> Report:
    """The bundled report with a lone surrogate, a line break, quotes, a bidi control and a
    backslash in a name, unknown fields holding nested objects and lists (kept and written back),
    a node of no children, and one of many."""
    doc: dict[str, Any] = load_bundled_report().to_document()
    first = doc["nodes"][0]
    first["name"] = 'Tujuan \ud800 "satu"\n\\ \u202eakhir'
    first["baru"] = {"a": [1, {"b": []}, []], "c": {}, "d": "x\ty"}
    first["children"][0]["children"] = []
    doc["report"]["catatan_baru"] = [{"x": None}, [], "é"]
    doc["nodes"].append({"id": "kosong", "kind": "tujuan", "name": "", "children": []})
    return Report.from_document(doc)


@pytest.mark.parametrize("how", ["stdout", "-o", "--force"])
def test_the_json_export_is_the_whole_document_dumped(tmp_path: Path, how: str) -> None:
    report = _hostile()
    store = tmp_path / "store"
    Store(store, seed=report)
    out = tmp_path / "laporan.json"
    if how == "--force":
        out.write_bytes(b"lama")
    args = [str(LKJ_TUI), "export", "--store", str(store), "-f", "json", "-r", report.meta.id]
    if how != "stdout":
        args += ["-o", str(out), *(["--force"] if how == "--force" else [])]
    env = {k: v for k, v in os.environ.items() if not k.startswith("LKJ_TUI")}
    done = subprocess.run(args, capture_output=True, env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    expected = _dumped(Store(store).load(report.meta.id).report)
    assert b"\\ud800" in expected and "\u202e".encode() in expected  # (the hostile text)
    assert b'"baru": {' in expected and b'"catatan_baru": [' in expected
    if how == "stdout":
        assert done.stdout == expected
    else:
        assert out.read_bytes() == expected
        assert [p.name for p in tmp_path.iterdir() if p.is_file()] == ["laporan.json"]  # no temp


def test_a_document_is_made_as_it_is_written(monkeypatch: pytest.MonkeyPatch) -> None:
    """A report of more than a MiB of JSON comes in pieces, the first made before most nodes are
    read (each piece about a MiB: never the whole text, nor the document's dicts)."""
    base = load_bundled_report().to_document()
    report = Report.from_document(_renamed({**base, "nodes": base["nodes"] * 30}))
    nodes = sum(1 for _ in report.walk())
    made = 0
    to_record = Node.to_record

    def counted(node: Node) -> dict[str, Any]:
        nonlocal made
        made += 1
        return to_record(node)

    monkeypatch.setattr(Node, "to_record", counted)
    pieces = spreadsheet.json_pieces(report)
    first = next(pieces)
    assert made < nodes // 3, (made, nodes)
    rest = list(pieces)
    assert made == nodes
    assert len(rest) >= 3 and all(len(p) < 2 * 2**20 for p in [first, *rest])
    monkeypatch.undo()
    assert first + b"".join(rest) == _dumped(report)


def _renamed(doc: dict[str, Any]) -> dict[str, Any]:
    """``doc`` with each copy of a node given an id of its own."""
    count = 0

    def fresh(node: dict[str, Any]) -> dict[str, Any]:
        nonlocal count
        count += 1
        return {**node, "id": f"n{count}", "children": [fresh(c) for c in node["children"]]}

    return {**doc, "nodes": [fresh(n) for n in doc["nodes"]]}


def test_pieces_that_fail_while_written_leave_the_old_file(tmp_path: Path) -> None:
    """An export's pieces made as they are written: one that fails leaves the file as it was and
    no temp file beside it."""
    path = tmp_path / "laporan.json"
    path.write_bytes(b"lama")

    def pieces() -> Any:
        yield b"baru "
        yield b"separuh"
        raise ValueError("gagal")

    with pytest.raises(ValueError, match="gagal"):
        atomic_write_bytes(path, pieces(), mode=0o666, sync_folder=False)
    assert path.read_bytes() == b"lama"
    assert [p.name for p in tmp_path.iterdir()] == ["laporan.json"]
    atomic_write_bytes(path, iter([b"baru ", b"", b"utuh"]), mode=0o666, sync_folder=False)
    assert path.read_bytes() == b"baru utuh"
    atomic_write_bytes(path, iter([]), mode=0o666, sync_folder=False)
    assert path.read_bytes() == b""


def test_the_csv_export_is_made_row_by_row_with_the_same_cells(tmp_path: Path) -> None:
    """`export -f csv` of a big report comes in pieces of about a MiB (its 100,000 rows, their
    text and bytes were held whole: 346 MB for the huge report); its rows are the Data sheet's
    as before, a lone surrogate as U+FFFD, each row ending with the report's id, instansi, tahun."""
    base = _hostile().to_document()
    report = Report.from_document(_renamed({**base, "nodes": base["nodes"] * 30}))
    pieces = list(spreadsheet.csv_pieces(report))
    assert pieces[0] == b"\xef\xbb\xbf" and len(pieces) >= 3
    assert all(len(p) < 2 * 2**20 for p in pieces)
    data = b"".join(pieces)
    assert data == spreadsheet.csv_bytes(report)
    rows = list(csv.reader(io.StringIO(data[3:].decode("utf-8"), newline=""), delimiter=";"))
    headers = data_headers(report)
    assert rows[0][: len(headers)] == headers
    expected = data_rows(report, headers)
    assert len(rows) == len(expected) + 1
    kodes = {headers.index("kode"), headers.index("induk")}
    for row, want in zip(rows[1:], expected, strict=True):
        for i, value in enumerate(want):
            cell = "" if value is None else value.replace("\ud800", "\ufffd")
            shown = spreadsheet.as_kode(cell) if i in kodes and value is not None else cell
            assert row[i] == (shown if i in kodes else spreadsheet.as_text(cell))
        assert row[len(headers) :] == [report.meta.id, report.meta.instansi, str(report.meta.tahun)]


def _stray_children() -> Report:
    """A stored node record holding a field named "children" (a file edited by hand, or a later
    version's): the document sets the children in its place, before the fields after it."""
    report = load_bundled_report()
    records = report.to_records()
    records[0] = {**records[0], "children": "lepas", "zz": [1, {"a": []}]}
    return Report.from_records(report.meta.to_dict(), records)


def _empty() -> Report:
    return Report.from_document({**load_bundled_report().to_document(), "nodes": []})


@pytest.mark.parametrize("made", [load_bundled_report, _hostile, _stray_children, _empty])
def test_json_bytes_are_the_document_dumped(made: Any) -> None:
    report = made()
    assert spreadsheet.json_bytes(report) == _dumped(report)
