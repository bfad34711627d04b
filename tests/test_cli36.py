"""cli36: the commands' messages, continued (a refused document in the language asked, compare's
lines without trailing spaces, …)."""

from __future__ import annotations

import json
import string
from pathlib import Path

import pytest

from lkj_tui.core import i18n
from lkj_tui.core.model import ModelError, Node, Report
from tests.conftest import run_cli
from tests.test_compare_room import _KABUPATEN, _store


def _document(tmp_path: Path) -> dict:
    """The bundled report as the JSON document ``export --format json`` writes."""
    out = tmp_path / "laporan.json"
    done = run_cli("export", "--format", "json", "-o", str(out), store=tmp_path / "s")
    assert done.returncode == 0, done.stderr
    return json.loads(out.read_text(encoding="utf-8"))


def test_import_of_a_document_the_model_refuses_says_it_in_the_language_asked(
    tmp_path: Path,
) -> None:
    # "simpul 0.0 …: jenis simpul tidak dikenal 'x'" was printed with --lang en too: the model
    # wrote its refusals in Bahasa Indonesia only.
    doc = _document(tmp_path)
    doc["nodes"][0]["kind"] = "x"
    bad = tmp_path / "buruk.json"
    bad.write_text(json.dumps(doc), encoding="utf-8")
    said = {
        lang: run_cli("import", str(bad), "--dry-run", "--lang", lang, store=tmp_path / "s")
        for lang in ("id", "en")
    }
    assert said["id"].returncode == said["en"].returncode == 2
    # (the node named by its kode and name since vals37: tests/test_vals37.py)
    assert "(simpul 0): " in said["id"].stderr, said["id"].stderr
    assert "jenis simpul tidak dikenal 'x'" in said["id"].stderr, said["id"].stderr
    assert "(node 0): " in said["en"].stderr, said["en"].stderr
    assert "unknown node kind 'x'" in said["en"].stderr, said["en"].stderr
    assert "simpul" not in said["en"].stderr and "tidak" not in said["en"].stderr


def test_every_refusal_of_the_model_has_both_languages_with_the_same_values() -> None:
    for code, (text_id, text_en) in i18n._MODEL_PROBLEMS.items():
        names = [{f for _, f, _, _ in string.Formatter().parse(t) if f} for t in (text_id, text_en)]
        assert names[0] == names[1], code
        values = {name: f"<{name}>" for name in names[0]}
        assert ModelError(code, "simpul 0.1", **values).text("en").startswith("node 0.1: ")
        assert str(ModelError(code, **values)) == text_id.format(**values)


@pytest.mark.parametrize(
    ("record", "id_words", "en_words"),
    [
        ({"id": "a", "kind": "iku", "name": 3}, "'name' harus teks, bukan int", "'name' must be text, not int"),
        ({"id": "a", "kind": "iku", "name": "N", "measure": {"polaritas": "naik"}}, "bukan 'naik'", "not 'naik'"),
        ({"id": "a", "kind": "iku", "name": "N", "order": "1"}, "bilangan bulat", "an integer"),
    ],
)  # fmt: skip
def test_a_record_refused_in_either_language(record: dict, id_words: str, en_words: str) -> None:
    with pytest.raises(ModelError) as caught:
        Node.from_record(record)
    assert id_words in str(caught.value) and en_words in caught.value.text("en")
    assert caught.value.text("en").startswith("node a: ")


def test_a_cycle_and_a_missing_parent_in_english() -> None:
    from lkj_tui.core.model import ReportMeta

    meta = ReportMeta.from_dict({"id": "r", "instansi": "I", "tahun": 2025})
    orphan = Node.from_record({"id": "a", "kind": "tujuan", "name": "A", "parent": "b"})
    with pytest.raises(ModelError) as caught:
        Report(meta, [orphan])
    assert caught.value.text("en") == "node a: its parent b does not exist"
    assert str(caught.value) == "simpul a: induk b tidak ada"


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("columns", [60, 80])
def test_compare_piped_ends_no_line_in_a_space(tmp_path: Path, lang: str, columns: int) -> None:
    # Piped with COLUMNS, a wrapped title or count line ended in the space rich broke it at
    # ("… Kabupaten ", "realisasi naik 0, ") and a table's row in its last column's padding.
    store = _store(tmp_path, _KABUPATEN)
    done = run_cli("compare", "--lang", lang, store=store, env={"COLUMNS": str(columns)})
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert len(lines) > 10 and max(map(len, lines)) <= columns, done.stdout
    assert [line for line in lines if line != line.rstrip()] == [], done.stdout


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_empty_template_imported_says_it_holds_no_row(tmp_path: Path, lang: str) -> None:
    # template then import of it (instansi and year given): its line of counts was "  ", blank
    # under "Akan dibuat laporan …"; now it is refused, with what to fill (vals37, which decided
    # that an empty template saves no report: tests/test_vals37.py).
    book = tmp_path / "templat kosong.xlsx"
    store = tmp_path / "s"
    assert run_cli("template", "-o", str(book), "--lang", lang, store=store).returncode == 0
    args = ("import", str(book), "--instansi", "Dinas X", "--tahun", "2025", "--lang", lang)
    done = run_cli(*args, "--dry-run", store=store)
    assert done.returncode == 2, done.stderr
    assert [line for line in done.stderr.splitlines() if not line.strip()] == [], done.stderr
    said = "belum ada baris tujuan" if lang == "id" else "no goal, objective or indicator row"
    assert said in done.stderr and "Petunjuk" in done.stderr, done.stderr


def test_an_error_piped_with_columns_stays_one_line_to_grep(tmp_path: Path) -> None:
    # Decided (cli36): check's findings are laid out to COLUMNS when piped, an error on stderr is
    # not: one line per error for grep and a log, its command whole.
    store = tmp_path / "s"
    done = run_cli("status", "-r", "laporan-yang-tidak-ada", store=store, env={"COLUMNS": "60"})
    assert done.returncode != 0
    lines = done.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("lkj-tui: "), done.stderr
    assert len(lines[0]) > 60 and "laporan-yang-tidak-ada" in lines[0], done.stderr
