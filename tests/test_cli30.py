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
