"""Report files as TinyDB tables: decode a snapshot into a checked Report, and back.

Each report file holds two tables: ``meta`` (exactly one document ``{"schema", "revision",
"report"}``) and ``nodes`` (one document per node, ``Node.to_record()``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lkj_tui.core.model import SCHEMA_VERSION, ModelError, Node, Report, ReportMeta
from lkj_tui.storage.errors import StoreError

#: The exceptions the model raises on data it rejects.
DATA_ERRORS = (ValueError, TypeError, KeyError, AttributeError, RecursionError)
#: The fields of the meta document; others are kept as they are (docs/report-format.md).
_META_DOC_KEYS = frozenset({"schema", "revision", "report"})
#: Adds the way out to a refused file's error.
Hint = Callable[[StoreError], StoreError]


@dataclass
class State:
    """A decoded snapshot, with what a write needs to change only the differences."""

    report: Report
    revision: int
    meta_doc_id: int
    doc_ids: dict[str, int]  # node id → TinyDB document id
    records: dict[str, dict[str, Any]]  # node id → the record as stored
    meta_extra: dict[str, Any]  # fields of the meta document this version does not know (kept)


def decode(db: Any, path: Path, report_id: str, hint: Hint, *, nodes: bool = True) -> State:
    """The report in a TinyDB snapshot, checked; a refusal goes through ``hint`` (its way out)."""

    def refuse(code: str, problem: str, problem_en: str) -> StoreError:
        return hint(StoreError(path, code, problem, problem_en))

    tables = db.tables()
    meta_docs = db.table("meta").all()
    if not meta_docs:
        raise refuse(
            "missing-meta",
            "tabel 'meta' tidak ada atau kosong; ini bukan berkas laporan lkj-tui",
            "the 'meta' table is missing or empty; this is not an lkj-tui report file",
        )  # fmt: skip
    if len(meta_docs) != 1:
        raise refuse(
            "bad-meta",
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
        err = hint(err)
        if newer:
            err = err.with_hint(
                f"Berkas ini dibuat oleh lkj-tui yang lebih baru: perbarui lkj-tui. {err.hint}",
                f"The file was written by a newer lkj-tui: upgrade lkj-tui. {err.hint_en}",
            )
        raise err
    revision = doc.get("revision")
    if type(revision) is not int or revision < 0:
        raise refuse(
            "bad-field",
            f"meta: 'revision' harus bilangan bulat >= 0, bukan {revision!r}",
            f"meta: 'revision' must be an integer >= 0, not {revision!r}",
        )  # fmt: skip
    node_docs = db.table("nodes").all() if nodes else []
    try:
        meta = ReportMeta.from_dict(doc.get("report"), "meta.report")
        node_list = [Node.from_record(d, f"nodes[{d.doc_id}]") for d in node_docs]
        report = Report(meta, node_list)
    except DATA_ERRORS as exc:
        raise refuse("bad-field", f"isi tidak sah: {exc}", f"invalid content: {exc}") from None
    if meta.id != report_id:
        raise refuse(
            "id-mismatch",
            f"id laporan di dalam berkas ('{meta.id}') berbeda dari nama berkas ('{report_id}')",
            f"the report id in the file ('{meta.id}') differs from the file name ('{report_id}')",
        )  # fmt: skip
    if "nodes" not in tables:
        raise refuse("missing-nodes", "tabel 'nodes' tidak ada", "the 'nodes' table is missing")
    records = {n.id: r for n, r in zip(node_list, node_docs, strict=True)}
    doc_ids = {node_id: r.doc_id for node_id, r in records.items()}
    meta_extra = {k: v for k, v in doc.items() if k not in _META_DOC_KEYS}
    return State(report, revision, doc.doc_id, doc_ids, records, meta_extra)


def invalid_change(path: Path, exc: Exception) -> StoreError:
    return StoreError(
        path,
        "invalid-change",
        f"perubahan tidak sah: {exc}; berkas tidak diubah",
        f"invalid change: {exc}; the file was not changed",
    )


def serialise(
    report: Report, path: Path, stored: dict[str, dict[str, Any]] | None = None
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
    except DATA_ERRORS as exc:
        raise invalid_change(path, exc) from None
    return meta, records


def stage(
    db: Any,
    state: State,
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
            table.update(replacing(record), doc_ids=[doc_id])
    kept = {r["id"] for r in records}
    if gone := [d for node_id, d in state.doc_ids.items() if node_id not in kept]:
        table.remove(doc_ids=gone)
    document = {"schema": SCHEMA_VERSION, "revision": revision, "report": meta, **state.meta_extra}
    db.table("meta").update(replacing(document), doc_ids=[state.meta_doc_id])


def stage_fresh(
    db: Any,
    meta: dict[str, Any],
    records: list[dict[str, Any]],
    revision: int,
    meta_extra: dict[str, Any],
) -> None:
    """Fill the empty in-memory TinyDB tables of a new file (``meta_extra``: the meta document's
    unknown fields, kept by a restore)."""
    document = {"schema": SCHEMA_VERSION, "revision": revision, "report": meta, **meta_extra}
    db.table("meta").insert(document)
    db.table("nodes").insert_multiple(records)


def replacing(record: dict[str, Any]) -> Callable[[dict[str, Any]], None]:
    """A TinyDB update that makes a document equal to ``record``."""

    def apply(doc: dict[str, Any]) -> None:
        doc.clear()
        doc.update(record)

    return apply
