"""After a save in a shared store (a git repository, docs/sharing.md): its commit, in the background.

The save itself stays as it was (one atomic write under the lock, crash-safe); only then, when the
store folder holds a ``.git`` folder, a detached ``python -m lkj_tui.sync.commit`` is started that
commits the saved reports with their author a moment later (saves in quick succession share one
commit, one per author: a marker file says a committer is already waiting, and who saved which
report: the commits credit them even when a sync or ``log`` commits first). The save waits for
none of it: starting
the process is its only cost (docs/performance.md, "History"). ``LKJ_TUI_HISTORY=off`` turns it off,
``LKJ_TUI_HISTORY=wait`` waits for the commit (tests, benchmarks). Nothing here can fail a save.
"""

from __future__ import annotations

import os
import sys
import time
from contextlib import suppress
from pathlib import Path

ENV = "LKJ_TUI_HISTORY"
#: A committer is waiting (created by the save that starts it, taken by the first commit of the
#: saves: the committer's, a sync's, ``log``'s). It holds one line, :data:`AUTHOR_LINE` and the
#: saver's ``$LKJ_TUI_AUTHOR`` (empty: none was set), so that the saves are credited to whoever
#: saved them, not to whoever ran the sync that committed them first (share26).
PENDING = "lkj-tui-commit-pending"
#: The start of the marker's line; a marker without it (an older lkj-tui's) names no saver.
AUTHOR_LINE = "LKJ_TUI_AUTHOR="
#: The start of the marker's later lines, one per save while the committer waits: who saved,
#: the report, its revision, tab-separated. Two authors saving in the window each get their own
#: commit (:func:`lkj_tui.sync.git.commit_saves`), not one under the first saver's name (share27).
SAVE_LINE = "LKJ_TUI_SAVE="
#: The environment variable that names the author of the saves (:func:`lkj_tui.sync.git.author`).
AUTHOR_ENV = "LKJ_TUI_AUTHOR"
#: A marker older than this is from a committer that died: start a new one.
STALE_SECONDS = 120.0
#: The restores not committed yet, a line each (``ID REVISION``): the committer names them in its
#: commit (:data:`lkj_tui.sync.git.RESTORE_TRAILER`), so that the history credits a value a
#: restore brought back to the office that wrote it, not to the one that restored it (share22).
RESTORED = "lkj-tui-restored"


def is_shared(root: Path) -> bool:
    return (root / ".git").is_dir()


def saved(root: Path, report_id: str | None = None, revision: int | None = None) -> None:
    """Called after every write of a report file (``report_id`` at ``revision``); never raises."""
    mode = os.environ.get(ENV, "")
    if mode == "off":
        return
    with suppress(Exception):
        if not is_shared(root):
            return
        marker = root / ".git" / PENDING
        line = _save_line(report_id, revision)
        if mode != "wait" and not _claim(marker, line):
            if _noted(marker, line):
                return  # a committer is already waiting: it will take this save too
            if not _claim(marker, line):  # (taken meanwhile by its commit: a new committer)
                return
        try:
            _start(root, wait=mode == "wait")
        except BaseException:
            marker.unlink(missing_ok=True)  # none started: the next save tries again
            raise


#: How many of a report's last commits :func:`committed` looks through for one that reads.
COMMITTED_LOOKED_AT = 5


def committed(root: Path, report_id: str) -> list[tuple[bytes, float]]:
    """A shared store's report file as its last :data:`COMMITTED_LOOKED_AT` commits that changed
    it hold it, newest first, each with its commit's time: the last save is there, where no kept
    version holds it (a version is kept when lkj-tui replaces it, not when a hand edit does).
    An empty list elsewhere, or where git fails; never raises."""
    found: list[tuple[bytes, float]] = []
    with suppress(Exception):
        if not is_shared(root):
            return found
        from lkj_tui.sync import git

        name = f"{report_id}.json"
        log = git.out(root, "log", f"-n{COMMITTED_LOOKED_AT}", "--format=%H %ct", "--", name)
        for line in log.splitlines():
            commit, _, at = line.partition(" ")
            data = git.blob(root, f"{commit}:{name}")
            if data is not None and at.isdigit():
                found.append((data, float(at)))
    return found


def gone(root: Path) -> list[str]:
    """In a shared store, the reports its history holds whose files are not in the folder
    (deleted by hand, the deletion committed or not), by id; none elsewhere, or where git
    fails; never raises. ``restore`` brings each back from the history (share55)."""
    found: set[str] = set()
    with suppress(Exception):
        if not is_shared(root):
            return []
        from lkj_tui.storage.paths import is_report_id
        from lkj_tui.sync import git

        names = git.out(root, "ls-tree", "--name-only", "HEAD").split("\n")
        names += git.out(
            root, "log", "-n50", "--diff-filter=D", "--name-only", "--format=", "--", "*.json"
        ).split("\n")
        found = {
            n[:-5]
            for n in names
            if n.endswith(".json") and is_report_id(n[:-5]) and not (root / n).exists()
        }
    return sorted(found)


def restored(root: Path, report_id: str, revision: int) -> None:
    """Called after a restore wrote ``revision`` of a report (before :func:`saved`, which may
    commit it at once; with ``LKJ_TUI_HISTORY=off``, the next sync or ``log`` does); never
    raises."""
    with suppress(Exception):
        if is_shared(root):
            # (never through a symlink planted in the store's .git: it would append elsewhere)
            flags = os.O_WRONLY | os.O_APPEND | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0)
            fd = os.open(root / ".git" / RESTORED, flags, 0o600)
            with open(fd, "a", encoding="utf-8") as out:
                out.write(f"{report_id} {int(revision)}\n")


def _claim(marker: Path, line: str = "") -> bool:
    nofollow = getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(marker, os.O_WRONLY | os.O_CREAT | os.O_EXCL | nofollow, 0o600)
    except FileExistsError:
        with suppress(OSError):
            if time.time() - marker.lstat().st_mtime > STALE_SECONDS:
                fd = os.open(marker, os.O_WRONLY | os.O_TRUNC | nofollow)
                _mark(fd, line)
                return True
        return False
    _mark(fd, line)
    return True


def _saver() -> str:
    """Who saves: ``$LKJ_TUI_AUTHOR`` on one line, whatever was set."""
    return " ".join(os.environ.get(AUTHOR_ENV, "").split())


def _save_line(report_id: str | None, revision: int | None) -> str:
    """The marker's line of one save (:data:`SAVE_LINE`); "" when the caller named no report."""
    if report_id is None or revision is None:
        return ""
    return f"{SAVE_LINE}{_saver()}\t{report_id}\t{int(revision)}\n"


def _mark(fd: int, line: str = "") -> None:
    """Write who saves (:data:`AUTHOR_LINE`) and the save's ``line`` into the claimed marker
    ``fd`` and close it."""
    # (errors="replace": a name that is no text, bytes that are not UTF-8, still names the saver
    # and still starts the committer, where an error here left the marker empty and no committer)
    with open(fd, "w", encoding="utf-8", errors="replace") as out:
        out.write(f"{AUTHOR_LINE}{_saver()}\n{line}")


def _noted(marker: Path, line: str) -> bool:
    """Append the save's ``line`` to the waiting committer's marker; False when there is none
    any more (its commit took it). Never through a symlink; never creates the marker."""
    try:
        fd = os.open(marker, os.O_WRONLY | os.O_APPEND | getattr(os, "O_NOFOLLOW", 0))
    except FileNotFoundError:
        return False
    with open(fd, "a", encoding="utf-8", errors="replace") as out:
        out.write(line)
    return True


def _start(root: Path, *, wait: bool) -> None:
    import subprocess

    options: dict[str, object] = {}
    if os.name == "nt":  # pragma: no cover - Windows
        flags = getattr(subprocess, "DETACHED_PROCESS", 0)
        options["creationflags"] = flags | getattr(subprocess, "CREATE_NEW_PROCESS_GROUP", 0)
    else:
        options["start_new_session"] = True
    args = [sys.executable, "-m", "lkj_tui.sync.commit", str(root)]
    if wait:
        args.append("--now")
    proc = subprocess.Popen(
        args,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        close_fds=True,
        **options,  # type: ignore[call-overload]
    )
    if wait:
        proc.wait(timeout=120)
