"""``lkj-tui restore``: bring a report back from one of its last good versions."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from rich.console import Console
from rich.table import Table

from lkj_tui.cli.common import fail
from lkj_tui.storage.errors import StoreError
from lkj_tui.storage.store import Store, resolve_store_path


def run_restore(
    store_path: Path | None, report_id: str, revision: int | None, list_only: bool
) -> int:
    from lkj_tui.bundled import load_bundled_report

    root = resolve_store_path(store_path)
    try:
        # The bundled report is a last way out for its own id when no version was kept yet.
        store = Store(root, seed=load_bundled_report)
        generations = store.generations(report_id)
        if list_only:
            if not generations:
                fail(f"tidak ada versi tersimpan untuk laporan {report_id} di {root}")
            table = Table(title=f"Versi tersimpan: {report_id}", title_justify="left")
            table.add_column("Revisi", justify="right")
            table.add_column("Waktu")
            table.add_column("Berkas")
            for rev, path, mtime in generations:
                when = dt.datetime.fromtimestamp(mtime).strftime("%Y-%m-%d %H:%M:%S")
                table.add_row(str(rev), when, str(path))
            Console(highlight=False).print(table)
            return 0
        loaded = store.restore(report_id, revision)
    except StoreError as exc:
        fail(exc.message)
    if loaded.source is None:  # no good version was kept: the bundled report came back
        source = "laporan bawaan (tidak ada versi tersimpan yang baik)"
    elif revision is not None:
        source = f"revisi {loaded.source}"
    else:
        source = f"versi baik terakhir (revisi {loaded.source})"
    print(f"Laporan {report_id} dipulihkan dari {source} (revisi baru {loaded.revision}).")
    return 0
