"""lkj-tui benchmarks: one table, every figure beside its floor measured in the same run.

    python benchmarks/bench.py [--quick] [--runs N] [--data DIR] [--seed N] [--only NAMES]

Each figure is the median of several runs (whole processes are timed with ``time.perf_counter``
around ``subprocess.run``, ours and the floor alternating so that a noisy neighbour hits both).
Synthetic stores come from ``benchmarks/generate.py`` and are kept in ``--data`` (default
``~/.cache/lkj-tui-bench``) until the generator or the store format changes.

``--quick`` (used by CI through ``.ci/run``) runs every figure once on tiny stores in a temporary
folder; it checks that the benchmark keeps working and asserts nothing about speed.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from importlib import metadata
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import generate  # noqa: E402  (benchmarks/generate.py, next to this file)

PY = sys.executable
LKJ = str(Path(PY).with_name("lkj-tui"))
SIZE = (120, 40)  # the terminal of every TUI measurement
SLOW = 20.0  # seconds: slower figures get one measured run

# ------------------------------------------------------------------------------ child scripts


def _first_frame(setup: str = "", on_loaded: str = "") -> str:
    """The TUI as a user starts it (``lkj-tui --store …``, through the installed command's entry:
    cli/entry.py opens the TUI without typer for this form, cli/start.py), headless: a script that
    runs ``setup`` first and gives the app the handler ``on_loaded`` (a method, indented by 4), which
    makes it exit once what it measures is on screen."""
    script = textwrap.dedent(
        """
        import sys
        from pathlib import Path
        import lkj_tui.tui.app as tui
        SETUP

        class FirstFrame(tui.LkjApp):
            # a class defined here has no source file: give textual the stylesheet's absolute path
            CSS_PATH = str(Path(tui.__file__).with_name(tui.LkjApp.CSS_PATH))
        ON_LOADED
            def on_load_failed(self, message):
                self.exit(3)

            def run(self, *args, **kwargs):
                return super().run(headless=True, size=SIZE)

        tui.LkjApp = FirstFrame
        from lkj_tui.cli.entry import main

        sys.argv = ["lkj-tui", *sys.argv[1:]]
        main()
        """
    )
    return (
        script.replace("SETUP", setup).replace("ON_LOADED", on_loaded).replace("SIZE", repr(SIZE))
    )


#: Exits after the first refresh that follows the report being loaded.
TUI_FIRST_FRAME = _first_frame(
    on_loaded=(
        "    def on_view_loaded(self, message):  # LkjApp's own handler runs too (MRO dispatch)\n"
        "        self.call_after_refresh(self.exit, 0)\n"
    )
)

#: The TUI after the report is evaluated and its reviu made, its Reviu screen (``v``) open:
#: exits once the screen is mounted and painted (the huge report: the session's peak, mem59).
TUI_AFTER_REVIU = _first_frame(
    setup=textwrap.dedent(
        """
        import lkj_tui.tui.reviu as rv

        mounted = rv.ReviuScreen.on_mount

        def on_mount(self):
            mounted(self)
            self.app.call_after_refresh(self.app.exit, 0)

        rv.ReviuScreen.on_mount = on_mount
        """
    ),
    on_loaded=(
        "    def on_reviu_ready(self, message):  # LkjApp's own handler runs too (MRO dispatch)\n"
        "        self.call_after_refresh(self.action_reviu)\n"
    ),
)

EMPTY_FIRST_FRAME = textwrap.dedent(
    """
    from textual.app import App

    class Empty(App):
        def on_mount(self):
            self.call_after_refresh(self.exit, 0)

    Empty().run(headless=True, size=SIZE)
    """
).replace("SIZE", repr(SIZE))

#: The overview's first frame (issue 15): the TUI started on a store of several reports (the
#: overview is then the start screen), exiting once the overview's rows are on screen.
OVERVIEW_FIRST_FRAME = _first_frame(
    setup=textwrap.dedent(
        """
        import lkj_tui.tui.components.overview as ov

        shown = ov.OverviewScreen.on_overview_loaded

        def loaded(self, message):
            shown(self, message)
            self.app.call_after_refresh(self.app.exit, 0)

        ov.OverviewScreen.on_overview_loaded = loaded
        """
    )
)

#: The overview's floor: an empty Textual app's first frame after one stat of every report file.
OVERVIEW_FLOOR = textwrap.dedent(
    """
    import os, sys
    from textual.app import App

    class Empty(App):
        def on_mount(self):
            for e in os.scandir(sys.argv[1]):
                if e.name.endswith(".json"):
                    e.stat()
            self.call_after_refresh(self.exit, 0)

    Empty().run(headless=True, size=SIZE)
    """
).replace("SIZE", repr(SIZE))

#: In-process interaction with the Pilot: cursor moves, the under-target filter and a search on
#: one report, the tree fully expanded. Prints JSON: lists of seconds (wall and CPU).
TUI_INTERACT = textwrap.dedent(
    """
    import asyncio, json, sys, time
    from pathlib import Path
    from lkj_tui.storage.store import Store
    import lkj_tui.tui.app as tui
    import lkj_tui.tui.screens as screens

    store, report_id, moves, repeats, query = sys.argv[1], sys.argv[2], *map(int, sys.argv[3:5]), sys.argv[5]
    shown = {}
    original = screens.SearchScreen.show_results

    def show_results(self, q, rows, total):
        original(self, q, rows, total)
        if q == query:
            shown["t"], shown["n"] = time.perf_counter(), total

    screens.SearchScreen.show_results = show_results

    async def until(pilot, test):
        while not test():
            await pilot.pause(0.001)
        await pilot._wait_for_screen()

    async def main():
        app = tui.LkjApp(Store(Path(store)), report_id=report_id)
        out = {"move": [], "move_cpu": [], "filter": [], "search": []}
        async with app.run_test(size=SIZE) as pilot:
            # the report evaluated (a big one is after its first frame) and its reviu made: each
            # move's CPU is then the move's own, not the background threads'
            await until(pilot, lambda: app.view is not None and getattr(app.view, "ready", True))
            await pilot.pause()
            await app.workers.wait_for_complete()
            app.action_expand_all()
            await pilot.pause()
            out["lines"] = app.tree.last_line + 1
            for _ in range(moves):
                t0, c0 = time.perf_counter(), time.process_time()
                await pilot.press("down")
                await pilot.pause()
                out["move"].append(time.perf_counter() - t0)
                out["move_cpu"].append(time.process_time() - c0)
            for _ in range(repeats):
                t0 = time.perf_counter()
                await pilot.press("u")
                await until(pilot, lambda: app.tree.only is not None)
                out["filter"].append(time.perf_counter() - t0)
                out["filtered"] = len(app.tree.only)
                await pilot.press("u")
                await until(pilot, lambda: app.tree.only is None)
            for _ in range(repeats):
                await pilot.press("slash")
                await until(pilot, lambda: isinstance(app.screen, screens.SearchScreen))
                shown.clear()
                t0 = time.perf_counter()
                await pilot.press(*query)
                await until(pilot, lambda: "t" in shown)
                out["search"].append(shown["t"] - t0)
                out["found"] = shown["n"]
                await pilot.press("escape")
                await until(pilot, lambda: not isinstance(app.screen, screens.SearchScreen))
        print(json.dumps(out))

    asyncio.run(main())
    """
).replace("SIZE", repr(SIZE))

#: The floor of TUI_INTERACT: a plain Textual ``Tree`` with the same nodes (read with ``json`` from
#: the report file), fully expanded; the filter is a rebuild with as many nodes as ours showed; the
#: search a modal ``Input`` + ``OptionList`` filled synchronously with the same number of rows.
TUI_INTERACT_FLOOR = textwrap.dedent(
    """
    import asyncio, json, sys, time
    from textual.app import App
    from textual.screen import ModalScreen
    from textual.widgets import Input, OptionList, Tree

    path, moves, repeats, query, filtered, found = sys.argv[1], *map(int, sys.argv[2:4]), sys.argv[4], *map(int, sys.argv[5:7])
    docs = json.loads(open(path, encoding="utf-8").read())["nodes"].values()
    kids = {}
    for d in sorted(docs, key=lambda d: d.get("order", 0)):  # (a default is not written)
        kids.setdefault(d.get("parent"), []).append(d)

    def fill(tree, limit=None):
        tree.clear()
        count = 0
        stack = [(tree.root, d) for d in reversed(kids.get(None, []))]
        while stack and (limit is None or count < limit):
            parent, d = stack.pop()
            node = parent.add(f"{d.get('code', '')} {d['name']}", d["id"], expand=True,
                              allow_expand=d["id"] in kids)
            count += 1
            stack.extend((node, c) for c in reversed(kids.get(d["id"], [])))

    class Search(ModalScreen):
        BINDINGS = [("escape", "dismiss", "")]
        def compose(self):
            yield Input(id="q")
            yield OptionList(id="r")
        def on_input_changed(self, event):
            r = self.query_one(OptionList)
            r.clear_options()
            r.add_options([f"{event.value} {i}" for i in range(min(found, 50))])
            if event.value == query:
                shown["t"] = time.perf_counter()

    shown = {}

    class Floor(App):
        BINDINGS = [("u", "toggle", ""), ("slash", "search", "")]
        filtered_on = False
        def compose(self):
            yield Tree("", id="tree")
        def on_mount(self):
            tree = self.query_one(Tree)
            tree.show_root = False
            fill(tree)
            tree.focus()
        def action_toggle(self):
            self.filtered_on = not self.filtered_on
            fill(self.query_one(Tree), filtered if self.filtered_on else None)
        def action_search(self):
            self.push_screen(Search())

    async def until(pilot, test):
        while not test():
            await pilot.pause(0.001)
        await pilot._wait_for_screen()

    async def main():
        app = Floor()
        out = {"move": [], "move_cpu": [], "filter": [], "search": []}
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            out["lines"] = app.query_one(Tree).last_line + 1
            for _ in range(moves):
                t0, c0 = time.perf_counter(), time.process_time()
                await pilot.press("down")
                await pilot.pause()
                out["move"].append(time.perf_counter() - t0)
                out["move_cpu"].append(time.process_time() - c0)
            for _ in range(repeats):
                t0 = time.perf_counter()
                await pilot.press("u")
                await until(pilot, lambda: app.filtered_on)
                out["filter"].append(time.perf_counter() - t0)
                await pilot.press("u")
                await until(pilot, lambda: not app.filtered_on)
            for _ in range(repeats):
                await pilot.press("slash")
                await until(pilot, lambda: isinstance(app.screen, Search))
                shown.clear()
                t0 = time.perf_counter()
                await pilot.press(*query)
                await until(pilot, lambda: "t" in shown)
                out["search"].append(shown["t"] - t0)
                await pilot.press("escape")
                await until(pilot, lambda: not isinstance(app.screen, Search))
        print(json.dumps(out))

    asyncio.run(main())
    """
).replace("SIZE", repr(SIZE))

#: Peak resident memory in KB. Not ``ru_maxrss``: on Linux it carries the parent's peak across
#: fork + exec, so every child of a big benchmark process would report at least the parent's size.
#: No import: a floor pays nothing for being measured (no ``pathlib``, no ``re``).
PEAK = 'next(l.split()[1] for l in open("/proc/self/status") if l.startswith("VmHWM:"))'

#: Export every report of a store in one process, as ``lkj-tui export -r ID -o FILE`` does for one.
EXPORT_ALL = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from lkj_tui.cli.export import run_export

    store, out = Path(sys.argv[1]), Path(sys.argv[2])
    for path in sorted(store.glob("*.json")):
        run_export(store, path.stem, out / f"{path.stem}.md", True, "default", "id")
    print(PEAK)
    """
).replace("PEAK", PEAK)

#: Its floor (issue 17: "parse every report file and write the same bytes"): parse every report
#: file with the standard json module, the cyclic GC off (as ours parses), and write for each one a
#: file of as many bytes as ours wrote for it in the same run (``argv[3]``, a JSON map of report id
#: to size, made by :func:`output_sizes`), with plain writes; its peak memory in KB on stdout.
EXPORT_FLOOR = textwrap.dedent(
    """
    import gc, json, os, sys
    gc.disable()
    store, out = sys.argv[1], sys.argv[2]
    with open(sys.argv[3], "rb") as f:
        sizes = json.loads(f.read())
    for name in sorted(os.listdir(store)):
        if name.endswith(".json") and not name.startswith("."):
            with open(os.path.join(store, name), "rb") as f:
                json.loads(f.read())
            with open(os.path.join(out, name[:-5] + ".md"), "wb") as f:
                f.write(b"-" * sizes[name[:-5]])
    print(PEAK)
    """
).replace("PEAK", PEAK)

#: ``Store.load`` of one report in a fresh process: seconds in process, then peak RSS (KB).
LOAD_ONE = textwrap.dedent(
    """
    import re, sys, time
    from pathlib import Path
    from lkj_tui.storage.store import Store

    path = Path(sys.argv[1])
    store = Store(path.parent)
    before = re.search(r"VmRSS:\\s*(\\d+)", Path("/proc/self/status").read_text())[1]
    start = time.perf_counter()
    store.load(path.stem)
    print(time.perf_counter() - start, PEAK, before)
    """
).replace("PEAK", PEAK)

#: Its floor: the fastest parse we ship, ``json.loads`` of the file's bytes (with the GC off, as
#: the load runs), in the same kind of process.
LOAD_FLOOR = textwrap.dedent(
    """
    import gc, json, sys, time
    from pathlib import Path

    path = Path(sys.argv[1])
    start = time.perf_counter()
    gc.disable()
    json.loads(path.read_bytes())
    print(time.perf_counter() - start, PEAK)
    """
).replace("PEAK", PEAK)

#: The reviu of every report of a store in one process, as ``lkj-tui check -r ID`` does for one.
CHECK_ALL = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from lkj_tui.cli.check import run_check

    store = Path(sys.argv[1])
    for path in sorted(store.glob("*.json")):
        run_check(store, path.stem, False, "id", "info")
    print(PEAK)
    """
).replace("PEAK", PEAK)

#: Prepended to a child script: its peak memory in KB is written at exit to ``$LKJ_BENCH_RSS``
#: (no ``pathlib``: a floor imports nothing for being measured).
AT_EXIT_PEAK = textwrap.dedent(
    """
    import atexit as _atexit, os as _os
    _atexit.register(lambda: open(_os.environ["LKJ_BENCH_RSS"], "w").write(PEAK))
    """
).replace("PEAK", PEAK)

#: One edit saved in a process of its own, as a user's first save: the store opened, the report
#: ``argv[2]`` loaded, a realisasi edit saved (``timed_save``'s edit). With :data:`AT_EXIT_PEAK`.
SAVE_ONE = textwrap.dedent(
    """
    import sys
    from dataclasses import replace
    from pathlib import Path
    from lkj_tui.storage.store import Store

    store, target = Store(Path(sys.argv[1])), sys.argv[2]
    loaded = store.load(target)
    node = next(n for n in loaded.report.walk() if n.kind == "iku" and n.measure)
    value = "12,5" if node.measure.realisasi != "12,5" else "13,5"
    edited = node.with_changes(measure=replace(node.measure, realisasi=value))
    store.save_node(target, edited, expected_revision=loaded.revision)
    """
)

#: Its floor (issue 17: "an atomic write of the same bytes") in a process of its own: the bytes of
#: the file ``argv[1]`` (what ours saved) written to a temp file beside ``argv[2]``, fsynced, renamed
#: over it, the folder fsynced, as ``atomic_write_bytes`` does; nothing imported but ``os``.
SAVE_FLOOR = textwrap.dedent(
    """
    import os, sys
    with open(sys.argv[1], "rb") as f:
        data = f.read()
    path = sys.argv[2]
    folder = os.path.dirname(path)
    temp = os.path.join(folder, "." + os.path.basename(path) + "." + os.urandom(6).hex() + ".tmp")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())
    os.replace(temp, path)
    fd = os.open(folder, os.O_RDONLY)
    os.fsync(fd)
    os.close(fd)
    """
)

IMPORT_FLOOR = "import typer, rich.table, tinydb"

#: A command run through ``main`` whose exit 1 is an answer, not a failure (``check`` with errors).
CLI_RUN = textwrap.dedent(
    """
    import sys
    from lkj_tui.cli.main import main
    sys.argv = ["lkj-tui", *sys.argv[1:]]
    try:
        main()
    except SystemExit as exc:
        sys.exit(0 if exc.code in (0, 1, None) else exc.code)
    """
)

#: ``status --all``'s floor: the same imports, then one stat of every report file.
LIST_FLOOR = textwrap.dedent(
    """
    import os, sys
    import typer, rich.table, tinydb
    for e in os.scandir(sys.argv[1]):
        if e.name.endswith(".json"):
            e.stat()
    """
)

#: The floor "parse every report file" (issue 17: the cold ``status --all``) and "parse the report
#: file with the fastest JSON parser we ship" (the huge report's ``status`` and first frame): read
#: and parse every report file of a folder with the standard json module, in one process, the
#: cyclic GC off (as ours parses: with it on, the GC scans the growing tree again and again, 2–3× the
#: parse of the huge report); nothing else imported. Its peak memory in KB on stdout.
PARSE_FLOOR = textwrap.dedent(
    """
    import gc, json, os, sys
    gc.disable()
    for e in sorted(os.scandir(sys.argv[1]), key=lambda e: e.name):
        if e.name.endswith(".json") and not e.name.startswith("."):
            with open(e.path, "rb") as f:
                json.loads(f.read())
    print(PEAK)
    """
).replace("PEAK", PEAK)

#: ``lkj-tui ARGS`` run through ``main``, its peak memory in KB written to the file ``argv[1]`` at
#: exit (stdout is the command's).
CLI_PEAK = textwrap.dedent(
    """
    import atexit, sys
    from pathlib import Path
    out = Path(sys.argv[1])
    atexit.register(lambda: out.write_text(PEAK))
    from lkj_tui.cli.main import main
    sys.argv = ["lkj-tui", *sys.argv[2:]]
    main()
    """
).replace("PEAK", PEAK)

# ------------------------------------------------------------------------------ measuring


class BenchError(RuntimeError):
    pass


#: Byte code of every child process is cached here (set in main), as an installed package would
#: have it: with PYTHONDONTWRITEBYTECODE every start would compile lkj_tui from source again.
PYCACHE: Path | None = None
WORKDIR: Path | None = None


def _env(extra: dict[str, str] | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LKJ_TUI")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env |= {"COLUMNS": "120", "LINES": "40", "NO_COLOR": "1"}
    if PYCACHE is not None:
        env["PYTHONPYCACHEPREFIX"] = str(PYCACHE)
    return env | (extra or {})


@dataclass
class Sample:
    """One child process: its wall time and its CPU time (user + sys, from the kernel's rusage of
    the reaped child) in seconds, and its stdout."""

    wall: float
    cpu: float
    out: str


def run_sample(
    cmd: Sequence[str], *, timeout: float = 1800, env: dict[str, str] | None = None
) -> Sample:
    """Run one process: a :class:`Sample`. A failure stops the benchmark with its stderr."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.run(
        list(cmd),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        env=_env(env),
        timeout=timeout,
        cwd=WORKDIR,  # not the checkout: ``python -c`` puts the cwd first on sys.path
    )
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        tail = "\n".join(proc.stderr.strip().splitlines()[-15:])
        shown = " ".join(c if len(c) < 60 else c.strip().splitlines()[0] + "…" for c in cmd)
        raise BenchError(f"{shown} exited with {proc.returncode}:\n{tail}")
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return Sample(elapsed, cpu, proc.stdout)


def run(
    cmd: Sequence[str], *, timeout: float = 1800, env: dict[str, str] | None = None
) -> tuple[float, str]:
    """Run one process; its wall time and stdout. A failure stops the benchmark with its stderr."""
    sample = run_sample(cmd, timeout=timeout, env=env)
    return sample.wall, sample.out


def paired(ours: Sequence[str], floor: Sequence[str], runs: int) -> tuple[float, float]:
    """Median wall time of ``ours`` and ``floor``, run alternately ``runs`` times each after one
    warm-up run of each (page cache, byte code, the listing index). A figure whose warm-up took
    more than ``SLOW`` seconds is measured once more only (the warm-up is then its other run)."""
    warm_ours, _ = run(ours)
    run(floor)
    a: list[float] = []
    b: list[float] = []
    for _ in range(runs if warm_ours < SLOW else 1):
        a.append(run(ours)[0])
        b.append(run(floor)[0])
    return statistics.median(a), statistics.median(b)


Job = Callable[[], Sample]


@dataclass
class Matched:
    """Figures of :func:`matched`: for each of ours, the median over rounds of its wall and CPU
    time; for the floor, the median over rounds of the mean of the round's floor runs."""

    ours: list[Sample]  # .out: the stdout of ours' last run
    floor: Sample  # .out: the stdout of the floor's last run
    ratios: list[list[float]]  # for each of ours, its wall time over the floor's in each round
    cpu_ratios: list[list[float]]  # the same for CPU time


def warm_files(paths: Sequence[Path]) -> None:
    """Read every file once, untimed, so that ours and the floor both start with them cached."""
    for path in paths:
        with open(path, "rb") as f:
            while f.read(1 << 20):
                pass


def matched(
    ours: Sequence[Job], floor: Job, rounds: int, *, per_side: int | None = None
) -> Matched:
    """Ours against a floor much shorter than ours, measured so that both see the same machine.

    A round runs the floor ``per_side`` times before each of ours and after the last one, so the
    floor's runs surround ours and add up to about ours' time: the floor is then timed over a
    window as long as ours and centred on it, and a burst of load (another process, a busy
    neighbour of this VM's cores) lands on both alike. A single short floor run samples only a
    fraction of that window, which is why its median of 3 moved by 30 % between runs of the same
    tree. The floor of a round is the mean of its runs; each figure is the median over rounds.

    With ``per_side=None`` one untimed run of each (page cache, byte code) comes first and sets
    ``per_side`` to about ours' time over the floor's, split into the gaps; with a number given
    (ours measured once, cold), nothing is warmed here.
    """
    if per_side is None:
        warm = [job().wall for job in ours]
        one = max(floor().wall, 1e-3)
        per_side = max(1, round(statistics.mean(warm) / one / (len(ours) + 1)))
    walls: list[list[float]] = [[] for _ in ours]
    cpus: list[list[float]] = [[] for _ in ours]
    outs = ["" for _ in ours]
    floor_walls: list[float] = []
    floor_cpus: list[float] = []
    floor_out = ""
    for _ in range(rounds):
        window: list[Sample] = []
        for i, job in enumerate(ours):
            window += [floor() for _ in range(per_side)]
            sample = job()
            walls[i].append(sample.wall)
            cpus[i].append(sample.cpu)
            outs[i] = sample.out
        window += [floor() for _ in range(per_side)]
        floor_walls.append(statistics.mean(s.wall for s in window))
        floor_cpus.append(statistics.mean(s.cpu for s in window))
        floor_out = window[-1].out
    med = statistics.median
    return Matched(
        [Sample(med(w), med(c), o) for w, c, o in zip(walls, cpus, outs, strict=True)],
        Sample(med(floor_walls), med(floor_cpus), floor_out),
        [[w / f for w, f in zip(ws, floor_walls, strict=True)] for ws in walls],
        [[c / f for c, f in zip(cs, floor_cpus, strict=True)] for cs in cpus],
    )


def once_rounds(runs: int) -> int:
    """Rounds of :func:`matched` for a figure whose one run takes seconds and is measured once a
    round (the cold ``status --all``, the huge report): 1 up to ``--runs 3``, then one more for
    every 3 runs asked (2 for the table's ``--runs 5``: the median of 2 is their mean)."""
    return max(1, (runs + 1) // 3)


def round_note(ratios: Sequence[float]) -> str:
    """The ratio of each round, when there are several: how steady the figure was in this run."""
    return "" if len(ratios) < 2 else "rounds " + ", ".join(f"{r:.2f}×" for r in ratios)


# ------------------------------------------------------------------------------ the table


@dataclass
class Row:
    figure: str
    ours: float | None  # seconds, or bytes for memory rows
    floor: float | None
    goal: str = ""
    unit: str = "s"  # "s" or "MB"
    ok: bool | None = None  # the goal holds (None: no goal)
    note: str = ""


def fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit == "MB":
        return f"{value:.0f} MB"
    if value < 1:
        return f"{value * 1000:.1f} ms" if value < 0.1 else f"{value * 1000:.0f} ms"
    return f"{value:.2f} s"


def table(rows: list[Row]) -> str:
    lines = ["| figure | ours | floor | ratio | goal |", "|---|---:|---:|---:|---|"]
    for r in rows:
        ratio = f"{r.ours / r.floor:.2f}×" if r.ours is not None and r.floor else "—"
        goal = r.goal + ("" if r.ok is None else (" ✓" if r.ok else " ✗ missed"))
        figure = r.figure + (f" ({r.note})" if r.note else "")
        cells = [figure, fmt(r.ours, r.unit), fmt(r.floor, r.unit), ratio, goal]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def machine() -> str:
    cpu = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        cpu = platform.processor() or "?"
    versions = []
    for pkg in ("textual", "typer", "tinydb", "rich", "orjson"):
        try:
            versions.append(f"{pkg} {metadata.version(pkg)}")
        except metadata.PackageNotFoundError:
            continue
    return (
        f"{os.cpu_count()} CPUs ({cpu}), {platform.system()} {platform.release()}, "
        f"Python {platform.python_version()}; " + ", ".join(versions)
    )


# ------------------------------------------------------------------------------ stores


def _stamp() -> str:
    """Changes when the generator or the store's file format might: stores are then rebuilt."""
    import lkj_tui

    package = Path(lkj_tui.__file__).parent  # the one the children import (PYTHONPATH counts)
    h = hashlib.sha256((HERE / "generate.py").read_bytes())
    for rel in ("core/model.py", "storage/jsonfile.py", "storage/records.py"):
        h.update((package / rel).read_bytes())
    return h.hexdigest()[:16]


#: ``--reuse-stores``: keep a generated store after the model or the format changed (the provinsi
#: store takes minutes to generate; it still reads as any older report file does).
REUSE_STORES = False


def ensure_store(scale: str, data: Path, seed: int) -> Path:
    path = data / f"{scale}-s{seed}"
    marker = path / ".bench-stamp"
    stamp = _stamp()
    if marker.exists() and (marker.read_text() == stamp or REUSE_STORES):
        return path
    shutil.rmtree(path, ignore_errors=True)
    print(f"generating the {scale} store in {path}…", file=sys.stderr, flush=True)
    start = time.perf_counter()
    generate.generate(scale, path, seed)
    marker.write_text(stamp)
    print(f"  {time.perf_counter() - start:.1f} s", file=sys.stderr, flush=True)
    return path


def bundled_store(data: Path) -> Path:
    from lkj_tui.bundled import load_bundled_report
    from lkj_tui.storage.store import Store

    path = data / "bundled"
    shutil.rmtree(path, ignore_errors=True)
    Store(path, seed=load_bundled_report)
    return path


def report_files(store: Path) -> list[Path]:
    return sorted(p for p in store.glob("*.json") if not p.name.startswith("."))


def copy_store(src: Path, dst: Path, n: int, keep: Path | None = None) -> Path:
    """A store folder with ``n`` of ``src``'s reports (always including ``keep``)."""
    shutil.rmtree(dst, ignore_errors=True)
    dst.mkdir(parents=True)
    files = report_files(src)
    chosen = ([keep] if keep else []) + [f for f in files if f != keep]
    for f in chosen[:n]:
        shutil.copyfile(f, dst / f.name)
    return dst


def largest_report_file(store: Path) -> Path:
    return max(report_files(store), key=lambda p: p.stat().st_size)


def largest_report(store: Path) -> str:
    return largest_report_file(store).stem


def median_report(store: Path) -> str:
    files = sorted(report_files(store), key=lambda p: p.stat().st_size)
    return files[len(files) // 2].stem


# ------------------------------------------------------------------------------ figures


def peak_row(
    ours: Sequence[str],
    floor: Sequence[str],
    work: Path,
    label: str = "  peak memory (VmHWM, one more run)",
) -> Row:
    """Issue 17: "peak RSS of each figure reported". One more run of ours and of the floor (the
    scripts ``ours`` and ``floor`` with their arguments, untimed), their peak RSS from
    :data:`AT_EXIT_PEAK`."""
    peaks = []
    for i, (script, *args) in enumerate((ours, floor)):
        out = work / f"peak-{i}"
        run([PY, "-c", AT_EXIT_PEAK + script, *args], env={"LKJ_BENCH_RSS": str(out)})
        peaks.append(int(out.read_text()) / 1024)
    return Row(label, *peaks, "report", unit="MB")


def bench_status(bundled: Path, runs: int, work: Path) -> list[Row]:
    ours, floor = paired([LKJ, "status", "--store", str(bundled)], [PY, "-c", IMPORT_FLOOR], runs)
    return [
        Row("`lkj-tui status`, bundled report", ours, floor, "≤ 1.3×", ok=ours <= 1.3 * floor),
        peak_row([CLI_RUN, "status", "--store", str(bundled)], [IMPORT_FLOOR], work),
    ]


def bench_check(bundled: Path, kab: Path, runs: int) -> list[Row]:
    """``lkj-tui check`` against ``lkj-tui status`` on the bundled report (both through ``main``),
    and the reviu in process on the store's largest report against evaluating it."""
    from lkj_tui.core.evaluate import Evaluation
    from lkj_tui.core.reviu import run_checks
    from lkj_tui.storage.store import Store

    ours, floor = paired(
        [PY, "-c", CLI_RUN, "check", "--store", str(bundled)],
        [PY, "-c", CLI_RUN, "status", "--store", str(bundled)],
        runs,
    )
    rows = [Row("`lkj-tui check`, bundled report (floor: `status`)", ours, floor, "report")]
    name = largest_report(kab)
    report = Store(kab).load(name).report
    evals, checks = [], []
    for _ in range(max(runs, 3)):
        start = time.perf_counter()
        evaluation = Evaluation(report)
        evals.append(time.perf_counter() - start)
        start = time.perf_counter()
        run_checks(evaluation)
        checks.append(time.perf_counter() - start)
    measures = len(report.measured())
    label = f"reviu in process, largest report ({measures} measures; floor: its evaluation)"
    rows.append(Row(label, statistics.median(checks), statistics.median(evals), "report"))
    return rows


def bench_first_frame(
    store: Path, runs: int, label: str, goal_abs: float | None, work: Path | None = None
) -> Row | list[Row]:
    """The TUI's first frame against an empty Textual app's; with ``work``, its peak memory too."""
    ours, floor = paired(
        [PY, "-c", TUI_FIRST_FRAME, "--store", str(store)], [PY, "-c", EMPTY_FIRST_FRAME], runs
    )
    if goal_abs is None:
        row = Row(f"TUI first frame, {label}", ours, floor, "≤ 1.3×", ok=ours <= 1.3 * floor)
        if work is None:
            return row
        return [row, peak_row([TUI_FIRST_FRAME, "--store", str(store)], [EMPTY_FIRST_FRAME], work)]
    return Row(
        f"TUI first frame, {label}", ours, floor, f"≤ {fmt(goal_abs, 's')}", ok=ours <= goal_abs
    )


def timed_save(store: Any, target: str, node: Any, i: int, revision: int) -> tuple[int, float]:
    """One realisasi edit (a new value each run) saved; (new revision, seconds)."""
    edited = node.with_changes(measure=replace(node.measure, realisasi=f"{i % 97},{i % 10}"))
    start = time.perf_counter()
    revision = store.save_node(target, edited, expected_revision=revision)
    return revision, time.perf_counter() - start


def bench_save(kab: Path, work: Path, runs: int, sizes: list[int]) -> list[Row]:
    """Median ms of ``Store.save_node`` (one realisasi edit) in stores of ``sizes`` reports, and the
    floor: an atomic write (temp file, fsync, rename, folder fsync) of the same bytes."""
    from lkj_tui.storage.atomic import atomic_write_bytes
    from lkj_tui.storage.store import Store

    target = median_report(kab)
    rows = []
    for n in sizes:
        folder = copy_store(kab, work / f"save-{n}", n, keep=kab / f"{target}.json")
        store = Store(folder)
        loaded = store.load(target)
        node = next(n for n in loaded.report.walk() if n.kind == "iku" and n.measure)
        assert node.measure is not None
        revision = loaded.revision
        ours: list[float] = []
        floor: list[float] = []
        scratch = work / f"save-{n}-floor.json"
        for i in range(runs + 1):
            revision, elapsed = timed_save(store, target, node, i, revision)
            data = (folder / f"{target}.json").read_bytes()
            start = time.perf_counter()
            atomic_write_bytes(scratch, data)
            floor_elapsed = time.perf_counter() - start
            if i:  # the first is a warm-up
                ours.append(elapsed)
                floor.append(floor_elapsed)
        size_kb = len(data) / 1024
        label = f"save one edit, {n} report{'s' if n > 1 else ''} in the store"
        med = statistics.median(ours)
        med_floor = statistics.median(floor)
        rows.append(
            Row(
                label,
                med,
                med_floor,
                "≤ 5×",
                ok=med <= 5 * med_floor,
                note=f"{size_kb:.0f} KB report",
            )
        )
        if n == max(sizes):
            rows.append(save_peak_row(folder, target, work))
        shutil.rmtree(folder, ignore_errors=True)
        scratch.unlink(missing_ok=True)
    return rows


def save_peak_row(folder: Path, target: str, work: Path) -> Row:
    """Issue 17's "peak RSS of each figure" for the save, which is timed in the bench's own
    process: one more save in a process of its own (:data:`SAVE_ONE`: the report loaded first, as
    a save needs it), and a process that writes the bytes it saved atomically (:data:`SAVE_FLOOR`)."""
    saved = folder / f"{target}.json"
    return peak_row(
        [SAVE_ONE, str(folder), target],
        [SAVE_FLOOR, str(saved), str(work / "save-peak-floor.json")],
        work,
        "  peak memory (VmHWM; one more save, in a process that opens the store and loads the report)",
    )


def bench_status_all(store: Path, runs: int, work: Path, *, goal: bool) -> list[Row]:
    """``status --all`` as it usually runs (the listing index in the user's cache folder is
    current), and cold: an empty cache folder, every report read, checked and summarised, once in
    each of :func:`once_rounds` rounds."""
    reports = len(report_files(store))
    ours, floor = paired(
        [LKJ, "status", "--all", "--store", str(store)], [PY, "-c", LIST_FLOOR, str(store)], runs
    )
    label = f"`lkj-tui status --all`, {reports} reports"
    rows = [Row(label, ours, floor, "≤ 2 s" if goal else "report", ok=ours <= 2 if goal else None)]
    # Cold: no index yet, so every report is read strictly, checked and summarised. Its floor
    # (issue 17: ≤ 2×) reads and parses every report file in one process (the GC off), run twice
    # before and twice after it (matched: about as long as ours), the files read once beforehand
    # so that neither reads the disk; 2 rounds from --runs 5 (a single one moved 2.79 -> 3.35×).
    cache, peak = work / f"cold-cache-{reports}", work / f"cold-peak-{reports}"
    cold_cmd = [PY, "-c", CLI_PEAK, str(peak), "status", "--all", "--store", str(store)]

    def cold_run() -> Sample:
        shutil.rmtree(cache, ignore_errors=True)
        sample = run_sample(cold_cmd, env={"XDG_CACHE_HOME": str(cache)})
        shutil.rmtree(cache, ignore_errors=True)
        return sample

    warm_files(report_files(store))
    rounds = once_rounds(runs)
    floor = [PY, "-c", PARSE_FLOOR, str(store)]
    m = matched([cold_run], lambda: run_sample(floor), rounds, per_side=2)
    (cold,), parse = m.ours, m.floor
    # The goal on CPU time: on a quiet machine it is the wall time (2.80× against 2.79×), and on a
    # loaded one a cold run of 10 s waits for a core for minutes (46–113 s of wall for 17–21 s of
    # CPU): its wall ratio moved 30–56 % between rounds, the CPU ratio 3–5 % ("bench6").
    ok = cold.cpu <= 2 * parse.cpu if goal else None
    goal_text = "≤ 2× floor" if goal else "report"
    label = f"  first run, no index yet (cold, {rounds} run{'s' if rounds > 1 else ''}; CPU time, "
    label += "user + sys; floor: parse every file)"
    note = round_note(m.cpu_ratios[0])
    rows.append(Row(label, cold.cpu, parse.cpu, goal_text, ok=ok, note=note))
    rows.append(Row("    wall time", cold.wall, parse.wall, "report", note=round_note(m.ratios[0])))
    rss = (int(peak.read_text()) / 1024, int(parse.out.split()[-1]) / 1024)
    rows.append(Row("    peak memory (VmHWM)", *rss, "report", unit="MB"))
    return rows


def bench_load(files: list[Path], runs: int) -> list[Row]:
    """``Store.load`` (read, strict parse, every check, the ``Report``) against ``json.loads`` of the
    same file, each in its own process, alternately; what the load adds to the process's peak RSS
    against the file's size (the goal: ≤ 4× for the 100k-measure report, the last file)."""
    rows = []
    for path in files:
        ours: list[float] = []
        floor: list[float] = []
        grown = 0
        for _ in range(runs):
            a = run([PY, "-c", LOAD_ONE, str(path)])[1].split()
            b = run([PY, "-c", LOAD_FLOOR, str(path)])[1].split()
            ours.append(float(a[0]))
            floor.append(float(b[0]))
            grown = max(grown, (int(a[1]) - int(a[2])) * 1024)
        size = path.stat().st_size
        # MB as in every memory row (2**20 bytes: VmHWM's KB / 1024; the huge report's "72 MB")
        label = (
            f"load one report, {size / 2**20:.1f} MB (`Store.load`; floor: `json.loads`, GC off)"
        )
        rows.append(Row(label, statistics.median(ours), statistics.median(floor), "report"))
        last = path == files[-1]
        rows.append(
            Row(
                "  memory: peak RSS added by the load (floor: the file's size)",
                grown / 2**20,
                size / 2**20,
                "≤ 4×" if last else "report",
                unit="MB",
                ok=grown <= 4 * size if last else None,
            )
        )
    return rows


def bench_years(store: Path, runs: int) -> list[Row]:
    """``lkj-tui compare`` (the latest report against last year's: the pair from the listing, two
    reports read) and the overview's first frame, each against a floor that stats every report."""
    reports = len(report_files(store))
    ours, floor = paired(
        [LKJ, "compare", "--json", "--store", str(store)], [PY, "-c", LIST_FLOOR, str(store)], runs
    )
    rows = [Row(f"`lkj-tui compare`, {reports} reports", ours, floor, "report")]
    ours, floor = paired(
        [PY, "-c", OVERVIEW_FIRST_FRAME, "--store", str(store)],
        [PY, "-c", OVERVIEW_FLOOR, str(store)],
        runs,
    )
    rows.append(Row(f"TUI overview first frame, {reports} reports", ours, floor, "report"))
    return rows


def bench_cli_overhead(runs: int) -> Row:
    """What typer costs us: ``lkj-tui --version`` builds the app with every command declared."""
    ours, floor = paired([LKJ, "--version"], [PY, "-c", "import typer"], runs)
    return Row("`lkj-tui --version` (typer app, all commands)", ours, floor, "report")


#: Reading the bundled report's workbook with python-calamine alone: what any importer pays.
CALAMINE_FLOOR = (
    "import sys; from python_calamine import CalamineWorkbook; "
    "CalamineWorkbook.from_path(sys.argv[1]).get_sheet_by_name('Data').to_python()"
)


def bench_import(bundled: Path, work: Path, runs: int) -> list[Row]:
    """``import --dry-run`` of the bundled report exported as a workbook, against reading the same
    workbook with python-calamine alone; ``export --format xlsx`` against the Markdown export."""
    xlsx = work / "bundled.xlsx"
    run([LKJ, "export", "--store", str(bundled), "--format", "xlsx", "-o", str(xlsx), "--force"])
    ours, floor = paired(
        # (--overwrite: the store holds the bundled report, which a dry run without it refuses)
        [
            LKJ,
            "import",
            str(xlsx),
            "--store",
            str(work / "import-store"),
            "--dry-run",
            "--overwrite",
        ],
        [PY, "-c", CALAMINE_FLOOR, str(xlsx)],
        runs,
    )
    rows = [
        Row(
            "`lkj-tui import --dry-run`, bundled report as .xlsx (vs calamine read)",
            ours,
            floor,
            "report",
        )
    ]
    out = work / "export.xlsx"
    ours, floor = paired(
        [LKJ, "export", "--store", str(bundled), "--format", "xlsx", "-o", str(out), "--force"],
        [LKJ, "export", "--store", str(bundled), "-o", str(work / "export.md"), "--force"],
        runs,
    )
    rows.append(
        Row("`lkj-tui export --format xlsx`, bundled report (vs Markdown)", ours, floor, "report")
    )
    return rows


#: The big import's floor (issue 17: "read every cell with the spreadsheet library we use"):
#: python-calamine reads every cell of the Data sheet into Python values, in one process, the cyclic
#: GC off (as ours imports); no Python loop over the cells. Its peak memory in KB on stdout.
CALAMINE_CELLS = textwrap.dedent(
    """
    import gc, sys
    gc.disable()
    from python_calamine import CalamineWorkbook
    rows = CalamineWorkbook.from_path(sys.argv[1]).get_sheet_by_name("Data").to_python()
    print(PEAK)
    """
).replace("PEAK", PEAK)


def bench_import_big(data: Path, work: Path, rows: int, seed: int) -> list[Row]:
    """``lkj-tui import`` of a workbook of ``rows`` rows in the template's shape (generated once,
    seeded: benchmarks/spreadsheets.py) into an empty store, against reading every cell with
    python-calamine; once each (the floor before and after), with both peak memories."""
    import spreadsheets

    xlsx = data / f"import-{rows}-s{seed}.xlsx"
    if not xlsx.exists():
        print(f"generating a {rows}-row workbook in {xlsx}…", file=sys.stderr, flush=True)
        spreadsheets.write_import_workbook(xlsx.with_suffix(".tmp.xlsx"), rows, seed)
        xlsx.with_suffix(".tmp.xlsx").replace(xlsx)
    # Once (it writes a store), the floor three times before and three times after it (matched).
    store, peak = work / "big-import", work / "big-import-peak"
    args = ["import", str(xlsx), "--store", str(store), "--instansi", "Dinas Uji"]
    args += ["--tahun", "2024"]
    warm_files([xlsx])
    m = matched(
        [into(store, [PY, "-c", CLI_PEAK, str(peak), *args])],
        lambda: run_sample([PY, "-c", CALAMINE_CELLS, str(xlsx)]),
        1,
        per_side=3,
    )
    shutil.rmtree(store, ignore_errors=True)
    (ours,), floor = m.ours, m.floor
    label = f"`lkj-tui import` of a {rows:,}-row workbook (1 run; floor: calamine reads every cell)"
    return [
        Row(label, ours.wall, floor.wall, "≤ 3× floor", ok=ours.wall <= 3 * floor.wall),
        replace(cpu_row(ours, floor), figure="    CPU time (user + sys)"),
        Row(
            "    peak memory (VmHWM)",
            int(peak.read_text()) / 1024,
            int(floor.out.split()[-1]) / 1024,
            "report",
            unit="MB",
        ),
    ]


def bench_interact(
    store: Path, report_id: str, moves: int, repeats: int, *, floor: bool = True
) -> list[Row]:
    """Cursor moves, the filter and a search through the Pilot; ``floor=False`` (the huge report:
    a plain Tree of 183,264 nodes is no floor anyone waits for) gives the moves' CPU only."""
    query = "dokumen"
    _, out = run([PY, "-c", TUI_INTERACT, str(store), report_id, str(moves), str(repeats), query])
    ours = json.loads(out)
    lines = f"{ours['lines']} lines"
    if not floor:
        cpu = statistics.median(ours["move_cpu"])
        return [Row("cursor move, CPU", cpu, None, "≤ 16 ms", ok=cpu <= 0.016, note=lines)]
    floor_cmd = [PY, "-c", TUI_INTERACT_FLOOR, str(store / f"{report_id}.json"), str(moves)]
    floor_cmd += [str(repeats), query, str(ours["filtered"]), str(ours["found"])]
    floors = json.loads(run(floor_cmd)[1])
    keys = ("move", "move_cpu", "filter", "search")
    med = {k: (statistics.median(ours[k]), statistics.median(floors[k])) for k in keys}
    return [
        Row(
            "cursor move in the tree, CPU",
            *med["move_cpu"],
            "≤ 16 ms",
            ok=med["move_cpu"][0] <= 0.016,
            note=lines,
        ),
        Row("cursor move, wall (press + pause ≥ 20 ms by Pilot)", *med["move"], "—", note=lines),
        Row(
            "under-target filter on",
            *med["filter"],
            "report",
            note=f"{ours['filtered']} nodes shown",
        ),
        Row(
            f"search “{query}”, {len(query)} keys to results",
            *med["search"],
            "report",
            note=f"{ours['found']} found",
        ),
    ]


def into(folder: Path, cmd: Sequence[str], env: dict[str, str] | None = None) -> Job:
    """A job that runs ``cmd`` into ``folder``, emptied first (untimed)."""

    def job() -> Sample:
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        return run_sample(cmd, env=env)

    return job


def output_sizes(folder: Path, reports: Sequence[Path], manifest: Path) -> int:
    """Write to ``manifest`` (JSON) the size of the file that ours wrote in ``folder`` for each
    report (``ID.md``), for the export's floor to write as many bytes; their total in bytes."""
    sizes = {}
    for report in reports:
        out = folder / f"{report.stem}.md"
        if not out.is_file():
            raise BenchError(f"the export wrote no {out.name}")
        sizes[report.stem] = out.stat().st_size
    manifest.write_text(json.dumps(sizes))
    return sum(sizes.values())


def export_floor(kab: Path, work: Path, ours_out: Path) -> Job:
    """The export's floor as a job: before each run, the sizes of what ours last wrote into
    ``ours_out`` (so the floor writes as many bytes as ours, measured in the same run)."""
    manifest, out = work / "export-sizes.json", work / "export-floor"
    floor = into(out, [PY, "-c", EXPORT_FLOOR, str(kab), str(out), str(manifest)])

    def job() -> Sample:
        output_sizes(ours_out, report_files(kab), manifest)
        return floor()

    return job


def cpu_row(ours: Sample, floor: Sample) -> Row:
    """What the kernel counted on the CPU (user + sys) for ours and the floor: the ratio without
    the waits (for a core on a loaded machine, for the disk), which wall time includes."""
    return Row("  CPU time (user + sys)", ours.cpu, floor.cpu, "report")


def bench_export(kab: Path, work: Path, runs: int, reports: int) -> list[Row]:
    """Every report of the store exported in one process, against the floor: parse every report
    file with json and write the same bytes (issue 17: ≤ 3×; as many as ours wrote, each report's
    in its own file), timed by :func:`matched`."""
    out_ours = work / "export-ours"
    warm_files(report_files(kab))
    m = matched(
        [into(out_ours, [PY, "-c", EXPORT_ALL, str(kab), str(out_ours)])],
        export_floor(kab, work, out_ours),
        runs,
    )
    (ours,), floor = m.ours, m.floor
    # peak RSS of the last runs (a first one may also have compiled byte code)
    rss = (int(ours.out.split()[-1]) / 1024, int(floor.out.split()[-1]) / 1024)
    written = output_sizes(out_ours, report_files(kab), work / "export-sizes.json")
    shutil.rmtree(out_ours, ignore_errors=True)
    shutil.rmtree(work / "export-floor", ignore_errors=True)
    one, one_floor = paired(
        [LKJ, "export", "--store", str(kab), "-r", median_report(kab)],
        [PY, "-c", IMPORT_FLOOR],
        max(3, runs),
    )
    return [
        Row(
            f"export of the whole store ({reports} reports, one process)",
            ours.wall,
            floor.wall,
            "≤ 3×",
            ok=ours.wall <= 3 * floor.wall,
            note=f"{written / 1e6:.1f} MB written by each",
        ),
        cpu_row(ours, floor),
        Row("  peak memory (peak RSS, VmHWM)", rss[0], rss[1], "report", unit="MB"),
        Row("`lkj-tui export` of one report (process)", one, one_floor, "report"),
    ]


def bench_check_store(kab: Path, work: Path, runs: int, reports: int) -> list[Row]:
    """The reviu of every report of the store (``lkj-tui check`` of each, in one process, and the
    user's ``lkj-tui check --all`` as a process) against "the same floor" as the export's (issue
    17: ≤ 3×): parse every report file and write the bytes the export writes (measured from one
    untimed export, the same run's), timed by :func:`matched`."""
    peak, exported = work / "check-all-peak", work / "check-export"
    check_all = [PY, "-c", AT_EXIT_PEAK + CLI_RUN, "check", "--all", "--store", str(kab)]
    into(exported, [PY, "-c", EXPORT_ALL, str(kab), str(exported)])()  # also warms every file
    m = matched(
        [
            lambda: run_sample([PY, "-c", CHECK_ALL, str(kab)]),
            lambda: run_sample(check_all, env={"LKJ_BENCH_RSS": str(peak)}),
        ],
        export_floor(kab, work, exported),
        runs,
    )
    (each, every), floor = m.ours, m.floor
    rss = (int(each.out.split()[-1]), int(floor.out.split()[-1]), int(peak.read_text()))  # KB
    written = output_sizes(exported, report_files(kab), work / "export-sizes.json") / 1e6
    shutil.rmtree(exported, ignore_errors=True)
    shutil.rmtree(work / "export-floor", ignore_errors=True)
    label = f"`lkj-tui check` of every report ({reports}, one process; floor: the export's)"
    note = f"the floor writes the export's {written:.1f} MB"
    return [
        Row(label, each.wall, floor.wall, "≤ 3×", ok=each.wall <= 3 * floor.wall, note=note),
        cpu_row(each, floor),
        Row("  peak memory (peak RSS, VmHWM)", rss[0] / 1024, rss[1] / 1024, "report", unit="MB"),
        Row(
            "`lkj-tui check --all`, the same store (floor: the export's)",
            every.wall,
            floor.wall,
            "≤ 3×",
            ok=every.wall <= 3 * floor.wall,
        ),
        cpu_row(every, floor),
        Row("  peak memory (peak RSS, VmHWM)", rss[2] / 1024, rss[1] / 1024, "report", unit="MB"),
    ]


def bench_huge(huge: Path, work: Path, rounds: int, moves: int) -> list[Row]:
    """One report of 100,000 measures (issue 17): ``lkj-tui status`` and the TUI's first frame
    against parsing the report file with json (the fastest JSON parser lkj-tui ships, the GC off:
    ``PARSE_FLOOR``), each with its peak memory (goal: ≤ 4× the file's size), timed by
    :func:`matched` (the floor, ≈ 1 s, once before and once after ours); then cursor moves in its
    tree (CPU per move, ≤ 16 ms)."""
    size_mb = report_files(huge)[0].stat().st_size / 2**20
    peak = work / "huge-peak"
    floor_cmd = [PY, "-c", PARSE_FLOOR, str(huge)]
    figures = (
        ("`lkj-tui status`", [PY, "-c", AT_EXIT_PEAK + CLI_RUN, "status", "--store", str(huge)]),
        ("TUI first frame", [PY, "-c", AT_EXIT_PEAK + TUI_FIRST_FRAME, "--store", str(huge)]),
    )
    warm_files(report_files(huge))
    rows = []
    for label, cmd in figures:
        m = matched(
            [lambda cmd=cmd: run_sample(cmd, env={"LKJ_BENCH_RSS": str(peak)})],
            lambda: run_sample(floor_cmd),
            rounds,
            per_side=1,
        )
        (ours,), floor = m.ours, m.floor
        ours_rss, floor_rss = int(peak.read_text()) / 1024, int(floor.out.split()[-1]) / 1024
        o, f = ours.wall, floor.wall
        note = ", ".join(filter(None, [f"{size_mb:.0f} MB report", round_note(m.ratios[0])]))
        rows.append(Row(f"{label}, one huge report", o, f, "≤ 3×", ok=o <= 3 * f, note=note))
        rows.append(cpu_row(ours, floor))
        rows.append(
            Row(
                "  peak memory (VmHWM; goal ≤ 4× the file)",
                ours_rss,
                floor_rss,
                f"≤ {4 * size_mb:.0f} MB",
                ok=ours_rss <= 4 * size_mb,
                unit="MB",
            )
        )
    reviu = [PY, "-c", AT_EXIT_PEAK + TUI_AFTER_REVIU, "--store", str(huge)]
    run_sample(reviu, env={"LKJ_BENCH_RSS": str(peak)})  # (untimed: its memory)
    after = int(peak.read_text()) / 1024
    rows.append(
        Row(
            "TUI after the evaluation and the reviu, its screen (v) open: peak memory",
            after,
            None,
            f"≤ {4 * size_mb:.0f} MB",
            ok=after <= 4 * size_mb,
            unit="MB",
        )
    )
    moved = bench_interact(huge, report_files(huge)[0].stem, moves, 0, floor=False)
    return [*rows, replace(moved[0], figure="cursor move in the huge report's tree, CPU")]


# ------------------------------------------------------------------------------ main


def bench_save_shared(bundled: Path, work: Path, runs: int) -> list[Row]:
    """A save in a shared store (a git repository, docs/sharing.md): ``Store.save_node`` with the
    history on (its commit started in the background) against the same save in a store that is not
    shared; and the commit itself (what a save would cost if it waited for it)."""
    from lkj_tui.storage.history import PENDING
    from lkj_tui.storage.store import Store
    from lkj_tui.sync import git, share

    if shutil.which("git") is None:
        return []
    env = {"GIT_AUTHOR_NAME": "bench", "GIT_AUTHOR_EMAIL": "bench@example.org"}
    os.environ.update(env, LKJ_TUI_AUTHOR="bench <bench@example.org>", LKJ_TUI_HISTORY_DELAY="0")
    folders = {}
    for name in ("plain", "shared"):
        folders[name] = copy_store(bundled, work / f"history-{name}", 1)
    share.init(folders["shared"], None)
    times: dict[str, list[float]] = {"plain": [], "shared": [], "commit": []}
    for name, folder in folders.items():
        store = Store(folder)
        target = store.latest_report_id()
        loaded = store.load(target)
        node = next(n for n in loaded.report.walk() if n.kind == "iku" and n.measure)
        assert node.measure is not None
        revision = loaded.revision
        for i in range(runs + 1):
            revision, elapsed = timed_save(store, target, node, i, revision)
            if name == "shared":  # let the committer finish: each save starts its own
                deadline = time.monotonic() + 30
                while (folder / ".git" / PENDING).exists() and time.monotonic() < deadline:
                    time.sleep(0.05)
                with git.commit_lock(folder):  # type: ignore[attr-defined]
                    pass
                edited = node.with_changes(measure=replace(node.measure, realisasi=f"x{i}"))
                os.environ["LKJ_TUI_HISTORY"] = "off"
                revision = store.save_node(target, edited, expected_revision=revision)
                os.environ.pop("LKJ_TUI_HISTORY")
                t0 = time.perf_counter()
                with git.commit_lock(folder):  # type: ignore[attr-defined]
                    git.commit_saves(folder)
                if i:
                    times["commit"].append(time.perf_counter() - t0)
            if i:
                times[name].append(elapsed)
    shared, plain = statistics.median(times["shared"]), statistics.median(times["plain"])
    commit = statistics.median(times["commit"])
    for folder in folders.values():
        shutil.rmtree(folder, ignore_errors=True)
    return [
        Row(
            "save one edit, shared store (history on: commit in the background)",
            shared,
            plain,
            "≤ 50 ms",
            ok=shared <= 0.050,
            note="floor: the same save, store not shared",
        ),
        Row(
            "commit of one save (git add + commit, in the background)",
            commit,
            plain,
            "not in the save",
            ok=True,
            note="what a save would wait for if it committed itself",
        ),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="tiny stores, one run (CI)")
    parser.add_argument("--runs", type=int, default=None, help="runs per figure (default 7)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--data", type=Path, default=None, help="where generated stores are kept")
    parser.add_argument(
        "--only",
        default="status,tui,save,all,interact,export,import,check,checkall,huge,load",
        help="comma-separated: status, tui, save, all, interact, export, import, check, "
        "checkall, huge, load",
    )
    parser.add_argument(
        "--reuse-stores",
        action="store_true",
        help="keep the stores in --data even if the generator or the format changed since",
    )
    args = parser.parse_args(argv)
    global REUSE_STORES
    REUSE_STORES = args.reuse_stores
    only = set(args.only.split(","))
    runs = args.runs or (1 if args.quick else 7)
    started, load_before = time.perf_counter(), os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="lkj-bench-") as tmp:
        work = Path(tmp)
        if args.quick:
            data = work / "data"
            kab_scale = prov_scale = "tiny"
            sizes = [1, 4]
        else:
            data = args.data or Path.home() / ".cache" / "lkj-tui-bench"
            kab_scale, prov_scale = "kabupaten", "provinsi"
            sizes = [1, 10, 100, 200]
        data.mkdir(parents=True, exist_ok=True)
        global PYCACHE, WORKDIR
        PYCACHE, WORKDIR = data / "pycache", work
        rows: list[Row] = []
        bundled = bundled_store(work)

        def section(name: str, fn: Callable[[], Any]) -> None:
            if name in only:
                t0 = time.perf_counter()
                result = fn()
                rows.extend(result if isinstance(result, list) else [result])
                print(f"[{name}: {time.perf_counter() - t0:.0f} s]", file=sys.stderr, flush=True)

        section("status", lambda: bench_status(bundled, runs, work))
        section("status", lambda: bench_cli_overhead(runs))
        section("tui", lambda: bench_first_frame(bundled, runs, "bundled report", None, work))
        if only & {"save", "export", "all", "check", "checkall", "load"}:
            kab = ensure_store(kab_scale, data, args.seed)
            kab_n = len(report_files(kab))
        section("save", lambda: bench_save(kab, work, max(runs, 5) * 3, sizes))
        section("save", lambda: bench_save_shared(bundled, work, max(runs, 5)))
        if only & {"all", "interact", "tui", "years"}:
            prov = ensure_store(prov_scale, data, args.seed)
            prov_n = len(report_files(prov))
        if "all" in only and not args.quick:
            section("all", lambda: bench_status_all(kab, runs, work, goal=False))
        section("all", lambda: bench_status_all(prov, runs, work, goal=True))
        if "tui" in only:
            section("tui", lambda: bench_first_frame(prov, runs, f"{prov_n}-report store", 1.0))
        section(
            "interact",
            lambda: bench_interact(
                prov, largest_report(prov), 10 if args.quick else 60, 1 if args.quick else 5
            ),
        )
        section("export", lambda: bench_export(kab, work, runs if args.quick else 3, kab_n))
        section("years", lambda: bench_years(prov, runs))
        section("import", lambda: bench_import(bundled, work, runs))
        big_rows = 2_000 if args.quick else 100_000
        section("import", lambda: bench_import_big(data, work, big_rows, args.seed))
        section("check", lambda: bench_check(bundled, kab, runs))
        section("checkall", lambda: bench_check_store(kab, work, 1 if args.quick else 3, kab_n))
        if "huge" in only:
            huge_store = ensure_store("opd" if args.quick else "huge", data, args.seed)
        moves = 10 if args.quick else 30
        section("huge", lambda: bench_huge(huge_store, work, once_rounds(runs), moves))
        if "load" in only:
            huge = ensure_store("tiny" if args.quick else "huge", data, args.seed)
            # (once each: with --quick both stores are the tiny one, its row was printed twice)
            files = list(dict.fromkeys([largest_report_file(kab), largest_report_file(huge)]))
            section("load", lambda: bench_load(files, runs if args.quick else max(3, runs // 2)))
    print(f"Machine: {machine()}")
    print(f"Runs: median of {runs}; {time.perf_counter() - started:.0f} s in all.")
    # The ratios depend on the load (the floors lose more to a shared core than ours): compare
    # runs taken at a similar load (docs/performance.md, "bench5").
    load_after = os.getloadavg()[0]
    print(f"Load average (1 min): {load_before:.1f} at the start, {load_after:.1f} at the end.\n")
    print(table(rows))
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BenchError as exc:
        print(f"bench: {exc}", file=sys.stderr)
        sys.exit(1)
