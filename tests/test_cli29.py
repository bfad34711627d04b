"""The commands' messages (cli29), through the installed ``lkj-tui``: `compare`'s lines of words
whole to a pipe or a file, its "Dipilih otomatis" sentence closed with its full stop."""

from __future__ import annotations

from pathlib import Path

import pytest

from lkj_tui.bundled import BUNDLED_REPORT_ID
from tests.conftest import run_cli

SETDA_2024 = BUNDLED_REPORT_ID.replace("2023", "2024")


@pytest.fixture(scope="module")
def two_years(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store of the bundled report and its 2024 (``new --from``)."""
    root = tmp_path_factory.mktemp("cli29") / "s"
    assert run_cli("init", "--store", str(root)).returncode == 0
    done = run_cli("new", "--from", BUNDLED_REPORT_ID, "--tahun", "2024", "--store", str(root))
    assert done.returncode == 0, done.stderr
    return root


@pytest.mark.parametrize("lang", ["id", "en"])
def test_compare_piped_writes_its_lines_of_words_whole(two_years: Path, lang: str) -> None:
    """Piped (`compare > x.txt`, `| more`), the title and the "Dipilih otomatis: …" line were
    wrapped at rich's 80 columns, mid-sentence, and the picked pair's sentence had no full stop.
    Now each is one line, as every other command writes to a pipe, the sentence ending with its
    "."; a width the reader gives (``COLUMNS``) is kept, an id never cut."""
    english = ["--lang", "en"] if lang == "en" else []
    done = run_cli("compare", *english, store=two_years, env={"COLUMNS": ""})
    assert done.returncode == 0, done.stderr
    lines = done.stdout.split("\n")
    title = {"id": "Perbandingan LKj 2023 → 2024 · ", "en": "LKj comparison 2023 → 2024 · "}[lang]
    assert lines[0].startswith(title) and lines[0].endswith("Kabupaten Bengkulu Selatan"), lines
    picked = {
        "id": f"Dipilih otomatis: {SETDA_2024} dan laporan sebelumnya dari instansi yang sama, ",
        "en": f"Picked: {SETDA_2024} and the earlier report of the same instansi, ",
    }[lang]
    assert f"{picked}{BUNDLED_REPORT_ID}." in lines, lines
    given = run_cli("compare", *english, store=two_years, env={"COLUMNS": "60"}).stdout
    lines = given.split("\n")
    assert max(map(len, lines)) <= 60, given
    assert any(line.endswith(f"{BUNDLED_REPORT_ID}.") for line in lines), given
