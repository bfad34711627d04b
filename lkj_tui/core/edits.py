"""Changes to a report as values: built from the report on screen, applied checked, reversed.

A :class:`Change` holds, for every node it touches, the node before and after (``None``: absent),
and optionally the report meta before and after. That one shape covers every edit: a field (one
node), an added node (before ``None``), a deleted subtree (after ``None``), a move (another
``parent``), a reorder (other ``order`` values). :func:`apply` refuses, with :class:`StaleError`,
when a node is no longer what the change was built on — so an undo (the reversed change) never
overwrites what another process saved since. The store applies changes under its lock
(``Store.apply``); the TUI keeps them for undo and the change log (``core/changes.py``).

Fields are named as ``lkj-tui set`` names them: ``name``, ``code``, ``target``, ``realisasi``,
``tw1``…``tw4``, ``satuan``, ``polaritas``, ``cara_hitung``, ``target_<year>``, ``realisasi_<year>``,
``target_akhir``, ``penanggung_jawab``, ``anggaran``, ``realisasi_anggaran``; ``permasalahan+`` and
``solusi+`` append an item. Pure: no I/O.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from lkj_tui.core.codes import UNIQUE_CODE_KINDS, next_free, same_code, taken_by
from lkj_tui.core.i18n import quarter_label, tr
from lkj_tui.core.limits import LINE_LIMIT, TEXT_LIMIT
from lkj_tui.core.model import (
    CARA_HITUNG,
    MEASURED_KINDS,
    NODE_KINDS,
    PARENT_KINDS,
    POLARITIES,
    Item,
    Measure,
    ModelError,
    Node,
    Report,
    ReportMeta,
    child_kinds,
    new_id,
)
from lkj_tui.core.sanitize import clean_line, clean_words
from lkj_tui.core.values import ParseError, percent_satuan, typed_value, written_id
from lkj_tui.core.words import parse_cara_hitung, parse_polarity

QUARTER_FIELDS = ("tw1", "tw2", "tw3", "tw4")
#: A target per quarter (``Measure.target_triwulan``), named as the import's columns.
QUARTER_TARGET_FIELDS = ("target_tw1", "target_tw2", "target_tw3", "target_tw4")
VALUE_FIELDS = ("target", "realisasi", "target_akhir", *QUARTER_FIELDS, *QUARTER_TARGET_FIELDS)
MEASURE_TEXT_FIELDS = ("satuan", "polaritas", "cara_hitung")
NODE_TEXT_FIELDS = ("name", "code", "penanggung_jawab")
BUDGET_FIELDS = ("anggaran", "realisasi_anggaran")
ITEM_FIELDS = ("permasalahan+", "solusi+")
#: Every field name ``set`` takes, besides ``target_<year>`` and ``realisasi_<year>``.
FIELDS = (
    *NODE_TEXT_FIELDS,
    "target",
    "realisasi",
    *QUARTER_FIELDS,
    *QUARTER_TARGET_FIELDS,
    *MEASURE_TEXT_FIELDS,
    "target_akhir",
    *BUDGET_FIELDS,
    *ITEM_FIELDS,
)
_YEAR_FIELD = re.compile(r"(target|realisasi)_([0-9]{4})")


class EditError(ModelError):
    """A change that cannot be made; ``message``/``message_en`` say why (nothing was changed).
    ``field``: the key the messages open with ("name: terlalu panjang …", as ``set`` takes it),
    for a form to name the field by its own label instead; "" when they open with no key."""

    def __init__(self, message: str, message_en: str, field: str = "") -> None:
        super().__init__(message)
        self.message, self.message_en, self.field = message, message_en, field

    def text(self, lang: str = "id") -> str:
        return self.message_en if lang == "en" else self.message


class NotMeasuredError(EditError):
    """A measure's field (target, realisasi…) set on a node that has no measure (a tujuan, a
    program): ``set`` then names the indicators beneath it."""


class StaleError(EditError):
    """A node (or the report meta) is no longer what the change was built on."""


@dataclass(frozen=True)
class Line:
    """One line of a change's description: node label, field, before → after (raw text);
    ``typed``: the value as typed, where it was stored in the Indonesian form
    (:func:`~lkj_tui.core.values.written_id`: "2.93" stored "2,93"), kept for the log."""

    node: str
    field: str
    before: str
    after: str
    typed: str = ""


@dataclass(frozen=True)
class Change:
    """Nodes (and meta) before and after one user-level change, with its description."""

    nodes: tuple[tuple[str, Node | None, Node | None], ...]
    lines: tuple[Line, ...]
    meta: tuple[ReportMeta, ReportMeta] | None = None
    focus: str | None = None  # the node to show once the change is applied
    focus_back: str | None = None  # the node to show once it is undone
    #: A sync conflict chosen (``sync/resolve.choice``): the recorded conflicts (as stored, JSON)
    #: before and after, which the store checks and sets with the nodes (``Store.apply``).
    conflicts: tuple[tuple[Any, ...], tuple[Any, ...]] | None = None
    #: … and how it was chosen, for the words of the journal and the logs: ("keep" or "take",
    #: the value kept in the file, the other office's value), as shown.
    choice: tuple[str, str, str] | None = None
    #: Every recorded conflict chosen at once (K's "all", ``sync/resolve.choice_all``): each
    #: line's ``choice``, in the order of :attr:`lines`.
    choices: tuple[tuple[str, str, str], ...] = ()

    @property
    def structural(self) -> bool:
        """Whether nodes come, go, move or change their order (the tree must be rebuilt)."""
        for _, before, after in self.nodes:
            if before is None or after is None:
                return True
            if before.parent != after.parent or before.order != after.order:
                return True
        return False

    def reversed(self) -> Change:
        return Change(
            tuple((i, after, before) for i, before, after in self.nodes),
            tuple(Line(x.node, x.field, x.after, x.before) for x in self.lines),
            (self.meta[1], self.meta[0]) if self.meta else None,
            self.focus_back,
            self.focus,
            (self.conflicts[1], self.conflicts[0]) if self.conflicts else None,
            self.choice,
            self.choices,
        )


#: A node's label in messages and the change log is at most this long (cut with "…").
LABEL_LIMIT = 80


def label(node: Node | None) -> str:
    """How a node is named in messages and the change log: its code, else its name, on one line,
    cleaned, and cut after a whole word to ``LABEL_LIMIT`` characters with "…" (the export's
    change table showed a long name cut with nothing to say so; then cut mid-word: "… Kabupaten
    Bengkulu Sel…"). The TUI's cut (``clean_words``). Linear in the name's length."""
    if node is None:
        return "—"
    return clean_words(" ".join((node.code or node.name).split()), LABEL_LIMIT) or node.id[:8]


def named_label(node: Node | None) -> str:
    """A node as a move's line names its old and new parent: its code and its name, as ``check``
    names a node, "S1 Meningkatnya Kualitas Penyelenggaraan…", where the minutes read "pindah |
    S1 | S2", codes with no word (edit37); :func:`label` where it has no code. Linear."""
    if node is None or not node.code:
        return label(node)
    return clean_words(" ".join(f"{node.code} {node.name}".split()), LABEL_LIMIT)


def apply(report: Report, change: Change) -> None:
    """Apply ``change`` to ``report`` in place; :class:`StaleError` (nothing changed) when a node or
    the meta differs from what the change was built on."""
    for node_id, before, _ in change.nodes:
        current = report.get(node_id)
        if current != before:
            name = label(current or before)
            raise StaleError(
                f"simpul {name} sudah diubah proses lain sejak itu; tidak ditimpa",
                f"node {name} was changed by another process since; not overwritten",
            )
    if change.meta is not None and report.meta != change.meta[0]:
        raise StaleError(
            "data laporan sudah diubah proses lain sejak itu; tidak ditimpa",
            "the report data was changed by another process since; not overwritten",
        )
    report.apply_nodes({node_id: after for node_id, _, after in change.nodes})
    if change.meta is not None:
        report.meta = change.meta[1]


# --------------------------------------------------------------------------- fields


def field_value(node: Node, field: str) -> str | None:
    """The current text of ``field`` (a ``set`` field name) on ``node``; None when empty."""
    m = node.measure
    if field in ("name", "code"):
        return str(getattr(node, field)) or None
    if field == "penanggung_jawab":
        return node.info.get("penanggung_jawab") or None
    if field in BUDGET_FIELDS:
        return getattr(node, field)  # type: ignore[no-any-return]
    if m is None:
        return None
    if field in ("target", "realisasi", "target_akhir", "satuan", "polaritas", "cara_hitung"):
        return getattr(m, field)  # type: ignore[no-any-return]
    if field in QUARTER_FIELDS:
        return m.triwulan[QUARTER_FIELDS.index(field)]
    if field in QUARTER_TARGET_FIELDS:
        return m.target_triwulan[QUARTER_TARGET_FIELDS.index(field)]
    year = _YEAR_FIELD.fullmatch(field)
    if year:
        series = m.targets if year[1] == "target" else m.realisasi_history
        return series.get(int(year[2]))
    return None


def _fields_of(node: Node) -> list[str]:
    out = ["name", "code", "penanggung_jawab", *BUDGET_FIELDS]
    m = node.measure
    if m is not None:
        out += ["satuan", "polaritas", "cara_hitung", "target", "realisasi", *QUARTER_FIELDS]
        out += [*QUARTER_TARGET_FIELDS, "target_akhir"]
        out += [f"target_{y}" for y in sorted(m.targets)]
        out += [f"realisasi_{y}" for y in sorted(m.realisasi_history)]
    return out


def diff_lines(before: Node, after: Node) -> list[Line]:
    """What differs between two versions of a node, field by field (items by number)."""
    name = label(after)
    out: list[Line] = []
    seen: set[str] = set()
    for field in [*_fields_of(before), *_fields_of(after)]:
        if field in seen:
            continue
        seen.add(field)
        old, new = field_value(before, field), field_value(after, field)
        if old != new:
            out.append(Line(name, field, old or "", new or ""))
    for kind in ("permasalahan", "solusi"):
        old_items = {i.id: (n, i.text) for n, i in enumerate(getattr(before, kind), 1)}
        new_items = {i.id: (n, i.text) for n, i in enumerate(getattr(after, kind), 1)}
        for item_id, (n, text) in new_items.items():
            if item_id not in old_items:
                out.append(Line(name, f"{kind} {n}", "", text))
            elif old_items[item_id][1] != text:
                out.append(Line(name, f"{kind} {n}", old_items[item_id][1], text))
        for item_id, (n, text) in old_items.items():
            if item_id not in new_items:
                out.append(Line(name, f"{kind} {n}", text, ""))
    if before.measure is None and after.measure is not None:
        out.append(Line(name, "measure", "", "+"))
    return out


def _bad(message: str, message_en: str, field: str = "") -> EditError:
    return EditError(message, message_en, field)


def _named(field: str) -> tuple[str, str]:
    """How a message names ``field`` (Bahasa Indonesia, English): a quarter as users read it
    ("Triwulan I", "Quarter 1"; ``i18n.quarter_label``), not by the key ``set`` takes (``tw1``);
    any other field by its key."""
    if field in QUARTER_FIELDS or field in QUARTER_TARGET_FIELDS:
        target = field in QUARTER_TARGET_FIELDS
        n = int(field[-1])
        return quarter_label(n, "id", target), quarter_label(n, "en", target)
    return field, field


def one_line(field: str, value: str) -> str:
    """A one-line field (a name, a code, the instansi) as saved, its whitespace folded;
    :class:`EditError` when it is longer than :data:`LINE_LIMIT` (``set``, the TUI, the import's
    and ``new``'s instansi alike: vals39, a pasted megabyte instansi was the title of every
    ``status``)."""
    text = " ".join(value.split())
    if len(text) > LINE_LIMIT:
        name, name_en = _named(field)
        n, limit = f"{len(text):,}", f"{LINE_LIMIT:,}"  # grouped as the counts elsewhere
        raise _bad(
            f"{name}: terlalu panjang ({n.replace(',', '.')} karakter, paling banyak "
            f"{limit.replace(',', '.')}): satu baris, mis. nama atau kode seperti tercetak",
            f"{name_en}: too long ({n} characters, at most {limit}): one line, e.g. a name or "
            "code as printed",
            field,
        )
    return text


def item_text(kind: str, value: str) -> str:
    """A permasalahan or solusi (``kind``) as saved, stripped; :class:`EditError` when it is
    empty or longer than :data:`TEXT_LIMIT` (``set``'s ``permasalahan+`` and the TUI's dialog
    alike: the dialog saved a pasted 200,000 characters that ``set`` refused)."""
    text = value.strip()
    if not text:
        raise _bad(f"{kind}: teks tidak boleh kosong", f"{kind}: the text must not be empty", kind)
    if len(text) > TEXT_LIMIT:
        n, limit = f"{len(text):,}", f"{TEXT_LIMIT:,}"
        raise _bad(
            f"{kind}: terlalu panjang ({n.replace(',', '.')} karakter, paling banyak "
            f"{limit.replace(',', '.')}): ringkas, atau simpan uraian panjang di dokumen "
            "pendukung",
            f"{kind}: too long ({n} characters, at most {limit}): shorten it, or keep a long "
            "account in a supporting document",
            kind,
        )
    return text


def item_texts(kind: str, value: str) -> list[str]:
    """The permasalahan or solusi (``kind``) of a typed text: one per line, as a cell of an
    imported sheet gives them (``importing.rows.split_items``; the TUI's dialog saved two lines
    as one item with a break, the same lines in a cell as two: walk57), blank lines left out;
    the whole held to :func:`item_text` (a pasted megabyte of lines is refused, not made
    thousands of items). Linear in the text's length."""
    whole = item_text(kind, value)
    return [line.strip() for line in whole.split("\n") if line.strip()]


def _checked_value(field: str, value: str) -> str | None:
    text = value.strip()
    if len(text) > LINE_LIMIT:
        one_line(field, text)
    try:
        if text:  # (what the field takes: values.typed_value)
            typed_value(text, field in BUDGET_FIELDS)
    except ParseError as exc:
        name, name_en = _named(field)
        raise _bad(f"{name}: {exc.message}", f"{name_en}: {exc.message_en}", field) from None
    return written_id(text) or None  # ("2.93" as the report writes it, "2,93": one form)


def _measure_of(node: Node, field: str) -> Measure:
    if node.kind not in MEASURED_KINDS:
        name, name_en = _named(field)
        said, said_en = _kind_named(node, "id"), _kind_named(node, "en")
        raise NotMeasuredError(
            f"{name}: {said} tidak punya target/realisasi",
            f"{name_en}: {said_en} has no target/realisasi",
            field,
        )
    return node.measure or Measure()


def _kind_named(node: Node, lang: str) -> str:
    """A node as "Program Baru" when its label begins with its kind's word (the report's, in
    either language), else the kind and the label ("Sasaran S1"): it said "Program Program
    Baru", "Activity (Kegiatan) Kegiatan administrasi…"."""
    kind, named = tr(node.kind, lang), label(node)
    folded = named.casefold()
    if folded.startswith(kind.casefold()) or folded.startswith(tr(node.kind).casefold()):
        return named
    return f"{kind} {named}"


def with_field(node: Node, field: str, value: str) -> Node:
    """``node`` with ``field`` set to the typed ``value`` (empty clears it), validated as the TUI
    validates it; :class:`EditError` says why not. (Comparability of target and realisasi is
    :func:`comparability`'s job: it needs the engine.)"""
    if field == "name":
        text = one_line(field, value)
        if not text:
            raise _bad("name: nama tidak boleh kosong", "name: the name must not be empty", "name")
        return node.with_changes(name=text)
    if field == "code":
        return node.with_changes(code=one_line(field, value))
    if field == "penanggung_jawab":
        info = dict(node.info)
        text = one_line(field, value)
        if text:
            info["penanggung_jawab"] = text
        else:
            info.pop("penanggung_jawab", None)
        return node.with_changes(info=info)
    if field in BUDGET_FIELDS:
        return node.with_changes(**{field: _checked_value(field, value)})
    if field in ITEM_FIELDS:
        kind = field[:-1]
        added = (Item(new_id(), text) for text in item_texts(kind, value))
        return node.with_changes(**{kind: (*getattr(node, kind), *added)})
    year = _YEAR_FIELD.fullmatch(field)
    if f"{field}+" in ITEM_FIELDS:  # a list of items: ``set`` adds one; the TUI edits and deletes
        raise _bad(
            f"{field} adalah daftar butir: tambah satu dengan '{field}+' (mis. set \"IKU 1\" "
            f"{field}+ \"teks\"); di TUI: '{field[0]}' mengubah butir, 'd' menghapusnya",
            f"{field} is a list of items: add one with '{field}+' (e.g. set \"IKU 1\" {field}+ "
            f"\"text\"); in the TUI '{field[0]}' edits an item, 'd' deletes it",
        )
    if field not in FIELDS and year is None:
        # (a typo, "tagret", "anggran", "Realisasi anggran": the field meant, first, as typed:
        # a key or a printed name; changes imports this module, so it is imported here)
        from lkj_tui.core.changes import meant_field
        from lkj_tui.core.longvalue import quoted

        close = meant_field(field)
        typed, typed_en = repr(quoted(field, "id")), repr(quoted(field, "en"))
        meant = f"{typed}; maksud Anda {close}?" if close else typed
        meant_en = f"{typed_en}; did you mean {close}?" if close else typed_en
        raise _bad(
            f"kolom tidak dikenal: {meant} (pilih: {', '.join(FIELDS)}, target_<tahun>, "
            "realisasi_<tahun>)",
            f"unknown field: {meant_en} (choose: {', '.join(FIELDS)}, target_<year>, "
            "realisasi_<year>)",
        )
    m = _measure_of(node, field)
    changes: dict[str, Any]
    if field == "satuan":
        changes = {"satuan": one_line(field, value) or None}
    elif field == "polaritas":
        polar = parse_polarity(value)  # the import's words too: "naik", "turun", "rentang"…
        if polar is None:
            from lkj_tui.core.longvalue import quoted  # (a value a message quotes: one rule)

            raise _bad(
                f"polaritas harus {', '.join(POLARITIES[:-1])} atau {POLARITIES[-1]}, bukan "
                f"{quoted(value.strip(), 'id')!r}",
                f"polaritas must be {', '.join(POLARITIES[:-1])} or {POLARITIES[-1]}, not "
                f"{quoted(value.strip(), 'en')!r}",
                field,
            )
        changes = {"polaritas": polar}
    elif field == "cara_hitung":
        cara = parse_cara_hitung(value) if value.strip() else ""
        if cara is None:
            from lkj_tui.core.longvalue import quoted

            raise _bad(
                f"cara_hitung harus {', '.join(CARA_HITUNG)} atau kosong, bukan "
                f"{quoted(value.strip(), 'id')!r}",
                f"cara_hitung must be {', '.join(CARA_HITUNG)} or empty, not "
                f"{quoted(value.strip(), 'en')!r}",
                field,
            )
        changes = {"cara_hitung": cara or None}
    elif field in QUARTER_FIELDS:
        quarters = list(m.triwulan)
        quarters[QUARTER_FIELDS.index(field)] = _checked_value(field, value)
        changes = {"triwulan": tuple(quarters)}
    elif field in QUARTER_TARGET_FIELDS:
        targets = list(m.target_triwulan)
        targets[QUARTER_TARGET_FIELDS.index(field)] = _checked_value(field, value)
        changes = {"target_triwulan": tuple(targets)}
    elif year is not None:
        y = int(year[2])
        if not 1900 <= y <= 2200:
            raise _bad(
                f"{field}: tahun {y} tidak masuk akal", f"{field}: year {y} is implausible", field
            )
        key = "targets" if year[1] == "target" else "realisasi_history"
        series = dict(getattr(m, key))
        checked = _checked_value(field, value)
        if checked is None:
            series.pop(y, None)
        else:
            series[y] = checked
        changes = {key: dict(sorted(series.items()))}
    else:  # target, realisasi, target_akhir
        changes = {field: _checked_value(field, value)}
    return node.with_changes(measure=dataclasses.replace(m, **changes))


def comparability(
    before: Node, after: Node, scales: Any = None, typed: Mapping[str, str] | None = None
) -> EditError | None:
    """Why ``after`` must not be saved: its target and realisasi give no capaian although
    ``before``'s did (a typo would silently make the indicator "not measurable"), or a capaian
    beyond the engine's reach (10^12 %), whatever ``before`` gave. None: fine. ``typed``: the
    values typed, by field: the refusal quotes them as typed ("> 2.5", stored "> 2,5", vals59)."""
    from lkj_tui.core.engine import DEFAULT_SCALES, compute

    scales = scales if scales is not None else DEFAULT_SCALES
    if before.measure is None or after.measure is None:
        return None
    b, a = before.measure, after.measure

    def shown(field: str, stored: str | None) -> str | None:
        return as_typed(stored, typed.get(field) if typed else None)

    for i, field in enumerate(QUARTER_FIELDS):  # a quarter of another kind than its target
        raw, own = a.triwulan[i], a.target_triwulan[i]
        if (raw, own) == (b.triwulan[i], b.target_triwulan[i]) or not raw:
            continue
        mark = shown(QUARTER_TARGET_FIELDS[i], own) if own else shown("target", a.target)
        quarter = compute(mark, shown(field, raw), a.polaritas, scales)
        if quarter.reason_code == "incomparable":  # ("abc" against 3,22: a typo kept as text)
            name, name_en = _named(field)
            return _bad(
                f"{name}: capaian tidak dapat dihitung dengan nilai ini: {quarter.reason}",
                f"{name_en}: no capaian can be computed with this value: {quarter.reason_en}",
                field,
            )
    if (b.target, b.realisasi, b.polaritas) == (a.target, a.realisasi, a.polaritas):
        return None
    new = compute(shown("target", a.target), shown("realisasi", a.realisasi), a.polaritas, scales)
    if new.rounded is not None or new.verdict:  # a capaian, or met or not without one
        return None
    if new.reason_code in ("target_missing", "realisasi_missing"):
        return None
    old = compute(b.target, b.realisasi, b.polaritas, scales)
    if old.rounded is None and new.reason_code != "out_of_range":
        return None  # (a value beyond the engine's reach is refused whatever came before: vals34)
    return _bad(
        f"capaian tidak dapat dihitung dengan nilai ini: {new.reason or new.reason_code}",
        f"no capaian can be computed with this value: {new.reason_en or new.reason_code}",
    )


# --------------------------------------------------------------------------- building changes


def check_code_free(report: Report, node: Node) -> None:
    """:class:`EditError` when ``node``'s kode is the kode of another tujuan, sasaran or indicator
    (a second "IKU 1" was saved without a word, and ``set "IKU 1"``, the search and the reviu
    then named two nodes): the message names that node and the next free kode of its series
    ("IKU 11"). Linear in the report's nodes."""
    if node.kind not in UNIQUE_CODE_KINDS or not node.code.strip():
        return
    mine = same_code(node.code)
    taken = next(
        (
            other
            for other in report.walk()
            if other.id != node.id
            and other.kind in UNIQUE_CODE_KINDS
            and same_code(other.code) == mine
        ),
        None,
    )
    if taken is None:
        return
    said_id, said_en = taken_by(taken, next_free(report, taken.code, skip=node.id))
    code = clean_words(node.code, 30)
    raise _bad(f"code: {code} {said_id}", f"code: {code} {said_en}", "code")


def edit(
    report: Report,
    after: Node,
    lines: Iterable[Line] | None = None,
    typed: Mapping[str, str] | None = None,
) -> Change:
    """One node replaced by ``after`` (same parent and place); ``typed``: the values typed, by
    field, each kept on its line where it was stored otherwise (:func:`typed_lines`)."""
    before = report.node(after.id)
    if (before.parent, before.order) != (after.parent, after.order):
        raise _bad("gunakan pindah untuk mengubah induk", "use move to change the parent")
    if same_code(before.code) != same_code(after.code):
        check_code_free(report, after)
    described = tuple(lines) if lines is not None else tuple(diff_lines(before, after))
    if typed:
        described = typed_lines(described, typed)
    return Change(((after.id, before, after),), described, None, after.id, after.id)


def as_typed(stored: str | None, typed: str | None) -> str | None:
    """The value ``stored`` as it was ``typed`` where that reads the same ("> 2.5", stored
    "> 2,5": :func:`typed_lines`' rule), for a message to quote what the user typed (vals59,
    vals61); else ``stored``."""
    text = (typed or "").strip()
    return text if text and stored and written_id(text) == stored else stored


def typed_lines(lines: Iterable[Line], typed: Mapping[str, str]) -> tuple[Line, ...]:
    """``lines`` with the value typed for each one's field kept on it (:attr:`Line.typed`)
    where the value stored is that typed in the Indonesian form ("2.93" stored "2,93": the
    log says both, nothing typed lost); other lines as they are."""
    out = []
    for line in lines:
        text = typed.get(line.field, "").strip()
        if text and text != line.after and written_id(text) == line.after:
            line = dataclasses.replace(line, typed=text)
        out.append(line)
    return tuple(out)


def set_field(report: Report, node_id: str, field: str, value: str, scales: Any = None) -> Change:
    """The change ``lkj-tui set`` and the TUI's dialogs make: one field, validated."""
    before = report.node(node_id)
    after = with_field(before, field, value)
    if field in ("target", "realisasi", "polaritas", *QUARTER_FIELDS, *QUARTER_TARGET_FIELDS):
        if scales is None and report.meta.scales:
            from lkj_tui.core.scales import Scales

            scales = Scales.from_dict(report.meta.scales)
        refused = comparability(before, after, scales, {field: value})
        if refused is not None:
            raise refused
    return edit(report, after, typed={field: value})


def _renumber(
    report: Report, ids: list[str], moved: Mapping[str, Node] | None = None
) -> dict[str, Node]:
    """Nodes whose ``order`` must change so ``ids`` sort in this order (0, 1, 2…)."""
    moved = moved or {}
    out: dict[str, Node] = {}
    for order, node_id in enumerate(ids):
        node = moved.get(node_id) or report.node(node_id)
        if node.order != order or node_id in moved:
            out[node_id] = node.with_changes(order=order)
    return out


def _allowed(kind: str, parent: Node | None) -> None:
    parent_kind = parent.kind if parent is not None else None
    if parent_kind not in PARENT_KINDS.get(kind, ()):
        where = tr(parent.kind) if parent is not None else "puncak"
        where_en = tr(parent.kind, "en") if parent is not None else "the top"
        allowed = ", ".join(tr(k) for k in child_kinds(parent_kind)) or "—"
        allowed_en = ", ".join(tr(k, "en") for k in child_kinds(parent_kind)) or "—"
        raise _bad(
            f"{tr(kind)} tidak dapat berada di bawah {where} (yang boleh: {allowed})",
            f"{tr(kind, 'en')} cannot sit under {where_en} (allowed: {allowed_en})",
        )


def add(
    report: Report,
    parent_id: str | None,
    kind: str,
    name: str,
    code: str = "",
    after_id: str | None = None,
    node_id: str | None = None,
) -> Change:
    """A new node of ``kind`` under ``parent_id`` (None: a new tujuan), after the sibling
    ``after_id`` (None: last). Measured kinds get an empty measure."""
    if kind not in NODE_KINDS:
        raise _bad(f"jenis simpul tidak dikenal: {kind!r}", f"unknown node kind: {kind!r}")
    parent = report.node(parent_id) if parent_id is not None else None
    _allowed(kind, parent)
    name = one_line("name", name)
    if not name:
        raise _bad("name: nama tidak boleh kosong", "name: the name must not be empty", "name")
    node = Node(
        id=node_id or new_id(),
        kind=kind,  # type: ignore[arg-type]
        name=name,
        parent=parent_id,
        code=one_line("code", code),
        measure=Measure() if kind in MEASURED_KINDS else None,
    )
    check_code_free(report, node)
    ids = [n.id for n in report.children(parent_id)]
    at = ids.index(after_id) + 1 if after_id in ids else len(ids)
    ids.insert(at, node.id)
    changed = _renumber(report, ids, {node.id: node})
    nodes = [(i, report.get(i), n) for i, n in changed.items()]
    back = after_id or parent_id
    line = Line(label(node), "node", "", f"{kind}: {name}")
    return Change(tuple(nodes), (line,), None, node.id, back)


def subtree(report: Report, node_id: str) -> list[Node]:
    """The node and everything beneath it."""
    return [report.node(node_id), *report.walk(node_id)]


def delete(report: Report, node_id: str) -> Change:
    """The node and its subtree removed."""
    gone = subtree(report, node_id)
    top = gone[0]
    siblings = [n.id for n in report.children(top.parent)]
    pos = siblings.index(node_id)
    near = siblings[pos + 1] if pos + 1 < len(siblings) else (siblings[pos - 1] if pos else None)
    text = f"{top.kind}: {top.name}" + (f" (+{len(gone) - 1})" if len(gone) > 1 else "")
    line = Line(label(top), "node", text, "")
    nodes = tuple((n.id, n, None) for n in gone)
    return Change(nodes, (line,), None, near or top.parent, node_id)


def move_targets(report: Report, node_id: str) -> list[Node]:
    """The nodes ``node_id`` may move under: of an allowed kind, not in its own subtree, not its
    current parent."""
    node = report.node(node_id)
    inside = {n.id for n in subtree(report, node_id)}
    kinds = PARENT_KINDS.get(node.kind, ())
    return [
        n for n in report.walk() if n.kind in kinds and n.id not in inside and n.id != node.parent
    ]


def move(report: Report, node_id: str, parent_id: str | None) -> Change:
    """The node (with its subtree) moved to the end of ``parent_id``'s children."""
    node = report.node(node_id)
    parent = report.node(parent_id) if parent_id is not None else None
    _allowed(node.kind, parent)
    if parent_id is not None and parent_id in {n.id for n in subtree(report, node_id)}:
        raise _bad(
            "simpul tidak dapat dipindah ke bawah dirinya sendiri",
            "a node cannot move under itself",
        )
    if parent_id == node.parent:
        raise _bad("simpul sudah berada di sana", "the node is there already")
    ids = [n.id for n in report.children(parent_id)] + [node_id]
    changed = _renumber(report, ids, {node_id: node.with_changes(parent=parent_id)})
    old_parent = report.get(node.parent) if node.parent else None
    line = Line(label(node), "parent", named_label(old_parent), named_label(parent))
    nodes = tuple((i, report.get(i), n) for i, n in changed.items())
    return Change(nodes, (line,), None, node_id, node_id)


def shift(report: Report, node_id: str, delta: int) -> Change | None:
    """The node moved ``delta`` places among its siblings (None when it cannot move further)."""
    node = report.node(node_id)
    ids = [n.id for n in report.children(node.parent)]
    pos = ids.index(node_id)
    to = pos + delta
    if not 0 <= to < len(ids):
        return None
    ids.insert(to, ids.pop(pos))
    changed = _renumber(report, ids)
    line = Line(label(node), "order", str(pos + 1), str(to + 1))
    nodes = tuple((i, report.get(i), n) for i, n in changed.items())
    return Change(nodes, (line,), None, node_id, node_id)


META_LISTS = ("misi", "isu_strategis", "perbaikan_kinerja")


def set_meta(report: Report, **changes: Any) -> Change:
    """Report-level fields changed (instansi, tahun, periode, misi, isu_strategis,
    perbaikan_kinerja…); the id cannot change."""
    if changes.get("id", report.meta.id) != report.meta.id:
        raise _bad("id laporan tidak dapat diubah", "the report id cannot change")
    before = report.meta
    after = dataclasses.replace(before, **changes)
    ReportMeta.from_dict(after.to_dict())  # the same checks as on read
    lines = []
    for key in changes:
        old, new = getattr(before, key), getattr(after, key)
        if old != new:
            lines.append(Line(before.id, key, _meta_text(old), _meta_text(new)))
    return Change((), tuple(lines), (before, after))


def _meta_text(value: Any) -> str:
    if isinstance(value, tuple):
        return " | ".join(str(v) for v in value)
    return str(value)


# --------------------------------------------------------------------------- doubts about a value

#: The engine's notes that explain a capaian rather than doubt the input: they need no second look.
EXPLAINING = (
    "rounded",
    "opinion",
    "grade",
    "range_in_range",
    "direction",
    "capped",
    "derived",
    "stabil_zero_bound",
)


@cache
def _explaining() -> tuple[tuple[str, ...], ...]:
    """Every :data:`EXPLAINING` note's template, in both languages, as its literal parts between
    its fields (from the core's templates, so a reworded message still matches)."""
    from lkj_tui.core.messages import MESSAGES

    templates = [text for key in EXPLAINING for text in MESSAGES[key]]
    return tuple(tuple(re.split(r"\{\w+\}", template)) for template in templates)


def _fills(note: str, parts: tuple[str, ...]) -> bool:
    """Whether ``note`` is the template of these literal ``parts`` with each field filled by any
    one-line text: its first part at the start, its last at the end, the others in order between
    (the leftmost place of each leaves the most room for the rest). Linear in the note, where a
    pattern of ``.*?`` between the parts was quadratic ("{v}{m}": 45 ms at 4,000 characters)."""
    if len(parts) == 1:
        return note == parts[0]
    first, *middle, last = parts
    end = len(note) - len(last)
    if end < len(first) or not note.startswith(first) or not note.endswith(last):
        return False
    at = len(first)
    for part in middle:
        at = note.find(part, at, end)
        if at < 0:
            return False
        at += len(part)
    return True


def doubts(
    notes: tuple[str, ...], other_notes: tuple[str, ...] = (), satuan: str = ""
) -> tuple[str, ...]:
    """The notes worth a second look before saving: not an explanation, not about the other side
    of the pair (the TUI asks a second Enter for them; ``set`` prints them). Where the
    indicator's ``satuan`` is percent, a "%" written on one side only is no doubt: the satuan
    says both are (a target "80 persen" against a bare 76 was doubted, edit48)."""
    found = tuple(n for n in notes if n not in other_notes and not _explains(n))
    if found and percent_satuan(satuan):
        return tuple(n for n in found if not any(_fills(n, p) for p in _one_percent()))
    return found


@cache
def _one_percent() -> tuple[tuple[str, ...], ...]:
    """The engine's note of a "%" on one side only, as :func:`_explaining` gives its parts."""
    from lkj_tui.core.messages import MESSAGES

    return tuple(tuple(re.split(r"\{\w+\}", text)) for text in MESSAGES["one_percent"])


def _explains(note: str) -> bool:
    """Whether ``note`` is one of :data:`EXPLAINING` (a field holds no line break: the engine's
    notes are one line each)."""
    return "\n" not in note and any(_fills(note, parts) for parts in _explaining())


def reading(raw: str, lang: str = "id") -> str:
    """What a value is read as, in words ("rentang", "persen", "teks"); "" when it cannot be
    read (its own error says why)."""
    from lkj_tui.core.messages import KINDS
    from lkj_tui.core.values import parse_value

    try:
        value = parse_value(raw)
    except ParseError:
        return ""
    if value.kind == "number" and value.percent:
        return "percent" if lang == "en" else "persen"
    word = KINDS.get(value.kind)
    return (word[1] if lang == "en" else word[0]) if word else ""


def percent_doubts(
    target: str | None, realisasi: str | None, satuan: str, typed: str, lang: str = "id"
) -> tuple[str, ...]:
    """The engine's fraction doubt where the indicator's satuan is "%" and neither value writes
    one: "0,8707" typed against 87,07 gave a capaian of 1,00 % without a word, and ``check``
    then called it an error ("Persen dibandingkan dengan pecahan"). ``typed``: the side typed,
    ``target`` or ``realisasi``; the doubt is about it. Empty for any other pair."""
    from lkj_tui.core.messages import quoted_msg
    from lkj_tui.core.values import parse_value

    if not percent_satuan(satuan) or not (target and realisasi):
        return ()
    try:
        values = parse_value(target), parse_value(realisasi)
    except ParseError:
        return ()
    frac, pct = values[::-1] if typed == "realisasi" else values
    x, p = frac.number, pct.number
    if x is None or p is None or frac.percent or pct.percent or frac.unit_key or pct.unit_key:
        return ()  # (a "%" written: the engine's own note says it)
    if frac.kind != "number" or pct.kind != "number" or not 0 < x <= 1 < p:
        return ()
    said = quoted_msg("fraction", x=x, p=(x * 100).normalize())  # (as the engine's note)
    return (said[1] if lang == "en" else said[0],)


def lone_doubts(raw: str, typed: str, lang: str = "id") -> tuple[str, ...]:
    """The doubts about a value typed while the other side of its pair is empty (a target set
    before any realisasi, as in next year's report): the engine compares nothing then and notes
    nothing, so these are its reading's own notes (a dot read as a decimal comma, an English
    number, an ambiguous "1.234") and, for a value read as text, that only the same text written
    on the other side meets it ("tiga koma" typed for 3,32 would leave the indicator without a
    capaian once its realisasi is a number). ``typed``: ``target`` or ``realisasi``."""
    from lkj_tui.core.values import parse_value

    try:
        value = parse_value(raw)
    except ParseError:
        return ()
    notes = value.notes_en if lang == "en" else value.notes
    if value.kind != "text":
        return doubts(notes)
    from lkj_tui.core.longvalue import quoted

    shown = quoted(" ".join(clean_line(raw).split()), lang)
    if lang == "en":
        other = "realisasi" if typed == "target" else "target"
        said = (
            f"“{shown}” is no number, percent, range, threshold, grade or opinion: a capaian "
            f"is given only when the {other} is written exactly the same"
        )
    else:
        other = "realisasinya" if typed == "target" else "targetnya"
        said = (
            f"“{shown}” bukan angka, persen, rentang, ambang, predikat atau opini: capaian "
            f"hanya dihitung bila {other} tertulis sama persis"
        )
    return (*doubts(notes), said)
