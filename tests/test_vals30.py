"""vals30: the auditor's messy values, continued: ``status``'s table says a long value's length
as every other front end does (core/longvalue.py)."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import run_cli

_BIG = "9" * 200
_SAID = {"id": "(200 digit)", "en": "(200 digits)"}


def test_status_says_a_long_target_s_length_in_its_cell(tmp_path: Path) -> None:
    """At 80 columns `status` showed a 200-digit target as "99999999999999…" in its cell, at 120
    as 46 nines and "…": no length, where set, calc, check, the TUI and the export say "(200
    digit)". Now the cell holds its first digits and its length, folded after its "…" where
    the column is narrow; the card at 60 columns alike; the stored value is whole."""
    store = tmp_path / "s"
    assert run_cli("init", store=store).returncode == 0
    assert run_cli("set", "IKU 2", "target", _BIG, store=store).returncode == 0
    for columns, lang in ((80, "id"), (120, "en"), (60, "id"), (80, "en")):
        out = run_cli("status", "--lang", lang, store=store, env={"COLUMNS": str(columns)})
        assert out.returncode == 0, out.stderr
        lines = out.stdout.splitlines()
        assert all(len(line) <= columns for line in lines), columns
        at = next(i for i, line in enumerate(lines) if "9999" in line)
        assert "9…" in lines[at], lines[at]
        said = " ".join(" ".join(lines[at : at + 2]).replace("│", " ").split())
        assert _SAID[lang] in said and "+" not in said, (columns, lines[at : at + 2])
    assert _BIG in run_cli("status", "--json", store=store).stdout


def test_set_says_what_check_finds_in_the_value_typed(tmp_path: Path) -> None:
    """`set "IKU 2" realisasi 1.234,5` against the target CC printed a capaian of 2.469,00 %
    with only "angka dibaca sebagai skor predikat", and `check` did not flag it either; `set
    "IKU 3" polaritas positif` on the band target "3 ± 1" printed nothing, and `check` then
    warned. Now `check` flags a score outside 0–100 (grade-score-range), and `set` prints each
    finding of the value typed in `check`'s own words (one rule), before `check` is run."""
    store = tmp_path / "s"
    assert run_cli("init", store=store).returncode == 0
    for lang, value in (("id", "1.234,5"), ("en", "-5")):
        out = run_cli("set", "IKU 2", "realisasi", value, "--lang", lang, store=store)
        assert out.returncode == 0, out.stderr
        said = f"Realisasi {value} " + (
            "is read as a grade's score, outside the 0–100 scale."
            if lang == "en"
            else "dibaca sebagai skor predikat, di luar skala 0–100."
        )
        assert f": {said}" in out.stdout, out.stdout
        found = run_cli("check", "--json", "--lang", lang, store=store).stdout
        assert '"grade-score-range"' in found and said in found, lang
    out = run_cli("set", "IKU 2", "realisasi", "86", store=store).stdout
    assert (
        "0–100" not in out
        and "grade-score-range" not in run_cli("check", "--json", store=store).stdout
    )
    out = run_cli("set", "IKU 3", "polaritas", "positif", store=store)
    band = "Target 3 ± 1 adalah rentang, polaritas positif: terbaik di dalam rentang berarti"
    assert f"Perhatikan: {band}" in out.stdout, out.stdout
    assert band in run_cli("check", store=store, env={"COLUMNS": "300"}).stdout
    out = run_cli("set", "IKU 3", "polaritas", "stabil", store=store).stdout
    assert "Perhatikan" not in out, out


def test_check_cuts_a_one_word_value_wider_than_its_line(tmp_path: Path) -> None:
    """A target of one 200-character word was folded over three lines of each finding quoting
    it at 80 columns (four findings: twelve lines of "aaaa"). Now `check` cuts it as `set` and
    `calc` do: its start, "…" and "(200 karakter)", kept on one line; --json keeps it whole."""
    store = tmp_path / "s"
    word = "Tercapai" + "a" * 192
    assert run_cli("init", store=store).returncode == 0
    for field, value in (("realisasi", ""), ("target", word), ("realisasi", word)):
        assert run_cli("set", "IKU 9", field, value, store=store).returncode == 0
    for lang, said in (("id", "(200 karakter)"), ("en", "(200 characters)")):
        out = run_cli("check", "--lang", lang, store=store, env={"COLUMNS": "80"}).stdout
        runs = [line for line in out.splitlines() if "aaaaaaaa" in line]
        assert len(runs) >= 3 and all(f"a… {said}" in line for line in runs), runs
        assert all(len(line) <= 80 for line in out.splitlines())
    assert word in run_cli("check", "--json", store=store).stdout
