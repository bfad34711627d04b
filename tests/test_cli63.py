"""cli63: the commands' errors and machine output, as a script and an adversarial user meet them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import run_cli


@pytest.mark.parametrize("lang", ["id", "en"])
def test_status_all_of_a_store_whose_only_file_is_unreadable_exits_1(
    store_path: Path, lang: str
) -> None:
    """``status --all`` of a store whose only report file cannot be read listed the file and
    why, and exited 0: a script took it for a store read whole. The listing stays, exit 1
    (``check --all`` and ``status`` exit so); ``--json`` alike, its ``errors`` naming the file.
    A readable report beside it keeps exit 0 (the file skipped is said, the command not
    stopped)."""
    (report,) = store_path.glob("*.json")
    broken = store_path / "rusak-2024.json"
    broken.write_text('{"meta":', encoding="utf-8")
    done = run_cli("status", "--all", "--lang", lang, store=store_path)
    assert done.returncode == 0, done.stdout + done.stderr
    report.unlink()
    done = run_cli("status", "--all", "--lang", lang, store=store_path)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "rusak-2024.json" in done.stdout, done.stdout
    done = run_cli("status", "--all", "--json", "--lang", lang, store=store_path)
    assert done.returncode == 1, done.stdout + done.stderr
    data = json.loads(done.stdout)
    assert data["reports"] == [] and [Path(e["path"]).name for e in data["errors"]] == [
        "rusak-2024.json"
    ], data
