"""Two laptops sharing one store, the twenty-third pass of issue 17 (share33): ``info`` at 40
columns breaks an address and a report id wider than the line at their separators; ``sync
--init --author NAME`` credits the first commit to NAME; ``log`` and ``restore --list`` write
the " · " of a node added as the other separators on an output that is not UTF-8."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from lkj_tui.bundled import BUNDLED_REPORT_ID
from tests import test_sync
from tests.conftest import run_cli
from tests.test_sync import RID, lkj, start

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")

offices = test_sync.offices

#: A kabupaten OPD's report id: 76 characters, wider than a 40-column line.
LONG_ID = "bengkulu-selatan-dinas-penanaman-modal-dan-pelayanan-terpadu-satu-pintu-2025"
ADDRESS = "https://git.bengkulu-selatan.go.id/bappeda/lkj.git"


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="a pseudo-terminal")
@pytest.mark.parametrize("lang", ["id", "en"])
def test_info_at_40_columns_breaks_an_address_and_an_id_at_their_separators(
    offices,
    lang: str,
) -> None:
    """At 40 columns `info` cut the shared address mid-word ("…go.id/bap" / "peda/lkj.git"),
    and a 76-character report id started at column 2 and was wrapped by the terminal anywhere,
    going on at column 0. The address now breaks after a "/", the id after a "-" under its
    start; every line fits, and each joins back whole."""
    from tests.test_sharing25 import _on_a_terminal

    start(offices, "opd")
    made = lkj(offices, "opd", "new", "--instansi", "Dinas X", "--tahun", "2025", "-r", LONG_ID)
    assert made.returncode == 0, made.stderr
    store = Path(str(offices["tmp"])) / "opd"
    subprocess.run(["git", "-C", str(store), "remote", "set-url", "origin", ADDRESS], check=True)
    lines = _on_a_terminal(offices, 40, "info", "--lang", lang)
    shown = "\n".join(lines)
    tmp = str(offices["tmp"])[:20]  # (the test's own paths are wider than 40: not asked of)
    assert all(len(line) <= 40 for line in lines if tmp not in line and "pytest" not in line), shown
    at = next(i for i, line in enumerate(lines) if line.startswith("  https://"))
    assert lines[at] == "  https://git.bengkulu-selatan.go.id/", shown
    assert lines[at + 1].startswith("  bappeda/lkj.git · "), shown
    at = next(i for i, line in enumerate(lines) if line.startswith("  bengkulu-selatan-dinas"))
    part = [line for line in lines[at : at + 3] if line.startswith("  ") and line[2] != " "]
    assert [line.endswith("-") for line in part] == [True, True, False], shown
    assert "".join(line.strip() for line in part) == LONG_ID, shown
    assert lines[at + 3].startswith("    2025 · Dinas X"), shown


@pytest.mark.parametrize("given", ["Rina (Bagian Organisasi) <rina@kab.go.id>", ""])
def test_init_with_an_author_credits_the_first_commit_to_that_author(
    offices,
    given: str,
) -> None:
    """`sync --init ADDRESS --author NAME` set the store's author after its first commit: the
    reports shared were credited to git's `user.name` ("Test"), and `log` named it for every
    report made. The first commit is now NAME's (a blank `--author ""`: git's own, as before)."""
    store = Path(str(offices["tmp"])) / "pusat"
    own = test_sync.env(offices, "x")
    del own["LKJ_TUI_AUTHOR"]  # (it wins over the store's setting)
    assert run_cli("init", store=store, env=own).returncode == 0  # (the report shared: share41)
    done = run_cli(
        "sync", "--init", str(offices["remote"]), "--author", given, store=store, env=own
    )
    assert done.returncode == 0, done.stderr
    said = "Rina (Bagian Organisasi) <rina@kab.go.id>" if given else "Test <test@example.org>"
    first = subprocess.run(
        ["git", "-C", str(store), "log", "--format=%an <%ae>"], capture_output=True, text=True
    ).stdout.split("\n")
    assert first[0] == said, first
    log = run_cli("log", store=store, env=own)
    assert said.split(" <")[0] in log.stdout, log.stdout


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_node_added_is_parted_as_every_separator_on_an_output_that_is_not_utf8(
    store_path: Path, lang: str
) -> None:
    """On a cp1252 pipe (Windows' `| more`), `log` and `restore --list` wrote a node added as
    "add IKU 9 - Indeks baru" (the "·" as a dash) while every other separator is " | ": now
    " | " in `log`'s line and " / " in `restore --list`'s table cell, as its "IKU 1 / Realisasi"."""
    from tests.test_edit32 import _journal_with_shapes

    _journal_with_shapes(store_path)
    verb = {"id": "tambah", "en": "add"}[lang]
    cp = {"PYTHONIOENCODING": "cp1252", "COLUMNS": "120"}
    log = run_cli("log", "--lang", lang, store=store_path, env=cp)
    assert log.returncode == 0, log.stderr
    assert f"  {verb} IKU 9 | Indeks baru\n" in log.stdout, log.stdout
    kept = run_cli("restore", "--list", BUNDLED_REPORT_ID, "--lang", lang, store=store_path, env=cp)
    assert kept.returncode == 0, kept.stderr
    assert f"| {verb} IKU 9 / Indeks baru " in kept.stdout, kept.stdout
    utf8 = run_cli("log", "--lang", lang, store=store_path, env={"COLUMNS": "120"})
    assert f"  {verb} IKU 9 · Indeks baru\n" in utf8.stdout, utf8.stdout


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="a pseudo-terminal")
@pytest.mark.parametrize("lang", ["id", "en"])
def test_status_folds_the_commands_that_choose_a_conflict_at_40_columns(offices, lang: str) -> None:
    """On a 40-column terminal `status` printed "lkj-tui resolve -r ID --store PATH" whole on its
    line, which the terminal broke anywhere ("…-terp" / "adu-…", "--store /tmp/share33" / "-a"),
    where `info` and `sync` fold theirs at their options. Each command of its conflicts' block is
    now folded so (every line but the last ending " \\"), every line within 40 columns; to a
    pipe one line each, as before (test_sharing20)."""
    from tests.test_sharing25 import _after, _on_a_terminal

    test_sync._conflict_in(offices)
    opts = " --store opd" + (" --lang en" if lang == "en" else "")
    lines = _on_a_terminal(offices, 40, "status", "--lang", lang)
    shown = "\n".join(lines)
    label = {"id": "  atau di TUI, tombol K:", "en": "  or in the TUI, key K:"}[lang]
    assert _after(lines, label).strip() == f"lkj-tui -r {RID}{opts}", shown
    then = {"id": "  lalu kirim pilihannya:", "en": "  then send the choice:"}[lang]
    assert _after(lines, then).strip() == f"lkj-tui sync{opts}", shown
    at = next(i for i, line in enumerate(lines) if line.startswith("    lkj-tui resolve"))
    assert _after(lines, lines[at - 1]).strip() == f"lkj-tui resolve -r {RID}{opts}", shown
    assert all(len(line) <= 40 for line in lines), shown


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="a pseudo-terminal")
@pytest.mark.parametrize("lang", ["id", "en"])
def test_log_at_40_columns_breaks_a_report_id_wider_than_the_line_after_a_dash(
    offices,
    lang: str,
) -> None:
    """The whole store's `log` at 40 columns put a 76-character report id at column 0 on a
    line of its own, which the terminal broke mid-word ("…-modal-d" / "an-pelayanan-…"). It
    is now broken after a "-" under the entry's indent, as `info` breaks it."""
    from tests.test_sharing25 import _on_a_terminal

    start(offices, "opd")
    made = lkj(offices, "opd", "new", "--instansi", "Dinas X", "--tahun", "2025", "-r", LONG_ID)
    assert made.returncode == 0, made.stderr
    lines = _on_a_terminal(offices, 40, "log", "--lang", lang)
    shown = "\n".join(lines)
    assert all(len(line) <= 40 for line in lines), shown
    at = lines.index("    bengkulu-selatan-dinas-penanaman-")
    assert lines[at : at + 3] == [
        "    bengkulu-selatan-dinas-penanaman-",
        "    modal-dan-pelayanan-terpadu-satu-",
        "    pintu-2025",
    ], shown
