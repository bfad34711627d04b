"""hostile71: an adversarial review of what landed in the fortieth and forty-first passes.

The store's ``.git`` record of the deletions confirmed and not sent (share69,
``lkj-tui-deletions``) was read through a symlink planted there, which named a deletion this
laptop never confirmed (the next sync sent it to every office), and from a FIFO, on which
``sync`` and ``info`` waited forever; every mark of ``.git`` is now read as the others are: never
through a link, never from anything but a regular file."""

from __future__ import annotations

import dataclasses
import json
import os
import shlex
import shutil
from pathlib import Path

import pytest

from lkj_tui.bundled import BUNDLED_REPORT_ID, load_bundled_report
from lkj_tui.core.model import Report
from lkj_tui.storage.errors import shown_as_typed
from lkj_tui.storage.store import Store
from reliability.corpus import HANDWRITTEN, terminal_leaks
from reliability.fields import field_report
from tests import test_sync
from tests.conftest import run_cli
from tests.test_hostile_commands import _NAMES

offices = test_sync.offices

needs_git = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def _shared(offices: dict[str, object]) -> tuple[Path, dict[str, str]]:
    """A store of the bundled report shared to the bare repository, and its office's env."""
    store = Path(str(offices["tmp"])) / "opd"
    env = test_sync.env(offices, "Rina <rina@example.org>")
    for args in (["init"], ["sync", "--init", str(offices["remote"])]):
        done = run_cli(*args, "--store", str(store), env=env)
        assert done.returncode == 0, done.stderr
    return store, env


@needs_git
def test_a_deletion_named_through_a_symlink_in_git_is_not_sent(offices) -> None:
    """A report deleted here by hand, and ``.git/lkj-tui-deletions`` a symlink to a file naming
    it: ``sync`` refuses the deletion as it does with no record (exit 1, nothing sent, the
    restore and ``sync --delete`` offered), and the other office still has the report."""
    store, env = _shared(offices)
    (store / f"{BUNDLED_REPORT_ID}.json").unlink()
    elsewhere = Path(str(offices["tmp"])) / "elsewhere.txt"
    elsewhere.write_text(f"{BUNDLED_REPORT_ID}\n", encoding="utf-8")
    (store / ".git" / "lkj-tui-deletions").symlink_to(elsewhere)
    done = run_cli("sync", "--store", str(store), env=env)
    assert done.returncode == 1, (done.stdout, done.stderr)
    assert f"sync --delete {BUNDLED_REPORT_ID}" in done.stderr, done.stderr
    other = Path(str(offices["tmp"])) / "kantor2"
    cloned = run_cli("sync", "--clone", str(offices["remote"]), "--store", str(other), env=env)
    assert cloned.returncode == 0, cloned.stderr
    assert (other / f"{BUNDLED_REPORT_ID}.json").is_file()  # (its deletion was not sent)
    assert elsewhere.read_text(encoding="utf-8") == f"{BUNDLED_REPORT_ID}\n"


@needs_git
@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="a FIFO")
@pytest.mark.parametrize("mark", ["lkj-tui-deletions", "lkj-tui-commit-pending"])
def test_a_fifo_among_the_marks_of_git_blocks_no_command(offices, mark: str) -> None:
    """A FIFO where lkj-tui keeps a mark in ``.git``: ``info`` and ``sync`` finish (they waited
    forever on the deletions' record; ``sync`` on the committer's marker too), nothing lost."""
    store, env = _shared(offices)
    os.mkfifo(store / ".git" / mark)
    info = run_cli("info", "--store", str(store), env=env, timeout=30)
    assert info.returncode == 0, info.stderr
    assert BUNDLED_REPORT_ID in info.stdout
    done = run_cli("sync", "--store", str(store), env=env, timeout=30)
    assert done.returncode == 0, (done.stdout, done.stderr)
    assert (store / f"{BUNDLED_REPORT_ID}.json").is_file()


# ------------------------------------- compare's ambiguous rows, with hostile text in every field


#: How many strings a year's report carries: node i gets string i % this, so indicators of one
#: kind share a kode and a name two or three times over and ``compare`` leaves them ambiguous,
#: each candidate with why (the fortieth pass's reasons, "juga kemungkinan bagi …").
_REPEAT = 7


def _two_years(root: Path, strings: list[str]) -> list[tuple[Report, Report]]:
    """A store at ``root`` of pairs of reports (2023 and 2024 of one instansi), the hostile
    strings in every string leaf of the schema (:func:`reliability.fields.field_report`) but
    the instansi and pemerintah (which make them one office's two years), ``_REPEAT`` strings a
    pair."""
    base = load_bundled_report()
    skip = frozenset({"ReportMeta.scales{key}", "ReportMeta.instansi", "ReportMeta.pemerintah"})
    store = Store(root)
    pairs = []
    for k in range(0, len(strings), _REPEAT):
        part = strings[k : k + _REPEAT]
        pair = []
        for tahun in (2023, 2024):
            year = Report(dataclasses.replace(base.meta, tahun=tahun), list(base.nodes()))
            report, _ = field_report(year, part, f"jahat{k}-{tahun}", skip)
            store.import_report(report)
            pair.append(report)
        pairs.append((pair[0], pair[1]))
    return pairs


def _colour() -> dict[str, str]:
    return {"FORCE_COLOR": "1", "NO_COLOR": "", "TERM": "xterm-256color", "COLUMNS": "200"}


def test_compare_of_hostile_ambiguous_rows_is_clean_exact_and_structured(tmp_path: Path) -> None:
    """Every handwritten hostile string in every string leaf of two years' reports, repeated so
    that rows are ambiguous: ``compare`` (each language by turns, a colour terminal) writes no control
    sequence, ``compare --json`` gives each candidate's kode and name and the indicator that
    claims it exactly as stored, and ``export --compare``'s Markdown has no structure from the
    text (link, HTML, code, heading…) and no control character."""
    from lkj_tui.core.sanitize import is_clean
    from tests.test_export_hostile import structure

    root = tmp_path / "store"
    strings = [s for s in HANDWRITTEN if len(s) < 2000]
    pairs = _two_years(root, strings)
    reasons = 0
    for k, (old, new) in enumerate(pairs):
        ids, lang = (old.meta.id, new.meta.id), ("id", "en")[k % 2]
        shown = run_cli("compare", *ids, "--all-levels", "--lang", lang, store=root, env=_colour())
        assert shown.returncode == 0 and "Traceback" not in shown.stderr, shown.stderr
        assert terminal_leaks(shown.stdout) == [], (ids, lang)
        done = run_cli("compare", *ids, "--all-levels", "--json", store=root)
        assert done.returncode == 0, done.stderr
        nodes = {n.id: n for n in [*old.nodes(), *new.nodes()]}
        for row in json.loads(done.stdout)["rows"]:
            for cand in row["candidates"]:
                node = nodes[cand["id"]]
                assert (cand["code"], cand["name"]) == (node.code, node.name), ids
                for key in ("also_candidate_of", "name_now_of"):
                    other = cand.get(key)
                    if other is not None:
                        reasons += 1
                        assert other["code"] == nodes[other["id"]].code, ids
        out = tmp_path / f"{new.meta.id}.md"
        args = ("export", "-r", new.meta.id, "--compare", old.meta.id, "--scope", "all")
        done = run_cli(*args, "-o", str(out), "--force", store=root)
        assert done.returncode == 0, done.stderr
        doc = out.read_text(encoding="utf-8")
        structure(doc)  # (asserts no link, image, HTML, code, quote, rule, emphasis)
        assert is_clean(doc), ids  # (no control or bidi character: clean_* keeps none)
    assert reasons > 0  # (the reasons, the new text, were given)


# ---------------------------- an option typed before its command, or with none: the line offered


def _said_line(stderr: str) -> list[str] | None:
    """The words of the command line the error offers (after "Kesalahan:"/"Error:"), as a shell
    reads them back; None when it offers none."""
    error = stderr.strip().split("\n")[-1]
    at = error.find("lkj-tui ")
    if at < 0:
        return None
    return [w.replace("\0", "\\") for w in shlex.split(error[at:].replace("\\", "\0"))]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_an_option_out_of_place_offers_its_line_only_as_typed(tmp_path: Path, lang: str) -> None:
    """``lkj-tui -o NAME export`` and ``lkj-tui -o NAME`` (no command) answer with the command
    line to type, the option after its command: it named the word cleaned (``-o "a\\x1b[2J.md"``
    offered ``lkj-tui export -o "a.md"``, another file) or cut at 400 characters. Each word is now
    offered as typed, or the line is not offered and the message says why."""
    unshown = {"id": "tidak dapat ditampilkan", "en": "cannot be shown"}[lang]
    wide = {"COLUMNS": "4000"}
    for name in [*_NAMES, "/".join(["p" * 200] * 3)]:  # (the last: a line of 600 and more)
        typed = str(tmp_path / f"x{name}.md")
        for args in (["-o", typed, "export"], ["-o", typed]):
            done = run_cli(*args, "--lang", lang, env=wide)
            assert done.returncode == 2, (name, done.stderr)
            assert "-o" in done.stderr and "export" in done.stderr, (name, done.stderr)
            offered = _said_line(done.stderr)
            if shown_as_typed(typed, 400):
                assert offered is not None and typed in offered, (name, done.stderr)
                assert offered[:2] == ["lkj-tui", "export"], (name, done.stderr)
            else:  # (no line naming another file: and why)
                assert offered is None, (name, done.stderr)
                assert unshown in done.stderr, (name, done.stderr)
            assert not Path(typed).exists()
