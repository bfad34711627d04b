"""A number typed with a dot or in the English form is stored as the report writes it (vals57).

``set realisasi 2.93`` kept "2.93" as typed: the log read "2,85 → 2.93", status and the export
"2.93" beside every "2,85". The engine reads that dot as the decimal point (never a thousands
group: two digits after it), so the value is stored "2,93", one form everywhere, and what was
typed stays in the log: "2,85 → 2,93 (diketik 2.93)". A value the engine reads two ways ("3.226":
thousands, or a decimal point?) or cannot read is kept as typed and said as before."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lkj_tui.core.values import parse_value, written_id
from tests.conftest import run_cli

REPORT = "bengkulu-selatan-setda-2023"


def _stored(store: Path, code: str, field: str = "realisasi") -> str:
    """The value as the report's file holds it (the installed command's JSON export)."""
    done = run_cli("export", "--format", "json", store=store)
    assert done.returncode == 0, done.stderr
    nodes = json.loads(done.stdout)["nodes"]
    while nodes:
        node = nodes.pop()
        if node["code"] == code:
            return node["measure"][field]
        nodes += node["children"]
    raise AssertionError(code)


@pytest.mark.parametrize(
    ("field", "typed", "stored"),
    [
        ("realisasi", "2.93", "2,93"),  # (a dot before two digits: the decimal point)
        ("target", "> 2.5", "> 2,5"),
        ("realisasi", "2,935", "2,935"),  # (the Indonesian form as it is)
    ],
)
def test_set_stores_a_typed_number_as_the_report_writes_it(
    store_path: Path, field: str, typed: str, stored: str
) -> None:
    assert run_cli("init", store=store_path).returncode == 0
    done = run_cli("set", "IKU 1", field, typed, store=store_path)
    assert done.returncode == 0, done.stderr
    assert _stored(store_path, "IKU 1", field) == stored
    first = done.stdout.splitlines()[0]
    was = f"IKU 1 · {field.capitalize()}: {'2,85' if field == 'realisasi' else '3,22'} → "
    if typed == stored:
        assert first == f"{was}{stored}"
    else:
        assert first == f"{was}{stored} (diketik {typed})"
        # how the dot was read, as the TUI's dialog says it: no doubt (vals61)
        assert f"Titik pada '{typed.lstrip('> ')}' dibaca sebagai tanda desimal" in done.stdout
        assert "Perhatikan: titik" not in done.stdout
    status = run_cli("status", store=store_path).stdout
    row = next(line for line in status.splitlines() if line.startswith("IKU 1 "))
    assert stored in row and (typed == stored or typed not in row)
    export = run_cli("export", store=store_path).stdout
    assert typed == stored or f"| {typed} |" not in export


def test_the_log_keeps_what_was_typed(store_path: Path) -> None:
    assert run_cli("init", store=store_path).returncode == 0
    assert run_cli("set", "IKU 1", "realisasi", "2.93", store=store_path).returncode == 0
    assert run_cli("set", "IKU 6", "target", "1,234.5", store=store_path).returncode == 0
    said = run_cli("log", store=store_path).stdout
    assert "IKU 1 · Realisasi: 2,85 → 2,93 (diketik 2.93)" in said
    assert "IKU 6 · Target: 60,24 → 1.234,5 (diketik 1,234.5)" in said
    said_en = run_cli("log", "--lang", "en", store=store_path).stdout
    assert "2,85 → 2,93 (typed 2.93)" in said_en
    # typed again as stored: nothing changes, nothing said twice
    again = run_cli("set", "IKU 1", "realisasi", "2,93", store=store_path)
    assert again.returncode == 0 and "→" not in again.stdout
    # the journal keeps the value typed beside the one stored
    journal = (store_path / ".changes" / f"{REPORT}.jsonl").read_text(encoding="utf-8")
    rows = [row for line in journal.splitlines() for row in json.loads(line)["lines"]]
    assert rows[0][:4] == ["IKU 1", "realisasi", "2,85", "2,93"] and rows[0][5] == "2.93"


def test_a_shared_stores_log_says_what_was_typed_here(store_path: Path) -> None:
    assert run_cli("init", store=store_path).returncode == 0
    shared = run_cli("sync", "--init", store=store_path)
    assert shared.returncode == 0, shared.stderr
    assert run_cli("set", "IKU 1", "realisasi", "2.93", store=store_path).returncode == 0
    said = run_cli("log", store=store_path).stdout
    assert "IKU 1 · Realisasi: 2,85 → 2,93 (diketik 2.93)" in said, said


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("3.226", "ambigu"),  # thousands, or a decimal point: kept as typed, said as before
        ("Belum ada data", ""),  # a text
    ],
)
def test_a_value_read_two_ways_or_a_text_is_kept_as_typed(
    store_path: Path, typed: str, said: str
) -> None:
    assert run_cli("init", store=store_path).returncode == 0
    done = run_cli("set", "IKU 1", "target_2026", typed, store=store_path)
    assert done.returncode == 0, done.stderr
    assert "diketik" not in done.stdout
    assert json.loads(run_cli("export", "--format", "json", store=store_path).stdout)
    if said:
        realisasi = run_cli("set", "IKU 1", "realisasi", typed, store=store_path)
        assert said in realisasi.stdout and realisasi.stdout.startswith(
            f"IKU 1 · Realisasi: 2,85 → {typed}\n"
        )


def test_an_unreadable_number_is_refused_as_before(store_path: Path) -> None:
    assert run_cli("init", store=store_path).returncode == 0
    done = run_cli("set", "IKU 1", "realisasi", "2.9.3", store=store_path)
    assert done.returncode != 0 and "2.9.3" in done.stderr
    assert _stored(store_path, "IKU 1") == "2,85"


@pytest.mark.parametrize(
    "typed",
    ["2.93", "97.5%", "A (86.45)", "80.5 - 90.5", "3.5 ± 1.2", "1,234,567", "5.5; 7.25", "-0.75"],
)
def test_the_value_written_reads_as_the_value_typed(typed: str) -> None:
    """Each number written in the Indonesian form, the value the same to the engine."""
    written = written_id(typed)
    assert "." not in written.replace("1.234.567", "") and written != typed
    before, after = parse_value(typed), parse_value(written)
    assert (before.kind, before.number, before.low, before.high, before.code) == (
        after.kind,
        after.number,
        after.low,
        after.high,
        after.code,
    )
    assert [c.number for c in before.components] == [c.number for c in after.components]
    assert not after.notes
