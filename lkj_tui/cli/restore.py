"""``lkj-tui restore``: bring a report back from one of its last good versions."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from rich.console import Console
from rich.table import Table

from lkj_tui.cli.common import fail
from lkj_tui.storage.errors import StoreError
from lkj_tui.storage.store import Store, resolve_store_path


def run_restore(store_path: Path | None, report_id: str, revision: int | None, list_only: bool) -> int:
    # Restoring must work when the report file is unreadable, so the store is opened without seeding.
    root = resolve_store_path(store_path)
    try:
        store = Store(root)
        generations = store.generations(report_id)
        if not generations:
            fail(f"tidak ada versi tersimpan untuk laporan {report_id} di {root}")
        if list_only:
            table = Table(title=f"Versi tersimpan: {report_id}", title_justify="left")
            table.add_column("Revisi", justify="right")
            table.add_column("Waktu")
            table.add_column("Berkas")
            for rev, path, mtime in generations:
                when = dt.datetime.fromtimestamp(mtime).strftime("%Y-%m-%d %H:%M:%S")
                table.add_row(str(rev), when, str(path))
            Console(highlight=False).print(table)
            return 0
        chosen = revision if revision is not None else max(rev for rev, _, _ in generations)
        loaded = store.restore(report_id, chosen)
    except StoreError as exc:
        fail(exc.message)
    print(f"Laporan {report_id} dipulihkan dari revisi {chosen} (revisi baru {loaded.revision}).")
    return 0
