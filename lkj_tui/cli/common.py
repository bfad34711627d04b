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


def warn_skipped(store: Store, lang: str) -> None:
    """One line on stderr per file the latest-report choice left out because it cannot be read
    (a broken report, a stray ``*.json``): listed, never chosen, never fatal."""
    for err in store.skipped:
        if lang == "en":
            sys.stderr.write(f"lkj-tui: skipped (cannot be read): {clean_line(err.message_en)}\n")
        else:
            sys.stderr.write(f"lkj-tui: dilewati (tidak terbaca): {clean_line(err.message)}\n")


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
