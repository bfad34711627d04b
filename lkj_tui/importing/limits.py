"""The length limits of ``set`` (``core/limits.py``) applied to an import: a cell of a workbook or
CSV file, a line of its Laporan sheet, a field of a JSON report document.

A text over its limit is a problem at its place, quoted as measured (whitespace folded for a
name, stripped for an account), so that the length the quote says is the length the reason says;
the import then writes nothing. Only a text longer than :data:`LINE_LIMIT` (a value: longer than
:data:`~lkj_tui.core.values.VALUE_LIMIT`) is looked at further: a report of 100,000 measures
costs a comparison per text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from lkj_tui.core.limits import LINE_FIELDS, LINE_LIMIT, info_field, measured, over
from lkj_tui.core.model import BUDGET_FIGURES, NO_QUARTERS, Item, Measure, Report, ReportMeta
from lkj_tui.core.values import VALUE_LIMIT, ParseError, typed_value
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


def too_long_info(key: str, value: str, place: str) -> list[Problem]:
    """A fact of a node (its ``info``: a definisi, an ``info_lain`` line's ``key: value``)
    longer than its field takes (:func:`~lkj_tui.core.limits.info_field`), refused at ``place``
    with the words of ``set``, named by its key; a key longer than a name (one line) named as
    ``info_lain``, and its value then so too."""
    problems = []
    if len(key) > LINE_LIMIT:  # (a key is one line, as a name is)
        problems.append(too_long("uraian", key, place, "info_lain"))
    named = key if len(key) <= LINE_LIMIT else "info_lain"
    problems.append(too_long(info_field(key), value, place, named))
    return [p for p in problems if p is not None]


def too_long_printed(table: str, field: str, value: str, place: str, named: str) -> list[Problem]:
    """A figure printed in the report (a ``tercetak`` line) whose table or field is longer than
    a line, or its value than a value (a printed ``name`` than a name), refused at ``place`` (the
    table, field and name named ``named``)."""
    problems = [too_long("table", text, place, named) for text in (table, field)]
    if field == "name":
        problems.append(too_long("name", value, place, named))
    else:
        problems.append(too_long_value("tercetak", value, place))
    return [p for p in problems if p is not None]


def too_long_value(key: str, text: str, place: str) -> Problem | None:
    """A value (``key``: a measure's target, realisasi…, or a budget) longer than a workbook's
    cell and ``set`` take one, refused at ``place`` with their words (``values.typed_value``'s:
    a composite may be longer), quoted as measured; None when it is taken."""
    if len(text) <= VALUE_LIMIT:
        return None
    try:
        typed_value(text, key in _AMOUNTS)
    except ParseError as exc:
        return Problem(place, " ".join(text.split()), exc.why, exc.why_en)
    return None


def report_problems(meta: ReportMeta, place: Callable[[str, str], str]) -> list[Problem]:
    """The report's own texts and figures longer than they may be: its visi (an account), the
    figures it prints (``printed``: a key one line, a value a value), its inovasi (each value an
    account, named by its key), strategi (a misi an account, a tujuan or sasaran a name, each
    strategi and arah kebijakan an account) and budget lines (a table, uraian and parent a name,
    each figure a value). ``place(key, at)``: where the field ``key`` is, ``at`` its path in a
    report document ("printed.capaian_iku_rata_rata", "strategi[0].sasaran"). Once a report."""
    problems = [too_long("visi", meta.visi, place("visi", "visi"))]
    for k, v in meta.printed.items():
        at = place("printed", f"printed.{k}" if len(k) <= 40 else "printed")
        problems += too_long_printed("", k, v, at, "printed")
    for i, inovasi in enumerate(meta.inovasi):
        for k, v in inovasi.items():
            at = f"inovasi[{i}].{k}" if len(k) <= 40 else f"inovasi[{i}]"
            problems += too_long_info(k, v, place("inovasi", at))
    for i, s in enumerate(meta.strategi):
        at = f"strategi[{i}]"
        problems.append(too_long("misi", s.misi, place("strategi", f"{at}.misi")))
        for key in ("tujuan", "sasaran"):
            problems.append(
                too_long("name", getattr(s, key), place("strategi", f"{at}.{key}"), key)
            )
        for key in ("strategi", "arah_kebijakan"):
            for j, line in enumerate(getattr(s, key)):
                problems.append(too_long("misi", line, place("strategi", f"{at}.{key}[{j}]"), key))
    for i, line in enumerate(meta.anggaran):
        at = f"anggaran[{i}]"
        for key in ("table", "uraian", "parent"):
            text = getattr(line, key) or ""
            problems.append(too_long("name", text, place("anggaran", f"{at}.{key}"), key))
        for key in BUDGET_FIGURES:
            figure = line.figure(key) or ""
            problems.append(too_long_value("anggaran", figure, place("anggaran", f"{at}.{key}")))
    return [p for p in problems if p is not None]


def document_problems(report: Report, instansi_option: bool = False) -> list[Problem]:
    """Every text of a report read from a JSON document that is longer than ``set`` takes it,
    in the document's order, each at its path in the document (``nodes[0].children[1].name``,
    ``report.misi[2]``; the instansi at ``--instansi`` when the option gave it), the node's kode
    after it to find it by. vals41: a JSON import took a megabyte name that every other way in
    refuses."""
    problems = _checked(_report_texts(report.meta, instansi_option))
    problems += report_problems(report.meta, lambda _key, at: f"report.{at}")
    return problems + _checked(_node_texts(report))


def _checked(texts: Iterator[tuple[str, str, str]]) -> list[Problem]:
    """The problems of ``texts``' (field, text, place)."""
    problems = []
    for key, text, place in texts:
        if key.startswith("info."):
            problems += too_long_info(key.removeprefix("info."), text, place)
        elif problem := (too_long_value if key in _VALUES else too_long)(key, text, place):
            problems.append(problem)
    return problems


def _report_texts(meta: ReportMeta, instansi_option: bool) -> Iterator[tuple[str, str, str]]:
    """(field, text, place) of the report's names and lines longer than :data:`LINE_LIMIT` (the
    shorter limit: no text within it is over either)."""
    for key in ("instansi", "pemerintah", "source"):
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


def _node_texts(report: Report) -> Iterator[tuple[str, str, str]]:
    """(field, text, place) of every limited text of a node longer than :data:`LINE_LIMIT`, and
    of every value longer than :data:`VALUE_LIMIT`. One pass over the nodes; a node's fields are
    gathered only when one of them is that long."""
    for node in report.by_id().values():  # (in the document's order)
        info, measure = node.info, node.measure
        if not (
            # (their sum: one of them is longer only if it is)
            len(node.name) + len(node.code) + len(node.source) > LINE_LIMIT
            or (info and max(*map(len, info.values()), *map(len, info)) > LINE_LIMIT)
            or (measure and measure.satuan and len(measure.satuan) > LINE_LIMIT)
            or (node.permasalahan and _longest(node.permasalahan) > LINE_LIMIT)
            or (node.solusi and _longest(node.solusi) > LINE_LIMIT)
            or (
                measure
                and (
                    len(measure.target or "") > VALUE_LIMIT
                    or len(measure.realisasi or "") > VALUE_LIMIT
                    or len(measure.target_akhir or "") > VALUE_LIMIT
                    or (  # (values by quarter and by year: few measures have any)
                        (
                            measure.triwulan is not NO_QUARTERS
                            or measure.target_triwulan is not NO_QUARTERS
                            or measure.targets
                            or measure.realisasi_history
                        )
                        and _longest_value(measure) > VALUE_LIMIT
                    )
                )
            )
            or (measure and measure.printed and _longest_printed(measure) > VALUE_LIMIT)
            or (node.anggaran and len(node.anggaran) > VALUE_LIMIT)
            or (node.realisasi_anggaran and len(node.realisasi_anggaran) > VALUE_LIMIT)
        ):
            continue
        path = ".children".join(
            f"[{n.order}]" for n in (*reversed(report.ancestors(node.id)), node)
        )
        code = node.code if 0 < len(node.code) <= 40 else ""
        texts = [("name", "name", node.name), ("code", "code", node.code)]
        texts += [("source", "source", node.source)]
        # (a fact by its key, "info.definisi", its key's limit a name's: :func:`too_long_info`)
        texts += [
            (f"info.{k}", f"info.{k}" if len(k) <= 40 else "info", v) for k, v in info.items()
        ]
        if measure is not None:
            if measure.satuan:
                texts.append(("satuan", "measure.satuan", measure.satuan))
            texts += [(k, f"measure.{at}", v) for k, at, v in _measure_values(measure)]
            for i, p in enumerate(measure.printed):
                at = f"measure.printed[{i}]"
                texts += [(k, f"{at}.{k}", getattr(p, k)) for k in ("table", "field")]
                texts.append(("name" if p.field == "name" else "printed", f"{at}.value", p.value))
        texts += [
            ("permasalahan", f"permasalahan[{i}]", x.text) for i, x in enumerate(node.permasalahan)
        ]
        texts += [("solusi", f"solusi[{i}]", x.text) for i, x in enumerate(node.solusi)]
        for key in _AMOUNTS:
            if (amount := getattr(node, key)) is not None:
                texts.append((key, key, amount))
        for key, at, text in texts:
            if len(text) > (VALUE_LIMIT if key in _VALUES else LINE_LIMIT) or len(key) > LINE_LIMIT:
                yield (
                    key,
                    text,
                    f"nodes{path}.{at}" + (f" ({code})" if code and key != "code" else ""),
                )


def _longest(items: tuple[Item, ...]) -> int:
    return max(len(x.text) for x in items)


#: The fields of a node that hold a value (``values.typed_value``'s), by the key ``set`` and a
#: workbook's column name them; the amounts among them.
_AMOUNTS = ("anggaran", "realisasi_anggaran")
_VALUES = frozenset(
    {"target", "realisasi", "target_akhir", "triwulan", "target_triwulan", "printed"}
    | {"targets", "realisasi_history", *_AMOUNTS}
)


def _longest_printed(m: Measure) -> int:
    """The length of the longest text of a measure's printed figures."""
    return max(max(len(p.table), len(p.field), len(p.value)) for p in m.printed)


def _longest_value(m: Measure) -> int:
    """The length of the longest value of a measure by quarter or by year (0 without one)."""
    quarters = [len(q) for q in (*m.triwulan, *m.target_triwulan) if q is not None]
    return max(*quarters, *map(len, m.targets.values()), *map(len, m.realisasi_history.values()), 0)


def _measure_values(m: Measure) -> Iterator[tuple[str, str, str]]:
    """(field, its place in the measure, value) of each value a measure holds."""
    for key in ("target", "realisasi", "target_akhir"):
        if (value := getattr(m, key)) is not None:
            yield key, key, value
    for key in ("triwulan", "target_triwulan"):
        for i, value in enumerate(getattr(m, key)):
            if value is not None:
                yield key, f"{key}[{i}]", value
    for key in ("targets", "realisasi_history"):
        for year, value in getattr(m, key).items():
            yield key, f"{key}.{year}", value
