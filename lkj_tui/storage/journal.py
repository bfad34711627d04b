"""The change journal of a report: what every saved edit changed, for the minutes.

``<store>/.changes/<report_id>.jsonl``, one JSON object per saved change, appended by
``Store.apply(..., journal=kind)`` after the report file was written (the TUI's edits, undo and
redo, ``lkj-tui set``): ``{"at": ISO time, "kind": "edit"|"undo"|"redo", "revision": n,
"lines": [[node, field, before, after, node id, typed], …]}`` (the id where the line names a
node the change changed, null or left out otherwise; older entries have none; ``typed``: the
value as typed where it was stored in the Indonesian form, "2.93" stored "2,93", left out
otherwise), with ``"conflict": ["keep"|"take", kept, other]``
for a sync conflict chosen with the TUI's ``K`` (and its undo and redo); ``lkj-tui sync`` appends a "sync" entry for each
report its merge wrote (``field`` the stored path, "measure.realisasi"), which only
``restore --list`` reads. It is a log, not data: a line that cannot be read
(a crash in the middle of an append, a foreign file) is skipped, and a failure to append never
fails the save. ``lkj-tui export --changes`` reads the day's entries (section "Perubahan dalam
rapat").
"""

from __future__ import annotations

import json
import os
import stat
from datetime import date, datetime
from pathlib import Path
from typing import Any

JOURNAL_DIR = ".changes"
READ_LIMIT = 8_000_000  # bytes read from the end of the file (a long-lived journal stays cheap)


def journal_path(root: Path, report_id: str) -> Path:
    return root / JOURNAL_DIR / f"{report_id}.jsonl"


def tighten(root: Path) -> None:
    """The journals' folder an older version made (0755: the mode less the umask) made private,
    as one made now is (and the store's files are); left as it is where it is not the user's or
    not a folder, and on Windows (no such bits)."""
    if os.name == "nt":
        return
    folder = root / JOURNAL_DIR
    try:
        mode = os.lstat(folder).st_mode
        if stat.S_ISDIR(mode) and mode & 0o077:
            os.chmod(folder, stat.S_IMODE(mode) & ~0o077)
    except OSError:  # (not the user's, gone meanwhile: the journal is a log, never a failure)
        pass


def _made_folder(root: Path) -> Path:
    """The journals' folder, created private when missing: 0700 less the umask, as the store's
    folder and ``.generations`` (on Windows the same call as the store's folder)."""
    folder = root / JOURNAL_DIR
    folder.mkdir(mode=0o700, exist_ok=True)
    return folder


#: A journal that is a symlink is neither written nor read (the store follows no symlink inside
#: its folder: an entry appended through one would land in a file elsewhere). Windows has no flag.
NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


def _read_bytes(path: Path, limit: int) -> bytes:
    """The last ``limit`` bytes of ``path``, never through a symlink (OSError: none readable)."""
    fd = os.open(path, os.O_RDONLY | NOFOLLOW)
    with os.fdopen(fd, "rb") as f:
        size = f.seek(0, os.SEEK_END)
        f.seek(max(size - limit, 0))
        return f.read()


def append(root: Path, report_id: str, entry: dict[str, Any]) -> None:
    """Append one entry (one line, one ``write`` on an O_APPEND file)."""
    path = _made_folder(root) / f"{report_id}.jsonl"
    data = (json.dumps(entry, ensure_ascii=False) + "\n").encode("utf-8", "surrogatepass")
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT | NOFOLLOW, 0o600)
    try:
        os.write(fd, data)
    finally:
        os.close(fd)


#: The kinds of entry :func:`read` gives by default: the saves made on this laptop.
SAVES = ("edit", "undo", "redo")
#: The whole-report saves :func:`note` records (share14): an import (``note``: the file's name; none:
#: the bundled report), ``new`` (the report it was made from), a ``restore`` (the revision it
#: brought back; none: the bundled report), a sync conflict's ``choice`` (its place and values),
#: the version ``sync --clone`` brought (share22: it showed "—").
NOTES = ("import", "new", "restore", "choice", "clone", "hand")
#: Every kind an entry is read as (another is read as "edit").
KINDS = (*SAVES, "sync", *NOTES)


def _typed(row: list[Any]) -> list[str]:
    """A journal line's value as typed, where it was stored otherwise (its sixth item), alone;
    none for another line."""
    typed = row[5] if len(row) > 5 else None
    return [typed] if isinstance(typed, str) and typed else []


def read(
    root: Path, report_id: str, since: date | None = None, kinds: tuple[str, ...] = SAVES
) -> list[dict[str, Any]]:
    """The readable entries (oldest first), only those on or after ``since`` when given, and
    only of ``kinds``."""
    path = journal_path(root, report_id)
    try:
        raw = _read_bytes(path, READ_LIMIT)
    except OSError:
        return []
    out = []
    for line in raw.split(b"\n"):
        try:
            entry = json.loads(line)
            at = datetime.fromisoformat(entry["at"])
            rows = [row for row in entry["lines"] if len(row) >= 4]
            lines = [[*(str(x) for x in row[:4]), *_typed(row)] for row in rows]
            nodes = [row[4] if len(row) > 4 and isinstance(row[4], str) else None for row in rows]
            kind = entry.get("kind", "edit")
        except (ValueError, KeyError, TypeError, AttributeError):
            continue
        kind = kind if kind in KINDS else "edit"
        if (since is not None and at.date() < since) or kind not in kinds:
            continue
        note = entry.get("note")
        found = {
            "at": at,
            "kind": kind,
            "revision": entry.get("revision", 0),
            "lines": lines,
            "nodes": nodes,  # (each line's node id, or None)
            "note": note if isinstance(note, dict) else {},
            "conflicts": entry.get("conflicts", 0),
        }
        settled = entry.get("settled")  # a sync's: the conflicts another laptop chose
        if isinstance(settled, list):
            found["settled"] = settled
        conflict = entry.get("conflict")  # a sync conflict chosen: ["keep"|"take", kept, other]
        if isinstance(conflict, list) and len(conflict) == 3 and conflict[0] in ("keep", "take"):
            found["conflict"] = [str(x) for x in conflict]
        out.append(found)
    return out


def last_revision(root: Path, report_id: str) -> int:
    """The highest revision the journal names a save of (0: none). A restore numbers its
    version above it: the last save of a file broken by hand, which no kept version holds, keeps
    its number (share50)."""
    found = (e["revision"] for e in read(root, report_id, kinds=KINDS))
    return max((n for n in found if type(n) is int), default=0)


def last_restore(root: Path, report_id: str, below: int | None = None) -> tuple[int, int] | None:
    """(its revision, the revision it brought back) when the last save the journal names (below
    revision ``below``) is a restore of a kept version, else None: a file broken again right
    after a restore loses nothing when that version is restored again (the restore was named the
    lost save: share55)."""
    found = [
        e
        for e in read(root, report_id, kinds=KINDS)
        if type(e["revision"]) is int and (below is None or e["revision"] < below)
    ]
    last = max(found, key=lambda e: e["revision"], default=None)
    if last is None or last["kind"] != "restore" or not isinstance(last.get("note"), dict):
        return None
    source = last["note"].get("source")
    return (last["revision"], source) if type(source) is int else None


def note(root: Path, report_id: str, kind: str, revision: int, **details: Any) -> None:
    """Record a save that is not an edit of fields (:data:`NOTES`), so that ``restore --list``
    says what the version it made is (it showed "—"). No ``lines``: an older lkj-tui reading the
    journal finds no edit in it. A log: a failure to append never fails the save."""
    from contextlib import suppress

    entry = {
        "at": datetime.now().isoformat(timespec="seconds"),
        "kind": kind,
        "revision": revision,
        "lines": [],
        "note": details,
    }
    with suppress(OSError, ValueError, TypeError):
        append(root, report_id, entry)


#: This laptop's last sync: when, and the conflicts it brought (``lkj-tui status`` and ``info``
#: call them new, the others "from before"). Local, as the journals (``.changes/`` is not shared).
LAST_SYNC = "last-sync.json"


def write_last_sync(root: Path, new: dict[str, list[str]]) -> None:
    """Record a sync that reached the shared repository and brought something into the store
    (a sync that brings nothing leaves the record as it is: share15): ``new`` maps each report id
    to the keys (:func:`lkj_tui.core.conflicts.key`) of the conflicts it brought. A log: a
    failure is none."""
    from contextlib import suppress

    from lkj_tui.storage.atomic import atomic_write_bytes
    from lkj_tui.storage.errors import StoreError

    entry = {"at": datetime.now().isoformat(timespec="seconds"), "new": new}
    data = json.dumps(entry, ensure_ascii=False).encode("utf-8", "surrogatepass")
    with suppress(OSError, StoreError):
        atomic_write_bytes(_made_folder(root) / LAST_SYNC, data)


def last_sync_all(root: Path) -> tuple[datetime, dict[str, set[str]]] | None:
    """When this laptop last synced and, by report id, the keys of the conflicts that sync
    brought; None when it never did (or the record cannot be read)."""
    try:
        raw = json.loads(_read_bytes(root / JOURNAL_DIR / LAST_SYNC, READ_LIMIT))
        at = datetime.fromisoformat(raw["at"])
        found = raw["new"].items()
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None
    return at, {
        rid: {k for k in keys if isinstance(k, str)}
        for rid, keys in found
        if isinstance(rid, str) and isinstance(keys, list)
    }


def last_sync(root: Path, report_id: str) -> tuple[datetime, set[str]] | None:
    """When this laptop last synced and the keys of the conflicts that sync brought into
    ``report_id``; None when it never did (or the record cannot be read)."""
    try:
        raw = json.loads(_read_bytes(root / JOURNAL_DIR / LAST_SYNC, READ_LIMIT))
        at = datetime.fromisoformat(raw["at"])
        keys = raw["new"].get(report_id, [])
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None
    return at, {k for k in keys if isinstance(k, str)} if isinstance(keys, list) else set()


#: The old report's versions that a conflict on ``new --from``'s record names (git blob → its
#: revision, who saved it, when), as the last sync or ``resolve`` read them from the history:
#: ``status``, ``check`` and the export, which run no git, name a version so too (share16).
VERSIONS = "versions.json"
#: The versions kept (the newest written): a conflict names two, a report seldom has one.
VERSIONS_KEPT = 200


def write_versions(root: Path, found: dict[str, tuple[int | None, str, str]]) -> None:
    """Add ``found`` to the versions this laptop knows (:data:`VERSIONS`). A log: a failure is
    none."""
    from contextlib import suppress

    from lkj_tui.storage.atomic import atomic_write_bytes
    from lkj_tui.storage.errors import StoreError

    known = read_versions(root)
    if all(known.get(blob) == version for blob, version in found.items()):
        return
    known.update(found)
    kept = dict(list(known.items())[-VERSIONS_KEPT:])
    data = json.dumps({b: list(v) for b, v in kept.items()}, ensure_ascii=False)
    with suppress(OSError, StoreError):
        atomic_write_bytes(_made_folder(root) / VERSIONS, data.encode("utf-8", "surrogatepass"))


def read_versions(root: Path) -> dict[str, tuple[int | None, str, str]]:
    """The versions :func:`write_versions` kept (none when the record cannot be read)."""
    try:
        raw = json.loads(_read_bytes(root / JOURNAL_DIR / VERSIONS, READ_LIMIT))
        items = raw.items()
    except (OSError, ValueError, AttributeError):
        return {}
    out: dict[str, tuple[int | None, str, str]] = {}
    for blob, value in items:
        if isinstance(value, list) and len(value) == 3:
            revision, author, when = value
            if (revision is None or type(revision) is int) and isinstance(author, str):
                out[str(blob)] = (revision, author, str(when))
    return out
