"""The fields of a JSON report document this lkj-tui does not know, said by the import.

The model keeps such a field beside the known ones and writes it back unchanged (a newer
lkj-tui's field survives an older one; docs/report-format.md, *Unknown fields are kept*). The
import says which it keeps, one warning per field name and kind of record (a field on every
node is one line, with how many more), and refuses one longer than an account
(:data:`~lkj_tui.core.limits.TEXT_LIMIT`, its key and its value as JSON text), at its path,
where a megabyte ``catatan_lain`` was stored without a word (vals46). A key beside the
document's ``schema``, ``report`` and ``nodes`` has no record to be kept in: refused at its
name, never dropped. Nothing is looked at on a record without unknown fields but the
model's own empty mapping.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from lkj_tui.core.limits import LINE_LIMIT, TEXT_LIMIT
from lkj_tui.core.model import Item, Measure, Node, Printed, Report
from lkj_tui.core.numbers import grouped, show_raw
from lkj_tui.importing.grid import Problem

#: The keys of a report document (docs/report-format.md).
DOCUMENT_KEYS = frozenset({"schema", "report", "nodes"})

#: The ``Data`` sheet's column of a row's fields this lkj-tui does not know (vals48): the
#: node's, its measure's (under ``measure``) and its items' (``measure.printed``,
#: ``permasalahan``, ``solusi``: a list, one object per item), as one JSON object in the shape
#: of the node's record. The xlsx and CSV export write it, the import keeps what it holds.
KEPT_COLUMN = "kolom_lain"


def _known(cls: type) -> frozenset[str]:
    import dataclasses

    return frozenset(f.name for f in dataclasses.fields(cls)) - {"extra"}


#: The fields of each record this lkj-tui knows: a cell of :data:`KEPT_COLUMN` may not name
#: them (they have columns of their own), but for the records it holds.
_OWN = {
    "node": _known(Node) | {"children"},
    "measure": _known(Measure),
    "printed": _known(Printed),
    "item": _known(Item),
}
_ITEMS = ("permasalahan", "solusi")


def kept_cell(node: Node) -> str | None:
    """The :data:`KEPT_COLUMN` cell of ``node``: its unknown fields and those of the records it
    holds, as JSON; None when it has none."""
    out: dict[str, Any] = dict(node.extra)
    m = node.measure
    if m is not None:
        measure = dict(m.extra)
        if any(p.extra for p in m.printed):
            measure["printed"] = [dict(p.extra) for p in m.printed]
        if measure:
            out["measure"] = measure
    for key in _ITEMS:
        items = getattr(node, key)
        if any(i.extra for i in items):
            out[key] = [dict(i.extra) for i in items]
    return json.dumps(out, ensure_ascii=False) if out else None


def read_kept(text: str, measured: bool, place: str) -> tuple[dict[str, Any] | None, list[Problem]]:
    """The fields of a :data:`KEPT_COLUMN` cell, or the problems that refuse it: not a JSON
    object of :func:`kept_cell`'s shape, a field this lkj-tui knows (it has a column of its
    own), a measure's on a row without one, or one too long to keep (vals46's limits)."""
    why = ("bukan objek JSON", "not a JSON object")
    try:
        value = strict_json(text)
    except NotStorable as exc:
        value, why = None, exc.why
    except (ValueError, RecursionError):
        value = None
    if not isinstance(value, dict):
        return None, [_kept_problem(place, text, *why)]
    records, bad = _kept_records(value)
    if bad is not None:
        kind = ("objek", "an object") if bad == "measure" else ("daftar objek", "a list of objects")
        return None, [
            _kept_problem(place, text, f"'{bad}' harus {kind[0]}", f"'{bad}' must be {kind[1]}")
        ]
    if "measure" in value and not measured:
        why = ("'measure' hanya untuk baris indikator", "'measure' is only for an indicator row")
        return None, [_kept_problem(place, text, *why)]
    problems = []
    for at, record, own in records:
        for key, field in record.items():
            if (at, key) in _HOLDERS:
                continue
            if key in own:
                name = _shown(at + key)
                problems.append(
                    _kept_problem(
                        place,
                        text,
                        f"'{name}' dikenal lkj-tui ini: tulis di kolomnya sendiri",
                        f"'{name}' is known to this lkj-tui: write it in its own column",
                    )
                )
            else:
                problems += not_keepable(key, field, place, place)
    return (None if problems else value), problems


#: The keys of a :data:`KEPT_COLUMN` object that hold records (at their path).
_HOLDERS = frozenset(
    {("", "measure"), ("", "permasalahan"), ("", "solusi"), ("measure.", "printed")}
)


def _kept_records(
    value: dict[str, Any],
) -> tuple[list[tuple[str, dict[str, Any], frozenset[str]]], str | None]:
    """(path, record, its own fields) of each record a :data:`KEPT_COLUMN` object holds, and
    the path of one not of its shape (None: all are)."""
    out = [("", value, _OWN["node"])]
    lists = [(key, value[key], _OWN["item"]) for key in _ITEMS if key in value]
    if "measure" in value:
        m = value["measure"]
        if not isinstance(m, dict):
            return out, "measure"
        out.append(("measure.", m, _OWN["measure"]))
        if "printed" in m:
            lists.append(("measure.printed", m["printed"], _OWN["printed"]))
    for at, items, own in lists:
        if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
            return out, at
        out += [(f"{at}[{i}].", item, own) for i, item in enumerate(items)]
    return out, None


def keep_fields(record: dict[str, Any], kept: Mapping[str, Any]) -> tuple[str, int, int] | None:
    """Add the fields :func:`read_kept` read to a node's ``record`` (``Node.from_record`` keeps
    them as its unknown fields; ``record`` as the store writes it, a list without items left
    out); a list of items' fields whose length is not its items' (a permasalahan deleted in the
    sheet): (its path, its length, the items'), and nothing added."""
    pairs: list[tuple[list[dict[str, Any]], list[Mapping[str, Any]], str]] = []
    m = kept.get("measure")
    if m is not None and "printed" in m:
        pairs.append((record["measure"].get("printed", []), m["printed"], "measure.printed"))
    pairs += [(record.get(key, []), kept[key], key) for key in _ITEMS if key in kept]
    for items, fields, at in pairs:
        if len(items) != len(fields):
            return at, len(fields), len(items)
    for items, fields, _at in pairs:
        for item, extra in zip(items, fields, strict=True):
            item.update(extra)
    record.update((k, v) for k, v in kept.items() if k not in ("measure", *_ITEMS))
    if m is not None:
        record["measure"].update((k, v) for k, v in m.items() if k != "printed")
    return None


class NotStorable(ValueError):
    """JSON a report cannot hold (:func:`strict_json`): ``why``, in id and en."""

    def __init__(self, why: str, why_en: str) -> None:
        super().__init__(why_en)
        self.why = (why, why_en)


def unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """An object's pairs as a dict, or :class:`NotStorable` naming a key given twice."""
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            name = _shown(key)
            raise NotStorable(
                f"kunci '{name}' muncul dua kali dalam satu objek (JSON hanya memakai nilai "
                "yang terakhir): hapus salah satu",
                f"the key '{name}' appears twice in one object (JSON uses only the last value): "
                "delete one of them",
            )
        out[key] = value
    return out


def _finite(text: str) -> float:
    number = float(text)
    if not math.isfinite(number):  # (1e400)
        raise NotStorable(
            f"angka {text[:40]} terlalu besar", f"the number {text[:40]} is too large"
        )
    return number


def _no_constant(name: str) -> Any:
    raise NotStorable(f"{name} bukan angka JSON", f"{name} is not a JSON number")


def strict_json(text: str | bytes) -> Any:
    """``text`` read as JSON a report can hold, or :class:`NotStorable` (a key given twice in
    an object, of which JSON keeps the last; NaN, Infinity, a number too large, which the store
    refuses to write: the import said nothing, then failed to save, vals48), or ``ValueError``."""
    return json.loads(
        text, object_pairs_hook=unique_keys, parse_constant=_no_constant, parse_float=_finite
    )


def kept_column(place: str, kept: Iterable[Mapping[str, Any] | None]) -> list[Problem]:
    """The warning that the :data:`KEPT_COLUMN` at ``place`` holds fields this lkj-tui keeps
    without using them, naming them (of each row's ``kept``: :func:`read_kept`) and how many
    rows have any; none when no row has."""
    names: dict[str, None] = {}
    rows = 0
    for fields in kept:
        if not fields:
            continue
        rows += 1
        for at, record, _own in _kept_records(dict(fields))[0]:
            shown = re.sub(r"\[\d+\]", "[]", at)
            names.update((shown + k, None) for k in record if (at, k) not in _HOLDERS)
    if not names:
        return []
    listed = {lang: named_keys(list(names), lang) for lang in ("id", "en")}
    return [
        Problem(
            place,
            KEPT_COLUMN,
            f"kolom yang tidak dikenal lkj-tui ini, dipertahankan apa adanya tanpa dipakai: "
            f"{listed['id']} (di {grouped(rows, 'id')} baris)",
            f"fields this lkj-tui does not know, kept as they are, not used: {listed['en']} "
            f"(on {grouped(rows, 'en')} rows)",
        )
    ]


def named_keys(names: list[str], lang: str, shown: int = 3) -> str:
    """The first ``shown`` of ``names`` (each as :func:`_shown` shows a field's name), then how
    many more: "bobot, aktif, kode_lain dan 9 lainnya"."""
    head = ", ".join(_shown(name) for name in names[:shown])
    more = len(names) - shown
    if more <= 0:
        return head
    return (
        f"{head} dan {grouped(more, 'id')} lainnya"
        if lang == "id"
        else f"{head} and {grouped(more, 'en')} more"
    )


def _kept_problem(place: str, text: str, why: str, why_en: str) -> Problem:
    return Problem(
        place,
        text,
        f"{KEPT_COLUMN}: {why} (kolom yang tidak dikenal lkj-tui ini, seperti yang ditulis "
        'ekspor, mis. {"bobot": 5})',
        f"{KEPT_COLUMN}: {why_en} (the fields this lkj-tui does not know, as the export writes "
        'them, e.g. {"bobot": 5})',
    )


def kept_fields(report: Report, doc: Mapping[str, Any]) -> tuple[list[Problem], list[Problem]]:
    """The problems (a key beside the document's own, an unknown field too long to keep) and
    the warnings (the unknown fields kept: one per kind of record, at the first record of that
    kind holding any, naming them, in the document's order) of the document ``doc`` read as
    ``report``."""
    problems = [_not_in_report(key) for key in doc if key not in DOCUMENT_KEYS]
    first: dict[str, tuple[str, dict[str, None], list[int]]] = {}  # kind → place, keys, [more]
    for kind, at, code, extra in _extras(report):
        keys: dict[str, None] = {}
        for key, value in extra.items():
            place = f"{at}.{_shown(key)}{code}"
            if too_long := not_keepable(key, value, place, place):
                problems += too_long
            else:
                keys[key] = None
        if not keys:
            continue
        if kind in first:
            first[kind][1].update(keys)
            first[kind][2][0] += 1
        else:
            first[kind] = (f"{at}{code}", keys, [0])
    return problems, [_kept(place, list(keys), more) for place, keys, (more,) in first.values()]


def not_keepable(key: str, value: Any, at_name: str, at_value: str) -> list[Problem]:
    """An unknown field whose name is longer than a line (said at ``at_name``) or whose value,
    as its JSON text unless a text, longer than an account (at ``at_value``): too long to keep;
    or whose value holds NaN or an infinity, which the store cannot write (vals48)."""
    problems = []
    if len(key) > LINE_LIMIT:
        problems.append(_too_long(at_name, key, LINE_LIMIT, "name"))
    try:
        text = value if isinstance(value, str) else _json_text(value)
    except ValueError:  # (allow_nan=False)
        return [*problems, _not_finite(at_value)]
    if text is None or len(text) > TEXT_LIMIT:
        problems.append(_too_long(at_value, text, TEXT_LIMIT, "value"))
    return problems


def kept_keys(places: list[str], keys: list[str]) -> Problem:
    """The keys of the ``Laporan`` sheet (at ``places``, in the sheet's order) that are no field
    of this lkj-tui's, kept as the report's unknown fields (the xlsx export writes those so:
    vals47), or typos: one warning naming them (each key had one of three lines: vals48)."""
    place = places[0] if len(places) == 1 else f"{places[0]}:{places[-1].partition('!')[2]}"
    return Problem(
        place,
        None,
        "kunci yang tidak dikenal lkj-tui ini, dipertahankan apa adanya tanpa dipakai: "
        f"{named_keys(keys, 'id')}; bila salah ketik, pakai kunci dari lembar Petunjuk",
        f"keys this lkj-tui does not know, kept as they are, not used: {named_keys(keys, 'en')}; if "
        "one is a typo, use a key from the Petunjuk sheet",
    )


def _shown(key: str) -> str:
    """A field's name in its path: its first 40 characters, an invisible or control character
    escaped ("x\\u200b": a name is the file's, any text)."""
    return show_raw(key[:40], 40)[1:-1] + ("…" if len(key) > 40 else "")


def _extras(report: Report) -> Iterator[tuple[str, str, str, Mapping[str, Any]]]:
    """(kind of record, its path in the document, its node's kode to find it by, its unknown
    fields) of every record with any."""
    meta = report.meta
    if meta.extra:
        yield "report", "report", "", meta.extra
    for i, strategi in enumerate(meta.strategi):
        if strategi.extra:
            yield "strategi", f"report.strategi[{i}]", "", strategi.extra
    for i, line in enumerate(meta.anggaran):
        if line.extra:
            yield "anggaran", f"report.anggaran[{i}]", "", line.extra
    for node in report.by_id().values():  # (in the document's order)
        m = node.measure
        if not (
            node.extra
            or node.permasalahan  # (then its items are looked at: few nodes have any)
            or node.solusi
            or (m is not None and (m.extra or m.printed))
        ):
            continue
        found = [(kind, at, record.extra) for kind, at, record in _records(node) if record.extra]
        if found:
            path = _path(report, node)
            code = f" ({node.code})" if 0 < len(node.code) <= 40 else ""
            for kind, at, extra in found:
                yield kind, path + at, code, extra


def _records(node: Node) -> Iterator[tuple[str, str, Any]]:
    """(kind, path under the node, record) of a node and the records it holds."""
    yield "node", "", node
    if node.measure is not None:
        yield "measure", ".measure", node.measure
        for i, p in enumerate(node.measure.printed):
            yield "printed", f".measure.printed[{i}]", p
    for key in ("permasalahan", "solusi"):
        for i, x in enumerate(getattr(node, key)):
            yield key, f".{key}[{i}]", x


def _path(report: Report, node: Node) -> str:
    """A node's path in the document ("nodes[0].children[2]")."""
    lineage = (*reversed(report.ancestors(node.id)), node)
    return "nodes" + ".children".join(f"[{n.order}]" for n in lineage)


def _json_text(value: Any) -> str | None:
    """A value as JSON text, as it is measured and quoted; None when nested deeper than the
    encoder goes (then too long to keep); ValueError when it holds NaN or an infinity."""
    try:
        return json.dumps(value, ensure_ascii=False, allow_nan=False)
    except RecursionError:
        return None


def _kept(place: str, keys: list[str], more: int) -> Problem:
    also = f" (juga di {grouped(more, 'id')} tempat lain)" if more else ""
    also_en = f" (and at {grouped(more, 'en')} more places)" if more else ""
    return Problem(
        place,
        None,
        f"kolom yang tidak dikenal lkj-tui ini{also}, dipertahankan apa adanya tanpa dipakai "
        f"(mis. dari lkj-tui yang lebih baru): {named_keys(keys, 'id')}",
        f"fields this lkj-tui does not know{also_en}, kept as they are, not used (e.g. from a "
        f"newer lkj-tui): {named_keys(keys, 'en')}",
    )


def _too_long(place: str, text: str | None, limit: int, what: str) -> Problem:
    """An unknown field whose name (``what``: "name") or value ("value") is longer than
    ``limit``, quoted as measured (None: nested too deep to measure)."""
    name, name_en = ("namanya", "its name") if what == "name" else ("isinya", "its value")
    size = {lang: "?" if text is None else grouped(len(text), lang) for lang in ("id", "en")}
    return Problem(
        place,
        text,
        f"kolom yang tidak dikenal lkj-tui ini: {name} terlalu panjang untuk dipertahankan "
        f"({size['id']} karakter, paling banyak {grouped(limit, 'id')}): hapus kolomnya atau "
        f"ringkas {name}",
        f"a field this lkj-tui does not know: {name_en} is too long to keep ({size['en']} "
        f"characters, at most {grouped(limit, 'en')}): delete the field or shorten {name_en}",
    )


def _not_finite(place: str) -> Problem:
    return Problem(
        place,
        None,
        "kolom yang tidak dikenal lkj-tui ini: isinya memuat NaN atau Infinity (atau angka "
        "sebesar 1e400), yang tidak dapat disimpan: tulis sebagai teks atau hapus kolomnya",
        "a field this lkj-tui does not know: its value holds NaN or Infinity (or a number as "
        "large as 1e400), which cannot be stored: write it as a text or delete the field",
    )


def _not_in_report(key: str) -> Problem:
    return Problem(
        _shown(key),
        None,
        "bukan bagian dokumen laporan (schema, report, nodes), jadi tidak dapat disimpan: "
        "pindahkan ke dalam report agar disimpan, atau hapus",
        "not part of a report document (schema, report, nodes), so it cannot be kept: move it "
        "into report to keep it, or delete it",
    )
