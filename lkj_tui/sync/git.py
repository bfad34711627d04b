"""Running git for a shared store: found at run time, never prompting, one clear error per failure.

Everything but sharing works without git; a command that needs it and cannot find it says so in
one line (:class:`SyncError` code ``no-git``).
"""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
from contextlib import suppress
from pathlib import Path

from lkj_tui.storage.errors import DENIED, END, Said, from_os_error

#: The merge driver's name in the repository's config and in ``.gitattributes``.
DRIVER = "lkj-tui"
#: The branch a store shares.
BRANCH = "main"
#: How long one network operation (fetch, push, clone) may take before it counts as offline.
NETWORK_TIMEOUT = 120.0
#: Where lkj-tui keeps its own setting in the repository's config: the author of the saves.
AUTHOR_KEY = "lkj-tui.author"
#: The environment variable that names the author of the saves (wins over the setting).
AUTHOR_ENV = "LKJ_TUI_AUTHOR"  # (= lkj_tui.storage.history.AUTHOR_ENV, which the saves record)

GITIGNORE = """\
# lkj-tui: only the reports are shared (docs/sharing.md) — not the lock and temp files, not
# .generations/ (each laptop keeps its own last good versions), not anything else put here
/*
!/*.json
!/.gitignore
!/.gitattributes
.*.tmp
.generations/
.changes/
"""
GITATTRIBUTES = f"""\
# lkj-tui: report files merge node by node, field by field (docs/sharing.md)
/*.json merge={DRIVER}
"""


class SyncError(Said):
    """A sharing step failed; ``message``/``message_en`` is one line for the user. Each command it
    prints ends with :data:`~lkj_tui.storage.errors.END`, where :meth:`text` puts the options
    that reach the user's store."""

    def __init__(self, code: str, message: str, message_en: str) -> None:
        super().__init__(message.replace(END, ""))
        self.code, self._said = code, (message, message_en)

    def text(self, lang: str, options: str = "") -> str:
        return self._said[lang == "en"].replace(END, options)


def find_git() -> str:
    exe = shutil.which("git")
    if exe is None:
        raise SyncError(
            "no-git",
            "perintah git tidak ditemukan: pasang Git (https://git-scm.com; di Windows: Git for "
            "Windows) untuk berbagi penyimpanan — semua fitur lain tetap berjalan",
            "the git command was not found: install Git (https://git-scm.com; on Windows: Git for "
            "Windows) to share a store — everything else keeps working",
        )
    return exe


def quiet_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    """git never asks a question on the terminal (a TUI or a script would hang) nor opens an editor."""
    env = dict(os.environ)
    env.update(
        GIT_TERMINAL_PROMPT="0",
        GIT_EDITOR=":",
        GIT_MERGE_AUTOEDIT="no",
        LC_ALL="C",
        LANGUAGE="C",
    )
    env.setdefault("GIT_SSH_COMMAND", "ssh -o BatchMode=yes -o ConnectTimeout=20")
    env.update(extra or {})
    return env


def run(
    root: Path,
    *args: str,
    check: bool = True,
    env: dict[str, str] | None = None,
    timeout: float | None = 60.0,
    input: bytes | None = None,
) -> subprocess.CompletedProcess[bytes]:
    """``git -C root ARGS``; a failure with ``check`` raises :class:`SyncError` (code ``git``)."""
    command = [find_git(), "-C", str(root), *args]
    try:
        done = subprocess.run(
            command,
            capture_output=True,
            env=quiet_env(env),
            timeout=timeout,
            input=input,
            stdin=None if input is not None else subprocess.DEVNULL,
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise SyncError(
            "timeout",
            f"git {args[0]} tidak selesai dalam {timeout:.0f} detik",
            f"git {args[0]} did not finish within {timeout:.0f} seconds",
        ) from None
    except OSError as exc:
        raise SyncError(
            "git", f"git tidak dapat dijalankan: {exc}", f"git cannot be run: {exc}"
        ) from None
    if check and done.returncode != 0:
        why = last_line(done.stderr)
        raise SyncError("git", f"git {args[0]} gagal: {why}", f"git {args[0]} failed: {why}")
    return done


def out(root: Path, *args: str, **kwargs: object) -> str:
    return run(root, *args, **kwargs).stdout.decode("utf-8", "replace").strip()  # type: ignore[arg-type]


def last_line(data: bytes) -> str:
    """The line of git's stderr that says why: its first ``fatal:`` or ``error:`` line, else its
    last line (git ends an unreachable remote with a two-line hint: the last said "and the
    repository exists.")."""
    lines = [ln.strip() for ln in data.decode("utf-8", "replace").splitlines() if ln.strip()]
    told = [ln for ln in lines if ln.startswith(("fatal:", "error:"))]
    if told and told[0].casefold().startswith(_GENERIC) and lines.index(told[0]):
        # over ssh git's own line says nothing: the line before it says why ("ssh: Could not
        # resolve hostname …", "…: Permission denied (publickey).", "ERROR: Repository not
        # found."), which tells offline from refused (share15)
        return lines[lines.index(told[0]) - 1][:300]
    return (told[:1] or lines[-1:] or ["(tanpa pesan)"])[0][:300]


#: git's line after an ssh transport failed, whatever the reason.
_GENERIC = "fatal: could not read from remote repository"


def is_repo(root: Path) -> bool:
    """Whether the store folder ``root`` is a git repository; a folder the user may not read
    (its ``.git`` cannot be looked at) is the store's error that says so and what to do, as
    every command's reading of it says, never "kesalahan tak terduga (PermissionError)"."""
    try:
        return stat.S_ISDIR(os.stat(root / ".git").st_mode)
    except OSError as exc:
        if exc.errno in DENIED:
            raise from_os_error(root, exc, "membaca", "reading", writing=False) from exc
        return False


def driver_command() -> str:
    """The merge driver as git runs it (through its shell, also on Windows): this Python."""
    python = Path(sys.executable).as_posix().replace('"', '\\"')
    return f'"{python}" -m lkj_tui.sync.driver %O %A %B %P'


def register_driver(root: Path) -> None:
    """Register lkj-tui's merge driver in the repository's config (again at every sync: the path of
    Python may have changed since)."""
    run(root, "config", f"merge.{DRIVER}.name", "lkj-tui: laporan digabung per simpul dan kolom")
    run(root, "config", f"merge.{DRIVER}.driver", driver_command())


def author(root: Path | None, saver: str | None = None) -> tuple[str, str]:
    """Who saves: ``$LKJ_TUI_AUTHOR`` ("Name <email>" or a name), else the store's setting
    (``git config lkj-tui.author``), else git's user.name/user.email, else the login name.
    ``saver``: the ``$LKJ_TUI_AUTHOR`` a save recorded (:func:`_saver`), in place of this run's."""
    raw = (os.environ.get(AUTHOR_ENV, "") if saver is None else saver).strip()
    if not raw and root is not None and shutil.which("git"):
        raw = _config(root, AUTHOR_KEY)
    if raw:
        name, _, rest = raw.partition("<")
        email = rest.rstrip(">").strip()
        return name.strip() or raw, email or _default_email(name.strip() or raw)
    name = _config(root, "user.name") if shutil.which("git") else ""
    email = _config(root, "user.email") if shutil.which("git") else ""
    if not name:
        import getpass

        try:
            name = getpass.getuser()
        except Exception:
            name = "lkj-tui"
    return name, email or _default_email(name)


def _default_email(name: str) -> str:
    local = "".join(ch for ch in name.lower() if ch.isalnum() or ch in "._-") or "lkj-tui"
    return f"{local}@lkj-tui.invalid"


def _config(root: Path | None, key: str) -> str:
    where = root if root is not None and root.is_dir() else Path.cwd()
    done = run(where, "config", "--get", key, check=False)
    return done.stdout.decode("utf-8", "replace").strip() if done.returncode == 0 else ""


def set_author(root: Path, author: str) -> str:
    """The store's author of the saves (``sync --author NAME``), its spaces folded; a blank one
    removes the setting. Returns the name set ("" when removed)."""
    name = " ".join(author.split())
    if name:
        run(root, "config", AUTHOR_KEY, name)
    else:
        run(root, "config", "--unset-all", AUTHOR_KEY, check=False)
    return name


def author_env(root: Path | None, saver: str | None = None) -> dict[str, str]:
    name, email = author(root, saver)
    return {
        "GIT_AUTHOR_NAME": name,
        "GIT_AUTHOR_EMAIL": email,
        "GIT_COMMITTER_NAME": name,
        "GIT_COMMITTER_EMAIL": email,
    }


def commit_all(root: Path, message: str, saver: str | None = None) -> bool:
    """Commit every changed report (and lkj-tui's own files) as the author (``saver``: see
    :func:`author`); True if a commit was made. The caller holds :func:`commit_lock`."""
    run(root, "add", "-A", "--", ".")
    staged = run(root, "diff", "--cached", "--quiet", check=False)
    if staged.returncode == 0:
        return False
    run(root, "commit", "-q", "--no-verify", "-m", message, env=author_env(root, saver))
    return True


def changed_ids(root: Path) -> list[str]:
    """The reports changed since the last commit (their ids)."""
    done = run(root, "status", "--porcelain", "-z", "--untracked-files=all")
    text = done.stdout.decode("utf-8", "replace")
    ids = []
    for entry in text.split("\0"):
        name = entry[3:]
        if name.endswith(".json") and "/" not in name:
            ids.append(name[: -len(".json")])
    return sorted(set(ids))


def commit_lock(root: Path, timeout: float = 60.0) -> object:
    """The lock that serialises lkj-tui's commits and syncs in one store."""
    from filelock import FileLock

    return FileLock(str(root / ".git" / "lkj-tui-commit.lock"), timeout=timeout)


#: The trailer of a commit that holds a restore (``ID REVISION``, one each): the history credits
#: the values it brought back to the office that wrote them (:func:`lkj_tui.sync.history.entries`).
RESTORE_TRAILER = "Lkj-Tui-Restore"


def read_mark(path: Path) -> str:
    """A mark lkj-tui keeps in the store's ``.git`` (its first 64 KiB), never read through a
    symlink planted there (O_NOFOLLOW, as the marks are written and every store read refuses
    one), nor from anything but a regular file (a FIFO, opened without blocking: ``sync`` and
    ``info`` waited on one forever): "" when there is none, or a symlink (ELOOP), or no file."""
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(path, flags)
        with open(fd, encoding="utf-8", errors="replace") as marked:
            if not stat.S_ISREG(os.fstat(marked.fileno()).st_mode):
                return ""
            return marked.read(65536)
    except OSError:
        return ""


def _saver(root: Path) -> tuple[str | None, list[tuple[str, str, int]]]:
    """Who made the saves not committed yet: the ``$LKJ_TUI_AUTHOR`` the first of them recorded
    in the committer's marker (:data:`lkj_tui.storage.history.PENDING`; "" when none was set),
    None when no save recorded one; and each save the marker lists (who, report, revision: an
    older lkj-tui's lists none). The marker is taken: a save from now on starts a new
    committer. (A sync run by another office right after a save committed it under its own
    name: share26.)"""
    from lkj_tui.storage.history import AUTHOR_LINE, PENDING, SAVE_LINE

    marker = root / ".git" / PENDING
    first, *lines = read_mark(marker).split("\n")
    with suppress(OSError):
        marker.unlink()
    saves = []
    for line in lines:
        who, _, rest = line[len(SAVE_LINE) :].partition("\t")
        rid, _, revision = rest.partition("\t")
        if line.startswith(SAVE_LINE) and rid and revision.isdigit():
            saves.append((who, rid, int(revision)))
    return (first[len(AUTHOR_LINE) :] if first.startswith(AUTHOR_LINE) else None), _in_order(saves)


def _in_order(saves: list[tuple[str, str, int]]) -> list[tuple[str, str, int]]:
    """The marker's saves with each report's in revision order, the reports' lines where they
    were: two saves of one report that finish at nearly the same moment can append their lines
    out of order (revision 6's before 5's), and the split then took revision 6 for the first
    author, found no kept generation of it, and committed both saves under the last (share28)."""
    at: dict[str, list[int]] = {}
    for n, (_, rid, _) in enumerate(saves):
        at.setdefault(rid, []).append(n)
    ordered = list(saves)
    for places in at.values():
        if len(places) > 1:
            by_revision = sorted((saves[n] for n in places), key=lambda s: s[2])
            for n, save in zip(places, by_revision, strict=True):
                ordered[n] = save
    return ordered


def _restores(root: Path) -> list[tuple[str, str]]:
    """The restores saved since the last commit (:data:`lkj_tui.storage.history.RESTORED`),
    taken: a restore written from now on goes with the next commit. A symlink planted there is
    not read through (O_NOFOLLOW, as the mark is appended and every store read refuses one): it
    is taken away and names no restore."""
    from lkj_tui.storage.history import RESTORED

    marks = root / ".git" / RESTORED
    taken = marks.with_name(RESTORED + ".taken")
    try:
        os.replace(marks, taken)
    except OSError:
        return []
    text = read_mark(taken)
    try:
        taken.unlink()
    except OSError:
        return []
    pairs = (line.split(" ") for line in text.splitlines())
    return [(p[0], p[1]) for p in pairs if len(p) == 2 and p[1].isdigit()]


def commit_saves(root: Path, hand: dict[str, int] | None = None) -> bool:
    """Commit the saves not committed yet (under the commit lock); True if a commit was made.
    ``hand``, when given, gets each report a hand edit renumbered (:func:`_renumber_hand_edits`)
    and its new revision: the sync that refuses after it says so (share67).
    A restore among them is named in the commit (:data:`RESTORE_TRAILER`); one whose report is
    not among them was committed before (the mark is taken first, after its file was written).
    The commit credits who saved (:func:`_saver`), not who runs it; saves by several authors
    (two people saving in one store within the committer's wait) get a commit each, in the
    order they were made (:func:`_commit_run`: share27)."""
    saver, saves = _saver(root)
    restores = _restores(root)
    ids = changed_ids(root)
    if not ids:
        return False
    _renumber_hand_edits(root, set(ids) - {rid for _, rid, _ in saves}, hand)
    # (who, report → the last revision saved, every (report, revision) saved): one per author
    runs: list[tuple[str, dict[str, int], set[tuple[str, str]]]] = []
    for who, rid, revision in saves:
        if rid not in ids:
            continue
        if not runs or runs[-1][0] != who:
            runs.append((who, {}, set()))
        runs[-1][1][rid] = revision
        runs[-1][2].add((rid, str(revision)))
    made = False
    for n, (who, latest, each) in enumerate(runs[:-1]):
        later = {rid for _, saved, _ in runs[n + 1 :] for rid in saved}
        mine = [mark for mark in restores if mark in each]  # (its restores: named in its commit)
        if _commit_run(root, who, latest, later, mine):
            made, restores = True, [mark for mark in restores if mark not in each]
    if runs:
        saver, ids = runs[-1][0], changed_ids(root) if made else ids
    names = ", ".join(ids[:5]) + (f" (+{len(ids) - 5})" if len(ids) > 5 else "")
    changed = set(ids)
    trailers = "".join(
        f"\n{RESTORE_TRAILER}: {rid} {revision}" for rid, revision in restores if rid in changed
    )
    message = f"lkj-tui: simpan {names}" + (f"\n{trailers}" if trailers else "")
    return commit_all(root, message, saver) or made


def _renumber_hand_edits(root: Path, unsaved: set[str], hand: dict[str, int] | None) -> None:
    """The reports git holds that changed with no lkj-tui save (by hand) and kept the revision
    they were committed at take the next one (:meth:`Store.renumber_hand_edit`): committed as
    they were, two contents were "revisi 5" in the history (share65). A new file has no history
    to clash with (a store's first commit reads none of its reports). Never fails: a report it
    cannot renumber is committed as before. ``hand``: each report renumbered → its revision."""
    if not unsaved:
        return
    from lkj_tui.storage.store import Store

    with suppress(Exception):
        names = out(root, "diff", "--name-only", "-z", "HEAD", "--").split("\0")
        edited = unsaved & {name[: -len(".json")] for name in names if name.endswith(".json")}
        if not edited:
            return
        store = Store(root)
        for rid in sorted(edited):
            with suppress(Exception):
                if (revision := store.renumber_hand_edit(rid)) is not None and hand is not None:
                    hand[rid] = revision


def _commit_run(
    root: Path,
    who: str,
    latest: dict[str, int],
    later: set[str],
    restores: list[tuple[str, str]],
) -> bool:
    """Commit the reports one author saved before another author's saves (``latest``: each
    report and the revision this author left it at), credited to ``who``: each as the store
    holds it, or, saved again by a later author (``later``), as its kept generation of that
    revision (the file that later save replaced). A report whose version is not there any more
    (generations pruned) goes with the later commit. ``restores``: the author's restores, named
    in the commit (:data:`RESTORE_TRAILER`)."""
    from lkj_tui.storage.generations import checked_folder

    staged = []
    for rid, revision in latest.items():
        if rid in later:
            try:
                folder = checked_folder(root, rid, create=False)
            except Exception:  # (a symlink or a file there: no version read through it)
                continue
            path = None if folder is None else folder / f"{revision}.json"
        else:
            path = root / f"{rid}.json"
        try:
            if path is None or not stat.S_ISREG(os.lstat(path).st_mode):
                continue
        except OSError:
            continue
        try:  # (as git add would write it: the report's own path's attributes)
            sha = out(root, "hash-object", "-w", f"--path={rid}.json", "--", str(path.absolute()))
            run(root, "update-index", "--add", "--cacheinfo", f"100644,{sha},{rid}.json")
        except SyncError:  # (its change goes with the later commit)
            continue
        staged.append(rid)
    if not staged or run(root, "diff", "--cached", "--quiet", check=False).returncode == 0:
        return False
    trailers = "".join(
        f"\n{RESTORE_TRAILER}: {rid} {revision}" for rid, revision in restores if rid in staged
    )
    message = f"lkj-tui: simpan {', '.join(sorted(staged))}" + (f"\n{trailers}" if trailers else "")
    run(root, "commit", "-q", "--no-verify", "-m", message, env=author_env(root, who))
    return True


def ensure_lists(root: Path) -> None:
    """Write ``.gitignore`` and ``.gitattributes`` when the store has none."""
    for name, text in ((".gitignore", GITIGNORE), (".gitattributes", GITATTRIBUTES)):
        path = root / name
        if not path.exists():
            path.write_text(text, encoding="utf-8", newline="\n")


def has_ref(root: Path, ref: str) -> bool:
    return (
        run(root, "rev-parse", "--verify", "-q", f"{ref}^{{commit}}", check=False).returncode == 0
    )


def count(root: Path, spec: str) -> int:
    text = out(root, "rev-list", "--count", spec)
    return int(text) if text.isdigit() else 0


def blob(root: Path, spec: str) -> bytes | None:
    done = run(root, "cat-file", "blob", spec, check=False)
    return done.stdout if done.returncode == 0 else None
