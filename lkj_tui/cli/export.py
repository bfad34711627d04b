"""``lkj-tui export``: the Markdown summary of problems and solutions (docs/export.md).

Stdout by default (UTF-8 whatever the locale). ``-o FILE`` writes the file atomically and refuses
an existing file unless ``--force``: the refusal is atomic too (the new file is linked into place,
which fails if the name exists), so two exports never overwrite each other silently. The file is
synced before it is put in place, its folder is not: after a power cut an export is complete, or
missing (made again in a moment), never cut short; a folder sync cost ≈ 5 ms per file, more than
the export's floor per report (docs/performance.md). Never imports textual.
"""

from __future__ import annotations

import datetime
import errno
import os
import re
import stat
import time
from collections.abc import Iterable, Iterator
from contextlib import suppress
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from lkj_tui.cli.common import (
    fail,
    fail_store,
    meant,
    open_store,
    refuse_missing,
    store_location,
    store_option,
    typed_again,
    warn_skipped,
)
from lkj_tui.cli.output import batched, say, write_bytes, write_utf8
from lkj_tui.core.evaluate import Evaluation
from lkj_tui.core.gcpause import gc_paused
from lkj_tui.core.model import Report
from lkj_tui.core.sanitize import clean_line
from lkj_tui.export.markdown import SCOPES, markdown_pieces
from lkj_tui.storage.atomic import atomic_write_bytes
from lkj_tui.storage.errors import (
    StoreError,
    named_path,
    not_written,
    shown_as_typed,
    typed_path,
)

if TYPE_CHECKING:
    from lkj_tui.core.changes import Entry
from lkj_tui.storage.reader import Loaded, StoreReader

#: ``--scope`` in Bahasa Indonesia, the TUI's export dialog's words (the English ones are taken too).
SCOPE_WORDS = dict(zip(("bawaan", "di-bawah-target", "semua"), SCOPES, strict=True))

_TEXT = {
    "id": {
        "lang": "id",
        "exists": "berkas {path} sudah ada; tidak ditimpa. Untuk menimpanya: {command}",
        "not_file": "{path} bukan berkas biasa; tidak ditulis",
        "a_link": "-o {path} adalah tautan simbolik (symlink) ke {target}{gone}; tidak ada "
        "yang ditulis lewat tautan, dan tautannya tidak diganti (juga dengan --force). {fix}",
        "link_gone": " (yang tidak ada)",
        "link_to": "Tulis ke berkasnya langsung: -o {target}, atau beri nama berkas lain",
        "link_other": "Beri nama berkas lain",
        "is_dir": "{path} adalah folder; tidak ditulis (beri nama berkas, mis. {example})",
        "folder_named": "-o {typed}: nama folder (berakhiran /), bukan berkas; tidak ditulis "
        "(beri nama berkas di dalamnya, mis. -o {example})",
        "scope": "cakupan tidak dikenal: {scope}{meant} (pilih: {choices})",
        "need_o": "format xlsx perlu -o BERKAS.xlsx",
        "reviu_md": "--reviu dan --compare menulis Markdown, --all Markdown atau xlsx; tanpa --format lain",
        "too_long": "{what} terlalu panjang untuk satu sel Excel ({n} karakter, paling banyak "
        "{limit}): tidak ada berkas yang ditulis. Ekspor laporan utuh dengan --format json, atau "
        "pendekkan teks itu",
        "long_at": "teks di {place}",
        "long_node": "kolom {field} untuk {node} (sel {place})",
        "long_key": "kunci {field} di lembar Laporan (sel {place})",
        "not_with": "opsi {option} tidak berlaku dengan {other}",
        "only_all": "opsi {option} hanya berlaku dengan --all",
        "suffix": "-o {path}: akhiran {suffix} tidak cocok dengan yang ditulis ({what}); pakai "
        "--format {want}, atau nama berkas berakhiran .{fmt}",
        "suffix_md": "-o {path}: akhiran {suffix} tidak cocok dengan yang ditulis ({what}); "
        "pakai nama berkas berakhiran .{fmt}",
        "suffix_xls": "-o {path}: akhiran {suffix} (Excel lama) tidak cocok dengan yang ditulis "
        "({what}); pakai nama berkas berakhiran .{fmt}",
        "or_xlsx": ", atau --format xlsx dan nama berkas berakhiran .xlsx",
        "suffix_doc": "-o {path}: akhiran {suffix} (dokumen Word atau PDF, yang tidak ditulis "
        "lkj-tui) tidak cocok dengan yang ditulis ({what}); pakai nama berkas berakhiran .{fmt}",
        "workbook": "-o {path}: Excel membuka buku kerja hanya bila namanya berakhiran .xlsx; "
        "pakai -o {fixed}",
        "xlsm": "-o {path}: Excel membuka berkas .xlsm hanya bila berisi makro, dan buku kerja "
        "ini tanpa makro; pakai -o {fixed}",
        "suffix_xlsm": "-o {path}: akhiran {suffix} (buku kerja bermakro) tidak cocok dengan "
        "yang ditulis ({what}); pakai nama berkas berakhiran .{fmt}",
        # (-o written: _say_written)
        "written": "Ditulis ke {path} ({kind}): {what}.",
        "csv_leaves": "CSV tidak membawa isian laporan ini di luar simpulnya: {keys}; tiap baris "
        "hanya membawa id, instansi dan tahunnya. Laporan utuh: --format xlsx atau json.",
        "exported": "laporan {id}",
        "rollup": "rekap",
        "csv": "CSV",
        "json": "JSON",
        "reviu": "reviu, Markdown",
    },
    "en": {
        "lang": "en",
        "exists": "{path} already exists; not overwritten. To overwrite it: {command}",
        "not_file": "{path} is not a regular file; nothing written",
        "a_link": "-o {path} is a symbolic link to {target}{gone}; nothing is written through "
        "a link, nor is the link replaced (--force neither). {fix}",
        "link_gone": " (which does not exist)",
        "link_to": "Write to its file directly: -o {target}, or name another file",
        "link_other": "Name another file",
        "is_dir": "{path} is a folder; nothing written (name a file, e.g. {example})",
        "folder_named": "-o {typed}: a folder's name (ending in /), not a file's; nothing "
        "written (name a file in it, e.g. -o {example})",
        "scope": "unknown scope: {scope}{meant} (choose: {choices})",
        "need_o": "the xlsx format needs -o FILE.xlsx",
        "reviu_md": "--reviu and --compare write Markdown, --all Markdown or xlsx; no other --format",
        "too_long": "{what} is too long for one Excel cell ({n} characters, at most {limit}): "
        "no file was written. Export the whole report with --format json, or shorten that text",
        "long_at": "the text at {place}",
        "long_node": "the {field} column of {node} (cell {place})",
        "long_key": "the Laporan sheet's {field} (cell {place})",
        "not_with": "the option {option} does not apply with {other}",
        "only_all": "the option {option} applies only with --all",
        "suffix": "-o {path}: the suffix {suffix} does not match what is written ({what}); use "
        "--format {want}, or a file name ending in .{fmt}",
        "suffix_md": "-o {path}: the suffix {suffix} does not match what is written ({what}); "
        "use a file name ending in .{fmt}",
        "suffix_xls": "-o {path}: the suffix {suffix} (old Excel) does not match what is written "
        "({what}); use a file name ending in .{fmt}",
        "or_xlsx": ", or --format xlsx and a file name ending in .xlsx",
        "suffix_doc": "-o {path}: the suffix {suffix} (a Word or PDF document, which lkj-tui "
        "does not write) does not match what is written ({what}); use a file name ending in "
        ".{fmt}",
        "workbook": "-o {path}: Excel opens a workbook only when its name ends in .xlsx; "
        "use -o {fixed}",
        "xlsm": "-o {path}: Excel opens a .xlsm file only when it holds macros, and this "
        "workbook has none; use -o {fixed}",
        "suffix_xlsm": "-o {path}: the suffix {suffix} (a workbook with macros) does not match "
        "what is written ({what}); use a file name ending in .{fmt}",
        "written": "Written to {path} ({kind}): {what}.",
        "csv_leaves": "A CSV does not carry this report's fields outside its nodes: {keys}; each "
        "row carries only the report's id, instansi and tahun. The whole report: --format xlsx "
        "or json.",
        "exported": "report {id}",
        "rollup": "the roll-up",
        "csv": "CSV",
        "json": "JSON",
        "reviu": "reviu, Markdown",
    },
}


class _Exists(Exception):
    pass


#: What an export writes: its bytes, or its pieces made as they are written (a report's JSON).
Written = bytes | Iterator[bytes]


#: The temp file an ``-o`` export writes first sits beside it, visible (``notulen.md.<hex>.lkj-tui-tmp``),
#: so a killed export never leaves a hidden file; the next export to the same name removes it.
_TEMP_SUFFIX = ".lkj-tui-tmp"
_TEMP_NAME = re.compile(r"[0-9a-f]{12}" + re.escape(_TEMP_SUFFIX))  # after "<name>."
_STALE_SECONDS = 60


def _temp_for(path: Path) -> Path:
    return path.with_name(f"{path.name}.{os.urandom(6).hex()}{_TEMP_SUFFIX}")


def _remove_stale_temps(path: Path) -> None:
    """Remove the temp files a killed export to ``path`` left (older than a minute: an export
    running now in another process keeps its own)."""
    prefix = path.name + "."
    with suppress(OSError):
        # (names, not DirEntry objects: the folder of an export loop holds every export so far)
        temps = [
            n
            for n in os.listdir(path.parent)
            if n.startswith(prefix) and _TEMP_NAME.fullmatch(n, len(prefix))
        ]
        old = time.time() - _STALE_SECONDS
        for name in temps:
            temp = path.parent / name
            with suppress(OSError):
                info = os.lstat(temp)
                if stat.S_ISREG(info.st_mode) and info.st_mtime < old:
                    os.unlink(temp)


def _write_temp(tmp: Path, data: Written) -> None:
    """Write ``data`` to the new file ``tmp`` (never an existing name) and flush it to disk."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)
    fd = os.open(tmp, flags, 0o666)  # an export is the user's file: the umask decides
    try:
        for piece in (data,) if isinstance(data, bytes) else data:
            view = memoryview(piece)
            while view:
                view = view[os.write(fd, view) :]
        os.fsync(fd)
    except BaseException:
        os.close(fd)
        with suppress(OSError):
            os.unlink(tmp)
        raise
    os.close(fd)


def _write_new(path: Path, data: Written) -> None:
    """Write ``data`` to ``path`` atomically, failing with :class:`_Exists` if ``path`` exists."""
    if os.path.lexists(path):
        raise _Exists
    tmp = _temp_for(path)
    _write_temp(tmp, data)
    try:
        os.link(tmp, path)  # atomic, and never replaces an existing name
    except FileExistsError:
        raise _Exists from None
    except OSError as exc:
        if exc.errno not in (
            errno.EPERM,
            errno.ENOTSUP,
            errno.EOPNOTSUPP,
            errno.EXDEV,
            errno.EMLINK,
        ):
            raise
        # A filesystem without hard links: the existence check above is the best we have.
        if os.path.lexists(path):
            raise _Exists from None
        os.replace(tmp, path)
    finally:
        with suppress(OSError):
            os.unlink(tmp)


#: The format a file name's suffix promises (Excel and Windows open a file by its suffix).
_SUFFIX_FORMAT = {
    ".md": "md",
    ".markdown": "md",
    ".xlsx": "xlsx",
    ".xlsm": "xlsm",  # a workbook with macros: none is written (Excel refuses one without)
    ".csv": "csv",
    ".json": "json",
    ".xls": "xls",  # old Excel: no format writes it (Excel warns its format and suffix differ)
    # a document no format writes: Markdown under its name, Word or a PDF reader says it is
    # damaged (`-o notulen.docx`, a Windows habit)
    **dict.fromkeys((".docx", ".doc", ".odt", ".rtf", ".pdf"), "doc"),
}


def _refuse_unopenable(output: Path | None, t: dict[str, str]) -> None:
    """A usage error for a workbook under a name Excel does not open it by (``-o rekap.txt``,
    ``-o rekap``: Windows hands it to another program, and Excel opened by hand refuses it),
    naming the name to type: the suffix replaced by ``.xlsx`` (``rekap.xlsx``), or ``.xlsx``
    added where there is none or it is part of the name (``LKj.2024`` → ``LKj.2024.xlsx``)."""
    if output is None or output.suffix.lower() == ".xlsx" or output.is_dir():
        return  # (a folder is said to be one: write_output)
    suffix = output.suffix[1:]
    fixed = typed_path(output.with_suffix(".xlsx") if suffix.isalpha() else f"{output}.xlsx")
    # (.xlsm: Excel says "the file format or file extension is not valid" for a workbook
    # without macros under that name)
    message = t["xlsm" if suffix.lower() == "xlsm" else "workbook"]
    fail(message.format(path=named_path(output, t["lang"]), fixed=fixed), 2)


def run_export(
    store_path: Path | None,
    report_id: str | None,
    output: Path | None,
    force: bool,
    scope: str,
    lang: str,
    *,
    today: datetime.date | None = None,
    fmt: str = "md",
    reviu: bool = False,
    compare_with: str | None = None,
    all_reports: bool = False,
    tahun: int | None = None,
    pemerintah: str | None = None,
    changes: bool = False,
) -> int:
    t = _TEXT["en" if lang == "en" else "id"]
    if (reviu or compare_with or (all_reports and fmt != "xlsx")) and fmt != "md":
        fail(t["reviu_md"], 2)
    # an option the document made would not use is refused, never ignored
    given = {"--report": report_id, "--reviu": reviu, "--compare": compare_with}
    given |= {"--changes": changes, "--tahun": tahun, "--pemerintah": pemerintah}
    chosen = {"--all": all_reports, "--reviu": reviu, f"--format {fmt}": fmt != "md"}
    ignored = [(o, "--all") for o in ("--report", "--reviu", "--compare", "--changes")]
    ignored += [
        ("--compare", "--reviu"),
        ("--changes", "--reviu"),
        ("--changes", f"--format {fmt}"),
    ]
    for option, other in ignored:
        if given[option] and chosen[other]:
            fail(t["not_with"].format(option=option, other=other), 2)
    for option in ("--tahun", "--pemerintah"):
        if given[option] is not None and not all_reports:
            fail(t["only_all"].format(option=option), 2)
    if output is not None and str(output) == "-":  # stdout, as "-" is for every command that
        if fmt == "xlsx":  # takes a file (it wrote a file named "-" without a word)
            fail(t["need_o"], 2)
        output = None
    suffix = "" if output is None else output.suffix.lower()
    want = _SUFFIX_FORMAT.get(suffix, fmt)
    if want != fmt and not (want == "xlsm" and fmt == "xlsx"):  # Markdown in a .xlsx: Excel
        # cannot open it (a workbook in a .xlsm: the name to type, _refuse_unopenable)
        what = {"md": "Markdown", "xlsx": "Excel", "csv": "CSV", "json": "JSON"}[fmt]
        only_md = reviu or compare_with or changes or (all_reports and want not in ("md", "xlsx"))
        message = t["suffix_md" if only_md else "suffix"]
        if want in ("xls", "xlsm", "doc"):
            message = t[f"suffix_{want}"] + ("" if only_md or fmt == "xlsx" else t["or_xlsx"])
        fail(
            message.format(
                path=named_path(output, lang), suffix=suffix, what=what, want=want, fmt=fmt
            ),
            2,
        )
    if fmt == "xlsx":
        _refuse_unopenable(output, t)
    if all_reports:
        from lkj_tui.cli.compare import rollup_bytes

        if fmt == "xlsx" and output is None:
            fail(t["need_o"], 2)
        refuse_missing(*store_location(store_path), lang)  # (the real problem: said first)
        refuse_existing(output, force, t, fmt, lang)
        store = open_store(store_path, lang=lang)
        data = rollup_bytes(store, lang, today, tahun, pemerintah, fmt, store_path)
        if output is None:  # (xlsx was refused above: md here)
            write_utf8(data.decode("utf-8"))  # Markdown: UTF-8 whatever the locale, cleaned
        else:
            write_output(output, data, force, lang)
            _say_written(output, t["rollup"], fmt, t)
        return 0
    scope = SCOPE_WORDS.get(scope.strip().casefold(), scope.strip().casefold())
    if scope not in SCOPES:
        choices = ", ".join(SCOPES if lang == "en" else SCOPE_WORDS)
        close = meant(scope, SCOPE_WORDS, lang)
        fail(t["scope"].format(scope=clean_line(scope, 40), meant=close, choices=choices), 2)
    if fmt == "xlsx" and output is None:
        fail(t["need_o"], 2)
    refuse_missing(*store_location(store_path), lang)  # (the real problem: said first)
    refuse_existing(output, force, t, fmt, lang)  # before any work, and before touching the store
    store = open_store(store_path, lang=lang)
    # The cyclic GC is off while the report is read, evaluated and rendered: nothing of it is in a
    # cycle and all of it is freed (reference counting) once written, so the GC never walks it
    # (it walked each report at the end of the load's pause and of the evaluation's). A Markdown
    # document is made as it is written, in the pause; a JSON document after it: json's encoder
    # leaves a cycle per call.
    with gc_paused():  # (what _document made is freed as it returns: in the pause)
        rid, data, leaves = _document(
            store,
            report_id,
            scope,
            lang,
            today,
            fmt,
            reviu,
            compare_with,
            changes,
            store_path,
            output,
            force,
        )
    if data is not None:
        if output is None:
            write_bytes(data)  # a data format for programs: its bytes as they are
        else:
            write_output(output, data, force, lang)
    if output is not None:
        _say_written(output, t["exported"].format(id=rid), "reviu" if reviu else fmt, t)
    if leaves:  # (beside the CSV on stdout: on stderr)
        from lkj_tui.importing.kept import named_keys

        say(t["csv_leaves"].format(keys=named_keys(leaves, lang, 16)), err=output is None)
    return 0


def _say_written(output: Path, what: str, fmt: str, t: dict[str, str]) -> None:
    """One line on stdout once ``-o`` is written: which file (as typed, quoted when it holds a
    space: never broken), in which format, holding what (the report: the latest without
    ``-r``). It said nothing, and a user could not tell it had worked; to stdout (``-o -``)
    the document alone, as before."""
    kind = t.get(fmt, "Markdown") if fmt != "xlsx" else "Excel"
    path = clean_line(named_path(output, t["lang"]))
    say(t["written"].format(what=what, kind=kind, path=path), 2)


def _document(
    store: StoreReader,
    report_id: str | None,
    scope: str,
    lang: str,
    today: datetime.date | None,
    fmt: str,
    reviu: bool,
    compare_with: str | None,
    changes: bool,
    store_path: Path | None,
    output: Path | None,
    force: bool,
) -> tuple[str, Written | None, list[str]]:
    """The report's id, having written its Markdown (or its reviu's) as it is made; or its data
    for programs, to be written by the caller, and for a CSV the report's fields it does not
    carry (:func:`~lkj_tui.export.spreadsheet.csv_leaves_out`)."""
    t = _TEXT["en" if lang == "en" else "id"]
    loaded = _loaded(store, report_id, lang, store_path)
    rid = loaded.report.meta.id
    if reviu or fmt == "md":
        text = _text(store, loaded, scope, lang, today, reviu, compare_with, changes, store_path)
        if output is None:
            write_utf8(text)  # UTF-8 whatever the locale, cleaned
        else:
            write_output(output, (p.encode("utf-8") for p in batched(text)), force, lang)
        return rid, None, []
    if fmt == "csv":
        from lkj_tui.export.spreadsheet import csv_leaves_out

        return rid, _data(loaded.report, fmt, t, lang), csv_leaves_out(loaded.report)
    return rid, _data(loaded.report, fmt, t, lang), []


def _loaded(
    store: StoreReader, report_id: str | None, lang: str, store_path: Path | None
) -> Report:
    """The report to export (the latest without ``-r``); a report made by ``new``, still empty,
    is said to be so on stderr, with how to fill it, beside its document."""
    try:
        loaded = store.load(report_id or store.latest_report_id())
    except StoreError as exc:
        fail_store(exc, store_path, lang)
    warn_skipped(store, lang, store_path)
    if not loaded.report.roots():
        from lkj_tui.cli.common import say_empty

        say_empty(loaded.report.meta.id, store_path, lang, err=True)
    return loaded


def _text(
    store: StoreReader,
    loaded: Loaded,
    scope: str,
    lang: str,
    today: datetime.date | None,
    reviu: bool,
    compare_with: str | None,
    changes: bool,
    store_path: Path | None,
) -> Iterator[str]:
    """The Markdown document of a report (its reviu's, with ``reviu``), in pieces made as they
    are written: the 100,000-measure report's reviu, 70 MB, was held whole and its bytes beside
    it. What can be refused (another report to compare with, not there) is, before any piece."""
    if reviu:
        from lkj_tui.core.reviu import run_checks
        from lkj_tui.export.reviu import reviu_pieces

        evaluation = Evaluation(loaded.report)
        return reviu_pieces(evaluation, run_checks(evaluation), lang=lang, today=today)
    versions, options = None, ""
    if loaded.conflicts:
        from lkj_tui.cli.status import known_versions

        versions = known_versions(store.root, loaded.conflicts)
        options = store_option(store_path, lang)
    text = markdown_pieces(
        Evaluation(loaded.report),
        scope=scope,
        lang=lang,
        today=today,
        conflicts=loaded.conflicts,
        versions=versions,
        options=options,
    )
    if compare_with is not None:
        from lkj_tui.cli.compare import comparison_pieces

        compared = comparison_pieces(store, loaded.report, compare_with, lang, store_path)
        text = chain(text, ("\n",), compared)
    if changes:
        said = changes_text(store, loaded.report.meta.id, lang, today)
        text = chain(without_end_breaks(text), ("\n\n", said))
    return text


def _data(report: Report, fmt: str, t: dict[str, str], lang: str) -> Written:
    """A report as data for programs: a CSV or JSON document (its pieces, made as they are
    written), or a workbook's bytes."""
    if fmt == "json":
        from lkj_tui.export.spreadsheet import json_pieces

        return json_pieces(report)
    if fmt == "csv":
        from lkj_tui.export.spreadsheet import csv_pieces

        return csv_pieces(report)
    return report_bytes(report, t, lang)


def without_end_breaks(pieces: Iterable[str]) -> Iterator[str]:
    """``"".join(pieces).rstrip("\n")`` in pieces, as they come."""
    held = ""  # (the line breaks that may end the text)
    for piece in pieces:
        if body := piece.rstrip("\n"):
            yield held + body
            held = piece[len(body) :]
        else:
            held += piece


def changes_text(store: StoreReader, report_id: str, lang: str, today: datetime.date | None) -> str:
    """The section "Perubahan dalam rapat": the report's changes saved today (its journal)."""
    from lkj_tui.core.changes import Entry
    from lkj_tui.core.edits import Line
    from lkj_tui.export.clip import changes_markdown
    from lkj_tui.storage.journal import read

    day = today or datetime.date.today()
    entries = [
        Entry(
            e["at"],
            e["kind"],
            tuple(Line(*row) for row in e["lines"]),
            e["revision"],
            (c[0], c[1], c[2]) if (c := e.get("conflict")) else None,  # a sync conflict chosen
            report=report_id,
        )
        if e["kind"] != "choice"
        else _chosen(e, lang)
        for e in read(store.root, report_id, since=day, kinds=("edit", "undo", "redo", "choice"))
    ]
    return changes_markdown(entries, lang)


def _chosen(entry: dict[str, Any], lang: str) -> Entry:
    """A sync conflict chosen with ``lkj-tui resolve`` (the journal's note, no lines) as the row
    a choice made with the TUI's ``K`` gives: the minutes left it out (share15). ``resolve
    semua``: one row for all of them."""
    from lkj_tui.core.changes import Entry, path_key
    from lkj_tui.core.conflicts import value
    from lkj_tui.core.edits import Line

    note = entry["note"]
    how = "take" if note.get("take") else "keep"
    if type(note.get("all")) is int:
        line = Line("—", "", "", "")
        return Entry(
            entry["at"], "edit", (line,), entry["revision"], (f"{how}_all", str(note["all"]), "")
        )
    raw = note.get("field")
    path = tuple(str(p) for p in raw) if isinstance(raw, list) else ()
    kept, other = (value(note.get(k), path, lang) for k in ("kept", "other"))
    line = Line(
        str(note.get("node") or "—"), path_key(path), kept, other if how == "take" else kept
    )
    return Entry(entry["at"], "edit", (line,), entry["revision"], (how, kept, other))


def report_bytes(report: Report | None, t: dict[str, str], lang: str = "id") -> bytes:
    """A report (or the empty template) as a workbook (its Petunjuk sheet in ``lang``); CSV and
    JSON: :mod:`~lkj_tui.export.spreadsheet`'s ``csv_pieces`` and ``json_pieces``."""
    from lkj_tui.export import spreadsheet

    try:
        return spreadsheet.workbook_bytes(report, lang)
    except spreadsheet.TooLongError as exc:
        # (the counts grouped as every limit's, "40.000 karakter, paling banyak 32.767": vals41)
        n, limit = f"{exc.length:,}", f"{spreadsheet.EXCEL_CELL_LIMIT:,}"
        if t is _TEXT["id"]:
            n, limit = n.replace(",", "."), limit.replace(",", ".")
        fail(t["too_long"].format(what=_too_long_where(exc, t), n=n, limit=limit))


def _too_long_where(exc: Any, t: dict[str, str]) -> str:
    """Where a text too long for an Excel cell is: the column and the node ("kolom permasalahan
    untuk IKU 3 Indeks Inflasi (sel Data!AE40)"), the Laporan sheet's key, else the cell."""
    from lkj_tui.core.edits import named_label

    if exc.field is None:
        return t["long_at"].format(place=exc.place)
    field = clean_line(exc.field, 60)
    if exc.node is None:
        return t["long_key"].format(field=field, place=exc.place)
    return t["long_node"].format(field=field, node=named_label(exc.node), place=exc.place)


#: A file's name in a folder typed as the file (``-o "Data LKj"``), by what is written: the
#: template's for ``template``, the format's for ``export`` (a workbook was told "notulen.md").
OUTPUT_NAMES = {
    "template": ("templat.xlsx", "template.xlsx"),
    "md": ("notulen.md", "summary.md"),
    "xlsx": ("laporan.xlsx", "report.xlsx"),
    "csv": ("laporan.csv", "report.csv"),
    "json": ("laporan.json", "report.json"),
}


def refuse_folder_named(typed: str, written: str, lang: str) -> NoReturn:
    """Refuse ``-o`` typed with a separator at its end ("rapat/"), a folder not there: the path
    loses it, and ``export`` wrote a file named "rapat" (cli65). Exit 2, a path typed wrong;
    ``written`` as :func:`refuse_existing`'s."""
    t = _TEXT["en" if lang == "en" else "id"]
    name = OUTPUT_NAMES.get(written, OUTPUT_NAMES["md"])[lang == "en"]
    example = typed_path(str(Path(typed) / name))
    fail(t["folder_named"].format(typed=typed_path(typed), example=example), 2)


def refuse_existing(
    output: Path | None, force: bool, t: dict[str, str], written: str = "md", lang: str = "id"
) -> None:
    """Refuse ``output`` when it is a folder (with a file in it of what is ``written``, a key of
    :data:`OUTPUT_NAMES`, as an example in ``lang``) or in a folder that is not there (exit 2,
    a path typed wrong, as ``import``'s: README, "Exit status"; they exited 1, as a disk that
    stops the write: cli63), or exists and ``force`` was not given."""
    if output is None:
        return
    if output.is_dir():  # (a link to a folder too: a file in it is what to type)
        name = OUTPUT_NAMES[written][lang == "en"]
        shown = named_path(output, lang)
        fail(t["is_dir"].format(path=shown, example=typed_path(output / name)), 2)
    refuse_link(output, t)
    if not output.parent.is_dir():  # (said before any work, as it was said after it)
        code = errno.ENOTDIR if os.path.lexists(output.parent) else errno.ENOENT
        fail(not_written(output, OSError(code, os.strerror(code))).text(lang), 2)
    if not force and os.path.lexists(output):
        fail(t["exists"].format(path=typed_path(output), command=typed_again("--force", lang)))


def refuse_link(output: Path, t: dict[str, str]) -> None:
    """Refuse ``output`` when it is a symbolic link (exit 1, a file that cannot be written:
    README, "Exit status"), naming where it points: a dangling one was "already exists, use
    --force", and with ``--force`` the link was replaced by the file, its target not written;
    a live one was replaced alike. Nothing is written through a link or over one; the file it
    points to is named to be typed, where it can be written (its folder there, no folder)."""
    if not os.path.islink(output):
        return
    target = Path(os.path.realpath(output))
    gone = not os.path.lexists(target)
    writable = target.parent.is_dir() and not os.path.islink(target)  # (not a loop)
    lang = t["lang"]
    fix = t["link_to"].format(target=typed_path(target)) if writable else t["link_other"]
    path, target_said = named_path(output, lang), named_path(target, lang)
    fail(t["a_link"].format(path=path, target=target_said, gone=t["link_gone"] * gone, fix=fix))


def write_output(output: Path, data: Written, force: bool, lang: str) -> None:
    """Write a file atomically; an existing one only with ``force``. When it cannot be written,
    one line says why in the user's words; no temp file is left and an old file is unchanged."""
    t = _TEXT["en" if lang == "en" else "id"]
    refuse_link(output, t)  # (a link made while the export ran)
    _remove_stale_temps(output)
    try:
        if force:
            if output.exists() and not output.is_file():
                fail(t["not_file"].format(path=named_path(output, lang)))
            atomic_write_bytes(output, data, mode=0o666, temp=_temp_for(output), sync_folder=False)
        else:
            _write_new(output, data)
    except _Exists:
        fail(t["exists"].format(path=typed_path(output), command=typed_again("--force", lang)))
    except (StoreError, OSError) as exc:
        error = not_written(output, exc)
        fail(error.message_en if lang == "en" else error.message)


def write_template(output: Path, force: bool, lang: str = "id") -> int:
    """``lkj-tui template -o FILE.xlsx``: the empty template (its sheets as they are in either
    language; the messages in ``lang``)."""
    t = _TEXT["en" if lang == "en" else "id"]
    if str(output) == "-":  # (stdout: a workbook is written to a file)
        fail(t["need_o"], 2)
    suffix = output.suffix.lower()
    if _SUFFIX_FORMAT.get(suffix, "xlsx") not in ("xlsx", "xlsm"):  # a workbook in a .csv:
        message = t["suffix_xls" if suffix == ".xls" else "suffix_md"]  # Excel refuses it
        shown = named_path(output, lang)
        fail(message.format(path=shown, suffix=suffix, what="Excel", fmt="xlsx"), 2)
    _refuse_unopenable(output, t)
    refuse_existing(output, force, t, "template", lang)
    write_output(output, report_bytes(None, t, lang), force, lang)
    path = clean_line(named_path(output, lang))
    typed = typed_path(output) + store_option(None, lang)  # (in English: --lang en)
    if not shown_as_typed(str(output)):  # (cleaned, the command would name another file)
        typed = f"{'FILE' if lang == 'en' else 'BERKAS'}{store_option(None, lang)}"
    if lang == "en":
        say(f"Template written: {path}. Fill the Data sheet, then: lkj-tui import {typed}", 2)
    else:
        say(f"Templat ditulis: {path}. Isi lembar Data, lalu: lkj-tui import {typed}", 2)
    return 0
