"""cli34: the commands' messages, continued (a usage error's text functions stay linear, …)."""

from __future__ import annotations

from collections.abc import Sequence

from lkj_tui.cli import clicktext
from tests.conftest import run_cli


class _Counted(Sequence[str]):
    """A command line's words that count how often a word is looked at."""

    def __init__(self, words: list[str]) -> None:
        self.words, self.looks = words, 0

    def __getitem__(self, index):  # type: ignore[no-untyped-def]
        self.looks += 1
        return self.words[index]

    def __len__(self) -> int:
        return len(self.words)


def test_a_usage_error_with_thousands_of_stray_words_looks_at_each_a_few_times() -> None:
    """3,000 words of a name typed without quotes took 5 s: the quoting hint walked back over
    the words before each stray one (quadratic). Now each word is looked at a few times."""
    words = 2000
    strays = " ".join(f"kata{i}" for i in range(1, words))
    message = f"{clicktext.EXTRA}{strays})"
    argv = _Counted(["new", "--instansi", *(f"kata{i}" for i in range(words))])
    assert clicktext.unquoted_path(argv, message, ["new", "status"], "id") == ""
    assert argv.looks < 10 * words  # (the walk back: about words² / 2 = 2,000,000)
    # the hint itself is unchanged: a path after --store, its rest a stray word
    argv = _Counted(["--store", "/tmp/My", "Docs/lkj", "status", *(f"w{i}" for i in range(words))])
    said = clicktext.unquoted_path(argv, f"{clicktext.NO_COMMAND} 'Docs/lkj'.", ["status"], "id")
    assert said == 'Jalur yang berisi spasi harus diberi tanda petik: --store "/tmp/My Docs/lkj"'
    assert argv.looks < 10 * words


def test_thousands_of_stray_words_through_the_command(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The command line of a user who pasted a page after --instansi is answered (its stray
    words listed), and with a path's rest among them, with the path to quote."""
    pasted = [f"kata{i}" for i in range(3000)]
    done = run_cli("--store", str(tmp_path / "s"), "new", "--instansi", *pasted)
    assert done.returncode == 2
    assert "kata2999)" in done.stderr
    assert "tanda petik" not in done.stderr
