"""The commands' messages, continued (cli30), through the installed ``lkj-tui``."""

from __future__ import annotations

from pathlib import Path

import pytest

from lkj_tui.bundled import BUNDLED_REPORT_ID
from tests.conftest import run_cli


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("before", [False, True])
def test_a_one_dash_long_option_with_nothing_after_it_is_named(
    store_path: Path, lang: str, before: bool
) -> None:
    """``status -report`` with nothing after it was no usage error to click ("-r eport"): it
    looked for a report 'eport' and said it was not there. Now the option is named as written,
    whatever follows it, before the command too (``lkj-tui -report``)."""
    english = ["--lang", "en"] if lang == "en" else []
    args = ["-report", "status"] if before else ["status", "-report"]
    done = run_cli(*args, *english, store=store_path)
    said = {"id": "-report ditulis dengan dua tanda minus: --report", "en": "-report is written"}
    assert done.returncode == 2, done.stderr
    assert said[lang] in done.stderr and "eport'" not in done.stderr, done.stderr


@pytest.mark.parametrize("lang", ["id", "en"])
def test_export_to_a_file_says_what_it_wrote_where(store_path: Path, lang: str) -> None:
    """``export -o notulen.md`` wrote the file without a word: the user could not tell it had
    worked, nor which report (the latest, without -r) went into it. Now one line on stdout says
    which file (as typed, in quotes when it holds a space), in which format, holding which
    report; to stdout (``-o -``) the document alone, as before."""
    english = ["--lang", "en"] if lang == "en" else []
    notes = store_path.parent / "notulen rapat.md"
    done = run_cli("export", "-o", str(notes), *english, store=store_path)
    assert done.returncode == 0 and notes.is_file(), done.stderr
    said = {
        "id": "Ditulis ke {} (Markdown): laporan {}.",
        "en": "Written to {} (Markdown): report {}.",
    }
    assert done.stdout == said[lang].format(f'"{notes}"', BUNDLED_REPORT_ID) + "\n", done.stdout
    book = store_path.parent / "lkj.xlsx"
    done = run_cli("export", "-f", "xlsx", "-o", str(book), "--all", *english, store=store_path)
    assert done.returncode == 0 and done.stdout.startswith(f"{said[lang][:10]} {book} (Excel): ")
    piped = run_cli("export", "-o", "-", *english, store=store_path)
    assert piped.stdout.startswith("# ") and "notulen" not in piped.stdout, piped.stdout[:200]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_sync_of_a_store_not_shared_ends_with_the_one_command_that_mends_it(
    tmp_path: Path, lang: str
) -> None:
    """``sync`` on a store not shared said "jalankan 'lkj-tui sync --init [ALAMAT] --store X'
    atau 'lkj-tui sync --clone ALAMAT --store X'": two commands mid-sentence, the folder named
    unquoted, and a clone suggested into a folder that holds reports, which the clone refuses.
    Now the one command that mends it ends the line: a store that holds reports is shared
    (``--init``), an empty folder is cloned into; the folder in quotes when it holds a space;
    ``--init``'s and ``--clone``'s own accounts name it so too."""
    english = ["--lang", "en"] if lang == "en" else []
    root = tmp_path / "Data LKj"
    assert run_cli("init", "--store", str(root)).returncode == 0
    store = ["--store", str(root), *english]
    done = run_cli("sync", *store)
    assert done.returncode == 1, done.stderr
    init = {"id": "[ALAMAT]", "en": "[REMOTE]"}[lang]
    tail = " --lang en" if english else ""
    assert done.stderr.endswith(f': lkj-tui sync --init {init} --store "{root}"{tail}\n')
    assert f'"{root}"' in done.stderr.split(":")[1] and "--clone" not in done.stderr
    empty = tmp_path / "baru kosong"
    empty.mkdir()
    done = run_cli("sync", "--store", str(empty), *english)
    clone = {"id": "ALAMAT", "en": "REMOTE"}[lang]
    assert done.stderr.endswith(f': lkj-tui sync --clone {clone} --store "{empty}"{tail}\n')
    assert done.stderr.count("\n") == 1 and not any(empty.iterdir()), done.stderr
    shared = run_cli("sync", "--init", *store)
    assert shared.returncode == 0 and f'"{root}"' in shared.stdout, shared.stdout
    cloned = run_cli("sync", "--clone", str(root), "--store", str(empty), *english)
    assert cloned.returncode == 0 and cloned.stdout.count(f'"{root}"') == 1, cloned.stdout
    assert f'"{empty}".' in cloned.stdout, cloned.stdout


@pytest.mark.skipif(not hasattr(__import__("os"), "openpty"), reason="a pseudo-terminal")
def test_a_quoted_path_wider_than_the_room_under_the_indent_breaks_after_a_slash_under_it(
    tmp_path: Path,
) -> None:
    """At 60 columns a quoted path longer than the room under "lkj-tui: " sat 9 columns in and
    the terminal wrapped it there, its second part at column 0: it read as two. It then started
    its line at column 0; now (cli37, as sync's since share35) it breaks after a "/" under
    "lkj-tui: ", every line within the terminal, whole once joined."""
    from tests.test_cli37 import _joined
    from tests.test_narrow_terminal import _on_a_terminal

    book = tmp_path / "Folder Bersama Bagian Organisasi" / "Laporan Kinerja 2024 final.xlsx"
    code, shown = _on_a_terminal(["import", str(book)], 60)
    assert code == 2, shown
    lines = shown.rstrip("\n").split("\n")
    assert lines[0].startswith('lkj-tui: berkas tidak ada: "/'), shown
    assert all(line.startswith(" " * 9) and len(line) <= 60 for line in lines[1:]), shown
    assert f'"{book}"' in _joined(lines), shown
