"""``lkj-tui import`` of a workbook of a few thousand rows (benchmarks/spreadsheets.py's generator,
the template's shape): its progress bar goes to stderr, only when stderr is a terminal, and never
into the command's answer on stdout; and the report it writes is the workbook, row for row."""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from lkj_tui.cli.importcmd import BIG_FILE
from lkj_tui.importing.read import read_report
from lkj_tui.importing.rows import MetaOptions
from lkj_tui.storage.store import Store
from tests.conftest import LKJ_TUI

pty = pytest.importorskip("pty")  # (POSIX: a pseudo-terminal for stderr)
pytest.importorskip("xlsxwriter")
calamine = pytest.importorskip("python_calamine")

ROOT = Path(__file__).resolve().parent.parent
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")
STAGES = ("Membaca sel", "Memeriksa baris", "Menyusun simpul", "Menyimpan", "Menghitung capaian")


def _spreadsheets() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "lkj_bench_spreadsheets", ROOT / "benchmarks/spreadsheets.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def workbook(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("wb") / "rencana.xlsx"
    _spreadsheets().write_import_workbook(path, 6000, seed=5)
    assert path.stat().st_size >= BIG_FILE  # big enough for a bar
    return path


@pytest.fixture(scope="module")
def piped(workbook: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[int, str, str, Path]:
    """The import with stderr on a pipe (not a terminal), once for the module: (exit code,
    stdout, stderr, the store)."""
    store = tmp_path_factory.mktemp("piped") / "store"
    return (*_import(workbook, store, tty=False), store)


def _env(store: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LKJ_TUI")}
    return env | {"LKJ_TUI_STORE": str(store), "TERM": "xterm-256color", "COLUMNS": "100"}


def _import(workbook: Path, store: Path, *, tty: bool) -> tuple[int, str, str]:
    """Run the installed command; stderr on a pseudo-terminal when ``tty``, else on a pipe."""
    args = [str(LKJ_TUI), "import", str(workbook), "--instansi", "Dinas Uji", "--tahun", "2024"]
    if not tty:
        done = subprocess.run(
            args, capture_output=True, text=True, env=_env(store), stdin=subprocess.DEVNULL,
            timeout=300,
        )  # fmt: skip
        return done.returncode, done.stdout, done.stderr
    master, slave = pty.openpty()
    proc = subprocess.Popen(
        args, stdout=subprocess.PIPE, stderr=slave, stdin=subprocess.DEVNULL, env=_env(store)
    )
    os.close(slave)
    err = b""
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # the terminal is closed when the command ends
            break
        if not chunk:
            break
        err += chunk
    os.close(master)
    assert proc.stdout is not None
    out = proc.stdout.read().decode()
    return proc.wait(timeout=300), out, err.decode("utf-8", "replace")


@pytest.mark.skipif(sys.platform == "win32", reason="a pseudo-terminal")
def test_progress_on_a_terminal_only_and_never_on_stdout(
    workbook: Path, piped: tuple[int, str, str, Path], tmp_path: Path
) -> None:
    code, out, err = _import(workbook, tmp_path / "tty", tty=True)
    assert code == 0, err
    shown = ANSI.sub("", err)
    assert "\x1b[" in err and "━" in shown  # a bar was drawn on the terminal
    assert {s for s in STAGES if s in shown} >= {"Memeriksa baris", "Menyusun simpul"}
    assert "\x1b" not in out and not any(s in out for s in STAGES) and "━" not in out
    assert out.startswith("Laporan dinas-uji-2024 diimpor: 6001 simpul")

    code, piped_out, piped_err, _store = piped
    assert code == 0 and piped_err == ""  # not a terminal: no bar, no word of progress
    assert piped_out == out


def test_a_few_thousand_rows_are_imported_row_for_row(
    workbook: Path, piped: tuple[int, str, str, Path]
) -> None:
    code, _out, err, store = piped
    assert code == 0, err
    report = Store(store).load("dinas-uji-2024").report
    sheet = calamine.CalamineWorkbook.from_path(str(workbook)).get_sheet_by_name("Data")
    head, *rows = sheet.to_python()
    col = {h: i for i, h in enumerate(head)}
    nodes = list(report.walk())  # outline order: the rows' order
    assert len(nodes) == len(rows) == 6001
    levels = []
    for node, row in zip(nodes, rows, strict=True):
        assert node.name == row[col["uraian"]] and node.code == row[col["kode"]]
        levels.append(row[col["level"]] or levels[-1])  # empty: another indicator (e-SAKIP)
        assert node.kind == levels[-1]
        if row[col["induk"]]:  # an explicit parent
            assert report.node(node.parent or "").code == row[col["induk"]]
    holds = {"iku": "sasaran", "program": "iku", "kegiatan": "program",
             "subkegiatan": "kegiatan", "sasaran": "tujuan"}  # fmt: skip
    for node in nodes:  # the parent inferred: the nearest row above of a level that may hold it
        parent = report.get(node.parent) if node.parent else None
        if node.kind in holds:
            assert parent is not None and parent.kind == holds[node.kind]
        elif node.kind == "indikator_kegiatan":
            assert parent is not None and parent.kind in ("program", "kegiatan", "subkegiatan")
    values = [
        text
        for n in nodes
        if n.measure is not None
        for text in (n.measure.target, n.measure.realisasi, *n.measure.triwulan)
        if text is not None
    ]
    assert not [v for v in values if re.search(r"0{6,}[1-9]|9{6,}|e-\d", v)]  # no float noise
    assert any(v.endswith(" %") for v in values) and "WTP" in values  # percent cells, text
    budgets = [n.anggaran for n in nodes if n.anggaran]
    assert budgets and all(b.startswith("Rp ") for b in budgets)  # Rupiah-formatted cells


def test_the_file_written_is_the_one_the_store_writes_for_the_report(
    workbook: Path, piped: tuple[int, str, str, Path], tmp_path: Path
) -> None:
    """The command writes the records its reader made the nodes from (Store.import_report's
    ``records``); byte for byte what the store writes from the report itself (its own records,
    each read back)."""
    code, _out, err, store = piped
    assert code == 0, err
    built = read_report(workbook, MetaOptions(None, "Dinas Uji", 2024))
    assert built.report is not None and built.records is not None
    other = Store(tmp_path / "other")
    other.import_report(built.report)
    written = Store(store).path_for("dinas-uji-2024").read_bytes()
    assert written == other.path_for("dinas-uji-2024").read_bytes()


def test_the_workbooks_indicators_without_capaian_are_the_evaluations(workbook: Path) -> None:
    """The command's list of indicators without capaian, on the workbook's 6,000 rows: the lines a
    whole ``Evaluation`` gives (tests/test_import.py has the reference)."""
    from lkj_tui.cli.importcmd import describe
    from tests.test_import import describe_by_evaluation

    report = read_report(workbook, MetaOptions(None, "Dinas Uji", 2024)).report
    assert report is not None
    for lang in ("id", "en"):
        lines = describe(report, lang)
        assert len(lines) > 3  # counts, a total, and indicators listed
        assert lines == describe_by_evaluation(report, lang)
