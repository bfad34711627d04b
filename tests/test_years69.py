"""years69: `compare --json` listed an ambiguous row's candidates (id, kode, name) without the
reason the text gives since years68 ("nama sama; juga kemungkinan bagi IKU 2"): each candidate
now carries it as data: what it shares with the row (`shared`) and the newer report's indicator
in the way (`also_candidate_of`, `name_now_of`)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import run_cli
from tests.test_years67 import OTHER, SETDA, store  # noqa: F401
from tests.test_years68 import given_away  # noqa: F401


def _ambiguous(root: Path, *args: str) -> dict[str, dict]:
    done = run_cli("compare", *args, "--json", store=root)
    assert done.returncode == 0, done.stderr
    rows = json.loads(done.stdout)["rows"]
    return {r["new"]["code"] if r["new"] else "": r for r in rows if r["state"] == "ambiguous"}


def test_a_candidate_claimed_twice_names_the_other_row(store: Path) -> None:  # noqa: F811
    rows = _ambiguous(store, SETDA, OTHER)
    assert set(rows) == {"IKU 1", "IKU 2"}, rows
    for own, other in (("IKU 1", "IKU 2"), ("IKU 2", "IKU 1")):
        (candidate,) = rows[own]["candidates"]
        assert candidate["code"] == "IKU 1" and candidate["name"] == "Nilai LPPD", candidate
        assert candidate["shared"] == ["name"], candidate  # (two offices: names only)
        claimed = candidate["also_candidate_of"]
        assert claimed is not None and claimed["code"] == other, candidate
        assert claimed["name"] == "Nilai LPPD" and claimed["id"], candidate
        assert candidate["name_now_of"] is None, candidate


def test_a_kode_given_away_names_who_has_its_name(given_away: Path) -> None:  # noqa: F811
    rows = _ambiguous(given_away)
    (candidate,) = rows["IKU 1"]["candidates"]
    assert candidate["code"] == "IKU 1" and candidate["name"] == "Nilai LPPD", candidate
    assert candidate["shared"] == ["code"], candidate
    named = candidate["name_now_of"]
    assert named is not None and named["code"] == "IKU 5", candidate
    assert named["name"] == "Nilai LPPD", candidate
    assert candidate["also_candidate_of"] is None, candidate
