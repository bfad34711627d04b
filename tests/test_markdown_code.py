"""The paths and commands our Markdown prints are code spans (cli25): `export --all`'s list of
reports it cannot read wrote "/data/lkj\\_2024/…" and "lkj-tui import … --store /data/lkj\\_2024"
in a sentence, escaped: read raw, or copied, the path was not the folder's. Through the installed
``lkj-tui``, a store whose path holds what Markdown would take for markup."""

from __future__ import annotations

import shlex
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from lkj_tui.export.escape import code
from tests.conftest import run_cli
from tests.test_narrow_terminal import _kabupaten_store

_MD = MarkdownIt("commonmark")


def _spans(markdown: str) -> list[str]:
    """The text of every code span a CommonMark renderer finds in ``markdown``."""
    return [
        child.content
        for token in _MD.parse(markdown)
        if token.type == "inline"
        for child in token.children or []
        if child.type == "code_inline"
    ]


@pytest.mark.parametrize(
    "text", ["lkj-tui import a_b", "x `y` z", "`lead", "tail`", "a ``b`` c", "lkj_tui\n*x*"]
)
def test_a_code_span_gives_back_its_text(text: str) -> None:
    assert _spans(code(text)) == [" ".join(text.split())]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_export_all_prints_an_unreadable_reports_path_and_commands_whole(
    tmp_path: Path, lang: str
) -> None:
    root = _kabupaten_store(tmp_path / "lkj_2024 `a` *b* [c]")
    broken = sorted(root.glob("*.json"))[0]
    broken.write_text("{", encoding="utf-8")
    done = run_cli("export", "--all", "--store", str(root), "--lang", lang)
    assert done.returncode == 0, done.stderr
    head = {"id": "## Tidak terbaca", "en": "## Unreadable"}[lang]
    section = done.stdout[done.stdout.index(head) :]
    item = section.splitlines()[2]
    assert item.startswith("- ``/"), item  # (a backtick in the path: a longer fence)
    spans = _spans(section)
    assert spans[0] == str(broken), spans  # the file, whole, no "\\_"
    command = shlex.split(spans[-1])  # the repair, whole, with the store typed
    assert command[:2] == ["lkj-tui", "import"], command
    assert command[command.index("--store") + 1] == str(root), command
    assert ("--lang" in command) == (lang == "en")
    assert "\\_" not in item  # (the sentence around it holds none either)
