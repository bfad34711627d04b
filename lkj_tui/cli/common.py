"""Shared helpers of the CLI commands: opening the store and failing with one clear line."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import NoReturn

from lkj_tui.core.sanitize import clean_line
from lkj_tui.storage.errors import StoreError
from lkj_tui.storage.store import Store, resolve_store_path


def fail(message: str, code: int = 1) -> NoReturn:
    """Print one line to stderr and exit."""
    sys.stderr.write(f"lkj-tui: {clean_line(message)}\n")
    raise SystemExit(code)


def open_store(path: str | Path | None) -> Store:
    """The user's store (``--store``, ``$LKJ_TUI_STORE`` or the platform folder), seeded on first use
    with the bundled report."""
    from lkj_tui.bundled import load_bundled_report

    root = resolve_store_path(path)
    try:
        return Store(root, seed=load_bundled_report)
    except StoreError as exc:
        fail(exc.message)
    except OSError as exc:
        fail(f"tidak dapat membuka penyimpanan {root}: {exc.strerror or exc}")
