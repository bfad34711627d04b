"""Values and spreadsheets (vals14): a dash between more than two numbers, a grade threshold
explained in grades, ``calc``'s errors as sentences (and JSON), a Rupiah amount's dot."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import ONE_LINE, run_cli

RANGE_ENDS = "tanda “-” di antara angka berarti rentang, yang hanya punya dua ujung"
RANGE_ENDS_EN = "a “-” between numbers makes a range, which has only two ends"


@pytest.fixture
def store(tmp_path: Path) -> Path:
    root = tmp_path / "s"
    assert run_cli("init", store=root).returncode == 0
    return root


@pytest.mark.parametrize("cell", ["3-4-5", "3 - 4 - 5", "3–4–5", "1-2-3 Dokumen", "80-90-100 %"])
def test_a_dash_between_three_numbers_is_refused_as_a_range_has_two_ends(
    cell: str, store: Path
) -> None:
    """ "3-4-5" was read as a composite of 3, −4 and −5 ("tidak dapat dibandingkan", or a capaian
    of its lowest part); "3 - 4 - 5" as "not recognised". A range has two ends (DOMAIN.md): now
    ``calc`` and ``set`` refuse it, say why and how to write several values."""
    done = run_cli("calc", cell, "4")
    assert done.returncode == 2 and done.stdout == ""
    assert RANGE_ENDS in done.stderr and "3; 4; 5" in done.stderr
    en = run_cli("calc", "4", cell, "--lang", "en")
    assert en.returncode == 2 and RANGE_ENDS_EN in en.stderr
    refused = run_cli("set", "IKU 1", "target", cell, store=store)
    assert refused.returncode == 2 and RANGE_ENDS in refused.stderr
    assert refused.stderr.startswith("lkj-tui: IKU 1 (Nilai LPPD) — target: ")


@pytest.mark.parametrize(
    ("cell", "kind"),
    [("3; -4", "composite"), ("89,00 4,00", "composite"), ("80-90", "range"), ("-3-4", "range")],
)
def test_a_range_a_minus_sign_and_two_numbers_are_read_as_before(cell: str, kind: str) -> None:
    data = json.loads(run_cli("calc", cell, "4", "--json").stdout)
    assert data["inputs"]["target"]["kind"] == kind


def test_the_import_names_the_cell_of_a_three_number_dash(store: Path, tmp_path: Path) -> None:
    path = tmp_path / "rentang.csv"
    path.write_text(
        "level;uraian;satuan;target;realisasi\nsasaran;Meningkatnya A\n"
        "iku;Indeks A;Nilai;3-4-5;4\n",
        encoding="utf-8",
    )
    args = ("import", str(path), "--dry-run", "--tahun", "2024", "--instansi", "Dinas X")
    done = run_cli(*args, store=store)
    assert done.returncode == 2
    assert 'baris 3 (target) "3-4-5"' in done.stderr and RANGE_ENDS in done.stderr
    en = run_cli(*args, "--lang", "en", store=store)
    assert 'row 3 (target) "3-4-5"' in en.stderr and RANGE_ENDS_EN in en.stderr


def test_the_dash_rule_is_linear_on_hostile_text() -> None:
    from lkj_tui.core.values import ParseError, parse_value

    for hostile in ("3-" * 100_000 + "3", "3 - " * 50_000 + "3", "1 -" * 66_000, "3–" * 100_000):
        with pytest.raises(ParseError) as refused:  # (a quadratic rule would take minutes)
            parse_value(hostile)
        assert len(refused.value.message) < 600


@pytest.mark.parametrize(
    ("target", "realisasi", "said", "said_en"),
    [
        (
            "Minimal BB",
            "BB",
            "realisasi BB (70) dibagi ambang ≥ BB (70) × 100",
            "realisasi BB (70) divided by threshold ≥ BB (70) × 100",
        ),
        (
            "Minimal BB",
            "A (86,45)",
            "realisasi A (86,45) dibagi ambang ≥ BB (70) × 100",
            "realisasi A (86,45) divided by threshold ≥ BB (70) × 100",
        ),
        (
            "> BB",
            "BB",
            "realisasi BB (70) tidak melewati ambang > BB (70)",
            "realisasi BB (70) does not pass the threshold > BB (70)",
        ),
        (
            "Maksimal BB",
            "A",
            "(2 × ambang ≤ BB (70) − realisasi A (80)) / ambang ≤ BB (70) × 100",
            "(2 × threshold ≤ BB (70) − realisasi A (80)) / threshold ≤ BB (70) × 100",
        ),
    ],
)
def test_a_grade_threshold_is_explained_in_the_grades_typed(
    target: str, realisasi: str, said: str, said_en: str
) -> None:
    """``calc "Minimal BB" BB`` explained "realisasi 70 dibagi ambang ≥ 70": scores the user
    never typed. Now the grades, each with the score it stands for, as "A (86,45)" is written."""
    data = json.loads(run_cli("calc", target, realisasi, "--json").stdout)
    assert said in data["explanation"]
    shown = run_cli("calc", target, realisasi, "--lang", "en")
    assert shown.returncode == 0 and said_en in shown.stdout
    assert "ambang ≥ 70" not in data["explanation"] and "realisasi 70 " not in data["explanation"]


#: calc's usage errors: the command line, what the sentence says (id, en), the JSON's code.
USAGE = [
    (
        ["3", "--", "-5", "--json"],
        "calc menerima dua nilai, target lalu realisasi, tetapi mendapat 3: “3”, “-5”, “--json”; "
        "setelah “--” setiap kata adalah nilai: tulis opsi seperti --json sebelum “--”",
        "calc takes two values, the target then the realisasi, but got 3: “3”, “-5”, “--json”; "
        "after “--” every word is a value: write options such as --json before “--”",
        "extra-values",
    ),
    (
        ["3"],
        "calc memerlukan dua nilai, target lalu realisasi; realisasi belum diberikan",
        "calc needs two values, the target then the realisasi; realisasi not given",
        "missing-value",
    ),
    (
        [],
        "target dan realisasi belum diberikan, mis.: lkj-tui calc 3,22 2,85",
        "target and realisasi not given, e.g.: lkj-tui calc 3,22 2,85 --lang en",
        "missing-value",
    ),
    (
        ["--target", "3", "2"],
        "opsi --target tidak dikenal untuk calc; opsinya --polaritas, --negatif, --json dan --lang",
        "calc has no option --target; its options are --polaritas, --negatif, --json and --lang",
        "unknown-option",
    ),
    (  # (click offered --json, not like --store at all: cli17; it uses no store: cli18)
        ["--store", "x", "3", "2"],
        "calc tidak memakai penyimpanan (capaian dihitung dari dua nilai yang diketik)",
        "calc uses no store (it computes the achievement from the two values typed)",
        "unknown-option",
    ),
    (
        ["3", "2", "--jsn"],
        "opsi --jsn tidak dikenal untuk calc (maksud Anda --json?)",
        "calc has no option --jsn (did you mean --json?)",
        "unknown-option",
    ),
    (
        ["10", "Dokumen", "8", "Dokumen"],
        "tetapi mendapat 4: “10”, “Dokumen”, “8”, “Dokumen”; nilai yang memuat spasi ditulis "
        'dalam tanda kutip: lkj-tui calc "10 Dokumen" "8 Dokumen"',
        "but got 4: “10”, “Dokumen”, “8”, “Dokumen”; a value with spaces is written in quotes",
        "extra-values",
    ),
    (
        ["3", "2", "--polaritas"],
        "opsi --polaritas memerlukan nilai: positif, negatif atau stabil",
        "the option --polaritas needs a value: positif, negatif or stabil",
        "missing-value",
    ),
    (
        ["3", "2", "--json=ya"],
        "opsi --json tidak menerima nilai (tulis --json saja)",
        "the option --json takes no value (write --json alone)",
        "usage",
    ),
]


@pytest.mark.parametrize(("args", "said", "said_en", "code"), USAGE, ids=lambda v: str(v)[:24])
def test_calc_usage_errors_are_sentences_and_json_with_json(
    args: list[str], said: str, said_en: str, code: str
) -> None:
    """``calc … -- -5 --json`` printed click's usage line with its raw "{target} {realisasi}"
    and "Ada argumen berlebih yang tidak dikenal (--json)"; ``--json`` got no JSON. Now one
    sentence saying what is wrong and how to write it, id and en; JSON with ``--json``."""
    if "--json" not in args:
        done = run_cli("calc", *args)
        assert done.returncode == 2 and done.stdout == ""
        assert said in done.stderr and len(done.stderr.splitlines()) == 1
        assert "{target}" not in done.stderr and "Penggunaan" not in done.stderr
        en = run_cli("--lang", "en", "calc", *args)
        assert en.returncode == 2 and said_en in en.stderr and "Usage" not in en.stderr
        args = [*args, "--json"]
    for lang, words in (("id", said), ("en", said_en)):
        as_json = run_cli("--lang", lang, "calc", *args)
        assert as_json.returncode == 2 and as_json.stderr == ""
        data = json.loads(as_json.stdout)
        assert data["code"] == code and words in data["error"]


def test_calc_value_errors_are_json_with_json() -> None:
    done = run_cli("calc", "3..2", "1", "--json")
    assert done.returncode == 2 and done.stderr == ""
    data = json.loads(done.stdout)
    assert data["code"] == "bad-value" and data["argument"] == "target"
    assert data["value"] == "3..2" and 'Nilai "3..2" tidak dapat dibaca' in data["error"]
    clash = json.loads(
        run_cli("calc", "1", "2", "--negatif", "--polaritas", "naik", "--json").stdout
    )
    assert clash["code"] == "polaritas-conflict"


def test_a_rupiah_amount_with_a_thousands_dot_is_not_called_ambiguous() -> None:
    """``calc "Rp 1.000.000" "Rp 900.000"`` noted "'900.000' ambigu: … bisa juga 900,000 (titik
    desimal)": no one writes nine hundred Rupiah so. A bare 900.000 keeps its note."""
    for realisasi in ("Rp 900.000", "900.000 rupiah", "IDR 900.000"):
        data = json.loads(run_cli("calc", "Rp 1.000.000", realisasi, "--json").stdout)
        assert data["achievement"] == 90.0 and data["notes"] == []
    bare = json.loads(run_cli("calc", "1.000.000", "900.000", "--json").stdout)
    assert bare["achievement"] == 90.0 and "ambigu" in bare["notes"][0]


def test_an_excel_text_marker_before_a_value_is_named(store: Path, tmp_path: Path) -> None:
    """ "'8" (Excel's text marker kept by a CSV file or a copy) was refused as "tidak dikenali
    sebagai angka…", which the user could not act on: now the message says what the ' is."""
    path = tmp_path / "petik.csv"
    path.write_text(
        "level;uraian;satuan;target;realisasi\nsasaran;Meningkatnya A\niku;Indeks A;Dok;10;'8\n",
        encoding="utf-8",
    )
    args = ("import", str(path), "--dry-run", "--tahun", "2024", "--instansi", "Dinas X")
    done = run_cli(*args, store=store, env=ONE_LINE)
    assert done.returncode == 2
    assert "Tanda ' di depan adalah penanda teks Excel, bukan bagian nilai: hapus tandanya" in (
        done.stderr
    )
    en = run_cli(*args, "--lang", "en", store=store, env=ONE_LINE)
    assert "The leading ' is Excel's text marker, not part of the value" in en.stderr


def test_an_indicator_named_jumlah_or_rata_rata_is_an_indicator(
    store: Path, tmp_path: Path
) -> None:
    """A hand-made table refused "Jumlah dokumen perencanaan" and "Rata-rata lama sekolah" (IKU
    of many regions) as "baris jumlah atau rata-rata: hapus baris ini". An indicator with a
    satuan is an indicator; a row of averages ("Rata-rata capaian", no satuan) is still named."""
    path = tmp_path / "tabel.csv"
    head = "Sasaran;Indikator;Satuan;Target;Realisasi\n"
    body = (
        "Meningkatnya A;Jumlah dokumen perencanaan;Dok;10;8\n"
        ";Rata-rata lama sekolah;Tahun;8,5;8,2\n"
    )
    path.write_text(head + body, encoding="utf-8")
    args = ("import", str(path), "--tahun", "2024", "--instansi", "Dinas X")
    done = run_cli(*args, store=store)
    assert done.returncode == 0, done.stderr
    data = json.loads(run_cli("status", "-r", "dinas-x-2024", "--json", store=store).stdout)
    names = [i["name"] for i in data["items"]]
    assert names == ["Jumlah dokumen perencanaan", "Rata-rata lama sekolah"]
    path.write_text(head + body + "Rata-rata capaian;;;;99\n", encoding="utf-8")
    refused = run_cli(*args, "--dry-run", "--overwrite", store=store)
    assert refused.returncode == 2
    assert 'baris 4 (sasaran) "Rata-rata capaian": baris jumlah atau rata-rata' in refused.stderr
