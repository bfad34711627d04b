"""words50: the commands' words at every width."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from lkj_tui.cli.plain import PATH_SEPS
from tests.conftest import run_cli
from tests.test_cli46 import PTY, _on_a_terminal
from tests.test_cli48 import _indent


def _english(store: Path, *args: str) -> str:
    done = run_cli(*args, "--lang", "en", store=store, env={"COLUMNS": "80"})
    assert done.returncode in (0, 1) and "Traceback" not in done.stderr, done.stderr
    return done.stdout


def test_one_english_word_for_the_instansi_column_and_for_the_average(store_path: Path) -> None:
    """`status --all --lang en` headed its column "Agency" where the overview, `compare` and the
    glossary say "Instansi"; the average was "average achievement" in `status`, "Average capaian"
    in `status --all` (and "Average IKU achievement" in an unused label). Each is one word now:
    the report's own, "Instansi" over a column of offices and "capaian" for its average."""
    every = _english(store_path, "status", "--all")
    reviu = _english(store_path, "check", "--all")
    one = _english(store_path, "status")
    for out in (every, reviu):
        header = next(line for line in out.splitlines() if line.split()[:1] == ["Instansi"])
        assert "Agency" not in out, out
        assert header
    average = next(line for line in one.splitlines() if "under target" in line)
    assert "average capaian 107,81 %" in average, one
    assert "achievement" not in average, one
    assert "capaian" in every and "achievement" not in every.lower(), every


def test_the_log_of_an_unshared_store_names_each_entrys_node_by_its_id(tmp_path: Path) -> None:
    """`log --json` of a store that is not shared (its change journal) gave `"node": null` for
    every entry, also of a node renamed to hostile text: a script could not tell which node an
    entry was about. Each entry of a node now gives its id, as the shared history's do; a line
    of an older journal (four fields, no id) is still read, its node null."""
    import json

    root = tmp_path / "s"
    assert run_cli("init", store=root).returncode == 0
    items = json.loads(run_cli("status", "--json", store=root).stdout)["items"]
    iku = next(i["id"] for i in items if i["code"] == "IKU 1")
    hostile = "Nilai [red]LPPD[/red] \u202eevil\x1b[2J"
    for field, value in (("realisasi", "3"), ("name", hostile), ("target", "4")):
        done = run_cli("set", "IKU 1", field, "--", value, store=root)
        assert done.returncode == 0, done.stderr
    entries = json.loads(run_cli("log", "--json", store=root).stdout)
    assert [e["field"] for e in entries] == ["target", "name", "realisasi"], entries
    assert [e["node"] for e in entries] == [iku] * 3, entries
    asked = json.loads(run_cli("log", "--json", "IKU 1", store=root).stdout)
    assert [e["node"] for e in asked] == [iku] * 3, asked

    journal = next((root / ".changes").glob("*.jsonl"))
    old = {"at": "2026-01-02T10:00:00", "kind": "edit", "revision": 1}
    old["lines"] = [["IKU 2", "realisasi", "1", "2"]]
    with journal.open("a", encoding="utf-8") as f:
        f.write(json.dumps(old) + "\n")
    entries = json.loads(run_cli("log", "--json", store=root).stdout)
    assert [e["node"] for e in entries] == [iku] * 3 + [None], entries


@PTY
@pytest.mark.parametrize("columns", [36, 40, 44])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_usage_errors_words_stay_together_at_40_columns(
    store_path: Path, columns: int, lang: str
) -> None:
    """At 40 columns `set IKU 1 realisasi 3` left "(3)" alone under "Error: Got unexpected extra
    argument(s)", and "Put a node's" alone over "code that holds a space in quotes:"; `set -r`
    put "lkj-tui status --all" 6 cells in under "Daftar id laporan:" at column 0. Now the
    parenthesis goes with its word, the hint's words fill their lines (the last two over the
    command), and a command stands 2 in from a label on one line."""
    lines = _on_a_terminal(
        store_path, columns, "set", "IKU", "1", "realisasi", "3", "--lang", lang, code=2
    )
    shown = "\n".join(lines)
    assert not [line for line in lines if re.fullmatch(r" *\(\S+\)", line)], shown
    at = next(n for n, line in enumerate(lines) if line.startswith(("Kode simpul", "Put a node")))
    assert len(lines[at]) > columns // 2, shown
    over = lines[at + 1 : next(n for n in range(at, len(lines)) if "lkj-tui set" in lines[n])]
    assert all(len(line.split()) >= 2 for line in over), shown

    lines = _on_a_terminal(store_path, columns, "set", "-r", "--lang", lang, code=2)
    shown = "\n".join(lines)
    at = next(
        n for n, line in enumerate(lines) if line in ("Daftar id laporan:", "The reports' ids:")
    )
    assert lines[at + 1].startswith("  lkj-tui status --all"), shown


@PTY
@pytest.mark.parametrize("columns", [40, 60])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_an_unreadable_files_path_begins_beside_its_label(
    store_path: Path, columns: int, lang: str
) -> None:
    """`status --all` at 60 columns put "tidak terbaca:" alone over a path wider than the line
    (broken after a "-" on the next); and "(lkj-tui" ended a line, "restore tidak dapat
    membantu)" the next, a command's name split from the program's. The path now begins on the
    label's line, broken after a "/", "-" or "_", and "lkj-tui restore" stays on one line."""
    name = "bengkulu-selatan-dinas-pemberdayaan-masyarakat-dan-desa-2024.json"
    (store_path / name).write_text("{broken", encoding="utf-8")
    lines = _on_a_terminal(store_path, columns, "status", "--all", "--lang", lang)
    shown = "\n".join(lines)
    label = "tidak terbaca: " if lang == "id" else "unreadable: "
    at = next(n for n, line in enumerate(lines) if line.startswith(label.strip()))
    assert lines[at].startswith(label + str(store_path)[:8]), shown
    assert lines[at][-1] in PATH_SEPS, shown
    told = lines[at : next(n for n, line in enumerate(lines) if line.startswith("    lkj-tui"))]
    assert all(len(line) <= columns for line in told), shown
    assert not [line for line in lines if line.endswith("(lkj-tui")], shown
    assert "lkj-tui restore" in shown, shown


@PTY
@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_offline_sends_command_stands_under_its_folded_label(tmp_path: Path, lang: str) -> None:
    """`sync` with the shared folder gone at 40 columns folded "No save waits to be sent;" /
    "  give the right address with:" and put the command at column 2 too, under the label's
    words as if it went on; it now stands 2 in from the label's last line."""
    store, remote = tmp_path / "s", tmp_path / "r.git"
    assert run_cli("init", store=store).returncode == 0
    subprocess.run(["git", "init", "-q", "--bare", str(remote)], check=True)
    assert run_cli("sync", "--init", str(remote), store=store).returncode == 0
    remote.rename(tmp_path / "gone.git")
    lines = _on_a_terminal(store, 40, "sync", "--lang", lang, code=3)
    shown = "\n".join(lines)
    at = next(n for n, line in enumerate(lines) if line.lstrip().startswith("lkj-tui sync"))
    assert lines[at - 1].endswith(":") and _indent(lines[at - 1]) == 2, shown
    assert _indent(lines[at]) == 4, shown
