"""A spreadsheet cell as the text the user sees: Excel's floats without their noise, percent cells as
"95 %", text exactly as typed, error values (``#DIV/0!``) as printed. Pure."""

from __future__ import annotations

import datetime as dt
import math
import re
from decimal import MAX_EMAX, MAX_PREC, MIN_EMIN, ROUND_HALF_UP, Context, Decimal
from typing import NamedTuple

__all__ = ["GENERAL", "NumberFormat", "cell_text", "format_number", "number_text", "read_format"]

_QUOTED = re.compile(r'"[^"]*"|\\.|\[[^\[\]]*\]')  # (a "[" ends a [..]: "[[[[" linear)
_LITERAL = re.compile(r'"[^"]*"|\\.')  # (the text a format writes as it is)
_DECIMALS = re.compile(r"\.([0#?]+)")
_RUPIAH = re.compile(r"(?i)rp")
#: A fraction format (``# ?/?``, ``?/4``): a number shown as a fraction; read as General (vals64:
#: 0.5 shown "1/2" was read 1, by the digit before the fraction, and 0.25 was read 0)
_FRACTION = re.compile(r"[0#?]\s*/\s*[0-9#?]")
#: Rounding to a format's decimals holds every digit of the result, however long.
_WIDE = Context(prec=MAX_PREC, Emax=MAX_EMAX, Emin=MIN_EMIN)
_SWAP = str.maketrans(",.", ".,")  # 1,234.5 → 1.234,5


class NumberFormat(NamedTuple):
    """What a format code does to a number (:func:`read_format`)."""

    percent: bool  # shows ×100 with " %"
    places: int | None  # decimal places; None for General-like codes (no digit placeholders)
    grouped: bool  # a thousands comma
    rupiah: bool  # "Rp " in front
    #: a percent sign written as text (``0.0"%"``, ``0.0\%``): shows the number itself with " %"
    #: (imp65: 85 so formatted, shown "85.0%", was read "85,0", its "%" dropped)
    sign: bool = False


GENERAL = NumberFormat(percent=False, places=None, grouped=False, rupiah=False)
#: Excel's longest number format code. A longer one (Excel writes none) reads as General, so a
#: hostile code costs nothing: reading one is quadratic in its unclosed ``[`` and ``"``.
MAX_FORMAT = 255


def read_format(code: str) -> NumberFormat:
    """What a format code does to a number, read from the code's first section with quoted text
    and [..] blocks removed."""
    if len(code) > MAX_FORMAT:
        return GENERAL
    section = code.split(";", 1)[0]
    plain, rupiah = _QUOTED.sub("", section), bool(_RUPIAH.search(section))
    if _FRACTION.search(plain):  # (Excel shows 0.5 as "1/2": the number, not "1" rounded)
        return NumberFormat(False, None, False, rupiah)
    places = None
    if re.search(r"[0#?]", plain):
        digits = _DECIMALS.search(plain)
        places = len(digits.group(1)) if digits else 0
    percent = "%" in plain
    written = "".join(m[1:-1] if m[0] == '"' else m[1:] for m in _LITERAL.findall(section))
    sign = not percent and places is not None and written.strip() == "%"
    return NumberFormat(percent, places, "," in plain, rupiah, sign)


def number_text(value: float | int, number_format: str | None = None) -> str:
    """The number as Excel shows it, written the Indonesian way.

    - ``General`` (or no format): at most 15 significant digits, as Excel keeps them, trailing zeros
      dropped: ``100.00000000000001`` → "100", ``92.857142857142861`` → "92,8571428571429";
    - a format with decimals (``0.00``, ``#,##0.0``) rounds half up to them: "92,86";
      a thousands comma in the format groups with dots: "1.234.567";
    - a percent format shows ×100 with " %": 0.95 → "95 %"; a percent sign written as text
      (``0.0"%"``) shows the number with " %": 85 → "85,0 %";
    - a Rupiah format gets "Rp " in front.
    """
    return format_number(value, GENERAL if number_format is None else read_format(number_format))


def format_number(value: float | int, fmt: NumberFormat) -> str:
    """:func:`number_text` with the format code already read (a workbook reads each once)."""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    percent, places, grouped, rupiah, sign = fmt
    if isinstance(value, float):
        if not math.isfinite(value):
            return str(value)
        shown = format(value, ".15g")  # the 15 significant digits Excel keeps, no trailing zeros
        if places is None and not percent and "e" not in shown:  # General: already the shortest
            text = "0" if shown == "-0" else shown.replace(".", ",")  # plain form
        else:
            text = _decimal_text(Decimal(shown), percent, places, grouped)
    else:
        text = _decimal_text(Decimal(value), percent, places, grouped)
    if percent or sign:
        text += " %"
    return "Rp " + text if rupiah else text


def _decimal_text(number: Decimal, percent: bool, places: int | None, grouped: bool) -> str:
    """The number as the format writes it, without " %" and "Rp ": by Decimal, exactly."""
    if percent:
        number = number.scaleb(2)
        number = Decimal(format(number, ".15g"))  # 0.95 × 100 without new noise
    if places is not None:  # rounded half up to the format's decimals
        number = number.quantize(Decimal(1).scaleb(-places), ROUND_HALF_UP, _WIDE)
        text = format(number.copy_abs(), ",f" if grouped else "f")
        text = text.translate(_SWAP) if grouped else text.replace(".", ",")
    else:  # General, text formats, anything without digit placeholders: the shortest plain form
        number = number.normalize(_WIDE)
        if number == number.to_integral():
            number = number.quantize(Decimal(1), context=_WIDE)
        text = format(number.copy_abs(), "f").replace(".", ",")
    return "-" + text if number < 0 else text


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
