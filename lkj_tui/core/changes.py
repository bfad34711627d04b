"""A session's undo, redo and change log, without any front end (testable without the TUI).

The TUI records every change it saved (:class:`lkj_tui.core.edits.Change`). ``undo`` hands out the
reversed last change for the caller to save like any edit (through the store, so it survives a crash
and another process sees it); once saved, :meth:`ChangeLog.undone` moves it to the redo stack. A new
edit clears the redo stack. Every saved change — edit, undo or redo — is one log entry: when, what
(node, field, before → after), for the minutes ("Perubahan dalam rapat").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache
from typing import Literal

from lkj_tui.core.edits import FIELDS, QUARTER_FIELDS, QUARTER_TARGET_FIELDS, Change, Line
from lkj_tui.core.i18n import quarter_label, tr
from lkj_tui.core.model import NODE_KINDS, POLARITIES
from lkj_tui.core.sanitize import clean_words

Kind = Literal["edit", "undo", "redo"]


@dataclass(frozen=True)
class Entry:
    """One saved change of the session."""

    at: datetime
    kind: Kind
    lines: tuple[Line, ...]
    revision: int = 0  # the store revision it was saved as
    choice: tuple[str, str, str] | None = None  # a sync conflict chosen (edits.Change.choice)
    choices: tuple[tuple[str, str, str], ...] = ()  # every one at once: per line (.choices)
    report: str = ""  # the id of the report it changed (a report field's line names it)


@dataclass
class ChangeLog:
    """Undo and redo stacks and the list of what was saved, oldest first."""

    entries: list[Entry] = field(default_factory=list)
    _undo: list[Change] = field(default_factory=list)
    _redo: list[Change] = field(default_factory=list)

    def saved(
        self, change: Change, kind: Kind, at: datetime, revision: int = 0, report: str = ""
    ) -> None:
        """Record a change the store accepted. ``kind``: a new edit, or the undo/redo handed out
        by :meth:`next_undo`/:meth:`next_redo` (as given, i.e. already reversed for an undo);
        ``report``: the id of the report it changed."""
        if kind == "edit":
            self._undo.append(change)
            self._redo.clear()
        elif kind == "undo":
            self._redo.append(self._undo.pop().reversed().reversed())
        else:
            self._undo.append(self._redo.pop())
        entry = Entry(at, kind, change.lines, revision, change.choice, change.choices, report)
        self.entries.append(entry)

    def next_undo(self) -> Change | None:
        """What saving would undo the last change (its reverse), or None."""
        return self._undo[-1].reversed() if self._undo else None

    def next_redo(self) -> Change | None:
        return self._redo[-1] if self._redo else None

    def forget(self) -> None:
        """Drop the undo and redo stacks (another report was opened); the log stays."""
        self._undo.clear()
        self._redo.clear()

    @property
    def can_undo(self) -> int:
        return len(self._undo)

    @property
    def can_redo(self) -> int:
        return len(self._redo)


#: The words of the fields a change names that are not the report's own (``tr``).
_FIELD_WORDS: dict[str, tuple[str, str]] = {
    "name": ("Nama", "Name"),
    "code": ("Kode", "Code"),
    "cara_hitung": ("Cara hitung", "How counted"),
    "anggaran": ("Anggaran", "Budget (anggaran)"),
    "realisasi_anggaran": ("Realisasi anggaran", "Budget spent"),
    "parent": ("Induk", "Parent"),
    "order": ("Urutan", "Order"),
    "node": ("Simpul", "Node"),
    "laporan": ("Laporan", "Report"),
    "printed": ("Angka tercetak", "Printed figures"),
    "target_triwulan": ("Target triwulan", "Quarterly targets"),
    "source": ("Sumber", "Source"),
    "kind": ("Jenis simpul", "Node kind"),
    "pemerintah": ("Pemerintah daerah", "Regional government"),
    "catatan": ("Catatan", "Note"),
    "periode": ("Periode Renstra", "Renstra period"),
    "misi": ("Misi", "Misi"),
    "measure": ("Ukuran", "Measure"),  # a node given a measure (edits.diff_lines)
}
#: One permasalahan or solusi, by its number ("Permasalahan 2", "Problem 2").
_ITEM_WORDS = {"permasalahan": ("Permasalahan", "Problem"), "solusi": ("Solusi", "Solution")}


#: The parts of ``new --from``'s record (core/rollover.py's ``made_from``), in each language.
_MADE_FROM = {
    "blob": ("versi laporan lama", "the old report's version"),
    "tahun": ("tahun", "year"),
    "report": ("laporan lama", "old report"),
    "instansi": ("instansi", "agency"),
}


def path_key(path: tuple[str, ...]) -> str:
    """A field of a stored record (``("measure", "realisasi")``, ``("measure", "targets",
    "2024")``) as the change log names it (:attr:`Line.field`: ``realisasi``, ``target_2024``,
    ``tw1``; ``node`` for the whole record); a path with no such name as stored, joined by "."."""
    if not path:
        return "node"
    head, rest = path[0], path[1:]
    if head in ("measure", "info", "report") and rest:
        head, rest = rest[0], rest[1:]
    if head in ("targets", "realisasi_history") and len(rest) == 1 and rest[0].isdigit():
        return f"{'target' if head == 'targets' else 'realisasi'}_{rest[0]}"
    if (
        head in ("triwulan", "target_triwulan")
        and len(rest) == 1
        and rest[0] in ("1", "2", "3", "4")
    ):
        return f"{'target_' if head == 'target_triwulan' else ''}tw{rest[0]}"
    return ".".join(path) if rest else head


def path_label(path: tuple[str, ...], lang: str = "id", *, whole: str = "node") -> str:
    """A field of a stored node or report record, as the shared store's log and conflicts name
    it (:attr:`sync.history.Entry.field`, :attr:`merge.Conflict.field`: ``("measure",
    "realisasi")``, ``("measure", "targets", "2024")``, ``("info", "penanggung_jawab")``…): the
    words :func:`field_label` gives the same field in the change log (:func:`path_key`);
    ``whole`` (``node`` or ``laporan``) for the whole record; a path with no word for it as
    stored, joined by ".". Linear in the path's length."""
    if not path:
        return field_label(whole, lang)
    if path[0] == "made_from":  # new --from's record (two offices' differ: share14)
        rest = path[1:]
        word = _MADE_FROM.get(rest[0] if rest else "", ("", ""))[1 if lang == "en" else 0]
        made = "Made from (new --from)" if lang == "en" else "Asal laporan (new --from)"
        return f"{made}: {word}" if word else made
    key = path_key(path)
    label = field_label(key, lang)
    return ".".join(path) if label == key else label


#: What a change of the report's own fields (instansi, tahun, misi…) is named by, as the TUI's
#: toast names it (its lines' node is the report's id: edits.set_meta)
_REPORT_DATA = ("Data laporan", "Report data")


def line_node(line: Line, report: str, lang: str = "id") -> str:
    """The node a change's line names, as shown: a line of the report's own fields (its node is
    ``report``, the report's id) "Data laporan" ("Report data"), as its toast said it where the
    change log and the minutes said "bengkulu-selatan-…-2026"; other lines' node as stored."""
    return _REPORT_DATA[lang == "en"] if report and line.node == report else line.node


def line_values(line: Line, lang: str = "id") -> tuple[str, str]:
    """A line's before and after as shown: a node added or deleted is stored with its kind as
    stored ("indikator_kegiatan: Persentase …", language-free, so a journal reads the same in
    either language) and shown with the report's word for it ("Indikator kegiatan: Persentase …").
    A polaritas in the words the detail pane gives it ("negative (lower is better)": ``set
    --lang en`` said "Polarity: positif → negatif"). Other lines as stored. Linear in the values'
    length. A value stored otherwise than typed says both: "2,93 (diketik 2.93)" (Line.typed)."""
    if line.field == "polaritas":
        return _polarity_words(line.before, lang), _polarity_words(line.after, lang)
    if line.typed:
        return line.before, typed_said(line.after, line.typed, lang)
    if line.field != "node":
        return line.before, line.after
    return _kind_words(line.before, lang), _kind_words(line.after, lang)


def typed_said(after: str, typed: str, lang: str = "id") -> str:
    """A value stored in the Indonesian form with what was typed: "2,93 (diketik 2.93)"."""
    return f"{after} ({'typed' if lang == 'en' else 'diketik'} {typed})"


def _polarity_words(value: str, lang: str) -> str:
    return tr(value, lang) if value in POLARITIES else value


def _kind_words(text: str, lang: str) -> str:
    kind, sep, rest = text.partition(": ")
    return f"{tr(kind, lang)}: {rest}" if sep and kind in NODE_KINDS else text


def field_label(key: str, lang: str = "id") -> str:
    """A changed field as the change log names it (:attr:`Line.field`: ``target_2024``, ``tw1``,
    ``parent``…): the domain word where there is one, else the key."""
    if key.startswith("target_") and key[-4:].isdigit():  # Measure.targets: the Renstra's
        return f"{tr('target', lang)} Renstra {key[-4:]}"
    if key.startswith("realisasi_") and key[-4:].isdigit():
        return f"{tr('realisasi', lang)} {key[-4:]}"
    if key in QUARTER_FIELDS or key in QUARTER_TARGET_FIELDS:
        return quarter_label(int(key[-1]), lang, key in QUARTER_TARGET_FIELDS)
    kind, _, n = key.partition(" ")  # an item, "permasalahan 2" (edits.diff_lines), language-free
    if kind in _ITEM_WORDS and n.isdigit():
        return f"{_ITEM_WORDS[kind][1 if lang == 'en' else 0]} {n}"
    pair = _FIELD_WORDS.get(key)
    return tr(key, lang) if pair is None else pair[1 if lang == "en" else 0]


#: The fields of a change to the tree's shape: a node added or deleted, moved, shifted.
STRUCTURE = ("node", "parent", "order")

#: How :func:`structure_words` says a change of the tree's shape, in each language.
_SHAPE_WORDS: dict[str, tuple[str, str]] = {
    "added": ("tambah {node}", "add {node}"),
    "deleted": ("hapus {node}", "delete {node}"),
    "beneath": (" (dan {n} simpul di bawahnya)", " (and {n} beneath it)"),
    "moved": ("pindah {node} ke bawah {parent}", "move {node} under {parent}"),
    "moved_back": (" (kembali di bawah {parent})", " (back under {parent})"),
    "shifted": ("geser {node} ke urutan {n}", "move {node} to place {n}"),
    "shifted_back": (" (kembali ke urutan {n})", " (back to place {n})"),
}


def _shape(key: str, lang: str, **values: str) -> str:
    return _SHAPE_WORDS[key][lang == "en"].format(**values)


def _beneath(name: str) -> tuple[str, str]:
    """A deleted node's stored name and how many went with it: "Persentase lama (+2)" →
    ("Persentase lama", "2"); ("…", "") when none did."""
    head, plus, tail = name.rpartition(" (+")
    if plus and tail.endswith(")") and tail[:-1].isdigit():
        return head, tail[:-1]
    return name, ""


#: A change of the tree's shape in the minutes' Kolom column (its node, before and after in
#: theirs): "tambah", "hapus", "pindah", "geser".
_ACTIONS: dict[str, tuple[str, str]] = {
    "added": ("tambah", "add"),
    "deleted": ("hapus", "delete"),
    "parent": ("pindah", "move"),
    "order": ("geser", "reorder"),
}


#: A move's and a reorder's before and after in the minutes: where the node was and went.
_PLACES: dict[str, tuple[str, str]] = {
    "parent": ("di bawah {}", "under {}"),
    "order": ("urutan {}", "place {}"),
}


def structure_cells(line: Line, undo: bool = False, lang: str = "id") -> tuple[str, str, str]:
    """A line of :data:`STRUCTURE` as the minutes' table says it (``x``, ``export --changes``):
    the action for the Kolom column ("hapus") and the before and after ("Sasaran: Meningkatnya…
    (dan 35 simpul di bawahnya)", "—"), where the Kolom column held the whole sentence and
    repeated the node the Simpul column names. ``line`` as stored; an undo's action is the
    change it undid's ("hapus", marked undone, for a node back). Linear."""
    before, after = line_values(line, lang)
    if line.field != "node":  # in words: "di bawah S1 Meningkatnya…", "urutan 2" (edit37)
        where = _PLACES[line.field][lang == "en"]
        cells = [where.format(v) if v and v != "—" else v for v in (before, after)]
        return _ACTIONS[line.field][lang == "en"], cells[0], cells[1]
    cells = []
    for stored, value in ((line.before, before), (line.after, after)):
        # a name that says its kind is said once: "Sub Kegiatan Pelaksanaan…", not "Sub
        # Kegiatan: Sub Kegiatan Pelaksanaan…", as the toast says it (structure_words)
        name, n = _beneath(_kind_said(stored) or value)
        cells.append(name + _shape("beneath", lang, n=n) if n else name)
    deleted = not (line.before if undo else line.after)  # as the change was made
    return _ACTIONS["deleted" if deleted else "added"][lang == "en"], cells[0], cells[1]


def _kind_said(stored: str) -> str:
    """A node's stored value ("subkegiatan: Sub Kegiatan Pelaksanaan…") its name alone when the
    name begins with its kind in the report's words, else "". Linear."""
    kind, sep, name = stored.partition(": ")
    said = tr(kind, "id").casefold() + " "
    return name if sep and kind in NODE_KINDS and name[: len(said)].casefold() == said else ""


def structure_words(line: Line, undo: bool = False, lang: str = "id", sep: str = " · ") -> str:
    """A line of :data:`STRUCTURE` as the TUI's toast, its change log (``L``), ``log`` and
    ``restore --list`` name it: "tambah Program · Program Peningkatan…", "hapus IKU 2 (dan 3
    simpul di bawahnya)", "pindah IKU 2 ke bawah S2", "geser IKU 2 ke urutan 3" (the minutes'
    table has the action in its own column: :func:`structure_cells`). ``line`` as the change was made (an undo's
    turned back); ``undo`` adds where a move went back to; ``sep``: between a node's kode and
    its name (the CLI's marked, written " | " on an output that is not UTF-8). Cleaned and cut
    at words, linear."""
    who = clean_words(line.node, 40)
    if line.field == "node":
        before, after = line_values(line, lang)
        kind, _, name = (after or before).partition(": ")
        n = _beneath(name)[1]  # a subtree deleted: "… (+3)"
        if not after:
            return _shape("deleted", lang, node=who) + (_shape("beneath", lang, n=n) if n else "")
        named = " ".join(name.split()).startswith(line.node.rstrip("…"))  # no code: its name
        # a name that says its kind in the report's words is not led by it, as the move picker
        # shows it: "tambah Sub Kegiatan Pelaksanaan…", not "Sub Kegiatan · Sub Kegiatan …"
        if named and _kind_said(line.after or line.before):
            return _shape("added", lang, node=clean_words(name, 40))
        code = clean_words(kind, 30) if named else who
        return _shape("added", lang, node=f"{code}{sep}{clean_words(name, 40)}")
    # (a move's parent by its code and name, edits.named_label: "ke bawah S2 Meningkatnya…")
    room = 40 if line.field == "parent" else 30
    key, to, back = "moved", "parent", clean_words(line.before, room)
    if line.field == "order":
        key, to = "shifted", "n"
    said = _shape(key, lang, node=who, **{to: clean_words(line.after, room)})
    return said + (_shape(f"{key}_back", lang, **{to: back}) if undo else "")


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """What a typed field name is compared as: case-folded, its "_", "-" and spaces one space;
    and a year's field as typed ("target 2024", "Target Renstra 2024", "Realisasi 2023",
    folded). Compiled on first use: only ``set`` reads a typed field (the TUI imports this)."""
    return re.compile(r"[\s_-]+"), re.compile(r"(.+?)(?: renstra)? ([0-9]{4})")


def _folded(name: str) -> str:
    return _patterns()[0].sub(" ", name).strip().casefold()


@cache
def _typed_fields() -> dict[str, str]:
    """Each name of a field ``set`` takes, folded (:func:`_folded`): its key and the words
    :func:`field_label` shows for it in either language ("Realisasi", "Actual (Realisasi)", its
    parts "Actual" and "Realisasi", "Triwulan II", "Quarter 2 target"…) and the Data sheet's
    "uraian"; a list's words name its key without "+" (``set`` then says how to add an item)."""
    names: dict[str, str] = {}
    for key in FIELDS:
        names.setdefault(_folded(key), key)
    for folded, (key, _) in _printed_fields().items():
        names.setdefault(folded, key)
    # the Data sheet's column for a name (the import's template, ``export -f csv/xlsx``): a
    # planner who fills the sheet types "uraian", and ``set`` answered "kolom tidak dikenal"
    names.setdefault("uraian", "name")
    return names


@cache
def _printed_fields() -> dict[str, tuple[str, str]]:
    """The words :func:`field_label` shows for each field, folded: its key (a list's without
    "+") and the words as printed ("realisasi anggaran" → ``realisasi_anggaran``, "Realisasi
    anggaran"; "actual" → ``realisasi``, "Actual"): what a typo is answered with when it is
    closest to a printed name (:func:`meant_field`)."""
    printed: dict[str, tuple[str, str]] = {}
    for key in FIELDS:
        bare = key.rstrip("+")
        for label in (field_label(bare), field_label(bare, "en")):
            head, _, inner = label.partition(" (")
            for name in (label, head, inner.rstrip(")")):
                if name:
                    printed.setdefault(_folded(name), (bare, name))
    return printed


def meant_field(typed: str) -> str | None:
    """The field a typo means, as the user would type it: compared with the keys and with the
    names ``set`` prints (:func:`_typed_fields`), folded; answered with the key ("tagret" →
    ``target``) when the closest is a key's own and the typo has no space, else with the printed
    name, quoted when it has a space ("Realisasi anggran" → ``'Realisasi anggaran'``, "Targt
    triwulan II" → ``'Target triwulan II'``, "Target Renstr 2024" → ``'Target Renstra 2024'``).
    None when nothing is close. Only on a refusal (difflib, over some 80 names)."""
    import difflib

    folded = _folded(typed)
    names = _typed_fields()
    year = _patterns()[1].fullmatch(folded)
    if year is not None and names.get(year[1]) not in ("target", "realisasi"):
        heads = {"target renstra": "Target Renstra", "realisasi": "Realisasi"}
        close = difflib.get_close_matches(year[1], list(heads), n=1, cutoff=0.75)
        if close:
            return f"'{heads[close[0]]} {year[2]}'"
    close = difflib.get_close_matches(folded, list(names), n=1, cutoff=0.75)
    if not close:
        return None
    key = names[close[0]]
    if _folded(key) == close[0] and not any(c.isspace() for c in typed.strip()):
        return key
    name = _printed_fields().get(close[0], (key, key))[1]
    return f"'{name}'" if " " in name else name


def field_key(typed: str) -> str:
    """The key of the field ``typed`` names, ignoring case and "_"/spaces, in the key's words or
    those ``set`` prints in either language ("Realisasi" → ``realisasi``, "Target triwulan II"
    → ``target_tw2``, "Target Renstra 2024" → ``target_2024``); ``typed`` itself when it names
    none (the refusal then names it as typed). Linear in its length."""
    folded = _folded(typed)
    names = _typed_fields()
    if folded in names:
        return names[folded]
    year = _patterns()[1].fullmatch(folded)
    if year is not None and names.get(year[1]) in ("target", "realisasi"):
        return f"{names[year[1]]}_{year[2]}"
    # one item as `log` and `H` name it, "Permasalahan 3", "Problem 1": its list, which `set`
    # answers with how items are added and edited (it answered "maksud Anda Permasalahan?")
    head, _, number = folded.rpartition(" ")
    if number.isdigit():
        for kind, words in _ITEM_WORDS.items():
            if head in (kind, *(word.casefold() for word in words)):
                return kind
    return typed
