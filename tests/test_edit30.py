"""The planner's changes as the commands name them (edit30): a change of the report's own fields
(the TUI's ``E``) is "Data laporan" in ``export --changes``, ``log`` and ``restore --list``, as
the TUI's toast names it, not the report's id."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from lkj_tui.bundled import BUNDLED_REPORT_ID
from lkj_tui.core import edits
from lkj_tui.storage.store import Store
from tests.conftest import run_cli


@pytest.fixture(scope="module")
def renamed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store of the bundled report whose Instansi the TUI's ``E`` changed (journalled)."""
    root = tmp_path_factory.mktemp("edit30") / "s"
    assert run_cli("init", "--store", str(root)).returncode == 0
    store = Store(root)
    loaded = store.load(BUNDLED_REPORT_ID)
    meta = loaded.report.meta
    change = edits.set_meta(loaded.report, instansi=meta.instansi + " Uji")
    store.apply(BUNDLED_REPORT_ID, change, expected_revision=loaded.revision, journal="edit")
    loaded = store.load(BUNDLED_REPORT_ID)
    assert replace(meta, instansi=meta.instansi + " Uji") == loaded.report.meta
    iku = next(n.id for n in loaded.report.walk() if n.code == "IKU 1")
    change = edits.set_field(loaded.report, iku, "target", "3,40")  # (the version after kept)
    store.apply(BUNDLED_REPORT_ID, change, expected_revision=loaded.revision, journal="edit")
    return root


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize(
    "command", [("export", "--changes"), ("log",), ("restore", "--list", BUNDLED_REPORT_ID)]
)
def test_a_report_field_change_is_named_as_the_toast_names_it(
    renamed: Path, command: tuple[str, ...], lang: str
) -> None:
    # 200 columns: the row stays one line beside restore --list's "← sekarang" (share39)
    done = run_cli(*command, "--lang", lang, store=renamed, env={"COLUMNS": "200"})
    assert done.returncode == 0, done.stderr
    words = {"id": "Data laporan", "en": "Report data"}[lang]
    line = next(x for x in done.stdout.splitlines() if x.count("Bengkulu Selatan") == 2)
    assert words in line and BUNDLED_REPORT_ID not in line, line
