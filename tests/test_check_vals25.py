"""vals25: the reviu and calc as an Inspektorat reviewer reads them at 40–80 columns, on a UTF-8
terminal and on a Windows console (cp1252)."""

from __future__ import annotations

import re
from itertools import pairwise
from pathlib import Path

import pytest

from tests.conftest import run_cli


@pytest.mark.parametrize("encoding", ["utf-8", "cp1252"])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_capaian_keeps_its_under_target_mark_on_its_line(
    store_path: Path, lang: str, encoding: str
) -> None:
    """The reviu's "… tiap target: 3,22 → 88,51 %" / "▼; 3,30 → …": the mark under target
    stood alone at the start of the next line (on cp1252 a bare "v", as it is written there),
    at 80 columns in English, at 40–70 in Bahasa Indonesia. Now it stays with its figure."""
    mark = "v" if encoding == "cp1252" else "▼"
    alone = re.compile(rf"^\s*{mark}(?:[;.,)]|\s|$)")
    for columns in (40, 50, 60, 70, 80):
        env = {"COLUMNS": str(columns), "PYTHONIOENCODING": encoding}
        done = run_cli("check", "--lang", lang, store=store_path, env=env)
        assert done.returncode == 1, done.stderr  # (the bundled report has errors)
        lines = done.stdout.splitlines()
        assert not [line for line in lines if alone.match(line)], (columns, done.stdout)
        assert f"% {mark}" in done.stdout  # (the marks are there, each after its figure)
        assert all(len(line) <= columns for line in lines), columns


@pytest.mark.parametrize("lang", ["id", "en"])
def test_calc_names_each_missing_value_what_it_was_read_as_and_the_fix(lang: str) -> None:
    """`calc n/a n/a` said only "Capaian tidak dihitung: target belum diisi.": the realisasi, as
    missing, went unnamed, and nothing said what to write. Now each value read as missing ("n/a",
    "-", blank) says so beside it, the explanation names both, and the fix is a command to copy."""
    en = lang == "en"
    read = "read as: not filled in" if en else "dibaca: belum diisi"
    both = "the target and the realisasi are missing" if en else "target dan realisasi belum diisi"
    cmd = "lkj-tui calc 3,22 2,85" + (" --lang en" if en else "")
    done = run_cli("calc", "n/a", "n/a", "--lang", lang)
    assert done.returncode == 0, done.stderr
    rows = dict(line.split(" : ", 1) for line in done.stdout.splitlines())
    rows = {key.strip(): value for key, value in rows.items()}
    assert rows["Target"] == f"n/a ({read})"
    assert rows["Realisasi"].startswith(f"n/a ({read}") and "0)" in rows["Realisasi"]
    explanation = rows["Explanation" if en else "Penjelasan"]
    assert both in explanation and explanation.endswith(cmd), explanation
    for target, realisasi, gone in (("-", "3", "target"), ("3,22", "", "realisasi")):
        one = run_cli("calc", target, realisasi, "--lang", lang).stdout
        said = {k.strip(): v for k, v in (x.split(" : ", 1) for x in one.splitlines())}
        shown = target if gone == "target" else "“”"
        assert said[gone.capitalize()].startswith(f"{shown} ({read}"), one
        assert both not in one and one.rstrip().endswith(cmd), one
    typed = run_cli("calc", "3,22", "2,85", "--lang", lang).stdout  # (a value read: as before)
    assert read not in typed and cmd not in typed


@pytest.mark.skipif(not hasattr(__import__("os"), "openpty"), reason="a pseudo-terminal")
@pytest.mark.parametrize("lang", ["id", "en"])
def test_calc_prints_its_fix_command_whole_at_40_columns(lang: str) -> None:
    """On a 40-column terminal the command to copy stands whole on its own line."""
    from tests.test_narrow_terminal import _on_a_terminal

    code, shown = _on_a_terminal(["calc", "n/a", "-", "--lang", lang], 40, "cp1252")
    assert code == 0, shown
    shown = re.sub(r"\x1b\[[0-9;]*m", "", shown)  # (bold labels)
    cmd = "lkj-tui calc 3,22 2,85" + (" --lang en" if lang == "en" else "")
    assert cmd in [line.strip() for line in shown.splitlines()], shown
    assert all(len(line) <= 40 for line in shown.splitlines()), shown


_UNMEASURED = """level;kode;uraian;satuan;target;realisasi
sasaran;S1;Meningkatnya pengawasan;;;
iku;IKU 1;Jumlah temuan BPK;Temuan;0 Temuan;Tidak ada temuan
iku;IKU 2;Persentase layanan;%;90;95
kegiatan;;Pembinaan Arsip;;;
indikator_kegiatan;;Jumlah kegiatan;Kegiatan;10 Kegiatan;8 Laporan
"""


@pytest.mark.parametrize("lang", ["id", "en"])
def test_check_names_an_indicator_whose_capaian_is_not_measurable(
    tmp_path: Path, lang: str
) -> None:
    """A kabupaten's IKU "0 Temuan" against "Tidak ada temuan" (text): `status` said "tidak
    terukur", the average left it out, and `check` said nothing of it (49 IKU and 218 indikator
    kegiatan in 40 reports of the bench store). Now `not-measurable` names why, as `calc` does,
    and what to write: an IKU's an error, an indikator kegiatan's a warning; id and en, --json."""
    from tests.conftest import csv_store

    store = csv_store(tmp_path, "rows.csv", _UNMEASURED, "Inspektorat X")
    done = run_cli("check", "--lang", lang, store=store, env={"COLUMNS": "80"})
    said = " ".join(done.stdout.split())
    title = "Capaian not measurable" if lang == "en" else "Capaian tidak terukur"
    why = (
        "Target “0 Temuan” (number) and realisasi “Tidak ada temuan” (text) cannot be compared."
        if lang == "en"
        else "Target “0 Temuan” (angka) dan realisasi “Tidak ada temuan” (teks) tidak dapat "
        "dibandingkan."
    )
    fix = "Write the target and realisasi in one form" if lang == "en" else "Tulis target dan"
    assert f"✗ {title} · IKU 1 Jumlah temuan BPK — {why} {fix}" in said, said
    assert f"! {title} · Jumlah kegiatan" in said, said  # (the kegiatan's units differ)
    assert "IKU 2" not in said.split(title)[-1], said  # (a capaian: none)
    import json

    data = json.loads(run_cli("check", "--json", "--lang", lang, store=store).stdout)
    found = [f for f in data["findings"] if f["check"] == "not-measurable"]
    assert [(f["code"], f["severity"]) for f in found] == [("IKU 1", "error"), ("", "warning")]
    assert [f["figures"]["reason"] for f in found] == ["incomparable", "unit_mismatch"]


_PRINTED = """level;kode;uraian;satuan;target;realisasi;capaian
sasaran;S1;Meningkatnya pelayanan;;;;
iku;IKU 1;Jumlah desa terlayani;Desa;24 Desa;;78,76
"""


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_printed_capaian_without_ours_says_why_after_a_colon(tmp_path: Path, lang: str) -> None:
    """A kabupaten's IKU 10 prints capaian 78,76 with no realisasi: `check` said "… mencetak
    capaian 78,76, tetapi capaian tidak dapat dihitung (realisasi belum diisi (kosong bukan
    0))." — a bracket in a bracket, and the figure without the "%" every other printed capaian
    has. Now the reason follows a colon and the figure reads "78,76 %"; id and en. (vals27:
    said in the one finding of the empty realisasi, which is why it cannot be checked.)"""
    from tests.conftest import csv_store

    store = csv_store(tmp_path, "rows.csv", _PRINTED, "Dinas Y")
    said = " ".join(run_cli("check", "--lang", lang, store=store).stdout.split())
    if lang == "en":
        wanted = (
            "no capaian (empty is not 0). Imported file prints capaian 78,76 %: the printed "
            "figure cannot be checked until the realisasi is filled in."
        )
    else:
        wanted = (
            "capaian tidak terukur (kosong bukan 0). Berkas impor mencetak capaian 78,76 %: "
            "angka tercetak itu tidak dapat diperiksa sebelum realisasi diisi."
        )
    assert wanted in said, said
    assert "))" not in said, said


@pytest.mark.parametrize("lang", ["id", "en"])
def test_check_says_where_each_findings_recommendation_is_and_json_carries_it(
    tmp_path: Path, lang: str
) -> None:
    """`check` listed each finding's condition but never what the OPD should do: the
    recommendation (rekomendasi) was only in the Catatan Hasil Reviu, which `check` did not
    name, and `--json` had the rule and source without it. Now the text ends with the command
    that writes it (whole, on its own line, at 40 columns too; a store with a space in its
    path quoted), which runs as printed; and each JSON finding has its ``recommendation``."""
    import json
    import shlex
    import shutil

    store = tmp_path / "my store"
    shutil.copytree(_bundled(tmp_path), store)
    en = lang == "en"
    rid = "bengkulu-selatan-setda-2023"
    for columns, chosen in ((40, []), (80, ["-r", rid])):
        env = {"COLUMNS": str(columns)}
        done = run_cli("check", *chosen, "--store", str(store), "--lang", lang, env=env)
        lines = done.stdout.rstrip("\n").splitlines()
        command = lines[-1]
        mine = f" -r {rid}" if chosen else ""  # (without -r export takes the latest, as check)
        options = f' --store "{store}"' + (" --lang en" if en else "")
        assert command == f"  lkj-tui export --reviu{mine}{options}", lines
        said = "criteria and recommendation" if en else "Kriteria dan rekomendasi"
        assert said in " ".join(lines[-4:-1]), lines[-4:]
    argv = shlex.split(command)
    paper = run_cli(*argv[1:])
    assert paper.returncode == 0, paper.stderr
    assert ("Recommendation (rekomendasi)" if en else "Rekomendasi") in paper.stdout
    assert argv[0] == "lkj-tui"
    data = json.loads(run_cli("check", "--json", "--store", str(store), "--lang", lang).stdout)
    first = data["findings"][0]
    assert first["check"] == "printed-average"
    assert first["recommendation"] == (
        "Correct the printed figure to the one computed from target and realisasi, or state the "
        "method used."
        if en
        else "Perbaiki angka yang tercetak agar sama dengan hasil hitung dari target dan "
        "realisasi, atau jelaskan cara hitung yang dipakai."
    )
    quiet = run_cli("check", "--severity", "kesalahan", "--store", str(store))
    assert "lkj-tui export --reviu" in quiet.stdout  # (errors shown: still said)


def _bundled(tmp_path: Path) -> Path:
    """A store holding the bundled report, made by the installed command."""
    root = tmp_path / "bundled"
    assert run_cli("init", store=root).returncode == 0
    return root


def _broken_codes(text: str) -> list[str]:
    """The lines of ``text`` that end in a kode's "IKU"/"IKL" whose number begins the next."""
    lines = text.splitlines()
    return [
        f"{a} / {b}"
        for a, b in pairwise(lines)
        if re.search(r"\bIK[UL]$", a) and re.match(r"\s*\d", b)
    ]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_check_never_breaks_a_kode_between_its_words(
    store_path: Path, tmp_path: Path, lang: str
) -> None:
    """A kode broken between its words: "! Di bawah target tanpa solusi · IKL" / "1 Persentase
    …" at 40 columns, "(IKU" / "11 › Peningkatan …" in a kabupaten's report at 80, "(IKU 1,
    IKU" / "2, …" in a count, read as "IKL" and a figure 1. The finding's kode, the kode above
    a row without one and a kode its message names now stay whole; id and en, 40–94 columns."""
    from tests.conftest import csv_store
    from tests.test_check_vals21 import _ROWS

    rows = _ROWS.replace("Pemeliharaan Arsip", "Pemeliharaan dan Penataan Arsip Daerah")
    shared = csv_store(tmp_path, "rows.csv", rows, "Dinas Kearsipan")
    for columns in range(40, 101, 6):
        env = {"COLUMNS": str(columns)}
        for store in (store_path, shared):
            done = run_cli("check", "--lang", lang, store=store, env=env)
            assert not _broken_codes(done.stdout), (columns, _broken_codes(done.stdout))
