"""The files of the store that cannot be read, said on one row (the report picker's and the
overview's): the files named and ``lkj-tui info``, the command that says why, where the row
holds them; fewer words where it does not. A toast of the store's whole message was 15–17 rows
at 60×20 and 80×24 and covered the table (tui34, tui35); the report picker at 60×20 in English
cut the command (``--store rapat --la…``): there, "1 skipped:" and the whole command (tui36)."""

from __future__ import annotations

from rich.cells import cell_len
from textual.content import Content
from textual.widgets import Static

from lkj_tui.core.sanitize import clean_line
from lkj_tui.core.shell import as_run
from lkj_tui.tui.text import t

#: the row's forms that name the files, longest first, each with as many names as fit (all,
#: then fewer and "…": "2 berkas dilewati (old.json, …):"; it said "old.json dan 1 lainnya"
#: where "old.json, stray.json" fitted, and no name at 80 columns: tui37), then those that
#: name none: the first that fits is shown; where none does, the one that says what was
#: skipped in words (the first unnamed) is cut with "…"
NAMED = ("skipped_listed", "skipped_short", "skipped_named")
UNNAMED = ("skipped_shortest", "skipped_fewest")
#: at most this many names are tried (a row holds a few; a store of a hundred bad files says
#: a hundred and the first names)
MOST_NAMES = 12


class SkippedLine(Static):
    """``names`` (each file's name, or the store's message where it has none) skipped, with
    ``command``, on one row as wide as the widget: redrawn at its width when it is resized."""

    DEFAULT_CSS = "SkippedLine { height: 1; color: $text-warning; }"

    def __init__(self, names: list[str], command: str, lang: str, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.names, self.command = names, as_run(clean_line(command, 600))  # (python -m lkj_tui)
        self.set_lang(lang)

    def set_lang(self, lang: str) -> None:
        n = len(self.names)
        names = [clean_line(name, 120) for name in self.names[:MOST_NAMES]]
        listed = [", ".join(names[:k]) + (", …" if k < n else "") for k in range(len(names), 0, -1)]
        self.lines = [
            *(
                f"{t(key, lang, n=n, names=said)} {self.command}"
                for said in listed
                for key in NAMED
            ),
            *(f"{t(key, lang, n=n)} {self.command}" for key in UNNAMED),
        ]
        self.cut = len(self.lines) - len(UNNAMED)
        self.refresh()

    def render(self) -> Content:
        width = self.content_region.width
        line = next((line for line in self.lines if cell_len(line) <= width), None)
        return (
            Content(line) if line else Content(self.lines[self.cut]).truncate(width, ellipsis=True)
        )
