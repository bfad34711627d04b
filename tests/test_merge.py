"""The three-way merge of a report file's tables (lkj_tui.core.merge), field by field."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from lkj_tui.core.merge import CONFLICTS, WHOLE_NODE, MergeError, merge_tables


def node(node_id: str, parent: str | None = None, **fields: Any) -> dict[str, Any]:
    return {"id": node_id, "kind": "iku", "name": node_id, "parent": parent, "order": 0, **fields}


def tables(*nodes: dict[str, Any], revision: int = 1, **meta: Any) -> dict[str, Any]:
    doc = {"schema": 1, "revision": revision, "report": {"id": "r", "misi": []}, **meta}
    return {"meta": {"1": doc}, "nodes": {str(i + 1): n for i, n in enumerate(nodes)}}


def records(merged: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {r["id"]: r for r in merged["nodes"].values()}


BASE = tables(
    node("a", measure={"target": "1", "realisasi": "2"}, permasalahan=["p"]),
    node("b", "a", measure={"target": "3", "realisasi": "4"}),
)


def side(change) -> dict[str, Any]:
    t = copy.deepcopy(BASE)
    change(t)
    return t


def rec(t: dict[str, Any], node_id: str) -> dict[str, Any]:
    return next(r for r in t["nodes"].values() if r["id"] == node_id)


def test_fields_changed_on_each_side_are_all_kept() -> None:
    ours = side(lambda t: rec(t, "a")["measure"].update(realisasi="2,5"))
    theirs = side(
        lambda t: (rec(t, "a")["measure"].update(target="9"), rec(t, "b").update(name="B"))
    )
    ours["meta"]["1"]["revision"], theirs["meta"]["1"]["revision"] = 4, 7
    merged = merge_tables(BASE, ours, theirs)
    got = records(merged.tables)
    assert got["a"]["measure"] == {"target": "9", "realisasi": "2,5"}
    assert got["b"]["name"] == "B"
    assert merged.conflicts == [] and CONFLICTS not in merged.tables["meta"]["1"]
    assert merged.tables["meta"]["1"]["revision"] == 8


def test_the_same_field_changed_twice_keeps_ours_and_records_theirs() -> None:
    ours = side(lambda t: rec(t, "b")["measure"].update(realisasi="5"))
    theirs = side(lambda t: rec(t, "b")["measure"].update(realisasi="6"))
    merged = merge_tables(BASE, ours, theirs)
    assert records(merged.tables)["b"]["measure"]["realisasi"] == "5"
    (c,) = merged.conflicts
    assert (c.node, c.field, c.base, c.kept, c.other) == (
        "b",
        ("measure", "realisasi"),
        "4",
        "5",
        "6",
    )
    assert merged.tables["meta"]["1"][CONFLICTS] == [c.to_json()]


def test_the_same_change_on_both_sides_is_no_conflict() -> None:
    both = side(lambda t: rec(t, "b")["measure"].update(realisasi="5"))
    merged = merge_tables(BASE, both, copy.deepcopy(both))
    assert merged.conflicts == [] and records(merged.tables)["b"]["measure"]["realisasi"] == "5"


def test_appended_list_items_from_both_sides_are_kept() -> None:
    ours = side(lambda t: rec(t, "a")["permasalahan"].append("mine"))
    theirs = side(lambda t: rec(t, "a")["permasalahan"].append("theirs"))
    merged = merge_tables(BASE, ours, theirs)
    assert records(merged.tables)["a"]["permasalahan"] == ["p", "mine", "theirs"]
    assert merged.conflicts == []


def test_nodes_added_on_both_sides_are_both_kept_with_new_document_ids() -> None:
    ours = side(lambda t: t["nodes"].update({"3": node("c", "a")}))
    theirs = side(lambda t: t["nodes"].update({"3": node("d", "a")}))
    merged = merge_tables(BASE, ours, theirs)
    assert set(records(merged.tables)) == {"a", "b", "c", "d"}
    assert list(merged.tables["nodes"]) == ["1", "2", "3", "4"]


def test_a_deletion_against_a_change_keeps_the_node_as_a_conflict() -> None:
    ours = side(lambda t: t["nodes"].pop("2"))
    theirs = side(lambda t: rec(t, "b").update(name="changed"))
    merged = merge_tables(BASE, ours, theirs)
    assert records(merged.tables)["b"]["name"] == "changed"
    assert [(c.node, c.field) for c in merged.conflicts] == [("b", WHOLE_NODE)]
    clean = merge_tables(BASE, ours, copy.deepcopy(BASE))  # deleted, unchanged elsewhere
    assert "b" not in records(clean.tables) and clean.conflicts == []


def test_a_child_added_under_a_deleted_parent_brings_the_parent_back() -> None:
    ours = side(lambda t: (t["nodes"].pop("2"), t["nodes"].pop("1")))
    theirs = side(lambda t: t["nodes"].update({"3": node("c", "b")}))
    merged = merge_tables(BASE, ours, theirs)
    assert set(records(merged.tables)) == {"a", "b", "c"}


def test_a_resolved_conflict_stays_resolved_and_the_report_fields_merge() -> None:
    recorded = {"node": "b", "field": ["name"], "base": "b", "kept": "x", "other": "y"}
    base = copy.deepcopy(BASE)
    base["meta"]["1"][CONFLICTS] = [recorded]
    ours = copy.deepcopy(base)
    del ours["meta"]["1"][CONFLICTS]  # resolved here
    theirs = copy.deepcopy(base)
    theirs["meta"]["1"]["report"]["misi"] = ["m"]
    merged = merge_tables(base, ours, theirs)
    assert CONFLICTS not in merged.tables["meta"]["1"]
    assert merged.tables["meta"]["1"]["report"]["misi"] == ["m"]


@pytest.mark.parametrize(
    ("node_id", "path", "kept", "other"),
    [
        ("b", ["measure", "realisasi"], "4", "5"),
        ("b", ["measure", "triwulan", "2"], "1", "2"),
        (None, ["misi"], [], ["m"]),
    ],
)
def test_a_conflict_two_offices_chose_differently_waits_again(node_id, path, kept, other) -> None:
    """One office kept the value in the file, the other took the other value: the merge took
    the one that changed the field and the keep was lost without a word (share48). It is a
    conflict again, the merged value in the file, the other office's the other; chosen alike
    (or by one office only), it stays resolved."""
    recorded = {"node": node_id, "field": path, "base": "?", "kept": kept, "other": other}

    def at(t: dict[str, Any]) -> dict[str, Any]:
        return t["meta"]["1"]["report"] if node_id is None else rec(t, node_id)

    def put(t: dict[str, Any], value: Any) -> None:
        *up, last = path
        if last.isdigit():  # a quarter: in the stored list of four
            quarter, last = int(last), up.pop()
            value = [value if n == quarter else None for n in range(1, 5)]
        where = at(t)
        for key in up:
            where = where.setdefault(key, {})
        where[last] = value

    base = copy.deepcopy(BASE)
    put(base, kept)
    base["meta"]["1"][CONFLICTS] = [recorded]
    keep, take = copy.deepcopy(base), copy.deepcopy(base)
    del keep["meta"]["1"][CONFLICTS], take["meta"]["1"][CONFLICTS]
    put(take, other)
    for ours, theirs in ((keep, take), (take, keep)):
        merged = merge_tables(base, ours, theirs)
        (again,) = merged.tables["meta"]["1"][CONFLICTS]
        assert (again["node"], again["field"]) == (node_id, path)
        assert (again["kept"], again["other"]) == (other, kept)
        assert merged.conflicts and merged.conflicts[0].to_json() == again
    for ours, theirs in ((take, take), (keep, keep), (take, base), (base, keep)):
        assert CONFLICTS not in merge_tables(base, ours, theirs).tables["meta"]["1"]


def test_other_schema_versions_are_not_merged() -> None:
    theirs = side(lambda t: t["meta"]["1"].update(schema=2))
    with pytest.raises(MergeError):
        merge_tables(BASE, copy.deepcopy(BASE), theirs)
