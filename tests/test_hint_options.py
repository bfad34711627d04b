"""Every command a message prints carries the ``--store`` and ``--lang en`` the user typed
(cli22): typed as printed, it reaches the same store in the same language, never the default
store in Bahasa Indonesia. Through the installed ``lkj-tui``."""

from __future__ import annotations

import shlex
from pathlib import Path

import pytest

from tests.conftest import run_cli
from tests.test_narrow_terminal import _kabupaten_store

YEARS = (2019, 2020, 2021, 2022, 2023, 2024)  # more reports than a not-found error names


def _printed(text: str, start: str, end: str) -> list[str]:
    """The command that ``text`` prints from ``start`` (``lkj-tui status``) to ``end``, as words
    (quotes kept together, as a shell reads them)."""
    at = text.index(start)
    return shlex.split(text[at : text.index(end, at)])


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_report_not_found_lists_the_reports_of_the_store_typed(tmp_path: Path, lang: str) -> None:
    """ "laporan 'nope' tidak ada di penyimpanan /x (…; daftarnya: lkj-tui status --all)": typed
    as printed it listed the default store. Now it names the store typed (and --lang en), and
    the command it prints lists that store's reports; a store not typed is not named."""
    root = _kabupaten_store(tmp_path / "Data LKj", years=YEARS)  # (a path with a space)
    done = run_cli("status", "-r", "nope", "--store", str(root), "--lang", lang)
    assert done.returncode == 2
    # the command ends its line (cli27: no ")" copied with it)
    tail = " --lang en\n" if lang == "en" else "\n"
    assert f'lkj-tui status --all --store "{root}"{tail}' in done.stderr, done.stderr
    command = _printed(done.stderr, "lkj-tui status --all", "\n")
    listed = run_cli(*command[1:])
    assert listed.returncode == 0, listed.stderr
    assert "2024" in listed.stdout and ("Tahun" in listed.stdout) == (lang == "id")
    # a store from $LKJ_TUI_STORE (or the default folder) is not typed: no --store printed
    done = run_cli("status", "-r", "nope", "--lang", lang, store=root)
    assert f"lkj-tui status --all{tail}" in done.stderr, done.stderr


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_broken_report_names_the_restore_for_the_store_typed(
    store_path: Path, bundled_id: str, lang: str
) -> None:
    """A report file that cannot be read: "Pulihkan dari laporan bawaan: lkj-tui restore ID"
    restored it in the default store. Now the restore names the store typed, and typed as
    printed it restores the report."""
    (store_path / f"{bundled_id}.json").write_text("{", encoding="utf-8")
    done = run_cli("status", "--store", str(store_path), "--lang", lang)
    assert done.returncode == 1
    option = f" --store {store_path}" + (" --lang en" if lang == "en" else "")
    assert f"lkj-tui restore {bundled_id}{option}" in done.stderr, done.stderr
    command = shlex.split(done.stderr[done.stderr.index("lkj-tui restore") :])
    assert run_cli(*command[1:]).returncode == 0
    assert run_cli("status", "--store", str(store_path)).returncode == 0


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_commands_of_usage_refusals_name_the_store_typed(store_path: Path, lang: str) -> None:
    """``restore`` without an id, ``sync`` and ``log`` in a store not shared: each command they
    suggest names the store typed and, in English, --lang en."""
    option = f" --store {store_path}" + (" --lang en" if lang == "en" else "")
    typed = ("--store", str(store_path), "--lang", lang)
    restore = run_cli("restore", *typed)
    assert restore.returncode == 2
    assert f"lkj-tui restore --list{option}\n" in restore.stderr, restore.stderr
    sync = run_cli("sync", *typed)
    word = "REMOTE" if lang == "en" else "ALAMAT"
    assert sync.stderr.endswith(f": lkj-tui sync --init [{word}]{option}\n"), sync.stderr
    log = run_cli("log", *typed)
    assert f"lkj-tui sync --init [{word}]{option}" in log.stderr, log.stderr


def test_the_options_helper_and_the_plain_message() -> None:
    """``store_option``: nothing for the default store in Bahasa Indonesia, the path quoted when
    it holds a space; a store error's own message (the TUI's) never holds the place of the
    options."""
    from lkj_tui.cli.common import store_option
    from lkj_tui.storage.errors import END, NotFoundError

    assert store_option(None) == ""
    assert store_option(None, "en") == " --lang en"
    assert store_option("D:\\Data LKj", "en") == ' --store "D:\\Data LKj" --lang en'
    err = NotFoundError(Path("/s/x.json"), "x" + END, [f"r{n}" for n in range(9)])
    assert END not in err.message and END not in err.message_en
    assert err.message.endswith("; daftarnya: lkj-tui status --all"), err.message
    assert err.text("id", " --store s").endswith("lkj-tui status --all --store s")
    assert "'x'" in err.text("id", " --store s")  # (a typed id holds no place for them)


@pytest.mark.parametrize("columns", [40, 80])
def test_the_command_for_every_item_under_target_is_never_broken(
    tmp_path: Path, columns: int
) -> None:
    """A report with more than 100 items under target ended "… dan 81 lainnya (semua: lkj-tui
    export --scope under-target --store" / "/tmp/kab, atau u di TUI)" at 80 columns: the
    command broken in the middle of its sentence. Now it ends the sentence, and where the line
    cannot hold it, it stands whole on a line of its own; typed as printed it exports them."""
    from tests.test_benchmarks import _generator

    generate = _generator()
    generate.generate(generate.Scale("t", 1, 1, 1, 1200, fixed_size=True), tmp_path, jobs=1)
    for lang in ("id", "en"):
        typed = ("--store", str(tmp_path), "--lang", lang)
        done = run_cli("status", *typed, env={"COLUMNS": str(columns)})
        assert done.returncode == 0, done.stderr
        option = f" --store {tmp_path}" + (" --lang en" if lang == "en" else "")
        command = f"lkj-tui export --scope under-target{option}"
        lines = done.stdout.rstrip("\n").splitlines()
        assert lines[-1] == f"   {command}", lines[-3:]
        assert lines[-2].endswith((" atau:", " or:")), lines[-3:]
        wide = run_cli("status", *typed, env={"COLUMNS": "400"}).stdout.rstrip("\n")
        assert wide.splitlines()[-1].endswith(f" {command}"), wide[-300:]
    exported = run_cli(*shlex.split(command)[1:])
    assert exported.returncode == 0 and exported.stdout.count("\n") > 100, exported.stderr


@pytest.mark.parametrize("lang", ["id", "en"])
def test_export_all_and_status_name_the_store_typed_for_a_report_they_cannot_read(
    tmp_path: Path, lang: str
) -> None:
    """`export --all`'s list of reports that cannot be read and `status`'s "dilewati (tidak
    terbaca)" printed their commands (import … --overwrite, restore) without the --store typed:
    typed as printed, they reached the default store. Now they carry it (and --lang en)."""
    root = _kabupaten_store(tmp_path / "Data LKj")  # (2023 and 2024; a path with a space)
    broken = "bengkulu-selatan-dinas-pemberdayaan-masyarakat-dan-desa-2023"
    (root / f"{broken}.json").write_text("{", encoding="utf-8")
    option = f' --store "{root}"' + (" --lang en" if lang == "en" else "")
    rollup = run_cli("export", "--all", "--store", str(root), "--lang", lang)
    assert rollup.returncode == 0, rollup.stderr
    # (Markdown: the command a code span, whole: cli25)
    assert f"--report {broken} --overwrite{option}`\n" in rollup.stdout, rollup.stdout
    status = run_cli("status", "--store", str(root), "--lang", lang)
    assert status.returncode == 0, status.stderr
    assert f"--report {broken} --overwrite{option}\n" in status.stderr, status.stderr
