"""cli42: small things in the commands."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from tests import test_sync
from tests.conftest import run_cli

offices = test_sync.offices


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
@pytest.mark.skipif(not hasattr(os, "openpty"), reason="a pseudo-terminal")
@pytest.mark.parametrize(
    ("lang", "node", "rest", "made"),
    [
        # (the first commit's report shared, not made: share70)
        # (at 60 columns "Laporan: dibagikan (rev. 1)" is one cell too wide beside the author:
        # its words broken after "Laporan:", never alone on the time's line)
        ("en", "IKU 3", "Actual (Realisasi): 3 ± 1 → 2,48", ("Report: shared (rev. 1)",)),
        ("id", "IKU 3 · Realisasi:", "3 ± 1 → 2,48", ("Laporan:", "dibagikan (rev. 1)")),
    ],
)
def test_log_at_60_columns_leaves_no_author_alone_on_its_line(
    offices, lang: str, node: str, rest: str, made: tuple[str, ...]
) -> None:
    """``log --lang en`` at 60 columns: "IKU 3 · Actual (Realisasi):" is one cell wider than the
    room beside "Rina Wulandari", and a report's id (a report made) cannot be broken, so the
    author stood alone on the time's line. The place now breaks between its node and its field
    (the " · " dropped there, as share30 drops it), and a report made says its words beside
    the author, its id under them."""
    from tests.test_sharing25 import _on_a_terminal

    rina = test_sync.env(offices, "Rina Wulandari <rina@example.org>")
    store = ["--store", str(Path(str(offices["tmp"])) / "opd")]
    for args in (
        ["init"],
        ["sync", "--init", str(offices["remote"])],
        ["set", "IKU 3", "realisasi", "2,48"],
    ):
        done = run_cli(*args, *store, env=rina)
        assert done.returncode == 0, done.stderr
    args = ("log", "--lang", "en") if lang == "en" else ("log",)
    lines = [line for line in _on_a_terminal(offices, 60, *args) if line.strip()]
    shown = "\n".join(lines)
    heads = [i for i, line in enumerate(lines) if line.startswith("20")]
    assert len(heads) == 2, shown
    assert not any(lines[i].endswith("Wulandari") for i in heads), shown  # (never alone)
    assert all(len(line) <= 60 for line in lines), shown
    edit, making = heads
    assert lines[edit].endswith(f"Rina Wulandari  {node}"), shown
    assert lines[edit + 1] == " " * 18 + rest, shown
    assert lines[making].endswith(f"Rina Wulandari  {made[0]}"), shown
    under = [" " * 18 + part for part in made[1:]]
    assert lines[making + 1 : making + len(made)] == under, shown
    assert lines[making + len(made)] == " " * 18 + test_sync.RID, shown  # (the id whole, under)
    piped = test_sync.lkj(offices, "opd", *args).stdout  # (piped: one line an entry, as before)
    field = "Actual (Realisasi)" if lang == "en" else "Realisasi"
    assert f"Wulandari  IKU 3 · {field}: 3 ± 1 → 2,48\n" in piped, piped
    assert f"Wulandari  {test_sync.RID} · {' '.join(made)}\n" in piped, piped


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize(
    "args",
    [
        ["template", "-h", "--store", "X"],
        ["template", "--help", "--store", "X"],
        ["calc", "-h", "--store", "X"],
        ["status", "--bogus", "-h"],
        ["status", "-h", "--report"],
    ],
)
def test_a_commands_help_before_an_option_it_refuses_is_shown(
    tmp_path: Path, args: list[str], lang: str
) -> None:
    """``template -h --store X`` was refused ("template tidak memakai penyimpanan"), though
    ``--store X template -h`` showed the help: click read every option before the help. With
    ``-h`` among the command's words, its help is shown, whatever else it was given."""
    store = tmp_path / "s"
    english = ["--lang", "en"] if lang == "en" else []
    done = run_cli(*english, *args, store=store)
    meant = run_cli(*english, args[0], "-h", store=store)
    assert meant.returncode == 0 and meant.stdout.startswith(("Penggunaan:", "Usage:")), meant
    assert (done.returncode, done.stdout, done.stderr) == (0, meant.stdout, ""), done.stderr
    assert not store.exists()  # (nothing made)


def test_an_option_a_command_refuses_without_its_help_is_still_refused() -> None:
    """Without ``-h`` the refusal stays, and so does one of ``-h`` after ``--`` (a value)."""
    done = run_cli("template", "--store", "X")
    assert done.returncode == 2 and "tidak memakai penyimpanan" in done.stderr, done.stderr
    done = run_cli("status", "--bogus")
    assert done.returncode == 2 and "--bogus" in done.stderr, done.stderr
    done = run_cli("calc", "--bogus", "--", "-h")
    assert done.returncode == 2 and done.stdout == "", done.stdout


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_sync_json_says_whether_anything_was_pushed(offices) -> None:
    """An empty store's ``sync --init`` sends its sharing files: ``sent: 0`` said nothing went
    out. ``pushed`` says whether the shared repository got anything from this sync."""
    import json

    def sync(*args: str) -> dict[str, object]:
        done = test_sync.lkj(offices, "opd", "sync", *args, "--json")
        assert done.returncode == 0, done.stderr
        return json.loads(done.stdout)

    first = sync("--init", str(offices["remote"]))
    assert (first["action"], first["sent"], first["pushed"]) == ("init", 0, True), first
    again = sync()
    assert (again["sent"], again["pushed"]) == (0, False), again
    store = ["--store", str(Path(str(offices["tmp"])) / "opd")]
    env = test_sync.env(offices, "opd <opd@example.org>")
    assert run_cli("init", *store, env=env).returncode == 0  # (the bundled report: a save)
    saved = sync()
    assert (saved["sent"], saved["pushed"]) == (1, True), saved
