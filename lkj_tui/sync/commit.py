"""The background committer of a shared store: ``python -m lkj_tui.sync.commit ROOT [--now]``.

Started by a save (:mod:`lkj_tui.storage.history`); waits a moment so that saves in quick succession
share one commit, then commits every saved report with its author (:func:`lkj_tui.sync.git.author`,
the one the first save recorded) under the store's commit lock. Silent: a failure leaves the saves for the next commit or sync.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

#: How long the committer waits for more saves before it commits (``$LKJ_TUI_HISTORY_DELAY``
#: overrides it: the benchmarks use 0).
BATCH_SECONDS = 1.0


def main(argv: list[str] | None = None) -> int:
    from lkj_tui.sync import git

    args = sys.argv[1:] if argv is None else argv
    root = Path(args[0])
    if "--now" not in args:
        try:
            delay = float(os.environ.get("LKJ_TUI_HISTORY_DELAY", BATCH_SECONDS))
        except ValueError:
            delay = BATCH_SECONDS
        time.sleep(max(0.0, min(delay, 60.0)))
    try:
        with git.commit_lock(root):  # type: ignore[attr-defined]
            git.commit_saves(root)  # (takes the marker: a save from now on starts a new committer)
    except Exception:
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
