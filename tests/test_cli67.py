"""cli67: the command line's rough edges — an empty store folder that cannot be written, an
``-o`` that is a symlink, ``calc --json`` in English, a capaian's decimal mark in English."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import LKJ_TUI, run_cli

#: Root ignores a folder's permissions (CAP_DAC_OVERRIDE): run as root, the command runs with
#: those capabilities dropped (util-linux's setpriv), so the folder's mode decides, as for a user.
_AS_USER = (
    [
        "setpriv",
        "--inh-caps=-all",
        "--bounding-set=-dac_override,-dac_read_search,-fowner",
    ]
    if hasattr(os, "geteuid") and os.geteuid() == 0
    else []
)

needs_permissions = pytest.mark.skipif(
    sys.platform == "win32" or (bool(_AS_USER) and shutil.which("setpriv") is None),
    reason="folder permissions as a user (POSIX; as root, setpriv drops the override)",
)


def _run_as_user(
    *args: str, env: dict[str, str] | None = None, program: tuple[str, ...] = (str(LKJ_TUI),)
) -> subprocess.CompletedProcess[str]:
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("LKJ_TUI")}
    full_env.update({"COLUMNS": "400", "NO_COLOR": "1", **(env or {})})
    return subprocess.run(
        [*_AS_USER, *program, *args],
        capture_output=True,
        text=True,
        env=full_env,
        timeout=60,
        stdin=subprocess.DEVNULL,
    )


@needs_permissions
def test_an_empty_folder_that_cannot_be_written_is_said_so(tmp_path: Path) -> None:
    """``status --store DIR`` of an empty folder the user may not write tried to put the bundled
    report in it and said "locking the report bengkulu-selatan-setda-2023 failed … the previous
    file is unchanged": a report never asked for, no previous file. Now: the store is empty and
    cannot be written, nothing changed, what to do; exit 1 (the system stops it)."""
    folder = tmp_path / "kosong"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        for command in ("status", "check", "export", "init"):
            done = _run_as_user(command, "--store", str(folder), "--lang", "en")
            said = " ".join(done.stderr.split())
            assert done.returncode == 1, (command, done.stderr)
            assert "is empty and cannot be written (Permission denied)" in said, said
            assert "Ask for write permission on that folder" in said, said
            assert said.endswith("lkj-tui init --store FOLDER --lang en"), said
            assert "locking" not in said and "previous file" not in said, said
            assert "bengkulu" not in said, said
        done = _run_as_user("status", "--store", str(folder))
        said = " ".join(done.stderr.split())
        assert done.returncode == 1, done.stderr
        assert "masih kosong dan tidak dapat ditulisi" in said, said
        done = _run_as_user("status", "--json", "--lang", "en", env={"LKJ_TUI_STORE": str(folder)})
        answer = json.loads(done.stdout)
        assert done.returncode == 1 and answer["code"] == "read-only", done.stdout
        assert "(from $LKJ_TUI_STORE) is empty and cannot be written" in answer["error"]
        assert os.listdir(folder) == []
    finally:
        folder.chmod(0o755)


_LINK = {"id": "adalah tautan simbolik (symlink) ke", "en": "is a symbolic link to"}


@pytest.mark.skipif(not hasattr(os, "symlink") or sys.platform == "win32", reason="symlinks")
@pytest.mark.parametrize("lang", ["id", "en"])
def test_an_output_that_is_a_symlink_is_refused_with_or_without_force(
    tmp_path: Path, store_path: Path, lang: str
) -> None:
    """``export -o LINK`` of a dangling link said the file already exists, and with ``--force``
    replaced the link by the file (its target not written); a live link was replaced alike.
    Every ``-o`` (export's formats, template) now refuses a link, exit 1, naming where it
    points and the file to type instead; the link and its target are left as they were."""
    (tmp_path / "asli.md").write_text("catatan rapat")
    (tmp_path / "hidup.md").symlink_to("asli.md")
    (tmp_path / "putus.md").symlink_to(tmp_path / "hilang.md")
    (tmp_path / "putus.xlsx").symlink_to(tmp_path / "hilang.xlsx")
    commands = [
        ("hidup.md", "asli.md", ["export"]),
        ("putus.md", "hilang.md", ["export"]),
        ("putus.xlsx", "hilang.xlsx", ["export", "--format", "xlsx"]),
        ("putus.xlsx", "hilang.xlsx", ["template"]),
    ]
    for link, target, command in commands:
        for force in ([], ["--force"]):
            args = [*command, "-o", str(tmp_path / link), *force, "--lang", lang]
            done = run_cli(*args, store=store_path)
            said = " ".join(done.stderr.split())
            assert done.returncode == 1, (args, done.stderr)
            assert f"{_LINK[lang]} {tmp_path / target}" in said, said
            assert f"-o {tmp_path / target}" in said, said  # (the file to type instead)
            assert "sudah ada" not in said and "already exists" not in said, said
            assert (tmp_path / link).is_symlink(), args
            assert os.readlink(tmp_path / link).endswith(target), args
    assert (tmp_path / "asli.md").read_text() == "catatan rapat"
    assert not (tmp_path / "hilang.md").exists() and not (tmp_path / "hilang.xlsx").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "asli.md", "hidup.md", "putus.md", "putus.xlsx", "store",
    ]  # fmt: skip
    # A link to a folder is a folder (a file in it is what to type), as before: exit 2.
    (tmp_path / "map").symlink_to(tmp_path, target_is_directory=True)
    done = run_cli("export", "-o", str(tmp_path / "map"), "--lang", lang, store=store_path)
    example = tmp_path / "map" / ("summary.md" if lang == "en" else "notulen.md")
    assert done.returncode == 2 and str(example) in done.stderr, done.stderr


def test_calc_set_and_status_json_say_their_words_in_the_language_asked(store_path: Path) -> None:
    """``calc --json --lang en`` said "Tinggi" and "positif" only, and ``status --json --lang
    en`` explained each capaian in Bahasa Indonesia. The stable values stay (``rating`` the
    report's label, ``method`` its id: one vocabulary for scripts) and beside them
    ``rating_label`` and ``method_label`` say them in the language asked, as the text does;
    ``status --json``'s ``explanation`` follows ``--lang`` as calc's does."""
    words = {
        "en": {"rating_label": "High", "method_label": "positive (higher is better)"},
        "id": {"rating_label": "Tinggi", "method_label": "positif (makin tinggi makin baik)"},
    }
    for lang, said in words.items():
        answers = []
        for args in (["calc", "3,22", "2,85"], ["set", "IKU 1", "realisasi", "2,85"]):
            done = run_cli(*args, "--json", "--lang", lang, store=store_path)
            assert done.returncode == 0, done.stderr
            answers.append(json.loads(done.stdout))
        done = run_cli("status", "--json", "--lang", lang, store=store_path)
        assert done.returncode == 0, done.stderr
        item = next(i for i in json.loads(done.stdout)["items"] if i["code"] == "IKU 1")
        for answer in (*answers, item):
            assert answer["rating"] == "Tinggi" and answer["method"] == "positif", answer
            assert {k: answer[k] for k in said} == said, answer
        start = "Achievement 88,51 %" if lang == "en" else "Capaian 88,51 %"
        assert item["explanation"].startswith(start), item["explanation"]
    done = run_cli("calc", "n/a", "2", "--json", "--lang", "en")
    answer = json.loads(done.stdout)
    assert answer["rating_label"] is None and answer["method_label"] == "not measurable", answer


@needs_permissions
def test_an_import_into_a_folder_that_cannot_be_written_says_nothing_was_written(
    tmp_path: Path, store_path: Path
) -> None:
    """``import`` into an empty folder the user may not write said "… berkas lama tidak berubah"
    ("the previous file is unchanged") of a report that had no file: nothing was written."""
    document = tmp_path / "laporan.json"
    done = run_cli("export", "-f", "json", "-o", str(document), store=store_path)
    assert done.returncode == 0, done.stderr
    folder = tmp_path / "kosong"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        for lang, said, untrue in (
            ("en", "not writable (Permission denied); nothing was written", "previous file"),
            ("id", "tidak dapat ditulisi (Permission denied); tidak ada yang ditulis", "lama"),
        ):
            done = _run_as_user("import", str(document), "--store", str(folder), "--lang", lang)
            flat = " ".join(done.stderr.split())
            assert done.returncode == 1 and said in flat and untrue not in flat, flat
        assert os.listdir(folder) == []
    finally:
        folder.chmod(0o755)


@needs_permissions
def test_an_emptied_store_that_cannot_be_written_is_said_so_too(tmp_path: Path) -> None:
    """A store whose reports were deleted (a lock file left), the user may not write: ``status``,
    ``check`` and ``info`` said "import your report: lkj-tui import FILE.xlsx --store DIR; or
    the sample report: lkj-tui init --store DIR", two commands that cannot write there."""
    said_emptied_read_only(tmp_path)


def said_emptied_read_only(tmp_path: Path, program: tuple[str, ...] = (str(LKJ_TUI),)) -> None:
    """:func:`test_an_emptied_store_that_cannot_be_written_is_said_so_too` run as ``program``
    (test_cli68: with ``os.access`` calling every folder writable, as on Windows)."""
    folder = tmp_path / "dikosongkan"
    folder.mkdir()
    (folder / "lama-2023.json.lock").touch()
    folder.chmod(0o555)
    try:
        for command in ("status", "check", "info"):
            done = _run_as_user(command, "--store", str(folder), "--lang", "en", program=program)
            said = " ".join(done.stderr.split() if command != "info" else done.stdout.split())
            assert done.returncode == (0 if command == "info" else 1), (command, done.stderr)
            assert "is empty and cannot be written (Permission denied)" in said, said
            assert f"init --store {folder}" not in said and "import FILE" not in said, said
        assert os.listdir(folder) == ["lama-2023.json.lock"]  # (what was tried, removed)
    finally:
        folder.chmod(0o755)
