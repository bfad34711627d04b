"""The strict read of a report file's bytes (``jsonfile.parse_tables``: jiter, and the standard
``json`` parse for what jiter does not take) gives exactly what the standard strict parse gives
(``parse_text`` of ``file_text``): the same tables, type for type and float for float, or the same
refusal with the same message. Hypothesis writes JSON texts with random whitespace, escapes and
number spellings, then duplicates keys, cuts them short, inserts bytes and numbers that are NaN,
Infinity or too big for a float."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st

from lkj_tui.storage import jsonfile
from lkj_tui.storage.errors import StoreError
from lkj_tui.storage.jsonfile import encode_tables, file_text, parse_tables, parse_text
from lkj_tui.storage.records import decode_text, file_contents

#: 300 examples; 5,000 with ``LKJ_HYPOTHESIS_PROFILE=lkj-core-thorough`` (as the other property tests).
THOROUGH = os.environ.get("LKJ_HYPOTHESIS_PROFILE") == "lkj-core-thorough"
PROFILE = settings(
    max_examples=5000 if THOROUGH else 300,
    deadline=None,
    suppress_health_check=list(HealthCheck),
)

PATH = Path("/store/uji-2023.json")


def _typed(value: Any) -> Any:
    """The value with every type spelled out (``True`` is not ``1``, ``1`` is not ``1.0``, ``-0.0``
    is not ``0.0``; floats by their repr) and every object's keys in order."""
    if isinstance(value, dict):
        return ("object", [(type(k).__name__, k, _typed(v)) for k, v in value.items()])
    if isinstance(value, list):
        return ("array", [_typed(v) for v in value])
    if type(value) is float:
        return ("float", repr(value))
    return (type(value).__name__, value)


def _outcome(read: Any, data: bytes) -> Any:
    try:
        return _typed(read(data))
    except StoreError as exc:
        return ("refused", exc.code, exc.problem, exc.problem_en)


def _strict(data: bytes) -> Any:
    return parse_text(file_text(data, PATH), PATH)


def _fast(data: bytes) -> Any:
    return parse_tables(data, PATH)


def _same(data: bytes) -> Any:
    expected = _outcome(_strict, data)
    assert _outcome(_fast, data) == expected
    return expected


# ------------------------------------------------------------------ JSON texts, spelled at random

#: Numbers as a file may spell them: JSON's grammar, with long digit runs and exponents
#: (``1e400`` overflows a float: refused as non-finite), and a few tokens JSON does not have.
_NUMBER = st.one_of(
    st.from_regex(r"-?(0|[1-9][0-9]{0,25})(\.[0-9]{1,25})?([eE][+-]?[0-9]{1,4})?", fullmatch=True),
    st.floats(allow_nan=False, allow_infinity=False).map(repr),
    st.integers(min_value=-(10**40), max_value=10**40).map(str),
    st.sampled_from(
        [
            "1e400",
            "-1e400",
            "1E+400",
            "1e0400",
            "0.5e309",
            "1.7976931348623157e308",
            "1.7976931348623159e308",
            "-1.7976931348623159e308",
            "1" + "0" * 308,
            "1" + "0" * 309,
            "9" * 209 + "e99",
            "9" * 210 + "e99",
            "4.9e-324",
            "2e-324",
            "1e-400",
            "-0",
            "-0.0",
            "9" * 4300,
            "-" + "9" * 4300,
            "9" * 4301,
            "NaN",
            "Infinity",
            "-Infinity",
            "+1",
            "01",
            "1.",
            ".5",
        ]
    ),
)
_WS = st.text(" \t\n\r", max_size=2)
_KEYS = st.one_of(
    st.text(max_size=6), st.text(min_size=2, max_size=6), st.sampled_from(["a", "\u00e9"])
)
_STRINGS = st.one_of(
    st.text(max_size=8),
    st.sampled_from(["\ud800", "\udc00x", "\ud83d\ude00", "\x00", "\x1f\x7f", "\u2028", '"\\/']),
)


def _string(draw: st.DrawFn, text: str) -> str:
    """A JSON string of ``text``: its characters as they are or as escapes."""
    out = []
    for ch in text:
        plain = json.dumps(ch, ensure_ascii=False)[1:-1]
        escaped = json.dumps(ch)[1:-1]
        out.append(draw(st.sampled_from([plain, escaped, escaped.upper().replace("\\U", "\\u")])))
    return '"' + "".join(out) + '"'


@st.composite
def _json(draw: st.DrawFn, depth: int = 0) -> str:
    """A JSON text of a value, with random whitespace; an object may give a key twice."""
    kind = draw(st.sampled_from(["null", "bool", "number", "string", "array", "object"]))
    if depth >= 3 and kind in ("array", "object"):
        kind = "number"
    ws = draw(_WS)
    if kind == "null":
        return ws + "null"
    if kind == "bool":
        return ws + draw(st.sampled_from(["true", "false"]))
    if kind == "number":
        return ws + draw(_NUMBER)
    if kind == "string":
        return ws + _string(draw, draw(_STRINGS))
    items = draw(st.lists(_json(depth + 1), max_size=4))
    if kind == "array":
        return ws + "[" + ",".join(items + [draw(_WS)] * (not items)) + draw(_WS) + "]"
    members = [f"{draw(_WS)}{_string(draw, draw(_KEYS))}{draw(_WS)}:{v}" for v in items]
    return ws + "{" + ",".join(members + [draw(_WS)] * (not members)) + draw(_WS) + "}"


@st.composite
def _file(draw: st.DrawFn) -> bytes:
    """A report file's shape (tables of documents; sometimes any JSON text), then mutations."""
    if draw(st.integers(0, 4)) == 0:
        text = draw(_json())
    else:
        tables = []
        for name in draw(
            st.lists(st.sampled_from(["meta", "nodes", "x"]), min_size=1, unique=True)
        ):
            docs = draw(st.lists(_json(1), max_size=3))
            ids = draw(st.lists(st.sampled_from(["1", "2", "3", "10", "01"]), min_size=len(docs)))
            docs = [d if d.strip()[:1] == "{" else '{"v":' + d + "}" for d in docs]
            members = ",".join(f'"{i}":{d}' for i, d in zip(ids, docs, strict=False))
            tables.append(f'{draw(_WS)}"{name}"{draw(_WS)}:{draw(_WS)}{{{members}}}')
        text = "{" + ",".join(tables) + "}" + draw(_WS)
    data = text.encode("utf-8", "surrogatepass")
    for _ in range(draw(st.integers(0, 2))):
        at = draw(st.integers(0, len(data)))
        mutation = draw(st.sampled_from(["cut", "insert", "number", "delete"]))
        if mutation == "cut":
            data = data[:at]
        elif mutation == "delete":
            data = data[:at] + data[at + 1 :]
        else:
            noise = _NOISE if mutation == "insert" else _NUMBER.map(str.encode)
            data = data[:at] + draw(noise) + data[at:]
    return data


#: Bytes whose insertion breaks or bends a text.
_BYTES = [bytes([b]) for b in b',:{}[]" \ne-.']
_NOISE = st.one_of(
    st.sampled_from(
        [
            b"\x00",
            b"\xff",
            b"\xc3",
            b"\xed\xa0\x80",
            b"\xef\xbb\xbf",
            b"\x0c",
            b"\x1f",
            b"\\",
            *_BYTES,
        ]
    ),
    st.binary(max_size=3),
)


@PROFILE
@given(_file())
@example(b'{"t": {"1": {"x": 1e400}}}')
@example(b'{"t": {"1": {"x": [-1e400]}}}')
@example(b'{"t": {"1": {"x": 1' + b"0" * 400 + b"}}}")
@example(b'{"t": {"1": {"x": "\\ud800"}}}')
@example(b'{"t": {"1": {"x": {"a": 1, "\\u0061": 2}}}}')
@example(b'{"t": {"1": {"x": [{"a": 1, "a": 1}]}}}')
@example(b'{"t": {"1": {"x": NaN}}}')
@example(b'{"t": {"1": {}}} {')
@example(b'{"t": {"1": {"x": "abc')
@example(b"1e400")
def test_the_bytes_read_as_the_strict_parse_reads_them(data: bytes) -> None:
    outcome = _same(data)
    event(outcome[1] if outcome[0] == "refused" else "read")


@pytest.mark.parametrize("depth", [199, 200, 201, 1200])
def test_deep_nesting_reads_as_the_strict_parse_reads_it(depth: int) -> None:
    for inner in (b"[" * depth + b"]" * depth, b'{"a":' * depth + b"1" + b"}" * depth):
        _same(b'{"t": {"1": {"x": ' + inner + b"}}}")


def test_every_refusal_is_the_strict_parse_s_own() -> None:
    cases = {
        b'{"t": {"1": {"x": 1e400}}}': "non-finite",
        b'{"t": {"1": {"x": -Infinity}}}': "non-finite",
        b'{"t": {"1": {"a": {"b": 1, "b": 2}}}}': "duplicate-key",
        b'{"t": {"1": {}}} x': "trailing-data",
        b'{"t": {"1": {"x": [1, 2': "truncated",
        b'{"t": {"1": {"x": [1 2]}}}': "invalid-json",
        b'{"t": {"1": {"x": "a\x01"}}}': "invalid-json",
        b'{"t": {"1": {"x": "\xff"}}}': "encoding",
        b'{"t": {"1": {"x": "\x00"}}}': "nul",
        b"\xef\xbb\xbf{}": "bom",
        b" \n": "whitespace",
        b"[]": "not-object",
        b'{"t": {"01": {}}}': "bad-table",
    }
    for data, code in cases.items():
        assert _same(data)[:2] == ("refused", code), data


def test_a_plain_file_is_read_by_jiter_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    """The strict ``json`` parse runs only for what jiter does not take."""
    tables = {"meta": {"1": {"schema": 1, "x": [1.5, -0.0, 10**30, "\u00e9\U0001f600"]}}}
    data = encode_tables(tables, PATH)

    def refuse(*_args: Any) -> Any:
        raise AssertionError("parsed twice")

    monkeypatch.setattr(jsonfile, "parse_text", refuse)
    assert _typed(parse_tables(data, PATH)) == _typed(tables)
    with pytest.raises(AssertionError):
        parse_tables(data.replace(b"1.5", b"1e400"), PATH)


def test_a_file_up_to_the_limit_is_read_from_its_bytes(monkeypatch: pytest.MonkeyPatch) -> None:
    from lkj_tui.storage import records

    data = b'{"meta": {}, "nodes": {}}'
    assert file_contents(data, PATH) is data
    monkeypatch.setattr(records, "WHOLE_TEXT_MAX", len(data) - 1)
    assert file_contents(data, PATH) == data.decode()
    with pytest.raises(StoreError) as info:
        file_contents(b"\xef\xbb\xbf" + data, PATH)
    assert info.value.code == "bom"
    for contents in (data, data.decode()):
        with pytest.raises(StoreError) as info:
            decode_text(contents, PATH, "uji-2023", lambda e: e)
        assert info.value.code == "missing-meta"
