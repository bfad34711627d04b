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
_DECIMALS = re.compile(r"\.([0#?]+)")
_DIGITS = frozenset("0#?")
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
    #: the text the format writes after the number, as it shows it: a unit (``0" orang"`` →
    #: " orang": 5 shows "5 orang"; imp67: it was dropped, "5"), or a percent sign written as
    #: text (``0.0"%"``, ``0.0\%``), written " %" as a percent format's (imp65: 85 so formatted,
    #: shown "85.0%", was read "85,0")
    unit: str = ""
    #: thousands the number is divided by: one per comma after its last digit (``#,##0," rb"``
    #: shows 1234567 as "1.235 rb"; it was read "1.234.567", a thousand times the unit)
    scale: int = 0
    #: the text the format writes before the number, as it shows it: a comparator (``"≥ "0``
    #: → "≥ ": 95 shows "≥ 95", read as the threshold it is; imp68: it was dropped, "95"), a
    #: word, another currency's sign (``"$"``, ``[$€-2]``: "$1.234", which the import names at
    #: its cell, :func:`lkj_tui.importing.rows.foreign_sign`; imp69: it was dropped without a
    #: word); never "Rp" (:attr:`rupiah`)
    prefix: str = ""
    #: the integer digits the format always shows, one per "0" before its decimal point
    #: (``00``: 1 shows "01"; imp68: a kode 01 so formatted was read "1", unlike its induk "01")
    width: int = 1
    #: the format's negative section read (``#,##0;(#,##0)``: its places, unit and prefix), its
    #: sign marks dropped: a negative number is read with a minus before its digits, "-1.234",
    #: the number the cell holds, where Excel shows "(1.234)" (a bracketed number is refused as
    #: typed text: :func:`lkj_tui.core.values.parse`) or, under ``0;[Red]0``, "1.234" in red
    negative: NumberFormat | None = None
    #: the format's zero section, when it shows digits (``0;-0;0.00``: 0 shows "0,00"); one
    #: that only writes a text (``0;-0;"–"``: Excel shows "–") reads 0 as the first section
    #: shows it, "0": the number the cell holds ("–" is read as not filled in, not 0), and the
    #: import names the cell (:attr:`zero_shown`)
    zero: NumberFormat | None = None
    #: a negative section's brackets (``#,##0;(#,##0)``): a negative number is written as Excel
    #: shows it, "(1.234)", and the import reads it as a typed one, -1.234 named at its cell
    #: (imp70: one rule for both; :func:`lkj_tui.importing.rows.bracketed`)
    bracketed: bool = False
    #: what a zero section without digits shows instead of 0 (``_(* "-"_)``, ``0;-0;"–"``: "-",
    #: "–"; ``0;-0;``: "", nothing): the import reads the 0 the cell holds and names the cell,
    #: since a dash in a report often means "no data" (imp70: it read 0 without a word)
    zero_shown: str | None = None
    #: a negative section that writes neither a minus nor brackets (``0.0;[Red]0.0``: -5.5
    #: shows "5,5" in red), its colour ("red"; "" for none, ``0;0``): the import reads the
    #: number the cell holds, -5,5, and names the cell with what it shows (imp71: it was read
    #: -5,5 without a word where the sheet shows 5,5)
    minus_hidden: str | None = None


GENERAL = NumberFormat(percent=False, places=None, grouped=False, rupiah=False)
#: Excel's longest number format code. A longer one (Excel writes none) reads as General, so a
#: hostile code costs nothing: reading one is quadratic in its unclosed ``[`` and ``"``.
MAX_FORMAT = 255
#: A format code's pieces: a quoted text, an escaped character, a [..] block, a space the width
#: of a character (``_)``) or a fill (``* ``), General, or one character.
_TOKEN = re.compile(r'"[^"]*"|\\.|\[[^\[\]]*\]|[_*].|(?i:general)|.', re.S)
#: The characters a format shows as they are without quotes (Excel's list, and the space).
_SHOWN = frozenset(" $-+/():!^&'~{}<>=")


def _shown_text(token: str) -> str:
    """What one piece of a format code (:data:`_TOKEN`) writes beside the number."""
    first = token[0]
    if first == '"':
        return token[1:-1]
    if first == "\\":
        return token[1:]
    if first == "_":
        return " "
    if token.startswith("[$"):  # (a currency block, [$€-2]: its sign; [$-421]: none)
        return token[2:-1].partition("-")[0]
    return token if token in _SHOWN else ""  # (a fill, a [..] block, a code character: none)


def _unit(tokens: list[str]) -> tuple[str, int]:
    """The text the format writes after the number's last digit, and the thousands its commas
    right after that digit divide it by (:attr:`NumberFormat.unit`, :attr:`~NumberFormat.scale`)."""
    scale = 0
    while scale < len(tokens) and tokens[scale] == ",":
        scale += 1
    written = "".join(_shown_text(t) for t in tokens[scale:])
    unit = " ".join(written.split())
    if unit == "%":
        return " %", scale
    return (" " + unit if written[:1].isspace() else unit) if unit else "", scale


def _prefix(tokens: list[str]) -> str:
    """The text the format writes before the number's first digit, as shown, a currency sign
    too (:attr:`NumberFormat.prefix`): "≥ " for ``"≥ "0``, ">" for ``">"0.00``, "$"."""
    written = "".join(_shown_text(t) for t in tokens)
    shown = " ".join(written.split())
    return shown + " " if shown and written[-1].isspace() else shown


def read_format(code: str) -> NumberFormat:
    """What a format code does to a number: its first section read (:func:`_read_section`), and
    its negative and zero sections (:attr:`NumberFormat.negative`, :attr:`~NumberFormat.zero`)
    unless a section holds a condition (``[>=100]``: then the first section is read for all)."""
    if len(code) > MAX_FORMAT:
        return GENERAL
    sections = ["".join(tokens) for tokens in _split(_TOKEN.findall(code))]
    first = _read_section(sections[0])
    if len(sections) < 2 or _CONDITION.search(code):
        return first
    negative = _read_section(sections[1])
    written = _written(sections[1])
    negative = negative._replace(
        prefix=negative.prefix.strip("(-−").lstrip(),
        unit=negative.unit.strip(")").rstrip(),
        bracketed="(" in written and ")" in written,
    )
    zero = _read_section(sections[2]) if len(sections) > 2 else None
    shown = None
    if zero is not None and zero.places is None and "general" not in sections[2].lower():
        shown = " ".join(_written(sections[2]).split())
    zero = zero if zero is not None and zero.places is not None else None
    hidden = None
    signed = negative.bracketed or "-" in written or "−" in written
    if not signed and not any(ch.isalpha() for ch in negative.prefix):  # ("kurang ": a word)
        colour = _COLOUR.search(sections[1])
        hidden = colour.group(1).casefold() if colour else ""
    return first._replace(negative=negative, zero=zero, zero_shown=shown, minus_hidden=hidden)


#: A section's colour (``[Red]``, ``[Color10]``).
_COLOUR = re.compile(
    r"\[(black|blue|cyan|green|magenta|red|white|yellow|color ?[0-9]{1,2})\]", re.IGNORECASE
)


def _written(section: str) -> str:
    """All the text one section of a format code writes beside the number (:func:`_shown_text`),
    a fill as a space (``_("Rp"* "-"_)``: "Rp -", as Excel shows it in a narrow column)."""
    return "".join(" " if t[0] == "*" else _shown_text(t) for t in _TOKEN.findall(section))


#: A section's condition (``[>=100]``, ``[<0]``).
_CONDITION = re.compile(r"\[[<>=]")


def _split(tokens: list[str]) -> list[list[str]]:
    """A format code's pieces (:data:`_TOKEN`) by section: split at its semicolons (never one
    inside quotes or a [..] block, each a piece of its own)."""
    out: list[list[str]] = [[]]
    for token in tokens:
        if token == ";":
            out.append([])
        else:
            out[-1].append(token)
    return out


def _read_section(section: str) -> NumberFormat:
    """What one section of a format code does to a number, read with quoted text and [..]
    blocks removed."""
    tokens = _TOKEN.findall(section)
    digits = [i for i, t in enumerate(tokens) if t in _DIGITS or t.lower() == "general"]
    first, last = (digits[0], digits[-1]) if digits else (len(tokens), len(tokens))
    plain = _QUOTED.sub("", section)
    #: (written before the number: "Rp" after it, in " Korporasi", is no Rupiah)
    rupiah = bool(_RUPIAH.search("".join(tokens[:first])))
    if _FRACTION.search(plain):  # (Excel shows 0.5 as "1/2": the number, not "1" rounded)
        return NumberFormat(False, None, False, rupiah)
    places = None
    if re.search(r"[0#?]", plain):
        decimals = _DECIMALS.search(plain)
        places = len(decimals.group(1)) if decimals else 0
    unit, scale = _unit(tokens[last + 1 :]) if digits else ("", 0)
    prefix = _prefix(tokens[:first]) if digits and not rupiah else ""
    grouped = "," in tokens[first:last]
    whole = tokens[first : last + 1]
    width = whole[: whole.index(".")].count("0") if "." in whole else whole.count("0")
    return NumberFormat("%" in plain, places, grouped, rupiah, unit, scale, prefix, width)


def number_text(value: float | int, number_format: str | None = None) -> str:
    """The number as Excel shows it, written the Indonesian way.

    - ``General`` (or no format): at most 15 significant digits, as Excel keeps them, trailing zeros
      dropped: ``100.00000000000001`` → "100", ``92.857142857142861`` → "92,8571428571429";
    - a format with decimals (``0.00``, ``#,##0.0``) rounds half up to them: "92,86";
      a thousands comma in the format groups with dots: "1.234.567";
    - a percent format shows ×100 with " %": 0.95 → "95 %"; a percent sign written as text
      (``0.0"%"``) shows the number with " %": 85 → "85,0 %";
    - a unit the format writes after the number is kept: 5 in ``0" orang"`` → "5 orang", and a
      comma after its last digit divides by a thousand: 1234567 in ``#,##0," rb"`` → "1.235 rb";
    - a format's zeros before its decimal point show as many digits at least: 1 in ``00`` → "01";
    - a Rupiah format gets "Rp " in front; another text the format writes before the number is
      kept, as shown: 95 in ``"≥ "0`` → "≥ 95", 1234 in ``"$"#,##0`` → "$1.234";
    - a negative number is written with a minus before its digits, after that text: -5 in
      ``"≥ "0`` → "≥ -5" (the threshold -5; Excel shows "-≥ 5"), with the places, unit and text
      of the format's negative section, its brackets and minus the sign: -1234.5 in
      ``#,##0;(#,##0.0)`` → "-1.234,5" (Excel: "(1.234,5)"); a zero with those of its zero
      section when that shows digits: 0 in ``0;-0;0.00`` → "0,00" (``0;-0;"–"``: "0").
    """
    return format_number(value, GENERAL if number_format is None else read_format(number_format))


def format_number(value: float | int, fmt: NumberFormat) -> str:
    """:func:`number_text` with the format code already read (a workbook reads each once)."""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if fmt.negative is not None and value < 0:  # (the negative section, its sign marks dropped)
        fmt = fmt.negative
    elif fmt.zero is not None and value == 0:
        fmt = fmt.zero
    percent, places, grouped, rupiah, unit, scale, prefix, width, _, _, bracketed, _, _ = fmt
    if isinstance(value, float):
        if not math.isfinite(value):
            return str(value)
        shown = format(value, ".15g")  # the 15 significant digits Excel keeps, no trailing zeros
        if (
            places is None and not percent and not scale and "e" not in shown
        ):  # General: already the shortest
            text = "0" if shown == "-0" else shown.replace(".", ",")  # plain form
        else:
            text = _decimal_text(Decimal(shown), percent, places, grouped, scale, width)
    else:
        text = _decimal_text(Decimal(value), percent, places, grouped, scale, width)
    if percent:
        text += " %"
    text += unit
    if bracketed and text[:1] == "-":  # (as Excel shows it: "(1.234)", "Rp (1.234)")
        text = f"({text[1:]})"
    return "Rp " + text if rupiah else prefix + text if prefix else text


def _decimal_text(
    number: Decimal,
    percent: bool,
    places: int | None,
    grouped: bool,
    scale: int = 0,
    width: int = 1,
) -> str:
    """The number as the format writes it, without " %", its unit and "Rp ": by Decimal,
    exactly."""
    if percent:
        number = number.scaleb(2)
        number = Decimal(format(number, ".15g"))  # 0.95 × 100 without new noise
    if scale:  # (a comma after the last digit: thousands)
        number = number.scaleb(-3 * scale)
    if places is not None:  # rounded half up to the format's decimals
        number = number.quantize(Decimal(1).scaleb(-places), ROUND_HALF_UP, _WIDE)
        text = format(number.copy_abs(), ",f" if grouped else "f")
        text = text.translate(_SWAP) if grouped else text.replace(".", ",")
        if width > 1 and not grouped:  # ("00": 1 shows "01")
            whole, comma, fraction = text.partition(",")
            text = whole.zfill(width) + comma + fraction
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
