"""``lkj-tui export``: the Markdown summary of problems and solutions (docs/export.md).

Stdout by default (UTF-8 whatever the locale). ``-o FILE`` writes the file atomically and refuses
an existing file unless ``--force``: the refusal is atomic too (the new file is linked into place,
which fails if the name exists), so two exports never overwrite each other silently.
Never imports textual.
"""

from __future__ import annotations

import datetime
import errno
import os
import secrets
import sys
from contextlib import suppress
from pathlib import Path

from lkj_tui.cli.common import fail, open_store
from lkj_tui.core.evaluate import Evaluation
from lkj_tui.export.markdown import SCOPES, render_markdown
from lkj_tui.storage.atomic import atomic_write_bytes, fsync_dir
from lkj_tui.storage.errors import StoreError

_TEXT = {
    "id": {
        "exists": "berkas {path} sudah ada; tidak ditimpa (pakai --force untuk menimpa)",
        "not_file": "{path} bukan berkas biasa; tidak ditulis",
        "write": "gagal menulis {path}: {why}",
        "scope": "cakupan tidak dikenal: {scope} (pilih: {choices})",
    },
    "en": {
        "exists": "{path} already exists; not overwritten (use --force to overwrite)",
        "not_file": "{path} is not a regular file; nothing written",
        "write": "cannot write {path}: {why}",
        "scope": "unknown scope: {scope} (choose: {choices})",
    },
}


class _Exists(Exception):
    pass


def _write_new(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically, failing with :class:`_Exists` if ``path`` exists."""
    if os.path.lexists(path):
        raise _Exists
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(6)}.new")
    atomic_write_bytes(tmp, data)
    try:
        os.link(tmp, path)  # atomic, and never replaces an existing name
    except FileExistsError:
        raise _Exists from None
    except OSError as exc:
        if exc.errno not in (
            errno.EPERM,
            errno.ENOTSUP,
            errno.EOPNOTSUPP,
            errno.EXDEV,
            errno.EMLINK,
        ):
            raise
        # A filesystem without hard links: the existence check above is the best we have.
        if os.path.lexists(path):
            raise _Exists from None
        os.replace(tmp, path)
    finally:
        with suppress(OSError):
            os.unlink(tmp)
    fsync_dir(path.parent)


def _write_stdout(text: str) -> None:
    data = text.encode("utf-8")
    try:
        buffer = getattr(sys.stdout, "buffer", None)
        if buffer is not None:
            sys.stdout.flush()
            buffer.write(data)
            buffer.flush()
        else:  # pragma: no cover - a replaced sys.stdout
            sys.stdout.write(text)
            sys.stdout.flush()
    except BrokenPipeError:
        # The reader went away (``lkj-tui export | head``): not an error worth a traceback.
        with suppress(OSError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def run_export(
    store_path: Path | None,
    report_id: str | None,
    output: Path | None,
    force: bool,
    scope: str,
    lang: str,
    *,
    today: datetime.date | None = None,
) -> int:
    t = _TEXT["en" if lang == "en" else "id"]
    if scope not in SCOPES:
        fail(t["scope"].format(scope=scope, choices=", ".join(SCOPES)), 2)
    if output is not None and not force and os.path.lexists(output):
        fail(t["exists"].format(path=output))  # before any work, and before touching the store
    store = open_store(store_path)
    try:
        loaded = store.load(report_id or store.latest_report_id())
    except StoreError as exc:
        fail(exc.message_en if lang == "en" else exc.message)
    text = render_markdown(Evaluation(loaded.report), scope=scope, lang=lang, today=today)
    if output is None:
        _write_stdout(text)
        return 0
    data = text.encode("utf-8")
    try:
        if force:
            if output.exists() and not output.is_file():
                fail(t["not_file"].format(path=output))
            atomic_write_bytes(output, data)
        else:
            _write_new(output, data)
    except _Exists:
        fail(t["exists"].format(path=output))
    except (StoreError, OSError) as exc:
        # Name the output file (not a temp file) and leave out the store's hints.
        cause = exc.__cause__ if isinstance(exc, StoreError) else exc
        if isinstance(cause, OSError):
            why = cause.strerror or str(cause)
        else:
            why = exc.problem_en if lang == "en" else exc.problem  # type: ignore[union-attr]
        fail(t["write"].format(path=output, why=why))
    return 0
