"""ff69: ``lkj-tui`` opens the TUI without importing typer when its command line is nothing but
``--store``, ``--report``/``-r`` and ``--lang`` (cli/start.py), and such a command line means
what typer reads it to mean: the same values, the same refusals, the same exit status."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from lkj_tui.bundled import load_bundled_report
from lkj_tui.cli.start import OPTIONS, quick_form
from lkj_tui.storage.store import Store
from tests.conftest import BUNDLED_REPORT_ID, run_cli

#: The installed command's script (test_startup holds it to ``[project.scripts]``), its
#: ``run_tui`` saying on stderr what it was given and whether typer was imported, instead of
#: drawing; ``RAISE`` (a statement) runs first.
_PROBE = """
import sys
import lkj_tui.tui.app as tui

def run_tui(store, report_id=None, lang=None, store_typed=None):
    RAISE
    print("tui", store.root.name, report_id, lang, store_typed, "typer" in sys.modules,
          file=sys.stderr)
    return 0

tui.run_tui = run_tui
sys.argv = ["lkj-tui", *sys.argv[1:]]
from lkj_tui.cli.entry import main
main()
"""


def _entry(*args: str, raising: str = "pass") -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LKJ_TUI")}
    env.update(COLUMNS="160", NO_COLOR="1", LKJ_TUI_CONFIG=os.environ["LKJ_TUI_CONFIG"])
    return subprocess.run(
        [sys.executable, "-c", _PROBE.replace("RAISE", raising), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        stdin=subprocess.DEVNULL,
    )


def test_the_tui_opens_without_typer(store_path: Path) -> None:
    done = _entry("--store", str(store_path), "-r", BUNDLED_REPORT_ID, "--lang", "en")
    assert done.returncode == 0, done.stderr
    said = f"tui store {BUNDLED_REPORT_ID} en {store_path} False"
    assert said in done.stderr.splitlines(), done.stderr


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (["--store=STORE"], 0),  # glued with "=": typer's to read, the TUI opened through it
        (["--store", "STORE", "-r", "-x"], 2),  # (typer's: report '-x' not in the store)
        (["--store", "STORE", "--lang", "EN"], 2),
        (["STORE"], 2),
    ],
)
def test_any_other_command_line_is_typers(store_path: Path, args: list[str], code: int) -> None:
    """What the quick start does not take typer reads as before: the TUI it opens is opened
    through it, a command line it refuses is refused in its words."""
    done = _entry(*[a.replace("STORE", str(store_path)) for a in args])
    assert done.returncode == code, done.stderr
    if code == 0:
        assert done.stderr.splitlines()[-1].endswith(" True"), done.stderr
    else:
        lines = done.stderr.splitlines()
        assert lines and not any(line.startswith("tui ") for line in lines), done.stderr


def _typer_reads(monkeypatch: pytest.MonkeyPatch, args: list[str]) -> tuple[object, ...]:
    """The values typer gives the TUI for ``args`` (``lkj-tui ARGS``, its root command run)."""
    import lkj_tui.cli.start as start
    from lkj_tui.cli.main import app

    seen: list[tuple[object, ...]] = []
    monkeypatch.setattr(start, "open_tui", lambda *values: seen.append(values) or 0)
    with pytest.raises(SystemExit) as exit_:
        app(args, prog_name="lkj-tui")
    assert exit_.value.code in (0, None)
    return seen[0]


@pytest.mark.parametrize(
    "args",
    [
        [],
        ["--store", "D:\\Data LKj\\store"],
        ["--store", "lkj"],
        ["--store", "status"],  # (a command's name, typed as the store's value)
        ["--store", "."],
        ["--report", "kab-2023", "--store", "x/y/"],
        ["-r", "kab-2023"],
        ["--lang", "en", "-r", " kab "],
        ["--lang", "id", "--store", "a b", "--report", "2023"],
        ["-r", "\x1b[31mmerah"],
    ],
)
def test_each_form_taken_means_what_typer_reads(
    monkeypatch: pytest.MonkeyPatch, args: list[str]
) -> None:
    given = quick_form(args, {})
    assert given is not None
    store = given.get("store")
    quick = (Path(store) if store else None, given.get("report"), given.get("lang"))
    assert quick == _typer_reads(monkeypatch, args)


@pytest.mark.parametrize(
    "args",
    [
        ["-h"],
        ["--help"],
        ["--version"],
        ["-V"],
        ["status"],
        ["--store", "x", "status"],
        ["--store=x"],
        ["-rkab"],
        ["--store", "a", "--store", "a"],
        ["-r", "a", "--report", "a"],
        ["--report", ""],
        ["--report", "  "],
        ["--report", "-5"],
        ["--store", "--lang"],
        ["--lang", "EN"],
        ["--lang", "jv"],
        ["--store"],
        ["--store", "caf\udce9"],
        ["--store", "Café"],
        ["-store", "x"],
        ["--", "--store"],
        ["--store", "x", "--json"],
    ],
)
def test_every_other_command_line_goes_to_typer(args: list[str]) -> None:
    assert quick_form(args, {}) is None


def test_a_shell_asking_for_completions_goes_to_typer() -> None:
    assert quick_form(["--store", "x"], {"_LKJ_TUI_COMPLETE": "bash_complete"}) is None
    assert quick_form(["--store", "x"], {"LKJ_TUI_STORE": "y"}) == {"store": "x"}


def test_the_options_read_here_are_lkj_tuis_own() -> None:
    """An option added to ``lkj-tui`` itself (or a type, default, env var or callback given to
    one read here) changes what the quick start must read: weigh it in cli/start.py."""
    import typer

    from lkj_tui.cli.main import app

    root = typer.main.get_command(app)
    opts = {o: p for p in root.params for o in p.opts}
    assert set(opts) - set(OPTIONS) == {"--version", "-V"}
    assert set(OPTIONS) <= set(opts)
    for option, name in OPTIONS.items():
        param = opts[option]
        assert param.name == name
        assert (param.envvar, param.callback, param.multiple, param.nargs) == (None, None, False, 1)
        assert param.default is None and not param.is_flag
    assert list(opts["--lang"].type.choices) == ["id", "en"]
    assert opts["--lang"].type.case_sensitive
    assert set(root.get_help_option_names(root.make_context("lkj-tui", []))) == {"-h", "--help"}


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("case", ["missing", "a_file", "no_report", "interrupted"])
def test_refusals_are_typers_to_the_letter(tmp_path: Path, lang: str, case: str) -> None:
    """The same refusal, stream and exit status through the quick start (``--store X``) as
    through typer (``--store=X``): a folder that does not exist, a file, a report the store does
    not hold, Ctrl+C before the TUI draws."""
    store, report, raising = tmp_path / "tidak-ada", [], "pass"
    if case == "a_file":
        store = tmp_path / "berkas.txt"
        store.write_text("x")
    elif case in ("no_report", "interrupted"):
        store = tmp_path / "store"
        Store(store, seed=load_bundled_report)
        report = ["-r", "tidak-ada-2023"] if case == "no_report" else []
        raising = "raise KeyboardInterrupt" if case == "interrupted" else "pass"
    quick = _entry("--store", str(store), *report, "--lang", lang, raising=raising)
    typed = _entry(f"--store={store}", *report, "--lang", lang, raising=raising)
    assert quick.returncode == typed.returncode != 0, (quick.stderr, typed.stderr)
    assert (quick.stdout, quick.stderr) == (typed.stdout, typed.stderr)
    if case != "interrupted":
        assert quick.stderr.strip(), quick.stderr


def test_the_installed_command_refuses_a_missing_store_as_before(tmp_path: Path) -> None:
    """Through ``lkj-tui`` itself: the quick start's refusal of a mistyped store folder."""
    quick = run_cli("--store", str(tmp_path / "salah"), "--lang", "en")
    typed = run_cli(f"--store={tmp_path / 'salah'}", "--lang", "en")
    assert quick.returncode == typed.returncode == 2, quick.stderr
    assert quick.stderr == typed.stderr and "salah" in quick.stderr


@pytest.mark.parametrize("lang", ["id", "en"])
def test_no_terminal_is_said_as_typer_says_it(store_path: Path, lang: str) -> None:
    """``lkj-tui --store X -r ID`` into a pipe (cli69's refusal, said by ``open_tui``): the same
    words and exit status through the quick start as through typer (``--store=X``)."""
    report = ["-r", BUNDLED_REPORT_ID, "--lang", lang]
    quick = run_cli("--store", str(store_path), *report)
    typed = run_cli(f"--store={store_path}", *report)
    assert quick.returncode == typed.returncode == 2, quick.stderr
    assert (quick.stdout, quick.stderr) == (typed.stdout, typed.stderr)
    assert f"status -r {BUNDLED_REPORT_ID}" in quick.stderr, quick.stderr
