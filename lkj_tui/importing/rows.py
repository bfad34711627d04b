"""Rows of the flat template → a validated :class:`Report`, or every problem with its place. Pure.

One row per node. ``induk`` names the parent's ``kode`` (or ``id``); when empty, the parent is the
nearest row above whose level may hold this one (outline order); a row with an empty ``level`` just
after an indicator row is another indicator of the same parent (the e-SAKIP convention).
See docs/import.md.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import json
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from lkj_tui.core.engine import point_capaian
from lkj_tui.core.i18n import IMPORT_TABLE  # (the table of a capaian_tercetak figure)
from lkj_tui.core.jsonwords import unreadable
from lkj_tui.core.limits import TEXT_LIMIT
from lkj_tui.core.model import (
    MEASURED_KINDS,
    ModelError,
    Node,
    Report,
    ReportMeta,
    derived_id,
    listed_once,
)
from lkj_tui.core.numbers import (
    DOT_DECIMAL,
    ENGLISH_FORMAT,
    format_exact,
    format_id,
    quote,
    show_raw,
)
from lkj_tui.core.rollover import default_report_id
from lkj_tui.core.values import (
    VALUE_LIMIT,
    ParseError,
    parse_value,
    separator_slip,
    typed_value,
)
from lkj_tui.core.words import PERIODE_HINT, parse_periode
from lkj_tui.importing.columns import (
    IGNORED,
    LAPORAN_BY_NAME,
    MEASURE_KEYS,
    NON_CUMULATIVE,
    REPORT_COLUMNS,
    baseline_without_year,
    match_header,
    meant_value,
    norm,
    parse_cara_hitung,
    parse_level,
    parse_polaritas,
)
from lkj_tui.importing.grid import (
    EXCEL_ERRORS,
    STEP,
    Grid,
    MappedGrid,
    Problem,
    Progress,
    place_en,
    under_table,
    words_only,
)
from lkj_tui.importing.kept import (
    KEPT_COLUMN,
    NotStorable,
    keep_fields,
    kept_column,
    kept_keys,
    not_keepable,
    read_kept,
    strict_json,
)
from lkj_tui.importing.limits import (
    report_problems,
    too_long,
    too_long_info,
    too_long_printed,
)

__all__ = [
    "IMPORT_TABLE",
    "MAY_HOLD",
    "Built",
    "MetaOptions",
    "build_flat",
    "build_meta",
    "default_report_id",
    "formula_cells",
    "laporan_offers",
    "no_laporan",
    "split_items",
    "split_pairs",
    "uncomputed_problem",
    "unknown_column",
    "without_echoes",
]


#: The meta fields the ``Laporan`` sheet has a key of its own for; every other field of
#: ``ReportMeta.to_dict()`` goes under its own name (text, or JSON).
META_KEYS = frozenset(
    {"id", "instansi", "tahun", "pemerintah", "periode", "source", "misi", "isu_strategis"}
    | {"perbaikan_kinerja", "kesimpulan", "inovasi", "scales", "printed"}
)

#: Which levels may hold a level, for rows without ``induk`` (nearest row above of one of these).
MAY_HOLD: dict[str, frozenset[str]] = {
    "tujuan": frozenset(),
    "sasaran": frozenset({"tujuan"}),
    "iku": frozenset({"sasaran", "tujuan"}),
    "lainnya": frozenset({"sasaran", "tujuan"}),
    "program": frozenset({"iku", "lainnya", "sasaran"}),
    "kegiatan": frozenset({"program", "iku", "lainnya"}),
    "subkegiatan": frozenset({"kegiatan"}),
    "indikator_kegiatan": frozenset({"subkegiatan", "kegiatan", "program"}),
}

_INFO_COLUMNS = ("penanggung_jawab", "definisi", "sumber_data", "catatan")
#: The columns of one line (a name, a kode…): saved with their whitespace folded, as ``set`` does.
_ONE_LINE = frozenset({"uraian", "kode", "satuan", "tabel", "penanggung_jawab"})
_TARGET_TRIWULAN = ("target_tw1", "target_tw2", "target_tw3", "target_tw4")
#: A sheet's ``target_<year>`` and ``realisasi_<year>`` columns, each as (key, year), by year.
_Years = tuple[list[tuple[str, str]], list[tuple[str, str]]]
_VALUE_COLUMNS = frozenset(
    {"target", "realisasi", "target_akhir", "target_text"}
    | {f"tw{n}" for n in range(1, 5)}
    | {f"target_tw{n}" for n in range(1, 5)}
)
_YEAR = re.compile(r"(target|realisasi)_(\d{4})")
#: The figures a merged cell may give several rows (a warning says so; ``_merged_down``).
_FIGURES = _VALUE_COLUMNS | {"capaian_tercetak"}
_ID = re.compile(r"[a-z0-9][a-z0-9._-]{0,80}")
#: Value cells of these shapes always parse, without a dot read as a decimal point or the English
#: format (a property test draws cells of this pattern and ``parse_value`` accepts each, with
#: neither note): "92,86", "-5", "95 %", "Rp 1.285.000.000" — most of a workbook's number cells as
#: it reads them (importing/cells.py). The check and :func:`_english_numbers` skip the parser for
#: them: they only ask whether a cell parses, or has such a note, and the Rupiah budgets, which
#: nothing else parses, take its slow path. Not "Rp 1,000" (one comma before three digits: 1 or
#: 1.000, refused by ``parse_value``), nor "Rp 0.500" (a dot after a leading 0 is a decimal point).
_PARSES = re.compile(
    r"-?[0-9]+(?:,[0-9]+)?(?: %)?"
    r"|Rp (?:[1-9][0-9]{0,2}(?:\.[0-9]{3})+(?:,[0-9]+)?|[0-9]{1,3}(?:,[0-9]{1,2}|,[0-9]{4,})?)"
)
#: The columns of an amount: "1,000" there is 1 or 1.000, refused (``values.amount_error``).
_BUDGET = ("anggaran", "realisasi_anggaran")
#: The columns of a row's permasalahan and solusi: one merged over several rows is each row's,
#: and a warning says so (``_merged_down``; the Markdown export lists it once).
_ITEMS = ("permasalahan", "solusi")


@dataclass
class MetaOptions:
    """Report facts given on the command line; they win over the ``Laporan`` sheet."""

    report_id: str | None = None
    instansi: str | None = None
    tahun: int | None = None


@dataclass
class Built:
    report: Report | None
    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    #: The record each node of ``report`` was read from, by node id (``Node.from_record``), in the
    #: store's form, when the reader made them: ``Store.import_report(report, records=…)`` writes
    #: them as they are.
    records: dict[str, dict[str, Any]] | None = None
    #: The columns of the file's sheet the import reads (None: not known, or no header found): a
    #: hidden column is named as read only when it is one of them.
    read_columns: frozenset[int] | None = None
    #: Where each node's cells are, by node id (``places.get("target", default)`` → "Data!H4"),
    #: when the reader knows: the import's account names the cell of a measure without capaian.
    places: Mapping[str, Any] | None = None
    #: The instansi and the year (as text) a file lacking one offers for them: its Laporan
    #: sheet's (under a key mistyped too, "Instnasi"), else what its sheet's name and title name
    #: (``read.title_facts``): what the import offers to give, to check (walk57).
    offered: Mapping[str, str] | None = None


def _p(place: str, text: str | None, why: str, why_en: str, code: str = "") -> Problem:
    return Problem(place, text, why, why_en, code)


def split_items(text: str | None) -> list[str]:
    """Permasalahan/solusi: one per line in the cell (or a JSON list of texts), each without
    the blanks around it, as the TUI's dialog and ``set`` take typed lines
    (``core.edits.item_texts``: one rule, walk57)."""
    if text is None:
        return []
    if text.startswith("["):
        try:
            value = json.loads(text)
        except (ValueError, RecursionError):  # (then its lines: "[Tabel 3] …")
            value = None
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            return list(value)
    return [line.strip() for line in text.split("\n") if line.strip()]


#: How JSON starts (an object, a list of lists): its bracket, then a key, a list or its end.
_JSON_START = re.compile(r"[{[]\s*[\"\[{}\]]")


def split_pairs(text: str | None, sep: str) -> list[tuple[str, ...]] | None:
    """``key: value`` (or ``a | b | c``) lines, or a JSON object/list; None if a line does not fit.

    A text is read as JSON when it starts as a JSON object or list of lists would (``{"``,
    ``[[``…): ``[Tabel 3] a: b`` is the line it looks like, a broken ``{"a": "b",}`` is refused."""
    if text is None:
        return []
    if _JSON_START.match(text):
        try:
            value = json.loads(text)
        except (ValueError, RecursionError):  # (said by pairs_problem)
            return None
        if isinstance(value, dict) and all(isinstance(v, str) for v in value.values()):
            return [(str(k), v) for k, v in value.items()]
        if isinstance(value, list) and all(
            isinstance(v, list) and all(isinstance(x, str) for x in v) for v in value
        ):
            return [tuple(v) for v in value]
        return None
    out: list[tuple[str, ...]] = []
    for line in text.split("\n"):
        line = line.removesuffix("\r")
        if not line.strip():
            continue
        parts = [part.strip() for part in line.split(sep, 2 if sep == "|" else 1)]
        if len(parts) < 2 or not parts[0]:
            return None
        out.append(tuple(parts))
    return out


def pairs_problem(text: str, sep: str) -> tuple[str, str]:
    """Why ``text`` is not ``split_pairs``' lines (it gave None), and what to write: JSON that
    cannot be read said with where it breaks, JSON of another shape with the shape it must
    have, a line that is no pair with the form of a line (vals46: a broken ``{"a": 1`` got
    "tulis satu 'kunci: nilai' per baris", which it was not meant to be)."""
    line, line_en = _PAIR_LINE[sep]
    if not _JSON_START.match(text):
        return line, line_en
    shape, shape_en, example = _JSON_SHAPE[sep]
    why = unreadable(text)
    if why is None:
        return (
            f"JSON terbaca, tetapi harus {shape}, mis. {example}",
            f"the JSON is read, but it must be {shape_en}, e.g. {example}",
        )
    return (
        f"{why[0]}: perbaiki JSON-nya, mis. {example}, atau {line}",
        f"{why[1]}: fix the JSON, e.g. {example}, or {line_en}",
    )


#: What a line of ``split_pairs`` is, by its separator.
_PAIR_LINE = {
    ":": ("tulis satu 'kunci: nilai' per baris", "write one 'key: value' per line"),
    "|": (
        "tulis satu 'tabel | bidang | nilai' per baris",
        "write one 'table | field | value' per line",
    ),
}
#: The JSON ``split_pairs`` reads, by its separator: (shape, in English, example).
_JSON_SHAPE = {
    ":": ("objek berisi teks", "an object of texts", '{"kunci": "nilai"}'),
    "|": (
        "daftar berisi daftar 3 teks",
        "a list of lists of 3 texts",
        '[["tabel", "bidang", "nilai"]]',
    ),
}


# ------------------------------------------------------------------------------ the Laporan sheet


def _meta_fields() -> list[str]:
    """Every field a report's meta may have (the model's own list, also of fields added later),
    less ``extra``, which holds the fields it does not know: a ``Laporan`` row keyed "extra" is
    such a field, kept with a warning as any other (it went into the model's ``extra`` as a
    text, unsaid: vals50)."""
    import dataclasses

    return [f.name for f in dataclasses.fields(ReportMeta) if f.name != "extra"]


_META_FIELDS = frozenset(_meta_fields())
#: Every key the ``Laporan`` sheet reads as a field of this lkj-tui's, by its :func:`norm`: its
#: own keys and their aliases, and the meta fields without a key of their own ("visi").
_KNOWN_KEYS = {**{norm(k): k for k in _META_FIELDS - META_KEYS}, **LAPORAN_BY_NAME}


_Facts = dict[str, tuple[str, str]]


def read_laporan(
    grid: Grid | None, problems: list[Problem]
) -> tuple[_Facts, _Facts, list[Problem]]:
    """key → (value, place) from a two-column sheet, the same of the report's unknown fields, and
    its warnings. A key of no field of this lkj-tui's is a field it keeps as it is, under its own
    text, with a warning (the xlsx export writes a report's unknown fields so: the import dropped
    them, vals47), and so is a key in double quotes (JSON), exactly as written: ``"Instansi"``
    is the unknown field the export writes so, never the instansi (:func:`extra_key`). Too long
    to keep, a problem; without a value, a warning that it is ignored. A key given twice with a
    value is a problem at the second, naming the first (the last value was kept, unsaid: vals48),
    as a JSON document's key given twice is refused."""
    out: _Facts = {}
    unknown: _Facts = {}
    first: dict[tuple[bool, str], str] = {}  # (kept?, key) → the cell it is first given a value at
    kept: list[tuple[str, str]] = []  # (cell, key) of each key kept as an unknown field
    warnings: list[Problem] = []
    if grid is None:
        return out, unknown, warnings
    for r, row in enumerate(grid.rows):
        key_text = row[0] if row else None
        at = 1  # the value's column: B, or C after a column of colons ("Instansi | : | Dinas X")
        if len(row) > 2 and row[2] is not None and (row[1] or "").strip() in _COLONS:
            at = 2  # (vals64: the instansi was ":", the year refused as ":" at Laporan!B2)
        value = row[at] if len(row) > at else None
        if key_text is None:
            continue
        if (r, at) in grid.given:  # (its value read, as in the Data sheet: said)
            warnings.append(_given_values(grid, [(r, at)]))
        if (r, at) in grid.uncomputed or (r, at) in grid.errors:
            # a formula that gave no value: never read as empty nor as its placeholder 0
            # (vals64: an instansi =UPPER(…) written by a program made the report "0-2024")
            place = grid.place(r, at)
            formula = grid.uncomputed.get((r, at))
            problems.append(
                uncomputed_problem(place, formula)
                if formula is not None
                else excel_error_problem(place, grid.errors[(r, at)], _IN_LAPORAN)
            )
            if (key := _KNOWN_KEYS.get(norm(key_text))) is not None:
                out.setdefault(key, ("", place))  # (given, at this cell: never "missing" too)
            continue
        if (
            r == 0
            and norm(key_text) in ("kunci", "key")
            and value
            and norm(value) in ("nilai", "value")
        ):
            continue
        exact = _quoted(key_text)  # (a field's own name in quotes, "pemerintah", is that field)
        known = exact is None or exact in _META_FIELDS
        key = _KNOWN_KEYS.get(norm(key_text)) if known else None
        keep = key is None
        if keep and value is not None:
            key = key_text if exact is None else exact
            at_key, at_value = grid.place(r, 0), grid.place(r, at)
            if too_long := not_keepable(key, value, at_key, at_value):
                problems += too_long
                continue
            kept.append((at_key, key))
        elif key is None:
            warnings.append(
                _p(
                    grid.place(r, 0),
                    key_text,
                    "kunci tidak dikenal; diabaikan",
                    "unknown key; ignored",
                )
            )
            continue
        if value is None:
            if not keep and key is not None:
                _beyond(grid, r, at, key, out, problems, warnings)
            continue
        slot = (keep, key)
        if slot in first:
            named = f" '{key}'" if key != key_text else ""  # (the field an alias is of)
            problems.append(
                _p(
                    grid.place(r, 0),
                    key_text,
                    f"kunci{named} ganda (juga di {first[slot]}): hanya satu nilai yang dapat "
                    "dipakai, jadi tidak ada yang diimpor; hapus salah satu baris",
                    f"the key{named} given twice (also at {first[slot]}): only one value can be "
                    "used, so nothing is imported; delete one of the rows",
                )
            )
        else:
            first[slot] = grid.place(r, 0)
            (unknown if slot[0] else out)[key] = (value, grid.place(r, at))
    if kept:
        cells, keys = zip(*kept, strict=True)
        warnings.append(kept_keys(list(cells), list(dict.fromkeys(keys))))
    return out, unknown, warnings


def _beyond(
    grid: Grid,
    r: int,
    at: int,
    key: str,
    out: _Facts,
    problems: list[Problem],
    warnings: list[Problem],
) -> None:
    """A Laporan row whose value cell is empty and a later cell of it is filled (``Instansi | |
    Dinas X``: a spacer column): never read, since a note beside a value not yet filled is no
    value, but said at that cell with where the value goes (imp65: "instansi tidak ada" of a
    row that gave one). The instansi or the year is refused there (and not said missing too);
    another key's, a warning."""
    row = grid.rows[r]
    c = next((c for c in range(at + 1, len(row)) if row[c] is not None), None)
    if c is None:
        return
    place, there = grid.place(r, c), grid.place(r, at)
    col, col_at = (p.rsplit("!", 1)[-1].rstrip("0123456789") for p in (place, there))
    said = (
        f"nilai '{key}' di kolom {col}, padahal dibaca dari kolom {col_at} ({there}, kosong): "
        f"pindahkan ke {there}, atau hapus kolom kosong di antaranya",
        f"the value of '{key}' is in column {col}, but it is read from column {col_at} ({there}, "
        f"empty): move it to {there}, or delete the empty column between them",
    )
    if key in ("instansi", "tahun"):
        problems.append(_p(place, row[c], *said, "beyond"))
        out.setdefault(key, ("", place))  # (given, at this cell: never "missing" too)
    else:
        warnings.append(_p(place, row[c], said[0] + "; diabaikan", said[1] + "; ignored"))


#: A column of colons between the Laporan sheet's keys and their values, as forms print them.
_COLONS = (":", "=")


def _typo_of(key: str, unknown: _Facts) -> str | None:
    """The key kept as unknown that is a typo of the ``Laporan`` sheet's ``key`` ("Instnasi"
    for instansi: difflib's ratio ≥ 0.75 as :func:`meant_value`'s), or None."""
    import difflib

    typed = {norm(k): k for k in unknown if len(k) <= 40}  # (a pasted line is not compared)
    found = difflib.get_close_matches(key, list(typed), n=1, cutoff=0.75)
    return typed[found[0]] if found else None


def laporan_offers(laporan: Grid | None) -> dict[str, str]:
    """The instansi and the year (as text) a ``Laporan`` sheet gives, under their keys or under
    a key mistyped ("Instnasi": refused as missing, its value to offer); what a file lacking
    one offers (``Built.offered``)."""
    if laporan is None:
        return {}
    facts, unknown, _ = read_laporan(laporan, [])
    out: dict[str, str] = {}
    for key in ("instansi", "tahun"):
        typo = None if key in facts else _typo_of(key, unknown)
        value = facts[key][0] if key in facts else unknown[typo][0] if typo else ""
        if value.strip() and len(value) <= 200:
            out[key] = " ".join(value.split())
    return out


def _typed_as(key: str, unknown: _Facts) -> tuple[str, str]:
    """ "; kunci 'Instnasi' salah ketik? …" for a missing ``key`` of the ``Laporan`` sheet that a
    key kept as unknown is a typo of (walk57: "Instnasi" was named only in a warning above
    "instansi tidak ada"); ("", "") when none is."""
    from lkj_tui.core.sanitize import clean_line

    typo = _typo_of(key, unknown)
    if typo is None:
        return "", ""
    shown = clean_line(typo, 40)
    return (
        f"; kunci '{shown}' salah ketik? tulis '{key}'",
        f"; is the key '{shown}' a typo? write '{key}'",
    )


def _quoted(key: str) -> str | None:
    """The key a ``Laporan`` cell in double quotes holds (JSON: ``"Instansi"``), or None."""
    if len(key) < 2 or key[0] != '"' or key[-1] != '"':
        return None
    try:
        exact = json.loads(key)
    except ValueError:
        return None
    return exact if isinstance(exact, str) else None


def extra_key(key: str) -> str:
    """A report's unknown field's key in the ``Laporan`` sheet, the inverse of :func:`read_laporan`:
    as it is, or in double quotes (JSON) where the import would read it as another, a known key's
    spelling ("Instansi", "Tahun Anggaran", "sumber"), a key in quotes, or blank or spaced."""
    if key.strip() != key or key[:1] in ("", '"') or norm(key) in _KNOWN_KEYS:
        return json.dumps(key, ensure_ascii=False)
    return key


def _year_in_a_date_cell(text: str) -> int | None:
    """The year typed into a cell formatted as a date, which the workbook keeps as that day
    number ("2024" shown as 1905-07-16): the day's number counted as Excel counts (days after
    30 December 1899), when it is a plausible year; None for any other text."""
    try:
        day = dt.date.fromisoformat(text)
    except ValueError:
        return None
    typed = (day - dt.date(1899, 12, 30)).days
    return typed if 1900 <= typed <= 2200 else None


def _date_cell_said(typed: int) -> tuple[str, str]:
    """The refusal of a year read from a date cell: what the cell holds and what to do."""
    return (
        f"tahun: sel ini berformat tanggal, jadi {typed} terbaca sebagai tanggal; ubah format "
        f"selnya menjadi Angka atau Teks lalu ketik tahunnya lagi, atau pakai --tahun {typed}",
        f"tahun: this cell is formatted as a date, so {typed} was read as a date; format the "
        f"cell as Number or Text and type the year again, or use --tahun {typed}",
    )


def _given_by_option(
    facts: _Facts, options: MetaOptions, problems: list[Problem], warnings: list[Problem]
) -> None:
    """A Laporan cell refused for its formula without a value or its Excel error, under a key
    that ``--instansi`` or ``--tahun`` gives, is a warning: the option wins over the cell, so
    nothing is misread (imp65: an instansi =UPPER(…) never computed was refused beside the
    --instansi that named the office)."""
    for key, option in (("instansi", options.instansi), ("tahun", options.tahun)):
        if option is None or key not in facts or facts[key][0]:
            continue
        place = facts[key][1]
        for i, p in enumerate(problems):
            if p.place == place and p.code in _SAID_AT_CELL:
                warnings.append(
                    _p(
                        p.place,
                        p.text,
                        f"{p.why.rsplit(': ', 1)[0]}; diabaikan: --{key} memberi {key}nya",
                        f"{p.why_en.rsplit(': ', 1)[0]}; ignored: --{key} gives the {key}",
                    )
                )
                del problems[i]
                break


#: A year as a Laporan cell writes it: "2024", "Tahun 2024", "TA 2024", "Tahun Anggaran: 2024"
#: (imp68: a number cell formatted ``"Tahun "0``, shown "Tahun 2024", is read as shown).
_TAHUN = r"(?i:(?:tahun(?:\s+anggaran)?|t\.?\s?a\.?)\s*:?\s*)?(\d{4})"


def build_meta(
    facts: _Facts, unknown: _Facts, options: MetaOptions, problems: list[Problem]
) -> ReportMeta | None:
    """The report's meta from the ``Laporan`` facts and the options (which win), with its
    ``unknown`` fields (:func:`read_laporan`)."""
    # (folded as set and new save it: imp65, "Dinas X " was stored with its space)
    instansi = _one_line(options.instansi or facts.get("instansi", ("", ""))[0])
    # (the limit is core.edits', not loaded for an import: only a long one is looked at there)
    too_long = len(instansi) > VALUE_LIMIT and _too_long(facts, options, instansi, problems)
    for key in _META_TEXTS:  # (vals41: a megabyte pemerintah was the title of status --all)
        if key in facts and len(facts[key][0]) > VALUE_LIMIT:
            _too_long_text(key, *facts[key], problems)
    tahun = options.tahun
    if tahun is None and "tahun" in facts:
        text, place = facts["tahun"]
        digits = text.strip().removesuffix(",0")
        if year := re.fullmatch(_TAHUN, digits):
            tahun = int(year[1])
        elif (typed := _year_in_a_date_cell(digits)) is not None:
            problems.append(_p(place, text, *_date_cell_said(typed)))
        else:
            problems.append(
                _p(place, text, "tahun harus 4 angka, mis. 2024", "tahun must be 4 digits")
            )
    if not instansi:
        typo, typo_en = _typed_as("instansi", unknown)
        problems.append(
            _p(
                facts.get("instansi", ("", "Laporan"))[1],  # (a cell refused: said there)
                None,
                f"instansi tidak ada: isi 'instansi' di lembar Laporan atau pakai --instansi{typo}",
                "instansi is missing: fill 'instansi' in the Laporan sheet or use --instansi"
                + typo_en,
                "no-instansi",
            )
        )
    if tahun is None and "tahun" not in facts:
        typo, typo_en = _typed_as("tahun", unknown)
        problems.append(
            _p(
                "Laporan",
                None,
                f"tahun tidak ada: isi 'tahun' di lembar Laporan atau pakai --tahun{typo}",
                f"tahun is missing: fill 'tahun' in the Laporan sheet or use --tahun{typo_en}",
                "no-tahun",
            )
        )
    periode = (0, 0)
    if "periode" in facts:
        text, place = facts["periode"]
        read = parse_periode(text)
        if read is not None:
            periode = read
        else:
            problems.append(
                _p(place, text, f"periode: {PERIODE_HINT[0]}", f"periode: {PERIODE_HINT[1]}")
            )

    def lines(key: str) -> tuple[str, ...]:
        return tuple(split_items(facts[key][0])) if key in facts else ()

    def json_value(key: str, kind: type) -> Any:
        if key not in facts:
            return None
        text, place = facts[key]
        try:
            value = json.loads(text)
        except (ValueError, RecursionError):
            value = None
        if not isinstance(value, kind):
            why = unreadable(text)
            problems.append(
                _p(place, text, f"{key}: {why[0]}", f"{key}: {why[1]}")
                if why is not None
                else _p(place, text, f"{key} harus JSON ({kind.__name__})", f"{key} must be JSON")
            )
            return None
        return value

    inovasi = json_value("inovasi", list) or []
    scales = json_value("skala", dict)
    printed: dict[str, str] = {}
    if "tercetak" in facts:
        pairs = split_pairs(facts["tercetak"][0], ":")
        if pairs is None:
            text, place = facts["tercetak"]
            problems.append(_p(place, text, *pairs_problem(text, ":")))
        else:
            printed = {p[0]: p[1] for p in pairs}
    extras: dict[str, Any] = {}
    for key in _meta_fields():
        if key in facts and key not in META_KEYS:
            text, place = facts[key]
            extras[key] = text
            if text.startswith(("[", "{", '"')):
                try:
                    extras[key] = strict_json(text)
                except (ValueError, RecursionError) as exc:
                    if isinstance(exc, NotStorable):
                        why = exc.why
                    else:
                        why = unreadable(text) or ("JSON tidak sah", "invalid JSON")
                    problems.append(_p(place, text, f"{key}: {why[0]}", f"{key}: {why[1]}"))
                    del extras[key]  # (not said again as the model's "harus daftar")
    extras |= {key: extra_value(text) for key, (text, _) in unknown.items()}
    if not instansi or tahun is None or too_long:
        return None
    report_id = options.report_id or _file_id(facts, instansi, tahun)
    report_id = report_id or default_report_id(instansi, tahun)
    place = facts["id"][1] if "id" in facts and not options.report_id else "--report"
    if (bad := bad_report_id(report_id, place, instansi, tahun)) is not None:
        problems.append(bad)
        return None
    try:
        meta = ReportMeta.from_dict(
            {
                "id": report_id,
                "instansi": instansi,
                "tahun": tahun,
                "pemerintah": _one_line(facts.get("pemerintah", ("", ""))[0]),
                "periode": list(periode),
                "misi": list(lines("misi")),
                "isu_strategis": list(lines("isu_strategis")),
                "perbaikan_kinerja": list(lines("perbaikan_kinerja")),
                "inovasi": inovasi,
                "kesimpulan": list(lines("kesimpulan")),
                "source": _one_line(facts.get("sumber", ("", ""))[0]),
                "scales": scales,
                "printed": printed,
                **extras,
            }
        )
    except ModelError as exc:
        problems.append(_p("Laporan", None, exc.text("id"), exc.text("en")))
        return None
    # (each at its key's cell, the printed figures' tercetak's; a field with no cell is empty)
    problems += report_problems(
        meta, lambda key, _at: facts.get(_LAPORAN_NAMES.get(key, key), ("", "Laporan"))[1]
    )
    return meta


#: A cell's whole text that JSON reads as a value other than a text.
_JSON_SCALAR = re.compile(r"-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null")


def extra_text(value: object) -> str:
    """A meta field without its own key in the ``Laporan`` sheet: a text as it is, or JSON (any
    other value, and a text :func:`extra_value` would read as another: "[…", "5", "true", or
    an empty one, which a cell cannot hold)."""
    if (
        isinstance(value, str)
        and value[:1] not in ("", "[", "{", '"')
        and not _JSON_SCALAR.fullmatch(value)  # ("5", "null")
    ):
        return value
    return json.dumps(value, ensure_ascii=False)


def extra_value(text: str) -> Any:
    """An unknown field's value from its ``Laporan`` cell, the inverse of :func:`extra_text`:
    JSON read as JSON, any other text (a broken "[lihat lampiran]" too) as it is."""
    if text.startswith(("[", "{", '"')) or _JSON_SCALAR.fullmatch(text):
        try:  # (not "[NaN]", "1e400", a key twice: kept as the text, vals48)
            return strict_json(text)
        except (ValueError, RecursionError):
            pass
    return text


#: The Laporan sheet's key of a report's field where it is named otherwise.
_LAPORAN_NAMES = {"printed": "tercetak"}


# ------------------------------------------------------------------------------ the Data sheet


class _Places:
    """Where each cell of one row is (``Data!F17``, ``baris 17 (target)``): made only when a
    problem names it (a big sheet has millions of cells and few problems)."""

    __slots__ = ("_cols", "_data", "_r")

    def __init__(self, data: Grid, r: int, cols: dict[str, int]) -> None:
        self._data, self._r, self._cols = data, r, cols

    def __getitem__(self, key: str) -> str:
        return self._data.place(self._r, self._cols[key], key)

    def get(self, key: str, default: str) -> str:
        return self[key] if key in self._cols else default


@functools.cache
def _column(key: str) -> tuple[bool, str | None, tuple[str, int] | None]:
    """What a column's cells are: only for indicator rows; which check they get ("value",
    "polaritas", "cara_hitung", "tercetak", "info_lain" or None); and for ``target_<year>`` /
    ``realisasi_<year>``, (which, year)."""
    year = _YEAR.fullmatch(key)
    measure_only = (key in MEASURE_KEYS or year is not None) and key != "satuan"
    if key in _VALUE_COLUMNS or year is not None or key in ("anggaran", "realisasi_anggaran"):
        check: str | None = "value"
    elif key in ("polaritas", "cara_hitung", "tercetak", "info_lain", KEPT_COLUMN):
        check = key
    else:
        check = None
    return measure_only, check, None if year is None else (year.group(1), int(year.group(2)))


@dataclass
class _Row:
    r: int  # grid row index
    kind: str
    cells: dict[str, str]  # the row's cells that are not empty
    places: _Places
    parent_row: int | None = None  # index into the rows list
    sibling_of: int | None = None  # a row without level: another indicator of this row's parent
    order: int = 0
    id: str = ""
    #: The value cells (their keys) not of a plain number's shape (:data:`_PARSES`), as the row's
    #: check found them: the only ones a warning on how a value is written can be about (an
    #: English number, a signed grade), so those passes look at no other cell.
    unplain: tuple[str, ...] = ()
    #: The fields this lkj-tui does not know the row holds (``kept.read_kept``), or None.
    kept: dict[str, Any] | None = None
    #: key → the cell as written, where a mark was read off it ("(1.2)", read "-1.2":
    #: :func:`_marks_read`), for a later warning to quote the cell, not its reading; or None
    written: dict[str, str] | None = None


def find_header(grid: Grid, limit: int = 20) -> tuple[int, dict[int, str]] | None:
    """The header row (the first with both ``level`` and ``uraian``) and column → key."""
    for r in range(min(limit, len(grid.rows))):
        keys = {c: match_header(t) for c, t in enumerate(grid.rows[r]) if t is not None}
        found = {k for k in keys.values() if k}
        if {"level", "uraian"} <= found:
            return r, {c: k for c, k in keys.items() if k is not None}
    return None


def _any_cell(data: Grid, first: int, columns: Iterable[int]) -> bool:
    """True when a row from ``first`` on fills one of ``columns``."""
    wanted = sorted(columns)
    return any(c < len(row) and row[c] is not None for row in data.rows[first:] for c in wanted)


def _no_rows(data: Grid, first: int) -> Problem:
    """A table with its header and no row under it, in a file that names no report (the
    template imported as it was made): no report to import. Decided (vals37): refused, nothing
    written; it saved an empty report that ``status --all`` listed until it was imported again
    with --overwrite. An empty report to fill in the TUI is what ``lkj-tui new`` makes; its
    export (which names its id) imports as it is."""
    return _p(
        data.place(first),
        None,
        "belum ada baris tujuan, sasaran atau indikator, jadi tidak ada laporan yang diimpor: "
        "isi satu baris per simpul (level, uraian, target, realisasi; lihat lembar Petunjuk "
        "templat), lalu impor lagi",
        "no goal, objective or indicator row yet, so there is no report to import: fill one "
        "row per node (level, uraian, target, realisasi; see the template's Petunjuk sheet), "
        "then import again",
        "no-rows",
    )


def _no_header(data: Grid, limit: int = 20) -> Problem:
    """No row has both ``level`` and ``uraian``. A row that has one of them with other columns
    of the template is the header the user meant: the problem names it and the column it lacks
    (new11: "perlu kolom 'level' dan 'uraian'" said neither which one nor where)."""
    best: tuple[int, int, set[str]] | None = None  # (columns matched, row, keys)
    for r in range(min(limit, len(data.rows))):
        keys = {k for t in data.rows[r] if t is not None and (k := match_header(t))}
        if keys & {"level", "uraian"} and len(keys) >= 2 and (best is None or len(keys) > best[0]):
            best = (len(keys), r, keys)
    if best is None:
        return _p(
            data.place(0) if data.sheet is None else f"{data.sheet}!1:20",
            None,
            "baris judul tidak ditemukan: perlu kolom 'level' dan 'uraian' (lihat lkj-tui template)",
            "no header row found: the 'level' and 'uraian' columns are needed (see lkj-tui template)",
            "no-header",
        )
    _, r, keys = best
    place = data.place(r) if data.sheet is None else f"{data.sheet}!{r + 1}:{r + 1}"
    if "level" in keys:
        why = (
            "baris judul tanpa kolom 'uraian': beri judul 'uraian' pada kolom nama tujuan, "
            "sasaran, indikator atau program (lihat lkj-tui template)",
            "a header row without the 'uraian' column: head the column of the names of the "
            "goals, targets, indicators or programs 'uraian' (see lkj-tui template)",
        )
    else:
        why = (
            "baris judul tanpa kolom 'level': tambahkan kolom 'level' berisi jenis tiap baris "
            "(tujuan, sasaran, iku, lainnya, program, kegiatan, subkegiatan, "
            "indikator_kegiatan; lihat lkj-tui template)",
            "a header row without the 'level' column: add a 'level' column with each row's kind "
            "(tujuan, sasaran, iku, lainnya, program, kegiatan, subkegiatan, "
            "indikator_kegiatan; see lkj-tui template)",
        )
    return _p(place, None, *why, "no-header")


def build_flat(
    data: Grid, laporan: Grid | None, options: MetaOptions, progress: Progress | None = None
) -> Built:
    """Validate the whole sheet and build the report; on any problem, no report. ``progress`` is
    told how many rows are checked ("check") and how many nodes are made ("build")."""
    problems: list[Problem] = []
    facts, fields, warnings = read_laporan(laporan, problems)
    _given_by_option(facts, options, problems, warnings)
    header = find_header(data)
    whose = _report_columns(data, header, facts, problems) if header is not None else set()
    meta = build_meta(facts, fields, options, problems)
    if laporan is None:  # no Laporan sheet to fill: a CSV file (walk8), or a workbook without
        for i, p in enumerate(problems):  # one (vals15: "isi 'instansi' di lembar Laporan")
            if p.code in ("no-instansi", "no-tahun"):
                problems[i] = no_laporan(p.code, data.sheet is None)
    if header is None:
        problems.append(_no_header(data))
        return Built(None, problems, warnings)
    header_r, columns = header
    years_row = _years_under(data, header_r, columns)
    seen: dict[str, int] = {}
    for c, key in sorted(columns.items()):
        if key in seen:
            problems.append(
                _p(
                    data.place(header_r, c),
                    data.cell(header_r, c),
                    f"kolom '{key}' ganda (juga di {data.place(header_r, seen[key])})",
                    f"column '{key}' twice (also at {place_en(data.place(header_r, seen[key]))})",
                )
            )
        else:
            seen[key] = c
    unknown = [
        (c, text)
        for c, text in enumerate(data.rows[header_r])
        if text is not None and c not in columns and c not in whose and norm(text) not in IGNORED
    ]
    tahun = meta.tahun if meta is not None else options.tahun
    if tahun is not None:
        _this_years_columns(data, header_r, seen, tahun, warnings)
    first = _first_data_row(data, header_r, seen, warnings, years_row)
    for c, text in unknown:
        # "Kondisi Awal" over its year in the header's second row (a Renstra matrix): that
        # year's realisasi, the baseline (vals16)
        below = data.cell(header_r + 1, c) if first > header_r + 1 else None
        year = _SUB_YEAR.fullmatch(below.strip()) if below and baseline_without_year(text) else None
        if year is not None and f"realisasi_{year.group(1)}" not in seen:
            seen[f"realisasi_{year.group(1)}"] = c
        else:
            warnings.append(unknown_column(data, data.place(header_r, c), c, text))
    if data.sheet is None:  # (a CSV file: a row wider than its header is a row shifted)
        _beyond_header(data, header_r, first, problems)
    rows = _read_rows(data, first, seen, problems, warnings, progress)
    if KEPT_COLUMN in seen:
        warnings += kept_column(data.place(header_r, seen[KEPT_COLUMN]), (r.kept for r in rows))
    if data.separator == ",":
        _split_decimals(rows, seen, warnings)
    if data.filled:
        _merged_down(data, rows, seen, warnings, problems)
    if "target_text" in seen:
        _target_texts(rows, warnings)
    if "target" in seen or "realisasi" in seen:
        _signed_grades(rows, warnings)
    _english_numbers(rows, warnings)
    if "target" in seen and "realisasi" in seen:
        _fractions(rows, warnings)
        _separator_slips(rows, warnings)
    _falling_targets(rows, seen, tahun, warnings)
    formula_cells(data, first, {c: k for k, c in seen.items()}, problems, warnings)
    if not isinstance(data, MappedGrid):  # (a form's own sheet is looked at by the form)
        stray_notes(data, first, set(seen.values()) | whose, warnings)
    # the rows are checked even when the meta is wrong: every problem at once
    stand_in = ReportMeta("laporan", "-", 0)
    records: dict[str, dict[str, Any]] = {}
    years = _year_columns(seen)
    report = _assemble(data, rows, meta or stand_in, problems, records, years, progress)
    read = frozenset(seen.values()) | whose
    if not rows and "id" not in facts and not _any_cell(data, first, seen.values()):
        problems.append(_no_rows(data, first))  # (the empty template, as it was made)
    if problems:
        refused = {p.place for p in problems}  # (a warning at a refused cell: its echo)
        warnings = [w for w in warnings if w.place not in refused]
        return Built(None, without_echoes(problems), warnings, read_columns=read)
    return Built(report, problems, warnings, records, read, {row.id: row.places for row in rows})


#: The Laporan sheet's texts ``set``'s limits hold (``core/limits.py``): the pemerintah and the
#: sumber a name, each line of the others (:data:`_META_LINES`) an account.
_META_LINES = ("misi", "isu_strategis", "perbaikan_kinerja", "kesimpulan")
_META_TEXTS = ("pemerintah", "sumber", *_META_LINES)


def _too_long(
    facts: dict[str, tuple[str, str]], options: MetaOptions, instansi: str, problems: list[Problem]
) -> bool:
    """An instansi longer than ``set`` takes a name (a pasted megabyte): refused with ``set``'s
    words, at the cell or option that gave it; True when it is."""
    place = "--instansi" if options.instansi else facts["instansi"][1]
    problem = too_long("instansi", instansi, place)
    if problem is not None:
        problems.append(problem)
    return problem is not None


def _too_long_text(key: str, text: str, place: str, problems: list[Problem]) -> None:
    """A name cell longer than ``set`` takes a name, or a permasalahan longer than it takes one
    (vals40: a megabyte uraian was imported, the row of every listing): refused at its cell
    with ``set``'s words, each item of a permasalahan or solusi cell (and each line of the
    Laporan sheet's misi…) on its own."""
    listed = key in _ITEMS or key in _META_LINES
    for item in split_items(text) if listed and len(text) > TEXT_LIMIT else (text,):
        problem = too_long(key, item, place)
        if problem is not None:
            problems.append(problem)


def bad_report_id(report_id: str, place: str, instansi: str, tahun: int) -> Problem | None:
    """A report id the store would refuse, said at ``place`` before anything is read further:
    its characters, or its length (vals41: an id of 91 letters was told only its characters,
    and a JSON document's was refused by the store, under ``--dry-run`` as an unexpected error),
    with the option that gives another, an id made from the instansi and the year to type."""
    if _ID.fullmatch(report_id):
        return None
    other = default_report_id(instansi, tahun)
    hint = f"--report {other}" if other != report_id else "--report ID"
    if re.fullmatch(r"[a-z0-9][a-z0-9._-]*", report_id):
        return _p(
            place,
            report_id,
            f"id laporan terlalu panjang (paling banyak 81 karakter): beri id yang lebih pendek "
            f"dengan {hint}",
            f"the report id is too long (at most 81 characters): give a shorter one with {hint}",
        )
    return _p(
        place,
        report_id,
        f"id laporan hanya huruf kecil, angka, '.', '_' dan '-', diawali huruf atau angka (maks. "
        f"81): beri id lain dengan {hint}",
        "a report id is lower-case letters, digits, '.', '_' and '-', starting with a letter or "
        f"digit (81 at most): give another with {hint}",
    )


def _file_id(facts: dict[str, tuple[str, str]], instansi: str, tahun: int) -> str:
    """The report id the file gives, unless ``--instansi`` or ``--tahun`` made the rows another
    report than the file's (an export of dinkes-2024 imported with --tahun 2025 was refused as
    "dinkes-2024 sudah ada", and --overwrite would have replaced it)."""
    own = facts.get("id", ("", ""))[0].strip()
    said = _one_line(facts.get("instansi", (instansi, ""))[0])
    year = facts.get("tahun", (str(tahun), ""))[0].strip().removesuffix(",0")
    if not re.fullmatch(r"\d{4}", year):  # (a year the option corrects: the same report)
        year = str(tahun)
    return own if (said, year) == (instansi.strip(), str(tahun)) else ""


def unknown_column(data: Grid, place: str, c: int, text: str | None) -> Problem:
    """A column the import ignores; one the workbook hides says so (its letter seen nowhere)."""
    hidden = any(c in cols for cols in data.hidden_cols)
    why, why_en = "kolom tidak dikenal; diabaikan", "unknown column; ignored"
    if text is not None and baseline_without_year(text):  # (the year it is of, unsaid)
        why = (
            "kondisi awal tanpa tahun; diabaikan: tulis tahunnya di judul, mis. "
            "'Kondisi Awal (2021)', agar dibaca sebagai realisasi tahun itu"
        )
        why_en = (
            "a kondisi awal (baseline) without its year; ignored: write the year in the header, "
            "e.g. 'Kondisi Awal (2021)', to read it as that year's realisasi"
        )
    return _p(
        place,
        text,
        why + (" (kolom ini tersembunyi di Excel)" if hidden else ""),
        why_en + (" (the column is hidden in Excel)" if hidden else ""),
    )


def no_laporan(code: str, csv: bool, read: Mapping[str, str] | None = None) -> Problem:
    """The instansi or year missing from a file without a ``Laporan`` sheet: the option to give
    (a CSV file's own columns; a workbook's sheet to add), with the value the sheet's title
    names (``read``: ``read.title_facts``) where it names one, else an example."""
    key = "instansi" if code == "no-instansi" else "tahun"
    example = '"Dinas X"' if key == "instansi" else "2024"
    if read and key in read:
        example = f'"{read[key]}"' if key == "instansi" else read[key]
    if csv:
        return _p(
            "CSV",
            None,
            f"{key} tidak ada: berkas CSV tidak memuat lembar Laporan; pakai --{key} {example} "
            f"(atau kolom '{key}' yang ditulis export --format csv)",
            f"{key} is missing: a CSV file has no Laporan sheet; use --{key} {example} (or the "
            f"'{key}' column export --format csv writes)",
            code,
        )
    return _p(
        "Laporan",
        None,
        f"{key} tidak ada: buku kerja ini tanpa lembar Laporan; pakai --{key} {example}, atau "
        f"tambahkan lembar Laporan berisi baris '{key} | {example.strip(chr(34))}'",
        f"{key} is missing: the workbook has no Laporan sheet; use --{key} {example}, or add a "
        f"Laporan sheet with the row '{key} | {example.strip(chr(34))}'",
        code,
    )


def _report_columns(
    data: Grid,
    header: tuple[int, dict[int, str]],
    facts: dict[str, tuple[str, str]],
    problems: list[Problem],
) -> set[int]:
    """The columns that say which report the rows are of (``id_laporan``, ``instansi``,
    ``tahun``: what ``export --format csv`` writes on each row) give the report's facts the
    ``Laporan`` sheet does not; every row that fills one must say the same (one file, one
    report). They are taken out of the header's columns (no node has them) and returned."""
    header_r, columns = header
    taken = {c for c, key in columns.items() if key in REPORT_COLUMNS}
    for c in sorted(taken):
        key = columns.pop(c)
        fact = REPORT_COLUMNS[key]
        first: tuple[str, int] | None = None
        for r in range(header_r + 1, len(data.rows)):
            text = data.cell(r, c)
            if text is None or not text.strip() or norm(text) == norm(data.cell(header_r, c) or ""):
                continue  # (empty, or the header again: named as such by the row's check)
            if first is None:
                first = (text.strip(), r)
            elif text.strip() != first[0]:
                was, at = _shown(first[0]), data.place(first[1], c, key)
                problems.append(
                    _p(
                        data.place(r, c, key),
                        text,
                        f"{key} berbeda dengan baris sebelumnya ({was}, {at}): satu berkas "
                        "memuat satu laporan; pisahkan baris tiap laporan ke berkasnya sendiri",
                        f"{key} differs from an earlier row's ({was}, {place_en(at)}): a file "
                        "holds one report; put each report's rows in a file of its own",
                    )
                )
                break
        if first is not None and fact not in facts:  # (the Laporan sheet wins, as options do)
            facts[fact] = (first[0], data.place(first[1], c, key))
            if (first[1], c) in data.formulas:  # (instansi "=cmd": said once, at its first)
                problems.append(_formula_text(facts[fact][1], first[0], text=True))
    return taken


def _this_years_columns(
    data: Grid, header_r: int, seen: dict[str, int], tahun: int, warnings: list[Problem]
) -> None:
    """ "Target 2024" and "Realisasi 2024" in the report of 2024, without a "Target" or
    "Realisasi" column, are the year's target and realisasi (walk8: they became the Renstra
    target of 2024 and a realisasi history of 2024, and the dry run said "the target is
    missing" for every indicator). A warning says how each was read."""
    for kind in ("target", "realisasi"):
        key = f"{kind}_{tahun}"
        if key in seen and kind not in seen:
            seen[kind] = c = seen.pop(key)
            # a year under a merged "Target" (_years_under) is named where it is written, with
            # the header above it ("Target 2024"); a mapped form's header as the user wrote it
            said, r = data.as_written(header_r, c), header_r
            below = data.cell(header_r + 1, c)
            top = next(
                (
                    data.cell(header_r, c1)
                    for r1, c1, r2, c2 in data.merged
                    if r1 == header_r == r2 and c1 <= c <= c2
                ),
                None,
            )
            if top is not None and below is not None and _SUB_YEAR.fullmatch(below.strip()):
                said, r = f"{' '.join(top.split())} {below.strip()}", header_r + 1
            elif said is None:
                said, r = below, header_r + 1
            warnings.append(
                _p(
                    data.place(r, c),
                    said,
                    f"dibaca sebagai {kind} tahun laporan ({tahun})",
                    f"read as the report year's {kind} ({tahun})",
                )
            )


def _merged_down(
    data: Grid,
    rows: list[_Row],
    cols: dict[str, int],
    warnings: list[Problem],
    problems: list[Problem],
) -> None:
    """A figure in a cell merged down over several rows (one "Target" for three indicators) is
    each row's, as Excel shows it: a warning names the merge and the rows that took its value.
    A budget so merged is refused: copied, each row would hold all of it, and the budgets that
    are added up (a sasaran's against its programs') would count it once a row."""

    merges: dict[tuple[str, str], list[_Row]] = {}
    for key, c in cols.items():
        if (
            key in _BUDGET
            or key in _FIGURES
            or key in _ITEMS
            or key == "uraian"
            or _YEAR.fullmatch(key)
        ):
            for row in rows:
                if key in row.cells and (merge := data.filled.get((row.r, c))) is not None:
                    merges.setdefault((merge, key), []).append(row)
    for (merge, key), took in merges.items():
        if len(took) < 2:
            continue
        n = len(took)
        named = ", ".join(
            show_raw(row.cells.get("kode") or row.cells.get("uraian") or "", 30) for row in took[:5]
        ) + (f" (+{n - 5})" if n > 5 else "")
        if key in _BUDGET:
            problems.append(
                _p(
                    merge,
                    took[0].cells[key],
                    f"{key} dalam sel gabungan atas {n} baris ({named}): disalin, tiap baris "
                    f"memuat seluruhnya dan jumlahnya menjadi {n} kali lipat; lepas gabungannya "
                    "(Unmerge) dan tulis angkanya sekali, pada baris pemiliknya",
                    f"the {key} column's amount is in a cell merged over {n} rows ({named}): "
                    f"copied, each row would hold all of it and their sum would be {n} times it; "
                    "unmerge it and write the amount once, on the row it belongs to",
                )
            )
        elif key == "uraian":  # (vals64: two indicators took one name without a word)
            warnings.append(
                _p(
                    merge,
                    took[0].cells[key],
                    f"sel gabungan: uraian ini menjadi nama {n} baris ({named}); bila tiap baris "
                    "berbeda, lepas gabungannya (Unmerge) dan tulis nama tiap baris",
                    f"a merged cell: this uraian is the name of {n} rows ({named}); if the rows "
                    "differ, unmerge it and write each row's name",
                )
            )
        elif key in _ITEMS:
            first = named.partition(", ")[0]
            once = listed_once(split_items(took[0].cells[key]))
            warnings.append(
                _p(
                    merge,
                    took[0].cells[key],
                    f"sel gabungan: {key} ini milik {n} baris ({named}) dan disimpan pada "
                    "tiap baris"
                    + (
                        f"; ekspor Markdown menuliskannya sekali, pada {first}, dan baris "
                        "lainnya merujuk ke sana"
                        if once
                        else ""
                    ),
                    f"a merged cell: this {key} belongs to {n} rows ({named}) and is kept on "
                    "each"
                    + (
                        f"; the Markdown export lists it once, under {first}, and the other "
                        "rows refer to it"
                        if once
                        else ""
                    ),
                )
            )
        else:
            warnings.append(
                _p(
                    merge,
                    took[0].cells[key],
                    f"sel gabungan: {key} ini dipakai untuk {n} baris ({named}); periksa bahwa "
                    "semuanya memang bernilai sama, atau lepas gabungannya (Unmerge) dan isi "
                    "tiap baris",
                    f"a merged cell: this {key} is used for {n} rows ({named}); check that they "
                    "all have this value, or unmerge it and fill each row",
                )
            )


def _target_texts(rows: list[_Row], warnings: list[Problem]) -> None:
    """e-SAKIP's ``target_text`` beside ``target``: the target when ``target`` is empty; the same
    figure ("95" and "95 %") adds nothing and is not kept; another figure is kept as the target
    printed in the imported file (status and check name the conflict, as for a Renstra target of
    the year that differs), with a warning naming both cells."""
    from lkj_tui.core.evaluate import same_value

    for row in rows:
        cells = row.cells
        text, target = cells.get("target_text"), cells.get("target")
        if text is None or target is None:
            continue
        bound = _its_bound(text, target, cells.get("polaritas"))
        if same_value(text, target) or bound == "same":
            del cells["target_text"]
            continue
        kept_id = (
            "target dipakai; target_text disimpan sebagai target tercetak (tabel 'Impor'), dan "
            "status serta check menyebut selisihnya"
        )
        kept_en = (
            "the target is used; target_text is kept as a printed target (table 'Impor'), and "
            "status and check name the conflict"
        )
        if bound == "strict":  # "< 14" beside 14: the bound itself does not meet it
            from lkj_tui.core.sanitize import clean_line

            fig, strict = clean_line(target, 40), clean_line(text, 40)
            sign = "≤" if parse_polaritas(cells.get("polaritas") or "") == "negatif" else "≥"
            said_id = (
                f"target_text batas ketat: realisasi {fig} tidak memenuhinya, target {fig} "
                f"terpenuhi olehnya; {kept_id}; bila {fig} memenuhi target, tulis "
                f'"{sign} {fig}" di target_text, bila tidak, tulis "{strict}" di kolom target'
            )
            said_en = (
                f"target_text is a strict bound: a realisasi of {fig} does not meet it, the "
                f"target {fig} is met by it; {kept_en}; if {fig} meets the target, write "
                f'"{sign} {fig}" in target_text, if not, write "{strict}" in the target column'
            )
        else:
            said_id = f"target_text berbeda dengan target {_shown(target)} di baris ini: {kept_id}"
            said_en = f"target_text differs from the target {_shown(target)} of this row: {kept_en}"
        warnings.append(_p(row.places["target_text"], text, said_id, said_en))


def _english_numbers(rows: list[_Row], warnings: list[Problem]) -> None:
    """A value cell written in the English format, "1,234.5", or with a dot as the decimal point,
    "12.5 %": read as 1.234,5 and 12,5 %, as ``set`` and the TUI read them, and said at its cell
    with their words (vals38, vals39: the import read them without a word). Only a cell with a
    dot, or two commas, not of :data:`_PARSES`' shapes (``_Row.unplain``), can be one."""

    for row in rows:
        for key in row.unplain:
            text = row.cells.get(key)  # (None: a target_text gone, :func:`_target_texts`)
            if text is None or not ("." in text or text.count(",") > 1):
                continue
            if _PARSES.fullmatch(text):  # (a budget's "Rp 1,5", a long cell: checked there;
                continue  # the shapes always read one way)
            try:
                value = parse_value(text)
            except ParseError:
                continue  # (named where the row is checked)
            english = [n for n in value.notes if n.endswith(ENGLISH_FORMAT[0])]
            dotted = any(DOT_DECIMAL[0] in n for n in value.notes)
            if not (english or dotted):
                continue
            read = ""
            if value.kind == "number" and value.number is not None:
                read = format_exact(value.number) + (" %" if value.percent else "")
            # (the cell as written: "(1.2)", not its reading "-1.2": _marks_read)
            shown = row.written.get(key, text) if row.written else text
            if not english:
                if read:  # "titik dibaca sebagai tanda desimal (12,5 %)": the cell quoted once
                    why, why_en = (
                        f"titik {DOT_DECIMAL[0]} ({read})",
                        f"the dot {DOT_DECIMAL[1]} ({read})",
                    )
                else:  # a range, "3.2 - 4.5": each number as set says it
                    why = "; ".join(n for n in value.notes if DOT_DECIMAL[0] in n)
                    why_en = "; ".join(n for n in value.notes_en if DOT_DECIMAL[1] in n)
                warnings.append(_p(row.places[key], shown, why, why_en))
                continue
            said_en = [n for n in value.notes_en if n.endswith(ENGLISH_FORMAT[1])]
            whole = quote(text.strip()) + " "  # (the cell is quoted once, after its place)
            why = "; ".join(n.removeprefix(whole) for n in english)
            why_en = "; ".join(n.removeprefix(whole) for n in said_en)
            if read:
                why, why_en = f"{why}: dibaca {read}", f"{why_en}: read as {read}"
            warnings.append(_p(row.places[key], shown, why, why_en))


def _fractions(rows: list[_Row], warnings: list[Problem]) -> None:
    """A realisasi typed as a fraction (0,97) beside a target in per cent (95 %, or a satuan %),
    or the reverse, gives a capaian of 1 %: a cell formatted as a percentage in Excel beside one
    that is not. Kept as typed (``check`` names it too, percent-vs-fraction), and a warning names
    the cell with what to write (vals18: the import said nothing)."""

    for row in rows:
        cells = row.cells
        if "target" not in cells or "realisasi" not in cells:
            continue
        try:
            target, realisasi = parse_value(cells["target"]), parse_value(cells["realisasi"])
        except ParseError:
            continue  # (named where the row is checked)
        if target.kind != "number" or realisasi.kind != "number":
            continue
        unit = (cells.get("satuan") or "").strip() == "%"
        for key, other, a, b in (
            ("realisasi", "target", target, realisasi),
            ("target", "realisasi", realisasi, target),
        ):
            if a.number is None or b.number is None or b.percent or not (a.percent or unit):
                continue
            if a.number > 1 and 0 < b.number <= 1:
                pct = format_exact((b.number * 100).normalize())
                warnings.append(
                    _p(
                        row.places[key],
                        cells[key],
                        f"pecahan di samping {other} {_shown(cells[other])} dalam persen: "
                        f"capaian dihitung dari {_shown(cells[key])}, bukan {pct} %; bila "
                        f'maksudnya {pct} %, tulis "{pct} %" (di Excel: format sel sebagai '
                        f"persen, seperti sel {other})",
                        f"a fraction beside the {other} {_shown(cells[other])} in per cent: the "
                        f"capaian uses {_shown(cells[key])}, not {pct} %; if {pct} % is meant, "
                        f'write "{pct} %" (in Excel: format the cell as a percentage, as the '
                        f"{other} cell is)",
                    )
                )
                break


#: A SAKIP grade with a sign after it ("B+", "A-"): no such grade on the scale
_SIGNED_GRADE = re.compile(r"\s*(AA|BB|CC|A|B|C|D)\s*([+\-−])\s*", re.IGNORECASE)
#: A score inside each grade's band (DOMAIN.md: AA > 90–100 … D 0–30), for the example "B (65)"
_GRADE_MID = {"AA": "95", "A": "85", "BB": "75", "B": "65", "CC": "55", "C": "40", "D": "15"}


def _signed_grades(rows: list[_Row], warnings: list[Problem]) -> None:
    """A target or realisasi "B+" or "A-": the SAKIP scale (PermenPAN-RB 88/2021: AA, A, BB, B,
    CC, C, D; DOMAIN.md) has no "+" or "-", nor does the seed, so it is read as text, met only by
    the same text. A warning says so and what to write (vals20: read as text without a word).
    Only a cell not of a plain number's shape can be one (``_Row.unplain``)."""
    for row in rows:
        if not row.unplain:
            continue
        for key, other in (("target", "realisasi"), ("realisasi", "target")):
            m = _SIGNED_GRADE.fullmatch(row.cells[key]) if key in row.unplain else None
            if m is None:
                continue
            grade, sign = m.group(1).upper(), m.group(2)
            warnings.append(
                _p(
                    row.places[key],
                    row.cells[key],
                    f"predikat dengan tanda “{sign}” tidak ada dalam skala SAKIP (AA, A, BB, B, "
                    "CC, C, D; PermenPAN-RB 88/2021), jadi dibaca sebagai teks: capaian hanya "
                    f"dihitung bila {other} tertulis sama persis; tulis predikatnya tanpa tanda, "
                    f"{grade}, atau dengan nilai evaluasinya, mis. {grade} ({_GRADE_MID[grade]})",
                    f"a grade with “{sign}” is not on the SAKIP scale (AA, A, BB, B, CC, C, D; "
                    "PermenPAN-RB 88/2021), so it is read as text: a capaian is given only when "
                    f"the {other} is written exactly the same; write the grade without the sign, "
                    f"{grade}, or with the evaluation's score, e.g. {grade} ({_GRADE_MID[grade]})",
                )
            )


def _separator_slips(rows: list[_Row], warnings: list[Problem]) -> None:
    """A target and realisasi of one row written with unlike separators, "1,234" beside "1.234":
    read as 1,234 (the decimal comma) and 1.234 (the thousands dot), a capaian of 100.000 %. Kept
    as typed, and a warning names both cells, both readings and the two ways to write them alike
    (vals19: the import said nothing). Either slip needs a figure whose dot is ambiguous
    ("1.234"), never of a plain number's shape: a row whose target and realisasi are both of it
    (``_Row.unplain``) has none."""

    for row in rows:
        cells = row.cells
        if "target" not in cells or "realisasi" not in cells:
            continue
        if "target" not in row.unplain and "realisasi" not in row.unplain:
            continue
        for key, other in (("target", "realisasi"), ("realisasi", "target")):
            slip = separator_slip(cells[key], cells[other])
            if slip is None:
                continue
            shown, decimal, thousands, dotted, as_decimal = slip
            at = row.places[other]
            warnings.append(
                _p(
                    row.places[key],
                    cells[key],
                    f"{key} {shown} dibaca {decimal} (koma desimal), {other} {dotted} di {at} "
                    f"dibaca {dotted} (titik ribuan): dua cara menulis angka di "
                    f"satu baris; tulis keduanya dalam satu bentuk: {key} {thousands} "
                    f"dan {other} {dotted} bila ribuan, atau {key} {decimal} dan {other} "
                    f"{as_decimal} bila desimal",
                    f"{key} {shown} is read as {decimal} (decimal comma), {other} {dotted} at "
                    f"{place_en(at)} as {dotted} (thousands dot): two ways of writing numbers "
                    f"on one row; write both in one form: {key} "
                    f"{thousands} and {other} {dotted} for thousands, or {key} {decimal} and "
                    f"{other} {as_decimal} for decimals",
                )
            )
            break
        else:
            _point_slip(row, warnings)


def _point_slip(row: _Row, warnings: list[Problem]) -> None:
    """A target "1.234" (read 1.234 by the thousands dot) beside a realisasi "1,2" (a decimal
    comma): a capaian of 0,10 % that reading the dot as a decimal point makes a likely one
    (:func:`~lkj_tui.core.engine.point_capaian`; vals20: the import said nothing). Kept as
    typed; a warning names both cells, both readings and that capaian."""
    cells = row.cells
    polaritas = parse_polaritas(cells.get("polaritas") or "") or "positif"
    found = point_capaian(cells["target"], cells["realisasi"], polaritas)  # type: ignore[arg-type]
    if found is None:
        return
    key, shown, decimal, alt = found
    other = "realisasi" if key == "target" else "target"
    at, pct = row.places[other], format_id(alt)
    warnings.append(
        _p(
            row.places[key],
            cells[key],
            f"{key} {shown} dibaca {shown} (titik ribuan) di samping {other} {cells[other]} di "
            f"{at} (koma desimal): capaiannya meleset seribu kali; bila titiknya tanda desimal, tulis "
            f"{key} {decimal} (capaian {pct} %)",
            f"{key} {shown} is read as {shown} (thousands dot) beside {other} {cells[other]} at "
            f"{place_en(at)} (decimal comma): the capaian is a thousandfold off; if its dot is a decimal "
            f"point, write {key} {decimal} (capaian {pct} %)",
        )
    )


def _falling_targets(
    rows: list[_Row], cols: dict[str, int], tahun: int | None, warnings: list[Problem]
) -> None:
    """An indicator without a polaritas whose Renstra targets fall every year (a Renstra matrix
    has no polaritas column: "Angka Kematian Ibu", 115 → 95) is read positif, higher is better,
    and its capaian turned upside down without a word (vals16): a warning says so, with the
    figures and the fix. Three years at least (a baseline before them counts), each a number."""
    keyed = sorted((int(m.group(2)), key) for key in cols if (m := _YEAR.fullmatch(key)))
    if tahun is not None and "target" in cols:
        keyed = sorted([*(p for p in keyed if p[0] != tahun), (tahun, "target")])
    if len(keyed) < 3:
        return
    for row in rows:
        if row.kind not in MEASURED_KINDS or row.cells.get("polaritas"):
            continue
        series = _numbers(row, keyed)
        if len(series) >= 3 and all(a[1] > b[1] for a, b in itertools.pairwise(series)):
            said = f"{series[0][0]} → {series[-1][0]}"
            warnings.append(
                _p(
                    row.places["uraian"],
                    row.cells.get("uraian"),
                    f"target Renstra turun tiap tahun ({said}) dan polaritas tidak diisi: "
                    "dibaca positif (makin tinggi makin baik); bila makin rendah makin baik, "
                    "isi kolom polaritas dengan negatif",
                    f"the Renstra targets fall every year ({said}) and no polaritas is "
                    "given: read as positive (higher is better); if lower is better, write "
                    "negatif in a polaritas column",
                )
            )


def _numbers(row: _Row, keyed: list[tuple[int, str]]) -> list[tuple[str, Any]]:
    """The row's figures of ``keyed`` (year, column) in the years' order, as (text, number): a
    realisasi only as the baseline, before the targets; none when one is not a plain number."""
    out: list[tuple[str, Any]] = []
    for _year, key in keyed:
        text = row.cells.get(key)
        if text is None or (key.startswith("realisasi") and out):
            continue
        try:
            value = parse_value(text)
        except ParseError:
            return []
        if value.kind != "number" or value.number is None:
            return []
        out.append((text, value.number))
    return out


def _its_bound(text: str, target: str, polaritas: str | None) -> str | None:
    """ "same" for ``target_text`` "≥ 95 %" beside the target 95 of a positif indicator ("≤ 110,5"
    of a negatif one): the target's figure, with the direction its polaritas gives it, as e-SAKIP
    writes it (vals15: each such row was warned of as a conflict, and check named it). "strict"
    for "> 95" / "< 110,5" there: a bound 95 itself does not meet (docs/capaian.md, thresholds),
    the target 95 is met by: two targets, the warning says how (vals17). None otherwise."""
    from lkj_tui.core.evaluate import units_agree

    try:
        bound, figure = parse_value(text), parse_value(target)
    except ParseError:  # (named by the row's check)
        return None
    if bound.kind != "threshold" or figure.kind != "number" or bound.number != figure.number:
        return None
    if not units_agree(bound.unit_key, figure.unit_key):
        return None
    way = parse_polaritas(polaritas or "") or "positif"
    kinds = {"positif": {">=": "same", ">": "strict"}, "negatif": {"<=": "same", "<": "strict"}}
    return kinds.get(way, {}).get(bound.comparator or "")


def _shown(text: str) -> str:
    return show_raw(text, 60)


def _beyond_header(data: Grid, header_r: int, first: int, problems: list[Problem]) -> None:
    """A CSV row with a filled cell right of the header's last column: its cells do not stand
    under their headers. A decimal comma written without quotes in a comma-separated file
    ("iku,IKU 1,S1,Nilai,,3,22,2,85") splits each figure in two, so the target was read as "3"
    and the realisasi "22" (a capaian of 733 %), the rest dropped without a word (vals33).
    Refused at the row's first such cell, with the fix. Linear: only the cells beyond it."""
    end = max((c + 1 for c, text in enumerate(data.rows[header_r]) if text), default=0)
    for r in range(first, len(data.rows)):
        line = data.rows[r]
        beyond = [c for c in range(end, len(line)) if line[c] is not None]
        if not beyond:
            continue
        problems.append(
            _p(
                data.place(r, beyond[0]),
                line[beyond[0]],
                f"baris ini lebih lebar daripada baris judul ({len(line)} sel, judul {end} kolom): "
                "isinya bergeser dari judulnya. Di CSV berpemisah koma, angka berkoma desimal "
                'ditulis dalam tanda petik ("3,22"), atau simpan berkas dengan pemisah titik koma '
                "(;); catatan di kanan tabel diberi judul kolom",
                f"this row is wider than the header ({len(line)} cells, the header {end} "
                "columns): its cells do not stand under their headers. In a comma-separated "
                'file a decimal comma is written in quotes ("3,22"), or save the file with '
                "semicolons (;); a note right of the table gets a column header",
            )
        )


#: A whole number, and what may be its decimals after a comma read as the separator ("3,22")
_WHOLE = re.compile(r"-?[0-9]{1,15}")
_DECIMALS = re.compile(r"[0-9]{1,2}")


def _split_decimals(rows: list[_Row], cols: dict[str, int], warnings: list[Problem]) -> None:
    """A comma-separated file whose decimal commas have no quotes: "3,22" is two cells. A row
    wider than its header is refused (``_beyond_header``), but one whose next value cell was
    empty ("iku,IKU 1,S1,Nilai,,3,22": the target 3,22 and no realisasi yet) fits its header and
    was read as target 3, realisasi 22 (733 %) without a word (vals34). Two value columns side
    by side holding a whole number and one or two digits may be such a number: unless the file
    writes its decimal commas in quotes elsewhere (a value cell with a comma), one warning names
    the first such pair and the rows like it, with the fix; the values are kept as read (they
    may be two numbers). Linear: each value cell once."""
    keys = {c: k for k, c in cols.items() if _column(k)[1] == "value"}
    pairs = [(k, keys[c + 1]) for c, k in sorted(keys.items()) if c + 1 in keys]
    if not pairs:
        return
    found: list[tuple[_Row, str, str]] = []
    for row in rows:
        cells = row.cells
        if any("," in cells.get(k, "") for k in keys.values()):
            return  # (this file quotes its decimal commas: "3,22" is one cell)
        for left, right in pairs:
            a, b = cells.get(left), cells.get(right)
            if a and b and _WHOLE.fullmatch(a) and _DECIMALS.fullmatch(b):
                found.append((row, left, right))
                break
    if not found:
        return
    row, left, right = found[0]
    a, b = row.cells[left], row.cells[right]
    more = ", ".join([str(r.r + 1) for r, _, _ in found[1:6]])
    also = f" (juga baris {more})" if more else ""
    also_en = f" (also row{'s' if len(found) > 2 else ''} {more})" if more else ""
    if len(found) > 6:  # (how many more, and in all: "…" said neither, vals35)
        rest, n = len(found) - 6, len(found)
        also = f" (juga baris {more} dan {rest} baris lain; {n} baris seluruhnya)"
        also_en = f" (also rows {more} and {rest} more; {n} rows in all)"
    warnings.append(
        _p(
            row.places[left],
            a,
            f"dibaca {left} {a} dan {right} {b}{also}: di berkas berpemisah koma, angka berkoma "
            f'desimal tanpa tanda petik ("{a},{b}") terbelah menjadi dua sel. Bila maksudnya '
            f'{left} {a},{b}, tulis dalam tanda petik ("{a},{b}") atau simpan berkas dengan '
            "pemisah titik koma (;), lalu impor lagi",
            f"read as {left} {a} and {right} {b}{also_en}: in a comma-separated file a decimal "
            f'comma without quotes ("{a},{b}") splits the number into two cells. If {left} '
            f'{a},{b} is meant, write it in quotes ("{a},{b}") or save the file with semicolons '
            "(;), and import again",
        )
    )


def stray_notes(data: Grid, first: int, read: Iterable[int], warnings: list[Problem]) -> None:
    """A text on a row whose columns the import reads are all empty (a note under the table in
    the No column, merged across it: "Catatan: data bersumber dari …"): named at its cell and
    ignored, never dropped without a word (vals18; the Renja evaluation names its own). A number
    (the No column's) and a cell a merge above filled are not."""
    cols = sorted(set(read))
    for r in range(first, len(data.rows)):
        line = data.rows[r]
        if any(c < len(line) and (line[c] or "").strip() for c in cols):
            continue
        if (found := data.note(r)) is None:
            continue
        c, text = found
        warnings.append(
            _p(
                data.place(r, c),
                text,
                "teks di luar kolom yang dibaca, pada baris tanpa isi lain; diabaikan "
                "(catatan di bawah tabel tidak diimpor): bila ini bagian laporan, tulis di "
                "kolom yang sesuai",
                "a text outside the columns the import reads, on a row with nothing else; "
                "ignored (notes under the table are not imported): if it belongs to the "
                "report, write it in its column",
            )
        )


#: A note under the table written in the uraian column: "Catatan: data …", "Sumber: BPS",
#: "Ket.: …", "*) angka sementara" (imp67: each was read as one more indicator).
_NOTE = re.compile(r"(?i)(?:catatan|keterangan|ket|sumber(?: data)?|nb|notes?|source)\s*[.:]|\*+\)")


def _note_row(uraian: str, place: str) -> Problem:
    """A row whose only text is a note in the uraian column, without a level: named at its cell
    and ignored, as a note outside the columns read is (:func:`stray_notes`)."""
    return _p(
        place,
        uraian,
        "catatan di bawah tabel, pada baris tanpa level dan tanpa isi lain; diabaikan (tidak "
        "diimpor sebagai indikator): bila ini indikator, isi level dan nilainya",
        "a note under the table, on a row without a level and nothing else; ignored (not "
        "imported as an indicator): if it is an indicator, fill in its level and values",
    )


def formula_cells(
    data: Grid,
    first: int,
    read: Mapping[int, str],
    problems: list[Problem],
    warnings: list[Problem],
) -> None:
    """The cells from row ``first`` on, in a column the import reads (``read``: column → its
    key or role), whose formula gave no value, both read as empty: a formula without the value it
    gives is refused (walk8: a workbook written by a program, whose realisasi =D3*0.9 was read as
    "not reported" without a word); an Excel error (``#DIV/0!``) is named in a warning, never kept
    as a value (vals16: a Renja quarter's Rp "#DIV/0!" was stored without a word), and refused
    where it would name a row or place it (:data:`NAMING`; :func:`without_echoes`)."""
    for (r, c), formula in sorted(data.uncomputed.items()):
        if r >= first and c in read:
            problems.append(uncomputed_problem(data.place(r, c), formula))
    for (r, c), formula in sorted(data.formulas.items()):  # (a CSV file's)
        # (a value column's is refused where its row is checked: _formula_text)
        if r >= first and c in read and _column(read[c])[1] != "value":
            problems.append(_formula_text(data.place(r, c, read[c]), formula, text=True))
    if given := sorted(k for k in data.given if k[0] >= first and k[1] in read):
        warnings.append(_given_values(data, given))
    for (r, c), shown in sorted(data.zeros.items()):
        # (a budget's dash is the accounting nil, as a "-" typed there reads: not named)
        if r >= first and c in read and _column(read[c])[1] == "value" and read[c] not in _BUDGET:
            warnings.append(_zero_shown(data.place(r, c, read[c]), shown))
    for (r, c), (shown, colour) in sorted(data.minus.items()):
        if r >= first and c in read and _column(read[c])[1] == "value":
            text = data.cell(r, c) or shown
            warnings.append(_minus_hidden(data.place(r, c, read[c]), shown, text, colour))
    if not data.errors:
        return
    for (r, c), error in sorted(data.errors.items()):
        if r < first or c not in read:
            continue
        what, what_en = EXCEL_ERRORS.get(error.upper(), ("rumus gagal", "a failed formula"))
        place = data.place(r, c, read[c])  # (a CSV file's "baris 3 (realisasi)")
        if read[c] in NAMING:
            problems.append(excel_error_problem(place, error, _IN_NAMING))
        else:
            warnings.append(
                _p(
                    place,
                    error,
                    f"galat Excel ({what}); dibaca kosong, tidak disimpan sebagai nilai: "
                    "perbaiki rumusnya di Excel, atau ketik nilainya",
                    f"an Excel error ({what_en}); read as empty, not stored as a value: "
                    "fix the formula in Excel, or type the value",
                )
            )


#: The colours a format code names (``[Red]``), as the messages say them.
_COLOURS = {
    "black": ("hitam", "black"),
    "blue": ("biru", "blue"),
    "cyan": ("sian", "cyan"),
    "green": ("hijau", "green"),
    "magenta": ("magenta", "magenta"),
    "red": ("merah", "red"),
    "white": ("putih", "white"),
    "yellow": ("kuning", "yellow"),
}


def _minus_hidden(place: str, shown: str, read: str, colour: str) -> Problem:
    """A value cell holding a negative that its format shows without a minus (``0.0;[Red]0.0``:
    -5.5 shows "5,5" in red, Excel's "red negative"): read as the negative the cell holds, as a
    number in brackets is (:func:`bracketed`: the sheet's way of marking a negative), and named
    with what it shows (imp71: it was read -5,5 without a word, where the sheet shows 5,5)."""
    shown = shown if len(shown) <= 40 else shown[:39] + "…"
    read = read if len(read) <= 40 else read[:39] + "…"
    how, how_en = "tanpa tanda minus", "without a minus"
    if colour:  # ([Color10]: Excel's palette, no name)
        word, word_en = _COLOURS.get(colour, ("", "colour"))
        how += f" (berwarna {word})" if word else " (berwarna)"
        how_en += f" (in {word_en})"
    return _p(
        place,
        shown,
        f"bilangan negatif yang ditampilkan format selnya {how}; dibaca {read}, bilangan yang "
        f"disimpan selnya (format dan warna tidak mengubah nilai): bila bukan negatif, ketik "
        f"{shown}",
        f"a negative number its cell's format shows {how_en}; read {read}, the number the "
        f"cell holds (a format or colour does not change the value): if it is not negative, "
        f"type {shown}",
    )


def _zero_shown(place: str, shown: str) -> Problem:
    """A value cell holding 0 that its format shows as a dash (``_(* "-"_)``, the accounting
    format: "-"), another text or nothing: read 0, the number it holds, and named, since a dash
    in a report often means "no data", which an empty cell says (imp70: it was read 0 without a
    word, a capaian of 0 %)."""
    shown = shown if len(shown) <= 20 else shown[:19] + "…"  # (a format's text: 255 at most)
    if shown:
        said = f"angka 0 yang ditampilkan “{shown}” oleh format selnya; dibaca 0"
        said_en = f"a 0 its cell's format shows as “{shown}”; read 0"
    else:
        said = "angka 0 yang tidak ditampilkan format selnya (tampak kosong); dibaca 0"
        said_en = "a 0 its cell's format does not show (it looks empty); read 0"
    return _p(
        place,
        shown or "0",
        f"{said}: bila maksudnya belum ada data, kosongkan selnya",
        f"{said_en}: if it means there is no data yet, empty the cell",
    )


def _given_values(data: Grid, cells: list[tuple[int, int]]) -> Problem:
    """One warning for the read cells whose formula's value the program that wrote the workbook
    stored (``Grid.given``), at the first, the others counted and the first few named: read as
    stored, but Excel never computed them (imp65: =E4*0.9 stored with 2.5, 2.5 read silently);
    or, in a workbook Excel saved in manual calculation without computing it (``Grid.manual``),
    Excel's last computed values, which may be stale (imp67)."""
    r, c = cells[0]
    value = data.cell(r, c)
    read, read_en = (f" ({value})", f" ({value})") if value is not None else ("", "")
    others, others_en = "", ""
    if len(cells) > 1:
        named = ", ".join(data.place(*k).rsplit("!", 1)[-1] for k in cells[1:4])
        named += ", …" if len(cells) > 4 else ""
        n = len(cells) - 1
        others = f" (juga {n} sel rumus lain yang dibaca: {named})"
        others_en = f" (and {n} other formula cell{'s' if n > 1 else ''} read: {named})"
    if data.manual:  # (Excel's own value, from its last computation: imp67)
        why = (
            "disimpan Excel dalam mode hitung manual tanpa dihitung ulang sebelum disimpan, jadi "
            "bisa tertinggal dari hasil rumusnya; dibaca apa adanya: di Excel tekan F9 (atau "
            "Rumus → Opsi Perhitungan → Otomatis), simpan, lalu impor lagi",
            "was saved by Excel in manual calculation without computing it again before saving, "
            "so it may lag behind the formula's result; read as stored: in Excel press F9 (or "
            "Formulas → Calculation Options → Automatic), save, then import it again",
        )
    else:
        why = (
            "disimpan oleh program pembuat berkas, bukan dihitung Excel (berkas meminta rumusnya "
            "dihitung ulang saat dibuka), jadi bisa berbeda dari hasil rumusnya; dibaca apa "
            "adanya: buka dan simpan ulang di Excel atau LibreOffice, lalu impor lagi",
            "was stored by the program that wrote the file, not computed by Excel (the file asks "
            "for its formulas to be computed when opened), so it may differ from the formula's "
            "result; read as stored: open and save it again in Excel or LibreOffice, then import "
            "it again",
        )
    return _p(
        data.place(r, c),
        data.given[cells[0]],
        f"nilai rumus ini{read}{others} {why[0]}",
        f"this formula's value{read_en}{others_en} {why[1]}",
    )


#: Where an Excel error is refused (:func:`excel_error_problem`), in Indonesian and English.
_IN_NAMING = (
    "di kolom yang menamai baris atau menempatkannya",
    "in a column that names the row or places it",
)
_IN_LAPORAN = ("di lembar Laporan", "in the Laporan sheet")


def excel_error_problem(place: str, error: str, where: tuple[str, str]) -> Problem:
    """An Excel error (``#REF!``) refused at its cell, ``where`` it cannot be read as empty."""
    what, what_en = EXCEL_ERRORS.get(error.upper(), ("rumus gagal", "a failed formula"))
    return _p(
        place,
        error,
        f"galat Excel ({what}) {where[0]}: perbaiki rumusnya di Excel, atau ketik isinya",
        f"an Excel error ({what_en}) {where[1]}: fix the formula in Excel, or type its text",
        "excel-error",
    )


def without_echoes(problems: list[Problem]) -> list[Problem]:
    """The problems without the others at a cell refused for its Excel error or its formula
    without a value (``#REF!`` read as empty is also "uraian kosong"): it says what is wrong
    there."""
    refused = {p.place for p in problems if p.code in _SAID_AT_CELL}
    if not refused:
        return problems
    return [p for p in problems if p.code in _SAID_AT_CELL or p.place not in refused]


#: The problems that say all that is wrong at their cell (:func:`without_echoes`): an Excel
#: error, a formula without its value (vals37: `=cmd|' /C calc'!A0` as a uraian was also
#: "uraian kosong" at the same cell).
_SAID_AT_CELL = frozenset({"excel-error", "uncomputed", "beyond"})


#: The columns (keys of the template, roles of the other forms) that name a row or place it in
#: the outline: an Excel error there is refused, not read as empty.
NAMING = frozenset(
    {"level", "kode", "induk", "uraian", "id", "teks", "indikator", "tujuan", "sasaran"}
)


def uncomputed_problem(place: str, formula: str) -> Problem:
    """A cell with a formula and no value Excel computed, read as empty: named, never dropped."""
    return _p(
        place,
        formula,
        "rumus tanpa nilai hasil hitungan (berkas tidak disimpan oleh Excel): buka "
        "dan simpan ulang di Excel atau LibreOffice, atau tulis nilainya",
        "a formula without its computed value (the file was not saved by Excel): "
        "open and save it again in Excel or LibreOffice, or type the value",
        "uncomputed",
    )


def _formula_text(place: str, formula: str, text: bool = False) -> Problem:
    """A cell holding a formula's text, as a CSV file written by a program holds it: no value
    was computed, so it is refused with what to write, as a workbook's formula without its value
    is (:func:`uncomputed_problem`): a value cell's value, or a ``text`` cell's (a uraian, the
    instansi, a satuan: vals39, taken as text where a workbook's was refused), or the text marked
    with an apostrophe, as the CSV export marks a text that begins with "="."""
    if text:
        return _p(
            place,
            formula,
            "tampak seperti rumus Excel tanpa hasilnya: tulis teksnya di sel ini; bila teksnya "
            "memang diawali “=”, tulis tanda petik di depannya ('=…)",
            "looks like an Excel formula without its result: type the text in this cell; if "
            "the text does begin with “=”, put an apostrophe before it ('=…)",
            "uncomputed",
        )
    return _p(
        place,
        formula,
        "tampak seperti rumus Excel tanpa nilai hasilnya: tulis nilainya di sel ini, "
        "mis. 87,07 atau 95 %",
        "looks like an Excel formula without its value: type the value in this cell, "
        "e.g. 87,07 or 95 %",
        "uncomputed",
    )


#: A year in the row under a header merged across columns: "2024", "Tahun 2024", "Th. 2024".
_SUB_YEAR = re.compile(r"(?:tahun|th\.?)?\s*((?:19|20)\d\d)", re.IGNORECASE)


def _years_under(data: Grid, header_r: int, columns: dict[int, str]) -> bool:
    """A "Target" or "Realisasi" header merged across columns over a row of years, as a Renstra or
    PK matrix prints it ("Target" over 2022 … 2026): each column is that year's, ``target_2022``
    … (the report year's then becomes the year's target, :func:`_this_years_columns`). Before,
    the merge's first column was read as the year's target (2022's) and the others were dropped
    without a word (new11). Updates ``columns``; True when the row beneath holds such years."""
    below = header_r + 1
    found = False
    for r1, c1, r2, c2 in data.merged:
        kind = columns.get(c1)
        if r1 != header_r or r2 != header_r or c2 == c1 or kind not in ("target", "realisasi"):
            continue
        years: dict[int, str] = {}
        for c in range(c1, c2 + 1):
            text = data.cell(below, c)
            year = _SUB_YEAR.fullmatch(text.strip()) if text is not None else None
            if year is None:
                break
            years[c] = f"{kind}_{year.group(1)}"
        else:
            columns.update(years)
            found = True
    return found


#: A cell of the row of column numbers printed under a table's header: "1", "(3)=(2)/(1)x100%".
_COLUMN_NUMBER = re.compile(r"[\s()\[\]=/*:x×+\-–.,%]*\d[\d\s()\[\]=/*:x×+\-–.,%]*")


def _column_number(text: str) -> bool:
    return _COLUMN_NUMBER.fullmatch(text) is not None


def _first_data_row(
    data: Grid,
    header_r: int,
    cols: dict[str, int],
    warnings: list[Problem],
    years_row: bool = False,
) -> int:
    """The first row after the header. The rows the header's ``level`` or ``uraian`` cell is
    merged down over are the header's (a header of two rows: "Target" over "(1)"); the merge
    filled them with the header's text, which is not a level. A row of column numbers right
    under the header ("1", "2"… or "(3)=(2)/(1)", in the level and uraian columns too) is the
    header's, and so is the row of years under a merged "Target" (``years_row``,
    :func:`_years_under`). Any other text in those rows is named in a warning, never read as
    data."""
    spans = [(c1, c2, r2) for r1, c1, r2, c2 in data.merged if r1 == header_r and r2 > header_r]
    # the years under a header merged across ("Target" over 2022 … "Tahun 2024"): read, not ignored
    years = (
        {c for r1, c1, r2, c2 in data.merged if r1 == r2 == header_r for c in range(c1, c2 + 1)}
        if years_row
        else set()
    )
    key_cols = (cols["level"], cols["uraian"])
    r = header_r + 1
    while r < len(data.rows):
        # a merge reaching past the row's cells counts up to them (linear in the grid's size)
        width = max(len(data.rows[r]), *key_cols) + 1
        under = {c for c1, c2, r2 in spans if r <= r2 for c in range(c1, min(c2 + 1, width))}
        texts = {c: t for c, t in enumerate(data.rows[r]) if t is not None and t.strip()}
        numbers = all(_column_number(t.strip()) for c, t in texts.items() if c not in under)
        if not (years_row and r == header_r + 1) and (
            not any(c in under for c in key_cols)
            and not (numbers and all(c in texts for c in key_cols))
        ):
            break
        for c, t in texts.items():
            if c in years and r == header_r + 1 and _SUB_YEAR.fullmatch(t.strip()):
                continue
            if c not in under and not _column_number(t.strip()):
                warnings.append(
                    _p(
                        data.place(r, c),
                        t,
                        "di bawah sel judul yang digabung: dibaca sebagai bagian judul; diabaikan",
                        "under the header's merged cells: read as part of the header; ignored",
                    )
                )
        r += 1
    return r


def _read_rows(
    data: Grid,
    first: int,
    cols: dict[str, int],
    problems: list[Problem],
    warnings: list[Problem],
    progress: Progress | None = None,
) -> list[_Row]:
    rows: list[_Row] = []
    last_measured: _Row | None = None
    last_measured_i = 0
    total = len(data.rows)
    gap = False  # an empty row since the last row of the table: a text alone is under it
    under: list[tuple[str, str]] = []  # (the signature's lines: named at once)
    for r in range(first, total):
        if progress is not None and r % STEP == 0:
            progress("check", r, total)
        line = data.rows[r]
        n = len(line)
        cells = {key: text for key, c in cols.items() if c < n and (text := line[c]) is not None}
        if not cells:
            gap = bool(rows)
            continue
        places = _Places(data, r, cols)
        level = cells.get("level")
        uraian = cells.get("uraian")
        if level is None and (
            # (a note: "Catatan: …", alone in the uraian column)
            (uraian is not None and len(cells) == 1 and _NOTE.match(uraian))
            or (gap and cells.keys() <= _SIGNED and words_only(cells.values()))
        ):
            # (a signature under an empty row or a note: imp69, each line was one more
            # indicator; imp70, a note inside a signature split it in two, and the lines after
            # a note right under the table were indicators again)
            key = min(cells, key=cols.__getitem__)
            under.append((places[key], cells[key]))
            gap = True
            continue
        gap = False
        _under(under, warnings)
        if level is None:
            if uraian is not None and _totals(uraian, cells):
                why, why_en = _TOTAL_WHY
                if norm(uraian) not in _TOTAL_ROW:  # ("Jumlah kunjungan": an IKU without satuan?)
                    why += "; bila ini indikator, isi satuannya"
                    why_en += "; if it is an indicator, fill in its satuan"
                problems.append(_p(places["uraian"], uraian, why, why_en))
                continue  # (was read as one more indicator: "Rata-rata capaian", an IKU)
            if last_measured is None:
                problems.append(
                    _p(
                        places["level"],
                        None,
                        "level kosong (dan baris di atasnya bukan indikator)",
                        "level is empty (and the row above is not an indicator)",
                    )
                )
                continue
            if (named := _named_kind(cells)) is not None:
                problems.append(_named_problem(places["uraian"], cells, named, last_measured.kind))
                continue  # (was read as one more indicator: "Program Kesehatan …", an IKU)
            kind = last_measured.kind
        else:
            parsed = parse_level(level)
            if parsed is None:
                if match_header(level) == "level":  # the header again (a table pasted from a
                    # document, its pages' headers kept): not a misspelt level
                    problems.append(
                        _p(
                            places["level"],
                            level,
                            "baris judul terulang: hapus baris ini",
                            "the header row again: delete the row",
                        )
                    )
                else:
                    problems.append(_unknown_level(places["level"], level))
                last_measured = None
                continue
            kind = parsed
        row = _Row(r, kind, cells, places)
        if level is None and cells.get("induk") is None:
            row.sibling_of = last_measured_i
        _check_row(row, problems, warnings)
        rows.append(row)
        last_measured = row if kind in MEASURED_KINDS else None
        last_measured_i = len(rows) - 1
    _under(under, warnings)
    return rows


def _under(
    lines: list[tuple[str, str]], warnings: list[Problem], why: tuple[str, str] | None = None
) -> None:
    """The rows of only text under the table (:func:`_read_rows`, the cascading form's):
    notes alone are each named as a note (:func:`_note_row`); a signature, with any note among
    its lines, is one warning, ``why`` (:func:`~lkj_tui.importing.grid.under_table`)."""
    if lines and all(_NOTE.match(text) for _, text in lines):
        warnings.extend(_note_row(text, place) for place, text in lines)
        lines.clear()
    under_table(lines, why or _UNDER_WHY, warnings)


_SIGNS = frozenset("$€£¥")
#: A number with another currency's sign before it: "$1.234", "€ 1.234,00" (a cell's format
#: writes it: ``_("$"* #,##0_)``, the accounting format of a computer set to another country),
#: or a negative one in brackets, "$(1.234)" (:func:`bracketed`).
_FOREIGN = re.compile(r"([$€£¥]) ?(-?[0-9][0-9.,]*|\([0-9][0-9.,]*\))")
#: A number in brackets, the accounting way of writing a negative: "(5)", "(1.234,5)", "(1,3 %)",
#: "(5 orang)", "Rp (1.000)", "(Rp 1.000)" (its unit: at most 40 characters, no digit).
_BRACKETED = re.compile(r"(?i)(rp\.? ?)?\( ?(rp\.? ?)?([0-9][0-9.,]*)([^()0-9]{0,40})\)")


def bracketed(text: str, budget: bool = False) -> str | None:
    """The negative a number in brackets is in accounting ("(5)": "-5", "Rp (1.000)":
    "Rp -1.000", a ``budget``'s "-1.000", as it reads every amount in Rupiah), when that reads
    as a value; None for any other text. Typed so, or shown so by
    the cell's format (``#,##0;(#,##0)``), one rule: read as negative, named at the cell
    (imp70: a typed "(5)" was refused, a formatted one read -5 without a word; Excel itself
    reads "(5)" typed into a cell as -5)."""
    if len(text) > 80 or (m := _BRACKETED.fullmatch(text)) is None:
        return None
    read = ("Rp " if (m[1] or m[2]) and not budget else "") + "-" + m[3] + m[4].rstrip()
    try:
        parse_value(read)
    except ParseError:
        return None
    return read


def _marks_read(row: _Row, key: str, text: str, warnings: list[Problem]) -> str:
    """A value cell's text with another currency's sign or accounting brackets read off it
    (:func:`foreign_sign`, :func:`bracketed`), each named in ``warnings``, and kept so in the
    row's cells; ``text`` itself when it has neither."""
    cells, places = row.cells, row.places
    if row.written is None or key not in row.written:
        row.written = {**(row.written or {}), key: text}
    if text[:1] in _SIGNS and (m := _FOREIGN.fullmatch(text)):
        warnings.append(foreign_sign(places[key], text, m[1], m[2], key, cells))
        cells[key] = text = m[2]  # (read as the number it is, its sign named)
    if text[-1:] == ")" and (read := bracketed(text, key in _BUDGET)) is not None:
        warnings.append(_bracketed_problem(places[key], text, read))
        cells[key] = text = read
    return text


def _bracketed_problem(place: str, text: str, read: str) -> Problem:
    """A number in brackets read as the negative it is in accounting (:func:`bracketed`)."""
    plain = read.removeprefix("Rp ").removeprefix("-")
    return _p(
        place,
        text,
        f"angka dalam kurung dibaca negatif, {read} (cara akuntansi menulis bilangan negatif; "
        f"Excel juga membacanya begitu): bila bukan negatif, tulis {plain} tanpa kurung",
        f"a number in brackets is read as negative, {read} (the accounting way of writing a "
        f"negative; Excel reads it so too): if it is not negative, write {plain} without "
        "brackets",
    )


def foreign_sign(
    place: str, text: str, sign: str, number: str, key: str, cells: Mapping[str, str]
) -> Problem:
    """A number written with another currency's sign ("$1.500.000") in a value column ``key``:
    read as the number and named at its cell (imp69: the sign was dropped without a word; a
    budget in dollars is not Rupiah). A budget, or a value of an indicator in Rupiah, is read in
    Rupiah as lkj-tui reads every amount; another column's number in its indicator's satuan
    (imp70: a quarter's "$20" was refused as no number, a target's read "in Rupiah")."""
    said = f"tanda mata uang “{sign}” (dari format sel?): dibaca {number}"
    said_en = f"a currency sign “{sign}” (from the cell's format?): read {number}"
    satuan = " ".join(cells.get("satuan", "").split())
    if key in _BUDGET or norm(satuan) in ("rp", "rupiah"):
        return _p(
            place,
            text,
            f"{said}, dalam Rupiah seperti semua angka lkj-tui; bila bukan Rupiah, tulis "
            "jumlahnya dalam Rupiah",
            f"{said_en}, in Rupiah as lkj-tui reads every amount; if it is not Rupiah, write "
            "the amount in Rupiah",
        )
    unit = f" ({satuan})" if 0 < len(satuan) <= 40 else ""  # (a hostile satuan: not quoted)
    return _p(
        place,
        text,
        f"{said}, tanpa tanda itu, dalam satuan indikatornya{unit}: bila selnya bukan uang, "
        "hapus tanda itu dari format selnya",
        f"{said_en}, without the sign, in its indicator's satuan{unit}: if the cell is not "
        "money, remove the sign from the cell's format",
    )


#: The columns a signature under the table is written in (its lines in the uraian column, or
#: on the right, under Target and Realisasi).
_SIGNED = frozenset({"uraian", "target", "realisasi"})
#: Why rows of only text under the table are ignored (:func:`_read_rows`).
_UNDER_WHY = (
    "hanya teks, di bawah baris kosong setelah tabel (tanda tangan atau catatan?); diabaikan "
    "(tidak diimpor sebagai indikator): bila ini indikator, isi level dan nilainya",
    "only text, under an empty row after the table (a signature or a note?); ignored (not "
    "imported as an indicator): if it is an indicator, fill in its level and values",
)


#: The start of the level of a row of totals or averages under a table ("Jumlah", "Rata-rata").
_TOTAL_ROW = ("jumlah", "total", "subtotal", "ratarata", "rerata", "rata2")


_TOTAL_WHY = (
    "baris jumlah atau rata-rata: hapus baris ini (lkj-tui menghitungnya sendiri)",
    "a row of totals or averages: delete the row (lkj-tui computes them itself)",
)


#: The start of an uraian that names a node of a kind without a measure: "Program Pemenuhan …",
#: "Kegiatan Penyediaan …", "Sub Kegiatan …" (spelt "Sub-Kegiatan", "Subkegiatan" too).
_NAMED_KIND = re.compile(r"(?i)\s*(?:(sub)[\s-]*kegiatan|(program)|kegiatan)\b")


def _named_kind(cells: dict[str, str]) -> str | None:
    """The kind a row without a level names by its uraian's first word ("program" for "Program
    Kesehatan Masyarakat"), or None. A row with a satuan is an indicator, whatever its name
    ("Kegiatan yang terlaksana", Keg)."""
    uraian = cells.get("uraian")
    if uraian is None or "satuan" in cells or (found := _NAMED_KIND.match(uraian)) is None:
        return None
    return "subkegiatan" if found[1] else "program" if found[2] else "kegiatan"


def _named_problem(place: str, cells: dict[str, str], kind: str, measured: str) -> Problem:
    """A row without a level under an indicator whose uraian names a program (kegiatan, sub
    kegiatan): it would be one more indicator of the same parent, silently (walk57: "Program
    Kesehatan Masyarakat" became an IKU without a word)."""
    said = "sub kegiatan" if kind == "subkegiatan" else kind
    return _p(
        place,
        cells["uraian"],
        f"nama {said} pada baris tanpa level (baris tanpa level di bawah indikator dibaca "
        f"sebagai indikator lain): isi level '{kind}', atau '{measured}' bila ini indikator",
        f"a {said}'s name on a row without a level (such a row under an indicator is read as "
        f"one more indicator): fill in level '{kind}', or '{measured}' if it is an indicator",
    )


def _totals(uraian: str, cells: dict[str, str]) -> bool:
    """A row without a level whose uraian is "Jumlah", "Total" or "Rata-rata capaian" under the
    indicators: a row of totals, not one more indicator. One named so that has a satuan
    ("Jumlah dokumen" in Dok, "Rata-rata lama sekolah" in Tahun) is an indicator."""
    key = norm(uraian)
    return key.startswith(_TOTAL_ROW) and ("satuan" not in cells or key in _TOTAL_ROW)


def _unknown_level(place: str, level: str) -> Problem:
    if norm(level).startswith(_TOTAL_ROW):
        return _p(place, level, *_TOTAL_WHY)
    meant, meant_en = meant_value("level", level)
    return _p(
        place,
        level,
        f"level tidak dikenal{meant} (tujuan, sasaran, iku, lainnya, program, kegiatan, "
        "subkegiatan, indikator_kegiatan)",
        f"unknown level{meant_en} (tujuan, sasaran, iku, lainnya, program, kegiatan, "
        "subkegiatan, indikator_kegiatan)",
    )


def _check_row(row: _Row, problems: list[Problem], warnings: list[Problem]) -> None:
    cells, places = row.cells, row.places
    if cells.get("uraian") is None:
        problems.append(
            _p(
                places.get("uraian", places["level"]),
                None,
                "uraian kosong: tulis namanya seperti tercetak di laporan, atau hapus baris ini "
                "bila tidak dipakai",
                "uraian is empty: write its name as printed in the report, or delete the row if "
                "it is not used",
            )
        )
    measured = row.kind in MEASURED_KINDS
    for key, text in cells.items():
        measure_only, check, _year = _column(key)
        if not measured and measure_only:
            problems.append(
                _p(
                    places[key],
                    text,
                    f"baris {row.kind} tidak memuat nilai indikator; taruh di baris indikator "
                    "(iku, lainnya, indikator_kegiatan) di bawahnya",
                    f"a {row.kind} row holds no indicator values; put them on an indicator row "
                    "(iku, lainnya, indikator_kegiatan) beneath it",
                )
            )
            continue
        if check is None:
            if len(text) <= VALUE_LIMIT:
                continue
            if key == "capaian_tercetak":  # (a figure as printed: as long as a value)
                problems += too_long_printed("", "", text, places[key], key)
            else:  # (a pasted megabyte: refused as set refuses it)
                _too_long_text(key, text, places[key], problems)
            continue
        if check == "value":
            budget = key in _BUDGET  # (an amount "1,000" is 1 or 1.000: refused, never guessed)
            if (
                _PARSES.fullmatch(text)
                and not (budget and ("," in text or "%" in text))
                and len(text) <= VALUE_LIMIT
            ):
                continue
            row.unplain += (key,)
            if text[:1] in _SIGNS or text[-1:] == ")":  # (only a cell not of a plain shape)
                text = _marks_read(row, key, text, warnings)
            try:
                typed_value(text, budget)  # (what the column takes: a value, or an amount)
            except ParseError as exc:
                if text.startswith("="):  # (vals38: a CSV's formula was "not recognised")
                    problems.append(_formula_text(places[key], text))
                    continue
                # (the reason alone: the cell is quoted once, after its place)
                why, why_en = exc.why, exc.why_en
                if "?" in text or (text.startswith("'") and len(text) > 1):
                    why, why_en = why + ".", why_en + "."
                if "?" in text:  # ≥ ≤ saved by older Excel as "CSV (Comma delimited)"
                    why += (
                        " “?” menggantikan huruf yang tidak muat dalam pengodean berkas (≥ ≤, "
                        "CSV Excel lama): tulis >= atau <=, atau simpan sebagai “CSV UTF-8”."
                    )
                    why_en += (
                        " “?” stands for a character the file's encoding could not hold (≥ ≤, "
                        "older Excel's CSV): write >= or <=, or save as “CSV UTF-8”."
                    )
                if text.startswith("'") and len(text) > 1:  # "'8": Excel's text marker, typed
                    why += (  # into a CSV file or copied with the value (vals14)
                        " Tanda ' di depan adalah penanda teks Excel, bukan bagian nilai: "
                        f"hapus tandanya ({_shown(text[1:])})."
                    )
                    why_en += (
                        " The leading ' is Excel's text marker, not part of the value: delete "
                        f"it ({_shown(text[1:])})."
                    )
                # (a long value quoted as its limit measures it, its spaces folded: vals41)
                shown = text if len(text) <= VALUE_LIMIT else " ".join(text.split())
                problems.append(_p(places[key], shown, why, why_en))
        elif check == "polaritas" and parse_polaritas(text) is None:
            meant, meant_en = meant_value(check, text)
            problems.append(
                _p(
                    places[key],
                    text,
                    f"polaritas harus positif, negatif atau stabil{meant}",
                    f"polaritas must be positif, negatif or stabil{meant_en}",
                )
            )
        elif check == "cara_hitung" and parse_cara_hitung(text) is None:
            if norm(text) not in NON_CUMULATIVE:
                meant, meant_en = meant_value(check, text)
                problems.append(
                    _p(
                        places[key],
                        text,
                        f"cara_hitung harus kumulatif, nilai_akhir atau rata_rata{meant}",
                        f"cara_hitung must be kumulatif, nilai_akhir or rata_rata{meant_en}",
                    )
                )
            elif "realisasi" not in cells and any(f"tw{n}" in cells for n in range(1, 5)):
                problems.append(
                    _p(
                        places[key],
                        text,
                        "non-kumulatif tidak menyebut cara realisasi tahunan dihitung dari "
                        "triwulan, dan baris ini tanpa realisasi tahunan: tulis nilai_akhir "
                        "(triwulan terakhir yang terisi) atau rata_rata",
                        "non-kumulatif does not say how the year's realisasi follows from the "
                        "quarters, and this row has no realisasi of the year: write nilai_akhir "
                        "(the last filled quarter) or rata_rata",
                    )
                )
        elif check == "tercetak":
            if not _printed_ok(text):
                problems.append(_p(places[key], text, *pairs_problem(text, "|")))
            elif len(text) > VALUE_LIMIT:  # (each figure as long as a table's name, a value)
                for table, field, value in split_pairs(text, "|") or ():
                    problems += too_long_printed(table, field, value, places[key], key)
        elif check == "info_lain":
            pairs = split_pairs(text, ":")
            if pairs is None:
                problems.append(_p(places[key], text, *pairs_problem(text, ":")))
            elif len(text) > VALUE_LIMIT:  # (each fact held to its field's limit, as set's)
                for k, v in pairs:
                    problems += too_long_info(k, v, places[key])
        elif check == KEPT_COLUMN:
            row.kept, refused = read_kept(text, measured, places[key])
            problems += refused


def _printed_ok(text: str) -> bool:
    pairs = split_pairs(text, "|")
    return pairs is not None and all(len(p) == 3 for p in pairs)


_MONTH = "jan|feb|mar|apr|mei|may|jun|jul|agu|agt|aug|sep|okt|oct|nov|des|dec"
#: A kode as Excel writes back one it took for a number or a date (a CSV opened in Excel and saved
#: again, a kode typed into a General cell): "1,1" (from 1.1 or 1.10), "1,02E+11", "02/03/2001",
#: "2001-03-02" (a date cell as the import reads it), "1-Jan", "Jan-01", "1:30".
_EXCEL_MADE = re.compile(
    rf"\d+,\d+|\d+(,\d+)?E[+-]\d+|\d{{1,2}}/\d{{1,2}}/\d{{2,4}}"
    rf"|\d{{4}}-\d\d-\d\d([ T]\d\d:\d\d(:\d\d)?)?|\d{{1,2}}:\d\d(:\d\d)?"
    rf"|\d{{1,2}}[- ]({_MONTH})([- ]\d{{2,4}})?|({_MONTH})[- ]\d{{1,4}}",
    re.IGNORECASE,
)
#: The first characters of those (a kode with another is not matched: most are "IKU 1", "P1.2").
_INITIALS = "".join(sorted({m[0] for m in _MONTH.split("|")}))
_EXCEL_FIRST = frozenset("0123456789" + _INITIALS + _INITIALS.upper())


_EXCEL_WHY = (
    "Excel tampaknya mengubah kode ini menjadi angka atau tanggal (mis. 1.10 → 1,1): ketik lagi "
    "kodenya sebagai teks (sel berformat Teks, atau awali dengan ') lalu impor lagi"
)
_EXCEL_WHY_EN = (
    "Excel seems to have turned this kode into a number or a date (e.g. 1.10 → 1,1): type it "
    "again as text (a Text cell, or a leading ') and import again"
)


#: A kode's head and its number: "IKU 3" → ("IKU ", "3"). The head ends at the last non-digit
#: (``(.*?)(\d+)`` tried every split of a run of digits: 2,000 digits and a letter, 4 M steps).
_NUMBERED = re.compile(r"(.*\D|)(\d+)")


def _free_code(code: str, rows: list[_Row], highest: dict[str, int]) -> tuple[str, str]:
    """ ", mis. 'IKU 4'" (", e.g. 'IKU 4'"): for a duplicate kode ending in a number, the next
    number of its kind no row uses ("IKU 3" twice among IKU 1-3: 'IKU 4'; the next duplicate
    'IKU 5'); ("", "") for another kode (vals21: "kode ganda" said where the first was, not what
    to write). ``highest``: each kind's highest number, counted over ``rows`` once, on the first
    duplicate (linear however many there are)."""
    m = _NUMBERED.fullmatch(code)
    if m is None:
        return "", ""
    if not highest:
        highest[""] = 0  # (counted)
        for r in rows:
            if n := _NUMBERED.fullmatch((r.cells.get("kode") or "").strip()):
                highest[n.group(1)] = max(highest.get(n.group(1), 0), int(n.group(2)))
    head = m.group(1)
    highest[head] = highest.get(head, 0) + 1
    free = f"{head}{highest[head]}"
    return f", mis. '{free}'", f", e.g. '{free}'"


def _assemble(
    data: Grid,
    rows: list[_Row],
    meta: ReportMeta,
    problems: list[Problem],
    records: dict[str, dict[str, Any]],
    years: _Years,
    progress: Progress | None = None,
) -> Report | None:
    by_code: dict[str, int] = {}
    by_id: dict[str, int] = {}
    highest: dict[str, int] = {}  # (a duplicate kode's suggestion)
    for i, row in enumerate(rows):
        code = (row.cells.get("kode") or "").strip()
        if code:
            if code[0] in _EXCEL_FIRST and _EXCEL_MADE.fullmatch(code):  # (not again at its induk)
                problems.append(_p(row.places["kode"], code, _EXCEL_WHY, _EXCEL_WHY_EN))
            if code in by_code:
                first, other = rows[by_code[code]], _free_code(code, rows, highest)
                problems.append(
                    _p(
                        row.places["kode"],
                        code,
                        f"kode ganda (juga di {first.places['kode']}): beri baris ini kode "
                        f"lain{other[0]} (satu kode, satu baris)",
                        f"duplicate kode (also at {first.places['kode']}): give this row "
                        f"another kode{other[1]} (one kode, one row)",
                    )
                )
            else:
                by_code[code] = i
        node_id = (row.cells.get("id") or "").strip()
        if node_id:
            if node_id in by_id:
                problems.append(
                    _p(
                        row.places["id"],
                        node_id,
                        f"id ganda (juga di {rows[by_id[node_id]].places['id']})",
                        "duplicate id",
                    )
                )
            else:
                by_id[node_id] = i
    # parents
    last_of: dict[str, int] = {}
    forced = data.parents if isinstance(data, MappedGrid) else None
    at = {row.r: i for i, row in enumerate(rows)} if forced is not None else {}
    for i, row in enumerate(rows):
        ref = (row.cells.get("induk") or "").strip()
        if forced is not None:  # a form whose rows name their parent (importing/forms.py)
            above = forced.get(row.r)
            row.parent_row = None if above is None else at.get(above)
        elif ref:
            target = by_code.get(ref, by_id.get(ref))
            if target is None and _EXCEL_MADE.fullmatch(ref):  # (a kode in text, its induk changed)
                problems.append(_p(row.places["induk"], ref, _EXCEL_WHY, _EXCEL_WHY_EN))
            elif target is None:
                problems.append(
                    _p(
                        row.places["induk"],
                        ref,
                        "induk tidak ada (tidak ada baris dengan kode atau id itu)",
                        "no such parent (no row has that kode or id)",
                    )
                )
            elif target == i:
                problems.append(
                    _p(
                        row.places["induk"],
                        ref,
                        "baris menjadi induknya sendiri",
                        "a row is its own parent",
                    )
                )
            else:
                row.parent_row = target
        elif row.sibling_of is not None:
            row.parent_row = rows[row.sibling_of].parent_row
        else:  # the nearest row above of a level that may hold this one (linear: last of each)
            row.parent_row = max(
                (last_of[k] for k in MAY_HOLD[row.kind] if k in last_of), default=None
            )
        last_of[row.kind] = i
    # cycles (each row is walked once: linear even for a long chain of induk)
    state = [0] * len(rows)  # 0 not seen, 1 on the current path, 2 known to reach a root
    for i in range(len(rows)):
        chain: list[int] = []
        k: int | None = i
        while k is not None and state[k] == 0:
            state[k] = 1
            chain.append(k)
            k = rows[k].parent_row
        if k is not None and state[k] == 1:
            row = rows[k]
            problems.append(
                _p(
                    row.places.get("induk", row.places["level"]),
                    row.cells.get("induk"),
                    "induk membentuk lingkaran",
                    "the parents form a cycle",
                )
            )
        for k2 in chain:
            state[k2] = 2
    if problems:
        return None
    # order and ids (a missing id is derived from the position, as in the JSON document)
    counts: Counter[int | None] = Counter()
    children: dict[int | None, list[int]] = {}
    for i, row in enumerate(rows):
        row.order = counts[row.parent_row]
        counts[row.parent_row] += 1
        children.setdefault(row.parent_row, []).append(i)
    stack: list[tuple[int | None, str]] = [(None, "")]
    while stack:
        parent, path = stack.pop()
        for k, i in enumerate(children.get(parent, [])):
            child_path = f"{path}.{k}" if path else str(k)
            row = rows[i]
            row.id = (row.cells.get("id") or "").strip() or derived_id(meta.id, child_path)
            stack.append((i, child_path))
    # each node made from its record by the model's own reader, which checks it: the store then
    # writes these records as they are, with nothing to make or check again (Built.records)
    nodes: list[Node] = []
    for i, row in enumerate(rows):
        if progress is not None and i % STEP == 0:
            progress("build", i, len(rows))
        record = _record(row, rows, years)
        if row.kept is not None and (apart := keep_fields(record, row.kept)) is not None:
            problems.append(_items_apart(row.places[KEPT_COLUMN], *apart))
            continue
        try:
            nodes.append(Node.from_record(record))
        except ModelError as exc:
            problems.append(_p(row.places["level"], None, exc.text("id"), exc.text("en")))
        records[row.id] = record
    if problems:
        return None
    try:
        return Report(meta, nodes)
    except ModelError as exc:
        problems.append(
            _p(
                data.place(0) if data.sheet is None else str(data.sheet),
                None,
                exc.text("id"),
                exc.text("en"),
            )
        )
        return None


def _items_apart(place: str, at: str, fields: int, items: int) -> Problem:
    """A :data:`~lkj_tui.importing.kept.KEPT_COLUMN` cell whose list of items' fields is not as
    long as the row's items (one deleted or added in the sheet): which fields are whose unsaid."""
    name = "tercetak" if at == "measure.printed" else at
    return _p(
        place,
        None,
        f"{KEPT_COLUMN}: '{at}' memuat {fields} isian untuk {items} {name} baris ini, jadi tidak "
        f"jelas milik yang mana: samakan jumlahnya (satu objek per {name}, {{}} bila tanpa isian)",
        f"{KEPT_COLUMN}: '{at}' holds {fields} entries for this row's {items} {name}, so whose "
        f"each is cannot be told: make them as many (one object per {name}, {{}} when it has none)",
    )


def _year_columns(keys: Iterable[str]) -> _Years:
    """The sheet's year columns (of its header's ``keys``), found once: what :func:`_record`
    writes of each row as ``targets`` and ``realisasi_history``."""
    by_year: dict[str, list[tuple[int, str]]] = {"target": [], "realisasi": []}
    for key in keys:
        year = _column(key)[2]
        if year is not None:
            by_year[year[0]].append((year[1], key))
    targets, history = ([(key, str(y)) for y, key in sorted(by_year[w])] for w in by_year)
    return targets, history


def _one_line(text: str | None) -> str:
    """A one-line text of a cell (a name, a kode, a satuan, a table) as ``set`` saves it, its
    whitespace folded: an Alt+Enter line break or a trailing space typed in Excel is no part of
    the name (imp65: "Nilai LPPD " and "Meningkatnya\nkualitas" were stored so)."""
    return " ".join(text.split()) if text else ""


def _stripped(cells: dict[str, str]) -> dict[str, str]:
    """The row's cells with the whitespace around each off, as ``set`` saves a value (imp65:
    "3,22 " was stored with its space), the one-line texts folded (:func:`_one_line`)."""
    out = {key: text for key, value in cells.items() if (text := value.strip())}
    for key in _ONE_LINE.intersection(out):
        out[key] = _one_line(out[key])
    return out


def _record(row: _Row, rows: list[_Row], years: _Years) -> dict[str, Any]:
    """The node of one row in its record form, exactly as the store writes it: ``Node.to_record``'s
    fields in its order, each that holds its default left out (``model.stored_record``: the store
    writes it as it is, tests/test_import.py compares); ``years``: :func:`_year_columns`."""
    cells = _stripped(row.cells)
    get = cells.get
    info = {key: cells[key] for key in _INFO_COLUMNS if key in cells}
    if "info_lain" in cells:
        for pair in split_pairs(cells["info_lain"], ":") or []:
            info[pair[0]] = pair[1]
    measure = None
    if row.kind in MEASURED_KINDS:
        measure = _measure(cells, years)
        cara = get("cara_hitung")
        if cara:
            named = parse_cara_hitung(cara)
            if named is not None:
                measure["cara_hitung"] = named
            else:  # non-kumulatif: no cara hitung of its own, kept as the file says it
                info["tipe_perhitungan"] = cara
        target_triwulan = [get(key) for key in _TARGET_TRIWULAN]
        if target_triwulan.count(None) < 4:
            measure["target_triwulan"] = target_triwulan
    record: dict[str, Any] = {"id": row.id, "kind": row.kind, "name": get("uraian") or ""}
    if row.parent_row is not None:
        record["parent"] = rows[row.parent_row].id
    if row.order:
        record["order"] = row.order
    if code := get("kode"):
        record["code"] = code
    if source := get("tabel"):
        record["source"] = source
    if info:
        record["info"] = info
    if measure is not None:
        record["measure"] = measure
    if permasalahan := _items(row.id, "permasalahan", get("permasalahan")):
        record["permasalahan"] = permasalahan
    if solusi := _items(row.id, "solusi", get("solusi")):
        record["solusi"] = solusi
    if "anggaran" in cells:
        record["anggaran"] = cells["anggaran"]
    if "realisasi_anggaran" in cells:
        record["realisasi_anggaran"] = cells["realisasi_anggaran"]
    return record


def _measure(cells: dict[str, str], years: _Years) -> dict[str, Any]:
    """The measure of a row's record (:func:`_record`) up to its ``printed``, each field that
    holds its default left out."""
    get = cells.get
    printed = []
    if "tercetak" in cells:  # 3 parts each (_printed_ok)
        pairs = split_pairs(cells["tercetak"], "|") or []
        printed = [{"table": p[0], "field": p[1], "value": p[2]} for p in pairs]
    if "capaian_tercetak" in cells:
        printed.insert(
            0, {"table": IMPORT_TABLE, "field": "capaian", "value": cells["capaian_tercetak"]}
        )
    target = get("target")
    if "target_text" in cells:  # (one that says what target says is gone: _target_texts)
        if target is None:
            target = cells["target_text"]
        else:
            printed.append(
                {"table": IMPORT_TABLE, "field": "target", "value": cells["target_text"]}
            )
    measure: dict[str, Any] = {}
    if (satuan := get("satuan")) is not None:
        measure["satuan"] = satuan
    if (pol := get("polaritas")) and (polaritas := parse_polaritas(pol)) != "positif":
        measure["polaritas"] = polaritas
    if target is not None:
        measure["target"] = target
    if (realisasi := get("realisasi")) is not None:
        measure["realisasi"] = realisasi
    if targets := {year: cells[key] for key, year in years[0] if key in cells}:
        measure["targets"] = targets
    if history := {year: cells[key] for key, year in years[1] if key in cells}:
        measure["realisasi_history"] = history
    triwulan = [get("tw1"), get("tw2"), get("tw3"), get("tw4")]
    if triwulan.count(None) < 4:
        measure["triwulan"] = triwulan
    if (akhir := get("target_akhir")) is not None:
        measure["target_akhir"] = akhir
    if printed:
        measure["printed"] = printed
    return measure


def _items(node_id: str, key: str, text: str | None) -> list[dict[str, str]]:
    """A node's permasalahan or solusi: each line of the cell with its derived id."""
    if text is None:
        return []
    return [
        {"id": derived_id(node_id, key, i), "text": item}
        for i, item in enumerate(split_items(text))
    ]
