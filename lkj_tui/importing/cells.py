"""A spreadsheet cell as the text the user sees: Excel's floats without their noise, percent cells as
"95 %", text exactly as typed, error values (``#DIV/0!``) as printed. Pure."""

from __future__ import annotations

import datetime as dt
import math
import re
from decimal import Decimal

from lkj_tui.core.numbers import format_exact, format_id

__all__ = ["cell_text", "number_text"]

_QUOTED = re.compile(r'"[^"]*"|\\.|\[[^\]]*\]')
_DECIMALS = re.compile(r"\.([0#?]+)")
_RUPIAH = re.compile(r"(?i)rp")


def _format(number_format: str) -> tuple[bool, int | None, bool, bool]:
    """What a format code does to a number: (percent, decimal places or None for General-like
    codes, a thousands comma, Rupiah). Read from the code's first section with quoted text and [..]
    blocks removed."""
    section = number_format.split(";", 1)[0]
    code, rupiah = _QUOTED.sub("", section), bool(_RUPIAH.search(section))
    places = None
    if re.search(r"[0#?]", code):
        digits = _DECIMALS.search(code)
        places = len(digits.group(1)) if digits else 0
    return "%" in code, places, "," in code, rupiah


def number_text(value: float | int, number_format: str | None = None) -> str:
    """The number as Excel shows it, written the Indonesian way.

    - ``General`` (or no format): at most 15 significant digits, as Excel keeps them, trailing zeros
      dropped: ``100.00000000000001`` → "100", ``92.857142857142861`` → "92,8571428571429";
    - a format with decimals (``0.00``, ``#,##0.0``) rounds half up to them: "92,86";
      a thousands comma in the format groups with dots: "1.234.567";
    - a percent format shows ×100 with " %": 0.95 → "95 %";
    - a Rupiah format gets "Rp " in front.
    """
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)
    percent, places, grouped, rupiah = _format(number_format or "General")
    number = Decimal(format(value, ".15g")) if isinstance(value, float) else Decimal(value)
    if percent:
        number = number.scaleb(2)
        number = Decimal(format(number, ".15g"))  # 0.95 × 100 without new noise
    if places is not None:
        text = format_id(number, places)
        if not grouped:
            text = text.replace(".", "")
    else:  # General, text formats, anything without digit placeholders
        text = _plain(number)
    if percent:
        text += " %"
    if rupiah:
        text = "Rp " + text
    return text


def _plain(number: Decimal) -> str:
    """Shortest plain (no exponent, no grouping) Indonesian form: "1234,5"."""
    number = number.normalize()
    if number == number.to_integral():
        number = number.quantize(Decimal(1))
    return format_exact(number).replace(".", "")


def cell_text(value: object, number_format: str | None = None) -> str | None:
    """The text of one cell; ``None`` for an empty one (``None``, "" or only spaces)."""
    if value is None:
        return None
    if isinstance(value, str):
        return value if value.strip() else None
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int | float):
        return number_text(value, number_format)
    if isinstance(value, dt.datetime):
        if value.time() == dt.time():
            return value.date().isoformat()
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, dt.timedelta):
        return str(value)
    return str(value)
