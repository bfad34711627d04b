"""vals34: the auditor with messy values, continued (import CSV, set, status)."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import run_cli

_HEADER = "level,kode,induk,uraian,satuan,target,realisasi\nsasaran,S1,,Meningkatnya mutu,,,\n"
_ARGS = ("--instansi", "Dinas X", "--tahun", "2024")


def test_a_decimal_comma_split_in_a_row_that_fits_its_header_is_named(tmp_path: Path) -> None:
    """A row "iku,IKU 1,S1,Nilai,,3,22" fits a 7-column header because the realisasi after "3,22"
    was empty: it was read as target 3, realisasi 22 (733 %) without a word. A warning names
    the pair, the rows like it and the fix, id and en; the values are kept as read."""
    path = tmp_path / "lkj.csv"
    path.write_text(
        _HEADER + "iku,IKU 1,S1,Nilai,,3,22\niku,IKU 2,S1,Dua,,4,5\niku,IKU 3,S1,Tiga,,,\n",
        encoding="utf-8",
    )
    said = {
        "id": 'baris 3 (target) "3": dibaca target 3 dan realisasi 22 (juga baris 4): '
        "di berkas berpemisah koma",
        "en": 'row 3 (target) "3": read as target 3 and realisasi 22 (also row 4): '
        "in a comma-separated file",
    }
    for lang in ("id", "en"):
        done = run_cli("import", str(path), *_ARGS, "--lang", lang, store=tmp_path / lang)
        assert done.returncode == 0, done.stderr
        assert said[lang] in done.stderr and '("3,22")' in done.stderr, done.stderr
        assert (
            "(;)" in done.stderr and done.stderr.count("baris 4") + done.stderr.count("row 4") == 1
        )
    status = run_cli("status", "--json", store=tmp_path / "id").stdout
    assert '"realisasi": "22"' in status, status


def test_a_file_that_quotes_its_decimal_commas_or_uses_semicolons_gets_no_warning(
    tmp_path: Path,
) -> None:
    """Whole numbers beside a quoted "87,5" are two numbers (the file quotes its decimals), and
    a ';' file cannot split a decimal comma: neither is warned of."""
    quoted = tmp_path / "quoted.csv"
    quoted.write_text(_HEADER + 'iku,IKU 1,S1,Nilai,,3,22\niku,IKU 2,S1,Dua,%,"87,5",90\n')
    semi = tmp_path / "semi.csv"
    semi.write_text(_HEADER.replace(",", ";") + "iku;IKU 1;S1;Nilai;;3;22\n")
    for i, path in enumerate((quoted, semi)):
        done = run_cli("import", str(path), *_ARGS, store=tmp_path / f"s{i}")
        assert done.returncode == 0 and "berpemisah koma" not in done.stderr, done.stderr


def test_set_refuses_a_capaian_beyond_reach_whether_or_not_there_was_one(tmp_path: Path) -> None:
    """A 151-digit realisasi was refused over a realisasi 2,85 but saved over an empty one: both
    are refused with the engine's reason. An empty realisasi says its reason in one bracket."""
    store = tmp_path / "s"
    run_cli("init", store=store)
    huge = "1" + "0" * 150
    cleared = run_cli("set", "IKU 1", "realisasi", "", store=store)
    assert cleared.returncode == 0, cleared.stderr
    assert "Capaian: — · realisasi belum diisi (kosong bukan 0)\n" in cleared.stdout
    for lang, said in (("id", "hasil lebih dari 10^12 %"), ("en", "exceeds 10^12 %")):
        done = run_cli("set", "IKU 1", "realisasi", huge, "--lang", lang, store=store)
        assert done.returncode == 2 and said in done.stderr, done.stderr
    status = run_cli("status", "--json", store=store).stdout
    assert huge not in status


def test_the_ascii_under_target_mark_stays_with_its_capaian(tmp_path: Path) -> None:
    """On a non-UTF-8 pipe "▼" is written "v": a note's "→ n/a (tidak tercapai) v" kept its
    "▼" on the line but let "v" start the next line ("v / Minimal 3,226 …")."""
    store = tmp_path / "s"
    run_cli("init", store=store)
    run_cli("set", "IKU 1", "realisasi", "-2,5", store=store)
    env = {"COLUMNS": "80", "PYTHONIOENCODING": "cp1252"}
    for lang in ("id", "en"):
        out = run_cli("status", "--lang", lang, store=store, env=env).stdout
        assert "(IKU)) -> n/a" in out, out
        lines = [line.strip() for line in out.splitlines()]
        assert not any(line == "v" or line.startswith("v /") for line in lines), out
