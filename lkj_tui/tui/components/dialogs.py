"""Modal dialogs for edits: a value, a text, a choice among entries, a confirmation.

Each dialog gets its labels as arguments and returns what the user chose through ``dismiss``; the
app does the saving. Text the user typed is shown as data (``Content``/``markup=False``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Input, OptionList, Static, TextArea
from textual.widgets.option_list import Option

from lkj_tui.core.sanitize import clean, clean_line
from lkj_tui.core.values import ParseError, parse_value
from lkj_tui.tui.text import t

NEW = "__new__"


class Dialog(ModalScreen[object]):
    """Shared frame: a title, a body, an inline error line; esc cancels."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Batal", show=False)]

    def __init__(self, title: str, lang: str = "id", error: str = "") -> None:
        super().__init__()
        self.title_text, self.lang, self.initial_error = title, lang, error

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(
                Content.styled(clean_line(self.title_text), "bold"), classes="dialog-title"
            )
            yield from self.body()
            yield Static(Content(clean(self.initial_error)), classes="dialog-error", id="error")

    def body(self) -> ComposeResult:
        yield from ()

    def show_error(self, message: str) -> None:
        error = self.query_one("#error", Static)
        error.update(Content(clean(message)))
        error.display = bool(message)

    def on_mount(self) -> None:
        self.query_one("#error").display = bool(self.initial_error)

    def action_cancel(self) -> None:
        self.dismiss(None)


class ValueDialog(Dialog):
    """Edit the realisasi: validated with ``parse_value``; invalid input says why and stays open."""

    def __init__(
        self,
        title: str,
        name: str,
        target: str,
        value: str,
        lang: str = "id",
        error: str = "",
        check: Callable[[str], str | None] | None = None,
    ) -> None:
        super().__init__(title, lang, error)
        self.name_text, self.target, self.value, self.check = name, target, value, check

    def body(self) -> ComposeResult:
        yield Static(Content(clean_line(self.name_text, 300)), classes="dialog-name")
        yield Static(Content(t("target_is", self.lang, target=clean_line(self.target) or "—")))
        yield Input(clean_line(self.value), id="value")  # selected: typing replaces it
        yield Static(
            Content.styled(t("edit_hint", self.lang), "$text-muted"), classes="dialog-hint"
        )

    @on(Input.Submitted, "#value")
    def submit(self, event: Input.Submitted) -> None:
        text = event.value.strip()
        if text:
            try:
                parse_value(text)
            except ParseError as exc:
                self.show_error(exc.message_en if self.lang == "en" else exc.message)
                return
            problem = self.check(text) if self.check is not None else None
            if problem:
                self.show_error(problem)
                return
        self.dismiss(text)


class TextDialog(Dialog):
    """Write or edit one permasalahan/solusi; ctrl+s saves, an empty text is refused."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("ctrl+s", "save", "Simpan", show=False)]

    def __init__(self, title: str, text: str, lang: str = "id", error: str = "") -> None:
        super().__init__(title, lang, error)
        self.text = text

    def body(self) -> ComposeResult:
        yield TextArea(clean(self.text), id="text", soft_wrap=True, show_line_numbers=False)
        with Horizontal(classes="dialog-buttons"):
            yield Button(t("ok", self.lang), id="save", variant="primary")
            yield Button(t("cancel", self.lang), id="cancel")
        yield Static(
            Content.styled(t("text_keys", self.lang), "$text-muted"), classes="dialog-hint"
        )

    @on(Button.Pressed, "#save")
    def action_save(self) -> None:
        text = self.query_one("#text", TextArea).text.strip()
        if not text:
            self.show_error(t("empty_text", self.lang))
            return
        self.dismiss(text)

    @on(Button.Pressed, "#cancel")
    def cancel_pressed(self) -> None:
        self.dismiss(None)


class ChoiceDialog(Dialog):
    """Pick one entry (``choices`` of (id, label)); returns its id."""

    def __init__(self, title: str, choices: list[tuple[str, str]], lang: str = "id") -> None:
        super().__init__(title, lang)
        self.choices = choices

    def body(self) -> ComposeResult:
        options = [Option(Content(clean_line(label, 200)), id=key) for key, label in self.choices]
        yield OptionList(*options, id="choices", markup=False)

    @on(OptionList.OptionSelected, "#choices")
    def chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)


class ConfirmDialog(Dialog):
    """Yes or no; ``y``/enter on the yes button confirms, ``n``/esc cancels."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("y", "yes", "Ya", show=False),
        Binding("n", "cancel", "Tidak", show=False),
    ]

    def __init__(self, title: str, text: str, yes: str, lang: str = "id") -> None:
        super().__init__(title, lang)
        self.text, self.yes = text, yes

    def body(self) -> ComposeResult:
        yield Static(Content(clean(self.text)), classes="dialog-name")
        with Horizontal(classes="dialog-buttons"):
            yield Button(self.yes, id="yes", variant="error")
            yield Button(t("cancel", self.lang), id="no")

    def on_mount(self) -> None:
        super().on_mount()
        self.query_one("#no", Button).focus()

    @on(Button.Pressed, "#yes")
    def action_yes(self) -> None:
        self.dismiss(True)

    @on(Button.Pressed, "#no")
    def no_pressed(self) -> None:
        self.dismiss(False)

    def action_cancel(self) -> None:
        self.dismiss(False)
