"""The lines a command writes that are not a table (``log``'s entries; the notes and warnings on
stderr of ``import``, ``export``, ``status``, ``sync``; ``set``'s account; ``template``'s next
step) on a terminal of 40 to 80 columns, through the installed ``lkj-tui`` on a pseudo-terminal:
broken at words at the terminal's width under a hanging indent (the terminal broke them anywhere,
"Indeks Refor" / "masi"); to a pipe or a file each stays one line, as before."""

from __future__ import annotations

import csv
import os
import re
from pathlib import Path

import pytest
from rich.cells import cell_len

from tests.conftest import run_cli
from tests.test_narrow_terminal import _on_a_terminal

pytestmark = pytest.mark.skipif(not hasattr(os, "openpty"), reason="a pseudo-terminal")

LONG_NAME = (
    "Indeks Reformasi Birokrasi Pemerintah Daerah yang dinilai oleh Kementerian PANRB setiap "
    "tahun anggaran"
)
ENTRY = re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d  ")


def _fits(lines: list[str], columns: int) -> None:
    """Every line within the terminal, but for one with a word too wide to share a line (a path,
    an id: never cut; after "lkj-tui:" at most)."""
    for line in lines:
        widest = max(map(cell_len, line.split()), default=0)
        assert cell_len(line) <= columns or widest > columns // 2, (columns, line)


def _words(text: str) -> list[str]:
    """The words of ``text``, but for the " \\" a command folded at its options ends its
    lines with on a terminal (cli27) and the separators (" · "), which a terminal's line drops
    where it breaks between two parts (share30)."""
    return [word for word in text.split() if word not in ("\\", "·")]


@pytest.mark.parametrize("columns", [40, 64, 80])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_log_entries_wrap_under_their_time_on_a_terminal(
    store_path: Path, lang: str, columns: int
) -> None:
    """``log`` of a store not shared (its change journal): an entry with a long name went past
    the terminal's edge, where the terminal broke it mid-word at column 0 (the times no longer a
    column). Now it goes on under its time (18 spaces; 4 on a terminal under 54 columns, where the
    words keep their room), the note above it under 2; piped, one entry a line."""
    store = ("--store", str(store_path), "--lang", lang)
    assert run_cli("set", "IKU 1", "name", LONG_NAME, *store).returncode == 0
    assert run_cli("set", "IKU 1", "realisasi", "2,90", *store).returncode == 0
    code, shown = _on_a_terminal(["log", *store], columns)
    assert code == 0, shown
    lines = shown.rstrip("\n").split("\n")
    _fits(lines, columns)
    entries = [n for n, line in enumerate(lines) if ENTRY.match(line)]
    assert len(entries) == 2, shown
    hang = 18 if columns >= 54 else 4
    ends = [*entries[1:], len(lines)]
    blocks = [lines[start:end] for start, end in zip(entries, ends, strict=True)]
    long = next(block for block in blocks if "LPPD" in " ".join(block))  # the name's change
    assert len(long) > 1, shown  # (it did not fit)
    for block in blocks:
        for line in block[1:]:  # an entry goes on under its time
            assert line.startswith(" " * hang) and line[hang] != " ", shown
    note = lines[1 : entries[0]]
    for n, line in enumerate(note):  # the note: not shared, under two spaces
        command = line.lstrip().startswith(("lkj-tui ", "--"))  # (its command: further in,
        command = command or note[n - 1].endswith(" \\")  # its lines folded: cli31)
        if command:  # (a part wider than its indent's room moves left as far as it must, cli32:
            assert line.startswith(" "), shown  # the temporary store's path, by its length)
        else:
            assert line.startswith("  ") and line[2] != " ", shown
    piped = run_cli("log", *store, env={"COLUMNS": str(columns)})
    assert piped.returncode == 0, piped.stderr
    assert len(piped.stdout.splitlines()) == 2  # one entry a line
    assert len(piped.stderr.splitlines()) == 1  # one note
    assert _words(shown) == _words(piped.stderr + piped.stdout)  # the same words, none cut


@pytest.mark.parametrize("lang", ["id", "en"])
def test_import_warnings_and_problems_wrap_on_a_terminal(
    store_path: Path, tmp_path: Path, lang: str
) -> None:
    """An import's warning ("kolom tidak dikenal; diabaikan") and its problems on stderr ran
    past a 50-column terminal; now each is broken at words under its hanging indent."""
    exported = run_cli("export", "--format", "csv", "--store", str(store_path))
    rows = list(csv.reader(exported.stdout.lstrip("\ufeff").splitlines(), delimiter=";"))
    rows = [row[:-3] for row in rows]  # (without id_laporan, instansi, tahun: problems to show)
    rows[0].append("Catatan rapat internal Bagian Organisasi yang tidak dipakai")
    document = tmp_path / "laporan.csv"
    with document.open("w", encoding="utf-8-sig", newline="") as out:
        csv.writer(out, delimiter=";").writerows(rows)
    args = ["import", "--dry-run", "--overwrite", str(document), "--store", str(store_path)]
    code, shown = _on_a_terminal([*args, "--lang", lang], 50)
    piped = run_cli(*args, "--lang", lang)
    assert code == piped.returncode == 2, shown  # (a CSV names no instansi and tahun)
    lines = shown.rstrip("\n").split("\n")
    _fits(lines, 50)
    warning = "peringatan: " if lang == "id" else "warning: "
    assert lines[0].startswith(warning) and lines[1].startswith("  "), shown
    assert lines[1][2] != " ", shown
    problems = next(n for n, line in enumerate(lines) if line.startswith("lkj-tui: "))
    assert lines[problems + 1].startswith(" " * 9), shown  # under "lkj-tui: "
    assert _words(shown) == _words(piped.stderr)
    said = piped.stderr.splitlines()
    assert said[0].startswith(warning) and "Bagian Organisasi" in said[0]  # piped: one line


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_skipped_file_and_set_wrap_on_a_terminal(store_path: Path, lang: str) -> None:
    """The note of a file the store cannot read (on stderr of ``export``, ``status``) and
    ``set``'s account of a long change, on a 40-column terminal."""
    (store_path / "laporan-rusak-dari-rapat-kemarin-2024.json").write_text("{rusak")
    store = ["--store", str(store_path), "--lang", lang]
    code, shown = _on_a_terminal(["export", *store], 40)
    assert code == 0, shown
    note = shown.split("\n# ")[0].rstrip("\n").split("\n")
    assert note[0].startswith("lkj-tui: ") and len(note) > 3, shown
    _fits(note, 40)
    for n, line in enumerate(note[1:], 1):  # (under it, but a word wider than the room there:
        # at column 0, cli30; a folded command's later lines: as far in as they fit, cli31)
        folded = note[n - 1].endswith(" \\")  # (their layout: tests/test_cli31.py)
        # (a command as far left as its widest part, the id, needs: never that part left of
        # the command's first line, vals59)
        command = line.lstrip().startswith("lkj-tui ") and note[n + 1 :][:1] != [""]
        assert (
            line.startswith(" " * 9)
            or (" " not in line and cell_len(line) > 31)
            or folded
            or command
        )
    code, shown = _on_a_terminal(["set", "IKU 1", "name", LONG_NAME, *store], 40)
    assert code == 0, shown
    lines = [line for line in shown.rstrip("\n").split("\n") if "rusak" not in line]
    _fits(lines, 40)
    piped = run_cli("set", "IKU 1", "name", LONG_NAME + " baru", *store)
    # (piped, the change on one line; after the line naming the report set changed: share50)
    assert piped.returncode == 0 and LONG_NAME in piped.stdout.splitlines()[1], piped.stdout


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_template_names_a_path_with_spaces_as_it_is_typed(tmp_path: Path, lang: str) -> None:
    """``template -o "Data LKj/templat.xlsx"`` ended with "lkj-tui import Data LKj/templat.xlsx":
    typed as it reads, that is two arguments. Now the path is quoted, and the line wraps on a
    terminal."""
    folder = tmp_path / "Data LKj"
    folder.mkdir()
    target = folder / "templat.xlsx"
    done = run_cli("template", "-o", str(target), "--lang", lang)
    assert done.returncode == 0, done.stderr
    typed = f'lkj-tui import "{target}"' + (" --lang en" if lang == "en" else "")  # (cli22)
    assert done.stdout.rstrip("\n").endswith(typed), done.stdout
    assert done.stdout.count("\n") == 1
    code, shown = _on_a_terminal(["template", "-o", str(tmp_path / "t.xlsx"), "--lang", lang], 40)
    assert code == 0, shown
    _fits(shown.rstrip("\n").split("\n"), 40)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_set_on_a_cp1252_console_is_measured_as_it_is_printed(store_path: Path, lang: str) -> None:
    """On an old Windows console (cp1252) ``set``'s "Satuan: Indeks → …" is written "->": the
    line was measured with "→" (one cell), so one 40 cells wide with it was 41 printed, and the
    terminal broke its last word at column 0. Now the line is measured as it is written."""
    store = ("--store", str(store_path), "--lang", lang)
    assert run_cli("set", "IKU 1", "satuan", "Indeks", *store).returncode == 0
    said = run_cli("set", "IKU 1", "satuan", "Indeks nilai", *store).stdout.splitlines()[0]
    assert "→" in said and cell_len(said) < 39, said
    assert run_cli("set", "IKU 1", "satuan", "Indeks", *store).returncode == 0
    value = "Indeks nilai " + "a" * (40 - cell_len(said) - 1)  # the UTF-8 line: 40 cells
    code, shown = _on_a_terminal(["set", "IKU 1", "satuan", value, *store], 40, "cp1252")
    assert code == 0, shown
    lines = shown.rstrip("\n").split("\n")
    assert "->" in lines[0] and "a" * 2 not in lines[0], shown  # its last word on the next line
    assert lines[1].strip() == value.split()[-1], shown
    _fits(lines, 40)


def _totals(lines: list[str], first: str) -> list[str]:
    """The lines of a totals line that starts with ``first`` (and those it wraps onto)."""
    start = next(n for n, line in enumerate(lines) if line.startswith(first))
    taken: list[str] = []
    for line in lines[start:]:  # up to the line of its third total
        taken.append(line)
        if " ".join(taken).count(" · ") == 2 and not line.endswith("·"):
            return taken
    return taken


@pytest.mark.parametrize("lang", ["id", "en"])
def test_check_totals_break_between_their_parts_at_40_columns(store_path: Path, lang: str) -> None:
    """At 40 columns ``check --all``'s totals read "… · 32 notes" / "(·)" and ``check``'s "23
    kesalahan · 19 peringatan · 32" / "catatan": a count parted from its noun or its mark. Now
    the line breaks only between the totals, each whole on its line."""
    args = ("--store", str(store_path), "--lang", lang)
    every = run_cli("check", "--all", *args, env={"COLUMNS": "40"})
    assert every.returncode == 1, every.stderr  # (the bundled report has errors)
    first = "1 report: " if lang == "en" else "1 laporan: "
    lines = _totals(every.stdout.splitlines(), first)
    parts = " ".join(lines).split(" · ")
    assert len(parts) == 3 and len(lines) > 1, lines
    for part in parts:  # "23 errors (✗)", "19 warnings (!)", "32 notes (·)": each on one line
        assert any(part.removeprefix(first) in line for line in lines), (part, lines)
    _fits(lines, 40)
    narrow = "30" if lang == "en" else "36"  # (where the old break fell inside a total)
    one = run_cli("check", *args, env={"COLUMNS": narrow}).stdout.splitlines()
    lines = _totals(one, "23 ")
    parts = " ".join(lines).split(" · ")
    assert len(parts) == 3 and len(lines) > 1, lines
    assert all(any(part in line for line in lines) for part in parts), lines


@pytest.mark.parametrize("columns", [40, 64])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_status_all_names_a_conflicts_report_by_its_whole_id(
    store_path: Path, lang: str, columns: int
) -> None:
    """``status --all``'s sync conflicts at 40-64 columns folded a kabupaten's report id
    ("…-kabupaten-bengkulu-sela" / "tan-2025: 1 conflict") and parted "lkj-tui resolve" from its
    "-r ID". Now the id is whole on its line (to be typed again), its count under it, and the
    command whole."""
    import json

    instansi = "Dinas Pemberdayaan Masyarakat dan Desa Kabupaten Bengkulu Selatan"
    args = ("--store", str(store_path), "--lang", lang)
    made = run_cli("new", "--instansi", instansi, "--tahun", "2025", *args)
    assert made.returncode == 0, made.stderr
    rid = "dinas-pemberdayaan-masyarakat-dan-desa-kabupaten-bengkulu-selatan-2025"
    path = store_path / f"{rid}.json"
    data = json.loads(path.read_text())  # a conflict as a sync's merge records it
    meta = next(iter(data["meta"].values()))
    meta["conflicts"] = [
        {"node": None, "field": ["instansi"], "base": "A", "kept": "Dinas PMD", "other": "DPMD"}
    ]
    path.write_text(json.dumps(data))
    done = run_cli("status", "--all", *args, env={"COLUMNS": str(columns)})
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    at = lines.index(f"  {rid}:")
    assert lines[at + 1] == ("    1 conflict" if lang == "en" else "    1 konflik"), lines
    opts = " --lang en" if lang == "en" else ""  # (share24: the report's id, not "ID")
    assert f"    lkj-tui resolve -r {rid} --store {store_path}{opts}" in lines, done.stdout
    _fits([line for line in lines if rid not in line], columns)


@pytest.mark.parametrize(
    "text",
    ['"' * 200_000, '" ' * 100_000, '"' + "a " * 100_000, ('"a b" ' * 40_000)[:200_000]],
    ids=["quotes", "quote-space", "open-quote", "quoted-pairs"],
)
def test_a_hostile_line_breaks_whole(text: str) -> None:
    """The quoted parts kept whole by a line's breaks (one regex, ``_QUOTED``) on 200,000
    characters of quotes and spaces: every word kept, each line within the width but for a word
    or a quoted part wider than it."""
    from lkj_tui.cli.output import at_words

    lines = at_words(text, 40, 4)
    assert " ".join(" ".join(lines).split()) == " ".join(text.split())
    assert all(line.startswith("    ") for line in lines[1:])
    _fits(lines, 40)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_usage_error_wraps_at_words_on_a_terminal(lang: str) -> None:
    """click's error line ("Kesalahan: Nilai tidak sah untuk '--tahun': '20x' bukan bilangan
    bulat yang sah.") was one line the terminal broke anywhere; it is broken at words under the
    words after "Kesalahan: " now, as a command's own errors are under "lkj-tui: "."""
    code, shown = _on_a_terminal(["new", "--tahun", "20x", "--lang", lang], 40)
    assert code == 2, shown
    lines = shown.rstrip("\n").split("\n")
    head = "Kesalahan: " if lang == "id" else "Error: "
    at = next(i for i, line in enumerate(lines) if line.startswith(head))
    assert len(lines) > at + 1 and lines[at + 1].startswith(" " * len(head) + "'"), shown
    _fits(lines, 40)
    piped = run_cli("new", "--tahun", "20x", "--lang", lang)
    assert piped.stderr.splitlines()[-1].startswith(head) and "20x" in piped.stderr.splitlines()[-1]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_resolve_without_conflicts_breaks_at_words(store_path: Path, lang: str) -> None:
    """``resolve`` in a report without conflicts: its one line was cut inside the report id by a
    40-column terminal ("…bengkulu-sel" / "atan-setda-2023."); now the id goes whole to the
    next line. To a pipe: one line."""
    store = ["--store", str(store_path), "--lang", lang]
    code, shown = _on_a_terminal(["resolve", *store], 40)
    assert code == 0, shown
    lines = shown.rstrip("\n").split("\n")
    assert len(lines) == 2 and lines[-1].split()[-1] == "bengkulu-selatan-setda-2023.", shown
    _fits(lines, 40)
    assert len(run_cli("resolve", *store).stdout.splitlines()) == 1
