"""Small Markdown pieces for the minutes: one node (the TUI's ``c``) and the session's change log
("Perubahan dalam rapat", the export's ``--changes`` section). Pure: values in, a string out; all
user and report text escaped (:mod:`lkj_tui.export.escape`)."""

from __future__ import annotations

from collections.abc import Sequence

from lkj_tui.core.changes import (
    STRUCTURE,
    Entry,
    field_label,
    line_node,
    line_values,
    structure_cells,
)
from lkj_tui.core.evaluate import Evaluated
from lkj_tui.core.i18n import explained, tr, verdict_text
from lkj_tui.core.longvalue import NOTES_ROOM, clip_long
from lkj_tui.export.escape import escape_cell, escape_inline

_WORDS = {
    "id": {
        "changes": "Perubahan dalam rapat",
        "none": "Tidak ada perubahan.",
        "time": "Waktu",
        "node": "Simpul",
        "field": "Kolom",
        "before": "Sebelum",
        "after": "Sesudah",
        "undo": "dibatalkan",
        "redo": "diulang",
        "under": "di bawah target",
        "conflict": "konflik sinkronisasi",
        "conflicts": "Konflik sinkronisasi",
        "keep": "{kept} dipertahankan (bukan {other})",
        "take": "{other} diambil (bukan {kept})",
        "keep_all": "semua ({kept}): nilai di berkas dipertahankan",
        "take_all": "semua ({kept}): nilai yang lain diambil",
    },
    "en": {
        "changes": "Changes in the meeting",
        "none": "No changes.",
        "time": "Time",
        "node": "Node",
        "field": "Field",
        "before": "Before",
        "after": "After",
        "undo": "undone",
        "redo": "redone",
        "under": "under target",
        "conflict": "sync conflict",
        "conflicts": "Sync conflicts",
        "keep": "{kept} kept (not {other})",
        "take": "{other} taken (not {kept})",
        "keep_all": "all ({kept}): the values in the file kept",
        "take_all": "all ({kept}): the other values taken",
    },
}


def node_markdown(ev: Evaluated, lang: str = "id") -> str:
    """The selected node for the minutes: name, target, realisasi, capaian, rating, explanation,
    permasalahan and solusi."""
    words = _WORDS["en" if lang == "en" else "id"]
    node = ev.node
    head = " ".join(p for p in (node.code, node.name) if p)
    lines = [f"**{escape_cell(head)}** ({escape_cell(tr(node.kind, lang))})", ""]
    m, ach = node.measure, ev.achievement
    if m is not None:
        lines.append(f"- {tr('target', lang)}: {escape_cell(m.target or '—')}")
        lines.append(f"- {tr('realisasi', lang)}: {escape_cell(ev.realisasi_shown or '—')}")
    if ach is not None:
        capaian = ach.format(lang)
        if ach.rating:
            capaian += f" ({tr(ach.rating, lang)})"
        elif ach.verdict:
            capaian += f" ({verdict_text(ach.met, lang)})"
        if ach.under_target:
            capaian += f", ▼ {words['under']}"
        # (the report's word in English too, as the export's items: tui68)
        lines.append(f"- {tr('capaian', lang)}: {escape_cell(capaian)}")
        lines.append(f"- {escape_inline(explained(ach, lang), indent='  ')}")
    for kind in ("permasalahan", "solusi"):
        items = getattr(node, kind)
        if items:
            lines += ["", f"{tr(kind, lang)}:", ""]
            lines += [
                f"{i}. {escape_inline(it.text, indent='   ')}" for i, it in enumerate(items, 1)
            ]
    return clip_long("\n".join(lines).strip() + "\n", NOTES_ROOM, lang)  # ("9999… (200 digit)")


def changes_markdown(entries: Sequence[Entry], lang: str = "id", level: int = 2) -> str:
    """The section "Perubahan dalam rapat": one table row per changed field, oldest first; a
    node added, deleted, moved or shifted has its action in the field's column ("| S1 | hapus |
    Sasaran: … (dan 35 simpul di bawahnya) | — |"; the column held "hapus S1 (dan 35 simpul di
    bawahnya)", repeating the node: edit36)."""
    words = _WORDS["en" if lang == "en" else "id"]
    out = [f"{'#' * level} {words['changes']}", ""]
    rows = [(entry, line) for entry in entries for line in entry.lines]
    if not rows:
        return "\n".join([*out, words["none"], ""])
    out.append(
        f"| {words['time']} | {words['node']} | {words['field']} | {words['before']} | "
        f"{words['after']} |"
    )
    out.append("|---|---|---|---|---|")
    for entry, line in rows:
        mark = f" ({words[entry.kind]})" if entry.kind in ("undo", "redo") else ""
        before, after = line_values(line, lang)
        field = escape_cell(field_label(line.field, lang))
        if line.field in STRUCTURE and entry.choice is None:  # "hapus | Sasaran: … | —"
            field, before, after = structure_cells(line, entry.kind == "undo", lang)
            field = escape_cell(field)
        if entry.choice is not None and entry.choice[0] in ("keep", "take", "keep_all", "take_all"):
            # a sync conflict chosen: "81 → 81" said nothing of the choice (share15)
            how, kept, other = (x or "—" for x in entry.choice)
            mark = f" ({words['conflict']}){mark}"
            after = words[how].format(kept=kept, other=other)
            if how.endswith("_all"):  # (lkj-tui resolve semua: every conflict of the report)
                field, mark = words["conflicts"], ""
        out.append(
            f"| {entry.at:%H:%M} | {escape_cell(line_node(line, entry.report, lang))} | "
            f"{field}{mark} | "
            f"{escape_cell(before) or '—'} | {escape_cell(after) or '—'} |"
        )
    return clip_long("\n".join([*out, ""]), NOTES_ROOM, lang)  # ("9999… (200 digit)")
