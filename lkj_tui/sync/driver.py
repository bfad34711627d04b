"""git's merge driver for report files: ``python -m lkj_tui.sync.driver %O %A %B %P``.

Registered by lkj-tui in the store repository's config (``merge.lkj-tui.driver``) and named for
``/*.json`` in ``.gitattributes``. It merges the three versions node by node and field by field
(:func:`lkj_tui.core.merge.merge_tables`), records the conflicting fields in the meta document, checks
the result with the store's strict reader and writes it over ``%A`` in the store's line layout: exit 0.
It never writes conflict markers: when a version cannot be read or the merge is not a good report,
``%A`` is left as it was and the exit status is 1, so git stops the merge and ``lkj-tui sync``
refuses it with the reason (printed on stderr).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from typing import Any

from lkj_tui.core.merge import MergeError, merge_tables
from lkj_tui.core.rollover import MADE_FROM
from lkj_tui.storage.errors import StoreError
from lkj_tui.storage.jsonfile import encode_tables, parse_tables

#: The reason on stderr, in English and in Bahasa Indonesia (``lkj-tui sync`` finds it there).
REFUSED = "lkj-tui-merge-refused:"
REFUSED_ID = "lkj-tui-merge-refused-id:"


def _tables(path: Path, name: Path) -> Any:
    data = path.read_bytes()
    if not data:
        return None  # no common ancestor: git passes an empty file
    return parse_tables(data, name)


def merge_files(base: Path, ours: Path, theirs: Path, name: str) -> tuple[str, str] | None:
    """Merge into ``ours``; None when done, else the reason in English and in Bahasa Indonesia
    (and ``ours`` untouched)."""
    from lkj_tui.sync.check import check_report_bytes

    shown = Path(name)
    try:
        o, t = _tables(ours, shown), _tables(theirs, shown)
        b = _tables(base, shown)
        if o is None or t is None:
            return f"{name}: an empty version", f"{name}: sebuah versi kosong"
        if b is None:  # no common version: both offices made it (``new --from``)
            b = made_base(o, t, shown)
        merged = merge_tables(b, o, t)
        data = encode_tables(merged.tables, shown)
    except StoreError as exc:
        return f"{name}: {exc.problem_en}", f"{name}: {exc.problem}"
    except (MergeError, OSError) as exc:
        return f"{name}: {exc}", f"{name}: {exc}"
    report_id = shown.name.removesuffix(".json")
    refusal = check_report_bytes(report_id, data)
    if refusal is not None:
        moved = moves(b, o, t, merged.tables, name)
        return f"{name}: {refusal.problem_en}{moved[0]}", f"{name}: {refusal.problem}{moved[1]}"
    ours.write_bytes(data)  # git's own temp file: git reads it back and writes the store's copy
    return None


#: How many moves of a cycle a refusal names (a cycle of two offices' moves has two).
MOVES_SHOWN = 6


#: The commit a sync merges in (:func:`lkj_tui.sync.share._merge` sets it for the driver): the
#: history of the other offices' moves (:func:`movers`).
THEIRS_ENV = "LKJ_TUI_MERGE_THEIRS"


def moves(base: Any, ours: Any, theirs: Any, merged: Any, name: str = "") -> tuple[str, str]:
    """Which office moved each node of a parent cycle the merge made, in English and in Bahasa
    Indonesia ("; moved: S1 under IKU 3 by pusat, S2 under IKU 1 here"), or two empty strings
    when the merged tables hold no cycle. The refusal named the cycle's nodes, not whose change
    made it, and each office read it as the other's (share69); a move sent by another office is
    named by the author of the commit that made it (:func:`movers`, the file ``name``'s history),
    "by the other office" where it cannot be told: several offices sending between two syncs
    read as one (share70). Only on a refusal; each node's way up walked once."""
    from lkj_tui.core.sanitize import clean_words
    from lkj_tui.sync.history import _label, _nodes

    b, o, m = _nodes(base or {}), _nodes(ours), _nodes(merged)
    rooted: set[str] = set()
    cycle: list[str] = []
    for start in m:
        path: list[str] = []
        on_path: set[str] = set()
        up: Any = start
        while isinstance(up, str) and up in m and up not in rooted and up not in on_path:
            path.append(up)
            on_path.add(up)
            up = m[up].get("parent")
        if isinstance(up, str) and up in on_path:
            cycle = path[path.index(up) :]
            break
        rooted.update(path)
    edges: list[tuple[str, Any, bool]] = []
    for node_id in cycle:
        parent = m[node_id].get("parent")
        if parent == (b.get(node_id) or {}).get("parent"):
            continue  # (not moved: the cycle's other edges are the moves)
        edges.append((node_id, parent, (o.get(node_id) or {}).get("parent") == parent))
    if not edges:
        return "", ""
    theirs_moved = [(i, p, (b.get(i) or {}).get("parent")) for i, p, here in edges if not here]
    by = movers(name, theirs_moved[:MOVES_SHOWN]) if name else {}
    said: list[tuple[str, str, bool, str]] = []
    for node_id, parent, here in edges:
        node, above = (
            clean_words(" ".join(_label(m.get(i)).split()), 40) for i in (node_id, parent)
        )
        said.append((node, above, here, clean_words(by.get(node_id, ""), 40)))
    shown = said[:MOVES_SHOWN]
    more = len(said) - len(shown)
    en = ", ".join(
        f"{n} under {p} {'here' if h else f'by {w}' if w else 'by the other office'}"
        for n, p, h, w in shown
    )
    id_ = ", ".join(
        f"{n} ke bawah {p} {'di sini' if h else f'oleh {w}' if w else 'oleh kantor lain'}"
        for n, p, h, w in shown
    )
    return (
        f"; moved: {en}" + (f" (and {more} more)" if more else ""),
        f"; dipindah: {id_}" + (f" (dan {more} lainnya)" if more else ""),
    )


def movers(name: str, moved: list[tuple[str, Any, Any]]) -> dict[str, str]:
    """Who moved each node of ``moved`` (its id, its parent after the other offices' changes,
    its parent in the common version) in the commits the sync merges in (:data:`THEIRS_ENV`)
    that changed the file ``name``: the author of the last one that put it there. {} where git
    cannot tell (the driver run by hand, a history it cannot read). One ``git log`` and one
    ``cat-file`` a commit, only on a refusal."""
    import os

    from lkj_tui.sync import git
    from lkj_tui.sync.history import _nodes

    theirs = os.environ.get(THEIRS_ENV, "")
    if not moved or not (theirs.isalnum() and len(theirs) in (40, 64)) or name.startswith("-"):
        return {}
    root = Path.cwd()
    try:
        log = git.out(root, "log", "--reverse", "--format=%H%x1f%an", f"HEAD..{theirs}", "--", name)
        was = {node_id: before for node_id, _, before in moved}
        found: dict[str, str] = {}
        for line in log.splitlines():
            commit, _, author = line.partition("\x1f")
            data = git.blob(root, f"{commit}:{name}")
            nodes = _nodes(parse_tables(data, Path(name))) if data else {}
            for node_id, parent, _ in moved:
                now = (nodes.get(node_id) or {}).get("parent")
                if now == parent and was[node_id] != parent:
                    found[node_id] = author
                was[node_id] = now
        return found
    except (git.SyncError, StoreError, OSError, ValueError):
        return {}


def _made_from(tables: Any) -> dict[str, Any] | None:
    meta = tables.get("meta") if isinstance(tables, dict) else None
    doc = next(iter(meta.values()), None) if isinstance(meta, dict) else None
    record = doc.get(MADE_FROM) if isinstance(doc, dict) else None
    return record if isinstance(record, dict) else None


def made_base(ours: Any, theirs: Any, name: Path) -> Any:
    """The common version of a report both offices made with ``lkj-tui new --from`` from the same
    file of the old report (its git blob, read from the repository the merge runs in): that report
    made again, as tables. None when the two were made otherwise (another old file, year or
    instansi), or the old file is not in the repository: then every field that differs is a
    conflict, as before."""
    from lkj_tui.core.model import ModelError
    from lkj_tui.core.rollover import remake
    from lkj_tui.storage.reader import StoreReader
    from lkj_tui.storage.records import fresh_file, serialise
    from lkj_tui.sync import git

    record = _made_from(ours)
    if record is None or record != _made_from(theirs):
        return None
    source, blob = record.get("report"), record.get("blob")
    if not isinstance(source, str) or not isinstance(blob, str) or not blob.isalnum():
        return None
    try:
        data = git.blob(Path.cwd(), blob)
        if data is None:
            return None
        with tempfile.TemporaryDirectory(prefix="lkj-tui-base-") as folder:
            (Path(folder) / f"{source}.json").write_bytes(data)
            old = StoreReader(Path(folder), None).load(source).report
        report_id = name.name.removesuffix(".json")
        made = remake(old, record, report_id)
        meta, records = serialise(made, name)
        pieces = fresh_file(meta, records, 0, {MADE_FROM: record}, name)
        return parse_tables(b"".join(pieces), name)
    except (StoreError, ModelError, ValueError, KeyError, TypeError, OSError, git.SyncError):
        return None


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 4:
        sys.stderr.write("usage: python -m lkj_tui.sync.driver BASE OURS THEIRS PATH\n")
        return 2
    reason = merge_files(Path(args[0]), Path(args[1]), Path(args[2]), args[3])
    if reason is None:
        return 0
    sys.stderr.write(f"{REFUSED} {reason[0]}\n{REFUSED_ID} {reason[1]}\n")
    return 1


if __name__ == "__main__":
    raise SystemExit(main())
