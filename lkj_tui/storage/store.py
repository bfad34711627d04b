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
"""

from __future__ import annotations

import functools
import json
import os
import re
import secrets
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, Literal, NamedTuple, cast, overload

from tinydb import TinyDB

from lkj_tui.core.model import SCHEMA_VERSION, ModelError, Node, Report, ReportMeta
from lkj_tui.storage import atomic
from lkj_tui.storage.atomic import AtomicJSONStorage, FileSig, read_file, temp_target
from lkj_tui.storage.errors import (
    ConflictError,
    LockTimeoutError,
    NotFoundError,
    StoreError,
    from_os_error,
)

ENV_VAR = "LKJ_TUI_STORE"
GENERATIONS_KEPT = 5
GENERATIONS_DIR = ".generations"
_ID_RE = re.compile(r"[a-z0-9][a-z0-9._-]{0,80}")
_GEN_RE = re.compile(r"([0-9]{1,18})\.json")
#: Codes of the errors that mean "this file's content cannot be used" (a restore may help).
REFUSALS = frozenset(
    {"empty", "bom", "nul", "encoding", "whitespace", "non-finite", "trailing-data", "truncated"}
    | {"invalid-json", "not-object", "bad-table", "missing-meta", "bad-meta", "schema", "bad-field"}
    | {"id-mismatch", "missing-nodes"}
)
_DATA_ERRORS = (ValueError, TypeError, KeyError, AttributeError, RecursionError)
#: The listing index is kept only for stores of at least this many reports (below that, reading
#: the report files themselves is about as fast as reading an index).
INDEX_MIN_REPORTS = 20
_INDEX_FORMAT = 1
#: A file changed less than this long ago is not indexed: file times are coarse (a clock tick), so
#: a same-size rewrite within the tick could keep the identity (the "racy git" problem).
_RACY_NS = 2_000_000_000


@dataclass(frozen=True)
class ReportInfo:
    id: str
    instansi: str
    tahun: int
    path: Path
    revision: int


@dataclass(frozen=True)
class Loaded:
    report: Report
    revision: int


@dataclass(frozen=True)
class ReportSummary:
    """The IKU roll-up of one report: the figures ``Evaluation(report).summary()`` gives."""

    indicators: int  # IKU counted
    measured: int  # IKU with a capaian
    under_target: int  # IKU under target
    average: Decimal | None  # mean IKU capaian, rounded half up to 2 decimals


def summarize(report: Report) -> ReportSummary:
    """Summarise the IKU of ``report``: the engine runs on the IKU and their parents only (the
    summary counts nothing else), a few per cent of the nodes of a big report."""
    from lkj_tui.core.evaluate import Evaluation  # the engine is imported only where needed

    keep: set[str] = set()
    for node in report.walk():
        if node.kind == "iku" and node.id not in keep:
            keep.add(node.id)
            keep.update(a.id for a in report.ancestors(node.id))
    iku_only = Report(report.meta, [n for n in report.walk() if n.id in keep])
    s = Evaluation(iku_only).summary()
    return ReportSummary(s.indicators, s.measured, s.under_target, s.average)


@functools.cache
def _engine_key() -> str:
    """Names the rules summaries were computed with (lkj-tui's version and the core's source), so an
    index written by another version has its summaries computed again."""
    import hashlib

    from lkj_tui import __version__, core

    digest = hashlib.sha256(__version__.encode())
    folder = Path(core.__file__).parent
    for name in ("engine.py", "evaluate.py", "values.py", "numbers.py", "scales.py", "model.py"):
        with suppress(OSError):
            digest.update((folder / name).read_bytes())
    return digest.hexdigest()[:16]


def index_path(root: Path) -> Path:
    """Where the listing index of the store folder ``root`` is kept: the user's cache folder."""
    import hashlib

    import platformdirs

    key = hashlib.sha256(os.fsencode(Path(root).resolve())).hexdigest()[:24]
    cache = Path(platformdirs.user_cache_dir("lkj-tui", appauthor=False))
    return cache / "index" / f"{key}.json"


class Generation(NamedTuple):
    revision: int
    path: Path
    mtime: float


@dataclass
class _State:
    report: Report
    revision: int
    meta_doc_id: int
    doc_ids: dict[str, int]  # node id → TinyDB document id
    records: dict[str, dict[str, Any]]  # node id → the record as stored


def default_store_path() -> Path:
    import platformdirs  # only when neither --store nor $LKJ_TUI_STORE names the store

    return Path(platformdirs.user_data_dir("lkj-tui", appauthor=False)) / "store"


def resolve_store_path(cli_value: str | Path | None) -> Path:
    """``--store``, else ``$LKJ_TUI_STORE``, else the platform's user data folder."""
    if cli_value is not None and str(cli_value) != "":
        return Path(cli_value).expanduser()
    if env := os.environ.get(ENV_VAR, ""):
        return Path(env).expanduser()
    return default_store_path()


def validate_report_id(report_id: object) -> str:
    if isinstance(report_id, str) and _ID_RE.fullmatch(report_id):
        return report_id
    raise StoreError(
        None,
        "bad-id",
        f"id laporan {report_id!r} tidak sah: gunakan huruf kecil a-z, angka 0-9, '.', '_' atau '-', "
        "diawali huruf atau angka, paling panjang 81 karakter",
        f"invalid report id {report_id!r}: use lower-case a-z, digits 0-9, '.', '_' or '-', "
        "starting with a letter or digit, at most 81 characters",
    )


def replace_meta(report: Report, **changes: Any) -> None:
    """Edit report-level fields inside an ``update`` change (the id cannot change)."""
    if changes.get("id", report.meta.id) != report.meta.id:
        raise ModelError("id laporan tidak dapat diubah")
    report.meta = replace(report.meta, **changes)


def _replacing(record: dict[str, Any]) -> Callable[[dict[str, Any]], None]:
    def apply(doc: dict[str, Any]) -> None:
        doc.clear()
        doc.update(record)

    return apply


class Store:
    """All reports of one store folder. Safe to use from several processes at once."""

    def __init__(
        self,
        root: Path,
        *,
        seed: Report | Callable[[], Report] | None = None,
        lock_timeout: float = 10.0,
    ) -> None:
        """Open (and create) the store folder and remove stale temp files. When the folder holds no
        report yet, ``seed`` (a Report, or a function returning one, called only then) is imported."""
        self.root = Path(root)
        self.lock_timeout = lock_timeout
        self._seed = seed
        self._cache: dict[str, tuple[FileSig, ReportInfo, bool]] = {}
        self._summaries: dict[str, tuple[FileSig, ReportSummary]] = {}
        self._index: dict[str, Any] | None = None  # the listing index, once read
        self._index_changed = False
        self._listing = threading.Lock()  # the TUI lists from worker threads
        try:
            self.root.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise from_os_error(self.root, exc, "membuat folder", "creating the folder") from exc
        self._remove_stale_temps()
        if seed is not None and not self._report_files():
            try:
                self.import_report(cast(Report, self._seed_report(None)))
            except StoreError as exc:  # another process seeded it first
                if exc.code != "exists":
                    raise

    def _seed_report(self, report_id: str | None) -> Report | None:
        """The seed (resolved once), if there is one and it has ``report_id`` (any id for None)."""
        if callable(self._seed):
            self._seed = self._seed()
        if self._seed is None or report_id not in (None, self._seed.meta.id):
            return None
        return self._seed

    # ------------------------------------------------------------------ reading

    def path_for(self, report_id: str) -> Path:
        return self.root / f"{validate_report_id(report_id)}.json"

    def load(self, report_id: str) -> Loaded:
        path = self.path_for(report_id)
        with self._snapshot(path, report_id) as (db, storage):
            state = self._decode(db, path, report_id)
            self._remember(
                report_id, storage.signature, state.report.meta, state.revision, full=True
            )
        return Loaded(state.report, state.revision)

    def revision(self, report_id: str) -> int:
        """The saved revision (a stat when the file has not changed since it was last read)."""
        return self._info(report_id, self.path_for(report_id), full=False).revision

    @overload
    def list_reports(self, *, skip_broken: Literal[False] = False) -> list[ReportInfo]: ...
    @overload
    def list_reports(
        self, *, skip_broken: Literal[True]
    ) -> tuple[list[ReportInfo], list[StoreError]]: ...
    def list_reports(
        self, *, skip_broken: bool = False
    ) -> list[ReportInfo] | tuple[list[ReportInfo], list[StoreError]]:
        """Reports by tahun (newest first) then instansi. A file that cannot be read raises its
        StoreError, or with ``skip_broken`` is left out and returned among the errors."""
        infos, errors = self._list(skip_broken=skip_broken, summaries=False)
        return (infos, errors) if skip_broken else infos

    def summaries(self) -> tuple[list[tuple[ReportInfo, ReportSummary]], list[StoreError]]:
        """Every report that can be read, in :meth:`list_reports` order, with its IKU summary
        (:func:`summarize`); the files that cannot be read as errors. A big store answers from its
        index: only the reports changed since the last listing are read and summarised."""
        infos, errors = self._list(skip_broken=True, summaries=True)
        return [(info, self._summaries[info.id][1]) for info in infos], errors

    def _list(
        self, *, skip_broken: bool, summaries: bool
    ) -> tuple[list[ReportInfo], list[StoreError]]:
        with self._listing:
            return self._list_locked(skip_broken=skip_broken, summaries=summaries)

    def _list_locked(
        self, *, skip_broken: bool, summaries: bool
    ) -> tuple[list[ReportInfo], list[StoreError]]:
        infos: list[ReportInfo] = []
        errors: list[StoreError] = []
        paths = self._report_files()
        indexed = len(paths) >= INDEX_MIN_REPORTS
        if indexed:
            self._read_index()
        try:
            for path in paths:
                try:
                    if not _ID_RE.fullmatch(path.stem):
                        raise StoreError(
                            path,
                            "bad-name",
                            "nama berkas bukan id laporan yang sah (huruf kecil, angka, '.', '_', '-')",
                            "the file name is not a valid report id (lower-case, digits, '.', '_', '-')",
                        )
                    infos.append(self._info(path.stem, path, full=True, summary=summaries))
                except NotFoundError:
                    continue
                except StoreError as exc:
                    if not skip_broken:
                        raise
                    errors.append(exc)
        finally:
            if indexed:
                self._write_index({p.stem for p in paths})
        infos.sort(key=lambda i: (-i.tahun, i.instansi, i.id))
        return infos, errors

    def latest_report_id(self) -> str:
        infos = self.list_reports()
        if not infos:
            raise NotFoundError(self.root, None, [])
        return infos[0].id

    def generations(self, report_id: str) -> list[Generation]:
        """The kept good versions of a report, newest first."""
        folder = self.root / GENERATIONS_DIR / validate_report_id(report_id)
        out: list[Generation] = []
        try:
            entries = list(os.scandir(folder))
        except FileNotFoundError:
            return []
        except OSError as exc:
            raise from_os_error(folder, exc, "membaca", "reading", writing=False) from exc
        for entry in entries:
            if match := _GEN_RE.fullmatch(entry.name):
                with suppress(FileNotFoundError):
                    out.append(Generation(int(match[1]), Path(entry.path), entry.stat().st_mtime))
        return sorted(out, reverse=True)

    # ------------------------------------------------------------------ writing

    def import_report(self, report: Report, *, overwrite: bool = False) -> ReportInfo:
        report_id = validate_report_id(report.meta.id)
        path = self.path_for(report_id)
        meta, records = self._serialise(report, path)
        with self._locked(report_id):
            revision = self._prepare_replace(report_id, path, overwrite=overwrite) + 1
            self._write_fresh(path, meta, records, revision)
        return ReportInfo(report_id, report.meta.instansi, report.meta.tahun, path, revision)

    def update(
        self,
        report_id: str,
        change: Callable[[Report], None],
        *,
        expected_revision: int | None = None,
    ) -> Loaded:
        """Read-check-write under the lock: ``change`` edits the freshly read Report in place
        (``report.replace_node`` or :func:`replace_meta`); the file is written once. Exceptions from
        ``change`` propagate and nothing is written."""
        path = self.path_for(report_id)
        with self._locked(report_id), self._snapshot(path, report_id) as (db, storage):
            state = self._decode(db, path, report_id)
            if expected_revision is not None and expected_revision != state.revision:
                raise ConflictError(path, expected_revision, state.revision)
            change(state.report)
            if state.report.meta.id != report_id:
                raise self._invalid(path, ModelError("id laporan tidak dapat diubah"))
            meta, records = self._serialise(state.report, path, state.records)
            revision = state.revision + 1
            self._stage(db, state, meta, records, revision)
            self._keep_generation(report_id, path, state.revision)
            storage.commit()
            with suppress(OSError):
                sig = FileSig.of(os.stat(path))
                self._remember(report_id, sig, state.report.meta, revision, full=True)
        return Loaded(state.report, revision)

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
                raise self._invalid(path, exc) from exc

        return self.update(report_id, change, expected_revision=expected_revision).revision

    def save_meta(self, report_id: str, meta: ReportMeta, *, expected_revision: int) -> int:
        """Replace the report-level fields (same id); returns the new revision."""
        return self.update(
            report_id,
            lambda report: replace_meta(report, **vars(meta)),
            expected_revision=expected_revision,
        ).revision

    def restore(self, report_id: str, revision: int | None = None) -> Loaded:
        """Write a kept generation back as a new revision (the newest good one when ``revision`` is
        None; the bundled seed when no generation is left). An unreadable current file is set aside
        in the generations folder as ``refused-<time>.json`` first."""
        path = self.path_for(report_id)
        with self._locked(report_id):
            report = self._restore_source(report_id, path, revision)
            meta, records = self._serialise(report, path)
            new_revision = self._prepare_replace(report_id, path, overwrite=True) + 1
            self._write_fresh(path, meta, records, new_revision)
        return Loaded(report, new_revision)

    # ------------------------------------------------------------------ internals: reading

    def _report_files(self) -> list[Path]:
        try:
            names = [e.name for e in os.scandir(self.root) if e.name.endswith(".json")]
        except OSError as exc:
            raise from_os_error(self.root, exc, "membaca", "reading", writing=False) from exc
        return [self.root / n for n in sorted(names) if not n.startswith(".")]

    def _ids(self) -> list[str]:
        return [p.stem for p in self._report_files() if _ID_RE.fullmatch(p.stem)]

    @contextmanager
    def _snapshot(
        self, path: Path, report_id: str, *, fresh: bool = False
    ) -> Iterator[tuple[Any, AtomicJSONStorage]]:
        """A fresh TinyDB over one strict read of ``path`` (a transaction: commit to write)."""
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

    def _refuse(self, path: Path, report_id: str, code: str, problem: str, en: str) -> StoreError:
        return self._with_restore_hint(StoreError(path, code, problem, en), report_id)

    def _decode(self, db: Any, path: Path, report_id: str, *, nodes: bool = True) -> _State:
        tables = db.tables()
        meta_docs = db.table("meta").all()
        if not meta_docs:
            raise self._refuse(
                path, report_id, "missing-meta",
                "tabel 'meta' tidak ada atau kosong; ini bukan berkas laporan lkj-tui",
                "the 'meta' table is missing or empty; this is not an lkj-tui report file",
            )  # fmt: skip
        if len(meta_docs) != 1:
            raise self._refuse(
                path, report_id, "bad-meta",
                f"tabel 'meta' harus berisi satu dokumen, bukan {len(meta_docs)}",
                f"the 'meta' table must hold one document, not {len(meta_docs)}",
            )  # fmt: skip
        doc = meta_docs[0]
        schema = doc.get("schema")
        if type(schema) is not int or schema != SCHEMA_VERSION:
            newer = type(schema) is int and schema > SCHEMA_VERSION
            err = StoreError(
                path, "schema",
                f"versi skema {schema!r} tak dikenal (lkj-tui ini membaca skema {SCHEMA_VERSION})",
                f"unknown schema version {schema!r} (this lkj-tui reads schema {SCHEMA_VERSION})",
            )  # fmt: skip
            err = self._with_restore_hint(err, report_id)
            if newer:
                err = err.with_hint(
                    f"Berkas ini dibuat oleh lkj-tui yang lebih baru: perbarui lkj-tui. {err.hint}",
                    f"The file was written by a newer lkj-tui: upgrade lkj-tui. {err.hint_en}",
                )
            raise err
        revision = doc.get("revision")
        if type(revision) is not int or revision < 0:
            raise self._refuse(
                path, report_id, "bad-field",
                f"meta: 'revision' harus bilangan bulat >= 0, bukan {revision!r}",
                f"meta: 'revision' must be an integer >= 0, not {revision!r}",
            )  # fmt: skip
        node_docs = db.table("nodes").all() if nodes else []
        try:
            meta = ReportMeta.from_dict(doc.get("report"), "meta.report")
            node_list = [Node.from_record(d, f"nodes[{d.doc_id}]") for d in node_docs]
            report = Report(meta, node_list)
        except _DATA_ERRORS as exc:
            raise self._refuse(
                path, report_id, "bad-field", f"isi tidak sah: {exc}", f"invalid content: {exc}"
            ) from None
        if meta.id != report_id:
            raise self._refuse(
                path, report_id, "id-mismatch",
                f"id laporan di dalam berkas ('{meta.id}') berbeda dari nama berkas ('{report_id}')",
                f"the report id in the file ('{meta.id}') differs from the file name ('{report_id}')",
            )  # fmt: skip
        if "nodes" not in tables:
            raise self._refuse(
                path,
                report_id,
                "missing-nodes",
                "tabel 'nodes' tidak ada",
                "the 'nodes' table is missing",
            )
        records = {n.id: r for n, r in zip(node_list, node_docs, strict=True)}
        doc_ids = {node_id: r.doc_id for node_id, r in records.items()}
        return _State(report, revision, doc.doc_id, doc_ids, records)

    def _info(self, report_id: str, path: Path, *, full: bool, summary: bool = False) -> ReportInfo:
        """From the cache (or the listing index) while the file is unchanged; else a strict read
        (meta only unless ``full``: a listing checks every node, so that every listed report also
        loads). With ``summary`` the report's :class:`ReportSummary` is made ready too."""
        try:
            sig = FileSig.of(os.stat(path))
        except FileNotFoundError:
            raise NotFoundError(path, report_id, self._ids()) from None
        except OSError as exc:
            raise from_os_error(path, exc, "membaca", "reading", writing=False) from exc
        cached = self._cache.get(report_id)
        summarized = self._summaries.get(report_id, (None,))[0] == sig
        if cached and cached[0] == sig and (cached[2] or not full) and (summarized or not summary):
            return cached[1]
        if full and (info := self._from_index(report_id, path, sig, summary)) is not None:
            return info
        with self._snapshot(path, report_id) as (db, storage):
            state = self._decode(db, path, report_id, nodes=full)
            meta = state.report.meta
            info = self._remember(report_id, storage.signature, meta, state.revision, full=full)
            if full and storage.signature is not None:
                found = summarize(state.report) if summary else None
                self._note(report_id, storage.signature, info, found)
            return info

    def _remember(
        self, report_id: str, sig: FileSig | None, meta: ReportMeta, revision: int, *, full: bool
    ) -> ReportInfo:
        info = ReportInfo(report_id, meta.instansi, meta.tahun, self.path_for(report_id), revision)
        if sig is not None:
            self._cache[report_id] = (sig, info, full)
        return info

    # ------------------------------------------------------------------ internals: listing index

    def _read_index(self) -> None:
        """Read the listing index once per Store (a missing or unreadable one is an empty one)."""
        if self._index is not None:
            return
        self._index = {}
        try:
            data = json.loads(index_path(self.root).read_bytes())
        except (OSError, ValueError, RecursionError):
            return
        if not isinstance(data, dict) or data.get("format") != _INDEX_FORMAT:
            return
        reports = data.get("reports")
        if isinstance(reports, dict):
            if data.get("engine") != _engine_key():  # other rules: summaries are recomputed
                for entry in reports.values():
                    if isinstance(entry, dict):
                        entry["summary"] = None
            self._index = reports

    def _from_index(
        self, report_id: str, path: Path, sig: FileSig, summary: bool
    ) -> ReportInfo | None:
        """The indexed info of exactly this file version (and its summary when asked), or None."""
        entry = (self._index or {}).get(report_id)
        try:
            if not isinstance(entry, dict) or FileSig(*entry["sig"]) != sig:
                return None
            instansi, tahun, revision = entry["instansi"], entry["tahun"], entry["revision"]
            if not (isinstance(instansi, str) and type(tahun) is int and type(revision) is int):
                return None
            found = entry.get("summary")
            if found is not None:
                indicators, measured, under, average = found
                if not all(type(n) is int for n in (indicators, measured, under)):
                    return None
                if average is not None and not isinstance(average, str):
                    return None
                counted = ReportSummary(
                    indicators, measured, under, None if average is None else Decimal(average)
                )
                self._summaries[report_id] = (sig, counted)
            elif summary:
                return None
        except (TypeError, ValueError, InvalidOperation):
            return None
        info = ReportInfo(report_id, instansi, tahun, path, revision)
        self._cache[report_id] = (sig, info, True)
        return info

    def _note(
        self, report_id: str, sig: FileSig, info: ReportInfo, summary: ReportSummary | None
    ) -> None:
        """Record what a full strict read of this file version found."""
        if summary is not None:
            self._summaries[report_id] = (sig, summary)
        if self._index is None or max(sig.mtime_ns, sig.ctime_ns) > time.time_ns() - _RACY_NS:
            return
        found = self._summaries.get(report_id)
        self._index[report_id] = {
            "sig": list(sig),
            "instansi": info.instansi,
            "tahun": info.tahun,
            "revision": info.revision,
            "summary": None
            if found is None or found[0] != sig
            else [
                found[1].indicators,
                found[1].measured,
                found[1].under_target,
                None if found[1].average is None else str(found[1].average),
            ],
        }
        self._index_changed = True

    def _write_index(self, present: set[str]) -> None:
        """Write the index if it changed (atomically, without fsync: it is a cache); never fails."""
        if self._index is None:
            return
        for gone in [k for k in self._index if k not in present]:
            del self._index[gone]
            self._index_changed = True
        if not self._index_changed:
            return
        self._index_changed = False
        data = {
            "format": _INDEX_FORMAT,
            "root": str(self.root),
            "engine": _engine_key(),
            "reports": self._index,
        }
        path = index_path(self.root)
        tmp = path.with_name(f".{path.name}.{secrets.token_hex(6)}.tmp")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with open(tmp, "x", encoding="utf-8") as handle:
                json.dump(data, handle, ensure_ascii=False, separators=(",", ":"))
            os.replace(tmp, path)
        except (OSError, ValueError):
            with suppress(OSError):
                tmp.unlink()

    def _with_restore_hint(self, err: StoreError, report_id: str) -> StoreError:
        if err.code not in REFUSALS:
            return err
        with suppress(StoreError):
            if gens := self.generations(report_id):
                return err.with_hint(
                    "Berkas tidak diubah. Pulihkan versi terakhir yang baik (revisi "
                    f"{gens[0].revision}): lkj-tui restore {report_id}",
                    f"The file was not changed. Restore the last good version (revision "
                    f"{gens[0].revision}): lkj-tui restore {report_id}",
                )
        if self._seed_report(report_id) is not None:
            return err.with_hint(
                f"Berkas tidak diubah. Pulihkan dari laporan bawaan: lkj-tui restore {report_id}",
                "The file was not changed. Restore it from the bundled report: "
                f"lkj-tui restore {report_id}",
            )
        return err.with_hint(
            "Berkas tidak diubah. Belum ada versi cadangan (lkj-tui restore "
            f"{report_id} tidak dapat membantu); perbaiki berkas ini atau impor ulang laporannya",
            f"The file was not changed. No earlier version is kept (lkj-tui restore {report_id} "
            "cannot help); repair this file or import the report again",
        )

    def _restore_source(self, report_id: str, path: Path, revision: int | None) -> Report:
        gens = self.generations(report_id)
        for gen in gens:
            if revision is not None and gen.revision != revision:
                continue
            try:
                with self._snapshot(gen.path, report_id) as (db, _storage):
                    return self._decode(db, gen.path, report_id).report
            except StoreError:
                if revision is not None:
                    raise
        seed = self._seed_report(report_id) if revision is None else None
        if seed is not None:
            return Report.from_records(seed.meta.to_dict(), seed.to_records())
        kept = ", ".join(str(g.revision) for g in gens) or "tidak ada / none"
        wanted = f"revisi {revision}" if revision is not None else "versi yang baik"
        wanted_en = f"revision {revision}" if revision is not None else "good version"
        raise StoreError(
            path,
            "no-generation",
            f"tidak ada {wanted} yang tersimpan untuk dipulihkan (revisi tersimpan: {kept})",
            f"no kept {wanted_en} to restore (kept revisions: {kept})",
        )

    # ------------------------------------------------------------------ internals: writing

    @contextmanager
    def _locked(self, report_id: str) -> Iterator[None]:
        from filelock import FileLock, Timeout  # only writers lock: reads stay off its import

        lock_path = self.root / f"{report_id}.json.lock"
        lock = FileLock(str(lock_path), timeout=self.lock_timeout)
        try:
            lock.acquire()
        except Timeout:
            raise LockTimeoutError(self.path_for(report_id), self.lock_timeout) from None
        except OSError as exc:
            raise from_os_error(lock_path, exc, "mengunci laporan", "locking the report") from exc
        try:
            yield
        finally:
            lock.release()

    def _invalid(self, path: Path, exc: Exception) -> StoreError:
        return StoreError(
            path,
            "invalid-change",
            f"perubahan tidak sah: {exc}; berkas tidak diubah",
            f"invalid change: {exc}; the file was not changed",
        )

    def _serialise(
        self, report: Report, path: Path, stored: dict[str, dict[str, Any]] | None = None
    ) -> tuple[dict[str, Any], list[dict[str, Any]]]:
        """Meta and node records, checked to read back as they will be written (records equal to
        ``stored`` ones were read from the file and need no second check)."""
        meta, records = report.meta.to_dict(), report.to_records()
        stored = stored or {}
        try:
            if len(records) != len(report):
                raise ModelError("ada simpul yang tidak terhubung ke pohon laporan")
            nodes = [
                report.node(r["id"]) if stored.get(r["id"]) == r else Node.from_record(r)
                for r in records
            ]
            Report(ReportMeta.from_dict(meta), nodes)
        except _DATA_ERRORS as exc:
            raise self._invalid(path, exc) from None
        return meta, records

    def _stage(
        self,
        db: Any,
        state: _State,
        meta: dict[str, Any],
        records: list[dict[str, Any]],
        revision: int,
    ) -> None:
        """Apply the difference to the in-memory TinyDB tables; untouched records stay as they are."""
        table = db.table("nodes")
        for record in records:
            doc_id = state.doc_ids.get(record["id"])
            if doc_id is None:
                table.insert(record)
            elif state.records[record["id"]] != record:
                table.update(_replacing(record), doc_ids=[doc_id])
        kept = {r["id"] for r in records}
        if gone := [d for node_id, d in state.doc_ids.items() if node_id not in kept]:
            table.remove(doc_ids=gone)
        document = {"schema": SCHEMA_VERSION, "revision": revision, "report": meta}
        db.table("meta").update(_replacing(document), doc_ids=[state.meta_doc_id])

    def _write_fresh(
        self, path: Path, meta: dict[str, Any], records: list[dict[str, Any]], revision: int
    ) -> None:
        with self._snapshot(path, path.stem, fresh=True) as (db, storage):
            db.table("meta").insert(
                {"schema": SCHEMA_VERSION, "revision": revision, "report": meta}
            )
            db.table("nodes").insert_multiple(records)
            storage.commit()

    def _prepare_replace(self, report_id: str, path: Path, *, overwrite: bool) -> int:
        """Before writing a whole new file (under the lock): keep the current one as a generation, or
        set it aside if it cannot be read. Returns the highest revision used so far for this id."""
        highest = max((g.revision for g in self.generations(report_id)), default=0)
        if not path.exists():
            return highest
        if not overwrite:
            raise StoreError(
                path,
                "exists",
                f"laporan '{report_id}' sudah ada di penyimpanan; tidak ditimpa",
                f"report '{report_id}' already exists in the store; not overwritten",
            )
        try:
            with self._snapshot(path, report_id) as (db, _storage):  # every node: only a good
                current = self._decode(db, path, report_id).revision  # file becomes a generation
        except StoreError as exc:
            if exc.code not in REFUSALS:
                raise
            stamp = f"{time.strftime('%Y%m%dT%H%M%S')}-{secrets.token_hex(3)}"
            self._keep(report_id, path, f"refused-{stamp}.json")
            return highest
        self._keep_generation(report_id, path, current)
        return max(current, highest)

    def _keep_generation(self, report_id: str, path: Path, revision: int) -> None:
        """Keep the current good file as generation ``revision`` and prune to the newest few. A failure
        here does not stop the save (the save itself reports a full disk or a read-only folder)."""
        with suppress(StoreError):
            self._keep(report_id, path, f"{revision}.json")
            for old in self.generations(report_id)[GENERATIONS_KEPT:]:
                with suppress(OSError):
                    old.path.unlink()

    def _keep(self, report_id: str, path: Path, name: str) -> None:
        """Hard-link (or, where links fail, copy) ``path`` to ``.generations/<id>/<name>``."""
        folder = self.root / GENERATIONS_DIR / report_id
        target = folder / name
        tmp = folder / f".{name}.{secrets.token_hex(6)}.tmp"
        try:
            folder.mkdir(parents=True, exist_ok=True)
            try:
                os.link(path, tmp)  # the old inode lives on; os.replace gives the report a new one
            except OSError:
                if (raw := read_file(path)) is not None:
                    atomic.atomic_write_bytes(target, raw[0])
                return
            try:
                os.replace(tmp, target)
            finally:  # rename() does nothing when both names already link the same file
                tmp.unlink(missing_ok=True)
        except OSError as exc:
            raise from_os_error(target, exc, "menyimpan cadangan", "keeping a backup") from exc

    def _remove_stale_temps(self) -> None:
        """Remove temp files left by a crashed writer; a temp is removed only while its report's lock
        is free, so a save in progress in another process is never disturbed."""
        folders: list[tuple[Path, str | None]] = [(self.root, None)]
        with suppress(OSError):
            gen_root = self.root / GENERATIONS_DIR
            folders += [(Path(e.path), e.name) for e in os.scandir(gen_root) if e.is_dir()]
        for folder, owner in folders:
            try:
                names = [e.name for e in os.scandir(folder) if e.name.endswith(".tmp")]
            except OSError:
                continue
            for name in names:
                target = temp_target(name)
                report_id = owner or (target[:-5] if target and target.endswith(".json") else "")
                if target is None or not _ID_RE.fullmatch(report_id):
                    continue
                from filelock import FileLock, Timeout  # only when a crashed writer left a temp

                lock = FileLock(str(self.root / f"{report_id}.json.lock"), timeout=0)
                with suppress(Timeout, OSError), lock:
                    (folder / name).unlink(missing_ok=True)
