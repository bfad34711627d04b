"""The huge report's TUI session (issue 17, mem65): on Linux the TUI's threads allocate from one
malloc arena (the workers that read, evaluate and check a report each had one of their own,
whose freed memory no other thread takes again: 31 MB of the session with its Reviu screen
open)."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

#: ``run_tui`` with an app whose run starts a thread that allocates as a worker does (lists of
#: 200 items: C allocations, not Python's small-object pools), then glibc's count of its arenas.
_SCRIPT = textwrap.dedent(
    """
    import ctypes, sys, threading
    from pathlib import Path
    import lkj_tui.tui.app as tui

    def run(self):
        def work():
            kept = [list(range(200)) for _ in range(2000)]
        thread = threading.Thread(target=work)
        thread.start()
        thread.join()
        return 0

    tui.LkjApp.run = run
    if sys.argv[1] == "tui":
        tui.run_tui(None, lang="id")
    else:
        run(None)
    ctypes.CDLL(None).malloc_stats()  # (glibc: each arena's bytes on stderr)
    """
)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's malloc arenas")
def test_the_tui_threads_allocate_from_one_arena(tmp_path) -> None:
    arenas = {}
    for how in ("tui", "thread alone"):
        done = subprocess.run(
            [sys.executable, "-c", _SCRIPT, how],
            capture_output=True,
            text=True,
            cwd=tmp_path,
            check=True,
        )
        arenas[how] = done.stderr.count("Arena ")
    assert arenas == {"tui": 1, "thread alone": 2}
