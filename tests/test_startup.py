"""The program's entry (what ``lkj-tui`` and ``python -m lkj_tui`` run): the command line's imports
are made with the cyclic GC off and frozen, and the GC is as the caller had it for the command
(perf57)."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

#: Runs the entry as the installed ``lkj-tui`` does, with ``calc``; says on stderr how many
#: collections ran from the start of the command line's import to their freeze, whether the command line was imported then and
#: the GC on, and the GC's state when the command runs.
_PROBE = """
import gc, runpy, sys
OFF

collections = []  # each collection: whether the command line's import had begun
gc.callbacks.append(
    lambda phase, info: phase == "start" and collections.append("lkj_tui.cli.main" in sys.modules)
)
frozen = []
real_freeze = gc.freeze

def freeze():
    if not frozen:  # the entry's: the command line is imported; watch its command run
        frozen.append((sum(collections), "lkj_tui.cli.main" in sys.modules, gc.isenabled()))
        import lkj_tui.cli.calc as calc
        real_run = calc.run_calc

        def run_calc(*args, **kwargs):
            print("command", gc.isenabled(), gc.get_freeze_count() > 10000, file=sys.stderr)
            return real_run(*args, **kwargs)

        calc.run_calc = run_calc
    real_freeze()

gc.freeze = freeze
sys.argv = ["lkj-tui", *sys.argv[1:]]
try:
    ENTRY
finally:
    print("imports", *frozen[0], file=sys.stderr)
"""


#: The installed command's script (``[project.scripts]``), and ``python -m lkj_tui``.
SCRIPT = "from lkj_tui.cli.entry import main; main()"
PYTHON_M = 'runpy.run_module("lkj_tui", run_name="__main__")'


def _probe(*args: str, off: bool = False, entry: str = SCRIPT) -> list[str]:
    code = _PROBE.replace("OFF", "gc.disable()" if off else "").replace("ENTRY", entry)
    return _said(code, *args)


def _said(code: str, *args: str) -> list[str]:
    """The lines ``python -c code args`` writes on stderr (never a traceback)."""
    result = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
        stdin=subprocess.DEVNULL,
    )
    assert "Traceback" not in result.stderr, result.stderr
    return result.stderr.splitlines()


def test_the_imports_are_made_without_a_collection_and_frozen() -> None:
    lines = _probe("calc", "3,22", "2,85")
    # no collection while the command line was imported: the GC was off; then its objects frozen
    assert "imports 0 True False" in lines
    # and the GC on again for the command, the imports set aside
    assert "command True True" in lines


def test_the_gc_stays_off_for_a_caller_that_turned_it_off() -> None:
    lines = _probe("calc", "3,22", "2,85", off=True)
    assert "imports 0 True False" in lines
    assert "command False True" in lines


def test_the_installed_command_and_python_m_go_through_the_entry() -> None:
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"]
    assert f"from {scripts['lkj-tui'].replace(':', ' import ')}; main()" == SCRIPT
    lines = _probe("calc", "3,22", "2,85", "--json", entry=PYTHON_M)
    assert "imports 0 True False" in lines
    assert "command True True" in lines


def test_the_command_modules_name_is_the_module() -> None:
    """``from lkj_tui.cli import main`` is the command's module in a fresh process, as after any
    other import: the entry function lives apart (``lkj_tui.cli.entry``), not under the
    submodule's name in the package (test_cli35 got the function when it ran first)."""
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "import inspect; from lkj_tui.cli import main; print(inspect.ismodule(main))",
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "True"


#: Runs ``status`` through the entry; says on stderr, in order, each read of a report file, each
#: collection of the cyclic GC and each freeze.
_STATUS_PROBE = """
import gc, sys
import lkj_tui.storage.reader as reader

events = []
gc.callbacks.append(lambda phase, info: phase == "start" and events.append("collection"))
real_read = reader.StoreReader._read_state

def read_state(self, *args, **kwargs):
    events.append("read")
    return real_read(self, *args, **kwargs)

reader.StoreReader._read_state = read_state
real_freeze = gc.freeze

def freeze():
    events.append("freeze")
    real_freeze()

gc.freeze = freeze
sys.argv = ["lkj-tui", *sys.argv[1:]]
try:
    from lkj_tui.cli.entry import main

    main()
finally:
    print("events", *events, file=sys.stderr)
"""


def test_status_reads_and_evaluates_its_report_without_a_collection(tmp_path: Path) -> None:
    """The report ``status`` reads and its evaluation live until the command ends: the GC is off
    from the read to their freeze, so no collection walks them (the first one after the read
    walked every object of the 100k-measure report: 1.7 % of its ``status``, perf59)."""
    store = tmp_path / "store"
    init = subprocess.run(
        [sys.executable, "-m", "lkj_tui", "--store", str(store), "init"],
        capture_output=True,
        cwd=ROOT,
        timeout=60,
        stdin=subprocess.DEVNULL,
    )
    assert init.returncode == 0
    lines = _said(_STATUS_PROBE, "status", "--store", str(store))
    events = next(line.split()[1:] for line in lines if line[:7] == "events ")
    read = events.index("read")
    assert "freeze" in events[read:]
    assert "collection" not in events[read : events.index("freeze", read)], events


def test_status_all_lists_every_report_without_a_collection(tmp_path: Path) -> None:
    """A cold ``status --all`` reads every report file with the GC off for the whole listing, not
    only during each read: between two reads, collections walked what the listing keeps (its
    newest report, the summaries so far), ≈ 11 % of the CPU of a province's cold listing (perf62).
    The probe makes a collection due at every allocation while the GC is on."""
    store = tmp_path / "store"
    for args in (["init"], ["new", "--from", "bengkulu-selatan-setda-2023"]):
        made = subprocess.run(
            [sys.executable, "-m", "lkj_tui", "--store", str(store), *args],
            capture_output=True,
            cwd=ROOT,
            timeout=60,
            stdin=subprocess.DEVNULL,
        )
        assert made.returncode == 0, made.stderr
    probe = _STATUS_PROBE.replace("sys.argv = ", "gc.set_threshold(1)\nsys.argv = ", 1)
    lines = _said(probe, "status", "--all", "--store", str(store))
    events = next(line.split()[1:] for line in lines if line[:7] == "events ")
    reads = [i for i, event in enumerate(events) if event == "read"]
    assert len(reads) == 2, events
    assert "collection" not in events[reads[0] : reads[-1]], events
