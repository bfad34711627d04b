"""``lkj-tui log [--report ID] [NODE]``: who changed which field when, before → after, from the
shared store's history (docs/sharing.md). NODE is a node id or its kode as in ``lkj-tui set``.

A store that is not shared (or a machine without git) has no history of authors; its reports'
change journals (storage/journal.py: every save of the TUI and ``set``) are shown instead, with
a note saying so, rather than a refusal."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from lkj_tui.cli.common import fail, fail_store, open_store, store_message, store_option
from lkj_tui.cli.output import dumps, ours, say, write
from lkj_tui.cli.plain import PATH_SEPS
from lkj_tui.core.sanitize import clean_line, clean_words
from lkj_tui.storage.reader import StoreReader

if TYPE_CHECKING:
    from lkj_tui.core.conflicts import Version

_TEXT = {
    "id": {
        "empty": "Belum ada riwayat.",
        # (a report just made or imported: "Belum ada riwayat." read as if it were not, cli70)
        "empty_whole": "Belum ada perubahan yang disimpan{how}.",
        "empty_of": "Belum ada perubahan yang disimpan pada {what}{how}.",
        "how": ": riwayat dimulai pada simpanan pertama di TUI atau dengan lkj-tui set, sesudah "
        "laporan dibuat atau diimpor",
        "of_node": "{node} di laporan {id}",
        "of_report": "laporan {id}",
        "others": "Laporan lain: lkj-tui log {node}-r ID{opts}",
        "report": "laporan",
        "local": "Penyimpanan ini belum dibagikan: riwayat dari jurnal perubahan di komputer ini "
        "(tanpa nama penulis). Riwayat bersama: lkj-tui sync --init [ALAMAT]{opts}",
        "no_git": "git tidak ada di komputer ini: riwayat dari jurnal perubahan di komputer ini "
        "(tanpa nama penulis)",
        "here": "(di sini)",
        "before_sharing": "Perubahan sebelum penyimpanan ini dibagikan, bertanda (di sini): dari "
        "jurnal perubahan di komputer ini, tanpa nama penulis.",
        "restored": "dipulihkan",
        "made": "dibuat ({after})",
        "shared": "dibagikan ({after})",
        "back": "dipulihkan ({after})",
        "deleted": "dihapus (sebelumnya {before})",
        "broke": "berkas rusak, tidak terbaca (sebelumnya {before})",
        "unread": "berkas rusak, tidak terbaca",
        "mended": "berkas rusak diganti ({after})",
        "dropped": "berkas rusak dihapus",
        "negative": "-n/--limit: tulis 0 (semua) atau jumlah baris, bukan {n}",
    },
    "en": {
        "empty": "No history yet.",
        "empty_whole": "No changes saved yet{how}.",
        "empty_of": "No changes saved yet to {what}{how}.",
        "how": ": the history starts at the first save in the TUI or with lkj-tui set, after a "
        "report is made or imported",
        "of_node": "{node} in the report {id}",
        "of_report": "the report {id}",
        "others": "Another report: lkj-tui log {node}-r ID{opts}",
        "report": "report",
        "local": "This store is not shared: the history from the change journal on this computer "
        "(no author names). A shared history: lkj-tui sync --init [REMOTE]{opts}",
        "no_git": "git is not on this computer: the history from the change journal on this "
        "computer (no author names)",
        "here": "(here)",
        "before_sharing": "Changes made before this store was shared, marked (here): from the "
        "change journal on this computer, without author names.",
        "restored": "restored",
        "made": "made ({after})",
        "shared": "shared ({after})",
        "back": "restored ({after})",
        "deleted": "deleted (was {before})",
        "broke": "file broken, unreadable (was {before})",
        "unread": "file broken, unreadable",
        "mended": "broken file replaced ({after})",
        "dropped": "broken file deleted",
        "negative": "-n/--limit: write 0 (all) or a number of lines, not {n}",
    },
}

#: An entry wider than the terminal goes on under its time ("2026-12-04 10:15  "), the times a
#: column of their own (cli/output.py ``folded``; four spaces on a terminal under 54 columns).
HANG = 18


def run_log(
    store_path: Path | None,
    report_id: str | None,
    node: str | None,
    as_json: bool,
    limit: int,
    lang: str = "id",
) -> int:
    from lkj_tui.core.changes import typed_said
    from lkj_tui.core.conflicts import choice_said, value
    from lkj_tui.storage.errors import StoreError
    from lkj_tui.sync import git, history, share
    from lkj_tui.sync.git import SyncError

    lang = "en" if lang == "en" else "id"
    if limit < 0:  # (-n -1 listed everything, as 0 does)
        fail(_TEXT[lang]["negative"].format(n=limit), 2)
    store = open_store(store_path, lang=lang)
    node_id = None
    picked = report_id is None  # (the latest report, when a node is asked for)
    try:
        share.require_repo(store.root)
    except SyncError as exc:
        if exc.code not in ("not-shared", "no-git"):
            fail_store(exc, store_path, lang, PATH_SEPS)
        said = _TEXT[lang]["local" if exc.code == "not-shared" else "no_git"]
        note = said.format(opts=store_option(store_path, lang))
        return _local_log(store, report_id, node, as_json, limit, lang, store_path, note)
    try:
        if node is not None:
            from lkj_tui.cli.setfield import find_node

            rid = report_id or store.latest_report_id()
            node_id = find_node(store.load(rid).report, node, lang, store_option(store_path, lang))
            report_id = rid
        with git.commit_lock(store.root):  # type: ignore[attr-defined]
            git.commit_saves(store.root)  # the latest saves too
        found = history.entries(store.root, report_id, node_id, choices=True)
        early = history.before_sharing(store, report_id, node_id)
        if not found and report_id is not None:  # (a mistyped id refused, never "no history
            store.require(report_id)  # yet"; a deleted report's history is shown: cli43)
    except SyncError as exc:
        fail_store(exc, store_path, lang, PATH_SEPS)
    except StoreError as exc:
        fail_store(exc, store_path, lang, PATH_SEPS)
    whole = report_id is None and node is None
    of = None if whole else (report_id or "", node, picked)
    if not found and not early:  # (a store whose files cannot be read: named; cli61)
        return _empty(store, whole, store_path, lang, "", as_json, of)
    if as_json:
        rows = [e.to_json() for e in found] + _journal_json(early, node_id)
        rows = rows[:limit] if limit > 0 else rows
        write(dumps(rows) + "\n")  # (exact: escapes, not the fallback)
        return 0
    found = history.typed_entries(store.root, history.said_once(found))  # (-n N: N lines)
    found = found[:limit] if limit > 0 else found
    early = early[: max(limit - len(found), 0)] if limit > 0 else early
    if not found and not early:
        return _empty(store, whole, store_path, lang, of=of)
    reports = {e.report for e in found} | {rid for rid, *_ in early}
    several = report_id is None and len(reports) > 1
    if early:  # (the saves before sharing: no commit of their own, share69)
        say(_TEXT[lang]["before_sharing"], 2, err=True)
    known = {  # the old report's versions a choice on new --from's record names (share15)
        blob: version
        for rid, blobs in history.version_blobs(found).items()
        for blob, version in _versions(store.root, rid, blobs).items()
    }
    for e in found:
        when = e.when[:16].replace("T", " ")
        # (a report's id whole, to be typed again: cut at 60, and at 40 as the label of a
        # report made, a kabupaten OPD's id read "…-badan-pendapatan-daera…"; named once, as
        # the label of the report's own lines: share29)
        where = clean_line(e.report, 100) if several and e.node is not None else ""
        name = clean_line(e.label, 100) if e.node is None else clean_words(e.label, 40)
        whole = "node" if e.node else "laporan"  # (an item by its number, as set names it)
        field = history.field_words(e.field, e.before, e.after, lang, whole)
        pair: tuple[str, str] | None = None
        sep = "  "
        mark = f" ({_TEXT[lang]['restored']})" if e.restored else ""
        if (
            e.kind == "edit"
            and e.node is None
            and not e.field
            and ((e.before is None) != (e.after is None) or e.broken)
        ):  # the whole report made, deleted or broken: "— → rev. 1" said it in no one's words
            where, name, sep = name, "", ours(" · ")  # (its id whole, as a log's report's)
            which = _whole_words(e.before, e.after, e.broken)
            if which == "made" and e.restored:  # (a report deleted by hand, restored: share55)
                which, mark = "back", ""
            elif which == "made" and e.shared:  # (sync --init: what its user did, share70)
                which = "shared"
            before, after = (clean_line(history.shown(v), 40) for v in (e.before, e.after))
            what = _TEXT[lang][which].format(before=before, after=after)
        elif e.kind == "edit":
            shown = history.shown_pair(e.before, e.after)
            if e.typed:  # (stored in the Indonesian form: this computer's journal kept it typed)
                shown = (shown[0], typed_said(shown[1], e.typed, lang))
            before, after = (clean_line(v, 120) for v in shown)
            what, pair = f"{before} → {after}", (before, after)
        else:  # a sync conflict chosen (lkj-tui resolve, the TUI's K) or dropped
            kept, other = (
                clean_line(value(v, e.field, lang, known), 120) for v in (e.before, e.after)
            )
            what = choice_said(e.kind, kept, other, lang, ours(" · "))
        # (a restore's change: the office that made it, marked, as the journal marks an undo)
        place = f"{name}{ours(' · ') if name else ''}{clean_line(field, 60)}"
        _say_entry(f"{when}  {clean_line(e.author, 100)}", where, place, what, pair, sep, mark)
    _say_journal(early, lang, several)
    _say_broken(store, found, store_path, lang)
    return 0


def _empty(
    store: StoreReader,
    whole: bool,
    store_path: Path | None,
    lang: str,
    note: str = "",
    as_json: bool = False,
    of: tuple[str, str | None, bool] | None = None,
    local: bool = False,
) -> int:
    """An empty log: "Belum ada perubahan yang disimpan", and for the ``whole`` store (no ``-r``, no node) the
    report files it cannot read named on stderr as ``status`` names them; none read at all, the
    first one's refusal instead, exit 1 (a store whose only report is a symlink or a folder said
    "Belum ada riwayat.", exit 0: its user looked for edits that were never lost; cli61).
    ``note``, why the log has no authors, once it is not refused; ``as_json``: ``[]``. ``of``
    (a report's log: its id, the node typed, whether the id was the latest's, not typed) says
    whose history is empty, and with another report in the store how to ask for it: ``log
    "IKU 1"`` after ``set -r`` of last year's report said "Belum ada riwayat." of the latest's
    IKU 1, unsaid (cli68). ``local``: the log of this computer's change journals, which start
    at the first save of the TUI or ``set`` (a report made or imported is none): said so, where
    "Belum ada riwayat." right after ``new`` read as if the report were not made (cli70); a
    store with no report has no history."""
    from lkj_tui.cli.common import warn_skipped
    from lkj_tui.storage.errors import NotFoundError, StoreError

    held = True
    if whole:
        try:
            store.latest_report_id()
        except NotFoundError:
            held = False  # (an emptied store: no report, and no history of one)
        except StoreError as exc:
            fail_store(exc, store_path, lang, PATH_SEPS)
    if note:
        say(note, 2, err=True)
    if as_json:
        write("[]\n")
    else:  # (on a terminal broken at words, the command whole: say)
        say(_empty_of(store, of, store_path, lang, local) if held else _TEXT[lang]["empty"])
    if whole:
        warn_skipped(store, lang, store_path)
    return 0


def _empty_of(
    store: StoreReader,
    of: tuple[str, str | None, bool] | None,
    store_path: Path | None,
    lang: str,
    local: bool = False,
) -> str:
    """The empty log's line: whose history it is (:func:`_empty`'s ``of``), where it starts
    when ``local``, and another report's command where the latest was taken unasked and the
    store holds others."""
    from lkj_tui.storage.errors import typed_path

    t = _TEXT[lang]
    how = t["how"] if local else ""
    if of is None:
        return t["empty_whole"].format(how=how)
    rid, node, picked = of
    said = clean_line(rid, 100)
    what = t["of_report"] if node is None else t["of_node"]
    what = what.format(id=said, node=clean_line(node or "", 100))
    line = t["empty_of"].format(what=what, how=how)
    if picked and len(store.report_ids()) > 1:
        typed = f"{typed_path(clean_line(node, 100))} " if node else ""
        line += " " + t["others"].format(node=typed, opts=store_option(store_path, lang))
    return line


def _whole_words(before: object, after: object, broken: str) -> str:
    """The key of :data:`_TEXT`'s words for a whole report's entry: made, deleted, or its file
    broken ("after", "both"), replaced or deleted broken ("before"; history.Entry.broken)."""
    if broken == "before":
        return "mended" if after is not None else "dropped"
    if broken:
        return "broke" if before is not None else "unread"
    return "made" if before is None else "deleted"


def _say_broken(store: StoreReader, found: list[Any], store_path: Path | None, lang: str) -> None:
    """On stderr, for each report whose newest entry left its file broken and whose file still
    does not read, the store's refusal with its way out (``restore``: the last good version);
    the log said "dihapus (sebelumnya rev. 4)" of a file broken by hand (share55)."""
    from lkj_tui.storage.errors import StoreError

    newest: dict[str, Any] = {}
    for e in found:
        newest.setdefault(e.report, e)
    for rid, e in newest.items():
        if e.node is None and e.broken in ("after", "both"):
            try:
                store.load(rid)
            except StoreError as exc:
                say(store_message(exc, store_path, lang), 2, err=True)


def _say_entry(
    head: str,
    where: str,
    place: str,
    what: str,
    pair: tuple[str, str] | None = None,
    sep: str = "  ",
    mark: str = "",
) -> None:
    """One entry of the log: ``head`` (its time and author), ``where`` (the report's id, in a
    log of several reports or for a report made or deleted, or ""), then after ``sep``
    ``place`` (the node and field; with ``mark``, " (dipulihkan)", and a colon when ``what``
    is said) and ``what`` (before → after: ``pair``). To
    a pipe or a file one line, to grep. On a terminal narrower than it, broken at words under
    its time (:data:`HANG`), never inside the author, the place or a short value (``kept_whole``)
    where it fits a line, the "→" kept with the value before it (a line ended with "—" and the
    next began with "→ …"); the author never alone on the time's line where the place's node
    fits beside it; an id that does not fit beside the author on a line of its own under the
    entry's words, as far in as it fits; an author wider than the first line with the rest of
    the entry under it (share31: "Rina … (Bagian Or…" / "IKU 3" split the place, "2,48" went
    apart from its label, a 76-character id went to column 0)."""
    from lkj_tui.cli.output import _width, folded, write
    from lkj_tui.cli.plain import cells

    stream = sys.stdout
    said = f"{place}{mark}:" if what else f"{place}{mark}"  # (a node added, moved…: its words)
    rest = f"{said} {what}" if what else said  # (the mark may go under the place: cli41)
    line = f"{head}  {where}{sep}{rest}" if where else f"{head}  {rest}"
    width = max(_width(os.environ, False), 20)
    hang = HANG if width >= 3 * HANG else 4  # (as folded's)
    room = width - hang
    author = head[18:]  # (after "2026-12-04 10:15  ")
    subject = bool(where) and sep != "  "  # (a report made or deleted: its id and its words)
    parts = [author, place, what] if subject else [author, place]  # ("dibuat (rev. 1)" whole)
    if pair is not None:  # (a value of prose is broken at words as the rest)
        from lkj_tui.sync.history import kept_whole

        parts += kept_whole(*pair)
    whole = [p for p in parts if " " in p and cells(p) <= room]
    shown = folded(line, HANG, stream, whole)
    if "\n" in shown:  # (a terminal narrower than the entry)
        first = folded(head, HANG, stream, whole)
        if "\n" in first:  # (an author wider than the first line: the rest under it)
            out = [first, *(_id_lines(where, width, hang) if where else [])]
            out.append(folded(" " * hang + rest, hang, stream, whole))
            write("\n".join(out) + "\n")
            return
        # a report's id that does not fit beside the author (or a report made or deleted, its
        # id the subject of its words) goes under the entry's words, whole or at its "-": the
        # author never alone on the time's line with the id under it (cli43: "Rina Wulandari"
        # / "bengkulu-selatan-setda-2023" / "IKU 1 · Target: …" at 60 columns)
        under = subject or (bool(where) and cells(f"{head}  {where}") > width)
        if under:
            line = f"{head}  {rest}"
            shown = folded(line, HANG, stream, whole)
        if _alone(shown, head) and ours(" · ") in place:
            # the author alone on the time's line, the place wider than the room beside it
            # (cli42: "IKU 3 · Actual (Realisasi):" one cell too wide beside "Rina Wulandari" at
            # 60 columns; cli43: "IKU 1 · Target:" at 40-53): the place broken between its node
            # and its field, the " · " dropped there (share30), where its node fits beside
            node, _, field = place.rpartition(ours(" · "))
            split = [p for p in parts if p != place] + [node, field]
            split = [p for p in split if " " in p and cells(p) <= room]
            if not _alone(again := folded(line, HANG, stream, split), head):
                shown = again
        if under:
            shown = "\n".join([shown, *_id_lines(where, width, hang)])
    write(shown + "\n")


def _alone(shown: str, head: str) -> bool:
    """Whether the folded entry ``shown`` has its time and author (``head``) alone on its first
    line, the rest under it."""
    return "\n" in shown and shown.split("\n", 1)[0].rstrip(" ") == head.rstrip(" ")


def _id_lines(where: str, width: int, hang: int) -> list[str]:
    """A report's id on lines of its own under an entry's time: whole where it fits a line, as
    far in as it fits (never broken by the terminal), wider than the terminal broken after a
    "-" under the time's indent, not by the terminal mid-word at column 0 (share33)."""
    from lkj_tui.cli.plain import cells, wrap

    if cells(where) > width:
        return [" " * hang + where[a:b] for a, b in wrap(where, width - hang, seps=PATH_SEPS)]
    return [" " * max(0, min(hang, width - cells(where))) + where]


def _versions(root: Path, report_id: str, blobs: list[str]) -> dict[str, Version]:
    """:func:`lkj_tui.sync.history.versions`; none when git cannot say."""
    from lkj_tui.sync import history
    from lkj_tui.sync.git import SyncError

    try:
        return history.versions(root, report_id, blobs)
    except SyncError:
        return {}


def _local_log(
    store: StoreReader,
    report_id: str | None,
    node: str | None,
    as_json: bool,
    limit: int,
    lang: str,
    store_path: Path | None = None,
    note: str = "",
) -> int:
    """The change journals of the store's reports (or of ``report_id``), newest first, in the
    shared log's layout; ``node`` as ``set`` names it, matched by the label the journal keeps.
    ``note`` (why there are no authors) on stderr once the report and node are found (cli37:
    "-r x" said it before "no report 'x'", a note about a log it did not print)."""
    from lkj_tui.cli.setfield import find_node
    from lkj_tui.storage.errors import StoreError
    from lkj_tui.sync.history import journal_lines, node_labels

    try:
        ids = [report_id] if report_id is not None else store.report_ids()
        if report_id is not None or node is not None:
            rid = report_id or store.latest_report_id()
            report = store.load(rid).report
            ids = [rid]
        wanted, asked = None, None
        if node is not None:
            asked = find_node(report, node, lang, store_option(store_path, lang))
            wanted = node_labels(report, asked)
    except StoreError as exc:
        fail_store(exc, store_path, lang, PATH_SEPS)
    found = journal_lines(store.root, {rid: None for rid in ids}, wanted, asked)
    found = found[:limit] if limit > 0 else found
    if not found:  # (the note after a refusal's check: cli61)
        whole = report_id is None and node is None
        of = None if whole else (ids[0], node, report_id is None)
        return _empty(store, whole, store_path, lang, note, as_json, of, local=True)
    if note:
        say(note, 2, err=True)
    if as_json:
        write(dumps(_journal_json(found, asked)) + "\n")
        return 0
    _say_journal(found, lang, len({rid for rid, *_ in found}) > 1)
    return 0


def _journal_json(found: list[Any], asked: str | None) -> list[dict[str, Any]]:
    return [
        {
            "commit": None,
            "author": None,
            "when": entry["at"].isoformat(),
            "report": rid,
            # (as the journal recorded it, else the node asked for: words50)
            "node": node_id or asked,
            "label": line.node,
            "field": line.field,
            "before": line.before,
            "after": line.after,
            "kind": entry["kind"],
            "revision": entry["revision"],
        }
        for rid, entry, line, node_id in found
    ]


def _say_journal(found: list[Any], lang: str, several: bool) -> None:
    """The journal's lines (:func:`lkj_tui.sync.history.journal_lines`) in the shared log's
    layout, "(di sini)" for the author, which the journal does not keep."""
    from lkj_tui.sync.history import journal_said

    t = _TEXT[lang]
    for rid, entry, line, _ in found:
        when = entry["at"].isoformat(sep=" ")[:16]
        where = clean_line(rid, 100) if several else ""  # (whole: cut at 60, share31)
        said = journal_said(rid, entry, line, lang, ours(" · "))
        place = f"{said.node}{ours(' · ')}{said.field}" if said.field else said.node
        _say_entry(f"{when}  {t['here']}", where, place, said.what, said.pair, mark=said.mark)
