"""Finding and leaving: the under-target and without-a-target filters, jumps, search, export,
switching report, help.

A mixin of :class:`lkj_tui.tui.app.LkjApp`; slow work runs in thread workers that post a message back.
The screens (search, report switch, help with its Markdown) are imported when first opened.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from textual import work
from textual.content import Content

from lkj_tui.core.numbers import grouped as count
from lkj_tui.core.sanitize import clean_line
from lkj_tui.tui.messages import Exported, FilterReady, ReportsListed
from lkj_tui.tui.session import View, export_markdown
from lkj_tui.tui.text import TOAST_FRAME, TOAST_WIDTH, error_text, t

if TYPE_CHECKING:
    from lkj_tui.core.changes import Entry
    from lkj_tui.tui.base import AppBase

    _Base = AppBase
else:
    _Base = object


class NavigationMixin(_Base):
    """Filter, jump, search, export, report switch and help actions."""

    # ------------------------------------------------------------------ filter, jump, search
    def action_toggle_under(self) -> None:
        if self.view is None:
            return
        if not self.view.ready:  # the filter needs every figure: it follows the evaluation
            self.when_evaluated(self.action_toggle_under)
            return
        if not self.only_under and not self.view.in_review:
            # next year's report before any realisasi: the filter would show an empty tree
            self.toast(self.nothing_under_said(), timeout=6)
            return
        self.only_under = not self.only_under
        if self.only_under:
            self.only_untargeted = False  # one filter at a time
            self.compute_filter(self.view)
        else:
            self.filter_off()

    def action_toggle_untargeted(self) -> None:
        """``T``: only the measures without a target (and their parents): next year's report
        after ``new --from``, its targets to fill with ``t``; ``n``/``N`` then walk them."""
        if self.view is None:
            return
        self.only_untargeted = not self.only_untargeted
        if self.only_untargeted:
            self.only_under = False
            self.compute_filter(self.view)
        else:
            self.filter_off()

    def action_leave_filter(self) -> None:
        """Esc: show every node again when a filter (``u`` or ``T``) is on; else nothing."""
        if self.only_under or self.only_untargeted:
            self.filter_off()

    def filter_off(self, message: str = "filter_off") -> None:
        self.only_under = self.only_untargeted = False
        if self.view is not None:
            self.tree.show_view(self.view, None)
        self.refresh_panes()
        self.toast(t(message, self.lang), timeout=3)

    @work(thread=True, exclusive=True, group="filter")
    def compute_filter(self, view: View) -> None:
        mode = self.filter_mode()
        self.post_message(FilterReady(view, view.filter_paths(mode) or set(), mode))

    def on_filter_ready(self, message: FilterReady) -> None:
        if message.view is not self.view or message.mode != self.filter_mode():
            return
        if message.mode == "untargeted" and not message.only:  # every measure has its target:
            self.filter_off("nothing_untargeted")  # the whole tree again, not an empty one
            return
        if message.mode is not None:
            self.tree.show_view(message.view, message.only)
            self.refresh_panes()
            if not message.only:
                self.toast(self.nothing_under_said(), timeout=6)

    def jump(self, forward: bool) -> None:
        if self.view is None:
            return
        if self.only_untargeted:  # T's filter on: n/N walk the measures without a target
            self.jump_untargeted(forward)
            return
        if not self.view.ready:
            self.when_evaluated(lambda: self.jump(forward))
            return
        pos, wrapped = self.view.next_under(self.tree.current_id(), forward)
        if pos < 0:
            self.toast(self.nothing_under_said(), timeout=6)
            return
        self.tree.reveal(self.view.under[pos])
        n, total = pos + 1, len(self.view.under)  # ("1.234 dari 5.678")
        where = t("jump_pos", self.lang, n=count(n, self.lang), total=count(total, self.lang))
        text = f"{where}  {t('wrapped', self.lang)}" if wrapped else where
        self.toast(text, timeout=2, kind="jump")

    def nothing_under_said(self) -> str:
        """What ``u`` and ``n`` say when nothing is under target. On next year's report before
        any realisasi nothing can be, and "Tidak ada yang di bawah target" left a reviewer with
        no way on: it names ``T``, which walks the measures without a target, with their count
        (``n`` keeps its one meaning: it would change under the reviewer at the first realisasi)."""
        view = self.view
        if view is None or not view.ready or view.in_review:
            return t("nothing_under", self.lang)
        left = len(view.untargeted())
        if not left:
            return t("no_realisasi_all_targeted", self.lang)
        return t("no_realisasi_untargeted", self.lang, n=count(left, self.lang))

    def jump_untargeted(self, forward: bool) -> None:
        assert self.view is not None
        pos, wrapped, ids = self.view.next_untargeted(self.tree.current_id(), forward)
        if pos < 0:
            self.toast(t("nothing_untargeted", self.lang), timeout=3)
            return
        self.tree.reveal(ids[pos])
        n, total = count(pos + 1, self.lang), count(len(ids), self.lang)
        where = t("jump_untargeted", self.lang, n=n, total=total)
        text = f"{where}  {t('wrapped', self.lang)}" if wrapped else where
        self.toast(text, timeout=2, kind="jump")

    def action_next_under(self) -> None:
        self.jump(True)

    def action_prev_under(self) -> None:
        self.jump(False)

    def action_search(self) -> None:
        from lkj_tui.tui.screens import SearchScreen

        if self.view is not None:
            self.open_dialog(SearchScreen(self.view, self.lang), self.go_to)

    def go_to(self, node_id: object) -> None:
        if not isinstance(node_id, str) or self.view is None:
            return
        if self.tree.only is not None and node_id not in self.tree.only:
            # the filter stays on unless the found node is hidden by it; then say so
            said = (
                "filter_untargeted_switched_off" if self.only_untargeted else "filter_switched_off"
            )
            self.only_under = self.only_untargeted = False
            self.tree.show_view(self.view, None)
            self.refresh_panes()
            node = self.view.report.get(node_id)
            name = clean_line(node.code or node.name, 60) if node else ""
            self.toast(t(said, self.lang, name=name), "warning", timeout=5)
        self.tree.reveal(node_id)

    def action_expand_all(self) -> None:
        self.tree.expand_everything()

    def action_collapse_all(self) -> None:
        self.tree.root.collapse_all()
        self.tree.root.expand()

    # ------------------------------------------------------------------ export, reports, help
    def action_export(self, values: dict[str, str] | None = None, error: str = "") -> None:
        """``x``: the export dialog — path (a new name in the current folder by default), scope,
        language, whether to add this session's changes; an existing file needs a second yes."""
        from lkj_tui.export.markdown import SCOPES, scope_said
        from lkj_tui.storage.errors import UNSHOWN_PATH, cleaned
        from lkj_tui.tui.components.dialogs import Assessment
        from lkj_tui.tui.components.forms import Field, FormDialog
        from lkj_tui.tui.session import export_name

        view = self.view
        if view is None:
            return
        if not view.ready:
            self.when_evaluated(lambda: self.action_export(values, error))
            return
        values = values or {}
        yes, no = t("yes", self.lang), t("no", self.lang)
        changed = len(self.changes_of(view.report_id))
        # the scopes in the dialog's language ("bawaan / di-bawah-target / semua"); the command's
        # words (default, under-target, all) are read too
        words = dict(zip(t("export_scopes", self.lang).split(" / "), SCOPES, strict=True))
        # the scope starts at what the tree shows: under target only while ▼ filters it (it
        # started at "bawaan", which adds the indicators with permasalahan or solusi; tui70)
        shown = list(words)[SCOPES.index("under-target" if self.only_under else "default")]
        default = export_name(view, self.export_folder)
        path = values.get("path", "") or str(default)
        # (the default shown cleaned names another path: said so under it, as the CLI's)
        unshown = cleaned(str(default)) and path in (str(default), clean_line(str(default)))
        fields = [
            Field(
                "path",
                t("export_path", self.lang),
                path,
                end=True,  # the file's name and date, not the folder
                note=UNSHOWN_PATH["en" if self.lang == "en" else "id"] if unshown else "",
            ),
            Field(
                "scope",
                t("export_scope", self.lang),
                values.get("scope", shown),
                hint=" / ".join(words),
            ),
            Field(
                "lang", t("export_lang", self.lang), values.get("lang", self.lang), hint="id / en"
            ),
            Field(
                "changes",
                t("export_changes", self.lang, n=changed),
                values.get("changes", yes if changed else no),
                hint=f"{yes} / {no}",
            ),
        ]
        confirmed = values.get("_confirmed", "")

        def said(typed: dict[str, str], key: str) -> Assessment:
            """Under the scope field, what the scope typed exports, as the document's opening
            says it ("Isi: hanya butir di bawah target (▼)."): the three words alone did not
            say it."""
            scope = typed.get("scope", "").strip().casefold()
            scope = words.get(scope, scope)  # (the command's words are read too)
            if key != "scope" or scope not in SCOPES:
                return Assessment(Content())
            return Assessment(Content.styled(scope_said(scope, self.lang), "$text-muted"))

        def done(result: object) -> None:
            if not isinstance(result, dict) or self.view is None:
                return
            path = Path(result["path"].strip()).expanduser()
            if result["path"].strip() == clean_line(str(default)).strip():  # (the field shows
                path = default  # it cleaned: a folder named with a bidi mark was another, paths55)
            scope, lang = result["scope"].strip(), result["lang"].strip()
            scope = words.get(scope.casefold(), scope)
            again = lambda err, extra=None: self.action_export({**result, **(extra or {})}, err)  # noqa: E731
            if scope not in SCOPES or lang not in ("id", "en") or not result["path"].strip():
                again(t("export_bad", self.lang, scopes=" / ".join(words)))
                return
            if not path.is_absolute():
                path = self.export_folder / path
            if os.path.islink(path):  # (a dangling one "existed", and the second save replaced
                # the link by the file, its target not written: as `export -o LINK`, cli67)
                target = os.path.realpath(path)
                again(t("export_link", self.lang, path=str(path), target=target))
                return
            exists = os.path.lexists(path)
            if exists and confirmed != str(path):
                again(t("export_exists", self.lang, path=str(path)), {"_confirmed": str(path)})
                return
            with_changes = result["changes"].strip().casefold() in (
                yes.casefold(),
                "y",
                "ya",
                "yes",
            )
            self.export(self.view, path, scope, lang, with_changes, exists, result)

        title = t("export_title", self.lang)
        self.open_dialog(FormDialog(title, fields, self.lang, error, said), done)

    @work(thread=True, exclusive=True, group="export")
    def export(
        self,
        view: View,
        path: Path | None = None,
        scope: str = "default",
        lang: str | None = None,
        with_changes: bool = False,
        overwrite: bool = False,
        typed: dict[str, str] | None = None,
    ) -> None:
        from lkj_tui.export.clip import changes_markdown

        lang = lang or self.lang
        changes = changes_markdown(self.changes_of(view.report_id), lang) if with_changes else ""
        try:
            written = export_markdown(
                view,
                lang,
                self.export_folder,
                path=path,
                scope=scope,
                changes=changes,
                overwrite=overwrite,
            )
            self.post_message(Exported(written))
        except Exception as exc:
            self.post_message(
                Exported(None, error_text(exc, self.lang, self.typed_options()), typed)
            )

    def changes_of(self, report_id: str) -> list[Entry]:
        """This session's changes of one report: its minutes ("Perubahan dalam rapat") listed
        those of every report opened in the session, each node named without its report, where
        ``lkj-tui export --changes`` lists the report's own (edit30)."""
        return [entry for entry in self.changelog.entries if entry.report == report_id]

    def on_exported(self, message: Exported) -> None:
        if message.path is None:
            self.toast(t("export_failed", self.lang, error=message.error), "error", timeout=15)
            if message.typed is not None:  # the dialog again, with what was typed, as an edit's
                self.action_export(
                    message.typed, t("export_failed", self.lang, error=message.error)
                )
        else:  # its path broken at its separators, as in the dialog: never "…2023" / "-2026-…"
            from lkj_tui.storage.errors import named_path
            from lkj_tui.tui.components.forms import break_at_separators

            # (a name holding a character not shown says so, as the CLI's "Ditulis ke": paths55)
            name = named_path(message.path, self.lang, quoted=False)
            said = t("exported", self.lang, name=clean_line(name, 600))
            room = min(TOAST_WIDTH, self.size.width // 2) - TOAST_FRAME
            self.toast(break_at_separators(said, room), timeout=10, lines=True)

    @work(thread=True, exclusive=True, group="reports")
    def action_switch_report(self) -> None:
        try:
            reports, errors = self.store.list_reports(skip_broken=True)
            # each by its file's name (the list says why in a line, not the whole message)
            options = self.typed_options()
            skipped = [e.path.name if e.path else error_text(e, self.lang, options) for e in errors]
            self.post_message(ReportsListed(reports, skipped=skipped))
        except Exception as exc:
            self.post_message(ReportsListed([], error_text(exc, self.lang, self.typed_options())))

    def on_reports_listed(self, message: ReportsListed) -> None:
        if message.error:
            self.toast(t("load_failed", self.lang, error=message.error), "error")
            return
        from lkj_tui.tui.screens import ReportScreen

        current = self.view.report_id if self.view else None
        skipped = None
        if message.skipped:  # files that cannot be read: a row of the list, never fatal (a
            # toast of ≈ 15 rows squeezed the list to its title at 80×24 for its 15 s: tui34)
            skipped = (message.skipped, f"lkj-tui info{self.typed_options()}")
        screen = ReportScreen(message.reports, current, self.lang, self.store_where(), skipped)
        self.open_dialog(screen, self.switch_to)

    def switch_to(self, report_id: object) -> None:
        from lkj_tui.tui.importfile import NEW_REPORT

        if report_id == NEW_REPORT:
            self.new_report_menu()
            return
        if isinstance(report_id, str) and (self.view is None or report_id != self.view.report_id):
            self.load(report_id, "switch")

    def action_help(self, part: str = "") -> None:
        """The help; over a dialog at its ``part`` on it (``help('dialogs')``: HelpScreen.PARTS)."""
        from lkj_tui.tui.screens import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.open_dialog(HelpScreen(self.lang, self.store_where(), part))

    def store_where(self) -> str:
        """Where the store really is, for help and the report list: its folder resolved (the
        store opened as ``.`` or ``../x`` said "Penyimpanan: ." before ov13), cleaned of controls
        and markup's meaning (the screens draw it as plain text), said to hold a character
        not shown where it does, as ``lkj-tui info`` says it (paths55)."""
        from lkj_tui.storage.errors import named_path

        root = Path(self.store.root)
        try:
            root = root.resolve()
        except (OSError, RuntimeError):  # a loop of links, a drive gone: as opened, made absolute
            root = Path(os.path.abspath(root))
        return clean_line(named_path(root, self.lang, quoted=False), 300)
