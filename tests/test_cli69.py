"""cli69: the command line as a new user finds it (`lkj-tui | less` refused with the text
commands to use)."""

from __future__ import annotations

import json
import os
import subprocess
from contextlib import suppress
from pathlib import Path

import pytest

from tests.conftest import LKJ_TUI, run_cli
from tests.test_cli37 import PTY

ID = "bengkulu-selatan-setda-2023"


@pytest.fixture
def store(tmp_path: Path) -> Path:
    root = tmp_path / "s"
    assert run_cli("init", "--store", str(root)).returncode == 0
    return root


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_tui_into_a_pipe_says_so_and_offers_the_text_commands(store: Path, lang: str) -> None:
    """`lkj-tui | less` (`lkj-tui > out.txt`) started the TUI into the pipe and waited for keys:
    it is refused (exit 2) at once, naming stdout, with `status` and `export` for the report as
    text, each with the --report, --store and --lang typed."""
    done = run_cli("--store", str(store), "-r", ID, "--lang", lang, timeout=30)
    assert done.returncode == 2, done.stderr
    assert done.stdout == ""  # (no escape codes of a screen in the pipe)
    opts = f" -r {ID} --store {store}" + (" --lang en" if lang == "en" else "")
    said = {"id": "TUI perlu terminal", "en": "the TUI needs a terminal"}[lang]
    assert done.stderr.startswith(f"lkj-tui: {said}"), done.stderr
    assert "(stdout)" in done.stderr
    assert f"lkj-tui status{opts};" in done.stderr
    assert done.stderr.rstrip().endswith(f"lkj-tui export{opts}"), done.stderr


def _on_ptys(args: list[str], *, stdin: bool, stdout: bool, stderr: bool) -> tuple[int, str]:
    """``lkj-tui args`` with the streams marked True on a pseudo-terminal, the others a pipe
    (stdin: /dev/null): its exit status (None when it did not end: the TUI started) and what it
    wrote to stderr and its terminal."""
    master, slave = os.openpty()
    env = {k: v for k, v in os.environ.items() if not k.startswith("LKJ_TUI")}
    env.update(COLUMNS="200", NO_COLOR="1")
    proc = subprocess.Popen(
        [str(LKJ_TUI), *args],
        stdin=slave if stdin else subprocess.DEVNULL,
        stdout=slave if stdout else subprocess.PIPE,
        stderr=slave if stderr else subprocess.PIPE,
        env=env,
    )
    os.close(slave)
    err = b""
    try:
        _, err = proc.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
    shown = b""
    with suppress(OSError):  # (EIO once the terminal's last writer is gone)
        while chunk := os.read(master, 65536):
            shown += chunk
    os.close(master)
    return proc.returncode, (err or b"").decode() + shown.decode()


@PTY
def test_the_tui_without_a_terminal_for_its_keys_is_refused(store: Path) -> None:
    """Its keys from /dev/null: the screen drawn, no key reached it, and `q` did not end it
    (ctrl+c did). Refused, naming stdin."""
    code, said = _on_ptys(["--store", str(store)], stdin=False, stdout=True, stderr=True)
    assert code == 2, said
    assert "masukannya (stdin) bukan terminal" in said, said
    assert "lkj-tui status" in said


@PTY
@pytest.mark.skipif(os.name == "nt", reason="textual draws on stdout on Windows")
def test_the_tui_with_stderr_redirected_is_refused(store: Path) -> None:
    """textual draws on stderr: `lkj-tui 2> galat.txt` wrote the screen into the file and showed
    nothing. Refused (the line goes to that file), naming stderr, with `--lang en` in English."""
    args = ["--store", str(store), "--lang", "en"]
    code, said = _on_ptys(args, stdin=True, stdout=True, stderr=False)
    assert code == 2, said
    assert "it draws on stderr, which goes to a pipe or a file" in said, said
    assert f"lkj-tui status --store {store} --lang en" in said


def test_info_json_says_what_info_says_as_one_object(store: Path, tmp_path: Path) -> None:
    """`info` had no --json (status, check and compare have one): the version, the store and
    where it was named, its reports with status --all --json's keys, a file that cannot be
    read under `errors`; a folder not there yet is `missing`, as info says it."""
    from lkj_tui import __version__

    (store / "rusak-2024.json").write_text("{bad", encoding="utf-8")
    done = run_cli("info", "--json", "--store", str(store))
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert out["version"] == __version__
    assert out["store"] == {"path": str(store), "from": "--store", "state": "folder"}
    assert out["shared"] is None
    assert out["reports"] == [
        {
            "id": ID,
            "instansi": "Sekretariat Daerah Kabupaten Bengkulu Selatan",
            "year": 2023,
            "revision": 1,
            "conflicts": 0,
        }
    ]
    assert [e["path"] for e in out["errors"]] == [str(store / "rusak-2024.json")]
    gone = tmp_path / "nowhere"
    done = run_cli("info", "--json", store=gone)  # ($LKJ_TUI_STORE: not created by info)
    out = json.loads(done.stdout)
    assert out["store"] == {"path": str(gone), "from": "$LKJ_TUI_STORE", "state": "missing"}
    assert out["reports"] == [] and not gone.exists()


@pytest.mark.parametrize("lang", ["id", "en"])
def test_info_json_errors_are_json_as_every_commands(tmp_path: Path, lang: str) -> None:
    """A usage error of `info --json` is `{"error", "code"}` on stdout, as status --json's."""
    done = run_cli("info", "--json", "--lang", lang, "--bogus")
    assert done.returncode == 2 and done.stderr == "", done.stderr
    out = json.loads(done.stdout)
    assert set(out) == {"error", "code"} and out["code"] == "unknown-option", out
    assert "--bogus" in out["error"]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_store_emptied_by_hand_offers_its_kept_versions(store: Path, lang: str) -> None:
    """A store whose report file was deleted after an edit said it "holds no report yet" and
    offered only an import or the example, while its kept versions held the report: it says it
    no longer holds one, and the restore that brings it back (which does)."""
    assert run_cli("set", "IKU 1", "realisasi", "50", store=store).returncode == 0
    (store / f"{ID}.json").unlink()
    said = {
        "id": ("tidak ada lagi laporan", f"versi tersimpannya masih memuat {ID}; pulihkan"),
        "en": ("no longer holds a report", f"its kept versions still hold {ID}; restore it"),
    }[lang]
    restore = f"lkj-tui restore {ID} --store {store}" + (" --lang en" if lang == "en" else "")
    for command in (["status"], ["check", "--all"], ["info"]):
        done = run_cli(*command, "--lang", lang, "--store", str(store))
        shown = " ".join((done.stderr + done.stdout).split())
        assert all(words in shown for words in said), (command, shown)
        assert restore in shown and "lkj-tui init" not in shown, (command, shown)
        assert "yet" not in shown and "belum ada laporan" not in shown
    assert run_cli("restore", ID, "--store", str(store)).returncode == 0
    assert run_cli("status", "--store", str(store)).returncode == 0


@pytest.mark.parametrize(
    "command", [["status"], ["status", "--all"], ["check", "--all"], ["compare"]]
)
def test_an_emptied_store_is_one_json_code_for_every_command(
    store: Path, command: list[str]
) -> None:
    """`status --json` of a store with no report said `not-found`; `status --all`, `check --all`
    and `compare` said `refused` of the same store: each says `not-found`, exit 1."""
    (store / f"{ID}.json").unlink()
    done = run_cli(*command, "--json", "--store", str(store))
    assert done.returncode == 1 and done.stderr == "", done.stderr
    assert json.loads(done.stdout)["code"] == "not-found", done.stdout


@pytest.mark.parametrize(
    ("args", "lang", "said"),
    [
        (
            ["--json"],
            "id",
            "--json adalah opsi perintah status, check, compare, set …, ditulis sesudah "
            "perintahnya. Contoh: lkj-tui status --json",
        ),
        (
            ["--all", "--lang", "en"],
            "en",
            "--all is an option of the commands status, export, check, written after the "
            "command. For example: lkj-tui status --all --lang en",
        ),
        (
            ["-o", "notulen.md"],
            "id",
            "-o adalah opsi perintah export, template, ditulis sesudah perintahnya. Contoh: "
            "lkj-tui export -o notulen.md",
        ),
    ],
)
def test_a_commands_option_typed_without_a_command_says_where_it_goes(
    args: list[str], lang: str, said: str
) -> None:
    """`lkj-tui --json` (`--all`, `-o notulen.md`): "Opsi tidak dikenal: --json" and nothing of
    where it goes. Named as an option of the commands that take it, with the line typed with
    the first (status, export, check first); exit 2 as before."""
    done = run_cli(*args)
    assert done.returncode == 2, done.stderr
    label = "Error: " if lang == "en" else "Kesalahan: "
    assert done.stderr.rstrip().endswith(label + said), done.stderr


def test_an_option_no_command_has_is_still_unknown() -> None:
    """One no command takes is refused as before, one close to lkj-tui's own with it."""
    assert run_cli("--bogus").stderr.rstrip().endswith("Opsi tidak dikenal: --bogus")
    close = run_cli("--stor", "x").stderr.rstrip()
    assert close.endswith("Opsi tidak dikenal: --stor (Opsi yang mirip: --store)"), close


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_store_typed_under_a_file_is_said_so_not_offered_an_init_that_fails(
    tmp_path: Path, lang: str
) -> None:
    """`--store notulen.md/lkj` (a file where a folder goes): `status` said the store does not
    exist and offered `lkj-tui init --store notulen.md/lkj`, which cannot make it; `info`
    offered the same. Both say the file is no folder, as `init` does (exit 2)."""
    (tmp_path / "notulen.md").write_text("x", encoding="utf-8")
    store = tmp_path / "notulen.md" / "lkj"
    said = {"id": "adalah sebuah berkas, bukan folder", "en": "is a file, not a folder"}[lang]
    for command in (["status"], ["init"]):
        done = run_cli(*command, "--store", str(store), "--lang", lang)
        assert done.returncode == 2, done.stderr
        assert f"{tmp_path / 'notulen.md'} {said}" in done.stderr, done.stderr
        assert f"init --store {store}" not in done.stderr
    shown = run_cli("info", "--store", str(store / "x"), "--lang", lang).stdout
    assert f"{tmp_path / 'notulen.md'} {said}" in " ".join(shown.split()), shown
    assert "lkj-tui init --store" not in shown


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("id", "Cetak daftar JSON, satu objek per perubahan."),
        ("en", "Print a JSON list, one object per change."),
    ],
)
def test_log_json_is_said_to_be_a_list(store: Path, lang: str, said: str) -> None:
    """`log --json` prints a list; its help said "one JSON object" as the others' do."""
    helped = run_cli("log", "--help", "--lang", lang, env={"COLUMNS": "200"})
    assert any(
        line.split()[:1] == ["--json"] and said in line for line in helped.stdout.split("\n")
    )
    assert isinstance(json.loads(run_cli("log", "--json", "--store", str(store)).stdout), list)
