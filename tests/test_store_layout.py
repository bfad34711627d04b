"""The store file's line layout (docs/report-format.md, "Line layout"): one line per field of every
node, documents in id order, still plain JSON; git's own line merge keeps changes to different nodes."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lkj_tui.storage import jsonfile
from lkj_tui.storage.errors import StoreError
from lkj_tui.storage.jsonfile import _encode_text, encode_tables, parse_tables
from lkj_tui.storage.store import Store
from tests.conftest import run_cli

RID = "bengkulu-selatan-setda-2023"


def _lines(store_path: Path) -> list[str]:
    return (store_path / f"{RID}.json").read_text("utf-8").splitlines()


def test_each_field_of_a_node_is_a_line_of_its_own(store_path: Path) -> None:
    lines = _lines(store_path)
    store = Store(store_path)
    report = store.load(RID).report
    assert len(lines) > 10 * len(report)  # not one line: a block per node
    iku = next(n for n in report.walk() if n.code == "IKU 1")
    starts = [line for line in lines if f'{{"id": "{iku.id}",' in line]
    assert len(starts) == 1 and starts[0].endswith(f'": {{"id": "{iku.id}",')
    assert '"revision": 1,' in lines


def test_a_save_changes_only_the_lines_of_the_field(store_path: Path) -> None:
    before = _lines(store_path)
    out = run_cli("set", "IKU 1", "realisasi", "2,90", store=store_path)
    assert out.returncode == 0, out.stderr
    after = _lines(store_path)
    assert len(after) == len(before)
    changed = [(a, b) for a, b in zip(before, after, strict=True) if a != b]
    assert changed == [
        ('"revision": 1,', '"revision": 2,'),
        ('"realisasi": "2,85",', '"realisasi": "2,90",'),
    ]


def test_documents_in_id_order_and_the_old_one_line_form_still_reads(tmp_path: Path) -> None:
    tables = {"meta": {"1": {"schema": 1}}, "nodes": {"10": {"a": 1}, "2": {"b": [1, 2]}}}
    data = encode_tables(tables, tmp_path / "x.json")
    assert data.decode().index('"2"') < data.decode().index('"10"')
    assert parse_tables(data, tmp_path / "x.json") == tables
    one_line = json.dumps(tables).encode()
    assert parse_tables(one_line, tmp_path / "x.json") == tables
    assert encode_tables(
        {"t": {"1": {"s": "\ud800"}}}, tmp_path / "x.json"
    ).isascii()  # lone surrogate


@given(
    st.dictionaries(
        st.text(max_size=5),
        st.lists(st.text(st.characters(codec=None, categories=None), max_size=20), max_size=3),
        max_size=4,
    )
)
def test_the_text_grown_in_place_gives_the_bytes_of_its_copy(doc: dict[str, list[str]]) -> None:
    """``encode_tables`` adds the last newline in place, not to a copy of the text: the same bytes
    as the copy gave, lone surrogates (ASCII escapes) and characters beyond Latin-1 included."""
    tables = {"nodes": {"1": doc, "2": {"x": doc}}}

    def copied() -> bytes:
        text = _encode_text(tables, ensure_ascii=False)
        try:
            return (text + "\n").encode("utf-8")
        except UnicodeEncodeError:
            return (_encode_text(tables, ensure_ascii=True) + "\n").encode("ascii")

    assert encode_tables(tables, Path("x.json")) == copied()


_TEXTS = st.text(st.characters(codec=None, categories=None), max_size=6)
_DOCS = st.dictionaries(
    _TEXTS,
    st.none() | st.integers() | _TEXTS | st.lists(_TEXTS, max_size=2) | st.floats(),
    max_size=3,
)


@given(
    st.dictionaries(
        _TEXTS,
        st.dictionaries(
            st.integers(0, 30).map(str) | _TEXTS | st.integers(0, 30), _DOCS, max_size=9
        )
        | st.just({}),
        max_size=3,
    ),
    st.integers(1, 4),
)
def test_a_big_file_encoded_in_pieces_gives_the_bytes_of_the_whole_text(
    tables: dict[str, dict[object, dict[str, object]]], piece: int
) -> None:
    """Above ``PIECE`` documents ``encode_tables`` encodes the documents a piece at a time: the same
    bytes as the whole text (any table names, document ids out of order or not text, empty tables,
    characters beyond Latin-1); a lone surrogate, NaN or a key JSON cannot hold makes the whole
    text, whose answer or refusal stands."""
    path = Path("x.json")

    def whole() -> bytes | str:
        try:
            text = _encode_text(tables, ensure_ascii=False) + "\n"
        except (TypeError, ValueError) as exc:
            return type(exc).__name__
        try:
            return text.encode("utf-8")
        except UnicodeEncodeError:
            return (_encode_text(tables, ensure_ascii=True) + "\n").encode("ascii")

    def pieces() -> bytes | str:
        try:
            return encode_tables(tables, path)
        except StoreError as exc:
            assert exc.code == "unserializable"
            return type(exc.__cause__).__name__

    saved = jsonfile.PIECE
    try:
        jsonfile.PIECE = piece
        assert pieces() == whole()
        if jsonfile._pieces_fit(tables):
            try:
                encoded = b"".join(jsonfile._encode_pieces(tables))
            except (TypeError, ValueError):  # (the caller then makes the whole text: above)
                return
            assert encoded == whole()
    finally:
        jsonfile.PIECE = saved


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_git_line_merge_keeps_changes_to_different_nodes(store_path: Path, tmp_path: Path) -> None:
    """Without lkj-tui's merge driver, git's own merge keeps both offices' saves to different
    nodes (lkj-tui's driver also gives the merge a new revision, docs/sharing.md)."""
    path = store_path / f"{RID}.json"
    base = tmp_path / "base.json"
    shutil.copy(path, base)
    assert run_cli("set", "IKU 1", "realisasi", "2,90", store=store_path).returncode == 0
    ours = tmp_path / "ours.json"
    shutil.copy(path, ours)
    shutil.copy(base, path)
    assert run_cli("set", "IKU 2", "target", "77", store=store_path).returncode == 0
    merged = subprocess.run(
        ["git", "merge-file", "-p", str(ours), str(base), str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert merged.returncode == 0, merged.stdout[-300:]  # both saved revision 2: the same line
    text = merged.stdout
    assert "<<<<<<<" not in text
    assert '"realisasi": "2,90",' in text and '"target": "77",' in text
    json.loads(text)
