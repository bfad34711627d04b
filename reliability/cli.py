"""The CLI's classes of issue 11, found by generating the cases rather than listing them:

- :func:`check_fields`: hostile text in every string field of the schema (``reliability/fields.py``
  walks the model's dataclass fields) through ``status``, ``status --json``, ``export`` and
  ``status --all`` on a pty, and through the TUI (every line of the tree and its detail pane);
- :func:`check_output`: every command (read from the typer app) under every output condition
  (an ASCII stdout, a full device, a closed stdout): one line on stderr and exit status 1, or a
  complete output;
- :func:`check_options`: every option of ``lkj-tui`` itself (``--store``, ``--report``, ``--lang``)
  before every command (read from the app): honoured (the same output as placed after the command)
  or refused with a usage error, never ignored; a missing store named by ``--store`` never created.
"""

from __future__ import annotations

import asyncio
import os
import re
import subprocess
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from lkj_tui.bundled import BUNDLED_REPORT_ID, load_bundled_report
from lkj_tui.core.model import Report
from lkj_tui.storage.store import Store
from reliability.badfiles import LKJ_TUI
from reliability.corpus import chunks
from reliability.fields import field_report, string_leaves, strings_per_report
from reliability.hostile import HostileFigures, check_runs, check_tui

# ---------------------------------------------------------------------------------- fields


@dataclass
class FieldFigures(HostileFigures):
    leaves: int = 0  # string leaves the walk found in the schema
    leaves_taken: int = 0  # of those, leaves the model accepts free text in
    refused: list[str] = field(default_factory=list)  # leaves the model refused for every string
    reports: int = 0
    tui: HostileFigures | None = None


def check_fields(
    folder: Path,
    strings: Sequence[str],
    tui_strings: int = 0,
    skip: frozenset[str] = frozenset(),
) -> FieldFigures:
    """Every string in every string leaf of the meta and of the nodes of the bundled report
    (node i carries string i), one report per :func:`strings_per_report` strings, through the
    CLI on a pty; the first ``tui_strings`` strings through the TUI too. ``skip``: leaf labels
    left alone."""
    from reliability.fields import Node as NodeCls
    from reliability.fields import ReportMeta, label

    started = time.monotonic()
    base = load_bundled_report()
    figures = FieldFigures(strings=len(strings))
    all_leaves = [label(ReportMeta, p) for p in string_leaves(ReportMeta)]
    all_leaves += [label(NodeCls, p) for p in string_leaves(NodeCls)]
    figures.leaves = len(all_leaves)
    root = folder / "store"
    store = Store(root)
    taken: dict[str, bool] = {}
    reports: list[Report] = []
    for k, part in enumerate(chunks(strings, strings_per_report(base))):
        report, took = field_report(base, list(part), f"medan-{k}", skip)
        for name, ok in took.items():
            taken[name] = taken.get(name, False) or ok
        store.import_report(report)
        reports.append(report)
    figures.reports = len(reports)
    figures.leaves_taken = sum(taken.values())
    figures.refused = sorted(n for n, ok in taken.items() if not ok)
    runs: list[tuple[tuple[str, ...], Report | None]] = []
    for report in reports:
        rid = ("--report", report.meta.id)
        runs += [(("status", *rid), None), (("status", *rid, "--lang", "en"), None)]
        runs += [(("status", *rid, "--json"), report), (("export", *rid, "--scope", "all"), None)]
    runs += [(("status", "--all"), None), (("status", "--all", "--json"), None)]
    check_runs(runs, root, reports, figures)
    if tui_strings and reports:
        report, _ = field_report(base, list(strings[:tui_strings]), "medan-tui", skip)
        tui_store = Store(folder / "tui")
        tui_store.import_report(report)
        figures.tui = asyncio.run(
            check_tui(tui_store, report.meta.id, list(strings[:tui_strings]), toasts=False)
        )
        figures.problems += figures.tui.problems[:10]
    figures.seconds = time.monotonic() - started
    return figures


# ---------------------------------------------------------------------------------- commands


def commands() -> dict[str, set[str]]:
    """Every command of the installed app and the names of its parameters (from typer itself)."""
    import typer.main

    from lkj_tui.cli.main import app

    group = typer.main.get_command(app)
    out: dict[str, set[str]] = {}
    for name, command in group.commands.items():  # type: ignore[attr-defined]
        out[name] = {p.name for p in command.params if p.name}
    return out


#: Arguments a command needs to run on the bundled store (the only ones written by hand: the
#: commands themselves come from the app). A command missing here runs with ``--help``.
ARGUMENTS: dict[str, tuple[str, ...]] = {
    "status": (),
    "export": (),
    "calc": ("3,22", "2,85"),
    "restore": ("--list",),
    "info": (),
    "init": (),
    "check": (),
    "set": ("IKU 1", "realisasi", "2,90"),
    "new": ("--report", "baru-2024", "--instansi", "Dinas Baru", "--tahun", "2024"),
    "template": ("-o", "{tmp}/templat.xlsx"),
    "import": ("{tmp}/tidak-ada.xlsx",),
}


def _argv(command: str, tmp: Path) -> list[str]:
    args = ARGUMENTS.get(command)
    if args is None:
        return [command, "--help"]
    return [command, *(a.format(tmp=tmp) for a in args)]


def _env(store: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LKJ_TUI")}
    env.update(LKJ_TUI_STORE=str(store), COLUMNS="120", NO_COLOR="1")
    env.update(extra)
    return env


def _fresh_store(folder: Path) -> Path:
    root = folder / "store"
    Store(root, seed=load_bundled_report).update(BUNDLED_REPORT_ID, lambda r: None)
    return root


@dataclass
class OutputFigures:
    runs: int = 0
    clear: int = 0  # one line on stderr naming the problem, exit 1
    complete: int = 0  # wrote everything (a file output, or UTF-8 whatever the locale)
    tracebacks: int = 0
    silent_losses: int = 0  # exit 0 with the output lost
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.runs > 0 and self.clear + self.complete == self.runs


CONDITIONS = ("encoding", "full", "closed")


def check_output(folder: Path, only: Sequence[str] | None = None) -> OutputFigures:
    """Every command (or those in ``only``) under every output condition."""
    figures = OutputFigures()
    for command in sorted(c for c in commands() if only is None or c in only):
        for condition in CONDITIONS:
            tmp = folder / f"{command}-{condition}"
            tmp.mkdir(parents=True)
            store = _fresh_store(tmp)
            argv = [str(LKJ_TUI), *_argv(command, tmp)]
            kwargs: dict = {"stdin": subprocess.DEVNULL, "stderr": subprocess.PIPE, "timeout": 120}
            env = _env(store)
            full = None
            if condition == "encoding":
                env["PYTHONIOENCODING"] = "ascii"
                kwargs["stdout"] = subprocess.PIPE
            elif condition == "full":
                full = open("/dev/full", "wb")  # noqa: SIM115
                kwargs["stdout"] = full
            else:
                kwargs["preexec_fn"] = lambda: os.close(1)
            try:
                result = subprocess.run(argv, env=env, **kwargs)
            finally:
                if full is not None:
                    full.close()
            figures.runs += 1
            err = result.stderr.decode("utf-8", "replace")
            lines = err.splitlines()
            name = f"{' '.join(argv[1:])} [{condition}]"
            if "Traceback" in err or "Exception ignored" in err:
                figures.tracebacks += 1
                figures.problems.append(f"{name}: {err[-300:]}")
            elif result.returncode == 1 and len(lines) == 1 and lines[0].startswith("lkj-tui: "):
                figures.clear += 1
            elif condition == "encoding" and (
                result.returncode in (0, 2) or (result.returncode == 1 and not err)
            ):
                # the command wrote its output (the symbols as ASCII, what else ASCII cannot hold
                # as \uXXXX, or bytes as UTF-8), with its own exit status (``check``: 1 when the
                # report has errors), or refused its arguments with a usage error: nothing lost
                out = result.stdout or b""
                if result.returncode == 0 and not out and command not in ("template", "new"):
                    figures.silent_losses += 1
                    figures.problems.append(f"{name}: exit 0, nothing written")
                else:
                    figures.complete += 1
            elif result.returncode != 0 and len(lines) == 1 and lines[0].startswith("lkj-tui: "):
                figures.clear += 1  # refused before writing anything (e.g. a missing file)
            else:
                if result.returncode == 0:
                    figures.silent_losses += 1
                figures.problems.append(f"{name}: exit {result.returncode}, stderr {err[-200:]!r}")
    return figures


# ---------------------------------------------------------------------------------- options


@dataclass
class OptionFigures:
    cases: int = 0  # (option, command) pairs
    honoured: int = 0  # same output as the option after the command
    refused: int = 0  # usage error (exit 2) naming the option
    ignored: int = 0
    missing_store_created: int = 0
    missing_store_cases: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return (
            self.cases > 0
            and self.honoured + self.refused == self.cases
            and self.ignored == 0
            and self.missing_store_created == 0
        )


def _values(folder: Path) -> dict[str, list[str]]:
    """A value of each carried option that differs from its default."""
    other = folder / "other-store"
    if not other.exists():
        Store(other, seed=load_bundled_report)
    return {"store": ["--store", str(other)], "report": ["--report", BUNDLED_REPORT_ID]}


def check_options(folder: Path, only: Sequence[str] | None = None) -> OptionFigures:
    """Each of ``lkj-tui``'s own options (``--store``, ``--report``, ``--lang``) placed before
    each command: the same output as after the command, or exit 2 naming the option."""
    from lkj_tui.cli.main import CARRIED

    figures = OptionFigures()
    table = {c: p for c, p in commands().items() if only is None or c in only}
    values = _values(folder) | {"lang": ["--lang", "en"]}
    for command in sorted(table):
        for option in CARRIED:  # each run on fresh stores of its own (a command may write)
            figures.cases += 1
            tmp = folder / f"{command}-{option}"
            runs = []
            for place in ("1", "2"):  # (names of one length: tables as wide)
                case = tmp / place
                case.mkdir(parents=True)
                store = _fresh_store(case)
                argv = _argv(command, case)
                opt = values[option]
                if option == "store":  # a store of its own per run (a command may write)
                    own = case / "given"
                    Store(own, seed=load_bundled_report).update(BUNDLED_REPORT_ID, lambda r: None)
                    opt = ["--store", str(own)]
                full = [*opt, *argv] if place == "1" else [*argv[:1], *opt, *argv[1:]]
                if argv[-1] == "--help" and place == "2":
                    full = [argv[0], *opt, "--help"]
                runs.append(
                    subprocess.run(
                        [str(LKJ_TUI), *full],
                        env=_env(store, COLUMNS="400"),
                        capture_output=True,
                        text=True,
                        stdin=subprocess.DEVNULL,
                        timeout=120,
                    )
                )
            before, after = runs
            name = f"lkj-tui --{option} … {command}"
            takes = option in table[command]
            if before.returncode == 2 and f"--{option}" in before.stderr:
                if takes and after.returncode == 0 and f"--{option}" not in argv:
                    figures.problems.append(f"{name}: refused though {command} takes it")
                figures.refused += 1
            elif takes and (_same(before, after, tmp) or argv[-1] == "--help"):
                # (with --help, the option given before only changes the default shown)
                figures.honoured += 1
            else:
                figures.ignored += 1
                figures.problems.append(
                    f"{name}: before exit {before.returncode} {before.stdout[:80]!r} "
                    f"{before.stderr[-120:]!r}; after exit {after.returncode} {after.stdout[:80]!r}"
                )
    # a mistyped --store for every command that reads: not created
    for command in sorted(table):
        if command in ("new", "import", "template", "init", "sync"):
            continue  # these make a store on purpose
        figures.missing_store_cases += 1
        missing = folder / f"missing-{command}" / "stroe"
        missing.parent.mkdir(parents=True)
        argv = _argv(command, missing.parent)
        given = ["--store", str(missing)] if "store" in table[command] else []
        subprocess.run(
            [str(LKJ_TUI), *given, *argv],
            env=_env(missing),
            capture_output=True,
            stdin=subprocess.DEVNULL,
            timeout=120,
        )
        if missing.exists():
            figures.missing_store_created += 1
            figures.problems.append(f"{command}: created the missing store {missing}")
    return figures


def _same(
    a: subprocess.CompletedProcess[str], b: subprocess.CompletedProcess[str], tmp: Path
) -> bool:
    """The same result, but for the temporary folders' names."""

    def norm(text: str) -> str:
        text = text.replace(str(tmp / "1"), "<case>").replace(str(tmp / "2"), "<case>")
        return re.sub(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", "<time>", text)

    return a.returncode == b.returncode and norm(a.stdout) == norm(b.stdout)
