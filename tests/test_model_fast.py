"""The plain shape's reading (``model.plain_node``, ``model._plain_measure``,
``model._plain_item``): a record that ``to_record`` writes for most nodes is read with one lookup
of its fields' types. It must give exactly what the field-by-field reading gives, and leave every
other record (and every refusal) to it (hypothesis).

The field-by-field reading is reached with a subclass of ``dict`` for the node's record, its
measure and its items: the plain shape takes only ``dict`` itself, and the reading of every field
is the same for both."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from lkj_tui.core import model
from lkj_tui.core.model import EMPTY, Item, Measure, Node, Printed
from tests.test_strict_read import PROFILE  # (200 examples; 3000 in the thorough profile)


class _Dict(dict[Any, Any]):
    """A dict the plain shape does not take: read field by field."""


def _field_by_field(record: Any) -> Any:
    """``record`` (a node's or a measure's), its measure and its items as :class:`_Dict`."""
    if record.__class__ is not dict:
        return record
    out = _Dict(record)
    if out.get("measure").__class__ is dict:
        out["measure"] = _Dict(out["measure"])
    for key in ("permasalahan", "solusi"):
        if out.get(key).__class__ is list:
            out[key] = [_Dict(i) if i.__class__ is dict else i for i in out[key]]
    return out


def _deep(value: Any) -> Any:
    """``value`` with every type in it (and the shared empty mapping told apart from ``{}``)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        fields = dataclasses.fields(value)
        return type(value).__name__, tuple(_deep(getattr(value, f.name)) for f in fields)
    if value is EMPTY:
        return "EMPTY"
    if isinstance(value, dict):
        return "dict", tuple((_deep(k), _deep(v)) for k, v in value.items())
    if isinstance(value, list | tuple):
        return type(value).__name__, tuple(_deep(v) for v in value)
    return type(value).__name__, value


def _outcome(read: Any, record: Any) -> Any:
    try:
        return "read", _deep(read(record))
    except Exception as exc:  # (the same refusal: type and words)
        return "refused", type(exc).__name__, str(exc)


def _node_read(record: Any) -> Node:
    return Node.from_record(record, "nodes[7]")


def _measure_read(record: Any) -> Measure:
    return Measure.from_dict(record, "nodes[7] x")


MEASURE = Measure(
    satuan="%",
    target="90",
    realisasi="91,5",
    targets={2024: "92", 2025: "93"},
    realisasi_history={2022: "80"},
    triwulan=("1", None, None, "4"),
    printed=(Printed("Tabel 3.2", "capaian", "101"),),
)
NODES = [
    Node("t", "tujuan", "Tujuan", info={"misi": "Misi 1", "b": "x"}),
    Node("s", "sasaran", "Sasaran", parent="t", order=2, code="S1", source="Tabel 2.1"),
    Node(
        "i",
        "iku",
        "IKU",
        parent="s",
        measure=MEASURE,
        permasalahan=(Item("p1", "masalah"), Item("p2", "lagi")),
        solusi=(Item("s1", "solusi"),),
    ),
    Node("k", "indikator_kegiatan", "Indikator", parent="s", measure=Measure()),
]

#: Every kind of JSON scalar, often (the kinds, polaritas and years a record holds among them).
_SCALARS = st.one_of(
    st.sampled_from([None, True, False, 0, 1, -2, 2.5, "", "x", "iku", "kegiatan", "positif"]),
    st.sampled_from(["stabil", "2024", "ab12", "kumulatif"]),
    st.integers(),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=4),
)
_KEYS = st.sampled_from(["id", "text", "2024", "202", "x", "table", "field", "value"])
_VALUES = st.one_of(
    _SCALARS,
    _SCALARS,
    st.lists(st.one_of(_SCALARS, st.dictionaries(_KEYS, _SCALARS, max_size=3)), max_size=4),
    st.dictionaries(_KEYS, st.one_of(_SCALARS, st.lists(_SCALARS, max_size=2)), max_size=3),
)
_NODE_KEYS = [*sorted(model._NODE_KEYS), "extra_field"]
_MEASURE_KEYS = [*sorted(model._MEASURE_KEYS), "extra_field"]


def _edits(keys: list[str]) -> st.SearchStrategy[list[tuple[str, str, Any]]]:
    """One or two changes of a record: a field set to any value, removed, or added."""
    how = st.sampled_from(["set", "set", "drop"])
    return st.lists(st.tuples(how, st.sampled_from(keys), _VALUES), min_size=1, max_size=2)


def _edit(record: dict[str, Any], edits: list[tuple[str, str, Any]]) -> dict[str, Any]:
    out = dict(record)
    for how, key, value in edits:
        if how == "drop":
            out.pop(key, None)
        else:
            out[key] = value
    return out


def _same(record: dict[str, Any]) -> None:
    assert _outcome(_node_read, record) == _outcome(_node_read, _field_by_field(record))
    measure = record.get("measure")
    assert _outcome(_measure_read, measure) == _outcome(_measure_read, _field_by_field(measure))


def test_the_plain_records_take_the_plain_shape() -> None:
    """Not vacuous: the records ``to_record`` gives and the store writes (its defaults left out,
    ``stored_record``; no budget, no unknown field, no cara hitung) are read by the plain shape,
    and give the node they came from."""
    for node in NODES:
        for record in (node.to_record(), model.stored_record(node.to_record())):
            plain = model.plain_node(record)
            assert plain == node
            assert _deep(plain) == _deep(Node.from_record(_field_by_field(record)))
            if node.measure is not None:
                assert model._plain_measure(record["measure"]) == node.measure
            for key in ("permasalahan", "solusi"):
                items = [model._plain_item(item) for item in record.get(key, [])]
                assert items == list(getattr(node, key))
            _same(record)
    assert model.stored_record(NODES[-1].to_record())["measure"] == {}  # (every field default)


def test_the_plain_shape_makes_frozen_records_of_the_class_itself() -> None:
    """The plain shape makes its Node, Measure and Item without ``Node(...)``: each is of the
    class itself (not its writable twin), refuses an assignment, and copies and pickles as one
    made by ``__init__``."""
    import copy
    import pickle

    for node in NODES:
        if node.measure is None or not node.permasalahan:
            continue
        plain = model.plain_node(node.to_record())
        assert plain is not None and plain.measure is not None
        made_items = ((plain, Node, "name"), (plain.measure, Measure, "target"))
        for made, cls, key in (*made_items, (plain.permasalahan[0], Item, "text")):
            assert made.__class__ is cls
            with pytest.raises(dataclasses.FrozenInstanceError):
                setattr(made, key, "x")
            assert copy.copy(made) == made and pickle.loads(pickle.dumps(made)) == made
        assert dataclasses.replace(plain, name="x") == dataclasses.replace(node, name="x")
        return
    raise AssertionError("no measured node")


#: One value of each JSON type (and of the texts a record's kind or polaritas may hold).
ONE_OF_EACH = [None, True, False, 0, 7, 2.5, "", "x", "iku", "negatif", [], ["x"], {}, {"1": "a"}]


def test_every_field_set_to_every_type_is_read_as_field_by_field() -> None:
    """Each field of each node and of its measure set to one value of each type, or removed."""
    for node in NODES:
        for key in _NODE_KEYS:
            for value in ONE_OF_EACH:
                _same(_edit(node.to_record(), [("set", key, value)]))
            _same(_edit(node.to_record(), [("drop", key, None)]))
        if node.measure is not None:
            for key in _MEASURE_KEYS:
                for how, value in [("drop", None)] + [("set", v) for v in ONE_OF_EACH]:
                    record = node.to_record()
                    record["measure"] = _edit(record["measure"], [(how, key, value)])
                    _same(record)


@settings(PROFILE)
@given(st.sampled_from(range(len(NODES))), _edits(_NODE_KEYS))
@example(2, [("set", "order", True)])
@example(1, [("set", "parent", 3)])
@example(1, [("set", "kind", "bab")])
def test_a_changed_node_is_read_as_field_by_field(
    which: int, edits: list[tuple[str, str, Any]]
) -> None:
    """Any change of a plain node record: read, or refused with the same words, exactly as
    field by field."""
    _same(_edit(NODES[which].to_record(), edits))


@settings(PROFILE)
@given(st.sampled_from([2, 3]), _edits(_MEASURE_KEYS))
@example(2, [("set", "polaritas", "naik")])
@example(3, [("set", "target", 3)])
def test_a_changed_measure_is_read_as_field_by_field(
    which: int, edits: list[tuple[str, str, Any]]
) -> None:
    """The same for any change of a plain measure."""
    record = NODES[which].to_record()
    record["measure"] = _edit(record["measure"], edits)
    _same(record)


@settings(PROFILE)
@given(
    st.sampled_from(range(len(NODES))),
    st.sampled_from(["permasalahan", "solusi", "info", "targets", "triwulan", "printed"]),
    _VALUES,
)
@example(2, "targets", {"20x4": "1"})
@example(2, "printed", [{"table": "T", "field": "capaian"}])
@example(2, "permasalahan", [{"id": "p", "text": "a"}, {"id": "p", "text": "b"}])
def test_a_changed_list_or_map_is_read_as_field_by_field(
    which: int, inner: str, value: Any
) -> None:
    """The same for any value of a list or map a node or its measure holds."""
    record = NODES[which].to_record()
    if inner in ("targets", "triwulan", "printed"):
        if record["measure"] is None:
            return
        record["measure"] = {**record["measure"], inner: value}
    else:
        record[inner] = value
    _same(record)
