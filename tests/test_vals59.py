"""Numbers as typed and shown (vals59): a refusal quotes the value as it was typed ("> 2.5"), not
as it would be stored ("> 2,5"), which the user never wrote."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import run_cli


@pytest.mark.parametrize(
    ("lang", "field", "typed", "said"),
    [
        ("id", "target", "> 2.5", "target “> 2.5” (ambang) dan realisasi “WTP” (opini)"),
        ("en", "target", "> 2.5", "target “> 2.5” (threshold) and realisasi “WTP” (opinion)"),
        ("id", "tw1", "2.5", "Triwulan I: capaian tidak dapat dihitung"),
        ("en", "tw1", "2.5", "Quarter 1: no capaian can be computed"),
    ],
)
def test_a_refused_value_is_quoted_as_typed(
    store_path: Path, lang: str, field: str, typed: str, said: str
) -> None:
    """IKU 9 (Opini LHP BPK, realisasi WTP): a number typed with a dot cannot be compared with an
    opinion; the refusal said “> 2,5” where “> 2.5” was typed."""
    done = run_cli("--lang", lang, "set", "IKU 9", field, typed, store=store_path)
    assert done.returncode != 0
    err = " ".join(done.stderr.split())
    assert said in err, err
    assert f"“{typed}”" in err and f"“{typed.replace('.', ',')}”" not in err, err
    again = run_cli("export", "--format", "json", store=store_path)
    assert '"2.5"' not in again.stdout and '"> 2,5"' not in again.stdout  # nothing written


@pytest.fixture(scope="module")
def next_year(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled 2023 and its 2024: IKU 4 (satuan %) 98 → 93,5, a change in points; IKU 6
    (Nilai) 63,20 → 65,10, a percent of 2023's."""
    from tests.conftest import next_year_store

    root = tmp_path_factory.mktemp("vals59") / "s"
    return next_year_store(root, [("IKU 4", "realisasi", "93,5"), ("IKU 6", "realisasi", "65,10")])


LEGEND = {
    "id": "Perubahan: % = persen dari realisasi 2023; poin = selisih dua persentase",
    "en": "Change: % = percent of the 2023 realisasi; points = the difference of two percentages",
}


@pytest.mark.parametrize("lang", ["id", "en"])
def test_compare_says_once_what_its_percent_and_points_are(next_year: Path, lang: str) -> None:
    """ "↑ 3,01 %" (of 2023's realisasi) was read as points, "↓ 4,50 poin" as a percent of it:
    a line under the table says which is which."""
    done = run_cli("compare", "--lang", lang, store=next_year)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    said = [line.strip() for line in lines if line.strip().startswith(LEGEND[lang][:9])]
    assert said == [LEGEND[lang]], done.stdout
    assert "↑ 3,01 %" in done.stdout and ("poin" if lang == "id" else "points") in done.stdout


def test_compare_names_the_points_as_its_narrow_table_does(next_year: Path) -> None:
    """At 80 columns the English table says "pts": so does the line under it."""
    done = run_cli("compare", "--lang", "en", store=next_year, env={"COLUMNS": "80"})
    flat = " ".join(done.stdout.split())
    assert "−6,06 pts" in flat and "pts = the difference of two percentages" in flat, flat


def test_compare_without_a_percent_or_points_says_no_legend(tmp_path: Path) -> None:
    """The 2024 just made (no realisasi yet): every change is "—", nothing to explain."""
    from tests.conftest import next_year_store

    done = run_cli("compare", store=next_year_store(tmp_path / "s"))
    assert done.returncode == 0, done.stderr
    assert "% = " not in done.stdout and "selisih dua persentase" not in done.stdout


@pytest.mark.parametrize("lang", ["id", "en"])
def test_export_compare_says_what_its_percent_and_points_are(
    next_year: Path, tmp_path: Path, lang: str
) -> None:
    from tests.conftest import NEXT_YEAR_ID

    out = tmp_path / "r.md"
    old = "bengkulu-selatan-setda-2023"
    done = run_cli(
        "export", "--compare", old, "-r", NEXT_YEAR_ID, "--lang", lang, "-o", str(out),
        store=next_year,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert f"\n{LEGEND[lang]}.\n" in out.read_text(encoding="utf-8")
