"""Hostile text (reliability part 5): every place user text appears, on a real terminal.

`status`, `status --json` and `export` run as the installed command on a pty with colours forced;
the TUI runs under the Pilot and every full repaint is checked. The quick corpus here is the
handwritten one plus generated strings; `python reliability/run.py` runs ≥ 5,000.
"""

from __future__ import annotations

import json
from pathlib import Path

from lkj_tui.core.sanitize import clean, clean_line
from lkj_tui.storage.store import Store
from reliability import hostile
from reliability.corpus import HANDWRITTEN, TEXTUAL, corpus, hostile_report, terminal_leaks
from tests.conftest import run_cli

QUICK = corpus(500)


def one_report_store(tmp_path: Path, strings: list[str]) -> Path:
    root = tmp_path / "store"
    Store(root).import_report(hostile_report(strings))
    return root


# ------------------------------------------------------------------------- regressions


def test_lone_surrogates_do_not_crash_status_or_export(tmp_path: Path) -> None:
    """The store keeps a lone surrogate (JSON can carry it); printing it raised
    UnicodeEncodeError in ``status`` and ``export``."""
    root = one_report_store(tmp_path, ["lone \ud800 surrogate", "a\udfffb", "\udc80"])
    for args in (("status",), ("export", "--scope", "all")):
        captured = hostile.run_cli_pty(*args, store=root)
        assert captured.returncode == 0, captured.output[-400:]
        assert b"Traceback" not in captured.output
        assert "lone \ufffd surrogate".encode() in captured.output
    assert clean("a\ud800b\udfff") == "a\ufffdb\ufffd"
    assert clean_line("\udc80x") == "\ufffdx"


def test_lone_surrogates_export_as_json_csv_and_xlsx(tmp_path: Path) -> None:
    """A report holding a lone surrogate could not be exported as JSON, CSV or a workbook at all
    ("keluaran (utf-8) tidak dapat memuat teks ini", even to a file). The JSON document keeps the
    text exactly (JSON's escape, which the import reads back); CSV and the workbook, which cannot
    carry one, show U+FFFD, as every screen and the Markdown export do."""
    import openpyxl

    root = one_report_store(tmp_path, ["lone \ud800 surrogate", "a\udfffb"])
    for fmt in ("json", "csv", "xlsx"):
        done = run_cli("export", "-f", fmt, "-o", str(tmp_path / f"laporan.{fmt}"), store=root)
        assert done.returncode == 0, done.stderr
    piped = run_cli("export", "-f", "json", store=root)
    assert piped.returncode == 0, piped.stderr
    assert piped.stdout.encode() == (tmp_path / "laporan.json").read_bytes()
    assert "lone \ud800 surrogate" in json.dumps(json.loads(piped.stdout), ensure_ascii=False)
    again = tmp_path / "again"
    assert run_cli("import", str(tmp_path / "laporan.json"), store=again).returncode == 0
    assert run_cli("export", "-f", "json", store=again).stdout == piped.stdout  # exactly
    csv_text = (tmp_path / "laporan.csv").read_bytes().decode("utf-8")
    assert "lone \ufffd surrogate" in csv_text and "a\ufffdb" in csv_text
    sheet = openpyxl.load_workbook(tmp_path / "laporan.xlsx")["Data"]
    cells = {c.value for row in sheet.iter_rows() for c in row}
    assert {"lone \ufffd surrogate", "a\ufffdb"} <= cells


def test_text_typed_in_another_encoding_is_refused(tmp_path: Path) -> None:
    """A "Café" typed on a Latin-1 terminal reaches the command as the byte 0xE9, which Python
    reads as a lone surrogate: ``set``'s name, ``new``'s and ``import``'s instansi were saved as
    "Caf\ufffd" for good. Each is refused, naming the byte, and nothing is saved."""
    root = tmp_path / "store"
    assert run_cli("init", store=root).returncode == 0
    doc = tmp_path / "laporan.json"
    assert run_cli("export", "-f", "json", "-o", str(doc), store=root).returncode == 0
    before = run_cli("status", "--all", "--json", store=root).stdout
    typed = "Caf\udce9 baru"
    for lang in ("id", "en"):
        for args in (
            ("set", "IKU 1", "name", typed),
            ("new", "--instansi", typed, "--tahun", "2025"),
            ("import", str(doc), "--report", "lain", "--instansi", typed),
        ):
            done = run_cli(*args, "--lang", lang, store=root)
            assert done.returncode == 2, (args, done.stdout)
            assert "UTF-8" in done.stderr and "0xE9" in done.stderr, done.stderr
    assert run_cli("status", "--all", "--json", store=root).stdout == before


def test_status_cleans_instansi_printed_notes_and_errors(tmp_path: Path) -> None:
    """``status`` wrote the instansi in its title, the printed value and table name of the
    "printed differs" note, and (``--all``) the problem of an unreadable file raw."""
    root = one_report_store(tmp_path, ["\x1b[2J\x1b]52;c;ZXZpbA==\x07", "\u202eTabel"])
    captured = hostile.run_cli_pty("status", store=root)
    assert captured.returncode == 0
    assert terminal_leaks(captured.output) == []
    assert b"(Tabel)" in captured.output  # the note is still there, cleaned
    (root / "rusak-2023.json").write_bytes(b'{"\\u001b[2J\\u009b2J": []}')  # a table name
    captured = hostile.run_cli_pty("status", "--all", store=root)
    assert captured.returncode == 0
    assert terminal_leaks(captured.output) == []
    assert b"rusak-2023.json" in captured.output


def test_status_json_escapes_what_a_terminal_would_act_on(tmp_path: Path) -> None:
    """``status --json`` carries the raw text; C1 controls, bidi overrides and lone surrogates are
    written as \\u escapes, so the JSON is still exact and the terminal sees nothing it acts on."""
    strings = ["\x9b2J C1", "\u202eterbalik\u2066", "lone \ud800", "\x1b]52;c;QQ==\x07", "ok 👍"]
    root = one_report_store(tmp_path, strings)
    for args in (("status", "--json"), ("status", "--all", "--json")):
        captured = hostile.run_cli_pty(*args, store=root)
        assert captured.returncode == 0, captured.output[-400:]
        assert terminal_leaks(captured.output) == []
    data = json.loads(hostile.run_cli_pty("status", "--json", store=root).output)
    checked, wrong = hostile.json_round_trip(hostile_report(strings), data)
    assert checked > 20 and wrong == []
    assert "ok 👍" in json.dumps(data, ensure_ascii=False)  # ordinary text stays readable


# ------------------------------------------------------------------------- the corpus


def test_corpus_covers_every_kind_of_hostile_text() -> None:
    full = corpus(5_000)
    assert len(full) == len(set(full)) == 5_000
    joined = "".join(HANDWRITTEN)
    for needle in ("[/]", "[@click=app.quit]", "[link=", "[b]", "\x1b[2J", "\x1b]52;", "\x1b]8;"):
        assert needle in joined, needle
    for needle in ("\x9b", "\x9d", "\u202e", "\u2066", "\x00", "\ud800", "\u0301", "👨‍👩‍👧‍👦"):
        assert needle in joined, repr(needle)
    assert "\ufdd0" in joined  # (a noncharacter: the CLI's separator mark)
    assert max(map(len, HANDWRITTEN)) >= 10_000


# ------------------------------------------------------------------------- the CLI


def test_status_json_and_export_on_the_quick_corpus(tmp_path: Path) -> None:
    """``status`` (id, en), ``status --json``, ``export`` and ``status --all`` on a pty: no
    exception, no control sequence, the JSON gives back every stored text exactly."""
    figures = hostile.check_cli(tmp_path, QUICK)
    assert figures.ok, figures.problems[:5]
    assert figures.runs == 6 and figures.fields_checked > 6 * len(QUICK)


def test_markdown_export_round_trip_on_the_quick_corpus() -> None:
    """tests/test_export_hostile.py's check on this corpus (C1, OSC, bidi, surrogates…)."""
    figures = hostile.check_export(QUICK[::4])
    assert figures.ok, figures.problems[:5]


# ------------------------------------------------------------------------- the TUI

#: A sample with every kind of handwritten string (the full run walks all of them and thousands
#: more; a Pilot repaint of a hostile screen costs about 0.1 s).
SAMPLE = [*HANDWRITTEN[::8], *corpus(600)[-8:]]


async def test_tui_shows_hostile_text_as_data(tmp_path: Path) -> None:
    """Every node of a hostile report shown (tree and detail), a toast per string, the edit,
    choice, text, search and report dialogs: no exception, no action run, no control sequence
    in a full repaint of the screen."""
    store = Store(tmp_path / "store")
    report = hostile_report(SAMPLE)
    store.import_report(report)
    figures = await hostile.check_tui(store, report.meta.id, SAMPLE, dialogs=1, clicks=1)
    assert figures.ok, figures.problems[:5]
    assert figures.runs > len(report) // 2


def test_real_tui_on_a_pty(tmp_path: Path) -> None:
    """The installed ``lkj-tui`` on a pty, every line of a hostile report shown, then ``q``."""
    root = tmp_path / "store"
    strings = HANDWRITTEN[::4]
    report = hostile_report(strings)
    Store(root).import_report(report)
    captured = hostile.tui_in_pty(root, report.meta.id, len(report))
    assert captured.returncode == 0
    assert terminal_leaks(captured.output, TEXTUAL) == []
    assert b"[@click=app.quit()]" in captured.output and "\ufffd".encode() in captured.output
