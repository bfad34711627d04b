"""The store: one crash-safe, locked TinyDB file per report in a store folder.

Layout (see docs/architecture.md, "Storage")::

    <root>/<report_id>.json           TinyDB: table "meta" (one document), table "nodes"
    <root>/<report_id>.json.lock      the writers' lock (a separate file: os.replace swaps inodes)
    <root>/.generations/<report_id>/<revision>.json   the last good versions (newest 5)

Every read takes one strict snapshot of the file through a fresh ``TinyDB`` instance; every write
happens under the report's lock, re-reads the file, checks the revision and writes it once, atomically.
"""

from __future__ import annotations

import os
import re
import secrets
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Literal, NamedTuple, cast, overload

import platformdirs
from filelock import FileLock, Timeout
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
        infos: list[ReportInfo] = []
        errors: list[StoreError] = []
        for path in self._report_files():
            try:
                if not _ID_RE.fullmatch(path.stem):
                    raise StoreError(
                        path,
                        "bad-name",
                        "nama berkas bukan id laporan yang sah (huruf kecil, angka, '.', '_', '-')",
                        "the file name is not a valid report id (lower-case, digits, '.', '_', '-')",
                    )
                infos.append(self._info(path.stem, path, full=True))
            except NotFoundError:
                continue
            except StoreError as exc:
                if not skip_broken:
                    raise
                errors.append(exc)
        infos.sort(key=lambda i: (-i.tahun, i.instansi, i.id))
        return (infos, errors) if skip_broken else infos

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

    def _info(self, report_id: str, path: Path, *, full: bool) -> ReportInfo:
        """From the cache while the file is unchanged; else a strict read (meta only unless
        ``full``: a listing checks every node, so that every listed report also loads)."""
        try:
            sig = FileSig.of(os.stat(path))
        except FileNotFoundError:
            raise NotFoundError(path, report_id, self._ids()) from None
        except OSError as exc:
            raise from_os_error(path, exc, "membaca", "reading", writing=False) from exc
        cached = self._cache.get(report_id)
        if cached and cached[0] == sig and (cached[2] or not full):
            return cached[1]
        with self._snapshot(path, report_id) as (db, storage):
            state = self._decode(db, path, report_id, nodes=full)
            meta = state.report.meta
            return self._remember(report_id, storage.signature, meta, state.revision, full=full)

    def _remember(
        self, report_id: str, sig: FileSig | None, meta: ReportMeta, revision: int, *, full: bool
    ) -> ReportInfo:
        info = ReportInfo(report_id, meta.instansi, meta.tahun, self.path_for(report_id), revision)
        if sig is not None:
            self._cache[report_id] = (sig, info, full)
        return info

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
            with self._snapshot(path, report_id) as (db, _storage):
                current = self._decode(db, path, report_id, nodes=False).revision
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
            except OSError:
                tmp.unlink(missing_ok=True)
                raise
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
                lock = FileLock(str(self.root / f"{report_id}.json.lock"), timeout=0)
                with suppress(Timeout, OSError), lock:
                    (folder / name).unlink(missing_ok=True)
