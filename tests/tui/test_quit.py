"""``q`` gives the terminal and the prompt back at once, even while a big report is being evaluated
or checked: those workers only read, so the app leaves without waiting for them
(tui/offthread.py). The TUI runs as a user starts it (``lkj-tui --store …`` on a pseudo-terminal),
with the evaluation or the reviu blocked for good: the process can only end if it does not wait."""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from lkj_tui.storage.store import Store

pty = pytest.importorskip("pty")  # (POSIX: a pseudo-terminal, as a user's)

#: the TUI with one piece of work that never ends: it says so in ``marker`` once it runs
SCRIPT = textwrap.dedent(
    """
    import os, sys, threading
    from pathlib import Path
    import lkj_tui.tui.app as app_module
    import lkj_tui.tui.reviu as reviu
    import lkj_tui.tui.session as session

    marker, what = Path(sys.argv[1]), sys.argv[2]

    def say(word):  # whole or not at all: the test may read the marker at any moment
        part = marker.with_name("marker.part")
        part.write_text(word)
        os.replace(part, marker)

    def never_ends(*args, **kwargs):
        say("running")
        threading.Event().wait()
        say("ended")

    if what == "evaluation":
        session.EVALUATE_FIRST = 0  # every report counts as big: evaluated after its first frame
        app_module.Evaluation = never_ends
    else:
        reviu.compute = never_ends
    from lkj_tui.cli.main import main

    sys.argv = ["lkj-tui", *sys.argv[3:]]
    main()
    """
)


def _read(fd: int, seconds: float) -> bytes:
    ready, _, _ = select.select([fd], [], [], seconds)
    if not ready:
        return b""
    try:
        return os.read(fd, 65536)
    except OSError:  # EIO: the process closed the terminal
        return b""


@pytest.mark.skipif(sys.platform == "win32", reason="a pseudo-terminal")
@pytest.mark.parametrize("what", ["evaluation", "reviu"])
def test_q_leaves_at_once_while_a_report_is_evaluated_or_checked(
    what: str, tmp_path: Path, tui_store: Store
) -> None:
    marker = tmp_path / "marker"
    env = {k: v for k, v in os.environ.items() if not k.startswith("LKJ_TUI")}
    env |= {"TERM": "xterm-256color", "LKJ_TUI_CONFIG": str(tmp_path / "settings.json")}
    args = [sys.executable, "-c", SCRIPT, str(marker), what, "--store", str(tui_store.root)]
    master, slave = pty.openpty()
    proc = subprocess.Popen(
        args, stdin=slave, stdout=slave, stderr=slave, env=env, cwd=tmp_path,
        start_new_session=True, close_fds=True,
    )  # fmt: skip
    os.close(slave)
    screen = b""
    try:
        deadline = time.monotonic() + 120  # a guard against a hang, not a measure
        while not (marker.exists() and b"Bantuan" in screen) and time.monotonic() < deadline:
            screen += _read(master, 0.1)
            assert proc.poll() is None, screen.decode(errors="replace")
        assert marker.read_text() == "running"
        os.write(master, b"q")
        while proc.poll() is None and time.monotonic() < deadline:
            screen += _read(master, 0.1)  # (a full terminal would block the app's output)
        code = proc.poll()
    finally:
        if proc.poll() is None:  # it waited for the work, which never ends
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
        os.close(master)
    assert code == 0, f"still running after q: {what} waited for" if code is None else screen
    assert marker.read_text() == "running"  # the work was left, unfinished, with the process
