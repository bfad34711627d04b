"""vals48: the fields a report's nodes hold that this lkj-tui does not know, through the xlsx
and CSV export and back (a document with ``bobot`` on every node lost it on the way, unsaid).
Each test goes through the installed command.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl.utils import get_column_letter

from tests.conftest import ONE_LINE, run_cli
from tests.test_vals41 import _document, _ids  # (the bundled report as a document)


def _walk(nodes: list[dict]) -> list[dict]:
    out = []
    for node in nodes:
        out += [node, *_walk(node.get("children", []))]
    return out


def _newer(doc: dict) -> None:
    """A newer lkj-tui's fields on every node, measure, printed figure and permasalahan."""
    for k, node in enumerate(_walk(doc["nodes"])):
        node["bobot"] = k
        if (m := node.get("measure")) is not None:
            m["sumber_lain"] = {"tabel": ["3.1", k]}
            for p in m.get("printed", []):
                p["hal"] = None
        for item in node.get("permasalahan", []):
            item["prioritas"] = "tinggi"


def _data(path: Path) -> list[list[object]]:
    import openpyxl

    return [[c.value for c in row] for row in openpyxl.load_workbook(path)["Data"].iter_rows()]


def _export(store: Path, out: Path) -> None:
    done = run_cli("export", "-r", "baru-2023", "--format", out.suffix[1:], "-o", str(out),
                   store=store)  # fmt: skip
    assert done.returncode == 0, done.stderr


def test_a_nodes_unknown_fields_make_the_round_trip_through_xlsx_and_csv(tmp_path: Path) -> None:
    path = _document(tmp_path, "baru-2023", _newer)
    first = tmp_path / "s1"
    assert run_cli("import", str(path), store=first).returncode == 0
    before, xlsx, csv = tmp_path / "a.json", tmp_path / "a.xlsx", tmp_path / "a.csv"
    for out in (before, xlsx, csv):
        _export(first, out)
    doc = json.loads(before.read_text(encoding="utf-8"))
    nodes = _walk(doc["nodes"])
    assert [n["bobot"] for n in nodes] == list(range(119))  # (kept by the JSON import)

    for source, lang, said in (
        (xlsx, "id", 'peringatan: Data!{col}1 "kolom_lain": kolom yang tidak dikenal lkj-tui ini, '
         "dipertahankan apa adanya tanpa dipakai: bobot, measure.sumber_lain, "
         "permasalahan[].prioritas dan 1 lainnya (di 119 baris)"),
        (csv, "en", 'warning: row 1 (column {col}) "kolom_lain": fields this lkj-tui does not '
         "know, kept as they are, not used: bobot, measure.sumber_lain, "
         "permasalahan[].prioritas and 1 more (on 119 rows)"),
    ):  # fmt: skip
        store = tmp_path / source.suffix[1:]
        done = run_cli("import", str(source), "--lang", lang, store=store, env=ONE_LINE)
        assert done.returncode == 0, done.stderr
        col = get_column_letter(_data(xlsx)[0].index("kolom_lain") + 1)
        assert said.format(col=col) in done.stderr.splitlines(), done.stderr
        after = tmp_path / f"b-{source.suffix[1:]}.json"
        _export(store, after)
        kept = json.loads(after.read_text(encoding="utf-8"))
        assert _walk(kept["nodes"]) == nodes  # every node as it was, its unknown fields too
        if source is xlsx:
            assert kept == doc
            again = tmp_path / "b.xlsx"
            _export(store, again)
            assert _data(again) == _data(xlsx)  # export → import → export: the same sheet


@pytest.mark.parametrize(
    ("cell", "said"),
    [
        ("[lihat lampiran]", "kolom_lain: bukan objek JSON"),
        ('{"name": "Nama lain"}', "kolom_lain: 'name' dikenal lkj-tui ini: tulis di kolomnya"),
        ('{"measure": {"target": "5"}}', "kolom_lain: 'measure.target' dikenal lkj-tui ini"),
        ('{"permasalahan": {"x": 1}}', "kolom_lain: 'permasalahan' harus daftar objek"),
        ('{"permasalahan": [{}, {"x": 1}]}',
         "kolom_lain: 'permasalahan' memuat 2 isian untuk 1 permasalahan baris ini"),
        ('{"' + "k" * 2_001 + '": 1}', "namanya terlalu panjang untuk dipertahankan (2.001"),
    ],
)  # fmt: skip
def test_a_kolom_lain_cell_not_as_the_export_writes_it_is_refused(
    tmp_path: Path, cell: str, said: str
) -> None:
    """A cell that would overwrite a known field, or whose items' fields no longer match the
    row's items, or that is no JSON object: refused at its cell, nothing imported."""
    import openpyxl

    path = _document(tmp_path, "baru-2023", _newer)
    first = tmp_path / "s1"
    assert run_cli("import", str(path), store=first).returncode == 0
    xlsx = tmp_path / "a.xlsx"
    _export(first, xlsx)
    wb = openpyxl.load_workbook(xlsx)
    sheet = wb["Data"]
    header = [c.value for c in sheet[1]]
    c = header.index("kolom_lain") + 1
    masalah = header.index("permasalahan")
    r = next(r for r, row in enumerate(_data(xlsx), 1) if row[0] == "iku" and row[masalah])
    sheet.cell(row=r, column=c, value=cell)
    wb.save(xlsx)
    done = run_cli("import", str(xlsx), store=tmp_path / "s2", env=ONE_LINE)
    assert done.returncode == 2, done.stderr
    place = f"Data!{sheet.cell(row=r, column=c).coordinate}"
    problems = [line for line in done.stderr.splitlines() if line.startswith(f"  {place}")]
    assert len(problems) == 1 and said in problems[0], done.stderr
    assert "baru-2023" not in _ids(tmp_path / "s2")


def test_a_laporan_key_given_twice_is_refused_naming_both_cells(tmp_path: Path) -> None:
    """The year given again under another spelling, and a kept key twice: the last value was
    kept without a word; now nothing is imported and both cells are named."""
    from tests.test_vals47 import _workbook

    rows = [("Tahun Anggaran", "2024"), ("bobot", "5"), ("bobot", "6"), ("tahun", None)]
    path = _workbook(tmp_path, "dua.xlsx", rows)
    import openpyxl

    keys = [row[0].value for row in openpyxl.load_workbook(path)["Laporan"].iter_rows()]
    at = {key: f"Laporan!A{keys.index(key) + 1}" for key in ("tahun", "bobot")}
    again = {key: f"Laporan!A{len(keys) - keys[::-1].index(key)}" for key in ("bobot",)}
    again["Tahun Anggaran"] = f"Laporan!A{keys.index('Tahun Anggaran') + 1}"
    store = tmp_path / "s"
    for lang, said in (
        ("id", [f'  {again["Tahun Anggaran"]} "Tahun Anggaran": kunci \'tahun\' ganda (juga di '
                f'{at["tahun"]}): hanya satu nilai yang dapat dipakai, jadi tidak ada yang '
                "diimpor; hapus salah satu baris",
                f'  {again["bobot"]} "bobot": kunci ganda (juga di {at["bobot"]}): hanya satu '
                "nilai yang dapat dipakai, jadi tidak ada yang diimpor; hapus salah satu baris"]),
        ("en", [f'  {again["Tahun Anggaran"]} "Tahun Anggaran": the key \'tahun\' given twice '
                f'(also at {at["tahun"]}): only one value can be used, so nothing is imported; '
                "delete one of the rows",
                f'  {again["bobot"]} "bobot": the key given twice (also at {at["bobot"]}): only '
                "one value can be used, so nothing is imported; delete one of the rows"]),
    ):  # fmt: skip
        done = run_cli("import", str(path), "--report", "dua-2025", "--lang", lang,
                       store=store, env=ONE_LINE)  # fmt: skip
        assert done.returncode == 2, done.stderr
        assert [line for line in done.stderr.splitlines() if line.startswith("  Lap")] == said
    assert "dua-2025" not in _ids(store)


def test_twelve_kept_laporan_keys_are_one_warning_at_80_columns(tmp_path: Path) -> None:
    """Each kept key of the Laporan sheet was a warning of three lines at 80 columns (12 keys,
    36 lines): one warning names them, the rest counted."""
    from tests.test_vals47 import _workbook

    keys = [f"kunci_baru_{n}" for n in range(1, 13)]
    path = _workbook(tmp_path, "dua.xlsx", [(key, "x") for key in keys])
    done = run_cli("import", str(path), "--report", "dua-2025", "--dry-run",
                   store=tmp_path / "s", env={"COLUMNS": "80"})  # fmt: skip
    assert done.returncode == 0, done.stderr
    warning = done.stderr.split("\nAkan dibuat")[0].splitlines()
    assert len(warning) == 3 and all(len(line) <= 80 for line in warning), done.stderr
    assert (
        " ".join(line.strip() for line in warning)
        .split("dipakai: ")[1]
        .startswith("kunci_baru_1, kunci_baru_2, kunci_baru_3 dan 9 lainnya;")
    ), done.stderr


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (("calc", "3 ±", "3", "--store", "{store}"), 'target: Nilai "3 ±" tidak dapat dibaca'),
        (("--store", "{store}", "calc", "3 ± 1"), "realisasi belum diberikan"),
        (("--store", "{store}", "calc", "--lang", "en", "3", "4 ±"),
         'realisasi: Value "4 ±" cannot be read'),
    ],
)  # fmt: skip
def test_calc_with_a_store_says_first_what_is_wrong_with_its_values(
    tmp_path: Path, args: tuple[str, ...], said: str
) -> None:
    """`calc "3 ±" 3 --store X` (and --store before calc: any value's fault) said only that
    calc uses no store; removed, the user then heard the value was wrong. Both now, the
    value's first; with --json, one object about the value."""
    store = tmp_path / "s"
    typed = [a.format(store=store) for a in args]
    done = run_cli(*typed, env=ONE_LINE)
    assert done.returncode == 2, done.stderr
    first, second = done.stderr.splitlines()
    assert said in first and "--store" not in first, done.stderr
    assert "--store" in second and str(store) in second, done.stderr
    done = run_cli(*typed, "--json", env=ONE_LINE)
    assert done.returncode == 2 and done.stderr == "", done.stderr
    error = json.loads(done.stdout)
    assert said in error["error"] and error["code"] in ("bad-value", "missing-value"), error
    assert not store.exists()


def test_nan_infinity_and_a_key_twice_are_said_before_anything_is_stored(tmp_path: Path) -> None:
    """A kept field holding NaN or 1e400 (an infinity) was imported under --dry-run without a
    word, and the import itself then failed to save with the store's English "Out of range
    float values are not JSON compliant"; a key twice in a kolom_lain object kept its last value
    unsaid. Now each is a problem at its place; a Laporan cell of such JSON is kept as its text."""
    from tests.test_vals47 import _workbook

    doc = _document(tmp_path, "nan-2023", lambda d: d["report"].update({"bobot": 1.5}))
    doc.write_text(doc.read_text(encoding="utf-8").replace('"bobot": 1.5', '"bobot": NaN'))
    store = tmp_path / "s"
    for lang, said in (
        ("id", "report.bobot: kolom yang tidak dikenal lkj-tui ini: isinya memuat NaN atau "
         "Infinity (atau angka sebesar 1e400), yang tidak dapat disimpan"),
        ("en", "report.bobot: a field this lkj-tui does not know: its value holds NaN or "
         "Infinity (or a number as large as 1e400), which cannot be stored"),
    ):  # fmt: skip
        done = run_cli("import", str(doc), "--dry-run", "--lang", lang, store=store, env=ONE_LINE)
        assert done.returncode == 2 and said in done.stderr, done.stderr

    rows = [("daftar", "[NaN]"), ("besar", "1e400"), ("dua", '{"x": 1, "x": 2}')]
    path = _workbook(tmp_path, "lkj.xlsx", rows)
    done = run_cli("import", str(path), "--report", "uji-2025", store=store, env=ONE_LINE)
    assert done.returncode == 0, done.stderr
    out = tmp_path / "uji.json"
    assert (
        run_cli(
            "export", "-r", "uji-2025", "-o", str(out), "--format", "json", store=store
        ).returncode
        == 0
    )
    report = json.loads(out.read_text(encoding="utf-8"))["report"]
    assert [report[key] for key, _ in rows] == [text for _, text in rows]  # (texts, as typed)

    import openpyxl

    for cell, said in (
        ('{"a": NaN}', "kolom_lain: NaN bukan angka JSON"),
        ('{"a": [1e400]}', "kolom_lain: angka 1e400 terlalu besar"),
        (
            '{"a": {"b": 1, "b": 2}}',
            "kolom_lain: kunci 'b' muncul dua kali dalam satu objek (JSON hanya memakai nilai yang "
            "terakhir): hapus salah satu",
        ),
    ):
        wb = openpyxl.load_workbook(path)
        wb["Data"]["E1"], wb["Data"]["E2"] = "kolom_lain", cell
        wb.save(tmp_path / "k.xlsx")
        done = run_cli("import", str(tmp_path / "k.xlsx"), "--report", "k-2025", "--dry-run",
                       store=store, env=ONE_LINE)  # fmt: skip
        assert done.returncode == 2, done.stderr
        assert f'  Data!E2 "{cell}": {said} (kolom yang tidak dikenal' in done.stderr, done.stderr


def test_a_json_documents_key_given_twice_is_refused(tmp_path: Path) -> None:
    """JSON keeps the last of a key given twice: a document with "instansi" twice was imported
    with the second, unsaid (a report file's is refused, storage/jsonfile.py)."""
    doc = _document(tmp_path, "dua-2023", lambda d: None)
    text = doc.read_text(encoding="utf-8")
    doc.write_text(text.replace('"instansi":', '"instansi": "Lain", "instansi":', 1))
    for lang, said in (
        ("id", "  dua-2023.json: kunci 'instansi' muncul dua kali dalam satu objek (JSON hanya "
         "memakai nilai yang terakhir): hapus salah satu"),
        ("en", "  dua-2023.json: the key 'instansi' appears twice in one object (JSON uses only "
         "the last value): delete one of them"),
    ):  # fmt: skip
        done = run_cli("import", str(doc), "--lang", lang, store=tmp_path / "s", env=ONE_LINE)
        assert done.returncode == 2 and said in done.stderr.splitlines(), done.stderr
    assert "dua-2023" not in _ids(tmp_path / "s")
