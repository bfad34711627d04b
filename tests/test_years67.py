"""years67: `compare`'s list of rows left unmatched was headed "lebih dari satu kemungkinan" /
"more than one candidate" where each row listed one: an old indicator two of the newer report's
claim by name (or a kode whose old name now belongs to another indicator) is ambiguous with one
candidate. The heading now says what every such row is, as the counts line does: "ambigu" /
"ambiguous", in `compare` and `export --compare`, id and en, at 80 and 120 columns."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import offices_store, run_cli

OTHER = "bengkulu-selatan-dinkes-2024"
SETDA = "bengkulu-selatan-setda-2024"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("years67")
    office = (
        OTHER,
        "Dinas Kesehatan Kabupaten Bengkulu Selatan",
        "Kabupaten Bengkulu Selatan",
        2024,
    )
    root = offices_store(tmp, (office,))
    done = run_cli("set", "-r", OTHER, "IKU 2", "nama", "Nilai LPPD", store=root)
    assert done.returncode == 0, done.stderr  # (IKU 1 and IKU 2 both "Nilai LPPD")
    return root


@pytest.mark.parametrize("columns", ["80", "120"])
def test_the_unmatched_heading_is_true_of_one_candidate(store: Path, columns: str) -> None:
    for lang, heading, wrong in (
        ("id", "Tidak dicocokkan: ambigu (2)", "lebih dari satu"),
        ("en", "Not matched: ambiguous (2)", "more than one"),
    ):
        done = run_cli(
            "compare", SETDA, OTHER, "--lang", lang, store=store, env={"COLUMNS": columns}
        )
        assert done.returncode == 0, done.stderr
        assert heading in done.stdout, done.stdout
        assert wrong not in done.stdout, done.stdout
        after = done.stdout[done.stdout.index(heading) :].splitlines()[1:]
        listed = [x for x in after if x.startswith("  IKU")]  # (each with why: years68)
        assert all("Nilai LPPD" in x and x.count("Nilai LPPD") == 2 for x in listed), listed


def test_export_compare_says_it_too(store: Path) -> None:
    for lang, heading in (
        ("id", "Tidak dicocokkan, ambigu (2)"),
        ("en", "Not matched, ambiguous (2)"),
    ):
        done = run_cli("export", "-r", OTHER, "--compare", SETDA, "--lang", lang, store=store)
        assert done.returncode == 0, done.stderr
        assert heading in done.stdout, done.stdout
