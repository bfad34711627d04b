"""The user docs stay true to the tool (docs26): README's command table names only commands and
options the installed ``lkj-tui`` has, and the glossary gives the English of every word the key
bar and ``check`` show in Bahasa Indonesia. Both are read from their sources, not copied here."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from lkj_tui.bundled import load_bundled_report
from tests.conftest import run_cli

ROOT = Path(__file__).resolve().parent.parent
#: An option as a span of README writes it: after a space, "[" or "(" (not "rata-rata"), with
#: its choices when it lists them ("--scope bawaan\|di-bawah-target\|semua").
_OPTION = re.compile(r"(?:^|(?<=[\s\[(]))(--?[a-z][a-z-]*)(?: ([a-z-]+(?:\\\|[a-z-]+)+))?")


def _table_rows() -> list[str]:
    """README's "## Commands" table: one line per command."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("\n## Commands\n", 1)[1].split("\n## ", 1)[0]
    return [line for line in section.splitlines() if line.startswith("| `lkj-tui")]


_HELPS: dict[str, str] = {}


def _help(command: str) -> str:
    """The ``--help`` of a command (``""``: of ``lkj-tui`` itself), read once."""
    if command not in _HELPS:
        done = run_cli(*([command] if command else []), "--help")
        assert done.returncode == 0, (command, done.stderr)
        _HELPS[command] = done.stdout
    return _HELPS[command]


def _commands() -> set[str]:
    listed = _help("").split("Perintah:", 1)[1]
    return set(re.findall(r"^ {2}(\w+) ", listed, re.M))


def _options_exist(span: str, default: str, commands: set[str]) -> int:
    """Every option ``span`` names is in the help of the command it quotes ("lkj-tui export
    --all", "export --all"), else of ``default``, with every choice it lists; how many it names."""
    words = span.split()
    if words[:1] == ["lkj-tui"]:
        words = words[1:]
    command = words[0] if words and words[0] in commands else default
    named = 0
    for option, choices in _OPTION.findall(span):
        named += 1
        shown = _help(command)
        assert re.search(rf"(?<![\w-]){re.escape(option)}(?![\w-])", shown), (
            f"the docs name {option} for lkj-tui {command}, which has no such option: {span}"
        )
        for choice in choices.split("\\|") if choices else ():
            assert choice in shown, f"lkj-tui {command} {option} has no choice {choice}"
    return named


def _user_docs() -> list[str]:
    """The docs README's "## Documentation" links to."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("\n## Documentation\n", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"\]\(docs/([\w-]+\.md)\)", section)


@pytest.mark.parametrize("doc", _user_docs())
def test_docs_commands_name_what_the_tool_has(doc: str) -> None:
    """Every ``lkj-tui COMMAND …`` a doc README links to prints (in a code span or a code block,
    up to its comment) names options its command has."""
    commands = _commands()
    text = (ROOT / "docs" / doc).read_text(encoding="utf-8")
    lines = re.findall(r"`([^`\n]*lkj-tui [^`\n]*)`", text)
    for block in re.findall(r"```[a-z]*\n(.*?)```", text, re.S):
        lines += [line.split("  #")[0] for line in block.splitlines() if "lkj-tui " in line]
    named = 0
    for line in lines:
        for quoted in re.findall(
            r"lkj-tui (?:--?\S+ (?:\S+ )?)*(\w+(?: [^\s].*?)?)(?=lkj-tui|$)", line
        ):
            if quoted.split()[0] in commands:
                named += _options_exist(quoted, quoted.split()[0], commands)
    assert named or doc in {"glossary.md", "report-format.md"}, doc


@pytest.mark.parametrize("row", _table_rows(), ids=lambda row: row.split("`")[1])
def test_readme_command_table_names_what_the_tool_has(row: str) -> None:
    """Each row's command has its ``--help``, and every option the row names (in its own
    command's span, or in another command's it quotes: "`export --all [--tahun Y]`") is in that
    command's help, with every choice the row lists for it."""
    commands = _commands()
    own = re.match(r"\| `lkj-tui(?: (\w+))?", row)
    assert own is not None
    row_command = own.group(1) or ""
    assert not row_command or row_command in commands, row_command
    named = sum(
        _options_exist(span, row_command, commands) for span in re.findall(r"`([^`]*)`", row)
    )
    assert named or row_command in {"log", "info", "init", "restore"} or not row_command


def _glossary_rows() -> list[str]:
    text = (ROOT / "docs" / "glossary.md").read_text(encoding="utf-8")
    return [line.casefold() for line in text.splitlines() if line.startswith("| ")]


def _in_one_row(rows: list[str], *words: str) -> bool:
    return any(all(word.casefold() in row for word in words) for row in rows)


def test_glossary_has_every_key_bar_word() -> None:
    """Every word a key bar can show (each shown key's, of the main screen and of every screen and
    dialog: help, search, reviu, the overview, a form, a question; the palette's, each key the bar
    puts first for a node, and the words a filter's keys take while it is on) is in one glossary
    row with its English."""
    import importlib
    import pkgutil

    from lkj_tui import tui
    from lkj_tui.tui import app
    from lkj_tui.tui.text import t

    descriptions = {b.action: b.description for b in app.LkjApp.BINDINGS}  # type: ignore[union-attr]
    keys = {"palette"}  # ctrl+p's word, on the right of every bar (components/keybar.py)
    for found in pkgutil.walk_packages(tui.__path__, "lkj_tui.tui."):
        module = importlib.import_module(found.name)
        for owner in vars(module).values():
            if isinstance(owner, type) and owner.__module__ == module.__name__:
                shown = vars(owner).get("BINDINGS", ())
                keys |= {b.description for b in shown if b.show}
    for order in app.BAR_FIRST.values():
        keys |= {descriptions[action] for action in order}
    for words in (app._UNDER_ON, app._WALKS_UNTARGETED):
        keys |= {key for key in words.values() if key}
    rows = _glossary_rows()
    missing = [
        (t(key, "id"), t(key, "en"))
        for key in sorted(keys)
        if not _in_one_row(rows, t(key, "id"), t(key, "en"))
    ]
    assert not missing, missing


def test_glossary_has_every_palette_word_and_label() -> None:
    """Every action's word the command palette lists (ctrl+p: each binding of the main screen,
    shown on the key bar or not), and every label the detail pane, ``status`` and the exports
    give a domain word ("Realisasi" / "Actual (Realisasi)", "Instansi" / "Agency"; a label with
    its gloss by its word, "positif"), is in one glossary row with its English."""
    from lkj_tui.core import i18n
    from lkj_tui.tui import app
    from lkj_tui.tui.text import t

    rows = _glossary_rows()
    words = {b.description for b in app.LkjApp.BINDINGS if b.description}  # type: ignore[union-attr]
    missing = [
        (t(key, "id"), t(key, "en"))
        for key in sorted(words)
        if not _in_one_row(rows, t(key, "id"), t(key, "en"))
    ]
    missing += [
        (word, english)
        for word, english in i18n._LABELS.values()
        if not _in_one_row(rows, word.split(" (")[0], english)
    ]
    assert not missing, missing


def test_glossary_has_the_reviu_words() -> None:
    """``check``'s severities as the output shows them ("Kesalahan (25)" / "Errors (25)", the
    English totals' nouns), a capaian that cannot be computed, and a restore's mark in history."""
    from lkj_tui.cli import check
    from lkj_tui.core.i18n import tr
    from lkj_tui.tui.text import t

    rows = _glossary_rows()
    for word, severity in check.SEVERITY_WORDS.items():
        assert _in_one_row(rows, word, check._NOUNS[severity]), word
    assert _in_one_row(rows, tr("no_capaian", "id"), tr("no_capaian", "en"))
    assert _in_one_row(rows, t("share_restored", "id"), t("share_restored", "en"))


def _examples() -> list[str]:
    """README's "Examples:" block, a command a line (its comment kept)."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = text.split("\nExamples:\n", 1)[1].split("```sh\n", 1)[1].split("```", 1)[0]
    return [line for line in block.splitlines() if line.startswith("lkj-tui ")]


def test_readme_examples_run_as_written(tmp_path: Path) -> None:
    """A new user copying README's examples one after the other, on a store holding the bundled
    report: each exits 0, and every figure its comment promises is printed (the second export
    refused to overwrite the first's notulen.md; compare found no year before the bundled one)."""
    import shlex

    store = tmp_path / "s"
    assert run_cli("init", "--store", str(store)).returncode == 0
    examples = _examples()
    assert len(examples) >= 5
    for line in examples:
        command, _, comment = line.partition("  #")
        args = shlex.split(command)[1:]
        where = [] if args[0] == "calc" else ["--store", str(store)]  # calc uses no store
        done = run_cli(*args, *where, cwd=tmp_path, timeout=120)
        assert done.returncode == 0, (line, done.stderr)
        for figure in re.findall(r"\d+[,.]\d+(?: %)?", comment):
            assert figure in done.stdout, (line, figure, done.stdout[:400])


def _quoted_block(doc: str, first_line: str) -> str:
    """The code block of ``docs/doc`` that starts with ``first_line``, as the doc quotes it."""
    text = (ROOT / "docs" / doc).read_text(encoding="utf-8")
    return first_line + text.split("```\n" + first_line, 1)[1].split("```", 1)[0]


def _template_with(
    tmp_path: Path, name: str, rows: dict[int, list[object]], instansi: str = "Dinas Kesehatan"
) -> Path:
    """``lkj-tui template`` filled as a user would: ``rows`` in Data (row → cells from column
    A; an Excel error value, ``#DIV/0!``, as Excel saves one), ``instansi`` 2024 in Laporan."""
    from openpyxl import load_workbook

    path = tmp_path / name
    assert run_cli("template", "-o", str(path)).returncode == 0
    book = load_workbook(path)
    data = book["Data"]
    for row, cells in rows.items():
        for column, value in enumerate(cells, 1):
            cell = data.cell(row, column, value)
            if value == "#DIV/0!":
                cell.data_type = "e"
    book["Laporan"]["B3"], book["Laporan"]["B4"] = instansi, 2024
    book.save(path)
    return path


def test_import_md_quotes_what_import_says(tmp_path: Path) -> None:
    """docs/import.md's two refused imports are the import's own words, as an 80- and a
    100-column terminal show them: a workbook with an unknown level, a missing parent (its row's
    Excel error under it) and an unreadable number; a document with a misi and a name too long."""
    import json

    iku = ["iku", "IKU {}", "S1", "Indikator {}", "%", "positif", None, "90", "88"]
    rows: dict[int, list[object]] = {
        2: ["tujuan", "T1", None, "Tujuan"],
        3: ["sasaran", "S1", "T1", "Sasaran"],
    }
    for row in range(4, 13):
        rows[row] = [str(cell).format(row) if cell else cell for cell in iku]
    rows[7][0], rows[9][2], rows[9][7], rows[12][7] = "Indikator", "S9", "#DIV/0!", "12,3.4x"
    book = _template_with(tmp_path, "lkj-2024.xlsx", rows)
    store = tmp_path / "s"
    assert run_cli("init", "--store", str(store)).returncode == 0
    done = run_cli(
        "import", book.name, "--dry-run", store=store, cwd=tmp_path, env={"COLUMNS": "80"}
    )
    assert done.returncode == 2, done.stderr
    assert done.stderr == _quoted_block("import.md", "lkj-tui: lkj-2024.xlsx: 3 masalah")

    document = load_bundled_report().to_document()
    document["report"]["misi"][1] = "m" * 100_001
    document["nodes"][0]["children"][1]["name"] = "n" * 2_001
    (tmp_path / "laporan.json").write_text(json.dumps(document), encoding="utf-8")
    done = run_cli(
        "import", "laporan.json", "--dry-run", store=store, cwd=tmp_path, env={"COLUMNS": "100"}
    )
    assert done.returncode == 2, done.stderr
    assert done.stderr == _quoted_block("import.md", "lkj-tui: laporan.json: 2 masalah")


def test_import_md_worked_example_is_what_a_dry_run_says(tmp_path: Path) -> None:
    """docs/import.md's "An LKj in the template": its Data rows (IKU 2 without a level, the
    program's parent found above it) and Bagian Hukum 2024 give the dry run it quotes."""
    rows: dict[int, list[object]] = {
        2: ["tujuan", "T1", None, "Meningkatnya tata kelola"],
        3: ["sasaran", "S1", None, "Meningkatnya kualitas kebijakan"],
        4: ["iku", "IKU 1", None, "Nilai LPPD", "Nilai", None, None, "3,22", "2,85"],
        5: [None, "IKU 2", None, "Indeks Reformasi Hukum", "Nilai", None, None, "CC", "A (86,45)"],
        6: ["program", None, None, "Program Penunjang"],
        7: [
            "indikator_kegiatan",
            None,
            None,
            "Dokumen perencanaan",
            "Dokumen",
            None,
            None,
            "5",
            "5",
        ],
    }
    _template_with(tmp_path, "lkj.xlsx", rows, instansi="Bagian Hukum")
    store = tmp_path / "s"
    assert run_cli("init", "--store", str(store)).returncode == 0
    done = run_cli("import", "lkj.xlsx", "--dry-run", store=store, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout == _quoted_block("import.md", "Akan dibuat laporan bagian-hukum-2024")


def test_compare_md_examples_run_as_written(tmp_path: Path) -> None:
    """docs/compare.md's three ``compare`` lines, typed as written (a comment's own lines left
    out) on a store of the bundled report and its next year's: each exits 0 and compares the two
    (an id typed in part, ``setda-2023``, was refused)."""
    import shlex

    store = tmp_path / "s"
    assert run_cli("init", "--store", str(store)).returncode == 0
    assert run_cli("new", "--from", "bengkulu-selatan-setda-2023", store=store).returncode == 0
    block = _quoted_block("compare.md", "lkj-tui compare ")
    lines = [line.split("  #")[0] for line in block.splitlines() if line.startswith("lkj-tui")]
    assert len(lines) == 3
    for line in lines:
        done = run_cli(*shlex.split(line)[1:], store=store)
        assert done.returncode == 0, (line, done.stderr)
        assert "bengkulu-selatan-setda-2023" in done.stdout, (line, done.stdout[:300])
