"""vals46: the fields of a JSON report document this lkj-tui does not know, said by the import.

They were kept whatever their size and nothing was said (a megabyte ``catatan_lain`` was
stored). Each test goes through the installed command.
"""

from __future__ import annotations

import json
from pathlib import Path

from lkj_tui.bundled import load_bundled_report
from tests.conftest import ONE_LINE, run_cli
from tests.test_vals41 import _document, _ids  # (the bundled report as a document; the ids)

IKU = "nodes[0].children[0].children[0]"


def _unknown(doc: dict) -> None:
    """A field of a newer lkj-tui on the report, on every node, on one measure and one item."""
    doc["report"]["catatan_lain"] = "dari versi baru"
    doc["report"]["anggaran"][1]["sumber_dana"] = "DAU"

    def every(node: dict) -> None:
        node["bobot"] = 1
        for child in node.get("children", []):
            every(child)

    for root in doc["nodes"]:
        every(root)
    iku = doc["nodes"][0]["children"][0]["children"][0]
    iku["measure"]["sumber_lain"] = {"tabel": ["3.1", 2]}
    iku["permasalahan"] = [{"id": "p1", "text": "Data terlambat", "prioritas": "tinggi"}]


def test_unknown_fields_are_kept_and_the_import_says_which(tmp_path: Path) -> None:
    store = tmp_path / "s"
    path = _document(tmp_path, "baru-2023", _unknown)
    nodes = len(load_bundled_report())

    done = run_cli("import", str(path), store=store, env=ONE_LINE)
    assert done.returncode == 0, done.stderr
    said = done.stderr.splitlines()
    kept = "kolom yang tidak dikenal lkj-tui ini"
    assert said == [
        f"peringatan: report.catatan_lain: {kept}: dipertahankan apa adanya tanpa dipakai (mis. "
        "dari lkj-tui yang lebih baru)",
        f"peringatan: report.anggaran[1].sumber_dana: {kept}: dipertahankan apa adanya tanpa "
        "dipakai (mis. dari lkj-tui yang lebih baru)",
        f"peringatan: nodes[0].bobot (T1): {kept} (juga di {nodes - 1} tempat lain): "
        "dipertahankan apa adanya tanpa dipakai (mis. dari lkj-tui yang lebih baru)",
        f"peringatan: {IKU}.measure.sumber_lain (IKU 1): {kept}: dipertahankan apa adanya "
        "tanpa dipakai (mis. dari lkj-tui yang lebih baru)",
        f"peringatan: {IKU}.permasalahan[0].prioritas (IKU 1): {kept}: dipertahankan apa "
        "adanya tanpa dipakai (mis. dari lkj-tui yang lebih baru)",
    ]
    # kept: the document exported again holds them as they were
    out = tmp_path / "out.json"
    done = run_cli("export", "-r", "baru-2023", "--format", "json", "-o", str(out), store=store)
    assert done.returncode == 0, done.stderr
    again = json.loads(out.read_text())
    assert again["report"]["catatan_lain"] == "dari versi baru"
    iku = again["nodes"][0]["children"][0]["children"][0]
    assert iku["bobot"] == 1 and iku["measure"]["sumber_lain"] == {"tabel": ["3.1", 2]}
    assert iku["permasalahan"][0]["prioritas"] == "tinggi"
    assert again["report"]["anggaran"][1]["sumber_dana"] == "DAU"

    # a dry run says them alike, in English too
    done = run_cli("import", str(path), "--dry-run", "--report", "lain-2023", "--lang", "en",
                   store=store, env=ONE_LINE)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stderr.splitlines()[2] == (
        f"warning: nodes[0].bobot (T1): a field this lkj-tui does not know (and at {nodes - 1} "
        "more places): kept as it is, not used (e.g. from a newer lkj-tui)"
    )


def test_a_document_without_unknown_fields_is_imported_without_a_word(tmp_path: Path) -> None:
    path = _document(tmp_path, "biasa-2023", lambda doc: None)
    done = run_cli("import", str(path), store=tmp_path / "s")
    assert done.returncode == 0 and done.stderr == "", done.stderr


def test_an_unknown_field_too_long_to_keep_is_refused_at_its_path(tmp_path: Path) -> None:
    store = tmp_path / "s"

    def at_the_limit(doc: dict) -> None:
        doc["report"]["catatan_lain"] = "c" * 100_000
        doc["nodes"][0]["k" * 2_000] = 1
        iku = doc["nodes"][0]["children"][0]["children"][0]
        iku["measure"]["lampiran"] = ["a" * 99_996]  # ["…"]: 100,000 characters as JSON

    fits = _document(tmp_path, "pas-2023", at_the_limit)
    done = run_cli("import", str(fits), store=store)
    assert done.returncode == 0, done.stderr
    assert "pas-2023" in _ids(store)

    def over_it(doc: dict) -> None:
        at_the_limit(doc)
        doc["report"]["catatan_lain"] = "c" * 1_000_000  # a pasted megabyte
        doc["nodes"][0]["k" * 2_001] = 1
        iku = doc["nodes"][0]["children"][0]["children"][0]
        iku["measure"]["lampiran"][0] += "a"
        doc["catatan"] = "di luar report"  # beside schema, report and nodes: kept nowhere

    over = _document(tmp_path, "lebih-2023", over_it)
    done = run_cli("import", str(over), store=store, env=ONE_LINE)
    assert done.returncode == 2, done.stderr
    unknown = "kolom yang tidak dikenal lkj-tui ini"
    lines = done.stderr.splitlines()
    assert lines[0] == f"lkj-tui: {over}: 4 masalah; tidak ada yang disimpan:"
    assert lines[1] == (
        "  catatan: bukan bagian dokumen laporan (schema, report, nodes), jadi tidak dapat "
        "disimpan: pindahkan ke dalam report agar disimpan, atau hapus"
    )
    # each at its path, in the document's order, quoted with the length the reason says
    said = [
        ('  report.catatan_lain "ccc', "1.000.000", "isinya", "100.000"),
        (f'  nodes[0].{"k" * 40}… (T1) "kkk', "2.001", "namanya", "2.000"),
        (f'  {IKU}.measure.lampiran (IKU 1) "["aaa', "100.001", "isinya", "100.000"),
    ]
    assert len(lines) == 2 + len(said)
    for line, (start, n, what, limit) in zip(lines[2:], said, strict=True):
        assert line.startswith(start), line
        assert line.endswith(
            f'… ({n} karakter)": {unknown}: {what} terlalu panjang untuk dipertahankan ({n} '
            f"karakter, paling banyak {limit}): hapus kolomnya atau ringkas {what}"
        ), line
    assert "lebih-2023" not in _ids(store)

    done = run_cli("import", str(over), "--lang", "en", store=store, env=ONE_LINE)
    lines = done.stderr.splitlines()
    assert lines[0] == f"lkj-tui: {over}: 4 problems; nothing was saved:"
    assert lines[2].endswith(
        ": a field this lkj-tui does not know: its value is too long to keep (1,000,000 "
        "characters, at most 100,000): delete the field or shorten its value"
    )
    assert lines[1].endswith("move it into report to keep it, or delete it")
