"""Strict checks of report file versions that are not (yet) in the store: read by the store's own
reader from a private temp folder, so a merged or fetched version is held to exactly the rules of a
save."""

from __future__ import annotations

import tempfile
from pathlib import Path

from lkj_tui.storage.errors import StoreError
from lkj_tui.storage.jsonfile import encode_tables, parse_tables
from lkj_tui.storage.reader import StoreReader


def check_report_bytes(report_id: str, data: bytes) -> StoreError | None:
    """None when ``data`` is a good file of report ``report_id``, else the store's refusal."""
    with tempfile.TemporaryDirectory(prefix="lkj-tui-check-") as folder:
        path = Path(folder) / f"{report_id}.json"
        path.write_bytes(data)
        try:
            StoreReader(Path(folder), None).load(report_id)
        except StoreError as exc:
            return exc
    return None


def canonical(data: bytes, path: Path) -> bytes:
    """The bytes lkj-tui itself writes for these tables (the line layout)."""
    return encode_tables(parse_tables(data, path), path)
