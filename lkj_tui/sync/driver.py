"""git's merge driver for report files: ``python -m lkj_tui.sync.driver %O %A %B %P``.

Registered by lkj-tui in the store repository's config (``merge.lkj-tui.driver``) and named for
``/*.json`` in ``.gitattributes``. It merges the three versions node by node and field by field
(:func:`lkj_tui.core.merge.merge_tables`), records the conflicting fields in the meta document, checks
the result with the store's strict reader and writes it over ``%A`` in the store's line layout: exit 0.
It never writes conflict markers: when a version cannot be read or the merge is not a good report,
``%A`` is left as it was and the exit status is 1, so git stops the merge and ``lkj-tui sync``
refuses it with the reason (printed on stderr).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from typing import Any

from lkj_tui.core.merge import MergeError, merge_tables
from lkj_tui.core.rollover import MADE_FROM
from lkj_tui.storage.errors import StoreError
from lkj_tui.storage.jsonfile import encode_tables, parse_tables

#: The reason on stderr, in English and in Bahasa Indonesia (``lkj-tui sync`` finds it there).
REFUSED = "lkj-tui-merge-refused:"
REFUSED_ID = "lkj-tui-merge-refused-id:"


def _tables(path: Path, name: Path) -> Any:
    data = path.read_bytes()
    if not data:
        return None  # no common ancestor: git passes an empty file
    return parse_tables(data, name)


def merge_files(base: Path, ours: Path, theirs: Path, name: str) -> tuple[str, str] | None:
    """Merge into ``ours``; None when done, else the reason in English and in Bahasa Indonesia
    (and ``ours`` untouched)."""
    from lkj_tui.sync.check import check_report_bytes

    shown = Path(name)
    try:
        o, t = _tables(ours, shown), _tables(theirs, shown)
        b = _tables(base, shown)
        if o is None or t is None:
            return f"{name}: an empty version", f"{name}: sebuah versi kosong"
        if b is None:  # no common version: both offices made it (``new --from``)
            b = made_base(o, t, shown)
        merged = merge_tables(b, o, t)
        data = encode_tables(merged.tables, shown)
    except StoreError as exc:
        return f"{name}: {exc.problem_en}", f"{name}: {exc.problem}"
    except (MergeError, OSError) as exc:
        return f"{name}: {exc}", f"{name}: {exc}"
    report_id = shown.name.removesuffix(".json")
    refusal = check_report_bytes(report_id, data)
    if refusal is not None:
        return f"{name}: {refusal.problem_en}", f"{name}: {refusal.problem}"
    ours.write_bytes(data)  # git's own temp file: git reads it back and writes the store's copy
    return None


def _made_from(tables: Any) -> dict[str, Any] | None:
    meta = tables.get("meta") if isinstance(tables, dict) else None
    doc = next(iter(meta.values()), None) if isinstance(meta, dict) else None
    record = doc.get(MADE_FROM) if isinstance(doc, dict) else None
    return record if isinstance(record, dict) else None


def made_base(ours: Any, theirs: Any, name: Path) -> Any:
    """The common version of a report both offices made with ``lkj-tui new --from`` from the same
    file of the old report (its git blob, read from the repository the merge runs in): that report
    made again, as tables. None when the two were made otherwise (another old file, year or
    instansi), or the old file is not in the repository: then every field that differs is a
    conflict, as before."""
    from lkj_tui.core.model import ModelError
    from lkj_tui.core.rollover import remake
    from lkj_tui.storage.reader import StoreReader
    from lkj_tui.storage.records import fresh_file, serialise
    from lkj_tui.sync import git

    record = _made_from(ours)
    if record is None or record != _made_from(theirs):
        return None
    source, blob = record.get("report"), record.get("blob")
    if not isinstance(source, str) or not isinstance(blob, str) or not blob.isalnum():
        return None
    try:
        data = git.blob(Path.cwd(), blob)
        if data is None:
            return None
        with tempfile.TemporaryDirectory(prefix="lkj-tui-base-") as folder:
            (Path(folder) / f"{source}.json").write_bytes(data)
            old = StoreReader(Path(folder), None).load(source).report
        report_id = name.name.removesuffix(".json")
        made = remake(old, record, report_id)
        meta, records = serialise(made, name)
        pieces = fresh_file(meta, records, 0, {MADE_FROM: record}, name)
        return parse_tables(b"".join(pieces), name)
    except (StoreError, ModelError, ValueError, KeyError, TypeError, OSError, git.SyncError):
        return None


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 4:
        sys.stderr.write("usage: python -m lkj_tui.sync.driver BASE OURS THEIRS PATH\n")
        return 2
    reason = merge_files(Path(args[0]), Path(args[1]), Path(args[2]), args[3])
    if reason is None:
        return 0
    sys.stderr.write(f"{REFUSED} {reason[0]}\n{REFUSED_ID} {reason[1]}\n")
    return 1


if __name__ == "__main__":
    raise SystemExit(main())
