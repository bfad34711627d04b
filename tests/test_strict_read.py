"""The strict read of a report file, node by node (``records.decode_text`` of a text longer than
``records.WHOLE_TEXT_MAX``; here every text is read so): it accepts exactly the files the whole-file
parse accepts, with the same report, and refuses every other one with the same refusal; a key given
twice is refused at every nesting level (hypothesis)."""

from __future__ import annotations

import json
import os
import sys
from collections import deque
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from lkj_tui.core.model import Item, Measure, Node, Printed, Report, ReportMeta
from lkj_tui.storage import jsonfile, reader, records
from lkj_tui.storage.errors import StoreError
from lkj_tui.storage.jsonfile import (
    encode_tables,
    file_pieces,
    file_text,
    parse_text,
    scan_documents,
)
from lkj_tui.storage.records import State, decode, decode_pieces, decode_text, serialise
from lkj_tui.storage.store import Store

settings.register_profile(
    "lkj-strict-read", max_examples=200, deadline=None, suppress_health_check=list(HealthCheck)
)
settings.register_profile(
    "lkj-strict-read-thorough", parent=settings.get_profile("lkj-strict-read"), max_examples=3000
)
PROFILE = settings.get_profile(
    "lkj-strict-read-thorough"
    if os.environ.get("LKJ_HYPOTHESIS_PROFILE") == "lkj-core-thorough"
    else "lkj-strict-read"
)


@pytest.fixture(autouse=True)
def _node_by_node(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every text of these tests is read node by node, as a big report is."""
    monkeypatch.setattr(records, "WHOLE_TEXT_MAX", 0)


RID = "uji-2023"
PATH = Path(f"/store/{RID}.json")


def _report() -> Report:
    """A small report with something at every nesting level a file has (unknown fields hold
    objects in lists in objects)."""
    meta = ReportMeta(RID, "Dinas Uji", 2023, periode=(2021, 2026), printed={"a": "1"})
    deep = {"x": [{"y": {"z": [1, 2.5, None, True, "t"]}}], "w": {}}
    measure = Measure(
        satuan="%",
        target="90",
        realisasi="91,5",
        targets={2024: "92"},
        triwulan=("1", None, None, "4"),
        printed=(Printed("Tabel 3.2", "capaian", "101", extra={"catatan": deep}),),
        extra={"baru": deep},
    )
    nodes = [
        Node("t", "tujuan", "Tujuan: satu", info={"misi": "Misi 1"}),
        Node("s", "sasaran", "Sasaran", parent="t", extra={"lain": [deep]}),
        Node(
            "i",
            "iku",
            'IKU \u00e9 \u2013 \\ "q"',
            parent="s",
            measure=measure,
            permasalahan=(Item("p1", "masalah", extra={"k": deep}),),
        ),
    ]
    return Report(meta, nodes)


def _text() -> str:
    meta, records = serialise(_report(), PATH)
    document = {"schema": 1, "revision": 3, "report": meta, "lain": {"a": [1]}}
    tables = {
        "meta": {"1": document},
        "nodes": {str(i): r for i, r in enumerate(records, 1)},
        "catatan": {"5": {"x": 1}},
    }
    return encode_tables(tables, PATH).decode("utf-8")


TEXT = _text()


def _whole(text: str) -> tuple[State, dict[str, Any]] | tuple[str, str]:
    """What the whole-file parse gives: the state and the other tables, or the refusal."""
    try:
        tables = parse_text(text, PATH)
        state = decode(tables, PATH, RID, lambda e: e)
    except StoreError as exc:
        return exc.code, exc.message
    return state, {k: {} if k in ("meta", "nodes") else v for k, v in tables.items()}


def _plain(text: str) -> tuple[State, dict[str, Any]] | tuple[str, str]:
    try:
        return decode_text(text, PATH, RID, lambda e: e)
    except StoreError as exc:
        return exc.code, exc.message


def _equal(plain: tuple[State, dict[str, Any]], whole: tuple[State, dict[str, Any]]) -> None:
    a, b = whole[0], plain[0]
    assert b.report.to_document() == a.report.to_document()
    assert [n.to_record() for n in b.report.by_id().values()] == [
        n.to_record() for n in a.report.by_id().values()
    ]
    assert (b.revision, b.meta_doc_id, b.doc_ids, b.meta_extra) == (
        a.revision,
        a.meta_doc_id,
        a.doc_ids,
        a.meta_extra,
    )
    assert list(plain[1].items()) == list(whole[1].items())


def _same(text: str) -> None:
    """The text reads (or is refused) node by node as whole; and in pieces cut after every
    document it can be (a big file's reading), it reads the same or is left to the whole parse."""
    whole, plain = _whole(text), _plain(text)
    if isinstance(whole[0], State) and isinstance(plain[0], State):
        _equal(plain, whole)  # type: ignore[arg-type]
    else:
        assert plain == whole
    try:
        pieces = file_pieces(text.encode(), PATH, 0)
    except StoreError:  # (a NUL: refused before any parse, as by file_text)
        return
    in_pieces = decode_pieces(pieces, PATH, RID)
    if in_pieces is not None:
        assert isinstance(whole[0], State)
        _equal(in_pieces, whole)  # type: ignore[arg-type]
    with pytest.MonkeyPatch.context() as patch:  # (one piece, its runs cut after each document)
        patch.setattr(jsonfile, "RUN", 0)
        in_runs = decode_pieces(deque([text]), PATH, RID)
    if in_runs is not None:
        assert isinstance(whole[0], State)
        _equal(in_runs, whole)  # type: ignore[arg-type]


@pytest.mark.parametrize("limit", [len(TEXT) - 1, len(TEXT)])
def test_a_text_up_to_the_limit_is_parsed_whole_a_longer_one_node_by_node(
    monkeypatch: pytest.MonkeyPatch, limit: int
) -> None:
    scanned: list[str] = []

    def scan(pieces: deque[str]) -> Any:
        scanned.append("".join(pieces))
        return scan_documents(pieces)

    monkeypatch.setattr(records, "WHOLE_TEXT_MAX", limit)
    monkeypatch.setattr(records, "scan_documents", scan)
    state, others = decode_text(TEXT, PATH, RID, lambda e: e)
    assert scanned == ([TEXT] if len(TEXT) > limit else [])
    assert state.report.to_document() == _report().to_document()
    assert state.doc_ids == {"t": 1, "s": 2, "i": 3}
    assert list(others) == ["meta", "nodes", "catatan"]


def test_a_big_file_s_documents_are_parsed_a_run_at_a_time(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Read node by node, the documents after a table's first are parsed a run at a time (one
    call of the scanner for all those up to a cut :data:`~jsonfile.RUN` characters on, or to the
    end of a piece): the same report as the whole parse, in fewer calls than documents."""
    meta = ReportMeta(RID, "Dinas Uji", 2023)
    nodes = [Node("t", "tujuan", "Tujuan"), Node("s", "sasaran", "S", "t")]
    nodes += [Node(f"i{i}", "iku", f"IKU {i}", "s", order=i) for i in range(40)]
    meta_doc, node_records = serialise(Report(meta, nodes), PATH)
    tables = {
        "meta": {"1": {"schema": 1, "revision": 1, "report": meta_doc}},
        "nodes": {str(i): r for i, r in enumerate(node_records, 1)},
    }
    text = encode_tables(tables, PATH).decode("utf-8")
    calls: list[int] = []
    scan = jsonfile._scan_value

    def counted(text: str, at: int) -> Any:
        calls.append(at)
        return scan(text, at)

    monkeypatch.setattr(jsonfile, "_scan_value", counted)

    # (the meta's document, the first node's, then the runs; the last piece's documents after its
    # last cut one by one: the table may end there)
    def cut(text: str, piece: int | None) -> deque[str]:
        return deque([text]) if piece is None else file_pieces(text.encode(), PATH, piece)

    documents = 1 + len(nodes)
    for run, piece, most in [
        (0, None, documents),  # a run a document
        (len(text) // 4, None, documents // 3),  # ≈ 3 runs, then ≈ 10 documents
        (10 * len(text), len(text) // 3, documents // 2),  # a run a piece
    ]:
        monkeypatch.setattr(jsonfile, "RUN", run)
        calls.clear()
        read = decode_pieces(cut(text, piece), PATH, RID)
        assert read is not None and len(calls) <= most
        assert read[0].report.to_document() == Report(meta, nodes).to_document()
        # an id inside a run that the whole parse refuses (not canonical, given twice) is left
        # to it; one it reads (escaped) is read the same, or left to it
        for other in ('"05"', '"4"', '"\\u0035"'):
            edited = text.replace(',\n"5": {', f",\n{other}: {{")
            assert edited != text
            whole, read = _whole(edited), decode_pieces(cut(edited, piece), PATH, RID)
            if isinstance(whole[0], State):
                assert other == '"\\u0035"'
                if read is not None:
                    _equal(read, whole)  # type: ignore[arg-type]
            else:
                assert read is None, other


def test_the_plain_file_reads_node_by_node_as_whole() -> None:
    state, others = decode_text(TEXT, PATH, RID, lambda e: e)
    assert state.report.to_document() == _report().to_document()
    assert state.doc_ids == {"t": 1, "s": 2, "i": 3} and state.meta_extra == {"lain": {"a": [1]}}
    assert list(others) == ["meta", "nodes", "catatan"] and others["catatan"] == {"5": {"x": 1}}
    _same(TEXT)


#: Characters whose insertion or deletion breaks or bends the JSON.
_NOISE = st.sampled_from(list('{}[],:"\\ \n\t0-1eE.nulNaIfity\x00\x1f\u2028é'))


@PROFILE
@given(
    st.lists(
        st.tuples(
            st.integers(min_value=0, max_value=len(TEXT)),
            st.integers(min_value=0, max_value=3),
            st.text(_NOISE, max_size=3),
        ),
        min_size=1,
        max_size=3,
    )
)
@example([(TEXT.index('"nodes"') + 1, 0, "\\u006e")])  # an escaped table name: valid
@example([(TEXT.index('"1": {"schema"') + 1, 0, "0")])  # a non-canonical id "01"
@example([(TEXT.index('"2": {'), 0, '"2": {}, ')])  # a document id twice
@example([(TEXT.index(',\n"3": {'), 0, ',\n"2": {"id": "x", "kind": "iku", "name": "n"}')])
@example([(TEXT.index(',\n"3": {'), 0, ',\n"1": {"id": "x", "kind": "iku", "name": "n"}')])
@example([(TEXT.index('"3": {') + 1, 0, "0")])  # a non-canonical id "03" after a cut
@example([(len(TEXT) - 2, 0, ",")])  # a trailing comma
@example([(len(TEXT), 0, " \t\r\n")])  # trailing whitespace: valid
@example([(0, 0, "\n ")])  # leading whitespace: valid
def test_any_edit_is_read_or_refused_exactly_as_by_the_whole_parse(
    edits: list[tuple[int, int, str]],
) -> None:
    text = TEXT
    for at, cut, insert in edits:
        at = min(at, len(text))
        text = text[:at] + insert + text[at + cut :]
    _same(text)


def _pairs(text: str) -> Any:
    return json.loads(text, object_pairs_hook=lambda pairs: ("obj", pairs))


def _objects(value: Any) -> list[list[tuple[str, Any]]]:
    """Every object of a pairs tree (depth first)."""
    if isinstance(value, tuple):
        found = [value[1]]
        for _key, item in value[1]:
            found += _objects(item)
        return found
    if isinstance(value, list):
        return [obj for item in value for obj in _objects(item)]
    return []


def _dump(value: Any, sep: str) -> str:
    if isinstance(value, tuple):
        inner = f",{sep}".join(f"{json.dumps(k)}: {_dump(v, sep)}" for k, v in value[1])
        return "{" + inner + "}"
    if isinstance(value, list):
        return "[" + f",{sep}".join(_dump(v, sep) for v in value) + "]"
    return json.dumps(value, ensure_ascii=False)


PAIRS = _pairs(TEXT)
OBJECTS = [obj for obj in _objects(PAIRS) if obj]


def test_the_sample_file_nests_objects_deep() -> None:
    def depth(value: Any) -> int:
        if isinstance(value, tuple):
            return 1 + max((depth(v) for _k, v in value[1]), default=0)
        if isinstance(value, list):
            return max((depth(v) for v in value), default=0)
        return 0

    assert depth(PAIRS) >= 8 and len(OBJECTS) > 25


@PROFILE
@given(
    st.sampled_from(range(len(OBJECTS))),
    st.data(),
    st.sampled_from(["\n", "", " "]),
    st.sampled_from([None, "x", 0, [], {}]),
)
def test_a_key_given_twice_is_refused_at_every_level(
    tmp_path_factory: pytest.TempPathFactory,
    which: int,
    data: st.DataObject,
    sep: str,
    value: Any,
) -> None:
    tree = _pairs(TEXT)
    obj = [o for o in _objects(tree) if o][which]
    key, original = obj[data.draw(st.sampled_from(range(len(obj))))]
    twin = (key, ("obj", []) if value == {} else original if value is None else value)
    obj.insert(data.draw(st.sampled_from(range(len(obj) + 1))), twin)
    text = _dump(tree, sep)
    assert _whole(text)[0] == "duplicate-key"
    _same(text)
    root = tmp_path_factory.mktemp("store")
    (root / f"{RID}.json").write_text(text, encoding="utf-8")
    with pytest.raises(StoreError) as info:
        Store(root).load(RID)
    assert info.value.code == "duplicate-key"


def test_the_file_s_bytes_give_its_text_or_a_refusal() -> None:
    assert file_text(TEXT.encode(), PATH) == TEXT
    for data, code in [(b"", "empty"), (b" \r\n\t", "whitespace"), (b"\xff{}", "encoding")]:
        with pytest.raises(StoreError) as info:
            file_text(data, PATH)
        assert info.value.code == code


def test_a_big_file_s_equal_texts_are_one_object_each() -> None:
    """Read node by node (a big report's reading), each text is kept once however many nodes hold
    it: a node's parent is its parent's id, and a name, table, unit, target or realisasi given again
    is the same object (the 100k-measure report's model: 25 % less memory, docs/performance.md
    "mem57")."""
    meta = ReportMeta(RID, "Dinas Uji", 2023)
    nodes = [
        Node("tujuan-1", "tujuan", "Tujuan satu"),
        Node("sasaran-1", "sasaran", "S", "tujuan-1"),
    ]
    nodes += [
        Node(
            f"iku-{i}",
            "iku",
            "Persentase dokumen",
            parent="sasaran-1",
            order=i,
            source="Tabel 3.2",
            measure=Measure(satuan="Dokumen", target="90 persen", realisasi="91,5 persen"),
        )
        for i in range(3)
    ]
    meta_doc, node_records = serialise(Report(meta, nodes), PATH)
    tables = {
        "meta": {"1": {"schema": 1, "revision": 1, "report": meta_doc}},
        "nodes": {str(i): r for i, r in enumerate(node_records, 1)},
    }
    text = encode_tables(tables, PATH).decode("utf-8")
    report = decode_text(text, PATH, RID, lambda e: e)[0].report
    ikus = [report.node(f"iku-{i}") for i in range(3)]
    assert report.node("sasaran-1").parent is report.node("tujuan-1").id
    assert all(iku.parent is report.node("sasaran-1").id for iku in ikus)
    for field in ("name", "source"):
        assert len({id(getattr(iku, field)) for iku in ikus}) == 1, field
    for field in ("satuan", "target", "realisasi"):
        assert len({id(getattr(iku.measure, field)) for iku in ikus}) == 1, field
    assert report.to_document() == Report(meta, nodes).to_document()


def test_the_pieces_of_a_file_are_its_text_cut_after_its_documents() -> None:
    data = TEXT.encode()
    for size in [0, 1, 200, 400, len(data) - 1, len(data), 10 * len(data)]:
        pieces = file_pieces(data, PATH, size)
        assert "".join(pieces) == TEXT
        assert all(p.startswith(',\n"') for p in list(pieces)[1:])
        assert all(len(p.encode()) > size for p in list(pieces)[:-1])
    # cut after each document where the next is a document (the meta's and the last node's are not)
    assert [p[:6] for p in list(file_pieces(data, PATH, 0))[1:]] == [',\n"2":', ',\n"3":']
    assert len(file_pieces(data, PATH, len(data))) == 1


def test_a_file_in_pieces_is_refused_as_its_text() -> None:
    """Each refusal of :func:`file_text`, with its words (an invalid byte's offset in the file),
    whatever the pieces' size."""
    data = TEXT.encode()
    at = data.index(b'"uji-2023"') + 2
    cases = [
        b"",
        b" \r\n\t",
        b"\xef\xbb\xbf" + data,
        data[:at] + b"\0" + data[at:],
        data[:at] + b"\xff" + data[at:],
        data[:-30] + b"\xe2\x80" + data[-30:],  # (a character cut short, in the last piece)
    ]
    for bad in cases:
        with pytest.raises(StoreError) as whole:
            file_text(bad, PATH)
        for size in [0, 100, len(bad)]:
            with pytest.raises(StoreError) as pieces:
                file_pieces(bad, PATH, size)
            assert (pieces.value.code, pieces.value.message) == (
                whole.value.code,
                whole.value.message,
            )


class _Pieces(deque[str]):
    """The pieces of a file, each taken checked: every piece taken before the one before is no
    longer held by anything (but the list of them)."""

    taken: list[str]

    def popleft(self) -> str:
        for i in range(len(self.taken) - 1):
            held = sys.getrefcount(self.taken[i])  # (outside the assert: pytest keeps its operands)
            assert held == 2  # the list and the argument
        piece = super().popleft()
        self.taken.append(piece)
        return piece


@pytest.mark.parametrize(
    "edit",
    [
        ("", ""),
        ('"nodes"', '"\\u006eodes"'),  # an escaped table name: read whole, accepted
        ('"kind": "sasaran"', '"kind": "sasaran", "kind": "iku"'),  # a key twice: refused
    ],
)
def test_a_big_file_is_read_in_pieces_each_dropped_once_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, edit: tuple[str, str]
) -> None:
    """Through the store: a file over ``WHOLE_TEXT_MAX`` read in pieces (here one a document),
    each dropped once read, gives the report the whole parse gives; a file that reading does not
    take to the end is read again and parsed whole: the same report, or the same refusal."""
    (tmp_path / f"{RID}.json").write_text(TEXT.replace(*edit), encoding="utf-8")
    monkeypatch.setattr(records, "WHOLE_TEXT_MAX", len(TEXT) * 10)
    try:
        expected: Any = Store(tmp_path).load(RID).report.to_document()
    except StoreError as exc:
        expected = (exc.code, exc.message, exc.hint)
    monkeypatch.setattr(records, "WHOLE_TEXT_MAX", 0)
    made: list[_Pieces] = []

    def pieces(data: bytes, path: Path) -> _Pieces:
        made.append(_Pieces(file_pieces(data, path, 0)))
        made[-1].taken = []
        return made[-1]

    monkeypatch.setattr(reader, "file_pieces", pieces)
    try:
        got: Any = Store(tmp_path).load(RID).report.to_document()
    except StoreError as exc:
        got = (exc.code, exc.message, exc.hint)
    assert got == expected and len(made) == 1
    if edit == ("", ""):  # (its three pieces: after the first node, and after the second)
        assert len(made[0].taken) == 3 and not made[0]
