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
from lkj_tui.tui.text import t

#: the row's forms, longest first: the first that fits is shown; where none does, the one
#: that says what was skipped in words (CUT) is cut with "…"
FORMS = ("skipped_listed", "skipped_short", "skipped_shortest", "skipped_fewest")
CUT = FORMS.index("skipped_shortest")


class SkippedLine(Static):
    """``names`` (each file's name, or the store's message where it has none) skipped, with
    ``command``, on one row as wide as the widget: redrawn at its width when it is resized."""

    DEFAULT_CSS = "SkippedLine { height: 1; color: $text-warning; }"

    def __init__(self, names: list[str], command: str, lang: str, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.names, self.command = names, clean_line(command, 600)
        self.set_lang(lang)

    def set_lang(self, lang: str) -> None:
        first, n = clean_line(self.names[0], 120), len(self.names)
        said = t("and_more", lang, first=first, n=n - 1) if n > 1 else first
        self.lines = [f"{t(key, lang, n=n, names=said)} {self.command}" for key in FORMS]
        self.refresh()

    def render(self) -> Content:
        width = self.content_region.width
        line = next((line for line in self.lines if cell_len(line) <= width), None)
        return Content(line) if line else Content(self.lines[CUT]).truncate(width, ellipsis=True)
