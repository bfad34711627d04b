"""Shared helpers of the CLI commands: finding and opening the store, failing with one clear line."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TypeVar

from lkj_tui.core.numbers import grouped
from lkj_tui.core.sanitize import clean_line
from lkj_tui.storage.errors import (
    UNSHOWN,
    UNSHOWN_PATH,
    Said,
    StoreError,
    cleaned,
    named_path,
    shown_as_typed,
    store_option,
    typed_path,
)
from lkj_tui.storage.reader import Progress, ReportInfo, StoreReader
from lkj_tui.storage.store import ENV_VAR, Store, resolve_store_path

if TYPE_CHECKING:
    from lkj_tui.core.model import Report, ReportMeta

_TEXT = {
    "id": {
        "lang": "id",
        "missing": (
            "penyimpanan {root} (dari {source}) tidak ada; tidak dibuat oleh perintah ini. "
            "Periksa jalurnya, atau buat penyimpanan baru berisi laporan Anda (Excel, CSV, "
            "JSON): 'lkj-tui import BERKAS.xlsx{store}'; atau berisi laporan bawaan: "
            "lkj-tui init{store}{unshown}"
        ),
        "cannot_open": "tidak dapat membuka penyimpanan {root}: {why}",
        "not_a_store": (
            "folder {root} (dari {source}) tidak berisi laporan, tetapi berkas lain ({files}): "
            "bukan folder penyimpanan, dan tidak diubah. Sebutkan folder penyimpanannya dengan "
            "{option}, atau buat penyimpanan baru di folder lain: 'lkj-tui init --store FOLDER'"
        ),
        "import_it": "; untuk mengimpor buku kerjanya: lkj-tui import {file}",
        "option_env": "--store atau ${env}",
        "a_file": (
            "penyimpanan {root} (dari {source}) adalah sebuah berkas, bukan folder; sebutkan "
            "folder penyimpanannya dengan --store, atau buat yang baru: "
            "'lkj-tui init --store FOLDER'"
        ),
        "in_a_file": (
            "penyimpanan {root} (dari {source}) tidak dapat dibuat: {file} adalah sebuah berkas, "
            "bukan folder; periksa jalurnya, atau buat penyimpanan di folder lain: "
            "'lkj-tui init --store FOLDER'"
        ),
        "empty_read_only": (
            "penyimpanan {root} (dari {source}) masih kosong dan tidak dapat ditulisi ({why}): "
            "laporan contoh tidak dapat ditaruh di sana; tidak ada yang diubah. Minta izin tulis "
            "untuk folder itu, atau buat penyimpanan di folder yang boleh Anda tulisi: "
            "lkj-tui init --store FOLDER"
        ),
        "seeded": (
            "penyimpanan baru dibuat di {root}, berisi laporan bawaan sebagai contoh; impor "
            "laporan Anda: lkj-tui import BERKAS.xlsx{opts}"
        ),
        "made": (
            "folder {root} (dari {source}) belum ada: dibuat sebagai penyimpanan baru; bila yang "
            "dimaksud penyimpanan lain, periksa jalurnya"
        ),
        "in_use": "Penyimpanan: {root}",
        "source": "  (dari {source}; ganti dengan --store FOLDER atau ${env})",
        "default": "folder data pengguna",
        "no_year": "tidak ada laporan tahun {year} di penyimpanan; tahun yang ada: {years}",
        "only_all": "opsi {option} hanya berlaku dengan --all",
        "no_region": 'tidak ada laporan tahun {year} dengan pemerintah yang memuat "{region}"'
        "{near}; pemerintah laporan {year}: {found}",
        "no_region_years": 'tidak ada laporan dengan pemerintah yang memuat "{region}"{near}; '
        "pemerintah laporan di penyimpanan: {found}",
        "near": ' (maksud Anda "{name}"?)',
        "empty_region": "opsi --pemerintah kosong: tulis sebagian nama pemerintah daerahnya, "
        'mis. --pemerintah "Bengkulu Selatan"',
        "region": '; pemerintah yang memuat "{region}"',
        "governments": '{n} pemerintah yang memuat "{region}"',
        "listing": "Memuat laporan… {n} dari {total} berkas dibaca",  # (files: as the TUI, tui39)
    },
    "en": {
        "lang": "en",
        "missing": (
            "the store {root} (from {source}) does not exist; this command does not create it. "
            "Check the path, or create a new store holding your own report (Excel, CSV, "
            "JSON): 'lkj-tui import FILE.xlsx{store}'; or the bundled report: "
            "lkj-tui init{store}{unshown}"
        ),
        "cannot_open": "cannot open the store {root}: {why}",
        "not_a_store": (
            "the folder {root} (from {source}) holds no report but other files ({files}): it is "
            "not a store, and is left as it is. Name the store's folder with {option}, or "
            "create a new store in another folder: 'lkj-tui init --store FOLDER --lang en'"
        ),
        "import_it": "; to import its workbook: lkj-tui import {file} --lang en",
        "option_env": "--store or ${env}",
        "a_file": (
            "the store {root} (from {source}) is a file, not a folder; name the store's folder "
            "with --store, or create a new one: 'lkj-tui init --store FOLDER --lang en'"
        ),
        "in_a_file": (
            "the store {root} (from {source}) cannot be created: {file} is a file, not a "
            "folder; check the path, or create a store in another folder: 'lkj-tui init "
            "--store FOLDER --lang en'"
        ),
        "empty_read_only": (
            "the store {root} (from {source}) is empty and cannot be written ({why}): the sample "
            "report cannot be put in it; nothing was changed. Ask for write permission on that "
            "folder, or create a store in a folder you may write: "
            "lkj-tui init --store FOLDER --lang en"
        ),
        "seeded": (
            "a new store was created in {root}, holding the bundled report as a sample; import "
            "your own report: lkj-tui import FILE.xlsx{opts}"
        ),
        "made": (
            "the folder {root} (from {source}) did not exist: it was created as a new store; if "
            "you meant another store, check the path"
        ),
        "in_use": "Store: {root}",
        "source": "  (from {source}; choose another with --store FOLDER or ${env})",
        "default": "the user data folder",
        "no_year": "no report of {year} in the store; the years it holds: {years}",
        "only_all": "the option {option} applies only with --all",
        "no_region": 'no report of {year} whose pemerintah contains "{region}"{near}; '
        "the pemerintah of the reports of {year}: {found}",
        "no_region_years": 'no report whose pemerintah contains "{region}"{near}; '
        "the pemerintah of the store's reports: {found}",
        "near": ' (did you mean "{name}"?)',
        "empty_region": "the option --pemerintah is empty: write part of the regional "
        'government\'s name, e.g. --pemerintah "Bengkulu Selatan"',
        "region": '; pemerintah containing "{region}"',
        "governments": '{n} governments whose pemerintah contains "{region}"',
        "listing": "Loading the reports… {n} of {total} files read",
    },
}


#: How like a choice a mistyped word must be to be named as the one meant (difflib's ratio):
#: "eror" for error (0.89), "semuaa" for semua (0.91), "pertahanka" for pertahankan (0.95); not
#: a word that shares two or three letters with one.
CLOSE_CHOICE = 0.75


def meant(word: str, words: Mapping[str, str], lang: str) -> str:
    """ "; maksud Anda semua?" ("; did you mean all?"): the choice closest to ``word``, a choice
    mistyped (:data:`CLOSE_CHOICE`). ``words``: each choice's word in Bahasa Indonesia and its
    English one; either is taken, and the one of ``lang`` is named (the word the list of choices
    shows: "eror" is answered kesalahan). "" when none is close (:func:`closest`)."""
    if lang != "en":
        shown = {id_: id_ for id_ in words} | {en: id_ for id_, en in words.items()}
    else:
        shown = {en: en for en in words.values()} | {id_: en for id_, en in words.items()}
    found = closest(word, shown)
    if found is None:
        return ""
    said = "; did you mean {}?" if lang == "en" else "; maksud Anda {}?"
    return said.format(found)


def closest(word: str, shown: Mapping[str, str]) -> str | None:
    """What ``shown`` gives for its key closest to ``word``, case ignored, when it is close
    enough to be a mistyping (:data:`CLOSE_CHOICE`); None when none is, or when ``word`` is
    longer than any key could be mistyped as (difflib is quadratic: a pasted line is never
    compared)."""
    keys = {key.casefold(): said for key, said in shown.items()}
    if not keys or len(word) > 2 * max(map(len, keys)):
        return None
    import difflib

    found = difflib.get_close_matches(word.casefold(), list(keys), n=1, cutoff=CLOSE_CHOICE)
    return keys[found[0]] if found else None


def typed_again(option: str, lang: str = "id") -> str:
    """The command line as the user typed it with ``option`` added (``lkj-tui export -o
    notulen.md --force``), before a ``--lang`` that ends it: the way out a refusal names, to be
    typed as it is; each word holding a space in double quotes, as a message names a path. When
    a word cannot be shown as typed (:func:`shown_as_typed`), no command: the option to add and
    why the command is not printed (it would name another file)."""
    words = _typed_words()
    if words is None:
        add = "add {} to the command" if lang == "en" else "tambahkan {} pada perintahnya"
        return f"{add.format(option)} ({UNSHOWN[lang]})"
    end = words[-2:] if words[-2:-1] == ["--lang"] else []  # (still last, as every command's)
    return " ".join(["lkj-tui", *words[: len(words) - len(end)], option, *end])


def typed_without(option: str) -> str | None:
    """The command line as the user typed it without ``option`` (``lkj-tui import isian.xlsx``
    after ``--dry-run``), as :func:`typed_again` writes it; None when a word cannot be shown as
    typed."""
    words = _typed_words()
    if words is None:
        return None
    return " ".join(["lkj-tui", *(word for word in words if word != option)])


def _typed_words() -> list[str] | None:
    """The words of the command line, each holding a space in double quotes; None when one
    cannot be shown as typed (:func:`shown_as_typed`)."""
    from lkj_tui.cli.main import _Context

    if not all(shown_as_typed(word, 400) for word in _Context.argv):
        return None
    return [typed_path(word) or '""' for word in _Context.argv]


def taken_id(store: StoreReader, report_id: str, tahun: int, lang: str) -> str:
    """Why an id made from an instansi is taken and how to choose one, for ``new`` and
    ``import`` (vals40: two offices named in another script, or only symbols, both made
    "laporan-2025", and the second was refused with no word of ``--report``): the report that
    holds it and the command again with the first free id beside it ("laporan-2-2025")."""
    info, free = store.taken(report_id, tahun)
    other = "?" if info is None else clean_line(info.instansi, 60)
    if lang == "en":
        return (
            f"report '{report_id}' already exists ({other}); the id is made from the instansi. "
            f"Give this report its own with --report: {typed_again(f'--report {free}', lang)}"
        )
    return (
        f"laporan '{report_id}' sudah ada ({other}); id-nya dibuat dari instansi. Beri laporan "
        f"ini id sendiri dengan --report: {typed_again(f'--report {free}', lang)}"
    )


_TWIN = {
    "id": "catatan: penyimpanan ini sudah berisi laporan instansi ini tahun {tahun}: {ids}",
    "en": "note: the store already holds a report of this instansi for {tahun}: {ids}",
}


def say_twins(store: StoreReader, meta: ReportMeta, lang: str) -> None:
    """A note on stderr naming the store's other reports of ``meta``'s office and year (one
    instansi and pemerintah, as ``compare`` and the years view match them), after ``new`` or
    ``import`` made it: ``new --instansi "Sekretariat Daerah …" --tahun 2023`` beside the
    office's own 2023 made a second report of it, unsaid, that every listing shows (cli68)."""
    from lkj_tui.cli.output import say
    from lkj_tui.cli.plain import PATH_SEPS
    from lkj_tui.core.years import same_instansi, same_region

    infos, _ = store.list_reports(skip_broken=True)
    twins = [
        clean_line(info.id)
        for info in infos
        if info.id != meta.id
        and info.tahun == meta.tahun
        and same_instansi(info.instansi, meta.instansi)
        and same_region(info.pemerintah, meta.pemerintah)
    ]
    if twins:
        said = _TWIN["en" if lang == "en" else "id"]
        say(said.format(tahun=meta.tahun, ids=", ".join(twins)), 2, err=True, seps=PATH_SEPS)


#: The ``code`` of an error a command's ``--json`` prints (:func:`fail`) by its exit status,
#: where no word of the store or of git says more (README, "Exit status").
_FAIL_CODES = {2: "usage", 3: "offline"}


def fail(message: str, code: int = 1, seps: str | None = None, kind: str = "") -> NoReturn:
    """Print one line to stderr and exit (``seps``: :func:`lkj_tui.cli.output.error_line`'s);
    with ``--json``, JSON on stdout (:func:`~lkj_tui.cli.output.refusal`), its ``code``
    ``kind``, else the word of the exit status: ``usage``, ``offline``, ``refused``."""
    from lkj_tui.cli.output import refusal

    refusal(message, kind or _FAIL_CODES.get(code, "refused"), seps)
    raise SystemExit(code)


#: A text typed on the command line holding a byte that was not UTF-8 (:func:`refuse_undecoded`).
_NOT_UTF8 = {
    "id": "{what} yang diketik bukan teks UTF-8 (byte 0x{byte:02X}: terminal mengirim huruf "
    "dalam pengodean lain); atur terminal ke UTF-8 lalu ketik lagi; tidak ada yang diubah",
    "en": "the typed {what} is not UTF-8 text (byte 0x{byte:02X}: the terminal sent a letter in "
    "another encoding); set the terminal to UTF-8 and type it again; nothing changed",
}


def refuse_undecoded(typed: str | None, lang: str, what: str = "") -> None:
    """Exit 2 when ``typed`` holds a byte of the command line that was not UTF-8, naming it:
    Python reads such a byte as a lone surrogate (U+DC80–U+DCFF), and "Café" typed on a Latin-1
    terminal was saved as "Caf\ufffd" for good. ``what``: the option's name (else "nilai"/"value")."""
    if not typed or typed.isascii():
        return
    import re

    if found := re.search("[\udc80-\udcff]", typed):
        en = lang == "en"
        said = _NOT_UTF8["en" if en else "id"]
        fail(said.format(what=what or ("value" if en else "nilai"), byte=ord(found[0]) - 0xDC00), 2)


def no_report(store: StoreReader, path: str | Path | None, lang: str) -> NoReturn:
    """Fail as a store that holds no report does (one its user emptied stays empty): what to
    type next, the import of their own report or the example back (``lkj-tui init``); with
    ``--json`` the code ``not-found``, as ``status --json`` says it (``status --all``,
    ``check --all`` and ``compare`` said ``refused``: cli69)."""
    from lkj_tui.storage.reader import no_report as refusal

    fail_store(refusal(store.root), path, lang)


def warn_skipped(store: StoreReader, lang: str, store_path: str | Path | None = None) -> None:
    """One line on stderr per file the latest-report choice left out because it cannot be read
    (a broken report, a stray ``*.json``): listed, never chosen, never fatal; its restore hint
    for the store ``store_path`` the user named; its path broken after a "/" where it is wider
    than the line (at 40 columns it stood whole at column 0, wrapped by the terminal: cli48)."""
    for err in store.skipped:
        from lkj_tui.cli.output import say
        from lkj_tui.cli.plain import PATH_SEPS

        said = clean_line(store_message(err, store_path, lang))
        if lang == "en":
            say(f"lkj-tui: skipped (cannot be read): {said}", 9, err=True, seps=PATH_SEPS)
        else:
            say(f"lkj-tui: dilewati (tidak terbaca): {said}", 9, err=True, seps=PATH_SEPS)


#: seconds a listing runs before it says how far it is (a warm listing is done long before)
LISTING_SAID_AFTER = 1.0


@contextmanager
def listing_progress(lang: str) -> Iterator[Progress | None]:
    """The ``progress`` of a store's listing (``list_reports``, ``summaries``) for a command on a
    terminal: once the listing has run ``LISTING_SAID_AFTER`` seconds (a cold one of a big store
    reads every report: ``compare`` said nothing for 17 s over a province's 2,000), one line on
    stderr says how far it is, redrawn in place at most ten times a second and blanked when the
    listing ends: "Memuat laporan… 120 dari 2.000 berkas dibaca". None when stderr is no
    terminal (piped, redirected: nothing is written)."""
    if not sys.stderr.isatty():
        yield None
        return
    due, drawn = time.monotonic() + LISTING_SAID_AFTER, ""  # (when to draw next, the line)

    def step(done: int, total: int) -> None:
        nonlocal due, drawn
        now = time.monotonic()
        if now < due:
            return
        n, of = grouped(done, lang), grouped(total, lang)
        drawn = _TEXT[lang]["listing"].format(n=n, total=of)
        with suppress(OSError, ValueError):  # (one line: "\r" redraws no line wrapped)
            drawn = drawn[: os.get_terminal_size(sys.stderr.fileno()).columns - 3]
        sys.stderr.write(f"\r{drawn}")
        sys.stderr.flush()
        due = now + 0.1

    try:
        yield step
    finally:
        if drawn:  # (blanked: what the command says next starts at the line's start; two
            # more for a "…" written "..." where the terminal is not UTF-8)
            sys.stderr.write("\r" + " " * (len(drawn) + 2) + "\r")
            sys.stderr.flush()


def store_location(path: str | Path | None, lang: str = "id") -> tuple[Path, str | None]:
    """The store folder and where it was named: ``"--store"``, ``"$LKJ_TUI_STORE"``, or None for
    the platform's user data folder (these two are created and seeded on first use unasked)."""
    root = resolve_store_path(path)
    if path is not None and str(path) != "":
        return root, "--store"
    if os.environ.get(ENV_VAR, ""):
        return root, f"${ENV_VAR}"
    return root, None


def store_lines(path: str | Path | None, lang: str = "id") -> list[str]:
    """Two lines naming the store in use and where that choice came from (``--help``, ``info``)."""
    t = _TEXT["en" if lang == "en" else "id"]
    root, source = store_location(path)
    shown = clean_line(named_path(os.path.abspath(root), lang, quoted=False))  # (`--store .`)
    return [
        t["in_use"].format(root=shown),
        t["source"].format(source=source or t["default"], env=ENV_VAR),
    ]


def labelled_path(line: str, width: int, indent: int = 0) -> list[str]:
    """A line naming a path (:func:`store_lines`' "Penyimpanan: /data/lkj") whole where it fits
    ``width`` cells ``indent`` cells in; else its label on a line and the path under it, two
    cells further in: at 40 columns the terminal broke the path where the line ran out, a path
    that fits a line of its own ("/root/.local/share/lkj-tui/store")."""
    label, sep, path = line.partition(": ")
    if indent + len(line) <= width or not sep:
        return [" " * indent + line]
    return [f"{' ' * indent}{label}:", f"{' ' * (indent + 2)}{path}"]


def store_message(exc: Said, path: str | Path | None, lang: str) -> str:
    """``exc``'s message in ``lang``, each command it prints with the :func:`store_option` of
    the store ``path`` the user named; a store that holds no report and that the user may not
    write, as :func:`open_store` says an empty one: its "impor laporan Anda … atau lkj-tui
    init" named two commands that cannot write there (cli67)."""
    from lkj_tui.storage.errors import NotFoundError

    if isinstance(exc, NotFoundError) and exc.report_id is None and not exc.gone:
        from lkj_tui.storage.atomic import write_refused

        root = exc.path
        if root.is_dir() and (refused := write_refused(root)) is not None:
            t = _TEXT["en" if lang == "en" else "id"]
            where = from_where(root, store_location(path)[1] or t["default"], lang)
            why = refused.strerror or str(refused)
            return t["empty_read_only"].format(root=typed_path(root), source=where, why=why)
    return exc.text(lang, store_option(path, lang))


def errors_json(errors: Iterable[StoreError], lang: str) -> list[dict[str, str]]:
    """The ``errors`` of a listing's ``--json`` (``status --all``, ``check --all``, ``info``):
    each report file that cannot be read, its ``code`` (the same in both languages, for
    scripts) and its ``problem`` in ``lang`` (Bahasa Indonesia under ``--lang en`` too: cli70)."""
    en = lang == "en"
    return [
        {"path": str(e.path), "code": e.code, "problem": e.problem_en if en else e.problem}
        for e in errors
    ]


def exit_code(exc: Said) -> int:
    """The exit status of a refusal of the store: 2 where what was typed is wrong — a report id
    the store does not hold or that is no id, which its user types again as a mistyped option
    or node (exit 2); 1 where the store or a file stops the command — a file that cannot be
    read or written, a lock, a full disk, an id held already (README, "Exit status"). A bad
    report id exited 1 while every other usage error exited 2 (cli61)."""
    from lkj_tui.storage.errors import NotFoundError, StoreError

    if isinstance(exc, NotFoundError):
        return 1 if exc.report_id is None else 2  # (no -r: the store holds no report)
    return 2 if isinstance(exc, StoreError) and exc.code == "bad-id" else 1


def fail_store(exc: Said, path: str | Path | None, lang: str, seps: str | None = None) -> NoReturn:
    """:func:`fail` with :func:`store_message` of ``exc``, its :func:`exit_code`."""
    fail(store_message(exc, path, lang), exit_code(exc), seps, getattr(exc, "code", ""))


def open_store(
    path: str | Path | None,
    *,
    lang: str = "id",
    create: bool = False,
    example: str = "new",
    say_made: bool = True,
) -> Store:
    """The user's store (``--store``, ``$LKJ_TUI_STORE`` or the platform folder), seeded with the
    bundled report when its folder holds no report yet and ``example`` says so: ``"new"`` a new
    folder, not a store whose reports the user deleted (:func:`emptied`); ``"always"`` (``init``)
    that one too; ``"never"`` (``import``, ``new`` of an empty report): the user's own report is
    the store's first, not beside an example they did not ask for.

    A folder typed with ``--store`` must exist unless ``create`` (a command that makes a store on
    purpose): a mistyped path is refused, never silently made into a new store. The platform's
    folder and ``$LKJ_TUI_STORE`` (configured once, not typed per command) are created on first
    use. One it creates (``new``, ``import``) is said in a line on stderr, unless ``say_made``
    is False (``init``, which says so itself): a mistyped path made a new store unsaid. A
    folder named with either that holds other files and no report is no store: refused,
    unchanged, unless ``create`` (``init`` makes the store there on purpose)."""
    t = _TEXT["en" if lang == "en" else "id"]
    root, source = store_location(path)
    if not create:
        refuse_missing(root, source, lang)
    made = create and say_made and source == "--store" and not os.path.lexists(root)
    # (a folder of other files refused where the user named it, with --store or with
    # $LKJ_TUI_STORE, which got the bundled report beside its files, unsaid when piped: cli70)
    named = source is not None and not create
    seed = partial(_first_report, root, t if named else None, example, source or "")
    try:
        store = Store(root, seed=seed)
    except (StoreError, OSError) as exc:
        if root.exists() and not root.is_dir():  # ("gagal membuat folder: File exists (errno 17)")
            shown = typed_path(root)
            fail(  # (exit 2: the path given names a file, not a store folder: exit_code)
                t["a_file"].format(
                    root=shown, source=from_where(root, source or t["default"], lang)
                ),
                2,
            )
        above = file_above(root)
        if above is not None:  # (a path typed wrong, exit 2, as export's
            # -o says it: "gagal membuat folder: Not a directory (errno 20); berkas sebelumnya
            # tidak berubah", exit 1, cli65)
            fail(
                t["in_a_file"].format(
                    root=typed_path(root),
                    file=typed_path(above),
                    source=from_where(root, source or t["default"], lang),
                ),
                2,
            )
        if isinstance(exc, StoreError) and exc.code == "read-only" and _holds_none(root):
            # (the bundled report seeded into an empty folder the user may not write: "gagal
            # mengunci laporan bengkulu-selatan-setda-2023 … berkas lama tidak berubah", a report
            # never asked for and no file before: cli65)
            why = getattr(exc.__cause__, "strerror", None) or exc.code
            where = from_where(root, source or t["default"], lang)
            said = t["empty_read_only"].format(root=typed_path(root), source=where, why=why)
            fail(said, 1, kind=exc.code)
        if isinstance(exc, StoreError):
            fail_store(exc, path, lang)
        fail(t["cannot_open"].format(root=named_path(root, lang), why=exc.strerror or exc))
    if made and sys.stderr is not None:
        from lkj_tui.cli.output import error_line

        shown = typed_path(os.path.abspath(root))
        error_line(t["made"].format(root=shown, source=from_where(root, "--store", lang)))
    typed = source == "--store" and not create
    if store.seeded and not create and sys.stderr is not None and (typed or sys.stderr.isatty()):
        # (a new user's first `status` showed the Setda report unsaid, as if it were theirs; piped,
        # stderr stays empty: scripts and tests read it, and init says it made the store: cli38;
        # but not for a folder typed with --store, which a script named too: an empty one, an
        # unmounted share's mount point, got the bundled report, and `set` wrote into it, unsaid)
        from lkj_tui.cli.output import error_line

        shown = named_path(os.path.abspath(root), lang)
        error_line(t["seeded"].format(root=shown, opts=store_option(path, lang)))
    return store


def refuse_missing(root: Path, source: str | None, lang: str = "id") -> None:
    """Refuse the store folder ``root`` typed with ``--store`` (``source``, as
    :func:`store_location` says) where it does not exist: a mistyped path, never silently made
    into a new store (exit 2, a typed path that names nothing: :func:`exit_code`). Said before
    anything else a command refuses (``export -o EXISTING`` asked for ``--force`` first, then
    said the store was missing: cli46)."""
    if source == "--store" and not root.exists():
        t = _TEXT["en" if lang == "en" else "id"]
        where, store = from_where(root, source, lang), store_option(root, lang)
        above = file_above(root)
        if above is not None:  # (under a file: the init it offered cannot make it, cli69)
            said = t["in_a_file"].format(
                root=typed_path(root), file=typed_path(above), source=where
            )
            fail(said, 2)
        unshown = ""
        if not shown_as_typed(str(root)) and where == source:  # (a placeholder: say why)
            unshown = f"; {UNSHOWN[lang]}"
        # (its own report imported makes the store too: a planner with a workbook was offered
        # only the bundled one, walk57)
        root_said = typed_path(root)
        fail(t["missing"].format(root=root_said, source=where, store=store, unshown=unshown), 2)


def file_above(root: Path) -> Path | None:
    """The nearest folder above ``root`` that exists when it is a file (no store can be made
    under it), else None."""
    above = next((p for p in root.parents if os.path.lexists(p)), None)
    return above if above is not None and above.is_file() else None


def from_where(root: Path, source: str, lang: str) -> str:
    """What a message about the store folder ``root`` says in brackets after it: where it was
    named (``source``), then, where the message shows it cleaned, that it holds characters that
    cannot be shown (:func:`named_path`): "(dari --store; memuat karakter …)"."""
    return f"{source}; {UNSHOWN_PATH[lang]}" if cleaned(typed_path(root)) else source


#: Files Windows and macOS put in any folder, which make it no less empty.
_SYSTEM_FILES = frozenset({"desktop.ini", "thumbs.db"})


def _first_report(
    root: Path, t: Mapping[str, str] | None, example: str, source: str = "--store"
) -> Report | None:
    """The bundled report, to seed the store folder ``root`` that holds no report (as
    :func:`open_store`'s ``example`` says), or None; also what restores a broken bundled report
    (its file is there then). ``t``: the words of a folder the user named (``source``:
    ``--store`` or ``$LKJ_TUI_STORE``), refused when it holds other files: a user's folder of
    workbooks or documents taken for a store got the bundled report and its lock file beside
    them, unsaid, and ``status`` showed that report as if it were theirs. A workbook there is
    named with the command that imports it."""
    from lkj_tui.bundled import load_bundled_report

    others = _others(root)
    if not any(name.endswith(".json") for name in others):  # (no report: the folder is empty)
        # (a store its user emptied is one, whatever else is in it: a minutes' export, cli70)
        if t is not None and others and not emptied(root):
            shown = ", ".join(clean_line(name, 60) for name in others[:3])
            more = f", … ({len(others)})" if len(others) > 3 else ""
            where = from_where(root, source, t["lang"])
            option = "--store" if source == "--store" else t["option_env"].format(env=ENV_VAR)
            said = t["not_a_store"].format(
                root=typed_path(root), source=where, files=shown + more, option=option
            )
            books = [n for n in others if n.lower().endswith((".xlsx", ".xlsm", ".csv"))]
            if books and shown_as_typed(str(root / books[0])):  # (else another file's)
                said += t["import_it"].format(file=typed_path(root / books[0]))
            fail(said)
        if example == "never" or (example == "new" and emptied(root)):
            return None
    return load_bundled_report()


def _holds_none(root: Path) -> bool:
    """Whether the store folder ``root`` is there and holds no report file."""
    from lkj_tui.storage.reader import report_names

    try:
        return not report_names(os.listdir(root))
    except OSError:
        return False


def emptied(root: Path, shared: bool = True) -> bool:
    """Whether the store folder ``root``, which holds no report, held reports before: a report's
    lock file, the change journal or kept versions are left when its reports are deleted. The
    next command brought the bundled report back, saying a new store was made; an emptied store
    stays empty (its commands say how to import a report or get the example back). A shared one
    (``.git``: a clone of a store with none) counts too, unless not ``shared``."""
    from lkj_tui.storage.journal import JOURNAL_DIR
    from lkj_tui.storage.paths import GENERATIONS_DIR

    try:
        names = os.listdir(root)
    except OSError:
        return False
    kept = {JOURNAL_DIR, GENERATIONS_DIR, *([".git"] if shared else [])}
    return any(name.endswith(".json.lock") or name in kept for name in names)


def _others(root: Path) -> list[str]:
    """The files and folders in the store folder ``root`` that holds no report which a store
    does not have (a store's own are hidden, or a lock file left by a report deleted), sorted."""
    try:
        names = os.listdir(root)
    except OSError:
        return []
    return sorted(
        name
        for name in names
        if not name.startswith(".")
        and not name.endswith(".json.lock")
        and name.casefold() not in _SYSTEM_FILES
    )


#: What a report with nothing in it yet (made by ``new``) is answered with by ``status``,
#: ``check`` and ``export``: they said "0 IKU · 0 di bawah target … Tidak ada yang di bawah
#: target.", as if it were a report with every indicator on target.
_EMPTY = {
    "id": (
        "Laporan ini belum berisi indikator. Isi lewat TUI (tombol a menambah sasaran, IKU, "
        "program …):",
        "atau impor dari Excel:",
        "Templat Excel-nya:",
        "BERKAS",
        "templat",
    ),
    "en": (
        "This report has no indicators yet. Fill it in the TUI (key a adds a sasaran, an IKU, a "
        "program …):",
        "or import it from Excel:",
        "The Excel template:",
        "FILE",
        "template",
    ),
}


def empty_report(report_id: str, opts: str, lang: str) -> list[tuple[str, bool]]:
    """The lines that say a report has nothing in it yet and how to fill it, each with whether
    it is a command (printed on a line of its own, as ``new`` prints them): the TUI's, the
    import's, the template's; ``opts``: the ``--store``/``--lang`` of the commands on the
    store (:func:`store_option`)."""
    lang = "en" if lang == "en" else "id"
    tui, excel, template, file, name = _EMPTY[lang]
    report = clean_line(report_id, 100)
    return [
        (tui, False),
        (f"lkj-tui --report {report}{opts}", True),
        (excel, False),
        (f"lkj-tui import {file}.xlsx --report {report} --overwrite{opts}", True),
        (template, False),
        (f"lkj-tui template -o {name}.xlsx{store_option(None, lang)}", True),
    ]


def say_empty(report_id: str, store_path: str | Path | None, lang: str, err: bool = False) -> None:
    """:func:`empty_report`'s lines on stdout (on stderr with ``err``: a note beside an export),
    each broken at words on a terminal, a command folded at its options (`check` and `export`
    broke them at words at 40 columns, "lkj-tui --report x-2025 --store" / "/tmp/lkj": pasted,
    the second line ran on its own; `status` folded them: cli48)."""
    from lkj_tui.cli.output import command_lines, say

    stream = sys.stderr if err else sys.stdout
    for line, command in empty_report(report_id, store_option(store_path, lang), lang):
        if not command:
            say(line, 0, err=err, piped=True)
        elif stream is not None:
            stream.write("\n".join(command_lines(line, 2, stream)) + "\n")


def check_year(tahun: int | None, held: Iterable[int], lang: str) -> None:
    """``--tahun`` of ``status --all``, ``check --all`` and ``export --all``: fail (exit 2, a
    typed name the store does not hold: :func:`exit_code`) when no report of the store is of
    that year, naming the years it holds."""
    years = sorted(set(held))
    if tahun is not None and tahun not in years:
        t = _TEXT["en" if lang == "en" else "id"]
        fail(t["no_year"].format(year=tahun, years=", ".join(map(str, years)) or "—"), 2)


_Row = TypeVar("_Row")


def by_year(rows: Sequence[_Row], year: Callable[[_Row], int]) -> list[tuple[int, list[_Row]]]:
    """``rows`` (in their order: worst first) in groups of one year each, the newest year first
    (``status --all`` and ``check --all`` of a store of several years: a planner reads a year's
    offices together, not 2021's and 2025's mixed)."""
    groups: dict[int, list[_Row]] = {}
    for row in rows:
        groups.setdefault(year(row), []).append(row)
    return sorted(groups.items(), key=lambda group: -group[0])


def year_only_with_all(
    tahun: int | None, all_reports: bool, lang: str, pemerintah: str | None = None
) -> None:
    """``--tahun`` or ``--pemerintah`` without ``--all`` is refused (exit 2), never ignored."""
    for option, given in (("--tahun", tahun), ("--pemerintah", pemerintah)):
        if given is not None and not all_reports:
            fail(_TEXT["en" if lang == "en" else "id"]["only_all"].format(option=option), 2)


class Region:
    """``--pemerintah TEXT`` of ``status --all``, ``check --all`` and ``export --all``: the
    reports whose pemerintah contains the text, case and punctuation ignored (``norm_name``).
    It remembers the pemerintah of the reports it leaves out, to name them when it keeps none.
    False (keeps every report) when no text was given; an empty text is refused (exit 2)."""

    def __init__(self, text: str | None, lang: str) -> None:
        self.text, self.lang = text or "", "en" if lang == "en" else "id"
        self.wanted = ""
        self.elsewhere: set[str] = set()
        if text is not None:
            self.wanted = _region_norm(text)
            if not self.wanted:  # ("" or punctuation only: it kept every report, unsaid)
                fail(_TEXT[self.lang]["empty_region"], 2)

    def __bool__(self) -> bool:
        return bool(self.wanted)

    def holds(self, pemerintah: str) -> bool:
        """Whether a report of this ``pemerintah`` is kept."""
        if not self.wanted:
            return True
        if self.wanted in _region_norm(pemerintah):
            return True
        self.elsewhere.add(clean_line(pemerintah, 80) or "—")
        return False

    def said(self) -> str:
        """The title's words for it ('; pemerintah yang memuat "Kaur"'), "" without a text."""
        return _TEXT[self.lang]["region"].format(region=clean_line(self.text, 80)) if self else ""

    def listed(self, infos: Sequence[ReportInfo]) -> tuple[str, list[str]]:
        """A listing's title words for the reports ``--pemerintah`` kept (``status --all``,
        ``check --all``), and each report's instansi as its row says it. When the reports name
        one government, it ("; Pemerintah Kabupaten Kaur"), each row's instansi then said
        without it (``core.years.office_name``: "Dinas Sosial", not "Dinas Sosial Kabupaten
        Kaur" on every row, as ``export --all`` and the overview); so too without
        ``--pemerintah`` where two reports or more are listed, all of one government (a
        kabupaten's store: "Kabupaten Bengkulu Selatan" on each of its 200 rows, and in no
        title, years37), a report without a pemerintah counted as of the government its
        instansi names (two years of "Dinas … Kabupaten Bengkulu Selatan", years39); else
        :meth:`said`, and where offices of different governments share a name (a province's
        "Kecamatan Kedurang" of each of ten, told apart by the id only), each such name with
        its government after it, as the other offices say theirs: "Kecamatan Kedurang
        Kabupaten Seluma" (years39)."""
        from lkj_tui.core.years import government, named_government, norm_name, office_name

        if not self and len(infos) < 2:
            return "", [i.instansi for i in infos]
        regions = [
            i.pemerintah if i.pemerintah.strip() else named_government(i.instansi) for i in infos
        ]
        names = {norm_name(government(p)) for p in set(regions)}
        if len(names) == 1 and "" not in names:
            one = regions[0]
            return f"; {clean_line(one, 80)}", [office_name(i.instansi, one) for i in infos]
        offices: dict[str, set[str]] = {}  # a name → the governments of its offices
        for info in infos:
            offices.setdefault(info.instansi, set()).add(government(info.pemerintah))
        rows = [
            f"{i.instansi} {government(i.pemerintah)}"
            if len(offices[i.instansi]) > 1 and government(i.pemerintah)
            else i.instansi
            for i in infos
        ]
        return self.said(), rows

    def titled(self, governments: Iterable[str]) -> str:
        """The roll-up's title words for the region (``export --all``): the government of the
        reports kept when they are of one ("Pemerintah Kabupaten Kaur"), up to
        :data:`_TITLE_GOVERNMENTS` of them grouped (:func:`governments_said`), else how many
        and the text typed ('9 pemerintah yang memuat "kabupaten"'); "" without a text."""
        if not self:
            return ""
        names = sorted({clean_line(name, 80) for name in governments} - {""})
        region = clean_line(self.text, 80)
        if len(names) <= 1:
            return names[0] if names else region
        if len(names) <= _TITLE_GOVERNMENTS:
            return governments_said(names)
        return _TEXT[self.lang]["governments"].format(n=len(names), region=region)

    def none_held(self, year: int | None) -> NoReturn:
        """Fail (exit 2, as :func:`check_year`): no report (of ``year``) is of the region; names the pemerintah of the
        reports it left out (ten, then "…"), grouped (:func:`governments_said`)."""
        names = sorted(self.elsewhere)
        found = governments_said(names[:10]) + ("; …" if len(names) > 10 else "")
        key = "no_region_years" if year is None else "no_region"
        region = clean_line(self.text, 80)
        from lkj_tui.core.years import norm_name

        name = closest(norm_name(region), _region_names(self.elsewhere))
        near = _TEXT[self.lang]["near"].format(name=name) if name else ""
        said = _TEXT[self.lang][key].format(region=region, near=near, year=year, found=found or "—")
        fail(said, 2)


#: The words before a regional government's own name ("Pemerintah Kabupaten Kaur"), and how
#: they are shortened ("Kab. Kaur").
_GOVERNMENT_WORDS = {
    "pemerintah": "pemerintah",
    "kabupaten": "kab",
    "kota": "kota",
    "provinsi": "prov",
}
#: The words of a government's kind ("Kabupaten", "Kab."), as ``norm_name`` writes them.
_KINDS = {*_GOVERNMENT_WORDS, *_GOVERNMENT_WORDS.values()} - {"pemerintah"}


#: The short forms of a government's words, as a planner types them ("Kab. Kaur", "Pemkab
#: Kaur", "Prov. Bengkulu"): each matched as the word it stands for.
_LONG_FORMS = {
    "kab": "kabupaten",
    "prov": "provinsi",
    "pemkab": "pemerintah kabupaten",
    "pemkot": "pemerintah kota",
    "pemprov": "pemerintah provinsi",
}


def _region_norm(text: str) -> str:
    """``text`` as ``--pemerintah`` matches it: ``norm_name``'s, each short form of a
    government's word written out ("kab kaur": "kabupaten kaur"). Linear."""
    from lkj_tui.core.years import norm_name

    return " ".join(_LONG_FORMS.get(word, word) for word in norm_name(text).split())


#: A roll-up of the reports of up to this many governments is titled with their names.
_TITLE_GOVERNMENTS = 5


def governments_said(pemerintah: Sequence[str]) -> str:
    """``pemerintah`` (cleaned, in their order) named once each without the words every one of
    them repeats: "Pemerintah" dropped and the names of one kind after its word, "Kabupaten
    Bengkulu Selatan, Kaur, Seluma; Provinsi Bengkulu" (the list read "Pemerintah Kabupaten"
    on every item). A name that does not start with a kind's word is said whole. Linear."""
    from lkj_tui.core.years import government, norm_name

    groups: dict[str, list[str]] = {}
    for name in pemerintah:
        words = government(name).split()
        kind = words[0] if len(words) > 1 and norm_name(words[0]) in _KINDS else ""
        groups.setdefault(kind, []).append(" ".join(words[1:] if kind else words))
    return "; ".join(
        f"{kind} {', '.join(names)}" if kind else "; ".join(names) for kind, names in groups.items()
    )


def _region_names(pemerintah: Iterable[str]) -> dict[str, str]:
    """Each way of writing each ``pemerintah`` ("Pemerintah Kabupaten Kaur", "Kabupaten Kaur",
    "Kab Kaur", "Kaur"; as :func:`~lkj_tui.core.years.norm_name` writes them) with the shortest
    of them that ``--pemerintah`` keeps that one government's reports by, alone: "Kaur";
    "Kabupaten Lebong", as "Lebong" keeps Rejang Lebong's too; "Provinsi Bengkulu". A mistyped
    text is answered with it (:meth:`Region.none_held`)."""
    from lkj_tui.core.years import norm_name

    full = {norm_name(name): clean_line(name) for name in pemerintah if norm_name(name)}
    names: dict[str, str] = {}
    for normed, name in full.items():
        words, shown = normed.split(), name.split()
        starts = [0] + [i for i in range(1, len(words)) if words[i - 1] in _GOVERNMENT_WORDS]
        alone = [
            " ".join(shown[i:]) if len(shown) == len(words) else name
            for i in reversed(starts)
            if sum(" ".join(words[i:]) in other for other in full) == 1
        ]
        for i in starts:
            short = _GOVERNMENT_WORDS.get(words[i])
            for way in (words[i:], [short, *words[i + 1 :]] if short else []):
                names.setdefault(" ".join(way), alone[0] if alone else name)
    return names


_Listed = TypeVar("_Listed", bound=tuple[Any, ...])


def pick_reports(
    rows: list[_Listed], tahun: int | None, region: Region, lang: str
) -> list[_Listed]:
    """The rows of ``status --all`` and ``check --all`` (a listing's: each a ``ReportInfo``
    first, its pemerintah said) that ``--tahun`` and ``--pemerintah`` keep: a year
    the store does not hold, or a region none of its reports (of that year) belongs to, fails
    naming what the store holds."""
    if tahun is not None:  # one year's reports (--tahun)
        check_year(tahun, (row[0].tahun for row in rows), lang)
        rows = [row for row in rows if row[0].tahun == tahun]
    if region:
        rows = [row for row in rows if region.holds(row[0].pemerintah)]
        if not rows:
            region.none_held(tahun)
    return rows
