"""A shared store's recorded merge conflicts as every front end names them: ``status``, ``info``
and the TUI's conflict list (``K``). Pure; linear in the values' length."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from lkj_tui.core.changes import path_label
from lkj_tui.core.model import Report

if TYPE_CHECKING:
    from collections.abc import Mapping

    from lkj_tui.core.merge import Conflict

_WORDS = {
    "deleted": ("(simpul dihapus)", "(node deleted)"),
    "changed": ("(simpul diubah)", "(node changed)"),
    # a version of the old report (new --from's record): what the history says of it
    "version": (
        "revisi {revision}, disimpan {author} {when}",
        "revision {revision}, saved by {author} {when}",
    ),
    "version_saved": (
        "versi yang disimpan {author} {when}",
        "the version saved by {author} {when}",
    ),
    "version_id": ("versi {short}", "version {short}"),
}
#: The field of a conflict on ``new --from``'s record (core/rollover.py) that holds the old
#: report's version as git names it (a blob id): shown by its revision, author and date.
VERSION_FIELD = ("made_from", "blob")
#: A version of the old report as the history knows it: its revision (None: unknown), who saved
#: it and when (ISO 8601).
Version = tuple[int | None, str, str]


def shown(value: Any) -> str:
    """A stored value on one line (text as is, others as JSON; — for none), as the history and
    the conflicts show it. Text from the report: clean it where it is printed."""
    if value is None:
        return "—"
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


def place(
    report: Report | None, node_id: str | None, field: tuple[str, ...], lang: str = "id"
) -> str:
    """Where a conflict is: the node's kode (or name; its id when the report has no such node, the
    report's own fields when none) and the field in the report's words ("IKU 1 · Realisasi")."""
    node = report.get(node_id) if report is not None and node_id else None
    label = (
        (node.code or node.name)
        if node is not None
        else (node_id or path_label((), lang, whole="laporan"))
    )
    return f"{label} · {path_label(field, lang, whole='node' if node_id else 'laporan')}"


def value(
    raw: Any,
    field: tuple[str, ...],
    lang: str = "id",
    versions: Mapping[str, Version] | None = None,
) -> str:
    """One side of a conflict: a field's value (:func:`shown`); of a whole node (deleted on one
    side, changed on the other) "(simpul dihapus)" or "(simpul diubah)"; the old report's
    version ``new --from`` recorded by its revision, author and date (``versions``: from the
    history, else its id's first 7 characters: "versi 1a2b3c4"), never git's 40 hex digits."""
    if field == VERSION_FIELD and isinstance(raw, str):
        return version(raw, lang, (versions or {}).get(raw))
    if field:
        return shown(raw)
    words = _WORDS["deleted" if raw is None else "changed"]
    return words[1] if lang == "en" else words[0]


def version(blob: str, lang: str, known: Version | None) -> str:
    """A version of the old report (:data:`VERSION_FIELD`) as a user knows it."""
    i = 1 if lang == "en" else 0
    if known is None:
        return _WORDS["version_id"][i].format(short=blob[:7])
    revision, author, when = known
    which = "version" if revision is not None else "version_saved"
    return _WORDS[which][i].format(
        revision=revision, author=author, when=when[:16].replace("T", " ")
    )


#: A sync conflict as the history says it (an entry's ``kind``: ``lkj_tui.sync.history.Entry``),
#: ``log``, the TUI's ``H`` and its change log ``L`` alike: {kept} the value that was in the
#: file, {other} the other one; {sep} between the two where both are named.
_CHOICE = {
    "keep": (
        "konflik sinkronisasi dipilih: pertahankan {kept} (bukan {other})",
        "sync conflict chosen: keep {kept} (not {other})",
    ),
    "take": (
        "konflik sinkronisasi dipilih: ambil nilai yang lain {other} (bukan {kept})",
        "sync conflict chosen: take the other value {other} (not {kept})",
    ),
    "dropped": (
        "konflik sinkronisasi tidak lagi tercatat ({kept}{sep}yang lain {other})",
        "sync conflict no longer recorded ({kept}{sep}other {other})",
    ),
    "back": (
        "konflik sinkronisasi menunggu pilihan lagi (di berkas {kept}{sep}yang lain {other})",
        "sync conflict waits for a choice again (in the file {kept}{sep}other {other})",
    ),
}


def choice_said(kind: str, kept: str, other: str, lang: str = "id", sep: str = " · ") -> str:
    """A sync conflict chosen (``kind`` "keep" or "take"), dropped or back (:data:`_CHOICE`),
    in the words every front end says it with; ``kept`` and ``other`` shown already."""
    said = _CHOICE[kind][1 if lang == "en" else 0]
    return said.format(kept=kept, other=other, sep=sep)


def key(conflict: Conflict) -> str:
    """A recorded conflict as one string (node, field, both values): the same conflict written
    again by a later merge has the same key; one whose values changed is another."""
    parts = [conflict.node, list(conflict.field), conflict.kept, conflict.other]
    return json.dumps(parts, ensure_ascii=False, sort_keys=True)
