"""Indonesian numbers: parse and format with :class:`decimal.Decimal`, never float.

Number-format rule (see docs/capaian.md):

- ``,`` is the decimal mark and ``.`` groups thousands: "87,07", "1.234.567", "1.234.567,89";
- a single dot followed by exactly three digits, after a valid first thousands group (1–3 digits,
  not starting with 0), groups thousands the Indonesian way ("1.500" → 1500, as :func:`format_id`
  writes it); it could also be an English decimal point (1,5), so it is flagged ``ambiguous`` and
  the note names both readings;
- any other single dot is a decimal point ("88.51" → 88,51, "0.500", "1234.567"; the English form
  reports often mix in), always with a note;
- several dots, each followed by three digits, are thousands separators ("4.591.267.300");
- with both marks, the last one is the decimal mark ("1.234,5"; "1,234.5" is read the English way,
  with a note); several commas in three-digit groups are English thousands ("1,234,567", noted);
- a trailing ",-" (Rupiah: "9.000.000,-") means no decimals;
- only ASCII digits 0-9; an optional sign (+, -, −) in front.
"""

from __future__ import annotations

import re
from decimal import MAX_EMAX, MIN_EMIN, ROUND_HALF_UP, Context, Decimal, InvalidOperation
from functools import cache

from lkj_tui.core.record import record

__all__ = [
    "DOT_DECIMAL",
    "ENGLISH_FORMAT",
    "ParseError",
    "ParsedNumber",
    "format_en",
    "format_exact",
    "format_id",
    "grouped",
    "parse_number",
    "quantize",
    "quote",
    "show_raw",
]


def grouped(n: int, lang: str = "id") -> str:
    """A count with its thousands grouped as the language writes them: 183.264 (id), 183,264
    (en). One form for every count a user reads (the TUI's, the CLI's, the import's)."""
    return f"{n:,}".replace(",", "," if lang == "en" else ".")


class ParseError(ValueError):
    """A raw cell that cannot be read. ``message`` is one line in Bahasa Indonesia naming the
    value; ``why``/``why_en`` the reason alone, for a message that names the value itself (the
    import's problem after its place and cell: the value quoted once, not twice)."""

    def __init__(
        self, value: str, message: str, message_en: str, why: str = "", why_en: str = ""
    ) -> None:
        super().__init__(message)
        self.value = value
        self.message = message
        self.message_en = message_en
        self.why = why or message
        self.why_en = why_en or message_en

    def __str__(self) -> str:
        return self.message

    @classmethod
    def of(cls, raw: str, why_id: str, why_en: str) -> ParseError:
        return cls(
            raw,
            f"Nilai {show_raw(raw)} tidak dapat dibaca: {why_id}.",
            f"Value {show_raw(raw, lang='en')} cannot be read: {why_en}.",
            why_id,
            why_en,
        )


def show_raw(raw: str, limit: int = 40, lang: str = "id") -> str:
    """``raw`` quoted on one line: control and invisible characters escaped, long text cut with
    its length (``longvalue.quoted``: "99999… (300 digit)").

    Only the start kept is looked at character by character (an escaped character only grows),
    so a megabyte cell costs about what a short one does: the per-character loop over all of it
    took 0.2-0.3 s per megabyte, once for every message naming the value (issue 11)."""
    import unicodedata  # only for the message of a value that cannot be read

    from lkj_tui.core.longvalue import quoted

    out = []
    for ch in quoted(raw, lang, limit):
        if unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Zl", "Zp"):
            code = ord(ch)
            out.append(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")
        else:
            out.append(ch)
    return f'"{"".join(out)}"'


def quote(token: str, limit: int = 40, lang: str = "id") -> str:
    """A number token quoted in a note or message (``'1.500'``), a long one cut with its length
    (``longvalue.quoted``: "'99999… (300 digit)'"): a megabyte token once made a 100 KB
    "one-line" message (issue 11); cut at 40 without it, it was cut again "(39+ digit)"."""
    if len(token) <= limit:
        return repr(token)
    from lkj_tui.core.longvalue import quoted  # (rare: a token that long)

    return repr(quoted(token, lang, limit))


@record
class ParsedNumber:
    """A number read from a cell, with the notes on how it was read (Bahasa Indonesia, English)."""

    value: Decimal
    notes: tuple[str, ...] = ()
    ambiguous: bool = False
    notes_en: tuple[str, ...] = ()

    def __init__(
        self,
        value: Decimal,
        notes: tuple[str, ...] = (),
        ambiguous: bool = False,
        notes_en: tuple[str, ...] = (),
    ) -> None:
        vars(self).update(value=value, notes=notes, ambiguous=ambiguous, notes_en=notes_en)


_SIGNS = {"+": "", "-": "-", "−": "-"}
_INT = re.compile(r"[0-9]+")
_ID_DECIMAL = re.compile(r"[0-9]+,[0-9]+")
# The forms below the commonest two: compiled by ``re``'s cache when first used (a number with a
# dot or an English comma), not at import, which every command pays.
_SINGLE_DOT = r"([0-9]+)\.([0-9]+)"
_ID_THOUSANDS = r"[0-9]{1,3}(?:\.[0-9]{3}){2,}"
_ID_FULL = r"[0-9]{1,3}(?:\.[0-9]{3})+,[0-9]+"
_RUPIAH = r"[0-9]{1,3}(?:\.[0-9]{3})*,-|[0-9]+,-"
#: What a number with one dot, not three digits after it, is told ("12.5": ``set``, the TUI and
#: the import say the same).
DOT_DECIMAL = ("dibaca sebagai tanda desimal", "was read as a decimal point")
#: What a number in the English format is told (``set``, the TUI and the import say the same).
ENGLISH_FORMAT = (
    "ditulis dengan format Inggris (koma ribuan, titik desimal)",
    "uses the English format (comma thousands, dot decimal)",
)
_EN_THOUSANDS = r"[0-9]{1,3}(?:,[0-9]{3}){2,}"
_EN_FULL = r"[0-9]{1,3}(?:,[0-9]{3})+\.[0-9]+"


def parse_number(text: str) -> ParsedNumber:
    """Read one number token (no unit, no percent sign) by the rule in the module docstring."""
    s = text.strip()
    sign = ""
    if s[:1] in _SIGNS:
        sign, s = _SIGNS[s[0]], s[1:]
    notes: list[str] = []
    notes_en: list[str] = []
    ambiguous = False
    if _INT.fullmatch(s):
        digits = s
    elif _ID_DECIMAL.fullmatch(s):
        digits = s.replace(",", ".")
    elif m := re.fullmatch(_SINGLE_DOT, s):
        whole, frac = m.groups()
        as_decimal = Decimal(sign + s)
        ambiguous = len(frac) == 3 and len(whole) <= 3 and not whole.startswith("0")
        if ambiguous:  # "1.500": a thousands group, as format_id writes 1500
            digits = whole + frac
            thousands = Decimal(sign + digits)
            notes.append(
                f"{quote(s)} ambigu: dibaca {format_exact(thousands)} (titik ribuan), "
                f"bisa juga {format_exact(as_decimal)} (titik desimal)"
            )
            notes_en.append(
                f"{quote(s, lang='en')} is ambiguous: read as {format_exact(thousands)} (thousands dot), "
                f"could also be {format_exact(as_decimal)} (decimal point)"
            )
        else:
            digits = s
            shown = format_exact(as_decimal)
            notes.append(f"titik pada {quote(s)} {DOT_DECIMAL[0]} ({shown})")
            notes_en.append(f"the dot in {quote(s, lang='en')} {DOT_DECIMAL[1]} ({shown})")
    elif re.fullmatch(_ID_THOUSANDS, s):
        digits = s.replace(".", "")
    elif re.fullmatch(_ID_FULL, s):
        digits = s.replace(".", "").replace(",", ".")
    elif re.fullmatch(_RUPIAH, s):
        digits = s[:-2].replace(".", "")
        notes.append(f"',-' pada {quote(s)} berarti tanpa desimal (penulisan Rupiah)")
        notes_en.append(f"',-' in {quote(s, lang='en')} means no decimals (Rupiah style)")
    elif re.fullmatch(_EN_THOUSANDS, s) or re.fullmatch(_EN_FULL, s):
        digits = s.replace(",", "")
        notes.append(f"{quote(s)} {ENGLISH_FORMAT[0]}")
        notes_en.append(f"{quote(s, lang='en')} {ENGLISH_FORMAT[1]}")
    else:
        raise ParseError.of(
            text, "bukan angka yang sah (contoh: 87,07 atau 1.234.567,89)", "not a valid number"
        )
    return ParsedNumber(Decimal(sign + digits), tuple(notes), ambiguous, tuple(notes_en))


def quantize(value: Decimal, exp: Decimal, rounding: str = ROUND_HALF_UP) -> Decimal:
    """``value.quantize(exp, rounding)`` for a finite value of any length: the context holds every
    digit of the result (the default 28 digits raise ``InvalidOperation`` for, e.g., 88,51 at 40
    decimals or a 30-digit number at 2)."""
    try:  # (almost always: 28 digits hold the result; an exact operation, the same at any precision)
        return value.quantize(exp, rounding=rounding, context=_PREC_28)
    except InvalidOperation:
        pass
    prec = max(28, value.adjusted() - exp.as_tuple().exponent + 3)  # type: ignore[operator]
    return value.quantize(
        exp, rounding=rounding, context=Context(prec, Emax=MAX_EMAX, Emin=MIN_EMIN)
    )


#: The context of almost every :func:`quantize` (a context made on every call, or a
#: ``localcontext``, cost a third of evaluating a big report: docs/performance.md).
_PREC_28 = Context(prec=28, Emax=MAX_EMAX, Emin=MIN_EMIN)


@cache
def _quantum(places: int) -> Decimal:
    """10 to the power ``-places``, made once (a fifth of formatting a capaian each time)."""
    return Decimal(1).scaleb(-places)


def _format(value: Decimal, places: int | None, trim: bool, dec: str, group: str) -> str:
    if not value.is_finite():
        raise ValueError(f"cannot format {value!r}")
    if places is not None:
        if places < 0:
            raise ValueError("places must be >= 0")
        value = quantize(value, _quantum(places))
    sign = "-" if value < 0 else ""
    whole, _, frac = f"{value.copy_abs():,f}".partition(".")  # (decimal's grouping: "1,234,567")
    if group != ",":
        whole = whole.replace(",", group)
    if frac and trim and frac.strip("0") == "":
        frac = ""
    return sign + whole + (dec + frac if frac else "")


def format_id(value: Decimal, places: int = 2, *, trim: bool = False) -> str:
    """Indonesian form rounded half up: ``Decimal("1234567.5")`` → "1.234.567,50".

    ``trim=True`` drops an all-zero fraction ("100,00" → "100"), nothing else.
    """
    return _format(value, places, trim, ",", ".")


def format_en(value: Decimal, places: int = 2, *, trim: bool = False) -> str:
    """English form of :func:`format_id` ("1,234,567.50"). Not used for display: the product shows
    numbers in the Indonesian format in every language, English sentences included."""
    return _format(value, places, trim, ".", ",")


def format_exact(value: Decimal, lang: str = "id") -> str:
    """The exact value with its own decimals, unrounded: ``Decimal("63.20")`` → "63,20".

    ``lang="en"`` gives the English form ("63.20"); display always uses the default."""
    if lang == "en":
        return _format(value, None, False, ".", ",")
    return _format(value, None, False, ",", ".")
