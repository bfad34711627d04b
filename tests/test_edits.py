"""core/edits.py and Store.apply: every kind of change, applied, reversed, refused when stale."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lkj_tui.bundled import load_bundled_report
from lkj_tui.core import edits
from lkj_tui.core.edits import EditError, StaleError
from lkj_tui.core.model import PARENT_KINDS, ModelError, Report, child_kinds
from lkj_tui.storage.errors import ConflictError, StoreError
from lkj_tui.storage.store import Store


def by_code(report: Report, code: str) -> str:
    return next(n.id for n in report.walk() if n.code == code)


def snapshot(report: Report) -> str:
    return json.dumps([report.meta.to_dict(), report.to_records()], sort_keys=True)


@pytest.fixture
def report() -> Report:
    return load_bundled_report()


def roundtrip(report: Report, change: edits.Change) -> Report:
    """Apply, check the tree reads back as records, undo, check it is byte-equal to before."""
    before = snapshot(report)
    edits.apply(report, change)
    again = Report.from_records(report.meta.to_dict(), report.to_records())
    assert snapshot(again) == snapshot(report)
    after = snapshot(report)
    edits.apply(report, change.reversed())
    assert snapshot(report) == before
    edits.apply(report, change)  # redo
    assert snapshot(report) == after
    return report


def test_parent_kinds_follow_the_report_hierarchy() -> None:
    assert child_kinds(None) == ("tujuan",)
    assert child_kinds("tujuan") == ("sasaran", "iku", "lainnya")  # an indikator tujuan
    assert set(child_kinds("sasaran")) >= {"iku", "lainnya"}
    assert child_kinds("subkegiatan") == ("indikator_kegiatan",)
    assert "subkegiatan" in child_kinds("kegiatan")
    report = load_bundled_report()
    for node in report.walk():  # the bundled report fits the rules it is checked against
        parent = report.get(node.parent) if node.parent else None
        assert (parent.kind if parent else None) in PARENT_KINDS[node.kind], node


def test_add_places_after_a_sibling_and_renumbers(report: Report) -> None:
    s1 = by_code(report, "S1")
    iku1 = by_code(report, "IKU 1")
    change = edits.add(report, s1, "iku", "Indikator baru", "IKU 1a", after_id=iku1)
    roundtrip(report, change)
    names = [n.code for n in report.children(s1)]
    assert names[:3] == ["IKU 1", "IKU 1a", "IKU 2"]
    new = report.node(change.focus)
    assert new.measure is not None and new.kind == "iku"
    assert change.lines[0].after == "iku: Indikator baru"


def test_add_refuses_kinds_not_allowed_there(report: Report) -> None:
    with pytest.raises(  # (an IKU under a tujuan is an indikator tujuan: allowed, ov13)
        EditError,
        match=r"^Program tidak dapat berada di bawah Tujuan \(yang boleh: Sasaran, IKU, Indikator",
    ):
        edits.add(report, by_code(report, "T1"), "program", "x")
    with pytest.raises(EditError) as refused:  # the kinds in the report's words, not as stored
        edits.add(report, by_code(report, "S1"), "subkegiatan", "x")
    assert refused.value.message == (
        "Sub Kegiatan tidak dapat berada di bawah Sasaran "
        "(yang boleh: IKU, Indikator lainnya, Program)"
    )
    assert refused.value.message_en.startswith("Sub-activity cannot sit under Objective")
    with pytest.raises(EditError) as refused:  # a kegiatan belongs to a program or an indicator
        edits.add(report, by_code(report, "S1"), "kegiatan", "x")
    assert refused.value.message.startswith("Kegiatan tidak dapat berada di bawah Sasaran")
    with pytest.raises(EditError, match="nama tidak boleh kosong"):
        edits.add(report, by_code(report, "S1"), "iku", "   ")
    assert edits.add(report, None, "tujuan", "Tujuan 2").nodes[0][2].parent is None


def test_delete_takes_the_subtree_and_undo_brings_it_back(report: Report) -> None:
    iku1 = by_code(report, "IKU 1")
    size = len(edits.subtree(report, iku1))
    assert size > 20
    total = len(report)
    change = edits.delete(report, iku1)
    assert "(+" in change.lines[0].before
    edits.apply(report, change)
    assert len(report) == total - size and report.get(iku1) is None
    edits.apply(report, change.reversed())
    assert len(report) == total and report.node(iku1).code == "IKU 1"
    roundtrip(report, change)


def test_move_checks_kinds_and_cycles(report: Report) -> None:
    iku1, s2 = by_code(report, "IKU 1"), by_code(report, "S2")
    targets = edits.move_targets(report, iku1)
    assert targets and all(n.kind in ("sasaran", "tujuan") for n in targets)  # ov13: tujuan too
    assert by_code(report, "S1") not in {n.id for n in targets}  # its parent now
    change = edits.move(report, iku1, s2)
    roundtrip(report, change)
    assert report.node(iku1).parent == s2
    assert report.children(s2)[-1].id == iku1
    # (each parent by its code and name, as the minutes say it: edit37)
    assert change.lines[0].before.startswith("S1 Meningkatnya")
    assert change.lines[0].after.startswith("S2 ")
    kegiatan = report.children(iku1)[0]
    with pytest.raises(EditError):
        edits.move(report, iku1, kegiatan.id)  # not allowed: and under itself
    with pytest.raises(EditError):
        edits.move(report, by_code(report, "T1"), s2)


def test_model_refuses_a_cycle(report: Report) -> None:
    t1, s1 = by_code(report, "T1"), by_code(report, "S1")
    before = snapshot(report)
    with pytest.raises(ModelError, match="melingkar"):
        report.apply_nodes({t1: report.node(t1).with_changes(parent=s1)})
    assert snapshot(report) == before


def test_shift_moves_among_siblings(report: Report) -> None:
    s1 = by_code(report, "S1")
    iku1 = by_code(report, "IKU 1")
    assert edits.shift(report, iku1, -1) is None  # first already
    change = edits.shift(report, iku1, 1)
    assert change is not None
    roundtrip(report, change)
    assert [n.code for n in report.children(s1)][:2] == ["IKU 2", "IKU 1"]


@pytest.mark.parametrize(
    ("field", "value", "read"),
    [
        ("target", "3,40", lambda n: n.measure.target),
        ("realisasi", "", lambda n: n.measure.realisasi),
        ("tw2", "1,5", lambda n: n.measure.triwulan[1]),
        ("satuan", "  Nilai  indeks ", lambda n: n.measure.satuan),
        ("polaritas", "Stabil", lambda n: n.measure.polaritas),
        ("cara_hitung", "nilai akhir", lambda n: n.measure.cara_hitung),
        ("polaritas", "turun", lambda n: n.measure.polaritas),
        ("cara_hitung", "rerata", lambda n: n.measure.cara_hitung),
        ("target_2027", "3,5", lambda n: n.measure.targets[2027]),
        ("realisasi_2022", "", lambda n: n.measure.realisasi_history.get(2022)),
        ("target_akhir", "3,40", lambda n: n.measure.target_akhir),
        ("penanggung_jawab", "Bagian Pemerintahan", lambda n: n.info["penanggung_jawab"]),
        ("anggaran", "Rp 1.234.500", lambda n: n.anggaran),
        ("realisasi_anggaran", "1.000.000", lambda n: n.realisasi_anggaran),
        ("name", "Nilai LPPD baru", lambda n: n.name),
        ("code", "IKU 01", lambda n: n.code),
        ("permasalahan+", "Data terlambat", lambda n: n.permasalahan[-1].text),
    ],
)
def test_set_field(report: Report, field: str, value: str, read) -> None:
    iku1 = by_code(report, "IKU 1")
    change = edits.set_field(report, iku1, field, value)
    roundtrip(report, change)
    expected = {
        "": None,
        "  Nilai  indeks ": "Nilai indeks",
        "Stabil": "stabil",
        "nilai akhir": "nilai_akhir",
        "turun": "negatif",
        "rerata": "rata_rata",
    }.get(value, value)
    assert read(report.node(iku1)) == expected
    assert change.lines and change.lines[0].node in ("IKU 1", "IKU 01")


@pytest.mark.parametrize(
    ("field", "value", "why"),
    [
        ("target", "3..2", "target"),
        ("realisasi", "abc", "tidak dapat dihitung"),
        ("polaritas", "ke atas", "polaritas harus"),
        ("cara_hitung", "tahunan", "cara_hitung harus"),
        ("target_0999", "1", "tidak masuk akal"),
        ("warna", "merah", "kolom tidak dikenal"),
        ("name", "", "tidak boleh kosong"),
        ("solusi+", " ", "tidak boleh kosong"),
        ("satuan", "x" * 3000, "terlalu panjang"),
    ],
)
def test_set_field_refuses(report: Report, field: str, value: str, why: str) -> None:
    with pytest.raises(EditError, match=why):
        edits.set_field(report, by_code(report, "IKU 1"), field, value)


def test_measure_field_on_an_unmeasured_node(report: Report) -> None:
    with pytest.raises(EditError, match="tidak punya target"):
        edits.set_field(report, by_code(report, "S1"), "target", "1")


def test_meta_change_and_stale_refusal(report: Report) -> None:
    change = edits.set_meta(report, instansi="Setda Baru", misi=("satu", "dua"))
    roundtrip(report, change)
    assert report.meta.instansi == "Setda Baru"
    other = edits.set_meta(report, instansi="Lain")
    edits.apply(report, other)
    with pytest.raises(StaleError):
        edits.apply(report, change.reversed())


def test_store_apply_writes_and_refuses_stale_undo(tmp_path) -> None:
    store = Store(tmp_path / "s", seed=load_bundled_report)
    rid = store.latest_report_id()
    loaded = store.load(rid)
    iku1 = by_code(loaded.report, "IKU 1")
    change = edits.set_field(loaded.report, iku1, "target", "3,40")
    written = store.apply(rid, change, expected_revision=loaded.revision)
    assert written.revision == loaded.revision + 1
    assert Store(store.root).load(rid).report.node(iku1).measure.target == "3,40"
    with pytest.raises(ConflictError):  # the screen's revision is old now
        store.apply(rid, change, expected_revision=loaded.revision)
    # another process changes the same node; the undo refuses and writes nothing
    fresh = store.load(rid)
    store.apply(rid, edits.set_field(fresh.report, iku1, "target", "3,50"))
    revision = store.revision(rid)
    with pytest.raises(StoreError) as err:
        store.apply(rid, change.reversed())
    assert err.value.code == "stale" and "IKU 1" in err.value.message
    assert store.revision(rid) == revision
    # a structural change and its undo through the store
    fresh = store.load(rid)
    gone = edits.delete(fresh.report, iku1)
    store.apply(rid, gone)
    assert Store(store.root).load(rid).report.get(iku1) is None
    store.apply(rid, gone.reversed())
    assert Store(store.root).load(rid).report.node(iku1).measure.target == "3,50"


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200), st.text(max_size=120))
def test_a_label_is_the_old_one_cleaned_and_cut_with_an_ellipsis(code: str, name: str) -> None:
    """``edits.label`` against what it was (the code, else the name, on one line, cut at 80 with
    nothing to say so): the same text, cleaned, when it fits; else its start and "…", 80 long."""
    from lkj_tui.core.model import Node
    from lkj_tui.core.sanitize import clean_line, is_clean

    node = Node(id="abcdef0123456789", kind="program", code=code, name=name)
    old = " ".join((node.code or node.name).split())
    new = edits.label(node)
    assert is_clean(new) and "\n" not in new and len(new) <= edits.LABEL_LIMIT
    whole = clean_line(old)
    if len(whole) <= edits.LABEL_LIMIT:
        assert new == (whole or node.id[:8])
    else:
        assert new.endswith("…") and whole.startswith(new[:-1].rstrip())
