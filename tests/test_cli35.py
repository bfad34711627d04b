"""cli35: the commands' messages, continued (a usage error's parses, …)."""

from __future__ import annotations

from pathlib import Path

import pytest

from lkj_tui.cli import main


def _parsed(monkeypatch: pytest.MonkeyPatch, args: list[str]) -> tuple[str, list[int]]:
    """The usage error of ``lkj-tui args`` (run in this process) and the number of words of
    each parse the quoting hints made of the command's words."""
    from typer.testing import CliRunner

    sizes: list[int] = []
    extras = main._Context._extras

    def counted(self: main._Context, words: list[str]) -> int:
        sizes.append(len(words))
        return extras(self, words)

    monkeypatch.setattr(main._Context, "_extras", counted)
    result = CliRunner().invoke(main.app, args)
    assert result.exit_code == 2, result.output
    return result.stderr, sizes


def test_a_page_pasted_after_instansi_is_parsed_once(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """30,000 words after ``--instansi`` took 3.6 s: the hint that says to quote a name parsed
    the command's words again for each length of the name (24 times). More words are stray
    than a name can take, so they are parsed once; the stray words are still listed."""
    pasted = [f"kata{i}" for i in range(3000)]
    said, sizes = _parsed(
        monkeypatch, ["--store", str(tmp_path / "s"), "new", "--instansi", *pasted]
    )
    assert "kata2999)" in said and "tanda petik" not in said
    assert sizes == [len(pasted) + 1]


@pytest.mark.parametrize("last", [False, True])
@pytest.mark.parametrize("name", [2, 5, 24])
def test_a_name_typed_without_quotes_takes_three_parses_and_the_shortest_join(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, name: int, last: bool
) -> None:
    """A name of N words among many options: the line to type joins exactly its words
    (the shortest join that leaves no stray word: ``import``'s file, right after them or last,
    is not joined), found in at most three parses of the command's words, not one for each
    length of the name."""
    words = [f"W{i}" for i in range(name)]
    options = ["--tahun", "2024"] * 8  # (the last --tahun is the one taken)
    tail = [*options, "lkj.xlsx"] if last else ["lkj.xlsx", *options]
    said, sizes = _parsed(
        monkeypatch, ["--store", str(tmp_path / "s"), "import", "--instansi", *words, *tail]
    )
    typed = " ".join(
        f'"{w}"' if " " in w else w for w in ["import", "--instansi", " ".join(words), *tail]
    )
    assert said.rstrip().endswith(typed), said[-300:]
    assert len(sizes) <= 3, sizes
