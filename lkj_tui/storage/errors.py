"""Errors of the storage layer.

Every error names the file and the problem, in Bahasa Indonesia (``message``, also ``str(err)``) and in
English (``message_en``). ``code`` is a short stable identifier for programs and tests ("empty", "bom",
"truncated", "schema", "conflict", "disk-full"…). :data:`REFUSALS` are the codes that mean "this file's
content cannot be used".
"""

from __future__ import annotations

import errno
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

#: Codes of the errors that mean "this file's content cannot be used" (a restore may help).
REFUSALS = frozenset(
    {"empty", "bom", "nul", "encoding", "whitespace", "non-finite", "trailing-data", "truncated"}
    | {"invalid-json", "not-object", "bad-table", "missing-meta", "bad-meta", "schema", "bad-field"}
    | {"id-mismatch", "missing-nodes", "duplicate-key", "too-big"}
)


#: Where a command a message prints ends (``lkj-tui status --all``, ``lkj-tui restore ID``): a
#: front end that knows how the user named the store puts the options that reach it there
#: (:meth:`StoreError.text`: ``lkj-tui status --all --store D:\\LKj``); :attr:`StoreError.message`
#: leaves it out. A control character: no clean text holds one (:func:`plain` takes it out of
#: what a user typed).
END = "\x1f"


def store_option(path: str | Path | None, lang: str = "id") -> str:
    """What a command a message prints (the CLI's, the TUI's, :meth:`Said.text`'s) needs to reach
    the store the user named, in the language asked: `` --store PATH`` when the user named the store with ``--store`` (quoted when it holds a
    space), `` --lang en`` in English; else nothing (``lkj-tui status --all --store D:\\LKj``,
    typed as printed, lists that store, not the default one)."""
    option = " --lang en" if lang == "en" else ""
    if path is None or str(path) == "":
        return option
    text = str(path)
    return f" --store {typed_path(text) if shown_as_typed(text) else 'FOLDER'}{option}"


#: Said where a command a message offers would hold a typed value it cannot show as typed
#: (:func:`shown_as_typed`): the command names a placeholder, or is not printed.
UNSHOWN = {
    "id": "jalur yang diketik memuat karakter yang tidak dapat ditampilkan; ketik perintahnya "
    "dengan jalur yang benar",
    "en": "the path typed holds characters that cannot be shown; type the command with the "
    "right path",
}


def shown_as_typed(text: str, limit: int = 200) -> bool:
    """True when a message shows ``text`` (a typed path or word) exactly as it was typed: no
    character a terminal is not shown (a control, an escape, a bidi mark, a zero-width one, a
    line break, a byte in another encoding), no space at its ends, no double quote (a command
    puts a path with a space in them: no shell reads one inside back), at most ``limit``
    characters. Only then does a command a message offers name it: else the message cleans or cuts it, and
    the command copied would act on another folder (``--store "n\u202eo"`` was offered
    ``lkj-tui init --store no``). Linear: one scan."""
    return len(text) <= limit and text.isprintable() and text == text.strip() and '"' not in text


#: What a POSIX shell (bash, zsh, sh) reads otherwise in a bare word: a space, a quote, an
#: escape, an expansion, a pattern, a command's end or a redirect. A path holding one is quoted.
_POSIX_BARE = frozenset(" \t\\'\"$`!*?[](){}&;|<>^")
#: What it still reads otherwise inside double quotes (``$HOME``, a backtick, ``!`` of the
#: history): a path holding one is put in single quotes.
_POSIX_DOUBLE = frozenset('$`!"')
#: What cmd or PowerShell reads otherwise in a bare word (a command's end, a redirect, a
#: PowerShell expression): a path holding one is put in double quotes, which both take.
_WINDOWS_BARE = frozenset(" &|<>^();,{}@'`$")


#: A path written as Windows writes one (a drive's letter, a share's ``\\\\server``): named
#: for its shells wherever the message is read (a shared folder's address on another laptop).
_WINDOWS_FORM = re.compile(r"[A-Za-z]:|\\\\")


def typed_path(path: object, windows: bool = sys.platform == "win32") -> str:
    """A path as a message names it: as it is typed, quoted where the user's shell would read it
    otherwise (``"D:\\Data LKj\\lkj 2024.xlsx"``): bare where no character of it is special
    to the shell; else in double quotes, which cmd, PowerShell and POSIX shells all take for a
    space; on a POSIX shell in single quotes where it holds what double quotes leave special
    (``'/data/$lkj'``: bash read ``"/data/$lkj"`` as ``/data/``, an unquoted ``[b]`` was a
    pattern, zsh refused it; ``'\\''`` for a single quote in it). ``windows``: the shells of
    Windows, as for a path written as Windows writes one (``D:\\LKj``). Its words are then one
    part where a message is broken at words on a terminal (``cli/output.at_words``): a path is
    never broken at its spaces, and where it ends in the sentence is seen. Linear."""
    text = str(path)
    if windows or _WINDOWS_FORM.match(text):
        return f'"{text}"' if any(c in _WINDOWS_BARE for c in text) else text
    if not any(c in _POSIX_BARE for c in text) and text[:1] != "#":
        return text
    if any(c in _POSIX_DOUBLE for c in text) or "\\\\" in text or text.endswith("\\"):
        return "'" + text.replace("'", "'\\''") + "'"
    return f'"{text}"'


#: Said after a path a message names where what is printed is not the path typed
#: (:func:`named_path`).
UNSHOWN_PATH = {
    "id": "memuat karakter yang tidak dapat ditampilkan",
    "en": "holds characters that cannot be shown",
}


def named_path(path: object, lang: str, quoted: bool = True) -> str:
    """A path as a message names it (:func:`typed_path`; as it is, not ``quoted``), said in
    ``lang`` to hold characters that cannot be shown where the message shows it cleaned (a
    control, an escape, a bidi mark, a line break, a byte in another encoding): "Ditulis ke
    /tmp/xy.md" named another file than the one written, ``x\u202ey.md``. Linear."""
    text = typed_path(path) if quoted else str(path)
    return text if not cleaned(text) else f"{text} ({UNSHOWN_PATH['en' if lang == 'en' else 'id']})"


def one_bracket(text: str) -> str:
    """``text`` (a message) with a path's note (:func:`named_path`) and the bracket after it as
    one: "Ditulis ke x.md (memuat karakter …) (Markdown)" read as two asides in a row; "x.md
    (memuat karakter …; Markdown)". Linear."""
    if ") (" not in text:
        return text
    for note in UNSHOWN_PATH.values():
        text = text.replace(f"({note}) (", f"({note}; ")
    return text


def cleaned(text: str) -> bool:
    """Whether a message shows ``text`` (a path as it names it) other than it is: cleaned of a
    character a terminal is not shown, or holding one a terminal draws as nothing (a zero-width
    joiner): as :func:`shown_as_typed` tells it. Linear."""
    return not text.isprintable() or text != text.strip()


def named_twice(path: object) -> tuple[str, str]:
    """:func:`named_path` in Indonesian and in English."""
    return named_path(path, "id"), named_path(path, "en")


def plain(text: str) -> str:
    """``text`` (a typed id, a file's name) with no :data:`END` in it."""
    return text.replace(END, "")


class Said(Exception):
    """An error told in either language (``message``, ``message_en``) by :meth:`text`, whose
    commands end with :data:`END`."""

    def text(self, lang: str, options: str = "") -> str:
        """The message in ``lang``, each command it prints followed by ``options`` (the
        ``--store``/``--lang`` the user typed, as the front end writes them)."""
        raise NotImplementedError

    def pieces(self, lang: str, options: str = "") -> list[tuple[str, bool]]:
        """The message of :meth:`text` as its parts, ``(text, True)`` for a command (with
        ``options``) or a path it names, ``(text, False)`` for the words between: a front end
        that sets code apart (the Markdown of ``export --all``: `` `lkj-tui restore ID` ``)
        writes each whole. Joined, the parts are :meth:`text`."""
        return marked(self.text(lang, END), options, self.paths())

    def paths(self) -> tuple[str, ...]:
        """The paths the message names, the longest first (:meth:`pieces`)."""
        return ()

    @property
    def message(self) -> str:
        """The Indonesian message (a command as it would be typed in the default store)."""
        return self.text("id")

    @property
    def message_en(self) -> str:
        return self.text("en")


class StoreError(Said):
    """A report file could not be read or written. Nothing was changed on disk — except with code
    ``fsync-dir``: the new version was written but may not survive a power cut."""

    def __init__(
        self,
        path: Path | None,
        code: str,
        problem: str,
        problem_en: str,
        *,
        hint: str = "",
        hint_en: str = "",
        said: bool = False,
    ) -> None:
        self.path = path
        self.code = code
        self.problem = problem
        self.problem_en = problem_en
        self.hint = hint
        self.hint_en = hint_en
        #: The problem says where itself (the report's id, the store's folder): the message
        #: leaves out ``path``, the store's own file, which the user never names.
        self.said = said
        super().__init__(self.message)

    def text(self, lang: str, options: str = "") -> str:
        """File, problem and (when there is one) the way out, in ``lang``."""
        en = lang == "en"
        problem, hint = (self.problem_en, self.hint_en) if en else (self.problem, self.hint)
        said = _compose(None if self.said else self.path, problem, hint, lang)
        return said.replace(END, options) if END in said else said

    def paths(self) -> tuple[str, ...]:
        """The report's file (before the problem) and its store folder (named in the problem of
        a lock, a folder that cannot be written, a report not found)."""
        if self.path is None:
            return ()
        named = (str(self.path), str(self.path.parent))
        return tuple(p for p in named if len(p) > 1)  # (never "/" alone: every path holds one)

    def with_hint(self, hint: str, hint_en: str) -> StoreError:
        """A copy of this error (same class) carrying a way out for the user."""
        return _rebuild(type(self), {**self.__dict__, "hint": hint, "hint_en": hint_en})

    def retold(self, problem: str, problem_en: str, hint: str, hint_en: str) -> StoreError:
        """A copy of this error (same class and code) with another problem and way out: a
        sentence that says what the file is, where the reader's says only what it lacks."""
        state = {"problem": problem, "problem_en": problem_en, "hint": hint, "hint_en": hint_en}
        return _rebuild(type(self), {**self.__dict__, **state})

    def __reduce__(self) -> tuple[Any, ...]:  # copy and pickle without calling __init__
        return (_rebuild, (type(self), dict(self.__dict__)))

    def __str__(self) -> str:
        return self.message


def marked(text: str, options: str, paths: tuple[str, ...] = ()) -> list[tuple[str, bool]]:
    """``text`` (its commands ending with :data:`END`) as words and code: each command, from the
    last ``lkj-tui`` before its :data:`END`, with ``options``; each of ``paths`` (the longest
    first) where the words hold it. Linear in the text for a few paths."""
    out: list[tuple[str, bool]] = []
    *commands, tail = text.split(END)
    for chunk in commands:
        start = chunk.rfind("lkj-tui ")
        if start < 0:  # (no command before the mark: the options follow the words)
            out += _with_paths(chunk + options, paths)
            continue
        out += _with_paths(chunk[:start], paths)
        out.append((chunk[start:] + options, True))
    out += _with_paths(tail, paths)
    return [(t, code) for t, code in out if t]


def _with_paths(words: str, paths: tuple[str, ...]) -> list[tuple[str, bool]]:
    """``words`` with each of ``paths`` in it set apart as code (without the double quotes
    around one that holds a space, :func:`typed_path`: the code marks where it ends)."""
    if not paths:
        return [(words, False)]
    found = words.find(paths[0])
    if found < 0:
        return _with_paths(words, paths[1:])
    head, rest = words[:found], words[found + len(paths[0]) :]
    if head[-1:] == rest[:1] and head[-1:] in ('"', "'"):
        head, rest = head[:-1], rest[1:]
    return [*_with_paths(head, paths[1:]), (paths[0], True), *_with_paths(rest, paths)]


def _rebuild(cls: type[StoreError], state: dict[str, Any]) -> StoreError:
    err = cls.__new__(cls)
    err.__dict__.update(state)
    err.args = (err.message,)
    return err


def _compose(path: Path | None, problem: str, hint: str, lang: str) -> str:
    text = f"{named_path(path, lang)}: {problem}" if path is not None else problem
    return f"{text}. {hint}" if hint else text


class ConflictError(StoreError):
    """Another process saved the report after it was read; the edit was not written."""

    def __init__(self, path: Path, expected: int, actual: int) -> None:
        self.expected = expected
        self.actual = actual
        super().__init__(
            path,
            "conflict",
            f"laporan sudah diubah oleh proses lain (dibaca pada revisi {expected}, sekarang revisi "
            f"{actual}); perubahan ini tidak disimpan — muat ulang laporan lalu ulangi",
            f"the report was changed by another process (read at revision {expected}, now revision "
            f"{actual}); this edit was not saved — reload the report and redo it",
        )


class LockTimeoutError(StoreError):
    """The report stayed locked by another writer longer than the timeout."""

    def __init__(self, path: Path, timeout: float) -> None:
        self.timeout = timeout
        # the sentence first, naming the report and its store folder (not a file's path, cli23)
        rid, folder, en = path.name.removesuffix(".json"), *named_twice(path.parent)
        super().__init__(
            path,
            "lock-timeout",
            f"laporan {rid} di penyimpanan {folder} sedang disimpan oleh proses lain (kunci tidak "
            f"lepas dalam {timeout:g} detik); coba lagi sebentar lagi",
            f"another process is saving the report {rid} in the store {en} (the lock was not "
            f"released within {timeout:g} s); try again shortly",
            said=True,
        )


#: A report id that is not found is followed by the ids that exist when there are at most this
#: many; else by the few closest to it and how to list them all (a kabupaten's store named its 200
#: ids, 13,000 characters, after a typo).
NAMED_IDS = 5


def _close(report_id: str, available: list[str]) -> list[str]:
    """The ids of ``available`` closest to ``report_id``, closest first: those that hold every
    word typed ("dinas-kependudukan-2025" for "dinas-kependudukan-dan-pencatatan-sipil-…-2025":
    difflib's ratio, which favours ids of the typed length, named "dinas-x-2025" before it),
    then difflib's."""
    from difflib import get_close_matches

    typed = set(report_id.split("-"))
    close = [a for a in available if typed <= set(a.split("-"))][:3]
    return close + [c for c in get_close_matches(report_id, available, 3, 0.6) if c not in close]


def _few(report_id: str, available: list[str]) -> tuple[str, str]:
    """What follows "laporan 'x' tidak ada di penyimpanan F" in a store of a few reports: the
    closest first, as a bigger store's (a typed year: "; maksud Anda …-2023?"), then the others,
    whole (cli37: a store of one report listed it but asked nothing); an id like none of them:
    them all; none at all: so said (not "laporan yang ada: —")."""
    if not available:
        return " (penyimpanan ini tidak berisi laporan)", " (the store holds no report)"
    near = _close(report_id, available)[:1]
    others = [a for a in available if a not in near]
    listed = ", ".join(others) if others else "—"
    if not near:
        return f" (laporan yang ada: {listed})", f" (reports that exist: {listed})"
    if not others:
        return f"; maksud Anda {near[0]}?", f"; did you mean {near[0]}?"
    return (
        f"; maksud Anda {near[0]}? (laporan lain: {listed})",
        f"; did you mean {near[0]}? (other reports: {listed})",
    )


def _many(report_id: str, available: list[str]) -> tuple[str, str]:
    """… in a bigger store: the few closest, how many more and how to list them all."""
    close = _close(report_id, available)[:3]
    more = len(available) - len(close)
    if close:
        said = f"; yang mirip: {', '.join(close)} (dan {more} laporan lain)"
        said_en = f"; close to it: {', '.join(close)} (and {more} other reports)"
    else:
        said = f" (penyimpanan ini berisi {more} laporan)"
        said_en = f" (the store holds {more} reports)"
    # (the command last, outside the brackets: on a terminal a line of its own, copied without
    # a ")" after it)
    return (
        f"{said}; daftarnya: lkj-tui status --all{END}",
        f"{said_en}; to list them: lkj-tui status --all{END}",
    )


class NotFoundError(StoreError):
    """No report with that id; ``available`` lists the ids that exist (the message names them
    all when they are few, else the closest and how many more). ``path``: the report's file in
    the store (or, without ``report_id``, the store's folder); the message names the folder
    after what is missing ("laporan 'x' tidak ada di penyimpanan /data/lkj …"), not the file.
    Without ``report_id`` (the store holds none), what brings a report back: the ids a shared
    store's history holds (``gone``), else those whose versions are kept (``kept``), each with
    its restore; else an import or the example; ``held``: it held reports before ("no longer",
    not "yet"): :func:`lkj_tui.storage.reader.no_report` says which."""

    def __init__(
        self,
        path: Path,
        report_id: str | None,
        available: list[str],
        gone: Sequence[str] = (),
        kept: Sequence[str] = (),
        held: bool = False,
    ) -> None:
        self.report_id = report_id
        self.available = list(available)
        self.gone = tuple(gone)
        self.held = bool(held or gone or kept)  # (it held reports: "no longer", not "yet")
        report_id = None if report_id is None else plain(report_id)
        folder, en = named_twice(path if report_id is None else path.parent)
        # (a store that held reports says "no longer", not "yet": cli69)
        none, none_en = (
            (
                f"tidak ada lagi laporan di folder penyimpanan {folder}",
                f"the store folder {en} no longer holds a report",
            )
            if self.held
            else (
                f"belum ada laporan di folder penyimpanan {folder}",
                f"the store folder {en} holds no report yet",
            )
        )
        if report_id is None and (gone or kept):  # (a shared store's reports deleted by hand:
            # the history holds them, share55; a store's deleted here: their kept versions,
            # cli69; the bundled report would replace them)
            first = plain((gone or kept)[0])
            n = len(gone or kept)
            more, more_en = (
                (f" (dan {n - 1} laporan lain)", f" (and {n - 1} more)") if n > 1 else ("", "")
            )
            where, where_en = (
                ("riwayat penyimpanan bersama masih", "the shared store's history still holds")
                if gone
                else ("versi tersimpannya masih", "its kept versions still hold")
            )
            problem = (
                f"{none}; {where} memuat {first}{more}; pulihkan: lkj-tui restore {first}{END}"
            )
            problem_en = (
                f"{none_en}; {where_en} {first}{more_en}; restore it: lkj-tui restore {first}{END}"
            )
        elif report_id is None:  # (an emptied store, left empty: what to type next)
            problem = (
                f"{none}; impor laporan Anda: "
                f"lkj-tui import BERKAS.xlsx{END}; atau laporan contoh (bawaan): lkj-tui init{END}"
            )
            problem_en = (
                f"{none_en}; import your report: "
                f"lkj-tui import FILE.xlsx{END}; or the sample (bundled) report: lkj-tui init{END}"
            )
        else:
            problem = f"laporan '{report_id}' tidak ada di penyimpanan {folder}"
            problem_en = f"no report '{report_id}' in the store {en}"
            tell = _few if len(available) <= NAMED_IDS else _many
            said = tell(report_id, available)
            problem, problem_en = problem + said[0], problem_en + said[1]
        super().__init__(path, "not-found", problem, problem_en, said=True)


_DISK_FULL = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}
#: The errors of a file or folder the user may not read or write.
DENIED = {errno.EACCES, errno.EPERM, errno.EROFS}


def from_os_error(
    path: Path,
    exc: OSError,
    action: str,
    action_en: str,
    *,
    writing: bool = True,
    said: bool = False,
    existed: bool = True,
) -> StoreError:
    """Translate an OSError raised while ``action`` (e.g. "menyimpan"/"saving") into a StoreError;
    ``said``: the action names the report and its folder itself, not ``path`` (a lock file);
    not ``existed``: the report written has no file yet (an import, the bundled report seeded),
    said as "nothing was written", not "the previous file is unchanged" (cli67)."""
    reason = exc.strerror or str(exc)
    kept = (" berkas lama tidak berubah —" if existed else " tidak ada yang ditulis —") * writing
    kept_en = (" the previous file is unchanged —" if existed else " nothing was written —") * (
        writing
    )
    if writing and exc.errno in _DISK_FULL:
        return StoreError(
            path,
            "disk-full",
            f"gagal {action}: disk penuh atau batas ukuran berkas tercapai ({reason});{kept} "
            "kosongkan ruang disk lalu simpan lagi",
            f"{action_en} failed: the disk is full or the file size limit was reached ({reason});"
            f"{kept_en} free some disk space and save again",
            said=said,
        )
    if exc.errno in DENIED and writing:  # (a store's folder the user may not write: named)
        folder, en = named_twice(path.parent)
        return StoreError(
            path,
            "read-only",
            f"gagal {action}: folder {folder} tidak dapat ditulisi ({reason});{kept} minta izin "
            "tulis untuk folder itu, atau salin folder itu ke folder yang boleh Anda tulisi lalu "
            "sebutkan dengan --store",
            f"{action_en} failed: the folder {en} is not writable ({reason});{kept_en} ask "
            "for write permission on that folder, or copy it to a folder you may write and name "
            "that one with --store",
            said=said,
        )
    if exc.errno in DENIED:
        return StoreError(
            path,
            "unreadable",
            f"gagal {action}: folder atau berkas tidak dapat dibaca ({reason}); "
            "periksa izin folder atau pilih folder lain dengan --store",
            f"{action_en} failed: the folder or file is not readable ({reason}); "
            "check the folder's permissions or pick another one with --store",
            said=said,
        )
    if exc.errno == errno.EISDIR and not writing:  # (a folder named as a report: dirfile)
        return StoreError(
            path,
            "not-a-file",
            f"bukan berkas, melainkan sebuah folder ({reason}); tidak dibaca — pindahkan folder "
            "itu keluar dari folder penyimpanan atau ganti namanya",
            f"not a file but a folder ({reason}); not read — move that folder out of the store "
            "folder or rename it",
            said=said,
        )
    return StoreError(
        path,
        "os-error",
        f"gagal {action}: {reason} (errno {exc.errno})" + (f";{kept[:-2]}" if writing else ""),
        f"{action_en} failed: {reason} (errno {exc.errno})"
        + (f";{kept_en[:-2]}" if writing else ""),
        said=said,
    )


#: Windows' own codes (``OSError.winerror``) of a name it refuses: ERROR_INVALID_NAME,
#: ERROR_BAD_PATHNAME, ERROR_FILENAME_EXCED_RANGE (its errno is EINVAL or ENOENT).
_WIN_BAD_NAME = {123, 161, 206}


def _why_not(path: Path, exc: OSError) -> tuple[str, str]:
    """Why the user's file ``path`` could not be written, id/en (the system's reason in brackets)."""
    reason = exc.strerror or str(exc)
    code = errno.EINVAL if getattr(exc, "winerror", None) in _WIN_BAD_NAME else exc.errno
    if code in (errno.EACCES, errno.EPERM):
        return (
            f"akses ditolak ({reason}): berkas itu mungkin sedang dibuka di Excel atau program "
            "lain, atau folder itu tidak boleh ditulisi; tutup berkasnya lalu ulangi, atau tulis "
            "ke berkas lain",
            f"access denied ({reason}): the file may be open in Excel or another program, or the "
            "folder may not be writable; close the file and try again, or write another file",
        )
    if code == errno.ENOENT:
        folder, en = named_twice(path.parent)
        return (
            f"folder {folder} tidak ada; buat foldernya dulu atau pilih folder lain",
            f"the folder {en} does not exist; create it first or pick another folder",
        )
    if code == errno.ENOTDIR:
        return (
            f"sebagian jalurnya bukan folder ({reason}); periksa jalurnya",
            f"part of the path is not a folder ({reason}); check the path",
        )
    if code == errno.EISDIR:
        named, en = named_twice(path)
        return (
            f"{named} adalah folder; tidak ditulis (beri nama berkas, mis. "
            f"{typed_path(path / 'notulen.md')})",
            f"{en} is a folder; nothing written (name a file, e.g. "
            f"{typed_path(path / 'notulen.md')})",
        )
    if code in (errno.EINVAL, errno.ENAMETOOLONG, errno.EILSEQ):
        return (
            f"nama berkas tidak sah di sistem ini ({reason}); Windows tidak menerima "
            '< > : " | ? *, nama CON, PRN, AUX, NUL, COM1-9 atau LPT1-9, titik atau spasi di '
            "akhir nama, dan jalur yang terlalu panjang; pilih nama lain",
            f"the file name is not valid on this system ({reason}); Windows takes no "
            '< > : " | ? *, no name CON, PRN, AUX, NUL, COM1-9 or LPT1-9, no dot or space at the '
            "end of a name, and no path that is too long; pick another name",
        )
    return system_words(code, reason)


def system_words(code: int | None, reason: str) -> tuple[str, str]:
    """Why a write failed, id/en, for an error that names no file of the user's (a full disk, a
    read-only disk, a device gone): the user's words, the system's reason in brackets. The
    words of a file the user named (:func:`not_written`) and of the command's output
    (``cli/output``)."""
    if code in _DISK_FULL:
        return (
            f"disk penuh atau batas ukuran berkas tercapai ({reason}); kosongkan ruang disk atau "
            "tulis ke disk lain",
            f"the disk is full or the file size limit was reached ({reason}); free some disk "
            "space or write to another disk",
        )
    if code == errno.EROFS:
        return (
            f"disk atau folder itu hanya-baca ({reason}); tulis ke folder lain",
            f"the disk or folder is read-only ({reason}); write to another folder",
        )
    if code == errno.EIO:
        return (
            f"perangkatnya gagal ({reason}); disk atau terminal itu mungkin terputus",
            f"the device failed ({reason}); the disk or terminal may be disconnected",
        )
    return f"{reason} (errno {code})", f"{reason} (errno {code})"


def not_written(path: Path, exc: BaseException) -> StoreError:
    """The error of a user's file (an export, not a store file) that could not be written, from
    the OSError or the :func:`~lkj_tui.storage.atomic.atomic_write_bytes` error that said so: its
    name and why in the user's words (a file open in Excel, read-only, a folder that does not
    exist, a name Windows refuses…), without the store's hints. Asked after the failed write: an
    old file is there exactly when it was before (an atomic write leaves it as it was)."""
    import os

    cause = exc.__cause__ if isinstance(exc, StoreError) else exc
    if isinstance(cause, OSError):
        why, why_en = _why_not(path, cause)
    elif isinstance(exc, StoreError) and exc.code == "read-only-file":
        why = (
            "berkas itu hanya-baca; tidak ditimpa (hilangkan tanda Baca-saja/Read-only di "
            "Properti berkas, atau chmod u+w, bila memang ingin menimpanya)"
        )
        why_en = (
            "the file is read-only; not overwritten (clear its Read-only box in the file's "
            "Properties, or chmod u+w, if you do want to overwrite it)"
        )
    elif isinstance(exc, StoreError):
        why, why_en = exc.problem, exc.problem_en
    else:
        why = why_en = str(exc) or type(exc).__name__
    kept, kept_en = "", ""
    if os.path.lexists(path):
        kept, kept_en = "; berkas lama tidak berubah", "; the old file is unchanged"
    code = exc.code if isinstance(exc, StoreError) else "os-error"
    named, en = named_twice(path)
    return StoreError(
        None, code, f"gagal menulis {named}: {why}{kept}", f"cannot write {en}: {why_en}{kept_en}"
    )
