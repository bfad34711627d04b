"""Report files as TinyDB tables: decode a snapshot into a checked Report, and back (a whole new
file, or the next :class:`Version` of one, encoding only what changed).

Each report file holds two tables: ``meta`` (exactly one document ``{"schema", "revision",
"report"}``) and ``nodes`` (one document per node, ``Node.to_record()`` less the fields that hold
their default: ``model.stored_record``).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from lkj_tui.core.model import (
    SCHEMA_VERSION,
    ModelError,
    Node,
    Report,
    ReportMeta,
    plain_node,
    stored_record,
)
from lkj_tui.core.record import record
from lkj_tui.storage.errors import StoreError
from lkj_tui.storage.jsonfile import (
    Irregular,
    Pieces,
    assemble_tables,
    encode_document,
    encode_pieces,
    encode_tables,
    parse_text,
    scan_documents,
)

if TYPE_CHECKING:
    from lkj_tui.core.merge import Conflict

#: The exceptions the model raises on data it rejects.
DATA_ERRORS = (ValueError, TypeError, KeyError, AttributeError, RecursionError)
#: The fields of the meta document; others are kept as they are (docs/report-format.md).
_META_DOC_KEYS = frozenset({"schema", "revision", "report"})
#: Adds the way out to a refused file's error.
Hint = Callable[[StoreError], StoreError]
#: The longest text (characters) :func:`decode_text` parses whole: ≈ 10,000 nodes, 5 times the
#: largest real LKj; its parsed JSON (≈ 3.7 times the text) is at most ≈ 15 MB. One C parse of the
#: whole file costs less than one a node document (a load of the largest kabupaten report −6.8 %,
#: docs/performance.md "load4"); a bigger file is read node by node, for its memory.
WHOLE_TEXT_MAX = 4 * 1024 * 1024


@record
class State:
    """A decoded snapshot, with what a write needs to change only the differences."""

    report: Report
    revision: int
    meta_doc_id: int
    doc_ids: dict[str, int]  # node id → TinyDB document id
    meta_extra: dict[str, Any]  # fields of the meta document this version does not know (kept)

    def __init__(
        self,
        report: Report,
        revision: int,
        meta_doc_id: int,
        doc_ids: dict[str, int],
        meta_extra: dict[str, Any],
    ) -> None:
        vars(self).update(
            report=report,
            revision=revision,
            meta_doc_id=meta_doc_id,
            doc_ids=doc_ids,
            meta_extra=meta_extra,
        )


#: The meta document's field that holds the conflicts a shared store's merge recorded
#: (:data:`lkj_tui.core.merge.CONFLICTS`, named here so that a read without one never imports the
#: merge).
CONFLICTS_FIELD = "conflicts"


def recorded_conflicts(meta_extra: dict[str, Any]) -> tuple[Conflict, ...]:
    """The merge conflicts recorded in a meta document's unknown fields, waiting for a person to
    choose (docs/sharing.md, "Conflicts"); none for a file that holds none (one lookup)."""
    if CONFLICTS_FIELD not in meta_extra:
        return ()
    from lkj_tui.core.merge import conflicts_of

    return tuple(conflicts_of(meta_extra))


def decode(
    tables: dict[str, dict[str, Any]],
    path: Path,
    report_id: str,
    hint: Hint,
    *,
    nodes: bool = True,
    ids: bool = True,
) -> State:
    """The report in the tables of one strict read (``parse_tables``), checked; a refusal goes
    through ``hint`` (its way out). The documents are read as they are, without TinyDB's copy of
    each one. ``ids``: the nodes' document ids too (what a save needs; a load does not)."""
    node_docs = tables.get("nodes", {}).items() if nodes else ()
    return _decode(
        tables.get("meta", {}), node_docs, "nodes" in tables, path, report_id, hint, ids=ids
    )


def decode_text(
    text: str, path: Path, report_id: str, hint: Hint, *, nodes: bool = True, ids: bool = True
) -> tuple[State, dict[str, Any]]:
    """:func:`decode` of a file's text (:func:`~.jsonfile.file_text`), and the file's tables other
    than ``meta`` and ``nodes`` (empty there; what a :class:`Version` keeps).

    A text up to :data:`WHOLE_TEXT_MAX` is parsed whole (``parse_text``) and then decoded. A bigger
    one is read node by node: its node documents are parsed, checked and made :class:`Node` one at
    a time (:func:`~.jsonfile.scan_documents`), so that its parsed JSON is never alive at once,
    only the model (the 76 MB report of issue 17: ≈ 290 MB less at the peak). Whatever that plain
    reading does not take to the end (any refusal, any shape it does not read) is read again by
    ``parse_text`` and :func:`decode`: they give the answer, and the refusal with its way out, so
    every file is refused or accepted exactly as they would (tests/test_strict_read.py)."""
    if len(text) > WHOLE_TEXT_MAX:
        read = decode_pieces(deque([text]), path, report_id, nodes=nodes, ids=ids)
        if read is not None:
            return read
    return decode_whole(text, path, report_id, hint, nodes=nodes, ids=ids)


def decode_whole(
    text: str, path: Path, report_id: str, hint: Hint, *, nodes: bool = True, ids: bool = True
) -> tuple[State, dict[str, Any]]:
    """:func:`decode_text` of the whole-file parse (``parse_text``, then :func:`decode`)."""
    try:
        tables = parse_text(text, path)
    except StoreError as exc:
        raise hint(exc) from None
    state = decode(tables, path, report_id, hint, nodes=nodes, ids=ids)
    return state, {name: {} if name in ("meta", "nodes") else t for name, t in tables.items()}


def decode_pieces(
    pieces: deque[str], path: Path, report_id: str, *, nodes: bool = True, ids: bool = True
) -> tuple[State, dict[str, Any]] | None:
    """:func:`decode_text` of a big file read node by node, its text in ``pieces``
    (:func:`~.jsonfile.file_pieces`), each dropped once read; None where that plain reading does
    not take it to the end (any refusal, any shape it does not read): :func:`decode_whole` of the
    text then gives the answer, and the refusal with its way out."""
    try:
        return _decode_plain(pieces, path, report_id, nodes=nodes, ids=ids)
    except (Irregular, StoreError, *DATA_ERRORS):
        return None


def _decode_plain(
    pieces: deque[str], path: Path, report_id: str, *, nodes: bool, ids: bool
) -> tuple[State, dict[str, Any]]:
    """:func:`decode_text` through :func:`~.jsonfile.scan_documents`; raises at any refusal."""
    tables: dict[str, Any] = {}
    docs = scan_documents(pieces)
    for name, doc_id, doc in docs:
        if name == "nodes":
            break
        if doc_id is None:
            tables[name] = {}
        else:
            tables[name][str(doc_id)] = doc
    else:
        raise Irregular  # no nodes table (or it comes first): the full read says what it is
    meta_table, tables["meta"], tables["nodes"] = tables.get("meta", {}), {}, {}

    def node_docs() -> Iterator[tuple[int | None, Any]]:
        for name, doc_id, doc in docs:
            if name == "nodes":
                yield doc_id, doc
            elif doc_id is None:  # the tables after the nodes: read to the end of the file
                tables[name] = {}
            else:
                tables[name][str(doc_id)] = doc

    remaining = node_docs()
    state = _decode(
        meta_table, remaining if nodes else (), True, path, report_id, _no_hint, ids=ids, texts={}
    )
    deque(remaining, 0)  # (without ``nodes``: still every document parsed and checked)
    return state, tables


def _no_hint(err: StoreError) -> StoreError:
    return err


def _decode(
    meta_table: Mapping[Any, Any],
    node_docs: Iterable[tuple[Any, Any]],
    has_nodes: bool,
    path: Path,
    report_id: str,
    hint: Hint,
    *,
    ids: bool,
    texts: dict[Any, Any] | None = None,
) -> State:
    """``texts``: each text of the nodes read once as one object, all that equal it sharing it
    (``plain_node``; a big file's, read node by node)."""

    def refuse(code: str, problem: str, problem_en: str) -> StoreError:
        return hint(StoreError(path, code, problem, problem_en))

    meta_docs = list(meta_table.items())
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
    meta_doc_id, doc = int(meta_docs[0][0]), meta_docs[0][1]
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
    doc_numbers: list[int] = []
    try:
        meta = ReportMeta.from_dict(doc.get("report"), "meta.report")
        node_list = []
        for doc_id, d in node_docs:  # (a record's place named only when read field by field)
            node_list.append(plain_node(d, texts) or Node.from_record(d, f"nodes[{doc_id}]"))
            if ids:
                doc_numbers.append(int(doc_id))
        report = Report(meta, node_list)
    except DATA_ERRORS as exc:
        raise refuse(
            "bad-field", f"isi tidak sah: {exc}", f"invalid content: {said_en(exc)}"
        ) from None
    if meta.id != report_id:
        raise refuse(
            "id-mismatch",
            f"id laporan di dalam berkas ('{meta.id}') berbeda dari nama berkas ('{report_id}')",
            f"the report id in the file ('{meta.id}') differs from the file name ('{report_id}')",
        )  # fmt: skip
    if not has_nodes:
        raise refuse("missing-nodes", "tabel 'nodes' tidak ada", "the 'nodes' table is missing")
    doc_ids = dict(zip([n.id for n in node_list], doc_numbers, strict=True)) if ids else {}
    meta_extra = {k: v for k, v in doc.items() if k not in _META_DOC_KEYS}
    return State(report, revision, meta_doc_id, doc_ids, meta_extra)


@record
class Version:
    """One version of a report file, decoded, with what the next save needs to write only the
    differences. A :class:`~lkj_tui.storage.store.Store` keeps the version it last wrote: while the
    file still holds exactly ``data``, a save neither parses nor checks it again."""

    data: bytes  # the file's bytes
    report: Report  # never handed out: a save edits a copy
    revision: int
    meta_doc_id: int
    meta_extra: dict[str, Any]
    tables: dict[
        str, Any
    ]  # every table in file order; "meta" and "nodes" are written from the rest
    doc_ids: dict[str, int]  # node id → TinyDB document id
    encoded: dict[str, tuple[Node, bytes]]  # node id → (node, its document as written)

    def __init__(
        self,
        data: bytes,
        report: Report,
        revision: int,
        meta_doc_id: int,
        meta_extra: dict[str, Any],
        tables: dict[str, Any],
        doc_ids: dict[str, int],
        encoded: dict[str, tuple[Node, bytes]],
    ) -> None:
        vars(self).update(
            data=data,
            report=report,
            revision=revision,
            meta_doc_id=meta_doc_id,
            meta_extra=meta_extra,
            tables=tables,
            doc_ids=doc_ids,
            encoded=encoded,
        )

    @classmethod
    def read(cls, data: bytes, tables: dict[str, Any], state: State) -> Version:
        """A version just read and checked (nothing encoded yet)."""
        others = {
            name: {} if name in ("meta", "nodes") else table for name, table in tables.items()
        }
        return cls(
            data, state.report, state.revision, state.meta_doc_id, state.meta_extra, others,
            state.doc_ids, {},
        )  # fmt: skip

    def next(self, report: Report, meta_extra: dict[str, Any], path: Path) -> Version:
        """The next revision, holding ``report`` (an edited :meth:`Report.copy` of this one's).
        Only the nodes that are not this version's own objects are made records, checked to read
        back as the model expects and encoded; the whole tree is checked again only when its shape
        changed (a node added, removed or moved). Raises ``invalid-change``."""
        nodes = report.by_id()
        before = self.report.by_id()
        changed = [n for node_id, n in nodes.items() if before.get(node_id) is not n]
        try:
            if len(nodes) != len(before) or any(
                (old := before.get(n.id)) is None or (old.parent, old.order) != (n.parent, n.order)
                for n in changed
            ):  # the tree's shape changed: check it whole (a cycle, a lost node, the depth)
                if sum(1 for _ in report.walk()) != len(report):
                    raise ModelError("unreached")
                Report(report.meta, list(nodes.values()))
            records = {n.id: stored_record(n.to_record()) for n in changed}
            for record in records.values():
                Node.from_record(record)
            meta = report.meta.to_dict()
            if report.meta is not self.report.meta:
                ReportMeta.from_dict(meta)
        except DATA_ERRORS as exc:
            raise invalid_change(path, exc) from None
        doc_ids = {node_id: self.doc_ids[node_id] for node_id in nodes if node_id in self.doc_ids}
        if len(doc_ids) < len(nodes):  # new nodes: the next ids, in the tree's order (as TinyDB)
            last = max(self.doc_ids.values(), default=0)
            for node in report.walk():
                if node.id not in doc_ids:
                    last += 1
                    doc_ids[node.id] = last
        revision = self.revision + 1
        document = {"schema": SCHEMA_VERSION, "revision": revision, "report": meta, **meta_extra}
        try:
            encoded = {
                node_id: kept
                if (kept := self.encoded.get(node_id)) is not None and kept[0] is node
                else (
                    node,
                    encode_document(
                        records[node_id] if node_id in records else stored_record(node.to_record())
                    ),
                )
                for node_id, node in nodes.items()
            }
            data = assemble_tables(self._tables(document, doc_ids, encoded))
        except UnicodeEncodeError:  # a lone surrogate: the whole file with \u escapes
            encoded = {}
            data = encode_tables(self._plain_tables(document, doc_ids, nodes), path)
        except (TypeError, ValueError, RecursionError):
            encode_tables(self._plain_tables(document, doc_ids, nodes), path)  # raises StoreError
            raise
        return Version(
            data, report, revision, self.meta_doc_id, meta_extra, self.tables, doc_ids, encoded
        )

    def _tables(
        self,
        document: dict[str, Any],
        doc_ids: dict[str, int],
        encoded: dict[str, tuple[Node, bytes]],
    ) -> Iterator[tuple[str, Iterator[tuple[str, bytes]]]]:
        order = sorted(doc_ids.items(), key=lambda item: item[1])
        for name, table in self._with_meta_and_nodes().items():
            if name == "meta":
                yield name, iter([(str(self.meta_doc_id), encode_document(document))])
            elif name == "nodes":
                yield name, ((str(doc_id), encoded[node_id][1]) for node_id, doc_id in order)
            else:
                docs = sorted(table.items(), key=lambda item: int(item[0]))
                yield name, ((doc_id, encode_document(doc)) for doc_id, doc in docs)

    def _plain_tables(
        self, document: dict[str, Any], doc_ids: dict[str, int], nodes: Mapping[str, Node]
    ) -> dict[str, Any]:
        tables = self._with_meta_and_nodes()
        tables["meta"] = {str(self.meta_doc_id): document}
        tables["nodes"] = {str(doc_ids[i]): stored_record(n.to_record()) for i, n in nodes.items()}
        return tables

    def _with_meta_and_nodes(self) -> dict[str, Any]:
        return self.tables | {name: {} for name in ("meta", "nodes") if name not in self.tables}


def said_en(exc: Exception) -> str:
    """A refusal of the model (``ModelError.text``) in English; another error as it is."""
    return exc.text("en") if isinstance(exc, ModelError) else str(exc)


def invalid_change(path: Path, exc: Exception) -> StoreError:
    return StoreError(
        path,
        "invalid-change",
        f"perubahan tidak sah: {exc}; berkas tidak diubah",
        f"invalid change: {said_en(exc)}; the file was not changed",
    )


def serialise(
    report: Report, path: Path, read_from: Mapping[str, dict[str, Any]] | None = None
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """Meta and node records of a whole new file, checked to read back as they will be written.

    ``read_from``: the record each node of ``report`` was made from by ``Node.from_record``, by
    node id, already in the store's form (an import builds its nodes so): they are the records,
    already read back, and are written as they are (an import of 100,000 rows would make and read
    them all again). Each record is written without the fields that hold their default
    (``model.stored_record``)."""
    meta = report.meta.to_dict()
    try:
        if read_from is None:
            records = [stored_record(r) for r in report.to_records()]
        else:
            records = [read_from[node.id] for node in report.walk()]
        if len(records) != len(report):
            raise ModelError("unreached")
        if read_from is None:
            Report(ReportMeta.from_dict(meta), [Node.from_record(r) for r in records])
        else:
            ReportMeta.from_dict(meta)
    except DATA_ERRORS as exc:
        raise invalid_change(path, exc) from None
    return meta, records


def fresh_file(
    meta: dict[str, Any],
    records: list[dict[str, Any]],
    revision: int,
    meta_extra: dict[str, Any],
    path: Path,
) -> Pieces:
    """The bytes of a whole new file (``meta_extra``: the meta document's unknown fields, kept by
    a restore): the tables as TinyDB holds them once the meta document and then every record are
    inserted into empty tables (document ids from 1; tests/test_store.py compares), encoded without
    TinyDB's copy of every document; in pieces (:func:`encode_pieces`: a big import's bytes are
    written piece by piece, never joined)."""
    return encode_pieces(fresh_tables(meta, records, revision, meta_extra), path)


def fresh_tables(
    meta: dict[str, Any], records: list[dict[str, Any]], revision: int, meta_extra: dict[str, Any]
) -> dict[str, Any]:
    """The tables :func:`fresh_file` encodes, as they read back (the records are in the store's
    form already): what an import over a report compares with the stored file, never encoded
    and parsed again (``sync.history.replaced_by``)."""
    document = {"schema": SCHEMA_VERSION, "revision": revision, "report": meta, **meta_extra}
    return {"meta": {"1": document}, "nodes": {str(i): r for i, r in enumerate(records, 1)}}
