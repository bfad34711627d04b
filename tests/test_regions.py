"""Offices of several governments in one store (years22, a Bappeda planner on a province store).

``compare``'s closing hint counted the other offices of the year by name: two governments'
offices of one name ("Sekretariat DPRD" of two kabupaten) were one, so it said 336 where
``status --all --tahun`` lists 399; it now counts the listing's rows."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from lkj_tui.bundled import BUNDLED_REPORT_ID
from tests.conftest import offices_store, run_cli

SETDA_2024 = BUNDLED_REPORT_ID.replace("2023", "2024")


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Setda 2023 (bundled) and 2024 (``new --from``), of Kabupaten Bengkulu Selatan; "Setwan"
    2023 and 2024 of Bengkulu Selatan and of Kaur (one name, two governments); Dinas Y 2023 of
    Kaur. The store's latest report is Setda 2024."""
    return offices_store(
        tmp_path_factory.mktemp("regions"),
        (
            ("setwan-bs-2023", "Setwan", "Pemerintah Kabupaten Bengkulu Selatan", 2023),
            ("setwan-bs-2024", "Setwan", "Pemerintah Kabupaten Bengkulu Selatan", 2024),
            ("setwan-kaur-2023", "Setwan", "Pemerintah Kabupaten Kaur", 2023),
            ("setwan-kaur-2024", "Setwan", "Pemerintah Kabupaten Kaur", 2024),
            ("dinas-y-2023", "Dinas Y", "Pemerintah Kabupaten Kaur", 2023),
        ),
    )


def test_compare_counts_the_other_offices_as_the_listing_lists_them(store: Path) -> None:
    """The other offices of the year are counted as the listing of their own government lists
    them: two governments' "Setwan" are two offices (it said "1 instansi lain", counted by
    name), and of those, only Bengkulu Selatan's is Setda's (years32: "399 instansi lain" in a
    province's store of 40 offices a government), with the listing of that government."""
    region = ("--pemerintah", "Kabupaten Bengkulu Selatan")
    args = ("status", "--all", "--tahun", "2024", *region, "--json")
    listed = json.loads(run_cli(*args, store=store).stdout)
    assert len(listed["reports"]) == 2
    done = run_cli("compare", store=store)
    assert done.returncode == 0, done.stderr
    out = " ".join(done.stdout.split())
    assert f"Dipilih otomatis: {SETDA_2024} dan laporan sebelumnya" in out
    assert (
        "1 instansi lain di Kabupaten Bengkulu Selatan juga punya laporan 2024; untuk membandingkan"
        in out
    )
    listing = 'lkj-tui status --all --tahun 2024 --pemerintah "Kabupaten Bengkulu Selatan"'
    assert f"daftarnya: {listing} " in out
    en = " ".join(run_cli("compare", "--lang", "en", store=store).stdout.split())
    assert "1 other instansi of Kabupaten Bengkulu Selatan also have a report of 2024" in en
    data = json.loads(run_cli("compare", "--json", store=store).stdout)
    assert data["other_offices"] == 1


@pytest.mark.parametrize("office", ["bs", "kaur"])
def test_compare_takes_the_year_before_of_its_own_government(store: Path, office: str) -> None:
    done = run_cli("compare", f"setwan-{office}-2024", "--json", store=store)
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    # (by the greater id, Bengkulu Selatan's Setwan was compared with Kaur's)
    assert (data["old"]["id"], data["new"]["id"]) == (
        f"setwan-{office}-2023",
        f"setwan-{office}-2024",
    )
    assert data["renamed"] is None


@pytest.mark.parametrize("office", ["bs", "kaur"])
def test_the_tui_s_years_are_of_its_own_government(store: Path, office: str) -> None:
    from lkj_tui.storage.store import Store
    from lkj_tui.tui.components.years import load_context

    reports = Store(store)
    own = reports.load(f"setwan-{office}-2024").report
    others = [other.meta.id for other, _ in load_context(reports, own).others]
    assert others == [f"setwan-{office}-2023"]  # (Bengkulu Selatan's showed Kaur's 2023)


# ``status --all`` and ``check --all`` took ``--tahun`` but not ``export --all``'s ``--pemerintah``:
# a planner of one kabupaten read the whole province's rows. Now the three share one option and
# one matcher (cli/common.py's Region), with one message for a text no report's pemerintah has.


@pytest.mark.parametrize("command", ["status", "check"])
def test_status_and_check_all_keep_one_region(store: Path, command: str) -> None:
    done = run_cli(command, "--all", "--pemerintah", "KAUR", "--json", store=store)
    assert done.returncode in (0, 1), done.stderr
    data = json.loads(done.stdout)
    kaur = ["dinas-y-2023", "setwan-kaur-2023", "setwan-kaur-2024"]
    assert sorted(r["id"] for r in data["reports"]) == kaur
    year = run_cli(command, "--all", "--tahun", "2024", "--pemerintah", "bengkulu-selatan",
                   "--json", store=store)  # fmt: skip
    ids = sorted(r["id"] for r in json.loads(year.stdout)["reports"])
    assert ids == [SETDA_2024, "setwan-bs-2024"]
    text = run_cli(command, "--all", "--pemerintah", "Kaur", store=store).stdout
    # (the reports of one government: the title names it, years36)
    assert text.splitlines()[0].endswith("; Pemerintah Kabupaten Kaur")
    assert "setwan-bs-2024" not in text and "setwan-kaur-2024" in text
    en = run_cli(command, "--all", "--pemerintah", "Kaur", "--lang", "en", store=store).stdout
    assert en.splitlines()[0].endswith("; Pemerintah Kabupaten Kaur")


@pytest.mark.parametrize("command", ["status", "check", "export"])
def test_a_region_no_report_belongs_to_is_said_alike(store: Path, command: str) -> None:
    done = run_cli(command, "--all", "--tahun", "2024", "--pemerintah", "Seluma", store=store)
    assert done.returncode == 2 and done.stdout == ""
    assert (
        'lkj-tui: tidak ada laporan tahun 2024 dengan pemerintah yang memuat "Seluma"; '
        "pemerintah laporan 2024: Kabupaten Bengkulu Selatan, Kaur"
    ) in " ".join(done.stderr.split())
    en = run_cli(command, "--all", "--tahun", "2024", "--pemerintah", "Seluma", "--lang", "en",
                 store=store)  # fmt: skip
    assert 'no report of 2024 whose pemerintah contains "Seluma"' in " ".join(en.stderr.split())
    empty = run_cli(command, "--all", "--pemerintah", " - ", store=store)
    assert empty.returncode == 2 and empty.stdout == ""
    assert "opsi --pemerintah kosong" in empty.stderr


@pytest.mark.parametrize("command", ["status", "check"])
def test_without_a_year_the_store_s_pemerintah_are_named(store: Path, command: str) -> None:
    done = run_cli(command, "--all", "--pemerintah", "\x1b[31mSeluma", "--lang", "en", store=store)
    assert done.returncode == 2 and "\x1b" not in done.stderr
    assert (
        'no report whose pemerintah contains "Seluma"; the pemerintah of the store\'s reports: '
        "Kabupaten Bengkulu Selatan, Kaur"
    ) in " ".join(done.stderr.split())
    alone = run_cli(command, "--pemerintah", "Kaur", store=store)
    assert alone.returncode == 2
    assert "opsi --pemerintah hanya berlaku dengan --all" in alone.stderr


@pytest.mark.parametrize("command", ["status", "check", "export"])
def test_a_mistyped_region_is_answered_with_the_one_meant(store: Path, command: str) -> None:
    """years23: "kaurr" listed the governments but named none of them as the one meant."""
    done = run_cli(command, "--all", "--pemerintah", "kaurr", store=store)
    assert done.returncode == 2 and done.stdout == ""
    said = " ".join(done.stderr.split())
    assert 'pemerintah yang memuat "kaurr" (maksud Anda "Kaur"?); pemerintah laporan' in said
    en = run_cli(command, "--all", "--tahun", "2024", "--pemerintah", "Kab. Bengkulu Selatn",
                 "--lang", "en", store=store)  # fmt: skip
    assert (
        'no report of 2024 whose pemerintah contains "Kab. Bengkulu Selatn" '
        '(did you mean "Bengkulu Selatan"?); the pemerintah of the reports of 2024:'
    ) in " ".join(en.stderr.split())


def test_the_roll_up_of_one_government_is_titled_with_its_name(store: Path) -> None:
    """years23: ``export --all --pemerintah kaur`` was titled "… Seluruh OPD: kaur (2024)", the
    text as typed; a text several governments' pemerintah contain is said as it was typed."""
    for lang, title in (("id", "# Rekap Kinerja Seluruh OPD"), ("en", "# Performance roll-up")):
        done = run_cli("export", "--all", "--pemerintah", "kaur", "--lang", lang, store=store)
        assert done.returncode == 0, done.stderr
        head = done.stdout.splitlines()[0]
        assert head.startswith(title) and head.endswith(": Pemerintah Kabupaten Kaur (2024)")
    both = run_cli("export", "--all", "--pemerintah", "kabupaten", store=store)
    # (years25: was "kabupaten", the text typed, for two governments' reports)
    head = both.stdout.splitlines()[0]
    assert head == "# Rekap Kinerja Seluruh OPD: Kabupaten Bengkulu Selatan, Kaur (2024)"


# years25: a text no report has listed the governments with "Pemerintah Kabupaten" on every
# item, and a roll-up of several governments' reports was titled with the text typed
# ("Seluruh OPD: bengkulu"). The governments are now said once each, grouped by their kind.

_PROVINCE = (
    ("setwan-kaur-2024", "Setwan", "Pemerintah Kabupaten Kaur", 2024),
    ("setwan-seluma-2024", "Setwan", "Pemerintah Kabupaten Seluma", 2024),
    ("setwan-lebong-2024", "Setwan", "Pemerintah Kabupaten Lebong", 2024),
    ("setwan-mukomuko-2024", "Setwan", "Pemerintah Kabupaten Mukomuko", 2024),
    ("setwan-kota-2024", "Setwan", "Pemerintah Kota Bengkulu", 2024),
    ("setwan-prov-2024", "Setwan", "Pemerintah Provinsi Bengkulu", 2024),
)


@pytest.fixture(scope="module")
def province(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Seven governments' reports of 2024: five kabupaten (Bengkulu Selatan's Setda among
    them), the kota and the provinsi."""
    return offices_store(tmp_path_factory.mktemp("province"), _PROVINCE)


@pytest.mark.parametrize("command", ["status", "check", "export"])
def test_the_governments_a_text_missed_are_grouped_by_their_kind(
    province: Path, command: str
) -> None:
    listed = (
        "Kabupaten Bengkulu Selatan, Kaur, Lebong, Mukomuko, Seluma; Kota Bengkulu; "
        "Provinsi Bengkulu"
    )
    for lang, said in (
        ("id", f'yang memuat "zzz"; pemerintah laporan 2024: {listed}'),
        ("en", f'contains "zzz"; the pemerintah of the reports of 2024: {listed}'),
    ):
        done = run_cli(command, "--all", "--tahun", "2024", "--pemerintah", "zzz",
                       "--lang", lang, store=province)  # fmt: skip
        assert done.returncode == 2 and done.stdout == ""
        text = " ".join(done.stderr.split())
        assert said in text and "Pemerintah" not in text


def test_a_roll_up_of_several_governments_is_titled_with_them(province: Path) -> None:
    for lang, title in (("id", "Rekap Kinerja Seluruh OPD"), ("en", "Performance roll-up")):
        done = run_cli("export", "--all", "--pemerintah", "bengkulu", "--lang", lang,
                       store=province)  # fmt: skip
        assert done.returncode == 0, done.stderr
        assert done.stdout.splitlines()[0] == (
            f"# {title}: Kabupaten Bengkulu Selatan; Kota Bengkulu; Provinsi Bengkulu (2024)"
            if lang == "id"
            else f"# {title} of every OPD: Kabupaten Bengkulu Selatan; Kota Bengkulu; "
            "Provinsi Bengkulu (2024)"
        )
    many = run_cli("export", "--all", "--pemerintah", "pemerintah", store=province).stdout
    assert many.splitlines()[0] == (
        '# Rekap Kinerja Seluruh OPD: 7 pemerintah yang memuat "pemerintah" (2024)'
    )
    en = run_cli("export", "--all", "--pemerintah", "PEMERINTAH", "--lang", "en", store=province)
    assert en.stdout.splitlines()[0] == (
        "# Performance roll-up of every OPD: 7 governments whose pemerintah contains "
        '"PEMERINTAH" (2024)'
    )


@pytest.mark.parametrize("command", ["status", "check", "export"])
def test_a_government_s_short_form_keeps_its_reports(province: Path, command: str) -> None:
    """years25: "Kab. Kaur" (as a planner writes it) kept no report of Pemerintah Kabupaten Kaur
    ("kab kaur" is not in "pemerintah kabupaten kaur"): it was refused, and answered "maksud
    Anda "Kaur"?". The short forms of a government's words are matched as the words."""
    kaur, prov = ("kaur", "Kabupaten Kaur"), ("prov", "Provinsi Bengkulu")
    for typed, (rid, government) in (("Kab. Kaur", kaur), ("Pemkab Kaur", kaur),
                                     ("prov bengkulu", prov)):  # fmt: skip
        done = run_cli(command, "--all", "--tahun", "2024", "--pemerintah", typed, store=province)
        assert done.returncode in (0, 1) and done.stdout, done.stderr
        if command == "export":  # (the roll-up names the government, one report's)
            head = done.stdout.splitlines()[0]
            assert head.endswith(f": Pemerintah {government} (2024)"), head
            assert "1 laporan" in done.stdout
        else:
            kept = re.findall(r"setwan-[a-z]+-2024|setda", done.stdout)
            assert set(kept) == {f"setwan-{rid}-2024"}, done.stdout


def test_offices_of_one_name_in_a_roll_up_of_several_governments_are_told_apart(
    province: Path,
) -> None:
    """years25: a province's roll-up listed ten rows and ten sections "Kecamatan Pino", one per
    kabupaten, each read as the same office. Where reports of several governments share a name,
    its government follows it; an office of one government's roll-up is named as before."""
    governments = [g for _, _, g, _ in _PROVINCE]
    for lang in ("id", "en"):
        done = run_cli("export", "--all", "--pemerintah", "pemerintah", "--lang", lang,
                       store=province)  # fmt: skip
        assert done.returncode == 0, done.stderr
        lines = done.stdout.splitlines()
        rows = [line.split(" | ")[0][2:] for line in lines if line.startswith("| ")]
        rows = [row for row in rows if row not in ("Instansi", "---") and "**" not in row]
        assert len(set(rows)) == len(rows) == 7, done.stdout
        for pemerintah in governments:
            named = f"Setwan ({pemerintah.removeprefix('Pemerintah ')})"
            assert named in rows and f"\n## {named} (2024)\n" in done.stdout, done.stdout
    alone = run_cli("export", "--all", "--pemerintah", "Kaur", store=province).stdout
    # (the title names the one government and the year: neither on every row, years33)
    assert alone.startswith("# Rekap Kinerja Seluruh OPD: Pemerintah Kabupaten Kaur (2024)\n")
    assert (
        "\n| Setwan | " in alone
        and "| Instansi | IKU |" in alone
        and "\n## Setwan (2024)\n" in alone
    )


def test_an_office_of_a_name_another_government_reported_is_not_left_out(
    tmp_path: Path,
) -> None:
    """years25: the offices without a report of the year were found by name: Seluma's Setwan
    (2023 only) was not listed while Kaur's Setwan had its 2024 report, left out unsaid."""
    store = offices_store(
        tmp_path,
        (
            ("setwan-kaur-2023", "Setwan", "Pemerintah Kabupaten Kaur", 2023),
            ("setwan-kaur-2024", "Setwan", "Pemerintah Kabupaten Kaur", 2024),
            ("setwan-seluma-2023", "Setwan", "Pemerintah Kabupaten Seluma", 2023),
        ),
    )
    for lang, said in (("id", "laporan yang ada: 2023"), ("en", "reports held: 2023")):
        done = run_cli("export", "--all", "--tahun", "2024", "--lang", lang, store=store)
        assert done.returncode == 0, done.stderr
        assert f"\n- Setwan (Kabupaten Seluma) — {said}\n" in done.stdout, done.stdout
    kaur = run_cli("export", "--all", "--tahun", "2024", "--pemerintah", "kaur", store=store)
    assert "Seluma" not in kaur.stdout and "tanpa laporan" not in kaur.stdout, kaur.stdout
