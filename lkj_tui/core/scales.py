"""The scales behind every rating and score, kept as data a region can override.

- rating bands of capaian (Tabel 3.1, Permendagri 54/2010): each band holds from its lower bound
  (inclusive) up to the next band's lower bound (exclusive), so 90,5 is Tinggi and 91 Sangat Tinggi;
- SAKIP evaluation grades (PermenPAN-RB 88/2021) → the lower bound of each grade's score band;
- BPK audit opinions → an ordinal score;
- unit aliases: known typos mapped to the unit they stand for ("kai" → "kali");
- efficiency bands of the reviu (``lkj-tui check``): capaian − serapan anggaran, in points, the same
  ``{label, min}`` shape as the rating bands (docs/reviu.md);
- the regional options: the negative formula (``2T-R``, the default, floored at 0; or ``T/R``) and an
  optional cap on every capaian (e.g. 120).

A report may carry a ``"scales"`` object (:meth:`Scales.from_dict`); absent keys keep the defaults.
Every field is validated (:class:`ScalesError` names it): any labels, any number of bands.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from itertools import pairwise
from typing import Any

from lkj_tui.core.record import record

__all__ = [
    "DEFAULT_SCALES",
    "EFFICIENCY_BANDS",
    "RATINGS",
    "RATING_LABELS_EN",
    "Band",
    "Scales",
    "ScalesError",
    "normalise_unit",
    "rate",
    "rating_tone",
]

#: The five labels of Tabel 3.1, best first.
RATINGS: tuple[str, ...] = ("Sangat Tinggi", "Tinggi", "Sedang", "Rendah", "Sangat Rendah")
RATING_LABELS_EN: dict[str, str] = {
    "Sangat Tinggi": "Very high",
    "Tinggi": "High",
    "Sedang": "Medium",
    "Rendah": "Low",
    "Sangat Rendah": "Very low",
}


#: The negative formulas a region may choose: (2T − R) / T (floored at 0) or T / R.
NEGATIVE_FORMULAS: tuple[str, ...] = ("2T-R", "T/R")
_KEYS = ("ratings", "grades", "opinions", "unit_aliases", "efficiency", "negative_formula", "cap")
_MAX_BANDS = 20
_MAX_LABEL = 40
_MAX_MAGNITUDE = Decimal(10) ** 6  # no bound, score or cap of a scale is larger
_MAX_DIGITS = 30  # significant digits of one number of a scale


class ScalesError(ValueError):
    """A ``scales`` object that cannot be used; the message names the field."""


def normalise_unit(unit: str) -> str:
    """The key units are matched by: case-folded, single spaces, no trailing dots."""
    return " ".join(unit.split()).casefold().rstrip(".").strip()


@record
class Band:
    """One band: its label, its inclusive lower bound and (optionally) an English label."""

    label: str
    minimum: Decimal | None  # inclusive lower bound; None only for the lowest band (no bound)
    label_en: str | None = None

    def __init__(self, label: str, minimum: Decimal | None, label_en: str | None = None) -> None:
        vars(self).update(label=label, minimum=minimum, label_en=label_en)


def _shown(value: object) -> str:
    """``value`` for a message: short, one line, no control characters."""
    text = repr(value)
    shown = "".join(ch if ch.isprintable() else "?" for ch in text[:40])
    return shown + ("…" if len(text) > 40 else "")


_NUMBER_TEXT = r"[+-]?[0-9]{1,30}(?:[.,][0-9]{1,30})?"  # (compiled when a report has scales)


def _decimal(value: object, where: str) -> Decimal:
    """A number of a scale: a JSON number or a short decimal text ("86,45"), |x| <= 10^6."""
    if isinstance(value, bool) or not isinstance(value, int | float | str | Decimal):
        raise ScalesError(f"scales: {where} harus angka, bukan {type(value).__name__}")
    if isinstance(value, float) and not math.isfinite(value):
        raise ScalesError(f"scales: {where} harus angka terhingga")
    if isinstance(value, int) and not -(10**7) < value < 10**7:  # (before str(): no huge ints)
        raise ScalesError(f"scales: {where} di luar batas ±1.000.000")
    text = value.strip() if isinstance(value, str) else str(value)
    if isinstance(value, str) and not re.fullmatch(_NUMBER_TEXT, text):
        raise ScalesError(f"scales: {where} bukan angka: {_shown(value)}")
    try:
        number = Decimal(text.replace(",", "."))
    except (InvalidOperation, ValueError):
        raise ScalesError(f"scales: {where} bukan angka: {_shown(value)}") from None
    if not number.is_finite():
        raise ScalesError(f"scales: {where} harus angka terhingga")
    if abs(number) > _MAX_MAGNITUDE:
        raise ScalesError(f"scales: {where} di luar batas ±1.000.000")
    if len(number.as_tuple().digits) > _MAX_DIGITS or not re.fullmatch(_NUMBER_TEXT, _text(number)):
        # (a JSON number such as 8.7e-19 has few digits but no short decimal text: written back
        # as text it would be refused)
        raise ScalesError(f"scales: {where} memiliki terlalu banyak digit")
    return number


def _text(number: Decimal) -> str:
    """A number of a scale as the decimal text :func:`_decimal` reads ("0.0001", never "1E-4")."""
    return format(number, "f")


def _label(value: object, where: str) -> str:
    """A band label: text of 1–40 printable characters."""
    if not isinstance(value, str):
        raise ScalesError(f"scales: {where} harus teks, bukan {type(value).__name__}")
    if not value.strip():
        raise ScalesError(f"scales: {where} tidak boleh kosong")
    if len(value) > _MAX_LABEL:
        raise ScalesError(f"scales: {where} lebih dari {_MAX_LABEL} karakter")
    if not value.isprintable():
        raise ScalesError(f"scales: {where} memuat karakter kendali")
    return value


def _table(value: object, where: str) -> dict[str, object]:
    if not isinstance(value, Mapping) or not all(isinstance(k, str) for k in value):
        raise ScalesError(f"scales: '{where}' harus objek {{kode: nilai}}")
    if len(value) > 100:
        raise ScalesError(f"scales: '{where}' memuat lebih dari 100 entri")
    for key in value:
        if not key.strip() or len(key) > _MAX_LABEL or not key.isprintable():
            raise ScalesError(f"scales: kunci {where}.{_shown(key)} tidak sah")
    return dict(value)


def _check_bands(bands: tuple[Band, ...], key: str) -> None:
    if not bands:
        raise ScalesError(f"scales: '{key}' tidak boleh kosong")
    if len(bands) > _MAX_BANDS:
        raise ScalesError(f"scales: '{key}' lebih dari {_MAX_BANDS} kategori")
    labels = [b.label.strip().casefold() for b in bands]
    if len(set(labels)) != len(labels) or not all(labels):
        raise ScalesError(f"scales: label '{key}' harus unik dan tidak kosong")
    bounds = [b.minimum for b in bands]
    if None in bounds[:-1]:
        raise ScalesError(f"scales: hanya kategori terakhir '{key}' yang boleh tanpa batas bawah")
    known = [b for b in bounds if b is not None]
    if any(hi <= lo for hi, lo in pairwise(known)):
        raise ScalesError(f"scales: batas bawah '{key}' harus menurun dari terbaik ke terburuk")


def _parse_bands(items: object, key: str) -> tuple[Band, ...]:
    """A list of ``{label, min, label_en?}`` objects, best first."""
    if not isinstance(items, list) or not items:
        raise ScalesError(f"scales: '{key}' harus daftar {{label, min}} yang tidak kosong")
    if len(items) > _MAX_BANDS:
        raise ScalesError(f"scales: '{key}' lebih dari {_MAX_BANDS} kategori")
    parsed = []
    for i, item in enumerate(items):
        where = f"{key}[{i}]"
        if not isinstance(item, Mapping):
            raise ScalesError(f"scales: {where} harus {{label, min}}")
        extra = sorted(_shown(k) for k in set(item) - {"label", "min", "label_en"})
        if extra:
            raise ScalesError(f"scales: {where}: kunci tidak dikenal: {', '.join(extra[:5])}")
        label = _label(item.get("label"), f"{where}.label")
        label_en = item.get("label_en")
        if label_en is not None:
            label_en = _label(label_en, f"{where}.label_en")
        low = item.get("min")  # absent or null: no lower bound (the last band only)
        minimum = None if low is None else _decimal(low, f"{where}.min")
        parsed.append(Band(label, minimum, label_en))
    return tuple(parsed)


def _band_of(bands: tuple[Band, ...], value: Decimal | None) -> str | None:
    if value is None:
        return None
    for band in bands:
        if band.minimum is None or value >= band.minimum:
            return band.label
    return None


def _bands_dict(bands: tuple[Band, ...]) -> list[dict[str, str | None]]:
    out: list[dict[str, str | None]] = []
    for b in bands:
        band = {"label": b.label, "min": None if b.minimum is None else _text(b.minimum)}
        out.append(band | ({"label_en": b.label_en} if b.label_en else {}))
    return out


#: The reviu's efficiency bands (capaian − serapan anggaran, in percentage points): no regulation
#: fixes them; these are lkj-tui's defaults, documented in docs/reviu.md and overridable per report.
EFFICIENCY_BANDS: tuple[Band, ...] = (
    Band("efisien", Decimal(0)),
    Band("cukup efisien", Decimal(-10)),
    Band("tidak efisien", None),
)


@record
class Scales:
    """Rating bands, grade and opinion scores, unit aliases, efficiency bands and the regional
    options (the negative formula, a cap), validated when made."""

    bands: tuple[Band, ...]
    grades: tuple[tuple[str, Decimal], ...]  # code (upper case) → score
    opinions: tuple[tuple[str, Decimal], ...]  # code (upper case) → ordinal score
    unit_aliases: tuple[tuple[str, str], ...] = ()  # normalised unit → the unit it stands for
    efficiency: tuple[Band, ...] = ()  # capaian − serapan (points) → efisien…; () = the defaults
    negative_formula: str = "2T-R"  # "2T-R": (2T − R) / T × 100, floored at 0; "T/R": T / R × 100
    cap: Decimal | None = None  # no capaian above this (e.g. 120); None: no cap

    def __init__(
        self,
        bands: tuple[Band, ...],
        grades: tuple[tuple[str, Decimal], ...],
        opinions: tuple[tuple[str, Decimal], ...],
        unit_aliases: tuple[tuple[str, str], ...] = (),
        efficiency: tuple[Band, ...] = (),
        negative_formula: str = "2T-R",
        cap: Decimal | None = None,
    ) -> None:
        vars(self).update(
            bands=bands,
            grades=grades,
            opinions=opinions,
            unit_aliases=unit_aliases,
            efficiency=efficiency or EFFICIENCY_BANDS,
            negative_formula=negative_formula,
            cap=cap,
        )
        self.__post_init__()

    def __post_init__(self) -> None:
        _check_bands(self.bands, "ratings")
        _check_bands(self.efficiency, "efficiency")
        if self.negative_formula not in NEGATIVE_FORMULAS:
            raise ScalesError('scales: \'negative_formula\' harus "2T-R" atau "T/R"')
        if self.cap is not None and not Decimal(100) <= self.cap <= _MAX_MAGNITUDE:
            raise ScalesError("scales: 'cap' harus antara 100 dan 1.000.000, atau null")

    # ---- lookups
    def rate(self, value: Decimal | None) -> str | None:
        """The band ``value`` falls in (a value at a lower bound belongs to that band)."""
        return _band_of(self.bands, value)

    def labels(self) -> tuple[str, ...]:
        """The rating labels, best first."""
        return tuple(b.label for b in self.bands)

    def label_en(self, label: str) -> str:
        """The English name of a rating label (the default five, or the band's own), else itself."""
        for band in self.bands:
            if band.label == label and band.label_en:
                return band.label_en
        return RATING_LABELS_EN.get(label, label)

    def grade_score(self, code: str) -> Decimal | None:
        return dict(self.grades).get(code.upper())

    def opinion_score(self, code: str) -> Decimal | None:
        return dict(self.opinions).get(code.upper())

    def efficiency_band(self, points: Decimal | None) -> str | None:
        """The efficiency band of capaian − serapan (a value at a lower bound belongs to it)."""
        return _band_of(self.efficiency, points)

    def unit_alias(self, unit: str) -> str | None:
        """What a known typo of a unit stands for (normalised), or None."""
        aliases = vars(self).get("_aliases")
        if aliases is None:  # made once per Scales (the engine asks for every unit it compares)
            aliases = vars(self)["_aliases"] = dict(self.unit_aliases)
        return aliases.get(normalise_unit(unit))

    # ---- data form
    def to_dict(self) -> dict[str, object]:
        return {
            "ratings": _bands_dict(self.bands),
            "grades": {code: _text(score) for code, score in self.grades},
            "opinions": {code: _text(score) for code, score in self.opinions},
            "unit_aliases": dict(self.unit_aliases),
            "efficiency": _bands_dict(self.efficiency),
            "negative_formula": self.negative_formula,
            "cap": None if self.cap is None else _text(self.cap),
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any], base: Scales | None = None) -> Scales:
        """Scales from a report's ``scales`` object. ``ratings`` replaces the bands as a whole;
        ``grades``, ``opinions`` and ``unit_aliases`` are merged over ``base`` (the defaults);
        ``efficiency`` replaces the efficiency bands as a whole."""
        base = base or DEFAULT_SCALES
        if not isinstance(d, Mapping):
            raise ScalesError("scales harus objek")
        unknown = sorted(_shown(k) for k in set(d) - set(_KEYS))
        if unknown:
            raise ScalesError(f"scales: kunci tidak dikenal: {', '.join(unknown[:5])}")
        bands = base.bands
        if "ratings" in d:
            bands = _parse_bands(d["ratings"], "ratings")
        efficiency = base.efficiency
        if "efficiency" in d:
            efficiency = _parse_bands(d["efficiency"], "efficiency")
        grades = dict(base.grades)
        for code, v in _table(d.get("grades", {}), "grades").items():
            grades[code.strip().upper()] = _score(v, f"grades.{code}")
        opinions = dict(base.opinions)
        for code, v in _table(d.get("opinions", {}), "opinions").items():
            opinions[code.strip().upper()] = _score(v, f"opinions.{code}")
        aliases = dict(base.unit_aliases)
        for unit, v in _table(d.get("unit_aliases", {}), "unit_aliases").items():
            if not isinstance(v, str) or not v.strip() or len(v) > _MAX_LABEL:
                raise ScalesError(f"scales: unit_aliases.{unit} harus teks (1–40 karakter)")
            aliases[normalise_unit(unit)] = normalise_unit(v)
        formula = d.get("negative_formula", base.negative_formula)
        if formula is None:
            formula = "2T-R"
        if not isinstance(formula, str) or formula.replace(" ", "") not in NEGATIVE_FORMULAS:
            raise ScalesError('scales: \'negative_formula\' harus "2T-R" atau "T/R"')
        cap = base.cap
        if "cap" in d:
            cap = None if d["cap"] is None else _decimal(d["cap"], "cap")
        return cls(
            bands,
            tuple(grades.items()),
            tuple(opinions.items()),
            tuple(aliases.items()),
            efficiency,
            formula.replace(" ", ""),
            cap,
        )


def _score(value: object, where: str) -> Decimal:
    """A grade's or an opinion's score: a number of the scale, not negative."""
    score = _decimal(value, where)
    if score < 0:
        raise ScalesError(f"scales: {where} tidak boleh negatif")
    return score


DEFAULT_SCALES = Scales(
    bands=(
        Band("Sangat Tinggi", Decimal(91)),
        Band("Tinggi", Decimal(76)),
        Band("Sedang", Decimal(66)),
        Band("Rendah", Decimal(51)),
        Band("Sangat Rendah", None),
    ),
    grades=tuple(
        (code, Decimal(score))
        for code, score in (
            ("AA", 90),
            ("A", 80),
            ("BB", 70),
            ("B", 60),
            ("CC", 50),
            ("C", 30),
            ("D", 0),
        )
    ),
    opinions=tuple(
        (code, Decimal(s)) for code, s in (("WTP", 4), ("WDP", 3), ("TW", 2), ("TMP", 1))
    ),
    unit_aliases=(("kai", "kali"),),
)


def rate(value: Decimal | None, scales: Scales = DEFAULT_SCALES) -> str | None:
    """Rating label of a (rounded) capaian: ≥ 91 Sangat Tinggi … < 51 Sangat Rendah."""
    return scales.rate(value)


def rating_tone(label: str | None, scales: Scales = DEFAULT_SCALES) -> int | None:
    """How good a rating is, 1 (best) … 5 (worst), for colouring any scale's labels alike: the
    five default labels keep their place; a region's own bands are spread over 1–5 by position.
    None for no rating or a label neither the scales nor the defaults know."""
    if label is None:
        return None
    labels = scales.labels()
    if label not in labels:
        return RATINGS.index(label) + 1 if label in RATINGS else None
    if labels == RATINGS:
        return labels.index(label) + 1
    count = len(labels)
    return 1 if count == 1 else 1 + round(labels.index(label) * 4 / (count - 1))
