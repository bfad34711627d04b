"""``lkj-tui set`` on a node without a measure (edit25), through the installed command: the
refusal names the indicators beneath it by the id ``set`` takes, or how to add one."""

from __future__ import annotations

import re

import pytest

from lkj_tui.bundled import BUNDLED_REPORT_ID
from lkj_tui.core import edits
from lkj_tui.storage.store import Store
from tests.conftest import run_cli


def kegiatan_under_iku1(store_path) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    """The id and name of IKU 1's kegiatan ("Kegiatan administrasi tata pemerintahan")."""
    report = Store(store_path).load(BUNDLED_REPORT_ID).report
    iku1 = next(n for n in report.walk() if n.code == "IKU 1")
    kegiatan = next(n for n in report.children(iku1.id) if n.kind == "kegiatan")
    return kegiatan.id, kegiatan.name


@pytest.mark.parametrize(
    ("lang", "beneath"), [("id", "Indikator di bawahnya: "), ("en", "Indicators beneath it: ")]
)
def test_set_on_a_kegiatan_names_the_indicators_beneath_it(store_path, lang, beneath) -> None:
    """A first-time author set a kegiatan's realisasi and was told "Kegiatan Kegiatan
    administrasi… tidak punya target/realisasi" (its kind twice) and nothing more. Now the
    kegiatan once, and the indicators beneath it, each by an id that ``set`` takes."""
    program, name = kegiatan_under_iku1(store_path)
    before = (store_path / f"{BUNDLED_REPORT_ID}.json").read_bytes()
    out = run_cli("set", program[:8], "realisasi", "3", "--lang", lang, store=store_path)
    assert out.returncode == 2 and "Traceback" not in out.stderr, out.stderr
    assert "Kegiatan Kegiatan" not in out.stderr and f"— realisasi: {name[:30]}" in out.stderr
    assert beneath in out.stderr, out.stderr
    assert (store_path / f"{BUNDLED_REPORT_ID}.json").read_bytes() == before
    listed = re.findall(r"\b([0-9a-f]{8}): ", out.stderr.split(beneath, 1)[1])
    assert 1 <= len(listed) <= 5, out.stderr
    again = run_cli("set", listed[0], "realisasi", "3", "--lang", lang, store=store_path)
    assert again.returncode == 0, again.stderr


def test_set_on_a_tujuan_names_its_nearest_indicators_and_a_bare_one_how_to_add(
    store_path,
) -> None:
    """A tujuan lists its IKU (the nearest indicators), not the kegiatan's beneath them; a new
    sasaran with nothing beneath it says how to add one."""
    out = run_cli("set", "T1", "realisasi", "3", store=store_path)
    assert out.returncode == 2, out.stderr
    assert "Tujuan T1 tidak punya target/realisasi. Indikator di bawahnya: " in out.stderr
    assert ": IKU 1 Nilai LPPD; " in out.stderr and out.stderr.count(": IKU ") <= 5, out.stderr
    store = Store(store_path)
    report = store.load(BUNDLED_REPORT_ID).report
    t1 = next(n for n in report.walk() if n.code == "T1")
    store.apply(BUNDLED_REPORT_ID, edits.add(report, t1.id, "sasaran", "Sasaran Baru", "S9"))
    out = run_cli("set", "S9", "target", "3", store=store_path)
    assert out.returncode == 2, out.stderr
    assert "Belum ada indikator di bawahnya: tambahkan di TUI (a pada simpul ini)" in out.stderr
    out = run_cli("set", "S9", "target", "3", "--lang", "en", store=store_path)
    assert "No indicator beneath it: add one in the TUI (a on this node)" in out.stderr
