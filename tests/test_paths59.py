"""paths59: the errors of ``new``, ``set``, ``compare``, ``log``, ``restore``, ``calc`` and
``resolve`` with hostile arguments and paths, and ``set --json`` carrying every line it made."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lkj_tui.storage.store import Store
from tests.conftest import run_cli


def _items(store_path: Path, code: str) -> list[str]:
    store = Store(store_path)
    report = store.load(store.latest_report_id()).report
    return [i.text for i in next(n for n in report.walk() if n.code == code).permasalahan]


def test_set_json_carries_every_item_a_multi_line_permasalahan_adds(store_path: Path) -> None:
    """``set "IKU 1" permasalahan+ $'satu\\ndua\\ntiga'`` adds three items (the text output
    lists three lines) but ``--json`` gave only the first one's before/after ("after":
    "satu"): a script saw one item added. ``lines`` names every item added, in order, with
    the field each is at as ``log --json`` gives it; ``before``/``after`` stay the first's."""
    had = _items(store_path, "IKU 1")
    out = run_cli(
        "set", "IKU 1", "permasalahan+", "satu\ndua\n\n tiga ", "--json", store=store_path
    )
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    n = len(had)
    assert data["lines"] == [
        {"field": f"permasalahan {n + 1}", "before": "", "after": "satu"},
        {"field": f"permasalahan {n + 2}", "before": "", "after": "dua"},
        {"field": f"permasalahan {n + 3}", "before": "", "after": "tiga"},
    ], data
    assert (data["before"], data["after"]) == ("", "satu")
    assert _items(store_path, "IKU 1") == [*had, "satu", "dua", "tiga"]
    logged = json.loads(run_cli("log", "IKU 1", "--json", store=store_path).stdout)
    assert sorted((r["field"], r["after"]) for r in logged) == sorted(
        (x["field"], x["after"]) for x in data["lines"]
    )


@pytest.mark.parametrize(
    ("field", "value", "before", "after"),
    [("realisasi", "2,90", "2,85", "2,90"), ("realisasi", "2,85", None, None)],
)
def test_set_json_lines_of_one_field(
    store_path: Path, field: str, value: str, before: str | None, after: str | None
) -> None:
    """One field set gives one line, the same as ``before``/``after``; the value it has already
    gives none (nothing changed)."""
    data = json.loads(run_cli("set", "IKU 1", field, value, "--json", store=store_path).stdout)
    assert (data["before"], data["after"]) == (before, after)
    want = [] if after is None else [{"field": field, "before": before, "after": after}]
    assert data["lines"] == want
