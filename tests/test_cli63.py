"""cli63: the commands' errors and machine output, as a script and an adversarial user meet them."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.conftest import run_cli


@pytest.mark.parametrize("lang", ["id", "en"])
def test_status_all_of_a_store_whose_only_file_is_unreadable_exits_1(
    store_path: Path, lang: str
) -> None:
    """``status --all`` of a store whose only report file cannot be read listed the file and
    why, and exited 0: a script took it for a store read whole. The listing stays, exit 1
    (``check --all`` and ``status`` exit so); ``--json`` alike, its ``errors`` naming the file.
    A readable report beside it keeps exit 0 (the file skipped is said, the command not
    stopped)."""
    (report,) = store_path.glob("*.json")
    broken = store_path / "rusak-2024.json"
    broken.write_text('{"meta":', encoding="utf-8")
    done = run_cli("status", "--all", "--lang", lang, store=store_path)
    assert done.returncode == 0, done.stdout + done.stderr
    report.unlink()
    done = run_cli("status", "--all", "--lang", lang, store=store_path)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "rusak-2024.json" in done.stdout, done.stdout
    done = run_cli("status", "--all", "--json", "--lang", lang, store=store_path)
    assert done.returncode == 1, done.stdout + done.stderr
    data = json.loads(done.stdout)
    assert data["reports"] == [] and [Path(e["path"]).name for e in data["errors"]] == [
        "rusak-2024.json"
    ], data


def _broken_store(tmp_path: Path) -> Path:
    """A store whose one report file is cut short."""
    store = tmp_path / "rusak"
    store.mkdir()
    (store / "x-2024.json").write_text('{"meta":', encoding="utf-8")
    return store


#: A command line of each command that has ``--json``, each refused, with the exit status and
#: the ``code`` it is refused with: a report id the store does not hold, an unknown option, a
#: word mistyped, an argument missing, a file that does not read, a store not shared …
_REFUSED = [
    (["status", "-r", "tidak-ada"], 2, "not-found"),
    (["status", "--jsn"], 2, "unknown-option"),
    (["status", "--tahun", "2020"], 2, "usage"),
    (["check", "--severity", "eror"], 2, "usage"),
    (["check", "--all", "--pemerintah", "Kaurr"], 2, "usage"),
    (["set"], 2, "missing-value"),
    (["set", "IKU", "target", "3"], 2, "usage"),
    (["compare"], 1, "refused"),
    (["compare", "a", "b"], 2, "not-found"),
    (["resolve", "1", "keep"], 2, "usage"),
    (["sync"], 1, "not-shared"),
    (["log", "-r", "tidak-ada"], 2, "not-found"),
    (["calc", "3..2", "1"], 2, "bad-value"),
]


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize(("args", "code", "kind"), _REFUSED)
def test_an_error_asked_for_json_is_json(
    store_path: Path, args: list[str], code: int, kind: str, lang: str
) -> None:
    """``--json`` asked, an error was a line of text on stderr and nothing on stdout: a script
    that parsed stdout got nothing (``calc --json`` alone answered in JSON). Every command that
    has ``--json`` answers its errors with one JSON object on stdout, ``error`` the sentence the
    line says (in the language asked) and ``code`` its kind, nothing on stderr, the exit status
    of the text (README, "Exit status")."""
    text = run_cli(*args, "--lang", lang, store=store_path)
    done = run_cli(*args, "--json", "--lang", lang, store=store_path)
    assert (text.returncode, done.returncode) == (code, code), done.stdout + done.stderr
    assert done.stderr == "" and text.stdout == "", done.stderr + text.stdout
    data = json.loads(done.stdout)
    assert data["code"] == kind and isinstance(data["error"], str), data
    calc = {"argument", "value"} if args[0] == "calc" else set()
    assert set(data) == {"error", "code", *calc}, data
    said = text.stderr.splitlines()[-1]  # (a usage error: its usage line over it)
    for label in ("lkj-tui: ", "Kesalahan: ", "Error: "):
        said = said.removeprefix(label)
    assert said in data["error"], (said, data)


@pytest.mark.parametrize("command", ["status", "check", "log", "compare"])
def test_a_report_file_that_does_not_read_is_json_too(tmp_path: Path, command: str) -> None:
    """The store's refusal of a report file with ``--json``: the file named in ``error``, the
    store's word for why in ``code`` (``truncated``), exit 1, stderr empty."""
    store = _broken_store(tmp_path)
    done = run_cli(command, "--json", "--store", str(store))
    assert done.returncode == 1 and done.stderr == "", done.stderr
    data = json.loads(done.stdout)
    assert data["code"] == "truncated" and str(store / "x-2024.json") in data["error"], data


def test_a_missing_store_and_an_option_before_the_command_are_json(tmp_path: Path) -> None:
    """A ``--store`` folder that does not exist (exit 2) and ``--json`` typed before its command
    (``lkj-tui --json status``: said where it goes) are JSON too; ``--json`` of a command that
    has none (``export``) stays click's usage error on stderr."""
    done = run_cli("status", "--json", "--store", str(tmp_path / "tidak-ada"))
    assert done.returncode == 2 and done.stderr == "", done.stderr
    assert json.loads(done.stdout)["code"] == "usage"
    done = run_cli("--json", "status", "--store", str(_broken_store(tmp_path)))
    assert done.returncode == 2 and done.stderr == "", done.stderr
    assert "lkj-tui status --json" in json.loads(done.stdout)["error"]
    done = run_cli("restore", "x", "--json", "--store", str(tmp_path / "rusak"))
    assert done.returncode == 2 and done.stderr == "", done.stderr
    assert "--list" in json.loads(done.stdout)["error"]
    done = run_cli("export", "--json", "--store", str(tmp_path / "rusak"))
    assert done.returncode == 2 and done.stdout == "" and "--json" in done.stderr, done.stderr


def test_the_commands_said_to_have_json_are_those_that_have_it() -> None:
    """``JSON_COMMANDS`` (whose errors ``--json`` makes JSON) is every command with ``--json``."""
    import typer

    from lkj_tui.cli.main import JSON_COMMANDS, app

    group = typer.main.get_command(app)
    having = {
        name
        for name, command in group.commands.items()  # type: ignore[attr-defined]
        if any("--json" in param.opts for param in command.params)
    }
    assert having == JSON_COMMANDS


@pytest.mark.skipif(shutil.which("git") is None, reason="no git")
@pytest.mark.parametrize("lang", ["id", "en"])
def test_sync_clone_exits_2_for_an_address_that_names_nothing(tmp_path: Path, lang: str) -> None:
    """``sync --clone`` exited 1 whatever stopped it. A folder missing where its parent is
    there (the name to check) and a folder that holds no repository are typed wrong: exit 2;
    a drive not connected is offline, as ``sync`` offline: exit 3; an empty folder (a share not
    mounted, or a repository not made yet) stays 1. ``--json``: the same, one JSON object."""
    (tmp_path / "bukan-repo").mkdir()
    (tmp_path / "bukan-repo" / "catatan.txt").write_text("x", encoding="utf-8")
    (tmp_path / "kosong").mkdir()
    cases = [
        (tmp_path / "tidak-ada" / "lkj.git", 2, "missing-folder"),
        (tmp_path / "bukan-repo", 2, "not-a-repository"),
        (tmp_path / "kosong", 1, "empty-folder"),
        (Path("/mnt/cli63-tidak-ada-drive/lkj.git"), 3, "offline"),
    ]
    for n, (remote, code, kind) in enumerate(cases):
        store = tmp_path / f"toko-{n}"
        args = ["sync", "--clone", str(remote), "--store", str(store), "--lang", lang]
        done = run_cli(*args)
        assert done.returncode == code and done.stdout == "", (remote, done.stderr)
        assert not store.exists(), remote
        done = run_cli(*args, "--json")
        assert done.returncode == code and done.stderr == "", (remote, done.stderr)
        assert json.loads(done.stdout)["code"] == kind, (remote, done.stdout)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_sync_init_and_clone_together_are_refused(tmp_path: Path, lang: str) -> None:
    """``sync --init --clone REMOTE`` cloned and left ``--init`` out unsaid; options that
    conflict are refused (README, "Exit status": exit 2), nothing made, ``--json`` alike."""
    store = tmp_path / "baru"
    for extra in ([], ["--json"]):
        args = ["sync", "--init", "--clone", str(tmp_path / "r.git"), "--store", str(store)]
        done = run_cli(*args, "--lang", lang, *extra)
        assert done.returncode == 2 and not store.exists(), done.stderr
        said = json.loads(done.stdout)["error"] if extra else done.stderr
        assert "--init" in said and "--clone" in said and ("bersama" in said or "together" in said)


@pytest.mark.parametrize("command", ["export", "template"])
def test_an_output_path_typed_wrong_exits_2_before_any_work(
    store_path: Path, tmp_path: Path, command: str
) -> None:
    """``-o`` naming a folder, or a file in a folder that is not there (or under a file)
    exited 1, as a full disk does; README's rule has a path typed wrong exit 2 (``import``'s
    file does): 2, said in the user's words, nothing written."""
    store = ["--store", str(store_path), "-f", "xlsx"] if command == "export" else []
    (tmp_path / "berkas").write_text("x", encoding="utf-8")
    for out, said in (
        (tmp_path, "adalah folder"),
        (tmp_path / "tidak-ada" / "x.xlsx", "tidak ada; buat foldernya dulu"),
        (tmp_path / "berkas" / "x.xlsx", "bukan folder"),
    ):
        done = run_cli(command, "-o", str(out), *store)
        assert done.returncode == 2 and said in done.stderr, done.stderr
    assert not (tmp_path / "tidak-ada").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["berkas", "store"]
