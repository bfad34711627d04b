"""vals18: ``lkj-tui check``'s target-conflict is an error when the printed targets give the LKj
different capaian (or verdicts) at its realisasi, and a warning when every one gives the same
(the Perjanjian Kinerja's "> 95 %" against the LKj's "95 %" at 97 %: only the writing differs).
Either way the finding names the target to follow and the tables to correct, id and en."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lkj_tui.core.model import Report
from lkj_tui.storage.store import Store
from tests.conftest import run_cli
from tests.test_reviu import _doc


def _store(tmp_path: Path, realisasi: str, table: str = "Perjanjian Kinerja 2023") -> Path:
    doc = _doc(
        measure={
            "target": "95 %",
            "realisasi": realisasi,
            "triwulan": [None] * 4,
            "targets": {"2024": "96"},
            "printed": [{"table": table, "field": "target", "value": "> 95 %"}],
        }
    )
    store = Store(tmp_path / "s")
    store.import_report(Report.from_document(doc))
    return store.root


def _conflict(root: Path, lang: str = "id") -> tuple[dict[str, object], int]:
    done = run_cli("check", "--json", "--lang", lang, store=root)
    (found,) = [f for f in json.loads(done.stdout)["findings"] if f["check"] == "target-conflict"]
    return found, done.returncode


def test_a_target_written_two_ways_with_one_capaian_is_a_warning_naming_the_fix(
    tmp_path: Path,
) -> None:
    root = _store(tmp_path, "97 %")
    found, code = _conflict(root)
    assert found["severity"] == "warning" and code == 0, found
    assert "Pada realisasi 97 %, capaian sama menurut tiap target (102,11 %)" in found["message"]
    assert "Tulis target di LKj seperti di Perjanjian Kinerja 2023: > 95 %." in found["message"]
    en, _ = _conflict(root, "en")
    assert "At realisasi 97 % each gives the same capaian (102,11 %)" in en["message"]
    assert "Write the target in LKj as in Perjanjian Kinerja 2023: > 95 %." in en["message"]
    text = run_cli("check", store=root).stdout
    assert "! Target tahun ini tercetak berbeda-beda" in text and "✗ Target tahun ini" not in text


def test_a_target_whose_forms_give_two_verdicts_stays_an_error_naming_the_fix(
    tmp_path: Path,
) -> None:
    """At 95 % the LKj's 95 % is met (100 %) and the PK's "> 95 %" is not: an error, and the
    capaian changes with the target to follow."""
    found, code = _conflict(_store(tmp_path, "95 %"))
    assert found["severity"] == "error" and code == 1, found
    assert "95 % → 100,00 %; > 95 % → n/a (tidak tercapai) ▼" in found["message"]
    said = "Perjanjian Kinerja menetapkan > 95 %: perbaiki target (dan capaiannya) di LKj"
    assert said in found["message"]


def test_without_a_pk_the_finding_says_what_to_correct_either_way(tmp_path: Path) -> None:
    root = _store(tmp_path, "95 %", table="Tabel 2.1")
    found, _ = _conflict(root)
    assert found["severity"] == "error"
    said = "bila 95 % benar, perbaiki target di Tabel 2.1; bila tidak, perbaiki target dan capaian"
    assert said in found["message"]
    en, _ = _conflict(root, "en")
    assert "if 95 % is right, correct the target in Tabel 2.1; if not" in en["message"]


@pytest.mark.parametrize("table", ["Penetapan Kinerja 2023", "Target PK", "Lampiran PK 2023"])
def test_a_pk_table_by_its_other_names_is_the_target_to_follow(tmp_path: Path, table: str) -> None:
    """vals19: a PK table was known only by a name starting "Perjanjian Kinerja" or "PK"; the
    names real workbooks use ("Penetapan Kinerja", "Target PK") got "Cocokkan dengan Perjanjian
    Kinerja" although the table is one. They name it the target to follow now, id and en."""
    root = _store(tmp_path, "95 %", table=table)
    found, _ = _conflict(root)
    said = "Perjanjian Kinerja menetapkan > 95 %: perbaiki target (dan capaiannya) di LKj"
    assert said in found["message"] and "Cocokkan" not in found["message"], found
    en, _ = _conflict(root, "en")
    said_en = "The Perjanjian Kinerja sets > 95 %: correct the target (and its capaian)"
    assert said_en in en["message"]
