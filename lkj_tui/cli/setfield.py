"""``lkj-tui set [--report ID] NODE FIELD VALUE [--json]``: change one field from a script.

NODE is a node id (or its unique beginning of 8 characters or more, as ``check`` prints a node
without a kode, "simpul 0ac1b075" as well) or its kode (``"IKU 1"``, case and spaces ignored), or
the node as ``check`` names it: "IKU 1 Nilai LPPD", "Nilai Sarana (IKU 1 › Penyediaan Sarana)", or
a path of kode or names down to it ("IKU 1 › Penyediaan Sarana › Nilai Sarana", each step under
the one before, a step cut with "…" read as a beginning); FIELD one of
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
from collections.abc import Callable
from pathlib import Path

from lkj_tui.cli.check import node_label
from lkj_tui.cli.common import (
    fail,
    fail_store,
    open_store,
    refuse_undecoded,
    store_option,
)
from lkj_tui.cli.output import Terminal, dumps, say, stdout
from lkj_tui.cli.plain import cells
from lkj_tui.core import edits
from lkj_tui.core.changes import field_key, field_label, line_values
from lkj_tui.core.engine import compute
from lkj_tui.core.evaluate import Evaluated, Evaluation
from lkj_tui.core.i18n import tr, verdict_text
from lkj_tui.core.longvalue import clip_line, clip_value, quoted
from lkj_tui.core.model import MEASURED_KINDS, Node, Report
from lkj_tui.core.reviu.finding import Places, shared_heads, short_id
from lkj_tui.core.sanitize import clean_line, clean_words
from lkj_tui.core.scales import Scales
from lkj_tui.core.values import ParseError, parse_value, written_notes
from lkj_tui.storage.errors import ConflictError, StoreError
from lkj_tui.storage.reader import ReportInfo

EXIT_BAD = 2
#: The fewest characters of a node id taken as its beginning: check prints a node without a kode
#: by the first 8 of its id (core/reviu/finding.py, SHORT_ID).
ID_HEAD = 8
_SPACES = re.compile(r"\s+")

_TEXT = {
    "id": {
        "no_node": "simpul {node!r} tidak ada di laporan {report}: sebutkan kode simpul (mis. "
        "'IKU 1') atau id-nya, seperti di kolom Kode dari: lkj-tui status -r {report}{opts}",
        "no_nodes": "simpul {node!r} tidak ada: laporan {report} belum berisi simpul; sebutkan "
        "laporan lain dengan -r ID, dari: lkj-tui status --all{opts}",
        "by_name": "{node!r} adalah nama simpul, bukan kodenya: pakai {use!r}",
        "ambiguous": "kode {node!r} dipakai {n} simpul; pakai id-nya: {candidates}",
        "shared_name": "{node!r} adalah nama {n} simpul, bukan kodenya: pakai id salah satunya "
        "(seperti dicetak check): {candidates}",
        "path_many": "{node!r} cocok dengan {n} simpul: pakai id salah satunya: {candidates}",
        "unchanged": "tidak ada yang berubah",
        # (no -r in a store of several reports: the one changed, named first: share50)
        "chosen": "Laporan terbaru: {instansi} {tahun} ({id}); laporan lain: -r ID",
        # (the office's year before named: after `new --from` a realisasi meant for this
        # year's report went to next year's, share65)
        "chosen_year": "Laporan terbaru: {instansi} {tahun} ({id}); laporan {before}: -r {other}",
        "doubt": "Perhatikan: {note}",
        "formula": "Rumus: {formula}",
        "split_code": "kode {code!r} diketik tanpa tanda petik ({node!r} terbaca sebagai simpul, "
        "{field!r} sebagai kolom, {value!r} sebagai nilai); ketik kodenya bertanda petik, lalu "
        "kolom dan nilainya:",
    },
    "en": {
        "no_node": "node {node!r} is not in report {report}: give the node's code (e.g. "
        "'IKU 1') or its id, as in the Code column of: lkj-tui status -r {report}{opts}",
        "no_nodes": "node {node!r} is not there: report {report} has no nodes yet; name "
        "another report with -r ID, from: lkj-tui status --all{opts}",
        "by_name": "{node!r} is a node's name, not its code: use {use!r}",
        "ambiguous": "code {node!r} is used by {n} nodes; use its id: {candidates}",
        "shared_name": "{node!r} is the name of {n} nodes, not a code: use the id of one "
        "(as check prints it): {candidates}",
        "path_many": "{node!r} matches {n} nodes: use the id of one: {candidates}",
        "unchanged": "nothing changed",
        "chosen": "The newest report: {instansi} {tahun} ({id}); another one: -r ID",
        "chosen_year": "The newest report: {instansi} {tahun} ({id}); the {before} one: -r {other}",
        "doubt": "Check: {note}",
        "formula": "Formula: {formula}",
        "split_code": "the code {code!r} was typed without quotes ({node!r} read as the node, "
        "{field!r} as the field, {value!r} as the value); type the code in quotes, then the "
        "field and the value:",
    },
}


def _fold(text: str) -> str:
    """A kode as compared: without spaces, case-folded ("iku1" finds "IKU 1")."""
    return _SPACES.sub("", text).casefold()


#: A node id as check prints it, copied with its word: "simpul 0ac1b075", "(node 0ac1b075)", or
#: at the end of a finding's whole label ("Nilai Sarana (IKU 1 › … · simpul 0ac1b075)").
_ID_WORD = re.compile(rf"(?:^|[\s(·])(?:simpul|node)\s+([0-9a-fA-F]{{{ID_HEAD},32}})\)?$")
#: The steps of a path: "IKU 1 › Penyediaan Sarana › Nilai Sarana" (or " > ").
_STEP = re.compile(r"›| > ")  # (no spaces around in the pattern: a run of them stays linear)


def find_node(report: Report, wanted: str, lang: str, opts: str = "") -> str:
    """The id of the node named by ``wanted``: its id (or its beginning, "simpul 0ac1b075" as
    check prints it), else its kode (a unique one), else its name as check prints it or a path
    down to it (:func:`_by_path`). ``opts``: the ``--store``/``--lang en`` of the command a
    refusal names (:func:`~lkj_tui.storage.errors.store_option`)."""
    words = _TEXT[lang]
    wanted = wanted.strip()
    if report.get(wanted) is not None:
        return wanted
    said = _ID_WORD.search(wanted)
    if said is not None:
        wanted = said.group(1).lower()
    folded = _fold(wanted)
    matches = [n for n in report.walk() if folded and _fold(n.code) == folded]
    if len(matches) == 1:
        return matches[0].id
    if not matches and len(wanted) >= ID_HEAD:  # a node without a kode, as check prints it
        heads = [n for n in report.walk() if n.id.startswith(wanted)]
        if len(heads) == 1:
            return heads[0].id
    # (a long one with its length, as every value; a control character escaped by the quotes'
    # repr, never dropped: "IKU\u202e 1" was said "simpul 'IKU 1' tidak ada", a node that is)
    shown = quoted(wanted, lang, 80)
    if not matches:
        found = _by_path(report, wanted)
        if len(found) == 1:
            return found[0].id
        if len(found) > 1:
            fail(
                words["path_many"].format(
                    node=shown, n=len(found), candidates=_listed(report, found, lang)
                ),
                EXIT_BAD,
            )
        # a node's name typed for its code (only here: the command fails anyway): its code to
        # use, or, a name several rows share, each row's id as check names it
        named = [n for n in report.walk() if folded and _fold(n.name) == folded]
        if len(named) == 1:
            use = named[0].code or named[0].id
            fail(words["by_name"].format(node=shown, use=clean_line(use, 80)), EXIT_BAD)
        if named:
            listed = _listed(report, named, lang)
            fail(words["shared_name"].format(node=shown, n=len(named), candidates=listed), 2)
        rid = clean_line(report.meta.id, 200)
        said = "no_node" if report.roots() else "no_nodes"  # (made by new: set -r another one)
        fail(words[said].format(node=shown, report=rid, opts=opts), EXIT_BAD)
    candidates = "; ".join(
        f"{n.id} ({tr(n.kind, lang)}: {clean_line(n.name, 50)})" for n in matches[:10]
    )
    fail(words["ambiguous"].format(node=shown, n=len(matches), candidates=candidates), 2)


def _steps(wanted: str) -> list[str]:
    """The folded steps of a path, top first: "A › B › C", or a node as check names one with
    where it is, "C (A › B)"."""
    name, bracket, where = wanted.rpartition(" (")
    if bracket and where.endswith(")") and name.strip():
        return [_fold(s) for s in [*_STEP.split(where[:-1]), name] if s.strip()]
    return [_fold(s) for s in _STEP.split(wanted) if s.strip()]  # (_fold drops the spaces)


def _is(node: Node, step: str, alone: bool = False) -> bool:
    """Whether ``node`` is the path's ``step`` (folded): its kode, its name, both ("IKU 1 Nilai
    LPPD", as check names it), or a step cut with "…" as their beginning. A step ``alone`` (no
    path) is only both: a name alone says which kode to use, a kode was looked up already."""
    code, name = _fold(node.code), _fold(node.name)
    if alone:
        return bool(code and name) and step == code + name
    if step.endswith("…"):
        head = step[:-1]
        return bool(head) and (name.startswith(head) or (code + name).startswith(head))
    return step in (code, name, code + name) and bool(step)


def _by_path(report: Report, wanted: str) -> list[Node]:
    """The nodes ``wanted`` names as a path (:func:`_steps`): the last step the node, each
    earlier one an ancestor of it, in order (not necessarily its parent: check names a row by
    the nearest coded node above it and its parent)."""
    steps = _steps(wanted)
    if not steps:
        return []
    found = []
    for node in report.walk():
        if not _is(node, steps[-1], len(steps) == 1):
            continue
        left = len(steps) - 1
        above = report.get(node.parent) if node.parent is not None else None
        while left and above is not None:
            if _is(above, steps[left - 1]):
                left -= 1
            above = report.get(above.parent) if above.parent is not None else None
        if not left:
            found.append(node)
    return found


def _listed(report: Report, nodes: list[Node], lang: str) -> str:
    """Nodes to choose from: each id as check prints it, then its name and where it is."""
    places, shared = Places(report), shared_heads(report)
    return "; ".join(
        f"{short_id(n.id, shared)}: {node_label(report, n.id, lang, places)}" for n in nodes[:10]
    ) + (" …" if len(nodes) > 10 else "")


def _named(report: Report, node_id: str) -> str:
    """A node as a refusal names it: its kode and its name cut after a word ("IKU 1 (Nilai
    AKIP Sekretariat Daerah)"), the name alone when it has no kode."""
    node = report.node(node_id)
    name = clean_words(node.name or "", 60)
    code = clean_line(node.code or "", 40)
    return f"{code} ({name})" if code and name else code or name or node_id[:8]


#: the indicators a refusal on a node without a measure names (the nearest beneath it)
NEAREST = 5


def _measured_beneath(report: Report, node_id: str, lang: str) -> str:
    """Where a node without a measure has one: the indicators beneath it, each by the id
    ``set`` takes (a first-time author set a program's realisasi and was told only that it
    has none); none beneath: how to add one."""
    found, below = [], list(reversed(report.children(node_id)))
    while (
        below and len(found) <= NEAREST
    ):  # the nearest first: a tujuan's IKU, not their kegiatan's
        n = below.pop()
        if n.kind in MEASURED_KINDS:
            found.append(n)
        else:
            below.extend(reversed(report.children(n.id)))
    if found:
        head = ". Indicators beneath it: " if lang == "en" else ". Indikator di bawahnya: "
        listed = _listed(report, found[:NEAREST], lang)
        return head + listed + (" …" if len(found) > NEAREST else "")
    if lang == "en":
        return ". No indicator beneath it: add one in the TUI (a on this node)"
    return ". Belum ada indikator di bawahnya: tambahkan di TUI (a pada simpul ini)"


def _doubts(
    ev: Evaluated, field: str, lang: str, scales: Scales, typed: str = ""
) -> tuple[str, ...]:
    """What the TUI would ask a second Enter for, printed under the capaian: the engine's doubts
    about the value set ("'1,234.5' ditulis dengan format Inggris", a unit on one side only), not
    those about the other side of the pair; with that side empty (next year's target before any
    realisasi), its reading's own (:func:`edits.lone_doubts`). Only for the pair that gives the
    capaian (the report year's target and realisasi). ``typed``: the value as typed where it was
    stored in the Indonesian form ("> 2.6", stored "> 2,6"): the doubts quote it so, as the TUI's
    dialog does ("sekitar 11 kali target > 2,6" named a value never typed, vals61); how it was
    read is no doubt (:func:`~lkj_tui.core.values.written_notes`, said apart)."""
    ach, m = ev.achievement, ev.node.measure
    if field not in ("target", "realisasi", "polaritas", "satuan") or m is None:
        return ()
    from lkj_tui.core.reviu.measures import typed_doubts  # (check's rules: one source)

    target, realisasi = m.target, m.realisasi
    if typed and field in ("target", "realisasi") and ach is not None:
        target = edits.as_typed(target, typed) if field == "target" else target
        realisasi = edits.as_typed(realisasi, typed) if field == "realisasi" else realisasi
        ach = compute(target, realisasi, m.polaritas, scales)  # type: ignore[arg-type]
    satuan = m.satuan or ""
    checked = typed_doubts(target, realisasi, m.polaritas, field, lang, satuan, scales)
    if field in ("polaritas", "satuan") or ach is None:
        return checked
    mine, other = (target, realisasi) if field == "target" else (realisasi, target)
    if not mine:
        return checked
    if not other:
        return edits.lone_doubts(mine, field, lang) + checked
    try:
        theirs = parse_value(other)
    except ParseError:
        return checked
    notes = ach.notes_en if lang == "en" else ach.notes
    found = edits.doubts(notes, theirs.notes_en if lang == "en" else theirs.notes, satuan)
    found += edits.percent_doubts(target, realisasi, satuan, field, lang)
    return found + checked


def _as_written_cells() -> Callable[[str], int]:
    """The cells a text takes as stdout writes it (on an output that is not UTF-8 its symbols
    as ASCII: "→" "->", two cells)."""
    table = getattr(sys.stdout, "ascii", None)
    if table is None:
        return cells
    from lkj_tui.cli.output import as_written

    encoding = sys.stdout.encoding
    return lambda text: cells(as_written(text, table, encoding))


def _split_code(report: Report, typed: tuple[str, str, str], lang: str, line: str) -> None:
    """``set IKU 1 realisasi`` (the code unquoted, the value left out): "node 'IKU' is not in
    the report" said nothing of the code the user meant. Fails with the line to type when the
    node and field ``typed`` make one code of the report and the node alone is none; ``line``:
    what follows the command's arguments (``-r ID``, the ``--store`` and ``--lang en`` typed)."""
    from lkj_tui.cli.clicktext import _CODE_WORDS

    node, field, value = typed
    if not (_CODE_WORDS[0].fullmatch(node) and _CODE_WORDS[1].fullmatch(field)):
        return
    code = f"{node} {field}"
    codes = {_fold(n.code) for n in report.walk() if n.code}
    if _fold(node) in codes or _fold(code) not in codes:
        return
    meant = clean_line(value, 40) or "realisasi"
    said = _TEXT[lang]["split_code"].format(code=code, node=node, field=field, value=meant)
    fill = "VALUE" if lang == "en" else "NILAI"
    fail(f'{said} lkj-tui set "{code}" {meant} {fill}{line}', EXIT_BAD)


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
    refuse_undecoded(value, lang)
    typed = (node.strip(), field.strip(), value)
    field = field_key(field)  # "Realisasi", as set prints it, is realisasi
    store = open_store(store_path, lang=lang)
    chosen: list[str] = []  # (the report changed, named when -r did not and others are there)
    for attempt in range(2):
        try:
            if report_id is not None:
                rid = report_id
            elif attempt == 0:
                rid, infos = store.latest_report()
                if len(infos) + len(store.skipped) > 1:
                    chosen = [_chosen(infos[0], infos, lang)]
            loaded = store.load(rid)
        except StoreError as exc:
            fail_store(exc, store_path, lang)
        if attempt == 0:  # (the code typed as two words: the line to type)
            given = f" -r {clean_line(report_id, 200)}" if report_id else ""
            _split_code(loaded.report, typed, lang, given + store_option(store_path, lang))
        node_id = find_node(loaded.report, node, lang, store_option(store_path, lang))
        try:
            change = edits.set_field(loaded.report, node_id, field, value)
        except edits.EditError as exc:  # named with its node: "IKU 1 (Nilai AKIP …) — target: …"
            said = exc.message_en if lang == "en" else exc.message
            if isinstance(exc, edits.NotMeasuredError):
                said += _measured_beneath(loaded.report, node_id, lang)
            fail(f"{_named(loaded.report, node_id)} — {said}", EXIT_BAD)
        if all(before == after for _, before, after in change.nodes):
            written = loaded  # the value it has already: nothing to save (the TUI saves none)
            break
        try:
            written = store.apply(rid, change, expected_revision=loaded.revision, journal="edit")
        except StoreError as exc:
            if isinstance(exc, ConflictError) and attempt == 0:
                continue  # another process saved meanwhile: read again, check again
            fail_store(exc, store_path, lang)
        break
    evaluation = Evaluation(written.report)
    ev = evaluation.of(node_id)
    lines = change.lines
    typed = lines[0].typed if lines and field in ("target", "realisasi") else ""
    # ("2.93" stored "2,93": how it was read, said as the TUI's dialog says it, no doubt: the
    # reading is certain; "Perhatikan:" and --json's "doubts" called it one, vals61)
    read = written_notes(typed, lang) if typed else ()
    noted = _doubts(ev, field, lang, evaluation.scales, typed) if lines else ()
    noted = tuple(note for note in noted if note not in read)
    if as_json:
        out: dict[str, object] = {}
        if ev.achievement:  # (the words beside the ids in the language asked, as calc's)
            from lkj_tui.core.i18n import json_labels

            labels = json_labels(ev.achievement, evaluation.scales, lang)
            out = {**ev.achievement.to_json(lang), **labels}
        after = written.report.node(node_id)
        out |= {
            "node": node_id,
            "code": after.code,
            "field": field,
            "before": lines[0].before if lines else None,
            "after": lines[0].after if lines else None,
            # (every line the change made: permasalahan+ of three lines adds three items, and
            # before/after above name the first only; the fields as `log --json` gives them)
            "lines": [{"field": x.field, "before": x.before, "after": x.after} for x in lines],
            "revision": written.revision,
            "report": rid,
            "doubts": list(noted),
            "read": list(read),
        }
        sys.stdout.write(dumps(out) + "\n")  # C1/bidi/separators as \\u escapes
        return 0
    # (the values in the TUI's words; a polaritas whole on a terminal: "positive (higher is
    # better)" broke after "positive")
    shown = [[_echo(value, lang) or "—" for value in line_values(x, lang)] for x in lines]
    text = chosen + (
        [
            f"{clean_words(x.node, 60)} · {clean_line(field_label(x.field, lang), 40)}: "
            + " → ".join(values)
            for x, values in zip(lines, shown, strict=True)
        ]
        or [_TEXT[lang]["unchanged"]]
    )
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
            reason = clean_line(reason, 300)  # (one bracket: "— · realisasi belum diisi (…)")
            said = f" · {reason}" if "(" in reason else f" ({reason})"
            text.append(f"{tr('capaian', lang)}: {shown}{under}{said}")
        if field == "polaritas" and lines and ach.formula:
            # (the polaritas's own rule at work: stabil and negatif give one capaian above
            # the target, 95,09 % for IKU 6, and the line alone read as if nothing was applied)
            text.append(_TEXT[lang]["formula"].format(formula=clean_line(ach.formula, 300)))
    text += [clean_line(note[:1].upper() + note[1:], 300) for note in read]
    text += [_TEXT[lang]["doubt"].format(note=clean_line(note, 300)) for note in noted]
    text.append(f"rev. {written.revision}")
    # (a value wider than the line, a 200-digit target, cut with its length as calc's and
    # check's: "9999… (200 digit)", whole on its line; --json and the store keep it whole)
    room = Terminal().width - 2
    dots = "…" if getattr(sys.stdout, "ascii", None) is None else "..."
    piped = not stdout().isatty()  # (one line each: its values cut so that it fits the width)
    for line in text:  # on a terminal wrapped at words, under two spaces
        if piped:  # (measured as written: "→" is "->" on an output that is not UTF-8); a text
            # of many words still wider (a permasalahan's 200 characters) folded as check's
            # findings are (vals36: a line of 233 characters at COLUMNS=80)
            said = clip_line(line, room + 2, lang, dots, _as_written_cells(), again=True)
            say(said, 2, piped=True)
            continue
        made = [v for x, vs in zip(lines, shown, strict=True) if x.field == "polaritas" for v in vs]
        say(clip_value(line, room, lang, dots, made, cells, again=True), 2, whole=made)
    return 0


def _chosen(info: ReportInfo, infos: list[ReportInfo], lang: str) -> str:
    """The line that names the newest report, which ``set`` without ``-r`` changed, and how to
    name another: the same office's latest earlier year's, when the store holds one."""
    office = (info.instansi, info.pemerintah)
    earlier = [
        other
        for other in infos
        if other.tahun < info.tahun and (other.instansi, other.pemerintah) == office
    ]
    named = {"instansi": clean_line(info.instansi, 80), "tahun": info.tahun, "id": info.id}
    if not earlier:
        return _TEXT[lang]["chosen"].format(**named)
    before = max(earlier, key=lambda other: other.tahun)
    other = clean_line(before.id, 100)
    return _TEXT[lang]["chosen_year"].format(**named, before=before.tahun, other=other)


def _echo(value: str | None, lang: str) -> str:
    """A value before or after ``set``, as its line shows it: whole up to 200 characters, else
    its start and its true length (:func:`quoted`: "xxxx… (401 karakter)"; cut to 200 first,
    the line said "(200 karakter)" of a 401-character satuan), cut shorter to the line later."""
    text = clean_line(value or "")
    return text if len(text) <= 200 else quoted(text, lang, 200)
