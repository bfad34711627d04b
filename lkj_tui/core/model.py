"""The report model: a report and its flat list of nodes (Tujuan → Sasaran → Indikator → Kegiatan…).

Plain dataclasses, no I/O. Every node keeps the text exactly as the report printed it; numbers are
computed from that text by :mod:`lkj_tui.core.engine` when they are needed, never stored.

Two serial forms:
- the *document* form (``Report.from_document`` / ``to_document``): nested, human-editable, used by
  the bundled report in ``store/`` and by imports;
- the *record* form (``Node.to_record`` / ``Node.from_record``): one flat dict per node, used by the
  TinyDB store.
``from_*`` functions validate types and raise :class:`ModelError` naming the field and the problem.
"""

from __future__ import annotations

import sys
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import field, replace
from dataclasses import field as _field  # (Printed has a field named 'field')
from functools import partial
from itertools import repeat
from operator import attrgetter, itemgetter
from typing import Any, Literal, cast

from lkj_tui.core.record import FACTORY, record

SCHEMA_VERSION = 1

NodeKind = Literal[
    "tujuan",
    "sasaran",
    "iku",
    "lainnya",
    "program",
    "kegiatan",
    "subkegiatan",
    "indikator_kegiatan",
]
#: The values of ``NodeKind``, in order (``typing.get_args(NodeKind)``, which a test checks).
NODE_KINDS: tuple[str, ...] = (
    "tujuan",
    "sasaran",
    "iku",
    "lainnya",
    "program",
    "kegiatan",
    "subkegiatan",
    "indikator_kegiatan",
)
#: Each kind's text, as the one string object every node of that kind holds.
_KINDS: dict[object, NodeKind] = {kind: cast(NodeKind, kind) for kind in NODE_KINDS}
#: Kinds that carry a measure (target, realisasi…).
MEASURED_KINDS = frozenset({"iku", "lainnya", "indikator_kegiatan"})
#: The ``level`` used by ``status --json`` and the export.
LEVEL_OF_KIND = {"iku": "iku", "lainnya": "lainnya", "indikator_kegiatan": "kegiatan"}
#: Where a node of each kind may sit: the kinds of parent allowed (None: at the top). The LKj's
#: hierarchy is Tujuan → Sasaran → Indikator → Program → Kegiatan → Sub Kegiatan: the bundled report
#: hangs programs (or, directly, the kegiatan that supports it) under an IKU; others put programs
#: under the sasaran. A kegiatan belongs to a program or supports an indicator, never a sasaran
#: without either. A tujuan has indicators of its own (the Renstra's "indikator tujuan", Tabel 2.1's
#: third column; DOMAIN.md's cascading form makes one): an IKU or indikator lainnya under a tujuan
#: (the import's outline, ``importing/rows.MAY_HOLD``, says the same). Checked when a
#: node is added or moved (``core/edits.py``), not on read: an imported report keeps the shape it
#: came with.
PARENT_KINDS: dict[str, tuple[str | None, ...]] = {
    "tujuan": (None,),
    "sasaran": ("tujuan",),
    "iku": ("sasaran", "tujuan"),  # under a tujuan: an indikator tujuan
    "lainnya": ("sasaran", "tujuan"),
    "program": ("sasaran", "iku", "lainnya"),
    "kegiatan": ("program", "iku", "lainnya"),
    "subkegiatan": ("kegiatan",),
    "indikator_kegiatan": ("program", "kegiatan", "subkegiatan"),
}


def child_kinds(parent_kind: str | None) -> tuple[str, ...]:
    """The kinds allowed directly under a node of ``parent_kind`` (None: at the top), in order."""
    return tuple(k for k in NODE_KINDS if parent_kind in PARENT_KINDS[k])


Polarity = Literal["positif", "negatif", "stabil"]
#: The ``info`` key rollover writes: ``<report id>/<node id>`` of the node a node was made from
#: (:mod:`lkj_tui.core.years` matches by it; here so that the detail pane leaves it out of a
#: node's info without importing the years' module before the first frame).
LINK_KEY = "pendahulu"
#: The values of ``Polarity``: higher is better, lower is better, inside a band is best.
POLARITIES: tuple[str, ...] = ("positif", "negatif", "stabil")
#: How the year's realisasi follows from the triwulan: sum (a count), the latest filled quarter (a
#: condition), or the mean of the filled ones (a rate). ``None``: the report does not say.
CaraHitung = Literal["kumulatif", "nilai_akhir", "rata_rata"]
_POLARITIES: dict[object, Polarity] = {p: cast(Polarity, p) for p in POLARITIES}
CARA_HITUNG: tuple[str, ...] = ("kumulatif", "nilai_akhir", "rata_rata")
Quarters = tuple[str | None, str | None, str | None, str | None]
NO_QUARTERS: Quarters = (None, None, None, None)

_ID_NAMESPACE = uuid.UUID("6f1c5a52-35a4-4f0b-9d8e-8a2b1b0c7e11")
_ID_NAMESPACE_BYTES = _ID_NAMESPACE.bytes
#: The deepest a report's tree may be, in levels (a real LKj has 7: tujuan → sasaran → IKU →
#: program → kegiatan → sub kegiatan → indikator). A deeper file is refused when read: the tree, the
#: TUI and every walk stay far from Python's recursion limit and linear in time.
MAX_DEPTH = 64


class ModelError(ValueError):
    """A document or record does not have the shape the model needs: ``code`` names the problem,
    ``values`` fill its words and ``where`` is its place ("simpul 0.1 ab12", "meta.report"). The
    words, in either language, are ``core.i18n``'s (:meth:`text`); ``str()`` is the Indonesian.
    ``ModelError("a sentence")`` says that sentence in both."""

    def __init__(self, code: str, where: str = "", **values: object) -> None:
        super().__init__(code)
        self.code, self.where, self.values = code, where, values

    def text(self, lang: str = "id") -> str:
        """The place and the problem in ``lang``."""
        from lkj_tui.core.i18n import model_problem  # (only when a file is refused)

        return model_problem(self.code, self.where, self.values, lang)

    def __str__(self) -> str:
        return self.text("id")


def new_id() -> str:
    """A random id that never collides across processes."""
    return uuid.uuid4().hex


def derived_id(*parts: object) -> str:
    """A stable id derived from a path (same input, same id, on every machine): the hex of
    ``uuid.uuid5(_ID_NAMESPACE, "/".join(parts))``, made from its SHA-1 directly (RFC 4122: the
    version and variant bits set in bytes 6 and 8), without building a ``UUID``: 1.6 µs a call
    instead of 2.7, and an import of 100,000 rows makes 147,000 (docs/performance.md, "Devices");
    tests/test_model.py compares with uuid5."""
    import hashlib  # (here, as in uuid5: a command that derives no id never loads it)

    digest = hashlib.sha1(
        _ID_NAMESPACE_BYTES + "/".join(map(str, parts)).encode(), usedforsecurity=False
    ).digest()
    head = bytearray(digest[:16])
    head[6] = (head[6] & 0x0F) | 0x50  # version 5
    head[8] = (head[8] & 0x3F) | 0x80  # the RFC 4122 variant
    return head.hex()


# --------------------------------------------------------------------------- validation helpers


class _Empty(dict[Any, Any]):
    """The empty mapping that every record read without unknown fields, info or years shares (on
    the 100k-measure report ≈ 600,000 empty dicts, 37 MB; docs/performance.md). It cannot change."""

    def _refuse(self, *args: Any, **kwargs: Any) -> Any:
        raise TypeError("the shared empty mapping of the model cannot be changed")

    __setitem__ = __delitem__ = __ior__ = clear = pop = popitem = setdefault = update = _refuse


EMPTY: dict[Any, Any] = _Empty()


def _extra(d: Mapping[str, Any], known: frozenset[str]) -> dict[str, Any]:
    """The fields of ``d`` this version does not know. They are kept and written back unchanged
    (a newer lkj-tui's field survives a save by an older one; docs/report-format.md)."""
    if known.issuperset(d):
        return EMPTY
    return {k: v for k, v in d.items() if k not in known}


def _text_map(d: dict[str, str]) -> dict[str, str]:
    """A copy of ``d`` with its keys as one string object each (an ``info`` has a handful of keys,
    the same on every node), or the shared :data:`EMPTY`."""
    if not d:
        return EMPTY
    try:
        return dict(zip(map(sys.intern, d), d.values(), strict=True))
    except TypeError:  # (a key that is not text: from code, never from a file)
        return dict(d)


#: How a plain field of a record is read: its default when missing, the types it may have, and the
#: words of its refusal ("'key' harus …").
_FIELD_KINDS: dict[str, tuple[Any, type | tuple[type, ...], str]] = {
    "text": ("", str, "teks"),
    "required": (None, str, "teks"),  # missing or null: "'key' wajib diisi"
    "optional": (None, (str, type(None)), "teks atau null"),
    "int": (0, int, "bilangan bulat"),  # (a boolean is not one)
    "required int": (None, int, "bilangan bulat"),
}


class _Fields:
    """The plain fields of one record form, ``(key, kind)`` of :data:`_FIELD_KINDS`, read and checked
    together: one ``isinstance`` pass in C over all of them (a 100k-measure report has ≈ 1.5 million),
    and the refusal of the first bad one, in field order, only when one is bad.

    The values are taken with one ``itemgetter`` when every key is there (what ``to_record`` writes:
    less than half the instructions of a ``d.get`` each), else one by one with their defaults."""

    __slots__ = ("defaults", "every", "ints", "keys", "spec", "types")

    def __init__(self, *spec: tuple[str, str]) -> None:
        self.spec = spec
        self.keys = tuple(key for key, _ in spec)
        self.defaults = tuple(_FIELD_KINDS[kind][0] for _, kind in spec)
        self.types = tuple(_FIELD_KINDS[kind][1] for _, kind in spec)
        self.ints = tuple(i for i, (_, kind) in enumerate(spec) if kind.endswith("int"))
        self.every = itemgetter(*self.keys)
        assert len(spec) > 1  # (itemgetter of one key: not a tuple)

    def read(self, d: Mapping[str, Any], where: str) -> Sequence[Any]:
        values: Sequence[Any]
        if d.__class__ is dict:  # (a subclass may have __missing__)
            try:
                values = self.every(d)
            except KeyError:
                values = tuple(map(d.get, self.keys, self.defaults))
        else:
            values = tuple(map(d.get, self.keys, self.defaults))
        if all(map(isinstance, values, self.types)):
            for i in self.ints:
                if values[i].__class__ is bool:
                    break
            else:
                return values
        for (key, kind), value in zip(self.spec, values, strict=True):
            _default, types, what = _FIELD_KINDS[kind]
            if value is None and kind == "required":
                raise ModelError("required", where, key=key)
            if not isinstance(value, types) or (kind.endswith("int") and isinstance(value, bool)):
                raise ModelError("type", where, key=key, what=what, got=type(value).__name__)
        raise AssertionError("unreachable")  # pragma: no cover


def _str_list(d: Mapping[str, Any], key: str, where: str) -> list[str]:
    value = d.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ModelError("text list", where, key=key)
    return list(value)


def _year_map(value: Any, key: str, where: str) -> dict[int, str]:
    """A measure's ``key`` (``value``: a non-empty dict, else refused) by year."""
    if not isinstance(value, dict):
        raise ModelError("year map", where, key=key)
    out: dict[int, str] = {}
    for year, text in value.items():
        if not (
            isinstance(year, (str, int)) and (shown := str(year)).isdigit() and len(shown) == 4
        ):
            raise ModelError("bad year", where, key=key, year=repr(year))
        if not isinstance(text, str):
            raise ModelError("year text", where, key=key, year=year)
        out[_YEARS.get(year) or int(year)] = text  # (one int object per year)
    return out


def _quarters(value: Any, key: str, where: str) -> Quarters:
    """A measure's ``key`` (``value``: not four nulls) as four texts or nulls, else refused."""
    if not (
        isinstance(value, list)
        and len(value) == 4
        and all(v is None or isinstance(v, str) for v in value)
    ):
        raise ModelError("quarters", where, key=key)
    return cast(Quarters, tuple(value))


_NO_QUARTERS_LIST = [None, None, None, None]
#: ``str``, again and again (``all(map(isinstance, values, _TEXT))``: every value text, in C).
_TEXT = repeat(str)
#: The years of a year map's keys, as one int object each (their text as keys).
_YEARS: dict[object, int] = {str(year): year for year in range(1900, 2200)}


# --------------------------------------------------------------------------- parts


#: Permasalahan or solusi of one item this long or shorter ("Tidak ada") are listed again under
#: each indicator that has them; longer ones (or several items) once (:func:`listed_once`).
SHORT_ITEMS = 60


def listed_once(texts: Sequence[str]) -> bool:
    """Whether the Markdown export lists these permasalahan or solusi once, the other indicators
    with the same texts (a cell merged over several IKU) referring to the first (vals19)."""
    return len(texts) > 1 or sum(map(len, texts)) > SHORT_ITEMS


@record(slots=True)
class Item:
    """One Permasalahan or Solusi entry."""

    id: str
    text: str
    extra: Mapping[str, Any] = field(default_factory=dict, hash=False)

    def __init__(self, id: str, text: str, extra: Mapping[str, Any] = FACTORY) -> None:
        this: Any = self  # (writable until frozen again: core/record.py)
        object.__setattr__(this, "__class__", this.thawed_class)
        this.id = id
        this.text = text
        this.extra = {} if extra is FACTORY else extra
        this.__class__ = Item

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "text": self.text, **self.extra}

    @classmethod
    def from_any(cls, raw: Any, where: str, fallback_id: str | Callable[[], str]) -> Item:
        """An item from its text or its ``{id, text}``; ``fallback_id`` (or a function making it,
        called only when the item has no id of its own) is the id of an item without one."""
        if isinstance(raw, str):
            return cls(fallback_id if isinstance(fallback_id, str) else fallback_id(), raw)
        if isinstance(raw, dict):
            item_id, text = _ITEM_FIELDS.read(raw, where)
            if "id" not in raw:
                item_id = fallback_id if isinstance(fallback_id, str) else fallback_id()
            return cls(item_id, text, extra=_extra(raw, _ITEM_KEYS))
        raise ModelError("item", where)


@record(slots=True)
class Printed:
    """A figure as printed in one table of the report, kept even when it contradicts another."""

    table: str
    field: (
        str  # "capaian", "capaian_renstra", "target", "realisasi", "target_akhir", "target:2025"…
    )
    value: str
    extra: Mapping[str, Any] = _field(default_factory=dict, hash=False)

    def __init__(
        self, table: str, field: str, value: str, extra: Mapping[str, Any] = FACTORY
    ) -> None:
        this: Any = self  # (writable until frozen again: core/record.py)
        object.__setattr__(this, "__class__", this.thawed_class)
        this.table = table
        this.field = field
        this.value = value
        this.extra = {} if extra is FACTORY else extra
        this.__class__ = Printed

    def to_dict(self) -> dict[str, Any]:
        return {"table": self.table, "field": self.field, "value": self.value, **self.extra}


@record(slots=True)
class Measure:
    """Target and realisasi of an indicator, all as printed text."""

    satuan: str | None = None
    polaritas: Polarity = "positif"
    target: str | None = None  # the report year's target (Perjanjian Kinerja) — drives capaian
    realisasi: str | None = None  # the report year's realisasi
    targets: Mapping[int, str] = field(default_factory=dict)  # Renstra targets per year
    realisasi_history: Mapping[int, str] = field(default_factory=dict)  # earlier years
    triwulan: tuple[str | None, str | None, str | None, str | None] = (None, None, None, None)
    target_akhir: str | None = None  # target akhir Renstra as printed beside the capaian
    printed: tuple[Printed, ...] = ()
    cara_hitung: CaraHitung | None = None  # how the triwulan make the year's realisasi
    target_triwulan: Quarters = NO_QUARTERS  # a target per quarter, where the report gives one
    extra: Mapping[str, Any] = field(default_factory=dict)  # fields kept, not known

    def __init__(
        self,
        satuan: str | None = None,
        polaritas: Polarity = "positif",
        target: str | None = None,
        realisasi: str | None = None,
        targets: Mapping[int, str] = FACTORY,
        realisasi_history: Mapping[int, str] = FACTORY,
        triwulan: Quarters = NO_QUARTERS,
        target_akhir: str | None = None,
        printed: tuple[Printed, ...] = (),
        cara_hitung: CaraHitung | None = None,
        target_triwulan: Quarters = NO_QUARTERS,
        extra: Mapping[str, Any] = FACTORY,
    ) -> None:
        this: Any = self  # (writable until frozen again: core/record.py)
        object.__setattr__(this, "__class__", this.thawed_class)
        this.satuan = satuan
        this.polaritas = polaritas
        this.target = target
        this.realisasi = realisasi
        this.targets = {} if targets is FACTORY else targets
        this.realisasi_history = {} if realisasi_history is FACTORY else realisasi_history
        this.triwulan = triwulan
        this.target_akhir = target_akhir
        this.printed = printed
        this.cara_hitung = cara_hitung
        this.target_triwulan = target_triwulan
        this.extra = {} if extra is FACTORY else extra
        this.__class__ = Measure

    def printed_figure(self, field_name: str) -> Printed | None:
        """The first printed figure for a field (e.g. "capaian")."""
        return next((p for p in self.printed if p.field == field_name), None)

    def to_dict(self) -> dict[str, Any]:
        return {
            "satuan": self.satuan,
            "polaritas": self.polaritas,
            "target": self.target,
            "realisasi": self.realisasi,
            "targets": {str(k): v for k, v in sorted(self.targets.items())},
            "realisasi_history": {str(k): v for k, v in sorted(self.realisasi_history.items())},
            "triwulan": list(self.triwulan),
            "target_akhir": self.target_akhir,
            "printed": [p.to_dict() for p in self.printed],
            # Written only when set, so files written before these fields existed stay byte-equal.
            **({"cara_hitung": self.cara_hitung} if self.cara_hitung is not None else {}),
            **(
                {"target_triwulan": list(self.target_triwulan)}
                if any(v is not None for v in self.target_triwulan)
                else {}
            ),
            **self.extra,
        }

    @classmethod
    def from_dict(cls, d: Any, where: str) -> Measure:
        if d.__class__ is dict:
            measure = _plain_measure(d)
            if measure is not None:
                return measure
        if not isinstance(d, dict):
            raise ModelError("key object", where, key="measure")
        raw_polaritas = d.get("polaritas", "positif")
        polaritas = _POLARITIES.get(raw_polaritas) if isinstance(raw_polaritas, str) else None
        if polaritas is None:
            raise ModelError("polaritas", where, got=repr(raw_polaritas))
        cara_hitung = d.get("cara_hitung")
        if cara_hitung is not None and cara_hitung not in CARA_HITUNG:
            raise ModelError("cara_hitung", where, got=repr(cara_hitung))
        printed_raw = d.get("printed", ())
        if not printed_raw and (printed_raw.__class__ is list or printed_raw == ()):
            printed: tuple[Printed, ...] = ()  # (most measures: none)
        else:
            printed = _printed(printed_raw, where)
        satuan, target, realisasi, target_akhir = _MEASURE_FIELDS.read(d, where)
        # (most measures: no years and no quarters, each the one shared empty value)
        targets = d.get("targets", EMPTY)
        if targets or not isinstance(targets, dict):
            targets = _year_map(targets, "targets", where)
        else:
            targets = EMPTY
        history = d.get("realisasi_history", EMPTY)
        if history or not isinstance(history, dict):
            history = _year_map(history, "realisasi_history", where)
        else:
            history = EMPTY
        triwulan = d.get("triwulan", _NO_QUARTERS_LIST)
        triwulan = (
            NO_QUARTERS if triwulan == _NO_QUARTERS_LIST else _quarters(triwulan, "triwulan", where)
        )
        quarter_targets = d.get("target_triwulan", _NO_QUARTERS_LIST)
        quarter_targets = (
            NO_QUARTERS
            if quarter_targets == _NO_QUARTERS_LIST
            else _quarters(quarter_targets, "target_triwulan", where)
        )
        return cls(
            satuan,
            polaritas,
            target,
            realisasi,
            targets,
            history,
            triwulan,
            target_akhir,
            printed,
            cara_hitung,
            quarter_targets,
            EMPTY if _MEASURE_KEYS.issuperset(d) else _extra(d, _MEASURE_KEYS),
        )


def _plain_measure(d: dict[str, Any], texts: dict[Any, Any] | None = None) -> Measure | None:
    """The measure of ``d`` when it has the plain shape the store writes for most measures (the
    nine fields or some of them, the others their defaults, :data:`MEASURE_DEFAULTS`; each of a
    type it may have; no ``cara_hitung``, no target per quarter, nothing unknown), else None:
    :meth:`Measure.from_dict` then reads it field by field, and refuses it if it must. The same
    checks, the same measure; each field taken with its default and its type tested in place
    (docs/performance.md, "Devices" and "perf61"; tests/test_model_fast.py compares the two)."""
    if not _PLAIN_MEASURE_KEYS.issuperset(d):  # a field the plain shape does not read
        return None
    get = d.get  # (each default as MEASURE_DEFAULTS has it: only read, never changed)
    satuan, raw_polaritas, target = get("satuan"), get("polaritas", "positif"), get("target")
    realisasi, akhir = get("realisasi"), get("target_akhir")
    targets, history = get("targets", _NO_MAP), get("realisasi_history", _NO_MAP)
    triwulan, printed = get("triwulan", _NO_QUARTERS_LIST), get("printed", _NO_LIST)
    if not (
        type(satuan) in _OPTIONAL_TEXT
        and type(target) in _OPTIONAL_TEXT
        and type(realisasi) in _OPTIONAL_TEXT
        and type(akhir) in _OPTIONAL_TEXT
        and type(raw_polaritas) is str
        and type(targets) is type(history) is dict
        and type(triwulan) is type(printed) is list
    ):
        return None
    polaritas = _POLARITIES.get(raw_polaritas)
    if polaritas is None:
        return None
    try:  # (a refusal is made again, with its place, by the field-by-field reading)
        targets = _year_map(targets, "targets", "") if targets else EMPTY
        history = _year_map(history, "realisasi_history", "") if history else EMPTY
        if triwulan == _NO_QUARTERS_LIST:
            triwulan = NO_QUARTERS
        else:
            triwulan = _quarters(triwulan, "triwulan", "")
        printed = _printed(printed, "") if printed else ()
    except ModelError:
        return None
    if texts is not None:  # (see plain_node)
        satuan = texts.setdefault(satuan, satuan)
        target = texts.setdefault(target, target)
        realisasi = texts.setdefault(realisasi, realisasi)
    this: Any = _new(_THAWED_MEASURE)  # (as Measure.__init__ makes it: see _new)
    this.satuan = satuan
    this.polaritas = polaritas
    this.target = target
    this.realisasi = realisasi
    this.targets = targets
    this.realisasi_history = history
    this.triwulan = triwulan
    this.target_akhir = akhir
    this.printed = printed
    this.cara_hitung = None
    this.target_triwulan = NO_QUARTERS
    this.extra = EMPTY
    this.__class__ = Measure
    made: Measure = this
    return made


def _printed(raw: Any, where: str) -> tuple[Printed, ...]:
    """A measure's ``printed`` (``raw``: a list, else refused)."""
    if raw.__class__ is not list:
        raise ModelError("list", where, key="printed")
    printed = []
    for i, p in enumerate(raw):
        if not isinstance(p, dict):
            raise ModelError("printed item", where, i=i)
        table, field_name, value = _PRINTED_FIELDS.read(p, f"{where}.printed[{i}]")
        printed.append(Printed(table, field_name, value, extra=_extra(p, _PRINTED_KEYS)))
    return tuple(printed)


@record(slots=True)
class Node:
    """One node of the hierarchy. ``parent`` is None for a Tujuan; ``order`` sorts siblings."""

    id: str
    kind: NodeKind
    name: str
    parent: str | None = None
    order: int = 0
    code: str = ""
    source: str = ""  # the table(s) the node is printed in, e.g. "Tabel 3.2.1.1.1"
    info: Mapping[str, str] = field(
        default_factory=dict
    )  # definisi, sumber_data, penanggung_jawab…
    measure: Measure | None = None
    permasalahan: tuple[Item, ...] = ()
    solusi: tuple[Item, ...] = ()
    # The budget of a program, kegiatan, sub kegiatan (or any node), as printed (e.g. "Rp 1.234.500").
    anggaran: str | None = None
    realisasi_anggaran: str | None = None
    extra: Mapping[str, Any] = field(default_factory=dict)  # fields kept, not known

    def __init__(
        self,
        id: str,
        kind: NodeKind,
        name: str,
        parent: str | None = None,
        order: int = 0,
        code: str = "",
        source: str = "",
        info: Mapping[str, str] = FACTORY,
        measure: Measure | None = None,
        permasalahan: tuple[Item, ...] = (),
        solusi: tuple[Item, ...] = (),
        anggaran: str | None = None,
        realisasi_anggaran: str | None = None,
        extra: Mapping[str, Any] = FACTORY,
    ) -> None:
        this: Any = self  # (writable until frozen again: core/record.py)
        object.__setattr__(this, "__class__", this.thawed_class)
        this.id = id
        this.kind = kind
        this.name = name
        this.parent = parent
        this.order = order
        this.code = code
        this.source = source
        this.info = {} if info is FACTORY else info
        this.measure = measure
        this.permasalahan = permasalahan
        this.solusi = solusi
        this.anggaran = anggaran
        this.realisasi_anggaran = realisasi_anggaran
        this.extra = {} if extra is FACTORY else extra
        this.__class__ = Node

    @property
    def measured(self) -> bool:
        return self.measure is not None

    @property
    def level(self) -> str | None:
        return LEVEL_OF_KIND.get(self.kind)

    def with_changes(self, **changes: Any) -> Node:
        return replace(self, **changes)

    def to_record(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "name": self.name,
            "parent": self.parent,
            "order": self.order,
            "code": self.code,
            "source": self.source,
            "info": dict(self.info),
            "measure": self.measure.to_dict() if self.measure else None,
            "permasalahan": [i.to_dict() for i in self.permasalahan],
            "solusi": [i.to_dict() for i in self.solusi],
            # Written only when set, so files written before these fields existed stay byte-equal.
            **({"anggaran": self.anggaran} if self.anggaran is not None else {}),
            **(
                {"realisasi_anggaran": self.realisasi_anggaran}
                if self.realisasi_anggaran is not None
                else {}
            ),
            **self.extra,
        }

    @classmethod
    def from_record(cls, d: Any, where: str = "simpul") -> Node:
        if d.__class__ is dict:
            node = plain_node(d)
            if node is not None:
                return node
        if not isinstance(d, dict):
            raise ModelError("object", where)
        node_id = d.get("id")
        if not isinstance(node_id, str):
            _NODE_FIELDS.read(d, where)  # refuses the id (before the node is named)
            raise AssertionError("unreachable")  # pragma: no cover
        where = f"{where} {node_id}"
        raw_kind = d.get("kind")
        kind = _KINDS.get(raw_kind) if isinstance(raw_kind, str) else None
        if kind is None:
            raise ModelError("kind", where, kind=repr(raw_kind))
        info = d.get("info", EMPTY)
        if not info and isinstance(info, dict):  # (most nodes: no info)
            info = EMPTY
        elif isinstance(info, dict) and all(map(isinstance, info.values(), _TEXT)):
            info = _text_map(info)
        else:
            raise ModelError("text object", where, key="info")
        measure_raw = d.get("measure")
        permasalahan = d.get("permasalahan", ())
        if permasalahan or not isinstance(permasalahan, (list, tuple)):  # (most nodes: no items)
            permasalahan = _node_items(permasalahan, "permasalahan", node_id, where)
        else:
            permasalahan = ()
        solusi = d.get("solusi", ())
        if solusi or not isinstance(solusi, (list, tuple)):
            solusi = _node_items(solusi, "solusi", node_id, where)
        else:
            solusi = ()
        _id, name, parent, order, code, source = _NODE_FIELDS.read(d, where)
        if "anggaran" in d or "realisasi_anggaran" in d:  # (most nodes: no budget)
            anggaran, realisasi_anggaran = _NODE_BUDGET_FIELDS.read(d, where)
        else:
            anggaran = realisasi_anggaran = None
        return cls(
            node_id,
            kind,
            name,
            parent,
            order,
            code,
            source,
            info,
            None if measure_raw is None else Measure.from_dict(measure_raw, where),
            permasalahan,
            solusi,
            anggaran,
            realisasi_anggaran,
            EMPTY if _NODE_KEYS.issuperset(d) else _extra(d, _NODE_KEYS),
        )


def plain_node(d: dict[str, Any], texts: dict[Any, Any] | None = None) -> Node | None:
    """The node of ``d`` when it has the plain shape the store writes for most nodes (``id``,
    ``kind``, ``name`` and the other eight fields or some of them, the others their defaults,
    :data:`NODE_DEFAULTS`; each of a type it may have; no budget, nothing unknown), else None:
    :meth:`Node.from_record` then reads it field by field, and refuses it if it must. The same
    checks, the same node; each field taken with its default and its type tested in place
    (docs/performance.md, "Devices" and "perf61"; tests/test_model_fast.py compares the two). Its
    measure and items of the plain shape too (:func:`_plain_measure`, :func:`_plain_item`), else
    None. The store's reading calls it first, then ``Node.from_record`` with the record's place
    (one call a node less: docs/performance.md, "perf55")."""
    if not _PLAIN_NODE_KEYS.issuperset(d):  # a field the plain shape does not read
        return None
    get = d.get  # (each default as NODE_DEFAULTS has it: only read, never changed)
    node_id, raw_kind, name = get("id"), get("kind"), get("name")  # (always written)
    parent, order, code, source = get("parent"), get("order", 0), get("code", ""), get("source", "")
    info, measure = get("info", _NO_MAP), get("measure")
    masalah, solusi = get("permasalahan", _NO_LIST), get("solusi", _NO_LIST)
    if not (
        type(node_id) is type(raw_kind) is type(name) is type(code) is type(source) is str
        and type(parent) in _OPTIONAL_TEXT
        and type(order) is int  # (a boolean is not one)
        and type(info) is dict
        and type(measure) in _OPTIONAL_OBJECT
        and type(masalah) is type(solusi) is list
    ):
        return None
    kind = _KINDS.get(raw_kind)
    if kind is None:
        return None
    if not info:
        info = EMPTY
    elif all(map(isinstance, info.values(), _TEXT)):
        info = _text_map(info)
    else:
        return None
    if measure is not None:  # (a measure not of the plain shape: the node read field by field)
        measure = _plain_measure(measure, texts)
        if measure is None:
            return None
    try:  # (a refusal is made again, with its place, by the field-by-field reading)
        masalah = _node_items(masalah, "permasalahan", node_id, "") if masalah else ()
        solusi = _node_items(solusi, "solusi", node_id, "") if solusi else ()
    except ModelError:
        return None
    if texts is not None:
        node_id = texts.setdefault(node_id, node_id)
        parent = texts.setdefault(parent, parent)
        name = texts.setdefault(name, name)
        source = texts.setdefault(source, source)
    this: Any = _new(_THAWED_NODE)  # (as Node.__init__ makes it: see _new)
    this.id = node_id
    this.kind = kind
    this.name = name
    this.parent = parent
    this.order = order
    this.code = code
    this.source = source
    this.info = info
    this.measure = measure
    this.permasalahan = masalah
    this.solusi = solusi
    this.anggaran = None
    this.realisasi_anggaran = None
    this.extra = EMPTY
    this.__class__ = Node
    made: Node = this
    return made


def _node_items(raw: Any, key: str, node_id: str, where: str) -> tuple[Item, ...]:
    """A node's ``permasalahan`` or ``solusi`` (``raw``, a non-empty list, else refused), their
    ids unique."""
    if not isinstance(raw, list):
        raise ModelError("list", where, key=key)
    items = tuple(  # (uuid5 hashes: the fallback id is made only when needed)
        item
        if (item := _plain_item(r)) is not None
        else Item.from_any(r, f"{where}.{key}[{i}]", partial(derived_id, node_id, key, i))
        for i, r in enumerate(raw)
    )
    if len(items) > 1 and len({item.id for item in items}) < len(items):
        seen: set[str] = set()
        twice = ""
        for item in items:
            if item.id in seen:
                twice = item.id
                break
            seen.add(item.id)
        raise ModelError("item twice", where, id=repr(twice), key=key)
    return items


def _plain_item(raw: Any) -> Item | None:
    """The item of ``raw`` when it is what the store writes for every item, ``{"id": text,
    "text": text}``, made as :func:`plain_node` makes a node; else None (:meth:`Item.from_any`
    reads it)."""
    if raw.__class__ is not dict or len(raw) != 2:
        return None
    try:
        item_id, text = _PLAIN_ITEM(raw)
    except KeyError:
        return None
    if item_id.__class__ is not str or text.__class__ is not str:
        return None
    this: Any = _new(_THAWED_ITEM)  # (as Item.__init__ makes it: see _new)
    this.id = item_id
    this.text = text
    this.extra = EMPTY
    this.__class__ = Item
    made: Item = this
    return made


@record
class Strategi:
    """One row of the strategi and arah kebijakan table (Tabel 2.2): a sasaran with its strategi and
    arah kebijakan, each list as printed (numbering left out)."""

    sasaran: str
    strategi: tuple[str, ...] = ()
    arah_kebijakan: tuple[str, ...] = ()
    misi: str = ""
    tujuan: str = ""
    extra: Mapping[str, Any] = field(default_factory=dict)  # fields kept, not known

    def __init__(
        self,
        sasaran: str,
        strategi: tuple[str, ...] = (),
        arah_kebijakan: tuple[str, ...] = (),
        misi: str = "",
        tujuan: str = "",
        extra: Mapping[str, Any] = FACTORY,
    ) -> None:
        vars(self).update(
            sasaran=sasaran,
            strategi=strategi,
            arah_kebijakan=arah_kebijakan,
            misi=misi,
            tujuan=tujuan,
            extra={} if extra is FACTORY else extra,
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "misi": self.misi,
            "tujuan": self.tujuan,
            "sasaran": self.sasaran,
            "strategi": list(self.strategi),
            "arah_kebijakan": list(self.arah_kebijakan),
            **self.extra,
        }

    @classmethod
    def from_dict(cls, d: Any, where: str) -> Strategi:
        if not isinstance(d, dict):
            raise ModelError("object", where)
        sasaran, misi, tujuan = _STRATEGI_FIELDS.read(d, where)
        return cls(
            sasaran=sasaran,
            strategi=tuple(_str_list(d, "strategi", where)),
            arah_kebijakan=tuple(_str_list(d, "arah_kebijakan", where)),
            misi=misi,
            tujuan=tujuan,
            extra=_extra(d, _STRATEGI_KEYS),
        )


#: The figures a budget line may carry: the year's budget, its realisation, the Renstra plan.
BUDGET_FIGURES: tuple[str, ...] = ("anggaran", "realisasi", "renstra")


@record
class BudgetLine:
    """One line of a budget table as printed (§1.4.E, Tabel 2.4, Tabel 3.4.1…): ``parent`` is the
    ``uraian`` of the line of the same table it adds up into (None for a top line)."""

    table: str
    uraian: str
    parent: str | None = None
    anggaran: str | None = None
    realisasi: str | None = None
    renstra: str | None = None
    extra: Mapping[str, Any] = field(default_factory=dict)  # fields kept, not known

    def __init__(
        self,
        table: str,
        uraian: str,
        parent: str | None = None,
        anggaran: str | None = None,
        realisasi: str | None = None,
        renstra: str | None = None,
        extra: Mapping[str, Any] = FACTORY,
    ) -> None:
        vars(self).update(
            table=table,
            uraian=uraian,
            parent=parent,
            anggaran=anggaran,
            realisasi=realisasi,
            renstra=renstra,
            extra={} if extra is FACTORY else extra,
        )

    def figure(self, name: str) -> str | None:
        """One of :data:`BUDGET_FIGURES`."""
        return cast("str | None", getattr(self, name))

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"table": self.table, "uraian": self.uraian, "parent": self.parent}
        out |= {k: self.figure(k) for k in BUDGET_FIGURES if self.figure(k) is not None}
        return out | dict(self.extra)

    @classmethod
    def from_dict(cls, d: Any, where: str) -> BudgetLine:
        if not isinstance(d, dict):
            raise ModelError("object", where)
        table, uraian, parent, anggaran, realisasi, renstra = _BUDGET_FIELDS.read(d, where)
        extra = _extra(d, _BUDGET_KEYS)
        return cls(table, uraian, parent, anggaran, realisasi, renstra, extra)


def _records(
    d: Mapping[str, Any], key: str, where: str, make: Callable[[Any, str], Any]
) -> tuple[Any, ...]:
    raw = d.get(key, [])
    if not isinstance(raw, list):
        raise ModelError("list", where, key=key)
    return tuple(make(item, f"{where}.{key}[{i}]") for i, item in enumerate(raw))


@record
class ReportMeta:
    """Report-level facts and lists."""

    id: str
    instansi: str
    tahun: int
    pemerintah: str = ""
    periode: tuple[int, int] = (0, 0)  # Renstra period, e.g. (2021, 2026)
    misi: tuple[str, ...] = ()
    isu_strategis: tuple[str, ...] = ()
    perbaikan_kinerja: tuple[str, ...] = ()
    inovasi: tuple[Mapping[str, str], ...] = ()  # nama, legalitas, manfaat, keterangan
    kesimpulan: tuple[str, ...] = ()
    source: str = ""
    scales: Mapping[str, Any] | None = None  # region overrides for core.scales
    printed: Mapping[str, str] = field(default_factory=dict)  # report-level printed figures
    visi: str = ""  # the head of region's visi, as printed (Tabel 2.2)
    strategi: tuple[Strategi, ...] = ()  # strategi and arah kebijakan per sasaran (Tabel 2.2)
    anggaran: tuple[BudgetLine, ...] = ()  # every budget table line as printed
    extra: Mapping[str, Any] = field(default_factory=dict)  # fields kept, not known

    def __init__(
        self,
        id: str,
        instansi: str,
        tahun: int,
        pemerintah: str = "",
        periode: tuple[int, int] = (0, 0),
        misi: tuple[str, ...] = (),
        isu_strategis: tuple[str, ...] = (),
        perbaikan_kinerja: tuple[str, ...] = (),
        inovasi: tuple[Mapping[str, str], ...] = (),
        kesimpulan: tuple[str, ...] = (),
        source: str = "",
        scales: Mapping[str, Any] | None = None,
        printed: Mapping[str, str] = FACTORY,
        visi: str = "",
        strategi: tuple[Strategi, ...] = (),
        anggaran: tuple[BudgetLine, ...] = (),
        extra: Mapping[str, Any] = FACTORY,
    ) -> None:
        vars(self).update(
            id=id,
            instansi=instansi,
            tahun=tahun,
            pemerintah=pemerintah,
            periode=periode,
            misi=misi,
            isu_strategis=isu_strategis,
            perbaikan_kinerja=perbaikan_kinerja,
            inovasi=inovasi,
            kesimpulan=kesimpulan,
            source=source,
            scales=scales,
            printed={} if printed is FACTORY else printed,
            visi=visi,
            strategi=strategi,
            anggaran=anggaran,
            extra={} if extra is FACTORY else extra,
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "instansi": self.instansi,
            "tahun": self.tahun,
            "pemerintah": self.pemerintah,
            "periode": list(self.periode),
            "misi": list(self.misi),
            "isu_strategis": list(self.isu_strategis),
            "perbaikan_kinerja": list(self.perbaikan_kinerja),
            "inovasi": [dict(i) for i in self.inovasi],
            "kesimpulan": list(self.kesimpulan),
            "source": self.source,
            "scales": dict(self.scales) if self.scales is not None else None,
            "printed": dict(self.printed),
            # Written only when set, so files written before these fields existed stay byte-equal.
            **({"visi": self.visi} if self.visi else {}),
            **({"strategi": [x.to_dict() for x in self.strategi]} if self.strategi else {}),
            **({"anggaran": [x.to_dict() for x in self.anggaran]} if self.anggaran else {}),
            **self.extra,
        }

    @classmethod
    def from_dict(cls, d: Any, where: str = "report") -> ReportMeta:
        if not isinstance(d, dict):
            raise ModelError("object", where)
        periode = d.get("periode", [0, 0])
        if not (
            isinstance(periode, list) and len(periode) == 2 and all(type(y) is int for y in periode)
        ):
            raise ModelError("periode", where)
        inovasi = d.get("inovasi", [])
        if not isinstance(inovasi, list) or not all(
            isinstance(i, dict) and all(isinstance(v, str) for v in i.values()) for i in inovasi
        ):
            raise ModelError("object list", where, key="inovasi")
        scales = d.get("scales")
        if scales is not None:
            if not isinstance(scales, dict):
                raise ModelError("object or null", where, key="scales")
            from lkj_tui.core.scales import Scales, ScalesError  # (only a report with scales)

            try:
                Scales.from_dict(scales)
            except ScalesError as exc:
                raise ModelError("scales", where, why=str(exc)) from None
        printed = d.get("printed", {})
        if not isinstance(printed, dict) or not all(isinstance(v, str) for v in printed.values()):
            raise ModelError("text object", where, key="printed")
        report_id, instansi, tahun, pemerintah, source, visi = _META_FIELDS.read(d, where)
        return cls(
            id=report_id,
            instansi=instansi,
            tahun=tahun,
            pemerintah=pemerintah,
            periode=(periode[0], periode[1]),
            misi=tuple(_str_list(d, "misi", where)),
            isu_strategis=tuple(_str_list(d, "isu_strategis", where)),
            perbaikan_kinerja=tuple(_str_list(d, "perbaikan_kinerja", where)),
            inovasi=tuple(dict(i) for i in inovasi),
            kesimpulan=tuple(_str_list(d, "kesimpulan", where)),
            source=source,
            scales=scales,
            printed=dict(printed),
            visi=visi,
            strategi=_records(d, "strategi", where, Strategi.from_dict),
            anggaran=_records(d, "anggaran", where, BudgetLine.from_dict),
            extra=_extra(d, _META_KEYS),
        )


def _keys(cls: type) -> frozenset[str]:
    """The fields a record class knows (the names of its serial form), less ``extra`` itself."""
    import dataclasses

    return frozenset(f.name for f in dataclasses.fields(cls)) - {"extra"}


_ITEM_KEYS = _keys(Item)
_PRINTED_KEYS = _keys(Printed)
_MEASURE_KEYS = _keys(Measure)
_NODE_KEYS = _keys(Node)
_META_KEYS = _keys(ReportMeta)
_STRATEGI_KEYS = _keys(Strategi)
_BUDGET_KEYS = _keys(BudgetLine)

_ITEM_FIELDS = _Fields(("id", "text"), ("text", "text"))
_PRINTED_FIELDS = _Fields(("table", "text"), ("field", "text"), ("value", "text"))
_MEASURE_FIELDS = _Fields(
    ("satuan", "optional"), ("target", "optional"), ("realisasi", "optional"),
    ("target_akhir", "optional"),
)  # fmt: skip
_NODE_FIELDS = _Fields(
    ("id", "required"), ("name", "required"), ("parent", "optional"), ("order", "int"),
    ("code", "text"), ("source", "text"),
)  # fmt: skip
#: (after the others: a node's refusals in the order of its fields)
_NODE_BUDGET_FIELDS = _Fields(("anggaran", "optional"), ("realisasi_anggaran", "optional"))
_STRATEGI_FIELDS = _Fields(("sasaran", "required"), ("misi", "text"), ("tujuan", "text"))
_BUDGET_FIELDS = _Fields(
    ("table", "text"), ("uraian", "required"), ("parent", "optional"), ("anggaran", "optional"),
    ("realisasi", "optional"), ("renstra", "optional"),
)  # fmt: skip
_NONE = type(None)
#: The fields of a node's record the store leaves out when they hold these values, their defaults
#: (docs/report-format.md, "Record form"): a field that is not there is read as its default, so a
#: file with them and one without read the same. Most nodes have no info, no measure, no
#: permasalahan; most measures no Renstra targets or earlier years: their ``{}`` and ``null`` were
#: ≈ 30 % of a store's bytes and half its JSON objects, each a call of the strict parse's
#: duplicate-key check (docs/performance.md, "perf53"). ``id``, ``kind`` and ``name`` are always
#: written. Never changed (the plain reading merges them under a record's own fields).
NODE_DEFAULTS: dict[str, Any] = {
    "parent": None, "order": 0, "code": "", "source": "", "info": {}, "measure": None,
    "permasalahan": [], "solusi": [],
}  # fmt: skip
#: The same for a measure's record (a measure with every field at its default is written ``{}``).
MEASURE_DEFAULTS: dict[str, Any] = {
    "satuan": None, "polaritas": "positif", "target": None, "realisasi": None, "targets": {},
    "realisasi_history": {}, "triwulan": [None, None, None, None], "target_akhir": None,
    "printed": [],
}  # fmt: skip


def _without_defaults(record: dict[str, Any], defaults: dict[str, Any]) -> dict[str, Any]:
    """A copy of ``record`` less its fields that hold their default (of the default's type:
    ``false`` is not an ``order`` of 0, a refused value stays to be refused)."""
    out = record.copy()
    for key, default in defaults.items():
        value = out.get(key, _ABSENT)
        if value == default and value.__class__ is default.__class__:
            del out[key]
    return out


_ABSENT = object()


def stored_record(record: dict[str, Any]) -> dict[str, Any]:
    """A node's record (``Node.to_record()``, or one read from a file) as the store writes it:
    each field of the node and of its measure that holds its default (:data:`NODE_DEFAULTS`,
    :data:`MEASURE_DEFAULTS`) left out, the others in their order. It reads back as the same
    node."""
    out = _without_defaults(record, NODE_DEFAULTS)
    measure = out.get("measure")
    if measure.__class__ is dict:
        out["measure"] = _without_defaults(measure, MEASURE_DEFAULTS)
    return out


def full_record(record: Any) -> Any:
    """A node's record as ``Node.to_record()`` gives it: each field the store left out
    (:func:`stored_record`) there with its default (a new object), the fields in ``to_record``'s
    order, the others after; a record of an older file (every field there) is equal. What the
    three-way merge and the history compare: a field an older lkj-tui wrote ``{}`` and a newer one
    left out is not a change. Anything but a dict is returned as it is (the strict reader refuses
    it)."""
    if record.__class__ is not dict:
        return record
    out = _with_defaults(record, NODE_DEFAULTS, ("id", "kind", "name"))
    measure = out.get("measure")
    if measure.__class__ is dict:
        out["measure"] = _with_defaults(measure, MEASURE_DEFAULTS, ())
    return out


def _with_defaults(
    record: dict[str, Any], defaults: Mapping[str, Any], first: tuple[str, ...]
) -> dict[str, Any]:
    out = {key: record[key] for key in first if key in record}
    for key, default in defaults.items():
        if key in record:
            out[key] = record[key]
        else:  # (a new object: the caller may change it)
            out[key] = default.copy() if isinstance(default, dict | list) else default
    out.update(record)  # (the fields after the defaults' in their order: budget, unknown)
    return out


#: The fields of a node as ``to_record`` writes them without budget or unknown fields, and of a
#: measure without ``cara_hitung`` and targets per quarter (:func:`plain_node`,
#: :func:`_plain_measure`); the types an optional field may have; the defaults of
#: :data:`NODE_DEFAULTS` and :data:`MEASURE_DEFAULTS` the plain reading gives a field left out.
_PLAIN_NODE_KEYS = frozenset(("id", "kind", "name", *NODE_DEFAULTS))
_PLAIN_MEASURE_KEYS = frozenset(MEASURE_DEFAULTS)
_OPTIONAL_TEXT = frozenset((str, _NONE))
_OPTIONAL_OBJECT = frozenset((dict, _NONE))
_NO_MAP: dict[Any, Any] = {}
_NO_LIST: list[Any] = []
#: The plain shape's Node, Measure and Item (:func:`plain_node`, :func:`_plain_measure`,
#: :func:`_plain_item`) are made as their ``__init__`` makes them — the fields set on an object of the class's writable
#: twin (core/record.py), then the class frozen — but without ``type.__call__`` and the twin's first
#: switch: ≈ 3.6k instructions a record instead of ≈ 7k, −5 % of a report's load
#: (docs/performance.md, "perf50"). Every field is set there as in ``__init__``; a field added to
#: either class is added there too (tests/test_model_fast.py reads every field of both ways).
_new = object.__new__
_THAWED_NODE = Node.thawed_class  # type: ignore[attr-defined]
_THAWED_MEASURE = Measure.thawed_class  # type: ignore[attr-defined]
_THAWED_ITEM = Item.thawed_class  # type: ignore[attr-defined]
_PLAIN_ITEM = itemgetter("id", "text")
_META_FIELDS = _Fields(
    ("id", "required"), ("instansi", "required"), ("tahun", "required int"),
    ("pemerintah", "text"), ("source", "text"), ("visi", "text"),
)  # fmt: skip


# --------------------------------------------------------------------------- the report


_ORDER = attrgetter("order")


class Report:
    """A report with its nodes, indexed for tree walks. Nodes are immutable; edits replace them."""

    def __init__(self, meta: ReportMeta, nodes: list[Node]) -> None:
        self.meta = meta
        self._nodes: dict[str, Node] = {node.id: node for node in nodes}
        if len(self._nodes) != len(nodes):
            seen: set[str] = set()
            for node in nodes:
                if node.id in seen:
                    raise ModelError("node twice", id=node.id)
                seen.add(node.id)
        children: dict[str | None, Any] = {}  # (lists while they are filled, then tuples)
        for node in sorted(nodes, key=_ORDER):  # (stable: each node's children in their order)
            parent = node.parent
            if parent in children:
                children[parent].append(node.id)
            elif parent is None or parent in self._nodes:
                children[parent] = [node.id]
            else:  # (the first such node in the given order named)
                node = next(
                    n for n in nodes if n.parent is not None and n.parent not in self._nodes
                )
                raise ModelError("no parent", id=node.id, parent=node.parent)
        # each parent's children as a tuple: lists left with room to grow held 10.7 of the
        # 100,000-measure report's 76 MiB (mem63); add_node puts a new tuple
        for parent, ids in children.items():
            children[parent] = tuple(ids)
        self._children: dict[str | None, tuple[str, ...]] = children
        self._check_tree()

    def _check_tree(self) -> None:
        """Refuse a parent cycle (its nodes would hang below no root: invisible, uncounted) and a
        tree deeper than :data:`MAX_DEPTH`. One pass over the nodes."""
        reached, depth, children = 0, 0, self._children
        level = list(children.get(None, ()))
        while level:  # level by level from the roots
            depth += 1
            if depth > MAX_DEPTH:
                raise ModelError("too deep at", n=MAX_DEPTH, id=level[0])
            reached += len(level)
            level = [
                child for node_id in level if node_id in children for child in children[node_id]
            ]
        if reached == len(self._nodes):
            return
        seen = {n.id for n in self.walk()}
        start = next(n for n in self._nodes.values() if n.id not in seen)
        path: list[str] = []
        on_path: set[str] = set()
        up: str | None = start.id
        while up is not None and up not in on_path:
            path.append(up)
            on_path.add(up)
            up = self._nodes[up].parent
        cycle = path[path.index(up) :] if up is not None else path
        named = [self._known(node_id) for node_id in cycle[:7]]
        shown = " → ".join([*named[:6], "…"] if len(cycle) > 6 else [*named, named[0]])
        raise ModelError("cycle", shown=shown)

    def _known(self, node_id: str) -> str:
        """A node as a refusal names it to the user: its kode, else its name (cut), as the
        report shows it; its id only where it has neither. (A cycle named by ids alone, 32 hex
        digits each, told a planner nothing: share68.)"""
        from lkj_tui.core.sanitize import clean_words  # (only when a report is refused)

        node = self._nodes[node_id]
        return clean_words(" ".join((node.code or node.name).split()), 40) or node_id

    def copy(self) -> Report:
        """Another report over the same (immutable) nodes: editing one leaves the other as it is."""
        other = object.__new__(Report)
        other.meta = self.meta
        other._nodes = dict(self._nodes)
        other._children = dict(self._children)  # (tuples: shared)
        return other

    # ---- access
    def __len__(self) -> int:
        return len(self._nodes)

    def by_id(self) -> Mapping[str, Node]:
        """Every node by its id, in the order they were given (not the tree's)."""
        return self._nodes

    def node(self, node_id: str) -> Node:
        return self._nodes[node_id]

    def get(self, node_id: str) -> Node | None:
        return self._nodes.get(node_id)

    def children(self, node_id: str | None) -> list[Node]:
        return [self._nodes[i] for i in self._children.get(node_id, ())]

    def has_children(self, node_id: str) -> bool:
        return bool(self._children.get(node_id))

    def roots(self) -> list[Node]:
        return self.children(None)

    def walk(self, node_id: str | None = None) -> Iterator[Node]:
        """Depth-first, in report order, below ``node_id`` (the whole report for None)."""
        nodes, children = self._nodes, self._children
        stack = list(children.get(node_id, ())[::-1])
        while stack:
            node = nodes[stack.pop()]
            yield node
            if node.id in children:
                stack += children[node.id][::-1]

    def ancestors(self, node_id: str) -> list[Node]:
        """Parents of a node, nearest first."""
        out: list[Node] = []
        parent = self._nodes[node_id].parent
        while parent is not None:
            out.append(self._nodes[parent])
            parent = self._nodes[parent].parent
        return out

    def sasaran_of(self, node_id: str) -> Node | None:
        node = self._nodes[node_id]
        if node.kind == "sasaran":
            return node
        return next((a for a in self.ancestors(node_id) if a.kind == "sasaran"), None)

    def nodes(self) -> list[Node]:
        return list(self.walk())

    def measured(self) -> list[Node]:
        return [n for n in self.walk() if n.measure is not None]

    # ---- edits (return a new node; the caller saves it through the store)
    def replace_node(self, node: Node) -> None:
        old = self._nodes[node.id]
        if old.parent != node.parent:
            raise ModelError("moved")
        self._nodes[node.id] = node

    def add_node(self, node: Node) -> None:
        """Add a new node under an existing parent (None: a new root); its id must be new."""
        if node.id in self._nodes:
            raise ModelError("node twice", id=node.id)
        if node.parent is not None and node.parent not in self._nodes:
            raise ModelError("no parent", id=node.id, parent=node.parent)
        if node.parent is not None and len(self.ancestors(node.parent)) + 2 > MAX_DEPTH:
            raise ModelError("too deep", n=MAX_DEPTH)
        self._nodes[node.id] = node
        siblings = (*self._children.get(node.parent, ()), node.id)
        # stable: as a reload orders them
        self._children[node.parent] = tuple(sorted(siblings, key=lambda i: self._nodes[i].order))

    def apply_nodes(self, changes: Mapping[str, Node | None]) -> None:
        """Put, replace (also under another parent) or remove (``None``) several nodes at once.
        The result must still be one tree (every parent present, no cycle), else ModelError and
        the report is unchanged."""
        nodes = dict(self._nodes)
        for node_id, node in changes.items():
            if node is None:
                nodes.pop(node_id, None)
            elif node.id != node_id:
                raise ModelError("id mismatch", id=node_id, other=node.id)
            else:
                nodes[node_id] = node
        rebuilt = Report(self.meta, list(nodes.values()))
        if sum(1 for _ in rebuilt.walk()) != len(rebuilt):
            raise ModelError("detached")
        self._nodes, self._children = rebuilt._nodes, rebuilt._children

    # ---- serial forms
    def to_records(self) -> list[dict[str, Any]]:
        return [n.to_record() for n in self.walk()]

    @classmethod
    def from_records(cls, meta: Any, records: list[Any]) -> Report:
        return cls(
            ReportMeta.from_dict(meta),
            [Node.from_record(r, f"node[{i}]") for i, r in enumerate(records)],
        )

    @classmethod
    def from_document(cls, doc: Any) -> Report:
        """Build a report from the nested document form (see docs/report-format.md)."""
        if not isinstance(doc, dict):
            raise ModelError("document")
        schema = doc.get("schema")
        if schema != SCHEMA_VERSION:
            raise ModelError("schema", schema=repr(schema), n=SCHEMA_VERSION)
        meta = ReportMeta.from_dict(doc.get("report"))
        roots = doc.get("nodes")
        if not isinstance(roots, list):
            raise ModelError("list", key="nodes")
        nodes: list[Node] = []

        def visit(raw: Any, parent: str | None, path: str, order: int, depth: int = 1) -> None:
            if not isinstance(raw, dict):
                raise ModelError("object", f"simpul {path}")
            if depth > MAX_DEPTH:
                raise ModelError("too deep at", n=MAX_DEPTH, id=path)
            record = {k: v for k, v in raw.items() if k != "children"}
            if "id" not in record:
                record["id"] = derived_id(meta.id, path)
            record["parent"] = parent
            record["order"] = order
            node = Node.from_record(record, f"simpul {path}")
            nodes.append(node)
            children = raw.get("children", [])
            if not isinstance(children, list):
                raise ModelError("list", f"simpul {path}", key="children")
            for i, child in enumerate(children):
                visit(child, node.id, f"{path}.{i}", i, depth + 1)

        for i, root in enumerate(roots):
            visit(root, None, str(i), i)
        return cls(meta, nodes)

    def to_document(self) -> dict[str, Any]:
        def build(node: Node) -> dict[str, Any]:
            record = node.to_record()
            del record["parent"], record["order"]
            record["children"] = [build(c) for c in self.children(node.id)]
            return record

        return {
            "schema": SCHEMA_VERSION,
            "report": self.meta.to_dict(),
            "nodes": [build(r) for r in self.roots()],
        }
