"""``lkj-tui restore``: bring a report back from one of its last good versions; ``--list`` shows
them (of one report, or of every report when no id is given)."""

from __future__ import annotations

import datetime as dt
import os
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING

from rich.table import Table
from rich.text import Text

from lkj_tui.bundled import BUNDLED_REPORT_ID
from lkj_tui.cli.common import (
    fail,
    fail_store,
    labelled_path,
    open_store,
    store_message,
    store_option,
)
from lkj_tui.cli.format import clean_text, overflow
from lkj_tui.cli.output import at_words, console, dumps, ours, say_lines, write
from lkj_tui.cli.plain import PATH_SEPS as SEPS
from lkj_tui.cli.plain import cells, wrap
from lkj_tui.core.sanitize import clean_line
from lkj_tui.storage.errors import NotFoundError, StoreError, named_path
from lkj_tui.storage.paths import GENERATIONS_DIR, is_report_id
from lkj_tui.storage.store import Store

if TYPE_CHECKING:
    from lkj_tui.sync.history import Entry

_TEXT = {
    "id": {
        # (the next step, as restore ID says it: share31)
        "none": "belum ada versi laporan {id} yang tersimpan di {root} (versi disimpan setiap "
        "kali laporan diubah di sini); riwayat perubahannya: lkj-tui log -r {id}{opts}",
        "none_all": "belum ada versi laporan yang tersimpan di {root} (versi disimpan setiap "
        "kali laporan diubah di sini); riwayat perubahannya: lkj-tui log{opts}",
        "title": "Versi tersimpan: {id}",
        "revision": "Revisi",
        "time": "Waktu",
        "file": "Berkas",
        "change": "Perubahan",
        "folder": "Berkas di {folder}",
        "files": "Berkas: {folder}",
        "file_name": "<revisi>.json",
        "more": "+{n} lainnya",
        "now": "← sekarang",
        "first": "versi pertama",
        "unrecorded": "tidak tercatat (mis. diubah langsung di berkasnya, atau oleh lkj-tui versi lama)",
        "first_bundled": "penyimpanan dibuat, berisi laporan bawaan",
        "gap": "Revisi {low} dibuat di laptop lain; sinkronisasi revisi {sync} membawanya ke sini.",
        "gaps": "Revisi {low}–{high} dibuat di laptop lain; sinkronisasi revisi {sync} "
        "membawanya ke sini.",
        "undo": "dibatalkan",
        "redo": "diulang",
        "sync": "sinkronisasi, dari kantor lain: {what}",
        "sync_none": "sinkronisasi (tanpa perubahan isian)",
        "sync_conflicts": "sinkronisasi: {n} konflik baru",
        "with_conflicts": "; {n} konflik baru",
        # (the conflicts another laptop chose, which the sync cleared here: share41)
        "sync_settled": "sinkronisasi, dari kantor lain: {n} konflik dipilih: {places}",
        "with_settled": "; {n} konflik dipilih",
        "import": "impor dari {file}",
        "import_bundled": "laporan bawaan",
        "new": "laporan baru dari {source} (lkj-tui new --from)",
        "new_empty": "laporan baru, kosong (lkj-tui new)",
        "restore": "pemulihan dari revisi {source}",
        "restore_bundled": "pemulihan dari laporan bawaan",
        "clone": "salinan dari repositori bersama (lkj-tui sync --clone)",
        # (a hand edit that kept its revision takes the next one: share65)
        "hand": "diubah langsung di berkasnya, di luar lkj-tui",
        "choice": "konflik sinkronisasi dipilih: {where}: {how}",
        "keep": "pertahankan {kept} (bukan {other})",
        "take": "ambil nilai yang lain {other} (bukan {kept})",
        "choice_all": "konflik sinkronisasi dipilih, semua ({n}): {how}",
        "keep_all": "pertahankan nilai di berkas",
        "take_all": "ambil nilai yang lain",
        "and_more": " (dan {n} lainnya)",
        "need_id": "sebutkan id laporan yang dipulihkan; daftarnya: lkj-tui restore --list{opts}",
        "need_one": "sebutkan id laporan yang dipulihkan: lkj-tui restore {id}{revision}{opts}",
        "json_list": "--json hanya dengan --list: lkj-tui restore --list --json{opts}",
        "from_bundled": "laporan bawaan (tidak ada versi tersimpan yang baik)",
        "from_revision": "revisi {revision}",
        "from_last": "versi baik terakhir (revisi {revision})",
        # (the file before did not read, or was gone: which save, and when: share50)
        "from_kept": "versi baik terakhir yang tersimpan",
        "from_committed": "simpanan terakhirnya di riwayat penyimpanan bersama",
        "done_at": "Laporan {id} dipulihkan dari {source} (revisi {revision}, disimpan {when}; "
        "revisi baru {new}).",
        "lost": "Simpanan terakhirnya tidak tersimpan di komputer ini dan tidak dapat "
        "dipulihkan; ulangi perubahannya bila masih perlu:\n  revisi {revision}{dot}{when}{dot}"
        "{what}",
        "same": "Tidak ada yang hilang: simpanan terakhirnya memulihkan versi yang sama:\n  "
        "revisi {revision}{dot}{when}{dot}{what}",
        "lost_unnamed": "Simpanan sesudah revisi {revision} tidak tersimpan di komputer ini dan "
        "tidak dapat dipulihkan (versi disimpan saat lkj-tui mengganti berkasnya, bukan saat "
        "berkas diubah di luar lkj-tui).",
        "done": "Laporan {id} dipulihkan dari {source} (revisi baru {new}).",
        "is_current": "Laporan {id} sudah pada revisi {revision}: tidak ada yang dipulihkan. "
        "Versi lain yang tersimpan: lkj-tui restore --list {id}{opts}",
        "changed": "Yang berubah ({n}):",
        "changed_more": "  … dan {n} lainnya",
        "unchanged": "Isinya sama dengan versi sebelum pemulihan.",
        "conflicts_gone": "{n} konflik sinkronisasi yang tercatat tidak ada di versi ini dan "
        "ikut hilang.",
        # (a restore of the version before a choice brings its conflicts back: share20)
        "conflicts_back": "{n} konflik sinkronisasi di versi ini kembali menunggu pilihan:\n"
        "  lkj-tui resolve -r {id}{store}",
        # (each command on a line of its own, as resolve's: share25)
        "way_back": "Untuk membatalkan:\n  lkj-tui restore {id} --revision {old}{store}",
        "shared": "Penyimpanan ini dibagikan: pemulihan ini (perubahan di atas) sampai ke kantor "
        "lain pada sinkronisasi berikutnya:\n  lkj-tui sync{store}",
        # (no field changed, the conflicts did: they go to the other offices all the same)
        "shared_conflicts": "Penyimpanan ini dibagikan: pemulihan ini (konflik di atas) sampai ke "
        "kantor lain pada sinkronisasi berikutnya:\n  lkj-tui sync{store}",
        # (the file before did not read: nothing above to name)
        "shared_unread": "Penyimpanan ini dibagikan: pemulihan ini sampai ke kantor lain pada "
        "sinkronisasi berikutnya:\n  lkj-tui sync{store}",
    },
    "en": {
        "none": "no version of the report {id} is kept in {root} yet (a version is kept each "
        "time the report is changed here); its history of changes: lkj-tui log -r {id}{opts}",
        "none_all": "no version of a report is kept in {root} yet (a version is kept each time "
        "a report is changed here); the history of changes: lkj-tui log{opts}",
        "title": "Kept versions: {id}",
        "revision": "Revision",
        "time": "Time",
        "file": "File",
        "change": "Change",
        "folder": "Files in {folder}",
        "files": "Files: {folder}",
        "file_name": "<revision>.json",
        "more": "+{n} more",
        "now": "← current",
        "first": "the first version",
        "unrecorded": "not recorded (e.g. changed in its file directly, or by an older lkj-tui)",
        "first_bundled": "store created, holding the bundled report",
        "gap": "Revision {low} was made on another laptop; the sync of revision {sync} brought it "
        "here.",
        "gaps": "Revisions {low}–{high} were made on another laptop; the sync of revision {sync} "
        "brought them here.",
        "undo": "undone",
        "redo": "redone",
        "sync": "sync, from other offices: {what}",
        "sync_none": "sync (no field changed)",
        "sync_conflicts": "sync: {n} new conflicts",
        "sync_conflicts_1": "sync: 1 new conflict",
        "with_conflicts": "; {n} new conflicts",
        "with_conflicts_1": "; 1 new conflict",
        "sync_settled": "sync, from other offices: {n} conflicts chosen: {places}",
        "sync_settled_1": "sync, from other offices: 1 conflict chosen: {places}",
        "with_settled": "; {n} conflicts chosen",
        "with_settled_1": "; 1 conflict chosen",
        "import": "imported from {file}",
        "import_bundled": "the bundled report",
        "new": "new report made from {source} (lkj-tui new --from)",
        "new_empty": "new report, empty (lkj-tui new)",
        "restore": "restored from revision {source}",
        "restore_bundled": "restored from the bundled report",
        "clone": "cloned from the shared repository (lkj-tui sync --clone)",
        "hand": "changed in its file directly, outside lkj-tui",
        "choice": "sync conflict chosen: {where}: {how}",
        "keep": "keep {kept} (not {other})",
        "take": "take the other value {other} (not {kept})",
        "choice_all": "sync conflicts chosen, all ({n}): {how}",
        "keep_all": "keep the values in the file",
        "take_all": "take the other values",
        "and_more": " (and {n} more)",
        "need_id": "name the report to restore; to list them: lkj-tui restore --list{opts}",
        "need_one": "name the report to restore: lkj-tui restore {id}{revision}{opts}",
        "json_list": "--json only goes with --list: lkj-tui restore --list --json{opts}",
        "from_bundled": "the bundled report (no good version was kept)",
        "from_revision": "revision {revision}",
        "from_last": "the last good version (revision {revision})",
        "from_kept": "the last good version kept",
        "from_committed": "its last save in the shared store's history",
        "done_at": "Report {id} restored from {source} (revision {revision}, saved {when}; new "
        "revision {new}).",
        "lost": "Its last save is not kept on this computer and cannot be restored; make its "
        "change again if it is still needed:\n  revision {revision}{dot}{when}{dot}{what}",
        "same": "Nothing is lost: its last save restored the same version:\n  revision "
        "{revision}{dot}{when}{dot}{what}",
        "lost_unnamed": "The saves after revision {revision} are not kept on this computer and "
        "cannot be restored (a version is kept when lkj-tui replaces the file, not when it is "
        "changed outside lkj-tui).",
        "done": "Report {id} restored from {source} (new revision {new}).",
        "is_current": "The report {id} is at revision {revision} already: nothing was restored. "
        "The other kept versions: lkj-tui restore --list {id}{opts}",
        "changed": "What changed ({n}):",
        "changed_more": "  … and {n} more",
        "unchanged": "Its content is that of the version before the restore.",
        "conflicts_gone": "{n} recorded sync conflicts are not in this version and are gone "
        "with it.",
        "conflicts_gone_1": "1 recorded sync conflict is not in this version and is gone with it.",
        "conflicts_back": "{n} sync conflicts of this version wait for a choice again:\n"
        "  lkj-tui resolve -r {id}{store}",
        "conflicts_back_1": "1 sync conflict of this version waits for a choice again:\n"
        "  lkj-tui resolve -r {id}{store}",
        "way_back": "To undo:\n  lkj-tui restore {id} --revision {old}{store}",
        "shared": "This store is shared: the restore (the changes above) reaches the other "
        "offices with the next sync:\n  lkj-tui sync{store}",
        "shared_conflicts": "This store is shared: the restore (the conflicts above) reaches the "
        "other offices with the next sync:\n  lkj-tui sync{store}",
        "shared_unread": "This store is shared: the restore reaches the other offices with the "
        "next sync:\n  lkj-tui sync{store}",
    },
}


def _kept_ids(store: Store) -> list[str]:
    """Every report id with a report file or a generations folder (a report whose file is broken
    has versions to restore, too). Symlinks are not followed."""
    ids: set[str] = set()
    for folder, want_dir in ((store.root, False), (store.root / GENERATIONS_DIR, True)):
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue
        for entry in entries:
            name = entry.name if want_dir else entry.name.removesuffix(".json")
            if (want_dir or entry.name.endswith(".json")) and is_report_id(name):
                ids.add(name)
    return sorted(ids)


#: How far a journal entry's time may be from its kept version's (the file is written first).
_SAME_SAVE_SECONDS = 120


def _saved_changes(store: Store, report_id: str, lang: str) -> dict[int, tuple[float, str, str]]:
    """Revision → (when, what its save changed) for the saves the change journal names (the
    TUI's edits, undo and redo, ``lkj-tui set``, the merges of ``lkj-tui sync``; an import,
    ``new``, a restore and a sync conflict chosen by the note they leave: share14), and the
    journal's kind of that save ("edit", "sync", "import", "choice"…)."""
    from lkj_tui.core.changes import (
        STRUCTURE,
        field_label,
        line_node,
        line_values,
        path_label,
        structure_words,
    )
    from lkj_tui.core.edits import Line
    from lkj_tui.storage.journal import KINDS, NOTES, read

    t = _TEXT[lang]
    found: dict[int, tuple[float, str, str]] = {}
    chosen_together: dict[tuple[int, str], list[str]] = {}
    for entry in read(store.root, report_id, kinds=KINDS):
        rows, revision, sync = entry["lines"], entry["revision"], entry["kind"] == "sync"
        if isinstance(revision, int) and entry["kind"] in NOTES:
            noted = _noted(entry["kind"], entry["note"], lang)
            found[revision] = (entry["at"].timestamp(), noted, entry["kind"])
            continue
        if not isinstance(revision, int) or not (rows or sync):
            continue
        settled = entry.get("settled", [])
        if not rows:
            n = entry["conflicts"] if type(entry["conflicts"]) is int else 0
            what = t["sync_conflicts_1" if n == 1 and lang == "en" else "sync_conflicts"]
            what = what.format(n=n) if n else t["sync_none"]
            if settled:  # (no field changed: the conflicts another laptop chose, by place)
                chose = _words(t, "sync_settled", len(settled), lang)
                places = _places([_place(p, lang) for p in settled], t)
                what = chose.format(n=len(settled), places=places) + (
                    _words(t, "with_conflicts", n, lang).format(n=n) if n else ""
                )
            found[revision] = (entry["at"].timestamp(), what, "sync")
            continue
        line = Line(*rows[0])
        if sync:  # (the field as stored: "measure.realisasi")
            path = tuple(line.field.split(".")) if line.field else ()
            field = path_label(path, lang, whole="node" if line.node != report_id else "laporan")
            shown = (line_node(line, report_id, lang), field, line.before, line.after)
        else:
            before, after = line_values(line, lang)
            shown = (line_node(line, report_id, lang), field_label(line.field, lang), before, after)
        node, field, before, after = (clean_line(x, 60) for x in shown)
        place = f"{node}{ours(' · ')}{field}"
        what = f"{place}: {before or '—'} → {after or '—'}"
        if line.field in STRUCTURE and not sync and "conflict" not in entry:  # as L says it
            undo = entry["kind"] == "undo"
            made = Line(line.node, line.field, line.after, line.before) if undo else line
            what = structure_words(made, undo, lang, ours(" · "))
        if "conflict" in entry:  # a sync conflict chosen with the TUI's K (tui14), as resolve's
            how, kept, other = (clean_line(x, 40) for x in entry["conflict"])
            chosen = t[how].format(kept=kept or "—", other=other or "—")
            what = t["choice"].format(where=place, how=chosen)
            # K's "Semua (N) sekaligus" is one save with an entry per conflict (tui15): said
            # as resolve semua's, with the places it settled (it read as its last one only)
            same = chosen_together.setdefault((revision, entry["kind"]), [])
            same.append(place)
            if len(same) > 1:
                what = t["choice_all"].format(n=len(same), how=t[f"{how}_all"])
                what += ": " + _places(same, t)
        if entry["kind"] in ("undo", "redo"):
            what += f" ({t[entry['kind']]})"
        if len(rows) > 1:
            what += f" ({t['more'].format(n=len(rows) - 1)})"
        if sync:
            what = t["sync"].format(what=what)
            n = entry["conflicts"] if type(entry["conflicts"]) is int else 0
            if n:  # (the conflicts it recorded beside the changes it brought: share39)
                what += _words(t, "with_conflicts", n, lang).format(n=n)
            if settled:  # (and those another laptop chose: share41)
                what += _words(t, "with_settled", len(settled), lang).format(n=len(settled))
        kind = "choice" if "conflict" in entry and entry["kind"] == "edit" else entry["kind"]
        found[revision] = (entry["at"].timestamp(), what, kind)
    return found


#: The places a choice of several conflicts names before "and N more".
PLACES_SHOWN = 3


def _words(t: dict[str, str], key: str, n: int, lang: str) -> str:
    """The words ``key`` for ``n`` things: English's singular for one ("1 new conflict")."""
    return t[f"{key}_1"] if n == 1 and lang == "en" else t[key]


def _places(places: list[str], t: dict[str, str]) -> str:
    """The conflicts a save chose, by their places: the first :data:`PLACES_SHOWN`."""
    shown = ", ".join(places[:PLACES_SHOWN])
    rest = len(places) - PLACES_SHOWN
    return shown + t["and_more"].format(n=rest) if rest > 0 else shown


def _place(place: object, lang: str) -> str:
    """A conflict's place as ``resolve semua`` noted it (``[node, [field…]]``), in the log's words."""
    from lkj_tui.core.changes import path_label

    node, raw = place if isinstance(place, list) and len(place) == 2 else (None, None)
    path = tuple(str(p) for p in raw) if isinstance(raw, list) else ()
    label = path_label(path, lang, whole="node" if node else "laporan")
    return f"{clean_line(str(node or '—'), 60)}{ours(' · ')}{clean_line(label, 60)}"


def _noted(kind: str, note: dict[str, object], lang: str) -> str:
    """A whole-report save in the journal's words (storage/journal.py's :data:`NOTES`): where an
    import came from, what ``new`` was made from, what a restore brought back, the conflict chosen
    (each field of the note from a file: cleaned, cut)."""
    from lkj_tui.core.conflicts import value

    t = _TEXT[lang]

    def text(key: str) -> str:
        found = note.get(key)
        return "" if found is None else clean_line(str(found), 60)

    if kind == "choice" and type(note.get("all")) is int:
        how = t["take_all" if note.get("take") else "keep_all"]
        said = t["choice_all"].format(n=note["all"], how=how)
        places = note.get("places")  # (an lkj-tui before share16 kept none)
        if isinstance(places, list) and places:
            said += ": " + _places([_place(p, lang) for p in places], t)
        return said
    if kind == "choice":
        raw = note.get("field")
        path = tuple(str(p) for p in raw) if isinstance(raw, list) else ()
        where = _place([note.get("node"), raw], lang)
        kept, other = (clean_line(value(note.get(k), path, lang), 40) for k in ("kept", "other"))
        how = t["take" if note.get("take") else "keep"].format(kept=kept, other=other)
        return t["choice"].format(where=where, how=how)
    if kind in ("clone", "hand"):
        return t[kind]
    if kind in ("import", "new", "restore"):
        found = text("file" if kind == "import" else "from" if kind == "new" else "source")
        blank = {"import": "import_bundled", "new": "new_empty", "restore": "restore_bundled"}
        return t[kind].format(file=found, source=found) if found else t[blank[kind]]
    return "—"


#: The fewest cells the change column gets beside the time ("IKU 1 · Realisasi: 2,85 → 2,90"
#: on one line, about 30); on a terminal too narrow for it (below about 72 columns) each version
#: is a card (at 40 columns the change was cut to one cell a line, then to 20 cells).
_MIN_CHANGE = 30


Version = tuple[int, Path, float, str | None, str | None]


def _kept(store: Store, report_id: str, lang: str) -> tuple[list[Version], Version | None]:
    """The kept versions, newest first: revision, file, time, what its save changed and the
    journal's kind of that save (None: the journal does not name it); and the report as it is
    now, alike (None: no kept version, or no readable file), which the list marks: a planner
    could not tell which of the versions the report was at."""
    kept = store.generations(report_id)
    if not kept:
        return [], None
    changed = _saved_changes(store, report_id, lang)
    path = store.path_for(report_id)
    try:
        now = [(store.revision(report_id), path, os.stat(path).st_mtime)]
    except (StoreError, OSError):
        now = []
    out = []
    for rev, path, mtime in [*now, *kept]:
        at, what, kind = changed.get(rev, (mtime, None, None))
        if abs(at - mtime) > _SAME_SAVE_SECONDS:  # a journal entry of an older report's life
            what = kind = None
        if rev == 1 and what is None:  # the first version, which no save of the journal made
            # (the store's seed, `init`: it read "—", share39)
            what = _TEXT[lang]["first" if report_id != BUNDLED_REPORT_ID else "first_bundled"]
        out.append((rev, path, mtime, what, kind))
    return out[len(now) :], out[0] if now and now[0][0] > kept[0].revision else None


def _listed_json(store: Store, ids: list[str], lang: str) -> dict[str, object]:
    """``restore --list --json``: every report's kept versions and the version it is at now
    (``current``; its ``file`` the report's own), docs/sharing.md."""

    def said(version: Version) -> dict[str, object]:
        rev, path, mtime, what, kind = version
        return {
            "revision": rev,
            "time": dt.datetime.fromtimestamp(mtime).isoformat(timespec="seconds"),
            "file": os.path.abspath(path),
            "kind": kind,
            "change": what,
        }

    reports = []
    for rid in ids:
        kept, now = _kept(store, rid, lang)
        versions = [said(version) for version in kept]
        current = None if now is None else said(now)
        reports.append({"report": rid, "versions": versions, "current": current})
    return {"store": os.path.abspath(store.root), "reports": reports}


def _versions_table(
    store: Store, report_id: str, lang: str, width: int, terminal: bool = False
) -> list[Text | Table]:
    """The kept versions, newest first: each one's time and what its save changed (from the
    change journal, when it names that save), the folder once above the file names; on a
    terminal too narrow for the table, as cards (:func:`_versions_cards`). On a ``terminal``
    the id and the folder wider than its line are broken after a "-" or a "/" (to a pipe or a
    file, whole: one line to grep and copy)."""
    t = _TEXT[lang]
    kept, now = _kept(store, report_id, lang)
    versions = [now, *kept] if now else kept
    rows = []
    for rev, path, mtime, what, _kind in versions:
        when = dt.datetime.fromtimestamp(mtime).strftime("%Y-%m-%d %H:%M:%S")
        # (the version the report is at, marked where a kept one names its file: share39)
        name = t["now"] if now and rev == now[0] else clean_line(path.name)
        # (a version no save of the journal names: a hand edit that gave itself a revision, or
        # one made before share65's mark or by an older lkj-tui; it read "—": share67)
        rows.append((str(rev), when, what or t["unrecorded"], clean_text(Text(name)).plain))
    changed = any(version[3] is not None for version in versions)
    foot = [Text(line) for line in _gaps(versions, lang, width, terminal)]
    fixed = sum(max(len(t[key]), *(len(row[i]) for row in rows)) for key, i in _FIXED)
    cards = width - fixed - 9 < _MIN_CHANGE  # (9: the three column rules, " │ ")
    # (wider than the line, the id under its label: at 40 columns "Versi tersimpan: " ended a
    # line, the id alone on the next: share27)
    title = clean_text(Text(t["title"].format(id=report_id))).plain
    label, _, shown = title.partition(": ")
    if terminal and cells(shown) > width - 2:  # (wider than the terminal, broken after a "-"
        # under its label, not by the terminal mid-word at column 0: share34)
        lines = [f"{label}:", *(f"  {shown[a:b]}" for a, b in wrap(shown, width - 2, seps=SEPS))]
    else:
        lines = labelled_path(title, width)
    head = [Text(line, style="bold") for line in lines]
    if kept:
        folder = clean_line(named_path(os.path.abspath(kept[0][1].parent), lang, quoted=False))
        if cards:  # the file of each version, named once: "…/<revisi>.json"
            folder = f"{folder}{os.sep}{t['file_name']}"
        said = clean_text(Text(t["files" if cards else "folder"].format(folder=folder))).plain
        if terminal and cells(said) > width:  # (broken after a "/" or a "-": share34)
            head += [Text(line, style="dim") for line in at_words(said, width, 2, SEPS)]
        else:  # (one line, to be copied: cli12)
            head.append(Text(said, style="dim"))
    if cards:
        return [*head, *_versions_cards(rows, t, width, bool(now)), *foot]
    table = Table(show_edge=False, pad_edge=False, expand=bool(changed))
    cut = overflow()  # (rich's "…" is written "..." on an output that is not UTF-8)
    table.add_column(t["revision"], justify="right", overflow=cut)
    table.add_column(t["time"], no_wrap=True, overflow=cut)
    table.add_column(t["change"], ratio=1, overflow=cut)
    table.add_column(t["file"], no_wrap=True, overflow=cut)
    for rev_text, when, what, name in rows:
        # (clean_text: laid out as written, "→" as "->" on an output that is not UTF-8)
        table.add_row(Text(rev_text), Text(when), clean_text(Text(what), True), Text(name))
    return [*head, table, *foot]


def _gaps(versions: list[Version], lang: str, width: int, terminal: bool) -> list[str]:
    """A line for each run of revisions missing between two listed versions where the newer is
    a sync's: the merge took a number above the other laptop's, whose saves those were (the list
    read 4, 2, 1 and nobody could say where 3 went: share39). Broken at words on a terminal."""
    t = _TEXT[lang]
    out = []
    for newer, older in pairwise(versions):
        if newer[4] != "sync" or newer[0] - older[0] < 2:
            continue
        low, high = older[0] + 1, newer[0] - 1
        key = "gap" if low == high else "gaps"
        said = t[key].format(low=low, high=high, sync=newer[0])
        said = clean_text(Text(said)).plain  # ("3–5" as "3-5" on an output that is not UTF-8)
        out += at_words(said, width, 2) if terminal else [said]
    return out


def _versions_cards(
    rows: list[tuple[str, str, str, str]], t: dict[str, str], width: int, marked: bool
) -> list[Text]:
    """The kept versions on a terminal too narrow for the table's columns, each a card:
    "Revisi 3 · 2026-12-04 12:37:46", then what its save changed under it, indented, broken at
    words (the table squeezed the change to a few cells a line), its later lines further in. Lines of at most ``width``
    cells but a word wider than that (never cut)."""
    out = []
    for i, (rev_text, when, what, name) in enumerate(rows):
        title = clean_text(Text(f"{t['revision']} {rev_text}{ours(' · ')}{when}")).plain
        if i == 0 and marked:  # (the version it is at, its arrow never alone: "←" / "current")
            title += " " + clean_text(Text(name)).plain.replace(" ", "\0")
        out += [Text(line, style="bold") for line in at_words(title, width, 2)]
        # (clean_text: broken as written, "→" as "->" on an output that is not UTF-8)
        change = _glued(clean_text(Text(what)).plain)  # (the arrow with the value before
        # it, as log's: never a line begun with "→ …", share31)
        change = change.replace(" → ", "\0→ ").replace(" -> ", "\0-> ")
        # (its later lines two further in: "IKU 3 · Actual (Realisasi):" at 30 columns read
        # as a line of its own over "3 ± 1 → 77", the values as another change: cli41)
        out += [Text(f"  {line}") for line in at_words(change, max(width - 2, 1), 2)]
    return out


def _glued(change: str) -> str:
    """A card's change "IKU 3 · Realisasi: 3 ± 1 → 90" with the parts ``log`` keeps whole
    (``history.kept_whole``) held as one word (their spaces as NUL, :func:`at_words`' own): at 60
    columns it read "… Realisasi: 3 ±" / "1 → 90" (share40). Linear."""
    from lkj_tui.sync.history import kept_whole

    head, arrow, after = change.rpartition(" → ")
    if not arrow:
        head, arrow, after = change.rpartition(" -> ")  # (an output that is not UTF-8)
    if not arrow:
        return change
    place, colon, before = head.rpartition(": ")
    tail = f"{before}{arrow}{after}"
    for part in kept_whole(before, after):
        part = part.replace(" →", arrow.rstrip())
        tail = tail.replace(part, part.replace(" ", "\0"), 1)
    return f"{place}{colon}{tail}"


#: The columns of a fixed width beside the change (their header's key, their cell's index).
_FIXED = (("revision", 0), ("time", 1), ("file", 3))


def run_restore(
    store_path: Path | None,
    report_id: str | None,
    revision: int | None,
    list_only: bool,
    lang: str = "id",
    as_json: bool = False,
) -> int:
    lang = "en" if lang == "en" else "id"
    t = _TEXT[lang]
    if as_json and not list_only:
        fail(t["json_list"].format(opts=store_option(store_path, lang)), 2)
    if report_id is None and not list_only:
        _need_id(store_path, revision, lang)
    # The bundled report is a last way out for its own id when no version was kept yet.
    store = open_store(store_path, lang=lang)
    try:
        if list_only:
            kept = _kept_ids(store)
            if report_id is not None and report_id not in kept and not as_json:  # a mistyped id:
                # the ids there are, as `restore ID` names them ("no kept versions of nope")
                folder = Path(os.path.abspath(store.root))  # (`--store .`: the folder itself)
                raise NotFoundError(folder / "x.json", report_id, sorted(kept))
            ids = [report_id] if report_id is not None else kept
            shown = [i for i in ids if store.generations(i)]
            if as_json:  # (none kept: an empty list, not a refusal)
                write(dumps(_listed_json(store, shown, lang)) + "\n")
                return 0
            if not shown:
                root = named_path(os.path.abspath(store.root), lang)
                opts = store_option(store_path, lang)
                fail(
                    t["none"].format(id=report_id, root=root, opts=opts)
                    if report_id
                    else t["none_all"].format(root=root, opts=opts)
                )
            out = console()
            for i, rid in enumerate(shown):
                if i:
                    out.print()
                title, *parts = _versions_table(store, rid, lang, out.width, out.is_terminal)
                # wrapped at its space on a narrow terminal, the id whole on the next line; an id
                # wider than the terminal stays on one line (an id folded cannot be copied)
                out.print(title, soft_wrap=len(rid) > out.width)
                for part in parts:
                    # the folder on one line however long: a path wrapped inside a word
                    # cannot be copied
                    out.print(part, soft_wrap=isinstance(part, Text))
            return 0
        assert report_id is not None
        before = _current(store, report_id)
        if before is not None and revision == before[1]:  # (it read "not kept on this
            # computer" of the version `--list` marks as the current one: share39)
            opts = store_option(store_path, lang)
            say_lines([t["is_current"].format(id=report_id, revision=revision, opts=opts)], SEPS)
            return 0
        # (before the restore, whose commit would be the history's newest: share55)
        last = store.last_committed(report_id) if before is None and revision is None else None
        loaded = store.restore(report_id, revision)
    except StoreError as exc:
        if revision is not None and exc.code == "no-generation":  # (a revision typed that no
            # version kept has: typed wrong, exit 2, as an unknown id: common.exit_code)
            fail(store_message(exc, store_path, lang), 2, SEPS, exc.code)
        fail_store(exc, store_path, lang, SEPS)
    if loaded.source is not None and before is None and revision is None:
        # (the file missing or unreadable: its last save is lost unless the shared history
        # held it; which save came back, and when, and the one lost: share50)
        said = t["from_committed" if loaded.committed else "from_kept"]
        when = _kept_time(store, report_id, loaded.source)
        lines = [
            t["done_at"].format(
                id=report_id, source=said, revision=loaded.source, when=when, new=loaded.revision
            ),
            *_lost(store, report_id, loaded.source, loaded.revision, lang, loaded.committed, last),
        ]
    else:
        if loaded.source is None:  # no good version was kept: the bundled report came back
            source = t["from_bundled"]
        else:
            key = "from_revision" if revision is not None else "from_last"
            source = t[key].format(revision=loaded.source)
        lines = [t["done"].format(id=report_id, source=source, new=loaded.revision)]
    if before is not None:
        lines += _what_changed(store, report_id, before, loaded.conflicts, lang, store_path)
    elif _shared(store):  # (a file that did not read, its sync refused: share48)
        lines.append(t["shared_unread"].format(store=store_option(store_path, lang)))
    # (broken at words on a terminal, a command whole: share18; the id wider than the terminal
    # after a "-", not wrapped by it mid-word at column 0: share34)
    say_lines(lines, SEPS)
    return 0


def _kept_time(store: Store, report_id: str, revision: int) -> str:
    """When the kept version ``revision`` was saved (its file's time), as the list shows it."""
    found = [g.mtime for g in store.generations(report_id) if g.revision == revision]
    return dt.datetime.fromtimestamp(found[0]).strftime("%Y-%m-%d %H:%M:%S") if found else "—"


def _lost(
    store: Store,
    report_id: str,
    source: int,
    new: int,
    lang: str,
    committed: bool,
    last: tuple[bytes, int, float] | None = None,
) -> list[str]:
    """After a restore of a report whose file was missing or unreadable: the save after the
    version restored that no kept version holds (the last one, which the hand edit replaced),
    named from the journal with its time and change; said without them when the journal does
    not name it. None when the restore brought back the last save from the shared store's
    history (``committed``) and the journal names none after it."""
    from lkj_tui.storage.journal import last_restore

    t = _TEXT[lang]
    saves = _saved_changes(store, report_id, lang)
    after = sorted(rev for rev in saves if source < rev < new)
    if not after:  # (none after it in a shared history either, ``last`` its newest before
        # the restore: a report another office deleted, kept when the sync took it away, is no
        # lost save: share55)
        held = committed or (last is not None and last[1] <= source)
        return [] if held else [t["lost_unnamed"].format(revision=source)]
    at, what, _kind = saves[after[-1]]
    when = dt.datetime.fromtimestamp(at).strftime("%Y-%m-%d %H:%M:%S")
    if last_restore(store.root, report_id, new) == (after[-1], source):  # (broken again after a
        # restore of this very version: nothing lost, the restore was named lost: share55)
        return [t["same"].format(revision=after[-1], when=when, what=what, dot=ours(" · "))]
    return [t["lost"].format(revision=after[-1], when=when, what=what, dot=ours(" · "))]


def _shared(store: Store) -> bool:
    from lkj_tui.storage.history import is_shared

    return is_shared(store.root)


def _need_id(store_path: Path | None, revision: int | None, lang: str) -> None:
    """`restore` without a report id: with one report that has kept versions, the command with
    its id (a planner with one report typed `restore --revision 6` and got told to list the
    store); with more, the command that lists them."""
    t = _TEXT[lang]
    opts = store_option(store_path, lang)
    store = open_store(store_path, lang=lang)
    kept = [i for i in _kept_ids(store) if store.generations(i)]
    if len(kept) != 1:
        fail(t["need_id"].format(opts=opts), 2)
    chosen = "" if revision is None else f" --revision {revision}"
    fail(t["need_one"].format(id=kept[0], revision=chosen, opts=opts), 2)


#: The changes a restore lists one by one (``lkj-tui log`` has them all in a shared store).
CHANGES_SHOWN = 20


def _current(store: Store, report_id: str) -> tuple[bytes, int, int] | None:
    """The report file as it is before a restore: its bytes, revision and recorded conflicts;
    None when it is missing or cannot be read (then there is nothing to compare with)."""
    try:
        loaded = store.load(report_id)
        data = store.path_for(report_id).read_bytes()
    except (StoreError, OSError):
        return None
    return data, loaded.revision, len(loaded.conflicts)


def changed_lines(found: list[Entry], lang: str) -> list[str]:
    """Each of ``found`` (``sync.history.changed_fields``) as ``lkj-tui log`` names it, before →
    after, two spaces in: the first :data:`CHANGES_SHOWN`, then how many more."""
    from lkj_tui.sync.history import change_line

    out = [f"  {change_line(e, lang, ours(' · '))}" for e in found[:CHANGES_SHOWN]]
    if len(found) > CHANGES_SHOWN:
        out.append(_TEXT[lang]["changed_more"].format(n=len(found) - CHANGES_SHOWN))
    return out


def _what_changed(
    store: Store,
    report_id: str,
    before: tuple[bytes, int, int],
    conflicts: tuple[object, ...],
    lang: str,
    store_path: Path | None,
) -> list[str]:
    """What the restore changed, field by field as ``lkj-tui log`` names it (before → after), the
    recorded conflicts it dropped, how to undo it, and, in a shared store, that it goes to every
    office: a restore to a version older than a sync undoes what the other offices sent since."""
    from lkj_tui.storage.history import is_shared
    from lkj_tui.sync.history import changed_fields

    t = _TEXT[lang]
    data, old_revision, old_conflicts = before
    try:
        now = store.path_for(report_id).read_bytes()
    except OSError:
        return []
    found = changed_fields(data, now, report_id) or []
    out: list[str] = []
    if not found:
        out.append(t["unchanged"])
    else:
        out.append(t["changed"].format(n=len(found)))
    out += changed_lines(found, lang)
    gone = old_conflicts - len(conflicts)
    if gone > 0:
        key = "conflicts_gone_1" if gone == 1 and "conflicts_gone_1" in t else "conflicts_gone"
        out.append(t[key].format(n=gone))
    elif gone < 0:  # (it said only the value that came back, not the conflict with it)
        key = "conflicts_back_1" if gone == -1 and "conflicts_back_1" in t else "conflicts_back"
        out.append(t[key].format(n=-gone, id=report_id, store=store_option(store_path, lang)))
    out.append(
        t["way_back"].format(id=report_id, old=old_revision, store=store_option(store_path, lang))
    )
    if (found or gone) and is_shared(store.root):  # (conflicts alone: share27)
        shared = t["shared" if found else "shared_conflicts"]
        out.append(shared.format(store=store_option(store_path, lang)))
    return out
