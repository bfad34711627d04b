"""Authoring: structure (add, rename, delete, move, reorder), the measure's other fields, the
report form, undo/redo and the change log. A mixin of :class:`lkj_tui.tui.app.LkjApp`.

Every action builds a :class:`lkj_tui.core.edits.Change` from the report on screen and hands it to
``EditsMixin.submit`` — one save path for every edit: through the store, against the revision on
screen, recorded in the session's :class:`lkj_tui.core.changes.ChangeLog` once written. Undo saves
the reversed change the same way (refused, node by node, when another process changed the node).
Dialogs and forms are imported when first opened.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any

from textual.content import Content

from lkj_tui.core import edits
from lkj_tui.core.codes import suggested_code
from lkj_tui.core.i18n import tr
from lkj_tui.core.model import CARA_HITUNG, POLARITIES, Node, child_kinds
from lkj_tui.core.sanitize import clean_words
from lkj_tui.core.values import written_notes
from lkj_tui.core.words import PERIODE_HINT, norm, parse_periode, parse_polarity
from lkj_tui.tui.text import change_words, deleted_with, edit_message, field_label, read_as, t

if TYPE_CHECKING:
    from lkj_tui.tui.components.dialogs import Assessment
    from lkj_tui.tui.components.forms import Field
    from lkj_tui.tui.editing import EditsMixin

    _Base = EditsMixin  # the app as AppBase (tui/base.py) sees it, with the edits it builds on
else:
    _Base = object


class AuthoringMixin(_Base):
    """Structure, measure and report edits; undo, redo and the change log."""

    # ------------------------------------------------------------------ helpers
    def _report(self) -> Any:
        return self.view.report if self.view is not None else None

    def _try(
        self,
        build: Callable[[], edits.Change | None],
        seen: int | None = None,
        **kw: Any,
    ) -> bool:
        """Build a change and submit it; a refusal is a toast. Whether it was submitted."""
        if self.view is None:
            return False
        try:
            change = build()
        except edits.EditError as exc:
            self.toast(edit_message(exc, self.lang), "warning", timeout=6)
            return False
        if change is None:
            return False
        self.submit(change, self.view.revision if seen is None else seen, **kw)
        return True

    def _pick(
        self, title: str, choices: list[tuple[str, str]], then: Callable[[str], None]
    ) -> None:
        from lkj_tui.tui.components.dialogs import ChoiceDialog

        if len(choices) == 1:
            then(choices[0][0])
            return
        self.open_dialog(
            ChoiceDialog(title, choices, self.lang),
            lambda key: then(key) if isinstance(key, str) else None,
        )

    # ------------------------------------------------------------------ structure
    def action_add_child(self) -> None:
        node = self._editable()
        if node is None:
            self._add_first()
            return
        self._add_under(node.id, node.kind, None)

    def action_add_sibling(self) -> None:
        node = self._editable()
        if node is None:
            self._add_first()
            return
        report = self._report()
        parent = report.get(node.parent) if node.parent else None
        self._add_under(node.parent, parent.kind if parent else None, node.id, first=node.kind)

    def _add_first(self) -> None:
        """``a``/``A`` with no node on screen (an empty report, made with ``lkj-tui new`` or
        "Laporan baru…"): a tujuan at the top, the only way to start filling it in."""
        if self.view is None or self.selected() is not None or self.saving:
            return
        if not self.evaluating():
            self._add_under(None, None, None)

    def _add_under(
        self, parent_id: str | None, parent_kind: str | None, after: str | None, first: str = ""
    ) -> None:
        kinds = list(child_kinds(parent_kind))
        if not kinds:
            said = t("no_child_kind", self.lang, kind=tr(parent_kind or "", self.lang))
            node = self._node(parent_id) if parent_id is not None and after is None else None
            if node is not None and node.parent is not None:  # (``a`` on a leaf: ``A`` adds)
                said += t("add_beside", self.lang, under=self._under(node.parent))
            self.toast(said, "warning")
            return
        if first in kinds:
            kinds.remove(first)
            kinds.insert(0, first)
        choices = [(k, tr(k, self.lang)) for k in kinds]
        title = t("pick_kind", self.lang) + self._under(parent_id)
        self._pick(title, choices, partial(self._name_form, parent_id, after))

    def _under(self, parent_id: str | None) -> str:
        """ " di bawah IKU 1": where a node is added, named in its dialogs (which hide the tree at
        80 columns; ``A`` adds under the selected node's parent, not under it)."""
        parent = self._node(parent_id) if parent_id is not None else None
        return t("under_node", self.lang, node=edits.label(parent)) if parent is not None else ""

    def _name_form(
        self,
        parent_id: str | None,
        after: str | None,
        kind: str,
        values: Any = None,
        error: str = "",
        focus: str | None = None,
    ) -> None:
        from lkj_tui.tui.components.forms import Field, FormDialog

        if self.view is None:
            return
        values = values or {}
        # the next free kode of its kind's series offered ("IKU 11" after IKU 10), typed over
        code = values.get("code") if values else suggested_code(self._report(), kind)
        fields = [
            Field("name", field_label("name", self.lang), values.get("name", "")),
            Field("code", field_label("code", self.lang), code or ""),
        ]
        named = tr(kind, self.lang)
        if self.lang == "en" and named[1:2].islower():  # "New other indicator", not "New Other
            named = named[0].lower() + named[1:]  # indicator" (walk57); "IKU" as it is
        title = t("add_title", self.lang, kind=named) + self._under(parent_id)
        seen = self.view.revision

        def done(result: Any) -> None:
            if not isinstance(result, dict) or self.view is None:
                return
            retry = partial(self._name_form, parent_id, after, kind, result)
            report = self._report()
            try:
                change = edits.add(report, parent_id, kind, result["name"], result["code"], after)
            except (edits.EditError, KeyError) as exc:
                if isinstance(exc, edits.EditError):
                    retry(edit_message(exc, self.lang), exc.field or None)
                else:
                    retry(str(exc))
                return
            self.submit(change, seen, typed=result["name"], retry=lambda err: retry(err))

        self.open_dialog(FormDialog(title, fields, self.lang, error, focus_key=focus), done)

    def action_rename(self, values: Any = None, error: str = "", focus: str | None = None) -> None:
        from lkj_tui.tui.components.forms import Field, FormDialog

        node = self._editable()
        if node is None or self.view is None:
            return
        values = values or {}
        fields = [
            Field("name", field_label("name", self.lang), values.get("name", node.name)),
            Field("code", field_label("code", self.lang), values.get("code", node.code)),
        ]
        seen, node_id = self.view.revision, node.id

        def done(result: Any) -> None:
            fresh = self._node(node_id)
            if not isinstance(result, dict) or fresh is None:
                return
            self._save_fields(fresh, result, seen, partial(self.action_rename, result))

        title = t("rename_title", self.lang, kind=tr(node.kind, self.lang))
        self.open_dialog(FormDialog(title, fields, self.lang, error, focus_key=focus), done)

    def action_delete(self) -> None:
        """``d``: the node with its subtree, or one of its permasalahan/solusi."""
        from lkj_tui.tui.components.dialogs import ChoiceDialog

        node = self._editable()
        if node is None or self.view is None:
            return
        gone = edits.subtree(self._report(), node.id)
        size = len(gone)
        entry = "delete_node_entry" if size > 1 else "delete_leaf_entry"  # not "(1 nodes)"
        entries = [("node", t(entry, self.lang, name=edits.label(node), n=size))]
        entries += [  # "kind:position:id": item ids come from the file and could repeat
            (
                f"{kind}:{i - 1}:{item.id}",
                # one item as the toasts name it, "Problem 2" (it read "Problems (Permasalahan) 2")
                f"{field_label(f'{kind} {i}', self.lang)}: {clean_words(item.text, 150)}",
            )
            for kind in ("permasalahan", "solusi")
            for i, item in enumerate(getattr(node, kind), 1)
        ]
        if len(entries) == 1:
            self._confirm_delete_node(node, gone)
            return

        def picked(key: Any) -> None:
            if key == "node":
                self._confirm_delete_node(node, gone)
            elif isinstance(key, str):
                self.confirm_delete_item(
                    node.id, key, dict(entries)[key], self.view.revision if self.view else 0
                )

        title = self._titled(t("pick_delete", self.lang), node)
        self.open_dialog(ChoiceDialog(title, entries, self.lang), picked)

    def _confirm_delete_node(self, node: Node, gone: list[Node]) -> None:
        """The question names what goes: the nodes, and the realisasi, permasalahan and solusi
        written in them."""
        from lkj_tui.tui.components.dialogs import ConfirmDialog

        title = t("confirm_delete_node", self.lang, name=edits.label(node))
        text = t(
            "delete_node_text" if len(gone) > 1 else "delete_leaf_text",
            self.lang,
            name=clean_words(node.name, 200),
            n=len(gone),
            goes=deleted_with(gone, self.lang),
        )
        node_id = node.id

        def yes(answer: Any) -> None:
            if answer and self._node(node_id) is not None:
                self._try(lambda: edits.delete(self._report(), node_id))

        self.open_dialog(
            ConfirmDialog(title, text, t("yes_delete", self.lang), self.lang, destructive=True), yes
        )

    def action_move(self) -> None:
        from lkj_tui.tui.components.picker import PickerDialog

        node = self._editable()
        if node is None:
            return
        report = self._report()
        targets = edits.move_targets(report, node.id)
        if not targets:
            self.toast(t("no_move_target", self.lang), "warning", timeout=4)
            return
        rows = move_rows(report, targets, self.lang)
        title = t("move_title", self.lang, name=edits.label(node))
        node_id = node.id

        def picked(parent_id: Any) -> None:
            if isinstance(parent_id, str) and self._node(node_id) is not None:
                self._try(lambda: edits.move(self._report(), node_id, parent_id))

        dialog = PickerDialog(
            title, rows, self.lang, one_line=True, **move_cuts(targets, self.lang)
        )
        self.open_dialog(dialog, picked)

    def action_shift(self, delta: int) -> None:
        node = self._editable()
        if node is None:
            return
        node_id = node.id
        shifted = self._try(lambda: edits.shift(self._report(), node_id, delta))
        if not shifted and self.view is not None and not self.saving:
            self.toast(t("cannot_shift", self.lang), timeout=2)

    # ------------------------------------------------------------------ measure fields
    def _save_fields(
        self, before: Node, values: dict[str, str], seen: int, retry: Callable[..., None]
    ) -> None:
        """Apply the changed fields of a form in order and save them as one change. A refused
        one reopens the form on that field (``retry(error, key)``): it reopened on its first,
        and the author typing the fix overwrote the satuan with it (edit25)."""
        node, changed = before, None
        try:
            for key, value in values.items():
                if (edits.field_value(before, key) or "") != value.strip():
                    changed = key
                    node = edits.with_field(node, key, value)
            scales = self.view.scales if self.view else None
            refused = edits.comparability(before, node, scales, values)
            if refused is not None:
                raise refused
            if node.code != before.code:  # (R: a kode another tujuan, sasaran or IKU has)
                edits.check_code_free(self._report(), node)
        except edits.EditError as exc:
            retry(edit_message(exc, self.lang), exc.field or changed)
            return
        # a word the form reads in another spelling ("naik", "jumlah"): said as it was read
        read = {
            k: v.strip()
            for k in ("polaritas", "cara_hitung")
            if (v := values.get(k, "")).strip()
            and norm(v) != norm(edits.field_value(node, k) or "")
        }
        if node == before or self.view is None:
            if read and self.view is not None:  # (it closed saying nothing)
                said = "; ".join(
                    read_as(k, v, edits.field_value(node, k) or "", self.lang)
                    for k, v in read.items()
                )
                self.toast(t("unchanged_read", self.lang, what=said), timeout=6)
            return
        change = edits.edit(self._report(), node, typed=values)  # ("2.93" stored "2,93")
        typed = "; ".join(f"{k}={v}" for k, v in values.items() if v)
        what = change_words(change, "edit", self.lang, read) if read else ""
        self.submit(change, seen, what=what, typed=typed, retry=retry)

    def _years(self, node: Node) -> tuple[list[int], list[int]]:
        """Years of the Renstra targets and of earlier realisasi the form offers."""
        meta = self._report().meta
        m = node.measure
        start, end = meta.periode
        period = list(range(start, end + 1)) if 0 < start <= end < start + 15 else []
        targets = sorted(set(period) | set(m.targets if m else ()))
        earlier = sorted(
            {y for y in period if y < meta.tahun} | set(m.realisasi_history if m else ())
        )
        return targets, earlier

    def action_edit_measure(
        self, values: Any = None, error: str = "", focus: str | None = None
    ) -> None:
        from lkj_tui.tui.components.forms import Field

        node = self._editable(measured=True)
        if node is None or self.view is None:
            return
        values = values or {}
        targets, earlier = self._years(node)
        keys = ["satuan", "polaritas", "cara_hitung"]
        keys += [f"target_{y}" for y in targets] + [f"realisasi_{y}" for y in earlier]
        keys += ["target_akhir", "penanggung_jawab", "anggaran", "realisasi_anggaran"]
        hints = {"polaritas": " / ".join(POLARITIES), "cara_hitung": " / ".join(CARA_HITUNG)}
        fields = [
            Field(
                k,
                field_label(k, self.lang),
                values.get(k, edits.field_value(node, k) or ""),
                hint=hints.get(k, ""),
            )
            for k in keys
        ]
        self._measure_form(
            node, t("measure_title", self.lang), fields, error, self.action_edit_measure, focus
        )

    def action_edit_quarters(
        self, values: Any = None, error: str = "", focus: str | None = None
    ) -> None:
        from lkj_tui.tui.components.forms import Field

        node = self._editable(measured=True)
        if node is None:
            return
        values = values or {}
        keys = [
            k
            for pair in zip(edits.QUARTER_TARGET_FIELDS, edits.QUARTER_FIELDS, strict=True)
            for k in pair
        ]
        fields = [
            Field(k, field_label(k, self.lang), values.get(k, edits.field_value(node, k) or ""))
            for k in keys
        ]
        self._measure_form(
            node,
            t("quarters_title", self.lang),
            fields,
            error,
            self.action_edit_quarters,
            focus or "tw1",  # the realisasi, the usual edit; its target is the row above
            boxed=True,  # (its fields mostly empty: each drawn as a box, tui70)
        )

    def _measure_form(
        self,
        node: Node,
        title: str,
        fields: list[Field],
        error: str,
        again: Callable[..., None],
        focus_key: str | None = None,
        boxed: bool = False,
    ) -> None:
        from lkj_tui.tui.components.forms import FormDialog

        assert self.view is not None
        seen, node_id = self.view.revision, node.id
        assess = partial(self.assess_form, node_id)

        def done(result: Any) -> None:
            fresh = self._node(node_id)
            if not isinstance(result, dict) or fresh is None:
                return
            self._save_fields(fresh, result, seen, partial(again, result))

        dialog = FormDialog(
            title, fields, self.lang, error, assess, name=node.name, focus_key=focus_key
        )
        dialog.set_class(boxed, "-boxed")
        self.open_dialog(dialog, done)

    def assess_form(self, node_id: str, values: dict[str, str], key: str) -> Assessment:
        """The preview of a measure form's focused field: the capaian of its year (a target or
        realisasi of a year, the triwulan against the target), or why it cannot be read; a
        value typed in another form ("2.93", stored "2,93") says how it is read."""
        found = self._assess_field(node_id, values, key)
        if key in edits.VALUE_FIELDS or key[-4:].isdigit():
            read = written_notes(values.get(key, "").strip(), self.lang)
            if read:
                return dataclasses.replace(found, read=read)
        return found

    def _assess_field(self, node_id: str, values: dict[str, str], key: str) -> Assessment:
        from lkj_tui.tui.components.dialogs import Assessment

        node = self._node(node_id)
        if node is None or node.measure is None:
            return Assessment(Content())
        try:
            after = edits.with_field(node, key, values.get(key, ""))
            polar = parse_polarity(values.get("polaritas", node.measure.polaritas))
            if polar is not None and key != "polaritas":
                after = edits.with_field(after, "polaritas", polar)
        except edits.EditError as exc:
            return Assessment(Content(), (), edit_message(exc, self.lang))
        m = after.measure
        assert m is not None
        year = key[-4:] if key[-4:].isdigit() else None
        typed = "target" if key.startswith("target") else "realisasi"
        if key in ("polaritas", "satuan"):  # its doubts as `set … polaritas` prints them
            typed = key
        if year is not None:
            target, realisasi = m.targets.get(int(year)), m.realisasi_history.get(int(year))
            label = f"{tr('capaian', self.lang)} {year}"
            if typed == "target" and int(year) == self._report().meta.tahun:
                # the report year's Renstra target is not its target (`t`): an author typing
                # here expected Target <year> to change; say which is which, and measure it
                # against the year's realisasi, as the detail pane does ("tercetak lain")
                realisasi = realisasi or m.realisasi
                target, realisasi = _as_typed(target, realisasi, typed, values.get(key))
                found = self.assess_pair(
                    target, realisasi, m.polaritas, label, typed, m.satuan or ""
                )
                said = t("year_target_is", self.lang, year=year, value=m.target or "—")
                shown = Content.styled(clean_words(said, 120), "$text-muted")
                preview = Content.assemble(shown, "\n", found.preview)
                return dataclasses.replace(found, preview=preview)
        elif key in edits.QUARTER_FIELDS or key in edits.QUARTER_TARGET_FIELDS:
            return self._assess_quarter(after, values, key)
        elif key == "target_akhir":
            target, realisasi = m.target_akhir, m.realisasi
            label = tr("capaian_renstra", self.lang)
        else:
            target, realisasi = m.target, m.realisasi
            label = tr("capaian", self.lang)  # (the detail pane's word)
        target, realisasi = _as_typed(target, realisasi, typed, values.get(key))
        return self.assess_pair(target, realisasi, m.polaritas, label, typed, m.satuan or "")

    def _assess_quarter(self, node: Node, values: dict[str, str], key: str) -> Assessment:
        """A quarter's capaian as the engine computes it (docs/capaian.md): against the quarter's
        own target when the form gives one, else the year's target (to date for kumulatif)."""
        from lkj_tui.core.triwulan import quarters

        for other in (*edits.QUARTER_FIELDS, *edits.QUARTER_TARGET_FIELDS):
            if other != key and other in values:
                try:  # the other quarters as typed; an unreadable one is its own field's error
                    node = edits.with_field(node, other, values[other])
                except edits.EditError:
                    continue
        m = node.measure
        assert m is not None and self.view is not None
        n = int(key[-1])
        found = quarters(
            m.triwulan,
            m.target_triwulan,
            m.target,
            m.cara_hitung,
            m.polaritas,
            self.view.scales,
        )
        q = next((q for q in found if q.quarter == n), None)
        target = q.target if q else (m.target_triwulan[n - 1] or m.target)
        realisasi = q.realisasi if q else None
        label = f"{tr('capaian', self.lang)} {field_label(f'tw{n}', self.lang)}"
        typed = "target" if key in edits.QUARTER_TARGET_FIELDS else "realisasi"
        target, realisasi = _as_typed(target, realisasi, typed, values.get(key))
        return self.assess_pair(target, realisasi, m.polaritas, label, typed, m.satuan or "")

    # ------------------------------------------------------------------ report form
    def action_edit_report(
        self, values: Any = None, error: str = "", focus: str | None = None
    ) -> None:
        from lkj_tui.tui.components.forms import Field, FormDialog

        if self.view is None or self.saving or self.evaluating():
            return
        meta = self._report().meta
        values = values or {}
        current = {
            "instansi": meta.instansi,
            "tahun": str(meta.tahun),
            "periode": f"{meta.periode[0]}-{meta.periode[1]}",
            "misi": "\n".join(meta.misi),
            "isu_strategis": "\n".join(meta.isu_strategis),
            "perbaikan_kinerja": "\n".join(meta.perbaikan_kinerja),
        }
        fields = [
            Field(k, field_label(k, self.lang), values.get(k, v), lines=k in edits.META_LISTS)
            for k, v in current.items()
        ]
        seen = self.view.revision

        def done(result: Any) -> None:
            if not isinstance(result, dict) or self.view is None:
                return
            retry = partial(self.action_edit_report, result)
            try:
                changes = meta_changes(result)
            except edits.EditError as exc:  # (the form again, on the field to mend)
                retry(edit_message(exc, self.lang), exc.field)
                return
            now = self._report().meta
            changes = {k: v for k, v in changes.items() if getattr(now, k) != v}
            if changes:
                self._try(
                    lambda: edits.set_meta(self._report(), **changes),
                    seen,
                    typed=result.get("instansi", ""),
                    retry=retry,
                )

        title = t("report_title", self.lang)
        self.open_dialog(FormDialog(title, fields, self.lang, error, focus_key=focus), done)

    # ------------------------------------------------------------------ undo, redo, log
    def action_undo(self) -> None:
        self._replay("undo")

    def action_redo(self) -> None:
        self._replay("redo")

    def _replay(self, kind: str) -> None:
        if self.view is None:
            return
        if self.saving:
            self.toast(t("busy", self.lang), "warning", timeout=3)
            return
        if self.evaluating():
            return
        change = self.changelog.next_undo() if kind == "undo" else self.changelog.next_redo()
        if change is None:
            self.toast(t(f"nothing_to_{kind}", self.lang), timeout=3)
            return
        # a K choice undone or redone reaches the other offices as the choice did: say so (tui20)
        shared = change.conflicts is not None and self._shared_quietly()  # type: ignore[attr-defined]
        self.submit(change, None, kind=kind, shared=shared)

    def action_copy_node(self, hint: str = "") -> None:
        """``c``: the selected node as Markdown on the clipboard (OSC 52), with a toast."""
        from lkj_tui.export.clip import node_markdown

        node = self.selected()
        if node is None or self.view is None:
            return
        if not self.view.ready:  # a big report just opened: copy once its figures are made
            self.when_evaluated(lambda: self.action_copy_node(hint))
            return
        self.copy_to_clipboard(node_markdown(self.view.evaluation.of(node.id), self.lang))
        self.toast(t("copied", self.lang, what=edits.label(node)) + hint, timeout=4)

    def action_copy(self) -> None:
        """ctrl+c (the tree's, the detail pane's and the app's binding; a dialog's input or text
        area copies its own selection, components/dialogs.py): text selected with the mouse (the
        detail pane's as plain text), else, on the main screen, the selected node as Markdown as
        ``c`` does. Each says what it copied; the node's toast also names the keys that quit,
        for whoever meant ctrl+c so."""
        text = self.screen.get_selected_text() or ""
        if text:
            self.copy_to_clipboard(text)
            self.toast(t("copied_text", self.lang, n=len(text)), timeout=3)
        elif self.screen is self.tree.screen:
            self.action_copy_node(t("copy_quit_hint", self.lang))

    def action_change_log(self) -> None:
        from lkj_tui.tui.components.changelog import ChangeLogScreen

        report = self.view.report.meta.id if self.view is not None else ""
        self.open_dialog(ChangeLogScreen(self.changelog.entries, self.lang, report))


def meta_changes(values: dict[str, str]) -> dict[str, Any]:
    """The report form's text as ReportMeta fields; :class:`~lkj_tui.core.edits.EditError` says
    what is wrong, in either language, opening with its field's key (the form names it by its
    label: "Tahun: harus 4 angka …"; it said both languages at once, "tahun harus 4 angka / the
    year must be 4 digits")."""
    out: dict[str, Any] = {}
    if "instansi" in values:
        instansi = edits.one_line("instansi", values["instansi"])  # (as set and new limit it)
        if not instansi:
            raise edits.EditError(
                "instansi: tidak boleh kosong", "instansi: must not be empty", "instansi"
            )
        out["instansi"] = instansi
    if "tahun" in values:
        tahun = values["tahun"].strip()
        if not (tahun.isdigit() and len(tahun) == 4):
            typed = clean_words(tahun, 20)
            raise edits.EditError(
                f"tahun: harus 4 angka, bukan '{typed}'",
                f"tahun: must be 4 digits, not '{typed}'",
                "tahun",
            )
        out["tahun"] = int(tahun)
    if "periode" in values:
        periode = parse_periode(values["periode"])  # (the import's reading: one rule)
        if periode is None:
            said, said_en = (f"periode: {hint}" for hint in PERIODE_HINT)
            raise edits.EditError(said, said_en, "periode")
        out["periode"] = periode
    for key in edits.META_LISTS:  # (each line an account, held to its limit: vals41)
        if key in values:
            lines = values[key].splitlines()
            out[key] = tuple(edits.item_text(key, line) for line in lines if line.strip())
    return out


def _as_typed(
    target: str | None, realisasi: str | None, typed: str, text: str | None
) -> tuple[str | None, str | None]:
    """The pair a form assesses with its ``typed`` side as it was typed where it reads the same
    as stored ("> 2.6", stored "> 2,6": its doubts quote what the user typed, as the value
    dialog's and ``set``'s do, vals61)."""
    if typed == "target":
        return edits.as_typed(target, text), realisasi
    if typed == "realisasi":
        return target, edits.as_typed(realisasi, text)
    return target, realisasi


def move_rows(report: Any, targets: list[Node], lang: str) -> list[tuple[str, str, str]]:
    """The move picker's rows (``M``) of ``targets``: (id, kind · kode · name, where it is)."""
    rows: list[tuple[str, str, str]] = []
    for n in targets:
        # where the row is, said so ("di bawah T1"; it read "…  T1", a code with no word)
        where = " › ".join(edits.label(a) for a in reversed(report.ancestors(n.id)))
        where = t("under_node", lang, node=where).lstrip() if where else ""
        named = f"{edits.label(n)} · {n.name}" if n.code else n.name  # (not the name twice)
        # a name that says its kind in the report's words is not led by it ("Program
        # Perekonomian…", not "Program · Program Perekonomian…", "Activity (Kegiatan) ·
        # Kegiatan Pelaksanaan…": at 80 columns the kind took the cells of the name)
        says = named.casefold().startswith(tr(n.kind, "id").casefold() + " ")
        rows.append((n.id, named if says else f"{tr(n.kind, lang)} · {named}", where))
    return told_by_id(rows, report, lang)


def move_cuts(targets: list[Node], lang: str) -> dict[str, Any]:
    """The move picker's ``lead`` (kept where a place is cut) and ``kinds`` (a name is cut after
    them): :class:`~lkj_tui.tui.components.picker.PickerDialog`'s."""
    lead = t("under_node", lang, node="").strip() + " "
    return {"lead": lead, "kinds": tuple({tr(n.kind, "id") for n in targets})}


def told_by_id(
    rows: list[tuple[str, str, str]], report: Any, lang: str
) -> list[tuple[str, str, str]]:
    """Move targets of the same kind, name and place (kabupaten reports list the same kegiatan
    twice under one IKU) named by their ids as ``check`` names a node, "simpul 1a2b3c4d" before
    the name: the detail pane shows the same, ``/`` finds it, and the rows no longer read
    alike. Linear in the rows."""
    seen = Counter((label, where) for _, label, where in rows)
    if seen.most_common(1)[0][1] < 2:
        return rows
    from lkj_tui.core.reviu.finding import node_ref, shared_heads

    shared = shared_heads(report)
    told = []
    for node_id, label, where in rows:
        if seen[label, where] > 1:  # (before the name, where a kind and kode end: kept)
            start = len(label) - len(report.node(node_id).name)
            label = f"{label[:start]}{node_ref(node_id, shared, lang)} · {label[start:]}"
        told.append((node_id, label, where))
    return told
