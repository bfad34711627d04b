"""cli68: the command line as a new user finds it — a store folder that cannot be written found
by trying to write there (``os.access`` calls every folder writable on Windows); every count
grouped as ``status`` and the TUI group it (the Markdown export said "(1442)"), ..."""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

import pytest

from tests.conftest import BUNDLED_REPORT_ID, NEXT_YEAR_ID, next_year_store, run_cli
from tests.test_cli67 import needs_permissions, said_emptied_read_only
from tests.test_grouped_counts import RID, _store_with_many_under

#: ``lkj-tui`` with ``os.access`` saying what it says on Windows: every folder is writable
_AS_ON_WINDOWS = (
    "import os, sys; os.access = lambda *a, **k: True; sys.argv[0] = 'lkj-tui'; "
    "from lkj_tui.cli.entry import main; main()"
)


@needs_permissions
def test_an_emptied_store_that_cannot_be_written_is_found_by_trying(tmp_path: Path) -> None:
    """A store whose reports were deleted, in a folder the user may not write, where the system
    calls every folder writable (``os.access`` on Windows): ``status``, ``check`` and ``info``
    said "import your report … or lkj-tui init --store DIR", two commands that cannot write there.
    The folder is tried (a temp file, removed): the refusal and its reason are said."""
    said_emptied_read_only(tmp_path, program=(sys.executable, "-c", _AS_ON_WINDOWS))


def test_trying_a_writable_emptied_store_leaves_nothing_behind(tmp_path: Path) -> None:
    """The try leaves no file in a store the user may write, and the store's own hint stands."""
    folder = tmp_path / "dikosongkan"
    folder.mkdir()
    (folder / "lama-2023.json.lock").touch()
    done = run_cli("status", "--store", str(folder), "--lang", "en")
    said = " ".join(done.stderr.split())
    assert done.returncode == 1, done.stderr
    assert "cannot be written" not in said and "import" in said, said
    assert os.listdir(folder) == ["lama-2023.json.lock"]


@pytest.fixture(scope="module")
def many_under(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A report with 1,200 more program measures under target (and 1,000+ findings each level)."""
    return _store_with_many_under(tmp_path_factory.mktemp("many"), 1200)


def _counts(text: str) -> set[str]:
    """Every figure of four digits or more written whole, ungrouped ("1208"): not a year, a
    finding's number ("1208\\."), a node id ("under-1208", "simpul 581c1133")."""
    found = re.findall(r"(?<![\w.,-])\d{4,}(?![\w.,\\])", text)
    return {n for n in found if not 1900 < int(n) < 2100}


@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_count_is_grouped_as_status_groups_it(many_under: Path, lang: str) -> None:
    """The Markdown export said "Di bawah target (1208)", ``check`` "Kesalahan (1223)" and
    "1223 kesalahan", the reviu export "| Kesalahan | 1223 |", while ``status`` and the TUI
    say "1.208"; English ``status`` said "… and 1.108 more" with the Indonesian mark."""
    mark = "." if lang == "id" else ","
    group = re.compile(rf"\d{{1,3}}\{mark}\d{{3}}")
    said = {
        "export": run_cli("--lang", lang, "export", "-r", RID, "-o", "-", store=many_under),
        "reviu": run_cli(
            "--lang", lang, "export", "--reviu", "-r", RID, "-o", "-", store=many_under
        ),
        "check": run_cli("--lang", lang, "check", "-r", RID, store=many_under),
        "status": run_cli("--lang", lang, "status", "-r", RID, store=many_under),
    }
    for command, done in said.items():
        assert done.returncode in (0, 1), (command, done.stderr)
        assert not _counts(done.stdout), (command, _counts(done.stdout))
    heads = {
        "id": ("### Di bawah target (", "| Kesalahan | ", "Kesalahan (", " kesalahan · ", "dan "),
        "en": ("### Under target (", "| Errors | ", "Errors (", " errors · ", "and "),
    }[lang]
    for (command, head), text in zip(
        [("export", heads[0]), ("reviu", heads[1]), ("check", heads[2])],
        [said["export"].stdout, said["reviu"].stdout, said["check"].stdout],
        strict=True,
    ):
        after = text.split(head, 1)[1]
        assert group.match(after), (command, after[:20])
    summary = next(line for line in said["check"].stdout.splitlines() if heads[3] in line)
    assert group.match(summary), summary
    more = said["status"].stdout.split(f" … {heads[4]}", 1)[1]
    assert group.match(more), more[:20]


def test_the_roll_up_of_one_report_says_one_report(store_path: Path) -> None:
    """``export --all`` of a store of one report said "For a region-wide evaluation meeting:
    1 reports" in English."""
    done = run_cli("export", "--all", "-o", "-", "--lang", "en", store=store_path)
    assert done.returncode == 0, done.stderr
    assert "meeting: 1 report, worst first" in done.stdout, done.stdout[:400]


@pytest.mark.parametrize(("lang", "file"), [("id", "templat.xlsx"), ("en", "template.xlsx")])
def test_template_given_a_store_shows_the_import_in_the_language_asked(
    lang: str, file: str
) -> None:
    """``template --store X --lang en`` showed "lkj-tui import templat.xlsx --store X" — the
    Indonesian file name, and without the ``--lang en`` every other English command carries."""
    done = run_cli("template", "--store", "x", "--lang", lang)
    assert done.returncode == 2, done.stderr
    tail = " --lang en" if lang == "en" else ""
    assert done.stderr.rstrip().endswith(f"lkj-tui import {file} --store x{tail}"), done.stderr


@pytest.mark.parametrize(
    ("args", "lang", "shown"),
    [
        (["--json"], "en", "lkj-tui export -f json -o report.json --store S --lang en"),
        (
            ["--xlsx", "-o", "Rekap LKj.xlsx"],
            "id",
            'lkj-tui export -f xlsx -o "Rekap LKj.xlsx" --store S',
        ),
        (["--csv", "-o", "notulen.md"], "id", "lkj-tui export -f csv -o laporan.csv --store S"),
    ],
)
def test_export_given_a_format_as_an_option_shows_its_f(
    args: list[str], lang: str, shown: str
) -> None:
    """``export --json`` (the option every other command takes for scripts) said "No such
    option: --json" and nothing of ``-f json``; now the command that writes it."""
    done = run_cli("export", *args, "--store", "S", "--lang", lang)
    assert done.returncode == 2 and done.stdout == "", done.stderr
    last = done.stderr.splitlines()[-1]
    assert last.endswith(shown), last
    assert args[0] in last, last


@pytest.mark.parametrize(
    ("lang", "said"),
    [("id", "(penyimpanan ini tidak berisi laporan)"), ("en", "(the store holds no report)")],
)
def test_a_report_named_in_a_store_of_none_says_the_store_holds_none(
    tmp_path: Path, lang: str, said: str
) -> None:
    """``new --from x`` in a store whose reports were deleted said "no report 'x' in the store
    … (reports that exist: —)"."""
    folder = tmp_path / "dikosongkan"
    folder.mkdir()
    (folder / "lama-2023.json.lock").touch()
    for args in (["new", "--from", "x"], ["restore", "x"]):
        done = run_cli(*args, "--store", str(folder), "--lang", lang)
        flat = " ".join(done.stderr.split())
        assert done.returncode == 2 and flat.endswith(said), (args, flat)
        assert "—" not in flat, flat


def test_compare_help_names_the_column_compare_shows() -> None:
    """``compare --help --lang en`` said "target, realisasi, achievement, change" of a table whose
    column is "Capaian" (docs/glossary.md: years side by side keep the report's word)."""
    done = run_cli("compare", "--help", "--lang", "en")
    flat = " ".join(done.stdout.split())
    assert done.returncode == 0 and "target, realisasi, capaian, change" in flat, flat
    assert "achievement" not in flat, flat


#: an empty log of IKU 1 of the report {id}, and the words before another report's command
_EMPTY_LOG = {
    "id": (
        "Belum ada perubahan yang disimpan pada IKU 1 di laporan {id}: riwayat dimulai pada "
        "simpanan pertama di TUI atau dengan lkj-tui set, sesudah laporan dibuat atau diimpor.",
        "Laporan lain: lkj-tui log",
    ),
    "en": (
        "No changes saved yet to IKU 1 in the report {id}: the history starts at the first save "
        "in the TUI or with lkj-tui set, after a report is made or imported.",
        "Another report: lkj-tui log",
    ),
}


@pytest.mark.parametrize("lang", ["id", "en"])
def test_an_empty_log_of_a_node_says_whose_history_it_is(tmp_path: Path, lang: str) -> None:
    """``set -r`` of last year's report, then ``log "IKU 1"``: the log of the latest report's
    IKU 1 said "Belum ada riwayat." ("no history yet"), as if the edit were lost. Now it names
    the node and the report, and how to ask for another report's."""
    empty, other = _EMPTY_LOG[lang]
    store = next_year_store(tmp_path / "s")
    done = run_cli("set", "-r", BUNDLED_REPORT_ID, "IKU 1", "realisasi", "2,9", store=store)
    assert done.returncode == 0, done.stderr
    done = run_cli("log", "IKU 1", "--lang", lang, store=store)
    assert done.returncode == 0, done.stderr
    line = done.stdout.strip()
    assert line.startswith(empty.format(id=NEXT_YEAR_ID)), line
    tail = " --lang en" if lang == "en" else ""  # (the store from $LKJ_TUI_STORE: not typed)
    assert line.endswith(f'{other} "IKU 1" -r ID{tail}'), line
    done = run_cli("log", "IKU 1", "-r", BUNDLED_REPORT_ID, "--lang", lang, store=store)
    assert "2,85 → 2,9" in done.stdout, done.stdout
    done = run_cli("log", "IKU 1", "-r", NEXT_YEAR_ID, "--lang", lang, store=store)
    assert done.stdout.strip() == empty.format(id=NEXT_YEAR_ID), done.stdout  # (asked: no hint)
    done = run_cli("log", "IKU 1", "--json", store=store)
    assert done.stdout == "[]\n", done.stdout


def test_new_beside_a_report_of_the_same_office_and_year_says_so(store_path: Path) -> None:
    """``new --instansi "Sekretariat Daerah …" --tahun 2023`` beside the bundled 2023 of that
    office made a second report of it, unsaid; another year, nothing is said."""
    instansi = "Sekretariat Daerah Kabupaten Bengkulu Selatan"
    done = run_cli(
        "new", "--instansi", instansi, "--tahun", "2023", "--lang", "en", store=store_path
    )
    flat = " ".join(done.stderr.split())
    assert done.returncode == 0, done.stderr
    assert (
        f"note: the store already holds a report of this instansi for 2023: {BUNDLED_REPORT_ID}"
        in flat
    ), flat
    done = run_cli("new", "--instansi", instansi, "--tahun", "2026", store=store_path)
    assert done.returncode == 0 and "catatan" not in done.stderr, done.stderr


def test_an_import_beside_a_report_of_the_same_office_and_year_says_so(
    tmp_path: Path, store_path: Path
) -> None:
    """The bundled report exported and imported again under another id: a second report of the
    office's 2023, said in a note after the import's lines; ``--dry-run`` writes none, says none."""
    document = tmp_path / "laporan.json"
    assert run_cli("export", "-f", "json", "-o", str(document), store=store_path).returncode == 0
    done = run_cli("import", str(document), "-r", "salinan-2023", store=store_path)
    assert done.returncode == 0, done.stderr
    flat = " ".join(done.stderr.split())
    said = f"catatan: penyimpanan ini sudah berisi laporan instansi ini tahun 2023: {BUNDLED_REPORT_ID}"
    assert said in flat, flat
    done = run_cli("import", str(document), "-r", "salinan2-2023", "--dry-run", store=store_path)
    assert done.returncode == 0 and "catatan" not in done.stderr, done.stderr
