"""``lkj-tui sync``: share the store through git (docs/sharing.md).

``sync --init [REMOTE]`` makes the store a repository (and shares it when REMOTE is given),
``sync --clone REMOTE [--store PATH]`` starts a store from a shared one, ``sync`` commits, fetches,
merges (every merged report checked strictly; a bad one is refused and the store left as it was) and
pushes. Exit 0 when done, 1 on a refusal or error, 3 when the remote cannot be reached (the store
works on; the saves go out with the next sync). Never imports textual.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from lkj_tui.cli.common import exit_code, fail, store_location, store_message, store_option
from lkj_tui.cli.output import folded, say
from lkj_tui.core.sanitize import clean_line
from lkj_tui.storage.errors import UNSHOWN, StoreError, shown_as_typed, typed_path

if TYPE_CHECKING:
    from lkj_tui.sync.share import Outcome

EXIT_OFFLINE = 3

_TEXT = {
    "id": {
        "shared": "Penyimpanan {root} kini repositori git, belum ada remote; untuk berbagi: "
        "lkj-tui sync --init ALAMAT{opts}",
        "cloned": "Penyimpanan dibuat dari {remote} di {root}.",
        # (a clone of a store with no report said only that: what to type next, ys43)
        "cloned_empty": "Penyimpanan dibuat dari {remote} di {root}, belum berisi laporan; impor "
        "laporan Anda: lkj-tui import BERKAS.xlsx{opts}\nAtau laporan contoh (bawaan): "
        "lkj-tui init{opts}",
        "clone_needs": "--clone perlu alamat repositori bersama (folder atau URL git); {typed!r} "
        "terbaca sebagai alamatnya. Ketik: lkj-tui sync --clone {fill}{rest}",
        # (both given, --init was left out unsaid: the clone made, this store not shared: cli63)
        "init_clone": "--init dan --clone tidak dipakai bersama: --init membagikan penyimpanan "
        "ini, --clone menyalin penyimpanan bersama ke folder baru; pilih salah satu",
        "delete_clone": "--delete tidak dipakai dengan --clone: --clone membuat penyimpanan baru; "
        "--delete mengirim penghapusan laporan dari penyimpanan yang sudah ada",
        "received": "Diterima {n} simpanan dari kantor lain; laporan diperbarui: {reports}.",
        "added": "{id} (baru)",
        # (one deleted here that another office's merge kept, changed there: share67)
        "back": "{id} (kembali, sesudah dihapus di sini)",  # (a report another office made: not "updated" alone, share64)
        "sent": "Dikirim {n} simpanan ke {remote}.",
        "received_gone": "Diterima {n} simpanan dari kantor lain.",
        # (saves whose result this store had already, a conflict chosen alike: "laporan
        # diperbarui: —", paths57)
        "received_same": "Diterima {n} simpanan dari kantor lain ({reports}), sama dengan yang "
        "sudah ada di sini: tidak ada laporan yang berubah.",
        "deleted": "Dihapus kantor lain: {reports}; bila masih diperlukan, pulihkan: "
        "lkj-tui restore {first}{opts}",
        "deleted_sent": "Yang dihapus di sini kini terhapus juga di kantor lain: {reports}; "
        "bila tidak sengaja, pulihkan: lkj-tui restore {first}{opts}",
        # (one office deleted it, the other changed it: every sync was refused, share67)
        "kept_both": "{reports} dihapus di satu kantor dan diubah di kantor lain: laporannya "
        "dipertahankan, dengan perubahan itu (tidak ada yang hilang). Bila memang dihapus, hapus "
        "berkasnya lagi, lalu: lkj-tui sync --delete {first}{opts}",
        "uptodate": "Sudah sinkron dengan {remote}.",
        # (an empty store's sync --init sends only its sharing files: "Sudah sinkron" read as if
        # nothing had been done, share41)
        "shared_empty": "Penyimpanan {root} dibagikan ke {remote}, belum berisi laporan; impor "
        "laporan Anda, lalu kirim dengan: lkj-tui sync{opts}",
        "sent_setup": "Setelan berbagi penyimpanan ini dikirim ke {remote} (tanpa simpanan "
        "laporan).",
        # (sync --init NEW on a store shared already said only "Sudah sinkron dengan NEW": share32)
        "moved": "Alamat bersama diganti dari {old} ke {new}; laporan dan riwayatnya di laptop ini "
        "tetap utuh (repositori lama tidak diubah).",
        "conflicts": "{n} konflik baru menunggu pilihan ({reports}): pilih dengan {command} "
        "(atau tombol K di TUI).",
        # (none this sync found: still open, whatever the sync that brought them called them)
        "conflicts_old": "{n} konflik dari sebelumnya masih terbuka ({reports}): pilih dengan "
        "{command} (atau tombol K di TUI).",
        "conflicts_both": "{n} konflik baru ({reports}) dan {m} dari sebelumnya ({older}) "
        "menunggu pilihan: pilih dengan {command} (atau tombol K di TUI).",
        # (the new ones and the older ones in the same reports: named once)
        "conflicts_both_same": "{n} konflik baru dan {m} dari sebelumnya menunggu pilihan "
        "({reports}): pilih dengan {command} (atau tombol K di TUI).",
        "no_remote": "Belum ada remote; untuk berbagi: lkj-tui sync --init ALAMAT{opts}",
        "author": "Penulis simpanan: {author}.",
        "author_hidden": "nama penulis {author} memuat karakter kendali atau karakter arah teks "
        "(tampil lain dari isinya di riwayat setiap kantor); tidak disetel — ketik ulang nama dan "
        'surelnya, mis. --author "Rina Wulandari <rina@bengkulu.go.id>"',
        "author_long": "nama penulis terlalu panjang ({n} karakter, paling banyak {limit}); tidak "
        'disetel — tulis nama dan surel saja, mis. --author "Rina Wulandari <rina@bengkulu.go.id>"',
        "author_unset": "Setelan penulis penyimpanan ini dihapus; simpanan kini atas nama {author} "
        "($LKJ_TUI_AUTHOR, lalu user.name git, lalu nama login).",
    },
    "en": {
        "shared": "The store {root} is now a git repository, no remote yet; to share it: "
        "lkj-tui sync --init REMOTE{opts}",
        "cloned": "Store made from {remote} in {root}.",
        "cloned_empty": "Store made from {remote} in {root}, with no report yet; import your "
        "report: lkj-tui import FILE.xlsx{opts}\nOr the sample (bundled) report: "
        "lkj-tui init{opts}",
        "clone_needs": "--clone needs the shared repository's address (a folder or a git URL); "
        "{typed!r} was read as the address. Type: lkj-tui sync --clone {fill}{rest}",
        "init_clone": "--init and --clone do not go together: --init shares this store, "
        "--clone copies a shared store into a new folder; choose one",
        "delete_clone": "--delete does not go with --clone: --clone makes a new store; --delete "
        "sends the deletion of a report from a store that exists",
        "received": "Received {n} saves from other offices; reports updated: {reports}.",
        "added": "{id} (new)",
        "back": "{id} (back, after it was deleted here)",
        "sent": "Sent {n} saves to {remote}.",
        "received_gone": "Received {n} saves from other offices.",
        "received_same": "Received {n} saves from other offices ({reports}), the same as this "
        "store had already: no report changed.",
        "deleted": "Deleted by another office: {reports}; if still needed, restore it: "
        "lkj-tui restore {first}{opts}",
        "deleted_sent": "Deleted here, now deleted at the other offices too: {reports}; if "
        "that was a mistake, restore it: lkj-tui restore {first}{opts}",
        "kept_both": "{reports} deleted at one office and changed at another: the report is "
        "kept, with that change (nothing is lost). If it is meant to be deleted, delete its file "
        "again, then: lkj-tui sync --delete {first}{opts}",
        "uptodate": "Already in sync with {remote}.",
        "shared_empty": "The store {root} is shared with {remote}, with no report yet; import "
        "your reports, then send them with: lkj-tui sync{opts}",
        "sent_setup": "This store's sharing settings were sent to {remote} (no report's save).",
        "moved": "Shared address changed from {old} to {new}; the reports and their history on this "
        "laptop are kept whole (the old repository is not changed).",
        "conflicts": "{n} new conflicts wait for a choice ({reports}): choose with {command} (or "
        "key K in the TUI).",
        "conflicts_old": "{n} conflicts from before are still open ({reports}): choose with "
        "{command} (or key K in the TUI).",
        "conflicts_both": "{n} new conflicts ({reports}) and {m} from before ({older}) wait for "
        "a choice: choose with {command} (or key K in the TUI).",
        "conflicts_both_1": "1 new conflict ({reports}) and {m} from before ({older}) wait for "
        "a choice: choose with {command} (or key K in the TUI).",
        "conflicts_both_same": "{n} new conflicts and {m} from before wait for a choice "
        "({reports}): choose with {command} (or key K in the TUI).",
        "conflicts_both_same_1": "1 new conflict and {m} from before wait for a choice "
        "({reports}): choose with {command} (or key K in the TUI).",
        "no_remote": "No remote yet; to share it: lkj-tui sync --init REMOTE{opts}",
        "author": "Author of the saves: {author}.",
        "author_hidden": "the author's name {author} holds a control or text-direction character "
        "(shown as other words than it holds in every office's history); not set — type the name "
        'and e-mail again, e.g. --author "Rina Wulandari <rina@bengkulu.go.id>"',
        "author_long": "the author's name is too long ({n} characters, at most {limit}); not set "
        '— write the name and e-mail only, e.g. --author "Rina Wulandari <rina@bengkulu.go.id>"',
        "author_unset": "The store's author setting is removed; saves are now credited to {author} "
        "($LKJ_TUI_AUTHOR, then git's user.name, then the login name).",
        # one: not "1 saves", "1 conflicts wait" (walk8)
        "received_1": "Received 1 save from other offices; reports updated: {reports}.",
        "received_gone_1": "Received 1 save from other offices.",
        "received_same_1": "Received 1 save from other offices ({reports}), the same as this "
        "store had already: no report changed.",
        "sent_1": "Sent 1 save to {remote}.",
        "conflicts_1": "1 new conflict waits for a choice ({reports}): choose with {command} (or "
        "key K in the TUI).",
        "conflicts_old_1": "1 conflict from before is still open ({reports}): choose with "
        "{command} (or key K in the TUI).",
    },
}


def _words(words: dict[str, str], key: str, n: int) -> str:
    """The sentence ``key`` for ``n`` things: its singular where the language has one."""
    return words.get(f"{key}_1", words[key]) if n == 1 else words[key]


def _say(line: str, command: str = "") -> None:
    """A line of the sync's account; on a terminal wrapped at words under two spaces, never
    inside ``command`` (at 40 columns "lkj-tui resolve" / "-r ID --store" could not be copied).
    Wider than the terminal, the command stands alone on its line, under the indent, folded at
    its options where it is wider than a line (cli27: at 40 columns the terminal cut its id and
    path anywhere, share29): the words after it ("(or key K in the TUI).") go on the next one (share22: "… --store PATH (or" was
    one line, and copied so, a shell's syntax error)."""
    import sys

    from lkj_tui.cli.output import command_lines, folded, write
    from lkj_tui.cli.plain import PATH_SEPS

    text, whole = clean_line(line, 2000), clean_line(command, 2000)
    head, found, tail = text.partition(whole) if whole else (text, "", "")
    if not found or folded(text, 2, sys.stdout) == text:  # (one line, or to a pipe or a file)
        say(text, 2, whole=[whole] if whole else (), seps=PATH_SEPS)
        return
    label = head.rstrip()  # (its last two words together: "pilih" / "dengan" read a word
    last = label.split()[-2:]  # alone over the command at 80 columns: share25)
    # (a report id wider than the terminal broken after a "-", not by it mid-word: share34)
    say(label, 2, whole=[" ".join(last)] if len(last) == 2 else (), seps=PATH_SEPS)
    write("\n".join(command_lines(whole, 2)) + "\n")  # (folded at its options, as resolve's)
    if tail.strip():
        say(f"  {tail.strip()}", 2)


def local_remote(remote: str) -> str:
    """A shared repository typed as a folder relative to where the command runs (``sync --init
    kabupaten.git``, ``--clone ../lkj.git``) as its absolute path: git would read it from the
    store's folder (init) or its parent (clone), and say "does not appear to be a git
    repository" of a folder that is there. Also a folder not there yet (a share not connected:
    kept as typed, every later sync looked for it inside the store, share29). A URL, an
    ``host:path`` address or an absolute path is kept as typed."""
    head, colon, _ = remote.partition(":")
    if "://" in remote or not remote.strip() or (colon and len(head) > 1 and "/" not in head):
        return remote  # (C:\lkj is a folder: a drive letter is one character)
    path = Path(remote).expanduser()
    if path.is_absolute():
        return str(path) if remote.startswith("~") else remote
    return str(path.resolve())


def _say_conflicts(
    words: dict[str, str], outcome: Outcome, store_path: Path | None, lang: str
) -> None:
    """How many conflicts this sync brought and how many wait from before (a conflict written
    again by a later merge is not new: share14), with the command that chooses."""
    new, older = outcome.conflicts, sum(outcome.older.values())
    if not (new or older):
        return
    held = list(dict.fromkeys([*outcome.conflicted, *outcome.older]))
    rid = held[0] if len(held) == 1 else "ID"  # (one report: the very command)
    command = f"lkj-tui resolve -r {rid}{store_option(store_path, lang)}"
    reports, before = ", ".join(outcome.conflicted), ", ".join(outcome.older)
    if new and older:
        same = sorted(outcome.conflicted) == sorted(outcome.older)  # (named once, not twice)
        line = _words(words, "conflicts_both_same" if same else "conflicts_both", new)
    else:
        line = _words(words, "conflicts" if new else "conflicts_old", new or older)
    _say(
        line.format(
            n=new or older, m=older, reports=reports or before, older=before, command=command
        ),
        command,
    )


#: The refusals of an address typed with ``--clone`` or ``--init``: a folder missing where its
#: drive is there, a folder or a server's address that holds no repository (exit 2: cli63).
_TYPED_WRONG = frozenset({"missing-folder", "not-a-repository"})


def run_sync(
    store_path: Path | None,
    init: bool,
    clone: str | None,
    remote: str | None,
    author: str | None,
    lang: str = "id",
    as_json: bool = False,
    delete: frozenset[str] = frozenset(),
) -> int:
    from lkj_tui.storage.store import resolve_store_path
    from lkj_tui.sync import git, share
    from lkj_tui.sync.git import SyncError

    lang = "en" if lang == "en" else "id"
    words = _TEXT[lang]
    tell = _quiet if as_json else _say  # (--json: one object at the end instead)
    if clone is not None and clone.startswith("-"):  # ``--clone --store D:\LKj``: the next
        # option read as the address ("put a path that holds a space in quotes: --clone
        # "--store D:\LKj"" said the wrong thing)
        if clone == "--store" and remote:  # (the store as the user named it, quoted if spaced)
            rest = store_option(remote, lang)
        else:  # (the words after it as typed; else, cleaned, they would be others)
            typed = [w for w in (clone, remote) if w]
            rest = "".join(f" {typed_path(w)}" for w in typed) + store_option(store_path, lang)
            if not all(shown_as_typed(w) for w in typed):
                rest = f"{store_option(store_path, lang)}; {UNSHOWN[lang]}"
        fill = "REMOTE" if lang == "en" else "ALAMAT"
        said = words["clone_needs"].format(typed=clean_line(clone, 40), fill=fill, rest=rest)
        fail(said, 2)
    if init and clone is not None:
        fail(words["init_clone"], 2)
    if delete and clone is not None:  # (a new store: nothing of it deleted yet)
        fail(words["delete_clone"], 2)
    if author is not None:
        _check_author(author, words, lang)
    if remote is not None and not init:
        message = (
            "REMOTE only goes with --init (sync --init REMOTE) or --clone REMOTE"
            if lang == "en"
            else "ALAMAT hanya dengan --init (sync --init ALAMAT) atau --clone ALAMAT"
        )
        if clone is not None:  # ``--clone D:\Bersama LKj\repo.git``: a path with a space
            from lkj_tui.cli.clicktext import quote_it
            from lkj_tui.cli.output import JSON_ERRORS, error_line

            if JSON_ERRORS:  # (the hint after the error, one JSON object)
                fail(f"{message}\n{quote_it('--clone', f'{clone} {remote}', lang)}", 2)
            error_line(message)
            say(quote_it("--clone", f"{clone} {remote}", lang), err=True)
            raise SystemExit(2)
        fail(message, 2)
    clone = None if clone is None else local_remote(clone)
    remote = None if remote is None else local_remote(remote)
    typed_missing = False
    try:
        if clone is not None:
            root = resolve_store_path(store_path)
            share.clone(clone, root)
            from lkj_tui.storage.reader import report_names

            said = "cloned" if report_names(os.listdir(root)) else "cloned_empty"
            opts = store_option(store_path, lang)
            told = words[said].format(
                remote=_typed(clone, lang), root=_typed(root, lang), opts=opts
            )
            for line in told.split("\n"):  # (each command after its label, whole)
                tell(line)
            if author is not None:  # the new laptop's author, given with its clone
                _set_author(root, author, words, tell)
            if as_json:
                _json({"action": "clone", "store": str(root), "remote": clone}, None)
            return 0
        from lkj_tui.cli.common import open_store

        if not init:  # (refused before the store is opened: an empty folder made for a clone
            # was seeded with the bundled report, and the clone suggested then refused, share29)
            root = resolve_store_path(store_path)
            if root.exists() and not root.is_dir():  # (a file: refused as every command does,
                open_store(store_path, lang=lang)  # not "belum dibagikan" and sync --init)
            # (a folder typed with --store that is not there: exit 2, as every command's, with
            # sync's own way out, the clone into it; it exited 1, as a refusal: cli70)
            typed_missing = store_location(store_path)[1] == "--store" and not root.exists()
            share.require_repo(root)
        # --init may make the store, empty: the bundled example is not shared (cli39's import
        # and new leave it out of a new store too; `lkj-tui init` brings it)
        root = open_store(store_path, lang=lang, create=init, example="never").root
        if init:  # (the author set before the first commit, which it is credited to)
            outcome = share.init(root, remote, author, delete)
        else:
            share.require_repo(root)
            outcome = None
        if author is not None:
            _set_author(root, author, words, tell, done=init)
        if outcome is None:
            outcome = share.sync(root, delete)
    except (SyncError, StoreError) as exc:  # (a quoted path wider than the line broken after a
        # "/": share35; a store folder the user may not read, git.is_repo: paths59)
        from lkj_tui.cli.plain import PATH_SEPS

        # (a new address not reached, the old one kept: offline, the saves go there: words50;
        # a clone's shared repository not reached, offline too: it exited 1, as a refusal)
        code = EXIT_OFFLINE if exc.code in ("kept", "offline") else exit_code(exc)
        if exc.code in _TYPED_WRONG and (clone is not None or remote is not None):
            code = 2  # (the address typed names no repository: typed again, README)
        code = 2 if exc.code == "not-deleted" else code  # (a --delete ID typed wrong)
        code = 2 if exc.code == "not-shared" and typed_missing else code
        fail(store_message(exc, store_path, lang), code, PATH_SEPS, exc.code)
    # (the saves a sync records are no news of their own: "Saves not recorded yet are now in the
    # history." came first even before an "Offline: …" error; --json says "committed": share40)
    action = "init" if init else "sync"
    if outcome.no_remote:
        opts = store_option(store_path, lang)
        said = words["shared"] if init else words["no_remote"]
        tell(said.format(root=_typed(root, lang), opts=opts))
        if as_json:
            _json({"action": action, "store": str(root), "remote": None}, outcome)
        return 0
    remote_name = git.out(root, "remote", "get-url", share.REMOTE)
    if outcome.moved_from is not None:
        tell(
            words["moved"].format(
                old=_typed(outcome.moved_from, lang), new=_typed(remote_name, lang)
            )
        )
    opts = store_option(store_path, lang)
    if outcome.received:
        kept = [r for r in outcome.reports if r not in outcome.deleted]
        key = "received_gone" if outcome.deleted and not kept else "received"  # (not "—")
        if not kept and not outcome.deleted:  # (nothing changed here: which saves they were)
            key, kept = ("received_same", outcome.same) if outcome.same else ("received_gone", [])
        reports = (
            ", ".join(
                words["back" if r in outcome.back else "added"].format(id=r)
                if r in outcome.added
                else r
                for r in kept
            )
            or "—"
        )
        tell(_words(words, key, outcome.received).format(n=outcome.received, reports=reports))
    if gone := outcome.deleted:  # (said as "laporan diperbarui", the report gone: share55)
        tell(words["deleted"].format(reports=", ".join(gone), first=gone[0], opts=opts))
    if gone := outcome.kept:
        tell(words["kept_both"].format(reports=", ".join(gone), first=gone[0], opts=opts))
    if outcome.sent:
        sent = _words(words, "sent", outcome.sent)
        tell(sent.format(n=outcome.sent, remote=_typed(remote_name, lang)))
    if gone := outcome.deleted_sent:  # (sent as "Dikirim 1 simpanan": share55)
        tell(words["deleted_sent"].format(reports=", ".join(gone), first=gone[0], opts=opts))
    if outcome.pushed and not (outcome.sent or outcome.received):  # (only the sharing files
        # went out; after what came in, the merge that joins them is no news)
        if init and not any(root.glob("*.json")):
            where = {"root": _typed(root, lang), "remote": _typed(remote_name, lang)}
            tell(words["shared_empty"].format(**where, opts=store_option(store_path, lang)))
        else:
            tell(words["sent_setup"].format(remote=_typed(remote_name, lang)))
    share.open_before(root, outcome)  # (offline too: the conflicts wait all the same)
    if outcome.offline is None and not (outcome.received or outcome.pushed):
        # before the conflicts that still wait: said after them, "Sudah sinkron" read as if
        # they were settled
        tell(words["uptodate"].format(remote=_typed(remote_name, lang)))
    if not as_json:
        _say_conflicts(words, outcome, store_path, lang)
    if outcome.offline is not None:
        # (a deletion confirmed with --delete is remembered, and counted among the saves that
        # wait: the next plain sync sends it, share69; it was "Tidak ada simpanan yang
        # menunggu", share68, then a command that had to confirm it again)
        ahead = (share.status(root) or share.State(0, 0)).ahead
        if as_json:
            _json({"action": action, "store": str(root), "remote": remote_name}, outcome, ahead)
            return EXIT_OFFLINE
        opts = store_option(store_path, lang)
        said = share.offline_text(outcome, remote_name, ahead, lang, opts=opts)
        why, waiting, command = said.rsplit("\n", 2)
        # the saves that wait, then the command that sends them whole on a line of its own,
        # with the --store typed (in the sentence it had none, and broke at 40 columns: share27)
        from lkj_tui.cli.plain import PATH_SEPS

        # (a quoted path wider than the line broken after a "/", not at column 0; the clause
        # before the command whole where it fits: "kirim ke alamat" / "yang benar dengan:"
        # split the address from its words at 40 columns, share35)
        say("lkj-tui: " + clean_line(why, 600), len("lkj-tui: "), err=True, seps=PATH_SEPS)
        waiting = clean_line(waiting, 200)
        held = [waiting.rpartition("; ")[2]] if "; " in waiting else []
        say(waiting, 2, err=True, whole=held)
        # (2 in from its label's last line: under a label folded at 2, not at its column, 40
        # columns: words50)
        at = 4 if "\n" in folded(waiting, 2, sys.stderr, held) else 2
        command = clean_line(command.strip(), 600)
        say(" " * at + command, at + 2, err=True, whole=[command])
        return EXIT_OFFLINE
    if as_json:
        _json({"action": action, "store": str(root), "remote": remote_name}, outcome)
    return 0


#: The longest author a save may be credited to (its name and e-mail; ``log`` shows 100).
AUTHOR_LIMIT = 200


def _check_author(author: str, words: dict[str, str], lang: str) -> None:
    """Exit 2 for an ``--author`` that holds a control, escape or bidi character, or longer than
    :data:`AUTHOR_LIMIT`: it went into the store's git config and every commit, shown to every
    office in the shared history (cleaned, as other words than it holds; cli61)."""
    from lkj_tui.core.sanitize import hides_text

    if hides_text(author):
        from lkj_tui.core.longvalue import quoted

        fail(words["author_hidden"].format(author=repr(quoted(author.strip(), lang, 60))), 2)
    if len(author) > AUTHOR_LIMIT:
        from lkj_tui.core.numbers import grouped

        n = grouped(len(author), lang)
        fail(words["author_long"].format(n=n, limit=AUTHOR_LIMIT), 2)


def _set_author(
    root: Path,
    author: str,
    words: dict[str, str],
    tell: Callable[[str], None],
    done: bool = False,
) -> None:
    """``sync --author NAME``: the store's author of the saves, on one line; a blank one removes
    the setting and names who the saves are credited to now (``--author ""`` said "Penulis
    simpanan: ." and set an empty name: share27). ``done``: set already (``sync --init``)."""
    from lkj_tui.sync import git

    name = " ".join(author.split()) if done else git.set_author(root, author)
    if name:
        tell(words["author"].format(author=clean_line(name, 200)))
        return
    who, email = git.author(root)
    tell(words["author_unset"].format(author=clean_line(f"{who} <{email}>", 200)))


def _typed(path: object, lang: str) -> str:
    """A store's folder or the shared repository's address as the account names it: as typed,
    in double quotes when it holds a space (never broken at its spaces on a terminal, cli30);
    said to hold characters that cannot be shown where it is shown cleaned."""
    from lkj_tui.storage.errors import named_path

    return clean_line(named_path(str(path), lang))


def _quiet(line: str) -> None:
    """(``sync --json``: the account's lines are not printed.)"""


def _json(place: dict[str, object], outcome: Outcome | None, waiting: int = 0) -> None:
    """``sync --json``: what the sync did as one object (docs/sharing.md, "sync --json")."""
    from lkj_tui.cli.output import dumps, write

    if outcome is None:
        from lkj_tui.sync.share import Outcome

        outcome = Outcome()
    done = outcome
    data = {
        **place,
        "committed": done.committed,
        "received": done.received,
        "reports": done.reports,
        "deleted": done.deleted,
        "deleted_sent": done.deleted_sent,
        "kept_both": done.kept,  # (deleted at one office, changed at another: kept, share67)
        "sent": done.sent,
        "pushed": done.pushed,  # (an empty store's sync --init sends its sharing files: cli42)
        "conflicts_new": dict(sorted((rid, len(keys)) for rid, keys in done.new.items())),
        "conflicts_before": dict(sorted(done.older.items())),
        "offline": done.offline,
        "folder_missing": done.no_folder,
        "drive_missing": done.drive,
        "missing_folder": done.missing,
        "empty_folder": done.empty,
        "waiting": waiting,
        "remote_before": done.moved_from,  # (sync --init to another address: the one it had)
    }
    write(dumps(data) + "\n")
