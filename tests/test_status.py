"""`lkj-tui status` on the bundled report: the figures a reviewer reads, as a user runs it."""

from __future__ import annotations

import io
import itertools
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from rich.box import Box
from rich.cells import cell_len
from rich.console import Console, ConsoleOptions, Group
from rich.segment import Segment
from rich.style import Style
from rich.table import Table
from rich.text import Text
from typer.testing import CliRunner

from lkj_tui.cli.layout import WORD_ROOM, Hanging, note_parts, text_lines
from lkj_tui.cli.layout import Table as PlainTable
from lkj_tui.cli.main import app
from lkj_tui.cli.output import Terminal
from lkj_tui.cli.plain import UNIT_GLUE, Painter, Piece, glue_units
from tests.conftest import run_cli

# Our engine's figures for the bundled LKj 2023 (the report prints rounded or truncated ones).
EXPECTED_IKU = {
    "IKU 1": (88.51, "Tinggi", True),  # 2,85 / 3,22
    "IKU 2": (172.9, "Sangat Tinggi", False),  # A (86,45) vs CC = 50
    "IKU 3": (100.0, "Sangat Tinggi", False),  # 3 ± 1 as printed both sides
    "IKU 4": (107.69, "Sangat Tinggi", False),  # 98 / 91
    "IKU 5": (114.85, "Sangat Tinggi", False),  # 100 / 87,07
    "IKU 6": (104.91, "Sangat Tinggi", False),  # 63,20 / 60,24
    "IKU 7": (100.0, "Sangat Tinggi", False),  # B vs B
    "IKU 8": (83.33, "Tinggi", True),  # CC = 50 vs B = 60
    "IKU 9": (100.0, "Sangat Tinggi", False),  # WTP vs WTP
    "IKU 10": (105.88, "Sangat Tinggi", False),  # 90 / 85
}


def _status_json(store_path: Path, *extra: str) -> dict:
    result = run_cli("status", "--json", *extra, store=store_path)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_status_json_reproduces_the_bundled_figures(store_path: Path) -> None:
    data = _status_json(store_path)
    assert data["report"] == {
        "id": "bengkulu-selatan-setda-2023",
        "instansi": "Sekretariat Daerah Kabupaten Bengkulu Selatan",
        "year": 2023,
    }
    iku = {i["code"]: i for i in data["items"] if i["level"] == "iku"}
    assert set(iku) == set(EXPECTED_IKU)
    for code, (achievement, rating, under) in EXPECTED_IKU.items():
        item = iku[code]
        assert (item["achievement"], item["rating"], item["under_target"]) == (
            achievement,
            rating,
            under,
        ), code
    lppd = iku["IKU 1"]
    assert (lppd["target"], lppd["realisasi"]) == ("3,22", "2,85")
    assert lppd["reported_achievement"] == 88.51  # Tabel 3.2 prints 88.51 (Tabel 3.2.1 prints 100)
    assert lppd["renstra_achievement"] == 85.33  # 2,85 / 3,34, as Tabel 3.2 prints
    assert iku["IKU 6"]["renstra_achievement"] == 94.87  # 63,20 / 66,62
    assert iku["IKU 2"]["reported_achievement"] == 172.0

    summary = data["summary"]
    assert summary["indicators"] == 10
    assert summary["under_target"] == 2
    assert summary["average_achievement"] == 107.81
    assert summary["by_rating"] == {
        "Sangat Tinggi": 8,
        "Tinggi": 2,
        "Sedang": 0,
        "Rendah": 0,
        "Sangat Rendah": 0,
    }
    levels = {i["level"] for i in data["items"]}
    assert levels == {"iku", "lainnya", "kegiatan"}
    lainnya = {i["name"]: i for i in data["items"] if i["level"] == "lainnya"}
    assert len(lainnya) == 2
    # Every under-target item at every level: the surat row (90 of 132 = 68,18 %, Sedang)
    surat = [i for i in data["items"] if i["realisasi"] == "90 Surat"]
    assert len(surat) == 1 and surat[0]["achievement"] == 68.18 and surat[0]["rating"] == "Sedang"
    kepatuhan = [i for i in data["items"] if i["target"] == ">3,51"]
    assert (
        kepatuhan and kepatuhan[0]["achievement"] == 69.52 and kepatuhan[0]["under_target"] is True
    )


def test_status_rich_output_shows_marks_labels_and_printed_figures(store_path: Path) -> None:
    result = run_cli("status", store=store_path)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Sekretariat Daerah Kabupaten Bengkulu Selatan" in out
    assert "88,51 % ▼" in out  # the mark, not colour alone
    assert "Tinggi" in out and "Sangat Tinggi" in out
    assert "107,81 %" in out and "107,35 %" in out  # ours beside the report's printed average
    assert "100 % (Tabel 3.2.1)" in out  # the contradicting printed LPPD capaian
    assert "68,18 %" in out  # an under-target kegiatan row is listed
    assert " ▼ IKU: Nilai AKIP Sekretariat Daerah — CC / B = 83,33 % Tinggi" in out


def test_status_english(store_path: Path) -> None:
    result = run_cli("status", "--lang", "en", store=store_path)
    assert result.returncode == 0, result.stderr
    assert "under target" in result.stdout and "High" in result.stdout


def test_status_unknown_report_fails_with_one_line(store_path: Path) -> None:
    result = run_cli("status", "--report", "tidak-ada", store=store_path)
    assert result.returncode != 0
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "tidak-ada" in lines[0]


def test_status_refuses_a_broken_store_file_without_touching_it(store_path: Path) -> None:
    target = store_path / "bengkulu-selatan-setda-2023.json"
    target.write_bytes(b'{"meta": {"1": ')
    result = run_cli("status", store=store_path)
    assert result.returncode != 0
    assert str(target) in result.stderr
    assert target.read_bytes() == b'{"meta": {"1": '


def test_fresh_store_is_created_from_the_bundled_report(tmp_path: Path) -> None:
    """An empty folder named by --store/$LKJ_TUI_STORE, and the user data folder on first use,
    are seeded with the bundled report (a missing --store path is refused: test_cli_hardening)."""
    fresh = tmp_path / "new-store"
    fresh.mkdir()
    data = _status_json(fresh)
    assert data["summary"]["indicators"] == 10
    assert (fresh / "bengkulu-selatan-setda-2023.json").is_file()
    data_home = tmp_path / "data"
    result = run_cli("status", "--json", env={"XDG_DATA_HOME": str(data_home)})
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["summary"]["indicators"] == 10
    assert (data_home / "lkj-tui" / "store" / "bengkulu-selatan-setda-2023.json").is_file()


def test_status_does_not_import_textual(store_path: Path) -> None:
    result = run_cli("status", store=store_path, env={"PYTHONPROFILEIMPORTTIME": "1"})
    assert result.returncode == 0, result.stderr
    imported = {
        line.rsplit("|", 1)[-1].strip()
        for line in result.stderr.splitlines()
        if "import time" in line
    }
    assert "lkj_tui.storage.reader" in imported  # the import log really is being read
    assert not any(name == "textual" or name.startswith("textual.") for name in imported)
    # nor the spreadsheet libraries of import/export, nor TinyDB (only a write's snapshot uses
    # it: perf57)
    for lib in ("python_calamine", "openpyxl", "xlsxwriter", "lkj_tui.importing", "tinydb"):
        assert not any(n == lib or n.startswith(lib + ".") for n in imported), lib


def _set_realisasi(nodes: list, code: str, value: str) -> None:
    for node in nodes:
        if node.get("code") == code:
            node["measure"]["realisasi"] = value
        _set_realisasi(node.get("children", []), code, value)


def test_status_all_lists_every_report_worst_first(store_path: Path, store) -> None:
    from lkj_tui.bundled import load_bundled_report
    from lkj_tui.core.model import Report

    better = load_bundled_report().to_document()
    better["report"]["id"] = "contoh-2024"
    better["report"]["tahun"] = 2024
    _set_realisasi(better["nodes"], "IKU 1", "3,30")  # LPPD now on target
    store.import_report(Report.from_document(better))
    data = _status_json(store_path, "--all")
    assert [(r["id"], r["under_target"]) for r in data["reports"]] == [
        ("contoh-2024", 1),  # (each year's together, the newest first: years16)
        ("bengkulu-selatan-setda-2023", 2),
    ]
    text = run_cli("status", "--all", store=store_path)
    assert text.returncode == 0 and "contoh-2024" in text.stdout


def test_status_in_process_with_clirunner(store_path: Path) -> None:
    result = CliRunner().invoke(app, ["status", "--store", str(store_path), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["summary"]["under_target"] == 2


def test_status_at_80_columns_shows_every_printed_figure_and_target_conflict(
    store_path: Path,
) -> None:
    """A second line under the row (no column that disappears); the rating is never cut."""
    result = run_cli("status", store=store_path, env={"COLUMNS": "80"})
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert max(len(line) for line in lines) <= 80
    assert "Sangat Tingg " not in result.stdout and "Sangat Tinggi" in result.stdout
    flat = " ".join(line.strip() for line in lines)
    # LPPD: the report prints 100 in Tabel 3.2.1 and the year's target as 3,30 and Minimal 3,226
    assert "Dicetak lain: 100 % (Tabel 3.2.1) · capaian Renstra 96 % (Tabel 3.2.1)" in flat
    assert "Target lain: 3,30 (Renstra 2023; Tabel 2.2.2 (IKU)) → 86,36 % ▼" in flat
    assert "Minimal 3,226 (Perjanjian Kinerja 2023 (Lampiran I)) → 88,34 % ▼" in flat
    # Reformasi Birokrasi: 60,24 against the Renstra's 53,86
    assert "53,86 (Renstra 2023) → 117,34 %" in flat
    # Kesejahteraan: against 90 % the verdict flips (under target → on target)
    assert "90% (Renstra 2023) → 100,00 %" in flat
    row = next(i for i, line in enumerate(lines) if line.startswith("IKU 1 "))
    assert lines[row + 1].startswith("  Dicetak lain:")  # the line right under the row


_SPLIT_UNIT = re.compile(r"\d\n *%")


@pytest.mark.parametrize("width", ["60", "80", "120"])
def test_a_capaian_never_wraps_between_its_number_and_percent(store_path: Path, width: str) -> None:
    """``status`` (its summary line, the "Dicetak lain"/"Target lain" lines under rows) and
    ``check`` break a wrapped line anywhere but between a number and its "%": at 80 columns the
    summary printed "(laporan mencetak 107,35" and "%)" on two lines."""
    for command in ("status", "check"):
        for lang in ("id", "en"):
            done = run_cli(command, "--lang", lang, store=store_path, env={"COLUMNS": width})
            assert done.returncode in (0, 1), done.stderr
            assert not _SPLIT_UNIT.search(done.stdout), (command, lang)
            assert max(len(line) for line in done.stdout.splitlines()) <= int(width)
    narrow = run_cli("status", store=store_path, env={"COLUMNS": width}).stdout
    assert "(laporan mencetak 107,35 %)" in " ".join(x.strip() for x in narrow.splitlines())


def test_status_json_carries_every_printed_figure_and_target_conflict(store_path: Path) -> None:
    data = _status_json(store_path)
    iku = {i["code"]: i for i in data["items"] if i["level"] in ("iku", "lainnya")}
    lppd = iku["IKU 1"]
    assert {"table": "Tabel 3.2.1", "field": "capaian", "value": "100", "matches": False} in lppd[
        "printed"
    ]
    assert {"table": "Tabel 3.2", "field": "capaian", "value": "88.51", "matches": True} in lppd[
        "printed"
    ]
    assert all(set(p) == {"table", "field", "value", "matches"} for p in lppd["printed"])
    conflicts = {(c["source"], c["value"]) for c in lppd["target_conflicts"]}
    assert conflicts == {
        ("Renstra 2023", "3,30"),
        ("Tabel 2.2.2 (IKU)", "3,3"),
        ("Perjanjian Kinerja 2023 (Lampiran I)", "Minimal 3,226"),
    }
    kes = next(i for i in iku.values() if i["name"].startswith("Persentase Tingkat Kesejahteraan"))
    assert kes["under_target"] is True
    (flip,) = kes["target_conflicts"]
    assert flip["value"] == "90%" and flip["under_target"] is False and flip["achievement"] == 100.0
    assert iku["IKU 9"]["target_conflicts"] == []  # WTP everywhere
    inflasi = iku["IKU 3"]
    assert inflasi["polarity"] == "stabil" and inflasi["realisasi_derived"] is None


def test_status_lists_at_most_100_under_target_items_then_counts_the_rest(tmp_path: Path) -> None:
    # A big report (here 1,200 measures, ≈ 300 under target) stays readable: the list of
    # under-target items stops at 100, says how many more there are and where to see them all.
    from lkj_tui.cli.status import UNDER_SHOWN
    from tests.test_benchmarks import _generator

    generate = _generator()
    generate.generate(generate.Scale("t", 1, 1, 1, 1200, fixed_size=True), tmp_path, jobs=1)
    under = _status_json(tmp_path)["summary"]["under_target_all_levels"]
    assert under > UNDER_SHOWN == 100
    for lang, more in (("id", "dan {n} lainnya"), ("en", "and {n} more")):
        result = run_cli("status", "--lang", lang, env={"COLUMNS": "400"}, store=tmp_path)
        assert result.returncode == 0, result.stderr
        rows = [line for line in result.stdout.splitlines() if line.startswith(" ▼ ")]
        assert len(rows) == UNDER_SHOWN
        last = result.stdout.rstrip("\n").splitlines()[-1]
        assert more.format(n=under - UNDER_SHOWN) in last and "--scope under-target" in last


# ------------------------------------------------- cli/layout.py prints what rich's console did

_SGR = re.compile(r"\x1b\[([0-9;]*)m")


def _blank(c: str) -> bool:
    """Whitespace, or the zero-width space: a character that shows nothing."""
    return c.isspace() or c == "\u200b"


def _seen(output: str) -> list[list[tuple[str, str]]]:
    """What a reader sees of terminal output: each line's characters with the colour sequence
    in force (none on whitespace, where it shows nothing), without trailing whitespace or
    zero-width spaces (at a line's end rich keeps fewer of a run of them than layout does when
    a width-1 table wraps them: nothing shows either way)."""
    lines = []
    for raw in output.split("\n"):
        seen: list[tuple[str, str]] = []
        sgr, at = "", 0
        for match in _SGR.finditer(raw):
            seen += [(c, "" if _blank(c) else sgr) for c in raw[at : match.start()]]
            sgr, at = ("" if match[1] in ("0", "") else match[1]), match.end()
        seen += [(c, "" if _blank(c) else sgr) for c in raw[at:]]
        while seen and _blank(seen[-1][0]):
            seen.pop()
        lines.append(seen)
    while lines and not lines[-1]:
        lines.pop()
    return lines


class _Stream(io.StringIO):
    def __init__(self, tty: bool, encoding: str = "utf-8") -> None:
        super().__init__()
        self.tty, self._encoding = tty, encoding

    def isatty(self) -> bool:
        return self.tty

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return self._encoding


#: (colour system, NO_COLOR) of the terminals compared: piped, 16 colours, 256, truecolor.
_TERMINALS = [(None, False), ("standard", False), ("256", False), ("truecolor", True)]


def _consoles(width: int, system: str | None, no_color: bool) -> tuple[Console, Terminal]:
    """rich's console and ours for the same terminal."""
    env = {"COLUMNS": str(width), "LINES": "25"}
    env["TERM"] = "xterm-256color" if system == "256" else "xterm"
    if system is not None:
        env["FORCE_COLOR"] = "1"
    if system == "truecolor":
        env["COLORTERM"] = "truecolor"
    if no_color:
        env["NO_COLOR"] = "1"
    # rich keeps a style's colour sequence on the style (``Style._ansi``), whatever the colour
    # system, and keeps parsed and combined styles: one process uses one terminal, these tests
    # several, so rich starts afresh for each
    Style.parse.cache_clear()
    Style._add.cache_clear()
    console = Console(file=_Stream(False), highlight=False, _environ=env)
    return console, Terminal(_Stream(False), env)


#: Words of clean text (no line break, tab or control: what ``clean_line`` leaves). Without the
#: zero-width joiner and variation selector 16: rich measures a line piece by piece (each styled
#: run), and with these a string's width is not the sum of its parts', so where a line is cut can
#: differ by one such character at a style's edge; cli/layout.py measures the whole line.
_CLEAN_WORDS = st.sampled_from(
    [
        *(
            "IKU",
            "1",
            "Nilai",
            "LPPD",
            "3,22",
            "88,51 %",
            "%",
            "▼",
            "Tabel 3.2.1",
            "—",
            "a",
            "",
            " ",
        ),
        *("Sangat Tinggi", "Indikator kegiatan", "panjangsekalitanpaspasi" * 3, "数据", "é"),
        *("\xa0", "  ", "[bold]", ":smile:", "A (86,45)", "e\u0301  ", "\u200b", "🙂"),
    ]
)
_PIECE_STYLES = st.sampled_from(["", "", "bold", "bold red", "magenta", "dim", "dark_orange"])
_PIECES = st.lists(
    st.tuples(st.lists(_CLEAN_WORDS, max_size=4).map(" ".join), _PIECE_STYLES), max_size=4
)


def _text(pieces: list[Piece]) -> Text:
    return Text.assemble(*((text, style or None) for text, style in pieces))


def _glued(pieces: list[Piece], marks: bool = False) -> Text:
    """The line rich must wrap as ``layout`` wraps a line of text or a row's note: the space
    between a number and its "%" made ``UNIT_GLUE`` (one cell, not a space: rich never breaks
    there), and in a note (``marks``) the space before an under-target mark "▼" (vals23). What
    rich prints of it is compared after :func:`_unglued`."""
    text = _text(pieces)
    glued = glue_units(text.plain)  # (the same length: the styles stay where they were)
    if marks:  # (and a separator of its parts, at a line's end: vals33)
        glued = glued.replace(" ▼", UNIT_GLUE + "▼").replace(" · ", UNIT_GLUE + "· ")
        glued = glued.replace(" / ", UNIT_GLUE + "/ ")
    text.plain = glued
    return text


def _unglued(printed: str) -> str:
    """What rich printed for a :func:`_glued` line, with the spaces back (no test word holds the
    glue, nor does the bundled report)."""
    return printed.replace(UNIT_GLUE, " ")


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(["Kode", "Indikator", "Actual (Realisasi)"]), st.booleans()),
        min_size=1,
        max_size=6,
    ),
    st.lists(st.lists(_PIECES, min_size=6, max_size=6), max_size=4),
    st.integers(1, 160),
    st.sampled_from(_TERMINALS),
    st.booleans(),
)
def test_layout_table_prints_what_rich_prints_for_the_table(
    columns: list[tuple[str, bool]],
    rows: list[list[list[Piece]]],
    width: int,
    terminal: tuple[str | None, bool],
    right: bool,
) -> None:
    """``layout.Table`` against rich's ``Table``, lines under rows included (``_WithNotes``):
    every width, wrapping, cutting with "…", colour."""
    ours = PlainTable()
    for i, (header, no_wrap) in enumerate(columns):
        justify: Any = "right" if right and i % 2 else "left"
        ours.add_column(header, justify=justify, no_wrap=no_wrap)
    for row in rows:
        cells = row[: len(columns)]
        ours.add_row(*cells, note=cells[-1] if len(rows) % 2 else None)
    console, ours_terminal = _consoles(width, *terminal)
    painter = Painter(ours_terminal)
    console.print(_WithNotes(ours, painter))
    printed = _unglued(console.file.getvalue())  # type: ignore[attr-defined]
    assert _seen("\n".join(ours.lines(painter, width=width))) == _seen(printed)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=4), st.integers(1, 120), st.sampled_from(_TERMINALS))
def test_layout_lines_are_what_rich_prints_for_the_text(
    lines: list[list[Piece]], width: int, terminal: tuple[str | None, bool]
) -> None:
    console, ours_terminal = _consoles(width, *terminal)
    painter = Painter(ours_terminal)
    console.print(Group(*map(_glued, lines)))
    ours = [out for pieces in lines for out in text_lines(painter, pieces, width)]
    expected = _unglued(console.file.getvalue())  # type: ignore[attr-defined]
    assert _seen("\n".join(ours)) == _seen(expected)


@settings(max_examples=300, deadline=None)
@given(_PIECES, st.integers(20, 120), st.integers(1, 8))
def test_a_hanging_line_keeps_its_words_under_its_hang(
    pieces: list[Piece], width: int, hang: int
) -> None:
    """A ``Hanging`` line (``Painter.lines``): every character kept, in order (a word wider than
    a line cut), with parts kept whole; its later lines after the hang."""
    _, terminal = _consoles(width, None, False)
    whole = [text.strip() for text, _ in pieces[:1]]
    lines = text_lines(Painter(terminal), Hanging(pieces, hang, whole), width)
    plain = "".join(text for text, _ in pieces)
    assert "".join("".join(lines).split()) == "".join(plain.split())  # (a long word cut)
    if len(lines) > 1:
        indent = hang if hang * 3 < width else 0
        assert all(line.startswith(" " * indent) for line in lines[1:]), lines


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_wrapped_under_target_item_goes_on_under_its_text(store_path: Path, lang: str) -> None:
    """At 60 columns an under-target item (" ▼ Indikator kegiatan: …") went on at column 0,
    under its "▼", so the list no longer read as one item a mark. Now it goes on under its text."""
    done = run_cli("status", "--lang", lang, env={"COLUMNS": "60"}, store=store_path)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    start = next(n for n, line in enumerate(lines) if line.startswith(" ▼ "))
    items = lines[start:]
    assert len(items) > 20 and all(cell_len(line) <= 60 for line in items), items
    for line in items:  # an item, or its text going on under it
        assert line.startswith((" ▼ ", "   ")) and line[3] != " ", items
    assert sum(line.startswith("   ") for line in items) > 10, items
    piped = run_cli("status", "--lang", lang, env={"COLUMNS": "400"}, store=store_path)
    wide = [line for line in piped.stdout.splitlines() if line.startswith(" ▼ ")]
    assert " ".join(" ".join(items).split()) == " ".join(" ".join(wide).split())
    for columns in range(44, 81, 2):  # "← IKU" / "1", "Sangat" / "Tinggi": never apart
        done = run_cli("status", "--lang", lang, env={"COLUMNS": str(columns)}, store=store_path)
        for line in done.stdout.splitlines():
            assert not line.endswith(("← IKU", "Sangat", "Very")), (columns, line)


def test_painter_writes_rich_colour_sequences() -> None:
    from lkj_tui.cli.plain import _STYLES

    for system in (None, "standard", "256", "truecolor"):
        for no_color in (False, True):
            console, terminal = _consoles(80, system, no_color)
            painter = Painter(terminal)
            for style in _STYLES:
                console.print(Text("x", style=style), end="")
                assert painter.paint("x", style) == console.file.getvalue(), (style, system)
                console.file.truncate(0)  # type: ignore[attr-defined]
                console.file.seek(0)  # type: ignore[attr-defined]


_ENV = {
    "COLUMNS": [None, "", "0", "7", "80", "x1"],
    "LINES": [None, "40", "x"],
    "TERM": [None, "", "dumb", "UNKNOWN", "xterm", "xterm-256color", "xterm-kitty", "rxvt-16color"],
    "COLORTERM": [None, "truecolor", " 24BIT ", "yes"],
    "FORCE_COLOR": [None, "", "1", "0"],
    "NO_COLOR": [None, "", "1"],
    "TTY_COMPATIBLE": [None, "0", "1", "2"],
}


@settings(max_examples=300, deadline=None)
@given(
    st.fixed_dictionaries({k: st.sampled_from(v) for k, v in _ENV.items()}),
    st.booleans(),
    st.sampled_from(["utf-8", "UTF-8", "latin-1", "ascii"]),
)
def test_terminal_finds_what_rich_console_finds(
    drawn: dict[str, str | None], tty: bool, encoding: str
) -> None:
    env = {k: v for k, v in drawn.items() if v is not None}
    stream = _Stream(tty, encoding)
    ours, rich = Terminal(stream, env), Console(file=stream, _environ=env)
    assert ours.width == rich.width
    assert ours.color_system == rich.color_system
    assert ours.is_dumb_terminal == rich.is_dumb_terminal
    assert ours.no_color == rich.no_color
    assert ours.encoding == rich.encoding


def test_status_prints_what_rich_printed_for_the_bundled_report(store_path: Path) -> None:
    """The summary's lines and tables (with the lines under rows), as rich's console printed
    the same lines as ``Text`` and tables as rich's ``Table``: every width, language, terminal."""
    from lkj_tui.cli import status
    from lkj_tui.core.evaluate import Evaluation
    from lkj_tui.storage.store import Store

    evaluation = Evaluation(Store(store_path).load("bengkulu-selatan-setda-2023").report)
    for width in (60, 80, 120, 200, 30):
        for lang in ("id", "en"):
            for terminal in _TERMINALS:
                console, ours_terminal = _consoles(width, *terminal)
                painter = Painter(ours_terminal)
                laid = status.settle(status.parts(evaluation, lang), painter)
                for part in laid:  # (what rich prints for each; ours for a Hanging line)
                    drawn = _rich_of(part, painter)
                    if isinstance(drawn, list):
                        console.file.write("".join(f"{line}\n" for line in drawn))
                    else:
                        console.print(drawn)
                expected = _unglued(console.file.getvalue())  # type: ignore[attr-defined]
                ours = status.render_report(ours_terminal, evaluation, lang)
                assert _seen(ours) == _seen(expected), (width, lang, terminal)
                if terminal[0] is None:  # piped: the same lines less the trailing spaces
                    assert ours.splitlines() == [line.rstrip() for line in expected.splitlines()]
    assert "\x1b[0m Nilai LPPD" in ours and "88,51 %" in ours  # (at 30 columns: cards)


@pytest.mark.parametrize("columns", [40, 60])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_status_at_40_to_60_columns_prints_each_iku_as_a_card(
    store_path: Path, lang: str, columns: int
) -> None:
    """At 60 columns a kabupaten's indicator names were folded into 6 cells ("Perse…" /
    "pelay…" / "keseh…"), at 40 into "…": the table said nothing of which IKU. Now, when the
    name would get fewer than 12 cells, each IKU is a card: its kode and whole name, then its
    figures with their headers, its notes under them; at 80 columns the table, as before."""
    done = run_cli("status", "--lang", lang, env={"COLUMNS": str(columns)}, store=store_path)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert "┃" not in done.stdout and all(cell_len(line) <= columns for line in lines)
    iku = [n for n, line in enumerate(lines) if re.match(r"IKU \d+ ", line)]
    assert len(iku) == 10, done.stdout
    for n in iku:  # the name (under itself), then the figures
        name = list(itertools.takewhile(lambda line: line.startswith("      "), lines[n + 1 :]))
        assert lines[n + 1 + len(name)].startswith("  Target "), lines[n : n + 4]
    first = " ".join(line.strip() for line in lines[iku[0] : iku[0] + 3])
    assert first.startswith("IKU 1 Nilai LPPD Target 3,22 · Realisasi 2,85 · ") or first.startswith(
        "IKU 1 Nilai LPPD Target 3,22 · Actual (Realisasi) 2,85 · "
    ), first
    wide = run_cli("status", "--lang", lang, env={"COLUMNS": "80"}, store=store_path)
    assert "┃" in wide.stdout  # (at 80 columns the table)


def _rich_of(part: list[Piece] | PlainTable, painter: Painter) -> Any:
    """What rich must print for a part of the summary: a table, a line; the lines ours prints
    for a line laid out by ``Painter.lines`` (a ``Hanging`` one; a table's cards are such)."""
    if isinstance(part, PlainTable):
        return part.lines(painter) if part.carding else _WithNotes(part, painter)
    if isinstance(part, Hanging):
        return text_lines(painter, part)
    return _glued(part)


#: rich's ``HEAVY_HEAD`` box with "§" in the line it draws between rows (``show_lines``).
_MARKED = Box("┏━┳┓\n┃ ┃┃\n┡━╇┩\n│ ││\n├§┼┤\n├─┼┤\n│ ││\n└─┴┘\n")


class _WithNotes:
    """What ``layout.Table`` must print, drawn by rich: the same rows in rich's ``Table``, and
    under a row its note, wrapped by rich to the table's width less an indent of two cells (the
    console cuts it, as every line, to its width). The lines rich draws between rows
    (``show_lines``, marked "§") say where each row ends; they are replaced by the notes.
    Where rich's widths cut a word that ours keep whole (:func:`_keeps_words`), rich draws the
    table in ours (vals31)."""

    def __init__(self, table: PlainTable, painter: Painter) -> None:
        self.table, self.painter = table, painter

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> Iterator[Segment]:
        plain = self.table
        table = Table(show_edge=False, pad_edge=False, show_lines=True, box=_MARKED)
        for header, justify, no_wrap in zip(
            plain.headers, plain.justify, plain.no_wrap, strict=True
        ):
            table.add_column(header, justify=justify, no_wrap=no_wrap)
        for row in plain.rows:
            table.add_row(*map(_text, row))
        widths = table._calculate_column_widths(  # (as Table.__rich_console__ does)
            console, options.update_width(options.max_width - table._extra_width)
        )
        ours = plain._measured(self.painter, options.max_width)[1]
        if ours != widths:  # (a word rich cuts, "Indika…", whole in ours)
            _keeps_words(plain, ours, widths, options.max_width)
            for i, (column, w) in enumerate(zip(table.columns, ours, strict=True)):
                column.width = w - sum(plain._pads(i))
            widths = ours
        width = sum(widths) + len(widths) - 1
        indent = 2 if width > 12 else 0
        note_options = options.update(width=max(1, width - indent), no_wrap=False, highlight=False)

        def note(index: int) -> Iterator[Segment]:
            pieces = plain.notes.get(index)
            if pieces is None or index < 0:
                return
            lines = console.render_lines(_glued(pieces, True), note_options, pad=False)
            if len(lines) > 1 and len(parts := note_parts(pieces)) > 1:  # (each part a line)
                lines = [
                    line
                    for part in parts
                    for line in console.render_lines(_glued(part, True), note_options, pad=False)
                ]
            for line in lines:
                yield Segment(" " * indent)
                yield from line
                yield Segment.line()

        row = -1  # the header
        for line in Segment.split_lines(console.render(table, options)):
            drawn = "".join(segment.text for segment in line)
            if drawn and set(drawn) <= {"§", "┼"}:  # the end of a row
                yield from note(row)
                row += 1
                continue
            yield from line
            yield Segment.line()
            if drawn and set(drawn) <= {"━", "╇"}:  # the end of the header
                row = 0
        yield from note(row)


def _keeps_words(plain: PlainTable, ours: list[int], rich: list[int], width: int) -> None:
    """Where ``layout.Table``'s widths are not rich's: both as wide, each wrapable column of ours
    as wide as its widest word (up to ``WORD_ROOM`` cells) or its widest cell, and rich's not."""
    assert sum(ours) == sum(rich) <= width - len(ours) + 1, (ours, rich)
    cells = [[h] for h in plain.headers]
    for row in plain.rows:
        for i, cell in enumerate(row):
            cells[i].append("".join(text for text, _ in cell))
    least = []
    for i, texts in enumerate(cells):
        pads = sum(plain._pads(i))
        whole = max(map(cell_len, texts)) + pads
        word = max(max(map(cell_len, text.split()), default=0) for text in texts)
        least.append(whole if plain.no_wrap[i] else min(min(word, WORD_ROOM) + pads, whole))
    assert all(map(int.__ge__, ours, least)), (ours, least)
    assert not all(map(int.__ge__, rich, least)), (rich, least)


# (and Unicode's noncharacters, escaped since cli21: hypothesis drew "\ufdd0" in CI 9e65755)
_OLD_JSON_UNSAFE = re.compile(
    "[\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff"
    "\ufdd0-\ufdef"
    + "".join(chr(plane << 16 | last) for plane in range(17) for last in (0xFFFE, 0xFFFF))
    + "]"
)


@settings(max_examples=500, deadline=None)
@given(st.text(st.characters(codec=None, categories=None), max_size=30))
@example("\ufdd0").via("CI 9e65755")
@example("a\U0010ffff").via("a noncharacter beyond the BMP")
def test_dumps_escapes_what_it_escaped_with_its_regex(text: str) -> None:
    """``output.dumps`` no longer searches for the characters it escapes with a regex (compiled
    at every command's start): printable JSON is returned as it is, the rest escaped as before."""
    from lkj_tui.cli.output import _JSON_ESCAPES, dumps

    raw = json.dumps({"t": text, "n": [text, 1]}, ensure_ascii=False)
    old = raw
    if _OLD_JSON_UNSAFE.search(raw):
        old = raw.translate(_JSON_ESCAPES).encode("utf-8", "backslashreplace").decode("utf-8")
    assert dumps({"t": text, "n": [text, 1]}) == old


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=3), st.integers(8, 120))
def test_check_lines_never_break_between_a_number_and_percent(
    lines: list[list[Piece]], width: int
) -> None:
    """``Painter.lines`` (``check``) breaks a line where it did, but never inside "<digit> %" —
    unless the glued word is longer than the line itself, which is cut at the line's end as any
    such word is (hypothesis found "IKU88,51 %" in 8 columns)."""
    from lkj_tui.cli.plain import cells as cell_width
    from lkj_tui.cli.plain import wrap

    for pieces in lines:
        plain = "".join(text for text, _ in pieces)
        glued = glue_units(plain)
        spans = wrap(glued, width)
        for _, end in spans:
            if plain[end - 1 : end].isdigit() and plain[end : end + 2] == " %":
                start = max(glued.rfind(" ", 0, end), glued.rfind("\n", 0, end)) + 1
                stop = min(
                    i for i in (glued.find(" ", end), glued.find("\n", end), len(glued)) if i >= 0
                )
                assert cell_width(glued[start:stop]) > width, (plain, width, end)
        if " %" not in plain:
            assert spans == wrap(plain, width)


def test_an_under_target_lower_is_better_item_does_not_read_as_a_false_division(
    tmp_path: Path,
) -> None:
    """walk8: status listed an infant mortality of 13,1 against a target of 12,5 (negatif) as
    "13,1 / 12,5 = 95,20 %" — 13,1 / 12,5 is 104,8; the capaian is (2 × 12,5 − 13,1) / 12,5. A
    lower-is-better or stable item of two numbers lists its two figures and its polaritas; a
    higher-is-better one reads as before."""
    from tests.conftest import run_cli

    data = tmp_path / "lkj.csv"
    data.write_text(
        "Level;Kode;Uraian;Polaritas;Target;Realisasi\n"
        "Sasaran;S1;Meningkatnya derajat kesehatan;;;\n"
        "IKU;IKU 1;Angka kematian bayi;negatif;12,5;13,1\n"
        "IKU;IKU 2;Cakupan imunisasi;positif;95;91\n"
    )
    store = tmp_path / "s"
    done = run_cli("import", str(data), "--instansi", "Dinkes", "--tahun", "2024", store=store)
    assert done.returncode == 0, done.stderr
    wide = {"COLUMNS": "200"}
    shown = run_cli("status", "--lang", "en", store=store, env=wide).stdout
    assert (
        "Angka kematian bayi — realisasi 13,1, target 12,5, negative (lower is better): 95,20 %"
    ) in shown
    assert "13,1 / 12,5" not in shown
    assert "Cakupan imunisasi — 91 / 95 = 95,79 %" in shown
    shown = run_cli("status", store=store, env=wide).stdout
    assert "— realisasi 13,1, target 12,5, negatif (makin rendah makin baik): 95,20 %" in shown
