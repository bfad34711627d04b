"""``export --all`` tells two governments' offices of one name apart (years27).

"OPD tanpa laporan" matched an office by its name, or by its id without the year, and a renamed
office's pairing by its old name alone: Kabupaten Kaur's Bappeda renamed Bapperida for 2025 made
Kabupaten Seluma's Bappeda, without a 2025 report, count as reported (left out unsaid), and the
years Bapperida was "dahulu Bappeda" mixed both governments' years."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import offices_store, run_cli

KAUR, SELUMA = "Pemerintah Kabupaten Kaur", "Pemerintah Kabupaten Seluma"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Kaur's Bappeda 2023 and 2024, renamed Bapperida for 2025 (the same id but for the year);
    Seluma's Bappeda 2022 and 2024, none for 2025; each government's Setda 2024 and 2025 (and
    the bundled Setda of Bengkulu Selatan, 2023 and 2024)."""
    offices = (
        ("kaur-bappeda-2023", "Bappeda", KAUR, 2023),
        ("kaur-bappeda-2024", "Bappeda", KAUR, 2024),
        ("kaur-bappeda-2025", "Bapperida", KAUR, 2025),
        ("seluma-bappeda-2022", "Bappeda", SELUMA, 2022),
        ("seluma-bappeda-2024", "Bappeda", SELUMA, 2024),
    )
    for gov, pemerintah in (("kaur", KAUR), ("seluma", SELUMA)):
        offices += tuple((f"{gov}-setda-{y}", "Setda", pemerintah, y) for y in (2024, 2025))
        offices += ((f"{gov}-dispar-2024", "Dinas Pariwisata", pemerintah, 2024),)
    # Kaur's Dinas Sosial of 2024 only, Seluma's of 2025 only
    offices += (("kaur-dinsos-2024", "Dinas Sosial", KAUR, 2024),)
    offices += (("seluma-dinsos-2025", "Dinas Sosial", SELUMA, 2025),)
    root = offices_store(tmp_path_factory.mktemp("governments"), offices)
    # Kaur's Dinas Pariwisata made into 2025's Disparbud, of another id (Seluma's, none)
    made = run_cli(
        "new", "--from", "kaur-dispar-2024", "--instansi", "Disparbud", "-r", "kaur-disparbud-2025",
        store=root,
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    return root


def _section(md: str, head: str) -> str:
    part = md[md.index(head) :]
    end = part.find("\n## ", 1)
    return part if end < 0 else part[:end]


def test_an_office_of_a_name_another_government_renamed_is_missing(store: Path) -> None:
    done = run_cli("export", "--all", store=store)
    assert done.returncode == 0, done.stderr
    missing = _section(done.stdout, "## OPD tanpa laporan 2025 (4)")
    assert "- Dinas Sosial (Kabupaten Kaur) — laporan yang ada: 2024" in missing
    assert "- Dinas Pariwisata (Kabupaten Seluma) — laporan yang ada: 2024" in missing
    assert "- Bappeda (Kabupaten Seluma) — laporan yang ada: 2022, 2024" in missing, done.stdout
    renamed = _section(done.stdout, "## OPD dengan nama lain di tahun lain (2)")
    # (Kaur's years only: Seluma's 2022 is not Bapperida's)
    assert "- Bapperida — dahulu Bappeda (laporan yang ada: 2023, 2024)" in renamed, done.stdout
    # the office made under another id is against its own 2024, not left without (Seluma's
    # Dinas Pariwisata 2024 made two offices of its old name that year)
    row = next(ln for ln in done.stdout.splitlines() if ln.startswith("| Disparbud |"))
    # (new --from leaves its realisasi empty: no capaian to set against, but its year found)
    assert row.endswith(" | — (2024: tidak ada IKU yang sama dengan capaian) |"), row
    # Seluma's Dinas Sosial has no 2024: never set against Kaur's of that name
    row = next(ln for ln in done.stdout.splitlines() if ln.startswith("| Dinas Sosial"))
    assert row.endswith(" | — |"), row
    en = run_cli("export", "--all", "--lang", "en", store=store).stdout
    missing = _section(en, "## Offices without a report for 2025 (4)")
    assert "- Bappeda (Kabupaten Seluma) — reports held: 2022, 2024" in missing, en


def test_one_region_lists_its_own_office_only(store: Path) -> None:
    done = run_cli("export", "--all", "--pemerintah", "seluma", store=store)
    assert done.returncode == 0, done.stderr
    assert "Bappeda" in _section(done.stdout, "## OPD tanpa laporan 2025 (2)"), done.stdout
    # one government's export names none after an office: every office is Kaur's (years28: it
    # read "Dinas Sosial (Kabupaten Kaur)", under the title "Pemerintah Kabupaten Kaur")
    for lang, head, held in (
        ("id", "## OPD tanpa laporan 2025 (1)", "laporan yang ada"),
        ("en", "## Offices without a report for 2025 (1)", "reports held"),
    ):
        done = run_cli("export", "--all", "--pemerintah", "kaur", "--lang", lang, store=store)
        assert done.returncode == 0, done.stderr
        missing = _section(done.stdout, head)
        assert f"- Dinas Sosial — {held}: 2024\n" in missing, done.stdout
        assert "(Kabupaten Kaur)" not in done.stdout, done.stdout


def test_compare_names_the_government_of_an_office_its_name_does_not(store: Path) -> None:
    # "Perbandingan LKj 2024 → 2025 · Setda": which of the province's Setda? (ten "Kecamatan
    # Pino" in a province's store). Its government is said where the name does not say it.
    for lang, head in (("id", "Perbandingan LKj"), ("en", "LKj comparison")):
        done = run_cli("compare", "seluma-setda-2025", "--lang", lang, store=store)
        assert done.returncode == 0, done.stderr
        first = done.stdout.splitlines()[0]
        assert first == f"{head} 2024 → 2025 · Setda (Kabupaten Seluma)", done.stdout
    # (a name that says its government, as the bundled report's, as it was)
    done = run_cli("compare", "bengkulu-selatan-setda-2024", store=store, env={"COLUMNS": "200"})
    assert done.stdout.startswith(
        "Perbandingan LKj 2023 → 2024 · Sekretariat Daerah Kabupaten Bengkulu Selatan\n"
    ), done.stdout


def test_two_governments_offices_of_one_name_are_compared_as_two(store: Path) -> None:
    # Kaur's Dinas Sosial 2024 and Seluma's 2025 read "Perbandingan LKj 2024 → 2025 · Dinas
    # Sosial", matched by kode as one office's two years. Now A and B, each with its government,
    # matched by name only, as two instansi are.
    ids = ("kaur-dinsos-2024", "seluma-dinsos-2025")
    for lang, said in (("id", "Instansi berbeda"), ("en", "Different instansi")):
        done = run_cli("compare", *ids, "--lang", lang, store=store, env={"COLUMNS": "200"})
        assert done.returncode == 0, done.stderr
        lines = done.stdout.splitlines()
        assert lines[1] == "A  Dinas Sosial (Kabupaten Kaur) · 2024 · kaur-dinsos-2024", lines
        assert lines[2].startswith("B  Dinas Sosial (Kabupaten Seluma) · 2025"), lines
        assert lines[3].startswith(said), lines
    done = run_cli("export", "--compare", ids[0], "-r", ids[1], store=store)
    assert done.returncode == 0, done.stderr
    assert "Instansi berbeda" in done.stdout, done.stdout
