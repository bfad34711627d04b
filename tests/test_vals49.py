"""vals49: the import's last round-trip gaps, each through the installed command.

An import whose output nobody reads (``lkj-tui import BOOK.xlsx 2>&1 | head -3``) died on the
closed pipe while writing its warnings, before it saved: nothing imported, exit status 0.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

from tests.conftest import LKJ_TUI, run_cli
from tests.test_vals41 import _document, _ids
from tests.test_vals48 import _export, _newer


def _to_a_closed_pipe(*args: str, store: Path) -> int:
    """The exit status of ``lkj-tui ARGS`` whose stdout and stderr are a pipe whose reader has
    gone before the first line (as ``| head -3`` once it has its lines, without the race)."""
    read, write = os.pipe()
    os.close(read)
    env = {k: v for k, v in os.environ.items() if not k.startswith("LKJ_TUI")}
    env.update(LKJ_TUI_STORE=str(store), COLUMNS="80")
    try:
        done = subprocess.run(
            [str(LKJ_TUI), *args], stdout=write, stderr=write, stdin=subprocess.DEVNULL,
            env=env, timeout=60,
        )  # fmt: skip
    finally:
        os.close(write)
    return done.returncode


def test_an_import_whose_output_is_not_read_is_saved_all_the_same(tmp_path: Path) -> None:
    path = _document(tmp_path, "baru-2023", _newer)  # (kept fields: warnings before the save)
    said = run_cli("import", str(path), "--dry-run", store=tmp_path / "dry")
    assert said.returncode == 0 and "peringatan:" in said.stderr, said.stderr
    for lang in ("id", "en"):
        store = tmp_path / f"s-{lang}"
        assert _to_a_closed_pipe("import", str(path), "--lang", lang, store=store) == 0
        assert _ids(store) == ["baru-2023"]  # (nothing was saved)
        out = tmp_path / f"{lang}.json"
        done = run_cli("export", "-r", "baru-2023", "--format", "json", "-o", str(out), store=store)
        assert done.returncode == 0, done.stderr
        nodes = json.loads(out.read_text(encoding="utf-8"))["nodes"]
        assert [n["bobot"] for n in nodes] == [0]  # the whole report, its kept fields too


def test_a_refused_import_or_command_unread_still_exits_as_refused(tmp_path: Path) -> None:
    """Its problems written to nobody: the exit status still says it failed (it was 0)."""

    def bad_year(doc: dict) -> None:
        doc["report"]["tahun"] = "dua ribu"

    store = tmp_path / "s"
    path = _document(tmp_path, "baru-2023", bad_year)
    assert _to_a_closed_pipe("import", str(path), store=store) == 2
    assert "baru-2023" not in _ids(store)
    good = _document(tmp_path, "lain-2023", _newer)
    assert run_cli("import", str(good), store=store).returncode == 0
    # the id taken (a dry run says so before any save), a report the store does not hold
    assert _to_a_closed_pipe("import", str(good), "--dry-run", store=store) == 1
    # (a typed id the store does not hold: 2, cli61's rule)
    assert _to_a_closed_pipe("status", "--report", "tidak-ada", store=store) == 2
    assert _to_a_closed_pipe("status", "--report", "lain-2023", store=store) == 0


def _laporan(path: Path) -> list[tuple[object, object]]:
    import openpyxl

    sheet = openpyxl.load_workbook(path)["Laporan"]
    return [(row[0].value, row[1].value) for row in sheet.iter_rows()]


#: A newer lkj-tui's report fields named as this one's Laporan keys are spelled (a key, an alias,
#: a field without a key of its own), or as a cell would not keep them (spaced, in quotes).
_LOOK_ALIKES = ("Instansi", "Tahun Anggaran", "sumber", "skala", "Visi", "OPD", " x ", '"q"')


def test_a_report_field_named_like_a_laporan_key_makes_the_round_trip(tmp_path: Path) -> None:
    """A field "Instansi" was written as a Laporan row the import read as the instansi (then
    refused as a key given twice): written in double quotes, read back as the field it was."""

    def look_alikes(doc: dict) -> None:
        for n, key in enumerate(_LOOK_ALIKES):
            doc["report"][key] = f"nilai {n}"
        doc["report"]["bobot"] = 5  # (a key no one would mistake: as it is)

    path = _document(tmp_path, "baru-2023", look_alikes)
    first, second = tmp_path / "s1", tmp_path / "s2"
    assert run_cli("import", str(path), store=first).returncode == 0
    before, xlsx = tmp_path / "a.json", tmp_path / "a.xlsx"
    for out in (before, xlsx):
        _export(first, out)
    rows = dict(_laporan(xlsx))
    assert rows['"Instansi"'] == "nilai 0" and rows["bobot"] == "5"
    assert rows["instansi"] == "Sekretariat Daerah Kabupaten Bengkulu Selatan"
    done = run_cli("import", str(xlsx), store=second)
    assert done.returncode == 0, done.stderr
    after, again = tmp_path / "b.json", tmp_path / "b.xlsx"
    for out in (after, again):
        _export(second, out)
    report = json.loads(after.read_text(encoding="utf-8"))["report"]
    assert report == json.loads(before.read_text(encoding="utf-8"))["report"]
    assert [report[key] for key in _LOOK_ALIKES] == [f"nilai {n}" for n in range(8)]
    assert _laporan(again) == _laporan(xlsx)  # export → import → export: the same sheet


def test_a_fields_own_name_in_quotes_is_that_field(tmp_path: Path) -> None:
    """Only a name no field of this lkj-tui's has is kept when quoted: "tahun" in quotes is the
    year, so given again it is refused (it was kept as an unknown field that overwrote the year
    2025 with 2024, unsaid); "Pemerintah" in quotes is kept as it is."""
    from tests.test_vals47 import _workbook

    rows = [('"tahun"', "2024"), ('"Pemerintah"', "lain")]
    done = run_cli("import", str(_workbook(tmp_path, "a.xlsx", rows)), store=tmp_path / "s")
    assert done.returncode == 2, done.stderr
    assert '"tahun"": kunci \'tahun\' ganda (juga di Laporan!A4)' in done.stderr, done.stderr
    store = tmp_path / "s2"
    done = run_cli("import", str(_workbook(tmp_path, "b.xlsx", rows[1:])), "--report", "uji-2025",
                   store=store)  # fmt: skip
    assert done.returncode == 0, done.stderr
    out = tmp_path / "a.json"
    assert run_cli("export", "-r", "uji-2025", "--format", "json", "-o", str(out),
                   store=store).returncode == 0  # fmt: skip
    report = json.loads(out.read_text(encoding="utf-8"))["report"]
    assert report["tahun"] == 2025 and report["Pemerintah"] == "lain"
