"""cli39: a new user's first commands (their own report alone in a new store, a store they
emptied left empty, the help hint and a label folded at 30 and 40 columns, the TUI's saved
language for every message of its start)."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from lkj_tui.bundled import BUNDLED_REPORT_ID, load_bundled_report
from tests.conftest import run_cli
from tests.test_cli37 import PTY

OWN = "kaur-dinas-sosial-2025"


def _own_report(tmp_path: Path) -> Path:
    """A report document of the user's own office (the bundled one under another meta)."""
    report = load_bundled_report()
    report.meta = replace(report.meta, id=OWN, instansi="Dinas Sosial", tahun=2025)
    path = tmp_path / "dinas sosial.json"
    path.write_text(json.dumps(report.to_document(), ensure_ascii=False), encoding="utf-8")
    return path


def _reports(store: Path) -> list[str]:
    return sorted(p.name for p in store.glob("*.json"))


@pytest.mark.parametrize("first", ["import", "new"])
def test_a_new_store_made_by_the_users_own_report_holds_it_alone(
    tmp_path: Path, first: str
) -> None:
    """`lkj-tui import X` (or `new`) into a new store put the bundled Setda 2023 beside the
    user's report, unsaid: it then stood in `status --all` and in the region's roll-up as if it
    were one of theirs. Their report is the store's first and only one; a command that only
    reads a new store still opens on the example."""
    store = tmp_path / "fresh"
    if first == "import":
        done = run_cli("import", str(_own_report(tmp_path)), store=store)
        own = f"{OWN}.json"
    else:
        done = run_cli("new", "--instansi", "Dinas Sosial", "--tahun", "2025", store=store)
        own = "dinas-sosial-2025.json"
    assert done.returncode == 0, done.stderr
    assert _reports(store) == [own]
    listed = run_cli("status", "--all", "--json", store=store)
    assert [r["id"] for r in json.loads(listed.stdout)["reports"]] == [own[:-5]]
    other = tmp_path / "other"
    assert run_cli("status", store=other).returncode == 0  # (a reading command: the example)
    assert _reports(other) == [f"{BUNDLED_REPORT_ID}.json"]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_store_its_user_emptied_stays_empty_and_says_how_to_fill_it(
    tmp_path: Path, lang: str
) -> None:
    """After deleting every report, the next command brought the bundled report back, saying
    a new store was made. The store stays empty; each command says so with what to type next
    (import one's own report, or `init` for the example; `info` under its "Reports (0):"), and
    `init` brings the example back."""
    store = tmp_path / "s"
    assert run_cli("init", "--store", str(store)).returncode == 0
    (store / f"{BUNDLED_REPORT_ID}.json").unlink()
    words = {
        # (it held a report: "no longer", not "yet", cli69)
        "id": ("tidak ada lagi laporan", "lkj-tui import BERKAS.xlsx", "lkj-tui init"),
        "en": ("no longer holds a report", "lkj-tui import FILE.xlsx", "lkj-tui init"),
    }[lang]
    for command in (["status"], ["status", "--all"], ["check", "--all"], ["compare"]):
        done = run_cli(*command, "--lang", lang, store=store)
        assert done.returncode == 1, (command, done.stdout)
        assert all(word in done.stderr for word in words), (command, done.stderr)
        assert _reports(store) == [], command  # nothing brought back
    listed = run_cli("info", "--lang", lang, store=store)  # ("Reports (0):" and nothing more)
    assert listed.returncode == 0 and all(w in listed.stdout for w in words), listed.stdout
    done = run_cli("init", "--store", str(store), "--lang", lang)
    back = {"id": "Laporan bawaan dikembalikan", "en": "The bundled report is back"}[lang]
    assert done.returncode == 0 and back in done.stdout, done.stdout
    assert _reports(store) == [f"{BUNDLED_REPORT_ID}.json"]


def test_the_tui_start_speaks_the_saved_language(tmp_path: Path) -> None:
    """`lkj-tui` without --lang opened the store in Bahasa Indonesia when the TUI's settings say
    English (the new store's note, a refused --report): the saved language holds for every
    message of that start; --lang typed still wins."""
    settings = tmp_path / "settings.json"
    settings.write_text('{"lang": "en"}', encoding="utf-8")
    env = {"LKJ_TUI_CONFIG": str(settings)}
    done = run_cli("-r", "nope", store=tmp_path / "s", env=env)
    assert done.returncode == 2 and "no report 'nope' in the store" in done.stderr, done.stderr
    done = run_cli("-r", "nope", "--lang", "id", store=tmp_path / "s", env=env)
    assert "laporan 'nope' tidak ada" in done.stderr, done.stderr


@PTY
def test_the_help_hint_at_30_columns_starts_after_its_label() -> None:
    """`template --lang en` at 30 columns: "Help:" stood alone at column 0 and its command at
    column 6, further in than the usage line's 4. The command starts after "Help: ", folded at
    its options as every command a message prints."""
    from tests.test_narrow_terminal import _on_a_terminal

    code, shown = _on_a_terminal(["template", "--lang", "en"], 30)
    assert code == 2, shown
    lines = shown.split("\n")
    at = next(n for n, line in enumerate(lines) if line.startswith("Help:"))
    assert lines[at] == "Help: lkj-tui template -h \\", shown
    assert lines[at + 1].strip() == "--lang en", shown
    assert all(len(line) <= 30 for line in lines), shown


@PTY
@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_label_over_its_command_leaves_no_words_alone_at_40_columns(
    tmp_path: Path, lang: str
) -> None:
    """A --store that does not exist at 40 columns: "new store" stood alone on a line over
    "holding the bundled report:" and its command. The label gives its first words to them."""
    from tests.test_narrow_terminal import _on_a_terminal

    missing = "/tmp/x"
    code, shown = _on_a_terminal(["status", "--store", missing, "--lang", lang], 40)
    assert code == 2, shown
    lines = shown.rstrip("\n").split("\n")
    # (each label over its command, import's then init's since import59: 30fb48b)
    labels = [n for n, line in enumerate(lines) if line.endswith(":")]
    assert [lines[n + 1].split()[:2] for n in labels][-1] == ["lkj-tui", "init"], shown
    assert all(lines[n + 1].strip().startswith("lkj-tui ") for n in labels), shown
    words = [line for line in lines[1 : labels[-1] + 1] if not line.startswith(" " * 11)]
    for line in words:  # (the words: half a line at least, or a sentence's end)
        assert len(line.strip()) >= (40 - 9) // 2 or line.endswith("."), shown
