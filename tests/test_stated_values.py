"""What a reader meets when a measure's printed value is unusual (an outside check of the numbers,
issue 17's ninth pass): ``check``, ``status``, ``calc`` and ``set`` say the same thing about it. Run
through the installed command, as a user would."""

from __future__ import annotations

import json
from pathlib import Path

from lkj_tui.bundled import load_bundled_report
from lkj_tui.core.model import Report
from lkj_tui.storage.store import Store
from tests.conftest import run_cli
from tests.test_status import _set_realisasi


def _store_with(tmp_path: Path, code: str, realisasi: str) -> Path:
    doc = load_bundled_report().to_document()
    _set_realisasi(doc["nodes"], code, realisasi)
    path = tmp_path / "store"
    Store(path).import_report(Report.from_document(doc))
    return path


def test_an_n_a_realisasi_is_not_reported_in_check_status_calc_and_set(tmp_path: Path) -> None:
    """A realisasi "n/a" (or "NA") is not reported, as "-" is (vals23): the engine read it as a
    text ("target “91” (angka) dan realisasi “n/a” (teks) tidak dapat dibandingkan", `set`
    refused it) while the reviu counted it missing. Now calc, status, check and set agree: no
    capaian, "kosong bukan 0", and "n/a" against "n/a" is no 100 %."""
    path = _store_with(tmp_path, "IKU 4", "n/a")
    for realisasi in ("n/a", " NA "):
        calc = run_cli("calc", "91", realisasi)
        assert calc.returncode == 0, calc.stderr
        assert "realisasi belum diisi (kosong bukan 0)" in calc.stdout, calc.stdout
        assert "tidak dapat dibandingkan" not in calc.stdout
    both = run_cli("calc", "n/a", "n/a", "--json")
    assert json.loads(both.stdout)["achievement"] is None, both.stdout
    for lang, check, said in (
        ("id", "Realisasi kosong", "capaian tidak terukur (kosong bukan 0)."),
        ("en", "Realisasi missing", "no capaian (empty is not 0)."),
    ):
        out = run_cli("--lang", lang, "check", store=path, env={"COLUMNS": "400"})
        [line] = [x for x in out.stdout.splitlines() if f"{check} · IKU 4" in x]
        assert said in line and "n/a" in line, line  # (then the capaian printed: vals27)
    status = run_cli("status", store=path)
    assert "tidak terukur" in next(x for x in status.stdout.splitlines() if "IKU 4" in x)
    done = run_cli("set", "IKU 5", "realisasi", "n/a", store=path)
    assert done.returncode == 0, done.stderr
    assert "realisasi belum diisi" in done.stdout, done.stdout


def test_status_treats_a_number_printed_for_the_middle_of_a_range_as_check_does(
    store_path: Path,
) -> None:
    """IKU 3 (inflation, "3 ± 1"): the narasi prints its target and realisasi as "3". ``check``
    groups 3 with 3 ± 1 (no target-conflict, no realisasi-conflict); ``status`` (and the export,
    the TUI) used to list "Target lain: 3 (narasi 3.2) → tidak terukur" and "Dicetak lain: … realisasi
    3". A 3 against 2 ± 1 still differs."""
    from lkj_tui.core.evaluate import same_value

    check = run_cli("check", "--json", store=store_path)
    iku3 = [f for f in json.loads(check.stdout)["findings"] if f["code"] == "IKU 3"]
    assert iku3 and not [f for f in iku3 if f["check"] in ("target-conflict", "realisasi-conflict")]
    for lang in ("id", "en"):
        out = run_cli("--lang", lang, "status", store=store_path, env={"COLUMNS": "400"})
        lines = out.stdout.splitlines()
        row = next(i for i, x in enumerate(lines) if x.startswith("IKU 3 "))
        assert lines[row + 1].startswith("IKU 4 "), lines[row : row + 2]
    data = json.loads(run_cli("status", "--json", store=store_path).stdout)
    [item] = [i for i in data["items"] if i["code"] == "IKU 3"]
    assert item["target_conflicts"] == []
    assert all(p["matches"] is not False for p in item["printed"])
    assert same_value("3", "3 ± 1") and same_value("2,5–3,5", "3,00")
    assert not same_value("3", "2 ± 1") and not same_value("3 Dokumen", "2-4 kali")
