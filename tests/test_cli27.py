"""The commands at 40–80 columns, id and en (cli27), through the installed ``lkj-tui``: a report
id the store does not hold refused before the TUI starts; a printed command folded at its
options on a narrow terminal; every runnable command a message names on a line of its own."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import run_cli

NO_REPORT = {
    "id": "laporan 'nope' tidak ada di penyimpanan",
    "en": "no report 'nope' in the store",
}


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_tui_refuses_a_report_the_store_does_not_hold_before_it_starts(
    store_path: Path, lang: str
) -> None:
    """`lkj-tui -r nope` opened the TUI on no report: a toast named the id, then the screen said
    only "Belum ada laporan. Tekan r untuk memilih." while the key bar offered `a`, `u`, `n`. Now
    it is refused in the terminal, in the words and with the exit status of `status -r nope`,
    naming the reports the store holds; no TUI is started (stdin is not a terminal: a TUI
    started would fail otherwise, or hang until the timeout)."""
    args = ("-r", "nope", "--store", str(store_path), "--lang", lang)
    done = run_cli(*args, timeout=30)
    status = run_cli("status", *args)
    assert done.returncode == status.returncode == 1, done.stderr
    assert done.stdout == "" and done.stderr == status.stderr, done.stderr
    assert NO_REPORT[lang] in done.stderr and "bengkulu-selatan-setda-2023" in done.stderr
