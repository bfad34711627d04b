"""The docs as a new user reads them (docs69): the glossary gives the English of the words the
``status`` and ``compare`` tables show, every link and source path the docs name exists, and
docs/capaian.md's ``status`` lines are what ``status`` prints. Read from their sources."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conftest import run_cli
from tests.test_docs_true import _glossary_rows, _in_one_row

ROOT = Path(__file__).resolve().parent.parent
#: The docs a user reads: README and docs/ (performance.md is the developers' log of figures).
USER_DOCS = [ROOT / "README.md"] + [
    path for path in sorted((ROOT / "docs").glob("*.md")) if path.name != "performance.md"
]


def test_glossary_has_the_tables_own_words() -> None:
    """The words ``status`` and ``compare`` give their columns, groups and lines in Bahasa
    Indonesia ("Target lain" / "Other targets", "lebih baik" / "better"), and those the
    exports give a domain's text ("perlu ditetapkan dalam rapat", one English for it in both
    exports), are each in one glossary row with their English."""
    from lkj_tui.cli import compare, status
    from lkj_tui.export import compare as export_compare
    from lkj_tui.export import markdown

    shown = [
        (status._TEXT, ("code", "lainnya", "printed", "conflicts")),
        (compare.TEXT, ("code", "better", "worse", "candidates", "group:lainnya")),
        (compare.TEXT, ("group:indikator_kegiatan",)),
        (markdown._TEXT, ("to_assign", "supports", "c_kept", "c_other")),
    ]
    from lkj_tui.tui.text import _TEXT as tui_text  # the TUI's detail pane and summary

    pane = ("derived_realisasi", "quarter_capaian", "quarters_basis_target", "source")
    pane += ("quarters_basis_target_triwulan", "explanation", "info_sasaran", "info_sasaran_pk")
    pane += ("info_program_pendukung", "no_realisasi", "all_reached")
    shown.append(
        (
            {lang: {key: tui_text[key][n] for key in pane} for n, lang in enumerate(("id", "en"))},
            pane,
        )
    )
    for lang in ("id", "en"):  # the xlsx's empty cell says the Markdown's words
        missing_cell = export_compare._TEXT[lang]["missing"]
        assert markdown._TEXT[lang]["to_assign"] in missing_cell, (lang, missing_cell)
    rows = _glossary_rows()
    missing = [
        (words["id"][key], words["en"][key])
        for words, keys in shown
        for key in keys
        if not _in_one_row(rows, words["id"][key], words["en"][key])
    ]
    assert not missing, missing


def _anchors(doc: Path) -> set[str]:
    """The anchors GitHub gives ``doc``'s headings (outside its code blocks)."""
    text = re.sub(r"```.*?```", "", doc.read_text(encoding="utf-8"), flags=re.S)
    heads = re.findall(r"^#+ (.*)$", text, re.M)
    return {re.sub(r"[^\w\- ]", "", head.strip().casefold()).replace(" ", "-") for head in heads}


@pytest.mark.parametrize("doc", USER_DOCS, ids=lambda doc: doc.name)
def test_every_link_and_source_path_a_doc_names_exists(doc: Path) -> None:
    """Each Markdown link of a user doc opens a file that exists (at its heading, for a
    ``#anchor``), and every path of the source, tests or benchmarks it names in a code span
    (`lkj_tui/core/apart.py`) is in the checkout."""
    text = re.sub(r"```.*?```", "", doc.read_text(encoding="utf-8"), flags=re.S)
    broken = []
    for link in re.findall(r"\]\(([^)\s]+)\)", text):
        if link.startswith(("http://", "https://", "mailto:")):
            continue
        path, _, anchor = link.partition("#")
        target = doc.parent / path if path else doc
        if not target.exists() or (anchor and anchor not in _anchors(target)):
            broken.append(link)
    for path in re.findall(r"`((?:lkj_tui|tests|benchmarks|reliability)/[\w./-]+)`", text):
        if not (ROOT / path).exists() and path != "lkj_tui/_bundled":  # (the wheel's copy)
            broken.append(path)
    assert not broken, broken


def test_capaian_md_status_lines_are_what_status_prints(tmp_path: Path) -> None:
    """docs/capaian.md, "Where they show": under IKU 1's row ``status`` prints the figures the
    report prints elsewhere on one line and the other targets on the next, as the doc quotes
    them, in both languages' words."""
    store = tmp_path / "s"
    assert run_cli("init", "--store", str(store)).returncode == 0
    doc = (ROOT / "docs" / "capaian.md").read_text(encoding="utf-8")
    section = doc.split("Where they show:", 1)[1].split("\n- `status --json`", 1)[0]
    quoted = [
        " ".join(q.split()) for q in re.findall(r'"((?:Dicetak|Target) lain: [^"]*)"', section)
    ]
    assert len(quoted) == 2, section
    lines = run_cli("status", "--store", str(store)).stdout.splitlines()
    printed = next(n for n, line in enumerate(lines) if line.startswith("  Dicetak lain: "))
    assert lines[printed].strip() == quoted[0]
    under = []  # the lines under the row, a wrapped one joined
    for line in lines[printed + 1 :]:
        if not line.startswith("  "):
            break
        under.append(line.strip())
    other = " ".join(under)
    assert other.startswith("Target lain: ")
    head, tail = quoted[1].split(" (…) ")  # the doc leaves out the PK's table
    assert other.startswith(head) and other.endswith(tail), (other, quoted[1])
    english = run_cli("status", "--lang", "en", "--store", str(store)).stdout
    assert "\n  Printed elsewhere: " in english and "\n  Other targets: " in english
    assert '"Printed elsewhere", "Other targets"' in section
