"""years29: a renamed office is paired within its own government (``export --all``, ``compare``).

``pair_offices`` left a renamed office unpaired when another government had a report under the
old name that year: Kabupaten Kaur's Bappeda, renamed Bapperida for 2025, was not "dahulu
Bappeda" because Kabupaten Seluma's Bappeda had a 2025 report; its year before was missing,
Kaur's Dinas Pariwisata (made into Disparbud by ``new --from``) was listed as an office without a
report, and ``compare`` found "no earlier report" for both. Nor did ``compare ID`` stay within one
government: Seluma's Dinas Sosial 2025 was compared with Kaur's of 2024, as two instansi."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import offices_store, run_cli
from tests.test_rollup_governments import _section

KAUR, SELUMA = "Pemerintah Kabupaten Kaur", "Pemerintah Kabupaten Seluma"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    offices = (
        ("kaur-bappeda-2024", "Bappeda", KAUR, 2024),
        ("kaur-bappeda-2025", "Bapperida", KAUR, 2025),
        ("seluma-bappeda-2024", "Bappeda", SELUMA, 2024),
        ("seluma-bappeda-2025", "Bappeda", SELUMA, 2025),
        ("kaur-dispar-2024", "Dinas Pariwisata", KAUR, 2024),
        ("seluma-dispar-2025", "Dinas Pariwisata", SELUMA, 2025),
        ("kaur-dinsos-2024", "Dinas Sosial", KAUR, 2024),
        ("seluma-dinsos-2025", "Dinas Sosial", SELUMA, 2025),
    )
    root = offices_store(tmp_path_factory.mktemp("years29"), offices)
    made = run_cli(
        "new", "--from", "kaur-dispar-2024", "--instansi", "Disparbud", "-r", "kaur-disparbud-2025",
        store=root,
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    return root


def test_the_roll_up_pairs_a_renamed_office_within_its_government(store: Path) -> None:
    done = run_cli("export", "--all", store=store)
    assert done.returncode == 0, done.stderr
    renamed = _section(done.stdout, "## OPD dengan nama lain di tahun lain (2)")
    assert "- Bapperida — dahulu Bappeda (laporan yang ada: 2024); id laporannya sama" in renamed
    assert "- Disparbud — dahulu Dinas Pariwisata (laporan yang ada: 2024); dibuat" in renamed
    missing = _section(done.stdout, "## OPD tanpa laporan 2025 (2)")
    assert "Dinas Pariwisata" not in missing and "- Dinas Sosial (Kabupaten Kaur)" in missing
    row = next(ln for ln in done.stdout.splitlines() if ln.startswith("| Bapperida |"))
    assert row.endswith(" | 0,00 poin (2024: 107,81 %) |"), row
    en = run_cli("export", "--all", "--lang", "en", store=store).stdout
    assert "- Bapperida — formerly Bappeda (reports held: 2024)" in en, en


@pytest.mark.parametrize(
    ("rid", "how"), [("kaur-bappeda-2025", "id"), ("kaur-disparbud-2025", "link")]
)
def test_compare_pairs_it_too(store: Path, rid: str, how: str) -> None:
    done = run_cli("compare", rid, "--json", store=store)
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    old = "kaur-dispar-2024" if how == "link" else "kaur-bappeda-2024"
    assert (data["old"]["id"], data["picked_by"], data["renamed"]) == (old, how, how)


def test_compare_one_id_stays_within_its_government(store: Path) -> None:
    for lang, said in (("id", "tidak ada laporan tahun sebelumnya"), ("en", "no earlier report")):
        done = run_cli("compare", "seluma-dinsos-2025", "--lang", lang, store=store)
        assert done.returncode == 1, done.stdout
        assert said in done.stderr and "kaur-dinsos-2024" not in done.stdout, done.stderr
    # nor are another government's later reports of the name offered as its next years
    # (Kaur's Dinas Sosial 2024: "laporan sesudahnya: seluma-dinsos-2025")
    done = run_cli("compare", "kaur-dinsos-2024", store=store)
    assert done.returncode == 1 and "seluma" not in done.stderr, done.stderr


def test_one_region_s_roll_up_reads_its_own_reports_only(
    store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``export --all --pemerintah kaur`` read every report of the year (a province's 400 to
    keep 40) to see its pemerintah, and each missing office's latest; the listing says it now."""
    from lkj_tui.cli.compare import rollup_bytes
    from lkj_tui.storage.store import Store

    opened = Store(store)
    read: list[str] = []
    load = opened.load
    monkeypatch.setattr(opened, "load", lambda rid, *a, **k: (read.append(rid), load(rid))[1])
    md = rollup_bytes(opened, "id", None, None, "kaur").decode()
    assert "- Dinas Sosial — laporan yang ada: 2024" in md, md
    assert "- Bapperida — dahulu Bappeda (laporan yang ada: 2024)" in md, md
    assert read and not [r for r in read if not r.startswith("kaur-")], read


def test_check_all_of_one_region_picks_its_reports_from_the_listing(
    store: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """``check --all --pemerintah`` made every report's IKU summary (a cold province store: 2,000
    evaluated) only to read its pemerintah, which the listing now says."""
    from lkj_tui.cli.check import check_all
    from lkj_tui.cli.common import Region
    from lkj_tui.storage.store import Store

    opened = Store(store)
    monkeypatch.setattr(opened, "summaries", lambda: pytest.fail("summaries made"))
    check_all(opened, True, "id", "info", None, Region("seluma", "id"), store)
    listed = json.loads(capsys.readouterr().out)["reports"]
    assert sorted(r["id"] for r in listed) == [
        "seluma-bappeda-2024", "seluma-bappeda-2025", "seluma-dinsos-2025", "seluma-dispar-2025",
    ]  # fmt: skip


def test_the_year_before_is_found_within_the_government_whatever_its_id(tmp_path: Path) -> None:
    """Two governments' "Kecamatan Pino" of 2024 and Kaur's of 2025 under another id: the year
    before was told by the id alone ("kaur-pino-2025" has no "kaur-pino-2024"): "—". The
    listing's pemerintah finds Kaur's own."""
    offices = (
        ("pino-2024", "Kecamatan Pino", KAUR, 2024),
        ("seluma-pino-2024", "Kecamatan Pino", SELUMA, 2024),
        ("kaur-pino-2025", "Kecamatan Pino", KAUR, 2025),
    )
    root = offices_store(tmp_path, offices)
    md = run_cli("export", "--all", "--pemerintah", "kaur", store=root).stdout
    row = next(ln for ln in md.splitlines() if ln.startswith("| Kecamatan Pino |"))
    assert row.endswith(" | 0,00 poin (2024: 107,81 %) |"), row
