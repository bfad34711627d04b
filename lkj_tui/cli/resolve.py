"""``lkj-tui resolve``: choose a sync conflict's value from the command line, as the TUI's ``K``
does (docs/sharing.md, "Conflicts").

Without arguments it lists the conflicts the report's file records, numbered, each with both
values and who set them; ``resolve N pertahankan`` keeps the value in the file, ``resolve N
ambil-lain`` saves the other one (``keep``/``take-other`` in English; N may also be the node's
kode when it has one conflict). Either way the conflict is gone, through a normal save (in
``lkj-tui log``, undone by the ``restore --revision`` it prints). Never imports textual.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from lkj_tui.cli.common import fail, fail_store, meant, open_store, store_option
from lkj_tui.cli.output import dumps, error_line, ours, say, say_lines, write
from lkj_tui.cli.plain import PATH_SEPS
from lkj_tui.core.sanitize import clean_line
from lkj_tui.storage.errors import StoreError

if TYPE_CHECKING:
    from lkj_tui.core.achievement import Achievement
    from lkj_tui.core.conflicts import Version
    from lkj_tui.core.merge import Conflict
    from lkj_tui.core.model import Report
    from lkj_tui.storage.reader import Loaded, StoreReader
    from lkj_tui.sync.history import Entry

_TEXT = {
    "id": {
        "none": "Tidak ada konflik sinkronisasi di laporan {id}.",
        # (a choice typed for a report without conflicts: what to type instead, share29)
        "none_which": "tidak ada konflik sinkronisasi di laporan {id} maupun di laporan lain "
        "di penyimpanan ini: tidak ada yang perlu dipilih",
        "none_here": "tidak ada konflik sinkronisasi di laporan {id}; konflik menunggu di {n} "
        "laporan lain, tampilkan dengan:",
        "elsewhere": "Konflik menunggu di {n} laporan lain; tampilkan dengan:",
        "elsewhere_more": "… dan {n} laporan lain; semuanya tercantum di:",
        "head": "{n} konflik sinkronisasi menunggu pilihan di laporan {id}:",
        "keep": "pertahankan",
        "take": "ambil nilai yang lain",
        # (the sync too on a line of its own: with a --store it broke mid-sentence, cli23)
        "how": "Pilih salah satu:\n"
        "  lkj-tui resolve {first} pertahankan{opts}\n  lkj-tui resolve {first} ambil-lain{opts}\n"
        "lalu kirim pilihan itu ke kantor lain:\n  lkj-tui sync{sync}",
        "bad_choice": "pilihan tidak dikenal: '{choice}'{meant} (pilih: pertahankan atau ambil-lain)",
        # (each command on a line of its own, as the list's: share21)
        "need_choice": "sebutkan pilihannya, salah satu dari:\n"
        "  lkj-tui resolve {which} pertahankan{opts}\n  lkj-tui resolve {which} ambil-lain{opts}",
        # (the command on a line of its own, as the other refusals': at 40 columns "lkj-tui
        # resolve --store" / "opd menampilkannya" could not be copied: share25)
        "bad_number": "tidak ada konflik nomor {n} di laporan {id} (ada {count}); tampilkan "
        "dengan:\n  lkj-tui resolve{opts}",
        "no_match": "tidak ada konflik pada '{which}' di laporan {id}; tampilkan semuanya, "
        "bernomor, dengan:\n  lkj-tui resolve{opts}",
        # (the command on a line of its own, with the options of the other suggestions: share23)
        "several": "{node} punya {count} konflik ({numbers}): sebutkan nomornya, misalnya:\n"
        "  lkj-tui resolve {first} pertahankan{opts}",
        "chosen": "{where}: {value} ({how}).\nKonflik selesai (revisi baru {revision}).",
        # (each command of the closing lines on a line of its own, as the list's: at 80
        # columns "Kirim pilihan ini ke kantor lain: lkj-tui sync --store X" stood in a
        # sentence, and a restore's path was broken at 40: share25)
        "undo": "Untuk membatalkan:\n  lkj-tui restore {id} --revision {old}{store}",
        "left": "{n} konflik lagi; tunjukkan dengan:\n  lkj-tui resolve{opts}",
        "done": "Tidak ada konflik lagi di laporan ini.",
        "send": "Kirim pilihan ini ke kantor lain:\n  lkj-tui sync{store}",
        "apart": "Mengapa: laporan ini dibuat dengan 'lkj-tui new --from {source}' di dua kantor "
        "dari versi {source} yang berbeda (atau untuk tahun yang berbeda), jadi tidak ada versi "
        "bersama: setiap isian yang berbeda menjadi konflik, juga yang hanya diubah satu kantor. "
        "Satu sisi untuk semuanya sekaligus:\n  lkj-tui resolve semua pertahankan{opts}\n"
        "  lkj-tui resolve semua ambil-lain{opts}",
        # (each command on a line of its own: "… --store PATH (atau ambil-lain)" copied whole
        # was a shell's syntax error)
        "all_how": "Semuanya sekaligus:\n  lkj-tui resolve semua pertahankan{opts}\n"
        "  lkj-tui resolve semua ambil-lain{opts}",
        "chosen_all": "{n} konflik dipilih sekaligus: {how}.\nKonflik selesai (revisi baru "
        "{revision}).",
        "keep_all": "nilai di berkas dipertahankan",
        "take_all": "nilai yang lain diambil",
    },
    "en": {
        "none": "No sync conflicts in the report {id}.",
        "none_which": "there are no sync conflicts in the report {id}, nor in the store's other "
        "reports: nothing to choose",
        "none_here": "there are no sync conflicts in the report {id}; conflicts wait in {n} "
        "other reports, list them with:",
        "none_here_1": "there are no sync conflicts in the report {id}; conflicts wait in "
        "another report, list them with:",
        "elsewhere": "Conflicts wait in {n} other reports; list them with:",
        "elsewhere_1": "Conflicts wait in another report; list them with:",
        "elsewhere_more": "… and {n} other reports; all of them are listed by:",
        "head": "{n} sync conflicts wait for a choice in the report {id}:",
        "head_1": "1 sync conflict waits for a choice in the report {id}:",
        "keep": "keep",
        "take": "take the other value",
        "how": "Choose one:\n"
        "  lkj-tui resolve {first} keep{opts}\n  lkj-tui resolve {first} take-other{opts}\n"
        "then send the choice to the other offices:\n  lkj-tui sync{sync}",
        "bad_choice": "unknown choice: '{choice}'{meant} (choose: keep or take-other)",
        "need_choice": "name the choice, one of:\n"
        "  lkj-tui resolve {which} keep{opts}\n  lkj-tui resolve {which} take-other{opts}",
        "bad_number": "there is no conflict number {n} in the report {id} (it has {count}); "
        "list them with:\n  lkj-tui resolve{opts}",
        "no_match": "no conflict at '{which}' in the report {id}; list them all, numbered, "
        "with:\n  lkj-tui resolve{opts}",
        "several": "{node} has {count} conflicts ({numbers}): name its number, for example:\n"
        "  lkj-tui resolve {first} keep{opts}",
        "chosen": "{where}: {value} ({how}).\nThe conflict is resolved (new revision {revision}).",
        "undo": "To undo:\n  lkj-tui restore {id} --revision {old}{store}",
        "left": "{n} conflicts left; list them with:\n  lkj-tui resolve{opts}",
        "left_1": "1 conflict left; list it with:\n  lkj-tui resolve{opts}",
        "done": "No conflicts left in this report.",
        "send": "Send this choice to the other offices:\n  lkj-tui sync{store}",
        "apart": "Why: this report was made with 'lkj-tui new --from {source}' in two offices "
        "from different versions of {source} (or for different years), so they have no common "
        "version: every field that differs is a conflict, also one only one office changed. "
        "One side for all of them at once:\n  lkj-tui resolve all keep{opts}\n"
        "  lkj-tui resolve all take-other{opts}",
        "all_how": "All at once:\n  lkj-tui resolve all keep{opts}\n"
        "  lkj-tui resolve all take-other{opts}",
        "chosen_all": "{n} conflicts chosen at once: {how}.\nThe conflicts are resolved (new "
        "revision {revision}).",
        "chosen_all_1": "1 conflict chosen at once: {how}.\nThe conflict is resolved (new "
        "revision {revision}).",
        "keep_all": "the values in the file kept",
        "take_all": "the other values taken",
    },
}

#: The choices as typed, in either language (the TUI's words, joined by "-"): keep → False.
CHOICES = {
    "pertahankan": False,
    "keep": False,
    "ambil-lain": True,
    "ambil": True,
    "ambil-nilai-yang-lain": True,
    "take-other": True,
    "take": True,
    "take-the-other-value": True,
}


#: The two choices, each in Bahasa Indonesia and in English (a mistyped one's "maksud Anda").
_PAIRED = {"pertahankan": "keep", "ambil-lain": "take-other"}


def _choice(word: str) -> bool | None:
    return CHOICES.get("-".join(word.casefold().replace("_", " ").split()))


def _words(t: dict[str, str], key: str, n: int) -> str:
    return t.get(f"{key}_1", t[key]) if n == 1 else t[key]


def _options(report_id: str, latest: bool, store_path: Path | None, lang: str) -> str:
    """The options a suggested command needs to reach the same report of the same store."""
    report = "" if latest else f" -r {clean_line(report_id, 100)}"
    return report + store_option(store_path, lang)


def _by(entry: Entry | None) -> str:
    if entry is None:
        return ""
    return f"{ours(' — ')}{clean_line(entry.author, 100)}, {entry.when[:16].replace('T', ' ')}"


def _who(
    store_root: Path, report_id: str, found: list[Conflict]
) -> list[tuple[Entry | None, Entry | None]]:
    """Who set each value (the history of a shared store); nothing when it cannot be read."""
    try:
        from lkj_tui.sync import git, history
        from lkj_tui.sync.resolve import setters

        if not git.is_repo(store_root):
            return []
        with git.commit_lock(store_root):  # type: ignore[attr-defined]
            git.commit_saves(store_root)
        return list(setters(found, history.entries(store_root, report_id, choices=True)))
    except Exception:  # no git, a broken history: the values without their authors
        return []


#: Where a refusal's commands start: under its words ("lkj-tui: " before them), two spaces
#: further in (at 40 columns they started 2 columns in, the words 9: share29).
_UNDER = len("lkj-tui: ") + 2


def _refuse(text: str, code: int = 2) -> NoReturn:
    """A refusal (exit ``code``) whose first line says why and whose next lines are commands to
    type instead, each whole on a line of its own two spaces in under its words (a line that is
    no command, under them); with ``--json``, its lines joined, JSON on stdout."""
    from lkj_tui.cli import output

    if output.JSON_ERRORS:
        fail(text, code)
    head, *commands = text.split("\n")
    error_line(head)
    for command in commands:
        typed = command.strip()
        if typed.startswith("lkj-tui "):
            say(" " * _UNDER + typed, _UNDER + 2, err=True, whole=(typed,))
        else:
            say(" " * (_UNDER - 2) + typed, _UNDER, err=True)
    raise SystemExit(code)


def _elsewhere(
    store: StoreReader, rid: str, store_path: Path | None, t: dict[str, str], lang: str
) -> tuple[list[str], list[str]]:
    """The store's other reports whose conflicts wait: their ids, and the commands that list
    them (the first five; then the one that lists every report) under two spaces."""
    try:
        infos, _errors = store.list_reports(skip_broken=True)
    except StoreError:
        return [], []
    waiting = [info.id for info in infos if info.conflicts and info.id != rid]
    lines = [
        f"  lkj-tui resolve{_options(other, False, store_path, lang)}" for other in waiting[:5]
    ]
    if len(waiting) > 5:
        more = t["elsewhere_more"].format(n=len(waiting) - 5)
        lines += [more, f"  lkj-tui status --all{store_option(store_path, lang)}"]
    return waiting, lines


def _pick(
    conflicts: list[Conflict], which: str, report: Report, t: dict[str, str], opts: str
) -> int:
    """The index of the conflict ``which`` names: its number in the list, or its node (the
    node's id or kode) when that node has one conflict."""
    from lkj_tui.cli.setfield import _fold

    rid = clean_line(report.meta.id, 100)
    text = which.strip()
    if text.isdigit():
        n = int(text)
        if not 1 <= n <= len(conflicts):
            _refuse(t["bad_number"].format(n=n, id=rid, count=len(conflicts), opts=opts))
        return n - 1
    folded = _fold(text)
    hits = []
    for i, c in enumerate(conflicts):
        node = report.get(c.node) if c.node else None
        names = {c.node or ""} | ({_fold(node.code)} if node is not None and node.code else set())
        if text in names or folded in names:
            hits.append(i)
    if not hits:
        _refuse(t["no_match"].format(which=clean_line(text, 80), id=rid, opts=opts))
    if len(hits) > 1:
        numbers = ", ".join(str(i + 1) for i in hits)
        node = clean_line(text, 80)
        several = t["several"].format(
            node=node, count=len(hits), numbers=numbers, first=hits[0] + 1, opts=opts
        )
        _refuse(several)
    return hits[0]


def run_resolve(
    store_path: Path | None,
    report_id: str | None,
    which: str | None,
    choice: str | None,
    lang: str = "id",
    as_json: bool = False,
) -> int:
    from lkj_tui.core.conflicts import place, value

    lang = "en" if lang == "en" else "id"
    t = _TEXT[lang]
    take = None
    if choice is not None:
        take = _choice(choice)
        if take is None:
            close = meant(choice, _PAIRED, lang)
            fail(t["bad_choice"].format(choice=clean_line(choice, 60), meant=close), 2)
    store = open_store(store_path, lang=lang)
    try:
        rid = report_id or store.latest_report_id()
        loaded = store.load(rid)
    except StoreError as exc:
        fail_store(exc, store_path, lang, PATH_SEPS)
    report, conflicts = loaded.report, list(loaded.conflicts)
    shown_id = clean_line(rid, 100)
    opts = _options(rid, report_id is None, store_path, lang)
    if not conflicts:
        if as_json and which is None:
            write(dumps(_listed(rid, report, [], [], lang)) + "\n")
            return 0
        waiting, others = _elsewhere(store, rid, store_path, t, lang)
        n = len(waiting)
        if which is None and report_id is None and n == 1:
            # (the newest report has none, one other report has them: its list, under a line
            # that says so, each command with its -r; it gave only the command: share65)
            say_lines([t["none"].format(id=shown_id)], PATH_SEPS)
            return run_resolve(store_path, waiting[0], None, None, lang)
        if which is not None:  # (it said the report had none, and nothing to type: share29)
            said = _words(t, "none_here", n) if n else t["none_which"]
            # (exit 2: a number that names no conflict, as one past the last: cli61)
            _refuse("\n".join([said.format(id=shown_id, n=n), *others]))
        # (broken at words on a terminal: the id was cut anywhere at 40 columns)
        more = [_words(t, "elsewhere", n).format(n=n), *others] if n else []
        say_lines([t["none"].format(id=shown_id), *more], PATH_SEPS)  # (an id after a "-")
        return 0
    source = _apart(conflicts, store, rid)
    if which is None:
        who = _who(store.root, rid, conflicts)
        from lkj_tui.sync.history import conflict_versions

        known = conflict_versions(store.root, rid, conflicts)
        if as_json:
            write(dumps(_listed(rid, report, conflicts, who, lang, source, known)) + "\n")
            return 0
        from lkj_tui.sync.resolve import capaian_words

        lines = [_words(t, "head", len(conflicts)).format(n=len(conflicts), id=shown_id)]
        for i, c in enumerate(conflicts):
            by_kept, by_other = who[i] if i < len(who) else (None, None)
            lines.append(f"  {i + 1}. {clean_line(place(report, c.node, c.field, lang), 120)}")
            kept = clean_line(value(c.kept, c.field, lang, known), 200)
            other = clean_line(value(c.other, c.field, lang, known), 200)
            # each value with the capaian it gives, as the TUI's K says it (tui69): "2,90 →
            # 90,06 % Tinggi ▼"; the choice was made without the figure the meeting reads
            gives = capaian_words(report, c, lang)
            if gives is not None:
                pairs = zip((kept, other), gives, strict=True)
                kept, other = (f"{v} → {g}" if g else v for v, g in pairs)
            lines.append(f"       {t['keep']}: {kept}{_by(by_kept)}")
            lines.append(f"       {t['take']}: {other}{_by(by_other)}")
        lines.append(t["how"].format(first=1, opts=opts, sync=store_option(store_path, lang)))
        if source is not None:
            lines.append(t["apart"].format(source=clean_line(source, 100), opts=opts))
        elif len(conflicts) > 1:
            lines.append(t["all_how"].format(opts=opts))
        # (an id wider than the terminal broken after a "-", never wrapped by it mid-word at
        # column 0: "…-penanaman-modal-d" / "an-pelayanan-…" at 40 columns, share34)
        say_lines(lines, PATH_SEPS)
        return 0
    every = _fold_word(which) in ALL
    index = -1 if every else _pick(conflicts, which, report, t, opts)
    if take is None:
        # the conflict by its number (a node named "IKU 2" is two words to a shell), each
        # command whole on a line of its own (the terminal wraps it, copied as one line)
        # ("semua" typed in an English session is suggested as "all", and back: share22)
        named = ALL[lang == "en"] if every else str(index + 1)
        _refuse(t["need_choice"].format(which=named, opts=opts))
    from lkj_tui.sync import resolve

    if every:
        try:
            chosen = resolve.choose_all(
                store, rid, conflicts, take, expected_revision=loaded.revision
            )
        except StoreError as exc:
            fail_store(exc, store_path, lang, PATH_SEPS)
        how = t["take_all" if take else "keep_all"]
        head = _words(t, "chosen_all", len(conflicts))
        done = head.format(n=len(conflicts), how=how, revision=chosen.revision)
        return _chosen(
            t,
            [done],
            chosen,
            rid,
            loaded.revision,
            opts,
            store_path,
            as_json,
            take,
            conflicts,
            lang,
        )
    conflict = conflicts[index]

    try:
        if take:
            chosen = resolve.choose(
                store,
                rid,
                conflict.node,
                conflict.field,
                conflict.other,
                resolved=conflict,
                expected_revision=loaded.revision,
            )
        else:
            chosen = resolve.choose(
                store, rid, None, None, None, resolved=conflict, expected_revision=loaded.revision
            )
    except StoreError as exc:
        fail_store(exc, store_path, lang, PATH_SEPS)
    picked = conflict.other if take else conflict.kept
    done = t["chosen"].format(
        where=clean_line(place(report, conflict.node, conflict.field, lang), 120),
        value=clean_line(value(picked, conflict.field, lang), 200),
        how=t["take" if take else "keep"],
        revision=chosen.revision,
    )
    return _chosen(
        t, [done], chosen, rid, loaded.revision, opts, store_path, as_json, take, [conflict], lang
    )


#: ``which`` naming every conflict of the report at once (either language; Bahasa Indonesia's
#: first, as the suggestions pick them).
ALL = ("semua", "all")


def _fold_word(text: str) -> str:
    return text.strip().casefold()


def _apart(conflicts: list[Conflict], store: StoreReader, rid: str) -> str | None:
    """The old report's id when two offices' ``new --from`` records differ (a conflict on
    ``made_from``: made from different versions of it, or for different years), else None."""
    if not any(c.node is None and c.field[:1] == ("made_from",) for c in conflicts):
        return None
    from lkj_tui.sync.resolve import meta_document

    record = meta_document(store, rid).get("made_from")
    source = record.get("report") if isinstance(record, dict) else None
    return source if isinstance(source, str) else "?"


def _chosen(
    t: dict[str, str],
    lines: list[str],
    chosen: Loaded,
    rid: str,
    old: int,
    opts: str,
    store_path: Path | None,
    as_json: bool,
    take: bool,
    conflicts: list[Conflict],
    lang: str,
) -> int:
    """What a choice did: the lines above, the restore that undoes it, what is left, how to send
    it (``--json``: one object)."""
    left = len(chosen.conflicts)
    undo = t["undo"].format(id=clean_line(rid, 100), old=old, store=store_option(store_path, lang))
    if as_json:
        data = {
            "report": rid,
            "choice": "take-other" if take else "keep",
            "chosen": [c.to_json() for c in conflicts],
            "revision": chosen.revision,
            "undo": f"lkj-tui restore {rid} --revision {old}{store_option(store_path)}",
            "left": left,
        }
        write(dumps(data) + "\n")
        return 0
    lines.append(undo)
    lines.append(_words(t, "left", left).format(n=left, opts=opts) if left else t["done"])
    lines.append(t["send"].format(store=store_option(store_path, lang)))
    say_lines(lines, hang=2)  # (a sentence's later lines under its first: cli37)
    return 0


def _listed(
    rid: str,
    report: Report,
    conflicts: list[Conflict],
    who: list[tuple[Entry | None, Entry | None]],
    lang: str,
    source: str | None = None,
    known: dict[str, Version] | None = None,
) -> dict[str, object]:
    """``resolve --json``: the report's conflicts, numbered as the list numbers them, each as
    recorded with its place in the report's words and who set each value (docs/sharing.md)."""
    from lkj_tui.core.conflicts import place
    from lkj_tui.core.evaluate import report_scales
    from lkj_tui.core.i18n import json_labels
    from lkj_tui.sync.resolve import capaian_of_choices

    def by(entry: Entry | None) -> dict[str, str] | None:
        return None if entry is None else {"author": entry.author, "when": entry.when}

    def version(raw: object) -> dict[str, object] | None:
        """The old report's version a new --from conflict names, as the history knows it."""
        found = (known or {}).get(raw) if isinstance(raw, str) else None
        if found is None:
            return None
        return {"revision": found[0], "author": found[1], "when": found[2]}

    items = []
    scales = report_scales(report)

    def gives(ach: Achievement | None) -> dict[str, object] | None:
        """The capaian a value gives its indicator, as ``status --json`` says one."""
        if ach is None:
            return None
        rounded = None if ach.rounded is None else float(ach.rounded)
        labels = json_labels(ach, scales, lang)
        return {
            "achievement": rounded,
            "rating": ach.rating,
            "rating_label": labels["rating_label"],
            "under_target": ach.under_target,
        }

    for i, c in enumerate(conflicts):
        by_kept, by_other = who[i] if i < len(who) else (None, None)
        capaian = capaian_of_choices(report, c) or (None, None)
        items.append(
            {
                "number": i + 1,
                "place": place(report, c.node, c.field, lang),
                **c.to_json(),
                "kept_by": by(by_kept),
                "other_by": by(by_other),
                "kept_version": version(c.kept),  # (new --from's record: null for others)
                "other_version": version(c.other),
                # (the capaian each value gives, null for a field that makes none: tui69's K)
                "kept_capaian": gives(capaian[0]),
                "other_capaian": gives(capaian[1]),
            }
        )
    return {"report": rid, "conflicts": items, "made_apart_from": source}
