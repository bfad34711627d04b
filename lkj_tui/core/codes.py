"""The kode of a tujuan, sasaran or indicator names one node of its report ("IKU 1", "S2", "T1"):
the editors refuse a second one (edit27, core/edits.py) and the reviu reports one a report came
with (``duplicate-code``, edit28); both name the node that has it and the next free kode through
:func:`taken_by`. A program's or a kegiatan's kode may repeat (one program under several IKU, as
the Renstra lists it). Pure: no I/O."""

from __future__ import annotations

from collections import Counter

from lkj_tui.core.model import Node, Report
from lkj_tui.core.sanitize import clean_words

#: The kinds whose kode names one node of the report
UNIQUE_CODE_KINDS = frozenset({"tujuan", "sasaran", "iku", "lainnya"})


def series(code: str) -> tuple[str, int] | None:
    """A kode's series and number ("IKU 11" → ("IKU ", 11)), or None (no number at its end, or
    a number too long to be one). Linear."""
    code = " ".join(code.split())
    head = code.rstrip("0123456789")
    digits = code[len(head) :]
    return (head, int(digits)) if 0 < len(digits) <= 9 else None


def same_code(code: str) -> str:
    """``code`` as two kodes are compared ("iku  1" is "IKU 1")."""
    return " ".join(code.split()).casefold()


def highest(report: Report, skip: str | None = None) -> dict[str, int]:
    """The highest number of each kode series among the report's tujuan, sasaran and indicators
    (but ``skip``), by series ("iku " → 10). One walk of the report."""
    top: dict[str, int] = {}
    for other in report.walk():
        if other.id == skip or other.kind not in UNIQUE_CODE_KINDS:
            continue
        found = series(other.code)
        if found:
            head = found[0].casefold()
            top[head] = max(top.get(head, 0), found[1])
    return top


def next_free(
    report: Report, code: str, skip: str | None = None, top: dict[str, int] | None = None
) -> str:
    """The next free kode of ``code``'s series among the report's tujuan, sasaran and indicators
    (but ``skip``), spelled as ``code`` spells it ("IKU 11"); "" when ``code`` has no number.
    ``top``: :func:`highest` of the report, for a caller asking of many kodes (the reviu: one
    walk for all, where a walk each was quadratic on a report of many repeated kodes)."""
    mine = series(code)
    if mine is None:
        return ""
    if top is None:
        top = highest(report, skip)
    return f"{mine[0]}{top.get(mine[0].casefold(), 0) + 1}"


def suggested_code(report: Report, kind: str) -> str:
    """The kode offered for a new node of ``kind``: the next free one of the series the report's
    nodes of that kind are numbered in, the most of them ("IKU 1" … "IKU 10" → "IKU 11", "T1",
    "T2" → "T3"); "" for a kind whose kode may repeat, or where none of its kind is numbered
    (tui50: adding an IKU offered no kode). Two walks of the report."""
    if kind not in UNIQUE_CODE_KINDS:
        return ""
    heads = Counter(
        found[0] for node in report.walk() if node.kind == kind and (found := series(node.code))
    )
    if not heads:
        return ""
    return next_free(report, f"{heads.most_common(1)[0][0]}1")


def taken_by(taken: Node, free: str) -> tuple[str, str]:
    """(id, en): "sudah dipakai oleh IKU 1 Nama…; kode berikutnya yang bebas: IKU 11" — the node
    that has a kode and what to write instead."""
    who = clean_words(f"{taken.code} {taken.name}", 60)
    return (
        f"sudah dipakai oleh {who}"
        + (f"; kode berikutnya yang bebas: {free}" if free else "; pilih kode lain"),
        f"is taken by {who}" + (f"; the next free one: {free}" if free else "; choose another"),
    )
