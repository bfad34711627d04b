"""Settings that last between sessions: the theme and the language, in a small JSON file in the
platform's config folder (``platformdirs.user_config_dir("lkj-tui", appauthor=False)``'s
``settings.json``, or ``$LKJ_TUI_CONFIG``). A missing, unreadable or foreign file counts as no settings; writing it is
atomic and a failure to write never stops the app (it says so)."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

ENV_VAR = "LKJ_TUI_CONFIG"
KEYS = ("theme", "lang")


def config_path() -> Path:
    """Where the settings live: on Windows ``%LOCALAPPDATA%\\lkj-tui\\settings.json``, beside the
    store's folder, or where an lkj-tui from before December 2026 saved them, a folder deeper
    (``lkj-tui\\lkj-tui``: platformdirs names an author folder unless told not to), while only that
    file exists."""
    override = os.environ.get(ENV_VAR)
    if override:
        return Path(override)
    import platformdirs

    path = Path(platformdirs.user_config_dir("lkj-tui", appauthor=False)) / "settings.json"
    if sys.platform == "win32" and not path.exists():
        before = Path(platformdirs.user_config_dir("lkj-tui")) / "settings.json"
        if before.exists():
            return before
    return path


def load(path: Path | None) -> dict[str, str]:
    """The settings in ``path``: only known keys with short text values."""
    if path is None:
        return {}
    try:
        if path.stat().st_size > 64_000:
            return {}
        data: Any = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict):
        return {}
    out = {k: v for k, v in data.items() if k in KEYS and isinstance(v, str) and len(v) < 100}
    if out.get("lang") not in (None, "id", "en"):
        out.pop("lang")
    return out


def save(path: Path | None, **changes: str) -> None:
    """Write the settings with ``changes`` (atomically). Raises OSError when it cannot."""
    if path is None:
        return
    from lkj_tui.storage.atomic import atomic_write_bytes

    data = load(path) | changes
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_bytes(path, (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode())
