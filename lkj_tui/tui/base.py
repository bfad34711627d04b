"""What the app's parts may use of one another: the type the mixins of the app are checked against.

:class:`lkj_tui.tui.app.LkjApp` is made of mixins (``authoring``, ``editing``, ``navigation``,
``importfile``, ``overview``, ``sharing``). Each needs the app's attributes and a few methods of
the app or of another mixin. They take them from :class:`AppBase`, for type checking only, instead
of importing ``app.py`` (``authoring`` takes ``editing``'s methods from ``EditsMixin`` itself). So
``app`` imports the mixins, the mixins import this module, and never the other way (import-linter
contracts in ``pyproject.toml`` keep it so). mypy checks the mixins against these declarations,
and ``LkjApp`` against them as overrides.

Nothing here runs: the mixins derive from ``object`` at run time.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual.app import App

if TYPE_CHECKING:
    from lkj_tui.core.changes import ChangeLog
    from lkj_tui.core.model import Node
    from lkj_tui.core.reviu import Reviu
    from lkj_tui.storage.store import Store
    from lkj_tui.tui.components.detail import DetailPane
    from lkj_tui.tui.components.dialogs import Dialog
    from lkj_tui.tui.components.tree import LkjTree
    from lkj_tui.tui.session import View


class AppBase(App[int]):
    """The app as its mixins see it."""

    # set by LkjApp.__init__
    store: Store
    #: the store folder the user typed with --store (None: $LKJ_TUI_STORE or the default one)
    store_typed: str | Path | None
    lang: str
    requested_id: str | None
    view: View | None
    reviu: Reviu | None
    only_under: bool  # the under-target filter (u) is on
    only_untargeted: bool  # the without-a-target filter (T) is on
    saving: bool
    quit_pending: bool
    changelog: ChangeLog
    config_file: Path | None
    export_folder: Path
    exiting: bool
    keys_typed: bool  # a key was typed since the start

    if TYPE_CHECKING:
        # app.py
        def typed_options(self) -> str: ...

        @property
        def tree(self) -> LkjTree: ...  # type: ignore[override]  # DOMNode.tree is rich's Tree

        @property
        def detail(self) -> DetailPane: ...

        def open_dialog(
            self, dialog: Dialog, callback: Callable[[Any], None] | None = None
        ) -> None: ...

        def selected(self) -> Node | None: ...

        def filter_mode(self) -> str | None: ...

        def toast(
            self,
            message: str,
            severity: str = "information",
            timeout: float | None = None,
            kind: str | None = None,
            lines: bool = False,
        ) -> None: ...

        def toast_gone(self, kind: str) -> None: ...

        def load(self, report_id: str | None, reason: str, then: object = None) -> None: ...

        def refresh_panes(self, changed: bool = False) -> None: ...

        def saved_done(self, ok: bool) -> None: ...

        def start_reviu(self) -> None: ...

        def when_evaluated(self, action: Callable[[], object]) -> None: ...

        # editing.py (used by authoring.py)
        def evaluating(self) -> bool: ...

        # importfile.py (used by navigation.py)
        def new_report_menu(self) -> None: ...
