"""words50: the commands' words at every width."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import run_cli


def _english(store: Path, *args: str) -> str:
    done = run_cli(*args, "--lang", "en", store=store, env={"COLUMNS": "80"})
    assert done.returncode in (0, 1) and "Traceback" not in done.stderr, done.stderr
    return done.stdout


def test_one_english_word_for_the_instansi_column_and_for_the_average(store_path: Path) -> None:
    """`status --all --lang en` headed its column "Agency" where the overview, `compare` and the
    glossary say "Instansi"; the average was "average achievement" in `status`, "Average capaian"
    in `status --all` (and "Average IKU achievement" in an unused label). Each is one word now:
    the report's own, "Instansi" over a column of offices and "capaian" for its average."""
    every = _english(store_path, "status", "--all")
    reviu = _english(store_path, "check", "--all")
    one = _english(store_path, "status")
    for out in (every, reviu):
        header = next(line for line in out.splitlines() if line.split()[:1] == ["Instansi"])
        assert "Agency" not in out, out
        assert header
    average = next(line for line in one.splitlines() if "under target" in line)
    assert "average capaian 107,81 %" in average, one
    assert "achievement" not in average, one
    assert "capaian" in every and "achievement" not in every.lower(), every
