"""The history of a shared store, per node and field, from its git commits (``lkj-tui log``, the
TUI's ``H``).

Every commit but merges is compared with its parent, report file by report file: each field of each
node (and of the report itself) that differs is one :class:`Entry` — who (the commit's author), when,
before → after. Objects are compared key by key (``measure.realisasi``), lists as a whole.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from lkj_tui.core.conflicts import VERSION_FIELD, Version
from lkj_tui.core.conflicts import shown as _shown
from lkj_tui.core.merge import MISSING, QUARTER_LISTS, quarter_list
from lkj_tui.core.model import full_record
from lkj_tui.sync import git

if TYPE_CHECKING:
    from lkj_tui.core.merge import Conflict
    from lkj_tui.core.model import Report
    from lkj_tui.storage.reader import StoreReader

#: The meta document's fields that are bookkeeping, not the report.
_SKIPPED_META = frozenset({"revision", "schema", "conflicts"})
_MISSING: Any = MISSING  # (the merge's: a field one version does not have)


@dataclass(frozen=True)
class Entry:
    commit: str
    author: str
    when: str  # ISO 8601 with the author's offset
    report: str
    node: str | None  # None: the report's own fields
    label: str  # the node's kode or name (as it is after the change, else before)
    field: tuple[str, ...]
    before: Any  # None where the field or node did not exist
    after: Any
    #: "edit"; for a sync conflict that a save took out of the file: "keep" (the value in the
    #: file chosen), "take" (the other value chosen), "dropped" (neither: a restore, an import);
    #: for one a save put back (a restore of the version before a choice): "back";
    #: ``before`` is then the value that was in the file, ``after`` the other one.
    kind: str = "edit"
    #: A restore's change (``lkj-tui restore``, the TUI's ``H``: the commit names it,
    #: :data:`lkj_tui.sync.git.RESTORE_TRAILER`): it brought back a value someone else may have
    #: written (:func:`lkj_tui.sync.resolve.setters`). Still a change by its maker in ``log``.
    restored: bool = False
    #: The whole report's entry where a side's file is there but does not read (changed by
    #: hand, broken): "after" (this change broke it), "before" (it replaced a broken file),
    #: "both"; "" otherwise. An unreadable file read as deleted ("dihapus (sebelumnya rev. 4)"
    #: of a file broken by hand: share55).
    broken: str = ""
    #: An edit's value as typed on this computer where it was stored in the Indonesian form
    #: ("2.93" stored "2,93": the change journal keeps it, :func:`typed_entries`); else "".
    typed: str = ""
    #: The whole report's entry of the store's first commit (``sync --init``): the report was
    #: shared then, not made ("dibuat (rev. 3)" of a report saved three times before, share70).
    shared: bool = False

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "commit": self.commit,
            "author": self.author,
            "when": self.when,
            "report": self.report,
            "node": self.node,
            "label": self.label,
            "field": ".".join(self.field),
            "before": self.before,
            "after": self.after,
            "restored": self.restored,
            "broken": self.broken or None,
        }


def typed_entries(root: Path, found: list[Entry]) -> list[Entry]:
    """``found`` with each edit's value as typed on this computer where it was stored otherwise
    (:attr:`Entry.typed`), as the reports' change journals keep it, by node and the values
    before and after: the history holds the stored values only."""
    from lkj_tui.storage import journal

    reports = {e.report for e in found if e.kind == "edit" and e.node}
    typed: dict[tuple[str, str, str, str], str] = {}
    for rid in reports:
        for entry in journal.read(root, rid):
            for row, node_id in zip(entry["lines"], entry["nodes"], strict=True):
                if len(row) > 4 and node_id:
                    typed[rid, node_id, row[2], row[3]] = row[4]
    if not typed:
        return found
    return [
        dataclasses.replace(e, typed=said)
        if e.kind == "edit"
        and (said := typed.get((e.report, e.node or "", _plain(e.before), _plain(e.after))))
        else e
        for e in found
    ]


def _plain(value: Any) -> str:
    """A stored value as the journal keeps it: its text, "" for none."""
    return value if isinstance(value, str) else ""


def shown(value: Any) -> str:
    """A value on one line as the log prints it (:func:`lkj_tui.core.conflicts.shown`; — for
    a field the version does not have)."""
    return _shown(None if value is _MISSING else value)


def _items(value: Any) -> list[Any] | None:
    """A permasalahan/solusi list (items with a text; none: empty), else None."""
    if value is None or value is _MISSING:
        return []
    if isinstance(value, list) and all(isinstance(x, dict) and "text" in x for x in value):
        return value
    return None


def _key(item: Any) -> str:
    return json.dumps(item, ensure_ascii=False, sort_keys=True)


def shown_pair(before: Any, after: Any) -> tuple[str, str]:
    """Before and after as the log prints them (:func:`shown`); of a permasalahan or solusi list
    only the items that differ, each by its text: the whole list as JSON hid, past the first
    item's 120 characters, the item that was added or changed."""
    old, new = _items(before), _items(after)
    if old is None or new is None or not (old or new):
        return shown(before), shown(after)
    # each item compared by its canonical JSON in a set: linear, where ``x not in new`` compared
    # every item with every other (a file's history may hold lists of any length)
    old_keys, new_keys = [_key(x) for x in old], [_key(x) for x in new]
    kept_old, kept_new = set(old_keys), set(new_keys)
    gone = [x for x, k in zip(old, old_keys, strict=True) if k not in kept_new]
    made = [x for x, k in zip(new, new_keys, strict=True) if k not in kept_old]
    if not gone and not made:  # the same items in another order
        gone, made = old, new
    return (
        " · ".join(str(x["text"]) for x in gone) or "—",
        " · ".join(str(x["text"]) for x in made) or "—",
    )


#: A value kept on one line in an entry broken on a terminal or in the TUI's ``H`` ("7 Dokumen",
#: "A (86,45)"), two such with their arrow too ("A (86,45) → BB (75,50)"); a longer one is
#: prose, broken at words.
SHORT = 30


def kept_whole(before: str, after: str) -> list[str]:
    """The parts of an entry's "before → after" (as shown) never broken inside: two short
    values with their arrow, else the arrow with the value before it (the whole value when it
    is short, else its last word) and a short value after it. ``log`` and the TUI's ``H``
    break an entry alike (share31, share32: "Permasalahan 2: —" / "→ Keterlambatan…")."""
    from rich.cells import cell_len

    if cell_len(before) + cell_len(after) + 3 <= SHORT:
        return [f"{before} → {after}"]
    parts = [f"{before} →" if cell_len(before) <= SHORT else f"{before.split(' ')[-1]} →"]
    return parts + ([after] if cell_len(after) <= SHORT else [])


def item_number(before: Any, after: Any) -> int | None:
    """The number of the one permasalahan or solusi item a change of the list adds, edits (its
    number after) or removes (its number before), items matched by their id as the change log
    matches them (``core/edits.diff_lines``); None when several differ, or for another field."""
    old, new = _items(before), _items(after)
    if old is None or new is None:
        return None
    if not all(type(x.get("id")) is str for x in (*old, *new)):  # (not matched: no number)
        return None
    at_old = {x["id"]: n for n, x in enumerate(old, 1)}
    at_new = {x["id"]: n for n, x in enumerate(new, 1)}
    text_old = {x["id"]: x["text"] for x in old}
    differ = [n for i, n in at_new.items() if i not in at_old or text_old[i] != new[n - 1]["text"]]
    differ += [n for i, n in at_old.items() if i not in at_new]
    return differ[0] if len(differ) == 1 else None


def field_words(
    field: tuple[str, ...], before: Any, after: Any, lang: str = "id", whole: str = "node"
) -> str:
    """An entry's field in the report's words (:func:`lkj_tui.core.changes.path_label`), one
    permasalahan or solusi item by its number, as ``set`` and the change log name it
    ("Permasalahan 2": ``log`` said "Permasalahan", share31)."""
    from lkj_tui.core.changes import field_label, path_label

    if len(field) == 1 and field[0] in ("permasalahan", "solusi"):
        n = item_number(before, after)
        if n is not None:
            return field_label(f"{field[0]} {n}", lang)
    return path_label(field, lang, whole=whole)


def _tables(data: bytes | dict[str, Any] | None) -> dict[str, Any]:
    """A version's tables: its file's bytes parsed, or the tables themselves (a file about to be
    written, :func:`~lkj_tui.storage.records.fresh_tables`); {} where they do not read."""
    if isinstance(data, dict):
        return data
    if not data:
        return {}
    try:
        value = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return {}
    return value if isinstance(value, dict) else {}


def _meta(tables: dict[str, Any]) -> dict[str, Any]:
    meta = tables.get("meta")
    if isinstance(meta, dict) and meta:
        doc = next(iter(meta.values()))
        if isinstance(doc, dict):
            return doc
    return {}


def _nodes(tables: dict[str, Any]) -> dict[str, dict[str, Any]]:
    table = tables.get("nodes")
    found: dict[str, dict[str, Any]] = {}
    if isinstance(table, dict):
        for record in table.values():
            if isinstance(record, dict) and isinstance(record.get("id"), str):
                found[record["id"]] = record  # (with its defaults where compared: full_record)
    return found


def _label(record: dict[str, Any] | None) -> str:
    if not record:
        return "?"
    code, name = record.get("code"), record.get("name")
    return str(code) if code else str(name or record.get("id", "?"))


def diff(
    before: Any, after: Any, path: tuple[str, ...] = ()
) -> Iterator[tuple[tuple[str, ...], Any, Any]]:
    """(field path, before, after) of every leaf that differs; objects key by key."""
    if before == after:
        return
    if isinstance(before, dict) and isinstance(after, dict):
        for key in [*before, *(k for k in after if k not in before)]:
            yield from diff(before.get(key, _MISSING), after.get(key, _MISSING), (*path, key))
        return
    if path[-1:] in QUARTER_LISTS:
        quarters = quarter_list(before), quarter_list(after)
        if quarters[0] is not None and quarters[1] is not None:
            # quarter by quarter, as users name them ("Triwulan I: — → 0,5"), not the stored list
            for n, (x, y) in enumerate(zip(*quarters, strict=True), 1):
                if x != y:
                    yield (*path, str(n)), x, y
            return
    yield path, None if before is _MISSING else before, None if after is _MISSING else after


def changes(
    old: bytes | dict[str, Any] | None,
    new: bytes | dict[str, Any] | None,
    report: str,
    commit: str,
    author: str,
    when: str,
    choices: bool = False,
    restores: tuple[int, ...] = (),
) -> list[Entry]:
    """The entries of one commit's change to one report file (``choices``: with the sync
    conflicts it took out, :attr:`Entry.kind`; ``restores``: the revisions of the report the
    commit names as restores, :attr:`Entry.restored` when one lies in this change)."""
    a, b = _tables(old), _tables(new)
    if not a or not b:  # the whole report added, deleted or broken: one entry
        gone, made = _meta(a).get("revision"), _meta(b).get("revision")
        before = None if not a else f"rev. {gone}"  # (not "revisi": read in either language)
        after = None if not b else f"rev. {made}"
        sides = (old is not None and not a, new is not None and not b)  # (there, unread)
        broken = {(True, True): "both", (True, False): "before", (False, True): "after"}
        why = broken.get(sides, "")
        back = type(made) is int and made in restores  # (a restore over a broken file)
        return [
            Entry(commit, author, when, report, None, report, (), before, after, "edit", back, why)
        ]
    out: list[Entry] = []
    ma, mb = _meta(a), _meta(b)
    low, high = (m.get("revision") for m in (ma, mb))
    restored = (
        type(low) is int and type(high) is int and any(low < r <= high for r in restores)
    )  # (a mark of a revision committed before is not this change's)
    for path, x, y in diff(ma.get("report", {}), mb.get("report", {})):
        out.append(Entry(commit, author, when, report, None, report, path, x, y, restored=restored))
    na, nb = _nodes(a), _nodes(b)
    for node_id in [*nb, *(n for n in na if n not in nb)]:
        ra, rb = na.get(node_id), nb.get(node_id)
        label = _label(rb or ra)
        if ra is None or rb is None:  # added or deleted: one entry for the whole node
            ra, rb = full_record(ra), full_record(rb)
            out.append(
                Entry(commit, author, when, report, node_id, label, (), ra, rb, restored=restored)
            )
            continue
        if ra == rb:  # (alike as stored, alike with their defaults: no record copied for it, the
            continue  # huge report's import --overwrite copied all 183,264 on each side, vals61)
        # (a default left out on one side only is no change: each compared with its defaults)
        for path, x, y in diff(full_record(ra), full_record(rb)):
            out.append(
                Entry(commit, author, when, report, node_id, label, path, x, y, restored=restored)
            )
    if choices and ma.get("conflicts") != mb.get("conflicts"):
        out += _choices(ma, mb, na, nb, (commit, author, when, report))
    return out


def changed_fields(old: bytes, new: bytes | dict[str, Any], report: str) -> list[Entry] | None:
    """What differs between two versions of a report file, field by field and node by node (a
    restore's account, an import's over a stored report); None when one of them does not read
    as a report file."""
    found = changes(old, new, report, "", "", "")
    if any(not (e.node or e.field) for e in found):
        return None
    return [each for e in found for each in _by_item(e)]


def _by_item(e: Entry) -> list[Entry]:
    """``e``, a change of a permasalahan or solusi list, as one entry per item it adds, edits or
    removes, each named by its number as ``log`` names the journal's ("Permasalahan 2: Data
    terlambat → —"): "Yang ditimpa (3)" counted the list once for two items it dropped, and
    their texts went on one line joined by " · ", lost where the line broke (vals61). Each
    entry's sides are the list before and after that one item's change (:func:`item_number`
    and :func:`shown_pair` read them so). Another entry, or items without ids: ``[e]``."""
    old, new = _items(e.before), _items(e.after)
    if len(e.field) != 1 or e.field[0] not in ("permasalahan", "solusi"):
        return [e]
    if old is None or new is None or item_number(e.before, e.after) is not None:
        return [e]
    if not all(type(x.get("id")) is str for x in (*old, *new)):
        return [e]
    was = {x["id"]: x for x in old}
    now = {x["id"] for x in new}
    out = []
    for x in new:  # added or edited: the list now, but for that item as it was
        if was.get(x["id"]) != x:
            before = [y for y in new if y is not x or x["id"] in was]
            before = [was[y["id"]] if y is x else y for y in before]
            out.append(dataclasses.replace(e, before=before, after=new))
    for x in old:  # removed: the list then, and without it
        if x["id"] not in now:
            out.append(dataclasses.replace(e, before=old, after=[y for y in old if y is not x]))
    return out or [e]


#: A whole node a change adds or deletes, as :func:`change_line` says it.
_WHOLE = {
    "added": ("(simpul ditambahkan)", "(node added)"),
    "removed": ("(simpul dihapus)", "(node deleted)"),
}


def change_line(e: Entry, lang: str = "id", dot: str = " · ") -> str:
    """One of :func:`changed_fields` as ``lkj-tui log`` names it: "IKU 1 · Realisasi: 3,1 →
    2,85", a whole node "S2 · Simpul: (simpul dihapus)"; its parts cut as a listing cuts them.
    ``dot``: the separator, as the output can show it."""
    from lkj_tui.core.sanitize import clean_line

    whole = "node" if e.node else "laporan"  # (an item by its number, as log names it)
    field = field_words(e.field, e.before, e.after, lang, whole)
    label = f"{clean_line(e.label, 40)}{dot}{clean_line(field, 60)}"
    if e.node and not e.field:  # a whole node, added or deleted
        return f"{label}: {_WHOLE['added' if e.before is None else 'removed'][lang == 'en']}"
    old, new = (clean_line(v, 80) for v in shown_pair(e.before, e.after))
    return f"{label}: {old} → {new}"


def replaced_by(
    store: StoreReader, report: Report, records: Mapping[str, dict[str, Any]] | None
) -> tuple[list[Entry], int] | None:
    """What writing ``report`` over the stored report of its id replaces (an import with
    ``--overwrite``, the TUI's import over a report): every value of the stored one that
    ``report``'s differs from (the edits made since it was imported, in the TUI or with ``set``:
    walk57), stored → new, and the stored revision, which the import keeps; None when the store
    holds no such report or it does not read. ``records``: the import's (``Built.records``)."""
    from lkj_tui.storage.errors import StoreError
    from lkj_tui.storage.records import fresh_tables, serialise

    path = store.path_for(report.meta.id)
    try:
        revision = store.revision(report.meta.id)
        old = path.read_bytes()
        meta, rows = serialise(report, path, records)
    except (OSError, StoreError):
        return None
    # (the new file's tables as they will read back, not its bytes encoded and parsed again:
    # the huge report's import --overwrite held both versions' bytes and trees, vals61)
    found = changed_fields(old, fresh_tables(meta, rows, revision, {}), report.meta.id)
    return None if found is None else (found, revision)


def _at(record: Any, path: tuple[str, ...]) -> Any:
    """The value at a conflict's path (a quarter: its place in the stored list of four)."""
    for key in path:
        if isinstance(record, list) and key in ("1", "2", "3", "4"):
            quarters = quarter_list(record)
            record = quarters[int(key) - 1] if quarters is not None else None
        else:
            record = record.get(key) if isinstance(record, dict) else None
    return record


def _choices(
    ma: dict[str, Any],
    mb: dict[str, Any],
    na: dict[str, dict[str, Any]],
    nb: dict[str, dict[str, Any]],
    where: tuple[str, str, str, str],
) -> list[Entry]:
    """The sync conflicts recorded before and not after, each as the choice made: the value now
    in the file is the one kept ("keep"), the other one ("take"), or neither ("dropped"); then
    those recorded after and not before, put back by the save ("back": a restore; a sync
    records its conflicts in a merge, which the history leaves out: share27)."""
    from lkj_tui.core.merge import conflicts_of
    from lkj_tui.core.rollover import MADE_FROM

    after = conflicts_of(mb)
    left = {c.key for c in after}
    had = {c.key for c in conflicts_of(ma)}
    out = []
    for c in conflicts_of(ma):
        if c.key in left:
            continue
        if c.node is None and c.field[:1] == (MADE_FROM,):  # new --from's record, beside
            now = _at(mb, c.field)  # the report's fields: "no longer recorded" of a choice
        elif c.node is None:
            now = _at(mb.get("report"), c.field)
        else:
            now = full_record(nb.get(c.node))
            now = _at(now, c.field) if c.field else now
        kind = "keep" if now == c.kept else "take" if now == c.other else "dropped"
        label = _label(nb.get(c.node) or na.get(c.node)) if c.node else where[3]
        out.append(Entry(*where, c.node, label, c.field, c.kept, c.other, kind))
    for c in after:
        if c.key not in had:
            label = _label(nb.get(c.node) or na.get(c.node)) if c.node else where[3]
            out.append(Entry(*where, c.node, label, c.field, c.kept, c.other, "back"))
    return out


def versions(root: Path, report: str, blobs: list[str]) -> dict[str, Version]:
    """Each version of the old report that ``report``'s ``new --from`` record names (a git blob,
    :data:`lkj_tui.core.conflicts.VERSION_FIELD`) as a user knows it: its revision, who saved it
    and when (the first commit that held it). A version this repository does not hold is left
    out (:func:`lkj_tui.core.conflicts.value` then shows its id's start). Two git calls each."""
    from lkj_tui.core.rollover import MADE_FROM

    record = _meta(_tables(git.blob(root, f"HEAD:{report}.json"))).get(MADE_FROM)
    source = record.get("report") if isinstance(record, dict) else None
    paths = ["--", f"{source}.json"] if isinstance(source, str) and "/" not in source else []
    found: dict[str, Version] = {}
    for blob in dict.fromkeys(blobs):
        if not (blob.isalnum() and len(blob) in (40, 64)):
            continue  # (a recorded value: never handed to git as an option or a range)
        data = git.blob(root, blob)
        if data is None:
            continue
        revision = _meta(_tables(data)).get("revision")
        log = git.out(root, "log", "--format=%an%x1f%aI", f"--find-object={blob}", *paths)
        first = [line for line in log.splitlines() if "\x1f" in line][-1:]
        author, when = first[0].split("\x1f", 1) if first else ("?", "")
        found[blob] = (revision if type(revision) is int else None, author, when)
    return found


def conflict_versions(root: Path, report: str, found: list[Conflict]) -> dict[str, Version]:
    """The old report's versions a conflict on ``new --from``'s record names (:func:`versions`),
    for ``resolve``'s list, the TUI's ``K`` and a sync: not git's blob ids (share15); kept for
    the commands that run no git (:func:`lkj_tui.storage.journal.write_versions`). Nothing when
    there is no such conflict or the history cannot be read."""
    blobs = [
        v
        for c in found
        if c.node is None and c.field == VERSION_FIELD
        for v in (c.kept, c.other)
        if isinstance(v, str)
    ]
    if not blobs:
        return {}
    try:
        found = versions(root, report, blobs)
    except Exception:  # no git, a broken history: the versions by their ids' start
        return {}
    from lkj_tui.storage.journal import write_versions

    write_versions(root, found)  # (for status, check and the export, which run no git)
    return found


def version_blobs(entries: list[Entry]) -> dict[str, list[str]]:
    """The old report's versions (blobs) that ``entries``' choices on ``new --from``'s record
    name, by report."""
    out: dict[str, list[str]] = {}
    for e in entries:
        if e.node is None and e.field == VERSION_FIELD:
            out.setdefault(e.report, []).extend(
                v for v in (e.before, e.after) if isinstance(v, str)
            )
    return out


class _Blobs:
    """``git cat-file --batch``: many file versions through one process."""

    def __init__(self, root: Path) -> None:
        import subprocess

        self._proc = subprocess.Popen(
            [git.find_git(), "-C", str(root), "cat-file", "--batch"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=git.quiet_env(),
        )

    def get(self, spec: str) -> bytes | None:
        assert self._proc.stdin is not None and self._proc.stdout is not None
        self._proc.stdin.write(spec.encode() + b"\n")
        self._proc.stdin.flush()
        header = self._proc.stdout.readline().split()
        if len(header) < 3 or header[1] != b"blob":
            return None
        size = int(header[2])
        data = self._proc.stdout.read(size)
        self._proc.stdout.read(1)  # the newline after the content
        return data

    def close(self) -> None:
        if self._proc.stdin is not None:
            self._proc.stdin.close()
        self._proc.wait(timeout=30)


def said_once(found: list[Entry]) -> list[Entry]:
    """``found`` without the edit that a choice of the other value in the same save already
    says ("IKU 2 · Realisasi: 81 → 80" under "… konflik sinkronisasi dipilih: ambil nilai yang
    lain 80 (bukan 81)": two lines per field, share27; ``log``, the TUI's ``H``); ``log
    --json`` keeps both. Linear."""
    taken = {(e.commit, e.report, e.node, e.field): e for e in found if e.kind == "take"}
    if not taken:
        return found
    return [
        e
        for e in found
        if e.kind != "edit"
        or (t := taken.get((e.commit, e.report, e.node, e.field))) is None
        or (t.before, t.after) != (e.before, e.after)
    ]


def entries(
    root: Path, report: str | None = None, node: str | None = None, *, choices: bool = False
) -> list[Entry]:
    """The history, newest first (of one report, of one node when given); ``choices``: with the
    sync conflicts chosen, dropped or back (:attr:`Entry.kind`), as ``lkj-tui log`` and the
    TUI's ``H`` show them."""
    if not git.has_ref(root, "HEAD"):
        return []
    paths = [f"{report}.json"] if report else ["*.json"]
    text = git.out(
        root,
        "log",
        "--no-merges",
        "-z",
        f"--format=%x01%H%x1f%P%x1f%an%x1f%aI%x1f%(trailers:key={git.RESTORE_TRAILER},"
        "valueonly,separator=%x1d)",
        "--name-only",
        "--",
        *paths,
    )
    found: list[Entry] = []
    blobs = _Blobs(root)
    try:
        for chunk in text.split("\x01")[1:]:
            head, _, files = chunk.partition("\n")  # (with -z the format line ends "\0\n")
            fields = [*head.rstrip("\0").split("\x1f"), "", "", "", "", ""]
            commit, parents, author, when, marks = fields[:5]
            parent = parents.split()[0] if parents.split() else None
            restores: dict[str, tuple[int, ...]] = {}
            for mark in marks.split("\x1d"):  # "ID REVISION" each (sync/git.py's commit_saves)
                rid, _, revision = mark.strip().partition(" ")
                if revision.isdigit():
                    restores[rid] = (*restores.get(rid, ()), int(revision))
            for name in (f for f in files.split("\0") if f.strip()):
                name = name.strip("\n")
                if "/" in name or not name.endswith(".json"):
                    continue
                rid = name[: -len(".json")]
                if report and rid != report:
                    continue
                old = blobs.get(f"{parent}:{name}") if parent else None
                new = blobs.get(f"{commit}:{name}")
                marked = restores.get(rid, ())
                for entry in changes(old, new, rid, commit, author, when, choices, marked):
                    if node is None or entry.node == node:
                        if parent is None and entry.node is None and entry.before is None:
                            entry = dataclasses.replace(entry, shared=not entry.field)
                        found.append(entry)
    finally:
        blobs.close()
    return found


def shared_at(root: Path, ids: list[str]) -> dict[str, int]:
    """Each of ``ids`` (reports) in the store's first commit (``sync --init``: the saves made
    before it have no commit of their own, share69), by the revision it held there; a report
    not in it is left out. One ``git rev-list`` and one ``cat-file`` process."""
    from lkj_tui.sync.share import _revision

    roots = git.out(root, "rev-list", "--max-parents=0", "HEAD", check=False).split()
    if not roots or not ids:
        return {}
    blobs = _Blobs(root)
    found: dict[str, int] = {}
    try:
        for first in roots:
            for rid in ids:
                revision = _revision(blobs.get(f"{first}:{rid}.json"))
                if revision is not None:
                    found[rid] = min(revision, found.get(rid, revision))
    finally:
        blobs.close()
    return found


def before_sharing(
    store: StoreReader, report_id: str | None, node_id: str | None
) -> list[tuple[str, Any, Any, str | None]]:
    """The lines of the change journals saved before the store was shared (``sync --init``):
    its first commit holds them as one, "Laporan: dibagikan (rev. 3)" under the author of the
    sharing, and ``log`` showed nothing of them (share69), nor the TUI's ``H`` (share70). None on
    a laptop whose store was cloned (its journal starts after the first commit)."""
    from lkj_tui.storage import journal

    ids = [report_id] if report_id is not None else store.report_ids()
    ids = [rid for rid in ids if journal.journal_path(store.root, rid).exists()]
    if not ids:
        return []
    upto: dict[str, int | None] = dict(shared_at(store.root, ids))
    if not upto:
        return []
    wanted = None
    if node_id is not None and report_id is not None:
        wanted = node_labels(store.load(report_id).report, node_id)
    return journal_lines(store.root, upto, wanted, node_id)


def node_labels(report: Report, node_id: str) -> set[str]:
    """The labels a journal line of ``node_id`` may carry: its label now, and as an older
    lkj-tui's journals cut a long name (mid-word)."""
    from lkj_tui.core.edits import LABEL_LIMIT, label
    from lkj_tui.core.sanitize import clean_line

    found_node = report.node(node_id)
    plain = " ".join((found_node.code or found_node.name).split())
    return {label(found_node), clean_line(plain, LABEL_LIMIT) or found_node.id[:8]}


def journal_lines(
    root: Path, ids: dict[str, int | None], wanted: set[str] | None, node_id: str | None = None
) -> list[tuple[str, Any, Any, str | None]]:
    """The lines of the change journals of ``ids`` (each up to its revision, when one is given),
    newest first: (report, entry, line, node id); only a node's (by its ``wanted`` labels, and
    by its ``node_id`` where the line names its node: twins of one label, indikator kegiatan of
    one name, listed each other's saves, and ``H``'s Enter restored the other's value on the
    node shown)."""
    from lkj_tui.core.edits import Line
    from lkj_tui.storage import journal

    found = [
        (rid, entry, Line(*row), line_node)
        for rid, upto in ids.items()
        for entry in reversed(journal.read(root, rid))  # (newest first; then by time)
        if upto is None or entry["revision"] <= upto
        for row, line_node in zip(entry["lines"], entry["nodes"], strict=True)
        if wanted is None
        or (row[0] in wanted and (node_id is None or line_node in (None, node_id)))
    ]
    found.sort(key=lambda item: item[1]["at"], reverse=True)  # (stable: a save's lines in order)
    return found


class JournalSaid(NamedTuple):
    """A journal's line in the history's words (:func:`journal_said`)."""

    node: str  # the node (or a change of the tree's shape, whole: then ``field`` is "")
    field: str
    what: str  # before → after, a choice's words, or "" (a change of shape)
    pair: tuple[str, str] | None  # the values of "before → after", kept whole where short
    mark: str  # " (dibatalkan)", " (diulang)", or ""


#: An undo's or a redo's mark in the journal's lines (``log``, ``H``).
_MARKS = {"undo": ("dibatalkan", "undone"), "redo": ("diulang", "redone")}


def journal_said(
    rid: str, entry: Any, line: Any, lang: str = "id", dot: str = " · "
) -> JournalSaid:
    """A line of a change journal (:func:`journal_lines`) as ``log`` and the TUI's ``H`` say it
    in the shared history's words: its node and field, before → after (a conflict chosen with
    ``K`` in the shared log's words, a change of the tree's shape as ``L`` names it), and an
    undo or redo marked. ``dot``: the separator, as the output can show it."""
    from lkj_tui.core.changes import STRUCTURE, field_label, line_node, line_values, structure_words
    from lkj_tui.core.conflicts import choice_said
    from lkj_tui.core.edits import Line
    from lkj_tui.core.sanitize import clean_line, clean_words

    kind = entry["kind"]
    mark = f" ({_MARKS[kind][lang == 'en']})" if kind in _MARKS else ""
    before, after = (clean_line(v, 120) or "—" for v in line_values(line, lang))
    what, pair = f"{before} → {after}", (before, after)
    if "conflict" in entry:  # a sync conflict chosen with the TUI's K: as the shared log
        how, kept, other = entry["conflict"]
        kept, other = (clean_line(v, 120) or "—" for v in (kept, other))
        what, pair = choice_said(how, kept, other, lang, dot), None
    node = clean_words(line_node(line, rid, lang), 40)
    field = clean_line(field_label(line.field, lang), 60)
    if line.field in STRUCTURE and "conflict" not in entry:  # as L and the minutes say it
        undo = kind == "undo"
        made = Line(line.node, line.field, line.after, line.before) if undo else line
        return JournalSaid(structure_words(made, undo, lang, dot), "", "", None, mark)
    return JournalSaid(node, field, what, pair, mark)
