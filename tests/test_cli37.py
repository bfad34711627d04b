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
    assert done.returncode == 2, done.stdout
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
    assert done.returncode == 2, done.stdout
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


#: A kabupaten OPD's report id: 76 characters, wider than a 40-column line.
LONG_ID = "bengkulu-selatan-dinas-penanaman-modal-dan-pelayanan-terpadu-satu-pintu-2025"
PTY = pytest.mark.skipif(not hasattr(__import__("os"), "openpty"), reason="a pseudo-terminal")


def _joined(lines: list[str]) -> str:
    """Lines broken at words or after a "-", "/" or "_", joined back (each without its indent)."""
    out = ""
    for line in lines:
        body = line.strip()
        out += body if out.endswith(("/", "-", "_")) or not out else f" {body}"
    return out


@PTY
@pytest.mark.parametrize("columns", [40, 60])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_errors_at_40_and_60_columns_break_a_wide_id_or_path_under_their_words(
    tmp_path: Path, lang: str, columns: int
) -> None:
    """`status`, `export`, `check`, `set` with a 76-character id and `import` of a long path at
    40–60 columns: the id or the path went to column 0, where the terminal wrapped it mid-word
    ("'bengkulu-selatan-dinas-penanaman-modal-" / "dan-pelayanan-…" at 40). Every command's
    error now breaks them after a "-" or a "/" under "lkj-tui: ", as sync's since share35."""
    from tests.test_narrow_terminal import _on_a_terminal

    store = tmp_path / "Data Bagian Organisasi" / "penyimpanan-lkj-kabupaten-bengkulu-selatan"
    assert run_cli("init", store=store).returncode == 0
    missing = tmp_path / "laporan-kinerja-dinas-penanaman-modal-dan-pelayanan-terpadu-2025.xlsx"
    for args in (
        ["status", "-r", LONG_ID],
        ["export", "-r", LONG_ID],
        ["check", "-r", LONG_ID],
        ["set", "-r", LONG_ID, "IKU 1", "realisasi", "3"],
        ["import", str(missing)],
    ):
        code, shown = _on_a_terminal([*args, "--store", str(store), "--lang", lang], columns)
        assert code == 2, shown  # what was typed names nothing (cli61)
        lines = shown.rstrip("\n").split("\n")
        assert lines[0].startswith("lkj-tui: "), shown
        assert all(len(line) <= columns for line in lines), shown
        assert all(line.startswith(" " * 9) for line in lines[1:]), shown
        words = _joined(lines)
        piped = run_cli(*args, "--store", str(store), "--lang", lang)
        assert words == piped.stderr.strip(), shown  # the same words, whole when joined
        assert (str(missing) if args[0] == "import" else f"'{LONG_ID}'") in words, shown


@PTY
@pytest.mark.parametrize("lang", ["id", "en"])
def test_resolve_all_at_40_columns_hangs_a_sentences_later_lines(
    store_path: Path, lang: str
) -> None:
    """`resolve semua pertahankan --lang en` at 40 columns: "1 conflict chosen at once: the
    values in" / "the file kept." read as two sentences; the later line is now two spaces in."""
    from tests.test_narrow_terminal import _on_a_terminal

    _conflict_on_a_name(store_path, "Nilai LPPD baru")
    args = ["resolve", "semua", "pertahankan", "--store", str(store_path), "--lang", lang]
    code, shown = _on_a_terminal(args, 40)
    assert code == 0, shown
    lines = shown.rstrip("\n").split("\n")
    head = {"id": "1 konflik dipilih sekaligus:", "en": "1 conflict chosen at once:"}[lang]
    assert lines[0].startswith(head) and lines[1].startswith("  "), shown
    assert not lines[1].startswith("   "), shown
    starts = [line for line in lines if line and not line.startswith(" ")]
    assert all(line[0].isupper() or line[0].isdigit() for line in starts), shown  # (sentences)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_log_of_a_report_not_there_says_only_that(store_path: Path, lang: str) -> None:
    # "This store is not shared: the history from the change journal …" came first, a note
    # about a log that `log -r x` then did not print
    done = run_cli("log", "-r", "x", "--lang", lang, store=store_path)
    assert done.returncode == 2, done.stdout
    assert done.stderr.count("\n") == 1 and done.stderr.startswith("lkj-tui: "), done.stderr
    shown = run_cli("log", "--lang", lang, store=store_path)
    assert shown.returncode == 0 and "sync --init" in shown.stderr, shown.stderr


@PTY
@pytest.mark.parametrize("lang", ["id", "en"])
def test_log_note_at_80_columns_breaks_after_its_first_sentence_not_before(
    store_path: Path, lang: str
) -> None:
    """`log` on a store not shared, at 80 columns: "This store is not shared: the history" /
    "  from the change journal on this computer (no author names). A shared history:" — the
    label over the command was held from the first sentence's ":" on. Its last sentence is now
    the label; the first fills its line."""
    from tests.test_narrow_terminal import _on_a_terminal

    code, shown = _on_a_terminal(["log", "--store", str(store_path), "--lang", lang], 80)
    assert code == 0, shown
    lines = shown.rstrip("\n").split("\n")
    first = {
        "id": "Penyimpanan ini belum dibagikan: riwayat dari jurnal perubahan di komputer ini",
        "en": "This store is not shared: the history from the change journal on this computer",
    }
    label = {
        "id": "  (tanpa nama penulis). Riwayat bersama:",
        "en": "  (no author names). A shared history:",
    }
    assert lines[:2] == [first[lang], label[lang]], shown
    assert lines[2].strip().startswith("lkj-tui sync --init"), shown


@pytest.mark.parametrize("lang", ["id", "en"])
def test_taking_a_value_of_a_node_no_longer_there_says_so(store_path: Path, lang: str) -> None:
    # "perubahan tidak sah: '0123…cdef'; berkas tidak diubah": a bare 32-character id, in
    # either language (a KeyError's), when the node was deleted here after the merge
    from lkj_tui.core.edits import EditError
    from lkj_tui.core.merge import conflicts_of
    from lkj_tui.storage.store import Store
    from lkj_tui.sync.resolve import choice, meta_document
    from lkj_tui.tui.text import error_text

    _conflict_on_a_name(store_path, "Nilai LPPD baru")
    path = store_path / f"{RID}.json"
    path.write_text(
        path.read_text(encoding="utf-8").replace(f'"node": "{IKU1}"', '"node": "0123456789abcdef"'),
        encoding="utf-8",
    )
    done = run_cli("resolve", "1", "ambil-lain", "--lang", lang, store=store_path)
    assert done.returncode == 1, done.stdout
    said = {
        "id": "simpul 01234567 tidak ada lagi di laporan ini: nilai yang lain tidak dapat diambil",
        "en": "node 01234567 is no longer in this report: the other value cannot be taken",
    }
    assert said[lang] in " ".join(done.stderr.split()), done.stderr
    store = Store(store_path)
    recorded = conflicts_of(meta_document(store, RID))
    with pytest.raises(EditError) as refused:  # (the TUI's K)
        choice(store.load(RID).report, recorded, recorded[0], take_other=True)
    assert error_text(refused.value, lang).lower().startswith(said[lang].lower())
