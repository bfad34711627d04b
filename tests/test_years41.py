"""years41: a Bappeda analyst's listings of a province's offices at 80 columns (``status
--all``): the figures' headers over two lines where their figures are narrower, so the offices'
names have the room; a cut that keeps the place whole rather than its government's kind word."""

from __future__ import annotations

from pathlib import Path

import pytest

from lkj_tui.core.model import Report
from lkj_tui.storage.store import Store
from tests.conftest import run_cli
from tests.test_reviu import _doc

_OFFICES = (
    ("Sekretariat Daerah", "Rejang Lebong"),
    ("Dinas Perikanan", "Bengkulu Tengah"),
    ("Badan Pendapatan Daerah", "Lebong"),
)


def _province(tmp_path: Path) -> Path:
    """Offices of 2024 and 2025 of three kabupaten, each of an IKU measured of two: the
    average's cell reads "93,83 % (1 dari 2 IKU)", as a province's do."""
    store = Store(tmp_path / "s")
    unmeasured = {"kind": "iku", "code": "IKU 2", "name": "Belum diukur", "measure": {}}
    for year in (2024, 2025):
        for office, place in _OFFICES:
            slug = f"{place}-{office}".lower().replace(" ", "-")
            meta = {
                "id": f"{slug}-{year}",
                "instansi": f"{office} Kabupaten {place}",
                "pemerintah": f"Pemerintah Kabupaten {place}",
                "tahun": year,
            }
            store.import_report(Report.from_document(_doc(report=meta, more=[unmeasured])))
    return store.root


@pytest.mark.parametrize("lang", ["id", "en"])
def test_under_targets_header_folds_over_its_counts_and_names_keep_their_place(
    tmp_path: Path, lang: str
) -> None:
    # At 80 columns "Di bawah target" took 15 cells over counts of one or two digits, and the
    # instansi 31: "Sekretariat Daerah…Rejang" where "Sekretariat Daerah…Rejang Lebong" is 32.
    root = _province(tmp_path)
    done = run_cli("status", "--all", "--lang", lang, store=root, env={"COLUMNS": "80"})
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert max(len(line) for line in lines) <= 80, done.stdout
    upper, lower = ("Di bawah", "target") if lang == "id" else ("Under", "target")
    at = next(n for n, line in enumerate(lines) if line.split()[:1] == [upper.split()[0]])
    # the header's two lines, their words ending in one column, over the rule's first line
    assert lines[at + 1].split()[0] in ("Instansi", "Agency"), done.stdout
    assert lines[at + 1].index(lower) + len(lower) == len(lines[at].rstrip()), done.stdout
    assert lines[at + 1].rstrip().endswith(("Rata-rata capaian", "Average capaian"))
    rows = [lines[n - 1] for n, line in enumerate(lines) if line.startswith("  ") and "-20" in line]
    assert len(rows) == 6, done.stdout
    said = "\n".join(rows)
    # every office's words and its place whole, not its kind word and its place's last word
    # ("Dinas Perikanan Kabupaten…Tengah"); in Bahasa Indonesia cut before the place
    for office, place in _OFFICES:
        assert sum(office in row and f"{place} " in row for row in rows) == 2, said
    assert "Kabupaten…" not in said, done.stdout
    if lang == "id":
        assert "Sekretariat Daerah…Rejang Lebong " in said, done.stdout
        assert "Dinas Perikanan…Bengkulu Tengah " in said, done.stdout
    # wide enough, the header is one line as before
    wide = run_cli("status", "--all", "--lang", lang, store=root, env={"COLUMNS": "120"})
    head = next(line for line in wide.stdout.splitlines() if line.startswith(("Inst", "Agen")))
    assert "Di bawah target" in head or "Under target" in head, wide.stdout
    assert "Sekretariat Daerah Kabupaten Rejang Lebong " in wide.stdout, wide.stdout


def test_a_cut_keeps_the_place_whole_rather_than_its_governments_kind_word() -> None:
    # At 80 columns the province's listing read "Dinas Perikanan Kabupaten…Tengah" and
    # "Sekretariat Daerah Kabupaten…Utara": the kind word kept, the place's first word lost.
    from lkj_tui.cli.status import _Names

    places = ("Bengkulu Tengah", "Bengkulu Utara", "Kaur", "Rejang Lebong")
    names = [f"{o} Kabupaten {p}" for o in ("Dinas Perikanan", "Dinas Sosial") for p in places]
    cut = _Names(names)
    long = [n for n in names if len(n) > 33]
    shown = {n: cut.cut(n, 33) for n in long}
    assert shown["Dinas Perikanan Kabupaten Bengkulu Tengah"] == "Dinas Perikanan…Bengkulu Tengah"
    assert not any("Kabupaten…" in str(s) for s in shown.values()), shown
    assert len(set(shown.values())) == len(long), shown
    # a name that fits its width is itself, whatever its place (it raised ValueError: no "…")
    for n in names:
        assert cut.cut(n, len(n)) == n and cut.cut(n, len(n) + 5) == n


@pytest.mark.parametrize("lang", ["id", "en"])
def test_compare_of_two_offices_folds_a_sides_line_under_its_name(
    tmp_path: Path, lang: str
) -> None:
    # "B  Sekretariat Daerah Kabupaten Rejang Lebong · 2025 ·" wrapped and left the report's id
    # at column 0, under the "B" that names the side.
    root = _province(tmp_path)
    a, b = "lebong-badan-pendapatan-daerah-2025", "rejang-lebong-sekretariat-daerah-2025"
    for columns in (80, 60):
        done = run_cli("compare", a, b, "--lang", lang, store=root, env={"COLUMNS": str(columns)})
        assert done.returncode == 0, done.stderr
        lines = done.stdout.splitlines()
        assert max(len(line) for line in lines) <= columns, done.stdout
        at = next(n for n, line in enumerate(lines) if line.startswith("B  "))
        assert lines[at] == "B  Sekretariat Daerah Kabupaten Rejang Lebong · 2025 ·", done.stdout
        assert lines[at + 1] == f"   {b}", done.stdout  # (whole, under the name)
        assert not any(line.startswith(("rejang", "lebong", "2025")) for line in lines)
