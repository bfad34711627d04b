"""``lkj-tui new``: an empty report, and next year's report from this one (rollover)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lkj_tui.bundled import BUNDLED_REPORT_ID, load_bundled_report
from lkj_tui.core.model import ModelError
from lkj_tui.core.rollover import next_report_id, rollover
from lkj_tui.storage.store import Store
from tests.conftest import run_cli


def test_next_report_id_replaces_the_year() -> None:
    assert next_report_id("setda-2023", 2023, 2024) == "setda-2024"
    assert next_report_id("lkj-2023-setda-2023", 2023, 2024) == "lkj-2023-setda-2024"
    assert next_report_id("setda", 2023, 2024) == "setda-2024"
    assert next_report_id("setda-20231", 2023, 2024) == "setda-20231-2024"


def test_rollover_keeps_the_tree_and_moves_the_year() -> None:
    old = load_bundled_report()
    before = old.to_document()
    new = rollover(old, 2024)
    assert old.to_document() == before  # the old report is untouched
    assert new.meta.id == "bengkulu-selatan-setda-2024" and new.meta.tahun == 2024
    assert new.meta.instansi == old.meta.instansi and new.meta.periode == old.meta.periode
    assert [(n.kind, n.code, n.name) for n in new.walk()] == [
        (n.kind, n.code, n.name) for n in old.walk()
    ]
    assert not {n.id for n in new.walk()} & {n.id for n in old.walk()}
    for was, now in zip(old.walk(), new.walk(), strict=True):
        assert now.permasalahan == () and now.solusi == ()
        if was.measure is None:
            assert now.measure is None
            continue
        m = now.measure
        assert m is not None
        assert m.targets == was.measure.targets
        assert m.target == was.measure.targets.get(2024)
        assert m.realisasi is None and m.triwulan == (None,) * 4 and m.printed == ()
        if was.measure.realisasi is not None:
            assert m.realisasi_history[2023] == was.measure.realisasi
        for year, text in was.measure.realisasi_history.items():
            assert m.realisasi_history[year] == text


def test_rollover_to_the_same_year_is_refused() -> None:
    with pytest.raises(ModelError):
        rollover(load_bundled_report(), 2023)


def test_new_commands_end_to_end(store_path: Path) -> None:
    done = run_cli("new", "--from", BUNDLED_REPORT_ID, "--tahun", "2024", store=store_path)
    assert done.returncode == 0, done.stderr
    store = Store(store_path)
    new = store.load("bengkulu-selatan-setda-2024").report
    lppd = next(n for n in new.walk() if n.code == "IKU 1")
    assert lppd.measure is not None and lppd.measure.target == "3,32"
    assert store.load(BUNDLED_REPORT_ID).report.to_document() == load_bundled_report().to_document()
    again = run_cli("new", "--from", BUNDLED_REPORT_ID, "--tahun", "2024", store=store_path)
    assert again.returncode == 1 and "sudah ada" in again.stderr
    status = run_cli(
        "status", "--json", "--report", "bengkulu-selatan-setda-2024", store=store_path
    )
    assert status.returncode == 0 and json.loads(status.stdout)["summary"]["indicators"] == 10

    empty = run_cli("new", "--report", "dinas-x-2025", "--instansi", "Dinas X", "--tahun", "2025",
                    store=store_path)  # fmt: skip
    assert empty.returncode == 0, empty.stderr
    assert len(store.load("dinas-x-2025").report) == 0
    bad = run_cli(
        "new", "--report", "Bad Id", "--instansi", "X", "--tahun", "2025", store=store_path
    )
    assert bad.returncode == 2 and "Traceback" not in bad.stderr
    missing = run_cli("new", "--tahun", "2025", store=store_path)
    assert missing.returncode == 2 and "--instansi" in missing.stderr


def test_new_and_template_answer_in_english(store_path: Path, tmp_path: Path) -> None:
    """walk8: she runs every command with --lang en; `lkj-tui new --from … --tahun 2025 --lang en`
    was a usage error ("No such option: --lang"), as was `lkj-tui --lang en new …` ("does not
    apply to the command 'new'"), and new's and template's messages were Indonesian only."""
    made = run_cli(
        "new", "--from", BUNDLED_REPORT_ID, "--tahun", "2024", "--lang", "en", store=store_path
    )
    assert made.returncode == 0, made.stderr
    assert made.stdout.startswith("Report bengkulu-selatan-setda-2024 made from ")
    assert "the old report is unchanged" in made.stdout
    again = run_cli(
        "--lang", "en", "new", "--from", BUNDLED_REPORT_ID, "--tahun", "2024", store=store_path
    )
    assert again.returncode == 1
    assert "report 'bengkulu-selatan-setda-2024' already exists; not overwritten" in again.stderr
    same = run_cli(
        "new", "--from", BUNDLED_REPORT_ID, "--tahun", "2023", "--lang", "en", store=store_path
    )
    assert same.returncode == 2 and "the new year is the report's own year (2023)" in same.stderr
    assert same.stderr.rstrip().endswith("e.g. --tahun 2024"), same.stderr  # (what to write)
    empty = run_cli("new", "--tahun", "2025", "--lang", "en", store=store_path)
    assert empty.returncode == 2 and "an empty report needs --instansi (" in empty.stderr
    indonesian = run_cli("new", "--tahun", "2025", store=store_path)
    assert "laporan kosong perlu --instansi (" in indonesian.stderr
    out = tmp_path / "t.xlsx"
    written = run_cli("template", "-o", str(out), "--lang", "en")
    assert written.returncode == 0 and written.stdout.startswith("Template written: ")
    exists = run_cli("template", "-o", str(out), "--lang", "en")
    assert exists.returncode == 1 and "already exists; not overwritten" in exists.stderr


def test_new_empty_report_takes_its_id_from_the_instansi_and_year(store_path: Path) -> None:
    """lead13: a planner starting her office's report typed `lkj-tui new --instansi "Dinas
    Kesehatan" --tahun 2025` and was told to invent an id as well, while the import and the
    TUI's new-report form make one from the same two fields. The id is made as they make it;
    a second run does not overwrite it; `--report` still chooses one."""
    made = run_cli("new", "--instansi", "Dinas Kesehatan Ñ", "--tahun", "2025", store=store_path)
    assert made.returncode == 0, made.stderr
    assert "Laporan kosong dinas-kesehatan-n-2025 dibuat" in made.stdout
    listed = run_cli("status", "-r", "dinas-kesehatan-n-2025", "--json", store=store_path)
    assert listed.returncode == 0, listed.stderr
    assert json.loads(listed.stdout)["report"]["instansi"] == "Dinas Kesehatan Ñ"
    again = run_cli("new", "--instansi", "Dinas Kesehatan Ñ", "--tahun", "2025", store=store_path)
    assert again.returncode == 1 and "'dinas-kesehatan-n-2025' sudah ada" in again.stderr
    chosen = run_cli(
        "new",
        "--instansi",
        "Dinas Kesehatan",
        "--tahun",
        "2025",
        "-r",
        "dinkes-25",
        store=store_path,
    )
    assert chosen.returncode == 0 and "dinkes-25" in chosen.stdout


def test_new_from_groups_the_thousands_and_says_how_to_write_the_year(tmp_path: Path) -> None:
    """A kabupaten's report made next year's said "1462 simpul" (the other commands group the
    thousands: "1.462"), and "--tahun 26" was answered "tahun tidak masuk akal: 26" without the
    form to write."""
    from lkj_tui.core import edits

    report = load_bundled_report()
    program = next(n for n in report.walk() if n.kind == "program")
    for i in range(900):
        edits.apply(report, edits.add(report, program.id, "kegiatan", f"Kegiatan {i}", ""))
    root = tmp_path / "store"
    Store(root).import_report(report)
    out = run_cli("new", "--from", BUNDLED_REPORT_ID, "--tahun", "2024", store=root)
    assert out.returncode == 0, out.stderr
    assert f"{len(report) // 1000}.{len(report) % 1000:03d} simpul" in out.stdout, out.stdout
    out = run_cli("new", "--from", BUNDLED_REPORT_ID, "--tahun", "2025", "--lang", "en", store=root)
    assert f"{len(report) // 1000},{len(report) % 1000:03d} nodes" in out.stdout, out.stdout
    out = run_cli("new", "--from", BUNDLED_REPORT_ID, "--tahun", "26", store=root)
    assert out.returncode == 2 and "tulis empat angka, mis. --tahun 2026" in out.stderr


def test_new_from_without_tahun_makes_the_year_after_and_says_so(tmp_path: Path) -> None:
    """``new --from X`` without ``--tahun`` was refused ("--tahun wajib diisi"), though --from
    makes next year's report: it takes the year after X's and says so; a second time, that
    year's report exists, and the refusal says which and how to open it or choose another
    (id and en, with the --store the user typed)."""
    root = tmp_path / "s"
    Store(root, seed=load_bundled_report)
    for lang, said, exists in (
        ("id", "Tahun laporan baru: 2024, tahun sesudah 2023", "laporan tahun 2024"),
        ("en", "The new report's year: 2024, the year after 2023", "the 2024 report"),
    ):
        args = ("--store", str(root), "--lang", lang, "new", "--from", BUNDLED_REPORT_ID)
        made = run_cli(*args, "--report", f"setda-{lang}")
        assert made.returncode == 0, made.stderr
        assert said in made.stdout and "Traceback" not in made.stderr
        report = Store(root).load(f"setda-{lang}").report
        assert report.meta.tahun == 2024
        again = run_cli(*args, "--report", f"setda-{lang}")
        assert again.returncode == 1 and "Traceback" not in again.stderr
        assert f"{exists} " in again.stderr and "--tahun" in again.stderr
        assert f"lkj-tui --report setda-{lang} --store {root}" in again.stderr
    empty = run_cli("--store", str(root), "new", "--instansi", "X")  # no --from: still needed
    assert empty.returncode == 2 and "laporan kosong perlu --tahun (" in empty.stderr
