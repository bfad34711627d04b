"""`lkj-tui status` on the bundled report: the figures a reviewer reads, as a user runs it."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from lkj_tui.cli.main import app
from tests.conftest import run_cli

# Our engine's figures for the bundled LKj 2023 (the report prints rounded or truncated ones).
EXPECTED_IKU = {
    "IKU 1": (88.51, "Tinggi", True),  # 2,85 / 3,22
    "IKU 2": (172.9, "Sangat Tinggi", False),  # A (86,45) vs CC = 50
    "IKU 3": (100.0, "Sangat Tinggi", False),  # 3 ± 1 as printed both sides
    "IKU 4": (107.69, "Sangat Tinggi", False),  # 98 / 91
    "IKU 5": (114.85, "Sangat Tinggi", False),  # 100 / 87,07
    "IKU 6": (104.91, "Sangat Tinggi", False),  # 63,20 / 60,24
    "IKU 7": (100.0, "Sangat Tinggi", False),  # B vs B
    "IKU 8": (83.33, "Tinggi", True),  # CC = 50 vs B = 60
    "IKU 9": (100.0, "Sangat Tinggi", False),  # WTP vs WTP
    "IKU 10": (105.88, "Sangat Tinggi", False),  # 90 / 85
}


def _status_json(store_path: Path, *extra: str) -> dict:
    result = run_cli("status", "--json", *extra, store=store_path)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_status_json_reproduces_the_bundled_figures(store_path: Path) -> None:
    data = _status_json(store_path)
    assert data["report"] == {
        "id": "bengkulu-selatan-setda-2023",
        "instansi": "Sekretariat Daerah Kabupaten Bengkulu Selatan",
        "year": 2023,
    }
    iku = {i["code"]: i for i in data["items"] if i["level"] == "iku"}
    assert set(iku) == set(EXPECTED_IKU)
    for code, (achievement, rating, under) in EXPECTED_IKU.items():
        item = iku[code]
        assert (item["achievement"], item["rating"], item["under_target"]) == (
            achievement,
            rating,
            under,
        ), code
    lppd = iku["IKU 1"]
    assert (lppd["target"], lppd["realisasi"]) == ("3,22", "2,85")
    assert lppd["reported_achievement"] == 88.51  # Tabel 3.2 prints 88.51 (Tabel 3.2.1 prints 100)
    assert lppd["renstra_achievement"] == 85.33  # 2,85 / 3,34, as Tabel 3.2 prints
    assert iku["IKU 6"]["renstra_achievement"] == 94.87  # 63,20 / 66,62
    assert iku["IKU 2"]["reported_achievement"] == 172.0

    summary = data["summary"]
    assert summary["indicators"] == 10
    assert summary["under_target"] == 2
    assert summary["average_achievement"] == 107.81
    assert summary["by_rating"] == {
        "Sangat Tinggi": 8,
        "Tinggi": 2,
        "Sedang": 0,
        "Rendah": 0,
        "Sangat Rendah": 0,
    }
    levels = {i["level"] for i in data["items"]}
    assert levels == {"iku", "lainnya", "kegiatan"}
    lainnya = {i["name"]: i for i in data["items"] if i["level"] == "lainnya"}
    assert len(lainnya) == 2
    # Every under-target item at every level: the surat row (90 of 132 = 68,18 %, Sedang)
    surat = [i for i in data["items"] if i["realisasi"] == "90 Surat"]
    assert len(surat) == 1 and surat[0]["achievement"] == 68.18 and surat[0]["rating"] == "Sedang"
    kepatuhan = [i for i in data["items"] if i["target"] == ">3,51"]
    assert (
        kepatuhan and kepatuhan[0]["achievement"] == 69.52 and kepatuhan[0]["under_target"] is True
    )


def test_status_rich_output_shows_marks_labels_and_printed_figures(store_path: Path) -> None:
    result = run_cli("status", store=store_path)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Sekretariat Daerah Kabupaten Bengkulu Selatan" in out
    assert "88,51 % ▼" in out  # the mark, not colour alone
    assert "Tinggi" in out and "Sangat Tinggi" in out
    assert "107,81 %" in out and "107,35 %" in out  # ours beside the report's printed average
    assert "100 (Tabel 3.2.1)" in out  # the contradicting printed LPPD capaian
    assert "68,18 %" in out  # an under-target kegiatan row is listed


def test_status_english(store_path: Path) -> None:
    result = run_cli("status", "--lang", "en", store=store_path)
    assert result.returncode == 0, result.stderr
    assert "under target" in result.stdout and "High" in result.stdout


def test_status_unknown_report_fails_with_one_line(store_path: Path) -> None:
    result = run_cli("status", "--report", "tidak-ada", store=store_path)
    assert result.returncode != 0
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "tidak-ada" in lines[0]


def test_status_refuses_a_broken_store_file_without_touching_it(store_path: Path) -> None:
    target = store_path / "bengkulu-selatan-setda-2023.json"
    target.write_bytes(b'{"meta": {"1": ')
    result = run_cli("status", store=store_path)
    assert result.returncode != 0
    assert str(target) in result.stderr
    assert target.read_bytes() == b'{"meta": {"1": '


def test_fresh_store_is_created_from_the_bundled_report(tmp_path: Path) -> None:
    fresh = tmp_path / "new-store"
    data = _status_json(fresh)
    assert data["summary"]["indicators"] == 10
    assert (fresh / "bengkulu-selatan-setda-2023.json").is_file()


def test_status_does_not_import_textual(store_path: Path) -> None:
    result = run_cli("status", store=store_path, env={"PYTHONPROFILEIMPORTTIME": "1"})
    assert result.returncode == 0, result.stderr
    imported = {
        line.rsplit("|", 1)[-1].strip()
        for line in result.stderr.splitlines()
        if "import time" in line
    }
    assert "tinydb" in imported  # the import log really is being read
    assert not any(name == "textual" or name.startswith("textual.") for name in imported)


def _set_realisasi(nodes: list, code: str, value: str) -> None:
    for node in nodes:
        if node.get("code") == code:
            node["measure"]["realisasi"] = value
        _set_realisasi(node.get("children", []), code, value)


def test_status_all_lists_every_report_worst_first(store_path: Path, store) -> None:
    from lkj_tui.bundled import load_bundled_report
    from lkj_tui.core.model import Report

    better = load_bundled_report().to_document()
    better["report"]["id"] = "contoh-2024"
    better["report"]["tahun"] = 2024
    _set_realisasi(better["nodes"], "IKU 1", "3,30")  # LPPD now on target
    store.import_report(Report.from_document(better))
    data = _status_json(store_path, "--all")
    assert [(r["id"], r["under_target"]) for r in data["reports"]] == [
        ("bengkulu-selatan-setda-2023", 2),
        ("contoh-2024", 1),
    ]
    text = run_cli("status", "--all", store=store_path)
    assert text.returncode == 0 and "contoh-2024" in text.stdout


def test_status_in_process_with_clirunner(store_path: Path) -> None:
    result = CliRunner().invoke(app, ["status", "--store", str(store_path), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["summary"]["under_target"] == 2
