"""Two offices sharing a store (docs/sharing.md), through the installed command: next year's
report made in each office, the conflicts a meeting export and the reviu name, choosing a conflict
from the command line, and what a restore list says of a sync's versions."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from lkj_tui.storage.store import Store
from tests import test_sync
from tests.test_sync import RID, lkj, start

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")

NEW = "bengkulu-selatan-setda-2024"


#: the offices of tests/test_sync.py: a bare repository, a home without the user's git config
offices = test_sync.offices


def _measure(offices: dict[str, object], who: str, code: str):
    report = Store(Path(str(offices["tmp"])) / who).load(NEW).report
    return next(n for n in report.walk() if n.code == code).measure


def _meta(offices: dict[str, object], who: str, rid: str = NEW) -> dict:
    data = json.loads((Path(str(offices["tmp"])) / who / f"{rid}.json").read_text("utf-8"))
    return next(iter(data["meta"].values()))


def _set(offices: dict[str, object], who: str, *args: str) -> None:
    out = lkj(offices, who, "-r", NEW, "set", *args)
    assert out.returncode == 0, out.stderr


def test_next_years_report_made_in_two_offices_merges_what_each_filled_in(offices) -> None:
    """Both offices ran `new --from` for 2024: the file had no common version in git, and every
    field only one of them filled in was a conflict (3 conflicts below). Now only the field both
    changed differently is one, its base the value `new --from` made."""
    start(offices, "bappeda", "opd")
    for who in ("bappeda", "opd"):
        out = lkj(offices, who, "new", "--from", RID, "--tahun", "2024")
        assert out.returncode == 0, out.stderr
    _set(offices, "bappeda", "IKU 1", "realisasi", "3,10")
    _set(offices, "bappeda", "IKU 2", "target", "BB")  # a target new --from filled in, changed
    _set(offices, "opd", "IKU 3", "realisasi", "2,5")
    _set(offices, "opd", "IKU 4", "realisasi", "90")
    _set(offices, "bappeda", "IKU 4", "realisasi", "91")  # both: a real conflict
    for who in ("bappeda", "opd", "bappeda"):
        out = lkj(offices, who, "sync")
        assert out.returncode == 0, out.stderr
    for who in ("bappeda", "opd"):
        values = [
            (_measure(offices, who, "IKU 1").realisasi, _measure(offices, who, "IKU 2").target),
            (_measure(offices, who, "IKU 3").realisasi, _measure(offices, who, "IKU 4").realisasi),
        ]
        assert values == [("3,10", "BB"), ("2,5", "90")], who
        (conflict,) = _meta(offices, who)["conflicts"]
        assert conflict["field"] == ["measure", "realisasi"]
        assert (conflict["base"], conflict["kept"], conflict["other"]) == (None, "90", "91")


def test_next_years_report_made_for_different_years_still_conflicts(offices) -> None:
    """Made otherwise (another year given, then the same id): no common version is made up."""
    start(offices, "bappeda", "opd")
    assert lkj(offices, "bappeda", "new", "--from", RID, "--tahun", "2024").returncode == 0
    out = lkj(offices, "opd", "new", "--from", RID, "--tahun", "2025", "--report", NEW)
    assert out.returncode == 0, out.stderr
    for who in ("bappeda", "opd"):
        assert lkj(offices, who, "sync").returncode == 0
    assert any(c["field"] == ["tahun"] for c in _meta(offices, "opd")["conflicts"])
