"""Reading a store: strict reads of report files, cached while a file is unchanged, and listings.

Every read takes the file's bytes once, with the identity of that version (``tinystorage.read``),
and decodes them strictly into a checked report without TinyDB (``_read_state``: a file up to 4 MiB
parsed whole, a bigger one node by node, in pieces of its text). A ``TinyDB`` is made only for the
snapshot of a file about to be replaced or restored from (``_snapshot``), fresh each time: TinyDB
caches a next-id counter and a query cache, which go stale under two processes. ``revision`` and
listings answer from a per-Store cache, or from the listing index (:mod:`.index`), while the file's
identity is unchanged. :class:`~lkj_tui.storage.store.Store` adds writing.
"""

from __future__ import annotations

import os
import stat
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast, overload

from lkj_tui.core.gcpause import gc_paused
from lkj_tui.core.model import Report, ReportMeta
from lkj_tui.core.record import record
from lkj_tui.storage import generations as gens
from lkj_tui.storage import history, records, tinystorage
from lkj_tui.storage.errors import NotFoundError, StoreError, from_os_error
from lkj_tui.storage.generations import Generation
from lkj_tui.storage.index import ListingIndex, ReportSummary, settled, summarize
from lkj_tui.storage.jsonfile import FileSig, file_pieces, file_text
from lkj_tui.storage.paths import is_report_id, report_path
from lkj_tui.storage.records import (
    State,
    decode,
    decode_pieces,
    decode_text,
    decode_whole,
    recorded_conflicts,
)
from lkj_tui.storage.tinystorage import AtomicJSONStorage

if TYPE_CHECKING:
    from lkj_tui.core.merge import Conflict

#: The listing index is kept only for stores of at least this many reports (below that, reading
#: the report files themselves is about as fast as reading an index).
INDEX_MIN_REPORTS = 20

#: ``progress(done, total)``: called by a listing before each report file it looks at (``done``
#: of the ``total`` looked at so far), from the listing's thread; the TUI says how far a cold
#: listing of a big store is.
Progress = Callable[[int, int], None]

_T = TypeVar("_T")


@record
class ReportInfo:
    """A report of a listing: its id, instansi, tahun, revision and pemerintah, and the store
    ``folder`` it is in. Its file's ``path`` is made when asked for: a listing of 2,000 reports
    made a ``Path`` for each, 3 % of a warm ``status --all`` (docs/performance.md, "store6"), and
    none was read."""

    id: str
    instansi: str
    tahun: int
    folder: Path
    revision: int
    #: How many merge conflicts of a shared store the file records, waiting for a choice.
    conflicts: int = 0
    #: The report's pemerintah, as stored: one region's offices of one name are told apart from
    #: another's without reading their reports (the years view, compare's pairing).
    pemerintah: str = ""

    def __init__(
        self,
        id: str,
        instansi: str,
        tahun: int,
        folder: Path,
        revision: int,
        conflicts: int = 0,
        pemerintah: str = "",
    ) -> None:
        vars(self).update(
            id=id,
            instansi=instansi,
            tahun=tahun,
            folder=folder,
            revision=revision,
            conflicts=conflicts,
            pemerintah=pemerintah,
        )

    @property
    def path(self) -> Path:
        """The report file."""
        return self.folder / f"{self.id}.json"


@record
class Loaded:
    report: Report
    revision: int
    #: The merge conflicts of a shared store the file records, waiting for a choice
    #: (docs/sharing.md, "Conflicts").
    conflicts: tuple[Conflict, ...] = ()

    def __init__(self, report: Report, revision: int, conflicts: tuple[Conflict, ...] = ()) -> None:
        vars(self).update(report=report, revision=revision, conflicts=conflicts)


def _same(err: StoreError) -> StoreError:
    return err


def report_names(names: list[str]) -> list[str]:
    """The names of the report files (``*.json``, not hidden) among a store folder's ``names``,
    sorted; no ``Path`` is made for them (2,000 of them, their stems and strings were 58 % of a
    listing that found every file unchanged: docs/performance.md, "tui5")."""
    return [n for n in sorted([n for n in names if n.endswith(".json")]) if not n.startswith(".")]


class StoreReader:
    """The reading half of :class:`~lkj_tui.storage.store.Store` (it never writes a report file)."""

    def __init__(self, root: Path, seed: Report | Callable[[], Report | None] | None) -> None:
        self.root = Path(root)
        self._folder = os.path.join(self.root, "")  # the folder with its separator: + a file name
        self._seed = seed
        #: report id → (the file version read, what was found, read in full, :func:`settled` then)
        self._cache: dict[str, tuple[FileSig, ReportInfo, bool, bool]] = {}
        self._index = ListingIndex(self.root)
        self._listing = threading.Lock()  # the TUI lists from worker threads
        #: The newest report a listing read in full (only that one is kept): ``load`` of it takes it
        #: while its file is unchanged (``status`` and the TUI list, then load the newest: one
        #: read of the file instead of two).
        self._read: tuple[tuple[int, str, str], FileSig, Loaded] | None = None
        self._newest: tuple[str, FileSig, Loaded] | None = None
        #: The files :meth:`latest_report_id` left out because they cannot be read.
        self.skipped: list[StoreError] = []

    def _seed_report(self, report_id: str | None) -> Report | None:
        """The seed (resolved once), if there is one and it has ``report_id`` (any id for None)."""
        if callable(self._seed):
            self._seed = self._seed()
        if self._seed is None or report_id not in (None, self._seed.meta.id):
            return None
        return self._seed

    # ------------------------------------------------------------------ reading

    def path_for(self, report_id: str) -> Path:
        return report_path(self.root, report_id)

    def load(self, report_id: str) -> Loaded:
        path = self.path_for(report_id)
        newest, self._newest = self._newest, None  # (given out once: the caller may edit it)
        if newest is not None and newest[0] == report_id:
            with suppress(OSError):
                if FileSig.of(os.lstat(path)) == newest[1]:
                    return newest[2]
        with gc_paused():
            state, sig = self._read_state(path, report_id)
            conflicts = recorded_conflicts(state.meta_extra)
            meta = state.report.meta
            self._remember(
                report_id, sig, meta, state.revision, full=True, conflicts=len(conflicts)
            )
        return Loaded(state.report, state.revision, conflicts)

    def require(self, report_id: str) -> None:
        """Raise :class:`NotFoundError` (naming the ids the store holds) when it holds no report
        ``report_id``; one ``stat``, the report not read (``lkj-tui -r ID`` before the TUI)."""
        path = self.path_for(report_id)
        if not os.path.isfile(path):
            raise NotFoundError(path, report_id, self._ids())

    def taken(self, report_id: str, tahun: int) -> tuple[ReportInfo | None, str]:
        """Of a report id the store holds: the report that holds it (None when it cannot be read)
        and the first free id of its kind ("laporan-2-2025" for "laporan-2025"), for a new report
        refused it (``new``, ``import``, the TUI's new report). Its meta only (the listing's cache
        when it has it): a report of 100k measures is not read to name it."""
        head = report_id.removesuffix(f"-{tahun}")
        n = 2
        while os.path.lexists(self.path_for(free := f"{head}-{n}-{tahun}")):
            n += 1
        try:
            return self._info(report_id, self.path_for(report_id), full=False), free
        except StoreError:
            return None, free

    def revision(self, report_id: str) -> int:
        """The saved revision (a stat when the file has not changed since it was last read)."""
        return self._info(report_id, self.path_for(report_id), full=False).revision

    @overload
    def list_reports(
        self, *, skip_broken: Literal[False] = False, progress: Progress | None = None
    ) -> list[ReportInfo]: ...
    @overload
    def list_reports(
        self, *, skip_broken: Literal[True], progress: Progress | None = None
    ) -> tuple[list[ReportInfo], list[StoreError]]: ...
    def list_reports(
        self, *, skip_broken: bool = False, progress: Progress | None = None
    ) -> list[ReportInfo] | tuple[list[ReportInfo], list[StoreError]]:
        """Reports by tahun (newest first) then instansi. A file that cannot be read raises its
        StoreError, or with ``skip_broken`` is left out and returned among the errors."""
        infos, errors = self._list(skip_broken=skip_broken, summaries=False, progress=progress)
        return (infos, errors) if skip_broken else infos

    def summaries(
        self, progress: Progress | None = None
    ) -> tuple[list[tuple[ReportInfo, ReportSummary]], list[StoreError]]:
        """Every report that can be read, in :meth:`list_reports` order, with its IKU summary
        (:func:`summarize`); the files that cannot be read as errors. A big store answers from its
        index: only the reports changed since the last listing are read and summarised."""
        infos, errors = self._list(skip_broken=True, summaries=True, progress=progress)
        return [(info, self._index.summaries[info.id][1]) for info in infos], errors

    def _list(
        self,
        *,
        skip_broken: bool,
        summaries: bool,
        progress: Progress | None = None,
        indexed_summaries: bool = False,
    ) -> tuple[list[ReportInfo], list[StoreError]]:
        """``indexed_summaries``: ``summaries`` where the store is big enough for the index."""
        with self._listing:
            return self._list_locked(
                skip_broken=skip_broken,
                summaries=summaries,
                progress=progress,
                indexed_summaries=indexed_summaries,
            )

    def _list_locked(
        self,
        *,
        skip_broken: bool,
        summaries: bool,
        progress: Progress | None,
        indexed_summaries: bool,
    ) -> tuple[list[ReportInfo], list[StoreError]]:
        infos: list[ReportInfo] = []
        errors: list[StoreError] = []
        self._read = None
        names = self._report_names()
        indexed = len(names) >= INDEX_MIN_REPORTS
        if indexed:
            self._index.read()
            summaries = summaries or indexed_summaries
        try:
            for done, name in enumerate(names):
                if progress is not None:
                    progress(done, len(names))
                report_id = name[:-5]  # the name without ".json"
                try:
                    if not is_report_id(report_id):
                        raise StoreError(
                            self.root / name,
                            "bad-name",
                            "nama berkas bukan id laporan yang sah (huruf kecil, angka, '.', '_', '-')",
                            "the file name is not a valid report id (lower-case, digits, '.', '_', '-')",
                        )
                    infos.append(self._info(report_id, None, full=True, summary=summaries))
                except NotFoundError:
                    continue
                except StoreError as exc:
                    if not skip_broken:
                        raise
                    errors.append(exc)
        finally:
            if indexed:
                self._index.write({name[:-5] for name in names})
        infos.sort(key=lambda i: (-i.tahun, i.instansi, i.id))
        read, self._read = self._read, None
        if infos and read is not None and read[0][2] == infos[0].id:
            self._newest = (infos[0].id, read[1], read[2])
        return infos, errors

    def latest_report_id(self) -> str:
        """The newest report that can be read. A file that cannot (a broken report, a stray
        ``*.json``, a FIFO…) is never chosen and never stops the others: it is left out and kept in
        :attr:`skipped` for the caller to mention. When no report can be read, the first refusal is
        raised (or ``NotFoundError`` for an empty store)."""
        return self.latest_report()[0]

    def latest_report(
        self, progress: Progress | None = None, *, indexed_summaries: bool = False
    ) -> tuple[str, list[ReportInfo]]:
        """:meth:`latest_report_id` and the listing it was chosen from (every report that can be
        read, in :meth:`list_reports` order): the TUI's start counts and picks years from it.
        ``indexed_summaries``: on a store big enough for the listing index, each report read is
        summarised in the same read (the TUI's overview, its start screen, then reads none
        again: cold, it read 2,000 files twice, ≈ 35 s each on a busy machine)."""
        infos, errors = self._list(
            skip_broken=True,
            summaries=False,
            progress=progress,
            indexed_summaries=indexed_summaries,
        )
        self.skipped = errors
        if not infos:
            if errors:
                raise errors[0]
            raise no_report(self.root)
        return infos[0].id, infos

    def note_summary(self, report_id: str, loaded: Loaded, summary: ReportSummary) -> None:
        """Give the IKU summary of ``loaded``, which :meth:`load` has just returned for
        ``report_id``, computed by the caller from that read (``check --all``: from the evaluation it
        makes anyway, :func:`summarize`). A listing of a big store then puts it in the listing
        index, with the file version that load read, as it puts its own reads: no file is read
        again to index it."""
        with self._listing:
            cached = self._cache.get(report_id)
            if cached is not None and cached[2] and cached[1].revision == loaded.revision:
                self._index.summaries[report_id] = (cached[0], summary)

    def report_ids(self) -> list[str]:
        """The ids of the report files, without reading them (a file whose name is not an id is
        left out: :meth:`list_reports` names it)."""
        return self._ids()

    def generations(self, report_id: str) -> list[Generation]:
        """The kept good versions of a report, newest first. An older lkj-tui's temp files in its
        generations folder are removed as it is listed, while the report's lock is free
        (:func:`~lkj_tui.storage.generations.list_generations`)."""
        return gens.list_generations(self.root, report_id)

    def last_committed(self, report_id: str) -> tuple[bytes, int, float] | None:
        """In a shared store, the newest version of the report its history holds that reads (a
        file broken by hand that a commit took along is passed over): its bytes, revision and
        commit time; None elsewhere (share50)."""
        path = self.path_for(report_id)
        for data, at in history.committed(self.root, report_id):
            try:
                state = decode_text(file_text(data, path), path, report_id, _same)[0]
            except StoreError:
                continue
            return data, state.revision, at
        return None

    # ------------------------------------------------------------------ internals: reading

    def _folder_names(self) -> list[str]:
        """The names in the store folder: its one listing (``Store()`` removes the temp files
        and checks for a report from the same one)."""
        try:
            return os.listdir(self.root)
        except OSError as exc:
            raise from_os_error(self.root, exc, "membaca", "reading", writing=False) from exc

    def _report_names(self) -> list[str]:
        """The names of the report files (:func:`report_names` of the folder's names)."""
        return report_names(self._folder_names())

    def _ids(self) -> list[str]:
        return [n[:-5] for n in self._report_names() if is_report_id(n[:-5])]

    @contextmanager
    def _snapshot(
        self, path: Path, report_id: str, *, fresh: bool = False
    ) -> Iterator[tuple[Any, AtomicJSONStorage]]:
        """A fresh TinyDB over one strict read of ``path`` (a transaction: commit to write)."""
        from tinydb import TinyDB  # (only here: the reading commands never import it)

        db = TinyDB(path, storage=AtomicJSONStorage)
        storage = cast(AtomicJSONStorage, db.storage)
        try:
            try:
                storage.begin(fresh=fresh)
            except StoreError as exc:
                raise self._with_restore_hint(exc, report_id) from None
            if not fresh and storage.signature is None:
                raise NotFoundError(path, report_id, self._ids())
            yield db, storage
        finally:
            db.close()

    def _read_state(
        self, path: Path, report_id: str, *, nodes: bool = True
    ) -> tuple[State, FileSig]:
        """One strict read of ``path`` (meta only unless ``nodes``; refusals with their way out).
        Only its text is alive while the report is built, not its bytes; a big file's text
        (above ``WHOLE_TEXT_MAX``) in pieces, each dropped once read (``decode_pieces``). What
        that reading does not take to the end is read again and parsed whole, whose answer or
        refusal stands (the file as it is then, with its identity)."""
        data, sig = self._read_bytes(path, report_id)
        if len(data) > records.WHOLE_TEXT_MAX:
            pieces = self._text(file_pieces, data, path, report_id)
            del data
            read = decode_pieces(pieces, path, report_id, nodes=nodes, ids=False)
            if read is not None:
                return read[0], sig
            data, sig = self._read_bytes(path, report_id)
        text = self._text(file_text, data, path, report_id)
        del data

        def hint(err: StoreError) -> StoreError:
            return self._with_restore_hint(err, report_id)

        return decode_whole(text, path, report_id, hint, nodes=nodes, ids=False)[0], sig

    def _decode_text(
        self, text: str, path: Path, report_id: str, *, nodes: bool = True, ids: bool = True
    ) -> tuple[State, dict[str, Any]]:
        def hint(err: StoreError) -> StoreError:
            return self._with_restore_hint(err, report_id)

        return decode_text(text, path, report_id, hint, nodes=nodes, ids=ids)

    def _read_bytes(self, path: Path, report_id: str) -> tuple[bytes, FileSig]:
        """The bytes of ``path`` and the identity of the version read."""
        try:
            raw = tinystorage.read(path)
        except StoreError as exc:
            raise self._with_restore_hint(exc, report_id) from None
        if raw is None:
            raise NotFoundError(path, report_id, self._ids())
        return raw

    def _text(
        self, text_of: Callable[[bytes, Path], _T], data: bytes, path: Path, report_id: str
    ) -> _T:
        """``text_of(data, path)`` (``file_text``, ``file_pieces``), refused with the way out."""
        try:
            return text_of(data, path)
        except StoreError as exc:
            raise self._with_restore_hint(exc, report_id) from None

    def _decode(self, db: Any, path: Path, report_id: str, *, nodes: bool = True) -> State:
        return self._decode_tables(db.storage.read(), path, report_id, nodes=nodes)

    def _decode_tables(
        self, tables: Any, path: Path, report_id: str, *, nodes: bool = True
    ) -> State:
        def hint(err: StoreError) -> StoreError:
            return self._with_restore_hint(err, report_id)

        return decode(tables, path, report_id, hint, nodes=nodes)

    def _with_restore_hint(self, err: StoreError, report_id: str) -> StoreError:
        def has_seed() -> bool:
            return self._seed_report(report_id) is not None

        def committed() -> tuple[int, float] | None:
            found = self.last_committed(report_id)
            return None if found is None else found[1:]

        return gens.with_restore_hint(err, self.root, report_id, has_seed, committed)

    def _info(
        self, report_id: str, path: Path | None, *, full: bool, summary: bool = False
    ) -> ReportInfo:
        """From the cache (or the listing index) while the file is unchanged; else a strict read
        (meta only unless ``full``: a listing checks every node, so that every listed report also
        loads). With ``summary`` the report's :class:`ReportSummary` is made ready too. ``path``:
        the report's file, None for a valid id's (the listing: its ``Path`` is made only for a
        report it reads or names)."""
        try:  # a link's own identity: never the file it names
            sig = FileSig.of(os.lstat(f"{self._folder}{report_id}.json" if path is None else path))
        except OSError as exc:
            path = self.root / f"{report_id}.json" if path is None else path
            if isinstance(exc, FileNotFoundError):
                raise NotFoundError(path, report_id, self._ids()) from None
            raise from_os_error(path, exc, "membaca", "reading", writing=False) from exc
        cached = self._cache.get(report_id)
        summarized = self._index.summary(report_id, sig) is not None
        if cached and cached[0] == sig and (cached[2] or not full) and (summarized or not summary):
            if full and cached[3]:  # read in full before this listing (a load): indexed as well
                info = cached[1]
                held = (info.instansi, info.tahun, info.revision, info.conflicts, info.pemerintah)
                self._index.keep(report_id, sig, held)
            return cached[1]
        if full and (found := self._index.lookup(report_id, sig, summary=summary)) is not None:
            info = ReportInfo(report_id, *found[:2], self.root, found[2], found[3], found[4])
            self._cache[report_id] = (sig, info, True, False)  # (indexed already)
            return info
        if path is None:
            path = self.root / f"{report_id}.json"
        with gc_paused():
            state, read_sig = self._read_state(path, report_id, nodes=full)
            meta = state.report.meta
            conflicts = recorded_conflicts(state.meta_extra)
            info = self._remember(
                report_id, read_sig, meta, state.revision, full=full, conflicts=len(conflicts)
            )
            if full:
                key = (-meta.tahun, meta.instansi, report_id)  # the listing's order
                if self._read is None or key < self._read[0]:
                    self._read = (key, read_sig, Loaded(state.report, state.revision, conflicts))
                computed = summarize(state.report) if summary else None
                indexed = (
                    info.instansi,
                    info.tahun,
                    info.revision,
                    info.conflicts,
                    info.pemerintah,
                )
                self._index.note(report_id, read_sig, indexed, computed)
            return info

    def _remember(
        self,
        report_id: str,
        sig: FileSig | None,
        meta: ReportMeta,
        revision: int,
        *,
        full: bool,
        conflicts: int = 0,
    ) -> ReportInfo:
        info = ReportInfo(
            report_id, meta.instansi, meta.tahun, self.root, revision, conflicts, meta.pemerintah
        )
        if sig is not None:
            self._cache[report_id] = (sig, info, full, full and settled(sig))
        return info


def no_report(root: Path) -> NotFoundError:
    """What the store folder ``root``, which holds no report, is refused with: the reports a
    shared store's history still holds (:func:`history.gone`), else those whose versions are
    kept here (``restore`` brings them back: a store emptied by hand was offered only an import
    or the example), and whether it held reports before (a report's lock file, the change
    journal, kept versions left: "no longer", not "yet")."""
    from lkj_tui.storage.journal import JOURNAL_DIR
    from lkj_tui.storage.paths import GENERATIONS_DIR

    gone = history.gone(root)
    try:
        names = os.listdir(root)
    except OSError:
        names = []
    held = any(n.endswith(".json.lock") or n in (JOURNAL_DIR, GENERATIONS_DIR) for n in names)
    kept: list[str] = []
    folder = root / GENERATIONS_DIR
    if not gone and GENERATIONS_DIR in names:
        with suppress(OSError, StoreError):  # (one that cannot be read: nothing to offer)
            if stat.S_ISDIR(os.lstat(folder).st_mode):  # (never through a link)
                ids = [e.name for e in os.scandir(folder) if is_report_id(e.name)]
                kept = sorted(i for i in ids if gens.list_generations(root, i))
    return NotFoundError(root, None, [], gone, kept, held)
