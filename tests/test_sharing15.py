"""share15: two offices sharing a store through git, as their users read it (docs/sharing.md),
through the installed command."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from lkj_tui.storage.store import Store
from tests import test_sync
from tests.test_sync import RID, lkj
from tests.test_sync_counts import _both, made_apart

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")

offices = test_sync.offices
NEW_ID = "bengkulu-selatan-setda-2024"


def _choose_as_k(offices: dict[str, object], take: bool) -> None:
    """opd chooses IKU 2's conflict as the TUI's K saves it (one change, in the journal)."""
    from lkj_tui.sync.resolve import choice

    store = Store(Path(str(offices["tmp"])) / "opd")
    loaded = store.load(RID)
    change = choice(loaded.report, list(loaded.conflicts), loaded.conflicts[0], take)
    store.apply(RID, change, expected_revision=loaded.revision, journal="edit")


@pytest.mark.parametrize("take", [False, True])
def test_export_changes_says_a_conflict_was_kept_or_taken(offices, take) -> None:
    """The minutes (export --changes) showed a kept conflict as "81 → 81": they say what was
    chosen, in resolve's words."""
    test_sync._conflict_in(offices)
    _choose_as_k(offices, take)
    rows = {
        lang: [
            line
            for line in lkj(
                offices, "opd", "export", "--changes", "--lang", lang
            ).stdout.splitlines()
            if line.startswith("|") and "IKU 2" in line
        ]
        for lang in ("id", "en")
    }
    if take:
        assert rows["id"][-1].endswith(
            "| Realisasi (konflik sinkronisasi) | 81 | 80 diambil (bukan 81) |"
        )
        assert rows["en"][-1].endswith(
            "| Actual (Realisasi) (sync conflict) | 81 | 80 taken (not 81) |"
        )
    else:
        assert rows["id"][-1].endswith(
            "| Realisasi (konflik sinkronisasi) | 81 | 81 dipertahankan (bukan 80) |"
        )
        assert rows["en"][-1].endswith(
            "| Actual (Realisasi) (sync conflict) | 81 | 81 kept (not 80) |"
        )


@pytest.mark.parametrize("choice", ["pertahankan", "ambil-lain"])
def test_log_names_the_made_from_choice_of_resolve_all(offices, choice) -> None:
    """After `resolve semua …` the log called the conflict on new --from's record "tidak lagi
    tercatat" (as if a restore had dropped it): it was chosen with the others."""
    made_apart(offices)
    assert lkj(offices, "opd", "resolve", "semua", choice, "-r", NEW_ID).returncode == 0
    data = json.loads(lkj(offices, "opd", "log", "--report", NEW_ID, "--json").stdout)
    made = next(e for e in data if e["field"] == "made_from.blob")
    assert made["kind"] == ("keep" if choice == "pertahankan" else "take")
    log = lkj(offices, "opd", "log", "--report", NEW_ID).stdout
    assert "tidak lagi tercatat" not in log
    line = next(x for x in log.splitlines() if "Asal laporan (new --from)" in x)
    assert "konflik sinkronisasi dipilih: " in line


def test_sync_init_on_a_folder_that_is_no_repository_says_so_and_how(offices, tmp_path) -> None:
    """`sync --init FOLDER` with a folder that holds no repository, or is not there, said
    "Luring: … tidak terjangkau" (offline, exit 3), as if a later sync could go better."""
    plain = tmp_path / "bersama"
    plain.mkdir()
    (plain / "catatan.txt").write_text("x")  # (an empty folder is named so: share18)
    out = lkj(offices, "pusat", "sync", "--init", str(plain))
    assert out.returncode == 2, out.stderr  # (the address typed names no repository: cli63)
    said = " ".join(out.stderr.split())
    assert "Luring" not in said
    assert f"{plain} bukan repositori bersama" in said
    assert f"git init --bare --initial-branch=main {plain}" in said
    english = " ".join(lkj(offices, "pusat", "sync", "--lang", "en").stderr.split())
    assert f"{plain} is not a shared repository" in english

    gone = tmp_path / "drive-z" / "lkj.git"
    out = lkj(offices, "opd", "sync", "--init", str(gone))
    assert out.returncode == 3, out.stderr  # (a shared drive not connected: offline)
    said = " ".join(out.stderr.split())
    # (its folder not there either, on a drive that is: that folder named; share17, share18)
    where = f"folder 'drive-z' tidak ada di {tmp_path}: periksa namanya"
    assert f"Luring: folder {gone} tidak terjangkau — {where}" in said
    assert "does not appear" not in said
    english = " ".join(lkj(offices, "opd", "sync", "--lang", "en").stderr.split())
    assert f"Offline: the folder {gone} cannot be reached — there is no folder 'drive-z'" in english


def test_the_old_reports_versions_are_named_by_revision_author_and_date(offices) -> None:
    """`resolve` listed the conflict on new --from's record as two git blob ids (40 hex digits):
    it names each version of the old report by its revision and who saved it when; `log` says
    the choice so; `status` (which runs no git) shows no id's 40 digits."""
    import re

    new_id = made_apart(offices)
    hex40 = re.compile(r"\b[0-9a-f]{40}\b")
    listed = lkj(offices, "opd", "resolve", "-r", new_id).stdout
    assert not hex40.search(listed), listed
    assert re.search(r"pertahankan: revisi 1, disimpan pusat \d{4}-\d\d-\d\d \d\d:\d\d\n", listed)
    assert re.search(r"ambil nilai yang lain: revisi 2, disimpan pusat \d{4}-", listed)
    english = lkj(offices, "opd", "resolve", "-r", new_id, "--lang", "en").stdout
    assert "keep: revision 1, saved by pusat " in english and not hex40.search(english)
    status = lkj(offices, "opd", "status", "-r", new_id).stdout
    assert not hex40.search(status) and "di berkas revisi 1, disimpan pusat " in " ".join(
        status.split()
    )  # (share16: as resolve names it; before, "versi 1a2b3c4")
    data = json.loads(lkj(offices, "opd", "resolve", "-r", new_id, "--json").stdout)
    assert hex40.fullmatch(data["conflicts"][0]["kept"])  # (scripts: as recorded)
    made, field = data["conflicts"][0], data["conflicts"][1]
    assert (made["kept_version"]["revision"], made["kept_version"]["author"]) == (1, "pusat")
    assert made["other_version"]["revision"] == 2 and made["other_version"]["when"][:4] == "2026"
    assert field["kept_version"] is None and field["other_version"] is None

    assert lkj(offices, "opd", "resolve", "semua", "ambil-lain", "-r", new_id).returncode == 0
    log = lkj(offices, "opd", "log", "--report", new_id).stdout
    assert not hex40.search(log), log
    line = next(x for x in log.splitlines() if "Asal laporan (new --from)" in x)
    assert "ambil nilai yang lain revisi 2, disimpan pusat " in line
    assert "(bukan revisi 1, disimpan pusat " in line


def test_sync_and_restore_list_speak_json_for_scripts(offices) -> None:
    """`sync` and `restore --list` had no --json: a script had to read the sentences."""
    test_sync.start(offices, "pusat", "opd")
    assert lkj(offices, "pusat", "set", "IKU 2", "realisasi", "80").returncode == 0
    assert lkj(offices, "opd", "set", "IKU 2", "realisasi", "81").returncode == 0
    sent = json.loads(lkj(offices, "pusat", "sync", "--json").stdout)
    assert (sent["action"], sent["sent"], sent["received"], sent["offline"]) == ("sync", 1, 0, None)
    out = lkj(offices, "opd", "sync", "--json")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)  # (one object: no sentence before or after it)
    assert list(data) == [
        "action",
        "store",
        "remote",
        "committed",
        "received",
        "reports",
        "deleted",
        "deleted_sent",
        "kept_both",
        "sent",
        "pushed",
        "conflicts_new",
        "conflicts_before",
        "offline",
        "folder_missing",
        "drive_missing",
        "missing_folder",
        "empty_folder",
        "waiting",
        "remote_before",
    ]
    assert data["received"] == 1 and data["reports"] == [RID]
    assert data["conflicts_new"] == {RID: 1} and data["conflicts_before"] == {}
    again = json.loads(lkj(offices, "opd", "sync", "--json").stdout)
    # (a sync that brings nothing finds no conflict: the one that waits is from before: share23)
    assert again["conflicts_new"] == {} and again["conflicts_before"] == {RID: 1}
    assert again["received"] == 0

    shutil.rmtree(str(offices["remote"]))
    gone = lkj(offices, "opd", "sync", "--json")
    assert gone.returncode == 3 and gone.stderr == ""
    gone_data = json.loads(gone.stdout)
    assert gone_data["offline"] and gone_data["folder_missing"] is True

    listed = lkj(offices, "opd", "restore", "--list", RID, "--json")
    assert listed.returncode == 0, listed.stderr
    kept = json.loads(listed.stdout)
    assert kept["store"] == str(Path(str(offices["tmp"])) / "opd")
    [report] = kept["reports"]
    assert report["report"] == RID
    newest = report["versions"][0]
    assert list(newest) == ["revision", "time", "file", "kind", "change"]
    assert newest["kind"] == "edit" and newest["change"] == "IKU 2 · Realisasi: A (86,45) → 81"
    english = json.loads(lkj(offices, "opd", "restore", "--list", "--json", "--lang", "en").stdout)
    assert english["reports"][0]["versions"][0]["change"].startswith("IKU 2 · Actual")
    refused = lkj(offices, "opd", "restore", RID, "--json")
    assert refused.returncode == 2 and refused.stderr == "", refused.stderr  # (JSON: cli63)
    assert "--json hanya dengan --list" in json.loads(refused.stdout)["error"]


def test_repeated_syncs_leave_status_as_it_was_and_the_conflict_still_open(offices) -> None:
    """The sync that brought a conflict called it new; a second sync that brought nothing
    made `status` drop its "(baru)": the words changed though nothing had. `status` keeps them
    (new from that sync, dated); a sync that brings nothing (or cannot reach the remote) finds
    no conflict, and says the one that waits is still open (share23: it repeated "baru")."""
    test_sync._conflict_in(offices)  # opd's sync recorded IKU 2's conflict
    line = f"1 konflik dari sebelumnya masih terbuka ({RID})"
    status = lkj(offices, "opd", "status").stdout
    assert "Semuanya baru dari sinkronisasi " in " ".join(status.split())
    for _ in range(2):
        again = lkj(offices, "opd", "sync")
        assert again.returncode == 0, again.stderr
        assert again.stdout.splitlines()[-1].startswith(line), again.stdout
        assert lkj(offices, "opd", "status").stdout == status
    shutil.rmtree(str(offices["remote"]))
    offline = lkj(offices, "opd", "sync")
    assert offline.returncode == 3 and offline.stdout.startswith(line), offline.stdout
    assert lkj(offices, "opd", "status").stdout == status


@pytest.mark.parametrize(
    ("ssh_says", "code", "said"),
    [
        (
            "git@example.invalid: Permission denied (publickey).",
            1,
            "menolak akses laptop ini (git@example.invalid: Permission denied (publickey).)",
        ),
        ("ERROR: Repository not found.", 2, "tidak ada di server (ERROR: Repository not found.)"),
        (
            "ssh: Could not resolve hostname example.invalid: Name or service not known",
            3,
            # (share20: git's words for it said in the user's; a name not known may be a typo)
            "Luring: git@example.invalid:bappeda/lkj.git tidak terjangkau (nama server "
            "example.invalid tidak dikenal: tidak ada jaringan, atau alamatnya salah ketik)",
        ),
    ],
)
def test_a_git_server_over_ssh_says_why_it_failed(offices, ssh_says, code, said) -> None:
    """Over ssh git ends with "fatal: Could not read from remote repository." whatever the
    cause: a refused key or an unknown repository read as "Luring" (offline), with git's
    generic line. The line that says why decides, and is shown."""
    from tests.conftest import run_cli
    from tests.test_sync import env

    store = Path(str(offices["tmp"])) / "opd"
    fake_ssh = f"sh -c 'echo \"{ssh_says}\" >&2; exit 255'"
    own = {**env(offices, "opd <opd@example.org>"), "GIT_SSH_COMMAND": fake_ssh}
    out = run_cli(
        "sync", "--init", "git@example.invalid:bappeda/lkj.git", "--store", str(store), env=own
    )
    assert out.returncode == code, out.stderr
    assert said in " ".join(out.stderr.split())
    assert "Could not read from remote repository" not in out.stderr


def test_export_changes_lists_a_choice_made_with_resolve(offices) -> None:
    """A conflict chosen with `lkj-tui resolve` (not the TUI's K) was missing from the minutes
    (export --changes): it is a row as K's choice is; `resolve semua` one row for all."""
    test_sync._conflict_in(offices)
    _both(offices, "IKU 4", "60", "50")
    assert lkj(offices, "opd", "sync").returncode == 0
    assert lkj(offices, "opd", "resolve", "IKU 2", "pertahankan").returncode == 0
    assert lkj(offices, "opd", "resolve", "semua", "ambil-lain").returncode == 0

    def rows(lang: str) -> list[str]:
        out = lkj(offices, "opd", "export", "--changes", "--lang", lang).stdout
        return [x for x in out.split("## ")[-1].splitlines() if x.startswith("| ") and ":" in x]

    shown = rows("id")
    assert shown[-2].endswith(
        "| IKU 2 | Realisasi (konflik sinkronisasi) | 81 | 81 dipertahankan (bukan 80) |"
    )
    assert shown[-1].endswith(
        "| — | Konflik sinkronisasi | — | semua (1): nilai yang lain diambil |"
    )
    english = rows("en")
    assert english[-2].endswith("| 81 | 81 kept (not 80) |")
    assert english[-1].endswith("| Sync conflicts | — | all (1): the other values taken |")


def test_a_clone_of_a_folder_that_is_no_repository_says_so(offices, tmp_path) -> None:
    """`sync --clone` of a folder that is not a repository, or not there, said git's "fatal:
    repository '…' does not exist"; it says which, and what to do."""
    from tests.conftest import run_cli
    from tests.test_sync import env

    plain = tmp_path / "bersama"
    plain.mkdir()
    (plain / "catatan.txt").write_text("x")  # (an empty folder is named so: share18)
    own = env(offices, "opd <opd@example.org>")
    out = run_cli("sync", "--clone", str(plain), "--store", str(tmp_path / "a"), env=own)
    assert out.returncode == 2 and not (tmp_path / "a").exists()  # (typed wrong: cli63)
    said = " ".join(out.stderr.split())
    assert f"{plain} bukan repositori bersama" in said and "sync --clone ALAMAT" in said
    gone = tmp_path / "z" / "lkj.git"
    out = run_cli(
        "sync", "--clone", str(gone), "--store", str(tmp_path / "b"), "--lang", "en", env=own
    )
    assert out.returncode == 2 and not (tmp_path / "b").exists()
    assert f"the folder {gone} cannot be reached — there is no folder 'z' in" in " ".join(
        out.stderr.split()
    )
    assert "fatal:" not in out.stderr
