"""Import a file (``i``) and make a new report (the report picker's "Laporan baru…") in the TUI.

A mixin of :class:`lkj_tui.tui.app.LkjApp`. The file is read and checked in a thread worker, exactly
as ``lkj-tui import`` does (all or nothing: every problem is listed, nothing is written); the report is
written through the store, then opened. The importer and its libraries are imported only here, when
a file is imported; its dialogs (``components/importdialogs.py``) when first opened. See
docs/import.md.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from textual import work
from textual.message import Message

from lkj_tui.core.sanitize import clean_line
from lkj_tui.tui.importtext import tx
from lkj_tui.tui.text import error_text

if TYPE_CHECKING:
    from lkj_tui.core.model import Report
    from lkj_tui.importing.grid import Progress
    from lkj_tui.tui.base import AppBase
    from lkj_tui.tui.components.importdialogs import EmptyReportDialog

    _Base = AppBase
else:
    _Base = object

#: The id of the report picker's "Laporan baru…" entry (never a report id: ids are lower case).
NEW_REPORT = "+new"


class ImportDone(Message):
    """The outcome of an import or a new report (posted by a worker)."""

    def __init__(
        self,
        report_id: str | None = None,
        nodes: int = 0,
        problems: list[str] | None = None,
        error: str = "",
        exists: tuple[str, str] | None = None,  # (path, report id): ask before replacing
        created: bool = False,
        ask: str | None = None,  # a path whose file lacks only the instansi and year
        facts: tuple[str, int] | None = None,  # the instansi and year typed for it
        warnings: list[str] | None = None,  # what the import says of a file it took
        asks: bool = False,  # problems listed without the instansi/year it will ask for
        new: bool = False,  # from a new report (the picker's "Laporan baru…"), not an import
        field: str = "",  # the new report dialog's field ``error`` is about ("report-id")
        offered: Mapping[str, str] | None = None,  # the instansi and year the file offers
        replaced: list[str] | None = None,  # what an overwrite replaces (None: not known)
        refused: int = 0,  # the problems among ``problems`` (its lines hold warnings too)
    ) -> None:
        super().__init__()
        self.report_id, self.nodes, self.problems = report_id, nodes, problems
        self.warnings = warnings or []
        self.error, self.exists, self.created = error, exists, created
        self.ask, self.facts = ask, facts
        self.new, self.field = new, field
        self.asks = asks
        self.offered = offered or {}
        self.replaced = replaced
        self.refused = refused or len(problems or ())
        self.file = ""


class ImportProgress(Message):
    """How far a running import is (posted by its worker): a stage of ``importing.grid.STAGES``,
    rows done of total (0 of 0: a stage without a count)."""

    def __init__(self, file: str, stage: str, done: int, total: int) -> None:
        super().__init__()
        self.file, self.stage, self.done, self.total = file, stage, done, total


class ImportMixin(_Base):
    """``i``: import a file; the picker's "Laporan baru…": next year's, imported or empty."""

    def action_import_file(self) -> None:
        from lkj_tui.tui.components.importdialogs import PathDialog

        self.open_dialog(PathDialog(tx("path_title", self.lang), self.lang), self._import_path)

    def _import_path(self, path: object) -> None:
        if isinstance(path, str):
            self.import_worker(path, False)

    def new_report_menu(self) -> None:
        from lkj_tui.tui.components.dialogs import ChoiceDialog

        choices = []
        if self.view is not None:
            year = self.view.report.meta.tahun + 1
            choices.append(("next", tx("new_next", self.lang, year=year)))
        choices += [("import", tx("new_import", self.lang)), ("empty", tx("new_empty", self.lang))]
        self.open_dialog(
            ChoiceDialog(tx("new_title", self.lang), choices, self.lang), self._new_chosen
        )

    def _new_chosen(self, choice: object) -> None:
        if choice == "next" and self.view is not None:
            self._ask_next()
        elif choice == "import":
            self.action_import_file()
        elif choice == "empty":
            from lkj_tui.tui.components.importdialogs import EmptyReportDialog

            dialog = EmptyReportDialog(
                tx("empty_title", self.lang),
                self.lang,
                create=lambda values: self.create_worker("empty", values),
            )
            self.open_dialog(dialog)

    def _ask_next(self) -> None:
        """Next year's report, made only once the user has seen what it will be (its year,
        instansi and id) and chosen "Buat" (``y``): the menu's Enter made it at once, and keys
        typed ahead at 60×20 (``r`` ↓ ↓ Enter Enter) made one unseen. Batal has the focus, so
        no run of Enter and arrows makes it (edit44). Where the store holds that report already
        (a colleague made it), it says so and offers to open it: it asked "Buat laporan tahun
        2025?", and "Buat" answered that the report exists (tui61)."""
        import os

        from lkj_tui.core.rollover import next_report_id
        from lkj_tui.tui.components.dialogs import ConfirmDialog

        assert self.view is not None
        meta, source = self.view.report.meta, self.view.report_id
        year, lang = meta.tahun + 1, self.lang
        made = next_report_id(meta.id, meta.tahun, year)
        there = os.path.lexists(self.store.path_for(made))  # (one stat: the file is not read)

        def confirmed(yes: object) -> None:
            if yes is True and there:
                self.load(made, "switch")
            elif yes is True:
                self.create_worker("next", source)

        instansi = clean_line(meta.instansi, 200)
        key = "next_there" if there else "next"
        text = tx(f"{key}_text", lang, instansi=instansi, id=made, year=year, old=meta.tahun)
        title = tx(f"{key}_title", lang, year=year)
        self.open_dialog(
            ConfirmDialog(title, text, tx(f"{key}_yes", lang), lang, destructive=False), confirmed
        )

    @work(thread=True, exclusive=True, group="import")
    def import_worker(
        self, path: str, overwrite: bool, facts: tuple[str, int] | None = None
    ) -> None:
        """Read, check and import ``path``; ``facts``: the instansi and year the user typed
        (a CSV file, or a Renja workbook, has none of its own)."""
        from lkj_tui.core.gcpause import gc_paused

        # The cyclic GC off, as ``lkj-tui import`` has it: millions of objects and no cyclic
        # garbage. The report and its records are dropped when ``_import`` returns, before the GC
        # is back on (it would walk them all to free nothing).
        with gc_paused():
            self._import(Path(path).expanduser(), overwrite, facts)

    def _import(self, file: Path, overwrite: bool, facts: tuple[str, int] | None) -> None:
        from lkj_tui.importing.read import ImportError_, read_report
        from lkj_tui.importing.rows import MetaOptions
        from lkj_tui.storage.errors import StoreError

        options = MetaOptions() if facts is None else MetaOptions(None, facts[0], facts[1])
        if not file.is_file():  # as `lkj-tui import` says it (the reader's own words were
            # "… bukan buku kerja .xlsx yang dapat dibaca (OSError: No such file …)")
            missing = tx("missing", self.lang, file=clean_line(str(file), 300))
            self._done(ImportDone(error=missing), file)
            return
        progress = self._progress_poster(file.name)
        try:
            built = read_report(file, options, progress=progress)  # (a Renja evaluation too)
        except ImportError_ as exc:
            self._done(ImportDone(error=error_text(exc, self.lang)), file)
            return
        except Exception as exc:  # OSError and the like: shown, the app stays up
            self._done(ImportDone(error=error_text(exc, self.lang, self.typed_options())), file)
            return
        if built.report is None:
            if facts is None and all(p.code in _ASKABLE for p in built.problems):
                # only the instansi/year: asked, with what the sheet's title names (as
                # `lkj-tui import` offers them: walk57)
                self._done(ImportDone(ask=str(file), offered=built.offered), file)
                return
            from lkj_tui.importing.grid import by_row

            # the instansi and year it asks for once the rest is right, not said as the command
            # says them, "pakai --instansi "Dinas X"": an option the TUI has not (walk57)
            asks = facts is None
            problems = [p for p in built.problems if not (asks and p.code in _ASKABLE)]
            asks = len(problems) < len(built.problems)
            # (as `lkj-tui import` says them: a row's warnings under its problems, vals37)
            word = "warning" if self.lang == "en" else "peringatan"
            apart, said = by_row(problems, built.warnings)
            lines = []
            for problem, warnings in said:
                lines.append(problem.line(self.lang))
                lines += [f"  {word}: {w.line(self.lang)}" for w in warnings]
            lines += [f"{word}: {w.line(self.lang)}" for w in apart]
            self._done(ImportDone(problems=lines, asks=asks, refused=len(problems)), file)
            return
        report = built.report
        progress("save", 0, 0)
        try:
            note = {"kind": "import", "file": Path(file).name}  # (restore --list names it)
            self.store.import_report(report, overwrite=overwrite, records=built.records, note=note)
        except StoreError as exc:
            if exc.code == "exists" and not overwrite:  # (what it would replace: the edits
                # made since, in the TUI or with set, as `import --overwrite` lists them, walk57)
                from lkj_tui.sync.history import change_line, replaced_by

                replaced = replaced_by(self.store, report, built.records)
                lines = (
                    None if replaced is None else [change_line(e, self.lang) for e in replaced[0]]
                )
                exists = (str(file), report.meta.id)
                self._done(ImportDone(exists=exists, facts=facts, replaced=lines), file)
            else:
                self._done(ImportDone(error=error_text(exc, self.lang, self.typed_options())), file)
            return
        warnings = [w.line(self.lang) for w in built.warnings]  # (as `lkj-tui import` says them)
        self._done(ImportDone(report.meta.id, len(report), warnings=warnings), file)

    @work(thread=True, exclusive=True, group="import")
    def create_worker(self, how: str, arg: object) -> None:
        """``how``: "next" (next year's report from the report ``arg``) or "empty" (``arg``: the
        typed id, instansi and year; a refusal goes back to the dialog, which stays open)."""
        from lkj_tui.core.rollover import MADE_FROM, empty_report, made_from, rollover
        from lkj_tui.importing.rows import default_report_id
        from lkj_tui.storage.errors import StoreError

        report: Report | None = None
        try:
            extra = None
            if how == "next":
                old = self.store.load(str(arg)).report
                old_data = self.store.path_for(str(arg)).read_bytes()
                report = rollover(old, old.meta.tahun + 1)
                extra = {MADE_FROM: made_from(old.meta.id, old_data, report, None)}
            else:
                typed_id, instansi, tahun = arg  # type: ignore[misc]
                report = empty_report(
                    typed_id or default_report_id(instansi, tahun), instansi, tahun
                )
            source = str(arg) if how == "next" else None
            self.store.import_report(report, meta_extra=extra, note={"kind": "new", "from": source})
        except Exception as exc:  # StoreError (exists, bad id), ModelError: shown
            field = ""
            error = error_text(exc, self.lang, self.typed_options())
            if how == "next" and isinstance(exc, StoreError) and exc.code == "exists":
                assert report is not None
                error = tx("next_exists", self.lang, id=report.meta.id, tahun=report.meta.tahun)
            elif isinstance(exc, StoreError) and exc.code in ("exists", "bad-id"):
                field = "report-id"
                if exc.code == "exists" and report is not None:
                    error = self._taken(report, bool(arg[0]))  # type: ignore[index]
            self.post_message(ImportDone(error=error, new=True, field=field))
            return
        self.post_message(ImportDone(report.meta.id, len(report), created=True, new=True))

    def _taken(self, report: Report, typed: bool) -> str:
        """Why a new report cannot have its id (in the worker: the report holding it is read):
        that report, and the first free id; ``typed``: an id the user chose, not one made from
        the instansi and year."""
        meta = report.meta
        info, free = self.store.taken(meta.id, meta.tahun)
        other = "?" if info is None else clean_line(info.instansi, 60)
        said = dict(id=meta.id, other=other, free=free, tahun=meta.tahun)
        if info is not None and info.tahun == meta.tahun and _same(info.instansi, meta.instansi):
            return tx("empty_taken_same", self.lang, **said)  # the report asked for is there
        return tx("empty_taken" if typed else "empty_taken_made", self.lang, **said)

    def _progress_poster(self, file: str) -> Progress:
        """The reader's progress callback (called in the worker): posts how far the import is,
        once per stage and whole percent (at most ≈ 100 messages a stage, however big the file)."""
        last: tuple[str, int] | None = None

        def post(stage: str, done: int, total: int) -> None:
            nonlocal last
            now = (stage, done * 100 // total if total > 0 else -1)
            if now != last:
                last = now
                self.post_message(ImportProgress(file, stage, done, total))

        return post

    def _new_dialog(self) -> EmptyReportDialog | None:
        """The new report dialog waiting for its report, if it is still open."""
        from lkj_tui.tui.components.importdialogs import EmptyReportDialog

        for screen in reversed(self.screen_stack):
            if isinstance(screen, EmptyReportDialog) and screen.waiting:
                return screen
        return None

    def on_import_progress(self, message: ImportProgress) -> None:
        from lkj_tui.tui.components.importdialogs import ImportProgressLine

        screen = self.screen_stack[0]  # the main screen, under any dialog opened meanwhile
        found = screen.query(ImportProgressLine)
        line = found.first() if found else ImportProgressLine()
        if not found:
            screen.mount(line)
        line.show(message.file, message.stage, message.done, message.total, self.lang)

    def _done(self, message: ImportDone, file: Path) -> None:
        message.file = file.name
        self.post_message(message)

    def on_import_done(self, message: ImportDone) -> None:
        from lkj_tui.tui.components.dialogs import ConfirmDialog
        from lkj_tui.tui.components.importdialogs import (
            EmptyReportDialog,
            ImportProgressLine,
            ProblemsDialog,
        )

        self.screen_stack[0].query(ImportProgressLine).remove()  # the import has ended
        lang = self.lang
        if message.problems is not None:
            n = message.refused  # (the problems, as the command counts them: not warnings)
            key = "problems_title_1" if n == 1 else "problems_title"
            title = tx(key, lang, n=n, file=message.file)
            hint = tx("problems_hint_ask", lang) if message.asks else None
            self.open_dialog(ProblemsDialog(title, message.problems, lang, hint=hint))
        elif message.exists is not None:
            path, report_id = message.exists

            def confirmed(yes: object) -> None:
                if yes is True:
                    self.import_worker(path, True, message.facts)

            said = message.replaced
            replaced = "" if said is None else f"{_replaced_words(said, lang)} "
            text = tx("exists", lang, id=report_id, file=message.file, replaced=replaced)
            restore = f"lkj-tui restore {report_id}{self.typed_options()}"
            title = tx("exists_title", lang)
            dialog = ConfirmDialog(
                title, text, tx("overwrite", lang), lang, command=restore, destructive=True
            )
            self.open_dialog(dialog, confirmed)
        elif message.ask is not None:
            ask = message.ask

            def typed(values: object) -> None:
                if isinstance(values, tuple):
                    self.import_worker(ask, False, (values[1], values[2]))

            title = tx("facts_title", lang, file=message.file)
            dialog = EmptyReportDialog(title, lang, facts_only=True, values=message.offered)
            self.open_dialog(dialog, typed)
        elif message.new and (dialog := self._new_dialog()) is not None:
            if message.error:  # said in the dialog, which keeps what was typed
                dialog.refused(message.field, message.error)
                return
            dialog.dismiss(None)
            self.toast(tx("created", lang, id=message.report_id, n=message.nodes), timeout=8)
            self.load(message.report_id, "switch")
        elif message.error:
            key = "create_failed" if message.new else "failed"
            self.toast(tx(key, lang, error=message.error), "error", timeout=15)
        elif message.report_id is not None:
            key = "created" if message.created else "imported"
            self.toast(tx(key, lang, id=message.report_id, n=message.nodes), timeout=8)
            self.load(message.report_id, "switch")
            if message.warnings:  # hidden rows or columns read, a column ignored…: said, as
                n = len(message.warnings)  # `lkj-tui import` says them on stderr
                key = "warnings_title_1" if n == 1 else "warnings_title"
                title = tx(key, lang, n=n, file=message.file)
                hint = tx("warnings_hint", lang)
                self.open_dialog(ProblemsDialog(title, message.warnings, lang, hint=hint))


#: The values an overwrite's question names one by one; the rest are counted.
REPLACED_SHOWN = 3


def _replaced_words(lines: list[str], lang: str) -> str:
    """What an import over a report replaces, in its question: "Yang ditimpa (2 nilai): IKU 1 ·
    Realisasi: 3,3 → 2,85; …", the first :data:`REPLACED_SHOWN`, then how many more; or that
    nothing differs."""
    if not lines:
        return tx("replaced_none", lang)
    shown = "; ".join(lines[:REPLACED_SHOWN])
    more = len(lines) - REPLACED_SHOWN
    if more > 0:
        shown += tx("replaced_more", lang, n=more)
    n = len(lines)
    return tx("replaced", lang, n=n, s="" if n == 1 else "s", lines=shown)


def _same(a: str, b: str) -> bool:
    """Whether two instansi read alike (case and spacing aside)."""
    return " ".join(a.casefold().split()) == " ".join(b.casefold().split())


#: Problems the user can answer in a dialog instead of editing the file.
_ASKABLE = frozenset({"no-instansi", "no-tahun"})
