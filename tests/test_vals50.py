"""vals50: values the reports really hold, through the installed command: a text longer than an
Excel cell, a Laporan row keyed ``extra``, what a CSV does not carry, "persen" as "%", the
engine's English notes, and values folded on a cp1252 console."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.conftest import ONE_LINE, run_cli
from tests.test_vals41 import _document
from tests.test_vals47 import _workbook
from tests.test_vals48 import _export, _walk
from tests.test_vals49 import _laporan

#: Forty permasalahan of 10 KB: each fits a cell, together (one a line) they do not.
_FORTY = [f"masalah {i} " + "y" * 10_000 for i in range(40)]


def _long_permasalahan(doc: dict) -> None:
    iku = next(n for n in _walk(doc["nodes"]) if n.get("code") == "IKU 3")
    iku["permasalahan"] = _FORTY


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_text_longer_than_an_excel_cell_is_refused_naming_its_node_and_field(
    tmp_path: Path, lang: str
) -> None:
    store = tmp_path / "s"
    path = _document(tmp_path, "panjang-2023", _long_permasalahan)
    assert run_cli("import", str(path), store=store).returncode == 0
    out = tmp_path / "p.xlsx"
    done = run_cli(
        "export", "-r", "panjang-2023", "--format", "xlsx", "-o", str(out), "--lang", lang,
        store=store, env=ONE_LINE,
    )  # fmt: skip
    assert done.returncode == 1 and not out.exists()
    assert len("\n".join(_FORTY)) == 400_469  # (the cell's text: one a line)
    said = {
        "id": "lkj-tui: kolom permasalahan untuk IKU 3 Indeks Inflasi (sel Data!AE40) terlalu "
        "panjang untuk satu sel Excel (400.469 karakter, paling banyak 32.767): tidak ada berkas "
        "yang ditulis. Ekspor laporan utuh dengan --format json, atau pendekkan teks itu\n",
        "en": "lkj-tui: the permasalahan column of IKU 3 Indeks Inflasi (cell Data!AE40) is too "
        "long for one Excel cell (400,469 characters, at most 32,767): no file was written. "
        "Export the whole report with --format json, or shorten that text\n",
    }
    assert done.stderr == said[lang]
    # the way it names is whole: the JSON export reads back every permasalahan
    as_json = tmp_path / "p.json"
    assert run_cli("export", "-r", "panjang-2023", "--format", "json", "-o", str(as_json),
                   store=store).returncode == 0  # fmt: skip
    iku = [n for n in _walk(json.loads(as_json.read_text())["nodes"]) if n.get("code") == "IKU 3"]
    assert [p["text"] for p in iku[0]["permasalahan"]] == _FORTY


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_roll_up_cell_longer_than_an_excel_cell_is_refused_not_cut(
    tmp_path: Path, lang: str
) -> None:
    """``export --all --format xlsx`` wrote an office's permasalahan of an under-target IKU cut at
    32,767 characters, without a word: it is refused as the report's workbook is, naming the
    sheet's cell, and no file is written; the Markdown roll-up it points to holds every line."""
    store = tmp_path / "s"

    def long_iku1(doc: dict) -> None:
        iku = next(n for n in _walk(doc["nodes"]) if n.get("code") == "IKU 1")
        iku["permasalahan"] = _FORTY

    path = _document(tmp_path, "panjang-2023", long_iku1)
    assert run_cli("import", str(path), store=store).returncode == 0
    out = tmp_path / "rekap.xlsx"
    done = run_cli("export", "--all", "--format", "xlsx", "-o", str(out), "--lang", lang,
                   store=store, env=ONE_LINE)  # fmt: skip
    assert done.returncode == 1 and not out.exists(), done.stderr
    said = {
        "id": "(400.469 karakter, paling banyak 32.767): tidak ada berkas yang ditulis. Tulis "
        "ringkasan sebagai Markdown (tanpa --format xlsx)",
        "en": "(400,469 characters, at most 32,767): no file was written. Write the summary as "
        "Markdown (without --format xlsx)",
    }
    assert said[lang] in done.stderr and "!I2 " in done.stderr, done.stderr
    markdown = tmp_path / "rekap.md"
    assert run_cli("export", "--all", "-o", str(markdown), store=store).returncode == 0
    written = markdown.read_text()
    assert all(line in written for line in _FORTY)


def test_a_report_field_longer_than_an_excel_cell_names_its_laporan_key(tmp_path: Path) -> None:
    store = tmp_path / "s"

    def long_kesimpulan(doc: dict) -> None:
        doc["report"]["kesimpulan"] = [f"kesimpulan {i} " + "k" * 10_000 for i in range(4)]

    path = _document(tmp_path, "panjang-2023", long_kesimpulan)
    assert run_cli("import", str(path), store=store).returncode == 0
    out = tmp_path / "p.xlsx"
    done = run_cli("export", "-r", "panjang-2023", "--format", "xlsx", "-o", str(out),
                   "--lang", "en", store=store, env=ONE_LINE)  # fmt: skip
    assert done.returncode == 1 and not out.exists()
    assert done.stderr.startswith("lkj-tui: the Laporan sheet's kesimpulan (cell Laporan!B"), (
        done.stderr
    )
    assert "(40,055 characters, at most 32,767)" in done.stderr


@pytest.mark.parametrize("typed", ["extra", "Extra", '"extra"'])
def test_a_laporan_row_keyed_extra_is_a_kept_field_read_back_equal(
    tmp_path: Path, typed: str
) -> None:
    """The model keeps a report's unknown fields in ``extra``: a row keyed "extra" went in as a
    text, with no word. It is such a field, kept with the warning every unknown key has."""
    store = tmp_path / "s"
    path = _workbook(tmp_path, "a.xlsx", [(typed, '{"lampiran": [1, "dua"]}')])
    done = run_cli("import", str(path), "--report", "baru-2023", store=store, env=ONE_LINE)
    assert done.returncode == 0, done.stderr
    key = typed.strip('"')
    assert "kunci yang tidak dikenal lkj-tui ini, dipertahankan apa adanya" in done.stderr
    assert done.stderr.count(f"tanpa dipakai: {key};") == 1, done.stderr
    before, xlsx = tmp_path / "a.json", tmp_path / "b.xlsx"
    for out in (before, xlsx):
        _export(store, out)
    report = json.loads(before.read_text(encoding="utf-8"))["report"]
    assert report[key] == {"lampiran": [1, "dua"]}
    assert (key, '{"lampiran": [1, "dua"]}') in _laporan(xlsx)
    again = tmp_path / "s2"
    assert run_cli("import", str(xlsx), store=again).returncode == 0
    after = tmp_path / "b.json"
    _export(again, after)
    assert json.loads(after.read_text(encoding="utf-8"))["report"] == report


def test_a_csv_export_names_the_report_fields_it_does_not_carry(tmp_path: Path) -> None:
    """A CSV has no Laporan sheet: the report's misi, kesimpulan… were left out, unsaid."""
    store = tmp_path / "s"

    def newer(doc: dict) -> None:
        doc["report"]["bobot\u202e"] = 5  # (a newer lkj-tui's field, its name hostile)

    assert run_cli("import", str(_document(tmp_path, "baru-2023", newer)),
                   store=store).returncode == 0  # fmt: skip
    out = tmp_path / "a.csv"
    done = run_cli("export", "-r", "baru-2023", "--format", "csv", "-o", str(out), store=store,
                   env=ONE_LINE)  # fmt: skip
    assert done.returncode == 0, done.stderr
    written, note = done.stdout.splitlines()
    assert written == f"Ditulis ke {out} (CSV): laporan baru-2023."
    assert note.startswith("CSV tidak membawa isian laporan ini di luar simpulnya: pemerintah, ")
    for field in ("periode", "misi", "isu_strategis", "kesimpulan", "inovasi", "tercetak"):
        assert f" {field}, " in note
    assert note.endswith(
        ", bobot\\u202e; tiap baris hanya membawa id, instansi dan tahunnya. Laporan utuh: "
        "--format xlsx atau json."
    )
    # the CSV on stdout: the note on stderr, in English with --lang en
    piped = run_cli("export", "-r", "baru-2023", "--format", "csv", "--lang", "en", store=store,
                    env=ONE_LINE)  # fmt: skip
    assert piped.returncode == 0 and piped.stdout.encode("utf-8") == b"\xef\xbb\xbf" + (
        out.read_bytes()[3:].replace(b"\r\n", b"\n")
    )
    assert piped.stderr.startswith(
        "A CSV does not carry this report's fields outside its nodes: pemerintah, periode, "
    )

    def bare(doc: dict) -> None:  # the three fields every row carries, nothing else
        doc["report"] = {k: doc["report"][k] for k in ("id", "instansi", "tahun")}

    assert run_cli("import", str(_document(tmp_path, "polos-2023", bare)),
                   store=store).returncode == 0  # fmt: skip
    plain = run_cli("export", "-r", "polos-2023", "--format", "csv", "-o", str(tmp_path / "b.csv"),
                    store=store)  # fmt: skip
    assert plain.returncode == 0 and plain.stderr == ""
    assert plain.stdout == f"Ditulis ke {tmp_path / 'b.csv'} (CSV): laporan polos-2023.\n"


@pytest.mark.parametrize("written", ["80 persen", "80%", "80 Persen"])
def test_a_percent_on_one_side_is_no_doubt_where_the_satuan_is_percent(
    tmp_path: Path, written: str
) -> None:
    """IKU 4's satuan is "%": a bare realisasi 76 against a target "80 persen" is 76 %, and
    ``set`` said "“%” hanya tertulis pada target" all the same. Where the satuan is no percent
    (IKU 1, "Nilai") the doubt stays: "90%" against 3,22 is likely a mistake."""
    store = tmp_path / "s"
    assert run_cli("init", store=store).returncode == 0
    for field, value in (("target", written), ("realisasi", "76")):
        done = run_cli("set", "IKU 4", field, value, store=store, env=ONE_LINE)
        assert done.returncode == 0, done.stderr
        assert "Capaian: 95,00 %" in done.stdout or field == "target"
        assert "Perhatikan" not in done.stdout + done.stderr, done.stdout
    done = run_cli("set", "IKU 4", "satuan", "Persen", store=store, env=ONE_LINE)
    assert done.returncode == 0 and "Perhatikan" not in done.stdout + done.stderr
    for lang, value, said in (
        ("id", "90%", "Perhatikan: “%” hanya tertulis pada realisasi (“90%”)"),
        ("en", "91 persen", "Check: “%” is written on the realisasi only (“91 persen”)"),
    ):
        done = run_cli("set", "IKU 1", "realisasi", value, "--lang", lang, store=store,
                       env=ONE_LINE)  # fmt: skip
        assert done.returncode == 0 and said in done.stdout, done.stdout


def test_the_engines_english_names_a_polarity_in_english(tmp_path: Path) -> None:
    """ "a ± range target with polarity positif … polarity stabil" in an English sentence: the
    English words, as the TUI's ("positive (higher is better)"); Bahasa Indonesia unchanged."""
    en = run_cli("calc", "3 ± 1", "5", "--lang", "en", "--json")
    notes = json.loads(en.stdout)["notes"]
    assert notes == [
        "a ± range target with polarity positive (higher is better): measured one way against "
        "the range's bounds; polarity stable would judge both sides"
    ]
    said = json.loads(run_cli("calc", "3 ± 1", "5", "--negatif", "--json").stdout)["notes"]
    assert said == [
        "target berupa rentang ± dengan polaritas negatif: dihitung satu arah terhadap batas "
        "rentang; polaritas stabil menilai kedua sisi"
    ]
    store = tmp_path / "s"
    assert run_cli("init", store=store).returncode == 0
    assert run_cli("set", "IKU 1", "target", "3 ± 1", store=store).returncode == 0
    done = run_cli("set", "IKU 1", "polaritas", "negatif", "--lang", "en", store=store,
                   env=ONE_LINE)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert (
        "Target 3 ± 1 is a band, polarity negative (lower is better): best inside the band "
        "means polarity stable."
    ) in done.stdout, done.stdout
    assert "positif" not in done.stdout and "negatif" not in done.stdout.partition("\n")[2]


def test_set_polaritas_shows_the_formula_where_the_capaian_stays(tmp_path: Path) -> None:
    """IKU 6 (63,20 against 60,24) is 95,09 % stabil and negatif alike (above the target the
    stabil rule is the negatif one: docs/capaian.md): ``set`` printed the same line twice, as if
    the second had not been applied. Each now shows its own rule's formula."""
    store = tmp_path / "s"
    assert run_cli("init", store=store).returncode == 0
    said = {}
    for polaritas in ("stabil", "negatif"):
        done = run_cli("set", "IKU 6", "polaritas", polaritas, store=store, env=ONE_LINE)
        assert done.returncode == 0, done.stderr
        said[polaritas] = done.stdout.splitlines()
        assert said[polaritas][1] == "Capaian: 95,09 %  Sangat Tinggi  ▼ di bawah target"
    assert said["stabil"][2] == "Rumus: (1 − |63,20 − 60,24| / 60,24) × 100 = 95,09"
    assert said["negatif"][2] == "Rumus: (2 × 60,24 − 63,20) / 60,24 × 100 = 95,09"
    done = run_cli("set", "IKU 6", "polaritas", "positif", "--lang", "en", store=store)
    assert "Formula: 63,20 / 60,24 × 100 = 104,91" in done.stdout.splitlines(), done.stdout
    done = run_cli("set", "IKU 6", "realisasi", "64", store=store)  # (another field: no formula)
    assert done.returncode == 0 and "Rumus" not in done.stdout


#: A line that ends with a value's sign as a cp1252 console writes it, or begins with "+/-".
_PARTED_ASCII = re.compile(r"(?:\+/-|>=|<=)$|^ *\+/-", re.MULTILINE)


def test_a_sign_written_in_ascii_stays_with_its_number(tmp_path: Path) -> None:
    """On a console that is not UTF-8 (cp1252) "±" is written "+/-" and "≥" ">=", put in before
    the line is folded: the glue that holds "3 ± 1" together did not know them, and ``set`` read
    "Perhatikan: Target 3" over "+/- 1 adalah rentang" (at 20 to 25 columns)."""
    store = tmp_path / "s"
    assert run_cli("init", store=store).returncode == 0
    assert run_cli("set", "IKU 6", "target", "3 ± 1", store=store).returncode == 0
    assert run_cli("set", "IKU 1", "target", "≥ 3,51", store=store).returncode == 0
    polarities = ["positif", "negatif"]
    for width in range(20, 46):
        env = {"COLUMNS": str(width), "PYTHONIOENCODING": "cp1252"}
        polarities.reverse()
        out = run_cli("set", "IKU 6", "polaritas", polarities[0], store=store, env=env).stdout
        assert "Perhatikan: Target" in out and "3 +/- 1" in out, (width, out)
        both = out + run_cli("set", "IKU 1", "target", f"≥ 3,{width}", store=store,
                             env=env).stdout  # fmt: skip
        assert f">= 3,{width}" in both and not _PARTED_ASCII.search(both), (
            width,
            both,
        )
