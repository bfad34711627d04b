"""``compare`` at 120 columns gives the Indikator column the room the other columns leave
(years16).

rich shares a line out evenly among the columns that wrap: at 120 columns the names got 16
cells, four to six lines each for a kabupaten's ("Persentase pengelolaan keuangan daerah (2024:
Tingkat kapasitas aparatur)"), beside figures of two lines and room to spare in them. Now the
figures keep their widest pair (or 12 cells, each side of "→" on its line), the capaian each
side whole, the change 18 cells, and the name the rest."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from lkj_tui.bundled import BUNDLED_REPORT_ID
from tests.conftest import run_cli
from tests.test_years import NEXT_ID, years_store  # noqa: F401  (the fixture)


def _widths(stdout: str) -> list[int]:
    """Each column's width, from the rule under the header."""
    rule = next(line for line in stdout.splitlines() if "╇" in line)
    return [len(part) for part in rule.split("╇")]


def test_the_name_gets_the_room_at_120_columns(years_store: Path) -> None:  # noqa: F811
    for lang in ("id", "en"):
        done = run_cli(
            "compare", BUNDLED_REPORT_ID, NEXT_ID, "--lang", lang, store=years_store,
            env={"COLUMNS": "120"},
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        lines = done.stdout.splitlines()
        assert max(len(line) for line in lines) <= 120
        widths = _widths(done.stdout)
        assert widths[1] >= 26, done.stdout  # (was 18: 16 cells and their padding)
        assert widths[1] == max(widths), done.stdout
        # the figures still read whole: a pair on one line, a capaian's side whole
        assert "3 ± 1 → 3 ± 1" in done.stdout
        assert ("tidak terukur" if lang == "id" else "not measurable") in done.stdout
    # at 80 columns, as before: every word whole, the table within the terminal
    narrow = run_cli(
        "compare", BUNDLED_REPORT_ID, NEXT_ID, store=years_store, env={"COLUMNS": "80"}
    )
    assert max(len(line) for line in narrow.stdout.splitlines()) <= 80


@pytest.mark.parametrize("columns", [78, 80])
def test_a_number_keeps_its_percent_sign_at_80_columns(
    years_store: Path,  # noqa: F811
    columns: int,
) -> None:
    """At 78–80 columns the capaian column was given as many cells as its longest word
    ("100,00"), and rich broke a capaian from its "%": "100,00" / "% →" / "tidak terukur".
    Now a number and its "%" are one word, in the columns' widths and in their breaks."""
    for lang in ("id", "en"):
        done = run_cli(
            "compare", BUNDLED_REPORT_ID, NEXT_ID, "--lang", lang, store=years_store,
            env={"COLUMNS": str(columns)},
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        lines = done.stdout.splitlines()
        assert max(len(line) for line in lines) <= columns
        cells = [cell.strip() for line in lines if "│" in line for cell in line.split("│")]
        assert not [c for c in cells if c.startswith("%")], done.stdout
        assert any(c.startswith("100,00 %") for c in cells), done.stdout


@pytest.mark.parametrize("columns", [78, 80])
def test_the_change_keeps_its_arrow_and_percent(years_store: Path, columns: int) -> None:  # noqa: F811
    """The change's "↑ 149,12 %" read "↑ 149,12" / "% (lebih" at 78–80 columns: its arrow, its
    number and its "%" are now one word."""
    done = run_cli("set", "IKU 1", "realisasi", "7,1", "-r", NEXT_ID, store=years_store)
    assert done.returncode == 0, done.stderr
    done = run_cli(
        "compare", BUNDLED_REPORT_ID, NEXT_ID, store=years_store, env={"COLUMNS": str(columns)}
    )
    lines = done.stdout.splitlines()
    assert max(len(line) for line in lines) <= columns
    cells = [cell.strip() for line in lines if "│" in line for cell in line.split("│")]
    assert "↑ 149,12 %" in cells, done.stdout
    assert not [c for c in cells if c.startswith("%")], done.stdout


def _store(tmp_path: Path, rows: dict[str, tuple[str, ...]]) -> Path:
    """Dinkes of each year from CSV: its IKU ("name;satuan;target;realisasi") IKU 1, IKU 2, …"""
    head = "Level;Kode;Uraian;Satuan;Target;Realisasi\nSasaran;S1;Meningkatnya mutu layanan;;;"
    store = tmp_path / "s"
    for year, iku in rows.items():
        path = tmp_path / f"{year}.csv"
        lines = [head, *(f"IKU;IKU {n};{row}" for n, row in enumerate(iku, 1))]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        done = run_cli("import", str(path), "--instansi", "Dinkes", "--tahun", year, store=store)
        assert done.returncode == 0, done.stderr
    return store


def _renamed_store(tmp_path: Path) -> Path:
    """Dinkes 2023 and 2024 from CSV: IKU 2 renamed (its row names the 2023 indicator), both
    years under target (▼)."""
    rows = {
        "2023": ("Persentase puskesmas terakreditasi;%;80;85", "Cakupan imunisasi dasar;%;95;88,5"),
        "2024": (
            "Persentase Puskesmas Terakreditasi;%;80;70",
            "Cakupan pelayanan kesehatan ibu hamil sesuai standar;%;95;84,1",
        ),
    }
    return _store(tmp_path, rows)


@pytest.mark.parametrize("columns", [84, 96])
def test_a_name_note_and_an_under_target_mark_stay_whole(tmp_path: Path, columns: int) -> None:
    # A row's note broke inside itself ("… sesuai standar (2023:" / "Cakupan imunisasi …)") and
    # a capaian from its mark ("93,16 %" / "▼ →"): the note starts a line with its first word,
    # the mark stays with its figure, as a number keeps its "%".
    done = run_cli("compare", store=_renamed_store(tmp_path), env={"COLUMNS": str(columns)})
    assert done.returncode == 0, done.stderr
    cells = [part.strip() for line in done.stdout.splitlines() for part in line.split("│")]
    assert not any(c.startswith("▼") for c in cells), done.stdout
    assert any(c.endswith("% ▼") for c in cells), done.stdout
    # (the older name under the table, below 116 columns: years33)
    assert "  * IKU 2 di 2023 bernama Cakupan imunisasi dasar" in done.stdout.splitlines()
    assert not [c for c in cells if "(2023" in c], done.stdout


def _cells(stdout: str) -> list[str]:
    return [part.strip() for line in stdout.splitlines() for part in line.split("│")]


@pytest.mark.parametrize("columns", [78, 80, 84])
def test_a_capaian_keeps_its_mark_on_its_line_at_80_columns(tmp_path: Path, columns: int) -> None:
    # At 78-84 columns the capaian column has 8 cells in Bahasa Indonesia: "93,16 % ▼" (9) broke
    # into "93,16 %" / "▼ →". Now the mark stands against its "%" there ("93,16 %▼"), the
    # figure, its "%" and its mark one line; where the column holds "93,16 % ▼", as it was.
    store = _renamed_store(tmp_path)
    for lang in ("id", "en"):
        done = run_cli("compare", "--lang", lang, store=store, env={"COLUMNS": str(columns)})
        assert done.returncode == 0, done.stderr
        assert max(map(len, done.stdout.splitlines())) <= columns, done.stdout
        cells = _cells(done.stdout)
        assert not any(c.startswith("▼") for c in cells), done.stdout
        marked = [c for c in cells if "▼" in c]
        assert any(c.startswith("93,16 %") for c in marked), done.stdout
        assert all(re.search(r"\d %( ?)▼", c) for c in marked), done.stdout


@pytest.mark.parametrize("columns", [78, 80, 84, 90, 115])
def test_an_older_name_is_said_under_the_table(tmp_path: Path, columns: int) -> None:
    # "Cakupan pelayanan ibu hamil dasar (2023:" / "Persentase penduduk miskin)": the note's
    # opening at the end of the name's line, its value on the next; kept together, the note
    # still took 2 to 5 lines more a row in a column of 12 to 16 cells. Below 116 columns
    # (years33) the row's name is marked "*" and a line under the table says its older name.
    rows = {
        "2023": ("Cakupan imunisasi dasar;%;95;88,5", "Persentase penduduk miskin;%;10;9"),
        "2024": (
            "Cakupan pelayanan kesehatan ibu hamil sesuai standar;%;95;84,1",
            "Cakupan pelayanan ibu hamil dasar;%;10;9",
        ),
    }
    store = _store(tmp_path, rows)
    for lang in ("id", "en"):
        done = run_cli("compare", "--lang", lang, store=store, env={"COLUMNS": str(columns)})
        assert done.returncode == 0, done.stderr
        assert max(map(len, done.stdout.splitlines())) <= columns, done.stdout
        cells = _cells(done.stdout)
        assert not [c for c in cells if "(2023" in c], done.stdout
        assert sum(c.endswith("*") for c in cells) == 2, done.stdout
        said = {"id": "di 2023 bernama", "en": "in 2023 was named"}[lang]
        under = [line for line in done.stdout.splitlines() if line.startswith("  * IKU ")]
        assert under == [
            f"  * IKU 1 {said} Cakupan imunisasi dasar",
            f"  * IKU 2 {said} Persentase penduduk miskin",
        ], done.stdout


def test_a_long_name_is_cut_at_a_word(tmp_path: Path) -> None:
    # A name past its room (80 characters in the table, 90 in the lists) was cut inside a word,
    # "… Kesejahteraan Mas…": now after its last whole word, as the TUI cuts one.
    long = (
        "Persentase Perangkat Daerah yang menyampaikan laporan keuangan tepat waktu sesuai "
        "standar akuntansi pemerintahan berbasis akrual"
    )
    rows = {"2023": ("Cakupan imunisasi dasar;%;95;88,5",), "2024": (f"{long};%;95;84,1",)}
    rows["2023"] += ("Indeks kepuasan masyarakat;%;80;85",)
    rows["2024"] = ("Cakupan imunisasi dasar;%;95;90", f"{long};%;80;70")
    done = run_cli("compare", "--lang", "en", store=_store(tmp_path, rows), env={"COLUMNS": "300"})
    assert done.returncode == 0, done.stderr
    cut = [line for line in done.stdout.splitlines() if "…" in line and "Persentase" in line]
    assert cut, done.stdout
    for line in cut:
        kept = line[line.index("Persentase") : line.index("…")]
        assert long.startswith(kept) and long[len(kept)] == " ", line


#: A kabupaten's IKU of two years (as the benchmark's store): kode matched, names not.
_KABUPATEN = {
    "2023": (
        "Jumlah administrasi kependudukan;;0 Temuan;Tidak ada temuan",
        "Persentase ketahanan pangan masyarakat;;87,07%;",
        "Nilai pengelolaan keuangan daerah;;67,47;62,96",
        "Tingkat kapasitas aparatur;;3 ± 1;4,92",
        "Persentase penanggulangan bencana;;95%;82,73%",
        "Angka administrasi kependudukan;;<15%;12,2%",
        "Nilai mutu pendidikan dasar;;B;BB (81,86)",
        "Jumlah penanggulangan bencana;;1 Dokumen;1 Dokumen",
        "Jumlah kualitas lingkungan hidup;;132 Temuan;86 Temuan",
        "Nilai pelayanan perizinan;;71,81;80,19",
        "Jumlah ketahanan pangan;;10 Raperda, 75 Raperbup, 600 SK;8 Raperda, 59 Raperbup",
    ),
    "2024": (
        "Nilai tata kelola pemerintahan;;BB;A",
        "Jumlah tata kelola pemerintahan;;;4 Orang",
        "Jumlah kapasitas aparatur;;0 Temuan;Tidak ada temuan",
        "Persentase pengelolaan keuangan daerah;;87,07%;94,33%",
        "Angka pelayanan kesehatan dasar;;<5%;6,5%",
        "Jumlah tata kelola pemerintahan;;90 Kasus;114 Kasus",
        "Tingkat pelayanan kesehatan dasar;;3 ± 1;3 ± 1",
        "Jumlah kapasitas aparatur;;10 Raperda, 50 Raperbup, 600 SK;8 Raperda, 39 Raperbup",
        "Jumlah pelayanan publik;;18 Laporan;16 Laporan",
        "Nilai pengendalian inflasi daerah;;10,41;10,74",
        "Nilai infrastruktur jalan dan jembatan;;5,83;5,91",
    ),
}


def test_no_header_nor_change_is_cut_in_english_at_80_columns(tmp_path: Path) -> None:
    # A kabupaten's table at 80 columns in English: every column at its least width, the header
    # "Achievement" read "Achieveme…" and the change's "achievement −14,66 points" was cut
    # ("achieveme…"). The report's own word, "capaian", as the glossary allows in English.
    store = _store(tmp_path, _KABUPATEN)
    for columns in (80, 84):
        done = run_cli("compare", "--lang", "en", store=store, env={"COLUMNS": str(columns)})
        assert done.returncode == 0, done.stderr
        assert max(map(len, done.stdout.splitlines())) <= columns, done.stdout
        table = [line for line in done.stdout.splitlines() if "│" in line or "┃" in line]
        assert not [ln for ln in table if "…" in ln], done.stdout
        heads = [c.strip() for line in table for c in line.split("┃")]
        # (its words whole: "Capaian 2023 →" on a line where the column holds a capaian's
        # sides whole, years37)
        assert "Capaian" in " ".join(heads).split(), done.stdout
        assert "capaian" in "".join(table) and "achieve" not in "".join(table).lower()


def _names_at(
    store: Path, lang: str, columns: int
) -> tuple[subprocess.CompletedProcess[str], list[str], list[str]]:
    """``compare`` at ``columns``: the run, its lines (none wider) and the name column's cells."""
    done = run_cli("compare", "--lang", lang, store=store, env={"COLUMNS": str(columns)})
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert max(map(len, lines)) <= columns, done.stdout
    # (below 90 columns the kode is in the name's cell: the name's column is the first; and
    # the kategori is the first line of the change's cell, five columns, exp70)
    rows = [line.split("│") for line in lines if line.count("│") >= 4]
    return done, lines, [row[0 if columns < 90 else 1].strip() for row in rows]


@pytest.mark.parametrize("columns", [80, 84])
def test_a_figure_is_whole(tmp_path: Path, columns: int) -> None:
    # A kabupaten's table at 80–84 columns: a target or realisasi past 24 characters was cut
    # ("10 Raperda, 50 Raperbup…": its SK lost). (A note's last word of 12 letters left its ")"
    # alone on a line, "kependudukan" / ")": the older names are under the table there now,
    # years33.)
    store = _store(tmp_path, _KABUPATEN)
    for lang in ("id", "en"):
        done, lines, names = _names_at(store, lang, columns)
        assert not [n for n in names if n and not n.strip(")].,;:")], done.stdout
        # (below 90 columns: name, target, realisasi, capaian, kategori and change, exp70)
        rows = [line.split("│") for line in lines if line.count("│") == 4]
        assert rows, done.stdout
        # (each column's lines read in order, a figure folded at a space read whole: at 84
        # columns "Raperbup, 600" / "SK" since exp70, as "Raperda," / "50" was before)
        figures = " ".join(" ".join(" ".join(row[k] for row in rows).split()) for k in (1, 2))
        assert "…" not in figures, done.stdout
        assert figures.count("600 SK") == 2, done.stdout


def test_the_table_is_measured_once_before_it_is_printed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # rich's layout reads every cell of a table: for 3,000 rows ≈ 1 s. The table was measured
    # twice before rich measured it a third time to print it (whether it needs cards, then the
    # columns' widths): now once, then the print (a 3,000-row comparison: 4.6 → 3.6 s).
    import io

    from rich.console import Console
    from rich.table import Table

    from lkj_tui.cli.common import open_store
    from lkj_tui.cli.compare import KINDS, load_pair, render
    from lkj_tui.core.compare import compare

    store = _renamed_store(tmp_path)
    old, new, picked = load_pair(open_store(store), None, None, "id", KINDS)
    comparison = compare(old, new, picked.renamed)
    calls = []
    measure = Table._calculate_column_widths

    def counted(self: Table, *args: object, **kwargs: object) -> list[int]:
        calls.append(self)
        return measure(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Table, "_calculate_column_widths", counted)
    out = io.StringIO()
    render(Console(file=out, width=80), comparison, comparison.of_kinds(KINDS), "id")
    assert "93,16 %" in out.getvalue()
    # (measured, then printed; its header drawn alone, a table without rows: _unpadded)
    assert len([t for t in calls if t.row_count]) == 2, len(calls)


@pytest.mark.parametrize("columns", [80, 120])
def test_the_rows_are_drawn_without_a_padding_and_read_the_same(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, columns: int
) -> None:
    # rich draws each cell of a table in a Padding (its spaces either side of the divider): the
    # cell rendered twice, its Text then the Padding around it, ≈ 0,8 of the 3,7 s of a
    # 3,000-row comparison. The rows are now drawn without it, the padding's spaces in the
    # dividers: the same bytes, plain and in colour, with a Padding only for the header's cells.
    import io

    from rich.console import Console
    from rich.padding import Padding

    import lkj_tui.cli.compare as cmp
    from lkj_tui.cli.common import open_store
    from lkj_tui.core.compare import compare

    store = _store(tmp_path, _KABUPATEN)
    old, new, picked = cmp.load_pair(open_store(store), None, None, "id", cmp.KINDS)
    comparison = compare(old, new, picked.renamed)
    rows = comparison.of_kinds(cmp.KINDS)

    def drawn(colour: bool) -> str:
        out = io.StringIO()
        console = Console(file=out, width=columns, force_terminal=colour, color_system="truecolor")
        cmp.render(console, comparison, rows, "id")
        return out.getvalue()

    padded = []
    draw = Padding.__rich_console__

    def counted(self: Padding, *args: object) -> object:
        padded.append(self)
        return draw(self, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(Padding, "__rich_console__", counted)
    now = [drawn(colour) for colour in (False, True)]
    assert "\x1b[" in now[1] and "600 SK" in now[0]
    assert len(padded) <= 2 * 7, len(padded)  # (the header's cells only, plain and in colour)
    monkeypatch.setattr(cmp, "_unpadded", lambda console, grid, measured: grid)
    assert now == [drawn(colour) for colour in (False, True)]  # (as rich draws it padded)


def _with_penanggulangan(tmp_path: Path, n: int, old: str, new: str) -> Path:
    """The first ``n`` IKU of :data:`_KABUPATEN` and one of a 14-letter word, its target and
    realisasi ``old`` and ``new`` ("10;20")."""
    name = "Jumlah penanggulangan bencana daerah;;"
    rows = {"2023": (*_KABUPATEN["2023"][:n], name + old)}
    rows["2024"] = (*_KABUPATEN["2024"][:n], name + new)
    return _store(tmp_path, rows)


def _heads(lines: list[str]) -> list[str]:
    return [c.strip() for line in lines for c in line.split("┃")]


def _changes(lines: list[str]) -> list[str]:
    """The change column's lines, each unit-led one (a "%", "poin" beginning it) listed apart
    (below 90 columns the column's first line of a row is its kategori, exp70)."""
    return [line.split("│")[-1].strip() for line in lines if line.count("│") >= 4]


def _unit_led(changes: list[str]) -> list[str]:
    return [c for c in changes if c.split(" ")[0] in ("%", "poin", "points", "pts")]


@pytest.mark.parametrize("columns", [80, 81, 82])
def test_a_name_keeps_its_longest_word_where_the_change_can_give(
    tmp_path: Path, columns: int
) -> None:
    # A kabupaten's table at 80–82 columns: the name's column gave way first, to 12 cells, and a
    # word of 14 letters was folded ("penanggulang" / "an bencana)") beside a change column that
    # kept "↑ 6.150,00 %" on one line. The change gives the cells where it can ("↑ 6.150,00" /
    # "% (lebih"), never its arrow from its figure; a header or a figure is never folded.
    store = _with_penanggulangan(tmp_path, 4, "10;20", "10;1250")
    for lang in ("id", "en"):
        done, lines, names = _names_at(store, lang, columns)
        assert any("penanggulangan" in n for n in names), done.stdout
        cells = _cells(done.stdout)
        assert not [c for c in cells if c in ("↑", "↓") or c.startswith("penanggulang ")]
        assert "Perubahan" in _heads(lines) or "Change" in _heads(lines), done.stdout
        assert any(c.startswith("↑ 6.150,00") for c in cells), done.stdout


@pytest.mark.parametrize("columns", [100, 120])
def test_the_change_keeps_its_points_with_their_unit(tmp_path: Path, columns: int) -> None:
    # (years22) At 120 columns the change's 18 cells broke "capaian −14,66 poin" into
    # "capaian −14,66" / "poin" (277 lines in 100 of a province's comparisons): the points and
    # their unit are one word where the column holds them, the columns' widths as they were.
    store = _store(tmp_path, _KABUPATEN)
    for lang in ("id", "en"):
        done, lines, _ = _names_at(store, lang, columns)
        changes = _changes(lines)
        assert not _unit_led(changes), done.stdout
        unit = "poin" if lang == "id" else "points"
        assert any(re.fullmatch(rf"[−+]\d+,\d\d {unit}", c) for c in changes), done.stdout


@pytest.mark.parametrize("columns", [80, 81, 82])
def test_below_90_columns_the_kode_gives_its_cells_to_the_change(
    tmp_path: Path, columns: int
) -> None:
    # (years23) At 80–82 columns no column had cells to spare and the change's units began
    # lines: "↑ 2.243,34" / "%", "−12,17" / "poin" (600 to 740 lines of 100 of a province's
    # comparisons). Below 90 columns the kode is written before the name, in its cell, and its
    # column's cells go to the change: its figures whole with their units, no name word folded.
    store = _with_penanggulangan(tmp_path, 6, "100;20", "100;468,67")
    points = {"id": "+448,67 poin", "en": "+448,67 pts"}  # ("pts" below 100 columns: years27)
    for lang, said in points.items():
        done, lines, names = _names_at(store, lang, columns)
        assert not {"Kode", "Code"} & set(_heads(lines)), done.stdout
        assert "IKU 7 Jumlah" in names and "penanggulangan" in names, done.stdout
        assert not _unit_led(_changes(lines)), done.stdout
        assert any(c.startswith("↑ 2.243,35 %") for c in _changes(lines)), done.stdout
        assert any(c.endswith(said) for c in _changes(lines)), done.stdout


@pytest.mark.parametrize("columns", [90, 120])
def test_from_90_columns_the_kode_keeps_its_column(tmp_path: Path, columns: int) -> None:
    store = _store(tmp_path, _KABUPATEN)
    for lang, head in (("id", "Kode"), ("en", "Code")):
        done, lines, _ = _names_at(store, lang, columns)
        assert head in _heads(lines), done.stdout
        assert any(line.startswith("IKU 1 ") for line in lines), done.stdout


@pytest.mark.parametrize("columns", [90, 95, 100])
def test_from_90_columns_the_change_keeps_its_units_too(tmp_path: Path, columns: int) -> None:
    # (years24) At 90–99 columns, the kode in its own column, rich's widths were left unset and
    # it broke the change at any space: "↑ 2.243,34" / "%", "−12,17" / "poin" (382 / 782 lines
    # of 100 of a province's comparisons at 90, id / en). Its widths are now set as rich gives
    # them, so the change keeps its units with their figures, its name words whole.
    store = _with_penanggulangan(tmp_path, 6, "100;20", "100;468,67")
    # ("pts" in English below 100 columns: years27)
    points = {"id": "+448,67 poin", "en": "+448,67 " + ("pts" if columns < 100 else "points")}
    for lang, said in points.items():
        done, lines, names = _names_at(store, lang, columns)
        assert {"Kode", "Code"} & set(_heads(lines)), done.stdout
        assert max(len(line) for line in lines) <= columns, done.stdout
        assert "penanggulangan" in names, done.stdout
        assert not _unit_led(_changes(lines)), done.stdout
        assert any(c.startswith("↑ 2.243,35 %") for c in _changes(lines)), done.stdout
        assert any(c.endswith(said) for c in _changes(lines)), done.stdout


#: A capaian's column line as it may read: a side whole, with the arrow after it, before it or
#: alone ("tidak terukur" / "→" / "tidak terukur" where the column holds one side only).
_SIDE = r"(?:[\d.,]+ %(?: ?▼)?|not measurable|tidak terukur|—)"
_CAPAIAN_LINE = re.compile(rf"(?:→ )?{_SIDE}(?: →(?: {_SIDE})?)?|→|")
_RATINGS = {"Sangat Tinggi", "Tinggi", "Sedang", "Rendah", "Sangat Rendah", "—", ""}
_RATINGS |= {"Very high", "High", "Medium", "Low", "Very low"}


@pytest.mark.parametrize("columns", [90, 95, 100, 120, 140, 160])
def test_a_capaian_breaks_only_at_its_arrow_and_a_rating_is_whole(
    tmp_path: Path, columns: int
) -> None:
    # (years25) At 90–100 columns "not measurable → 75,00 % ▼" read over four lines ("not" /
    # "measurable" / "→ 75,00 %" / "▼", 560 to 1,234 lines in 100 of a province's comparisons)
    # and "Very high" broke between its words: each side of a capaian is whole and its lines
    # break at the arrow, a rating whole, where the other columns keep their words (at 90
    # columns a kabupaten's table has no cell left for the rating). From 120 columns too
    # (years26): "100,00 % → not" / "measurable" was left as rich broke it.
    store = _store(tmp_path, _KABUPATEN)
    for lang in ("id", "en"):
        done, lines, _ = _names_at(store, lang, columns)
        rows = [[c.strip() for c in line.split("│")] for line in lines if line.count("│") == 6]
        capaian = [row[4] for row in rows]
        assert [c for c in capaian if not _CAPAIAN_LINE.fullmatch(c)] == [], done.stdout
        said = "tidak terukur" if lang == "id" else "not measurable"
        assert any(said in c for c in capaian), done.stdout
        if columns > 90:
            assert {row[5] for row in rows} <= _RATINGS, done.stdout
            assert ("Sangat Tinggi" if lang == "id" else "Very high") in {r[5] for r in rows}


@pytest.mark.parametrize("columns", [120, 140])
def test_where_not_utf8_a_capaian_arrow_keeps_a_side(tmp_path: Path, columns: int) -> None:
    # (years26) On an output that is not UTF-8 (a Windows console) the arrow is written "->":
    # "not measurable ->" takes 17 cells, the capaian's column got 16, and at 120 columns the
    # arrow stood alone ("not measurable" / "->" / "not measurable"): a cell more for it.
    import os

    from tests.conftest import LKJ_TUI

    store = _store(tmp_path, _KABUPATEN)
    env = {k: v for k, v in os.environ.items() if not k.startswith("LKJ_TUI")}
    env |= {"COLUMNS": str(columns), "NO_COLOR": "1", "PYTHONIOENCODING": "cp1252"}
    env["LKJ_TUI_STORE"] = str(store)
    done = subprocess.run(
        [str(LKJ_TUI), "compare", "--lang", "en"], capture_output=True, env=env, timeout=60
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.decode("cp1252").splitlines()
    capaian = [line.split("|")[4].strip() for line in lines if line.count("|") == 6]
    assert "not measurable ->" in capaian, lines
    assert [c for c in capaian if c == "->" or c.startswith("-> not")] == [], lines
    assert [c for c in capaian if c in ("not", "measurable")] == [], lines
