"""``lkj-tui sync``: a store as a git repository shared through a remote (docs/sharing.md).

``init`` makes the store folder a repository, ``clone`` starts a store from a shared one, ``sync``
commits the saves not committed yet, fetches, merges in a private worktree (never in the store),
checks every merged report with the store's strict reader, writes the merged reports into the store
through the store's own atomic write under each report's lock (the current file kept as a generation,
as any save does), then pushes. A merge that gives a bad report, a driver that refuses, a save that
happens meanwhile: nothing of the store changes, and the message says why. No network: one line,
and the store works on.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Callable
from contextlib import ExitStack, suppress
from dataclasses import dataclass, field
from pathlib import Path, PurePath
from typing import NamedTuple

from lkj_tui.core.sanitize import clean_line
from lkj_tui.storage.errors import END, StoreError, named_path, named_twice, typed_path
from lkj_tui.sync import git
from lkj_tui.sync.driver import REFUSED, REFUSED_ID, THEIRS_ENV
from lkj_tui.sync.git import BRANCH, SyncError

REMOTE = "origin"
#: git's empty tree (what a store with no commit yet is compared against).
EMPTY_TREE = "4b825dc642cb6eb9a060e54bf8d69288fbee4904"
#: How a refusal of the merge says the store was left (true unless the sync's commit renumbered
#: a hand edit first: :func:`_with_hand_edits`).
UNCHANGED = ("penyimpanan tidak diubah", "the store is unchanged")
#: How a refused merge begins its way on (:func:`_merge`; replaced by :func:`_with_hand_edits`).
MERGE_HINT = (
    ". Perubahan di sini dan yang dikirim kantor lain",
    ". The changes here and those another office sent",
)


@dataclass
class Outcome:
    """What a sync did (for the one-line summary)."""

    committed: bool = False
    received: int = 0  # saves of the other offices merged in (:func:`saves`)
    sent: int = 0  # saves pushed
    #: something was pushed: the saves counted in ``sent``, or only the store's sharing files
    #: (``.gitattributes``, ``.gitignore``: an empty store's ``sync --init``, share41)
    pushed: bool = False
    reports: list[str] = field(default_factory=list)  # reports the merge changed in the store
    #: the reports among them another office deleted (their files gone from this store too),
    #: and those deleted here that this sync sent as deletions (share55: said as "updated")
    deleted: list[str] = field(default_factory=list)
    deleted_sent: list[str] = field(default_factory=list)
    #: the reports among them this store did not hold before (made by another office: said
    #: "ID (baru)", not only "diperbarui", share64)
    added: list[str] = field(default_factory=list)
    #: the reports the saves received are of that the merge left as they were here (both
    #: offices chose a conflict alike: "laporan diperbarui: —", paths57)
    same: list[str] = field(default_factory=list)
    conflicts: int = 0  # conflicts this sync brought (not in this laptop's file before)
    conflicted: list[str] = field(default_factory=list)  # the reports that record new ones
    #: every report id with conflicts waiting from before this sync → how many (:func:`open_before`)
    older: dict[str, int] = field(default_factory=dict)
    #: report id → the conflicts this sync brought (:func:`lkj_tui.core.conflicts.key`)
    new: dict[str, list[str]] = field(default_factory=dict)
    offline: str | None = None  # the reason the remote could not be reached
    no_folder: bool = False  # offline: the shared repository is a folder that is not there
    #: offline, the folder's drive not there either: the highest folder of its path that is not
    #: there (``D:\``, a network share, a mount point) — the drive to connect (:func:`missing_place`)
    drive: str | None = None
    #: offline, the drive there: the first folder of the path that is not there (a typo in its
    #: name, a folder renamed), named with the folder that should hold it (share18)
    missing: str | None = None
    #: offline: the empty folder where the shared repository (or the folder that holds it) was
    #: expected, an unmounted share's mount point (share18)
    empty: str | None = None
    no_remote: bool = False
    #: the reports one office deleted and the other changed, kept by the merge (share67)
    kept: list[str] = field(default_factory=list)
    #: the reports among ``added`` that this store deleted before (said "kembali", not "baru")
    back: list[str] = field(default_factory=list)
    #: ``init`` on a store shared already, to another address: the address it had (share32)
    moved_from: str | None = None


def require_repo(root: Path) -> None:
    """Refuse a store that is not a repository, with the one command that mends it at the
    message's end (each command ends its line: cli30): a folder that holds something is
    shared with ``--init``; a folder empty or not there (a new laptop's, the ``--clone``
    forgotten) is cloned into, with the ``--store`` typed (without it, typed as printed, it
    cloned into the default store's folder: share29). A clone into a folder that holds
    reports is refused: it is not suggested there."""
    git.find_git()
    if git.is_repo(root):
        return
    shown, en = (clean_line(named) for named in named_twice(root))
    try:
        held = next(root.iterdir(), None) is not None
    except OSError:  # (not there, or not a folder: nothing to share in it)
        held = root.exists()
    if held:
        raise SyncError(
            "not-shared",
            f"penyimpanan {shown} belum dibagikan; untuk membagikannya: "
            f"lkj-tui sync --init [ALAMAT]{END}",
            f"the store {en} is not shared yet; to share it: lkj-tui sync --init [REMOTE]{END}",
        )
    where = ("folder {} kosong", "the folder {} is empty") if root.exists() else None
    where = where or ("folder {} belum ada", "the folder {} does not exist")
    raise SyncError(
        "not-shared",
        f"{where[0].format(shown)}; untuk menyalin penyimpanan bersama ke sana: "
        f"lkj-tui sync --clone ALAMAT{END}",
        f"{where[1].format(en)}; to clone a shared store there: lkj-tui sync --clone REMOTE{END}",
    )


def init(
    root: Path, remote: str | None, author: str | None = None, delete: frozenset[str] = frozenset()
) -> Outcome:
    """Make the store folder a repository with its reports committed; set the remote.
    ``author``: the store's author of the saves (``sync --init --author NAME``), set before
    the first commit, which is credited to it (it went to git's ``user.name``: share33)."""
    git.find_git()
    if remote and git.is_repo(root):
        _check_move(root, remote)
    outcome = Outcome()
    if not git.is_repo(root):
        git.run(root, "init", "-q")
        git.run(root, "symbolic-ref", "HEAD", f"refs/heads/{BRANCH}")
    if author is not None:
        git.set_author(root, author)
    git.ensure_lists(root)
    git.register_driver(root)
    with git.commit_lock(root):  # type: ignore[attr-defined]
        outcome.committed = git.commit_all(root, "lkj-tui: penyimpanan dibagikan")
    if remote:
        had = git.run(root, "remote", "get-url", REMOTE, check=False)
        before = had.stdout.decode("utf-8", "replace").strip() if had.returncode == 0 else None
        if before is not None:
            git.run(root, "remote", "set-url", REMOTE, remote)
        else:
            git.run(root, "remote", "add", REMOTE, remote)
        done = sync(root, delete)
        done.committed |= outcome.committed  # (the reports committed above: said too)
        done.moved_from = before if before not in (None, remote) else None
        return done
    outcome.no_remote = True
    return outcome


def _check_move(root: Path, remote: str) -> None:
    """``sync --init NEW`` on a store shared already with another address: NEW is reached
    before anything changes; not reached, the store keeps its address and the message names it
    (the new one was set, then "Luring": the old one lost from this laptop, words50). A folder
    or server that refuses is refused as for a first address; one that cannot be reached is
    offline (exit 3: the saves go to the old address with the next sync)."""
    had = git.run(root, "remote", "get-url", REMOTE, check=False)
    old = had.stdout.decode("utf-8", "replace").strip() if had.returncode == 0 else remote
    if old == remote:
        return
    done = _network(root, "ls-remote", "-q", "--heads", "--", remote)
    if done is not None and done.returncode == 0:
        return
    why = git.last_line(done.stderr) if done else TIMED_OUT
    kept = [
        _OFFLINE["kept"][i].format(old=clean_line(named_path(old, lang), 300))
        for i, lang in enumerate(("id", "en"))
    ]
    try:
        _refused(root, remote, why, "--init")  # (raises: no later sync would mend it)
    except SyncError as exc:
        raise SyncError(
            exc.code, kept[0] + exc.text("id", END), kept[1] + exc.text("en", END)
        ) from None
    place = missing_place(root, remote)
    said = []
    for i, lang in enumerate(("id", "en")):
        new = clean_line(named_path(remote, lang), 300)
        if place is None:
            said.append(_OFFLINE["kept_offline"][i].format(new=new, why=why_text(why, lang)))
            continue
        reason = _reason(place, i, _OFFLINE["again_init"][i], "--init", opts=END)
        said.append(_OFFLINE["kept_unreached"][i].format(new=new, reason=reason))
    raise SyncError("kept", kept[0] + said[0], kept[1] + said[1])


def clone(remote: str, root: Path) -> Outcome:
    """Start a store from a shared one (the folder must not exist or be empty)."""
    git.find_git()
    root = root.absolute()  # (git clones into it from its parent: a relative path went astray)
    shown, en = (clean_line(named) for named in named_twice(root))  # (never broken at spaces)
    if root.exists() and not root.is_dir():  # (it was called a folder "not empty")
        raise SyncError(
            "exists",
            f"{shown} adalah sebuah berkas, bukan folder; pilih --store lain (folder baru "
            "atau kosong)",
            f"{en} is a file, not a folder; choose another --store (a new or empty folder)",
        )
    if root.exists() and any(root.iterdir()):
        raise SyncError(
            "exists",
            f"folder {shown} sudah ada dan tidak kosong; pilih --store lain",
            f"the folder {en} exists and is not empty; choose another --store",
        )
    made = _folders_made(root)  # (what a clone that stops removes: nothing else)
    root.parent.mkdir(parents=True, exist_ok=True)
    done = _network(
        root.parent,
        "clone",
        "-q",
        "--no-checkout",  # (the files only once Windows can hold every name: _check_names)
        "--origin",
        REMOTE,
        remote,
        str(root),
    )
    if done is None:  # (git stopped half-way: what it made is removed, as git removes it)
        _unmake(root, made)
        why = TIMED_OUT
        raise SyncError(
            "offline",
            _clone_offline(remote, why, "id"),
            _clone_offline(remote, why, "en"),
        )
    if done.returncode != 0:
        why = git.last_line(done.stderr)
        if _refused(root.parent, remote, why, "--clone"):  # (or raises: refused, and why)
            place = missing_place(root.parent, remote)
            # (a folder missing where its drive is: the name to check, not the network's fault)
            missing = place is None or place[0] == "missing"
            raise SyncError(
                "missing-folder" if missing else "offline",
                _where_text(place, remote, "id"),
                _where_text(place, remote, "en"),
            )
        raise SyncError(
            "offline",
            _clone_offline(remote, why, "id"),
            _clone_offline(remote, why, "en"),
        )
    os.chmod(root, 0o700)
    head = "HEAD" if git.has_ref(root, "HEAD") else f"{REMOTE}/{BRANCH}"
    if git.has_ref(root, head):
        try:
            _check_names(root, head, None)
        except SyncError:
            _unmake(root, made)
            raise
    if head == "HEAD":
        git.run(root, "reset", "-q", "--hard", "HEAD")
    else:  # an empty repository, or its HEAD names another branch
        if git.has_ref(root, head):
            git.run(root, "checkout", "-q", "-B", BRANCH, head)
        else:
            git.run(root, "symbolic-ref", "HEAD", f"refs/heads/{BRANCH}")
    git.ensure_lists(root)
    git.register_driver(root)
    bad = [(p.name, err) for p in sorted(root.glob("*.json")) if (err := _check_file(p))]
    if bad:
        raise _cloned_broken(root, *bad[0])
    from lkj_tui.storage import journal
    from lkj_tui.storage.reader import StoreReader

    try:  # the conflicts the clone brings name the old report's versions as a sync's do
        infos, _errors = StoreReader(root, None).list_reports(skip_broken=True)
        for info in infos:  # (restore --list names the version the clone brought: share22)
            journal.note(root, info.id, "clone", info.revision)
        _note_versions(root, {info.id: [] for info in infos if info.conflicts})
    except Exception:  # (a listing that fails leaves them named by their ids' start)
        pass
    return Outcome()


def _folders_made(root: Path) -> list[Path]:
    """The folders a clone into ``root`` makes: ``root`` and its parents that are not there yet,
    innermost first (none when ``root`` is there: it is empty, and stays)."""
    made = []
    for folder in (root, *root.parents):
        if os.path.lexists(folder):
            break
        made.append(folder)
    return made


def _unmake(root: Path, made: list[Path]) -> None:
    """Undo a clone into ``root`` that stopped: the folders it made are removed, a folder that
    was there (empty: :func:`clone` takes no other) is emptied and kept (share22: an empty
    folder made for the store, or a mount point, was removed with the clone's files)."""
    if root in made:
        shutil.rmtree(root, ignore_errors=True)
    elif root.is_dir():
        for item in list(root.iterdir()):
            if item.is_dir() and not item.is_symlink():
                shutil.rmtree(item, ignore_errors=True)
            else:
                with suppress(OSError):
                    item.unlink()
    for folder in made[1:]:  # (the parents made for it, when nothing else was put there)
        try:
            folder.rmdir()
        except OSError:
            break


def _check_names(root: Path, target: str, head: str | None) -> None:
    """On Windows, refuse a ``target`` whose files Windows cannot hold under their names (made on
    Linux: ``con.json``, ``nul.2024.json``, a name ending in a dot or a space, two names that
    differ only by case), with ``head``'s files beside them: git would stop half-way, or one
    file would take another's place. Nothing is written; the message names the files."""
    from lkj_tui.storage import paths

    if not paths.ON_WINDOWS:
        return
    names = []
    for spec in (head, target):
        if spec is not None:
            listed = git.out(root, "ls-tree", "-r", "-z", "--name-only", spec).split("\0")
            names += [n for n in listed if n]
    refused = paths.windows_refuses(list(dict.fromkeys(names)))
    if not refused:
        return
    shown = ", ".join(repr(clean_line(n, 100)) for n in refused[:5])
    shown += f" (+{len(refused) - 5})" if len(refused) > 5 else ""
    raise SyncError(
        "windows-name",
        f"{UNCHANGED[0]}: Windows tidak dapat menyimpan {shown} dengan nama itu (CON, "
        "PRN, AUX, NUL, COM0-9, LPT0-9 milik perangkat, juga dengan akhiran; titik atau spasi di "
        "akhir nama dibuang; nama yang hanya beda huruf besar/kecil adalah satu berkas). Minta "
        "kantor yang membuatnya (di Linux) memindahkan laporan itu ke id lain (ekspor dengan "
        "-f json, impor dengan -r ID-BARU), menghapus berkas lamanya dan menyinkronkan; lalu "
        f"sinkronkan lagi: lkj-tui sync{END}",
        f"{UNCHANGED[1]}: Windows cannot hold {shown} under that name (CON, PRN, AUX, "
        "NUL, COM0-9 and LPT0-9 belong to devices, also with an extension; a dot or space at the "
        "end of a name is dropped; names that differ only by case are one file). Ask the office "
        "that made it (on Linux) to move that report to another id (export it with -f json, "
        "import it with -r NEW-ID), delete its old file and sync; then sync again: "
        f"lkj-tui sync{END}",
    )


def _cloned_broken(root: Path, name: str, err: StoreError) -> SyncError:
    """A clone holding a report file that does not read (an older lkj-tui's, or pushed by
    hand): who sent it and when, in the reader's words in the user's language (share50), and
    the way out that keeps the shared content: restore its last good save from the history
    (the store's hint offered the bundled report, which would replace it: share55), else ask
    the office that sent it to restore or fix it."""
    from lkj_tui.storage.generations import restore_committed
    from lkj_tui.storage.reader import StoreReader

    sent = _sender(root, "HEAD", name)
    rid = name.removesuffix(".json")
    found = None
    with suppress(StoreError):
        found = StoreReader(root, None).last_committed(rid)
    if found is not None:
        way = restore_committed(rid, found[1], found[2])
    else:
        way = (
            f"Minta kantor itu memulihkannya (lkj-tui restore {rid}) atau memperbaikinya, lalu "
            f"menyinkronkan; sesudah itu sinkronkan lagi di sini: lkj-tui sync{END}",
            f"Ask that office to restore it (lkj-tui restore {rid}) or fix it, then sync; "
            f"after that, sync again here: lkj-tui sync{END}",
        )
    return SyncError(
        "bad-report",
        f"salinan dibuat, tetapi {name} yang dikirim kantor lain{sent} tidak terbaca: "
        f"{err.problem}. {way[0]}",
        f"cloned, but {name} as another office sent it{sent} cannot be read: "
        f"{err.problem_en}. {way[1]}",
    )


def _sender(root: Path, ref: str, name: str) -> str:
    """ " (who, when)": the author and time of the last commit of ``ref`` that changed the file
    ``name``, as a broken file's message names who sent it; "" when git cannot say."""
    said = git.out(
        root,
        "log",
        "-1",
        "--format=%an%x09%cd",
        "--date=format-local:%Y-%m-%d %H:%M",
        ref,
        "--",
        name,
        check=False,
    )
    who, _, when = said.partition("\t")
    return f" ({clean_line(who, 60)}, {clean_line(when, 20)})" if when else ""


def _check_file(path: Path) -> StoreError | None:
    from lkj_tui.sync.check import check_report_bytes

    return check_report_bytes(path.stem, path.read_bytes())


#: git's words for a remote that answered but holds no repository there, or refused this laptop.
_NOT_A_REPO = (
    "does not appear to be a git repository",
    "not found",
    "not a git repository",
    "does not exist",
)
_DENIED = ("authentication failed", "permission denied", "could not read username", "403")


def _local(root: Path, url: str) -> Path | None:
    """The shared repository as a folder (a shared drive, a path; relative: to the store, as git
    reads it), else None (a URL, an ssh ``host:path``)."""
    if url.startswith("file://"):
        return Path(url.removeprefix("file://"))
    head, colon, _ = url.partition(":")
    if "://" in url or not url.strip() or (colon and len(head) > 1 and not {"/", "\\"} & set(head)):
        return None  # (C:\lkj is a folder: a drive letter is one character)
    path = Path(url).expanduser()
    return path if path.is_absolute() else root / path


def unreachable(root: Path, why: str) -> bool:
    """Why the remote could not be fetched, as the user can act on it: a folder that holds no
    repository or an address the server does not know is refused (it said "Luring", and no
    later sync would have gone better); access refused names the account; a folder that is not
    there is offline (a shared drive not connected): True; the rest is offline, git's line."""
    url = git.out(root, "remote", "get-url", REMOTE, check=False)
    return _refused(root, url, why, "--init", git.has_ref(root, f"{REMOTE}/{BRANCH}"))


#: The folders that hold the mount points of drives on Linux and macOS: a folder missing right
#: under one of them (``/mnt/lkj``), or under a user's folder in one of :data:`_USER_MOUNTS`
#: (``/media/rina/LKJ``), is a drive not connected, not a name mistyped.
_MOUNTS = ("/mnt", "/media", "/run/media", "/Volumes")
_USER_MOUNTS = ("/media", "/run/media")


def _is_drive(missing: PurePath) -> bool:
    """Whether ``missing``, the first folder of a path that is not there, is a drive: a Windows
    drive or network share (``D:\\``, ``\\\\server\\share``: the path's anchor), or a mount
    point under :data:`_MOUNTS` (``/mnt/lkj``, ``/media/rina/LKJ``)."""
    if missing.parent == missing or str(missing) == missing.anchor:
        return True
    return missing.parent.as_posix() in _MOUNTS or missing.parent.parent.as_posix() in _USER_MOUNTS


def _empty_dir(folder: PurePath) -> bool:
    try:
        with os.scandir(folder) as entries:
            return next(entries, None) is None
    except OSError:
        return False


def missing_place(base: Path, url: str) -> tuple[str, str] | None:
    """Where the shared folder ``url`` (relative to ``base``) fails, as the user can act on it
    (:func:`where_fails`, asked of this laptop's folders); None when it is not a folder path."""
    folder = _local(base, url)
    if folder is None:
        return None
    return where_fails(folder, os.path.isdir, _empty_dir)


def where_fails(
    folder: PurePath, there: Callable[[PurePath], bool], empty: Callable[[PurePath], bool]
) -> tuple[str, str] | None:
    """Where the shared folder ``folder`` fails, decided from what is there alone (``there``: a
    folder of that path is there; ``empty``: it is, and holds nothing), for a path of any
    flavour (a Windows one is decided the same on Linux): ``("drive", D)`` the drive or network
    share D is not there (connect it); ``("empty", F)`` F, the folder itself or the deepest
    folder of its path that is there, is empty (an unmounted share's mount point: mount it);
    ``("missing", F)`` F, the first folder of the path that is not there, is missing from a
    folder that is there and holds other things (check its name); None when the folder is there
    and holds something."""
    if there(folder):
        return ("empty", str(folder)) if empty(folder) else None
    first = folder
    while first.parent != first and not there(first.parent):
        first = first.parent
    if _is_drive(first):
        return "drive", str(first)
    if first.parent != first.parent.parent and empty(first.parent):
        return "empty", str(first.parent)
    return "missing", str(first)


def _refused(base: Path, url: str, why: str, how: str, known: bool = False) -> bool:
    """:func:`unreachable` of ``url`` (a folder relative to ``base``), the address given again
    with ``sync {how}``; an empty folder is offline when the store has fetched from it before
    (``known``: a share not mounted), else refused, named as empty first."""
    shown, folder = clean_line(url, 300), _local(base, url)
    typed = typed_path(shown)  # (a path with spaces, as a shell takes it)
    lowered = why.casefold()
    if folder is not None and not folder.exists():
        return True
    if folder is not None and folder.is_dir() and _empty_dir(folder):
        if known:  # (it held the repository before: a share not mounted, offline)
            return True
        raise SyncError(  # (before the advice to make one there: share18)
            "empty-folder",  # (a share not mounted, or a folder new: not typed wrong)
            f"folder {shown} kosong, bukan repositori bersama: drive bersama belum dipasang di "
            "sana? Pasang drive itu, lalu jalankan perintah ini lagi; jika folder itu memang "
            "baru, buat repositorinya sekali dengan 'git init --bare --initial-branch=main "
            f"{typed}', atau beri alamat yang benar: lkj-tui sync {how} ALAMAT{END}",
            f"{shown} is an empty folder, not a shared repository: is the shared drive not "
            "mounted there? Mount it, then run this command again; if the folder is new, make "
            f"the repository once with 'git init --bare --initial-branch=main {typed}', or give "
            f"the right address: lkj-tui sync {how} REMOTE{END}",
        )
    if any(w in lowered for w in _NOT_A_REPO):
        if folder is not None:
            raise SyncError(
                "not-a-repository",
                f"{shown} bukan repositori bersama (folder itu ada, tetapi tidak berisi repositori "
                "git): buat sekali dengan 'git init --bare --initial-branch=main "
                f"{typed}', atau beri alamat yang benar: lkj-tui sync {how} ALAMAT{END}",
                f"{shown} is not a shared repository (the folder exists but holds no git "
                f"repository): make it once with 'git init --bare --initial-branch=main {typed}', "
                f"or give the right address: lkj-tui sync {how} REMOTE{END}",
            )
        raise SyncError(
            "not-a-repository",
            f"{shown} tidak ada di server ({why}): periksa alamatnya, atau minta IT membuat "
            f"repositori kosong di sana; lalu lkj-tui sync {how} ALAMAT{END}",
            f"{shown} does not exist on the server ({why}): check the address, or ask IT to make "
            f"an empty repository there; then lkj-tui sync {how} REMOTE{END}",
        )
    if any(w in lowered for w in _DENIED):
        raise SyncError(
            "denied",
            f"{shown} menolak akses laptop ini ({why}): periksa akun kantor ini di server (di "
            "Windows: Git Credential Manager; atau kunci SSH), lalu jalankan lkj-tui sync{END} lagi",
            f"{shown} refused this laptop ({why}): check this office's account on the server (on "
            "Windows: the Git Credential Manager; or the SSH key), then run lkj-tui sync{END} again",
        )
    return False


#: ``Outcome.offline`` when the shared repository gave no answer within git.NETWORK_TIMEOUT (a
#: network that connects but carries nothing: a VPN gone, a captive portal, a share that hangs).
TIMED_OUT = "no answer within the time allowed"


def _network(root: Path, *args: str) -> subprocess.CompletedProcess[bytes] | None:
    """``git ARGS`` that reaches the shared repository (fetch, push, clone), None when it gave
    no answer within ``git.NETWORK_TIMEOUT``: offline, as a network that is not there (it was a
    refusal, "git fetch tidak selesai dalam 120 detik", exit 1, the saves not named)."""
    try:
        return git.run(root, *args, check=False, timeout=git.NETWORK_TIMEOUT)
    except SyncError as exc:
        if exc.code == "timeout":
            return None
        raise


def _offline(reason: str) -> Outcome:
    return Outcome(offline=reason)


class State(NamedTuple):
    """What waits in a shared store (:func:`status`): ``ahead`` the saves not sent, ``behind``
    those fetched and not merged, ``deleted`` the reports deleted here by hand
    (:func:`deleted_here`), which a sync refuses to send until the user chooses."""

    ahead: int
    behind: int
    deleted: tuple[str, ...] = ()


def status(root: Path) -> State | None:
    """(ahead, behind, deleted) against the last fetched state of the remote, in saves
    (:func:`saves`); None when not shared (cheap: no network). Ahead counts what the next sync
    sends: the saves committed and those the committer has not committed yet
    (:func:`uncommitted`: the example ``init`` added to an empty clone was "0 simpanan belum
    dikirim", then "Dikirim 1", ys45), but for the reports deleted here by hand: no sync sends
    one until it is confirmed (`sync --delete`), and ``info`` and the TUI counted it as "1
    simpanan belum dikirim" with ``lkj-tui sync`` to send it, which refused it (share68). Each
    such deletion is one save of those counts (a file deleted, committed or not)."""
    if shutil.which("git") is None or not git.is_repo(root):
        return None
    upstream = f"{REMOTE}/{BRANCH}"
    waiting = uncommitted(root)
    if not git.has_ref(root, upstream) or not git.has_ref(root, "HEAD"):
        return State((saves(root, "HEAD") if git.has_ref(root, "HEAD") else 0) + waiting, 0)
    found = deleted_here(root)
    chosen = confirmed_deletions(root)  # (sent by the next sync: saves that wait, share69)
    gone = tuple(rid for rid in found if rid not in chosen)
    ahead = saves(root, f"{upstream}..HEAD") + waiting - len(gone)
    return State(max(ahead, 0), saves(root, f"HEAD..{upstream}"), gone)


#: The reports deleted here whose deletion the user confirmed (``sync --delete ID``), one id a
#: line in the store's ``.git`` (this laptop's, never shared), until a sync sends them: given
#: offline, the confirmation was forgotten, and the next plain sync (the TUI's ``S`` too)
#: refused the deletion again (share69).
CONFIRMED = "lkj-tui-deletions"


def confirmed_deletions(root: Path) -> frozenset[str]:
    """The deletions confirmed on this laptop and not sent yet (:data:`CONFIRMED`); none when
    the record cannot be read."""
    from lkj_tui.storage.paths import is_report_id

    # (as every mark of .git: never through a symlink, which named a deletion never confirmed
    # here and the next sync sent it to every office; never from a FIFO, which sync and info
    # waited on forever: hostile71)
    text = git.read_mark(root / ".git" / CONFIRMED)
    return frozenset(rid for rid in text.split("\n") if is_report_id(rid))


def _remember_deletions(root: Path, ids: frozenset[str]) -> None:
    """Keep ``ids`` as the deletions confirmed and not sent (:data:`CONFIRMED`; none: the
    record removed). A record: a failure is none (the sync then asks again)."""
    from lkj_tui.storage.atomic import atomic_write_bytes

    path = root / ".git" / CONFIRMED
    with suppress(OSError, StoreError):
        if ids:
            atomic_write_bytes(path, "\n".join(sorted(ids)).encode("utf-8"))
        elif path.exists():
            path.unlink()


def uncommitted(root: Path) -> int:
    """The saves in the store's report files not committed yet (in the committer's wait, or with
    ``LKJ_TUI_HISTORY=off``), which the next sync commits and sends: counted as :func:`saves`
    counts a commit's, each report's revision now against the one last committed."""
    from lkj_tui.storage.paths import is_report_id
    from lkj_tui.sync.history import _Blobs

    ids = [rid for rid in git.changed_ids(root) if is_report_id(rid)]
    if not ids:
        return 0
    blobs = _Blobs(root) if git.has_ref(root, "HEAD") else None
    found = 0
    try:
        for rid in ids:
            after = _revision(_file_head(root / f"{rid}.json"))
            if after is None:
                found += 1  # deleted, or a file without a revision to read
                continue
            before = _revision(blobs.get(f"HEAD:{rid}.json")) if blobs else None
            found += max(after - (before or 0), 1)  # (not in the last commit: added)
    finally:
        if blobs is not None:
            blobs.close()
    return found


_REVISION = re.compile(rb'"revision":\s*(\d+)')
#: How much of a report file's start holds its revision (line 2 of the line layout).
_HEAD = 4096
_OBJECT_ID = re.compile(r"[0-9a-f]{40}|[0-9a-f]{64}")


def _revision(data: bytes | None) -> int | None:
    """The revision a report file's start names (None: none, or no file)."""
    match = _REVISION.search(data[:_HEAD]) if data else None
    return int(match.group(1)) if match else None


def _file_head(path: Path) -> bytes | None:
    """The first :data:`_HEAD` bytes of a report file, never through a symlink or a FIFO (as
    every store read); None when there is none or it cannot be read."""
    from lkj_tui.storage.jsonfile import NOFOLLOW, NONBLOCK

    try:
        with open(os.open(path, os.O_RDONLY | NOFOLLOW | NONBLOCK), "rb") as file:
            return file.read(_HEAD)
    except OSError:
        return None


def _loose_head(objects: Path, blob: str) -> bytes | None:
    """The first :data:`_HEAD` bytes of ``blob`` when git keeps it as a loose object (its saves
    not yet packed: those of weeks offline), read from git's own file, a zlib stream of ``blob
    <length>\0<content>``, inflating only that much, where ``cat-file`` inflates and pipes the
    whole report (0.4 s for 200 saves of a 600 kB report, against 0.01 s; share18). None when the
    object is packed, or not readable so: then ``cat-file`` reads it."""
    import zlib

    if not _OBJECT_ID.fullmatch(blob):
        return None
    want, data = _HEAD + 64, b""  # (the header, "blob 620743\0", is under 64 bytes)
    try:
        with open(objects / blob[:2] / blob[2:], "rb") as file:
            inflater = zlib.decompressobj()
            while len(data) < want and not inflater.eof:
                chunk = inflater.unconsumed_tail or file.read(16384)
                if not chunk:
                    break
                data += inflater.decompress(chunk, want - len(data))
    except (OSError, zlib.error):
        return None
    header, nul, content = data.partition(b"\0")
    return content[:_HEAD] if nul and header.startswith(b"blob ") else None


def saves(root: Path, spec: str) -> int:
    """The saves the commits of ``spec`` (``origin/main..HEAD``) hold, as a user counts what
    they did: saves in quick succession share one commit (storage/history.py), and each save
    raises its report's revision by one. A merge is no one's save (left out); a report added
    counts its revision, one deleted one save. Two git calls, whatever the number of commits,
    and a third for the versions git has packed (:func:`_loose_head`)."""
    from lkj_tui.storage.paths import is_report_id
    from lkj_tui.sync.history import _Blobs

    if not git.count(root, spec):
        return 0
    text = git.out(
        root, "log", "--no-merges", "--no-renames", "--raw", "--no-abbrev", "--format=", spec
    )
    found = 0
    blobs: _Blobs | None = None
    objects = root / ".git" / "objects"

    read: dict[str, int | None] = {}  # (a version is one commit's after and the next's before)

    def revision(blob: str) -> int | None:
        nonlocal blobs
        if blob not in read:
            data = _loose_head(objects, blob)
            if data is None:
                blobs = blobs or _Blobs(root)
                data = blobs.get(blob)
            read[blob] = _revision(data)
        return read[blob]

    try:
        for line in text.splitlines():
            head, _, name = line.partition("\t")
            parts = head.split()
            if len(parts) < 5 or not name.endswith(".json") or not is_report_id(name[:-5]):
                continue
            old, new, how = parts[2], parts[3], parts[4]
            after = None if how == "D" else revision(new)
            before = revision(old) if how == "M" else 0  # (added: from nothing)
            if after is None or before is None:
                found += 1  # deleted, or a version without a revision to read
            else:
                found += max(after - before, 1)
    finally:
        if blobs is not None:
            blobs.close()
    return found


def sync(root: Path, delete: frozenset[str] = frozenset()) -> Outcome:
    """Commit, fetch, merge, send (the module's doc). ``delete``: the reports deleted here by
    hand whose deletion the user confirmed (``sync --delete ID``): any other is refused
    (:func:`_check_deleted`)."""
    require_repo(root)
    git.ensure_lists(root)
    git.register_driver(root)
    outcome = Outcome()
    hand: dict[str, int] = {}  # (the hand edits its commit renumbered: said if it refuses)
    with git.commit_lock(root):  # type: ignore[attr-defined]
        # (a deletion confirmed before, offline, is still confirmed: one since restored is not)
        gone = deleted_here(root)
        delete = delete | (confirmed_deletions(root) & set(gone))
        _remember_deletions(root, delete & set(gone))
        _check_deleted(root, delete, gone)
        _check_sent(root)
        outcome.committed = git.commit_saves(root, hand)
        if git.run(root, "remote", "get-url", REMOTE, check=False).returncode != 0:
            outcome.no_remote = True
            return outcome
        # (--prune: a shared repository made anew, empty, or a new address given with --init
        # kept the old one's branch here: "Sudah sinkron", and nothing was ever sent, share29)
        fetched = _network(root, "fetch", "-q", "--prune", REMOTE)
        if fetched is None or fetched.returncode != 0:  # (None: no answer in time)
            outcome.offline = git.last_line(fetched.stderr) if fetched else TIMED_OUT
            outcome.no_folder = unreachable(root, outcome.offline)  # (or raises: not offline)
            if outcome.no_folder:
                url = git.out(root, "remote", "get-url", REMOTE, check=False)
                kind, where = missing_place(root, url) or ("", None)
                outcome.no_folder = kind != "empty" or where != str(_local(root, url))
                outcome.drive = where if kind == "drive" else None
                outcome.missing = where if kind == "missing" else None
                outcome.empty = where if kind == "empty" else None
            return outcome  # (the conflicts that wait are none of its own: open_before's)
        upstream = f"{REMOTE}/{BRANCH}"
        try:
            _merge_in(root, upstream, outcome)
        except SyncError as exc:
            raise _with_hand_edits(exc, hand) from None
        # what this sync brought, for status and info ("baru dari sinkronisasi …", dated;
        # storage/journal.py); a sync that brings nothing leaves that record, and calls none of
        # the conflicts that wait its new ones: they are still open (share23: one a restore
        # brought back was "1 konflik baru" at a sync that received nothing)
        from lkj_tui.storage import journal

        if outcome.reports or journal.last_sync_all(root) is None:
            journal.write_last_sync(root, outcome.new)
            _note_versions(root, outcome.new)
        if not git.has_ref(root, "HEAD"):
            return outcome
        ahead = (
            git.count(root, f"{upstream}..HEAD")
            if git.has_ref(root, upstream)
            else git.count(root, "HEAD")
        )
        if ahead:
            spec = f"{upstream}..HEAD" if git.has_ref(root, upstream) else "HEAD"
            gone = (
                git.out(root, "diff", "--name-only", "--diff-filter=D", upstream, "HEAD")
                if git.has_ref(root, upstream)
                else ""
            )
            _push(root, saves(root, spec), outcome)
            if outcome.pushed:
                _remember_deletions(root, frozenset())  # (sent: no longer waits)
                outcome.deleted_sent = [
                    n[:-5] for n in gone.split("\n") if n.endswith(".json") and "/" not in n
                ]
    return outcome


def _with_hand_edits(exc: SyncError, hand: dict[str, int]) -> SyncError:
    """``exc``, a refusal of the merge, true of a sync whose commit gave a hand edit the next
    revision first (:func:`git.commit_saves`): "penyimpanan tidak diubah" was said of a file
    just renumbered (share67). It names each file and its revision, the content as the hand left
    it and not sent; a merge refused gets the restore of the shared version before the edit
    (the hand edit may be what the other office's change cannot merge with)."""
    if not hand or exc.code not in ("merge-refused", "bad-report", "windows-name"):
        return exc
    edits = sorted(hand.items())
    files = ", ".join(f"{rid}.json, kini {rev}" for rid, rev in edits)
    files_en = ", ".join(f"{rid}.json, now {rev}" for rid, rev in edits)
    said_id = (
        f"{UNCHANGED[0]} selain nomor revisi {files} (diubah langsung di berkasnya, di luar "
        "lkj-tui; isinya tetap, belum dikirim). Sebabnya: "
    )
    said_en = (
        f"{UNCHANGED[1]} but for the revision of {files_en} (changed in its file directly, "
        "outside lkj-tui; its content kept, not sent). Why: "
    )
    text_id = exc.text("id", END).replace(f"{UNCHANGED[0]}: ", said_id, 1)
    text_en = exc.text("en", END).replace(f"{UNCHANGED[1]}: ", said_en, 1)
    if exc.code == "merge-refused":  # (the restore here in place of the general way on)
        text_id, text_en = text_id.partition(MERGE_HINT[0])[0], text_en.partition(MERGE_HINT[1])[0]
        back = "; ".join(f"lkj-tui restore {rid} --revision {rev - 1}{END}" for rid, rev in edits)
        if len(edits) > 1:  # (all but the last inside the message: quoted, never broken)
            back = ", ".join(f"'{command}'" for command in back.split("; "))
        text_id += (
            ". Bila perubahan langsung itu tidak dimaksudkan, kembalikan versi bersama "
            f"sebelumnya (lalu sinkronkan lagi): {back}"
        )
        text_en += (
            ". If that direct change was not meant, bring back the shared version before it "
            f"(then sync again): {back}"
        )
    return SyncError(exc.code, text_id, text_en)


def deleted_here(root: Path) -> list[str]:
    """The reports the other offices hold (the last version this store shared with them: where
    it and the shared repository as last fetched part) whose file is not in this store: deleted
    here, by hand (lkj-tui has no command that deletes a report), which a sync would send as a
    deletion; empty before anything is shared."""
    from lkj_tui.storage.paths import is_report_id

    upstream = f"{REMOTE}/{BRANCH}"
    if not git.has_ref(root, "HEAD") or not git.has_ref(root, upstream):
        return []
    base = git.run(root, "merge-base", "HEAD", upstream, check=False)
    if base.returncode != 0:
        return []
    spec = base.stdout.decode("ascii", "replace").strip()
    names = git.out(
        root, "diff", "--name-only", "--no-renames", "--diff-filter=D", "-z", spec, "--"
    )
    ids = [n[: -len(".json")] for n in names.split("\0") if n.endswith(".json") and "/" not in n]
    return sorted(rid for rid in ids if is_report_id(rid) and not (root / f"{rid}.json").exists())


def _check_deleted(root: Path, confirmed: frozenset[str], gone: list[str]) -> None:
    """Refuse to send a report deleted here by hand (a file removed in Explorer, by mistake or
    not) unless ``confirmed``: sent, it was deleted at every office by their next sync, said
    only after the fact (decision 4 of the thirty-seventh pass's note; share67). The refusal
    names both ways on: the restore, or ``sync --delete ID`` that sends it. A ``--delete`` of a
    report not deleted here is refused as typed wrong (code ``not-deleted``). ``gone``:
    :func:`deleted_here`."""
    wrong = sorted(confirmed - set(gone))
    if wrong:
        rid = clean_line(wrong[0], 120)
        there = (root / f"{wrong[0]}.json").exists()
        why = ("berkasnya masih ada di penyimpanan ini", "its file is still in this store")
        if not there:
            why = ("kantor lain tidak memilikinya", "the other offices do not hold it")
        raise SyncError(
            "not-deleted",
            f"--delete {rid}: {why[0]}; --delete hanya mengirim penghapusan laporan yang berkasnya "
            "sudah dihapus di sini" + (f" ({', '.join(gone)})" if gone else ""),
            f"--delete {rid}: {why[1]}; --delete only sends the deletion of a report whose file "
            "was deleted here" + (f" ({', '.join(gone)})" if gone else ""),
        )
    waiting = [rid for rid in gone if rid not in confirmed]
    if not waiting:
        return
    names = ", ".join(f"{rid}.json" for rid in waiting)
    # (quoted: a command inside the message is never broken on a terminal, commands_in)
    back = ", ".join(f"'lkj-tui restore {rid}{END}'" for rid in waiting)
    send = "lkj-tui sync " + " ".join(f"--delete {rid}" for rid in waiting) + END
    one = len(waiting) == 1
    raise SyncError(
        "deleted-here",
        f"tidak disinkronkan, tidak ada yang dikirim ke kantor lain: {names} tidak ada lagi di "
        "penyimpanan ini (dihapus di luar lkj-tui), dan sinkronisasi akan menghapusnya juga di "
        f"setiap kantor. Bila tidak sengaja, pulihkan: {back}; bila laporan itu memang dihapus "
        f"untuk semua kantor, kirim penghapusannya: {send}",
        f"not synced, nothing was sent to the other offices: {names} "
        f"{'is' if one else 'are'} no longer in this store (deleted outside lkj-tui), and a sync "
        "would delete "
        f"{'it' if one else 'them'} at every office too. If that was a mistake, restore "
        f"{'it' if one else 'them'}: {back}; if {'that report is' if one else 'those reports are'} "
        f"meant to be deleted for every office, send the deletion: {send}",
    )


def _check_sent(root: Path) -> None:
    """Refuse the sync when a report it would commit or send does not read (a file changed by
    hand, broken): sent, it stopped every other office's sync ("penggabungan ditolak") until
    someone restored it there (share48). Only the reports changed since the last commit or not
    sent yet are read (all, before the first send); one deleted goes as a deletion."""
    from lkj_tui.storage.paths import is_report_id
    from lkj_tui.storage.reader import StoreReader

    ids = set(git.changed_ids(root))
    upstream = f"{REMOTE}/{BRANCH}"
    if git.has_ref(root, "HEAD"):  # (never sent: every report the commits hold)
        if git.has_ref(root, upstream):
            names = git.out(root, "diff", "--name-only", upstream, "HEAD").split("\n")
        else:
            names = git.out(root, "ls-tree", "--name-only", "HEAD").split("\n")
        ids.update(n[:-5] for n in names if n.endswith(".json") and "/" not in n)
    reader = StoreReader(root, None)
    for rid in sorted(i for i in ids if is_report_id(i) and (root / f"{i}.json").exists()):
        try:
            reader.load(rid)
        except StoreError as exc:
            raise SyncError(
                "unreadable",
                "tidak disinkronkan, tidak ada yang dikirim ke kantor lain: " + exc.text("id", END),
                "not synced, nothing was sent to the other offices: " + exc.text("en", END),
            ) from None


def _merge_in(root: Path, upstream: str, outcome: Outcome) -> None:
    """Bring the fetched ``upstream`` into the store (taken as it is, or merged) when it holds
    commits this store has not."""
    if not git.has_ref(root, upstream):
        return
    head = "HEAD" if git.has_ref(root, "HEAD") else None
    if head is None or git.count(root, f"HEAD..{upstream}"):
        _check_names(root, upstream, head)
    if not git.has_ref(root, "HEAD"):
        target = git.out(root, "rev-parse", upstream)
        outcome.received = saves(root, upstream)  # (no report in it: nothing received)
        _apply(root, None, target, outcome)
    elif git.count(root, f"HEAD..{upstream}"):
        outcome.received = _received(root, upstream)
        if git.count(root, f"{upstream}..HEAD") == 0:
            target = git.out(root, "rev-parse", upstream)
        else:
            target = _merge(root, upstream, outcome)
            theirs = git.out(root, "diff", "--name-only", f"HEAD...{upstream}", check=False)
            outcome.same = [  # (what they changed, the merge's result as this store had it)
                n[:-5] for n in theirs.split("\n") if n.endswith(".json") and "/" not in n
            ]
        _apply(root, git.out(root, "rev-parse", "HEAD"), target, outcome)
        kept = set(outcome.reports) | set(outcome.kept)  # (kept: named on a line of its own)
        outcome.same = [rid for rid in outcome.same if rid not in kept]


def _received(root: Path, upstream: str) -> int:
    """The saves the commits of ``HEAD..upstream`` hold; at least one when they change a report
    some other way (a merge's own result), none when they change no report: another laptop's
    empty store shared (only its .gitattributes and .gitignore) said "Diterima 1 simpanan dari
    kantor lain; laporan diperbarui: —" (share41)."""
    from lkj_tui.storage.paths import is_report_id

    found = saves(root, f"HEAD..{upstream}")
    if found:
        return found
    base = git.run(root, "merge-base", "HEAD", upstream, check=False)
    if base.returncode == 0:  # (what upstream changed since the two parted)
        names = git.out(root, "diff", "--name-only", f"HEAD...{upstream}").split("\n")
    else:  # (unrelated: the report files it has that this store has not, or has otherwise)
        names = git.out(root, "diff", "--name-only", "--diff-filter=AM", "HEAD", upstream)
        names = names.split("\n")
    return int(any(n.endswith(".json") and is_report_id(n[:-5]) for n in names))


def _push(root: Path, ahead: int, outcome: Outcome) -> None:
    """Send the commits that hold ``ahead`` saves; another office's push meanwhile is refused, no network is
    ``outcome.offline``."""
    pushed = _network(root, "push", "-q", REMOTE, f"HEAD:refs/heads/{BRANCH}")
    if pushed is None:  # (no answer in time: the saves wait, as offline)
        outcome.offline = TIMED_OUT
        return
    if pushed.returncode != 0:
        _check_pushed(root, pushed.stderr, ahead)
        why = git.last_line(pushed.stderr)
        if "rejected" in why or "fetch first" in why or "non-fast-forward" in why:
            raise SyncError(
                "moved",
                "kantor lain mengirim perubahan selama sinkronisasi; sinkronkan lagi: "
                f"lkj-tui sync{END}",
                f"another office pushed during the sync; sync again: lkj-tui sync{END}",
            )
        outcome.offline = why
        return
    outcome.sent, outcome.pushed = ahead, True
    _network(root, "fetch", "-q", REMOTE)  # (sent: a fetch that does not answer changes nothing)


def _check_pushed(root: Path, said: bytes, ahead: int) -> None:
    """Refuse when the shared repository was reached and refused the saves (a protected branch,
    a hook, a folder this laptop may not write: git's ``[remote rejected]``), in its own words
    (its ``remote:`` lines and the reason): it said "Luring: … tidak terjangkau (error: failed to
    push some refs …)", exit 3, as if a later sync would send them (share48)."""
    lines = [ln.strip() for ln in said.decode("utf-8", "replace").splitlines()]
    reasons = [ln.partition("(")[2].rstrip(")") for ln in lines if "[remote rejected]" in ln]
    if not reasons:
        return
    told = [ln.removeprefix("remote:").strip() for ln in lines if ln.startswith("remote:")]
    told += [ln.removeprefix("error: ") for ln in lines if ln.startswith("error: remote unpack")]
    why = clean_line("; ".join(dict.fromkeys(w for w in (*told, *reasons) if w)), 300)
    shown = clean_line(git.out(root, "remote", "get-url", REMOTE, check=False), 300)
    stay = "save stays" if ahead == 1 else "saves stay"
    raise SyncError(
        "push-refused",
        f"{shown} menolak simpanan yang dikirim ({why}); {ahead} simpanan tetap di laptop ini: "
        "minta pengelola repositori bersama (IT) mengizinkan kantor ini mengirim, lalu jalankan "
        f"lkj-tui sync{END} lagi",
        f"{shown} refused the saves sent ({why}); {ahead} {stay} on this laptop: ask who "
        f"runs the shared repository (IT) to let this office send, then run lkj-tui sync{END} "
        "again",
    )


def _merge(root: Path, upstream: str, outcome: Outcome) -> str:
    """Merge ``upstream`` into HEAD in a private worktree; the merge commit (the store untouched)."""
    folder = Path(tempfile.mkdtemp(prefix="lkj-tui-merge-"))
    tree = folder / "tree"
    try:
        git.run(root, "worktree", "add", "-q", "--detach", str(tree), "HEAD")
        merged = git.run(
            tree,
            "merge",
            "-q",
            "--no-edit",
            "--allow-unrelated-histories",  # a clone of an empty repository that saved first
            "-m",
            "lkj-tui: gabung perubahan kantor lain",
            upstream,
            check=False,
            # (the driver names the office that made a move it refuses: driver.movers)
            env={**git.author_env(root), THEIRS_ENV: git.out(root, "rev-parse", upstream)},
            timeout=600,
        )
        if merged.returncode != 0 and _keep_changed(root, tree, upstream, outcome):
            return git.out(tree, "rev-parse", "HEAD")
        if merged.returncode != 0:
            output = merged.stderr + merged.stdout
            files = git.out(tree, "diff", "--name-only", "--diff-filter=U")
            _refuse_broken_sent(
                root, upstream, [n for n in files.split("\n") if n.endswith(".json")]
            )
            other = f"{files}" if files else git.last_line(merged.stderr)
            why = _refusals(output, REFUSED_ID) or other
            why_en = _refusals(output, REFUSED) or other
            names = [n for n in files.split("\n") if n.endswith(".json") and "/" not in n]
            if names:  # (what to do: it ended with the reason alone, share67)
                sent, rid = _sender(root, upstream, names[0]), names[0][: -len(".json")]
                why += (
                    f"{MERGE_HINT[0]}{sent} tidak dapat digabung; bekerja terus di sini. Salah "
                    "satu kantor memulihkan versi sebelum perubahannya dan menyinkronkan, lalu "
                    "yang lain menyinkronkan lagi; versi laporan itu di laptop ini: "
                    f"lkj-tui restore --list {rid}{END}"
                )
                why_en += (
                    f"{MERGE_HINT[1]}{sent} cannot be merged; keep working here. One of the "
                    "offices restores the version before its change and syncs, then the other "
                    "syncs again; that report's versions on this laptop: "
                    f"lkj-tui restore --list {rid}{END}"
                )
            raise SyncError(
                "merge-refused",
                f"penggabungan ditolak, {UNCHANGED[0]}: {why}",
                f"the merge was refused, {UNCHANGED[1]}: {why_en}",
            )
        return git.out(tree, "rev-parse", "HEAD")
    finally:
        git.run(root, "worktree", "remove", "--force", str(tree), check=False)
        shutil.rmtree(folder, ignore_errors=True)
        git.run(root, "worktree", "prune", check=False)


def _deleted_before(root: Path, head: str, name: str) -> bool:
    """Whether the history of ``head`` deleted the file ``name`` (a report deleted here that
    another office's sync brings back: kept by its merge, :func:`_keep_changed`)."""
    found = git.run(
        root, "log", "-1", "--format=%H", "--diff-filter=D", head, "--", name, check=False
    )
    return found.returncode == 0 and bool(found.stdout.strip())


def _keep_changed(root: Path, tree: Path, upstream: str, outcome: Outcome) -> bool:
    """A merge that stopped only on reports one side deleted and the other changed (git's
    modify/delete: no driver is asked) is finished keeping the changed report, as a node
    deleted in one office and changed in the other is kept: nothing is lost, and each such
    report is named (``outcome.kept``). Its sync was refused with the file's name alone, and
    every later one too, until someone mended the repository by hand (share67). False when
    another conflict stopped the merge (refused as before)."""
    from lkj_tui.storage.paths import is_report_id

    names = [
        n for n in git.out(tree, "diff", "--name-only", "-z", "--diff-filter=U").split("\0") if n
    ]
    if not names:
        return False
    for name in names:
        here = git.run(root, "cat-file", "-e", f"HEAD:{name}", check=False).returncode == 0
        there = git.run(root, "cat-file", "-e", f"{upstream}:{name}", check=False).returncode == 0
        if here == there or "/" in name or not name.endswith(".json"):
            return False
        if not is_report_id(name[: -len(".json")]) or not (tree / name).is_file():
            return False
    git.run(tree, "add", "--", *names)
    done = git.run(tree, "commit", "-q", "--no-edit", check=False, env=git.author_env(root))
    if done.returncode != 0:
        return False
    outcome.kept = sorted(n[: -len(".json")] for n in names)
    return True


def _refuse_broken_sent(root: Path, upstream: str, names: list[str]) -> None:
    """A merge refused over a report file another office sent that does not read itself (not
    one two good sides merge into a bad report): refused as :func:`_sent_broken` says."""
    from lkj_tui.sync.check import check_report_bytes

    for name in names:
        data = git.blob(root, f"{upstream}:{name}")
        if data is not None and (refusal := check_report_bytes(name[:-5], data)) is not None:
            raise _sent_broken(root, upstream, name, refusal)


def _sent_broken(root: Path, upstream: str, name: str, refusal: StoreError) -> SyncError:
    """The refusal of a report file another office sent that does not read (an older lkj-tui's,
    or pushed by hand: a sync now refuses to send one, share48): the file, who sent it and when,
    and the way out: that office restores or fixes it and syncs, then this one syncs again
    ("penggabungan ditolak" said only the file's problem: share50)."""
    sent = _sender(root, upstream, name)
    rid = name.removesuffix(".json")
    return SyncError(
        "bad-report",
        f"penggabungan ditolak, {UNCHANGED[0]}: {name} yang dikirim kantor lain{sent} "
        f"tidak terbaca: {refusal.problem}. Minta kantor itu memulihkannya (lkj-tui restore "
        f"{rid}) atau memperbaikinya, lalu menyinkronkan lagi; sesudah itu sinkronkan lagi di "
        f"sini: lkj-tui sync{END}",
        f"the merge was refused, {UNCHANGED[1]}: {name} as another office sent it{sent} "
        f"cannot be read: {refusal.problem_en}. Ask that office to restore it (lkj-tui restore "
        f"{rid}) or fix it, then sync; after that, sync again here: lkj-tui sync{END}",
    )


def _refusals(data: bytes, tag: str) -> str:
    text = data.decode("utf-8", "replace")
    found = [ln.split(tag, 1)[1].strip() for ln in text.splitlines() if ln.startswith(tag)]
    return "; ".join(found)[:600]


def _journal(
    root: Path, report_id: str, old: bytes | None, new: bytes, revision: object, fresh: int
) -> None:
    """What the sync changed in a report, in its change journal (kind "sync"; ``fresh``: the
    conflicts it brought; ``settled``: the places of the conflicts another laptop chose, which
    the report no longer records), so that ``restore --list`` says what the version it wrote is
    (a sync that only cleared a conflict read "sync (no field changed)": share41). A log: a
    failure is no failure."""
    from datetime import datetime

    from lkj_tui.storage import journal
    from lkj_tui.sync.history import Entry, changes, item_number, shown_pair

    def key(e: Entry) -> str:  # (one permasalahan or solusi by its number, as set's: share31)
        n = item_number(e.before, e.after) if len(e.field) == 1 else None
        return ".".join(e.field) if n is None else f"{e.field[0]} {n}"

    found = changes(old, new, report_id, "", "", "", choices=True)
    lines = [[e.label, key(e), *shown_pair(e.before, e.after)] for e in found if e.kind == "edit"]
    chosen = ("keep", "take", "dropped")
    settled = [[e.label, list(e.field)] for e in found if e.kind in chosen]
    entry = {
        "at": datetime.now().isoformat(timespec="seconds"),
        "kind": "sync",
        "revision": revision,
        "lines": lines,
        "conflicts": fresh,
        **({"settled": settled} if settled else {}),
    }
    with suppress(OSError, ValueError, TypeError):
        journal.append(root, report_id, entry)


def _conflict_keys(data: bytes | None, path: Path) -> set[str]:
    """The conflicts a report file records, each by :func:`lkj_tui.core.conflicts.key`: one this
    laptop's file held before a sync is no news, however often a sync writes the report again."""
    from lkj_tui.core.conflicts import key
    from lkj_tui.core.merge import conflicts_of
    from lkj_tui.storage.errors import StoreError
    from lkj_tui.storage.jsonfile import parse_tables

    if data is None:
        return set()
    try:
        meta = next(iter(parse_tables(data, path)["meta"].values()))
    except (StoreError, KeyError, StopIteration, TypeError, AttributeError):
        return set()
    return {key(c) for c in conflicts_of(meta)}


#: Why a sync could not reach the shared repository, and what waits (``lkj-tui sync`` and the
#: TUI's ``S`` say the same): id, en.
_OFFLINE = {
    # {waiting}: " — " and the saves that wait, in the TUI; "" for the command, which says
    # them on a line of their own above the command that sends them (share27)
    "offline": (
        "Luring: {remote} tidak terjangkau ({why}); bekerja terus di laptop ini{waiting}.",
        "Offline: {remote} cannot be reached ({why}); keep working on this laptop{waiting}.",
    ),
    # the folder not there, or empty: where it fails (missing_place), for sync and --clone
    "unreached": (
        "Luring: folder {remote} tidak terjangkau — {reason}; bekerja terus di laptop "
        "ini{waiting}.",
        "Offline: the folder {remote} cannot be reached — {reason}; keep working on this "
        "laptop{waiting}.",
    ),
    # (that no store was made said first: after a folder's name, the command that gives the
    # right address ended the message, "…; no store was made" below it read as its words at 40
    # columns: share34)
    "clone": (
        "tidak dapat menyalin, penyimpanan tidak dibuat: folder {remote} tidak terjangkau — "
        "{reason}",
        "cannot clone, no store was made: the folder {remote} cannot be reached — {reason}",
    ),
    # no network, or no answer: nothing was made, the same command later (share20)
    "clone_offline": (
        "tidak dapat menyalin {remote} ({why}); penyimpanan tidak dibuat: salin lagi saat "
        "jaringan tersambung",
        "cannot clone {remote} ({why}); no store was made: clone again once the network is there",
    ),
    # git's reasons for a network that is not there, in the user's words (share20; --json keeps
    # git's own); {host}: the server git named
    "no_host": (
        "nama server {host} tidak dikenal: tidak ada jaringan, atau alamatnya salah ketik",
        "the server name {host} is not known: no network, or the address is mistyped",
    ),
    "no_answer": ("server {host} tidak menjawab", "the server {host} does not answer"),
    # curl's proxy not found (share21): the proxy named, and where it is set
    "no_proxy": (
        "nama proxy {host} tidak dikenal: tidak ada jaringan, atau setelan proxy salah (git "
        "config http.proxy, atau HTTPS_PROXY)",
        "the proxy name {host} is not known: no network, or the proxy setting is wrong (git "
        "config http.proxy, or HTTPS_PROXY)",
    ),
    "timed_out": (
        "tidak ada jawaban dalam {n} detik: jaringan terputus atau terlalu lambat",
        "no answer within {n} seconds: the network is down or too slow",
    ),
    # the drive is not there either: the address is right, no re-init (share17)
    "drive": (
        "{path} tidak ada: sambungkan drive bersama{letter}, lalu {again}",
        "{path} is not there: connect the shared drive{letter}, then {again}",
    ),
    # a drive letter not there may be the wrong letter (F: typed for D:): the ones there (share21)
    "drive_letter": (", atau periksa huruf drive-nya", ", or check the drive's letter"),
    "drives_here": (" (yang ada di laptop ini: {drives})", " (this laptop has {drives})"),
    # the drive is there, a folder of the path is not: its name (share18)
    "missing": (
        "folder '{name}' tidak ada di {parent}: periksa namanya{letter}, lalu beri alamat yang "
        "benar dengan 'lkj-tui sync {how} ALAMAT{opts}'",
        "there is no folder '{name}' in {parent}: check its name{letter}, then give the right "
        "address with 'lkj-tui sync {how} REMOTE{opts}'",
    ),
    # (the command's: the command that gives it stands on the last line, share27)
    "missing_here": (
        "folder '{name}' tidak ada di {parent}: periksa namanya{letter}, lalu beri alamat yang "
        "benar",
        "there is no folder '{name}' in {parent}: check its name{letter}, then give the right "
        "address",
    ),
    "letter": (" (atau huruf drive-nya)", " (or the drive's letter)"),
    # an unmounted share's mount point: an empty folder, named before any advice (share18)
    "empty": (
        "folder {path} kosong: drive bersama belum dipasang di sana? Pasang drive itu, lalu "
        "{again}",
        "{path} is an empty folder: is the shared drive not mounted there? Mount it, then {again}",
    ),
    # the saves not sent (share16: counted as saves, not commits)
    "waiting": ("{n} simpanan menunggu {next}", "{n} saves wait for {next}"),
    "waiting_1": ("1 simpanan menunggu {next}", "1 save waits for {next}"),
    "waiting_0": ("tidak ada simpanan yang menunggu dikirim", "no save waits to be sent"),
    # the next sync and how to run it: the command, or in the TUI its S key (share17)
    "next_tui": ("sinkronisasi berikutnya (tombol S)", "the next sync (key S)"),
    # the command's closing lines: the saves that wait, then the command that sends them on a
    # line of its own, with the --store typed (a quoted 'lkj-tui sync' inside the sentence
    # broke at 40 columns, without the store: share27)
    "send": ("{n} simpanan menunggu; kirim dengan:", "{n} saves wait; send them with:"),
    "send_1": ("1 simpanan menunggu; kirim dengan:", "1 save waits; send it with:"),
    "send_0": (
        "Tidak ada simpanan yang menunggu; sinkronkan lagi dengan:",
        "No save waits to be sent; sync again with:",
    ),
    # (a folder of the address not there: the command gives the right address, which a sync
    # again would not; "sinkronkan lagi dengan: lkj-tui sync --init ALAMAT" on a store shared
    # already read as if it were not: share31)
    "address_send": (
        "{n} simpanan menunggu; kirim ke alamat yang benar dengan:",
        "{n} saves wait; send them to the right address with:",
    ),
    "address_send_1": (
        "1 simpanan menunggu; kirim ke alamat yang benar dengan:",
        "1 save waits; send it to the right address with:",
    ),
    "address_send_0": (
        "Tidak ada simpanan yang menunggu; beri alamat yang benar dengan:",
        "No save waits to be sent; give the right address with:",
    ),
    # the TUI's toast: the right address, the command after its label (the toast wrapped it
    # inside its sentence at 80 columns, "'lkj-tui" / "sync --init ALAMAT --store": tui29)
    "address": (
        "Beri alamat yang benar dengan: lkj-tui sync --init",
        "Give the right address with: lkj-tui sync --init",
    ),
    "again": ("sinkronkan lagi", "sync again"),
    "again_tui": ("tekan S lagi", "press S again"),
    "again_clone": ("salin lagi", "clone again"),
    "again_init": ("jalankan perintah ini lagi", "run this command again"),
    # sync --init NEW on a store shared already, NEW not reached: the address it keeps, first
    # (it set NEW, then said "Luring", the old one gone: words50)
    "kept": (
        "alamat bersama tetap {old} (tidak diganti): ",
        "the shared address stays {old} (not changed): ",
    ),
    "kept_unreached": (
        "folder {new} tidak terjangkau — {reason}",
        "the folder {new} cannot be reached — {reason}",
    ),
    "kept_offline": (
        "{new} tidak terjangkau ({why}); jalankan perintah ini lagi saat jaringan tersambung",
        "{new} cannot be reached ({why}); run this command again once the network is there",
    ),
}


def offline_text(
    outcome: Outcome, remote: str, ahead: int, lang: str, tui: bool = False, opts: str = ""
) -> str:
    """The offline sentence: why (a shared folder not there named as such, its drive first)
    and the saves that wait for the next sync (``ahead``, :func:`status`). In the TUI (``tui``)
    one line, the sync its ``S`` key, a folder not there ending with the command that gives the
    right address after its label (the toast sets it on lines of its own); for the command three: the sentence, the saves that wait
    ("3 simpanan menunggu; kirim dengan:"), and the command that sends them, indented on a line
    of its own with ``opts``, the options it needs (the ``--store`` typed: without it the
    command synced, or ``sync --init ALAMAT`` set up, another store: share25, share27).
    Not cleaned: clean each line where it is shown."""
    i, how = (1 if lang == "en" else 0), ("_tui" if tui else "")
    remote = typed_path(remote)  # (a path with a space in quotes, never broken there: share31)
    n = f"_{ahead}" if ahead in (0, 1) else ""
    waiting = " — " + _OFFLINE[f"waiting{n}"][i].format(n=ahead, next=_OFFLINE["next_tui"][i])
    place = (
        ("drive", outcome.drive)
        if outcome.drive
        else ("missing", outcome.missing)
        if outcome.missing
        else ("empty", outcome.empty)
        if outcome.empty
        else None
    )
    closing = ""
    if not tui:  # (the saves, then the command that sends them: the right address's, if wrong)
        address = (
            " --init " + ("REMOTE" if i else "ALAMAT") if place and place[0] == "missing" else ""
        )
        label = _OFFLINE[f"{'address_' if address else ''}send{n}"][i].format(n=ahead)
        closing = f"\n{label}\n  lkj-tui sync{address}{opts}"
        place = ("missing_here", place[1]) if address and place else place
        waiting = ""
    elif place and place[0] == "missing":  # (the TUI's toast: the command last, after its label)
        address = _OFFLINE["address"][i] + (" REMOTE" if i else " ALAMAT")
        closing, place = f" {address}{opts}", ("missing_here", place[1])
    if place is None:
        why = why_text(outcome.offline or "", lang)
        return _OFFLINE["offline"][i].format(remote=remote, why=why, waiting=waiting) + closing
    reason = _reason(place, i, _OFFLINE[f"again{how}"][i], "--init", opts=opts)
    said = _OFFLINE["unreached"][i].format(remote=remote, reason=reason, waiting=waiting)
    return said + closing


#: git's words (curl's, ssh's) for a server name not found, and for a server that does not
#: answer; the server's name is the group. Linear: a run of name characters, then a stop.
_NO_HOST = re.compile(r"Could not resolve host(?:name)?:? ([\w.\-]+)")
_NO_ANSWER = re.compile(r"(?:Failed to connect to|connect to host) ([\w.\-]+) port")
#: curl's proxy not found, and its own time limit ("Operation timed out after 300001
#: milliseconds with 0 out of 0 bytes received"): the proxy's name, the milliseconds. Linear.
_NO_PROXY = re.compile(r"Could not resolve proxy:? ([\w.\-]+)")
_CURL_TIMEOUT = re.compile(r"(?:Operation|Connection) timed out after (\d{1,12}) milli")


def why_text(why: str, lang: str) -> str:
    """Why git could not reach the shared repository, in the user's words when it is the
    network (a server name not found: no network or a typo; a server that does not answer; no
    answer in time), else git's own line (an unknown reason is never guessed at)."""
    i = 1 if lang == "en" else 0
    if why == TIMED_OUT:
        return _OFFLINE["timed_out"][i].format(n=f"{git.NETWORK_TIMEOUT:.0f}")
    found = _NO_HOST.search(why)
    if found:
        return _OFFLINE["no_host"][i].format(host=found[1])
    found = _NO_ANSWER.search(why)
    if found:
        return _OFFLINE["no_answer"][i].format(host=found[1])
    found = _NO_PROXY.search(why)
    if found:
        return _OFFLINE["no_proxy"][i].format(host=found[1])
    found = _CURL_TIMEOUT.search(why)
    if found:  # (whole seconds, at least 1: "300001 milliseconds" is 300)
        return _OFFLINE["timed_out"][i].format(n=max(1, round(int(found[1]) / 1000)))
    return why


def _logical_drives() -> int:
    """Windows' bit mask of the drive letters there (bit 0: A:); raises where there is none."""
    import ctypes

    return int(ctypes.windll.kernel32.GetLogicalDrives())  # type: ignore[attr-defined]


def present_drives(mask: Callable[[], int] | None = None) -> list[str]:
    """The drive letters this laptop has ("C:", "D:"), on Windows, from the system's list of
    letters (``mask``: :func:`_logical_drives`, or the tests' own; no drive is touched: a
    network drive not connected never makes it wait); none elsewhere or when it cannot be
    asked (never raises)."""
    if mask is None:
        if os.name != "nt":
            return []
        mask = _logical_drives
    try:
        bits = mask()
    except Exception:  # (no ctypes, no windll, a system that refuses: no letters to name)
        return []
    if type(bits) is not int or bits <= 0:  # (0: the call failed)
        return []
    return [f"{chr(65 + n)}:" for n in range(26) if bits >> n & 1]


#: The flavour of the shared folders' paths, looked up at each call (as :func:`present_drives`:
#: the tests set Windows' on Linux, share22).
PATH_FLAVOUR: type[PurePath] = PurePath


def _reason(
    place: tuple[str, str],
    i: int,
    again: str,
    how: str,
    flavour: type[PurePath] | None = None,
    drives: Callable[[], list[str]] | None = None,
    opts: str = "",
) -> str:
    """Why the shared folder cannot be reached (:func:`missing_place`), in language ``i``; the
    place a path of ``flavour`` (:data:`PATH_FLAVOUR`); a drive letter not there with the
    letters that are (``drives``: :func:`present_drives`); ``opts`` after the command it
    names."""
    kind, where = place
    path = (flavour or PATH_FLAVOUR)(where)
    drives = drives or present_drives
    on_drive = path.parent.drive and path.parent.anchor == str(path.parent)  # (D:\\)
    letter = _OFFLINE["letter"][i] if on_drive and kind != "drive" else ""
    if kind == "drive" and len(path.drive) == 2 and path.drive[1] == ":":  # (F:, not \\server)
        here = ", ".join(d for d in drives() if d.upper() != path.drive.upper())
        letter = _OFFLINE["drive_letter"][i]
        letter += _OFFLINE["drives_here"][i].format(drives=here) if here else ""
    return _OFFLINE[kind][i].format(
        path=clean_line(named_path(where, ("id", "en")[i]), 300),
        name=clean_line(path.name, 200),
        parent=clean_line(named_path(path.parent, ("id", "en")[i]), 300),
        letter=letter,
        again=again,
        how=how,
        opts=opts,
    )


def _clone_offline(remote: str, why: str, lang: str) -> str:
    """``sync --clone``'s refusal when git could not reach ``remote`` (``why``, git's words)."""
    words = _OFFLINE["clone_offline"][1 if lang == "en" else 0]
    return words.format(remote=clean_line(named_path(remote, lang), 300), why=why_text(why, lang))


def _where_text(place: tuple[str, str] | None, remote: str, lang: str) -> str:
    """``sync --clone``'s refusal for a shared folder that cannot be reached (``place``)."""
    i = 1 if lang == "en" else 0
    place = place or ("missing", remote)
    # (the command with the --store typed: without it, it cloned into another folder: share25)
    reason = _reason(place, i, _OFFLINE["again_clone"][i], "--clone", opts=END)
    remote = clean_line(named_path(remote, lang), 300)
    return _OFFLINE["clone"][i].format(remote=remote, reason=reason)


def _note_versions(root: Path, new: dict[str, list[str]]) -> None:
    """The old report's versions that the conflicts this sync brought on ``new --from``'s
    record name, read from the history now, for ``status``, ``check`` and the export (which run
    no git) to name them as ``resolve`` does, not by their ids' start (share16)."""
    from lkj_tui.storage.reader import StoreReader
    from lkj_tui.sync.history import conflict_versions
    from lkj_tui.sync.resolve import open_conflicts

    for rid in new:
        conflict_versions(root, rid, open_conflicts(StoreReader(root, None), rid))


def open_before(root: Path, outcome: Outcome) -> None:
    """``outcome.older``: the conflicts still waiting in the store that this sync did not bring
    (every report's, as the store's listing counts them)."""
    from lkj_tui.storage.reader import StoreReader

    try:
        infos, _errors = StoreReader(root, None).list_reports(skip_broken=True)
    except Exception:  # (a listing that fails says nothing, the sync is done)
        return
    for info in infos:
        older = info.conflicts - len(outcome.new.get(info.id, ()))
        if older > 0:
            outcome.older[info.id] = older


def _apply(root: Path, head: str | None, target: str, outcome: Outcome) -> None:
    """Bring the store to ``target``: every changed report checked strictly first, then written
    through the store's atomic write under its lock (refused when a save happened since ``head``),
    then the branch moved to ``target`` without touching the files again."""
    from lkj_tui.storage import atomic
    from lkj_tui.storage import generations as gens
    from lkj_tui.storage.jsonfile import parse_tables
    from lkj_tui.storage.locks import locked
    from lkj_tui.sync.check import check_report_bytes

    spec = [head or EMPTY_TREE, target]
    names = git.out(root, "diff", "--name-only", "-z", "--no-renames", *spec).split("\0")
    reports = [n for n in names if n.endswith(".json") and "/" not in n]
    others = [n for n in names if n and n not in reports]
    new: dict[str, bytes | None] = {}
    for name in reports:
        data = git.blob(root, f"{target}:{name}")
        new[name] = data
        if data is not None and (refusal := check_report_bytes(name[:-5], data)) is not None:
            raise _sent_broken(root, target, name, refusal)
    before: dict[str, bytes | None] = {}
    with ExitStack() as stack:
        for name in sorted(new):
            stack.enter_context(locked(root, name[:-5], 30.0))
        for name in sorted(new):
            path = root / name
            expected = git.blob(root, f"{head}:{name}") if head else None
            current = before[name] = path.read_bytes() if path.exists() else None
            if current != expected:
                raise SyncError(
                    "saved-meanwhile",
                    f"{name} disimpan selama sinkronisasi; sinkronkan lagi: lkj-tui sync{END}",
                    f"{name} was saved during the sync; sync again: lkj-tui sync{END}",
                )
        for name in sorted(new):
            path, data = root / name, new[name]
            if path.exists():
                revision = parse_tables(path.read_bytes(), path)["meta"]
                rev = next(iter(revision.values())).get("revision")
                if type(rev) is int:
                    gens.keep_generation(root, name[:-5], path, rev)
            if data is None:
                path.unlink()
                outcome.deleted.append(name[:-5])
            else:
                atomic.atomic_write_bytes(path, data)
                if before[name] is None:
                    outcome.added.append(name[:-5])
                    if head and _deleted_before(root, head, name):
                        outcome.back.append(name[:-5])
                meta = next(iter(parse_tables(data, path)["meta"].values()))
                fresh = sorted(_conflict_keys(data, path) - _conflict_keys(before[name], path))
                outcome.conflicts += len(fresh)
                if fresh:
                    outcome.conflicted.append(name[:-5])
                    outcome.new[name[:-5]] = fresh
                _journal(root, name[:-5], before[name], data, meta.get("revision"), len(fresh))
            outcome.reports.append(name[:-5])
        if head is None:
            git.run(root, "update-ref", f"refs/heads/{BRANCH}", target)
        git.run(root, "reset", "-q", target)  # the branch and the index; the files are in place
        if others:
            git.run(root, "checkout", "-q", target, "--", *others, check=False)
