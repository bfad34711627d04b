"""The length limits of ``set`` (``core/limits.py``) applied to an import: a cell of a workbook or
CSV file, a line of its Laporan sheet, a field of a JSON report document.

A text over its limit is a problem at its place, quoted as measured (whitespace folded for a
name, stripped for an account), so that the length the quote says is the length the reason says;
the import then writes nothing. Only a text longer than :data:`LINE_LIMIT` is looked at further:
a report of 100,000 measures costs a comparison per text.
"""

from __future__ import annotations

from collections.abc import Iterator

from lkj_tui.core.limits import LINE_FIELDS, LINE_LIMIT, measured, over
from lkj_tui.core.model import Item, Report
from lkj_tui.importing.grid import Problem


def too_long(key: str, text: str, place: str, named: str = "") -> Problem | None:
    """``text`` of the field ``key`` refused at ``place`` with ``set``'s words when it is longer
    than the field takes (the reason opens with ``named``, else ``key``); None when it fits."""
    if not over(key, text):
        return None
    from lkj_tui.core.edits import EditError, item_text, one_line

    shown = measured(key, text)
    try:
        (one_line if key in LINE_FIELDS else item_text)(named or key, shown)
    except EditError as exc:
        return Problem(place, shown, exc.message, exc.message_en)
    return None  # pragma: no cover (over() and the messages measure alike)


def document_problems(report: Report, instansi_option: bool = False) -> list[Problem]:
    """Every text of a report read from a JSON document that is longer than ``set`` takes it,
    in the document's order, each at its path in the document (``nodes[0].children[1].name``,
    ``report.misi[2]``; the instansi at ``--instansi`` when the option gave it), the node's kode
    after it to find it by. vals41: a JSON import took a megabyte name that every other way in
    refuses."""
    problems = []
    for key, text, place in _long_texts(report, instansi_option):
        problem = too_long(key, text, place)
        if problem is not None:
            problems.append(problem)
    return problems


def _long_texts(report: Report, instansi_option: bool) -> Iterator[tuple[str, str, str]]:
    """(field, text, place) of every limited text longer than :data:`LINE_LIMIT` (the shorter
    limit: no text within it is over either)."""
    meta = report.meta
    for key in ("instansi", "pemerintah"):
        text = getattr(meta, key)
        if len(text) > LINE_LIMIT:
            yield (
                key,
                text,
                "--instansi" if key == "instansi" and instansi_option else f"report.{key}",
            )
    for key in ("misi", "isu_strategis", "perbaikan_kinerja", "kesimpulan"):
        for i, line in enumerate(getattr(meta, key)):
            if len(line) > LINE_LIMIT:
                yield key, line, f"report.{key}[{i}]"
    for node in report.by_id().values():  # (in the document's order)
        info, measure = node.info, node.measure
        if not (
            len(node.name) > LINE_LIMIT
            or len(node.code) > LINE_LIMIT
            or (info and max(map(len, info.values())) > LINE_LIMIT)
            or (measure and measure.satuan and len(measure.satuan) > LINE_LIMIT)
            or (node.permasalahan and _longest(node.permasalahan) > LINE_LIMIT)
            or (node.solusi and _longest(node.solusi) > LINE_LIMIT)
        ):
            continue
        path = ".children".join(
            f"[{n.order}]" for n in (*reversed(report.ancestors(node.id)), node)
        )
        code = node.code if 0 < len(node.code) <= 40 else ""
        texts = [("name", "name", node.name), ("code", "code", node.code)]
        texts += [(k, f"info.{k}", v) for k, v in info.items()]
        if measure is not None and measure.satuan:
            texts.append(("satuan", "measure.satuan", measure.satuan))
        texts += [
            ("permasalahan", f"permasalahan[{i}]", x.text) for i, x in enumerate(node.permasalahan)
        ]
        texts += [("solusi", f"solusi[{i}]", x.text) for i, x in enumerate(node.solusi)]
        for key, at, text in texts:
            if len(text) > LINE_LIMIT:
                yield (
                    key,
                    text,
                    f"nodes{path}.{at}" + (f" ({code})" if code and key != "code" else ""),
                )


def _longest(items: tuple[Item, ...]) -> int:
    return max(len(x.text) for x in items)
