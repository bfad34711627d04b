"""years28: ``compare`` given ``--tahun`` or ``--pemerintah`` says what takes them."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import run_cli


@pytest.mark.parametrize("lang", ["id", "en"])
def test_compare_with_an_all_option_names_the_commands_that_take_it(
    tmp_path: Path, lang: str
) -> None:
    """``compare --tahun 2024`` said only click's "Opsi tidak dikenal: --tahun"."""
    store = tmp_path / "s"
    assert run_cli("init", store=store).returncode == 0
    en = " --lang en" if lang == "en" else ""
    opts = f" --store {store}{en}"
    typed = ("--store", str(store), "compare", "--tahun", "2024", "--pemerintah", "kaur")
    done = run_cli(*typed, "--lang", lang)
    assert done.returncode == 2, done.stdout
    lines = done.stderr.splitlines()
    said = {"id": "tidak menerima --tahun.", "en": "takes no --tahun."}[lang]
    assert said in done.stderr and "tidak dikenal" not in done.stderr, done.stderr
    wanted = f"lkj-tui export --all --tahun 2024 --pemerintah kaur{opts}"
    assert any(line.endswith(": " + wanted) for line in lines), lines
    wanted = f"lkj-tui status --all --tahun 2024 --pemerintah kaur{opts}"
    assert any(line.endswith(": " + wanted) for line in lines), lines
    two = {"id": "ID_LAMA ID_BARU", "en": "OLD_ID NEW_ID"}[lang]
    assert any(line.endswith(f": lkj-tui compare {two}{opts}") for line in lines), lines
    # the line printed runs: export --all takes the options as printed
    done = run_cli("export", "--all", "--tahun", "2023", "--lang", lang, store=store)
    assert done.returncode == 0, done.stderr
    # --pemerintah alone, its value missing: a placeholder, never a command missing its value
    done = run_cli("--store", str(store), "compare", "--pemerintah", "--lang", lang)
    assert done.returncode == 2
    text = {"id": "TEKS", "en": "TEXT"}[lang]
    assert f"lkj-tui status --all --pemerintah {text}{opts}" in done.stderr, done.stderr
