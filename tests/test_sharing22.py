"""Sharing a store, the eighteenth pass (share22): `resolve`'s all-at-once word suggested in the
session's language."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests import test_sync
from tests.test_sync import lkj

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")

offices = test_sync.offices


@pytest.mark.parametrize(
    ("lang", "typed", "words"),
    [
        ("en", "semua", ("all keep", "all take-other")),
        ("en", "ALL", ("all keep", "all take-other")),
        ("id", "all", ("semua pertahankan", "semua ambil-lain")),
        ("id", "Semua", ("semua pertahankan", "semua ambil-lain")),
    ],
)
def test_resolve_all_without_a_choice_suggests_the_sessions_words(
    offices, lang, typed, words
) -> None:
    """`resolve semua` in an English session suggested "lkj-tui resolve semua keep": the
    suggestion mixed the languages. Each language's own words now, whichever word was typed."""
    test_sync._conflict_in(offices)
    store = str(Path(str(offices["tmp"])) / "opd")
    out = lkj(offices, "opd", "resolve", typed, "--lang", lang)
    assert out.returncode == 2, out.stderr
    commands = [f"  lkj-tui resolve {word} --store {store}" for word in words]
    assert out.stderr.splitlines()[1:] == commands, out.stderr
