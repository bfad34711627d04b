"""``check`` reports a tujuan, sasaran or indicator whose kode another one has (edit28): an
imported report's second "IKU 1" went unreported, while the editors refuse one (edit27). The
finding names both nodes and the next free kode; a program's kode may repeat."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lkj_tui.bundled import BUNDLED_REPORT_ID
from tests.conftest import run_cli


def _recode(store_path: Path, codes: dict[str, str]) -> None:
    """The report's file edited as another tool would write it: ``codes`` old → new, and two
    programs given one kode (which may repeat: one program under several IKU)."""
    path = store_path / f"{BUNDLED_REPORT_ID}.json"
    doc = json.loads(path.read_text(encoding="utf-8"))
    for node in doc["nodes"].values():
        if node.get("code") in codes:
            node["code"] = codes[node["code"]]
    for node in [n for n in doc["nodes"].values() if n.get("kind") == "program"][:2]:
        node["code"] = "1.01.02"
    path.write_text(json.dumps(doc), encoding="utf-8")


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        (
            "id",
            "Kode “IKU 1” sudah dipakai oleh IKU 1 Nilai LPPD; kode berikutnya yang bebas: IKU 11.",
        ),
        ("en", "The kode “IKU 1” is taken by IKU 1 Nilai LPPD; the next free one: IKU 11."),
    ],
)
def test_check_reports_a_second_iku_1(store_path, lang, said) -> None:
    _recode(store_path, {"IKU 2": "IKU 1"})
    done = run_cli("--lang", lang, "check", store=store_path)
    assert "Traceback" not in done.stderr
    assert said in " ".join(done.stdout.split()), done.stdout
    data = json.loads(run_cli("--lang", lang, "check", "--json", store=store_path).stdout)
    found = [f for f in data["findings"] if f["check"] == "duplicate-code"]
    assert len(found) == 1, found  # (not the programs')
    (f,) = found
    assert f["severity"] == "warning" and f["code"] == "IKU 1" and f["message"] == said
    first = next(g for g in data["findings"] if g["code"] == "IKU 1" and g["node"] != f["node"])
    assert f["figures"] == {"code": "IKU 1", "duplicate_of": first["node"], "next_free": "IKU 11"}
