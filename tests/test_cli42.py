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
        ("en", "IKU 3", "Actual (Realisasi): 3 ± 1 → 2,48", "Report: made (rev. 1)"),
        ("id", "IKU 3 · Realisasi:", "3 ± 1 → 2,48", "Laporan: dibuat (rev. 1)"),
    ],
)
def test_log_at_60_columns_leaves_no_author_alone_on_its_line(
    offices, lang: str, node: str, rest: str, made: str
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
    assert lines[making].endswith(f"Rina Wulandari  {made}"), shown
    assert lines[making + 1] == " " * 18 + test_sync.RID, shown  # (the id whole, under)
    piped = test_sync.lkj(offices, "opd", *args).stdout  # (piped: one line an entry, as before)
    field = "Actual (Realisasi)" if lang == "en" else "Realisasi"
    assert f"Wulandari  IKU 3 · {field}: 3 ± 1 → 2,48\n" in piped, piped
    assert f"Wulandari  {test_sync.RID} · {made}\n" in piped, piped
