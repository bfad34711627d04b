"""The scales behind every rating and score, kept as data a region can override.

- rating bands of capaian (Tabel 3.1, Permendagri 54/2010): each band holds from its lower bound
  (inclusive) up to the next band's lower bound (exclusive), so 90,5 is Tinggi and 91 Sangat Tinggi;
- SAKIP evaluation grades (PermenPAN-RB 88/2021) → the lower bound of each grade's score band;
- BPK audit opinions → an ordinal score;
- unit aliases: known typos mapped to the unit they stand for ("kai" → "kali");
- efficiency bands of the reviu (``lkj-tui check``): capaian − serapan anggaran, in points, the same
  ``{label, min}`` shape as the rating bands (docs/reviu.md).

A report may carry a ``"scales"`` object (:meth:`Scales.from_dict`); absent keys keep the defaults.
"""

from __future__ import annotations

import math
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


class ScalesError(ValueError):
    """A ``scales`` object that cannot be used; the message names the field."""


def normalise_unit(unit: str) -> str:
    """The key units are matched by: case-folded, single spaces, no trailing dots."""
    return " ".join(unit.split()).casefold().rstrip(".").strip()


@record
class Band:
    """One rating band: its label and its inclusive lower bound."""

    label: str
    minimum: Decimal | None  # inclusive lower bound; None only for the lowest band (no bound)

    def __init__(self, label: str, minimum: Decimal | None) -> None:
        vars(self).update(label=label, minimum=minimum)


def _decimal(value: object, where: str) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, int | float | str | Decimal):
        raise ScalesError(f"scales: {where} harus angka, bukan {type(value).__name__}")
    if isinstance(value, float) and not math.isfinite(value):
        raise ScalesError(f"scales: {where} harus angka terhingga")
    try:
        number = Decimal(str(value).strip().replace(",", "."))
    except InvalidOperation:
        raise ScalesError(f"scales: {where} bukan angka: {value!r}") from None
    if not number.is_finite():
        raise ScalesError(f"scales: {where} harus angka terhingga")
    return number


def _table(value: object, where: str) -> dict[str, object]:
    if not isinstance(value, Mapping) or not all(isinstance(k, str) for k in value):
        raise ScalesError(f"scales: '{where}' harus objek {{kode: nilai}}")
    return dict(value)


def _check_bands(bands: tuple[Band, ...], key: str) -> None:
    if not bands:
        raise ScalesError(f"scales: '{key}' tidak boleh kosong")
    labels = [b.label for b in bands]
    if len(set(labels)) != len(labels) or not all(label.strip() for label in labels):
        raise ScalesError(f"scales: label '{key}' harus unik dan tidak kosong")
    bounds = [b.minimum for b in bands]
    if None in bounds[:-1]:
        raise ScalesError(f"scales: hanya kategori terakhir '{key}' yang boleh tanpa batas bawah")
    known = [b for b in bounds if b is not None]
    if any(hi <= lo for hi, lo in pairwise(known)):
        raise ScalesError(f"scales: batas bawah '{key}' harus menurun dari terbaik ke terburuk")


def _parse_bands(items: object, key: str) -> tuple[Band, ...]:
    if not isinstance(items, list) or not items:
        raise ScalesError(f"scales: '{key}' harus daftar {{label, min}}")
    parsed = []
    for i, item in enumerate(items):
        if not isinstance(item, Mapping) or not isinstance(item.get("label"), str):
            raise ScalesError(f"scales: {key}[{i}] harus {{label, min}}")
        low = item.get("min")
        minimum = None if low is None else _decimal(low, f"{key}[{i}].min")
        parsed.append(Band(item["label"], minimum))
    return tuple(parsed)


def _band_of(bands: tuple[Band, ...], value: Decimal | None) -> str | None:
    if value is None:
        return None
    for band in bands:
        if band.minimum is None or value >= band.minimum:
            return band.label
    return None


def _bands_dict(bands: tuple[Band, ...]) -> list[dict[str, str | None]]:
    return [{"label": b.label, "min": None if b.minimum is None else str(b.minimum)} for b in bands]


#: The reviu's efficiency bands (capaian − serapan anggaran, in percentage points): no regulation
#: fixes them; these are lkj-tui's defaults, documented in docs/reviu.md and overridable per report.
EFFICIENCY_BANDS: tuple[Band, ...] = (
    Band("efisien", Decimal(0)),
    Band("cukup efisien", Decimal(-10)),
    Band("tidak efisien", None),
)


@record
class Scales:
    """Rating bands, grade and opinion scores and unit aliases (validated when made)."""

    bands: tuple[Band, ...]
    grades: tuple[tuple[str, Decimal], ...]  # code (upper case) → score
    opinions: tuple[tuple[str, Decimal], ...]  # code (upper case) → ordinal score
    unit_aliases: tuple[tuple[str, str], ...] = ()  # normalised unit → the unit it stands for
    efficiency: tuple[Band, ...] = ()  # capaian − serapan (points) → efisien…; () = the defaults

    def __init__(
        self,
        bands: tuple[Band, ...],
        grades: tuple[tuple[str, Decimal], ...],
        opinions: tuple[tuple[str, Decimal], ...],
        unit_aliases: tuple[tuple[str, str], ...] = (),
        efficiency: tuple[Band, ...] = (),
    ) -> None:
        vars(self).update(
            bands=bands,
            grades=grades,
            opinions=opinions,
            unit_aliases=unit_aliases,
            efficiency=efficiency or EFFICIENCY_BANDS,
        )
        self.__post_init__()

    def __post_init__(self) -> None:
        _check_bands(self.bands, "ratings")
        _check_bands(self.efficiency, "efficiency")

    # ---- lookups
    def rate(self, value: Decimal | None) -> str | None:
        """The band ``value`` falls in (a value at a lower bound belongs to that band)."""
        return _band_of(self.bands, value)

    def grade_score(self, code: str) -> Decimal | None:
        return dict(self.grades).get(code.upper())

    def opinion_score(self, code: str) -> Decimal | None:
        return dict(self.opinions).get(code.upper())

    def efficiency_band(self, points: Decimal | None) -> str | None:
        """The efficiency band of capaian − serapan (a value at a lower bound belongs to it)."""
        return _band_of(self.efficiency, points)

    def unit_alias(self, unit: str) -> str | None:
        """What a known typo of a unit stands for (normalised), or None."""
        return dict(self.unit_aliases).get(normalise_unit(unit))

    # ---- data form
    def to_dict(self) -> dict[str, object]:
        return {
            "ratings": _bands_dict(self.bands),
            "grades": {code: str(score) for code, score in self.grades},
            "opinions": {code: str(score) for code, score in self.opinions},
            "unit_aliases": dict(self.unit_aliases),
            "efficiency": _bands_dict(self.efficiency),
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any], base: Scales | None = None) -> Scales:
        """Scales from a report's ``scales`` object. ``ratings`` replaces the bands as a whole;
        ``grades``, ``opinions`` and ``unit_aliases`` are merged over ``base`` (the defaults);
        ``efficiency`` replaces the efficiency bands as a whole."""
        base = base or DEFAULT_SCALES
        if not isinstance(d, Mapping):
            raise ScalesError("scales harus objek")
        known = {"ratings", "grades", "opinions", "unit_aliases", "efficiency"}
        unknown = sorted(set(d) - known)
        if unknown:
            raise ScalesError(f"scales: kunci tidak dikenal: {', '.join(map(str, unknown))}")
        bands = base.bands
        if "ratings" in d:
            bands = _parse_bands(d["ratings"], "ratings")
        efficiency = base.efficiency
        if "efficiency" in d:
            efficiency = _parse_bands(d["efficiency"], "efficiency")
        grades = dict(base.grades)
        for code, v in _table(d.get("grades", {}), "grades").items():
            grades[code.strip().upper()] = _decimal(v, f"grades.{code}")
        opinions = dict(base.opinions)
        for code, v in _table(d.get("opinions", {}), "opinions").items():
            opinions[code.strip().upper()] = _decimal(v, f"opinions.{code}")
        aliases = dict(base.unit_aliases)
        for unit, v in _table(d.get("unit_aliases", {}), "unit_aliases").items():
            if not isinstance(v, str) or not v.strip():
                raise ScalesError(f"scales: unit_aliases.{unit} harus teks")
            aliases[normalise_unit(unit)] = normalise_unit(v)
        return cls(
            bands,
            tuple(grades.items()),
            tuple(opinions.items()),
            tuple(aliases.items()),
            efficiency,
        )


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
