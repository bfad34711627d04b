"""The strict JSON file format of a report: read one file version, parse it strictly, encode it.

``parse_tables`` refuses anything that is not a well-formed TinyDB JSON document (an object of tables,
each an object of documents with integer ids) with a :class:`StoreError` naming the file and the
problem. ``encode_tables`` writes UTF-8 JSON that never holds NaN or Infinity.
"""

from __future__ import annotations

import errno
import json
import math
import os
import re
import stat
from collections import deque
from collections.abc import Iterable, Iterator
from itertools import pairwise
from json.scanner import make_scanner
from pathlib import Path
from typing import Any, NamedTuple, cast

from lkj_tui.storage.errors import StoreError, from_os_error

Tables = dict[str, dict[str, dict[str, Any]]]

_BOM = b"\xef\xbb\xbf"
CLOEXEC = getattr(os, "O_CLOEXEC", 0)


class FileSig(NamedTuple):
    """Identity of one version of a file; every atomic write changes it (new inode)."""

    dev: int
    ino: int
    size: int
    mtime_ns: int
    ctime_ns: int

    @classmethod
    def of(cls, st: os.stat_result) -> FileSig:
        return cls(st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)


#: The largest report file lkj-tui reads (256 MiB, ≈ 600,000 nodes: 3 times the 100,000-measure report
#: of issue 17, 300 times the largest real LKj). A bigger file is refused before it is read, so a stray
#: or hostile file cannot fill the memory.
MAX_FILE_BYTES = 256 * 1024 * 1024
#: Never follow a symbolic link in the store's own folders; never block on a FIFO.
NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
NONBLOCK = getattr(os, "O_NONBLOCK", 0)


def symlink_error(path: Path) -> StoreError:
    return StoreError(
        path,
        "symlink",
        "tautan simbolik (symlink); lkj-tui tidak mengikuti tautan di dalam folder penyimpanannya — "
        "ganti tautan itu dengan berkas atau folder aslinya",
        "a symbolic link; lkj-tui never follows links inside its store folders — replace the link "
        "with the real file or folder",
    )


def file_kind(st: os.stat_result) -> tuple[str, str]:
    """What a path is, in Bahasa Indonesia and English (for a message)."""
    if stat.S_ISDIR(st.st_mode):
        return "sebuah folder", "a folder"
    if stat.S_ISFIFO(st.st_mode):
        return "sebuah FIFO/pipa bernama", "a FIFO/named pipe"
    if stat.S_ISREG(st.st_mode):
        return "sebuah berkas", "a file"
    if stat.S_ISLNK(st.st_mode):
        return "sebuah tautan simbolik", "a symbolic link"
    return "berkas khusus", "a special file"


def not_a_file_error(path: Path, st: os.stat_result) -> StoreError:
    kind, kind_en = file_kind(st)
    return StoreError(
        path,
        "not-a-file",
        f"bukan berkas biasa, melainkan {kind}; tidak dibaca — pindahkan atau hapus",
        f"not a regular file but {kind_en}; not read — move or remove it",
    )


def too_big_error(path: Path, size: int, *, writing: bool = False) -> StoreError:
    mib, limit = size / 1024 / 1024, MAX_FILE_BYTES // 1024 // 1024
    if writing:
        return StoreError(
            path,
            "too-big",
            f"laporan terlalu besar untuk disimpan ({mib:.0f} MiB; batasnya {limit} MiB); "
            "tidak ada yang ditulis",
            f"the report is too big to save ({mib:.0f} MiB; the limit is {limit} MiB); "
            "nothing was written",
        )
    return StoreError(
        path,
        "too-big",
        f"berkas terlalu besar ({mib:.0f} MiB; batasnya {limit} MiB); tidak dibaca",
        f"the file is too big ({mib:.0f} MiB; the limit is {limit} MiB); not read",
    )


def read_file(path: Path) -> tuple[bytes, FileSig] | None:
    """The bytes of ``path`` and the identity of the version read; None when the file does not exist.

    Refused before a byte is read: a symbolic link (never followed), anything but a regular file (a
    FIFO is opened without blocking, then refused), a file above :data:`MAX_FILE_BYTES`."""
    try:
        fd = os.open(path, os.O_RDONLY | CLOEXEC | NOFOLLOW | NONBLOCK)
    except FileNotFoundError:
        return None
    except OSError as exc:
        if exc.errno == errno.ELOOP or (not NOFOLLOW and os.path.islink(path)):
            raise symlink_error(path) from None
        raise from_os_error(path, exc, "membaca", "reading", writing=False) from exc
    try:
        with open(fd, "rb") as handle:
            st = os.fstat(handle.fileno())
            if not stat.S_ISREG(st.st_mode):
                raise not_a_file_error(path, st)
            if not NOFOLLOW and os.path.islink(path):  # pragma: no cover - Windows
                raise symlink_error(path)
            if st.st_size > MAX_FILE_BYTES:
                raise too_big_error(path, st.st_size)
            # The size read, plus one byte to notice a file that grew meanwhile (reading the limit
            # at once would allocate 32 MiB for every file: ≈ 2 ms on each load).
            data = handle.read(st.st_size + 1)
            if len(data) > st.st_size:
                data += handle.read(MAX_FILE_BYTES + 1 - len(data))
                if len(data) > MAX_FILE_BYTES:
                    raise too_big_error(path, len(data))
    except OSError as exc:
        raise from_os_error(path, exc, "membaca", "reading", writing=False) from exc
    return data, FileSig.of(st)


class _DuplicateKey(Exception):
    pass


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """The ``object_pairs_hook`` that refuses a key given twice in one object (JSON's last-wins
    would silently drop the first value, and the next save would lose it for good)."""
    obj = dict(pairs)
    if len(obj) != len(pairs):
        seen: set[str] = set()
        for key, _value in pairs:
            if key in seen:
                raise _DuplicateKey(key)
            seen.add(key)
    return obj


class _NonFinite(Exception):
    pass


def _reject_constant(name: str) -> Any:
    raise _NonFinite(name)


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise _NonFinite(text)
    return value


def _json_type(value: Any) -> str:
    names = {type(None): "null", bool: "boolean", int: "number", float: "number", str: "string"}
    return names.get(type(value), "array" if isinstance(value, list) else "object")


def file_text(data: bytes, path: Path) -> str:
    """The text of a report file's bytes; a StoreError for what is not plain UTF-8 text (empty, a
    BOM, NUL bytes, invalid UTF-8, only whitespace). The caller may then drop the bytes."""
    return file_pieces(data, path, len(data))[0]


#: Where :func:`file_pieces` may cut a file's text: after a document's closing brace, before the
#: comma, the line break and the next document's id the store writes between two documents. A line
#: break in JSON is whitespace between two tokens (a string holds none), so the cut is between them.
_CUT = re.compile(rb'\},\n"(?:0|[1-9][0-9]*)": \{')
#: The size of a piece of a big file's text (:func:`file_pieces`), in bytes (at least).
TEXT_PIECE = 512 * 1024


def file_pieces(data: bytes, path: Path, size: int | None = None) -> deque[str]:
    """:func:`file_text` (its refusals, in the same order) in pieces of ``size`` bytes or more
    (:data:`TEXT_PIECE`), each but the last ending at a :data:`_CUT`; joined, they are the text.
    :func:`scan_documents` reads a big file's documents piece by piece, each piece dropped once
    read: its text (47 MB for the 100k-measure report) is never alive whole beside its model."""

    def refuse(code: str, problem: str, problem_en: str) -> StoreError:
        return StoreError(path, code, problem, problem_en)

    if not data:
        raise refuse("empty", "berkas kosong (0 bita)", "the file is empty (0 bytes)")
    if data.startswith(_BOM):
        raise refuse(
            "bom",
            "berkas diawali penanda BOM UTF-8",
            "the file starts with a UTF-8 byte order mark (BOM)",
        )
    if (nul := data.find(b"\0")) >= 0:
        raise refuse(
            "nul",
            f"berkas memuat bita NUL (yang pertama pada posisi {nul}); berkas rusak",
            f"the file contains NUL bytes (the first at offset {nul}); the file is damaged",
        )
    pieces: deque[str] = deque()
    view, start, size = memoryview(data), 0, TEXT_PIECE if size is None else size
    while start < len(data):  # (a cut is after an ASCII byte: no character is split)
        cut = _CUT.search(data, start + size)
        end = len(data) if cut is None else cut.start() + 1
        try:
            pieces.append(str(view[start:end], "utf-8"))
        except UnicodeDecodeError as exc:
            raise refuse(
                "encoding",
                f"bukan teks UTF-8 yang sah (bita tidak sah pada posisi {start + exc.start})",
                f"not valid UTF-8 text (invalid byte at offset {start + exc.start})",
            ) from None
        start = end
    text = pieces[0]  # (only whitespace: one piece, no brace to cut after)
    if len(pieces) == 1 and _skip_ws(text, 0) == len(text):  # (not a stripped copy of the text)
        raise refuse(
            "whitespace",
            f"berkas hanya berisi spasi ({len(data)} bita), tanpa data",
            f"the file holds only whitespace ({len(data)} bytes), no data",
        )
    return pieces


def parse_tables(data: bytes, path: Path) -> Tables:
    """Parse a TinyDB file strictly; raise StoreError naming ``path`` and the problem."""
    return parse_text(file_text(data, path), path)


def parse_text(text: str, path: Path) -> Tables:
    """Parse the text of a TinyDB file (:func:`file_text`) strictly; raise StoreError naming
    ``path`` and the problem."""

    def refuse(code: str, problem: str, problem_en: str) -> StoreError:
        return StoreError(path, code, problem, problem_en)

    try:
        value = _STRICT.decode(text)
    except _DuplicateKey as exc:
        key = str(exc)[:80]
        raise refuse(
            "duplicate-key",
            f"kunci {key!r} muncul dua kali dalam satu objek; nilai yang pertama akan hilang — "
            "berkas tidak dibaca",
            f"the key {key!r} appears twice in one object; the first value would be lost — "
            "the file is not read",
        ) from None
    except _NonFinite as exc:
        raise refuse(
            "non-finite",
            f"berkas memuat angka {exc} (NaN/Infinity), yang tidak sah dalam JSON",
            f"the file contains the number {exc} (NaN/Infinity), which is not valid JSON",
        ) from None
    except json.JSONDecodeError as exc:
        at, at_en = f"baris {exc.lineno} kolom {exc.colno}", f"line {exc.lineno} column {exc.colno}"
        if exc.msg == "Extra data":
            raise refuse(
                "trailing-data",
                f"ada data tambahan setelah akhir JSON ({at})",
                f"there is extra data after the end of the JSON ({at_en})",
            ) from None
        if exc.pos >= len(text.rstrip()) or exc.msg.startswith("Unterminated string"):
            raise refuse(
                "truncated",
                f"JSON terpotong: berkas berakhir sebelum datanya lengkap ({at})",
                f"truncated JSON: the file ends before its data is complete ({at_en})",
            ) from None
        from lkj_tui.core.jsonwords import JSON_PROBLEMS  # (only for a file refused)

        said, said_en = JSON_PROBLEMS.get(exc.msg, ("", exc.msg))
        raise refuse(
            "invalid-json",
            f"bukan JSON yang sah ({at}): {said}" if said else f"bukan JSON yang sah ({at})",
            f"not valid JSON ({at_en}): {said_en}",
        ) from None
    except RecursionError:
        raise refuse(
            "invalid-json",
            "bukan JSON yang sah: objek dan daftarnya bersarang terlalu dalam",
            "not valid JSON: its objects and lists are nested too deeply",
        ) from None
    except ValueError as exc:  # e.g. an integer of more digits than Python converts
        raise refuse(
            "invalid-json",
            "bukan JSON yang sah: ada bilangan bulat yang terlalu panjang"
            if "digits" in str(exc)
            else "bukan JSON yang sah",
            f"not valid JSON: {exc}",
        ) from None
    if not isinstance(value, dict):
        kind = _json_type(value)
        raise refuse(
            "not-object",
            f"isi berkas harus objek JSON berisi tabel, bukan {kind}",
            f"the file must hold a JSON object of tables, not {kind}",
        )
    for name, table in value.items():
        if not isinstance(table, dict):
            kind = _json_type(table)
            raise refuse(
                "bad-table",
                f"tabel '{name}' harus objek berisi dokumen, bukan {kind}",
                f"table '{name}' must be an object of documents, not {kind}",
            )
        for doc_id, doc in table.items():
            if not (doc_id.isdigit() and doc_id.isascii() and (doc_id[0] != "0" or doc_id == "0")):
                raise refuse(
                    "bad-table",
                    f"tabel '{name}': id dokumen {doc_id!r} bukan bilangan bulat",
                    f"table '{name}': document id {doc_id!r} is not an integer",
                )
            if not isinstance(doc, dict):
                kind = _json_type(doc)
                raise refuse(
                    "bad-table",
                    f"tabel '{name}' dokumen {doc_id} harus objek, bukan {kind}",
                    f"table '{name}' document {doc_id} must be an object, not {kind}",
                )
    return value


#: The strict decoder: duplicate keys, NaN and Infinity refused (as :func:`parse_text` reads).
_STRICT = json.JSONDecoder(
    parse_constant=_reject_constant, parse_float=_finite_float, object_pairs_hook=_unique_keys
)
#: One JSON value at a position, with ``_STRICT``'s checks (the C scanner ``json`` itself uses).
_scan_value = make_scanner(_STRICT)  # type: ignore[arg-type]  # (typeshed: any decoder is)
_WS = re.compile(r"[ \t\n\r]*")
#: A table's name (plain: no escape, no control character) and the brace opening its documents.
_TABLE = re.compile(r'"([^"\\\x00-\x1f]*)"[ \t\n\r]*:[ \t\n\r]*\{')
#: A document id as lkj-tui and TinyDB write it (a canonical integer) and the colon after it.
_DOC_ID = re.compile(r'"(0|[1-9][0-9]*)"[ \t\n\r]*:[ \t\n\r]*')
#: The comma after a document and the next document's id (one match a document).
_NEXT_DOC = re.compile(r'[ \t\n\r]*,[ \t\n\r]*"(0|[1-9][0-9]*)"[ \t\n\r]*:[ \t\n\r]*')
#: What follows a member of an object: a comma or the closing brace (and whitespace).
_NEXT = re.compile(r"[ \t\n\r]*([,}])[ \t\n\r]*")


def _skip_ws(text: str, at: int) -> int:
    """The position of the first character at or after ``at`` that is not JSON whitespace."""
    match = _WS.match(text, at)
    return match.end() if match else at


class Irregular(Exception):
    """The text is not in the plain shape :func:`scan_documents` reads; the full parse
    (:func:`parse_text`) decides whether it is refused."""


def _first_member(text: str, at: int) -> tuple[int, bool]:
    """Just inside an object's brace: the position of its first member, and whether it has one
    (else the position past its closing brace)."""
    at = _skip_ws(text, at)
    if text[at : at + 1] == "}":
        return _skip_ws(text, at + 1), False
    return at, True


def _member_end(text: str, at: int) -> tuple[int, bool]:
    """After a member: the position past its comma and whether one was there (else the position
    past its object's closing brace)."""
    if (sep := _NEXT.match(text, at)) is None:
        raise Irregular
    return sep.end(), sep[1] == ","


def scan_documents(pieces: deque[str]) -> Iterator[tuple[str, int | None, Any]]:
    """The documents of a report file's text one by one, in file order, each parsed with every
    check of :func:`parse_text` (duplicate keys, NaN and Infinity refused): ``(table, None, None)``
    where a table starts, then ``(table, document id, document)`` for each of its documents. Only
    one run's parsed objects (:func:`_run`: ≈ 16 KiB of text, its documents parsed in one call)
    need be alive at a time (the caller turns each into a model object and drops it): a big
    report is never held whole as parsed JSON. The text comes in ``pieces``
    (:func:`file_pieces`; one piece: the whole text), each taken from the deque where the one
    before ends just after a document, and dropped once read.

    It reads only the plain shape lkj-tui (and TinyDB) write — an object of tables with plain
    names, each an object of objects under increasing integer ids — and raises :class:`Irregular`
    at anything else, valid or not (a syntax error, a duplicate key, an escaped name…): the caller
    then runs :func:`parse_text`, whose answer (and refusal) stands. So what this reads whole is
    exactly a text :func:`parse_text` accepts, with the same tables and documents."""
    try:
        text = pieces.popleft()
        at = _skip_ws(text, 0)
        if text[at : at + 1] != "{":
            raise Irregular
        at, more = _first_member(text, at + 1)
        tables: set[str] = set()
        runs = True  # (no run failed in this piece)
        while more:
            if (table := _TABLE.match(text, at)) is None or table[1] in tables:
                raise Irregular
            name, last, at = table[1], -1, table.end()
            del table  # (a match holds its piece)
            tables.add(name)
            yield name, None, None
            at, docs = _first_member(text, at)
            key = _DOC_ID.match(text, at) if docs else None
            while key is not None:
                if (doc_id := int(key[1])) <= last:
                    raise Irregular
                doc, at = _scan_value(text, key.end())
                del key  # (a match holds its piece)
                if doc.__class__ is not dict:
                    raise Irregular
                yield name, doc_id, doc
                last, doc = doc_id, None
                while True:  # the documents after it a run at a time, where they can be
                    if at == len(text) and pieces:  # a piece read to its end, after a document
                        text, at, runs = pieces.popleft(), 0, True
                    if not runs or text[at : at + 1] != ",":  # (the table's end: no run)
                        break
                    if (run := _run(text, at, bool(pieces))) is None:
                        runs = False  # (one by one to the piece's end: never a search a document)
                        break
                    for id_text, doc in run[0].items():  # (canonical, increasing: as _DOC_ID)
                        if str(doc_id := int(id_text)) != id_text or doc_id <= last:
                            raise Irregular
                        if doc.__class__ is not dict:
                            raise Irregular
                        yield name, doc_id, doc
                        last = doc_id
                    at, run, doc = run[1], None, None  # (nothing of a run held past it)
                key = _NEXT_DOC.match(text, at)
            if docs:
                at, comma = _member_end(text, at)  # the table's closing brace
                if comma:
                    raise Irregular  # (a comma without a document id after it)
            at, more = _member_end(text, at)
        if at != len(text) or pieces:
            raise Irregular
    except (StopIteration, ValueError, RecursionError, _DuplicateKey, _NonFinite):
        raise Irregular from None


#: :data:`_CUT` in a piece's text, and the least length (characters) of a run of documents.
_RUN_CUT = re.compile(r'\},\n"(?:0|[1-9][0-9]*)": \{')
RUN = 16 * 1024


def _run(text: str, at: int, more: bool) -> tuple[dict[str, Any], int] | None:
    """The documents of a table from ``at`` (the comma after a document) to a cut
    (:data:`_RUN_CUT`) :data:`RUN` characters on or more, else to the end of the piece when
    ``more`` pieces follow, by their id's text; with the position after them. Parsed in one call
    of the C scanner with ``_STRICT``'s checks (an id given twice refused) instead of one a
    document (≈ 60 of them): ``status`` of the 100k-measure report −2.9 % (docs/performance.md,
    "perf59"). None for any other text (the table's end, a refusal): the documents to the end of
    the piece are then read one by one."""
    cut = _RUN_CUT.search(text, at + RUN)
    if cut is None and not more:
        return None
    end = len(text) if cut is None else cut.start() + 1
    wrapped = "{" + text[at + 1 : end] + "}"
    try:
        docs, stop = _scan_value(wrapped, 0)
    except (StopIteration, ValueError, RecursionError, _DuplicateKey, _NonFinite):
        return None
    return (docs, end) if stop == len(wrapped) and docs.__class__ is dict else None


#: Every member of every object and array on a line of its own (see :func:`_encode_text`).
_LINES = (",\n", ": ")


def _encode_text(data: Any, ensure_ascii: bool) -> str:
    """The line layout of a report file (docs/report-format.md, "Store file"): every member of
    every object and array on its own line, the documents of each table in document-id order, the
    fields of each document in their own (stable) order. A node is a block of lines, one per field
    (and per item of a field's object or list): two people changing different nodes, or different
    fields of one node, change different lines, so git merges them line by line. One call of the C
    JSON encoder, as before; TinyDB and any JSON reader read it as ever."""
    if isinstance(data, dict) and all(isinstance(t, dict) for t in data.values()):
        data = {
            name: table
            if _in_order(table)
            else {k: table[k] for k in sorted(table, key=_doc_order)}
            for name, table in data.items()
        }
    return json.dumps(data, ensure_ascii=ensure_ascii, allow_nan=False, separators=_LINES)


#: A file of more documents than this is encoded in pieces of this many documents each.
PIECE = 250
#: A file's bytes in pieces, to be written one after the other (``atomic_write_bytes``).
Pieces = list[bytes | memoryview]
_piece_encoder = json.JSONEncoder(ensure_ascii=False, allow_nan=False, separators=_LINES).encode


def _pieces_fit(data: Any) -> bool:
    """Whether ``data`` is tables (named by text) of more than :data:`PIECE` documents in all."""
    return (
        isinstance(data, dict)
        and all(isinstance(t, dict) for t in data.values())
        and all(name.__class__ is str for name in data)
        and sum(map(len, data.values())) > PIECE
    )


def _encode_pieces(data: dict[str, dict[Any, Any]]) -> Pieces:
    """The UTF-8 bytes of ``_encode_text(data, ensure_ascii=False) + "\n"``, in pieces, made
    :data:`PIECE` documents at a time: each piece is encoded, then turned into UTF-8, while it is
    small (its braces left out by a view, not a copy). The whole text and the encoder's pieces of
    it (a string object each) are never held at once (docs/performance.md, "import5"), nor are the
    bytes joined: the atomic write writes the pieces one after the other ("store6").
    ``UnicodeEncodeError`` for a lone surrogate, ``ValueError`` or ``TypeError`` as ``json.dumps``
    raises them: the caller then makes the whole text. tests/test_store_layout.py compares the
    bytes."""
    out: list[bytes | memoryview] = [b"{"]
    for t, (name, table) in enumerate(data.items()):
        if not _in_order(table):
            table = {k: table[k] for k in sorted(table, key=_doc_order)}
        # the name as the encoder writes a key: as the one item of a list
        out.append(b",\n" if t else b"")
        out.append(memoryview(_piece_encoder([name]).encode("utf-8"))[1:-1])
        out.append(b": {")
        docs = list(table.items())
        for start in range(0, len(docs), PIECE):
            if start:
                out.append(b",\n")
            piece = _piece_encoder(dict(docs[start : start + PIECE])).encode("utf-8")
            out.append(memoryview(piece)[1:-1])
        out.append(b"}")
    out.append(b"}\n")
    return out


def _in_order(table: dict[str, Any]) -> bool:
    keys = [_doc_order(k) for k in table]
    return all(a <= b for a, b in pairwise(keys))


def _doc_order(doc_id: Any) -> tuple[int, int, str]:
    text = str(doc_id)
    return (0, int(text), "") if text.isascii() and text.isdigit() else (1, 0, text)


def encode_document(doc: Any) -> bytes:
    """One document exactly as :func:`encode_tables` writes it inside its file. ``ValueError`` for
    NaN/Infinity, ``UnicodeEncodeError`` for a lone surrogate (the whole file then needs
    :func:`encode_tables`, which escapes it)."""
    return _piece_encoder(doc).encode("utf-8")


def assemble_tables(tables: Iterable[tuple[str, Iterable[tuple[str, bytes]]]]) -> bytes:
    """The bytes :func:`encode_tables` writes for ``tables`` (name, then each document id with its
    :func:`encode_document` bytes, in document-id order), from documents already encoded: a save
    encodes only what changed. ``UnicodeEncodeError`` as for :func:`encode_document`."""

    def key(name: str) -> bytes:
        if name.isascii() and name.isdigit():  # a document id, as json.dumps writes it: a save
            return b'"' + name.encode("ascii") + b'": '  # writes hundreds (docs/performance.md)
        return json.dumps(name, ensure_ascii=False).encode("utf-8") + b": "

    return (
        b"{"
        + b",\n".join(
            key(name) + b"{" + b",\n".join(key(i) + doc for i, doc in docs) + b"}"
            for name, docs in tables
        )
        + b"}\n"
    )


def encode_tables(data: Any, path: Path) -> bytes:
    """UTF-8 JSON without NaN/Infinity (lone surrogates, which UTF-8 cannot carry, are escaped), in
    the line layout that git merges (:func:`_encode_text`): :func:`encode_pieces` joined."""
    pieces = encode_pieces(data, path)
    return cast(bytes, pieces[0]) if len(pieces) == 1 else b"".join(pieces)


def encode_pieces(data: Any, path: Path) -> Pieces:
    """The bytes of :func:`encode_tables` in pieces, to be written one after the other. A big file
    is encoded in pieces (:func:`_encode_pieces`); if they fail, the whole text is made (one
    piece), whose answer (or refusal) stands."""
    if _pieces_fit(data):
        try:
            return _encode_pieces(data)
        except (TypeError, ValueError, RecursionError):  # (UnicodeEncodeError: a lone surrogate)
            pass
    try:
        text = _encode_text(data, ensure_ascii=False)
        # ``+=`` on the only reference grows the text in place: ``text + "\n"`` was a second copy
        # of the whole text (46 MB for 100,000 rows) beside it and its bytes, the save's peak
        text += "\n"
        try:
            return [text.encode("utf-8")]
        except UnicodeEncodeError:
            return [(_encode_text(data, ensure_ascii=True) + "\n").encode("ascii")]
    except (TypeError, ValueError, RecursionError) as exc:
        raise StoreError(
            path,
            "unserializable",
            f"data tidak dapat disimpan sebagai JSON ({exc}); berkas tidak diubah",
            f"the data cannot be saved as JSON ({exc}); the file was not changed",
        ) from exc
