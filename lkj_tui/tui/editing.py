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
from datetime import datetime
from functools import partial
from typing import TYPE_CHECKING, Any

from textual import work
from textual.content import Content

from lkj_tui.core.changes import STRUCTURE, field_label
from lkj_tui.core.edits import (
    QUARTER_FIELDS,
    QUARTER_TARGET_FIELDS,
    EditError,
    doubts,
    field_value,
    item_texts,
    lone_doubts,
    percent_doubts,
    reading,
    with_field,
)
from lkj_tui.core.edits import label as node_label
from lkj_tui.core.engine import compute
from lkj_tui.core.i18n import tr, verdict_text
from lkj_tui.core.model import Item, Node, new_id
from lkj_tui.core.numbers import format_id
from lkj_tui.core.sanitize import clean_line, clean_words
from lkj_tui.core.values import ParseError, parse_value, typed_value, written_notes
from lkj_tui.storage.errors import ConflictError, StoreError
from lkj_tui.tui.components.summary import SummaryBar
from lkj_tui.tui.messages import Edit, Saved, SaveFailed
from lkj_tui.tui.text import capaian_words, change_words, edit_message, error_text, t

#: The fields of a measure its capaian is made from: their toast says the capaian after it.
CAPAIAN_INPUTS = frozenset(
    ("target", "realisasi", "polaritas", "cara_hitung", *QUARTER_FIELDS, *QUARTER_TARGET_FIELDS)
)

if TYPE_CHECKING:
    from lkj_tui.core.edits import Change
    from lkj_tui.tui.base import AppBase
    from lkj_tui.tui.components.dialogs import Assessment

    _Base = AppBase
else:
    _Base = object


class EditsMixin(_Base):
    """The edit actions of :class:`LkjApp`."""

    def _editable(self, measured: bool = False) -> Node | None:
        node = self.selected()
        if node is None or self.view is None:
            return None
        if self.saving:
            self.toast(t("busy", self.lang), "warning", timeout=3)
            return None
        if self.evaluating():
            return None
        if measured and node.measure is None:
            self.toast(t("not_measured", self.lang), "warning", timeout=4)
            return None
        return node

    def evaluating(self) -> bool:
        """Whether the open report's figures are still being computed (a big report, just
        opened): edits wait for them (the dialogs show capaian, and an edit updates the
        evaluation); says so."""
        if self.view is None or self.view.ready:
            return False
        self.toast(t("evaluating_wait", self.lang), "warning", timeout=4)
        return True

    def _node(self, node_id: str) -> Node | None:
        return self.view.report.get(node_id) if self.view else None

    @staticmethod
    def _titled(title: str, node: Node | None) -> str:
        """A dialog's title naming its node ("Tambah permasalahan · IKU 1"): the dialog hides the
        tree (at 80 columns, and a picker of its permasalahan or of what to delete as well)."""
        return f"{title} · {clean_words(node_label(node), 50)}" if node is not None else title

    # ------------------------------------------------------------------ realisasi, target
    def action_edit_realisasi(self) -> None:
        node = self._editable(measured=True)
        if node is not None and node.measure is not None:
            self.value_dialog(node.id, node.measure.realisasi or "")

    def action_edit_target(self) -> None:
        node = self._editable(measured=True)
        if node is not None and node.measure is not None:
            self.value_dialog(node.id, node.measure.target or "", field="target")

    def value_dialog(
        self, node_id: str, value: str, error: str = "", field: str = "realisasi"
    ) -> None:
        """Edit the realisasi (``e``) or the target (``t``) of the report year."""
        from lkj_tui.tui.components.dialogs import ValueDialog

        node = self._node(node_id)
        if node is None or node.measure is None or self.view is None:
            return
        seen = self.view.revision  # saved against what the user saw: a change meanwhile conflicts
        year = self.view.report.meta.tahun
        title = t("value_title", self.lang, field=tr(field, self.lang), year=year)
        m = node.measure
        about = " · ".join(
            part
            for part in (
                f"{tr('satuan', self.lang)}: {m.satuan}" if m.satuan else "",
                tr(m.polaritas, self.lang),
            )
            if part
        )
        assess = partial(self.assess_value, node_id, field)
        other = (m.target if field == "realisasi" else m.realisasi) or ""
        field_other = "target" if field == "realisasi" else "realisasi"
        dialog = ValueDialog(
            title, node.name, other, value, self.lang, error, assess, about, field_other
        )

        def done(result: Any) -> None:
            fresh = self._node(node_id)  # the report may have been reloaded meanwhile
            if not isinstance(result, str) or fresh is None or fresh.measure is None:
                return
            if result == (getattr(fresh.measure, field) or "") and not error:
                return
            retry = lambda err: self.value_dialog(node_id, result, err, field)  # noqa: E731
            try:  # (stored as the report writes it, "2.93" as "2,93", as set stores it)
                node = with_field(fresh, field, result)
            except EditError as exc:
                retry(edit_message(exc, self.lang))
                return
            self.save(node, seen, result, retry, {field: result})

        self.open_dialog(dialog, done)

    def assess_realisasi(self, node_id: str, text: str) -> Assessment:
        return self.assess_value(node_id, "realisasi", text)

    def assess_value(self, node_id: str, field: str, text: str) -> Assessment:
        """What the engine makes of ``text`` as the realisasi (or target): the capaian, its doubts,
        or why it cannot be saved (unreadable; or no capaian although the current value gives one,
        so a typo never silently turns a capaian into "not measurable")."""
        from lkj_tui.tui.components.dialogs import Assessment

        lang = self.lang
        node = self._node(node_id)
        if node is None or node.measure is None or self.view is None:
            return Assessment(Content())
        m = node.measure
        if not text:
            key = "empty_realisasi" if field == "realisasi" else "empty_target"
            preview = Content.styled(t(key, lang), "$text-muted")
            current = getattr(m, field)
            clears = (
                (t("clears_value", lang, field=tr(field, lang), value=clean_line(current, 60)),)
                if current
                else ()
            )
            return Assessment(preview, clears)
        target, realisasi = (m.target, text) if field == "realisasi" else (text, m.realisasi)
        found = self.assess_pair(
            target, realisasi, m.polaritas, tr("capaian", lang), field, m.satuan or ""
        )
        if field == "realisasi" and not (m.target or "").strip():  # a new IKU: say where
            hint = Content.styled(f" {t('set_target_with_t', lang)}", "$text-muted")
            found = dataclasses.replace(found, preview=Content.assemble(found.preview, hint))
        if found.error or found.refusable is None:
            return found
        old = self.view.evaluation.of(node_id).achievement
        if (
            old is not None
            and old.rounded is None
            and not old.verdict
            and old.reason_code != "realisasi_missing"
        ):
            return dataclasses.replace(found, refusable=None)  # the old value gave none either
        return dataclasses.replace(found, error=found.refusable, refusable=None)  # (refused)

    def assess_pair(
        self,
        target: str | None,
        realisasi: str | None,
        polaritas: str,
        label: str,
        typed: str = "realisasi",
        satuan: str = "",
    ) -> Assessment:
        """The preview of a target/realisasi pair: ``label: 86,96 %  Tinggi  ▼``, the engine's
        doubts about the ``typed`` side (a fraction typed where the ``satuan`` is "%" too), or why
        it cannot be read (``error``) or compared (``refusable``: the caller decides). ``typed``
        "polaritas" or "satuan" (the measure form's): the pair's capaian, and the doubts
        ``lkj-tui set`` prints for that field, ``check``'s (a band target not stabil: the form
        said nothing of it before any realisasi, and after it the engine's other words, edit31;
        a number where the satuan names a grade, edit33)."""
        from lkj_tui.core.reviu.measures import typed_doubts  # (check's rules: one source)
        from lkj_tui.tui.components.dialogs import Assessment

        lang = self.lang
        assert self.view is not None
        scales = self.view.scales
        if typed in ("polaritas", "satuan"):
            found = self.assess_pair(target, realisasi, polaritas, label, "realisasi", satuan)
            said = typed_doubts(target, realisasi, polaritas, typed, lang, satuan, scales)
            return dataclasses.replace(found, warnings=said)
        raw = (realisasi if typed == "realisasi" else target) or ""
        try:
            typed_value(raw)
        except ParseError as exc:
            return Assessment(Content(), (), exc.message_en if lang == "en" else exc.message)
        found = self._assess_read(target, realisasi, polaritas, label, typed, satuan)
        # a number the engine reads for certain in another form ("2.93": 2,93, stored so) is
        # said under the preview and asks no second Enter; "3.226" (ambiguous) still does
        read = written_notes(raw, lang)
        if not read:
            return found
        warnings = tuple(w for w in found.warnings if w not in read)
        return dataclasses.replace(found, warnings=warnings, read=read)

    def _assess_read(
        self,
        target: str | None,
        realisasi: str | None,
        polaritas: str,
        label: str,
        typed: str,
        satuan: str,
    ) -> Assessment:
        """:meth:`assess_pair` of a pair whose ``typed`` side can be read."""
        from lkj_tui.core.reviu.measures import typed_doubts
        from lkj_tui.tui.components.dialogs import Assessment

        lang = self.lang
        assert self.view is not None
        scales = self.view.scales
        new = compute(target, realisasi, polaritas, scales)  # type: ignore[arg-type]
        notes = new.notes_en if lang == "en" else new.notes
        try:
            other = parse_value(target if typed == "realisasi" else realisasi)
            other_notes = other.notes_en if lang == "en" else other.notes
        except ParseError:
            other_notes = ()
        warnings = doubts(notes, other_notes, satuan)
        warnings += percent_doubts(target, realisasi, satuan, typed, lang)
        warnings += typed_doubts(target, realisasi, polaritas, typed, lang, satuan, scales)
        if new.rounded is not None:
            ach = Content(f"{format_id(new.rounded)} %")
            if new.rating:
                from lkj_tui.tui.components.detail import RATING_STYLE

                ach = Content.assemble(
                    ach, (f"  {tr(new.rating, lang)}", RATING_STYLE.get(new.rating, ""))
                )
            if new.under_target:
                ach = Content.assemble(ach, (f"  ▼ {tr('under_target', lang)}", "$text-error"))
            preview = Content.assemble((f"{label}: ", "$text-muted"), ach)
            return Assessment(preview, warnings)
        reason = (new.reason_en if lang == "en" else new.reason) or new.reason_code or ""
        if new.verdict:  # met or not, no capaian %: saved like any capaian
            said = f"{new.format(lang)}  {verdict_text(new.met, lang)}"
            if new.under_target:
                said += f"  ▼ {tr('under_target', lang)}"
            preview = Content.assemble(
                (f"{label}: ", "$text-muted"), said, (f" ({reason})", "$text-muted")
            )
            return Assessment(preview, warnings)
        preview = Content.styled(t("no_capaian_because", lang, reason=reason), "$text-muted")
        raw, other = (realisasi, "target") if typed == "realisasi" else (target, "realisasi")
        if raw and new.reason_code == f"{other}_missing":
            # the other side is empty (next year's targets, before any realisasi): the engine
            # compares nothing, so say how the value is read and what its reading doubts
            said = t("read_as", lang, kind=reading(raw, lang))
            preview = Content.assemble((f"{said} ", "$text-muted"), preview)
            return Assessment(preview, lone_doubts(raw, typed, lang) + warnings)
        if new.reason_code in ("target_missing", "realisasi_missing"):
            return Assessment(preview, warnings)
        return Assessment(preview, warnings, None, t("not_comparable", lang, reason=reason))

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
        # keyed by position: item ids come from the file and could repeat
        choices = [(NEW, t("add_new", self.lang))]
        choices += [
            (str(i), f"{i + 1}. {clean_words(item.text, 160)}") for i, item in enumerate(items)
        ]
        title = self._titled(t("pick_item", self.lang, kind=t(f"kind_{kind}", self.lang)), node)

        def picked(key: Any) -> None:
            if key == NEW:
                self.text_dialog(node.id, kind, None, "")
            elif isinstance(key, str) and key.isdigit() and int(key) < len(items):
                item = items[int(key)]
                self.text_dialog(node.id, kind, item.id, item.text, position=int(key))

        self.open_dialog(ChoiceDialog(title, choices, self.lang), picked)

    def text_dialog(
        self,
        node_id: str,
        kind: str,
        item_id: str | None,
        text: str,
        error: str = "",
        position: int | None = None,
    ) -> None:
        from lkj_tui.tui.components.dialogs import TextDialog

        if self.view is None:
            return
        seen = self.view.revision
        key = "new_item" if item_id is None else "edit_item"
        title = self._titled(
            t(key, self.lang, kind=t(f"kind_{kind}", self.lang)), self._node(node_id)
        )
        dialog = TextDialog(title, text, self.lang, error)

        def done(result: Any) -> None:
            node = self._node(node_id)
            if not isinstance(result, str) or node is None:
                return
            try:  # as set and the import take it: a pasted megabyte is refused, with the text;
                texts = item_texts(kind, result)  # one per line, as a cell's lines (walk57)
            except EditError as exc:
                said = edit_message(exc, self.lang)
                self.text_dialog(node_id, kind, item_id, result, said, position)
                return
            items = list(getattr(node, kind))
            index = _position(items, item_id, position)
            if index is None:  # new, or the entry disappeared in a reload: keep the text as new
                items += [Item(new_id(), text) for text in texts]
            elif items[index].text == result:
                return
            else:  # (its id kept by its first line; the next lines are items after it)
                first = Item(items[index].id, texts[0])
                items[index : index + 1] = [first, *(Item(new_id(), x) for x in texts[1:])]
            retry = lambda err: self.text_dialog(  # noqa: E731
                node_id, kind, item_id, result, err, position
            )
            self.save(node.with_changes(**{kind: tuple(items)}), seen, result, retry)

        self.open_dialog(dialog, done)

    # ------------------------------------------------------------------ delete
    def confirm_delete_item(self, node_id: str, key: str, label: str, seen: int) -> None:
        from lkj_tui.tui.components.dialogs import ConfirmDialog

        kind = key.split(":", 1)[0]
        title = t("confirm_delete", self.lang, kind=t(f"kind_{kind}", self.lang))
        dialog = ConfirmDialog(
            title, label, t("yes_delete", self.lang), self.lang, destructive=True
        )
        self.open_dialog(
            dialog, lambda yes: self._delete(node_id, key, label, seen) if yes else None
        )

    def _delete(self, node_id: str, key: str, label: str, seen: int) -> None:
        node = self._node(node_id)
        kind, position, item_id = key.split(":", 2)  # "kind:position:id" (ids could repeat)
        if node is None:
            return
        items = list(getattr(node, kind))
        index = _position(items, item_id, int(position))
        if index is not None:
            kept = tuple(items[:index] + items[index + 1 :])
            self.save(node.with_changes(**{kind: kept}), seen, "", None)

    # ------------------------------------------------------------------ saving
    def save(
        self, node: Node, seen: int, typed: str, retry: Any, fields: dict[str, str] | None = None
    ) -> None:
        """Save ``node`` expecting the store still at revision ``seen`` (what the user edited);
        ``fields``: the values typed, by field (``edits.edit``'s ``typed``)."""
        from lkj_tui.core import edits

        assert self.view is not None
        change = edits.edit(self.view.report, node, typed=fields)
        self.submit(change, seen, typed=typed, retry=retry)

    def submit(
        self,
        change: Change,
        seen: int | None,
        what: str = "",
        typed: str = "",
        retry: Any = None,
        kind: str = "edit",
        shared: bool = False,
    ) -> None:
        """Save any change (``core.edits``) through the store in a worker; ``seen``: the revision
        it was made on (None for an undo/redo: each node it touches is checked instead);
        ``what``: the toast's words, by default the change's (``change_words``: the same for its
        save, undo and redo)."""
        assert self.view is not None
        self.saving = True
        what = what or change_words(change, kind, self.lang)
        edit = Edit(self.view.report_id, change, seen, what, typed, retry, kind, shared)
        self.save_worker(edit)

    @work(thread=True, exclusive=True, group="save")
    def save_worker(self, edit: Edit) -> None:
        from lkj_tui.core.evaluate import Evaluation
        from lkj_tui.tui.session import View

        try:
            loaded = self.store.apply(
                edit.report_id, edit.change, expected_revision=edit.revision, journal=edit.kind
            )
            view = only = None
            if not edit.fast:  # a view of what was written (another process's changes too)
                view = View.build(edit.report_id, loaded.revision, Evaluation(loaded.report))
                view.conflicts = len(loaded.conflicts)  # (a choice (K) takes one away)
                only = view.filter_paths(self.filter_mode())
        except ConflictError as exc:
            self.post_message(
                SaveFailed(edit, error_text(exc, self.lang, self.typed_options()), conflict=True)
            )
        except StoreError as exc:
            stale = exc.code == "stale"
            self.post_message(
                SaveFailed(edit, error_text(exc, self.lang, self.typed_options()), False, stale)
            )
        except Exception as exc:  # disk full, read-only, lock timeout…: the edit stays on screen
            self.post_message(
                SaveFailed(edit, error_text(exc, self.lang, self.typed_options()), conflict=False)
            )
        else:
            self.post_message(Saved(edit, loaded.revision, view, only))

    def on_saved(self, message: Saved) -> None:
        self.saving = False
        view, edit = self.view, message.edit
        if view is None or view.report_id != edit.report_id:
            self.saved_done(ok=True)
            return
        change = edit.change
        # (before the panes repaint: the key bar's ^z and ^y follow what can be undone)
        self.changelog.saved(change, edit.kind, datetime.now(), message.revision, edit.report_id)  # type: ignore[arg-type]
        if message.view is not None:
            self.view = message.view
            self.detail.use(message.view.evaluation)  # a new evaluation: the pane must read it
            self.tree.show_view(message.view, message.only, keep_open=True)
            if change.focus is not None:
                self.tree.reveal(change.focus)
            self.refresh_panes(changed=True)
        else:
            _, before, node = change.nodes[0]
            assert node is not None
            view.revision = message.revision
            view.evaluation.replace(node)
            rated = view.in_review
            view.note_changed(node.id)
            if before is None or (before.code, before.name) != (node.code, node.name):
                self.tree.relabel(node)  # (R: the row said the old name until a reload)
            if view.in_review != rated:  # the first realisasi: every row gets its rating column
                self.tree.evaluated()
            else:
                ids = [node.id, *(a.id for a in view.report.ancestors(node.id))]
                self.tree.refresh_ids(ids)
            self.refresh_panes(changed=True)
        if message.view is not None and hasattr(self, "start_reviu"):
            self.call_after_refresh(self.start_reviu)  # the reviu's findings of the new tree
        key = {"undo": "undone", "redo": "redone"}.get(edit.kind)
        if key and edit.shared:  # a conflict choice undone or redone goes out as the choice did
            key = f"share_{key}"
        key = key or ("share_chosen" if edit.shared else "saved")
        what = edit.what + self._capaian_now(change)
        self.toast(t(key, self.lang, what=what), timeout=8 if edit.shared else 3)
        self.saved_done(ok=True)

    def _capaian_now(self, change: Change) -> str:
        """After a save, undo or redo of what makes one indicator's capaian (its target,
        realisasi, quarters, polaritas, cara hitung): ", capaian 93,17 % Sangat Tinggi ▼ di
        bawah target", as ``lkj-tui set`` prints it under the change; "" otherwise."""
        if self.view is None or change.meta is not None or len(change.nodes) != 1:
            return ""
        if change.choice is not None or change.choices:  # (a sync conflict chosen: resolve's words)
            return ""
        if not any(line.field in CAPAIAN_INPUTS for line in change.lines):
            return ""
        try:
            ach = self.view.evaluation.of(change.nodes[0][0]).achievement
        except KeyError:  # (the node went with a reload)
            return ""
        return (
            ""
            if ach is None
            else t("capaian_now", self.lang, capaian=capaian_words(ach, self.lang))
        )

    def _reoffer(self, edit: Edit) -> None:
        """After a conflict reload: the dialog again, with the typed text, on the fresh data,
        naming what the fields typed hold now (another office's value, synced in meanwhile:
        saving again replaces it, so the dialog shows it)."""
        if edit.retry is not None and self.view is not None:
            self.toast_gone("conflict")  # (the dialog says it all: the toast would cover its words)
            now = self._now_in_report(edit)
            edit.retry(t("conflict_dialog", self.lang, revision=self.view.revision, now=now))

    def _now_in_report(self, edit: Edit) -> str:
        """The words ": Realisasi sekarang 3,00" for a change of one node's values (``e``, ``t``, ``w``,
        ``m``, ``R``), the first two fields, as read from the reloaded report; "" otherwise."""
        change = edit.change
        if change.meta is not None or len(change.nodes) != 1:
            return ""
        node = self._node(change.nodes[0][0])
        if node is None:
            return ""
        said = [
            t(
                "conflict_now",
                self.lang,
                field=field_label(line.field, self.lang),
                value=clean_words(field_value(node, line.field) or "—", 40),
            )
            for line in change.lines
            if line.field.partition(" ")[0] not in ("permasalahan", "solusi", "measure")
            and line.field not in STRUCTURE
        ][:2]
        return ": " + "; ".join(said) if said else ""

    def on_save_failed(self, message: SaveFailed) -> None:
        self.saving = False
        edit = message.edit
        self.saved_done(ok=False)
        if message.stale:  # an undo/redo that would overwrite another process's change
            self.toast(t("undo_stale", self.lang, error=message.error), "error", timeout=30)
            self.load(edit.report_id, "conflict")
            return
        if message.conflict:
            typed = clean_line(edit.typed, 300) or edit.what
            self.toast(t("conflict", self.lang, typed=typed), "warning", 30, kind="conflict")
            self.load(edit.report_id, "conflict", lambda: self._reoffer(edit))
            return
        self.toast(t("save_failed", self.lang, error=message.error), "error", timeout=30)
        if edit.retry is not None:
            edit.retry(message.error)
        self.query_one(SummaryBar).show(self.view, self.filter_mode())


def _position(items: list[Item], item_id: str | None, position: int | None) -> int | None:
    """Where the item the user picked is now: at ``position`` if it still has ``item_id`` there
    (ids can repeat in a file), else the first with that id (the list changed in a reload)."""
    if position is not None and position < len(items) and items[position].id == item_id:
        return position
    return next((i for i, item in enumerate(items) if item.id == item_id), None)
