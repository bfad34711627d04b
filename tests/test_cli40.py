"""cli40: a new user's first commands, continued (a mistyped command with the line to type, the
commands listed as a new user meets them, import's message kept with its id, narrow folds)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import run_cli
from tests.test_cli37 import PTY


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("id", "Ketik: lkj-tui import X.xlsx --store {store} --lang id"),
        ("en", "Type: lkj-tui import X.xlsx --store {store} --lang en"),
    ],
)
def test_a_mistyped_command_prints_the_line_to_type(tmp_path: Path, lang: str, said: str) -> None:
    """`lkj-tui imprt X.xlsx` said only "Did you mean 'import'?": the user retyped the line.
    It is printed whole, the command meant in place of the typo, the rest as typed."""
    store = tmp_path / "s"
    result = run_cli("imprt", "X.xlsx", "--store", str(store), "--lang", lang)
    assert result.returncode == 2, result.stderr
    lines = result.stderr.rstrip("\n").split("\n")
    assert "'import'?" in lines[-2], result.stderr
    assert lines[-1] == said.format(store=store), result.stderr
    assert not store.exists()


def test_several_commands_meant_print_no_line() -> None:
    """Where the typo is near no one command, no line is guessed."""
    result = run_cli("zzz", "--lang", "en")
    assert result.returncode == 2, result.stderr
    assert "Type:" not in result.stderr, result.stderr


@PTY
def test_the_line_to_type_starts_after_its_label_at_40_columns() -> None:
    """On a 40-column terminal "Type:" does not stand alone over its command."""
    from tests.test_narrow_terminal import _on_a_terminal

    code, shown = _on_a_terminal(
        ["imprt", "Laporan Kinerja.xlsx", "--store", "/tmp/cli40 nowhere", "--lang", "en"], 40
    )
    assert code == 2, shown
    lines = shown.rstrip("\n").split("\n")
    at = next(n for n, line in enumerate(lines) if line.startswith("Type:"))
    assert lines[at] == "Type: lkj-tui import \\", shown
    assert '"Laporan Kinerja.xlsx"' in lines[at + 1], shown


@pytest.mark.parametrize(("lang", "heading"), [("id", "Perintah:"), ("en", "Commands:")])
def test_the_help_lists_the_commands_as_a_new_user_meets_them(lang: str, heading: str) -> None:
    """`lkj-tui --help` listed `calc` first and `import` last, `init` and `new` in the middle
    (the order they were written in). A report in, read and reviewed, written out first; the
    sharing and the store's upkeep last."""
    import re

    result = run_cli("--help", "--lang", lang)
    assert result.returncode == 0, result.stderr
    listed = re.findall(r"^ {2}(\w+) ", result.stdout.split(heading, 1)[1], re.M)
    assert listed[:5] == ["import", "template", "status", "check", "export"], listed
    assert listed[-6:] == ["sync", "resolve", "log", "restore", "info", "init"], listed
    assert len(listed) == len(set(listed)) == 15, listed


@PTY
@pytest.mark.parametrize(
    ("columns", "long_id"),
    [
        (80, "dinas-pemberdayaan-masyarakat-dan-desa-pengendalian-penduduk-dan-kbkbkb-2025"),
        (60, "dinas-pemberdayaan-masyarakat-dan-desa-pengendalian-penduduk-2025"),
    ],
)
def test_import_keeps_its_words_with_a_long_id(tmp_path: Path, columns: int, long_id: str) -> None:
    """`import` of a report whose id is wider than the rest of the line after "Laporan" put
    "Laporan" alone on the first line, the id and "diimpor: …" below it. The id is broken after
    a "-" instead, its first part after "Laporan"."""
    import json
    from dataclasses import replace

    from lkj_tui.bundled import load_bundled_report
    from tests.test_narrow_terminal import _on_a_terminal

    report = load_bundled_report()
    assert columns - 2 - 8 < len(long_id) <= 81
    report.meta = replace(report.meta, id=long_id, instansi="Dinas PMD", tahun=2025)
    path = tmp_path / "long.json"
    path.write_text(json.dumps(report.to_document(), ensure_ascii=False), encoding="utf-8")
    store = tmp_path / "s"
    code, shown = _on_a_terminal(["import", str(path), "--store", str(store)], columns)
    assert code == 0, shown
    lines = shown.split("\n")
    at = next(n for n, line in enumerate(lines) if line.startswith("Laporan"))
    assert lines[at].startswith("Laporan dinas-pemberdayaan-") and lines[at].endswith("-"), shown
    assert "diimpor: " in lines[at + 1] or "diimpor: " in lines[at + 2], shown
    assert max(len(line) for line in lines[at : at + 3]) <= columns, shown


@PTY
def test_an_example_command_at_24_columns_stands_under_itself() -> None:
    """`template --lang en` at 24 columns: the "For example:" command's first part did not fit
    under the words, so it moved to column 6, and `-o template.xlsx \\` with it, not under the
    command. The command goes 4 in, its later lines 2 further."""
    from tests.test_narrow_terminal import _on_a_terminal

    code, shown = _on_a_terminal(["template", "--lang", "en"], 24)
    assert code == 2, shown
    lines = shown.rstrip("\n").split("\n")
    at = next(n for n, line in enumerate(lines) if line.strip() == "For example:")
    assert lines[at + 1 :] == [
        "    lkj-tui template \\",
        "      -o template.xlsx \\",
        "      --lang en",
    ]


@PTY
def test_the_usage_line_at_30_columns_folds_4_in() -> None:
    """`Usage: lkj-tui [OPTIONS]` at 30 columns put "COMMAND" and "[ARGS]..." a line each at
    column 15, where `Usage: lkj-tui status` folds 4 in: the rest together, 4 in."""
    from tests.test_narrow_terminal import _on_a_terminal

    code, shown = _on_a_terminal(["--badopt", "--lang", "en"], 30)
    assert code == 2, shown
    lines = shown.split("\n")
    assert lines[:2] == ["Usage: lkj-tui [OPTIONS]", "    COMMAND [ARGS]..."], shown


@pytest.mark.parametrize("overwrite", [[], ["--overwrite"]])
def test_import_of_an_id_too_long_says_why_with_or_without_overwrite(
    tmp_path: Path, overwrite: list[str]
) -> None:
    """A JSON report whose id is longer than the store takes was refused with its reason, but
    with --overwrite it was an "unexpected error (StoreError)"."""
    import json
    from dataclasses import replace

    from lkj_tui.bundled import load_bundled_report

    report = load_bundled_report()
    long_id = "dinas-pemberdayaan-masyarakat-dan-desa-pengendalian-penduduk-dan-keluarga-2025x"
    report.meta = replace(report.meta, id=long_id + "-berencana", tahun=2025)
    path = tmp_path / "long.json"
    path.write_text(json.dumps(report.to_document(), ensure_ascii=False), encoding="utf-8")
    result = run_cli("import", str(path), "--store", str(tmp_path / "s"), *overwrite)
    # (vals41: refused as the file is read, at its place, with the option that gives another)
    assert result.returncode == 2, result.stderr
    said = " ".join(result.stderr.split())
    assert 'report.id "dinas-' in said, said
    assert "id laporan terlalu panjang (paling banyak 81 karakter)" in said, said
    assert "lebih pendek dengan --report sekretariat-daerah-kabupaten-bengkulu-selatan-2025" in said
    assert "tak terduga" not in result.stderr, result.stderr
