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
_TEMP_RE = r"\.(?P<target>.+)\.[0-9a-f]+\.tmp"  # (compiled on first use)


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
    # (a long one cut with its length, as every value a message names: a pasted 300 characters
    # were said whole, six lines of "xxxx" at 80 columns)
    from lkj_tui.core.longvalue import quoted

    typed, typed_en = report_id, report_id
    if isinstance(report_id, str):
        typed, typed_en = quoted(report_id, "id", 80), quoted(report_id, "en", 80)
    raise StoreError(
        None,
        "bad-id",
        f"id laporan {typed!r} tidak sah: gunakan huruf kecil a-z, angka 0-9, '.', '_' atau '-', "
        "diawali huruf atau angka, paling panjang 81 karakter",
        f"invalid report id {typed_en!r}: use lower-case a-z, digits 0-9, '.', '_' or '-', "
        "starting with a letter or digit, at most 81 characters",
    )


#: The names Windows keeps for its devices, also with an extension (``nul.2024`` is NUL).
_DEVICES = frozenset(
    {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))}
)


def check_new_report_id(report_id: str) -> str:
    """``report_id`` (validated) when a new report may take it: its file and its folder of kept
    versions must be the same names on Windows. Windows opens a device for ``con.json`` or a
    folder ``.generations/nul.2024`` and drops a name's last dot (``setda.`` would share
    ``setda``'s kept versions), so those ids are refused here; a report that has one already
    (written on Linux) is read and saved as before."""
    validate_report_id(report_id)
    if windows_holds(report_id):
        return report_id
    raise StoreError(
        None,
        "bad-id",
        f"id laporan {report_id!r} tidak dapat dipakai di Windows: nama CON, PRN, AUX, NUL, "
        "COM0-9 dan LPT0-9 (juga dengan akhiran, mis. nul.2024) milik perangkat, dan titik di "
        "akhir nama dibuang; pilih id lain (mis. dinas-2024)",
        f"the report id {report_id!r} cannot be used on Windows: the names CON, PRN, AUX, NUL, "
        "COM0-9 and LPT0-9 (also with an extension, e.g. nul.2024) belong to devices, and a "
        "dot at the end of a name is dropped; choose another id (e.g. dinas-2024)",
    )


#: Whether lkj-tui runs on Windows (a module attribute: the tests simulate Windows on Linux).
ON_WINDOWS = os.name == "nt"
#: The characters Windows refuses in a file name (and the control characters).
_NOT_ON_WINDOWS = r'[<>:"|?*\\\x00-\x1f]'  # (compiled on first use)


def windows_holds(name: str) -> bool:
    """Whether Windows keeps a file or folder named ``name`` under that very name: not a device's
    (``con``, ``nul.2024``, ``lpt1.rpt``), no character it refuses, no dot or space at the end
    (dropped)."""
    return (
        name.partition(".")[0].rstrip(" ").lower() not in _DEVICES
        and not name.endswith((".", " "))
        and re.search(_NOT_ON_WINDOWS, name) is None
    )


def windows_refuses(paths: list[str]) -> list[str]:
    """The paths (``/``-separated, as git names them) that Windows cannot hold as they are: a part
    it does not keep (:func:`windows_holds`), a report file whose id it cannot keep as the folder
    of its kept versions (``setda..json``: ``.generations/setda.`` is ``setda``'s), or a path that
    differs from another only by case (one file on Windows). In the order given, each once."""
    seen: dict[str, str] = {}
    refused: dict[str, None] = {}
    for path in paths:
        parts = path.split("/")
        if len(parts) == 1 and path.endswith(".json"):
            parts.append(path[: -len(".json")])
        if not all(windows_holds(part) for part in parts):
            refused[path] = None
        other = seen.setdefault(path.lower(), path)
        if other != path:
            refused.setdefault(other, None)
            refused[path] = None
    return list(refused)


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
    match = re.fullmatch(_TEMP_RE, name)
    return match["target"] if match else None
