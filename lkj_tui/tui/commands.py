"""Every lkj-tui action in the command palette (ctrl+p), in the app's language."""

from __future__ import annotations

from collections.abc import Iterable
from functools import partial
from typing import TYPE_CHECKING

from textual.command import CommandPalette, DiscoveryHit, Hit, Hits, Provider
from textual.theme import ThemeProvider

from lkj_tui.tui.text import t

if TYPE_CHECKING:
    from textual.app import App, SystemCommand
    from textual.screen import Screen

#: (action, key of its name in text.py, key shown beside it). The help text key is ``<name>_help``.
COMMANDS: list[tuple[str, str, str]] = [
    ("toggle_under", "toggle_under", "u"),
    ("next_under", "next_under", "n"),
    ("prev_under", "prev_under", "N"),
    ("toggle_untargeted", "toggle_untargeted", "T"),
    ("leave_filter", "leave_filter", "esc"),
    ("search", "search", "/"),
    ("edit_realisasi", "edit", "e"),
    ("edit_target", "target", "t"),
    ("edit_quarters", "quarters", "w"),
    ("edit_measure", "measure", "m"),
    ("edit_item('permasalahan')", "problem", "p"),
    ("edit_item('solusi')", "solution", "s"),
    ("add_child", "add", "a"),
    ("add_sibling", "add_sibling", "A"),
    ("rename", "rename", "R"),
    ("delete", "delete", "d"),
    ("move", "move", "M"),
    ("shift(-1)", "shift_up", "["),
    ("shift(1)", "shift_down", "]"),
    ("edit_report", "report_form", "E"),
    ("undo", "undo", "ctrl+z"),
    ("redo", "redo", "ctrl+y"),
    ("change_log", "change_log", "L"),
    ("copy_node", "copy", "c"),
    ("toggle_lang", "toggle_lang", ""),
    ("export", "export", "x"),
    ("reviu", "reviu", "v"),
    ("switch_report", "switch", "r"),
    ("import_file", "import", "i"),
    ("overview", "overview", "o"),
    ("history", "history", "H"),
    ("conflicts", "conflicts", "K"),
    ("sync", "sync", "S"),
    ("expand_all", "expand_all", "+"),
    ("collapse_all", "collapse_all", "-"),
    ("reload", "reload", "ctrl+r"),
    ("help", "help", "?"),
    ("quit", "quit", "q"),
]


class LkjCommands(Provider):
    """The app's actions, named in Bahasa Indonesia or English."""

    def _commands(self) -> list[tuple[str, str, str]]:
        from lkj_tui.core.shell import as_run

        lang = getattr(self.app, "lang", "id")
        # (a command a line names as the program was run: "(python -m lkj_tui sync)", paths57)
        return [
            (
                f"{t(name, lang)} ({key})" if key else t(name, lang),
                action,
                as_run(t(f"{name}_help", lang)),
            )
            for action, name, key in COMMANDS
        ]

    async def discover(self) -> Hits:
        for title, action, help_text in self._commands():
            yield DiscoveryHit(title, partial(self.app.run_action, action), help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, action, help_text in self._commands():
            score = max(matcher.match(title), matcher.match(help_text))
            if score > 0:
                yield Hit(
                    score,
                    matcher.highlight(title),
                    partial(self.app.run_action, action),
                    text=title,
                    help=help_text,
                )


def system_commands(app: App[object], screen: Screen[object]) -> Iterable[SystemCommand]:
    """Textual's own commands in the palette (ctrl+p) in Bahasa Indonesia: the theme switcher,
    maximize/minimize, the screenshot. Not Textual's "Quit" ("Keluar (q)" is ours) nor "Keys"
    (Textual's key panel, every line of it English). English keeps Textual's commands as they are."""
    from textual.app import App, SystemCommand

    lang = getattr(app, "lang", "id")
    if lang == "en":
        yield from App.get_system_commands(app, screen)
        return
    yield SystemCommand(t("sys_theme", lang), t("sys_theme_help", lang), app.action_change_theme)
    if screen.maximized is not None:
        yield SystemCommand(t("sys_min", lang), t("sys_min_help", lang), screen.action_minimize)
    elif screen.focused is not None and screen.focused.allow_maximize:
        yield SystemCommand(t("sys_max", lang), t("sys_max_help", lang), screen.action_maximize)
    yield SystemCommand(
        t("sys_screenshot", lang),
        t("sys_screenshot_help", lang),
        lambda: app.set_timer(0.1, app.deliver_screenshot),
    )


def open_palette(app: App[object], themes: bool = False) -> None:
    """The command palette (or the theme switcher) with its search line in the app's language."""
    lang = getattr(app, "lang", "id")
    if themes:
        app.push_screen(CommandPalette([ThemeProvider], placeholder=t("themes_placeholder", lang)))
    elif app.use_command_palette and not CommandPalette.is_open(app):
        app.push_screen(
            CommandPalette(placeholder=t("palette_placeholder", lang), id="--command-palette")
        )
