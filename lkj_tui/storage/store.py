"""The store: one crash-safe, locked TinyDB file per report in a store folder.

Layout (see docs/architecture.md, "Storage")::

    <root>/<report_id>.json           TinyDB: table "meta" (one document), table "nodes"
    <root>/<report_id>.json.lock      the writers' lock (a separate file: os.replace swaps inodes)
    <root>/.generations/<report_id>/<revision>.json   the last good versions (newest 5)

Every read takes one strict snapshot of the file through a fresh ``TinyDB`` instance; every write
happens under the report's lock, re-reads the file, checks the revision and writes it once, atomically.

Listings of big stores (``list_reports``, ``summaries``) keep an index in the user's cache folder: per
report, what a full strict read of one exact file version found (its id, instansi, tahun, revision and
IKU summary), keyed by that version's identity (device, inode, size, mtime, ctime). A file whose
identity differs is read strictly again, so the index never vouches for bytes it has not seen.

This module holds the writing half (:class:`Store`); the work is shared out: :mod:`.reader` (reads,
caching, listings), :mod:`.paths` (names), :mod:`.atomic` (crash-safe writes), :mod:`.jsonfile` (the
strict format), :mod:`.tinystorage` (transactions), :mod:`.records` (tables ↔ Report),
:mod:`.generations` (kept versions), :mod:`.locks` (writers' locks, stale temps) and :mod:`.index`
(the listing index). The public names of all of them stay importable from here.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Mapping
from contextlib import AbstractContextManager, suppress
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from lkj_tui.core.gcpause import gc_paused
from lkj_tui.core.model import ModelError, Node, Report, ReportMeta
from lkj_tui.core.record import record
from lkj_tui.storage import generations as gens
from lkj_tui.storage import history, tinystorage
from lkj_tui.storage.atomic import read_only_error
from lkj_tui.storage.errors import (
    REFUSALS,
    ConflictError,
    NotFoundError,
    StoreError,
    from_os_error,
)
from lkj_tui.storage.generations import GENERATIONS_KEPT, Generation
from lkj_tui.storage.index import ReportSummary, index_path, summarize
from lkj_tui.storage.jsonfile import FileSig, file_text, read_file
from lkj_tui.storage.locks import locked, remove_stale_temps
from lkj_tui.storage.paths import (
    ENV_VAR,
    GENERATIONS_DIR,
    check_new_report_id,
    default_store_path,
    resolve_store_path,
    validate_report_id,
)
from lkj_tui.storage.reader import INDEX_MIN_REPORTS, Loaded, ReportInfo, StoreReader, report_names
from lkj_tui.storage.records import (
    Version,
    fresh_file,
    invalid_change,
    recorded_conflicts,
    serialise,
)

if TYPE_CHECKING:
    from lkj_tui.core.edits import Change
    from lkj_tui.core.merge import Conflict

__all__ = [
    "ENV_VAR",
    "GENERATIONS_DIR",
    "GENERATIONS_KEPT",
    "INDEX_MIN_REPORTS",
    "REFUSALS",
    "Generation",
    "Loaded",
    "ReportInfo",
    "ReportSummary",
    "Restored",
    "Store",
    "default_store_path",
    "index_path",
    "read_file",
    "replace_meta",
    "resolve_store_path",
    "summarize",
    "validate_report_id",
]


@record
class Restored(Loaded):
    """What :meth:`Store.restore` wrote: the report, its new revision, and where it came from —
    the kept revision, or None for the bundled report (no good version was kept)."""

    source: int | None = None
    #: The kept revision came from the shared store's history (the last save, which no
    #: generation held: the report file was missing or unreadable, share50).
    committed: bool = False

    def __init__(
        self,
        report: Report,
        revision: int,
        conflicts: tuple[Conflict, ...] = (),
        source: int | None = None,
        committed: bool = False,
    ) -> None:
        vars(self).update(
            report=report,
            revision=revision,
            conflicts=conflicts,
            source=source,
            committed=committed,
        )


def check_writable(path: Path) -> None:
    """Refuse to rewrite a report file its owner made read-only (before any work is done)."""
    with suppress(OSError):
        if not os.lstat(path).st_mode & stat.S_IWUSR:
            raise read_only_error(path)


def replace_meta(report: Report, **changes: Any) -> None:
    """Edit report-level fields inside an ``update`` change (the id cannot change)."""
    if changes.get("id", report.meta.id) != report.meta.id:
        raise ModelError("report id")
    report.meta = replace(report.meta, **changes)


class Store(StoreReader):
    """All reports of one store folder. Safe to use from several processes at once."""

    def __init__(
        self,
        root: Path,
        *,
        seed: Report | Callable[[], Report | None] | None = None,
        lock_timeout: float = 10.0,
    ) -> None:
        """Open (and create) the store folder and remove stale temp files. When the folder holds no
        report yet, ``seed`` (a Report, or a function returning one or None, called only then) is
        imported (``seeded``)."""
        super().__init__(root, seed)
        self.lock_timeout = lock_timeout
        #: Whether this opening imported ``seed`` into a folder that held no report (a new store).
        self.seeded = False
        #: The version of each report this Store last wrote (what the next save starts from).
        self._written: dict[str, Version] = {}
        try:
            self.root.mkdir(mode=0o700, parents=True, exist_ok=True)  # private, as its files
        except OSError as exc:
            raise from_os_error(self.root, exc, "membuat folder", "creating the folder") from exc
        try:  # one listing: the crashed writers' temp files, and whether a report is there
            names = self._folder_names()
        except StoreError:
            if seed is not None:
                raise
            names = []
        remove_stale_temps(self.root, names)
        if ".changes" in names:  # (journal.JOURNAL_DIR: 0755 where an older version made it)
            from lkj_tui.storage import journal

            journal.tighten(self.root)
        first = self._seed_report(None) if seed is not None and not report_names(names) else None
        if first is not None:  # (a seed function may give None: the folder stays empty)
            try:
                self.import_report(first)
                self.seeded = True
            except StoreError as exc:  # another process seeded it first
                if exc.code != "exists":
                    raise

    # ------------------------------------------------------------------ writing

    def import_report(
        self,
        report: Report,
        *,
        overwrite: bool = False,
        records: Mapping[str, dict[str, Any]] | None = None,
        meta_extra: dict[str, Any] | None = None,
        note: dict[str, Any] | None = None,
    ) -> ReportInfo:
        """Write ``report`` as a whole new file (``overwrite``: over the one of its id, kept as a
        generation). ``records``: the record each node was made from by ``Node.from_record``, by
        node id, in the store's form (``model.stored_record``), when the caller has them (an
        import): written as they are (``serialise``).
        ``meta_extra``: fields of the meta document the model does not hold (``new --from``'s
        ``made_from``). ``note``: the journal's record of what made it (``{"kind": "import",
        "file": name}``, ``{"kind": "new", "from": id}``: storage/journal.py, :data:`NOTES`)."""
        report_id = validate_report_id(report.meta.id)
        path = self.path_for(report_id)
        if not os.path.lexists(path):
            check_new_report_id(report_id)  # a new file: a name Windows holds as it is
        meta, records_list = serialise(report, path, records)
        with self._locked(report_id):
            revision = self._prepare_replace(report_id, path, overwrite=overwrite) + 1
            self._write_fresh(path, meta, records_list, revision, meta_extra)
        if note is not None:
            from lkj_tui.storage import journal

            journal.note(self.root, report_id, revision=revision, **note)
        self._saved(report_id, revision)
        said = report.meta
        return ReportInfo(
            report_id, said.instansi, said.tahun, self.root, revision, 0, said.pemerintah
        )

    def update(
        self,
        report_id: str,
        change: Callable[[Report], None],
        *,
        expected_revision: int | None = None,
        meta_extra: Callable[[dict[str, Any]], dict[str, Any]] | None = None,
        restored: bool = False,
    ) -> Loaded:
        """Read-check-write under the lock: ``change`` edits the freshly read Report in place
        (``report.replace_node`` or :func:`replace_meta`); the file is written once. Exceptions from
        ``change`` propagate and nothing is written. ``meta_extra`` maps the meta document's fields
        this version does not model (e.g. the conflicts a merge recorded, docs/sharing.md) to their
        new value. ``restored``: the change brings back an older value (the TUI's ``H``), which
        the history credits to the office that wrote it (:func:`history.restored`)."""
        path = self.path_for(report_id)
        with self._locked(report_id), gc_paused():
            before = self._current(report_id, path)
            if expected_revision is not None and expected_revision != before.revision:
                raise ConflictError(path, expected_revision, before.revision)
            check_writable(path)
            report = before.report.copy()
            change(report)
            extra = before.meta_extra if meta_extra is None else meta_extra(dict(before.meta_extra))
            if report.meta.id != report_id:
                raise invalid_change(path, ModelError("report id"))
            after = before.next(report, extra, path)
            gens.keep_generation(self.root, report_id, path, before.revision)
            tinystorage.write(path, after.data)
            self._written[report_id] = after
            conflicts = recorded_conflicts(extra)
            with suppress(OSError):
                sig = FileSig.of(os.stat(path))
                revision, held = after.revision, len(conflicts)
                self._remember(report_id, sig, report.meta, revision, full=True, conflicts=held)
        if restored:
            history.restored(self.root, report_id, after.revision)
        self._saved(report_id, after.revision)
        return Loaded(report.copy(), after.revision, conflicts)

    def renumber_hand_edit(self, report_id: str) -> int | None:
        """In a shared store, a report file changed by hand that kept the revision of the last
        version its history holds (every lkj-tui write takes a new one): that version is kept
        as the generation of its revision and the file takes the next one, its content as the
        hand left it. One revision never names two contents: ``restore --revision N`` brings
        back what was shared, ``log`` and ``restore --list`` name the hand edit's own revision
        (share65). The new revision, or None (no such edit; a file that does not read, which
        the sync refuses with the restore to type)."""
        found = self.last_committed(report_id)
        if found is None:
            return None
        shared, revision, at = found
        path = self.path_for(report_id)
        with self._locked(report_id), gc_paused():
            try:
                before = self._current(report_id, path)
            except StoreError:
                return None
            if before.revision != revision or before.data == shared:
                return None
            check_writable(path)
            after = before.next(before.report.copy(), before.meta_extra, path)
            gens.keep_committed(self.root, report_id, shared, revision, at)
            tinystorage.write(path, after.data)
            self._written[report_id] = after
        from lkj_tui.storage import journal

        journal.note(self.root, report_id, "hand", after.revision)
        return after.revision

    def _current(self, report_id: str, path: Path) -> Version:
        """The report file as it is now (under the lock): the version this Store last wrote while
        the file still holds exactly its bytes (no parse, no check: they were checked before they
        were written), else a strict read of the file (refusals with their way out)."""
        try:
            raw = tinystorage.read(path)
            if raw is None:
                raise NotFoundError(path, report_id, self._ids())
            data, _sig = raw
            kept = self._written.get(report_id)
            if kept is not None and kept.data == data:
                return kept
            text = file_text(data, path)
        except NotFoundError:
            raise
        except StoreError as exc:
            raise self._with_restore_hint(exc, report_id) from None
        state, others = self._decode_text(text, path, report_id)  # (node by node, as a load)
        return Version.read(data, others, state)

    def save_node(self, report_id: str, node: Node, *, expected_revision: int) -> int:
        """Replace one node; returns the new revision."""
        path = self.path_for(report_id)

        def change(report: Report) -> None:
            if report.get(node.id) is None:
                raise StoreError(
                    path,
                    "node-not-found",
                    f"simpul {node.id} tidak ada di laporan ini; perubahan tidak disimpan",
                    f"node {node.id} is not in this report; the edit was not saved",
                )
            try:
                report.replace_node(node)
            except ModelError as exc:
                raise invalid_change(path, exc) from exc

        return self.update(report_id, change, expected_revision=expected_revision).revision

    def apply(
        self,
        report_id: str,
        change: Change,
        *,
        expected_revision: int | None = None,
        journal: str | None = None,
    ) -> Loaded:
        """Apply a :class:`~lkj_tui.core.edits.Change` (add, delete, move, reorder, fields, meta)
        under the lock; returns the report as written and its revision. Every node the change
        touches must still be as the change found it (``stale``: another process changed it;
        nothing written); with ``expected_revision`` the whole report must be (``conflict``).
        ``journal`` ("edit", "undo", "redo"): also append what changed to the report's change
        journal (storage/journal.py)."""
        from lkj_tui.core import edits  # (not imported by the reading commands)

        path = self.path_for(report_id)

        def change_report(report: Report) -> None:
            try:
                edits.apply(report, change)
            except edits.StaleError as exc:
                raise StoreError(path, "stale", exc.message, exc.message_en) from None
            except ModelError as exc:
                raise invalid_change(path, exc) from exc

        recorded = None
        if change.conflicts is not None:  # a sync conflict chosen, or that choice undone

            def recorded(extra: dict[str, Any]) -> dict[str, Any]:
                from lkj_tui.core.merge import CONFLICTS, conflicts_of

                before, after = change.conflicts or ((), ())
                if [c.to_json() for c in conflicts_of(extra)] != list(before):
                    raise StoreError(
                        path,
                        "stale",
                        "konflik sinkronisasi laporan ini sudah berubah sejak itu; tidak ditimpa",
                        "this report's sync conflicts changed since; not overwritten",
                    )
                extra.pop(CONFLICTS, None)
                if after:
                    extra[CONFLICTS] = list(after)
                return extra

        loaded = self.update(
            report_id, change_report, expected_revision=expected_revision, meta_extra=recorded
        )
        if journal is not None:  # what changed, for the minutes (storage/journal.py)
            from datetime import datetime

            from lkj_tui.storage import journal as log

            entry: dict[str, Any] = {
                "at": datetime.now().isoformat(timespec="seconds"),
                "kind": journal,
                "revision": loaded.revision,
                "lines": _rows(change),
            }
            if change.choice is not None:  # a sync conflict chosen: the logs' words
                entry["conflict"] = list(change.choice)
            # every conflict chosen at once (K's "all"): an entry each, with its own words (an
            # entry's "conflict" names all its lines), the one save's revision and time
            entries = [
                {**entry, "lines": [row], "conflict": list(how)}
                for row, how in zip(entry["lines"], change.choices, strict=False)
            ] or [entry]
            with suppress(OSError):
                for one in entries:
                    log.append(self.root, report_id, one)
        return loaded

    def save_meta(self, report_id: str, meta: ReportMeta, *, expected_revision: int) -> int:
        """Replace the report-level fields (same id); returns the new revision."""
        return self.update(
            report_id,
            lambda report: replace_meta(report, **vars(meta)),
            expected_revision=expected_revision,
        ).revision

    def restore(self, report_id: str, revision: int | None = None) -> Restored:
        """Write a kept generation back as a new revision (the newest good one when ``revision`` is
        None; the bundled seed when no generation is left: ``Restored.source`` says which). An
        unreadable current file is set aside in the generations folder as ``refused-<time>.json``
        first; in a shared store the last save its history holds is kept first
        (:meth:`_keep_committed`). The new revision is above every kept one and every one the
        journal names (never the number of a lost last save). A report that does not exist and
        has nothing kept is refused before anything is created (not even its lock file)."""
        from lkj_tui.storage import journal

        path = self.path_for(report_id)
        if (
            not os.path.lexists(path)
            and not self.generations(report_id)
            and (revision is not None or self._seed_report(report_id) is None)
            and (revision is not None or self.last_committed(report_id) is None)
        ):  # (a shared store's report deleted by hand, none kept: its history holds it, share55)
            raise NotFoundError(path, report_id, self._ids())
        with self._locked(report_id):
            committed = self._keep_committed(report_id, path) if revision is None else None
            report, source, meta_extra = self._restore_source(report_id, path, revision)
            meta, records = serialise(report, path)
            highest = self._prepare_replace(report_id, path, overwrite=True)
            new_revision = max(highest, journal.last_revision(self.root, report_id)) + 1
            self._write_fresh(path, meta, records, new_revision, meta_extra)
        journal.note(self.root, report_id, "restore", new_revision, source=source)
        history.restored(self.root, report_id, new_revision)
        self._saved(report_id, new_revision)
        conflicts = recorded_conflicts(meta_extra)
        from_history = committed is not None and source == committed
        return Restored(report, new_revision, conflicts, source, from_history)

    def _keep_committed(self, report_id: str, path: Path) -> int | None:
        """Before a restore of the last good version (under the lock), in a shared store whose
        report file is missing or cannot be read: the newest version its history holds that
        reads, kept as a generation when it is newer than every kept one. That is the last save,
        which no generation holds (a version is kept when lkj-tui replaces it, not when a hand
        edit breaks or deletes it): the restore brings it back, not the save before it
        (share50). The revision kept, or None."""
        if not history.is_shared(self.root):
            return None
        try:
            with self._snapshot(path, report_id) as (db, _storage):
                self._decode(db, path, report_id)
            return None  # (a good file: the restore goes back from it, as anywhere)
        except StoreError as exc:
            if not isinstance(exc, NotFoundError) and exc.code not in REFUSALS:
                raise
        found = self.last_committed(report_id)
        kept = self.generations(report_id)
        if found is None or (kept and found[1] <= kept[0].revision):
            return None
        gens.keep_committed(self.root, report_id, found[0], found[1], found[2])
        return found[1]

    def _restore_source(
        self, report_id: str, path: Path, revision: int | None
    ) -> tuple[Report, int | None, dict[str, Any]]:
        kept = self.generations(report_id)
        for gen in kept:
            if revision is not None and gen.revision != revision:
                continue
            try:
                with self._snapshot(gen.path, report_id) as (db, _storage):
                    state = self._decode(db, gen.path, report_id)
                    return state.report, gen.revision, state.meta_extra
            except StoreError:
                if revision is not None:
                    raise
        seed = self._seed_report(report_id) if revision is None else None
        if seed is not None:
            return Report.from_records(seed.meta.to_dict(), seed.to_records()), None, {}
        raise gens.no_generation(path, kept, revision)

    # ------------------------------------------------------------------ internals: writing

    def _saved(self, report_id: str, revision: int) -> None:
        """After a write of ``report_id`` at ``revision``: in a shared store, its commit starts
        in the background (never fails)."""
        if history.is_shared(self.root):
            history.saved(self.root, report_id, revision)

    def _locked(self, report_id: str) -> AbstractContextManager[None]:
        return locked(self.root, report_id, self.lock_timeout)

    def _write_fresh(
        self,
        path: Path,
        meta: dict[str, Any],
        records: list[dict[str, Any]],
        revision: int,
        meta_extra: dict[str, Any] | None = None,
    ) -> None:
        tinystorage.write(path, fresh_file(meta, records, revision, meta_extra or {}, path))

    def _prepare_replace(self, report_id: str, path: Path, *, overwrite: bool) -> int:
        """Before writing a whole new file (under the lock): keep the current one as a generation, or
        set it aside if it cannot be read. Returns the highest revision used so far for this id."""
        highest = max((g.revision for g in self.generations(report_id)), default=0)
        if not os.path.lexists(path):
            return highest
        if not overwrite:
            raise StoreError(
                path,
                "exists",
                f"laporan '{report_id}' sudah ada di penyimpanan; tidak ditimpa",
                f"report '{report_id}' already exists in the store; not overwritten",
            )
        check_writable(path)
        try:
            with self._snapshot(path, report_id) as (db, _storage):  # every node: only a good
                current = self._decode(db, path, report_id).revision  # file becomes a generation
        except StoreError as exc:
            if exc.code not in REFUSALS:
                raise
            gens.set_aside(self.root, report_id, path)
            return highest
        gens.keep_generation(self.root, report_id, path, current)
        return max(current, highest)


def _rows(change: Change) -> list[list[str | None]]:
    """A change's lines as the journal keeps them: ``[node, field, before, after]``, the node's
    id after them where the line names one node the change changed (its label before or after),
    not several: ``log --json`` gave ``"node": null`` for every entry of an unshared store
    (words50); then the value as typed where it was stored otherwise (``Line.typed``; the id
    null before it when there is none). A reader of four (an older lkj-tui) reads them as
    before."""
    from lkj_tui.core.edits import label

    ids: dict[str, str | None] = {}
    for node_id, old, new in change.nodes:
        for named in {label(n) for n in (old, new) if n is not None}:
            ids[named] = node_id if ids.get(named, node_id) == node_id else None
    rows = []
    for x in change.lines:
        one = ids.get(x.node)
        row: list[str | None] = [x.node, x.field, x.before, x.after, *([one] if one else [])]
        if x.typed:  # (the value as typed, stored in the Indonesian form: Line.typed)
            row += [None] * (5 - len(row)) + [x.typed]
        rows.append(row)
    return rows
