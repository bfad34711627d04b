"""The change journal (``.changes/ID.jsonl``) follows no symlink, as nothing in the store does: an
entry appended through a link landed in the file it pointed to, anywhere on the disk, and ``log``
read that file as the report's journal."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tests.conftest import run_cli

RID = "bengkulu-selatan-setda-2023"

pytestmark = pytest.mark.skipif(not hasattr(os, "O_NOFOLLOW"), reason="no O_NOFOLLOW here")


def test_a_journal_that_is_a_symlink_is_neither_written_nor_read(tmp_path: Path) -> None:
    store = tmp_path / "s"
    assert run_cli("init", store=store).returncode == 0
    outside = tmp_path / "elsewhere.jsonl"
    planted = {
        "at": "2023-01-01T00:00:00",
        "kind": "edit",
        "revision": 1,
        "lines": [["IKU 9", "realisasi", "1", "DARI-LUAR"]],
    }
    outside.write_text(json.dumps(planted) + "\n", encoding="utf-8")
    before = outside.read_bytes()
    (store / ".changes").mkdir(exist_ok=True)
    (store / ".changes" / f"{RID}.jsonl").symlink_to(outside)

    done = run_cli("set", "IKU 1", "realisasi", "2,9", store=store)
    assert done.returncode == 0, done.stderr  # the save itself is made; only its log line is not
    assert outside.read_bytes() == before  # nothing appended through the link
    assert "2,9" in run_cli("status", store=store).stdout

    log = run_cli("log", store=store)
    assert "DARI-LUAR" not in log.stdout + log.stderr  # the linked file is not read as the journal
