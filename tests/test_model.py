"""The report model: document round trip, record validation, tree walks."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from lkj_tui.core.model import ModelError, Node, Report

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
