"""The three-way merge of a report file's tables (git's merge driver, docs/sharing.md).

Pure: ``merge_tables(base, ours, theirs)`` takes the TinyDB tables of one report file as the merge
base, this office's version and the other office's version, and returns the merged tables and the
conflicts. Nodes are matched by their id (never by position), the report's meta and every node are
merged field by field (objects key by key, recursively): a field changed on one side only takes that
side's value; the same change on both sides is no conflict; two different changes to one field keep
this office's value in the file and record the other one in the meta document's ``conflicts`` list,
for a person to choose (the TUI's conflict screen). Lists that both sides only appended to keep
both appendices (a permasalahan added in each office). A node deleted on one side and changed on
the other is kept, with a conflict. The merged revision is above both sides', so every open TUI
sees the merge as a change.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from lkj_tui.core.model import full_record, stored_record

#: The meta document's key holding the recorded conflicts (kept by every lkj-tui as an unknown
#: field of the meta document).
CONFLICTS = "conflicts"
#: The field path of a conflict about a whole node (deleted on one side, changed on the other).
WHOLE_NODE: tuple[str, ...] = ()


class _Missing:
    def __repr__(self) -> str:
        return "MISSING"


MISSING: Any = _Missing()


class MergeError(ValueError):
    """The three versions cannot be merged (not report tables, or different schema versions)."""


@dataclass(frozen=True)
class Conflict:
    """Two different changes to one field: ``kept`` is in the file, ``other`` was set aside.

    ``node`` is a node id, or None for the report's own fields (``meta.report``); ``field`` the path
    inside the node's record (``("measure", "realisasi")``), empty for a whole node; a value the side
    does not have (a deleted node or field) is None."""

    node: str | None
    field: tuple[str, ...]
    base: Any
    kept: Any
    other: Any

    @property
    def key(self) -> tuple[str | None, tuple[str, ...]]:
        return (self.node, self.field)

    def to_json(self) -> dict[str, Any]:
        return {
            "node": self.node,
            "field": list(self.field),
            "base": self.base,
            "kept": self.kept,
            "other": self.other,
        }

    @classmethod
    def from_json(cls, raw: Any) -> Conflict | None:
        """A recorded conflict, or None when ``raw`` is not one (a hand-edited file)."""
        if not isinstance(raw, Mapping):
            return None
        node, path = raw.get("node"), raw.get("field")
        if not (node is None or isinstance(node, str)) or not isinstance(path, list):
            return None
        if not all(isinstance(p, str) for p in path):
            return None
        return cls(node, tuple(path), raw.get("base"), raw.get("kept"), raw.get("other"))


def conflicts_of(meta_doc: Mapping[str, Any]) -> list[Conflict]:
    """The conflicts recorded in a meta document (malformed entries are left out)."""
    raw = meta_doc.get(CONFLICTS)
    found = [Conflict.from_json(item) for item in raw] if isinstance(raw, list) else []
    return [c for c in found if c is not None]


@dataclass
class Merged:
    tables: dict[str, dict[str, dict[str, Any]]]
    #: The conflicts this merge found (also recorded in the meta document, with older ones).
    conflicts: list[Conflict] = field(default_factory=list)


#: The stored lists of four quarters, merged and named quarter by quarter (path ``(…, "triwulan",
#: "1")``: Triwulan I), where the whole list was one conflict.
QUARTER_LISTS = (("triwulan",), ("target_triwulan",))


def quarter_list(value: Any) -> list[Any] | None:
    """A stored list of four quarters (a field a record leaves out: four empty ones), else None."""
    if value is MISSING or value is None:
        return [None] * 4
    return value if isinstance(value, list) and len(value) == 4 else None


def _blank(value: Any) -> Any:
    return None if value is MISSING else value


def merge_value(
    base: Any, ours: Any, theirs: Any, node: str | None, path: tuple[str, ...], out: list[Conflict]
) -> Any:
    """The merge of one value (MISSING: the side does not have it); a conflict keeps ``ours``."""
    if ours == theirs:
        return ours
    if ours == base:
        return theirs
    if theirs == base:
        return ours
    if isinstance(ours, dict) and isinstance(theirs, dict):
        old = base if isinstance(base, dict) else {}
        merged: dict[str, Any] = {}
        for key in [*ours, *(k for k in theirs if k not in ours)]:
            value = merge_value(
                old.get(key, MISSING),
                ours.get(key, MISSING),
                theirs.get(key, MISSING),
                node,
                (*path, key),
                out,
            )
            if value is not MISSING:
                merged[key] = value
        return merged
    if path[-1:] in QUARTER_LISTS:
        quarters = [quarter_list(v) for v in (base, ours, theirs)]
        if all(q is not None for q in quarters):
            # quarter by quarter: one office's Triwulan I and the other's Triwulan II both kept
            merged_quarters = [
                merge_value(b, o, t, node, (*path, str(n)), out)
                for n, (b, o, t) in enumerate(zip(*quarters, strict=True), 1)
            ]
            return MISSING if ours is MISSING and not any(merged_quarters) else merged_quarters
    if isinstance(ours, list) and isinstance(theirs, list) and isinstance(base, list):
        n = len(base)
        if ours[:n] == base and theirs[:n] == base:  # both only appended: keep both appendices
            return [*base, *ours[n:], *(x for x in theirs[n:] if x not in ours[n:])]
    out.append(Conflict(node, path, _blank(base), _blank(ours), _blank(theirs)))
    return ours


def _meta_doc(tables: Mapping[str, Any], side: str) -> tuple[str, dict[str, Any]]:
    meta = tables.get("meta")
    if not isinstance(meta, dict) or len(meta) != 1:
        raise MergeError(f"{side}: the 'meta' table must hold one document")
    ((doc_id, doc),) = meta.items()
    if not isinstance(doc, dict):
        raise MergeError(f"{side}: the meta document is not an object")
    return doc_id, doc


def _nodes(tables: Mapping[str, Any], side: str) -> dict[str, tuple[str, dict[str, Any]]]:
    """node id → (document id, record), each record with every field (``model.full_record``): a
    field one side's lkj-tui left out as its default and the other's wrote is no change."""
    table = tables.get("nodes", {})
    if not isinstance(table, dict):
        raise MergeError(f"{side}: the 'nodes' table is not an object")
    found: dict[str, tuple[str, dict[str, Any]]] = {}
    for doc_id, record in table.items():
        node_id = record.get("id") if isinstance(record, dict) else None
        if not isinstance(node_id, str) or node_id in found:
            raise MergeError(f"{side}: node document {doc_id} has no id of its own")
        found[node_id] = (doc_id, full_record(record))
    return found


def _merge_conflicts(
    base: Iterable[Conflict], ours: Iterable[Conflict], theirs: Iterable[Conflict]
) -> list[Conflict]:
    """Recorded conflicts as a set: one resolved (removed) on either side stays resolved."""
    old = {c.key for c in base}
    mine, other = {c.key: c for c in ours}, {c.key: c for c in theirs}
    kept = [c for k, c in mine.items() if k not in old or k in other]
    return kept + [c for k, c in other.items() if k not in mine and k not in old]


def _at(value: Any, path: tuple[str, ...]) -> Any:
    """The value at ``path`` inside a record (a quarter by its number), MISSING when not there."""
    for key in path:
        if isinstance(value, dict):
            value = value.get(key, MISSING)
        elif key in ("1", "2", "3", "4") and (quarters := quarter_list(value)) is not None:
            value = quarters[int(key) - 1]
        else:
            return MISSING
    return value


def _field(side: tuple[Mapping[str, Any], Mapping[str, Any]], c: Conflict) -> Any:
    """The value of conflict ``c``'s field in one version (its meta document and its records)."""
    from lkj_tui.core.rollover import MADE_FROM

    meta, records = side
    if c.node is None:  # (the report's own fields: the path inside "report"; new --from's
        # record in the meta document, as sync/resolve.py chooses it)
        return _at(meta if c.field[:1] == (MADE_FROM,) else meta.get("report", MISSING), c.field)
    return _at(records[c.node], c.field) if c.node in records else MISSING


def _chosen_apart(
    on_record: tuple[list[Conflict], list[Conflict], list[Conflict]],
    sides: Sequence[tuple[Mapping[str, Any], Mapping[str, Any]]],
    merged: tuple[Mapping[str, Any], Mapping[str, Any]],
    found: set[tuple[str | None, tuple[str, ...]]],
) -> list[Conflict]:
    """The recorded conflicts both sides chose, differently: one office kept the value in the
    file, the other took the other value. The field merged to the side that changed it and the
    other office's choice was lost without a word (share48); each waits for a choice again, the
    merged value in the file, the other side's the other."""
    base, ours, theirs = on_record
    still = {c.key for c in (*ours, *theirs)} | found
    again = []
    for c in base:
        if c.key in still:
            continue
        o, t = _field(sides[1], c), _field(sides[2], c)
        if o == t:
            continue
        kept = _field(merged, c)
        other = t if kept == o else o
        again.append(
            Conflict(c.node, c.field, _blank(_field(sides[0], c)), _blank(kept), _blank(other))
        )
    return again


def merge_tables(
    base: Mapping[str, Any] | None, ours: Mapping[str, Any], theirs: Mapping[str, Any]
) -> Merged:
    """Merge the tables of one report file (``base`` None: both sides created the file)."""
    conflicts: list[Conflict] = []
    meta_id, o_meta = _meta_doc(ours, "ours")
    _tid, t_meta = _meta_doc(theirs, "theirs")
    b_meta = _meta_doc(base, "base")[1] if base else {}
    if o_meta.get("schema") != t_meta.get("schema"):
        raise MergeError("the two versions have different schema versions")
    meta: dict[str, Any] = {}
    for key in [*o_meta, *(k for k in t_meta if k not in o_meta)]:
        if key in ("revision", CONFLICTS):
            continue
        value = merge_value(
            b_meta.get(key, MISSING),
            o_meta.get(key, MISSING),
            t_meta.get(key, MISSING),
            None,
            (key,),
            conflicts,
        )
        if value is not MISSING:
            meta[key] = value
    revisions = [r for r in (o_meta.get("revision"), t_meta.get("revision")) if type(r) is int]
    meta["revision"] = max(revisions, default=0) + 1
    # the report's own fields are recorded as node None with the path inside "report"
    conflicts = [
        Conflict(None, c.field[1:], c.base, c.kept, c.other) if c.field[:1] == ("report",) else c
        for c in conflicts
    ]

    b_nodes = _nodes(base, "base") if base else {}
    o_nodes, t_nodes = _nodes(ours, "ours"), _nodes(theirs, "theirs")
    records: dict[str, dict[str, Any]] = {}  # node id → merged record, ours' order first
    doc_ids: dict[str, str] = {}
    for node_id in [*o_nodes, *(n for n in t_nodes if n not in o_nodes)]:
        b = b_nodes[node_id][1] if node_id in b_nodes else MISSING
        o = o_nodes[node_id][1] if node_id in o_nodes else MISSING
        t = t_nodes[node_id][1] if node_id in t_nodes else MISSING
        if o is not MISSING and t is not MISSING:
            records[node_id] = merge_value(b, o, t, node_id, (), conflicts)
        elif o is not MISSING:  # not in theirs: they deleted it, or we added it
            if b is MISSING or o == b:
                if b is MISSING:
                    records[node_id] = o
                continue
            records[node_id] = o
            conflicts.append(Conflict(node_id, WHOLE_NODE, b, o, None))
        else:  # not in ours: we deleted it, or they added it
            if b is MISSING:
                records[node_id] = t
            elif t != b:
                records[node_id] = t
                conflicts.append(Conflict(node_id, WHOLE_NODE, b, t, None))
        if node_id in records:
            doc_ids[node_id] = o_nodes[node_id][0] if node_id in o_nodes else ""
    _keep_parents(records, (o_nodes, t_nodes, b_nodes), conflicts)

    numbers = [int(d) for d in doc_ids.values() if d.isdigit()]
    next_id = max(numbers, default=0) + 1
    table: dict[str, dict[str, Any]] = {}
    for node_id, record in records.items():
        doc_id = doc_ids.get(node_id) or ""
        if not doc_id:
            doc_id, next_id = str(next_id), next_id + 1
        table[doc_id] = stored_record(record)  # (as the store writes it)
    sides = [
        (m, {k: r for k, (_d, r) in n.items()})
        for m, n in ((b_meta, b_nodes), (o_meta, o_nodes), (t_meta, t_nodes))
    ]
    on_record = (conflicts_of(b_meta), conflicts_of(o_meta), conflicts_of(t_meta))
    conflicts += _chosen_apart(on_record, sides, (meta, records), {c.key for c in conflicts})
    recorded = _merge_conflicts(*on_record)
    found = {c.key for c in conflicts}
    all_conflicts = [c for c in recorded if c.key not in found] + conflicts
    if all_conflicts:
        meta[CONFLICTS] = [c.to_json() for c in all_conflicts]
    tables: dict[str, dict[str, dict[str, Any]]] = {}
    for name in [*ours, *(k for k in theirs if k not in ours)]:
        if name == "meta":
            tables[name] = {meta_id: meta}
        elif name == "nodes":
            tables[name] = dict(sorted(table.items(), key=lambda kv: int(kv[0])))
        else:  # a table this version does not know: merged as a whole value
            other: list[Conflict] = []
            value = merge_value(
                base.get(name, MISSING) if base else MISSING,
                ours.get(name, MISSING),
                theirs.get(name, MISSING),
                None,
                (name,),
                other,
            )
            if other:
                raise MergeError(f"table '{name}' changed on both sides")
            if value is not MISSING:
                tables[name] = value
    if "nodes" not in tables and table:
        tables["nodes"] = table
    return Merged(tables, conflicts)


def _keep_parents(
    records: dict[str, dict[str, Any]],
    sides: tuple[dict[str, tuple[str, dict[str, Any]]], ...],
    conflicts: list[Conflict],
) -> None:
    """A node kept under a parent the other side deleted brings that parent back (and its
    parents), as a conflict: nothing is lost and the tree stays whole."""
    pending = list(records)
    while pending:
        parent = records[pending.pop()].get("parent")
        if not isinstance(parent, str) or parent in records:
            continue
        for side in sides:
            if parent in side:
                records[parent] = side[parent][1]
                conflicts.append(Conflict(parent, WHOLE_NODE, None, side[parent][1], None))
                pending.append(parent)
                break
