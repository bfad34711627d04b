"""``lkj-tui set [--report ID] NODE FIELD VALUE [--json]``: change one field from a script.

NODE is a node id (or its unique beginning of 8 characters or more, as ``check`` prints a node
without a kode) or its kode (``"IKU 1"``, case and spaces ignored); FIELD one of
:data:`lkj_tui.core.edits.FIELDS` or ``target_<year>``/``realisasi_<year>``. The value is checked as
the TUI checks it (:func:`lkj_tui.core.edits.set_field`); a refusal prints one line and exits 2 with
nothing written. The write goes through ``Store.apply`` against the revision just read (read again
and retried once if another process saved meanwhile). Prints the change and the new capaian;
``--json`` prints the keys of ``calc --json`` plus ``node``, ``code``, ``field``, ``before``,
``after``, ``revision``. Never imports textual.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from lkj_tui.cli.common import fail, open_store
from lkj_tui.cli.output import dumps, say
from lkj_tui.core import edits
from lkj_tui.core.changes import field_key, field_label
from lkj_tui.core.evaluate import Evaluated, Evaluation
from lkj_tui.core.i18n import tr, verdict_text
from lkj_tui.core.model import Report
from lkj_tui.core.sanitize import clean_line, clean_words, cut_at_word
from lkj_tui.core.values import ParseError, parse_value
from lkj_tui.storage.errors import ConflictError, StoreError

EXIT_BAD = 2
#: The fewest characters of a node id taken as its beginning: check prints a node without a kode
#: by the first 8 of its id (cli/check.py, SHORT_ID).
ID_HEAD = 8
_SPACES = re.compile(r"\s+")

_TEXT = {
    "id": {
        "no_node": "simpul {node!r} tidak ada di laporan {report}: sebutkan kode simpul (kolom "
        "Kode di lkj-tui status, mis. 'IKU 1') atau id-nya",
        "by_name": "{node!r} adalah nama simpul, bukan kodenya: pakai {use!r}",
        "ambiguous": "kode {node!r} dipakai {n} simpul; pakai id-nya: {candidates}",
        "unchanged": "tidak ada yang berubah",
        "doubt": "Perhatikan: {note}",
    },
    "en": {
        "no_node": "node {node!r} is not in report {report}: give the node's code (the Code "
        "column of lkj-tui status, e.g. 'IKU 1') or its id",
        "by_name": "{node!r} is a node's name, not its code: use {use!r}",
        "ambiguous": "code {node!r} is used by {n} nodes; use its id: {candidates}",
        "unchanged": "nothing changed",
        "doubt": "Check: {note}",
    },
}


def _fold(text: str) -> str:
    """A kode as compared: without spaces, case-folded ("iku1" finds "IKU 1")."""
    return _SPACES.sub("", text).casefold()


def find_node(report: Report, wanted: str, lang: str) -> str:
    """The id of the node named by ``wanted``: its id, else its kode (a unique one)."""
    words = _TEXT[lang]
    if report.get(wanted) is not None:
        return wanted
    folded = _fold(wanted)
    matches = [n for n in report.walk() if folded and _fold(n.code) == folded]
    if len(matches) == 1:
        return matches[0].id
    if not matches and len(wanted) >= ID_HEAD:  # a node without a kode, as check prints it
        heads = [n for n in report.walk() if n.id.startswith(wanted)]
        if len(heads) == 1:
            return heads[0].id
    shown = cut_at_word(clean_line(wanted), 80)
    if not matches:  # a node's name typed for its code (only here: the command fails anyway)
        named = [n for n in report.walk() if folded and _fold(n.name) == folded]
        if len(named) == 1:
            use = named[0].code or named[0].id
            fail(words["by_name"].format(node=shown, use=clean_line(use, 80)), EXIT_BAD)
        fail(words["no_node"].format(node=shown, report=report.meta.id), EXIT_BAD)
    candidates = "; ".join(
        f"{n.id} ({tr(n.kind, lang)}: {clean_line(n.name, 50)})" for n in matches[:10]
    )
    fail(words["ambiguous"].format(node=shown, n=len(matches), candidates=candidates), 2)


def _named(report: Report, node_id: str) -> str:
    """A node as a refusal names it: its kode and its name cut after a word ("IKU 1 (Nilai
    AKIP Sekretariat Daerah)"), the name alone when it has no kode."""
    node = report.node(node_id)
    name = clean_words(node.name or "", 60)
    code = clean_line(node.code or "", 40)
    return f"{code} ({name})" if code and name else code or name or node_id[:8]


def _doubts(ev: Evaluated, field: str, lang: str) -> tuple[str, ...]:
    """What the TUI would ask a second Enter for, printed under the capaian: the engine's doubts
    about the value set ("'1,234.5' ditulis dengan format Inggris", a unit on one side only), not
    those about the other side of the pair; with that side empty (next year's target before any
    realisasi), its reading's own (:func:`edits.lone_doubts`). Only for the pair that gives the
    capaian (the report year's target and realisasi)."""
    ach, m = ev.achievement, ev.node.measure
    if field not in ("target", "realisasi") or ach is None or m is None:
        return ()
    mine, other = (m.target, m.realisasi) if field == "target" else (m.realisasi, m.target)
    if not mine:
        return ()
    if not other:
        return edits.lone_doubts(mine, field, lang)
    try:
        theirs = parse_value(other)
    except ParseError:
        return ()
    notes = ach.notes_en if lang == "en" else ach.notes
    return edits.doubts(notes, theirs.notes_en if lang == "en" else theirs.notes)


def run_set(
    store_path: Path | None,
    report_id: str | None,
    node: str,
    field: str,
    value: str,
    as_json: bool,
    lang: str = "id",
) -> int:
    lang = "en" if lang == "en" else "id"
    field = field_key(field)  # "Realisasi", as set prints it, is realisasi
    store = open_store(store_path, lang=lang)
    for attempt in range(2):
        try:
            rid = report_id or store.latest_report_id()
            loaded = store.load(rid)
        except StoreError as exc:
            fail(exc.message_en if lang == "en" else exc.message)
        node_id = find_node(loaded.report, node, lang)
        try:
            change = edits.set_field(loaded.report, node_id, field, value)
        except edits.EditError as exc:  # named with its node: "IKU 1 (Nilai AKIP …) — target: …"
            said = exc.message_en if lang == "en" else exc.message
            fail(f"{_named(loaded.report, node_id)} — {said}", EXIT_BAD)
        if all(before == after for _, before, after in change.nodes):
            written = loaded  # the value it has already: nothing to save (the TUI saves none)
            break
        try:
            written = store.apply(rid, change, expected_revision=loaded.revision, journal="edit")
        except StoreError as exc:
            if isinstance(exc, ConflictError) and attempt == 0:
                continue  # another process saved meanwhile: read again, check again
            fail(exc.message_en if lang == "en" else exc.message)
        break
    evaluation = Evaluation(written.report)
    ev = evaluation.of(node_id)
    lines = change.lines
    noted = _doubts(ev, field, lang) if lines else ()
    if as_json:
        out: dict[str, object] = dict(ev.achievement.to_json(lang)) if ev.achievement else {}
        after = written.report.node(node_id)
        out |= {
            "node": node_id,
            "code": after.code,
            "field": field,
            "before": lines[0].before if lines else None,
            "after": lines[0].after if lines else None,
            "revision": written.revision,
            "doubts": list(noted),
        }
        sys.stdout.write(dumps(out) + "\n")  # C1/bidi/separators as \\u escapes
        return 0
    text = [
        f"{clean_words(x.node, 60)} · {clean_line(field_label(x.field, lang), 40)}: "
        f"{clean_line(x.before, 200) or '—'} → {clean_line(x.after, 200) or '—'}"
        for x in lines
    ] or [_TEXT[lang]["unchanged"]]
    ach = ev.achievement
    if ach is not None:
        if ach.rounded is not None:
            under = f"  ▼ {tr('under_target', lang)}" if ach.under_target else ""
            rating = tr(ach.rating, lang) if ach.rating else ""
            text.append(f"{tr('capaian', lang)}: {ach.format(lang)}  {rating}{under}".rstrip())
        else:
            reason = (ach.reason_en if lang == "en" else ach.reason) or ach.reason_code or ""
            shown = f"{ach.format(lang)}  {verdict_text(ach.met, lang)}" if ach.verdict else "—"
            under = f"  ▼ {tr('under_target', lang)}" if ach.under_target else ""
            text.append(f"{tr('capaian', lang)}: {shown}{under} ({clean_line(reason, 300)})")
    text += [_TEXT[lang]["doubt"].format(note=clean_line(note, 300)) for note in noted]
    text.append(f"rev. {written.revision}")
    for line in text:  # on a terminal wrapped at words, under two spaces
        say(line, 2)
    return 0
