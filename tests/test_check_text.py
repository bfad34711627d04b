"""``lkj-tui check``'s text (cli/plain.py, docs/reviu.md "The output"): the findings wrapped by hand
at the terminal's width with a hanging indent, every word kept, colour only on a terminal, hostile
text shown as data; run through the installed command as a user would."""

from __future__ import annotations

import json
import re
from itertools import pairwise
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from hypothesis import event, example, given, settings
from hypothesis import strategies as st
from rich.cells import cell_len, get_character_cell_size

from lkj_tui.cli.plain import Painter, _one_cell, _wrap_words, fit, wrap
from lkj_tui.core.evaluate import Evaluation
from lkj_tui.core.model import Report
from lkj_tui.core.reviu import Reviu, run_checks
from lkj_tui.core.sanitize import clean_line
from lkj_tui.storage.store import Store
from tests.conftest import run_cli
from tests.test_reviu import _doc

_SGR = re.compile(r"\x1b\[[0-9;]*m")

# --------------------------------------------------------------------------- wrap


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from(["a", "bb", " ", "  ", "界", "é", "ｗ", "\u0301", "x" * 30]), max_size=40
    ).map("".join),
    st.integers(8, 40),
    st.integers(8, 40),
)
def test_wrap_keeps_every_word_within_the_width(text: str, width: int, first: int) -> None:
    plain = clean_line(text)
    spans = wrap(plain, width, first)
    for n, (start, end) in enumerate(spans):
        line = plain[start:end]
        assert line and not line[0].isspace() and not line[-1].isspace()
        assert cell_len(line) <= (first if n == 0 else width), (line, width, first)
    assert all(a <= b for (_, a), (b, _) in pairwise(spans))
    # every character but the spaces at the breaks is on a line, in order
    assert "".join(plain[a:b] for a, b in spans).replace(" ", "") == plain.replace(" ", "")


@settings(max_examples=600, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                *("a", "bb", "kata", "x" * 30, " ", " ", " ", "  ", "—", "“", "é", "→", "界"),
                *("ｗ", "\u0301", "\ufe0f", "\u200d", "\t", "\xa0", "\u3000", "\x1b", "\U0001f600"),
            ]
        ),
        max_size=50,
    ).map("".join),
    st.integers(2, 40),
    st.one_of(st.none(), st.integers(2, 40)),
)
@example("ab cd ef", 5, None)  # a word that ends on the room's last cell
def test_wrap_a_line_at_a_time_is_wrap_word_by_word(
    text: str, width: int, first: int | None
) -> None:
    """The usual line (a cell a character, one kind of space) is broken a line at a time; any
    other word by word: the two give the same lines."""
    event("a line at a time" if _one_cell(text) else "word by word")
    assert wrap(text, width, first) == _wrap_words(text, width, first)


# --------------------------------------------------------------------------- lines


def _one_cell_by_sets(text: str) -> bool:
    """``_one_cell`` as it was: the characters beyond ASCII found by a set difference."""
    if not text.isprintable():
        return False
    return text.isascii() or all(
        get_character_cell_size(c) == 1 for c in set(text).difference(map(chr, range(128)))
    )


_CHARACTERS = [
    *("a", "Z", "7", " ", "  ", ".", "~", "\x7f", "\x00", "\t", "—", "“", "”", "·", "✗", "é"),
    *("界", "ｗ", "\u0301", "\ufe0f", "\u200d", "\xa0", "\u3000", "\x80", "\U0001f600", "\ud800"),
]


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.text(), st.lists(st.sampled_from(_CHARACTERS), max_size=30).map("".join)))
def test_one_cell_is_the_test_by_sets(text: str) -> None:
    assert _one_cell(text) == _one_cell_by_sets(text)


def _painter(width: int, styled: bool) -> Painter:
    console = SimpleNamespace(
        width=width,
        color_system="256" if styled else None,
        is_dumb_terminal=False,
        is_terminal=False,
        no_color=False,
    )
    return Painter(console)  # type: ignore[arg-type]


_STYLE = st.sampled_from(["", "bold", "dim", "bold red", "cyan", "dark_orange"])
_WORDS = st.sampled_from(["a", "kata", "x" * 25, " ", "  ", " — ", "“", "”", "界", "é", "·"])
_PIECES = st.lists(st.tuples(st.lists(_WORDS, max_size=8).map("".join), _STYLE), max_size=5)


@settings(max_examples=300, deadline=None)
@given(
    _PIECES.filter(lambda pieces: "".join(text for text, _ in pieces).strip()),
    st.integers(0, 12),
    st.lists(st.tuples(st.sampled_from(["  ", "    ", "✗", "!", "·", " "]), _STYLE), max_size=3),
    st.integers(10, 60),
)
def test_unstyled_lines_are_the_styled_ones_without_their_colours(
    pieces: list[tuple[str, str]], indent: int, prefix: list[tuple[str, str]], width: int
) -> None:
    """Without styles a line is its prefix (or indent) and its span of the text: the same as
    every piece painted and cut at the line's ends, the colours left out."""
    styled = _painter(width, True).lines(pieces, indent, prefix)
    plain = _painter(width, False).lines(pieces, indent, prefix)
    assert plain == [_SGR.sub("", line) for line in styled]


def test_unstyled_lines_of_no_text_are_the_prefix() -> None:
    assert _painter(40, False).lines([(" ", "bold")], 4, [("  ", ""), ("✗", "red")]) == ["  ✗"]
    assert _painter(40, False).lines([], 4, [("  ", "")]) == [""]


def test_wrap_breaks_at_spaces_and_cuts_a_word_longer_than_a_line() -> None:
    assert wrap("satu dua tiga", 8) == [(0, 8), (9, 13)]
    assert wrap("satu dua tiga", 8, 4) == [(0, 4), (5, 13)]
    assert wrap("x" * 20, 8) == [(0, 8), (8, 16), (16, 20)]
    assert wrap("界" * 9, 8) == [(0, 4), (4, 8), (8, 9)]  # two cells a character
    assert wrap("", 8) == [] and wrap("   ", 8) == []


# --------------------------------------------------------------------------- the command


def _cells(line: str) -> int:
    return cell_len(_SGR.sub("", line))


def test_check_wraps_at_80_columns_with_a_hanging_indent(store_path: Path) -> None:
    result = run_cli("check", store=store_path, env={"COLUMNS": "80"})
    assert result.returncode == 1, result.stderr
    lines = result.stdout.splitlines()
    assert "\x1b" not in result.stdout  # piped: no colour
    assert all(_cells(line) <= 80 and line == line.rstrip() for line in lines)
    findings = [i for i, line in enumerate(lines) if re.match(r"    [✗!·] ", line)]
    data = run_cli("check", "--json", store=store_path).stdout
    assert len(findings) == data.count('"check":')  # one entry per finding
    # a finding's continuation lines are indented under its text, never at the margin
    wrapped = [lines[i + 1] for i in findings if lines[i + 1].startswith("      ")]
    assert wrapped and all(line[6] != " " for line in wrapped)
    lppd = next(i for i in findings if "IKU 1 Nilai LPPD" in lines[i])
    text = " ".join(line.strip() for line in lines[lppd : lppd + 4])
    assert "Capaian tercetak berbeda dari hasil hitung" in text and "88,51" in text
    assert lines[lppd].startswith("    ✗ ")


def test_check_in_english_and_severity(store_path: Path) -> None:
    out = run_cli("check", "--lang", "en", "--severity", "warning", store=store_path).stdout
    assert "Errors (" in out and "Warnings (" in out and "Notes (" not in out
    assert "Coverage (10 IKU): comparison with last year 10/10" in out


def test_check_colours_only_a_terminal(store_path: Path) -> None:
    plain = run_cli("check", store=store_path, env={"COLUMNS": "80"}).stdout
    forced = run_cli("check", store=store_path, env={"FORCE_COLOR": "1", "NO_COLOR": ""}).stdout
    assert (
        "\x1b[1;31m✗\x1b[0m" in forced
        and "\x1b[2mCapaian tercetak berbeda dari hasil hitung\x1b[0m" in forced
    )
    assert _SGR.sub("", forced) == run_cli("check", store=store_path).stdout
    assert plain.count("\n") > 100
    # NO_COLOR: bold and dim stay, no colour
    bold = run_cli("check", store=store_path, env={"FORCE_COLOR": "1", "NO_COLOR": "1"}).stdout
    assert "\x1b[1m" in bold and "31m" not in bold and "33m" not in bold


def test_check_shows_hostile_and_huge_fields_as_data(tmp_path: Path) -> None:
    hostile = "[red]x[/red] \u202e\x1b[31mevil\u2066 " + "kata " * 200_000  # a megabyte
    doc = _doc(
        iku={"name": hostile},
        measure={"printed": [{"table": hostile, "field": "capaian", "value": "100"}]},
        report={"instansi": hostile},
    )
    store = Store(tmp_path / "s")
    store.import_report(Report.from_document(doc))
    result = run_cli("check", store=store.root, env={"COLUMNS": "80"})
    assert result.returncode == 1, result.stderr
    out = result.stdout
    assert "\x1b" not in out and "\u202e" not in out and "\u2066" not in out
    assert "[red]x[/red]" in out  # markup shown, not applied
    assert len(out) < 40_000 and "…" in out  # every field cut (CELL_LIMIT), not a megabyte
    assert all(_cells(line) <= 80 for line in out.splitlines())


# --------------------------------------------------------------------------- check --all


def _store_of_three(tmp_path: Path) -> Path:
    """The bundled report (23 errors), a clean one (no error) and one that cannot be read."""
    from lkj_tui.bundled import load_bundled_report

    store = Store(tmp_path / "s", seed=load_bundled_report)
    hostile = "\u202e[bold]Dinas[/bold] \x1b[31mUji\x07"
    store.import_report(Report.from_document(_doc(report={"instansi": hostile})))
    (store.root / "rusak-2023.json").write_text('{"schema": 1, "report": ', encoding="utf-8")
    return store.root


def test_check_all_lists_every_report_worst_first(tmp_path: Path) -> None:
    root = _store_of_three(tmp_path)
    result = run_cli("check", "--all", store=root, env={"COLUMNS": "120"})
    assert result.returncode == 1, result.stderr  # an error in a report, and one unreadable
    lines = result.stdout.splitlines()
    # (years39: the one year in the title, as --tahun says it, not a column of "2023" twice)
    assert lines[0] == "Reviu semua laporan 2023 (2), terburuk dulu"
    assert lines[1].split() == ["Laporan", "Instansi", "✗", "!", "·"]
    bundled = run_cli("check", "--json", "--report", "bengkulu-selatan-setda-2023", store=root)
    bundled = json.loads(bundled.stdout)["summary"]
    first, second = lines[3].split(), lines[4].split()
    assert first[0] == "bengkulu-selatan-setda-2023" and first[-3:] == [
        str(bundled["error"]),
        str(bundled["warning"]),
        str(bundled["info"]),
    ]
    assert second[0] == "uji-2023" and second[-3] == "0"  # no error: after the bundled one
    assert "[bold]Dinas[/bold] Uji" in lines[4]  # markup shown, escapes and bidi removed
    assert "\x1b" not in result.stdout and "\u202e" not in result.stdout
    assert lines[5].startswith("2 laporan: ")
    assert lines[6].startswith("tidak terbaca:") and "rusak-2023.json" in "".join(lines[6:])
    assert all(_cells(line) <= 120 for line in lines)


@settings(max_examples=300, deadline=None)
@given(
    st.text(
        st.characters(min_codepoint=0x20, max_codepoint=0x3000) | st.sampled_from("\u200d\ufe0f"),
        max_size=60,
    ),
    st.integers(1, 40),
    st.booleans(),
    st.booleans(),
)
@example("\u200d", 1, False, False)  # a joiner swallowed the padding after it (rich's measure)
@example("abc\u200d", 3, False, False)  # … or the "…" after a cut
@example("\u2764\ufe0f" * 9, 9, False, True)
def test_fit_gives_exactly_the_width_and_keeps_both_ends(
    text: str, width: int, right: bool, middle: bool
) -> None:
    # fit leaves out zero-width joiners and variation selectors (rich measures a joiner as taking
    # the next character): what is shown of the text is the rest of it
    raw = clean_line(text, 200)
    out = fit(raw, width, right, middle)
    text = raw.replace("\u200d", "").replace("\ufe0f", "")
    if cell_len(text) <= width:
        assert cell_len(out) == width and out.strip() == text.strip()
        return
    assert cell_len(out) == width  # (a space where a wide character does not fit)
    head, _, tail = out.partition("…")
    assert text.startswith(head.rstrip(" "))
    if middle and width >= 8:
        assert tail and text.endswith(tail)  # the end is kept: where report ids differ
        assert cell_len(tail) > cell_len(head)


def _kabupaten_store(tmp_path: Path) -> Store:
    """Two years of one OPD whose id and name (as the kabupaten's) do not fit 80 columns."""
    store = Store(tmp_path / "s")
    name = "Dinas Pemberdayaan Masyarakat dan Desa Kabupaten Bengkulu Selatan"
    for year in (2023, 2024):
        rid = f"bengkulu-selatan-dinas-pemberdayaan-masyarakat-dan-desa-{year}"
        meta = {"id": rid, "instansi": name, "tahun": year}
        store.import_report(Report.from_document(_doc(report=meta)))
    return store


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("columns", [80, 120])
@pytest.mark.parametrize("command", ["status", "check"])
def test_narrow_listings_keep_ids_whole_and_break_names_at_words(
    tmp_path: Path, command: str, columns: int, lang: str
) -> None:
    """At 80 and 120 columns a kabupaten's id and name do not both fit a line: each report
    id is printed whole on its own line under its row (to be typed again: ``check -r ID``), the
    Instansi broken at words, never cut; nothing wider than the terminal. (Both were cut: the id
    in the middle, "bengkulu-…sa-2024", the Instansi mid-word, "Dinas Pemberdayaan Ma…".)"""
    store = _kabupaten_store(tmp_path)
    name = "Dinas Pemberdayaan Masyarakat dan Desa Kabupaten Bengkulu Selatan"
    result = run_cli(
        command, "--all", "--lang", lang, store=store.root, env={"COLUMNS": str(columns)}
    )
    lines = result.stdout.splitlines()
    # (years39: the government the instansi names said once, in the title, as for a store of
    # one pemerintah: the rows read "Dinas Pemberdayaan Masyarakat dan Desa", whole)
    title = " ".join(lines[: lines.index("")])
    assert title.endswith("; Pemerintah Kabupaten Bengkulu Selatan"), result.stdout
    assert result.stdout.count("Bengkulu Selatan") == 1, result.stdout
    name = name.removesuffix(" Kabupaten Bengkulu Selatan")
    assert "…" not in result.stdout, result.stdout
    assert all(_cells(line) <= columns for line in lines), result.stdout
    if command == "check" and columns == 120:  # (its row then fits a line, id and name whole)
        for year in (2023, 2024):
            rid = f"bengkulu-selatan-dinas-pemberdayaan-masyarakat-dan-desa-{year}"
            assert any(line.startswith(rid) and f"  {name}  " in line for line in lines)
        return
    report = "Report" if lang == "en" else "Laporan"
    head = next(n for n, line in enumerate(lines) if line.strip() == report)
    assert lines[head + 1].startswith("─")
    ids = [line.strip() for line in lines if line.startswith("  bengkulu-")]
    assert sorted(ids) == [
        f"bengkulu-selatan-dinas-pemberdayaan-masyarakat-dan-desa-{y}" for y in (2023, 2024)
    ]
    # each row's name, read across its lines, is the whole name, broken between words (each
    # year under its heading, years16, its row under the table's rule: the year not repeated in
    # a column, years18)
    rules = [n for n, line in enumerate(lines) if line.startswith("─")]
    assert len(rules) == 2 and not any(
        f" {y} " in lines[n + 1] for n in rules for y in (2023, 2024)
    )
    for at in (n + 1 for n in rules):
        end = next(i for i in range(at, len(lines)) if lines[i].startswith("  bengkulu-"))
        words = [re.split(r"\s{2,}", lines[at])[0].split()]
        words += [line.split() for line in lines[at + 1 : end]]
        said = " ".join(w for part in words for w in part)
        assert said == name, result.stdout


def test_check_all_json_english_and_severity(tmp_path: Path) -> None:
    root = _store_of_three(tmp_path)
    result = run_cli("check", "--all", "--json", "--severity", "warning", store=root)
    assert result.returncode == 1, result.stderr
    data = json.loads(result.stdout)
    assert [r["id"] for r in data["reports"]] == ["bengkulu-selatan-setda-2023", "uji-2023"]
    first = data["reports"][0]
    assert set(first) == {"id", "instansi", "year", "summary"} and first["year"] == 2023
    assert first["summary"]["error"] == 23 and first["summary"]["info"] == 32  # (vals22: not 0)
    assert data["shown"] == ["error", "warning"]  # --severity
    assert data["reports"][1]["instansi"].startswith("\u202e")  # the stored text, JSON-escaped
    assert len(data["errors"]) == 1 and data["errors"][0]["path"].endswith("rusak-2023.json")
    en = run_cli("check", "--all", "--lang", "en", store=root).stdout
    assert en.startswith("Reviu of every report of 2023 (2), worst first\n")
    assert "23 errors (✗)" in en and "unreadable: " in en


def test_check_all_exit_codes(tmp_path: Path) -> None:
    store = Store(tmp_path / "s")
    store.import_report(Report.from_document(_doc()))
    clean = run_cli("check", "--all", store=store.root)
    assert clean.returncode == 0, clean.stdout + clean.stderr  # no report has an error
    assert "1 laporan: 0 kesalahan (✗) · 0 peringatan (!) · 1 catatan (·)" in clean.stdout
    both = run_cli("check", "--all", "--report", "uji-2023", store=store.root)
    assert both.returncode == 2 and "--all" in both.stderr and "Traceback" not in both.stderr


def test_check_all_reads_each_report_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A store without a listing index (fewer than 20 reports): each report file is read once,
    not once to list it and once more to check it; the unreadable one is still named."""
    from collections import Counter

    from lkj_tui.cli.check import check_all
    from lkj_tui.storage import tinystorage

    root = _store_of_three(tmp_path)
    reads: Counter[str] = Counter()
    read = tinystorage.read

    def counted(path: Path) -> Any:
        reads[Path(path).name] += 1
        return read(path)

    monkeypatch.setattr(tinystorage, "read", counted)
    assert check_all(Store(root), True, "id", "info") == 1
    data = json.loads(capsys.readouterr().out)
    assert [r["id"] for r in data["reports"]] == ["bengkulu-selatan-setda-2023", "uji-2023"]
    assert [e["path"].endswith("rusak-2023.json") for e in data["errors"]] == [True]
    assert reads["bengkulu-selatan-setda-2023.json"] == 1 and reads["uji-2023.json"] == 1


def test_check_all_checks_a_report_changed_after_it_was_checked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A report saved between its check and the listing is checked again (the listing's
    revision is the one shown)."""
    from lkj_tui.cli import check as cli_check

    store = Store(tmp_path / "s")
    store.import_report(Report.from_document(_doc()))
    calls: list[int] = []

    def checked(evaluation: Evaluation) -> Reviu:
        calls.append(1)
        if len(calls) == 1:  # save an edit right after the first check
            loaded = store.load("uji-2023")
            node = next(n for n in loaded.report.nodes() if n.kind == "iku")
            store.save_node(
                "uji-2023", node.with_changes(name="IKU baru"), expected_revision=loaded.revision
            )
        return run_checks(evaluation)

    monkeypatch.setattr(cli_check, "run_checks", checked)
    assert cli_check.check_all(store, True, "id", "info") == 0
    data = json.loads(capsys.readouterr().out)
    assert [r["id"] for r in data["reports"]] == ["uji-2023"] and len(calls) == 2


# --------------------------------------------------------------------------- the reader's words


def test_check_names_each_check_by_its_title_and_keeps_the_id_for_scripts(
    store_path: Path,
) -> None:
    """A reviewer pastes ``check`` into the meeting minutes: in Bahasa Indonesia each finding says
    its check's title ("Rata-rata capaian tercetak berbeda"), not the English id
    ("printed-average"); in English its English title (it said the id: walk57); ``--json``
    keeps the ids."""
    from lkj_tui.core.reviu import CHECKS

    out = run_cli("check", store=store_path, env={"COLUMNS": "200"}).stdout
    found = [line for line in out.splitlines() if re.match(r"    [✗!·] ", line)]
    data = json.loads(run_cli("check", "--json", store=store_path).stdout)
    titles = sorted(line[6:].split(" — ")[0].split(" · ")[0] for line in found)
    assert titles == sorted(CHECKS[f["check"]].title[0] for f in data["findings"])
    assert not any(check in out for check in CHECKS)
    english = run_cli("check", "--lang", "en", store=store_path, env={"COLUMNS": "200"}).stdout
    shown = [line for line in english.splitlines() if re.match(r"    [✗!·] ", line)]
    titles = sorted(line[6:].split(" — ")[0].split(" · ")[0] for line in shown)
    assert titles == sorted(CHECKS[f["check"]].title[1] for f in data["findings"])
    assert not any(f" {check} " in english for check in CHECKS)


#: (command, option, each Indonesian word with its English one, the exit code, an unknown word's
#: message in Bahasa Indonesia and in English, the help's metavar in each)
WORD_OPTIONS = [
    (
        "check",
        "--severity",
        [("kesalahan", "error"), ("Peringatan", "warning"), ("catatan", "info")],
        1,
        "tingkat tidak dikenal: berat (pilih: kesalahan, peringatan, catatan)",
        "unknown severity: berat (choose: error, warning, info)",
        "<kesalahan|peringatan|catatan>",
        "<error|warning|info>",
    ),
    (
        "export",
        "--scope",
        [("bawaan", "default"), ("di-bawah-target", "under-target"), ("Semua", "all")],
        0,
        "cakupan tidak dikenal: berat (pilih: bawaan, di-bawah-target, semua)",
        "unknown scope: berat (choose: default, under-target, all)",
        "<bawaan|di-bawah-target|semua>",
        "<default|under-target|all>",
    ),
]


@pytest.mark.parametrize(
    ("command", "option", "words", "code", "unknown", "unknown_en", "metavar", "metavar_en"),
    WORD_OPTIONS,
)
def test_option_values_take_the_words_the_output_shows(
    store_path: Path,
    command: str,
    option: str,
    words: list[tuple[str, str]],
    code: int,
    unknown: str,
    unknown_en: str,
    metavar: str,
    metavar_en: str,
) -> None:
    """``check --severity`` takes the words of its headings (kesalahan, peringatan, catatan),
    ``export --scope`` those of the TUI's export dialog (bawaan, di-bawah-target, semua), as well
    as the English ones; an unknown word is named with the words of the command's language."""
    for word, same in words:
        ours = run_cli(command, option, word, store=store_path)
        theirs = run_cli(command, option, same, store=store_path)
        assert ours.returncode == theirs.returncode == code and ours.stdout == theirs.stdout
    bad = run_cli(command, option, "berat", store=store_path)
    assert bad.returncode == 2 and bad.stdout == "" and unknown in bad.stderr
    assert unknown_en in run_cli(command, option, "berat", "--lang", "en", store=store_path).stderr
    assert metavar in run_cli(command, "--help").stdout
    assert metavar_en in run_cli(command, "--help", "--lang", "en").stdout


def test_check_severity_in_bahasa_indonesia_filters(store_path: Path) -> None:
    out = run_cli("check", "--severity", "kesalahan", store=store_path).stdout
    assert "Kesalahan (" in out and "Peringatan (" not in out


def test_check_all_writes_large_counts_as_the_reader_does(tmp_path: Path) -> None:
    """``check --all`` of a region totals 1.012 kesalahan in Bahasa Indonesia (1,012 in English,
    as ``status`` and the TUI write a count: cli68), as the reports write their figures
    (43.197.824.640); a row's counts the same."""
    from lkj_tui.bundled import bundled_report_path

    doc = json.loads(bundled_report_path().read_text(encoding="utf-8"))
    store = Store(tmp_path / "s")
    for i in range(44):  # 23 errors each: 1.012 in all
        doc["report"]["id"] = f"salinan-{i:02d}"
        store.import_report(Report.from_document(doc))
    out = run_cli("check", "--all", store=store.root).stdout
    assert "44 laporan: 1.012 kesalahan (✗) · 836 peringatan (!) · 1.408 catatan (·)" in out
    english = run_cli("check", "--all", "--lang", "en", store=store.root).stdout
    assert "44 reports: 1,012 errors (✗) · 836 warnings (!) · 1,408 notes (·)" in english
