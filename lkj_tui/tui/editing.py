"""Edits: realisasi, permasalahan, solusi and deletions, each saved through the store at once.

The dialogs are imported when first opened (TextArea and its syntax support cost ≈ 40 ms to
import, paid only when someone edits). The save runs in a thread worker with the revision the edit
was made on. Success updates the
evaluation and repaints the node, its parents, the detail and the summary. A failed save keeps what
the user typed (the dialog comes back with it and the error); a conflict with another writer reloads
the report instead of overwriting it and then offers the dialog again with the typed text.
"""

from __future__ import annotations

import dataclasses
import re
from functools import cache, partial
from typing import TYPE_CHECKING, Any

from textual import work
from textual.content import Content

from lkj_tui.core.engine import compute
from lkj_tui.core.i18n import tr
from lkj_tui.core.messages import MESSAGES
from lkj_tui.core.model import Item, Node, new_id
from lkj_tui.core.numbers import format_id
from lkj_tui.core.sanitize import clean_line
from lkj_tui.core.values import ParseError, parse_value
from lkj_tui.storage.errors import ConflictError, StoreError
from lkj_tui.tui.components.summary import SummaryBar
from lkj_tui.tui.messages import Edit, Saved, SaveFailed
from lkj_tui.tui.text import t

if TYPE_CHECKING:
    from lkj_tui.tui.app import LkjApp
    from lkj_tui.tui.components.dialogs import Assessment

    _Base = LkjApp
else:
    _Base = object

#: The engine's notes that explain a capaian rather than doubt the input: they need no second Enter.
EXPLAINING = ("rounded", "opinion", "grade", "range_in_range", "direction")


@cache
def _explaining() -> re.Pattern[str]:
    """One pattern for every :data:`EXPLAINING` note, in both languages (from the core's templates,
    so a reworded message still matches)."""
    templates = [text for key in EXPLAINING for text in MESSAGES[key]]
    parts = (".*?".join(map(re.escape, re.split(r"\{\w+\}", tpl))) for tpl in templates)
    return re.compile("|".join(f"(?:{p})" for p in parts))


def doubts(notes: tuple[str, ...], target_notes: tuple[str, ...] = ()) -> tuple[str, ...]:
    """The notes worth a second look before saving: not an explanation, not about the target."""
    return tuple(n for n in notes if n not in target_notes and not _explaining().fullmatch(n))


def error_text(exc: BaseException, lang: str) -> str:
    """One line for an error: the store's own bilingual message when it has one."""
    if isinstance(exc, StoreError):
        return exc.message_en if lang == "en" else exc.message
    if isinstance(exc, OSError):
        return f"{exc.filename or ''} {exc.strerror or exc}".strip()
    return str(exc) or type(exc).__name__


class EditsMixin(_Base):
    """The edit actions of :class:`LkjApp`."""

    def _editable(self, measured: bool = False) -> Node | None:
        node = self.selected()
        if node is None or self.view is None:
            return None
        if self.saving:
            self.toast(t("busy", self.lang), "warning", timeout=3)
            return None
        if measured and node.measure is None:
            self.toast(t("not_measured", self.lang), "warning", timeout=4)
            return None
        return node

    def _node(self, node_id: str) -> Node | None:
        return self.view.evaluation.report.get(node_id) if self.view else None

    # ------------------------------------------------------------------ realisasi
    def action_edit_realisasi(self) -> None:
        node = self._editable(measured=True)
        if node is not None and node.measure is not None:
            self.value_dialog(node.id, node.measure.realisasi or "")

    def value_dialog(self, node_id: str, value: str, error: str = "") -> None:
        from lkj_tui.tui.components.dialogs import ValueDialog

        node = self._node(node_id)
        if node is None or node.measure is None or self.view is None:
            return
        seen = self.view.revision  # saved against what the user saw: a change meanwhile conflicts
        title = t("edit_title", self.lang, year=self.view.evaluation.report.meta.tahun)
        m = node.measure
        about = " · ".join(
            part
            for part in (
                f"{tr('satuan', self.lang)}: {m.satuan}" if m.satuan else "",
                tr(m.polaritas, self.lang),
            )
            if part
        )
        assess = partial(self.assess_realisasi, node_id)
        dialog = ValueDialog(
            title, node.name, m.target or "", value, self.lang, error, assess, about
        )

        def done(result: Any) -> None:
            fresh = self._node(node_id)  # the report may have been reloaded meanwhile
            if not isinstance(result, str) or fresh is None or fresh.measure is None:
                return
            if result == (fresh.measure.realisasi or "") and not error:
                return
            measure = dataclasses.replace(fresh.measure, realisasi=result or None)
            what = f"{tr('realisasi', self.lang).split(' ')[0]} {result or '—'}"
            retry = lambda err: self.value_dialog(node_id, result, err)  # noqa: E731
            self.save(fresh.with_changes(measure=measure), seen, what, result, retry)

        self.open_dialog(dialog, done)

    def assess_realisasi(self, node_id: str, text: str) -> Assessment:
        """What the engine makes of ``text`` as the realisasi: the capaian, its doubts, or why it
        cannot be saved (unreadable; or no capaian although the current realisasi gives one, so a
        typo never silently turns a capaian into "not measurable")."""
        from lkj_tui.tui.components.dialogs import Assessment

        lang = self.lang
        node = self._node(node_id)
        if node is None or node.measure is None or self.view is None:
            return Assessment(Content())
        if not text:
            preview = Content.styled(t("empty_realisasi", lang), "$text-muted")
            current = node.measure.realisasi
            clears = (
                (t("clears_realisasi", lang, value=clean_line(current, 60)),) if current else ()
            )
            return Assessment(preview, clears)
        try:
            parse_value(text)
        except ParseError as exc:
            return Assessment(Content(), (), exc.message_en if lang == "en" else exc.message)
        m, scales = node.measure, self.view.evaluation.scales
        new = compute(m.target, text, m.polaritas, scales)
        notes = new.notes_en if lang == "en" else new.notes
        try:
            target = parse_value(m.target)
            target_notes = target.notes_en if lang == "en" else target.notes
        except ParseError:
            target_notes = ()
        warnings = doubts(notes, target_notes)
        if new.rounded is not None:
            ach = Content(f"{format_id(new.rounded)} %")
            if new.rating:
                from lkj_tui.tui.components.detail import RATING_STYLE

                ach = Content.assemble(ach, (f"  {tr(new.rating, lang)}", RATING_STYLE[new.rating]))
            if new.under_target:
                ach = Content.assemble(ach, (f"  ▼ {tr('under_target', lang)}", "$text-error"))
            preview = Content.assemble((f"{tr('capaian', lang)}: ", "$text-muted"), ach)
            return Assessment(preview, warnings)
        reason = (new.reason_en if lang == "en" else new.reason) or new.reason_code or ""
        preview = Content.styled(t("no_capaian_because", lang, reason=reason), "$text-muted")
        if new.reason_code in ("target_missing", "realisasi_missing"):
            return Assessment(preview, warnings)
        old = self.view.evaluation.of(node_id).achievement
        if old is not None and old.rounded is None and old.reason_code != "realisasi_missing":
            return Assessment(preview, warnings)  # the printed value was not comparable either
        return Assessment(preview, warnings, t("not_comparable", lang, reason=reason))

    # ------------------------------------------------------------------ permasalahan / solusi
    def action_edit_item(self, kind: str) -> None:
        from lkj_tui.tui.components.dialogs import NEW, ChoiceDialog

        node = self._editable()
        if node is None:
            return
        items: tuple[Item, ...] = getattr(node, kind)
        if not items:
            self.text_dialog(node.id, kind, None, "")
            return
        choices = [(NEW, t("add_new", self.lang))]
        choices += [
            (item.id, f"{i}. {clean_line(item.text, 160)}") for i, item in enumerate(items, 1)
        ]
        title = t("pick_item", self.lang, kind=t(f"kind_{kind}", self.lang))

        def picked(item_id: Any) -> None:
            if item_id == NEW:
                self.text_dialog(node.id, kind, None, "")
            elif isinstance(item_id, str):
                current = next((i for i in items if i.id == item_id), None)
                self.text_dialog(node.id, kind, item_id, current.text if current else "")

        self.open_dialog(ChoiceDialog(title, choices, self.lang), picked)

    def text_dialog(
        self, node_id: str, kind: str, item_id: str | None, text: str, error: str = ""
    ) -> None:
        from lkj_tui.tui.components.dialogs import TextDialog

        if self.view is None:
            return
        seen = self.view.revision
        key = "new_item" if item_id is None else "edit_item"
        title = t(key, self.lang, kind=t(f"kind_{kind}", self.lang))
        dialog = TextDialog(title, text, self.lang, error)

        def done(result: Any) -> None:
            node = self._node(node_id)
            if not isinstance(result, str) or node is None:
                return
            items = list(getattr(node, kind))
            index = next((i for i, item in enumerate(items) if item.id == item_id), None)
            if index is None:  # new, or the entry disappeared in a reload: keep the text as new
                items.append(Item(new_id(), result))
                index = len(items) - 1
            elif items[index].text == result:
                return
            else:
                items[index] = Item(items[index].id, result)
            retry = lambda err: self.text_dialog(node_id, kind, item_id, result, err)  # noqa: E731
            what = f"{tr(kind, self.lang)} {index + 1}"
            self.save(node.with_changes(**{kind: tuple(items)}), seen, what, result, retry)

        self.open_dialog(dialog, done)

    # ------------------------------------------------------------------ delete
    def action_delete_item(self) -> None:
        from lkj_tui.tui.components.dialogs import ChoiceDialog, ConfirmDialog

        node = self._editable()
        if node is None:
            return
        entries = [
            (f"{kind}:{item.id}", f"{tr(kind, self.lang)} {i}: {clean_line(item.text, 150)}")
            for kind in ("permasalahan", "solusi")
            for i, item in enumerate(getattr(node, kind), 1)
        ]
        if not entries:
            self.toast(t("nothing_to_delete", self.lang), "warning", timeout=4)
            return
        labels, seen = dict(entries), self.view.revision if self.view else 0

        def picked(key: Any) -> None:
            if isinstance(key, str) and key in labels:
                kind = key.split(":", 1)[0]
                title = t("confirm_delete", self.lang, kind=t(f"kind_{kind}", self.lang))
                text = f"{labels[key]}\n\n(y / n)"
                dialog = ConfirmDialog(title, text, t("yes_delete", self.lang), self.lang)
                self.open_dialog(
                    dialog,
                    lambda yes: self._delete(node.id, key, labels[key], seen) if yes else None,
                )

        self.open_dialog(ChoiceDialog(t("pick_delete", self.lang), entries, self.lang), picked)

    def _delete(self, node_id: str, key: str, label: str, seen: int) -> None:
        node = self._node(node_id)
        kind, item_id = key.split(":", 1)
        if node is None:
            return
        kept = tuple(i for i in getattr(node, kind) if i.id != item_id)
        if len(kept) != len(getattr(node, kind)):
            what = clean_line(label, 60)
            self.save(node.with_changes(**{kind: kept}), seen, what, "", None, deleted=True)

    # ------------------------------------------------------------------ saving
    def save(
        self, node: Node, seen: int, what: str, typed: str, retry: Any, deleted: bool = False
    ) -> None:
        """Save ``node`` expecting the store still at revision ``seen`` (what the user edited)."""
        assert self.view is not None
        self.saving = True
        self.save_worker(Edit(self.view.report_id, node, seen, what, typed, retry, deleted))

    @work(thread=True, exclusive=True, group="save")
    def save_worker(self, edit: Edit) -> None:
        try:
            revision = self.store.save_node(
                edit.report_id, edit.node, expected_revision=edit.revision
            )
        except ConflictError as exc:
            self.post_message(SaveFailed(edit, error_text(exc, self.lang), conflict=True))
        except Exception as exc:  # disk full, read-only, lock timeout…: the edit stays on screen
            self.post_message(SaveFailed(edit, error_text(exc, self.lang), conflict=False))
        else:
            self.post_message(Saved(edit, revision))

    def on_saved(self, message: Saved) -> None:
        self.saving = False
        view, edit = self.view, message.edit
        if view is None or view.report_id != edit.report_id:
            return
        view.revision = message.revision
        view.evaluation.replace(edit.node)
        view.note_changed(edit.node.id)
        ids = [edit.node.id, *(a.id for a in view.evaluation.report.ancestors(edit.node.id))]
        self.tree.refresh_ids(ids)
        self.refresh_panes(changed=True)
        self.toast(t("deleted" if edit.deleted else "saved", self.lang, what=edit.what), timeout=3)

    def _reoffer(self, edit: Edit) -> None:
        """After a conflict reload: the dialog again, with the typed text, on the fresh data."""
        if edit.retry is not None and self.view is not None:
            edit.retry(t("conflict_dialog", self.lang, revision=self.view.revision))

    def on_save_failed(self, message: SaveFailed) -> None:
        self.saving = False
        edit = message.edit
        if message.conflict:
            typed = clean_line(edit.typed, 300) or edit.what
            self.toast(t("conflict", self.lang, typed=typed), "warning", timeout=30)
            self.load(edit.report_id, "conflict", lambda: self._reoffer(edit))
            return
        self.toast(t("save_failed", self.lang, error=message.error), "error", timeout=30)
        if edit.retry is not None:
            edit.retry(message.error)
        self.query_one(SummaryBar).show(self.view, self.only_under)
