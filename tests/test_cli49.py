"""cli49: the commands' words, last items."""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import pytest

from tests.conftest import LKJ_TUI


def _stderr_with_stdout(store: Path, stdout: object, *args: str) -> str:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LKJ_TUI")}
    env.update(LKJ_TUI_STORE=str(store), COLUMNS="400", NO_COLOR="1")
    result = subprocess.run(
        [str(LKJ_TUI), *args],
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=stdout,
        stderr=subprocess.PIPE,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def _outside_brackets(line: str) -> str:
    return re.sub(r"\([^()]*\)", "", line)


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize(("lang", "words"), [("id", "disk penuh"), ("en", "the disk is full")])
@pytest.mark.parametrize("command", ["status", "export"])
def test_a_full_disk_under_the_output_is_said_in_the_users_words(
    store_path: Path, lang: str, words: str, command: str
) -> None:
    """`status > /dev/full` said "tidak dapat menulis keluaran: No space left on device", the
    system's English inside an Indonesian line, where the store says "disk penuh". The output's
    full disk is now said as the store's is, in the language asked, the system's reason in
    brackets."""
    with open("/dev/full", "w") as full:
        line = _stderr_with_stdout(store_path, full, command, "--lang", lang)
    assert words in line, line
    assert "No space left" not in _outside_brackets(line), line


@pytest.mark.skipif(os.name != "posix", reason="an fd open to read only as stdout")
@pytest.mark.parametrize(
    ("lang", "words"), [("id", "tidak dibuka untuk ditulisi"), ("en", "not open for writing")]
)
def test_an_output_open_to_read_only_is_said_in_the_users_words(
    store_path: Path, lang: str, words: str
) -> None:
    """`status 1< FILE` said "Bad file descriptor" and nothing else."""
    with open(os.devnull) as read_only:
        line = _stderr_with_stdout(store_path, read_only, "status", "--lang", lang)
    assert words in line and "> " in line, line
    assert "Bad file descriptor" not in _outside_brackets(line), line
