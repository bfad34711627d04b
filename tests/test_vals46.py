"""vals46: the fields of a JSON report document this lkj-tui does not know, said by the import
(they were kept whatever their size and nothing was said: a megabyte ``catatan_lain`` was
stored); JSON that cannot be read, in a cell or a document, said where it breaks and what to
write. Each test goes through the installed command.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

from lkj_tui.bundled import load_bundled_report
from tests.conftest import ONE_LINE, import_refused, run_cli
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
    why = "dipertahankan apa adanya tanpa dipakai (mis. dari lkj-tui yang lebih baru)"
    assert said == [
        f"peringatan: report: {kept}, {why}: catatan_lain",
        f"peringatan: report.anggaran[1]: {kept}, {why}: sumber_dana",
        f"peringatan: nodes[0] (T1): {kept} (juga di {nodes - 1} tempat lain), {why}: bobot",
        f"peringatan: {IKU}.measure (IKU 1): {kept}, {why}: sumber_lain",
        f"peringatan: {IKU}.permasalahan[0] (IKU 1): {kept}, {why}: prioritas",
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
        f"warning: nodes[0] (T1): fields this lkj-tui does not know (and at {nodes - 1} more "
        "places), kept as they are, not used (e.g. from a newer lkj-tui): bobot"
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


def _csv(tmp_path: Path, column: str, value: str) -> Path:
    """A CSV file of one tujuan, sasaran and IKU, the IKU's ``column`` holding ``value``."""
    rows = [
        ["level", "kode", "uraian", "satuan", "target", "realisasi", column],
        ["tujuan", "T1", "Tujuan satu", "", "", "", ""],
        ["sasaran", "S1", "Sasaran satu", "", "", "", ""],
        ["iku", "IKU 1", "Indikator satu", "%", "90", "85", value],
    ]
    path = tmp_path / "lkj.csv"
    with path.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f, delimiter=";").writerows(rows)
    return path


def _refused(tmp_path: Path, column: str, value: str) -> tuple[str, str]:
    """The one problem of importing ``value`` in ``column``, id and en, after its place."""
    path = _csv(tmp_path, column, value)
    said = import_refused(path, "--instansi", "Dinas Uji", "--tahun", "2024", store=tmp_path / "s")
    lines = [s.splitlines() for s in said]
    assert [len(x) for x in lines] == [2, 2], said
    return lines[0][1], lines[1][1]


def test_broken_json_in_a_cell_is_said_where_it_breaks_and_what_to_write(tmp_path: Path) -> None:
    """vals46: ``{"a": 1`` in info_lain got "tulis satu 'kunci: nilai' per baris"."""
    said, said_en = _refused(tmp_path, "info_lain", '{"a": 1')
    assert said == (
        '  baris 4 (info_lain) "{"a": 1": JSON tidak dapat dibaca (baris 1 kolom 8): berakhir '
        'sebelum lengkap: perbaiki JSON-nya, mis. {"kunci": "nilai"}, atau tulis satu '
        "'kunci: nilai' per baris"
    )
    assert said_en == (
        '  row 4 (info_lain) "{"a": 1": the JSON cannot be read (line 1 column 8): it ends '
        'before it is complete: fix the JSON, e.g. {"kunci": "nilai"}, or write one '
        "'key: value' per line"
    )
    said, said_en = _refused(tmp_path, "info_lain", '{"a": "x",\n"b": "y",}')
    assert said.endswith(
        ": JSON tidak dapat dibaca (baris 2 kolom 10): seharusnya ada nama kunci dalam tanda "
        "petik ganda (atau ada koma berlebih sebelum '}'): perbaiki JSON-nya, mis. "
        '{"kunci": "nilai"}, atau tulis satu \'kunci: nilai\' per baris'
    ), said
    # JSON that reads, of another shape: the shape it must have
    said, said_en = _refused(tmp_path, "info_lain", '{"a": 1}')
    assert said.endswith(': JSON terbaca, tetapi harus objek berisi teks, mis. {"kunci": "nilai"}')
    assert said_en.endswith(
        ': the JSON is read, but it must be an object of texts, e.g. {"kunci": "nilai"}'
    )
    said, said_en = _refused(tmp_path, "tercetak", '[["Tabel 3.1", "capaian"]]')
    assert said.endswith(
        ': JSON terbaca, tetapi harus daftar berisi daftar 3 teks, mis. [["tabel", "bidang", '
        '"nilai"]]'
    )
    said, said_en = _refused(tmp_path, "tercetak", '[["Tabel 3.1", "capaian", "88"]')
    assert "(line 1 column 32): it ends before it is complete: fix the JSON" in said_en
    assert said_en.endswith("or write one 'table | field | value' per line")


def test_json_nested_too_deep_in_a_cell_is_refused_not_a_crash(tmp_path: Path) -> None:
    """A cell of 5,000 "[" was "kesalahan tak terduga (RecursionError)": in info_lain it is
    refused, in permasalahan it is the line it looks like."""
    said, said_en = _refused(tmp_path, "info_lain", "[" * 5_000)
    assert ": JSON tidak dapat dibaca: objek dan daftarnya bersarang terlalu dalam: " in said
    assert ": the JSON cannot be read: its objects and lists are nested too deeply: " in said_en
    path = _csv(tmp_path, "permasalahan", "[" * 5_000)
    done = run_cli("import", str(path), "--instansi", "D", "--tahun", "2024", store=tmp_path / "s")
    assert done.returncode == 0, done.stderr


def test_a_json_document_that_cannot_be_read_is_said_in_the_users_words(tmp_path: Path) -> None:
    """It said Python's English in both languages: "JSON tidak sah: Expecting ',' delimiter:
    line 2 column 12 (char 24)"."""
    path = tmp_path / "laporan.json"
    path.write_text('{"schema": 1,\n "report": {"id" "x"}}', encoding="utf-8")
    said, said_en = import_refused(path, store=tmp_path / "s")
    assert said.splitlines()[1] == (
        "  laporan.json: JSON tidak dapat dibaca (baris 2 kolom 18): seharusnya ada ':'"
    )
    assert said_en.splitlines()[1] == (
        "  laporan.json: the JSON cannot be read (line 2 column 18): a ':' was expected"
    )
    path.write_bytes(b'{"schema": 1}\xff')
    said, said_en = import_refused(path, store=tmp_path / "s")
    assert said.splitlines()[1] == (
        "  laporan.json: bukan teks UTF-8: simpan dokumennya lagi sebagai UTF-8"
    )


def test_a_full_width_character_that_makes_a_value_is_refused_with_what_to_write() -> None:
    """``calc "90 Ａ" 80`` read the full-width "Ａ" as a unit (88,89 %), where "90 ％" is refused:
    a reader sees "90 A". Refused alike wherever it makes a value; a text stays a text."""
    for target, wide, plain in (("90 Ａ", "Ａ", "A"), ("Ａ", "Ａ", "A"), ("９０", "９", "9")):
        done = run_cli("calc", target, "80")
        assert done.returncode == 2, done.stdout
        assert f"karakter lebar penuh '{wide}' (U+{ord(wide):04X}); tulis {plain}" in done.stderr
        done = run_cli("calc", target, "80", "--lang", "en")
        assert f"full-width character '{wide}' (U+{ord(wide):04X}); use {plain}" in done.stderr
    done = run_cli("calc", "Ｔｉｄａｋ ａｄａ", "Ada", "--json")  # (a text either way)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["inputs"]["target"]["kind"] == "text"


def test_a_grade_label_before_points_is_kept_and_the_points_are_measured() -> None:
    """ "Sangat Baik (A) 3,49 poin" (an index's points after their band: IKM's A is "Sangat
    Baik", SAKIP's BB) was a text, so its capaian was not measured; the band's SAKIP score
    would be wrong. The points are measured, the label noted."""
    done = run_cli("calc", "Sangat Baik (A) 3,49 poin", "Baik (B) 3,00 poin", "--json")
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert out["achievement"] == 85.96 and out["formula"] == "3,00 / 3,49 × 100 = 85,96"
    assert out["inputs"]["target"] | {"raw": ""} == {
        "raw": "",
        "kind": "number",
        "number": "3.49",
        "unit": "poin",
    }
    assert out["notes"][:2] == [
        "predikat “Sangat Baik (A)” dicatat, tidak ikut dihitung: capaian dari angkanya",
        "predikat “Baik (B)” dicatat, tidak ikut dihitung: capaian dari angkanya",
    ]
    done = run_cli("calc", "Sangat Baik (A) 3,49 poin", "3,2 poin", "--lang", "en", "--json")
    assert json.loads(done.stdout)["notes"][0] == (
        "the grade “Sangat Baik (A)” is kept, not computed: the capaian is of its figure"
    )
    # never against a bare grade's band score: not computed, said (a figure without a unit
    # after a label stays a text, as it was)
    for target in ("Baik (B) 3,2 poin", "Baik (B) 3,2"):
        done = run_cli("calc", target, "A", "--json")
        out = json.loads(done.stdout)
        assert out["achievement"] is None and out["reason_code"] == "incomparable", out


def test_an_unknown_fields_name_is_shown_with_its_invisible_characters_escaped(
    tmp_path: Path,
) -> None:
    """A field's name is any text of the file: a zero-width space or a bidi override in it was
    written raw into the warning's path."""

    def odd(doc: dict) -> None:
        doc["nodes"][0]["x90\u200b"] = 1
        doc["nodes"][0]["\u202eevil\x1b[31m"] = 2

    path = _document(tmp_path, "aneh-2023", odd)
    done = run_cli("import", str(path), "--dry-run", store=tmp_path / "s", env=ONE_LINE)
    assert done.returncode == 0, done.stderr
    lines = done.stderr.splitlines()
    assert lines[0].startswith("peringatan: nodes[0] (T1): kolom yang tidak dikenal")
    assert lines[0].endswith(": x90\\u200b, \\u202eevil\\x1b[31m")  # (named in one warning)
    assert not any(ch in done.stderr for ch in "\u200b\u202e\x1b")
