"""years35: the Bappeda analyst comparing years and offices (``compare``, ``status --all``,
``export --all``) on a terminal and piped."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import offices_store

#: the installed command's code with its listing said at once (a cold listing of a province's
#: 2,000 reports takes 15–35 s; a test store's, milliseconds)
AT_ONCE = (
    "import sys; import lkj_tui.cli.common as c; c.LISTING_SAID_AFTER = 0; "
    "from lkj_tui.cli.main import main; sys.argv[0] = 'lkj-tui'; main()"
)


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="a pseudo-terminal")
@pytest.mark.parametrize(
    ("lang", "said"),
    [("id", "Memuat laporan… 0 dari 3 berkas dibaca"), ("en", "Loading the reports… 0 of 3 files")],
)
def test_a_long_listing_says_how_far_it_is_on_a_terminal(
    tmp_path: Path, lang: str, said: str
) -> None:
    # compare with no ids read a province's 2,000 reports (a cold listing) for 17 s and more
    # before it showed anything; status --all and export --all too. On a terminal a line on
    # stderr now says how far the listing is, and is blanked before the answer; piped, nothing.
    from reliability.pty_capture import run_in_pty

    root = offices_store(tmp_path, (("kaur-setda-2024", "Sekretariat Daerah", "Kaur", 2024),))
    env = {k: v for k, v in os.environ.items() if not k.startswith("LKJ_TUI")}
    env |= {"COLUMNS": "80", "NO_COLOR": "1", "XDG_CACHE_HOME": str(tmp_path / "cache")}
    for args in (["compare"], ["status", "--all"], ["export", "--all", "-o", "-"]):
        args = [*args, "--store", str(root), "--lang", lang]
        done = run_in_pty([sys.executable, "-c", AT_ONCE, *args], env=env, size=(80, 24))
        shown = done.output.decode()
        assert done.returncode == 0, shown
        assert f"\r{said}" in shown, (args, shown)
        line = shown[shown.index(said) :].split("\r")[0]
        blank = shown[shown.index(said) + len(line) :]
        assert blank.startswith("\r" + " " * (len(line) + 2) + "\r"), (args, shown)
        assert "2024" in blank, (args, shown)  # (the answer after it)
        env["XDG_CACHE_HOME"] = str(tmp_path / "cache2")
        piped = subprocess.run(
            [sys.executable, "-c", AT_ONCE, *args], capture_output=True, text=True, env=env
        )
        assert piped.returncode == 0 and piped.stderr == "", piped.stderr


OFFICES = (
    "Badan Penanggulangan Bencana Daerah",
    "Badan Pendapatan Daerah",
    "Badan Perencanaan Pembangunan Daerah",
    "Sekretariat Daerah",
    "Sekretariat DPRD",
)


def test_the_overview_cuts_an_office_after_whole_words_keeping_rows_apart() -> None:
    # The overview cut "Badan Penanggulangan Bencana Daerah" in 20 cells as "Badan
    # Penanggulanga…" (cut_at_word's first third, cut_apart's letters). Cut after whole words
    # (``words``), the words that tell it apart show; a word is cut only where no whole-word
    # form reads apart, and then as before; other callers cut as they did.
    from lkj_tui.core.apart import shared_words
    from lkj_tui.core.sanitize import cut_at_word
    from lkj_tui.tui.components.rowtable import fit

    apart = shared_words(OFFICES)

    def cuts(width: int, words: bool) -> list[str]:
        return [fit(n, width, False, apart.get(n), words=words).strip() for n in OFFICES]

    assert cuts(20, True)[:3] == ["…Penanggulangan…", "Badan Pendapatan…", "Badan Perencanaan…"]
    assert cuts(20, False)[0] == "Badan Penanggulanga…"  # (as before, for other callers)
    for width in (12, 14, 16, 18, 20, 24):
        shown = cuts(width, True)
        assert len(set(shown)) == len(OFFICES), (width, shown)  # rows told apart
    assert cuts(16, True)[:3] == ["…Penanggulangan…", "…Pendapatan…", "…Perencanaan…"]
    assert cuts(12, True)[0] == "Badan Penan…"  # (no whole-word form reads apart: letters)
    assert cuts(12, True)[3:] == ["Sekretariat…", "…DPRD"]  # (letters: "Sekretariat…" twice)
    # a name no other begins alike: its own words after its first, not "Dinas…" alone
    name = "Dinas Kependudukan dan Pencatatan Sipil"
    assert fit(name, 18, False, words=True).strip() == "…Kependudukan dan…"
    assert cut_at_word(OFFICES[0], 20, True) == "Badan…"
    assert cut_at_word(OFFICES[0], 20) == "Badan Penanggulanga…"
    assert cut_at_word("Penanggulangan", 8, True) == "Penangg…"  # (one word wider: cut)
