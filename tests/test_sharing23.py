"""Sharing a store, the eighteenth pass's second wave (share23): `info`'s commands that choose a
conflict name the report and the store typed, each whole on a line; `resolve`'s "several"
refusal suggests the options its other suggestions carry; a date keeps its time on a narrow
terminal; a sync that receives nothing calls no conflict new."""

from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path

import pytest

from tests import test_sync
from tests.test_sharing20 import _narrow
from tests.test_sync import RID, lkj

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")

offices = test_sync.offices


@pytest.mark.parametrize("lang", ["id", "en"])
def test_infos_commands_for_the_conflicts_name_the_report_and_stand_whole(offices, lang) -> None:
    """info said "lkj-tui resolve -r ID" with one report in conflict, without the --store typed,
    and at 40 columns broke it mid-sentence ("… lkj-tui resolve -r ID menunjukkan dan" /
    "memilihnya (atau di TUI: lkj-tui -r" / "ID, tombol K)."). The report's id and the store
    now, each command whole on a line of its own; one line where it fits."""
    test_sync._conflict_in(offices)
    opts = " --lang en" if lang == "en" else ""
    resolve = f"lkj-tui resolve -r {RID} --store opd{opts}"
    tui = f"lkj-tui -r {RID} --store opd{opts}"
    then = {"id": "  atau di TUI, tombol K:", "en": "  or in the TUI, key K:"}[lang]
    for columns in (40, 80):
        out = _narrow(offices, "opd", "info", "--lang", lang, columns=columns)
        assert out.returncode == 0, out.stderr
        lines = out.stdout.split("\n")
        assert f"    {resolve}" in lines, out.stdout
        at = lines.index(f"    {resolve}")
        assert lines[at + 1 : at + 3] == [then, f"    {tui}"], out.stdout
        assert not any(line.rstrip().endswith(("resolve -r", "lkj-tui -r")) for line in lines)
        assert "-r ID" not in out.stdout
    wide = _narrow(offices, "opd", "info", "--lang", lang, columns=300).stdout
    said = {
        "id": f"menunggu pilihan: {resolve} menunjukkan dan memilihnya (atau di TUI: {tui}, "
        "tombol K).",
        "en": f"wait for a choice: {resolve} shows and chooses them (or in the TUI: {tui}, key K).",
    }[lang]
    assert said in wide, wide


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("id", ("IKU 2 punya 2 konflik (1, 2): sebutkan nomornya, misalnya:", "1 pertahankan")),
        ("en", ("IKU 2 has 2 conflicts (1, 2): name its number, for example:", "1 keep")),
    ],
)
def test_resolve_several_suggests_the_command_with_its_options(offices, lang, words) -> None:
    """`resolve "IKU 2"` on a node with two conflicts suggested "lkj-tui resolve 1 pertahankan"
    without the --store (and -r) every other suggestion of resolve carries: typed as shown, it
    chose in another store. The command now carries them, whole on a line of its own."""
    test_sync._conflict_in(offices)
    assert lkj(offices, "pusat", "set", "IKU 2", "target", "90").returncode == 0
    assert lkj(offices, "opd", "set", "IKU 2", "target", "91").returncode == 0
    assert lkj(offices, "pusat", "sync").returncode == 0
    assert lkj(offices, "opd", "sync").returncode == 0
    store = Path(str(offices["tmp"])) / "opd"
    head, command = words
    for extra in ((), ("-r", RID)):
        out = lkj(offices, "opd", "resolve", "IKU 2", *extra, "--lang", lang)
        assert out.returncode == 2, out.stderr
        report = f" -r {RID}" if extra else ""
        opts = " --lang en" if lang == "en" else ""
        assert out.stderr.split("\n")[:2] == [
            f"lkj-tui: {head}",
            f"           lkj-tui resolve {command}{report} --store {store}{opts}",
        ], out.stderr


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="a pseudo-terminal")
@pytest.mark.parametrize("lang", ["id", "en"])
def test_resolves_values_keep_their_date_and_time_together_at_40_columns(offices, lang) -> None:
    """At 40 columns resolve's value lines broke between a date and its time ("81 — opd,
    2026-12-04" / "21:45"): a time read alone. The date and its time stay on one line."""
    from reliability.pty_capture import run_in_pty
    from tests.conftest import LKJ_TUI
    from tests.test_sync import env

    test_sync._conflict_in(offices)
    store = str(Path(str(offices["tmp"])) / "opd")
    own = {**os.environ, **env(offices, "opd <opd@example.org>"), "COLUMNS": "40"}
    own |= {"NO_COLOR": "1", "LKJ_TUI_HISTORY": "off"}
    done = run_in_pty(
        [str(LKJ_TUI), "resolve", "--lang", lang, "--store", store], env=own, size=(40, 24)
    )
    shown = done.output.decode("utf-8", "replace").replace("\r\n", "\n")
    assert done.returncode == 0, shown
    stamps = re.findall(r"\d{4}-\d\d-\d\d\s+\d\d:\d\d", shown)
    assert len(stamps) == 2 and all(re.fullmatch(r"\S+ \S+", s) for s in stamps), shown
    assert not any(re.fullmatch(r"\s*\d\d:\d\d", line) for line in shown.split("\n")), shown


def test_a_sync_that_receives_nothing_calls_no_conflict_new(offices) -> None:
    """After a restore brought back a conflict the office had chosen, a sync that received
    nothing said "1 konflik baru" ("new conflicts 1" in --json): it found none. It says the
    conflict is still open; new ones are only those the sync itself found."""
    test_sync._conflict_in(offices)
    chosen = lkj(offices, "opd", "resolve", "1", "ambil-lain")
    assert chosen.returncode == 0, chosen.stderr
    (old,) = re.findall(r"--revision (\d+)", chosen.stdout)
    restored = lkj(offices, "opd", "restore", RID, "--revision", old)
    assert restored.returncode == 0, restored.stderr
    for lang, said in (
        ("id", f"1 konflik dari sebelumnya masih terbuka ({RID}): pilih dengan"),
        ("en", f"1 conflict from before is still open ({RID}): choose with"),
    ):
        out = lkj(offices, "opd", "sync", "--lang", lang)
        assert out.returncode == 0, out.stderr
        assert said in out.stdout and "baru" not in out.stdout and "new" not in out.stdout
    data = json.loads(lkj(offices, "opd", "sync", "--json").stdout)
    assert (data["conflicts_new"], data["conflicts_before"]) == ({}, {RID: 1})
