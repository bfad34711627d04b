"""The commands in a meeting at 80 columns and narrower (a reviewer's laptop, a split window), in
Bahasa Indonesia and English, through the installed ``lkj-tui``: long names cut after a whole word,
``info``'s report lines wrapped, the listings of ``status --all``/``check --all`` at 40–64 columns."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
import typer
from rich.cells import cell_len

from lkj_tui.cli.main import app
from lkj_tui.storage.store import Store
from tests.conftest import run_cli

#: A sasaran's name as long as a kabupaten's: cut at 80 characters it falls inside "serta".
LONG_NAME = (
    "Meningkatnya Kualitas Tata Kelola Pemerintahan Daerah yang Efektif, Efisien serta "
    "Akuntabel di Kabupaten Bengkulu Selatan"
)


def _cut_after_a_word(shown: str, limit: int) -> None:
    """``shown`` is LONG_NAME's start cut after a whole word with "…", at most ``limit`` long."""
    assert shown.endswith("…") and len(shown) <= limit, shown
    kept = shown[:-1]
    assert LONG_NAME.startswith(kept), shown
    assert LONG_NAME[len(kept)] in " ,", shown  # the next character ends a word


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_long_name_is_cut_after_a_whole_word_in_set_and_the_minutes(
    store_path: Path, lang: str
) -> None:
    """set's message and export --changes named a node without a code by its name cut at 80
    characters mid-word ("… Efektif, Efisien ser…"); now after its last whole word."""
    rid = "bengkulu-selatan-setda-2023"
    store = Store(store_path)
    sasaran = next(n for n in store.load(rid).report.walk() if n.kind == "sasaran")
    args = ("--store", str(store_path), "--lang", lang)
    assert run_cli("set", sasaran.id, "name", LONG_NAME, *args).returncode == 0
    done = run_cli("set", sasaran.id, "code", "", *args)
    assert done.returncode == 0, done.stderr
    shown = done.stdout.splitlines()[0].split(" · ")[0]
    _cut_after_a_word(shown, 60)
    minutes = run_cli("export", "--changes", *args)
    assert minutes.returncode == 0, minutes.stderr
    rows = [line for line in minutes.stdout.splitlines() if line.startswith("| ")]
    cell = rows[-1].split(" | ")[1]  # the node of the last change: its code emptied
    _cut_after_a_word(cell, 80)
    assert "ser…" not in minutes.stdout


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_log_cuts_a_long_name_after_a_whole_word(tmp_path: Path) -> None:
    """``lkj-tui log`` cut a node's name at 40 characters mid-word ("… Kelola Pemer"); now
    after its last whole word with "…"."""
    home = tmp_path / "home"
    home.mkdir()
    (home / ".gitconfig").write_text("[user]\n\tname = Test\n\temail = test@example.org\n")
    remote = tmp_path / "remote.git"
    subprocess.run(["git", "init", "-q", "--bare", str(remote)], check=True)
    env = {
        "HOME": str(home),
        "GIT_CONFIG_NOSYSTEM": "1",
        "LKJ_TUI_AUTHOR": "Rina <rina@example.org>",
        "LKJ_TUI_HISTORY": "wait",
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
    }
    root = tmp_path / "pusat"
    args = ("--store", str(root))
    assert run_cli("init", *args, env=env).returncode == 0  # (the bundled report: share41)
    assert run_cli("sync", "--init", str(remote), *args, env=env).returncode == 0
    sasaran = next(
        n
        for n in Store(root).load("bengkulu-selatan-setda-2023").report.walk()
        if n.kind == "sasaran"
    )
    assert run_cli("set", sasaran.id, "code", "", *args, env=env).returncode == 0
    assert run_cli("set", sasaran.id, "name", LONG_NAME, *args, env=env).returncode == 0
    for lang in ("id", "en"):
        out = run_cli("log", *args, "--lang", lang, env=env)
        assert out.returncode == 0, out.stderr
        first = out.stdout.splitlines()[0]
        shown = first.split("  ")[2].split(" · ")[0]
        _cut_after_a_word(shown, 40)


#: A kabupaten's OPD: its id and its name together do not fit 80 columns.
OPD = "Dinas Pemberdayaan Masyarakat dan Desa Kabupaten Bengkulu Selatan"
OPD_ID = "bengkulu-selatan-dinas-pemberdayaan-masyarakat-dan-desa-{year}"


def _kabupaten_store(tmp_path: Path, years: tuple[int, ...] = (2023, 2024)) -> Path:
    from lkj_tui.core.model import Report
    from tests.test_reviu import _doc

    store = Store(tmp_path / "kab")
    for year in years:
        meta = {"id": OPD_ID.format(year=year), "instansi": OPD, "tahun": year}
        store.import_report(Report.from_document(_doc(report=meta)))
    return store.root


def _cells(line: str) -> int:
    return cell_len(line)


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("columns", [40, 64, 80])
def test_info_wraps_its_report_lines_at_the_terminals_width(
    tmp_path: Path, lang: str, columns: int
) -> None:
    """``info`` wrote each report as one line of 120 characters and more ("  bengkulu-…-2024 ·
    2024 · Dinas … Selatan · rev. 1"), which the terminal broke anywhere. Now a line that does not
    fit gives the id a line of its own, whole, and the year, instansi and revision the lines
    under it, broken at words; every line of words fits the terminal."""
    root = _kabupaten_store(tmp_path)
    out = run_cli("info", "--store", str(root), "--lang", lang, env={"COLUMNS": str(columns)})
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    header = "Reports (2):" if lang == "en" else "Laporan (2):"
    body = lines[lines.index(header) + 1 :]
    for year in (2023, 2024):
        at = body.index(f"  {OPD_ID.format(year=year)}")
        under = []
        for line in body[at + 1 :]:
            if not line.startswith("    "):
                break
            under.append(line.strip())
        assert " ".join(under) == f"{year} · {OPD} · rev. 1", out.stdout
    for line in lines:  # only a path, or an id wider than the terminal, may be wider
        assert (
            _cells(line) <= columns
            or " " not in line.strip()
            or line.startswith(("Penyimpanan: ", "Store: "))
        ), out.stdout
    # wide enough, a report is one line as before
    wide = run_cli("info", "--store", str(root), "--lang", lang, env={"COLUMNS": "200"})
    assert f"  {OPD_ID.format(year=2024)} · 2024 · {OPD} · rev. 1" in wide.stdout.splitlines()


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("columns", [40, 50, 60])
@pytest.mark.parametrize("command", ["status", "check"])
def test_listings_at_40_to_64_columns_are_cards_with_whole_ids(
    tmp_path: Path, command: str, columns: int, lang: str
) -> None:
    """Below about 64 columns ``status --all`` and ``check --all`` folded a kabupaten's report id
    over two lines ("…-masyarakat-dan-de" / "sa-2024", which no one can type again) and gave the
    Instansi 12 cells, a word a line. Now each report is a card: the Instansi broken at words over
    the width, its figures in words under it, its id whole on its own line."""
    root = _kabupaten_store(tmp_path)
    out = run_cli(command, "--all", "--lang", lang, store=root, env={"COLUMNS": str(columns)})
    lines = out.stdout.splitlines()
    ids = [OPD_ID.format(year=year) for year in (2023, 2024)]
    for rid in ids:
        assert f"  {rid}" in lines, out.stdout  # whole, on a line of its own
    for line in lines:
        assert _cells(line) <= columns or line.strip() in ids, out.stdout
    if command == "check" or columns == 60:  # (its few small columns leave the Instansi room;
        # no year's column under the year's heading, years18: at 40 too; status's at 60 with its
        # figures' headers over two lines, years41: the Instansi has 34 cells)
        assert any(line.strip() in ("Report", "Laporan") for line in lines), out.stdout
        return
    assert not any(line.strip() in ("Report", "Laporan") for line in lines)  # no column header
    cards: list[tuple[str, list[str]]] = []  # (the year heading it is under, its lines)
    # (the title, then each year's heading and cards (years16); check's totals after them)
    heading = re.compile(r"(?:Tahun |Year )?(20\d\d) \(1 (laporan|report)\)")
    first = next(n for n, line in enumerate(lines) if heading.fullmatch(line))
    under_year = ""
    for line in lines[first:]:
        if line.startswith(("2 ", "Jumlah", "Total")):
            break
        if m := heading.fullmatch(line):
            under_year = m.group(1)
            continue
        if not line:
            continue
        if not line.startswith("  ") and (not cards or cards[-1][1][-1].startswith("  ")):
            cards.append((under_year, []))
        cards[-1][1].append(line)
    assert len(cards) == 2, out.stdout
    for under_year, card in cards:
        name = " ".join(line for line in card if not line.startswith("  "))
        figures = " ".join(line.strip() for line in card[:-1] if line.startswith("  "))
        # (years39: the government the instansi names is said once, in the title)
        assert name == OPD.removesuffix(" Kabupaten Bengkulu Selatan"), out.stdout
        year = card[-1][-4:]
        assert card[-1] == f"  {OPD_ID.format(year=year)}", out.stdout
        # under its year's heading, a card does not repeat the year (yoy16)
        assert year == under_year and not figures.startswith(f"{year} "), out.stdout
        if command == "status":
            under = "under target" if lang == "en" else "di bawah target"
            assert f"IKU · 0 {under}" in figures, out.stdout
        else:
            words = ("error", "warning", "note") if lang == "en" else ("kesalahan",)
            assert all(f" {w}" in figures for w in words), out.stdout


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_list_of_commands_reads_whole_at_80_columns(lang: str) -> None:
    """``lkj-tui --help`` at 80 columns cut most commands' help mid-sentence ("Tulis templat
    Excel kosong (lembar Data, Laporan dan...", "Write the empty Excel template (Data, Laporan
    and Petunjuk..."), and its Indonesian help held a sentence in English. Now each command is
    said in a line of its own words, whole; the Indonesian help points to --lang en."""
    done = run_cli("--help", "--lang", lang, env={"COLUMNS": "80"})
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    heading = "Commands:" if lang == "en" else "Perintah:"
    listed = lines[lines.index(heading) + 1 :]
    listed = listed[: listed.index("")]
    group = typer.main.get_command(app)
    shown = group.list_commands(typer.Context(group))  # type: ignore[attr-defined]
    assert [line.split()[0] for line in listed] == shown, done.stdout  # one line each
    assert not any(line.rstrip().endswith(("...", "…")) for line in listed), done.stdout
    assert all(line.rstrip().endswith((".", ")")) for line in listed), done.stdout
    assert all(len(line) <= 80 for line in lines)
    if lang == "id":
        assert "Review Indonesian" not in done.stdout and "English: --lang en." in done.stdout
    # a command's own help still says it in full
    assert "(exit 1 when there is an error)" in run_cli("check", "-h", "--lang", "en").stdout


def _on_a_terminal(args: list[str], columns: int, encoding: str = "utf-8") -> tuple[int, str]:
    """The installed command on a pseudo-terminal ``columns`` wide (stdout and stderr): its exit
    status and what it wrote there; ``encoding``: the console's (cp1252: an old Windows one)."""
    import os

    from reliability.pty_capture import run_in_pty
    from tests.conftest import LKJ_TUI

    env = {k: v for k, v in os.environ.items() if not k.startswith("LKJ_TUI")}
    env |= {"COLUMNS": str(columns), "NO_COLOR": "1"}
    if encoding != "utf-8":
        env["PYTHONIOENCODING"] = encoding
    done = run_in_pty([str(LKJ_TUI), *args], env=env, size=(columns, 24))
    return done.returncode, done.output.decode(encoding, "replace").replace("\r\n", "\n")


@pytest.mark.skipif(not hasattr(__import__("os"), "openpty"), reason="a pseudo-terminal")
@pytest.mark.parametrize("lang", ["id", "en"])
def test_an_error_on_a_terminal_breaks_at_words_and_names_few_ids(
    tmp_path: Path, lang: str
) -> None:
    """A mistyped report id in a kabupaten's store: the error named all its ids (13,000
    characters for 200 reports) on one line, which an 80-column terminal broke mid-word. Now it
    names the closest ids and how to list them all, and on a terminal it is broken at words under
    "lkj-tui: " (an id whole); to a pipe it stays one line."""
    root = _kabupaten_store(tmp_path, years=(2019, 2020, 2021, 2022, 2023, 2024))
    typo = "bengkulu-selatan-dinas-pemberdayaan-masyarakat-dan-desaa-2024"
    args = ["status", "-r", typo, "--store", str(root), "--lang", lang]
    code, err = _on_a_terminal(args, 60)
    assert code == 2, err
    lines = err.rstrip("\n").split("\n")
    assert len(lines) > 2 and lines[0].startswith("lkj-tui: "), err
    for line in lines[1:]:  # (under it, but a word wider than the room there: at column 0, cli30)
        assert line.startswith(" " * 9) or (" " not in line and cell_len(line) > 51), err
    # wider only by a word that is wider itself (a path, an id: never cut), after "lkj-tui:"
    for line in lines:
        assert cell_len(line) <= 60 or max(map(cell_len, line.split())) > 40, err
    from tests.test_cli37 import _joined

    # (an id or a path wider than the room under "lkj-tui: " broken after a "-" or a "/", cli37)
    words = " ".join(word for word in _joined(lines).split() if word != "\\")
    piped = run_cli(*args)
    assert piped.returncode == 2 and piped.stderr.count("\n") == 1, piped.stderr
    assert words == " ".join(piped.stderr.split()), err  # the same words (the " \\" of a fold)
    assert OPD_ID.format(year=2024) in words.split(", ")[0] + " "  # the closest first
    assert OPD_ID.format(year=2019) not in words  # not every id: the few closest
    listing = "to list them: lkj-tui status --all" if lang == "en" else "daftarnya: lkj-tui"
    assert listing in words, err


@pytest.mark.parametrize("lang", ["id", "en"])
def test_restore_without_kept_versions_speaks_one_language(store_path: Path, lang: str) -> None:
    """restore --revision N of a revision not kept said "(revisi tersimpan: tidak ada / none)";
    then "(revisi tersimpan: tidak ada)" read oddly: now a sentence in one language."""
    rid = "bengkulu-selatan-setda-2023"
    done = run_cli("restore", rid, "--revision", "99", "--store", str(store_path), "--lang", lang)
    assert done.returncode == 2, done.stderr
    if lang == "en":
        assert "no version of the report" in done.stderr and "belum" not in done.stderr
    else:
        assert "belum ada versi laporan" in done.stderr and " no " not in done.stderr


@pytest.mark.parametrize("lang", ["id", "en"])
def test_set_says_what_to_type_for_a_node_it_does_not_find(store_path: Path, lang: str) -> None:
    """``set "Nilai LPPD" target 3`` (a node's name typed for its code) said only "simpul 'Nilai
    LPPD' tidak ada di laporan …", with no next step; now it names the code to use, and a node
    that is nowhere says where the codes are."""
    args = ("--store", str(store_path), "--lang", lang)
    by_name = run_cli("set", "Nilai LPPD", "target", "3", *args)
    assert by_name.returncode == 2 and "'IKU 1'" in by_name.stderr, by_name.stderr
    assert ("not its code" if lang == "en" else "bukan kodenya") in by_name.stderr
    nowhere = run_cli("set", "IKU 99", "target", "3", *args)
    assert nowhere.returncode == 2, nowhere.stderr
    assert "lkj-tui status" in nowhere.stderr and "'IKU 1'" in nowhere.stderr
    store = Store(store_path)
    assert store.load("bengkulu-selatan-setda-2023").revision == 1  # nothing written
