"""``lkj-tui set`` through the installed command: every field, refusals (exit 2, nothing written),
ambiguous kode, --json, hostile values."""

from __future__ import annotations

import json

import pytest

from lkj_tui.bundled import BUNDLED_REPORT_ID
from lkj_tui.core.triwulan import derive
from lkj_tui.storage.store import Store
from tests.conftest import run_cli


def node(store_path, code: str):
    report = Store(store_path).load(Store(store_path).latest_report_id()).report
    return next(n for n in report.walk() if n.code == code)


def revision(store_path) -> int:
    store = Store(store_path)
    return store.revision(store.latest_report_id())


def test_set_target_prints_the_new_capaian(store_path) -> None:
    out = run_cli("set", "IKU 1", "target", "3,40", store=store_path)
    assert out.returncode == 0, out.stderr
    assert "IKU 1 · Target: 3,22 → 3,40" in out.stdout
    assert "83,82 %" in out.stdout and "di bawah target" in out.stdout
    assert node(store_path, "IKU 1").measure.target == "3,40"
    assert revision(store_path) == 2


def test_set_to_the_value_a_field_has_writes_nothing(store_path) -> None:
    """A set that said "tidak ada yang berubah" saved a new revision: the report was written again, a good
    version pushed out of the last five kept, and the change journal got an empty entry."""
    store = Store(store_path)
    rid = store.latest_report_id()
    generations = store.generations(rid)
    out = run_cli("set", "IKU 1", "realisasi", "2,85", store=store_path)
    assert out.returncode == 0, out.stderr
    assert "tidak ada yang berubah" in out.stdout and "rev. 1" in out.stdout
    assert revision(store_path) == 1 and Store(store_path).generations(rid) == generations
    data = json.loads(
        run_cli("set", "IKU 1", "realisasi", "2,85", "--json", store=store_path).stdout
    )
    assert data["revision"] == 1 and data["achievement"] == 88.51
    assert revision(store_path) == 1


def test_set_json_has_the_calc_keys(store_path) -> None:
    calc = json.loads(run_cli("calc", "3,22", "2,90", "--json").stdout)
    out = run_cli("set", "iku1", "realisasi", "2,90", "--json", store=store_path)
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert set(calc) <= set(data)
    assert data["achievement"] == calc["achievement"] == 90.06
    assert (data["code"], data["field"], data["before"], data["after"]) == (
        "IKU 1",
        "realisasi",
        "2,85",
        "2,90",
    )
    assert data["revision"] == 2


@pytest.mark.parametrize(
    ("field", "value", "check"),
    [
        ("tw3", "2,5", lambda n: n.measure.triwulan[2] == "2,5"),
        ("target_tw2", "1,6", lambda n: n.measure.target_triwulan == (None, "1,6", None, None)),
        ("polaritas", "negatif", lambda n: n.measure.polaritas == "negatif"),
        # the import's and calc's words: `set` refused "turun", which `import` and `calc` take
        ("polaritas", "turun", lambda n: n.measure.polaritas == "negatif"),
        ("polaritas", "Rentang", lambda n: n.measure.polaritas == "stabil"),
        ("cara_hitung", "jumlah", lambda n: n.measure.cara_hitung == "kumulatif"),
        ("cara_hitung", "Nilai Akhir", lambda n: n.measure.cara_hitung == "nilai_akhir"),
        ("cara_hitung", "rata_rata", lambda n: n.measure.cara_hitung == "rata_rata"),
        ("target_2027", "3,6", lambda n: n.measure.targets[2027] == "3,6"),
        ("realisasi_2021", "3,1", lambda n: n.measure.realisasi_history[2021] == "3,1"),
        ("satuan", "Indeks", lambda n: n.measure.satuan == "Indeks"),
        ("target_akhir", "3,50", lambda n: n.measure.target_akhir == "3,50"),
        ("penanggung_jawab", "Bag. Pemerintahan", lambda n: "Bag." in n.info["penanggung_jawab"]),
        ("anggaran", "Rp 150.000.000", lambda n: n.anggaran == "Rp 150.000.000"),
        ("realisasi_anggaran", "Rp 90.000.000", lambda n: n.realisasi_anggaran is not None),
        ("name", "Nilai LPPD (baru)", lambda n: n.name == "Nilai LPPD (baru)"),
        ("solusi+", "Percepat data", lambda n: n.solusi[-1].text == "Percepat data"),
    ],
)
def test_set_each_field(store_path, field: str, value: str, check) -> None:
    out = run_cli("set", "IKU 1", field, value, store=store_path)
    assert out.returncode == 0, out.stderr
    assert check(node(store_path, "IKU 1"))


@pytest.mark.parametrize(
    ("args", "why"),
    [
        (("IKU 1", "realisasi", "abc"), "tidak dapat dihitung"),
        (("IKU 1", "target", "3..2"), "target"),
        (("IKU 1", "polaritas", "ke atas"), "polaritas harus"),
        (("IKU 1", "target_tw1", "2..5"), "Target triwulan I: "),
        (
            ("IKU 1", "tw1", "abc"),
            "Triwulan I: capaian tidak dapat dihitung dengan nilai ini: target",
        ),
        (("IKU 1", "warna", "merah"), "kolom tidak dikenal"),
        # lead13: "permasalahan" was "kolom tidak dikenal" followed by 23 field names
        (("IKU 1", "permasalahan", "x"), "permasalahan adalah daftar butir: tambah satu dengan "),
        (("IKU 1", "solusi", "x"), 'set "IKU 1" solusi+ "teks"); di TUI: \'s\' mengubah'),
        # share64: one item as `log` names it was "kolom tidak dikenal … maksud Anda Permasalahan?"
        (("IKU 1", "Permasalahan 3", "x"), "permasalahan adalah daftar butir: tambah satu "),
        (("IKU 1", "Solution 2", "x"), "solusi adalah daftar butir: tambah satu dengan "),
        (("IKU 99", "target", "1"), "tidak ada di laporan"),
        (("S1", "target", "1"), "tidak punya target"),
    ],
)
def test_set_refuses_with_exit_2_and_writes_nothing(store_path, args, why) -> None:
    before = (store_path / f"{Store(store_path).latest_report_id()}.json").read_bytes()
    out = run_cli("set", *args, store=store_path)
    assert out.returncode == 2
    assert why in out.stderr and out.stderr.count("\n") == 1 and not out.stdout
    assert "Traceback" not in out.stderr
    after = (store_path / f"{Store(store_path).latest_report_id()}.json").read_bytes()
    assert after == before


def test_set_on_an_unmeasured_node_names_its_kind_in_words(store_path) -> None:
    """The refusal printed the stored kind ("simpul S1 (sasaran) tidak punya target/realisasi");
    it says the report's word for it, in the language asked for."""
    out = run_cli("set", "S1", "target", "1", store=store_path)
    assert out.returncode == 2 and "target: Sasaran S1 tidak punya target/realisasi" in out.stderr
    out = run_cli("set", "S1", "target", "1", "--lang", "en", store=store_path)
    assert "target: Objective (Sasaran) S1 has no target/realisasi" in out.stderr, out.stderr


def test_set_quarter_target_measures_that_quarter(store_path) -> None:
    """target_tw1…4: the quarter's capaian is then against its own target (docs/capaian.md)."""
    from lkj_tui.core.evaluate import Evaluation

    assert run_cli("set", "IKU 1", "tw1", "0,8", store=store_path).returncode == 0
    out = run_cli("set", "IKU 1", "target_tw1", "1,0", "--json", store=store_path)
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert (data["field"], data["before"], data["after"]) == ("target_tw1", "", "1,0")
    report = Store(store_path).load(Store(store_path).latest_report_id()).report
    first = Evaluation(report).quarters(node(store_path, "IKU 1").id)[0]
    assert (first.basis, first.target, first.achievement.rounded) == ("target_triwulan", "1,0", 80)
    out = run_cli("set", "IKU 1", "target_tw1", "", store=store_path)  # "" clears it
    assert out.returncode == 0 and "Target triwulan I: 1,0 → —" in out.stdout
    assert node(store_path, "IKU 1").measure.target_triwulan[0] is None


def test_ambiguous_kode_lists_the_candidates(store_path) -> None:
    report = Store(store_path).load(Store(store_path).latest_report_id()).report
    ids = [n.id for n in report.walk() if n.kind == "indikator_kegiatan"][:2]
    for node_id in ids:
        assert run_cli("set", node_id, "code", "K 1", store=store_path).returncode == 0
    out = run_cli("set", "K 1", "target", "5", store=store_path)
    assert out.returncode == 2
    assert "2 simpul" in out.stderr and all(i in out.stderr for i in ids)
    out = run_cli("set", ids[1], "target", "100%", store=store_path)  # the id decides
    assert out.returncode == 0, out.stderr


def test_hostile_value_is_stored_as_data_and_printed_clean(store_path) -> None:
    text = "[bold red]x[/] \x1b[31mmerah\x1b[0m \u202eabc"
    out = run_cli("set", "IKU 1", "permasalahan+", text, store=store_path)
    assert out.returncode == 0, out.stderr
    assert "\x1b" not in out.stdout and "\u202e" not in out.stdout
    assert "[bold red]x[/]" in out.stdout
    assert node(store_path, "IKU 1").permasalahan[-1].text == text


def test_set_english(store_path) -> None:
    out = run_cli("set", "IKU 1", "polaritas", "x", "--lang", "en", store=store_path)
    assert out.returncode == 2 and "polaritas must be positif, negatif or stabil, not" in out.stderr
    # new11: "polaritas harus positif, negatif, stabil, bukan 'x'" (the import says "atau")
    out = run_cli("set", "IKU 1", "polaritas", "x", store=store_path)
    said = "lkj-tui: IKU 1 (Nilai LPPD) — polaritas harus positif, negatif atau stabil, bukan 'x'"
    assert out.stderr == said + "\n"


def test_set_does_not_import_textual(store_path) -> None:
    out = run_cli(
        "set", "IKU 1", "tw1", "1", store=store_path, env={"PYTHONPROFILEIMPORTTIME": "1"}
    )
    assert out.returncode == 0, out.stderr
    imported = {
        line.rsplit("|", 1)[-1].strip() for line in out.stderr.splitlines() if "import time" in line
    }
    assert "lkj_tui.core.edits" in imported
    assert not any(name == "textual" or name.startswith("textual.") for name in imported)


def test_export_changes_lists_the_days_edits(store_path) -> None:
    assert run_cli("set", "IKU 1", "target", "3,40", store=store_path).returncode == 0
    assert run_cli("set", "IKU 2", "satuan", "Indeks | nilai", store=store_path).returncode == 0
    journal = next((store_path / ".changes").glob("*.jsonl"))
    with journal.open("ab") as f:  # a torn line (a crash mid-append) is skipped
        f.write(b'{"at": "2026-')
    out = run_cli("export", "--changes", store=store_path)
    assert out.returncode == 0, out.stderr
    section = out.stdout.split("## Perubahan dalam rapat", 1)[1]
    assert "| IKU 1 | Target | 3,22 | 3,40 |" in section
    assert "| IKU 2 | Satuan | Predikat | Indeks \\| nilai |" in section
    plain = run_cli("export", store=store_path)
    assert "Perubahan dalam rapat" not in plain.stdout
    english = run_cli("export", "--changes", "--lang", "en", store=store_path)
    assert "## Changes in the meeting" in english.stdout


def test_the_change_log_names_a_problem_or_solution_in_the_language_asked(store_path) -> None:
    """A permasalahan or solusi added is named "Permasalahan 3" / "Problem 3" in the minutes'
    change table and in ``restore --list``, as every other field is named in words: it was the
    journal's key, "permasalahan 3", in Indonesian and English alike."""
    assert (
        run_cli("set", "IKU 1", "permasalahan+", "Data terlambat", store=store_path).returncode == 0
    )
    assert run_cli("set", "IKU 1", "solusi+", "Jadwal dipercepat", store=store_path).returncode == 0
    iku1 = node(store_path, "IKU 1")
    n, m = len(iku1.permasalahan), len(iku1.solusi)
    for lang, problem, solution in (
        ("id", "Permasalahan", "Solusi"),
        ("en", "Problem", "Solution"),
    ):
        out = run_cli("export", "--changes", "--lang", lang, store=store_path)
        assert out.returncode == 0, out.stderr
        assert f"| IKU 1 | {problem} {n} | — | Data terlambat |" in out.stdout
        assert f"| IKU 1 | {solution} {m} | — | Jadwal dipercepat |" in out.stdout
        kept = run_cli("restore", "--list", BUNDLED_REPORT_ID, "--lang", lang, store=store_path)
        assert f"IKU 1 · {problem} {n}: — → Data terlambat" in kept.stdout, kept.stdout
        changes = out.stdout.split("\n## ")[-1]
        assert changes.startswith(("Perubahan dalam rapat", "Changes in the meeting"))
        assert "permasalahan" not in changes and "solusi" not in changes


def test_export_changes_cuts_a_long_node_label_with_an_ellipsis(store_path) -> None:
    """The change table named a node by its code (else name) cut at 80 characters with nothing to
    say so; it is cut with "…", cleaned, and still escaped ("|")."""
    code = "Kode | sangat\tpanjang \x1b[31m" + "x" * 200
    assert run_cli("set", "IKU 1", "code", code, store=store_path).returncode == 0
    out = run_cli("export", "--changes", store=store_path)
    assert out.returncode == 0, out.stderr
    row = out.stdout.split("## Perubahan dalam rapat", 1)[1].splitlines()[4]
    cell = row.split(" | ")[1]
    assert cell.startswith("Kode \\| sangat panjang x") and cell.endswith("x…")
    assert len(cell) == 80 + 1  # 80 characters, and the "\\" that escapes the "|"
    assert "\x1b" not in out.stdout


def test_set_a_negative_value(store_path) -> None:
    """``set "IKU 1" realisasi -2,5`` was a usage error ("Opsi tidak dikenal: -2")."""
    out = run_cli("set", "IKU 1", "realisasi", "-2,5", store=store_path)
    assert out.returncode == 0, out.stderr
    assert "IKU 1 · Realisasi: 2,85 → -2,5" in out.stdout
    assert node(store_path, "IKU 1").measure.realisasi == "-2,5"


def test_set_a_text_that_begins_with_a_dash(store_path) -> None:
    """A permasalahan written as a list item, ``"- Kurangnya SDM"``, was a usage error ("Opsi
    tidak dikenal: - "): it is a text; an unknown option is still refused."""
    out = run_cli("set", "IKU 1", "permasalahan+", "- Kurangnya SDM", store=store_path)
    assert out.returncode == 0, out.stderr
    assert node(store_path, "IKU 1").permasalahan[-1].text == "- Kurangnya SDM"
    wrong = run_cli("set", "IKU 1", "realisasi", "2,9", "-x", store=store_path)
    assert wrong.returncode == 2 and "-x" in wrong.stderr


def test_a_quarter_of_another_kind_than_its_target_is_refused(store_path) -> None:
    """``set IKU 1 tw1 abc`` was saved as a quarter's realisasi without a word (the TUI's
    triwulan form too): a typo kept as text, no quarter capaian. It is refused as a realisasi
    "abc" is, naming the quarter and why, in both languages; a quarter already stored so (an
    older file) does not block an edit of another quarter."""
    out = run_cli("set", "IKU 1", "tw1", "abc", "--lang", "en", store=store_path)
    assert out.returncode == 2 and "Quarter 1: no capaian can be computed" in out.stderr, out.stderr
    assert "“abc” (text) cannot be compared" in out.stderr
    assert run_cli("set", "IKU 1", "tw2", "2,5", store=store_path).returncode == 0
    path = store_path / f"{BUNDLED_REPORT_ID}.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    iku = next(n for n in data["nodes"].values() if n.get("code") == "IKU 1")
    iku["measure"]["triwulan"][0] = "abc"  # stored by an older version
    path.write_text(json.dumps(data), encoding="utf-8")
    done = run_cli("set", "IKU 1", "tw3", "2,9", store=store_path)
    assert done.returncode == 0, done.stderr
    assert node(store_path, "IKU 1").measure.triwulan[:3] == ("abc", "2,5", "2,9")


def test_quarters_are_named_as_users_read_them(store_path) -> None:
    """A refused quarter was named by its key: "tw1: Nilai … tidak dapat dibaca", "target_tw2:
    …", and the year's realisasi derived from the quarters said "TW II bukan angka" in English
    too. Now "Triwulan I" / "Target triwulan II" ("Quarter 1" / "Quarter 2 target" with --lang
    en); the keys stay where the user types them (the list of fields of an unknown one)."""
    for lang, quarter, target in (
        ("id", "Triwulan I: ", "Target triwulan II: "),
        ("en", "Quarter 1: ", "Quarter 2 target: "),
    ):
        bad = run_cli("set", "IKU 1", "tw1", "1e999", "--lang", lang, store=store_path)
        assert bad.returncode == 2 and quarter in bad.stderr, bad.stderr
        bad = run_cli("set", "IKU 1", "target_tw2", "1e999", "--lang", lang, store=store_path)
        assert bad.returncode == 2 and target in bad.stderr, bad.stderr
        assert "tw2" not in bad.stderr
        unknown = run_cli("set", "IKU 1", "tw5", "1", "--lang", lang, store=store_path)
        assert unknown.returncode == 2 and "tw1, tw2, tw3, tw4, target_tw1" in unknown.stderr
    # the year's realisasi from the quarters (cara hitung), one quarter not a number
    for step in (("realisasi", ""), ("cara_hitung", "kumulatif"), ("tw1", "1"), ("tw2", "B")):
        done = run_cli("set", "IKU 1", *step, store=store_path)
        assert done.returncode == 0, done.stderr
    shown = run_cli("status", "--json", store=store_path).stdout
    assert "Triwulan II bukan angka" in shown and "TW II" not in shown
    # (the English, the TUI's detail pane, from the core)
    derived = derive(["1", "B", None, None], "kumulatif")
    assert derived is not None and derived.to_json()["formula"] == "Triwulan II bukan angka"
    assert derived.formula_en == "Quarter 2 is not a number"
    assert "Quarter 2 is not a number" in derived.sentence()()[1]


def test_set_names_the_field_it_changed_in_words(store_path) -> None:
    """vals13 saw it: set's errors said "Target triwulan II" but its success line said the key,
    "IKU 1 · target_tw2: — → 1,2"; a field is named as log and the TUI's change log name it."""
    said = {
        (field, lang): run_cli(
            "set", "IKU 1", field, value + n, "--lang", lang, store=store_path
        ).stdout.splitlines()[0]
        for field, value in (("target_tw2", "1,2"), ("target_2025", "3,6"), ("tw1", "0,4"))
        for lang, n in (("id", ""), ("en", "1"))
    }
    assert said["target_tw2", "id"] == "IKU 1 · Target triwulan II: — → 1,2"
    assert said["tw1", "en"].startswith("IKU 1 · Quarter 1: ")
    assert said["target_2025", "id"].startswith("IKU 1 · Target Renstra 2025: ")
    assert not any("target_" in line or "tw1" in line for line in said.values())


def test_set_says_what_the_tui_would_ask_a_second_enter_for(store_path) -> None:
    """``set`` saved "1,234.5" (an English number) as IKU 1's realisasi and printed a capaian of
    38.338,51 % without a word of the engine's doubt, which the TUI asks a second Enter for
    (and ``calc`` prints); a unit on one side only went by alike. Now each doubt is a line of
    its own ("Perhatikan: …"; ``doubts`` in ``--json``), the value saved as asked."""
    out = run_cli("set", "IKU 1", "realisasi", "1,234.5", store=store_path)
    assert out.returncode == 0, out.stderr
    # (its reading is certain, stored "1.234,5": said as read, no doubt, as the TUI says it)
    assert "\n'1,234.5' ditulis dengan format Inggris" in out.stdout
    assert "Perhatikan: Realisasi 1,234.5 sekitar 383 kali target 3,22" in out.stdout
    assert "dibulatkan" not in out.stdout  # an explanation, not a doubt
    out = run_cli("set", "IKU 1", "realisasi", "2,8x", "--lang", "en", store=store_path)
    assert "Check: unit “x” is written on one side only" in out.stdout
    data = json.loads(
        run_cli("set", "IKU 1", "realisasi", "2,90", "--json", store=store_path).stdout
    )
    assert data["doubts"] == []


def test_set_reads_a_target_set_before_any_realisasi(store_path) -> None:
    """Next year's target is set before any realisasi: the engine compares nothing and noted
    nothing, so a text target ("tiga koma", which no number will meet) or an ambiguous "1.234"
    was saved in silence. The reading's own doubts are printed."""
    assert run_cli("set", "IKU 1", "realisasi", "", store=store_path).returncode == 0
    out = run_cli("set", "IKU 1", "target", "tiga koma", store=store_path)
    assert out.returncode == 0, out.stderr
    assert "Perhatikan: “tiga koma” bukan angka, persen, rentang" in out.stdout
    assert "realisasinya tertulis sama persis" in out.stdout
    data = json.loads(run_cli("set", "IKU 1", "target", "1.234", "--json", store=store_path).stdout)
    assert data["after"] == "1.234" and "ambigu" in data["doubts"][0]
    out = run_cli("set", "IKU 1", "target", "3 ± 1", store=store_path)
    assert "Perhatikan" not in out.stdout


def test_a_pasted_long_name_is_refused_with_its_length_grouped(store_path) -> None:
    """ "name: terlalu panjang (100000 karakter, paling banyak 2000)": the counts ungrouped,
    unlike every other count, and no word of what the field takes."""
    out = run_cli("set", "IKU 1", "name", "x" * 100_000, store=store_path)
    assert out.returncode == 2
    said = "terlalu panjang (100.000 karakter, paling banyak 2.000): satu baris"
    assert said in out.stderr, out.stderr[:300]


@pytest.mark.parametrize(
    ("typed", "key", "value"),
    [
        ("Realisasi", "realisasi", "2,90"),  # as set prints it: "IKU 1 · Realisasi: 2,85 → 2,90"
        ("REALISASI", "realisasi", "2,90"),
        ("Actual", "realisasi", "2,90"),  # the English word (--lang en prints "Actual (Realisasi)")
        ("Target triwulan II", "target_tw2", "1,5"),
        ("Quarter 2 target", "target_tw2", "1,5"),
        ("Target Renstra 2024", "target_2024", "3,5"),
        ("Penanggung jawab", "penanggung_jawab", "Bagian Organisasi"),
        ("Cara-hitung", "cara_hitung", "rata-rata"),
    ],
)
@pytest.mark.parametrize("lang", ["id", "en"])
def test_set_takes_a_field_as_it_prints_it(
    store_path, typed: str, key: str, value: str, lang: str
) -> None:
    """``set "IKU 1" Realisasi 2,90`` was refused ("kolom tidak dikenal: 'Realisasi'") although
    ``set`` itself prints the field so. Now a field is read ignoring case, "_" and "-", in its
    key's words or those printed in either language; --json names it by its key."""
    out = run_cli("set", "IKU 1", typed, value, "--json", "--lang", lang, store=store_path)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["field"] == key
    assert revision(store_path) == 2


def test_a_list_named_as_printed_says_how_to_add_an_item(store_path) -> None:
    """A list named as printed ("Permasalahan"): the refusal says to write permasalahan+."""
    out = run_cli("set", "IKU 1", "Permasalahan", "x", store=store_path)
    assert out.returncode == 2 and "'permasalahan+'" in out.stderr, out.stderr
    assert revision(store_path) == 1


@pytest.mark.parametrize("lang", ["id", "en"])
def test_set_takes_a_node_as_check_names_it(store_path, lang: str) -> None:
    """An author copying a node from check's text was refused (edit22): "simpul 0ac1b075",
    "IKU 1 Nilai LPPD", "Nilai Uji (IKU 2 › Fasilitasi …)", a path down to it; and a name that
    several rows share said "tidak ada di laporan" although it is there 2 times. Each is read,
    and a shared name lists the rows' ids with where each is, as check names them."""
    report = Store(store_path).load(BUNDLED_REPORT_ID).report
    ids = {n.id[:8]: n for n in report.walk()}
    hukum, inflasi = ids["6cd6ff26"], ids["571e57d3"]
    for row in (hukum, inflasi):
        assert run_cli("set", row.id, "name", "Nilai Uji", store=store_path).returncode == 0
    args = ("--lang", lang)
    shared = run_cli("set", "Nilai Uji", "target", "5", *args, store=store_path)
    assert shared.returncode == 2
    said = " ".join(shared.stderr.split())
    assert (
        "'Nilai Uji' is the name of 2 nodes, not a code"
        if lang == "en"
        else "'Nilai Uji' adalah nama 2 simpul, bukan kodenya"
    ) in said
    place = report.get(hukum.parent).name
    assert (
        f"6cd6ff26: Nilai Uji (IKU 2 › {place})" in said and "571e57d3: Nilai Uji (IKU 3 › " in said
    )
    before = revision(store_path)
    for wanted, value in [
        (f"Nilai Uji (IKU 2 › {place})", "1"),  # as check names it
        (f"IKU 2 › {place} › Nilai Uji", "2"),  # a path
        ("IKU 2 › Nilai Uji", "3"),  # a path need not name every step
        (f"IKU 2 › {place[:12]}… › Nilai Uji", "4"),  # a step cut as check cuts it
        ("simpul 6cd6ff26", "5"),  # the id with its word, as check prints it
        ("(simpul 6cd6ff26)", "6"),
        (f"Nilai Uji (IKU 2 › {place} · simpul 6cd6ff26)", "7"),  # check's whole label (1b703b3)
    ]:
        done = run_cli("set", wanted, "penanggung_jawab", value, *args, store=store_path)
        assert done.returncode == 0, (wanted, done.stderr)
        got = Store(store_path).load(BUNDLED_REPORT_ID).report.node(hukum.id)
        assert got.info["penanggung_jawab"] == value
    assert revision(store_path) == before + 7
    coded = run_cli("set", "IKU 1 Nilai LPPD", "target", "3,40", *args, store=store_path)
    assert coded.returncode == 0 and node(store_path, "IKU 1").measure.target == "3,40"
    # a path that leads nowhere is refused, nothing written
    nowhere = run_cli("set", "IKU 1 › Nilai Uji", "target", "9", *args, store=store_path)
    assert nowhere.returncode == 2 and revision(store_path) == before + 8
    hostile = run_cli("set", "\x1b[31mIKU 2 › \u202eNilai", "target", "9", *args, store=store_path)
    assert (
        hostile.returncode == 2 and "\x1b" not in hostile.stderr and "\u202e" not in hostile.stderr
    )


@pytest.mark.parametrize("lang", ["id", "en"])
def test_set_takes_the_data_sheets_uraian_for_the_name(store_path, lang: str) -> None:
    """The Data sheet (the import's template, ``export -f csv``) heads a node's name "uraian": a
    planner who fills it typed ``set "IKU 1" uraian …`` and was told "kolom tidak dikenal"."""
    from lkj_tui.importing.flat import HEADERS

    assert "uraian" in HEADERS  # (the word this test stands on is still the sheet's)
    out = run_cli("set", "IKU 1", "Uraian", "Nilai LPPD baru", "--lang", lang, store=store_path)
    assert out.returncode == 0, out.stderr
    assert node(store_path, "IKU 1").name == "Nilai LPPD baru"
    assert revision(store_path) == 2
