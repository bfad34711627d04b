"""``lkj-tui info``: the version, the store folder in use (and where that choice came from), and the
reports in it. Reads only: a store that does not exist is not created."""

from __future__ import annotations

import platform
import sys
from pathlib import Path

from rich.text import Text

from lkj_tui import __version__
from lkj_tui.cli.common import store_lines, store_location
from lkj_tui.cli.format import clean_text
from lkj_tui.cli.output import console
from lkj_tui.core.sanitize import clean_line

_TEXT = {
    "id": {
        "missing": "  folder ini belum ada (dibuat saat pertama dipakai{hint})",
        "hint_explicit": "; untuk --store/$LKJ_TUI_STORE: buat dengan lkj-tui init",
        "reports": "Laporan ({n}):",
        "unreadable": "tidak terbaca",
        "python": "Python {version} · {system}",
        "init_done": "Penyimpanan dibuat: {root} (berisi laporan bawaan)",
        "init_exists": "Penyimpanan sudah ada: {root} (tidak diubah)",
    },
    "en": {
        "missing": "  this folder does not exist yet (created on first use{hint})",
        "hint_explicit": "; for --store/$LKJ_TUI_STORE: create it with lkj-tui init",
        "reports": "Reports ({n}):",
        "unreadable": "unreadable",
        "python": "Python {version} · {system}",
        "init_done": "Store created: {root} (holding the bundled report)",
        "init_exists": "The store already exists: {root} (not changed)",
    },
}


def run_init(store_path: Path | None, lang: str = "id") -> int:
    """``lkj-tui init``: create the store named by ``--store``/``$LKJ_TUI_STORE`` (or the user
    data folder), private, with the bundled report; an existing one is left as it is."""
    from lkj_tui.cli.common import open_store

    t = _TEXT["en" if lang == "en" else "id"]
    root, _ = store_location(store_path)
    existed = root.exists()
    store = open_store(store_path, lang=lang, create=True)
    key = "init_exists" if existed else "init_done"
    console(soft_wrap=True).print(clean_text(Text(t[key].format(root=clean_line(str(store.root))))))
    return 0


def run_info(store_path: Path | None, lang: str = "id") -> int:
    lang = "en" if lang == "en" else "id"
    t = _TEXT[lang]
    out = console(soft_wrap=True)
    out.print(clean_text(Text(f"lkj-tui {__version__}", style="bold")))
    system = f"{platform.system()} {platform.release()}"
    out.print(
        clean_text(Text(t["python"].format(version=platform.python_version(), system=system)))
    )
    out.print(clean_text(Text(clean_line(sys.executable))))
    for line in store_lines(store_path, lang):
        out.print(clean_text(Text(line)))
    root, source = store_location(store_path)
    if not root.is_dir():
        hint = t["hint_explicit"] if source is not None else ""
        out.print(clean_text(Text(t["missing"].format(hint=hint), style="yellow")))
        return 0
    from lkj_tui.storage.reader import StoreReader

    infos, errors = StoreReader(root, None).list_reports(skip_broken=True)
    out.print(clean_text(Text(t["reports"].format(n=len(infos)))))
    for report in infos:
        row = f"  {report.id} · {report.tahun} · {report.instansi} · rev {report.revision}"
        out.print(clean_text(Text("  " + clean_line(row, 300))))
    for err in errors:
        message = err.message_en if lang == "en" else err.message
        out.print(clean_text(Text(f"  {t['unreadable']}: {clean_line(message, 300)}", style="red")))
    return 0
