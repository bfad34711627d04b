"""Issue 11, the output and CLI defects, each through the installed ``lkj-tui``:

1. no escape sequence reaches the terminal from any field (hostile text in every string field of
   the schema, found from the model), and ``restore --list`` prints the store path as text;
4. every text function is linear: 1 MB fields through ``status`` and ``export`` within a budget
   relative to the same commands on 1 MB of plain text;
11. output errors (non-UTF-8 stdout, a full device, a closed stdout): one line on stderr, exit 1;
17. options before the command are honoured or refused, a missing ``--store`` is not created, the
    store in use is shown, ``restore --list`` lists every report.
"""

from __future__ import annotations

import json
import os
import subprocess
import time
from pathlib import Path

import pytest

from lkj_tui.bundled import BUNDLED_REPORT_ID, load_bundled_report
from lkj_tui.core.model import Report
from lkj_tui.storage.store import Store
from reliability.corpus import HANDWRITTEN, terminal_leaks
from reliability.fields import field_report
from tests.conftest import LKJ_TUI, run_cli

COMMANDS = [
    ("status",),
    ("status", "--lang", "en"),
    ("status", "--json"),
    ("status", "--all"),
    ("status", "--all", "--json"),
    ("export", "--scope", "all"),
    ("info",),
    ("init",),
    ("check",),
    ("restore", "--list"),
    ("calc", "3,22", "2,85"),
    ("calc", "3,22", "2,85", "--json"),
    ("--version",),
]


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    """A store with the bundled report and one kept version of it (for ``restore --list``)."""
    path = tmp_path / "store"
    Store(path, seed=load_bundled_report).update(BUNDLED_REPORT_ID, lambda r: None)
    return path


# ------------------------------------------------------------------ 1. escapes from every field


def _colour(store: Path) -> dict[str, str]:
    return {
        "FORCE_COLOR": "1",
        "NO_COLOR": "",
        "TERM": "xterm-256color",
        "LKJ_TUI_STORE": str(store),
    }


def test_sasaran_code_escapes_never_reach_the_terminal(tmp_path: Path) -> None:
    """The attack that found defect 1: OSC 52, ESC[2J, C1 and bidi controls in a sasaran's code."""
    report = load_bundled_report()
    sasaran = next(n for n in report.walk() if n.kind == "sasaran")
    code = "S1\x1b]52;c;ZXZpbA==\x07\x1b[2J\x9b2J\u202eX"
    report.replace_node(sasaran.with_changes(code=code))
    Store(tmp_path / "store").import_report(report)
    result = run_cli("status", env=_colour(tmp_path / "store"))
    assert result.returncode == 0, result.stderr
    assert "\x1b[" in result.stdout  # colour really was on
    assert terminal_leaks(result.stdout) == []
    assert "S1X" in result.stdout  # the code itself is still shown


def test_hostile_text_in_every_schema_field(tmp_path: Path) -> None:
    """Every handwritten hostile string in every string leaf of the meta and of the nodes (walked
    from the model's dataclass fields; node i carries string i), through every command that prints
    report text: exit 0, no control sequence on the terminal, ``--json`` carries the raw text."""
    store = tmp_path / "store"
    base = load_bundled_report()
    strings = [s for s in HANDWRITTEN if len(s) < 2000]
    per = len(base.nodes())
    # scales keys: the reader's validation of scales is defect 2 (the engine's part of issue 11)
    skip = frozenset({"ReportMeta.scales{key}"})
    reports = []
    for k in range(0, len(strings), per):
        report, taken = field_report(base, strings[k : k + per], f"jahat-{k}", skip)
        assert sum(taken.values()) >= 30  # the walk found the schema's text fields
        Store(store).import_report(report)
        reports.append(report)
    runs = [(("status", "--all"), None), (("status", "--all", "--json"), None)]
    for report in reports:
        rid = ("--report", report.meta.id)
        runs += [(("status", *rid), None), (("status", "--json", *rid), report)]
        runs += [(("export", "--scope", "all", *rid), None)]
    for args, json_of in runs:
        result = run_cli(*args, env=_colour(store))
        assert result.returncode == 0, (args, result.stderr)
        assert "Traceback" not in result.stderr
        assert terminal_leaks(result.stdout) == [], args
        if json_of is not None:
            data = json.loads(result.stdout)
            assert data["report"]["instansi"] == json_of.meta.instansi  # raw, exact
            items = {item["id"]: item for item in data["items"]}
            for node in json_of.measured():
                assert items[node.id]["name"] == node.name
                assert items[node.id]["code"] == node.code


def test_restore_list_prints_the_store_path_as_text(tmp_path: Path) -> None:
    store = tmp_path / "[red]merah[/] [/]\x1b]0;judul\x07"
    Store(store, seed=load_bundled_report).update(BUNDLED_REPORT_ID, lambda r: None)
    result = run_cli("restore", "--list", BUNDLED_REPORT_ID, store=store, env={"COLUMNS": "400"})
    assert result.returncode == 0, result.stderr
    assert (
        "[red]merah[/] [/]" in result.stdout
    )  # literal, not markup (was: [/] raised, [red] vanished)
    assert terminal_leaks(result.stdout) == []


# ------------------------------------------------------------------ 4. linear on 1 MB


def _big_store(root: Path, name: str, text: str) -> Path:
    report = load_bundled_report()
    iku = next(n for n in report.walk() if n.kind == "iku")
    assert iku.measure is not None
    report.replace_node(iku.with_changes(name=text, code=text[:1000] + "x", source=text))
    path = root / name
    Store(path).import_report(report)
    return path


def _timed(*args: str, store: Path) -> float:
    started = time.perf_counter()
    result = run_cli(*args, store=store, timeout=120)
    assert result.returncode == 0, result.stderr
    return time.perf_counter() - started


@pytest.mark.parametrize(
    "text",
    [
        " " * 1_000_000 + "\t",  # the defect: 20 s in status for 30,000 spaces
        "\u00a0" * 1_000_000 + "\x1b",
        "\x1b]" * 500_000,
        "kata " * 200_000,  # rich wrapped a megabyte cell into 40,000 lines: 30 s
    ],
    ids=["spaces-tab", "nbsp-esc", "osc-runs", "words"],
)
def test_megabyte_fields_take_linear_time(tmp_path: Path, text: str) -> None:
    baseline_store = _big_store(tmp_path, "plain", "a" * len(text))
    store = _big_store(tmp_path, "hostile", text)
    for args in (("status",), ("export", "--scope", "all")):
        baseline = min(_timed(*args, store=baseline_store) for _ in range(2))
        hostile = _timed(*args, store=store)
        assert hostile < 3 * baseline + 1.5, (args, hostile, baseline)


# ------------------------------------------------------------------ 11. output errors


def _run(args: tuple[str, ...], store: Path, **kwargs: object) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LKJ_TUI")}
    env.update(LKJ_TUI_STORE=str(store), COLUMNS="160", NO_COLOR="1")
    env.update(kwargs.pop("env", {}))  # type: ignore[arg-type]
    return subprocess.run(
        [str(LKJ_TUI), *args], env=env, text=True, stdin=subprocess.DEVNULL, timeout=60, **kwargs
    )  # type: ignore[call-overload]


def _one_clear_line(result: subprocess.CompletedProcess[str], *words: str) -> None:
    assert result.returncode == 1, result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("lkj-tui: "), result.stderr
    assert "Traceback" not in result.stderr
    assert any(w in lines[0] for w in words), lines[0]


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize("args", COMMANDS, ids=" ".join)
def test_full_device(store_path: Path, args: tuple[str, ...]) -> None:
    with open("/dev/full", "w") as full:
        result = _run(args, store_path, stdout=full, stderr=subprocess.PIPE)
    _one_clear_line(result, "keluaran", "output")


@pytest.mark.skipif(os.name != "posix", reason="closes fd 1 between fork and exec")
@pytest.mark.parametrize("args", COMMANDS, ids=" ".join)
def test_closed_stdout(store_path: Path, args: tuple[str, ...]) -> None:
    result = _run(args, store_path, stderr=subprocess.PIPE, preexec_fn=lambda: os.close(1))
    _one_clear_line(result, "stdout")


@pytest.mark.parametrize(
    "args", [("status",), ("status", "--lang", "en"), ("status", "--all"), ("calc", "3,22", "2,85")]
)
def test_stdout_that_cannot_encode(store_path: Path, args: tuple[str, ...]) -> None:
    result = _run(args, store_path, capture_output=True, env={"PYTHONIOENCODING": "ascii"})
    _one_clear_line(result, "PYTHONIOENCODING")


def test_export_writes_utf8_whatever_the_locale(store_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LKJ_TUI")}
    env.update(LKJ_TUI_STORE=str(store_path), PYTHONIOENCODING="latin-1")
    result = subprocess.run([str(LKJ_TUI), "export"], env=env, capture_output=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "Bengkulu Selatan" in result.stdout.decode("utf-8")


def test_latin1_stdout_is_refused_clearly(store_path: Path) -> None:
    result = _run(("status",), store_path, capture_output=True, env={"PYTHONIOENCODING": "latin-1"})
    _one_clear_line(result, "latin-1", "iso8859-1")


@pytest.mark.skipif(not Path("/bin/bash").exists(), reason="needs bash")
def test_a_reader_that_goes_away_is_quiet(store_path: Path) -> None:
    for args in (("status",), ("export",), ("status", "--json")):
        proc = subprocess.Popen(
            f"'{LKJ_TUI}' {' '.join(args)} | head -c 10 >/dev/null; exit ${{PIPESTATUS[0]}}",
            shell=True,
            executable="/bin/bash",
            env={**os.environ, "LKJ_TUI_STORE": str(store_path)},
            stderr=subprocess.PIPE,
            text=True,
        )
        _, err = proc.communicate(timeout=60)
        assert "Traceback" not in err and "Exception ignored" not in err, err


# ------------------------------------------------------------------ 17. the CLI's options


def _two_reports(store_path: Path) -> str:
    report = load_bundled_report()
    other = Report(
        report.meta.__class__(**{**vars(report.meta), "id": "lain-2022", "tahun": 2022}),
        [n for n in report.nodes()],
    )
    Store(store_path).import_report(other)
    return "lain-2022"


def test_options_before_the_command_are_honoured(store_path: Path, tmp_path: Path) -> None:
    other = _two_reports(store_path)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    # --store before the command: this store, not $LKJ_TUI_STORE's
    before = run_cli("--store", str(store_path), "status", "--json", store=elsewhere)
    assert before.returncode == 0, before.stderr
    assert not any(elsewhere.iterdir())  # the other store was not seeded
    # --report before export: that report (it exported the latest before)
    out = run_cli("--report", other, "export", store=store_path)
    assert out.returncode == 0 and "2022" in out.stdout.splitlines()[0], out.stdout[:200]
    # --lang before the command
    en = run_cli("--lang", "en", "status", store=store_path)
    assert en.returncode == 0 and "under target" in en.stdout
    assert "di bawah target" not in en.stdout
    both = run_cli("--lang", "en", "status", "--lang", "en", store=store_path)
    assert both.returncode == 0
    calc = run_cli("--lang", "en", "calc", "3,22", "2,85")
    assert calc.returncode == 0 and "Achievement" in calc.stdout


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("--report", "x", "calc", "1", "2"), "--report"),
        (("--store", "/tmp", "calc", "1", "2"), "--store"),
        (("--report", "x", "info"), "--report"),
        (("--lang", "en", "status", "--lang", "id"), "--lang"),
        (("--store", "/a", "status", "--store", "/b"), "--store"),
    ],
)
def test_options_that_cannot_apply_are_refused(
    store_path: Path, args: tuple[str, ...], words: str
) -> None:
    result = run_cli(*args, store=store_path)
    assert result.returncode == 2
    assert words in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize(
    "args",
    [("status",), ("status", "--json"), ("export",), ("info",), ("restore", "--list"), ()],
    ids=" ".join,
)
def test_a_mistyped_store_is_not_created(tmp_path: Path, args: tuple[str, ...]) -> None:
    missing = tmp_path / "stroe"
    result = run_cli("--store", str(missing), *args)
    assert not missing.exists(), args
    if args == ("info",):  # info reads only: it says the folder does not exist
        assert result.returncode == 0 and "lkj-tui init" in result.stdout
    else:
        assert result.returncode == 1, (args, result.stderr)
        assert str(missing) in result.stderr and "lkj-tui init" in result.stderr
        assert len(result.stderr.splitlines()) == 1
    created = run_cli("init", "--store", str(missing))  # the way the message offers
    assert created.returncode == 0 and (missing / f"{BUNDLED_REPORT_ID}.json").is_file()
    again = run_cli("init", "--store", str(missing))
    assert again.returncode == 0 and str(missing) in again.stdout


def test_a_store_named_by_the_environment_is_created_on_first_use(tmp_path: Path) -> None:
    """$LKJ_TUI_STORE is configured once for a machine, like the platform folder: the first
    command that reads creates it with the bundled report (only a typed --store is refused)."""
    fresh = tmp_path / "configured"
    result = run_cli("status", "--json", store=fresh)
    assert result.returncode == 0, result.stderr
    assert (fresh / f"{BUNDLED_REPORT_ID}.json").is_file()


def test_the_store_in_use_is_shown(store_path: Path, tmp_path: Path) -> None:
    env_help = run_cli("--help", store=store_path)
    assert env_help.returncode == 0 and str(store_path) in env_help.stdout
    assert "LKJ_TUI_STORE" in env_help.stdout
    default = run_cli("--help", env={"XDG_DATA_HOME": str(tmp_path / "data")})
    assert str(tmp_path / "data" / "lkj-tui" / "store") in default.stdout
    info = run_cli("info", store=store_path)
    assert info.returncode == 0 and str(store_path) in info.stdout
    assert BUNDLED_REPORT_ID in info.stdout
    here = run_cli("--store", str(store_path), "info", "--lang", "en")
    assert "Store: " + str(store_path) in here.stdout and "--store" in here.stdout


def test_restore_list_without_an_id_lists_every_report(store_path: Path) -> None:
    other = _two_reports(store_path)
    store = Store(store_path)
    for rid in (BUNDLED_REPORT_ID, other):
        store.update(rid, lambda r: None)
    result = run_cli("restore", "--list", store=store_path)
    assert result.returncode == 0, result.stderr
    assert BUNDLED_REPORT_ID in result.stdout and other in result.stdout
    one = run_cli("restore", "--list", other, store=store_path)
    assert other in one.stdout and BUNDLED_REPORT_ID not in one.stdout
    missing_id = run_cli("restore", store=store_path)
    assert missing_id.returncode == 2 and "--list" in missing_id.stderr
    via_option = run_cli("--report", other, "restore", "--list", store=store_path)
    assert via_option.returncode == 0 and other in via_option.stdout
