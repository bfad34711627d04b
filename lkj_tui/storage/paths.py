"""Where the store lives and how its files are named.

::

    <root>/<report_id>.json           a report (TinyDB)
    <root>/<report_id>.json.lock      its writers' lock
    <root>/.generations/<report_id>/  its kept versions
    .<name>.<random>.tmp              a file being written (atomically replaces <name>)
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from lkj_tui.storage.errors import StoreError

ENV_VAR = "LKJ_TUI_STORE"
GENERATIONS_DIR = ".generations"
ID_RE = re.compile(r"[a-z0-9][a-z0-9._-]{0,80}")
_TEMP_RE = re.compile(r"\.(?P<target>.+)\.[0-9a-f]+\.tmp")


def default_store_path() -> Path:
    import platformdirs  # only when neither --store nor $LKJ_TUI_STORE names the store

    return Path(platformdirs.user_data_dir("lkj-tui", appauthor=False)) / "store"


def resolve_store_path(cli_value: str | Path | None) -> Path:
    """``--store``, else ``$LKJ_TUI_STORE``, else the platform's user data folder."""
    if cli_value is not None and str(cli_value) != "":
        return Path(cli_value).expanduser()
    if env := os.environ.get(ENV_VAR, ""):
        return Path(env).expanduser()
    return default_store_path()


def is_report_id(name: str) -> bool:
    return ID_RE.fullmatch(name) is not None


def validate_report_id(report_id: object) -> str:
    if isinstance(report_id, str) and ID_RE.fullmatch(report_id):
        return report_id
    raise StoreError(
        None,
        "bad-id",
        f"id laporan {report_id!r} tidak sah: gunakan huruf kecil a-z, angka 0-9, '.', '_' atau '-', "
        "diawali huruf atau angka, paling panjang 81 karakter",
        f"invalid report id {report_id!r}: use lower-case a-z, digits 0-9, '.', '_' or '-', "
        "starting with a letter or digit, at most 81 characters",
    )


def report_path(root: Path, report_id: str) -> Path:
    """The report file of ``report_id`` (validated) in the store folder ``root``."""
    return root / f"{validate_report_id(report_id)}.json"


def lock_path(root: Path, report_id: str) -> Path:
    """The writers' lock of a report: a separate file, because ``os.replace`` swaps the data file's
    inode and a lock on the old inode would not stop the next writer."""
    return root / f"{report_id}.json.lock"


def generations_folder(root: Path, report_id: str) -> Path:
    return root / GENERATIONS_DIR / validate_report_id(report_id)


def temp_path(path: Path) -> Path:
    """A fresh temp file name beside ``path``, for writing its next version."""
    return path.with_name(f".{path.name}.{os.urandom(6).hex()}.tmp")


def temp_target(name: str) -> str | None:
    """The file a temp file named ``name`` was going to replace, or None if it is not a temp file."""
    match = _TEMP_RE.fullmatch(name)
    return match["target"] if match else None
