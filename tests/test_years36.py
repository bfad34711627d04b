"""years36: the Bappeda analyst comparing years and offices, continued (``status --all``,
``check --all``, ``compare``) on a terminal and piped."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import offices_store, run_cli
from tests.test_years35 import AT_ONCE

KAUR = (
    ("kaur-dinsos-2025", "Dinas Sosial Kabupaten Kaur", "Pemerintah Kabupaten Kaur", 2025),
    ("kaur-setda-2025", "Sekretariat Daerah Kabupaten Kaur", "Pemerintah Kabupaten Kaur", 2025),
    (
        "seluma-setda-2025",
        "Sekretariat Daerah Kabupaten Seluma",
        "Pemerintah Kabupaten Seluma",
        2025,
    ),
)


@pytest.fixture(scope="module")
def kaur(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store of two Kaur offices and one of Seluma (2025), with the bundled reports."""
    return offices_store(tmp_path_factory.mktemp("kaur"), KAUR)


@pytest.mark.parametrize("command", ["status", "check"])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_listing_of_one_government_names_it_in_its_title_not_on_every_row(
    kaur: Path, command: str, lang: str
) -> None:
    # status --all --pemerintah kaur repeated "Kabupaten Kaur" after every agency (six of the
    # first ten names wrapped at 80 columns): the title says the government, the rows do not,
    # as export --all and the overview; the JSON keeps the whole instansi.
    root = kaur
    args = [command, "--all", "--tahun", "2025", "--lang", lang]
    done = run_cli(*args, "--pemerintah", "kaur", store=root)
    title, *rest = done.stdout.splitlines()
    assert title.endswith("; Pemerintah Kabupaten Kaur"), title
    rows = "\n".join(rest)
    assert "Dinas Sosial " in rows and "Sekretariat Daerah " in rows, rows
    assert "Kabupaten Kaur" not in rows and "Seluma" not in rows, rows
    # several governments: each row says its own, the title what was typed
    done = run_cli(*args, "--pemerintah", "kabupaten", store=root)
    title, *rest = done.stdout.splitlines()
    assert "Pemerintah Kabupaten" not in title and '"kabupaten"' in title, title
    rows = "\n".join(rest)
    assert "Dinas Sosial Kabupaten Kaur" in rows and "Daerah Kabupaten Seluma" in rows, rows
    done = run_cli(*args, "--pemerintah", "kaur", "--json", store=root)
    assert "Dinas Sosial Kabupaten Kaur" in done.stdout


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="a pseudo-terminal")
@pytest.mark.parametrize(
    ("lang", "said"),
    [("id", "Memuat laporan… 0 dari "), ("en", "Loading the reports… 0 of ")],
)
def test_check_all_says_how_far_its_reading_is_on_a_terminal(
    kaur: Path, tmp_path: Path, lang: str, said: str
) -> None:
    # check --all on a cold province store read and checked 2,000 reports with nothing on the
    # screen (compare, status --all and export --all said how far they were): the same line,
    # blanked before the answer; piped, nothing.
    from reliability.pty_capture import run_in_pty

    root = kaur
    env = {k: v for k, v in os.environ.items() if not k.startswith("LKJ_TUI")}
    env |= {"COLUMNS": "80", "NO_COLOR": "1", "XDG_CACHE_HOME": str(tmp_path / "cache")}
    for more in ([], ["--pemerintah", "kaur"]):
        args = ["check", "--all", *more, "--store", str(root), "--lang", lang]
        done = run_in_pty([sys.executable, "-c", AT_ONCE, *args], env=env, size=(80, 24))
        shown = done.output.decode()
        assert done.returncode == 1, shown  # (the bundled report has errors)
        assert f"\r{said}" in shown, (args, shown)
        last = shown.rindex(said.split("…")[0])  # (the line as last drawn)
        line = shown[last:].split("\r")[0]
        blank = shown[last + len(line) :]
        assert blank.startswith("\r" + " " * (len(line) + 2) + "\r"), (args, shown)
        assert "2025" in blank, (args, shown)  # (the answer after it)
        piped = subprocess.run(
            [sys.executable, "-c", AT_ONCE, *args], capture_output=True, text=True, env=env
        )
        assert piped.returncode == 1 and piped.stderr == "", piped.stderr


@pytest.mark.parametrize("lang", ["en", "id"])
def test_compare_at_80_columns_keeps_a_value_whole(tmp_path: Path, lang: str) -> None:
    # compare at 80 columns broke IKU 11's target inside its range ("3 ± 1 → 3 ±" / "1"): a
    # pair breaks only at its arrow where its column holds each side.
    root = offices_store(tmp_path, ())
    for report in ("bengkulu-selatan-setda-2023", "bengkulu-selatan-setda-2024"):
        for column, value in (("target", "3 ± 1"), ("realisasi", "3 ± 1")):
            done = run_cli("set", "-r", report, "IKU 1", column, value, store=root)
            assert done.returncode == 0, done.stderr
    env = {"COLUMNS": "80"}
    done = run_cli("compare", "--lang", lang, store=root, env=env)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    row = next(k for k, line in enumerate(lines) if line.startswith("IKU 1 "))
    cells = [line.split("│") for line in lines[row : row + 2]]
    # (since exp70 the kategori is in the change's cell below 90 columns: its cells let the
    # target's and the realisasi's columns hold the pair whole on one line, never "3 ±" / "1")
    for k in (1, 2):
        assert [c[k].strip() for c in cells] == ["3 ± 1 → 3 ± 1", ""], lines[row : row + 2]
