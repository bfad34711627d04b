"""``new --from ID --tahun Y`` and the years (years13): an earlier year was made ("Laporan
...-2022 dibuat dari ...-2023", its history holding 2023's realisasi, a later year's); a year
beyond the Renstra period said only "74 indikator tanpa target tahun itu"."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lkj_tui.bundled import BUNDLED_REPORT_ID
from lkj_tui.storage.store import Store
from tests.conftest import run_cli


def test_new_from_refuses_an_earlier_year_and_says_how_to_make_it(store_path: Path) -> None:
    done = run_cli("new", "--from", BUNDLED_REPORT_ID, "--tahun", "2022", store=store_path)
    assert done.returncode == 2 and not done.stdout
    assert (
        "tahun baru (2022) sebelum tahun laporan (2023): --from membuat laporan tahun sesudahnya "
        "(realisasi 2023 menjadi riwayat); laporan 2022 diimpor, atau dibuat kosong dengan: "
        "lkj-tui new --instansi NAMA --tahun 2022"
    ) in " ".join(done.stderr.split())
    en = run_cli(
        "new", "--from", BUNDLED_REPORT_ID, "--tahun", "2021", "--lang", "en", store=store_path
    )
    assert en.returncode == 2
    assert "the new year (2021) is before the report's (2023)" in " ".join(en.stderr.split())
    assert [r.id for r in Store(store_path).list_reports()] == [BUNDLED_REPORT_ID]  # nothing made


def test_new_from_says_a_year_outside_the_renstra_period(store_path: Path) -> None:
    done = run_cli("new", "--from", BUNDLED_REPORT_ID, "--tahun", "2027", store=store_path)
    assert done.returncode == 0, done.stderr
    said = " ".join(done.stdout.split())
    assert "(74 indikator tanpa target tahun itu) — 2027 di luar periode Renstra 2021–2026" in said
    assert "isi target tahun itu seperti di bawah. Realisasi 2023 dipindah" in said  # (cli29)
    assert "lkj-tui set --report bengkulu-selatan-setda-2027 " in said  # (the fill's lines)
    # inside the period: as before
    inside = run_cli("new", "--from", BUNDLED_REPORT_ID, "--tahun", "2024", store=store_path)
    assert inside.returncode == 0, inside.stderr
    assert "periode Renstra" not in inside.stdout
    en = run_cli(
        "new", "--from", BUNDLED_REPORT_ID, "--tahun", "2030", "--lang", "en", store=store_path
    )
    assert "2030 is outside the Renstra period 2021–2026" in " ".join(en.stdout.split())


def test_new_from_says_how_to_list_and_fill_the_indicators_without_a_target(
    store_path: Path,
) -> None:
    """ "63 indikator tanpa target tahun itu" said how many but not how to find or fill them
    (edit19): the workbook round trip that fills them at once, and the TUI's key for one."""
    rid = "bengkulu-selatan-setda-2024"
    done = run_cli("new", "--from", BUNDLED_REPORT_ID, "--tahun", "2024", store=store_path)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert "(63 indikator tanpa target tahun itu)" in lines[0]
    assert lines[1] == "Isi target yang kosong di workbook (kolom target), lalu impor kembali:"
    assert lines[2:] == [  # (the store from $LKJ_TUI_STORE: no --store to name)
        f"  lkj-tui export --report {rid} -f xlsx -o {rid}.xlsx",
        f"  lkj-tui import {rid}.xlsx --report {rid} --overwrite",
        "Daftarnya (“Target kosong”, “Indikator kegiatan tanpa target”):",
        f"  lkj-tui check --report {rid}",
        "Lalu isi satu per satu: set menerima kode simpul (mis. “IKU 1”) atau id yang dicetak "
        "check sesudah “simpul”:",
        lines[7],
        "Atau di TUI, tombol T: hanya yang tanpa target, t: isi targetnya:",
        f"  lkj-tui --report {rid}",
    ]
    # the set line names a real node without a target, by the id check prints for it (edit22:
    # the hint said to fill targets but not how to name a node to set)
    command = lines[7].split()
    assert command[:4] == ["lkj-tui", "set", "--report", rid] and command[5:] == ["target", "NILAI"]
    listed = run_cli("check", "--report", rid, store=store_path).stdout
    assert f"(simpul {command[4]})" in " ".join(listed.split())
    filled = run_cli("set", "--report", rid, command[4], "target", "7", store=store_path)
    assert filled.returncode == 0 and "Target: — → 7" in filled.stdout, filled.stderr
    en = run_cli(
        "new", "--from", BUNDLED_REPORT_ID, "--tahun", "2025", "--lang", "en", store=store_path
    )
    assert "Fill the empty targets in the workbook (its target column)" in en.stdout
    assert "Or in the TUI, key T: only those without a target" in en.stdout
    # the findings by the names check --lang en prints (their titles, as in Bahasa Indonesia:
    # check printed the ids, walk57; edit22)
    assert "Their list (“Target missing”, “Activity indicator without a target”):" in en.stdout
    listed = run_cli(
        "check", "--report", "bengkulu-selatan-setda-2025", "--lang", "en", store=store_path
    ).stdout
    assert "✗ Target missing · " in listed
    assert "! Activity indicator without a target · " in listed
    said = en.stdout.splitlines()
    at = said.index(
        "Then fill them one by one: set takes a node's code (e.g. “IKU 1”) or the id check "
        "prints after “node”:"
    )
    assert said[at + 1].startswith("  lkj-tui set --report bengkulu-selatan-setda-2025 ")
    assert said[at + 1].endswith(" target VALUE --lang en")  # (cli22: in the language asked)


@pytest.mark.parametrize(
    ("lang", "title"),
    [("id", "Indikator kegiatan tanpa target"), ("en", "Activity indicator without a target")],
)
def test_check_lists_every_indikator_kegiatan_new_from_left_without_a_target(
    store_path: Path, lang: str, title: str
) -> None:
    """``new`` said "63 indikator tanpa target" but ``check`` named only the IKU (edit20): the
    indikator kegiatan among them were found nowhere. Each is a warning now, by its name."""
    rid = "bengkulu-selatan-setda-2024"
    assert run_cli("new", "--from", BUNDLED_REPORT_ID, "--tahun", "2024", store=store_path)
    report = Store(store_path).load(rid).report
    kegiatan = [n for n in report.walk() if n.kind == "indikator_kegiatan" and not n.measure.target]
    assert kegiatan
    done = run_cli("check", "--report", rid, "--json", "--lang", lang, store=store_path)
    found = [
        f for f in json.loads(done.stdout)["findings"] if f["check"] == "missing-target-kegiatan"
    ]
    assert sorted(f["node"] for f in found) == sorted(n.id for n in kegiatan)
    assert {f["severity"] for f in found} == {"warning"}
    text = run_cli("check", "--report", rid, "--lang", lang, store=store_path).stdout
    assert " ".join(text.split()).count(f"! {title} · ") == len(kegiatan)
    # the bundled report's kegiatan all have theirs: nothing there
    bundled = run_cli("check", "--report", BUNDLED_REPORT_ID, "--json", store=store_path)
    assert "missing-target-kegiatan" not in bundled.stdout
