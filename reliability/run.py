"""Run the whole reliability suite of issues 6 and 11 and print the figures.

    .venv/bin/python reliability/run.py            # full scale (about 15 minutes on 2 cores)
    .venv/bin/python reliability/run.py --quick    # a few minutes
    .venv/bin/python reliability/run.py --kills 100 --edits 200 --strings 2000 --examples 5000
    .venv/bin/python reliability/run.py --only crash,values --json figures.json

Parts: crash (SIGKILL loop and exact crash points), concurrency (two writers: edits, inserts; the TUI
against a CLI save), badfiles (through the installed command), disk (RLIMIT_FSIZE; a full tmpfs and
a read-only bind mount when root can make a private mount namespace), hostile (status, status
--json, export, the TUI under the Pilot and the real TUI on a pty), values (hypothesis), shapes
(file shapes of issue 11: links, FIFOs, folders and huge files at every place of the store,
duplicate keys and unknown fields in every kind of object, cycles, depth, read-only files), fields
(hostile text in every string leaf of the schema, walked from the model), output (every command ×
encoding, full device, closed stdout), options (lkj-tui's own options before every command),
timing (every text function and the commands on megabyte inputs).
The exit status is 0 when every figure meets its goal.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import datetime as dt
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, is_dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script: make ``reliability`` and ``tests`` importable
    sys.path.insert(0, str(ROOT))

PARTS = (
    "crash",
    "concurrency",
    "badfiles",
    "disk",
    "hostile",
    "values",
    "shapes",
    "fields",
    "output",
    "options",
    "timing",
)
Row = tuple[str, str, str, bool]  # figure, measured, goal, met


def machine() -> dict[str, str]:
    cpu = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = "?"
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        mem = f"{kb / 1024 / 1024:.0f} GiB"
    except (OSError, ValueError, IndexError):
        pass
    fs = "?"
    with contextlib.suppress(OSError):
        fs = subprocess.run(
            ["stat", "-f", "-c", "%T", tempfile.gettempdir()], capture_output=True, text=True
        ).stdout.strip()
    from importlib.metadata import version

    libs = ", ".join(f"{n} {version(n)}" for n in ("textual", "rich", "tinydb", "hypothesis"))
    return {
        "date": dt.datetime.now().strftime("%Y-%m-%d %H:%M"),
        "cpu": f"{cpu}, {os.cpu_count()} cores",
        "memory": mem,
        "os": f"{platform.system()} {platform.release()}",
        "temp filesystem": f"{tempfile.gettempdir()} ({fs})",
        "python": platform.python_version(),
        "libraries": libs,
        "user": "root" if os.geteuid() == 0 else "not root",
    }


# ---------------------------------------------------------------------------------- parts


def part_crash(work: Path, args: argparse.Namespace) -> list[Row]:
    from reliability.crash import crash_points, kill_loop

    k = kill_loop(work / "kill" / "store", args.kills)
    kb = f"{k.min_file_bytes // 1000}–{k.max_file_bytes // 1000} KB"
    rows: list[Row] = [
        (
            f"SIGKILLed writers (file alternating {kb})",
            str(k.kills),
            str(args.kills),
            k.kills == args.kills,
        ),
        ("files that failed to open", str(k.open_failures), "0", k.open_failures == 0),
        (
            "acknowledged edits lost",
            f"{k.acked_lost} of {k.edits_acknowledged}",
            "0",
            k.acked_lost == 0 and k.edits_acknowledged > 0,
        ),
        ("untouched records changed", str(k.untouched_changed), "0", k.untouched_changed == 0),
        (
            "temp files left after the next open",
            f"{k.temps_left} ({k.kills_mid_write} kills left one behind)",
            "0",
            k.temps_left == 0,
        ),
        (
            "revision or content not matching the counter",
            str(k.other_failures),
            "0",
            k.other_failures == 0,
        ),
    ]
    p = crash_points(work / "points" / "store", repeats=args.repeats)
    rows.append(
        (
            "exact crash points (5 steps × grow/shrink/restore): neither old nor new state",
            f"{p.wrong} of {p.runs} ({p.old_state} old, {p.new_state} new)",
            "0",
            p.ok,
        )
    )
    rows.append(("temp files left after a crash point", str(p.temps_left), "0", p.temps_left == 0))
    control = kill_loop(work / "control" / "store", args.kills, plain=True)
    rows.append(
        (
            "control: the same loop with a plain (non-atomic) write — files that failed to open",
            f"{control.open_failures} of {control.kills} kills",
            "informative (> 0 shows the loop sees broken files)",
            True,
        )
    )
    _problems("crash", k.problems + p.problems)
    return rows


def part_concurrency(work: Path, args: argparse.Namespace) -> list[Row]:
    from reliability.concurrency import run, tui_meets_cli_save

    e = run(work / "edits" / "store", "edit", args.edits)
    i = run(work / "inserts" / "store", "insert", args.edits)
    t = asyncio.run(tui_meets_cli_save(work / "tui" / "store"))
    _problems("concurrency", e.problems + i.problems)
    return [
        (
            f"2 processes × {args.edits} read-modify-write edits of one measure",
            f"{e.result}, {e.errors} errors ({e.seconds:.0f} s)",
            f"{e.expected}, 0 errors",
            e.ok,
        ),
        (
            f"2 processes × {args.edits} inserts",
            f"{i.result} records, {i.duplicate_ids} duplicate ids, {i.missing} missing, "
            f"{i.errors} errors ({i.seconds:.0f} s)",
            f"{i.expected}, 0 duplicates",
            i.ok,
        ),
        (
            "TUI open while `lkj-tui restore` saves: change detected, not overwritten, user told",
            "yes" if t["ok"] else f"no: {t}",
            "yes",
            bool(t["ok"]),
        ),
    ]


def part_badfiles(work: Path, args: argparse.Namespace) -> list[Row]:
    from reliability.badfiles import CASES, check

    commands = (("status",),) if args.quick else None
    f = check(work, commands=commands)
    _problems("bad files", f.problems)
    return [
        (
            f"bad files ({', '.join(CASES)}) refused with file + problem + `lkj-tui restore`",
            f"{f.refused} of {f.cases} ({f.commands_run} commands)",
            f"{f.cases} of {f.cases}",
            f.refused == f.cases,
        ),
        (
            "bytes unchanged",
            f"{f.bytes_unchanged} of {f.cases}",
            f"{f.cases}",
            f.bytes_unchanged == f.cases,
        ),
        (
            "`lkj-tui restore` brought the last good version back",
            f"{f.restored} of {f.cases}",
            f"{f.cases}",
            f.restored == f.cases,
        ),
    ]


def part_disk(work: Path, args: argparse.Namespace) -> list[Row]:
    from reliability import disk

    r = disk.cli_save(work / "rlimit" / "store", limit=20_000)
    rows: list[Row] = [
        (
            "RLIMIT_FSIZE during `lkj-tui restore`: original intact, clear error, no temp",
            "yes" if r["intact"] and "disk penuh" in r["stderr"] and not r["temps"] else f"no: {r}",
            "yes",
            r["returncode"] == 1 and r["intact"] and "disk penuh" in r["stderr"] and not r["temps"],
        )
    ]
    if not disk.mounts_available():
        rows.append(
            ("full tmpfs / read-only mount", "skipped: needs root and unshare", "yes", True)
        )
        return rows
    for kind, word in (("full", "disk penuh"), ("read-only", "tidak dapat ditulisi")):
        out = disk.in_namespace(kind, work / kind)
        lib, cli, tui = out["library"], out["cli"], out["tui"]
        label = "a full tmpfs (0 bytes free)" if kind == "full" else "a read-only bind mount"
        errors_ok = word in lib["error"] and word in cli["stderr"] and word in tui["error_toast"]
        intact = lib["intact"] and cli["intact"] and tui["intact"]
        rows.append(
            (
                f"{label}: store, CLI and TUI saves: original intact, clear error",
                "yes"
                if intact and errors_ok and not cli["temps"] and not tui["temps"]
                else f"no: {out}",
                "yes",
                intact and errors_ok and not cli["temps"] and not tui["temps"],
            )
        )
        tui_ok = tui["running"] and tui["typed_on_screen"] and tui["saved_after_fix"]
        rows.append(
            (
                f"{label}: TUI keeps running, the typed value on screen, saved once writable",
                "yes" if tui_ok else f"no: {tui}",
                "yes",
                bool(tui_ok),
            )
        )
    return rows


def part_hostile(work: Path, args: argparse.Namespace) -> list[Row]:
    import multiprocessing

    from lkj_tui.storage.store import Store
    from reliability.corpus import TEXTUAL, chunks, corpus, hostile_report, terminal_leaks
    from reliability.hostile import HostileFigures, check_cli, check_export, tui_chunk, tui_in_pty

    strings = corpus(args.strings)
    c = check_cli(work / "cli", strings)
    e = check_export(strings)
    size = 250
    jobs = [
        (k, list(part), 8 if k == 0 else 0, 10 if k == 0 else 0, str(work))
        for k, part in enumerate(chunks(strings, size))
    ]
    t = HostileFigures(strings=len(strings))
    started = time.monotonic()
    ctx = multiprocessing.get_context("forkserver")
    with ProcessPoolExecutor(max_workers=os.cpu_count() or 2, mp_context=ctx) as pool:
        for figures in pool.map(tui_chunk, jobs):
            t.add(figures)
    t.seconds = time.monotonic() - started
    # the real TUI on a pty, on the handwritten strings
    root = work / "pty"
    report = hostile_report(strings[:200], "jahat-pty")
    Store(root).import_report(report)
    real = tui_in_pty(root, report.meta.id, len(report))
    real_leaks = terminal_leaks(real.output, TEXTUAL)
    _problems("hostile", c.problems + e.problems + t.problems + real_leaks)
    return [
        (
            "hostile strings (handwritten + generated)",
            str(len(strings)),
            "≥ 5000",
            len(strings) >= 5000 or args.quick,
        ),
        *_cli_rows(c),
        (
            "Markdown export round trip (tests/test_export_hostile.py check)",
            f"{e.runs - e.mismatches - e.exceptions} of {e.runs} reports of 100 strings",
            "100 %",
            e.ok,
        ),
        (
            "TUI (Pilot): tree, detail, toasts, dialogs — exceptions / actions triggered / repaints with control sequences",
            f"{t.exceptions} / {t.actions} / {t.leaks} of {t.runs} repaints ({t.seconds:.0f} s)",
            "0 / 0 / 0",
            t.ok,
        ),
        (
            "real `lkj-tui` TUI on a pty (200 strings, scrolled through every line): exit / control sequences",
            f"{real.returncode} / {len(real_leaks)} ({len(real.output) // 1000} KB written)",
            "0 / 0",
            real.returncode == 0 and not real_leaks,
        ),
    ]


def _cli_rows(c: Any) -> list[Row]:
    """The rows of the CLI runs of the hostile-text parts (``HostileFigures``)."""
    return [
        (
            "`status` (id, en), `status --json`, `export`, `status --all` on a pty: "
            "exceptions / outputs with control sequences",
            f"{c.exceptions} / {c.leaks} of {c.runs} runs ({c.seconds:.0f} s)",
            "0 / 0",
            c.exceptions == 0 and c.leaks == 0 and c.runs > 0,
        ),
        (
            "`status --json` round trip (raw text, exact)",
            f"{c.fields_checked - c.mismatches} of {c.fields_checked} fields",
            "100 %",
            c.mismatches == 0 and c.fields_checked > 0,
        ),
    ]


def part_values(work: Path, args: argparse.Namespace) -> list[Row]:
    from reliability.fuzz import fuzz

    f = fuzz(args.examples)
    _problems("values", f.problems)
    return [
        (
            "value parser fuzzed (hypothesis examples; parse_value, parse_number, compute ×2 each)",
            f"{f.examples} ({f.parsed} parsed, {f.parse_errors} ParseError, {f.seconds:.0f} s)",
            "≥ 10000" if not args.quick else str(args.examples),
            f.examples >= args.examples,
        ),
        ("exceptions other than ParseError", str(f.other_exceptions), "0", f.other_exceptions == 0),
        (
            "ParseError without a one-line message naming the value",
            str(f.bad_messages),
            "0",
            f.bad_messages == 0,
        ),
    ]


def part_shapes(work: Path, args: argparse.Namespace) -> list[Row]:
    from reliability.shapes import HANG_SECONDS, check

    f = check(work, quick=args.quick)
    _problems("shapes", f.problems)
    classes = ", ".join(f"{cls} {ok}/{n}" for cls, (n, ok) in f.by_class.items())
    return [
        (
            "file shapes (non-files at every place of the store, duplicate keys and unknown fields in "
            "every kind of object of the file, cycles, depth, item ids, huge values, read-only): "
            "every command answered as expected",
            f"{f.ok} of {f.cases} cases ({f.commands_run} commands): {classes}",
            f"{f.cases} of {f.cases}",
            f.all_ok,
        ),
        ("commands that hung", str(f.hangs), "0", f.hangs == 0),
        ("tracebacks", str(f.tracebacks), "0", f.tracebacks == 0),
        ("files outside the store changed", str(f.outside_changed), "0", f.outside_changed == 0),
        ("unknown fields lost by a save or a restore", str(f.fields_lost), "0", f.fields_lost == 0),
        (
            "slowest command",
            f"{f.slowest:.1f} s ({f.slowest_command})",
            f"< {HANG_SECONDS:.0f} s",
            f.slowest < HANG_SECONDS,
        ),
    ]


def part_fields(work: Path, args: argparse.Namespace) -> list[Row]:
    from reliability.cli import check_fields
    from reliability.corpus import corpus

    strings = corpus(args.strings)
    f = check_fields(work, strings, tui_strings=40 if args.quick else 200)
    _problems("fields", f.problems)
    tui = f.tui
    rows: list[Row] = [
        (
            "string leaves of the schema found by walking the model (ReportMeta, Node, Measure, "
            "Printed, Item: str, tuples, Mapping keys/values)",
            f"{f.leaves} ({f.leaves_taken} take free text; not: {', '.join(f.refused) or '—'})",
            "every leaf of the model",
            f.leaves > 0,
        ),
        (
            f"hostile strings, each in every leaf of one node or the meta ({f.reports} reports)",
            str(f.strings),
            str(args.strings),
            f.strings == args.strings,
        ),
        *_cli_rows(f),
    ]
    if tui is not None:
        rows.append(
            (
                "TUI (Pilot) on a report poisoned in every leaf: every line of the tree and its "
                "detail pane — exceptions / actions / repaints with control sequences",
                f"{tui.exceptions} / {tui.actions} / {tui.leaks} of {tui.runs} repaints",
                "0 / 0 / 0",
                tui.ok,
            )
        )
    return rows


def part_output(work: Path, args: argparse.Namespace) -> list[Row]:
    from reliability.cli import check_output, commands

    o = check_output(work)
    _problems("output", o.problems)
    return [
        (
            f"every command ({', '.join(sorted(commands()))}) × stdout that cannot encode "
            "(PYTHONIOENCODING=ascii), a full device (/dev/full), a closed stdout (>&-)",
            f"{o.clear} one clear line + exit 1, {o.complete} complete output, of {o.runs}",
            f"{o.runs} of {o.runs}",
            o.ok,
        ),
        (
            "tracebacks / exit 0 with the output lost",
            f"{o.tracebacks} / {o.silent_losses}",
            "0 / 0",
            o.tracebacks == 0 and o.silent_losses == 0,
        ),
    ]


def part_options(work: Path, args: argparse.Namespace) -> list[Row]:
    from reliability.cli import check_options

    o = check_options(work)
    _problems("options", o.problems)
    return [
        (
            "`lkj-tui --store/--report/--lang … COMMAND` for every command: honoured (same output "
            "as after the command) / refused (usage error naming the option) / ignored",
            f"{o.honoured} / {o.refused} / {o.ignored} of {o.cases}",
            "0 ignored",
            o.ok,
        ),
        (
            "a missing store named by --store/$LKJ_TUI_STORE created by a command that reads",
            f"{o.missing_store_created} of {o.missing_store_cases} commands",
            "0",
            o.missing_store_created == 0 and o.missing_store_cases > 0,
        ),
    ]


def part_timing(work: Path, args: argparse.Namespace) -> list[Row]:
    from reliability.timing import SLACK, command_timing, time_text_functions

    size = 250_000 if args.quick else 1_000_000
    t = time_text_functions(size)
    c = command_timing(work, size)
    _problems("timing", t.superlinear + c.over_budget)
    mb = f"{size / 1_000_000:g} M"
    shapes = t.cases // max(len(t.functions), 1)
    return [
        (
            f"text functions ({', '.join(t.functions)}) × {shapes} input shapes at {mb} vs "
            f"{mb}/8 characters: superlinear (> {SLACK:g} × linear)",
            f"{len(t.superlinear)} of {t.cases} (worst growth {t.worst_ratio:.0f}× for 8× the "
            f"input: {t.worst_ratio_case}; slowest {t.slowest:.2f} s: {t.slowest_case}; "
            f"{t.seconds:.0f} s)",
            "0",
            t.ok,
        ),
        (
            f"`status`, `status --json`, `export` with {mb} characters of a shape in an IKU's "
            "name, code and source: over 3 × the same on plain letters + 1.5 s",
            f"{len(c.over_budget)} of {c.cases} (worst {c.worst_ratio:.1f}× the baseline: "
            f"{c.worst_case}; baselines "
            + ", ".join(f"{k} {v:.2f} s" for k, v in c.baseline.items())
            + ")",
            "0",
            c.ok,
        ),
    ]


RUNNERS: dict[str, Callable[[Path, argparse.Namespace], list[Row]]] = {
    "crash": part_crash,
    "concurrency": part_concurrency,
    "badfiles": part_badfiles,
    "disk": part_disk,
    "hostile": part_hostile,
    "values": part_values,
    "shapes": part_shapes,
    "fields": part_fields,
    "output": part_output,
    "options": part_options,
    "timing": part_timing,
}
TITLES = {
    "crash": "1. Crash safety",
    "concurrency": "2. Concurrency",
    "badfiles": "3. Bad files",
    "disk": "4. Full disk, read-only folder",
    "hostile": "5. Hostile text",
    "values": "6. Values",
    "shapes": "7. File shapes",
    "fields": "8. Hostile text in every schema field",
    "output": "9. Output conditions",
    "options": "10. Option placement",
    "timing": "11. Text functions on long inputs",
}
_PROBLEMS: list[str] = []


def _problems(part: str, problems: list[str]) -> None:
    _PROBLEMS.extend(f"[{part}] {p}" for p in problems[:20])


def _jsonable(value: Any) -> Any:
    return asdict(value) if is_dataclass(value) and not isinstance(value, type) else str(value)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="small numbers (a few minutes)")
    parser.add_argument("--kills", type=int, help="SIGKILL rounds (500; quick 50)")
    parser.add_argument("--edits", type=int, help="edits and inserts per writer (500; quick 50)")
    parser.add_argument("--strings", type=int, help="hostile strings (5000; quick 500)")
    parser.add_argument("--examples", type=int, help="hypothesis examples (10000; quick 500)")
    parser.add_argument("--repeats", type=int, help="rounds of exact crash points (5; quick 1)")
    parser.add_argument("--only", help=f"comma-separated parts: {','.join(PARTS)}")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    parser.add_argument("--keep", action="store_true", help="keep the work folder")
    args = parser.parse_args(argv)
    full = {"kills": 500, "edits": 500, "strings": 5000, "examples": 10000, "repeats": 5}
    quick = {"kills": 50, "edits": 50, "strings": 500, "examples": 500, "repeats": 1}
    for name, value in (quick if args.quick else full).items():
        if getattr(args, name) is None:
            setattr(args, name, value)
    parts = args.only.split(",") if args.only else list(PARTS)
    unknown = set(parts) - set(PARTS)
    if unknown:
        parser.error(f"unknown parts: {', '.join(sorted(unknown))}")
    work = Path(tempfile.mkdtemp(prefix="lkj-reliability-"))
    info = machine()
    print("lkj-tui reliability suite —", ", ".join(f"{k}: {v}" for k, v in info.items()))
    results: dict[str, list[Row]] = {}
    timings: dict[str, float] = {}
    started = time.monotonic()
    try:
        for part in parts:
            t0 = time.monotonic()
            print(f"… {TITLES[part]}", flush=True)
            try:
                results[part] = RUNNERS[part](work / part, args)
            except Exception as exc:  # a part that cannot run is a failed figure, not a crash
                results[part] = [
                    (f"{TITLES[part]} ran", f"failed: {type(exc).__name__}: {exc}", "ran", False)
                ]
            timings[part] = time.monotonic() - t0
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    total = time.monotonic() - started
    ok = all(met for rows in results.values() for *_, met in rows)
    print()
    print("| Figure | Measured | Goal | |")
    print("|---|---|---|---|")
    for part, rows in results.items():
        print(f"| **{TITLES[part]}** ({timings[part]:.0f} s) | | | |")
        for figure, measured, goal, met in rows:
            if figure:
                print(f"| {figure} | {measured} | {goal} | {'✓' if met else '✗'} |")
    print()
    print(
        f"Total {total / 60:.1f} min. {'Every figure meets its goal.' if ok else 'SOME FIGURES MISS THEIR GOAL.'}"
    )
    if _PROBLEMS:
        print("\nProblems:")
        for problem in _PROBLEMS[:60]:
            print(" ", problem[:400])
    if args.json:
        data = {
            "machine": info,
            "arguments": vars(args) | {"json": str(args.json)},
            "seconds": timings,
            "figures": {p: [list(r) for r in rows] for p, rows in results.items()},
            "problems": _PROBLEMS,
            "ok": ok,
        }
        args.json.write_text(json.dumps(data, indent=2, ensure_ascii=False, default=_jsonable))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
