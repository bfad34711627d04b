"""Every command on an output that is not UTF-8, as Windows gives one to a redirect or a pipe
(``lkj-tui status > hasil.txt``, ``| more``: the ANSI code page, cp1252; the OEM pages cp437 and
cp850; ``ascii``). The installed command runs with ``PYTHONIOENCODING``; its output must be what
the UTF-8 output is with the symbols the encoding lacks written as their ASCII (``FALLBACK``) and
any other character it cannot hold as a ``\\uXXXX`` escape, counted on stderr: nothing dropped,
no refusal. JSON stays the same JSON; the Markdown export stays UTF-8 (docs/export.md).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest

from lkj_tui.bundled import BUNDLED_REPORT_ID, load_bundled_report
from lkj_tui.cli.output import FALLBACK, _escape, fallback_table
from lkj_tui.cli.plain import cells
from lkj_tui.storage.store import Store
from reliability.corpus import HANDWRITTEN, corpus, hostile_report
from tests.conftest import LKJ_TUI

ENCODINGS = ["cp1252", "cp437", "cp850", "ascii"]
LATER = "bengkulu-selatan-setda-2024"

#: Every command that prints to stdout, as a user runs it (``log`` on a shared store, ``compare``
#: on two years, ``restore --list`` with kept versions).
COMMANDS: list[tuple[str, ...]] = [
    ("status",),
    ("status", "--lang", "en"),
    ("status", "--all"),
    ("status", "--json"),
    ("status", "--all", "--json"),
    ("check",),
    ("check", "--lang", "en"),
    ("check", "--all"),
    ("check", "--all", "--lang", "en"),
    ("check", "--json"),
    ("export", "--scope", "all"),
    ("export", "--reviu", "--lang", "en"),
    ("export", "--compare", BUNDLED_REPORT_ID, "--report", LATER),
    ("export", "--all"),
    ("export", "--format", "csv"),
    ("export", "--format", "json"),
    ("log",),
    ("log", "--lang", "en"),
    ("log", "--json"),
    ("compare",),
    ("compare", "--lang", "en"),
    ("compare", "--json"),
    ("calc", "3,22", "2,85"),
    ("calc", ">3,51", "2,44", "--lang", "en"),
    ("calc", "3,22", "2,85", "--json"),
    ("set", "IKU 1", "target", "3,22", "--report", LATER),
    ("restore", "--list"),
    ("restore", "--list", BUNDLED_REPORT_ID, "--lang", "en"),
    ("info",),
    ("info", "--lang", "en"),
    ("--help",),
    ("status", "--help"),
    ("--version",),
    ("import", "--dry-run", "--overwrite", "{document}"),
    ("new", "--report", "baru-2025", "--instansi", "Dinas → Baru", "--tahun", "2025"),
]
#: What is a data format for programs: its bytes are the same whatever the encoding.
BYTES = {("export", "--format", "csv"), ("export", "--format", "json")}
#: The Markdown export: UTF-8 whatever the encoding (the bytes ``-o FILE`` writes).
MARKDOWN = {c for c in COMMANDS if c[0] == "export"} - BYTES


def run(
    args: tuple[str, ...], store: Path, encoding: str | None, columns: int = 250
) -> subprocess.CompletedProcess[bytes]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LKJ_TUI", "PYTHONIO"))}
    env.update(LKJ_TUI_STORE=str(store), COLUMNS=str(columns), NO_COLOR="1")
    env["GIT_AUTHOR_DATE"] = env["GIT_COMMITTER_DATE"] = "2026-12-01T10:00:00"
    if encoding is not None:
        env["PYTHONIOENCODING"] = encoding
    return subprocess.run(
        [str(LKJ_TUI), *args], env=env, capture_output=True, stdin=subprocess.DEVNULL, timeout=120
    )


#: ``check``'s mark of a note, "·", where it is a mark (a finding's, the column's, the totals'):
#: "i" on an output that is not UTF-8, where every other "·" is "-" (cli/check.py ``_mark``).
NOTE_MARK = re.compile(r"(?m)^(    )·(?= )|\(·\)|(?<=!  )(\s*)·$")


#: ``check``'s totals line, whose parts are parted by " | " on an output that is not UTF-8.
TOTALS = re.compile(r"(?m)^(?:[\d.]+ (?:laporan|reports?): )?[\d.]+ (?:kesalahan|errors?) .*$")


def expected(utf8: str, encoding: str, check: bool = False) -> str:
    """The UTF-8 output as it must read on ``encoding``: the fallback, then the escapes;
    ``check``: an output of ``check`` (its note mark)."""
    if check:
        utf8 = NOTE_MARK.sub(lambda m: m.group(0).replace("·", "i"), utf8)
        utf8 = TOTALS.sub(lambda m: m.group(0).replace(" · ", " | "), utf8)
    table = fallback_table(encoding) or {}
    return utf8.translate(table).encode(encoding, "lkj-escape").decode(encoding)


def words(text: str) -> list[str]:
    """The words of an output, without its table lines (laid out as written, a column may be a
    cell wider than the UTF-8 one)."""
    return [w for w in text.split() if w.strip("-+|=/")]  # ("/": layout.NOTE_SEP)


ESCAPE = re.compile(r"\\u[0-9a-f]{4}|\\U[0-9a-f]{8}")


def squeezed(text: str) -> str:
    """The output without spaces, line breaks and table lines."""
    return re.sub(r"[\s|+=-]", "", text)


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A shared store (git) of two years, a change in its history, kept versions; and a report
    document to import."""
    root = tmp_path_factory.mktemp("enc") / "store"
    Store(root, seed=load_bundled_report).update(BUNDLED_REPORT_ID, lambda r: None)
    steps = [
        ("new", "--from", BUNDLED_REPORT_ID, "--tahun", "2024"),
        ("set", "IKU 1", "realisasi", "3,10", "--report", LATER),
        ("sync", "--init", "--author", "Rina → Tim <rina@example.org>"),
        ("set", "IKU 1", "realisasi", "2,95", "--report", BUNDLED_REPORT_ID),
        ("sync",),
    ]
    for step in steps:
        done = run(step, root, None)
        assert done.returncode == 0, done.stderr.decode()
    document = root.parent / "laporan.json"
    done = run(("export", "--format", "json", "--report", LATER), root, None)
    document.write_bytes(done.stdout)
    return root


def _args(args: tuple[str, ...], store: Path) -> tuple[str, ...]:
    return tuple(a.replace("{document}", str(store.parent / "laporan.json")) for a in args)


def _store_for(tmp_path: Path, shared: Path) -> Path:
    """A copy of the shared store (``set``, ``new`` and ``import`` write)."""
    import shutil

    copy = tmp_path / "store"
    shutil.copytree(shared, copy, symlinks=True)
    return copy


@pytest.fixture(scope="module")
def utf8_run(
    shared: Path, tmp_path_factory: pytest.TempPathFactory
) -> Callable[[tuple[str, ...]], subprocess.CompletedProcess[bytes]]:
    """Each command's UTF-8 run, made once for the four encodings (a command that writes, on its
    own copy of the shared store)."""
    done: dict[tuple[str, ...], subprocess.CompletedProcess[bytes]] = {}

    def utf8(args: tuple[str, ...]) -> subprocess.CompletedProcess[bytes]:
        if args not in done:
            writes = args[0] in ("set", "new", "import")
            store = _store_for(tmp_path_factory.mktemp("utf8"), shared) if writes else shared
            done[args] = run(_args(args, store), store, "utf-8")
        return done[args]

    return utf8


# One test a command and encoding: the four encodings' runs of every command, and the UTF-8 run
# again for each, in one test took more than the 300 s a test may take on a loaded box (70
# commands of 1-4 s each when five suites share two cores); the UTF-8 runs are made once.
@pytest.mark.parametrize("args", COMMANDS, ids=" ".join)
@pytest.mark.parametrize("encoding", ENCODINGS)
def test_every_command_works_on_an_output_that_is_not_utf8(
    shared: Path,
    tmp_path: Path,
    encoding: str,
    args: tuple[str, ...],
    utf8_run: Callable[[tuple[str, ...]], subprocess.CompletedProcess[bytes]],
) -> None:
    writes = args[0] in ("set", "new", "import")
    narrow_store = _store_for(tmp_path, shared) if writes else shared
    utf8 = utf8_run(args)
    narrow = run(_args(args, narrow_store), narrow_store, encoding)
    what = f"{' '.join(args)} ({encoding}): {narrow.stderr.decode(errors='replace')[-300:]}"
    assert narrow.returncode == utf8.returncode, what
    assert b"Traceback" not in narrow.stderr, what
    assert b"PYTHONIOENCODING" not in narrow.stderr, what  # neither refused nor escaped
    if args in BYTES:
        assert narrow.stdout == utf8.stdout, what
        return
    if args in MARKDOWN:
        assert narrow.stdout == utf8.stdout, what  # UTF-8: the bytes -o FILE writes
        return
    text = narrow.stdout.decode(encoding)  # (strict: every byte is the encoding's)
    if args[-1] == "--json":
        assert text.isascii(), what
        assert json.loads(text) == json.loads(utf8.stdout.decode()), what
        return
    # The same words (250 columns: nothing cut or wrapped); the table lines and where a line
    # breaks may differ, as the text is laid out as it is written ("->" takes two cells).
    check = args[0] == "check"
    assert words(text) == words(expected(utf8.stdout.decode(), encoding, check)), what
    for symbol in "→▼≥−✓✗┃━╇│":
        assert symbol not in text or symbol in expected(symbol, encoding), what


def test_the_symbols_of_every_report_command_are_replaced_on_cp1252(shared: Path) -> None:
    """What a reader sees in ``status > hasil.txt`` on Windows (cp1252): the table lines, the
    under-target mark, the arrows and the dots as ASCII; the report's own words as they are."""
    status = run(("status", "--report", BUNDLED_REPORT_ID), shared, "cp1252").stdout.decode(
        "cp1252"
    )
    assert "Kode  | Indikator" in status and "------+----" in status
    assert "| 91,61 % v |" in status
    assert "-> " in status and " <- IKU 1" in status
    assert "LKj 2023 | Sekretariat Daerah" in status  # (cp1252 holds "·", cp437 reads it "╖")
    check = run(("check", "--report", BUNDLED_REPORT_ID), shared, "cp1252").stdout.decode("cp1252")
    assert "    x Rata-rata capaian tercetak berbeda | " in check and ">= 60 %" in check
    # a note's mark "·" is "i" ("|" is the dot between two parts): the totals named "(-)"
    assert "\n    i Tanda desimal campuran | IKU 1" in check
    # the totals are parted by "|" there: "23 kesalahan - 19 peringatan" read as a subtraction
    assert re.search(r"\n\d+ kesalahan \| \d+ peringatan \| \d+ catatan\n", check), check[-300:]
    every = run(("check", "--all"), shared, "cp1252").stdout.decode("cp1252").splitlines()
    header = next(line for line in every if line.startswith("Laporan "))  # (under its year)
    assert header.split()[-3:] == ["x", "!", "i"], every
    assert re.fullmatch(
        r"\d+ laporan: .* kesalahan \(x\) \| .* peringatan \(!\) \| .* catatan \(i\)", every[-1]
    )
    compare = run(("compare",), shared, "cp1252").stdout.decode("cp1252")
    assert "Perbandingan LKj 2023 -> 2024" in compare and "^ " in compare


@pytest.mark.parametrize("encoding", ["cp1252", "cp437"])
def test_the_parts_of_a_line_are_parted_by_bars_not_by_a_minus_on_cp1252(
    shared: Path, tmp_path: Path, encoding: str
) -> None:
    """On cp1252 every "·" between two parts of a line was written "-" and read as a minus:
    ``status``'s title "LKj 2023 - Sekretariat Daerah …", ``info``'s "Python 3.11 - Linux", a
    finding's "Tanda desimal campuran - IKU 1"; so was the "—" between an under-target item and
    its figures ("Nilai LPPD - 2,85 / 3,22"). They are " | " there; in a table's cell " / " (a
    "|" reads as a column rule: ``restore --list``'s "IKU 1 / Realisasi: …")."""
    status = run(("status", "--report", BUNDLED_REPORT_ID), shared, encoding).stdout
    lines = status.decode(encoding).splitlines()
    assert lines[0] == "LKj 2023 | Sekretariat Daerah Kabupaten Bengkulu Selatan", lines[0]
    assert any(ln.startswith(" v IKU: Nilai LPPD | 2,") for ln in lines), lines
    info = run(("info", "--lang", "en"), shared, encoding).stdout.decode(encoding).splitlines()
    assert re.fullmatch(r"Python \S+ \| \S+.*", info[1]), info
    assert any(re.search(r" \| 2023 \| Sekretariat Daerah .* \| rev\. \d+$", ln) for ln in info)
    Store(tmp_path, seed=load_bundled_report)
    for value in ("2,95", "3,05"):  # (each save keeps the version before, with its change)
        assert run(("set", "IKU 1", "realisasi", value), tmp_path, None).returncode == 0
    kept = run(("restore", "--list", BUNDLED_REPORT_ID), tmp_path, encoding, columns=100).stdout
    assert " | IKU 1 / Realisasi: 2,85 -> 2,95 " in kept.decode(encoding), kept
    for text in (status, kept):  # (nothing left as " - " between two words of a line)
        assert not re.search(rb"[A-Za-z] - [A-Za-z0-9]", text.replace(b"Rata-rata", b"")), text


@pytest.mark.parametrize("encoding", ["cp1252", "cp437"])
def test_a_status_card_parts_its_figures_with_bars_on_cp1252(shared: Path, encoding: str) -> None:
    """A card of ``status`` at 60 columns on cp1252 read "Capaian 91,61 % v - Sangat Tinggi" (its "·"
    written "-": a negative rating after the under-target mark), and the summary "10 IKU - 2 di
    bawah target" a subtraction. The parts of those lines are parted by "|" there, as check's
    totals are; UTF-8 keeps its "·"."""
    args = ("status", "--report", BUNDLED_REPORT_ID)
    status = run(args, shared, encoding, columns=60).stdout.decode(encoding)
    assert re.search(r"\| Capaian 91,61 % v \|\s+Sangat Tinggi\n", status), status
    assert re.search(r"\n\d+ IKU \| \d+ di bawah target \| rata-rata capaian ", status), status
    assert "% v -" not in status and " IKU - " not in status, status
    utf8 = run(args, shared, None, columns=60).stdout.decode()
    assert re.search(r"Capaian 91,61 % ▼ ·\s+Sangat Tinggi\n", utf8) and " IKU · " in utf8


@pytest.mark.parametrize("encoding", ["cp1252", "cp437"])
def test_the_line_under_a_status_row_is_parted_by_slashes_on_cp1252(
    shared: Path, encoding: str
) -> None:
    """The line under a row of ``status``'s table read "-> 117,34 % - CC (Perjanjian Kinerja
    …)" on cp1252 (its "·" written "-": a minus; "|" would read as a column rule). Parted by
    " / " there; UTF-8 keeps its "·"."""
    args = ("status", "--report", BUNDLED_REPORT_ID)
    status = run(args, shared, encoding).stdout.decode(encoding)
    assert "(Renstra 2023) -> 117,34 % / CC (Perjanjian Kinerja 2023" in status, status
    assert "117,34 % - CC" not in status, status
    utf8 = run(args, shared, None).stdout.decode()
    assert "(Renstra 2023) → 117,34 % · CC (Perjanjian Kinerja 2023" in utf8, utf8


def test_compares_counts_are_parted_with_bars_on_cp1252(shared: Path) -> None:
    """``compare``'s counts read "12 cocok - 0 baru - 0 hilang - 0 ambigu" on cp1252: a
    subtraction. Parted by "|" there, as check's totals are; "·" on UTF-8."""
    compare = run(("compare",), shared, "cp1252").stdout.decode("cp1252")
    assert re.search(r"\n\d+ cocok \| \d+ baru \| \d+ hilang \| \d+ ambigu \| ", compare), compare
    utf8 = run(("compare",), shared, None).stdout.decode()
    assert re.search(r"\n\d+ cocok · \d+ baru · ", utf8), utf8


def _named(store: Path, name: str, instansi: str) -> None:
    """The bundled report with IKU 1 named ``name`` (realisasi 2,80: under target) and a report
    "dinas-a" of 2025 of ``instansi``, in ``store``."""
    Store(store, seed=load_bundled_report)
    assert run(("set", "IKU 1", "name", name), store, None).returncode == 0
    assert run(("set", "IKU 1", "realisasi", "2,80"), store, None).returncode == 0
    made = ("new", "--instansi", instansi, "--tahun", "2025", "--report", "dinas-a")
    assert run(made, store, None).returncode == 0


@pytest.mark.parametrize("encoding", ["cp1252", "cp437"])
def test_a_reports_own_dot_and_dash_read_as_written_not_as_our_separator(
    tmp_path: Path, encoding: str
) -> None:
    """Every " · " and " — " of a line was written " | " on cp1252, a report's own too: an
    indikator "Nilai LPPD · Indeks — Kinerja" read "Nilai LPPD | Indeks | Kinerja", three parts
    where the report wrote one name, and an instansi "Dinas A · B" broke info's line at its
    "|" as at a separator. Our separators are marked where they are made: they stay " | " (" / "
    in a table's cell); the report's own are folded as its symbols are, "-"."""
    name = "Nilai LPPD · Indeks — Kinerja"
    _named(tmp_path, name, "Dinas A · B — Kota")
    folded = "Nilai LPPD - Indeks - Kinerja"
    args = ("--report", BUNDLED_REPORT_ID)
    status = run(("status", *args), tmp_path, encoding).stdout.decode(encoding)
    assert f"| {folded} " in status, status  # (its cell)
    assert f" v IKU: {folded} | 2,80 / 3,22 = 86,96 %" in status, status  # (ours: " | ")
    check = run(("check", *args), tmp_path, encoding, columns=400).stdout.decode(encoding)
    assert f"berbeda dari hasil hitung | IKU 1 {folded} | Tabel 3.2 " in check, check
    kept = run(("restore", "--list", BUNDLED_REPORT_ID), tmp_path, encoding, columns=160).stdout
    assert f" | IKU 1 / Nama: Nilai LPPD -> {folded} " in kept.decode(encoding), kept
    other = run(("status", "--report", "dinas-a"), tmp_path, encoding).stdout.decode(encoding)
    assert other.splitlines()[0] == "LKj 2025 | Dinas A - B - Kota", other
    info = run(("info",), tmp_path, encoding).stdout.decode(encoding)
    assert "  dinas-a | 2025 | Dinas A - B - Kota | rev. 1\n" in info, info
    utf8 = run(("status", *args), tmp_path, None).stdout.decode()
    assert f" ▼ IKU: {name} — 2,80 / 3,22 = 86,96 %" in utf8, utf8  # (UTF-8: as it was)


@pytest.mark.parametrize("encoding", ["cp1252", None])
def test_a_reports_noncharacter_never_prints_as_our_separator(
    tmp_path: Path, encoding: str | None
) -> None:
    """Our separators are marked with a noncharacter (U+FDD0) on an output that is not UTF-8 and
    written " | ": one in a report's own text was written " | " too, a name read as two parts
    ("Nilai LPPD | Indeks"); on UTF-8 it reached the terminal (a box). ``clean`` removes every
    noncharacter from a report's text; our own separators stay."""
    _named(tmp_path, "Nilai LPPD \ufdd0 Indeks\uffff", "Dinas A \ufdd0 B")
    bar, dash = (" | ", " | ") if encoding else (" · ", " — ")
    args = ("--report", BUNDLED_REPORT_ID)
    outputs = {
        command: run((command, *more), tmp_path, encoding).stdout.decode(encoding or "utf-8")
        for command, *more in (("status", *args), ("check", *args), ("info",))
    }
    for command, out in outputs.items():
        assert "\ufdd0" not in out and "\uffff" not in out, command
        assert "LPPD | Indeks" not in out and "A | B" not in out, (command, out)
    status = outputs["status"]
    assert f" IKU: Nilai LPPD  Indeks{dash}2,80 / 3,22 = 86,96 %" in status, status
    assert f"  dinas-a{bar}2025{bar}Dinas A  B{bar}rev. 1\n" in outputs["info"], outputs["info"]


def _columns(line: str) -> list[int]:
    return [i for i, c in enumerate(line) if c == "|"]


@pytest.mark.parametrize("encoding", ["cp1252", "cp437"])
def test_tables_stay_aligned(tmp_path: Path, encoding: str) -> None:
    """The symbols are laid out as they are written: a cut cell's "..." and a cell's "->" or
    "+/-" take their cells within the column, so every row of a table lines up (they pushed the
    rest of their row right: "3 +/- 1 |", "bengkulu-sel...rah-2025  Rumah")."""
    root = tmp_path / "store"
    Store(root, seed=load_bundled_report)
    long_id = "bengkulu-selatan-badan-perencanaan-pembangunan-penelitian-dan-pengembangan-2024"
    for step in [
        ("new", "--from", BUNDLED_REPORT_ID, "--tahun", "2024"),
        ("set", "IKU 1", "realisasi", "3,10", "--report", LATER),
        # a kept version whose change restore --list shows ("IKU 1 · Realisasi: 3,10 -> 3,20")
        ("set", "IKU 1", "realisasi", "3,20", "--report", LATER),
        ("new", "--report", long_id, "--tahun", "2024", "--instansi", "Badan “Bappeda” " * 6),
    ]:
        assert run(step, root, None).returncode == 0
    for args in [("status", "--all"), ("check", "--all")]:
        utf8 = run(args, root, "utf-8", 100).stdout.decode()
        text = run(args, root, encoding, 100).stdout.decode(encoding)
        # (the name, too long for a line, broken at words: no cut)
        assert 'Badan "Bappeda"' in text and "Badan “Bappeda”" in utf8, text
        # the same geometry as the UTF-8 output: each line as many cells
        assert [len(line) for line in text.splitlines()] == [
            cells(line) for line in utf8.splitlines()
        ], text
    for args, columns in [
        (("status", "--report", BUNDLED_REPORT_ID), 100),
        (("status", "--report", BUNDLED_REPORT_ID), 50),  # cells cut with "..."
        (("compare", BUNDLED_REPORT_ID, LATER), 100),
        (("restore", "--list", LATER), 100),
    ]:
        text = run(args, root, encoding, columns).stdout.decode(encoding)
        assert "+/-" in text or "->" in text or "..." in text, text
        blocks = text.split("\n\n")
        for block in blocks:  # every line of a table: its "|" where its header's are
            if not re.search(r"(?m)^-+\+[-+]*$", block):  # (cards: "Target 3 | Realisasi …")
                continue
            lines = [line for line in block.splitlines() if "|" in line]
            for line in lines:
                assert _columns(line) == _columns(lines[0]), f"{args}: {line!r}\n{block}"


# ------------------------------------------------------------------ report text it cannot hold


STRINGS = [
    "Kabupaten 😀 ٱلعربية ≥ 80 → “kutipan” café ᨅᨔ",
    "naïve ✓ Ω ─ ━ ╬ — … 𝔸",
    *HANDWRITTEN[::6],
    *corpus(400)[-40:],
]


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_report_text_the_output_cannot_hold_is_escaped_and_counted(
    tmp_path: Path, encoding: str
) -> None:
    """Hostile text in every field of a report (the schema-generated report of
    tests/test_hostile.py): ``status``, ``check``, ``status --json`` on ``encoding`` give the
    UTF-8 output with the fallback and escapes (every character there: the escape is lossless),
    one line on stderr counts the escapes, and the exit status is the UTF-8 one."""
    root = tmp_path / "store"
    Store(root).import_report(hostile_report(STRINGS))
    for args in (("status",), ("check",), ("status", "--all"), ("status", "--json")):
        utf8, narrow = run(args, root, "utf-8", 2000), run(args, root, encoding, 2000)
        what = f"{' '.join(args)} ({encoding}): {narrow.stderr.decode(errors='replace')[-300:]}"
        assert narrow.returncode == utf8.returncode, what
        text = narrow.stdout.decode(encoding)
        if args[-1] == "--json":
            assert json.loads(text) == json.loads(utf8.stdout.decode()), what
            assert narrow.stderr == b"", what
            continue
        # every character there, as many times (2000 columns; a cell of 1,000 characters still
        # wraps, and a row's lines interleave its columns, where "->" may move a line break);
        # status's no-wrap columns (capaian, kategori) cut a hostile label to the column, and a
        # cut's "..." keeps two cells less than "…": there, every escape there
        want = expected(utf8.stdout.decode(), encoding, args[0] == "check")
        if args == ("status",):
            assert set(ESCAPE.findall(text)) == set(ESCAPE.findall(want)), what
        else:
            assert Counter(squeezed(text)) == Counter(squeezed(want)), what
        assert "\\U0001f600" in text and "\\u0671\\u0644" in text, what
        lines = narrow.stderr.decode(encoding).splitlines()
        assert len(lines) == 1 and lines[0].startswith("lkj-tui: "), what
        assert f"({encoding})" in lines[0] and "PYTHONIOENCODING=utf-8" in lines[0], what
        counted = int(lines[0].split()[1])
        assert counted == text.count("\\u") + text.count("\\U") - utf8.stdout.decode().count(
            "\\u"
        ) - utf8.stdout.decode().count("\\U"), what


def test_utf8_output_writes_no_escape_and_no_note(tmp_path: Path) -> None:
    root = tmp_path / "store"
    Store(root).import_report(hostile_report(STRINGS[:2]))
    done = run(("status",), root, "utf-8")
    assert done.returncode == 0 and done.stderr == b""
    assert "😀 ٱلعربية ≥ 80 → “kutipan”" in done.stdout.decode()


# ------------------------------------------------------------------ the table itself


def test_the_fallback_table() -> None:
    """Every replacement is printable ASCII; on an output that is not UTF-8 every symbol is
    replaced, also those the code page holds (a Windows pipe is written in the ANSI page and read
    in the OEM one); every box-drawing character has one (its shape); a UTF needs none."""
    assert all(v.isascii() and v.isprintable() and v for v in FALLBACK.values())
    for name in ("utf-8", "UTF-8", "utf8", "utf-16"):
        assert fallback_table(name) is None
    for encoding in ENCODINGS:
        table = fallback_table(encoding)
        assert table is not None
        assert all(code in table for code in range(0x2500, 0x2580))
        assert all(table[ord(symbol)] == ascii for symbol, ascii in FALLBACK.items())
    ascii = fallback_table("ascii") or {}
    assert "".join(ascii[ord(c)] for c in "─━═┃│║╇┼╭╰") == "---|||++++"
    assert "".join(ascii[ord(c)] for c in "→≥−…▼✓✗") == "->>=-...vvx"


def test_the_escape_handler_is_lossless() -> None:
    text = "a😀b\u0671é\x7f"
    escaped = text.encode("ascii", "lkj-escape").decode("ascii")
    assert escaped == "a\\U0001f600b\\u0671\\u00e9\x7f"
    assert escaped.encode().decode("unicode_escape") == text
    with pytest.raises(UnicodeDecodeError):
        _escape(UnicodeDecodeError("ascii", b"\xff", 0, 1, "x"))


@pytest.mark.parametrize("encoding", ["cp1252", "cp437"])
def test_an_escaped_character_keeps_its_row_within_the_terminal(
    tmp_path: Path, encoding: str
) -> None:
    """A character the output cannot hold is written ``\\u4e2d``: six cells where the table had
    counted its one or two, so its row ran past the terminal (``status`` at 80 columns: 89, and
    "|" out of line). The tables are laid out on the text as it is written; the escapes a cell's
    cut leaves out are not counted on stderr."""
    root = tmp_path / "store"
    Store(root, seed=load_bundled_report)
    for step in [
        ("new", "--from", BUNDLED_REPORT_ID, "--tahun", "2024"),
        ("set", "IKU 1", "name", "Nilai LPPD 中文中文中文 uji", "--report", BUNDLED_REPORT_ID),
        ("set", "IKU 2", "name", "Indeks 😀 hukum", "--report", BUNDLED_REPORT_ID),
        ("set", "IKU 1", "name", "Nilai LPPD 中文中文中文 uji", "--report", LATER),
        ("set", "IKU 1", "realisasi", "3,1 中文中文中文中文", "--report", LATER),
    ]:
        assert run(step, root, None).returncode == 0
    for args in [
        ("status", "--report", BUNDLED_REPORT_ID),
        ("compare", BUNDLED_REPORT_ID, LATER),
        ("check", "--report", BUNDLED_REPORT_ID),
        ("restore", "--list", LATER),
    ]:
        for columns in (60, 80):
            done = run(args, root, encoding, columns)
            text = done.stdout.decode(encoding)
            assert "\\u4e2d" in text, (args, text)
            rows = [line for line in text.splitlines() if "|" in line or "\\u" in line]
            assert max(len(line) for line in rows) <= columns, (args, text)  # (a path may not)
            for block in text.split(
                "\n\n"
            ):  # every line of a table: its "|" where its header's are
                if not re.search(r"(?m)^-+\+[-+]*$", block):  # (cards: "Target 3 | Realisasi …")
                    continue
                lines = [line for line in block.splitlines() if "|" in line]
                for line in lines:
                    assert _columns(line) == _columns(lines[0]), f"{args}: {line!r}\n{block}"
            counted = int(done.stderr.decode(encoding).split()[1])  # (a cut one counts)
            # (each escape written has one backslash; one folded in a cell, "\\u4e2d\\" /
            # "u6587", is no "\\u" but written all the same)
            assert counted == text.count("\\"), (args, text)
            assert "\\ufffd" not in text, (args, text)  # (its backslash cleaned again: cards)


def test_text_cleaned_twice_for_a_code_page_keeps_its_escapes_and_cleans_the_rest(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A card's cell is written for the code page (its escapes' backslash held as ``MARK``) and
    cleaned again with its line: the escapes stay escapes, and what is around a ``MARK`` is
    still cleaned (a report's text may hold that lone surrogate, and controls after it)."""
    import io

    from rich.text import Text

    from lkj_tui.cli import format as fmt
    from lkj_tui.cli import output

    table = output.fallback_table("cp1252")
    stream = io.TextIOWrapper(io.BytesIO(), encoding="cp1252")
    monkeypatch.setattr(output, "stdout_table", lambda: table)
    monkeypatch.setattr(output, "stdout", lambda: stream)
    once = fmt.clean_text(Text("Nilai 中文 → uji"))
    assert once.plain == f"Nilai {output.MARK}u4e2d{output.MARK}u6587 -> uji"
    assert fmt.clean_text(once).plain == once.plain
    hostile = fmt.clean_text(Text(f"a{output.MARK}\x1b[2J\u202e中 b"))
    assert hostile.plain == f"a{output.MARK}{output.MARK}u4e2d b", hostile.plain


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_reviu_messages_own_separators_stay_bars_on_cp1252(tmp_path: Path, lang: str) -> None:
    """A reviu message's own " — " and " · " ("Target Renstra tercetak berbeda — target 2022: …
    · target 2025: …", from the core's message, not the report's text) were written "-" on
    cp1252, as a report's own are: "berbeda - target 2022: CC (Renstra); C (…) - target 2025",
    read as minus signs. Now they are marked as ours: " | "; UTF-8 as it was."""
    Store(tmp_path, seed=load_bundled_report)
    args = ("check", "--lang", lang)
    narrow = run(args, tmp_path, "cp1252", columns=400).stdout.decode("cp1252")
    en = lang == "en"
    head = "Renstra targets printed differently" if en else "Target Renstra tercetak berbeda"
    first, then = ("2022 target", "2025 target") if en else ("target 2022", "target 2025")
    assert f"{head} | {first}: CC (Renstra); C (" in narrow, narrow
    assert f"(IKU)) | {then}: B (Renstra)" in narrow, narrow
    assert f"{head} - " not in narrow
    utf8 = run(args, tmp_path, None, columns=400).stdout.decode()
    assert f"{head} — {first}: CC (Renstra); C (" in utf8, utf8
    assert f"(IKU)) · {then}: B (Renstra)" in utf8, utf8
