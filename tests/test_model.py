"""The report model: document round trip, record validation, tree walks."""

from __future__ import annotations

import copy
import dataclasses
import inspect
from decimal import Decimal
from typing import Any, get_args

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lkj_tui.core.model import (
    BudgetLine,
    Measure,
    ModelError,
    Node,
    Report,
    ReportMeta,
    Strategi,
)

DOC: dict[str, Any] = {
    "schema": 1,
    "report": {"id": "r-2023", "instansi": "Dinas X", "tahun": 2023, "periode": [2021, 2026]},
    "nodes": [
        {
            "kind": "tujuan",
            "name": "T",
            "children": [
                {
                    "kind": "sasaran",
                    "code": "S1",
                    "name": "S",
                    "children": [
                        {
                            "kind": "iku",
                            "code": "IKU 1",
                            "name": "Nilai LPPD",
                            "measure": {
                                "target": "3,22",
                                "realisasi": "2,85",
                                "targets": {"2024": "3,32"},
                            },
                            "permasalahan": ["p1", {"id": "fixed", "text": "p2"}],
                            "children": [
                                {
                                    "kind": "kegiatan",
                                    "name": "K",
                                    "children": [
                                        {
                                            "kind": "indikator_kegiatan",
                                            "name": "row",
                                            "measure": {
                                                "target": "132 Surat",
                                                "realisasi": "90 Surat",
                                            },
                                        }
                                    ],
                                }
                            ],
                        }
                    ],
                }
            ],
        }
    ],
}


def test_document_round_trip_and_stable_ids() -> None:
    a = Report.from_document(copy.deepcopy(DOC))
    b = Report.from_document(a.to_document())
    assert [n.id for n in a.walk()] == [n.id for n in b.walk()]
    assert a.to_document() == b.to_document()
    assert [n.id for n in Report.from_document(copy.deepcopy(DOC)).walk()] == [
        n.id for n in a.walk()
    ]
    assert len({n.id for n in a.walk()}) == 5


def test_walk_ancestors_and_sasaran() -> None:
    r = Report.from_document(copy.deepcopy(DOC))
    kinds = [n.kind for n in r.walk()]
    assert kinds == ["tujuan", "sasaran", "iku", "kegiatan", "indikator_kegiatan"]
    row = r.nodes()[-1]
    assert [a.kind for a in r.ancestors(row.id)] == ["kegiatan", "iku", "sasaran", "tujuan"]
    sasaran = r.sasaran_of(row.id)
    assert sasaran is not None and sasaran.code == "S1"
    assert [n.kind for n in r.measured()] == ["iku", "indikator_kegiatan"]
    iku = r.nodes()[2]
    assert iku.measure is not None and iku.measure.targets == {2024: "3,32"}
    assert [i.text for i in iku.permasalahan] == ["p1", "p2"] and iku.permasalahan[1].id == "fixed"


@settings(deadline=None)
@given(st.lists(st.tuples(st.integers(0, 3), st.integers(-1, 2)), max_size=12), st.randoms())
def test_each_nodes_children_are_in_their_order_ties_as_given(
    shape: list[tuple[int, int]], rnd: Any
) -> None:
    """A report's children of each node (and its roots) are in their ``order``, nodes of the same
    order as they were given, whatever order the nodes come in; the walk goes through them so."""
    nodes = [Node("t", "tujuan", "T")]
    for i, (parent, order) in enumerate(shape):
        above = nodes[min(parent, len(nodes) - 1)].id
        nodes.append(Node(f"n{i}", "sasaran", f"S{i}", parent=above, order=order))
    rnd.shuffle(nodes)
    report = Report(ReportMeta("r", "Dinas X", 2023), nodes)

    def expected(parent: str | None) -> list[str]:
        given = [n for n in nodes if n.parent == parent]
        return [n.id for n in sorted(given, key=lambda n: n.order)]

    def walked(parent: str | None) -> list[str]:
        return [i for c in expected(parent) for i in (c, *walked(c))]

    for parent in [None, *(n.id for n in nodes)]:
        assert [n.id for n in report.children(parent)] == expected(parent)
    assert [n.id for n in report.walk()] == walked(None)


def test_a_missing_parent_names_the_first_node_given_without_one() -> None:
    """Of several nodes whose parent does not exist, the first given is named (not the first in
    the order of their siblings)."""
    nodes = [
        Node("t", "tujuan", "T"),
        Node("late", "sasaran", "S", parent="gone", order=5),
        Node("early", "sasaran", "S", parent="lost", order=0),
    ]
    with pytest.raises(ModelError, match="late"):
        Report(ReportMeta("r", "Dinas X", 2023), nodes)


def test_records_round_trip() -> None:
    r = Report.from_document(copy.deepcopy(DOC))
    again = Report.from_records(r.meta.to_dict(), r.to_records())
    assert again.to_document() == r.to_document()


@pytest.mark.parametrize(
    ("patch", "message"),
    [
        ({"kind": "planet"}, "jenis simpul"),
        ({"name": 5}, "'name' harus teks"),
        ({"measure": {"polaritas": "naik"}}, "polaritas"),
        ({"measure": {"triwulan": [1, 2]}}, "triwulan"),
        ({"measure": {"targets": {"20x4": "1"}}}, "tahun tidak sah"),
        ({"permasalahan": "not a list"}, "'permasalahan' harus daftar"),
        ({"order": "1"}, "'order' harus bilangan bulat"),
    ],
)
def test_bad_records_are_refused_with_the_field_named(patch: dict[str, Any], message: str) -> None:
    record = {"id": "n1", "kind": "iku", "name": "x"} | patch
    with pytest.raises(ModelError, match=message):
        Node.from_record(record)


def test_bad_documents_are_refused() -> None:
    with pytest.raises(ModelError, match="skema"):
        Report.from_document({**DOC, "schema": 99})
    with pytest.raises(ModelError, match="tahun"):
        Report.from_document({**DOC, "report": {"id": "x", "instansi": "y", "tahun": "2023"}})
    broken = copy.deepcopy(DOC)
    broken["nodes"][0]["children"] = "x"
    with pytest.raises(ModelError, match="children"):
        Report.from_document(broken)


def test_replace_node_keeps_parent() -> None:
    r = Report.from_document(copy.deepcopy(DOC))
    iku = r.nodes()[2]
    r.replace_node(iku.with_changes(name="baru"))
    assert r.node(iku.id).name == "baru"
    with pytest.raises(ModelError):
        r.replace_node(iku.with_changes(parent=None))


# ------------------------------------------------------------------ @record: frozen dataclasses


def _records() -> list[type]:
    from lkj_tui.core import achievement, evaluate, model, numbers, scales, values
    from lkj_tui.core.reviu import finding
    from lkj_tui.storage import index, reader, records, store

    return [
        model.Item,
        model.Printed,
        model.Measure,
        model.Node,
        model.ReportMeta,
        numbers.ParsedNumber,
        scales.Band,
        scales.Scales,
        values.Value,
        achievement.Achievement,
        finding.Finding,
        evaluate.PrintedCheck,
        evaluate.Evaluated,
        evaluate.Summary,
        index.IkuRow,
        index.ReportSummary,
        reader.ReportInfo,
        reader.Loaded,
        store.Restored,
        records.State,
        records.Version,
    ]


@pytest.mark.parametrize("cls", _records(), ids=lambda c: c.__name__)
def test_a_record_takes_its_fields_in_order_with_their_defaults(cls: type) -> None:
    from lkj_tui.core.record import FACTORY

    params = list(inspect.signature(cls).parameters.values())
    fields = dataclasses.fields(cls)
    assert [p.name for p in params] == [f.name for f in fields]
    for param, field in zip(params, fields, strict=True):
        assert param.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD
        if field.default is not dataclasses.MISSING:
            assert param.default == field.default and type(param.default) is type(field.default)
        elif field.default_factory is not dataclasses.MISSING:
            assert param.default is FACTORY, field.name
        else:
            assert param.default is inspect.Parameter.empty, field.name


def test_node_kinds_are_the_literal_s_values() -> None:
    from lkj_tui.core.model import NODE_KINDS, NodeKind

    assert get_args(NodeKind) == NODE_KINDS


def _twin(cls: type) -> type:
    """The same fields as a plain ``@dataclass(frozen=True)``."""
    fields = [
        (f.name, f.type, dataclasses.field(default=f.default, hash=f.hash))
        if f.default is not dataclasses.MISSING
        else (f.name, f.type, dataclasses.field(default_factory=f.default_factory, hash=f.hash))
        if f.default_factory is not dataclasses.MISSING
        else (f.name, f.type, dataclasses.field(hash=f.hash))
        for f in dataclasses.fields(cls)
    ]
    return dataclasses.make_dataclass(cls.__name__, fields, frozen=True)


def test_records_behave_like_frozen_dataclasses() -> None:
    from lkj_tui.core.engine import compute
    from lkj_tui.core.evaluate import PrintedCheck
    from lkj_tui.core.model import Item, Measure, Printed
    from lkj_tui.core.numbers import parse_number
    from lkj_tui.core.values import parse_value

    printed = Printed("Tabel 3.2", "capaian", "88,51")
    samples: list[Any] = [
        Item("i1", "teks"),
        printed,
        PrintedCheck(printed, Decimal("88.51"), False),
        parse_number("1.500"),
        parse_value("10 Raperda, 50 Raperbup"),
        compute("3,22", "2,85"),  # sentences written when first read
        compute("10 Raperda, 50 Raperbup", "5 Raperda, 75 Raperbup"),
        compute("3,22", None),
        Measure(target="3,22", realisasi="2,85", targets={2023: "3,22"}),
        Node("n1", "iku", "Nilai LPPD", code="IKU 1", info={"definisi": "x"}),
    ]
    for obj in samples:
        cls = type(obj)
        values = {f.name: getattr(obj, f.name) for f in dataclasses.fields(cls)}
        twin = _twin(cls)(**values)
        assert repr(obj) == repr(twin)
        copied = dataclasses.replace(obj)
        assert copied == obj and copied is not obj
        assert obj != twin  # another class is never equal, as with dataclasses
        try:
            expected: int | type[Exception] = hash(twin)
        except TypeError:
            expected = TypeError
        if expected is TypeError:
            with pytest.raises(TypeError):
                hash(obj)
        else:
            assert hash(obj) == expected == hash(copied)
        first = dataclasses.fields(cls)[0].name
        with pytest.raises(dataclasses.FrozenInstanceError):
            setattr(obj, first, None)
        with pytest.raises(dataclasses.FrozenInstanceError):
            delattr(obj, first)
        with pytest.raises(dataclasses.FrozenInstanceError):
            obj.unknown = 1
        for f in dataclasses.fields(cls):
            # (a Value works out its unit key from its unit when made: a unit is text)
            another = "lain" if (cls.__name__, f.name) == ("Value", "unit") else object()
            other = dataclasses.replace(obj, **{f.name: another})
            assert (other == obj) is (not f.compare)
    for obj in samples[-1], samples[-2], samples[1], samples[0]:  # (the slotted ones)
        assert copy.copy(obj) == obj == copy.deepcopy(obj) and type(copy.copy(obj)) is type(obj)
    assert Measure().targets == {} and Measure().targets is not Measure().targets  # a fresh dict
    assert Measure(targets=None).targets is None  # as a dataclass: None is a value, not "absent"


def test_new_optional_fields_round_trip_and_stay_absent_when_unset() -> None:
    measure = Measure(
        polaritas="stabil",
        target="3 ± 1",
        triwulan=("10", "20", None, None),
        cara_hitung="kumulatif",
        target_triwulan=("25", "50", "75", "100"),
    )
    node = Node("n", "program", "P", anggaran="Rp 1.000.000", realisasi_anggaran="Rp 900.000")
    assert Node.from_record(node.to_record()) == node
    rec = Node("m", "iku", "M", measure=measure).to_record()
    assert Node.from_record(rec).measure == measure
    plain = Node("p", "iku", "P", measure=Measure(target="1")).to_record()
    for key in ("anggaran", "realisasi_anggaran"):
        assert key not in plain
    assert "cara_hitung" not in plain["measure"] and "target_triwulan" not in plain["measure"]


@pytest.mark.parametrize(
    ("measure", "field_name"),
    [
        ({"polaritas": "naik"}, "polaritas"),
        ({"cara_hitung": "jumlah"}, "cara_hitung"),
        ({"target_triwulan": ["1"]}, "target_triwulan"),
    ],
)
def test_new_measure_fields_are_validated(measure: dict[str, object], field_name: str) -> None:
    with pytest.raises(ModelError, match=field_name):
        Node.from_record({"id": "x", "kind": "iku", "name": "X", "measure": measure})


def test_anggaran_must_be_text() -> None:
    with pytest.raises(ModelError, match="anggaran"):
        Node.from_record({"id": "x", "kind": "program", "name": "X", "anggaran": 100})


def test_meta_visi_strategi_anggaran_round_trip_and_stay_absent_when_unset() -> None:
    meta = ReportMeta(
        "r",
        "Dinas X",
        2023,
        visi="Terwujudnya …",
        strategi=(Strategi("Sasaran 1", ("s1", "s2"), ("a1",), misi="Misi 1", tujuan="T"),),
        anggaran=(
            BudgetLine("Tabel 2.4", "Jumlah", anggaran="10", renstra="12"),
            BudgetLine("Tabel 2.4", "Program A", parent="Jumlah", anggaran="10", realisasi="9"),
        ),
    )
    assert ReportMeta.from_dict(meta.to_dict()) == meta
    plain = ReportMeta("r", "Dinas X", 2023).to_dict()
    assert not {"visi", "strategi", "anggaran"} & set(plain)
    line = meta.to_dict()["anggaran"][0]
    assert line == {"table": "Tabel 2.4", "uraian": "Jumlah", "parent": None, "anggaran": "10"} | {
        "renstra": "12"
    }


@pytest.mark.parametrize(
    ("patch", "message"),
    [
        ({"visi": 3}, "visi"),
        ({"strategi": {}}, "strategi"),
        ({"strategi": [{"sasaran": "S", "strategi": "x"}]}, "strategi"),
        ({"anggaran": [{"table": "T"}]}, "uraian"),
        ({"anggaran": [{"uraian": "U", "realisasi": 9}]}, "realisasi"),
    ],
)
def test_bad_meta_fields_are_refused(patch: dict[str, Any], message: str) -> None:
    with pytest.raises(ModelError, match=message):
        ReportMeta.from_dict({"id": "r", "instansi": "X", "tahun": 2023} | patch)


def test_derived_id_is_the_uuid5_of_the_path() -> None:
    """derived_id makes uuid5's hex from the SHA-1 directly: the same ids as ever, on every input
    (every stored id made from a path depends on it)."""
    import random
    import uuid

    from lkj_tui.core.model import _ID_NAMESPACE, derived_id

    rnd = random.Random(17)
    paths: list[tuple[object, ...]] = [("laporan-2024", "0.12.3"), ("x", "permasalahan", 0), ()]
    paths += [("ü€𝄞", "", 7), ("a/b", None, -1, 2.5)]
    for _ in range(2000):
        codes = [rnd.randint(1, 0x10FFFF) for _ in range(rnd.randint(0, 40))]
        text = "".join(chr(c) for c in codes if not 0xD800 <= c < 0xE000)  # (UTF-8 text)
        paths.append((text, rnd.choice(["solusi", "permasalahan"]), rnd.randint(0, 10**6)))
    for parts in paths:
        want = uuid.uuid5(_ID_NAMESPACE, "/".join(str(p) for p in parts)).hex
        assert derived_id(*parts) == want, parts
