"""years65: what ``compare`` did not say. A satuan changed between the years (IKU 6 "Nilai" →
"Dokumen") was never mentioned (``compare``, ``--json``, ``export --compare``); a new or dropped
indicator's line ended "— —", nothing saying the dash stood for an empty realisasi."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import BUNDLED_REPORT_ID, NEXT_YEAR_ID, next_year_store, run_cli


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Setda 2023 and its 2024 (``new --from``), IKU 6's satuan changed, its realisasi set;
    IKU 7 given to another indicator of another satuan (``nama berubah``)."""
    root = tmp_path_factory.mktemp("years65") / "s"
    sets = (
        ("IKU 6", "satuan", "Dokumen"),
        ("IKU 6", "realisasi", "61"),
        ("IKU 7", "name", "Jumlah Kasus Baru"),
        ("IKU 7", "satuan", "Kasus"),
    )
    return next_year_store(root, sets)


def _flat(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("columns", ["80", "120"])
def test_compare_says_the_satuan_changed(store: Path, columns: str) -> None:
    done = run_cli("compare", store=store, env={"COLUMNS": columns})
    assert done.returncode == 0, done.stderr
    assert "Satuan IKU 6 berubah: Nilai (2023) → Dokumen (2024)" in _flat(done.stdout), done.stdout
    # (IKU 7's satuan is another indicator's: its "nama berubah" says it, no satuan line)
    assert _flat(done.stdout).count("berubah:") == 1, done.stdout
    en = run_cli("compare", "--lang", "en", store=store, env={"COLUMNS": columns}).stdout
    assert "Unit of IKU 6 changed: Nilai (2023) → Dokumen (2024)" in _flat(en), en


def test_compare_json_gives_each_years_satuan(store: Path) -> None:
    done = run_cli("compare", "--json", store=store)
    assert done.returncode == 0, done.stderr
    rows = {r["new"]["code"]: r for r in json.loads(done.stdout)["rows"] if r["new"]}
    assert (rows["IKU 6"]["old"]["satuan"], rows["IKU 6"]["new"]["satuan"]) == ("Nilai", "Dokumen")
    assert rows["IKU 1"]["old"]["satuan"] == rows["IKU 1"]["new"]["satuan"] == "Nilai"


def test_export_compare_says_the_satuan_changed(store: Path) -> None:
    done = run_cli("export", "-r", NEXT_YEAR_ID, "--compare", BUNDLED_REPORT_ID, store=store)
    assert done.returncode == 0, done.stderr
    assert "- Satuan IKU 6 berubah: Nilai (2023) → Dokumen (2024)" in done.stdout, done.stdout


ADDED = "Indeks Kepuasan Masyarakat"


@pytest.fixture(scope="module")
def changed_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Setda 2023 and its 2024 (rollover) where IKU 10 was deleted and a new IKU 11 added,
    with no figures, imported through the installed command."""
    from lkj_tui.bundled import load_bundled_report
    from lkj_tui.core import edits
    from lkj_tui.core.rollover import rollover

    tmp = tmp_path_factory.mktemp("listed65")
    root = tmp / "s"
    assert run_cli("init", store=root).returncode == 0
    new = rollover(load_bundled_report(), 2024)
    gone = next(n for n in new.walk() if n.code == "IKU 10")
    parent = gone.parent
    edits.apply(new, edits.delete(new, gone.id))
    edits.apply(new, edits.add(new, parent, "iku", ADDED, "IKU 11"))
    path = tmp / "next.json"
    path.write_text(json.dumps(new.to_document(), ensure_ascii=False), encoding="utf-8")
    done = run_cli("import", str(path), store=root)
    assert done.returncode == 0, done.stderr
    return root


def test_new_and_dropped_lines_say_what_the_figure_is(changed_store: Path) -> None:
    out = _flat(run_cli("compare", store=changed_store, env={"COLUMNS": "200"}).stdout)
    assert f"IKU 11 {ADDED} — realisasi 2024 kosong" in out, out
    assert "— 90 Persen" not in out and "— realisasi 2023: 90" in out, out
    assert "— —" not in out, out
    en = _flat(run_cli("compare", "--lang", "en", store=changed_store).stdout)
    assert f"IKU 11 {ADDED} — no realisasi in 2024" in en, en
    assert "— realisasi 2023: 90" in en, en
