"""Typed values parsed from a raw LKj cell, always keeping the text as printed.

The order of the checks (first match wins) is documented in docs/capaian.md: missing → opinion →
grade → threshold → range → number/composite → text. A value that begins like a number but does not
parse is rejected rather than kept as text, so a typo never silently becomes "no capaian".
"""

from __future__ import annotations

import re
from decimal import MAX_EMAX, MAX_PREC, MIN_EMIN, Context, Decimal, localcontext
from typing import Any, Literal

from lkj_tui.core.limits import LINE_LIMIT
from lkj_tui.core.numbers import (
    DOT_DECIMAL,
    ENGLISH_FORMAT,
    ParseError,
    format_exact,
    parse_number,
    quote,
    show_raw,
)
from lkj_tui.core.record import record
from lkj_tui.core.scales import normalise_unit

__all__ = [
    "Comparator",
    "ParseError",
    "Value",
    "ValueKind",
    "parse_value",
    "percent_satuan",
    "typed_value",
    "written_id",
    "written_notes",
]

ValueKind = Literal[
    "missing", "number", "grade", "opinion", "range", "threshold", "composite", "text"
]
Comparator = Literal[">", ">=", "<", "<="]

_EXACT = Context(prec=MAX_PREC, Emax=MAX_EMAX, Emin=MIN_EMIN)  # a ± b without rounding
MISSING_MARKS = frozenset({"", "-", "–", "—", "−"})
#: What a cell writes for "not available" ("n/a", casefolded): not reported, as a blank or "-"
#: (DOMAIN.md: a blank realisasi is "not reported", not 0) — read as missing by the engine and the
#: reviu alike (docs/capaian.md, "Missing and not available").
NOT_AVAILABLE = frozenset({"n/a", "na"})
OPINIONS = {
    "WTP": "WTP",
    "WDP": "WDP",
    "TW": "TW",
    "TMP": "TMP",
    "WAJAR TANPA PENGECUALIAN": "WTP",
    "WAJAR DENGAN PENGECUALIAN": "WDP",
    "TIDAK WAJAR": "TW",
    "TIDAK MENYATAKAN PENDAPAT": "TMP",
}

_NUM = r"[+\-−]?[0-9](?:[0-9.,]*[0-9])?(?:,-)?"
_WORD = r"[^\W\d_](?:[^\W_]|[-/'](?=[^\W\d_]))*\.?"
_UNIT = rf"{_WORD}(?:\s+(?!(?i:dan)\b){_WORD})*"
_SUFFIX = rf"(?:\s*(?P<pct>%)|\s*(?P<unit>{_UNIT}))?"
_COMPONENT = re.compile(rf"(?P<num>{_NUM}){_SUFFIX}")
_GROUP = r"[0-9]{3}"  # a thousands group… (both compiled by ``re``'s cache when first used)
_LEAD = r"[+\-−]?[0-9]{1,3}"  # …after a bare first group: "1 000" reads as 1000
_GROUPED = _GROUP + r"(?:,[0-9]+)?"  # …or with decimals: "1 234,5" (vals64: two parts)
_SEPARATOR = re.compile(r"\s*(?:[,;&+]|(?i:dan)\b)?\s*")
_RUPIAH = re.compile(r"(?i:rp|idr)\.?\s*(?=[0-9])")  # "Rp 1.000", "Rp.1.000", "IDR 1,000,000"
#: A unit naming the Rupiah after the amount ("1.000.000 rupiah", "1.000 IDR"): read as "Rp".
_RUPIAH_WORDS = frozenset(("rp", "rp.", "rupiah", "idr"))
#: An amount whose one separator is a comma before three digits ("Rp 1,000"): 1 by the comma's
#: Indonesian reading, 1.000 by the English one. Never guessed (:func:`amount_error`). Compiled
#: (by ``re``'s cache) when first used: at import it cost every command 1.8 M instructions.
_AMBIGUOUS_AMOUNT = r"[+\-−]?([0-9]{1,3}),([0-9]{3})(?![0-9.,])"
_GRADE = re.compile(rf"(?i:(?P<code>AA|BB|CC|A|B|C|D))(?:\s*\(\s*(?P<score>{_NUM})\s*\))?")
_THRESHOLD = re.compile(
    r"(?P<cmp>>=|=>|≥|<=|=<|≤|>|<|"
    r"(?i:min(?:imal|imum)?|maks(?:imal|imum)?|max(?:imal|imum)?)\.?(?=\s|[0-9])|"
    r"(?i:lebih|kurang) (?i:dari)(?=\s))\s*(?P<rest>.+)"
)
#: A range's first bound and its operator; the second bound is a :data:`_COMPONENT` (the rest).
_RANGE = re.compile(
    rf"(?P<a>{_NUM})\s*(?P<apct>%)?\s*"
    r"(?P<op>±|\+/-|\+-|\+|-|–|—|−|(?i:s\.\s?d\.?|s/d|sampai(?:\s+dengan)?|hingga))\s*"
)
_NAN_INF = re.compile(r"(?i)(?<![^\W\d_])(?:nan|inf(?:inity)?)(?![^\W\d_])|∞")
_CMP_WORDS = {"min": ">=", "minimal": ">=", "minimum": ">=", "maks": "<=", "maksimal": "<="}
_CMP_WORDS |= {"maksimum": "<=", "max": "<=", "maximal": "<=", "maximum": "<="}
_CMP_WORDS |= {"lebih dari": ">", "kurang dari": "<"}
_CMP_SIGNS: dict[str, Comparator] = {">": ">", ">=": ">=", "=>": ">=", "≥": ">=", "<": "<"}
_CMP_SIGNS |= {"<=": "<=", "=<": "<=", "≤": "<="}


@record
class Value:
    """One parsed cell. Which fields are set depends on ``kind`` (see docs/capaian.md)."""

    raw: str
    kind: ValueKind
    number: Decimal | None = None  # number; threshold bound; grade's printed score
    unit: str | None = None  # unit as printed ("Surat", "peta Kec.", "Rp"); None for percent
    percent: bool = False
    low: Decimal | None = None  # range
    high: Decimal | None = None  # range
    comparator: Comparator | None = None  # threshold
    code: str | None = None  # grade or opinion code, upper case
    components: tuple[Value, ...] = ()  # composite
    text: str | None = None  # text, whitespace collapsed
    notes: tuple[str, ...] = ()
    notes_en: tuple[str, ...] = ()
    ambiguous: bool = False

    def __init__(
        self,
        raw: str,
        kind: ValueKind,
        number: Decimal | None = None,
        unit: str | None = None,
        percent: bool = False,
        low: Decimal | None = None,
        high: Decimal | None = None,
        comparator: Comparator | None = None,
        code: str | None = None,
        components: tuple[Value, ...] = (),
        text: str | None = None,
        notes: tuple[str, ...] = (),
        notes_en: tuple[str, ...] = (),
        ambiguous: bool = False,
    ) -> None:
        #: Not a field: the unit as matched ("%" for percent, the normalised unit, or None when
        #: unitless), worked out here: the engine asks for it of almost every value it compares
        #: (as a ``cached_property`` it cost ≈ 5,000 instructions a value, its lock and its reads).
        self.unit_key: str | None
        vars(self).update(
            raw=raw,
            kind=kind,
            number=number,
            unit=unit,
            percent=percent,
            low=low,
            high=high,
            comparator=comparator,
            code=code,
            components=components,
            text=text,
            notes=notes,
            notes_en=notes_en,
            ambiguous=ambiguous,
            unit_key="%" if percent else normalise_unit(unit) if unit else None,
        )

    @classmethod
    def plain_number(cls, raw: str, number: Decimal, unit: str | None, percent: bool) -> Value:
        """``Value(raw, "number", number=number, unit=unit, percent=percent)``, made without the
        call through ``__init__``: its other fields are their defaults, read from the class."""
        self = object.__new__(cls)
        key = "%" if percent else normalise_unit(unit) if unit else None  # (its unit_key)
        vars(self).update(
            raw=raw, kind="number", number=number, unit=unit, percent=percent, unit_key=key
        )
        return self

    def to_dict(self) -> dict[str, object]:
        """JSON-able form; numbers as exact decimal strings ("3.22")."""
        out: dict[str, object] = {"raw": self.raw, "kind": self.kind}
        for key in ("number", "low", "high"):
            v = getattr(self, key)
            if v is not None:
                out[key] = str(v)
        for key in ("unit", "comparator", "code", "text"):
            if getattr(self, key) is not None:
                out[key] = getattr(self, key)
        if self.percent:
            out["percent"] = True
        if self.components:
            out["components"] = [c.to_dict() for c in self.components]
        if self.ambiguous:
            out["ambiguous"] = True
        return out


def _check_characters(raw: str) -> None:
    if not raw.isprintable():  # a control or invisible character may be there
        _check_each_character(raw)
    elif not raw.isascii():  # printable: only a non-ASCII digit or fraction can be wrong
        for ch in raw:
            if ch.isnumeric() and not "0" <= ch <= "9":
                _check_numeral(raw, ch)
    if _NAN_INF.search(raw):
        raise ParseError.of(
            raw, "NaN/tak hingga bukan angka capaian", "NaN/infinity is not a number"
        )


def _is_control(ch: str) -> bool:
    import unicodedata  # only for text that is not printable

    return ch not in "\t\n\r" and unicodedata.category(ch) in ("Cc", "Cf", "Cs")


def _has_control(raw: str) -> bool:
    return any(_is_control(ch) for ch in raw)


def _check_each_character(raw: str) -> None:
    """A control character named first, wherever it is: "87 (A¼\x7f)" was refused for its "¼"."""
    for ch in raw:
        if _is_control(ch):
            raise ParseError.of(
                raw,
                f"berisi karakter kontrol/tak terlihat U+{ord(ch):04X}",
                f"contains the control/invisible character U+{ord(ch):04X}",
            )
    for ch in raw:
        if ch.isnumeric() and not "0" <= ch <= "9":
            _check_numeral(raw, ch)


def _check_numeral(raw: str, ch: str) -> None:
    """A numeral of ``raw`` other than 0-9: a digit of another script ("٣") refused, and a
    fraction ("1½" read as 1 with the unit "½", its capaian three times too high: vals43) with
    its decimal to write; a superscript ("m²") or another numeral is a unit's or a word's."""
    if ch.isdecimal():
        raise _non_ascii_digit(raw, ch)
    import unicodedata  # only for a value with a numeral that is not a digit

    value = unicodedata.numeric(ch)
    if value != int(value):
        from lkj_tui.core.numbers import format_id

        decimal = format_id(Decimal(f"{value:.3g}"), 3, trim=True).rstrip("0")
        raise ParseError.of(
            raw,
            f"pecahan {ch} tidak dibaca sebagai nilai: tulis desimalnya ({ch} = {decimal})",
            f"the fraction {ch} is not read as a value: write its decimal ({ch} = "
            f"{decimal.replace(',', '.')})",
        )


def _non_ascii_digit(raw: str, ch: str) -> ParseError:
    return ParseError.of(
        raw,
        f"angka non-ASCII {ch!r} (U+{ord(ch):04X}); tulis dengan 0-9",
        f"non-ASCII digit {ch!r} (U+{ord(ch):04X}); use 0-9",
    )


class _Notes:
    def __init__(self) -> None:
        self.id: list[str] = []
        self.en: list[str] = []
        self.ambiguous = False

    def add(self, note_id: str, note_en: str) -> None:
        self.id.append(note_id)
        self.en.append(note_en)

    def number(self, raw: str, token: str) -> Decimal:
        try:
            parsed = parse_number(token)
        except ParseError:
            if _TYPED_DATE.fullmatch(token):  # ("31.12.2024": imp68, it was "not a number")
                raise _typed_date(raw) from None
            if token == raw.strip():  # (the value is the number: quoted once, by ``of``)
                raise ParseError.of(
                    raw,
                    "bukan angka yang sah (contoh: 87,07 atau 1.234.567,89)",
                    "not a valid number (e.g. 87,07 or 1.234.567,89)",
                ) from None
            raise ParseError.of(
                raw,
                f"angka {quote(token)} tidak sah (contoh: 87,07 atau 1.234.567,89)",
                f"the number {quote(token, lang='en')} is not valid (e.g. 87,07 or 1.234.567,89)",
            ) from None
        self.id.extend(parsed.notes)
        self.en.extend(parsed.notes_en)
        self.ambiguous |= parsed.ambiguous
        return parsed.value

    def merge(self, other: _Notes) -> None:
        self.id.extend(other.id)
        self.en.extend(other.en)
        self.ambiguous |= other.ambiguous

    def value(self, raw: str, kind: ValueKind, **fields: Any) -> Value:
        """A :class:`Value` carrying the notes collected so far."""
        notes, notes_en = tuple(self.id), tuple(self.en)
        return Value(raw, kind, notes=notes, notes_en=notes_en, ambiguous=self.ambiguous, **fields)


def _percent_word(unit: str | None, percent: bool) -> tuple[str | None, bool]:
    """``(unit, percent)`` of a quantity, with the word "persen" (any case; "95,50 persen", as the
    seed prints an average) read as "%": it is a percent, not a unit "persen" that 90 % cannot be
    measured against."""
    if unit is not None and unit.casefold().rstrip(".") == "persen":
        return None, True
    return unit, percent


def _quantities(raw: str, s: str, notes: _Notes, dashes: bool = True) -> list[Value] | None:
    """``s`` as one or more "number [unit|%]" components, or None when it is not that shape. A
    range's dash between them is refused (:func:`_dashes`), unless not ``dashes``: then None."""
    parts: list[Value] = []
    pos = 0
    spaced = False  # the separator before this part is only spaces
    while pos < len(s):
        if parts:
            sep = _SEPARATOR.match(s, pos)
            assert sep is not None  # every part of the pattern is optional
            glued = sep.end() == pos
            spaced = not glued and not sep.group(0).strip()
            pos = sep.end()
            if s[pos : pos + 1] in _DASHES and (glued or s[pos + 1 : pos + 2] == " "):
                if not dashes:
                    return None
                raise _dashes(raw)  # "3-4-5", "3 - 4 - 5": a range's dash, not a sign
        m = _COMPONENT.match(s, pos)
        if m is None:
            return None
        if spaced and re.fullmatch(_GROUPED, m["num"]) and re.fullmatch(_LEAD, parts[-1].raw):
            # "1 234 567" → "1.234.567" (shown as a value is: quoted, escaped, cut)
            dotted = show_raw(re.sub(_SPACED_GROUP, ".", raw.strip()[:80]))
            raise ParseError.of(  # "1 000", "10 000 Orang": a space is no thousands separator
                raw,
                f"spasi bukan pemisah ribuan; tulis {dotted} (atau pisahkan komponen dengan ';')",
                f"a space is not a thousands separator; write {dotted} (or separate parts with ';')",
            )
        if m["unit"] and m.end("num") == m.start("unit") and any(c.isdigit() for c in m["unit"]):
            return (
                None  # "3,5x5": a unit glued to the number with digits in it is a typo, not a unit
            )
        own = _Notes()
        number = own.number(raw, m["num"])
        unit, pct = _percent_word(m["unit"], bool(m["pct"]))
        parts.append(own.value(m.group(0), "number", number=number, unit=unit, percent=pct))
        notes.merge(own)
        pos = m.end()
    return parts


#: The dashes a range is printed with ("80-90", "80 – 90"). After a number, one glued to it
#: ("3-4-5") or followed by a space ("3 - 4 - 5") is such a dash, not a minus sign ("3 -4").
_DASHES = frozenset("-–—−")


#: What an indicator measured by a date (a deadline: "Tanggal penyampaian LKj") holds instead.
_DEADLINE = (
    "tulis hasilnya sebagai teks, sama di target dan realisasi bila tercapai (mis. “Tepat "
    "waktu”): capaian tidak dihitung dari tanggal",
    "write its outcome as text, the same in the target and the realisasi when met (e.g. "
    "“Tepat waktu”): no capaian is computed from dates",
)
#: A date typed as text: "31/12/2024", "31-12-2024", "31.12.2024", "31 Desember 2024" (imp67:
#: refused as "not recognised as a number…", nothing said of a date), the year first with a dot
#: or a slash, "2024.12.31", "2024/12/31" (imp68; "2024-12-31" is Excel's date, :func:`_dashes`).
#: None is a number: a thousands group has three digits.
_TYPED_DATE = re.compile(
    r"\d{1,2}([/.-])\d{1,2}\1\d{4}|\d{4}([/.])\d{1,2}\2\d{1,2}|\d{1,2} [^\W\d_]{3,9}\.? \d{4}"
)


def _typed_date(raw: str) -> ParseError:
    """The refusal of a date typed as text (:data:`_TYPED_DATE`)."""
    return ParseError.of(
        raw,
        f"ini tanggal, bukan nilai: {_DEADLINE[0]}",
        f"this is a date, not a value: {_DEADLINE[1]}",
    )


def _dashes(raw: str) -> ParseError:
    """The refusal of a dash between more numbers than a range's two ("3-4-5", "1-2 Dok, 3 Peta"):
    a range has two ends (DOMAIN.md; the seed's bands "80.00 - 100"), and a composite's parts are
    separated by spaces, ",", ";", "&", "+" or "dan", never by a dash. A date as a spreadsheet
    writes it ("2026-04-03", Excel's "3/4") is said to be one."""
    if re.fullmatch(_DATE, raw.strip()):  # (2026, -04, -03)
        return ParseError.of(
            raw,
            "ini tanggal, bukan nilai: Excel menjadikan “3/4” atau “3-4” tanggal; format sel "
            "sebagai Teks lalu tulis nilainya lagi (mis. 3,4 atau 3 - 4); bila memang tanggal "
            f"(batas waktu), {_DEADLINE[0]}",
            "this is a date, not a value: Excel makes “3/4” or “3-4” a date; format the cell as "
            f"Text and write the value again (e.g. 3,4 or 3 - 4); if a date is meant (a "
            f"deadline), {_DEADLINE[1]}",
        )
    if _TYPED_DATE.fullmatch(raw.strip()):  # ("31-12-2024")
        return _typed_date(raw)
    return ParseError.of(
        raw,
        "tanda “-” di antara angka berarti rentang, yang hanya punya dua ujung (mis. 3 - 5); "
        "beberapa nilai dipisah dengan “;” (mis. 3; 4; 5)",
        "a “-” between numbers makes a range, which has only two ends (e.g. 3 - 5); separate "
        "several values with “;” (e.g. 3; 4; 5)",
    )


#: Cells already parsed: a report repeats many ("100%", "1 Dokumen"…), and a Value is immutable.
#: When full it starts again, so it holds the cells of the report at hand (it used to stop filling:
#: in a process that reads many reports, or one big report, the reviu parsed every cell again).
_PARSED: dict[str, Value] = {}
_PARSED_MAX = 4096


def parse_value(raw: str | None) -> Value:
    """Parse one cell. Empty, whitespace, "-" or "–" is ``missing`` (never 0). Raises only
    :class:`ParseError`, whose message names the value."""
    if raw is None:
        return Value("", "missing")
    value = _PARSED.get(raw)
    if value is None:
        value = _parse(raw)  # a ParseError is not kept: it is raised again each time
        if len(_PARSED) >= _PARSED_MAX:
            _PARSED.clear()
        _PARSED[raw] = value
    return value


#: A space between digits and a group of three ("1 234 567"): where a thousands dot belongs.
#: Compiled when a value is refused for it, not at import (a pattern's compilation costs every
#: command ≈ 0.2 %: docs/performance.md, "vals18").
_SPACED_GROUP = r"(?<=[0-9]) (?=[0-9]{3}(?![0-9]))"

#: The commonest cells: "87", "3,22", "87,07%", "132 Surat". Read directly, to the same Value the
#: full rules give (tests/test_values.py checks both on generated cells).
_PLAIN = re.compile(r"(?P<num>[0-9]+(?:,[0-9]+)?)(?:(?P<pct>%)| (?P<unit>[A-Za-z]+))?")


def amount_error(raw: str, number: str | None = None) -> ParseError | None:
    """The refusal of an amount (``number``: its figure, default ``raw``) whose one separator is a
    comma before three digits ("Rp 1,000", "1,500 rupiah", an anggaran "1,000"): the comma is the
    decimal mark in Bahasa Indonesia (1; 1,5) and the thousands mark in English (1.000; 1.500),
    and a Rupiah amount is written both ways. Never guessed: the message gives both readings.
    None for any other amount."""
    readings = amount_readings(raw if number is None else number)
    if readings is None:
        return None
    shown, decimal, thousands = readings
    # "1,234" read as a decimal is "1,234" again: the fix that reads one way is "1,2340"
    written = decimal + "0" if decimal == shown else decimal
    return ParseError.of(
        raw,
        f"jumlah Rupiah ambigu: {shown} bisa {decimal} (koma desimal) atau {thousands} "
        f"(koma ribuan, format Inggris); tulis {thousands} atau {written}",
        f"an ambiguous Rupiah amount: {shown} may be {decimal} (decimal comma) or "
        f"{thousands} (English thousands comma); write {thousands} or {written}",
    )


#: The words an amount is written in ("Rp 1,2 M", "Rp 850 juta"), by the power of ten they stand for.
_AMOUNT_WORDS = {"rb": 3, "ribu": 3, "jt": 6, "juta": 6, "m": 9, "miliar": 9, "milyar": 9}
_AMOUNT_WORDS |= {"t": 12, "triliun": 12, "trilyun": 12}


def _in_words(raw: str, value: Value) -> ParseError | None:
    """The refusal of an amount of Rupiah written in thousands, millions… ("Rp 1,2 M", "Rp 850
    juta", an anggaran "1,5 miliar": imp68, "satuan ganda"), with the amount in full to write;
    None when ``value``'s unit is no such word."""
    word = (value.unit or "").casefold().rstrip(".")
    power = _AMOUNT_WORDS.get(word)
    if power is None or value.number is None:
        return None
    with localcontext(_EXACT):
        full = format_exact(value.number.scaleb(power))
    return ParseError.of(
        raw,
        f"jumlah Rupiah ditulis dengan “{value.unit}”: tulis jumlahnya penuh, Rp {full}",
        f"an amount of Rupiah written with “{value.unit}”: write the amount in full, Rp {full}",
    )


def bracketed_error(raw: str) -> ParseError | None:
    """The refusal of an amount in accounting form, a negative amount in brackets ("(1.000)",
    "Rp (1.000)", "(Rp 1.000)"), saying what it is and what to write (-1.000, as the amount is
    read, or the figure alone when it is not negative); None for any other cell."""
    text = raw.strip()
    rp = text[:2].casefold() == "rp"
    text = text[2:].lstrip(". ") if rp else text
    if not (text.startswith("(") and text.endswith(")")):
        return None
    inner = text[1:-1].strip()
    if inner[:2].casefold() == "rp":
        inner = inner[2:].lstrip(". ")
    if not inner or not inner[0].isdigit() or inner.strip("0123456789.,"):
        return None
    if _KODE_IN_BRACKETS.fullmatch(text) and not _reads(inner):  # ("(1.2.3)": a kode)
        return None
    readings = amount_readings(inner)
    figure = inner if readings is None else readings[2]  # "(1,000)": write it one way
    return ParseError.of(
        raw,
        f"jumlah dalam kurung adalah jumlah negatif (format akuntansi): tulis -{figure} bila "
        f"memang negatif, atau {figure} tanpa kurung",
        f"brackets make an amount negative (accounting format): write -{figure} if it is "
        f"negative, or {figure} without brackets",
    )


def separator_slip(comma_raw: str, dot_raw: str) -> tuple[str, str, str, str, str] | None:
    """Two figures of one indicator written with unlike separators: ``comma_raw`` one comma
    before three digits ("1,234": 1,234 by the decimal comma), ``dot_raw`` one dot before three
    ("1.234": 1.234 by the thousands dot), a capaian a thousandfold off. (The comma figure, its
    decimal-comma reading, its thousands reading, the dotted figure as read, its decimal reading);
    None for any other pair (vals19: the import and ``check`` name it)."""
    _, comma, after = comma_raw.strip().partition(",")
    if not comma or len(after) < 3 or not after[:3].isdigit() or after[3:4].isdigit():
        return None  # (no "1,234": the pattern of amount_readings is not compiled, ≈ 1 M)
    dot = _dot_beside_comma(dot_raw, comma_raw)
    if dot is None:
        return None
    readings = amount_readings(comma_raw)
    if readings is None:
        return None
    with localcontext(_EXACT):
        as_decimal = format_exact((dot / 1000).normalize())
    return (*readings, format_exact(dot), as_decimal)


def point_slip(dot_raw: str, comma_raw: str) -> tuple[str, str] | None:
    """A figure with one dot before three digits ("1.234": 1.234 by the thousands dot) beside
    one written with a decimal comma ("1,2"): the dot may be a decimal point typed the English
    way, a capaian a thousandfold off (vals20). (The dotted figure, its decimal reading "1,234");
    None for any other pair (a "1,234" beside it is :func:`separator_slip`'s)."""
    if "." not in dot_raw or "," not in comma_raw or "," in dot_raw or "." in comma_raw:
        return None  # (the common pairs leave before anything is parsed)
    _, _, after = comma_raw.strip().partition(",")
    if len(after) >= 3 and after[:3].isdigit() and not after[3:4].isdigit():
        return None  # "1,234": separator_slip names it
    dot = _dot_beside_comma(dot_raw, comma_raw)
    if dot is None:
        return None
    with localcontext(_EXACT):
        return format_exact(dot), format_exact(dot.scaleb(-3))


def _dot_beside_comma(dot_raw: str, comma_raw: str) -> Decimal | None:
    """The dotted figure as read, where the pair can be a separator slip: a number whose dot is
    ambiguous ("1.234"), beside a comma figure that is a number in the same unit (both per cent
    or neither); None otherwise (:func:`separator_slip`, :func:`point_slip`)."""
    try:
        dot, comma = parse_value(dot_raw), parse_value(comma_raw)
    except ParseError:
        return None
    if dot.kind != "number" or dot.number is None or not dot.ambiguous:
        return None
    if comma.kind != "number" or comma.percent != dot.percent:
        return None
    return dot.number


def amount_readings(number: str) -> tuple[str, str, str] | None:
    """The two readings of an amount whose one separator is a comma before three digits
    ("1,000"; a "Rp" before it is the caller's to strip): (the figure, its decimal-comma reading
    "1", its thousands-comma reading "1.000"); None for any other amount."""
    m = re.match(_AMBIGUOUS_AMOUNT, number.strip())
    if m is None:
        return None
    whole, frac = m.groups()
    with localcontext(_EXACT):
        decimal = format_exact(Decimal(f"{whole}.{frac}").normalize())
    return m.group(0), decimal, f"{whole}.{frac}"


#: A value cell typed or imported (``set``, the TUI's forms, the import) longer than this, its
#: spaces collapsed, is refused, whatever it reads as (but a composite, a list of quantities): a
#: target or realisasi in words is a short phrase as printed ("Tidak ada temuan"), and a longer
#: one is a sentence pasted into the wrong field. Values already stored are read as they are.
VALUE_LIMIT = 200
#: A date as a spreadsheet's cell gives it ("3/4" typed in Excel: 2026-04-03), which the rules
#: would read as three numbers (2026, -04, -03): refused where a value is typed or imported.
_DATE = r"[0-9]{4}-[0-9]{2}-[0-9]{2}"


def _fraction(raw: str, a: str, b: str) -> ParseError:
    """ "3/4" (a CSV's cell, a value typed): no form of a value, but the user meant one of three;
    "tidak dikenali sebagai angka…" named none (vals35)."""
    from lkj_tui.core.numbers import format_id

    part = Decimal(a) / Decimal(b)  # (28 digits: 1/3 has no end)
    dec, pct = format_id(part, trim=True), format_id(part * 100, trim=True)
    of = int(a) <= int(b)  # ("3 dari 4": a count of its whole)
    return ParseError.of(
        raw,
        f"pecahan tidak dibaca sebagai nilai: tulis hasilnya ({dec}) atau persennya ({pct} %)"
        + (f", atau bila artinya {a} dari {b}, realisasi {a} dengan target {b}" if of else ""),
        f"a fraction is not read as a value: write its result ({dec}) or its percent ({pct} %)"
        + (f", or, if it means {a} of {b}, a realisasi of {a} with a target of {b}" if of else ""),
    )


def _mistyped(raw: str, s: str) -> ParseError | None:
    """What is wrong in a value read as none (``s``: ``raw`` stripped), when it is a known slip,
    and what to write: a doubled "%%", a full-width character ("90 ％": the reader does not take
    it, as it does not take a full-width digit), a "±3" without the value it is around, a per mille
    "3,5‰" (its percent); None for any other (the generic "tidak dikenali…", vals43)."""
    wide = next((ch for ch in s if "\uff01" <= ch <= "\uff5e"), None)
    if wide is not None:
        return _wide_error(raw, wide)
    if "%%" in s.replace(" ", ""):
        one = re.sub(r"%[\s%]*%", "%", s)  # (linear: each run of signs matched once)
        return ParseError.of(
            raw,
            f"tanda persen ganda: tulis satu ({quote(one)})",
            f"a doubled percent sign: write one ({quote(one, lang='en')})",
        )
    if s.startswith(("±", "+/-", "+-")):
        width = s.removeprefix("±").removeprefix("+/-").removeprefix("+-").strip()
        width = width if 0 < len(width) <= 20 else "2"  # (the example: short)
        return ParseError.of(
            raw,
            f"rentang tanpa nilai tengah: tulis nilai ± lebarnya (mis. 10 ± {width})",
            f"a range without its centre: write the value ± its width (e.g. 10 ± {width})",
        )
    if (slip := _slipped(raw, s)) is not None:
        return slip
    if s.endswith("‰"):
        try:
            number = parse_value(s[:-1])
        except ParseError:
            number = None
        if number is not None and number.kind == "number" and number.unit is None:
            assert number.number is not None
            pct = number.number / 10
            return ParseError.of(
                raw,
                f"permil (‰) tidak dipakai: tulis persennya ({format_exact(pct)} %)",
                f"per mille (‰) is not used: write its percent ({format_exact(pct, 'en')} %)",
            )
        return ParseError.of(
            raw,
            "permil (‰) tidak dipakai: tulis persennya",
            "per mille (‰) is not used: write its percent",
        )
    return None


def _reads(text: str) -> bool:
    """Whether ``text`` reads as a value other than a text."""
    try:
        return parse_value(text).kind not in ("text", "missing")
    except ParseError:
        return False


#: A bound and the words after it that make it a threshold: "95 % ke atas", "5 atau kurang".
_AND_ABOVE = r"([0-9][0-9.,]*\s*%?)\s+((?i:ke\s?atas|ke\s?bawah|atau\s+lebih|atau\s+kurang))"
#: A time or a ratio: "00:30", "08:00:00" (a time cell), "1:2.500".
_TIME_OR_RATIO = r"[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?|[0-9][0-9.,]*\s*:\s*[0-9][0-9.,]*"


def _slipped(raw: str, s: str) -> ParseError | None:
    """The refusal of a value a mark next to it made unreadable, with what to write (imp68:
    each was "not recognised as a number…"): a footnote mark ("95*", "96 *)", "95¹"), a "+"
    after the number ("95+": at least 95?), a letter O typed for a zero ("9O%"), a number in
    brackets ("(5)"), a time or a ratio ("00:30", "1:2.500"), a bound in words ("95 % ke
    atas": ≥ 95 %); None for any other."""
    head = s[:-2] if s.endswith("*)") else s
    head = head.rstrip("*¹²³").rstrip()
    if head != s and head and _reads(head):
        mark = s[len(head) :].strip()
        return ParseError.of(
            raw,
            f"tanda “{mark}” (catatan kaki) bukan bagian nilai: tulis {head}, dan catatannya "
            "di kolom catatan",
            f"the mark “{mark}” (a footnote) is no part of the value: write {head}, and its "
            "note in the catatan column",
        )
    if (m := re.fullmatch(_AND_ABOVE, s)) and _reads(m[1]):  # ("95 % ke atas": ≥ 95 %)
        sign = "≤" if m[2].casefold().replace(" ", "") in ("kebawah", "ataukurang") else "≥"
        return ParseError.of(
            raw,
            f"ambang ditulis dengan kata “{m[2]}”: tulis {sign} {m[1]}",
            f"a threshold written with the words “{m[2]}”: write {sign} {m[1]}",
        )
    if s.endswith("+") and re.fullmatch(r"[0-9][0-9.,]*\s*%?", head := s[:-1].rstrip()):
        return ParseError.of(
            raw,
            f"tanda “+” di belakang angka: bila maksudnya paling sedikit {head}, tulis ≥ {head}",
            f"a “+” after the number: if at least {head} is meant, write ≥ {head}",
        )
    if len(s) <= 40 and re.search(r"[0-9][Oo]|[Oo][0-9]", s):
        fixed = re.sub(r"(?<=[0-9])[Oo]+|(?<![Oo])[Oo]+(?=[0-9])", lambda m: "0" * len(m[0]), s)
        if _reads(fixed):
            return ParseError.of(
                raw,
                f"huruf O di antara angka: tulis angka nol (0), {fixed}",
                f"a letter O among the digits: write the digit zero (0), {fixed}",
            )
    if (m := re.fullmatch(r"\(\s*([0-9][0-9.,]*)\s*\)", s)) and _reads(m[1]):
        return ParseError.of(
            raw,
            f"angka dalam kurung: tulis -{m[1]} bila negatif, atau {m[1]} tanpa kurung",
            f"a number in brackets: write -{m[1]} if it is negative, or {m[1]} without brackets",
        )
    if len(s) <= 60 and (m := _KODE_IN_BRACKETS.fullmatch(s)):
        return ParseError.of(
            raw,
            f"tampak seperti kode bertitik dalam kurung ({m[1]}), bukan nilai: tulis nilainya "
            "seperti tercetak di laporan; kodenya diisi pada kode baris atau simpulnya",
            f"looks like a dotted code in brackets ({m[1]}), not a value: write the value as "
            "printed in the report; the code goes in its row's or node's kode",
        )
    if re.fullmatch(_TIME_OR_RATIO, s):
        return ParseError.of(
            raw,
            "jam atau perbandingan (a:b) tidak dibaca sebagai nilai: tulis satu angka dengan "
            "satuannya, mis. 30 menit, 0,5 jam, atau untuk rasio 1:2.500, 2.500 dengan satuan "
            "penduduk per dokter",
            "a time or a ratio (a:b) is not read as a value: write one number with its unit, "
            "e.g. 30 menit, 0,5 jam, or for a ratio 1:2.500, 2.500 with the unit penduduk per "
            "dokter",
        )
    return None


#: A dotted kode in brackets, "(1.2.3)", "(1.02.2.01)": a program's or kegiatan's number, not a
#: value (imp71: it was "tidak dikenali sebagai angka…", a budget's "tulis -1.2.3 bila memang
#: negatif"); a number in brackets ("(1.234.567)") is read before it (:func:`_slipped`).
_KODE_IN_BRACKETS = re.compile(r"\(\s*([0-9]+(?:\.[0-9]+){2,})\s*\)")
#: A number token as a cell writes it (:data:`_NUM`), where :func:`written_id` looks.
_NUM_TOKEN = re.compile(_NUM)


def written_id(raw: str) -> str:
    """A typed value as it is stored: each number the engine read in another form than the
    Indonesian one written in that form — a dot read as the decimal point ("2.93" → "2,93",
    "> 3.51" → "> 3,51", "A (86.45)" → "A (86,45)"), the English format ("1,234.5" → "1.234,5")
    — where the value then reads exactly as before; else ``raw`` as typed: an ambiguous "3.226"
    (thousands, or a decimal point?), a text, a value the engine cannot read (its error, or its
    doubt, says why). ``set realisasi 2.93`` kept "2.93" and its log read "2,85 → 2.93" (vals57);
    a report imported keeps its cells as printed. Linear."""
    try:
        value = parse_value(raw)
    except ParseError:
        return raw
    if value.kind in ("text", "missing") or value.ambiguous or not _foreign(value.notes):
        return raw

    def written(m: re.Match[str]) -> str:
        token = m.group(0)
        try:
            read = parse_number(token)
        except ParseError:
            return token
        if read.ambiguous or not _foreign(read.notes):
            return token
        sign = token[0] if token[0] in "+-−" else ""
        return sign + format_exact(abs(read.value))

    out = _NUM_TOKEN.sub(written, raw)
    try:
        same = _reading(parse_value(out)) == _reading(value)
    except ParseError:
        return raw
    return out if same else raw


def _foreign(notes: tuple[str, ...]) -> bool:
    """Whether the notes say a number was read from a dot decimal or the English format."""
    return any(DOT_DECIMAL[0] in n or ENGLISH_FORMAT[0] in n for n in notes)


def written_notes(typed: str, lang: str = "id") -> tuple[str, ...]:
    """How the numbers of a value :func:`written_id` wrote otherwise were read, as the engine
    notes it ("titik pada '2.93' dibaca sebagai tanda desimal (2,93)"): what ``set`` and the
    TUI's dialogs say of it (no doubt: the reading is certain), which the value stored no
    longer says. Empty where :func:`written_id` keeps ``typed`` as it is ("3.226": its doubt
    is said as a doubt)."""
    if written_id(typed) == typed:
        return ()
    value = parse_value(typed)  # (read: written_id wrote it otherwise)
    said = value.notes_en if lang == "en" else value.notes
    return tuple(n for n, i in zip(said, value.notes, strict=True) if _foreign((i,)))


def _reading(value: Value) -> object:
    """What a value reads as, whatever its text: its fields, its parts' too, but its ``raw``."""
    said = value.to_dict()
    said.pop("raw")
    if value.components:
        said["components"] = [_reading(c) for c in value.components]
    return said


def percent_satuan(satuan: str | None) -> bool:
    """Whether a satuan says its values are percent: "%", "persen" (any case)."""
    return (satuan or "").strip().casefold() in ("%", "persen")


def typed_value(raw: str, amount: bool = False) -> Value:
    """``parse_value(raw)`` of a cell typed or imported into a value field, refusing (with a
    :class:`ParseError` naming the value) what the field does not take: a value of more than
    :data:`VALUE_LIMIT` characters (a composite: of more than a line's), a date ("2026-04-03", a spreadsheet's
    "3/4") and, for an ``amount`` (``anggaran``,
    ``realisasi_anggaran``), anything but a Rupiah amount or a bare number ("-" is nil), an
    ambiguous "1,000" (:func:`amount_error`) too, and an accounting "(1.000)" with what to write
    (:func:`bracketed_error`). docs/capaian.md, "Value fields"."""
    try:
        value = parse_value(raw)
    except ParseError:
        if amount and (error := bracketed_error(raw)) is not None:
            raise error from None
        raise
    kind = value.kind
    # (a composite grows with its parts, to a line's length: vals43, one of 1,000 parts went in)
    limit = LINE_LIMIT if kind == "composite" else VALUE_LIMIT
    if len(raw) > limit and len(" ".join(raw.split())) > limit:
        # (its length said once: the value is quoted with it, "1111… (401 digit)", vals35; as
        # measured, its spaces folded, vals41: a value ending in spaces said more than checked)
        most = f"{limit:,}"
        raise ParseError.of(
            " ".join(raw.split()),
            f"terlalu panjang untuk sebuah nilai (paling banyak {most.replace(',', '.')} "
            "karakter): tulis angka, persen, rentang, ambang, predikat, opini atau "
            "teks singkat seperti tercetak (“Tidak ada temuan”); uraian panjang masuk ke "
            "permasalahan atau solusi",
            f"too long for a value (at most {most} characters): write a "
            "number, percent, range, threshold, grade, opinion or a short text as printed "
            "(“Tidak ada temuan”); a long explanation belongs in permasalahan or solusi",
        )
    if amount and kind != "missing":
        if kind != "number" or value.percent or value.unit_key not in (None, "rp"):
            if (error := bracketed_error(raw)) is not None:
                raise error  # "Rp (1.000)" reads as text
            if kind == "number" and (error := _in_words(raw, value)) is not None:
                raise error  # ("1,5 miliar")
            raise ParseError.of(
                raw,
                "anggaran adalah jumlah Rupiah (contoh: Rp 1.234.567.000 atau 1.234.567.000; "
                "- bila nihil)",
                "a budget is an amount of Rupiah (e.g. Rp 1.234.567.000 or 1.234.567.000; - for "
                "nil)",
            )
        if (error := amount_error(raw)) is not None:
            raise error  # "1,000": 1 or 1.000 ("Rp 1,000" is refused by parse_value)
    return value


# Words after a plain number that the full rules read otherwise: a currency ("87 Rp" is refused
# as an amount) or NaN/infinity ("0 NAN" is refused, as _check_characters does).
_NOT_PLAIN_UNITS = _RUPIAH_WORDS | {"nan", "inf", "infinity", "keatas", "kebawah"}
#: The words after a bound that make it a threshold, spaces left out (:data:`_AND_ABOVE`): no unit.
_BOUND_WORDS = frozenset(("keatas", "kebawah", "ataulebih", "ataukurang"))


def _parse(raw: str) -> Value:
    if (m := _PLAIN.fullmatch(raw)) and (
        m["unit"] is None or m["unit"].casefold() not in _NOT_PLAIN_UNITS
    ):
        number = Decimal(m["num"].replace(",", "."))
        unit, pct = _percent_word(m["unit"], m["pct"] is not None)
        return Value.plain_number(raw, number, unit, pct)
    return _parse_full(raw)


def _parse_full(raw: str) -> Value:
    """Every rule: :func:`_parse_whole`, and when the cell is no value (text, or refused) but ends
    with a note in brackets that has a letter (">3,51 (skala 1-5)", "90 % (target RPJMD)"), the
    value before the note, noted (its ``raw`` is the cell, note and all). "A (86,45)" is a grade's
    score, read by the grade rule: a note without a letter is no note. A text that begins with a
    label ending in a grade in brackets ("Sangat Baik (A) 3,49 poin", an index's points and the
    band they fall in) is the number after it, the label noted (:func:`_labelled`). A full-width
    character that makes a value of what would be text ("90 Ａ" is "90 A", "Ａ" a grade) is refused
    with the character to write (vals46: "90 Ａ" was read with the unit "Ａ", unlike "90 A")."""
    if not raw.isascii() and (wide := _wide(raw)) is not None:
        raise wide
    try:
        value = _parse_whole(raw)
    except ParseError as exc:
        remarked = _remarked(raw)
        if remarked is None:
            raise exc from None
        return remarked
    if value.kind == "text":
        return _remarked(raw) or _labelled(raw) or value
    return value


#: The first and last full-width form of ASCII (U+FF01-FF5E, as an input method types them).
_WIDE_FIRST, _WIDE_LAST = 0xFF01, 0xFF5E


def _wide(raw: str) -> ParseError | None:
    """The refusal of ``raw`` when a full-width character in it makes it read as a value other
    than text (written narrow, "90 Ａ" is 90 with the unit A, and would be read so; a full-width
    "Ａ" alone is the grade A): a reader sees one value, the rules another. None when it reads
    as text either way ("Ｔｉｄａｋ ａｄａ"), or holds none."""
    narrow = "".join(
        chr(ord(ch) - 0xFEE0) if _WIDE_FIRST <= ord(ch) <= _WIDE_LAST else ch for ch in raw
    )
    if narrow == raw:
        return None
    try:
        if _parse_full(narrow).kind == "text":
            return None
    except ParseError:
        pass  # (refused narrow as wide: "９０ %%"; its own words, the wide character first)
    return _wide_error(raw, next(ch for ch in raw if _WIDE_FIRST <= ord(ch) <= _WIDE_LAST))


def _wide_error(raw: str, wide: str) -> ParseError:
    plain = chr(ord(wide) - 0xFEE0)
    return ParseError.of(
        raw,
        f"karakter lebar penuh {wide!r} (U+{ord(wide):04X}); tulis {plain}",
        f"full-width character {wide!r} (U+{ord(wide):04X}); use {plain}",
    )


#: A label that ends in a grade in brackets, then a number: "Sangat Baik (A) 3,49 poin" (an
#: index's points, IKM's or another's, after the band they fall in). Compiled (by ``re``'s
#: cache) when a text with a bracket is read, not at import: a compilation there costs every
#: command.
_LABELLED = r"(?P<label>[^\W\d_][^()]*\((?i:AA|BB|CC|A|B|C|D)\))\s*(?P<rest>[+\-−]?[0-9].*)"


def _labelled(raw: str) -> Value | None:
    """``raw`` as the number after a label ending in a grade in brackets, the label noted and
    not computed ("Sangat Baik (A) 3,49 poin": 3,49 poin): the points are what was measured, and
    the letter is the band of another scale than SAKIP's (IKM's A is "Sangat Baik", SAKIP's BB),
    whose band score would be a wrong capaian. The figure has a unit or is a percent, so it is
    never taken for a grade's score against a bare grade ("Baik (B) 3,2" stays text). None when
    it is not that."""
    if "(" not in raw:
        return None
    s = " ".join(raw.split())
    if (m := re.fullmatch(_LABELLED, s)) is None:
        return None
    try:
        value = _parse_whole(m["rest"])
    except ParseError:
        return None
    if value.kind != "number" or value.unit_key is None:  # (a bare figure: a grade's score?)
        return None
    label = m["label"] if len(m["label"]) <= 60 else m["label"][:59] + "…"
    return _noted(
        raw,
        value,
        f"predikat “{label}” dicatat, tidak ikut dihitung: capaian dari angkanya",
        f"the grade “{label}” is kept, not computed: the capaian is of its figure",
    )


def _remarked(raw: str) -> Value | None:
    """``raw`` as a value with a note in brackets after it, or None when it is not that (nor when
    the cell holds a control or invisible character: the note is refused as any value is)."""
    if not raw.isprintable() and _has_control(raw):
        return None
    s = " ".join(raw.split())
    start = s.rfind("(")
    if start <= 0 or not s.endswith(")"):
        return None
    remark, head = s[start + 1 : -1], s[:start].rstrip()
    if ")" in remark or not any(ch.isalpha() for ch in remark) or not head:
        return None
    try:
        value = _parse_whole(head)
    except ParseError:
        return None
    if value.kind in ("text", "missing"):
        return None
    shown = f"({remark if len(remark) <= 60 else remark[:59] + '…'})"
    return _noted(
        raw,
        value,
        f"keterangan {shown} dicatat, tidak ikut dihitung",
        f"the note {shown} is kept, not computed",
    )


def _noted(raw: str, value: Value, note: str, note_en: str) -> Value:
    """``value`` as the cell ``raw`` (a note or a label around it) with one more note."""
    return Value(
        raw,
        value.kind,
        number=value.number,
        unit=value.unit,
        percent=value.percent,
        low=value.low,
        high=value.high,
        comparator=value.comparator,
        code=value.code,
        components=value.components,
        notes=(*value.notes, note),
        notes_en=(*value.notes_en, note_en),
        ambiguous=value.ambiguous,
    )


#: A number in scientific notation, as Excel shows a long one ("1,23E+15"; "1e400").
#: (compiled when a cell with an "E" after digits is read, not at import)
_SCIENTIFIC = r"[+\-−]?[0-9]+(?:[.,][0-9]+)?[eE][+\-−]?[0-9]+"


def _parse_whole(raw: str) -> Value:
    _check_characters(raw)
    s = " ".join(raw.split())
    if s in MISSING_MARKS or (len(s) < 4 and s.casefold() in NOT_AVAILABLE):
        return Value(raw, "missing")
    if s[-1:].isdigit() and ("e" in s or "E" in s) and re.fullmatch(_SCIENTIFIC, s):
        raise ParseError.of(  # ("1,5e-3" was a range of three ends, "1E+15" no value)
            raw,
            "notasi ilmiah (E), cara Excel menampilkan angka panjang, tidak dipakai: tulis "
            "angkanya seperti tercetak di laporan (format sel sebagai Teks di Excel)",
            "scientific notation (E), Excel's way of showing a long number, is not used: write "
            "the number as the report prints it (format the cell as Text in Excel)",
        )
    notes = _Notes()
    if (opinion := OPINIONS.get(s.upper())) is not None:
        return Value(raw, "opinion", code=opinion)
    if m := _GRADE.fullmatch(s):
        score = notes.number(raw, m["score"]) if m["score"] else None
        return notes.value(raw, "grade", number=score, code=m["code"].upper())
    if m := _THRESHOLD.fullmatch(s):
        word = m["cmp"].rstrip(".").casefold()
        comparator = _CMP_SIGNS.get(word) or _CMP_WORDS.get(word)
        if g := _GRADE.fullmatch(m["rest"]):  # "Minimal BB": bound is the grade's score
            score = notes.number(raw, g["score"]) if g["score"] else None
            return notes.value(
                raw, "threshold", number=score, code=g["code"].upper(), comparator=comparator
            )
        parts = _quantities(raw, m["rest"], notes, dashes=False)
        if parts is None or len(parts) != 1:
            if word in (">", "<") and m["rest"].startswith("="):  # ("> = 80": imp68)
                sign, bound = "≥" if word == ">" else "≤", m["rest"][1:].strip()[:40]
                raise ParseError.of(
                    raw,
                    f"tanda “{word} =” terpisah: tulis {sign} {bound} (atau {word}= {bound})",
                    f"the sign “{word} =” is split: write {sign} {bound} (or {word}= {bound})",
                )
            raise ParseError.of(raw, "ambang tidak sah", "not a valid threshold")
        q = parts[0]
        return notes.value(
            raw, "threshold", number=q.number, unit=q.unit, percent=q.percent, comparator=comparator
        )
    if (m := _RANGE.match(s)) and (tail := _COMPONENT.fullmatch(s, m.end())):
        a, b, op = notes.number(raw, m["a"]), notes.number(raw, tail["num"]), m["op"]
        if op in ("±", "+/-", "+-", "+"):
            if tail["unit"] and op == "+":
                raise ParseError.of(
                    raw, "'+' dengan satuan tidak jelas", "'+' with a unit is unclear"
                )
            if op == "+":
                notes.add("'+' dibaca sebagai '±' (rentang)", "'+' was read as '±' (a range)")
            if b < 0:
                raise ParseError.of(raw, "lebar rentang negatif", "negative range width")
            with localcontext(_EXACT):
                low, high = a - b, a + b
        else:
            low, high = a, b
            if low > high:
                raise ParseError.of(
                    raw, "batas bawah lebih besar dari batas atas", "lower bound above upper bound"
                )
        unit, pct = _percent_word(tail["unit"], tail["pct"] is not None or m["apct"] is not None)
        return notes.value(raw, "range", unit=unit, percent=pct, low=low, high=high)
    body, prefix = s, None
    if rp := _RUPIAH.match(s):
        body, prefix = s[rp.end() :], "Rp"
    parts = _quantities(raw, body, notes)
    if parts is not None and len(parts) == 1:
        q = parts[0]
        named = q.unit is not None and q.unit.casefold() in _RUPIAH_WORDS  # "1.000 rupiah"
        if prefix and (q.unit or q.percent):
            raise _in_words(raw, q) or ParseError.of(raw, "satuan ganda", "two units")
        if prefix or named:
            if (error := amount_error(raw, q.raw)) is not None:
                raise error
            if q.ambiguous:  # "Rp 900.000": its dot groups thousands; no one writes 900,000
                return Value(raw, "number", number=q.number, unit="Rp")  # Rupiah (vals14)
            return notes.value(raw, "number", number=q.number, unit="Rp")
        if q.unit is not None and not q.unit.strip("Oo") and (slip := _slipped(raw, s)):
            raise slip  # ("1OO": a letter O typed for a zero, not the unit "OO")
        if q.unit is not None and q.unit.casefold().replace(" ", "") in _BOUND_WORDS:
            raise _slipped(raw, s) or ParseError.of(
                raw, "ambang tidak sah", "not a valid threshold"
            )
        return notes.value(raw, "number", number=q.number, unit=q.unit, percent=q.percent)
    if parts is not None and prefix is None:
        with_unit = [p.unit_key is not None for p in parts]
        if all(with_unit) or not any(with_unit):
            return notes.value(raw, "composite", components=tuple(parts))
    if (m := re.fullmatch(r"(\d{1,9}) ?/ ?(\d{1,9})", s)) and int(m[2]):
        raise _fraction(raw, m[1], m[2])
    if re.match(r"[+\-−]?[0-9]|[<>≤≥=±]", s) or not any(ch.isalpha() for ch in s):
        if (error := _mistyped(raw, s)) is not None:
            raise error
        if _TYPED_DATE.fullmatch(s):
            raise _typed_date(raw)
        raise ParseError.of(
            raw,
            "tidak dikenali sebagai angka, persen, rentang, ambang, predikat atau opini",
            "not recognised as a number, percent, range, threshold, grade or opinion",
        )
    return Value(raw, "text", text=s)
