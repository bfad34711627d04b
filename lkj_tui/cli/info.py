"""``lkj-tui info``: the version, the store folder in use (and where that choice came from), and the
reports in it. Reads only: a store that does not exist is not created."""

from __future__ import annotations

import os
import platform
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from lkj_tui import __version__
from lkj_tui.cli.common import (
    errors_json,
    fail_store,
    file_above,
    labelled_path,
    store_lines,
    store_location,
    store_message,
    store_option,
)
from lkj_tui.cli.output import say
from lkj_tui.core.numbers import grouped
from lkj_tui.core.sanitize import clean_line
from lkj_tui.storage.errors import UNSHOWN_PATH, StoreError, cleaned, named_path, typed_path

if TYPE_CHECKING:
    from lkj_tui.cli.plain import Painter, Piece
    from lkj_tui.sync.share import State

_TEXT = {
    "id": {
        "missing": "  folder ini belum ada (dibuat saat pertama dipakai){hint}",
        "hint_explicit": "; untuk --store/$LKJ_TUI_STORE, buat dengan: lkj-tui init{opts}",
        "a_file": "ini sebuah berkas, bukan folder: sebutkan folder penyimpanan dengan --store "
        "FOLDER",
        "under_a_file": "folder ini tidak dapat dibuat: {file} adalah sebuah berkas, bukan "
        "folder; sebutkan folder penyimpanan dengan --store FOLDER",
        "reports": "Laporan ({n}):",
        "cut": "dipotong: alamatnya {n} karakter",
        "unreadable": "tidak terbaca",
        "python": "Python {version} · {system}",
        "init_done": "Penyimpanan dibuat: {root} (berisi laporan bawaan)",
        "init_exists": "Penyimpanan sudah ada: {root} (tidak diubah)",
        "init_again": "Laporan bawaan dikembalikan ke penyimpanan {root}",
        # (a clone of a store with no report never held it: "dikembalikan" was untrue, ys43)
        "init_added": "Laporan bawaan ditambahkan ke penyimpanan {root}",
        "init_shared": "{said}; sync berikutnya membagikannya ke kantor lain",
        "conflicts": " · {n} konflik sinkronisasi",
        "conflicts_new": " ({k} baru dari sinkronisasi {at})",
        "conflicts_next": "Konflik sinkronisasi menunggu pilihan: {resolve} menunjukkan dan "
        "memilihnya (atau di TUI: {command}, tombol K).",
        # (wider than the line: each command on a line of its own, whole, to be copied)
        "conflicts_apart": "Konflik sinkronisasi menunggu pilihan; tunjukkan dan pilih dengan:",
        "conflicts_tui": "atau di TUI, tombol K:",
        # (the command on a line of its own: in parentheses mid-sentence it was broken, and
        # piped at 80 columns a --store path at its space: share29)
        "shared": "Dibagikan lewat git: {remote} · {ahead} simpanan belum dikirim · {behind} "
        "diterima belum digabung; sinkronkan dengan:",
        "shared_local": "Repositori git tanpa remote; bagikan dengan:",
        "counts": "{ahead} simpanan|{behind} diterima",  # (each count with its noun, | apart)
        # (a report deleted here by hand: sync refuses it until chosen, so not "sinkronkan
        # dengan: lkj-tui sync" under "1 simpanan belum dikirim": share68; sync's own words)
        "shared_deleted": "Dibagikan lewat git: {remote} · {ahead} simpanan belum dikirim · "
        "{behind} diterima belum digabung · {names} dihapus di luar lkj-tui: sinkronisasi tidak "
        "mengirim apa pun sampai Anda memilih. Bila tidak sengaja, pulihkan:",
        "deleted_send": "Bila laporan itu memang dihapus untuk semua kantor, kirim penghapusannya:",
        "share": "lkj-tui sync{opts}",
        "share_local": "lkj-tui sync --init ALAMAT{opts}",
    },
    "en": {
        "missing": "  this folder does not exist yet (created on first use){hint}",
        "hint_explicit": "; for --store/$LKJ_TUI_STORE, create it with: lkj-tui init{opts}",
        "a_file": "this is a file, not a folder: name the store's folder with --store FOLDER",
        "under_a_file": "this folder cannot be created: {file} is a file, not a folder; name "
        "the store's folder with --store FOLDER",
        "reports": "Reports ({n}):",
        "cut": "cut: the address has {n} characters",
        "unreadable": "unreadable",
        "python": "Python {version} · {system}",
        "init_done": "Store created: {root} (holding the bundled report)",
        "init_exists": "The store already exists: {root} (not changed)",
        "init_again": "The bundled report is back in the store {root}",
        "init_added": "The bundled report is added to the store {root}",
        "init_shared": "{said}; the next sync shares it with the other offices",
        "conflicts": " · {n} sync conflicts",
        "conflicts_1": " · 1 sync conflict",
        "conflicts_new": " ({k} new from the sync of {at})",
        "conflicts_next": "Sync conflicts wait for a choice: {resolve} shows and chooses them "
        "(or in the TUI: {command}, key K).",
        "conflicts_apart": "Sync conflicts wait for a choice; show and choose them with:",
        "conflicts_tui": "or in the TUI, key K:",
        # (the number first, as in Indonesian, and "1 save": "saves not sent 1", share40)
        "shared": "Shared through git: {remote} · {ahead} {saves} not sent · {behind} received, "
        "not merged; sync with:",
        "shared_local": "A git repository without a remote; share it with:",
        "counts": "{ahead} {saves}|{behind} received",
        "shared_deleted": "Shared through git: {remote} · {ahead} {saves} not sent · {behind} "
        "received, not merged · {names} deleted outside lkj-tui: a sync sends nothing until you "
        "choose. If that was a mistake, restore {it}:",
        "deleted_send": "If {those} meant to be deleted for every office, send the deletion:",
        "share": "lkj-tui sync{opts}",
        "share_local": "lkj-tui sync --init REMOTE{opts}",
    },
}


def run_init(store_path: Path | None, lang: str = "id") -> int:
    """``lkj-tui init``: create the store named by ``--store``/``$LKJ_TUI_STORE`` (or the user
    data folder), private, with the bundled report; an existing one is left as it is."""
    from lkj_tui.cli.common import emptied, open_store

    t = _TEXT["en" if lang == "en" else "id"]
    from lkj_tui.storage.reader import report_names

    root, _ = store_location(store_path)
    try:  # (a folder of other files is made a store: "sudah ada … (tidak diubah)" was untrue)
        existed = bool(report_names(os.listdir(root)))
    except OSError:
        existed = False
    from lkj_tui.sync.git import is_repo

    try:  # (a clone, or a store shared empty: sync --init)
        shared = is_repo(root)
    except StoreError as exc:  # (a store folder the user may not read: its own words, paths59)
        fail_store(exc, store_path, lang)
    again = not existed and emptied(root)  # (a store its user emptied: the example back)
    if again and shared and not emptied(root, shared=False):  # (it never held a report here)
        key = "init_added"
    else:
        key = "init_exists" if existed else "init_again" if again else "init_done"
    store = open_store(store_path, lang=lang, create=True, example="always", say_made=False)
    said = t[key].format(root=clean_line(named_path(os.path.abspath(store.root), lang)))
    if shared and not existed:  # (the example goes to every office with the next sync)
        said = t["init_shared"].format(said=said)
    say(said, 2)
    return 0


def info_json(store_path: Path | None, lang: str = "id") -> int:
    """``lkj-tui info --json``: what ``info`` says, as one JSON object for scripts: the version,
    Python and system, the store (its path, where it was named, whether it is a folder), the
    shared state (None when not shared), the reports (``status --all --json``'s keys) and the
    files that cannot be read (its ``errors``). An error (a folder that cannot be read) is
    ``{"error", "code"}`` on stdout, as every command's ``--json``."""
    from lkj_tui.bundled import load_bundled_report
    from lkj_tui.cli.output import dumps, write
    from lkj_tui.storage.reader import StoreReader

    root, named = store_location(store_path)
    state = "folder" if root.is_dir() else "file" if root.exists() else "missing"
    out: dict[str, object] = {
        "version": __version__,
        "python": platform.python_version(),
        "system": f"{platform.system()} {platform.release()}",
        "executable": sys.executable,
        "store": {"path": os.path.abspath(root), "from": named or "default", "state": state},
        "shared": None,
        "reports": [],
        "errors": [],
    }
    if state == "folder":
        try:
            shared = _git_state(root)
        except StoreError as exc:  # (a folder the user may not read: its own words)
            fail_store(exc, store_path, lang)
        if shared is not None:
            told, remote = shared
            out["shared"] = {
                "remote": remote,
                "ahead": told[0],
                "behind": told[1],
                "deleted": list(told.deleted),
            }
        infos, errors = StoreReader(root, load_bundled_report).list_reports(skip_broken=True)
        out["reports"] = [
            {
                "id": r.id,
                "instansi": r.instansi,
                "year": r.tahun,
                "revision": r.revision,
                "conflicts": r.conflicts,
            }
            for r in infos
        ]
        out["errors"] = errors_json(errors, lang)
    write(dumps(out) + "\n")
    return 0


def run_info(store_path: Path | None, lang: str = "id") -> int:
    """``lkj-tui info``. Every line fits the terminal (cli12's listings alike): a line of words
    wraps at words under a hanging indent; a report line that does not fit gives the report id a
    line of its own (whole, to be typed again) and its year, instansi and revision the lines
    under it; a path (the Python, the store) stays on one line to be copied."""
    from lkj_tui.cli.output import Terminal, command_lines, ours, told_lines, write
    from lkj_tui.cli.plain import PATH_SEPS, Painter, cells, wrap

    lang = "en" if lang == "en" else "id"
    t = _TEXT[lang]
    painter = Painter(Terminal())
    width = max(painter.width - 4, 8)
    lines = [painter.paint(f"lkj-tui {__version__}", "bold")]

    def say(text: str, style: str = "", indent: int = 0, first: str = "") -> None:
        """A line of words wrapped at the terminal's width; ``first``: what the first line starts
        with (the others with ``indent`` spaces). A command it ends with after its label ("…
        buat dengan: lkj-tui init --store X") goes on a line of its own where the line does
        not fit, folded at its options, never broken inside one (:func:`told_lines`)."""
        lines.extend(told_lines(painter, text, style, indent, first))

    system = f"{platform.system()} {platform.release()}"
    say(ours(t["python"]).format(version=platform.python_version(), system=clean_line(system)))
    lines.append(clean_line(sys.executable))
    where, source = store_lines(store_path, lang)
    lines += labelled_path(where, painter.width)  # (a path: on one line, under its label
    # where the two do not fit)
    say(source.strip(), indent=3, first="  ")
    root, named = store_location(store_path)
    opts = store_option(store_path, lang)  # (the commands it names: for this store)
    if not root.is_dir():
        if root.exists():  # (a file: no store can be made there)
            say(t["a_file"], "yellow", 2, "  ")
        elif (above := file_above(root)) is not None:  # (no init can make it: cli69)
            say(t["under_a_file"].format(file=typed_path(above)), "yellow", 2, "  ")
        else:
            hint = t["hint_explicit"].format(opts=opts) if named is not None else ""
            say(t["missing"].format(hint=hint).strip(), "yellow", 2, "  ")
        write("\n".join(lines) + "\n")
        return 0
    from lkj_tui.bundled import load_bundled_report
    from lkj_tui.storage.reader import StoreReader

    try:
        shared = _shared_line(root, t, opts, lang)
    except StoreError as exc:  # (a store folder the user may not read: its own words, paths59)
        fail_store(exc, store_path, lang)
    if shared:  # (the remote never broken at a space; the command whole on its line)
        said, remote, command, kept = shared
        # (a count kept with its noun: at 40 columns "… · 1" / "simpanan belum dikirim": share32)
        # (an address wider than a line broken after a "/", never mid-word: "…go.id/bap" /
        # "peda/lkj.git" at 40 columns: share33; its note whole where it fits: paths57)
        kept = [part for part in kept if cells(part) <= painter.width - 2]
        shared_lines = painter.lines(
            [(said, "")], 2, whole=[remote, *kept] if remote else (), seps=PATH_SEPS
        )
        # (a separator a line would begin with dropped: the break parts the two, as a message's
        # (:func:`folded`), not "· 1 simpanan belum dikirim" under the address at 40 columns)
        lines += [
            line.replace("  · ", "  ", 1) if line.startswith("  · ") else line
            for line in shared_lines
        ]
        if isinstance(command, str):
            lines += command_lines(command, 4)  # (folded at its options where it is wider)
        else:  # (reports deleted here: each restore, then the sync that sends the deletion)
            *back, send = command
            for each in back:
                lines += command_lines(each, 4)
            one = len(back) == 1
            those = "that report is" if one else "those reports are"
            say(t["deleted_send"].format(those=those), indent=2, first="  ")
            lines += command_lines(send, 4)
    # (the bundled report, read only for a broken file of its id: restore puts it back, where
    # info said "lkj-tui restore tidak dapat membantu" and status said to restore it: cli48)
    infos, errors = StoreReader(root, load_bundled_report).list_reports(skip_broken=True)
    say(t["reports"].format(n=len(infos)))
    if not infos and not errors:  # (a store its user emptied: what to type next, cli39)
        from lkj_tui.storage.reader import no_report

        # (a shared store's reports deleted by hand: its history's restore, not init: share55;
        # a store's, their kept versions': cli69)
        said = store_message(no_report(root), store_path, lang)
        say(clean_line(said, 1000), "yellow", 4, "  ")
    sep = ours(" · ")  # (the instansi's own " · " is no separator: never broken at)
    try:
        terminal = sys.stdout.isatty()
    except (AttributeError, OSError, ValueError):
        terminal = False
    for report in infos:
        # (each field cleaned, not the row: cleaning would take our separators' marks out too)
        parts = (clean_line(report.id, 200), report.tahun, clean_line(report.instansi, 200))
        row = sep.join(map(str, parts)) + f"{sep}rev. {report.revision}"
        if report.conflicts:
            key = "conflicts_1" if report.conflicts == 1 and "conflicts_1" in t else "conflicts"
            row += ours(t[key]).format(n=report.conflicts) + _fresh(root, report.id, t)
        style = "yellow" if report.conflicts else ""
        if cells(row) + 2 <= painter.width or sep not in row:
            say(row, style, 4, "  ")
            continue
        # The id whole on its line (wider than the terminal only when it is), the rest under it.
        # ("rev 12" is never broken: the breaks are looked for with its space glued.)
        head, _, rest = row.partition(sep)
        if terminal:  # (an id wider than the line broken after a "-" under its start, not by
            # the terminal mid-word at column 0: share33; to a pipe or a file whole, to grep)
            lines += painter.lines([(head, style)], 2, [("  ", "")], seps=PATH_SEPS)
        else:
            lines.append("  " + painter.paint(head, style))
        rest = painter.narrow([(rest, "")])[0][0]
        at = rest.rfind(" rev ") + 4
        glued = rest[:at] + "~" + rest[at + 1 :] if at > 3 else rest
        lines += ["    " + painter.paint(rest[a:b], style) for a, b in wrap(glued, width)]
    waiting = [report.id for report in infos if report.conflicts]
    if waiting:
        lines += _choose(painter, waiting, store_path, t, lang)
    for err in errors:  # whole, to its repair command (the TUI's skipped-file row names info;
        # cut at 300 characters it ended "impor ulang laporann…")
        message = store_message(err, store_path, lang)
        say(f"{t['unreadable']}: {clean_line(message, 1000)}", "red", 4, "  ")
    write("\n".join(lines) + "\n")
    return 0


def _choose(
    painter: Painter, waiting: list[str], store_path: Path | None, t: dict[str, str], lang: str
) -> list[str]:
    """How to choose the conflicts' values: the commands with the report's id when one report
    has them ("ID" for several: the list above names them) and the ``--store`` typed; wider
    than the line, each command whole on a line of its own (share23: at 40 columns "lkj-tui
    resolve -r ID" was broken mid-sentence, and copied so)."""
    from lkj_tui.cli.layout import Hanging, Unbroken, text_lines
    from lkj_tui.cli.output import command_lines
    from lkj_tui.cli.status import open_command

    command = open_command(waiting[0] if len(waiting) == 1 else "ID", store_path, lang)
    resolve = "lkj-tui resolve" + command.removeprefix("lkj-tui")  # (-r ID, --store PATH)
    said = t["conflicts_next"].format(resolve=resolve, command=command)
    # (each command folded at its options where it is wider than the terminal: at 40 columns
    # "lkj-tui resolve -r bengkulu-selatan-" / "setda-2023 --store …" was cut mid-id: share32)
    apart: list[list[Piece]] = [
        Hanging([(t["conflicts_apart"], "yellow")], 2),
        *(Unbroken([(line, "yellow")]) for line in command_lines(resolve, 4)),
        Hanging([(f"  {t['conflicts_tui']}", "yellow")], 4),
        *(Unbroken([(line, "yellow")]) for line in command_lines(command, 4)),
    ]
    return text_lines(painter, Hanging([(said, "yellow")], 2, (), apart))


def _fresh(root: Path, report_id: str, t: dict[str, str]) -> str:
    """How many of a report's conflicts the last sync that brought something brought (share14,
    share15), or ""."""
    from lkj_tui.cli.status import fresh_of, new_conflicts
    from lkj_tui.storage.errors import StoreError
    from lkj_tui.sync.resolve import open_conflicts

    fresh = fresh_of(root, report_id)
    if fresh is None or not fresh[1]:
        return ""
    from lkj_tui.storage.reader import StoreReader

    try:  # (a reader: info never writes)
        k = new_conflicts(tuple(open_conflicts(StoreReader(root, None), report_id)), fresh)
    except StoreError:
        return ""
    return t["conflicts_new"].format(k=k, at=fresh[0]) if k else ""


#: The most characters of a shared address ``info`` names: a longer one (a git config's, by
#: hand) is cut there and said to be (``cut``).
LONGEST_ADDRESS = 500


def _git_state(root: Path) -> tuple[State, str | None] | None:
    """The shared store's state (the last fetched: no network) and its remote's address (None
    without a remote); None when it is not a repository or git cannot be run."""
    from lkj_tui.sync import git, share

    if not git.is_repo(root):
        return None
    try:
        state = share.status(root)
        if state is None:
            return None
        done = git.run(root, "remote", "get-url", share.REMOTE, check=False)
    except git.SyncError:
        return None
    if done.returncode != 0:
        return state, None
    return state, done.stdout.decode("utf-8", "replace").strip()


def _shared_line(
    root: Path, t: dict[str, str], opts: str, lang: str
) -> tuple[str, str, str | list[str], list[str]] | None:
    """Whether the store is shared through git, where to, and what waits (no network: the last
    fetched state), the remote, the command that syncs (or shares), and the parts of the line
    never broken inside (the address's note, each count with its noun); None when it is not a
    repository or git cannot be run. With reports deleted here by hand the commands are a
    list: the restore of each, then the sync that sends their deletion (a plain sync refuses
    them)."""
    shared = _git_state(root)
    if shared is None:
        return None
    state, raw = shared
    if raw is None:
        return t["shared_local"], "", t["share_local"].format(opts=opts), []
    # (whole: painter.lines breaks a long one after a "/"; it was cut at 200 characters with
    # a "…" inside its quotes, read as part of the address: paths55)
    remote = typed_path(clean_line(raw[:LONGEST_ADDRESS]))
    notes = [UNSHOWN_PATH[lang]] if cleaned(typed_path(raw)) else []
    size = grouped(len(raw), lang)
    notes += [t["cut"].format(n=size)] * (len(raw) > LONGEST_ADDRESS)
    note = f"({'; '.join(notes)})" if notes else ""
    shown = f"{remote} {note}" if notes else remote
    from lkj_tui.cli.output import ours

    told = {"ahead": state[0], "behind": state[1], "saves": "save" if state[0] == 1 else "saves"}
    counts = [part.format(**told) for part in t["counts"].split("|")]
    kept = [note, *counts] if note else counts
    if state.deleted:
        ids = [clean_line(rid, 200) for rid in state.deleted]
        names = ", ".join(f"{rid}.json" for rid in ids)
        it = "it" if len(ids) == 1 else "them"
        said = ours(t["shared_deleted"]).format(remote=shown, names=names, it=it, **told)
        commands = [f"lkj-tui restore {rid}{opts}" for rid in ids]
        commands.append("lkj-tui sync " + " ".join(f"--delete {rid}" for rid in ids) + opts)
        return said, remote, commands, [*kept, *(f"{rid}.json" for rid in ids)]
    said = ours(t["shared"]).format(remote=shown, **told)
    return said, remote, t["share"].format(opts=opts), kept
