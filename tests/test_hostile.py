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
from reliability.corpus import hostile_report, terminal_leaks


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
