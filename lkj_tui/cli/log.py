"""``lkj-tui log [--report ID] [NODE]``: who changed which field when, before → after, from the
shared store's history (docs/sharing.md). NODE is a node id or its kode as in ``lkj-tui set``."""

from __future__ import annotations

import sys
from pathlib import Path

from lkj_tui.cli.common import fail, open_store
from lkj_tui.cli.output import dumps, write
from lkj_tui.core.changes import path_label
from lkj_tui.core.sanitize import clean_line

_TEXT = {
    "id": {"empty": "Belum ada riwayat.", "report": "laporan"},
    "en": {"empty": "No history yet.", "report": "report"},
}


def run_log(
    store_path: Path | None,
    report_id: str | None,
    node: str | None,
    as_json: bool,
    limit: int,
    lang: str = "id",
) -> int:
    from lkj_tui.storage.errors import StoreError
    from lkj_tui.sync import git, history, share
    from lkj_tui.sync.git import SyncError

    lang = "en" if lang == "en" else "id"
    store = open_store(store_path)
    node_id = None
    try:
        share.require_repo(store.root)
        if node is not None:
            from lkj_tui.cli.setfield import find_node

            rid = report_id or store.latest_report_id()
            node_id = find_node(store.load(rid).report, node, lang)
            report_id = rid
        with git.commit_lock(store.root):  # type: ignore[attr-defined]
            git.commit_saves(store.root)  # the latest saves too
        found = history.entries(store.root, report_id, node_id)
    except SyncError as exc:
        fail(exc.message_en if lang == "en" else exc.message)
    except StoreError as exc:
        fail(exc.message_en if lang == "en" else exc.message)
    found = found[:limit] if limit > 0 else found
    if as_json:
        write(dumps([e.to_json() for e in found]) + "\n")  # (exact: escapes, not the fallback)
        return 0
    if not found:
        sys.stdout.write(_TEXT[lang]["empty"] + "\n")
        return 0
    several = report_id is None and len({e.report for e in found}) > 1
    for e in found:
        when = e.when[:16].replace("T", " ")
        where = f"{clean_line(e.report, 60)}  " if several else ""
        field = path_label(e.field, lang, whole="node" if e.node else "laporan")
        before, after = (clean_line(v, 120) for v in history.shown_pair(e.before, e.after))
        sys.stdout.write(
            f"{when}  {clean_line(e.author, 40)}  {where}{clean_line(e.label, 40)} · "
            f"{clean_line(field, 60)}: {before} → {after}\n"
        )
    return 0
