"""vals29: a long value is cut with its length the same way by every front end (the core's
``longvalue``): the Markdown export, the Catatan Hasil Reviu and the change log as ``check`` and
the TUI cut it; the store and ``--format json`` keep it whole."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import run_cli

_BIG = "9" * 200
_SAID = {"id": "(200 digit)", "en": "(200 digits)"}


def test_the_markdown_export_cuts_a_long_value_with_its_length(tmp_path: Path) -> None:
    """`export` printed a 200-digit target whole in its table and under its indicator, and
    `export --reviu` in each finding that quotes it: a cell of 200 digits in the minutes. Now
    each is its first digits, "…" and its length, at most a line of 80; the stored value and
    `--format json` are whole."""
    store = tmp_path / "s"
    assert run_cli("init", store=store).returncode == 0
    assert run_cli("set", "IKU 1", "target", _BIG, store=store).returncode == 0
    for extra, lang in ((["--changes"], "id"), (["--reviu"], "en"), (["--scope", "semua"], "en")):
        out = run_cli("export", *extra, "--lang", lang, store=store)
        assert out.returncode == 0, out.stderr
        assert "9" * 100 not in out.stdout, extra
        said = _SAID[lang]
        spans = [line for line in out.stdout.splitlines() if said in line]
        assert spans and all(f"9… {said}" in line for line in spans), (extra, out.stdout[:900])
        longest = max(len(run) for line in spans for run in line.split("…")[0].split(" "))
        assert 40 <= longest <= 80, spans
    assert _BIG in run_cli("export", "--format", "json", store=store).stdout
    assert _BIG in (store / "bengkulu-selatan-setda-2023.json").read_text(encoding="utf-8")


def test_one_rule_cuts_a_long_value_for_every_front_end() -> None:
    """The rule lives in the core: a number wider than the room is its first digits, "…" and
    its length within the room, the rest of the text as it was; a short one is untouched."""
    from lkj_tui.core.longvalue import NOTES_ROOM, clip_long, clip_value, long_runs

    text = f"target {_BIG}. lalu 3,22"
    cut = clip_long(text, 40, "id")
    assert cut.startswith("target 9") and cut.endswith("9… (200 digit). lalu 3,22"), cut
    assert len(cut.split(" ")[1]) + len(" (200 digit).") <= 40, cut
    ((start, end, said),) = long_runs(text, 40, "en")
    assert text[start:end] == _BIG and said.endswith("9… (200 digits)")
    assert clip_long("3,22 dan 1.234.567.890.123,45", NOTES_ROOM) == "3,22 dan 1.234.567.890.123,45"
    assert clip_value("x" * 300, 30, "en").endswith("x… (300 characters)")


def test_piped_set_and_calc_lines_fit_the_width_with_their_label(tmp_path: Path) -> None:
    """Piped, `set`'s "IKU 1 · Target: 3,22 → 9999… (200 digit)" was 101 characters at
    COLUMNS=80 and `calc`'s "Rumus : 2,85 / 88.888… (200 digit) × 100 = 0,00" 100: the value
    was cut to the width, its label and the words around it not counted. Now the line fits the
    width (still one line, to grep), the value cut to the room its words leave."""
    store = tmp_path / "s"
    assert run_cli("init", store=store).returncode == 0
    for columns in (40, 80):
        env = {"COLUMNS": str(columns)}
        for value in (_BIG, "3,22"):  # (the long value after "→", then before it)
            out = run_cli("set", "IKU 1", "target", value, store=store, env=env).stdout
            first = out.splitlines()[0]
            assert len(first) <= columns and "9… (200 digit)" in first, (columns, first)
        if columns == 80:  # ("→" written "->" on cp1252: measured so; 40 leaves too little)
            ascii = {**env, "PYTHONIOENCODING": "cp1252"}
            out = run_cli("set", "IKU 1", "target", _BIG, store=store, env=ascii).stdout
            first = out.splitlines()[0]
            assert len(first) <= columns and "9... (200 digit)" in first, first
        out = run_cli("calc", _BIG, "2,85", "--lang", "en", env=env).stdout
        lines = [x for x in out.splitlines() if x.startswith(("Target", "Formula"))]
        assert len(lines) == 2 and all(x.endswith(("9… (200 digits)", "= 0,00")) for x in lines)
        fit = lines if columns == 80 else lines[:1]  # (at 40 the formula's words take 36)
        assert all(len(x) <= columns for x in fit), (columns, lines)
        assert all("9… (200 digits)" in x for x in lines), lines


def test_compare_cuts_a_long_target_with_its_length(tmp_path: Path) -> None:
    """`compare` showed a 200-digit target over ten lines of its cell (120 digits, then "…"):
    now "99999999999… (200 digit)" as check, the TUI and the export say it; --json is whole."""
    store = tmp_path / "s"
    assert run_cli("init", store=store).returncode == 0
    assert run_cli("new", "--from", "bengkulu-selatan-setda-2023", store=store).returncode == 0
    old = ["-r", "bengkulu-selatan-setda-2023"]
    assert run_cli("set", *old, "IKU 1", "target", _BIG, store=store).returncode == 0
    out = run_cli("compare", store=store, env={"COLUMNS": "80"}).stdout
    assert "9… " in out and "(200 digit)" in out and "9" * 20 not in out, out
    assert _BIG in run_cli("compare", "--json", store=store).stdout


def test_set_says_a_fraction_typed_for_a_percent_indicator(tmp_path: Path) -> None:
    """`set "IKU 5" realisasi 0,8707` (IKU 5 in "%", target 87,07) printed a capaian of 1,00 %
    and nothing else, which `check` then calls an error ("Persen dibandingkan dengan pecahan").
    Now its doubt is printed as for "0,8707" against "87,07 %"; a realisasi in percent is not."""
    store = tmp_path / "s"
    assert run_cli("init", store=store).returncode == 0
    out = run_cli("set", "IKU 5", "realisasi", "0,8707", store=store).stdout
    assert "Perhatikan: 0,8707 mungkin pecahan dari 87,07 %" in out, out
    out = run_cli("set", "IKU 5", "realisasi", "0,9", "--lang", "en", store=store).stdout
    assert "Check: 0,9 may be a fraction of 90 %" in out, out
    out = run_cli("set", "IKU 5", "realisasi", "86,5", store=store).stdout
    assert "pecahan" not in out and "Perhatikan" not in out, out
