"""Rupiah amounts as people write them (num12): "IDR 1.000.000", "IDR 1,000,000", "Rp.1.000.000",
"1.000.000 rupiah" are read as Rupiah; "Rp 1,000" (1 by the Indonesian comma, 1.000 by the
English one) and an anggaran "1,000" are refused with both readings, never guessed. The old code
read "IDR 1.000.000" as text (no capaian against "Rp 1.000.000"), "Rp 1,000" as 1 (capaian 0,00 %
against Rp 1.000.000) and "1.000.000 rupiah" as a unit other than "Rp"."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from lkj_tui.core.values import ParseError, amount_error, parse_value
from tests.conftest import run_cli


@pytest.mark.parametrize(
    "raw",
    [
        "IDR 1.000.000",
        "IDR 1,000,000",
        "idr1.000.000",
        "Rp 1.000.000",
        "Rp. 1.000.000",
        "Rp.1.000.000",
        "Rp  1.000.000,00",
        "Rp 1,000,000.00",
        "1.000.000 rupiah",
        "1.000.000 Rupiah",
        "1.000.000 IDR",
        "1000000 rupiah",
        "Rp 1.000.000,-",
    ],
)
def test_every_way_of_writing_a_million_rupiah_is_one(raw: str) -> None:
    value = parse_value(raw)
    assert (value.kind, value.number, value.unit) == ("number", Decimal(1000000), "Rp")
    done = json.loads(run_cli("calc", "Rp 1.000.000", raw, "--json").stdout)
    assert done["achievement"] == 100.0, raw


@pytest.mark.parametrize(
    ("raw", "said"),
    [
        ("Rp 1,000", "1,000 bisa 1 (koma desimal) atau 1.000 (koma ribuan"),
        ("IDR 1,500", "1,500 bisa 1,5 (koma desimal) atau 1.500 (koma ribuan"),
        ("Rp. 100,000", "100,000 bisa 100 (koma desimal) atau 100.000 (koma ribuan"),
        ("1,000 rupiah", "1,000 bisa 1 (koma desimal) atau 1.000"),
    ],
)
def test_an_ambiguous_amount_is_refused_with_both_readings(raw: str, said: str) -> None:
    with pytest.raises(ParseError) as caught:
        parse_value(raw)
    assert said in caught.value.message and "jumlah Rupiah ambigu" in caught.value.message
    assert "an ambiguous Rupiah amount" in caught.value.message_en
    done = run_cli("calc", "Rp 1.000.000", raw)
    assert done.returncode == 2 and said in done.stderr and done.stdout == ""
    en = run_cli("calc", "Rp 1.000.000", raw, "--lang", "en")
    assert en.returncode == 2 and "(English thousands comma)" in en.stderr


def test_unambiguous_amounts_stay_as_they_were() -> None:
    assert parse_value("Rp 1,5").number == Decimal("1.5")  # a decimal comma, not three digits
    assert parse_value("Rp 1.000").number == Decimal(1000)  # thousands, the Indonesian way
    assert parse_value("1,000").number == Decimal(1)  # no Rupiah: the comma is decimal, as ever
    assert amount_error("1.000") is None and amount_error("1,50") is None
    assert amount_error("1,000") is not None and amount_error("12,345") is not None


def test_hostile_amounts_of_200000_characters_are_answered() -> None:
    """The patterns added are bounded (a prefix, one comma and three digits): a hostile amount is
    answered as fast as any (pytest-timeout ends a hang)."""
    for raw in ("Rp " + "1," * 100_000, "Rp 1" + ",000" * 66_666 + "x", "IDR " + "9" * 200_000):
        try:
            value = parse_value(raw)
        except ParseError as exc:
            assert "tidak dapat dibaca" in exc.message
        else:
            assert value.number == Decimal("9" * 200_000) and value.unit == "Rp"
        assert amount_error(raw) is None
    assert amount_error("1,000" + "0" * 200_000) is None


@pytest.fixture
def store(tmp_path: Path) -> Path:
    root = tmp_path / "s"
    assert run_cli("init", store=root).returncode == 0
    return root


def test_set_and_import_refuse_an_ambiguous_anggaran(store: Path, tmp_path: Path) -> None:
    before = run_cli("status", "--json", store=store).stdout
    for value in ("1,000", "Rp 1,000", "IDR 250,000"):
        done = run_cli("set", "IKU 1", "anggaran", value, store=store)
        assert done.returncode == 2 and "jumlah Rupiah ambigu" in done.stderr, value
        assert done.stderr.startswith("lkj-tui: IKU 1 (Nilai LPPD) — anggaran: Nilai"), done.stderr
    assert run_cli("status", "--json", store=store).stdout == before  # nothing written
    ok = run_cli("set", "IKU 1", "anggaran", "IDR 1,000,000", store=store)
    assert ok.returncode == 0, ok.stderr
    ok = run_cli("set", "IKU 1", "realisasi_anggaran", "900.000 rupiah", store=store)
    assert ok.returncode == 0, ok.stderr
    # the import: the cell is named
    out = tmp_path / "r.csv"
    assert run_cli("export", "-f", "csv", "-o", str(out), store=store).returncode == 0
    text = out.read_text(encoding="utf-8-sig")
    # (its English thousands stored as the report writes them: vals57)
    assert "IDR 1.000.000" in text and "1,000,000" not in text
    out.write_text(text.replace("IDR 1.000.000", "Rp 1,000"), encoding="utf-8-sig")
    dry = run_cli("import", str(out), "--dry-run", "-r", "baru", store=store)
    assert dry.returncode != 0
    assert "anggaran" in dry.stdout + dry.stderr
    assert "jumlah Rupiah ambigu: 1,000 bisa 1" in dry.stdout + dry.stderr
