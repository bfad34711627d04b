"""Rich renderables shared by the CLI commands. User text always enters as ``Text`` (never markup)."""

from __future__ import annotations

from decimal import Decimal

from rich.text import Text

from lkj_tui.core.engine import Achievement
from lkj_tui.core.i18n import tr
from lkj_tui.core.numbers import format_id
from lkj_tui.core.sanitize import clean_line

#: One style per rating band; the label is always printed too, so colour is never the only signal.
RATING_STYLES = {
    "Sangat Tinggi": "bold green",
    "Tinggi": "green",
    "Sedang": "yellow",
    "Rendah": "dark_orange",
    "Sangat Rendah": "bold red",
}
UNDER_MARK = "▼"


def safe(text: str | None, limit: int | None = None) -> Text:
    """User or report text as a literal, cleaned, one-line ``Text``."""
    return Text(clean_line(text or "", limit))


def pct(value: Decimal | None) -> str:
    return "—" if value is None else f"{format_id(value)} %"


def capaian_cell(ach: Achievement | None, lang: str) -> Text:
    if ach is None or ach.rounded is None:
        return Text(tr("no_capaian", lang), style="dim")
    text = Text(pct(ach.rounded))
    if ach.under_target:
        text.append(f" {UNDER_MARK}", style="bold red")
    return text


def rating_cell(ach: Achievement | None, lang: str) -> Text:
    if ach is None or ach.rating is None:
        return Text("—", style="dim")
    return Text(tr(ach.rating, lang), style=RATING_STYLES.get(ach.rating, ""))
