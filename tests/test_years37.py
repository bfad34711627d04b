"""years37: the Bappeda analyst comparing years and offices at 80 columns (``compare``,
``status --all``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import run_cli
from tests.test_compare_room import _KABUPATEN, _store

_RATINGS = {"id": ("Sangat Tinggi", "Sangat Rendah"), "en": ("Very high", "Very low")}


@pytest.mark.parametrize("lang", ["id", "en"])
def test_compare_keeps_a_rating_whole_at_80_columns(tmp_path: Path, lang: str) -> None:
    # At 80 columns (the kode in the name's cell) the rating's column got a cell or four short
    # of "Very high" / "Sangat Tinggi": "Very" / "high" stood in most rows of a kabupaten's
    # comparison (285 lines of 80 comparisons in English).
    store = _store(tmp_path, _KABUPATEN)
    done = run_cli("compare", "--lang", lang, store=store, env={"COLUMNS": "80"})
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert max(map(len, lines)) <= 80, done.stdout
    # (the kategori is the first line of the change's cell below 90 columns, exp70: the rows'
    # lines of the last column, a rating's and the change's)
    ratings = [line.split("│")[4].strip() for line in lines if line.count("│") == 4]
    assert _RATINGS[lang][0] in ratings, done.stdout
    # (a half alone: "Sangat", "Very", "high", "low"; "Tinggi" and "Rendah" are ratings too)
    assert [r for r in ratings if r in ("Sangat", "Very", "high", "low")] == [], done.stdout


def test_compare_keeps_a_candidate_s_kode_whole_at_60_columns(tmp_path: Path) -> None:
    # At 60 columns an ambiguous indicator's candidate broke inside its kode: "… — kemungkinan:
    # IKU" / "2 Opini BPK atas LKPD".
    store = _store(
        tmp_path,
        {
            "2024": ("Nilai kualitas lingkungan hidup;;80;70", "Opini BPK atas LKPD;;80;70"),
            "2025": ("Opini BPK atas LKPD;;80;75", "Nilai kualitas lingkungan hidup;;80;75"),
        },
    )
    done = run_cli("compare", store=store, env={"COLUMNS": "60"})
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert any(line.startswith("    IKU 2 Opini BPK atas LKPD") for line in lines), done.stdout
    assert not [line for line in lines if line.endswith(" IKU")], done.stdout


_LONG = "Dinas Pemberdayaan Perempuan dan Perlindungan Anak"


def _two_offices(tmp_path: Path, pemerintah: tuple[str, str], names: tuple[str, str]) -> Path:
    """Two reports of 2025 (the bundled report's indicators), an office of each of
    ``pemerintah``, its instansi (``names``) named with it, imported as a JSON document."""
    from dataclasses import replace

    from lkj_tui.bundled import load_bundled_report

    store = tmp_path / "s"
    for n, (name, region) in enumerate(zip(names, pemerintah, strict=True)):
        report = load_bundled_report()
        instansi = f"{name} {region.removeprefix('Pemerintah ')}"
        report.meta = replace(
            report.meta, id=f"office-{n}-2025", instansi=instansi, pemerintah=region, tahun=2025
        )
        path = tmp_path / f"{n}.json"
        path.write_text(json.dumps(report.to_document(), ensure_ascii=False), encoding="utf-8")
        done = run_cli("import", str(path), store=store)
        assert done.returncode == 0, done.stderr
    return store


@pytest.mark.parametrize("lang", ["id", "en"])
def test_status_all_of_one_government_names_it_once(tmp_path: Path, lang: str) -> None:
    # A kabupaten's store: every row repeated "Kabupaten Bengkulu Selatan" and the title did
    # not name it; now the title names it, the rows do not, --json keeps the names whole.
    region = "Pemerintah Kabupaten Bengkulu Selatan"
    store = _two_offices(tmp_path, (region, region), (_LONG, "Dinas Kesehatan"))
    done = run_cli("status", "--all", "--lang", lang, store=store, env={"COLUMNS": "80"})
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    # (the lines before the table's header or a year's heading: one year's or several)
    # (years41: a figures' header may be over two lines, its first beginning with spaces)
    head = next(
        n for n, line in enumerate(lines) if not line or line.startswith((" ", "Inst", "Agen"))
    )
    title = " ".join(lines[:head])
    assert title.endswith("; " + region), done.stdout
    assert "Dinas Kesehatan" in done.stdout
    assert done.stdout.count("Bengkulu Selatan") == 1, done.stdout
    data = json.loads(run_cli("status", "--all", "--json", store=store).stdout)
    assert {r["instansi"] for r in data["reports"]} >= {
        "Dinas Kesehatan Kabupaten Bengkulu Selatan"
    }


@pytest.mark.parametrize("lang", ["id", "en"])
def test_status_all_cuts_a_long_office_to_its_line_at_80_columns(tmp_path: Path, lang: str) -> None:
    # At 80 columns the agency's column is 38 cells and a province's names took two or three
    # lines each; now one line, cut after whole words, the words that tell the offices apart
    # kept ("…Bengkulu Utara"), the id whole under it.
    regions = ("Pemerintah Kabupaten Bengkulu Utara", "Pemerintah Kabupaten Kaur")
    store = _two_offices(tmp_path, regions, (_LONG, _LONG))
    done = run_cli("status", "--all", "--lang", lang, store=store, env={"COLUMNS": "80"})
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert max(map(len, lines)) <= 80, done.stdout
    row = next(line for line in lines if line.startswith("Dinas Pemberdayaan"))
    name = row.split("  ")[0]  # (years41: 56 cells, the under-target header over two lines)
    assert name == "Dinas Pemberdayaan Perempuan dan…Bengkulu Utara", done.stdout
    assert lines[lines.index(row) + 1] == "  office-0-2025", done.stdout
    # the second office's name: cut after a whole word before "…Kaur", as many words as its
    # cells hold (the English "Average capaian" header is narrower than "achievement" was)
    kaur = next(line for line in lines if "…Kaur " in line)
    kept = kaur.split("…Kaur ")[0]
    assert kept.startswith("Dinas Pemberdayaan Perempuan dan Perlindungan"), done.stdout
    assert _LONG.startswith(kept) and _LONG[len(kept) :][:1] in ("", " "), done.stdout
