"""cli37: the commands' messages, continued (a refusal of the model chosen by `resolve` said in
the language asked, a mistyped report id in a small store answered with the closest one, …)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lkj_tui.core.model import ModelError
from tests.conftest import run_cli

RID = "bengkulu-selatan-setda-2023"
#: IKU 1 of the bundled report ("Nilai LPPD").
IKU1 = "921ac2d04ffa5164b7b915b6669fbf56"


def _conflict_on_a_name(store_path: Path, other: object) -> None:
    """A conflict recorded on IKU 1's name whose other value is ``other`` (as a merge records it
    in the meta document; a hand-edited or newer file can hold a value the model refuses)."""
    path = store_path / f"{RID}.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    meta = next(iter(data["meta"].values()))
    name = "Nilai LPPD"
    meta["conflicts"] = [
        {"node": IKU1, "field": ["name"], "base": name, "kept": name, "other": other}
    ]
    path.write_text(json.dumps(data), encoding="utf-8")


@pytest.mark.parametrize("lang", ["id", "en"])
def test_resolve_says_a_value_the_model_refuses_in_the_language_asked(
    store_path: Path, lang: str
) -> None:
    # "invalid change: node 921a…: 'name' harus teks, bukan int": resolve wrapped the model's
    # refusal as a plain string, so its English was lost (and "node" stood in the Indonesian).
    _conflict_on_a_name(store_path, 5)
    before = (store_path / f"{RID}.json").read_bytes()
    done = run_cli("resolve", "1", "ambil-lain", "--lang", lang, store=store_path)
    assert done.returncode == 1, done.stdout
    said = {
        "id": f"perubahan tidak sah: simpul {IKU1}: 'name' harus teks, bukan int; berkas tidak",
        "en": f"invalid change: node {IKU1}: 'name' must be text, not int; the file was not",
    }
    assert said[lang] in " ".join(done.stderr.split()), done.stderr
    assert ("harus" in done.stderr) == (lang == "id"), done.stderr
    assert (store_path / f"{RID}.json").read_bytes() == before  # nothing written


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_tui_says_a_refusal_of_the_model_in_its_language(store_path: Path, lang: str) -> None:
    """`K` (a choice the model refuses) and the TUI's messages of a refused report or a next
    year's report said the model's words in Bahasa Indonesia with `--lang en`."""
    from lkj_tui.core.edits import EditError
    from lkj_tui.core.merge import conflicts_of
    from lkj_tui.core.rollover import rollover
    from lkj_tui.storage.store import Store
    from lkj_tui.sync.resolve import choice, meta_document
    from lkj_tui.tui.text import error_text

    _conflict_on_a_name(store_path, 5)
    store = Store(store_path)
    report = store.load(RID).report
    recorded = conflicts_of(meta_document(store, RID))
    with pytest.raises(EditError) as refused:
        choice(report, recorded, recorded[0], take_other=True)
    words = {"id": "'name' harus teks, bukan int", "en": "'name' must be text, not int"}
    assert words[lang] in error_text(refused.value, lang)
    with pytest.raises(ModelError) as same:
        rollover(report, report.meta.tahun)
    words = {"id": "Tahun baru sama dengan tahun laporan (2023)", "en": "The new year is the"}
    assert error_text(same.value, lang).startswith(words[lang]), error_text(same.value, lang)
    refusal = ModelError("kind", "simpul 0.1", kind="'x'")
    words = {"id": "Simpul 0.1: jenis simpul tidak dikenal 'x'", "en": "Node 0.1: unknown node"}
    assert error_text(refusal, lang).startswith(words[lang])


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_mistyped_id_in_a_store_of_one_report_asks_for_it(store_path: Path, lang: str) -> None:
    # "laporan '…-2024' tidak ada di penyimpanan … (laporan yang ada: …-2023)": the closest id
    # was in the list, but nothing asked "maksud Anda …?" as a bigger store's message does.
    done = run_cli("status", "-r", "bengkulu-selatan-setda-2024", "--lang", lang, store=store_path)
    assert done.returncode == 1, done.stdout
    said = {
        "id": f"laporan 'bengkulu-selatan-setda-2024' tidak ada di penyimpanan {store_path}; "
        f"maksud Anda {RID}?",
        "en": f"no report 'bengkulu-selatan-setda-2024' in the store {store_path}; "
        f"did you mean {RID}?",
    }
    assert done.stderr == f"lkj-tui: {said[lang]}\n", done.stderr


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_mistyped_id_in_a_store_of_three_names_the_closest_first(
    tmp_path: Path, lang: str
) -> None:
    root = tmp_path / "s"
    assert run_cli("init", store=root).returncode == 0
    for year in ("2024", "2025"):
        made = run_cli("new", "--from", RID, "--tahun", year, store=root)
        assert made.returncode == 0, made.stderr
    done = run_cli("export", "-r", "bengkulu-selatan-setda-2052", "--lang", lang, store=root)
    assert done.returncode == 1, done.stdout
    said = {
        "id": "maksud Anda bengkulu-selatan-setda-2025? (laporan lain: bengkulu-selatan-setda-"
        "2023, bengkulu-selatan-setda-2024)",
        "en": "did you mean bengkulu-selatan-setda-2025? (other reports: bengkulu-selatan-setda-"
        "2023, bengkulu-selatan-setda-2024)",
    }
    assert done.stderr.endswith(f"; {said[lang]}\n"), done.stderr
    # an id like none of them lists them all, as before
    done = run_cli("check", "-r", "zzz", "--lang", lang, store=root)
    assert ("laporan yang ada: " if lang == "id" else "reports that exist: ") in done.stderr
    assert "maksud" not in done.stderr and "mean" not in done.stderr, done.stderr
