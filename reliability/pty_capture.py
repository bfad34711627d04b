"""Run a command on a pseudo-terminal and keep every byte it writes there.

Rich and Textual behave as they do for a user only when their output is a terminal (colours, the
application screen), so the hostile-text checks read the bytes from the master side of a pty.
"""

from __future__ import annotations

import fcntl
import os
import pty
import select
import signal
import struct
import subprocess
import termios
import time
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass
class Captured:
    returncode: int
    output: bytes  # everything written to the terminal (stdout and stderr)
    seconds: float


def _read_available(fd: int, timeout: float) -> bytes:
    chunks = []
    while True:
        ready, _, _ = select.select([fd], [], [], timeout)
        if not ready:
            break
        try:
            data = os.read(fd, 65536)
        except OSError:  # EIO: the other side closed
            break
        if not data:
            break
        chunks.append(data)
        timeout = 0.0
    return b"".join(chunks)


def run_in_pty(
    argv: Sequence[str],
    *,
    env: dict[str, str] | None = None,
    size: tuple[int, int] = (160, 50),
    keys: Sequence[str | float] = (),
    settle: float = 0.6,
    timeout: float = 120.0,
) -> Captured:
    """Run ``argv`` with a pty as its stdin, stdout and stderr, ``size`` = (columns, rows).

    ``keys``: strings typed into the terminal, each once the output has been quiet for ``settle``
    seconds (a number in the list waits that many seconds instead). Returns when the process exits
    (killed after ``timeout``)."""
    master, slave = pty.openpty()
    cols, rows = size
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
    start = time.monotonic()
    proc = subprocess.Popen(
        list(argv),
        stdin=slave,
        stdout=slave,
        stderr=slave,
        env=env,
        start_new_session=True,
        close_fds=True,
    )
    os.close(slave)
    out = bytearray()
    try:
        for key in keys:
            if isinstance(key, float | int):
                deadline = time.monotonic() + key
                while time.monotonic() < deadline:
                    out += _read_available(master, 0.05)
                continue
            # wait until the screen is quiet, then type
            quiet_since = time.monotonic()
            while time.monotonic() - quiet_since < settle:
                chunk = _read_available(master, 0.05)
                if chunk:
                    out += chunk
                    quiet_since = time.monotonic()
                if time.monotonic() - start > timeout or proc.poll() is not None:
                    break
            os.write(master, key.encode())
        while True:
            chunk = _read_available(master, 0.1)
            out += chunk
            if proc.poll() is not None and not chunk:
                out += _read_available(master, 0.1)
                break
            if time.monotonic() - start > timeout:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
                break
    finally:
        os.close(master)
    return Captured(proc.wait(), bytes(out), time.monotonic() - start)
