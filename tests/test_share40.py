"""share40: two laptops sharing one store, continued (issue 17, twenty-sixth pass)."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from tests import test_sync
from tests.conftest import run_cli
from tests.test_sync import lkj

offices = test_sync.offices


@pytest.mark.parametrize("lang", ["id", "en"])
def test_sync_says_no_history_line_before_its_result(offices, lang: str) -> None:
    """`sync` began with "Saves not recorded yet are now in the history." even before an
    "Offline: …" error: nothing a user can act on. Its lines are what was sent, received or
    what went wrong; --json still says "committed"."""
    assert lkj(offices, "opd", "init").returncode == 0  # (a report to share: share41)
    shared = lkj(offices, "opd", "sync", "--init", str(offices["remote"]), "--lang", lang)
    assert shared.returncode == 0, shared.stderr
    assert shared.stdout.startswith(("Dikirim", "Sent")), shared.stdout
    assert lkj(offices, "opd", "set", "IKU 1", "realisasi", "80").returncode == 0
    remote = Path(str(offices["remote"]))
    shutil.move(remote, remote.with_name("moved.git"))
    gone = lkj(offices, "opd", "sync", "--lang", lang)
    assert gone.returncode == 3, gone.stderr
    said = gone.stdout + gone.stderr
    assert "tercatat" not in said and "recorded" not in said, said
    assert "1" in said, said  # (the save that waits is still counted)
    as_json = lkj(offices, "opd", "sync", "--json")
    assert "committed" in json.loads(as_json.stdout), as_json.stdout


@pytest.mark.parametrize("lang", ["id", "en"])
def test_info_puts_the_number_first_in_both_languages(offices, lang: str) -> None:
    """`info --lang en` said "saves not sent 1 · received, not merged 0" where Indonesian says
    "1 simpanan belum dikirim": the number first in English too, "1 save" for one."""
    assert lkj(offices, "opd", "init").returncode == 0  # (a report to share: share41)
    assert lkj(offices, "opd", "sync", "--init", str(offices["remote"])).returncode == 0
    assert lkj(offices, "opd", "set", "IKU 1", "realisasi", "80").returncode == 0
    store = Path(str(offices["tmp"])) / "opd"
    # (wide enough for any temporary folder: at 120 columns a path of some lengths folded the
    # line between the two counts, which drops their "·", and the test failed on such a path)
    own = test_sync.env(offices, "opd <opd@example.org>") | {"COLUMNS": "1000"}
    out = run_cli("info", "--store", str(store), "--lang", lang, env=own).stdout
    said = " ".join(out.split())
    if lang == "en":
        assert "· 1 save not sent · 0 received, not merged;" in said, out
    else:
        assert "· 1 simpanan belum dikirim · 0 diterima belum digabung;" in said, out


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="a pseudo-terminal")
@pytest.mark.parametrize("lang", ["id", "en"])
def test_restore_list_cards_keep_a_short_value_and_the_current_mark_whole(
    offices, lang: str
) -> None:
    """`restore --list` as cards split a value with a space ("… Realisasi: 3 ±" / "1 → 90") and
    the current version's mark ("… 01:36:23 ←" / "current"): each kept whole, as `log` keeps
    its values (``kept_whole``)."""
    from tests.test_sharing25 import _on_a_terminal

    assert lkj(offices, "opd", "init").returncode == 0  # (a report to share: share41)
    assert lkj(offices, "opd", "sync", "--init", str(offices["remote"])).returncode == 0
    assert lkj(offices, "opd", "set", "IKU 3", "realisasi", "3 ± 1").returncode == 0
    assert lkj(offices, "opd", "set", "IKU 3", "realisasi", "90").returncode == 0
    lines = _on_a_terminal(offices, 30, "restore", "--list", "--lang", lang)
    shown = "\n".join(lines)
    assert any(line.strip().endswith("3 ± 1 → 90") for line in lines), shown
    assert not any(line.rstrip().endswith("±") for line in lines), shown
    mark = "← sekarang" if lang == "id" else "← current"
    assert any(line.strip().endswith(mark) for line in lines), shown
    assert not any(line.rstrip().endswith("←") for line in lines), shown
