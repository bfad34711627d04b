"""Choosing a value: resolving a recorded merge conflict, restoring an older value from the history.

Both are normal saves (``Store.update`` under the lock, checked by the model, a new revision, the
old file kept as a generation, committed like any save): a field of a node (or of the report) set
to a value by its path in the record. Resolving also removes the conflict from the meta document.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import TYPE_CHECKING, Any

from lkj_tui.core.merge import (
    CONFLICTS,
    MISSING,
    QUARTER_LISTS,
    Conflict,
    conflicts_of,
    quarter_list,
)
from lkj_tui.core.model import ModelError, Node, Report, ReportMeta
from lkj_tui.storage.errors import StoreError
from lkj_tui.storage.reader import StoreReader
from lkj_tui.storage.records import invalid_change
from lkj_tui.storage.store import Loaded, Store

if TYPE_CHECKING:
    from collections.abc import Sequence

    from lkj_tui.core.edits import Change
    from lkj_tui.sync.history import Entry


def open_conflicts(store: StoreReader, report_id: str) -> list[Conflict]:
    """The conflicts recorded in the report's file (none when it cannot be read)."""
    return conflicts_of(meta_document(store, report_id))


#: The kinds of a history entry (:attr:`~lkj_tui.sync.history.Entry.kind`) that took a
#: conflict out of the file: a choice, or a restore or import that dropped it ("back", one put
#: back, wrote no value of its own).
CHOICES = ("keep", "take", "dropped")


def setters(
    conflicts: list[Conflict], history: list[Entry]
) -> list[tuple[Entry | None, Entry | None]]:
    """For each conflict, the newest change of ``history`` (newest first,
    :func:`lkj_tui.sync.history.entries`) that set its field to its kept value, and the one that
    set it to the other value: who wrote each. The office that merged recorded the conflict, so
    "kept" and "other" are that office's sides, not necessarily this laptop's (walk8). One pass
    over the history, however many conflicts.

    A save that chose a conflict at a field (``resolve``, the TUI's ``K``: an entry of another
    :attr:`~lkj_tui.sync.history.Entry.kind` than "edit" in the same commit, from
    ``entries(..., choices=True)``) did not write the value it took: the office that wrote it
    is credited, not the one that chose it (share21: after ``resolve 1 ambil-lain`` and a
    ``restore``, the other value was credited to the office that had chosen it). So is a
    restore's (:attr:`~lkj_tui.sync.history.Entry.restored`): the newest change that wrote the
    value otherwise is credited, the restore only when none did (share22: a value restored was
    credited to the office that restored it)."""
    places = {(c.node, c.field) for c in conflicts if c.field}
    chosen = {(e.commit, e.node, e.field) for e in history if e.kind in CHOICES}
    by_place: dict[tuple[str | None, tuple[str, ...]], list[Entry]] = {}
    for e in history:
        if e.kind != "edit" or (e.commit, e.node, e.field) in chosen:
            continue
        if (e.node, e.field) in places:
            by_place.setdefault((e.node, e.field), []).append(e)

    def who(conflict: Conflict, value: Any) -> Entry | None:
        wrote = [e for e in by_place.get((conflict.node, conflict.field), []) if e.after == value]
        return next((e for e in wrote if not e.restored), wrote[0] if wrote else None)

    return [(who(c, c.kept), who(c, c.other)) if c.field else (None, None) for c in conflicts]


#: The meta document's fields outside the report's own (``meta.report``) a merge may record a
#: conflict on: ``new --from``'s record. Chosen in the meta document, not in the report.
EXTRA_FIELDS = ("made_from",)


def _in_extra(node_id: str | None, path: tuple[str, ...]) -> bool:
    return node_id is None and path[:1] != () and path[0] in EXTRA_FIELDS


def meta_document(store: StoreReader, report_id: str) -> dict[str, Any]:
    """The report file's meta document (empty when the file cannot be read)."""
    from lkj_tui.storage.jsonfile import parse_tables, read_file

    path = store.path_for(report_id)
    try:
        raw = read_file(path)
        if raw is None:
            return {}
        meta = parse_tables(raw[0], path).get("meta", {})
    except StoreError:
        return {}
    doc = next(iter(meta.values()), {}) if isinstance(meta, dict) else {}
    return doc if isinstance(doc, dict) else {}


def _set_path(value: Any, path: tuple[str, ...], new: Any) -> Any:
    if not path:
        return new
    out = dict(value) if isinstance(value, dict) else {}
    head, rest = path[0], path[1:]
    if (head,) in QUARTER_LISTS and len(rest) == 1 and rest[0] in ("1", "2", "3", "4"):
        quarters = list(quarter_list(out.get(head, MISSING)) or [None] * 4)
        quarters[int(rest[0]) - 1] = new  # one quarter (history and merge name them one by one)
        out[head] = quarters
        return out
    inner = _set_path(out.get(head), rest, new)
    if inner is None and not rest and head not in out:
        return out
    out[head] = inner
    return out


def capaian_of_choices(report: Report, conflict: Conflict) -> tuple[Any, Any] | None:
    """The capaian each value of ``conflict`` gives its indicator (kept, other; None for a side
    that gives none: its node deleted, its value not a measure's), as the choice would save it;
    None when the conflict is not of a measure's field. ``K`` shows them beside the values."""
    from lkj_tui.core.evaluate import capaian, report_scales

    node = report.get(conflict.node) if conflict.node else None
    if node is None or node.measure is None or conflict.field[:1] != ("measure",):
        return None
    scales = report_scales(report)

    def gives(value: Any) -> Any:
        try:
            after = Node.from_record(_set_path(node.to_record(), conflict.field, value))
        except (ModelError, KeyError, ValueError, TypeError):
            return None
        return capaian(after.measure, scales)[0] if after.measure is not None else None

    return gives(copy.deepcopy(conflict.kept)), gives(copy.deepcopy(conflict.other))


def capaian_words(report: Report, conflict: Conflict, lang: str = "id") -> tuple[str, str] | None:
    """The capaian each value of ``conflict`` gives (:func:`capaian_of_choices`) as the tree's
    rows say it, its rating and ▼ under target: ("90,06 % Tinggi ▼", "93,17 % Sangat Tinggi ▼"),
    "" for a side that gives none; None where the two say the same (a field that makes no
    capaian, a satuan). The TUI's ``K`` and ``lkj-tui resolve`` show them beside the values."""
    from lkj_tui.core.i18n import achievement_text, tr

    gives = capaian_of_choices(report, conflict)
    if gives is None:
        return None

    def words(ach: Any) -> str:
        if ach is None:
            return ""
        parts = [achievement_text(ach, lang)]
        if ach.rating and ach.rounded is not None:
            parts.append(tr(ach.rating, lang))
        return " ".join([*parts, "▼"] if ach.under_target else parts)

    kept, other = words(gives[0]), words(gives[1])
    return None if kept == other else (kept, other)


def set_value(report: Report, node_id: str | None, path: tuple[str, ...], value: Any) -> None:
    """Set the field at ``path`` of node ``node_id`` (None: the report's own fields); a whole-node
    path with value None deletes the node and its subtree."""
    if node_id is None:
        meta = _set_path(report.meta.to_dict(), path, copy.deepcopy(value))
        report.meta = ReportMeta.from_dict(meta)
        return
    if not path:
        if value is None:
            from lkj_tui.core import edits

            edits.apply(report, edits.delete(report, node_id))
        return
    node = report.node(node_id)
    record = _set_path(node.to_record(), path, copy.deepcopy(value))
    report.replace_node(Node.from_record(record))


def _gone(node_id: str) -> ModelError:
    """Taking the other value of a field whose node is no longer in the report (deleted here
    after the merge): said in both languages (it was "perubahan tidak sah: '921ac2d0…'")."""
    from lkj_tui.core.edits import EditError

    return EditError(
        f"simpul {node_id[:8]} tidak ada lagi di laporan ini: nilai yang lain tidak dapat "
        "diambil; pilih pertahankan",
        f"node {node_id[:8]} is no longer in this report: the other value cannot be taken; "
        "choose keep",
    )


def choose(
    store: Store,
    report_id: str,
    node_id: str | None,
    path: tuple[str, ...] | None,
    value: Any,
    *,
    resolved: Conflict | None = None,
    expected_revision: int | None = None,
    restored: bool = False,
) -> Loaded:
    """Save ``value`` at ``path`` (None: change nothing) and remove ``resolved`` from the recorded
    conflicts. ``restored``: an older value brought back (the TUI's ``H``), credited in the
    history to the office that wrote it (:func:`setters`)."""
    file = Path(store.path_for(report_id))

    def change(report: Report) -> None:
        if path is None or _in_extra(node_id, path):
            return
        if node_id is not None and path and report.get(node_id) is None:
            raise invalid_change(file, _gone(node_id))
        try:
            set_value(report, node_id, path, value)
        except (ModelError, KeyError, ValueError, TypeError) as exc:
            raise invalid_change(file, exc) from exc  # (a ModelError keeps its English)

    def drop(extra: dict[str, Any]) -> dict[str, Any]:
        if path is not None and _in_extra(node_id, path):
            extra = _set_path(extra, path, copy.deepcopy(value))
        if resolved is not None:
            left = [c.to_json() for c in conflicts_of(extra) if c.key != resolved.key]
            extra.pop(CONFLICTS, None)
            if left:
                extra[CONFLICTS] = left
        return extra

    loaded = store.update(
        report_id,
        change,
        expected_revision=expected_revision,
        meta_extra=drop,
        restored=restored,
    )
    if resolved is not None:  # the choice in the change journal: restore --list names it (share14)
        from lkj_tui.storage import journal

        node = loaded.report.get(resolved.node) if resolved.node else None
        journal.note(
            store.root,
            report_id,
            "choice",
            loaded.revision,
            node=(node.code or node.name) if node is not None else resolved.node,
            field=list(resolved.field),
            take=path is not None,
            kept=resolved.kept,
            other=resolved.other,
        )
    return loaded


def choose_all(
    store: Store,
    report_id: str,
    conflicts: list[Conflict],
    take_other: bool,
    *,
    expected_revision: int | None = None,
) -> Loaded:
    """One side for every conflict of a report in one save (two offices' next-year reports made
    from different versions of the old one conflict on every field that differs: share14): keep
    the values in the file, or take every other value (the fields first, then whole nodes, a
    node already gone with its parent skipped). Every conflict is gone; one ``restore
    --revision`` undoes it all."""
    file = Path(store.path_for(report_id))
    keys = {c.key for c in conflicts}

    def change(report: Report) -> None:
        if not take_other:
            return
        for c in sorted(conflicts, key=lambda c: not c.field):  # (whole nodes last)
            if _in_extra(c.node, c.field):
                continue  # (in the meta document: drop below)
            if c.node is not None and report.get(c.node) is None and c.other is None:
                continue  # deleted already, with a parent
            try:
                set_value(report, c.node, c.field, c.other)
            except (ModelError, KeyError, ValueError, TypeError) as exc:
                raise invalid_change(file, exc) from exc  # (a ModelError keeps its English)

    def drop(extra: dict[str, Any]) -> dict[str, Any]:
        for c in conflicts if take_other else ():
            if _in_extra(c.node, c.field):
                extra = _set_path(extra, c.field, copy.deepcopy(c.other))
        left = [c.to_json() for c in conflicts_of(extra) if c.key not in keys]
        extra.pop(CONFLICTS, None)
        if left:
            extra[CONFLICTS] = left
        return extra

    loaded = store.update(report_id, change, expected_revision=expected_revision, meta_extra=drop)
    from lkj_tui.storage import journal

    def place(c: Conflict) -> list[object]:  # (the node by its kode as the report has it now)
        node = loaded.report.get(c.node) if c.node else None
        return [(node.code or node.name) if node is not None else c.node, list(c.field)]

    journal.note(
        store.root,
        report_id,
        "choice",
        loaded.revision,
        all=len(conflicts),
        take=take_other,
        places=[place(c) for c in conflicts],
    )
    return loaded


def resolve(store: Store, report_id: str, conflict: Conflict, take_other: bool) -> Loaded:
    """Keep the value in the file, or take the other office's; the conflict is gone either way."""
    if take_other:
        return choose(
            store, report_id, conflict.node, conflict.field, conflict.other, resolved=conflict
        )
    return choose(store, report_id, None, None, None, resolved=conflict)


def choice(
    report: Report, recorded: Sequence[Conflict], conflict: Conflict, take_other: bool
) -> Change:
    """Choosing ``conflict``'s value as one change, as the TUI's ``K`` saves it: the field set to
    the other office's value (take) or left as it is (keep), and the conflict no longer recorded
    among ``recorded`` (the report's, as on screen). ``Store.apply`` checks that the conflicts are
    still those, so its reverse (ctrl+z) puts the value and the conflict back, and the journal
    and ``lkj-tui log`` say it in ``resolve``'s words (``Change.choice``)."""
    from lkj_tui.core import edits
    from lkj_tui.core.changes import path_key
    from lkj_tui.core.conflicts import shown, value

    before = tuple(c.to_json() for c in recorded)
    after = tuple(c.to_json() for c in recorded if c.key != conflict.key)
    node = report.get(conflict.node) if conflict.node else None
    nodes: tuple[tuple[str, Node | None, Node | None], ...] = ()
    meta = None
    try:
        if take_other and conflict.node is None:
            new = _set_path(report.meta.to_dict(), conflict.field, copy.deepcopy(conflict.other))
            meta = (report.meta, ReportMeta.from_dict(new))
        elif take_other and node is not None and not conflict.field:
            if conflict.other is None:  # deleted by the other office
                nodes = edits.delete(report, node.id).nodes
        elif take_other and node is None and conflict.field:
            raise _gone(str(conflict.node))  # the node is gone here: nothing to set
        elif take_other and node is not None:
            record = _set_path(node.to_record(), conflict.field, copy.deepcopy(conflict.other))
            nodes = ((node.id, node, Node.from_record(record)),)
    except (ModelError, KeyError, ValueError, TypeError) as exc:
        if isinstance(exc, ModelError):  # (its words in both languages)
            raise edits.EditError(exc.text("id"), exc.text("en")) from exc
        raise edits.EditError(str(exc), str(exc)) from exc
    kept, other = (
        shown(v) if conflict.field else value(v, conflict.field)
        for v in (conflict.kept, conflict.other)
    )
    label = edits.label(node) if node is not None else (conflict.node or "laporan")
    line = edits.Line(label, path_key(conflict.field), kept, other if take_other else kept)
    focus = node.id if node is not None else None
    how = "take" if take_other else "keep"
    return edits.Change(nodes, (line,), meta, focus, focus, (before, after), (how, kept, other))


def choice_all(report: Report, recorded: Sequence[Conflict], take_other: bool) -> Change:
    """Every recorded conflict chosen one way as one change, as ``lkj-tui resolve semua
    pertahankan|ambil-lain`` chooses them (the TUI's ``K``, "semua"): each conflict's
    :func:`choice` made in turn on a copy of ``report`` (the fields first, then whole nodes;
    a field of a node already gone with its parent is left as it is), merged into one change
    of the nodes and data they touch. Undone by ctrl+z as one step (the values and every
    conflict back); each line keeps its own words for the logs (``Change.choices``)."""
    from lkj_tui.core import edits

    work = copy.deepcopy(report)
    left = list(recorded)
    parts: list[Change] = []
    for conflict in sorted(recorded, key=lambda c: not c.field):  # (whole nodes last)
        gone = conflict.node is not None and work.get(conflict.node) is None
        part = choice(work, left, conflict, take_other and not (gone and bool(conflict.field)))
        edits.apply(work, part)
        left = [c for c in left if c.key != conflict.key]
        parts.append(part)
    touched = dict.fromkeys(node_id for part in parts for node_id, _, _ in part.nodes)
    nodes = tuple(
        (node_id, report.get(node_id), work.get(node_id))
        for node_id in touched
        if report.get(node_id) != work.get(node_id)
    )
    meta = (report.meta, work.meta) if work.meta != report.meta else None
    lines = tuple(line for part in parts for line in part.lines)
    how = tuple(part.choice for part in parts if part.choice is not None)
    before = tuple(c.to_json() for c in recorded)
    return edits.Change(nodes, lines, meta, None, None, (before, ()), None, how)
