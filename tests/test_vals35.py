"""vals35: the auditor with messy values (import's warnings, set's long values, check of an empty
report)."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import run_cli


def test_a_value_too_long_says_its_length_once(tmp_path: Path) -> None:
    """`set IKU 1 realisasi <401 digits>` quoted the value "(401 digit)" and then said "terlalu
    panjang (401 karakter, paling banyak 200)": the length is said once, with the value."""
    store = tmp_path / "s"
    run_cli("init", store=store)
    said = {
        "id": ("… (401 digit)", "terlalu panjang untuk sebuah nilai (paling banyak 200 karakter)"),
        "en": ("… (401 digits)", "too long for a value (at most 200 characters)"),
    }
    for lang, (length, reason) in said.items():
        done = run_cli("set", "IKU 1", "realisasi", "1" * 401, "--lang", lang, store=store)
        assert done.returncode == 2, done.stderr
        assert length in done.stderr and reason in done.stderr, done.stderr
        assert done.stderr.count("401") == 1, done.stderr


def test_set_says_the_true_length_of_a_long_value_it_shows_cut(tmp_path: Path) -> None:
    """A 401-character satuan was echoed "xxxx… (200 karakter)" (cut to 200 before it was
    measured), and a 1,999-character one too: each says its own length, piped at 80 columns and
    on the line's width."""
    store = tmp_path / "s"
    run_cli("init", store=store)
    env = {"COLUMNS": "80"}
    first = run_cli("set", "IKU 1", "satuan", "x" * 401, store=store, env=env)
    assert first.returncode == 0, first.stderr
    assert "… (401 karakter)\n" in first.stdout and "200 karakter" not in first.stdout
    second = run_cli("set", "IKU 1", "satuan", "x" * 1999, "--lang", "en", store=store, env=env)
    assert "… (401 characters) → x" in second.stdout, second.stdout
    assert "… (1,999 characters)\n" in second.stdout, second.stdout
    assert all(len(line) <= 80 for line in second.stdout.splitlines()), second.stdout


_HEADER = "level,kode,induk,uraian,satuan,target,realisasi\nsasaran,S1,,Meningkatnya mutu,,,\n"


def _split_decimals(tmp_path: Path, rows: int) -> Path:
    """A comma CSV whose ``rows`` IKU hold a whole target and a one-digit realisasi (each may be
    a decimal comma split in two cells: the warning names them), then an IKU without a target."""
    body = "".join(f"iku,IKU {n},S1,Nilai {n},,3,{n}\n" for n in range(1, rows + 1))
    path = tmp_path / "lkj.csv"
    path.write_text(_HEADER + body + f"iku,IKU {rows + 1},S1,Tanpa target {'x' * 90},,,\n")
    return path


def test_imports_warnings_and_notes_are_folded_piped_as_checks_findings(tmp_path: Path) -> None:
    """Piped at COLUMNS=80, a warning of 300 characters was one line where `check` folds its
    findings: each warning and problem (stderr) and each note of what the report holds (an
    indicator without capaian, stdout) is broken at words under its indent, within the width;
    the commands it prints stay whole."""
    path = _split_decimals(tmp_path, 3)
    for lang, word in (("id", "peringatan: baris 3"), ("en", "warning: row 3")):
        done = run_cli(
            "import", str(path), "--instansi", "Dinas X", "--tahun", "2024", "--lang", lang,
            store=tmp_path / lang, env={"COLUMNS": "80"},
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        err = done.stderr.splitlines()
        assert err[0].startswith(word) and len(err) >= 4, done.stderr
        assert all(len(line) <= 80 for line in err) and err[1].startswith("  "), done.stderr
        notes = [line for line in done.stdout.splitlines() if line.startswith("  ")]
        assert all(len(line) <= 80 for line in notes) and notes[-1].startswith("    "), notes
        assert "Summary: lkj-tui status --report dinas-x-2024" in done.stdout.replace(
            "Ringkasan", "Summary"
        )
    refused = run_cli("import", str(path), store=tmp_path / "r", env={"COLUMNS": "60"})
    assert refused.returncode == 2 and '--instansi "NAMA INSTANSI" --tahun TAHUN' in refused.stderr
    said = [line for line in refused.stderr.splitlines() if "lkj.csv" not in line]  # (a path whole)
    assert len(said) > 6 and all(len(line) <= 60 for line in said), refused.stderr


def test_a_warnings_row_list_says_how_many_more_and_in_all(tmp_path: Path) -> None:
    """ "(juga baris 4, 5, 6, 7, 8, …)" said neither how many more rows nor how many in all."""
    path = _split_decimals(tmp_path, 9)
    said = {
        "id": "(juga baris 4, 5, 6, 7, 8 dan 3 baris lain; 9 baris seluruhnya)",
        "en": "(also rows 4, 5, 6, 7, 8 and 3 more; 9 rows in all)",
    }
    for lang, words in said.items():
        done = run_cli(
            "import", str(path), "--instansi", "Dinas X", "--tahun", "2024", "--lang", lang,
            "--dry-run", store=tmp_path / "s", env={"COLUMNS": "400"},
        )  # fmt: skip
        assert words in done.stderr and "…" not in done.stderr, done.stderr
    few = _split_decimals(tmp_path, 3)
    done = run_cli("import", str(few), "--instansi", "X", "--tahun", "2024", "--dry-run")
    assert "(juga baris 4, 5)" in done.stderr, done.stderr


def test_check_of_an_empty_report_says_only_how_to_fill_it(tmp_path: Path) -> None:
    """`check` of a report made by `new` warned that no budget is given and printed coverage
    0/0 above the lines saying the report has no indicators yet: now its title and those lines
    alone, exit 0; `--json` and `export --reviu` list no finding either."""
    store = tmp_path / "s"
    run_cli("init", store=store)
    assert run_cli("new", "--instansi", "Dinas Uji", "--tahun", "2026", store=store).returncode == 0
    for lang, start in (("id", "Laporan ini belum"), ("en", "This report has no")):
        done = run_cli("check", "-r", "dinas-uji-2026", "--lang", lang, store=store)
        assert done.returncode == 0, done.stderr
        lines = done.stdout.splitlines()
        assert lines[0].endswith("LKj 2026 · Dinas Uji") and lines[1] == "", done.stdout
        assert lines[2].startswith(start) and len(lines) == 8, done.stdout
    data = run_cli("check", "-r", "dinas-uji-2026", "--json", store=store).stdout
    assert '"findings": []' in data, data
    reviu = run_cli("export", "--reviu", "-r", "dinas-uji-2026", store=store).stdout
    assert "Anggaran atau realisasinya" not in reviu, reviu


def test_set_on_a_report_without_nodes_names_the_way_to_the_others(tmp_path: Path) -> None:
    """Right after `new`, `set "IKU 2" target 3` went to the new, empty report and answered
    "sebutkan kode simpul (mis. 'IKU 1')": a kode it does not have either. It says the report
    has no nodes yet and how to name another one."""
    store = tmp_path / "s"
    run_cli("init", store=store)
    assert run_cli("new", "--instansi", "Dinas Uji", "--tahun", "2026", store=store).returncode == 0
    said = {
        "id": "simpul 'IKU 2' tidak ada: laporan dinas-uji-2026 belum berisi simpul; sebutkan "
        "laporan lain dengan -r ID, dari: lkj-tui status --all\n",
        "en": "node 'IKU 2' is not there: report dinas-uji-2026 has no nodes yet; name another "
        "report with -r ID, from: lkj-tui status --all --lang en\n",
    }
    for lang, words in said.items():
        done = run_cli("set", "IKU 2", "target", "3", "--lang", lang, store=store)
        assert done.returncode == 2 and done.stderr == f"lkj-tui: {words}", done.stderr


def test_a_fraction_is_answered_with_the_three_values_it_may_mean(tmp_path: Path) -> None:
    """ "3/4" (a CSV's cell, a value typed) was "tidak dikenali sebagai angka, persen, …": it
    names its result, its percent and, as a count, the realisasi and target to write."""
    said = {
        "id": "pecahan tidak dibaca sebagai nilai: tulis hasilnya (0,75) atau persennya (75 %), "
        "atau bila artinya 3 dari 4, realisasi 3 dengan target 4.",
        "en": "a fraction is not read as a value: write its result (0,75) or its percent (75 %), "
        "or, if it means 3 of 4, a realisasi of 3 with a target of 4.",
    }
    for lang, words in said.items():
        done = run_cli("calc", "4", "3/4", "--lang", lang, env={"COLUMNS": "400"})
        assert done.returncode == 2 and words in done.stderr, done.stderr
    path = tmp_path / "lkj.csv"
    path.write_text(_HEADER + "iku,IKU 1,S1,Dokumen,,4,1 / 3\n")
    done = run_cli(
        "import", str(path), "--instansi", "X", "--tahun", "2024", "--dry-run",
        store=tmp_path / "s", env={"COLUMNS": "400"},
    )  # fmt: skip
    assert done.returncode == 2, done.stderr
    assert '"1 / 3": pecahan tidak dibaca sebagai nilai: tulis hasilnya (0,33)' in done.stderr
