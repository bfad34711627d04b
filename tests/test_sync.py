"""Sharing a store through git (docs/sharing.md), through the installed command: two or three
clones of a bare repository in a temp folder play the offices. No network: the remote is a folder."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lkj_tui.storage.store import Store
from tests.conftest import run_cli

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")

RID = "bengkulu-selatan-setda-2023"


@pytest.fixture
def offices(tmp_path: Path) -> dict[str, object]:
    """A bare repository and the environment of each office (its own author, no global config)."""
    home = tmp_path / "home"
    home.mkdir()
    (home / ".gitconfig").write_text("[user]\n\tname = Test\n\temail = test@example.org\n")
    remote = tmp_path / "remote.git"
    subprocess.run(["git", "init", "-q", "--bare", str(remote)], check=True)
    return {"remote": remote, "home": home, "tmp": tmp_path}


def env(offices: dict[str, object], author: str) -> dict[str, str]:
    return {
        "HOME": str(offices["home"]),
        "GIT_CONFIG_NOSYSTEM": "1",
        "LKJ_TUI_AUTHOR": author,
        "LKJ_TUI_HISTORY": "wait",  # the save's commit done before the command returns
        "XDG_CACHE_HOME": str(Path(str(offices["tmp"])) / "cache"),
    }


def lkj(offices: dict[str, object], who: str, *args: str) -> subprocess.CompletedProcess[str]:
    store = Path(str(offices["tmp"])) / who
    return run_cli(*args, "--store", str(store), env=env(offices, f"{who} <{who}@example.org>"))


def start(offices: dict[str, object], *names: str) -> None:
    """The first office shares its store, which holds the bundled report (`init`: `sync --init`
    of a new store shares it empty, share41); the others clone it."""
    first, *rest = names
    assert lkj(offices, first, "init").returncode == 0
    out = lkj(offices, first, "sync", "--init", str(offices["remote"]))
    assert out.returncode == 0, out.stderr
    for name in rest:
        out = lkj(offices, name, "sync", "--clone", str(offices["remote"]))
        assert out.returncode == 0, out.stderr


def measure(offices: dict[str, object], who: str, code: str):
    store = Store(Path(str(offices["tmp"])) / who)
    report = store.load(RID).report
    return next(n for n in report.walk() if n.code == code).measure


def meta_doc(offices: dict[str, object], who: str) -> dict:
    data = json.loads((Path(str(offices["tmp"])) / who / f"{RID}.json").read_text("utf-8"))
    return next(iter(data["meta"].values()))


def test_edits_to_different_nodes_merge_in_every_office(offices) -> None:
    start(offices, "pusat", "opd", "inspektorat")
    assert lkj(offices, "pusat", "set", "IKU 1", "realisasi", "2,90").returncode == 0
    assert lkj(offices, "opd", "set", "IKU 2", "realisasi", "80").returncode == 0
    assert lkj(offices, "opd", "set", "IKU 1", "target", "3,40").returncode == 0  # same node
    for who in ("pusat", "opd", "pusat", "inspektorat"):
        out = lkj(offices, who, "sync")
        assert out.returncode == 0, out.stderr
    for who in ("pusat", "opd", "inspektorat"):
        iku1, iku2 = measure(offices, who, "IKU 1"), measure(offices, who, "IKU 2")
        assert (iku1.realisasi, iku1.target, iku2.realisasi) == ("2,90", "3,40", "80"), who
        assert "conflicts" not in meta_doc(offices, who)
    text = (Path(str(offices["tmp"])) / "inspektorat" / f"{RID}.json").read_text("utf-8")
    assert "<<<<<<<" not in text and ">>>>>>>" not in text
    # the merge is a new revision, above both sides', and the old one is kept as a generation
    store = Store(Path(str(offices["tmp"])) / "pusat")
    assert store.load(RID).revision > 3 and store.generations(RID)


def test_the_same_field_is_a_recorded_conflict_with_both_values(offices) -> None:
    start(offices, "pusat", "opd")
    assert lkj(offices, "pusat", "set", "IKU 2", "realisasi", "80").returncode == 0
    assert lkj(offices, "opd", "set", "IKU 2", "realisasi", "81").returncode == 0
    assert lkj(offices, "pusat", "sync").returncode == 0
    out = lkj(offices, "opd", "sync")
    assert out.returncode == 0, out.stderr
    assert "1 konflik" in out.stdout
    assert measure(offices, "opd", "IKU 2").realisasi == "81"  # this office's value stays
    (conflict,) = meta_doc(offices, "opd")["conflicts"]
    assert conflict["field"] == ["measure", "realisasi"]
    assert (conflict["base"], conflict["kept"], conflict["other"]) == ("A (86,45)", "81", "80")
    assert lkj(offices, "pusat", "sync").returncode == 0  # the other office sees it too
    assert meta_doc(offices, "pusat")["conflicts"] == [conflict]
    assert measure(offices, "pusat", "IKU 2").realisasi == "81"


def test_one_change_and_one_conflict_read_as_one_in_english(offices) -> None:
    """walk8: with --lang en, sync said "Sent 1 saves to …", "Received 1 saves from other
    offices" and "1 conflicts wait for a choice"; one is singular (Indonesian has no plural)."""
    start(offices, "pusat", "opd")
    assert lkj(offices, "pusat", "set", "IKU 2", "realisasi", "80").returncode == 0
    assert lkj(offices, "opd", "set", "IKU 2", "realisasi", "81").returncode == 0
    sent = lkj(offices, "pusat", "sync", "--lang", "en")
    assert sent.returncode == 0, sent.stderr
    assert "Sent 1 save to " in sent.stdout and "saves" not in sent.stdout
    merged = lkj(offices, "opd", "sync", "--lang", "en")
    assert merged.returncode == 0, merged.stderr
    assert "Received 1 save from other offices" in merged.stdout
    # the report and the very command that chooses (it named only the TUI's K)
    store = Path(str(offices["tmp"])) / "opd"
    choose = (
        f"1 new conflict waits for a choice ({RID}): choose with lkj-tui resolve -r {RID} --store"
    )
    opts = f"{store} --lang en"  # (cli22: each command in the language asked)
    assert f"{choose} {opts} (or key K in the TUI)." in merged.stdout  # (no "," on the path)


def test_a_remote_that_is_gone_is_one_sentence_and_work_goes_on(offices) -> None:
    start(offices, "pusat")
    shutil.rmtree(str(offices["remote"]))
    assert lkj(offices, "pusat", "set", "IKU 1", "realisasi", "2,90").returncode == 0
    out = lkj(offices, "pusat", "sync", "--lang", "en")
    assert out.returncode == 3
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 3 and lines[0].startswith("lkj-tui: Offline:")  # (then the saves
    # that wait and the command that sends them, each on a line of its own: share27)
    assert lines[1:] == [
        "1 save waits; send it to the right address with:",
        f"  lkj-tui sync --init REMOTE --store {Path(str(offices['tmp'])) / 'pusat'} --lang en",
    ], lines
    assert "Traceback" not in out.stderr
    # why: the folder is not there (share15; git's words were "does not appear to be a git
    # repository"), not the tail of git's hint ("(and the repository exists.)"); share18: which
    remote = Path(str(offices["remote"]))
    assert f"the folder {remote} cannot be reached — there is no folder '{remote.name}'" in lines[0]
    assert measure(offices, "pusat", "IKU 1").realisasi == "2,90"
    assert lkj(offices, "pusat", "set", "IKU 1", "realisasi", "2,95").returncode == 0
    assert measure(offices, "pusat", "IKU 1").realisasi == "2,95"


def cycle_by_hand(offices: dict[str, object], *more: str):  # type: ignore[no-untyped-def]
    """One office ("pusat") moves sasaran S1 under IKU 3 and syncs, the other ("opd") S2 under
    IKU 1 (written by another tool: the TUI offers no such move); S2 and IKU 1 returned.
    ``more``: other offices that clone the store too."""
    start(offices, "pusat", "opd", *more)
    report = Store(Path(str(offices["tmp"])) / "pusat").load(RID).report
    iku1 = next(n for n in report.walk() if n.code == "IKU 1")
    iku3 = next(n for n in report.walk() if n.code == "IKU 3")
    s1, s2 = report.node(iku1.parent), report.node(iku3.parent)
    for who, node, parent in (("pusat", s1, iku3), ("opd", s2, iku1)):
        path = Path(str(offices["tmp"])) / who / f"{RID}.json"
        data = json.loads(path.read_text("utf-8"))
        for record in data["nodes"].values():
            if record["id"] == node.id:
                record["parent"] = parent.id
        path.write_text(json.dumps(data), "utf-8")
        assert Store(path.parent).load(RID).report.node(node.id).parent == parent.id
    assert lkj(offices, "pusat", "sync").returncode == 0
    return s2, iku1


def test_a_merge_that_gives_a_bad_report_is_refused_and_the_store_kept(offices) -> None:
    """Each side reads as a good report; the merge would be a cycle."""
    s2, iku1 = cycle_by_hand(offices)
    path = Path(str(offices["tmp"])) / "opd" / f"{RID}.json"
    before = json.loads(path.read_text("utf-8"))
    out = lkj(offices, "opd", "sync")
    assert out.returncode == 1 and "penggabungan ditolak" in out.stderr, out.stderr
    assert "penyimpanan tidak diubah" in out.stderr
    after = json.loads(path.read_text("utf-8"))
    # (the hand edit, committed by the sync, took the next revision: share65; nothing else)
    assert after["meta"]["1"].pop("revision") == before["meta"]["1"].pop("revision") + 1
    assert after == before
    assert Store(path.parent).load(RID).report.node(s2.id).parent == iku1.id


def test_a_bad_report_pushed_by_hand_is_refused_and_the_store_kept(offices) -> None:
    start(offices, "pusat", "opd")
    work = Path(str(offices["tmp"])) / "hand"
    subprocess.run(
        ["git", "clone", "-q", "-b", "main", str(offices["remote"]), str(work)], check=True
    )
    (work / f"{RID}.json").write_text('{"meta": {"1": {"schema": 1, "revision": 9}}}\n')
    git_env = {**os.environ, **env(offices, "x")}
    subprocess.run(["git", "-C", str(work), "commit", "-qam", "by hand"], check=True, env=git_env)
    subprocess.run(["git", "-C", str(work), "push", "-q", "origin", "HEAD:main"], check=True)
    assert lkj(offices, "opd", "set", "IKU 1", "realisasi", "2,90").returncode == 0
    path = Path(str(offices["tmp"])) / "opd" / f"{RID}.json"
    before = path.read_bytes()
    out = lkj(offices, "opd", "sync", "--lang", "en")
    assert out.returncode == 1, out.stdout
    assert "refused" in out.stderr and "store is unchanged" in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1
    assert path.read_bytes() == before
    assert measure(offices, "opd", "IKU 1").realisasi == "2,90"


def test_a_whole_report_in_the_log_reads_in_either_language(offices) -> None:
    """walk8: `lkj-tui log --lang en` showed the report shared by sync --init as "node: — →
    revisi 1" (Indonesian in the English log); a whole report's entry names its revision as the
    TUI does in both languages: "rev. 1"; and says it was shared (share15: "— → rev. 1";
    share70: "made" of the report sync --init shared)."""
    start(offices, "pusat")
    shown = lkj(offices, "pusat", "log", "--lang", "en")
    assert shown.returncode == 0, shown.stderr
    assert f"{RID} · Report: shared (rev. 1)" in shown.stdout and "revisi" not in shown.stdout
    indonesian = lkj(offices, "pusat", "log").stdout
    assert f"{RID} · Laporan: dibagikan (rev. 1)" in indonesian and "—" not in indonesian


def test_history_per_node_with_its_author(offices) -> None:
    start(offices, "pusat", "opd")
    assert lkj(offices, "pusat", "set", "IKU 1", "realisasi", "2,90").returncode == 0
    assert lkj(offices, "pusat", "set", "IKU 2", "target", "77").returncode == 0
    assert lkj(offices, "pusat", "sync").returncode == 0
    assert lkj(offices, "opd", "sync").returncode == 0
    assert lkj(offices, "opd", "set", "IKU 1", "realisasi", "3,00").returncode == 0
    out = lkj(offices, "opd", "log", "IKU 1")
    assert out.returncode == 0, out.stderr
    lines = out.stdout.strip().splitlines()
    assert len(lines) == 2
    # the field in the report's words, as the TUI's change log names it (it said "measure.realisasi")
    assert "opd" in lines[0] and "IKU 1 · Realisasi: 2,90 → 3,00" in lines[0]
    assert "pusat" in lines[1] and "IKU 1 · Realisasi: 2,85 → 2,90" in lines[1]
    english = lkj(offices, "opd", "log", "--lang", "en", "--report", RID).stdout
    assert "IKU 2 · Target: CC → 77" in english
    assert "measure." not in english and "IKU 1 · Actual (Realisasi): 2,90 → 3,00" in english
    data = json.loads(lkj(offices, "opd", "log", "--json", "--report", RID).stdout)
    for e in data:  # an ISO 8601 time: it ended with the NUL of git's -z format line
        assert e["when"].isprintable(), e["when"]
        assert datetime.fromisoformat(e["when"]).tzinfo is not None, e["when"]
    assert [(e["author"], e["field"], e["after"]) for e in data[:3]] == [
        ("opd", "measure.realisasi", "3,00"),
        ("pusat", "measure.target", "77"),
        ("pusat", "measure.realisasi", "2,90"),
    ]


def test_an_author_given_with_clone_is_the_clones_author(offices) -> None:
    """`sync --clone REMOTE --author "Rina <…>"` dropped the author without a word: the saves of
    the new laptop were git's user's (the walk's second office)."""
    start(offices, "pusat")
    own = {k: v for k, v in env(offices, "").items() if k != "LKJ_TUI_AUTHOR"}
    store = str(Path(str(offices["tmp"])) / "rina")
    out = run_cli(
        "sync", "--clone", str(offices["remote"]), "--author", "Rina <rina@example.org>",
        "--store", store, env=own,
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    assert "Penulis simpanan: Rina <rina@example.org>." in out.stdout
    assert run_cli("set", "IKU 1", "realisasi", "2,90", "--store", store, env=own).returncode == 0
    data = json.loads(run_cli("log", "--json", "--report", RID, "--store", store, env=own).stdout)
    assert data[0]["author"] == "Rina" and data[0]["after"] == "2,90"


def test_history_of_a_permasalahan_names_the_item_that_changed(offices) -> None:
    """An added permasalahan was logged as both whole lists in JSON ({"id": …, "text": …}), each
    cut at 120 characters: the first item's text, never the one added."""
    start(offices, "pusat")
    added = lkj(offices, "pusat", "set", "IKU 2", "permasalahan+", "Catatan dari Inspektorat")
    assert added.returncode == 0, added.stderr
    out = lkj(offices, "pusat", "log", "IKU 2")
    assert out.returncode == 0, out.stderr
    # (the item by its number, as set names it: share31)
    assert added.stdout.startswith("IKU 2 · Permasalahan 2: — → Catatan"), added.stdout
    assert "IKU 2 · Permasalahan 2: — → Catatan dari Inspektorat" in out.stdout.splitlines()[0]
    assert '"id"' not in out.stdout
    assert lkj(offices, "pusat", "set", "IKU 1", "permasalahan+", "Dua").returncode == 0
    data = json.loads(lkj(offices, "pusat", "log", "--json", "IKU 1").stdout)
    assert [x["text"] for x in data[0]["after"]][-1] == "Dua"  # --json keeps the whole list


def test_without_git_sharing_says_so_and_everything_else_works(offices, tmp_path) -> None:
    start(offices, "pusat")
    no_git = {**env(offices, "pusat"), "PATH": str(tmp_path / "empty")}
    store = str(Path(str(offices["tmp"])) / "pusat")
    out = run_cli("sync", "--store", store, env=no_git)
    assert out.returncode == 1 and "git tidak ditemukan" in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1
    out = run_cli("set", "IKU 1", "realisasi", "2,90", "--store", store, env=no_git)
    assert out.returncode == 0, out.stderr
    assert run_cli("status", "--store", store, env=no_git).returncode == 0


def test_a_store_that_is_not_shared_says_how(store_path) -> None:
    out = run_cli("sync", "--store", str(store_path))
    assert out.returncode == 1 and "sync --init" in out.stderr
    out = run_cli("sync", "/somewhere/remote.git", "--store", str(store_path))
    assert out.returncode == 2 and "--init" in out.stderr and not (store_path / ".git").exists()


def test_status_never_imports_git_code(store_path) -> None:
    """(subprocess itself is imported by the command-line library already.)"""
    code = (
        "import sys; from lkj_tui.cli.main import main; sys.argv=['lkj-tui','status','--store',"
        f"{str(store_path)!r}]\ntry: main()\nexcept SystemExit: pass\n"
        "print([m for m in sys.modules if m.startswith('lkj_tui.sync')])"
    )
    import sys

    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip().splitlines()[-1] == "[]"


def test_a_save_is_committed_in_the_background_with_the_store_author(offices) -> None:
    start(offices, "pusat")
    store = Path(str(offices["tmp"])) / "pusat"
    background = {**env(offices, "x"), "LKJ_TUI_HISTORY": ""}
    del background["LKJ_TUI_AUTHOR"]  # the store's setting, not the environment
    out = run_cli(
        "sync", "--author", "Rina <rina@example.org>", "--store", str(store), env=background
    )
    assert out.returncode == 0 and "Rina" in out.stdout, out.stderr
    out = run_cli("set", "IKU 1", "realisasi", "2,90", "--store", str(store), env=background)
    assert out.returncode == 0, out.stderr  # returns before the commit (it waits a second)

    def last_author() -> str:
        done = subprocess.run(
            ["git", "-C", str(store), "log", "-1", "--format=%an|%s"],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, **background},
        )
        return done.stdout.strip()

    import time

    deadline = time.monotonic() + 60
    while not last_author().startswith("Rina|") and time.monotonic() < deadline:
        time.sleep(0.2)
    assert last_author() == f"Rina|lkj-tui: simpan {RID}"
    status = subprocess.run(
        ["git", "-C", str(store), "status", "--porcelain"], capture_output=True, text=True
    )
    assert status.stdout == ""  # lock files and generations are ignored; the report committed


def test_a_save_synced_at_once_by_another_author_is_credited_to_who_saved(offices) -> None:
    """The sync commits the save before its committer wakes: under the saver's name, not the
    sync's (share26: a save by "pusat" synced at once showed as "root" in log and resolve)."""
    store, saving, data = _saved_then_synced_by_kab(offices, "Dinas  Pusat\n<pusat@example.org>")
    assert (data[0]["author"], data[0]["field"], data[0]["after"]) == (
        "Dinas Pusat",
        "measure.realisasi",
        "2,90",
    )
    # the next save, synced at once again, is its own author's: the marker was taken
    out = run_cli("set", "IKU 1", "realisasi", "3", "--store", store, env=env(offices, "kab"))
    assert out.returncode == 0, out.stderr
    data = json.loads(run_cli("log", "--json", "--store", store, env=saving).stdout)
    assert [e["author"] for e in data[:2]] == ["kab", "Dinas Pusat"]


@pytest.mark.skipif(os.name == "nt", reason="an environment of bytes that are not UTF-8: POSIX")
def test_a_saver_whose_name_is_not_utf8_is_still_credited(offices) -> None:
    """An ``$LKJ_TUI_AUTHOR`` holding bytes that are not UTF-8 (a lone surrogate in Python):
    writing it into the committer's marker raised, which left the marker empty and started no
    committer; the sync that followed credited its own author. The marker now says who saved,
    each character that cannot be written as "?"."""
    _, _, data = _saved_then_synced_by_kab(offices, "Dinas \udcff Pusat")
    assert (data[0]["author"], data[0]["after"]) == ("Dinas ? Pusat", "2,90")


def _saved_then_synced_by_kab(offices, saver: str) -> tuple[str, dict[str, str], list]:  # type: ignore[no-untyped-def]
    """Office "pusat" saves IKU 1's realisasi 2,90 as ``saver``, its committer waiting a minute,
    and "kab" syncs the store at once (so the sync surely commits the save first): the store,
    the saver's environment and ``log --json`` after it."""
    start(offices, "pusat")
    store = str(Path(str(offices["tmp"])) / "pusat")
    saving = {**env(offices, saver), "LKJ_TUI_HISTORY": "", "LKJ_TUI_HISTORY_DELAY": "60"}
    out = run_cli("set", "IKU 1", "realisasi", "2,90", "--store", store, env=saving)
    assert out.returncode == 0, out.stderr
    out = run_cli("sync", "--store", store, env=env(offices, "kab <kab@example.org>"))
    assert out.returncode == 0, out.stderr
    data = json.loads(run_cli("log", "--json", "--store", store, env=saving).stdout)
    return store, saving, data


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.fixed_dictionaries({"id": st.sampled_from("abc"), "text": st.sampled_from("xyz")})),
    st.lists(st.fixed_dictionaries({"id": st.sampled_from("abc"), "text": st.sampled_from("xyz")})),
)
def test_shown_pair_compares_items_as_equality_does(old: list, new: list) -> None:
    """The items that differ are found through a set of their canonical JSON (linear in the lists'
    length); what it finds is what comparing every item with every other finds."""
    from lkj_tui.sync.history import shown_pair

    gone = [x for x in old if x not in new]
    made = [x for x in new if x not in old]
    if not gone and not made:
        gone, made = old, new
    expected = (
        " · ".join(x["text"] for x in gone) or "—",
        " · ".join(x["text"] for x in made) or "—",
    )
    if old or new:
        assert shown_pair(old, new) == expected


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(["a", "b", None]), st.sampled_from([("x",), ("y",), ()])),
        max_size=6,
    ),
    st.lists(
        st.tuples(
            st.sampled_from(["a", "b", None]),
            st.sampled_from([("x",), ("y",), ()]),
            st.sampled_from(["1", "2", None, ["l"]]),
        ),
        max_size=12,
    ),
)
def test_who_set_each_conflicts_value_is_the_newest_matching_change(places, changes) -> None:
    """The conflicts screen (K) names who set each value: one pass over the history now (it was a
    pass per conflict); the same answer as looking through the whole history for each."""
    from lkj_tui.core.merge import Conflict
    from lkj_tui.sync.history import Entry
    from lkj_tui.sync.resolve import setters

    conflicts = [Conflict(node, field, None, "1", "2") for node, field in places]
    history = [
        Entry(f"c{i}", f"who{i}", "2026-12-03T08:00:00+00:00", "r", node, "L", field, None, after)
        for i, (node, field, after) in enumerate(changes)
    ]

    def newest(c: Conflict, value: object) -> Entry | None:
        return next(
            (e for e in history if (e.node, e.field, e.after) == (c.node, c.field, value)), None
        )

    expected = [(newest(c, "1"), newest(c, "2")) if c.field else (None, None) for c in conflicts]
    assert setters(conflicts, history) == expected


#: Simulates Windows on Linux: lkj-tui takes itself to run on Windows (``paths.ON_WINDOWS``).
_WINDOWS_HOOK = "import lkj_tui.storage.paths as paths\n\npaths.ON_WINDOWS = True\n"


def _on_windows(offices: dict[str, object]) -> dict[str, str]:
    hook = Path(str(offices["tmp"])) / "windows-hook"
    hook.mkdir(exist_ok=True)
    (hook / "sitecustomize.py").write_text(_WINDOWS_HOOK)
    return {"PYTHONPATH": str(hook)}


def _push_by_hand(offices: dict[str, object], names: dict[str, str]) -> None:
    """An office on Linux commits reports under ``names`` (file name → report id) by hand."""
    work = Path(str(offices["tmp"])) / "linux"
    subprocess.run(
        ["git", "clone", "-q", "-b", "main", str(offices["remote"]), str(work)], check=True
    )
    text = (work / f"{RID}.json").read_text("utf-8")
    for name, report_id in names.items():
        (work / name).write_text(text.replace(f'"id": "{RID}"', f'"id": "{report_id}"'), "utf-8")
    git_env = {**os.environ, **env(offices, "linux <linux@example.org>")}
    subprocess.run(["git", "-C", str(work), "add", "-A", "-f", "--", *names], check=True)
    subprocess.run(["git", "-C", str(work), "commit", "-qm", "by hand"], check=True, env=git_env)
    subprocess.run(["git", "-C", str(work), "push", "-q", "origin", "HEAD:main"], check=True)


@pytest.mark.parametrize("edited", [False, True])
def test_a_name_windows_cannot_hold_is_refused_on_windows(offices, edited: bool) -> None:
    """A report made on Linux as ``con`` or ``nul.2024`` (ids refused at creation since the ninth
    pass, not before), or a file differing from another only by case: git on Windows stops
    half-way, or one file takes another's place. The sync (a fast-forward, or a merge with a
    save of this office) refuses in one line naming the files and what to do; nothing of the
    store changes, the office's own save is kept; on Linux the same sync brings them in."""
    start(offices, "pusat", "opd", "laptop")
    _push_by_hand(offices, {"con.json": "con", "nul.2024.json": "nul.2024"})
    windows = {**env(offices, "opd <opd@example.org>"), **_on_windows(offices)}
    store = Path(str(offices["tmp"])) / "opd"
    if edited:
        assert lkj(offices, "opd", "set", "IKU 1", "realisasi", "2,90").returncode == 0
    before = {p.name: p.read_bytes() for p in store.iterdir() if p.is_file()}
    head = subprocess.run(["git", "-C", str(store), "rev-parse", "HEAD"], capture_output=True)
    for lang, said in (("id", "penyimpanan tidak diubah"), ("en", "the store is unchanged")):
        out = run_cli("sync", "--store", str(store), "--lang", lang, env=windows)
        assert out.returncode == 1, out.stdout
        assert len(out.stderr.strip().splitlines()) == 1 and said in out.stderr, out.stderr
        assert "'con.json'" in out.stderr and "'nul.2024.json'" in out.stderr
        assert "-f json" in out.stderr and "-r" in out.stderr  # what to do
    assert {p.name: p.read_bytes() for p in store.iterdir() if p.is_file()} == before
    again = subprocess.run(["git", "-C", str(store), "rev-parse", "HEAD"], capture_output=True)
    assert again.stdout == head.stdout  # the office's own commit kept, nothing merged
    if edited:
        assert measure(offices, "opd", "IKU 1").realisasi == "2,90"
    # the same sync on Linux brings them in, as before
    assert lkj(offices, "laptop", "sync").returncode == 0
    assert (Path(str(offices["tmp"])) / "laptop" / "con.json").is_file()


def test_a_clone_of_names_windows_cannot_hold_is_refused_on_windows(offices) -> None:
    """A clone on Windows of a store that holds a file differing from a report only by case (one
    file on Windows) is refused before any file is written; the folder is not left behind."""
    start(offices, "pusat")
    _push_by_hand(offices, {f"{RID}.JSON": RID})
    folder = Path(str(offices["tmp"])) / "windows"
    windows = {**env(offices, "w <w@example.org>"), **_on_windows(offices)}
    out = run_cli("sync", "--clone", str(offices["remote"]), "--store", str(folder), env=windows)
    assert out.returncode == 1, out.stdout
    assert f"'{RID}.JSON'" in out.stderr and f"'{RID}.json'" in out.stderr, out.stderr
    assert not folder.exists()
    linux = run_cli(
        "sync", "--clone", str(offices["remote"]), "--store", str(folder), env=env(offices, "w")
    )
    assert linux.returncode == 0, linux.stderr
    assert (folder / f"{RID}.JSON").is_file()


def _conflict_in(offices: dict[str, object]) -> None:
    """Two offices change IKU 2's realisasi differently; "opd" merges and keeps its own 81."""
    start(offices, "pusat", "opd")
    assert lkj(offices, "pusat", "set", "IKU 2", "realisasi", "80").returncode == 0
    assert lkj(offices, "opd", "set", "IKU 2", "realisasi", "81").returncode == 0
    assert lkj(offices, "pusat", "sync").returncode == 0
    assert lkj(offices, "opd", "sync").returncode == 0


def test_status_and_info_say_a_conflict_waits_with_both_values_and_what_to_do(offices) -> None:
    """share12: a merge that kept this laptop's value and set the other office's aside showed
    nowhere but the sync's own line and the TUI: ``status`` printed the kept value as if settled.
    Now status, status --all and info name it, with both values and how to choose."""
    _conflict_in(offices)
    store = str(Path(str(offices["tmp"])) / "opd")
    out = lkj(offices, "opd", "status")
    assert out.returncode == 0, out.stderr
    assert "1 konflik sinkronisasi menunggu pilihan" in out.stdout
    assert "IKU 2 · Realisasi: di berkas 81 · yang lain 80" in out.stdout
    # (share20: wider than the line, each command on a line of its own, to be copied)
    assert f"  atau di TUI, tombol K:\n    lkj-tui -r {RID} --store {store}\n" in out.stdout
    out = lkj(offices, "opd", "status", "--lang", "en")
    assert "1 sync conflict waits for a choice" in out.stdout
    assert "IKU 2 · Actual (Realisasi): in the file 81 · other 80" in out.stdout
    assert "key K" in out.stdout
    data = json.loads(lkj(offices, "opd", "status", "--json").stdout)
    assert [(c["field"], c["kept"], c["other"]) for c in data["conflicts"]] == [
        (["measure", "realisasi"], "81", "80")
    ]
    out = lkj(offices, "opd", "status", "--all")
    assert "Konflik sinkronisasi menunggu pilihan" in out.stdout
    assert f"  {RID}: 1 konflik" in out.stdout
    listed = lkj(offices, "opd", "status", "--all", "--lang", "en").stdout
    assert f"  {RID}: 1 conflict (1 new)\n" in listed  # (brought by the last sync: share14)
    data = json.loads(lkj(offices, "opd", "status", "--all", "--json").stdout)
    assert [r["conflicts"] for r in data["reports"]] == [1]
    out = lkj(offices, "opd", "info")
    assert "· 1 konflik sinkronisasi" in out.stdout and "tombol K" in out.stdout
    assert f"Dibagikan lewat git: {offices['remote']}" in out.stdout
    out = lkj(offices, "opd", "info", "--lang", "en")
    assert "· 1 sync conflict" in out.stdout and "Shared through git" in out.stdout
    # chosen (as the TUI's K does): the reports say nothing of it any more
    from lkj_tui.sync.resolve import open_conflicts, resolve

    opd = Store(Path(store))
    resolve(opd, RID, open_conflicts(opd, RID)[0], take_other=True)
    for args in (("status",), ("status", "--all"), ("info",)):
        out = lkj(offices, "opd", *args)
        assert out.returncode == 0 and "konflik" not in out.stdout, args
    assert json.loads(lkj(offices, "opd", "status", "--json").stdout)["conflicts"] == []


def test_a_store_without_conflicts_prints_status_as_before(store_path) -> None:
    """(status of a store that is not shared: no conflict line, info no sharing line)"""
    out = run_cli("status", "--store", str(store_path))
    assert out.returncode == 0 and "konflik" not in out.stdout
    out = run_cli("info", "--store", str(store_path))
    assert out.returncode == 0 and "git" not in out.stdout


def test_a_restore_says_what_it_changed_and_that_it_reaches_every_office(offices) -> None:
    """share12: restoring a version older than a sync silently undid what the other office had
    sent since (and dropped the conflict waiting for a choice): restore said only "dipulihkan dari
    revisi 2". It lists what changed, field by field, the conflict it drops, how to undo it, and
    that the restore goes to every office with the next sync."""
    _conflict_in(offices)
    store = Path(str(offices["tmp"])) / "opd"
    assert lkj(offices, "opd", "set", "IKU 1", "realisasi", "2,90").returncode == 0
    current = Store(store).load(RID).revision
    kept = [g.revision for g in Store(store).generations(RID)]
    out = lkj(offices, "opd", "restore", RID, "--revision", str(min(kept)))
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert "Yang berubah (2):" in lines
    assert "  IKU 1 · Realisasi: 2,90 → 2,85" in lines
    assert "  IKU 2 · Realisasi: 81 → A (86,45)" in lines
    assert "1 konflik sinkronisasi yang tercatat tidak ada di versi ini dan ikut hilang." in lines
    undo = lines.index("Untuk membatalkan:")  # (the command on a line of its own: share25)
    assert lines[undo + 1] == f"  lkj-tui restore {RID} --revision {current} --store {store}"
    assert any(line.startswith("Penyimpanan ini dibagikan") for line in lines)
    out = lkj(offices, "opd", "restore", RID, "--revision", str(current), "--lang", "en")
    assert out.returncode == 0, out.stderr
    assert "  IKU 2 · Actual (Realisasi): A (86,45) → 81" in out.stdout.splitlines()
    assert "This store is shared" in out.stdout
    assert len(Store(store).load(RID).conflicts) == 1  # undone: the conflict is back


def test_a_restore_in_a_store_that_is_not_shared_lists_its_changes(store_path) -> None:
    assert run_cli("set", "IKU 1", "realisasi", "2,90", "--store", str(store_path)).returncode == 0
    out = run_cli("restore", RID, "--store", str(store_path))
    assert out.returncode == 0, out.stderr
    assert "  IKU 1 · Realisasi: 2,90 → 2,85" in out.stdout.splitlines()
    assert "Untuk membatalkan" in out.stdout and "dibagikan" not in out.stdout


def test_two_offices_filling_different_quarters_merge_quarter_by_quarter(offices) -> None:
    """lead13: one office entered an IKU's Triwulan I and another its Triwulan II; the stored list
    of four quarters differed on both sides, so the merge made one conflict of the whole list
    and kept one office's quarters only. Quarters merge one by one now; the same quarter set to
    two values is one conflict named "Triwulan III"; choosing the other value sets that quarter
    only; log and restore name each quarter ("Triwulan I: — → 0,5"), not the stored list."""
    from lkj_tui.core.merge import conflicts_of
    from lkj_tui.sync.resolve import open_conflicts, resolve

    start(offices, "pusat", "opd")
    assert lkj(offices, "pusat", "set", "IKU 1", "tw1", "0,5").returncode == 0
    assert lkj(offices, "opd", "set", "IKU 1", "tw2", "1,5").returncode == 0
    assert lkj(offices, "pusat", "set", "IKU 1", "target_tw3", "2").returncode == 0
    for who in ("pusat", "opd", "pusat"):
        out = lkj(offices, who, "sync")
        assert out.returncode == 0, out.stderr
    for who in ("pusat", "opd"):
        iku1 = measure(offices, who, "IKU 1")
        assert iku1.triwulan[:2] == ("0,5", "1,5"), who
        assert iku1.target_triwulan == (None, None, "2", None), who
        assert "conflicts" not in meta_doc(offices, who), who
    assert lkj(offices, "pusat", "set", "IKU 1", "tw3", "2,0").returncode == 0
    assert lkj(offices, "opd", "set", "IKU 1", "tw3", "2,1").returncode == 0
    assert lkj(offices, "pusat", "sync").returncode == 0
    assert lkj(offices, "opd", "sync").returncode == 0
    (conflict,) = conflicts_of(meta_doc(offices, "opd"))
    assert conflict.field == ("measure", "triwulan", "3")
    assert (conflict.kept, conflict.other) == ("2,1", "2,0")
    said = lkj(offices, "opd", "status").stdout
    assert "IKU 1 · Triwulan III" in said and "[" not in said.split("Triwulan III")[1][:40]
    store = Store(Path(str(offices["tmp"])) / "opd")
    resolve(store, RID, open_conflicts(store, RID)[0], take_other=True)
    assert measure(offices, "opd", "IKU 1").triwulan[:3] == ("0,5", "1,5", "2,0")
    assert not open_conflicts(store, RID)
    log = lkj(offices, "pusat", "log", "IKU 1").stdout
    assert "IKU 1 · Triwulan I: — → 0,5" in log and "IKU 1 · Target triwulan III: — → 2" in log
    assert '["' not in log
    back = lkj(offices, "opd", "restore", RID)
    assert back.returncode == 0, back.stderr
    assert "IKU 1 · Triwulan III: 2,0 → 2,1" in back.stdout, back.stdout
