"""Every string field of the report schema, found from the model itself, and a report carrying a
hostile string in all of them (issue 11: attacks come through every field, not a list of names).

:func:`string_leaves` walks ``dataclasses.fields`` of a record class (``ReportMeta``, ``Node``,
``Measure``, ``Printed``, ``Item``) through its type hints: ``str`` (also inside ``X | None``),
``tuple[str, ...]`` and fixed tuples, ``Mapping`` keys and values, and nested records. Each leaf is
a path such as ``("measure", "printed", 0, "table")`` or ``("info", KEY)``. ``Literal`` fields
(kinds, polarity) and numbers are not free text and are left out. A field added to the model is
found without changing this module.

:func:`poisoned` sets one leaf of a value; :func:`field_report` puts a string into every leaf of
every node and of the meta of the bundled report, leaving out only the leaves the model refuses for
that string (its validation is the reader's: a refused value never reaches a command). It returns the
report and, per leaf, whether the model took the string.
"""

from __future__ import annotations

import dataclasses
import typing
from collections.abc import Iterator, Mapping
from functools import cache
from types import UnionType
from typing import Any

from lkj_tui.core import model
from lkj_tui.core.model import Item, Measure, ModelError, Node, Printed, Report, ReportMeta

KEY = "<key>"  # a path step: the key of a Mapping
VALUE = "<value>"  # a path step: the value of a Mapping
Path = tuple[Any, ...]

#: The record classes of the schema, by class.
RECORDS = (ReportMeta, Node, Measure, Printed, Item)
#: An instance of each record class to put inside an empty container or a None field.
_EXAMPLES: dict[type, Any] = {
    Printed: Printed("Tabel 3.2", "capaian", "99"),
    Item: Item("butir-1", "teks"),
    Measure: Measure(target="100", realisasi="80"),
}


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls, vars(model), include_extras=False)


def _args(tp: Any) -> tuple[Any, ...]:
    return typing.get_args(tp)


def _is_union(tp: Any) -> bool:
    return typing.get_origin(tp) in (typing.Union, UnionType)


def _leaves(tp: Any, path: Path) -> Iterator[Path]:
    origin = typing.get_origin(tp)
    if tp is str:
        yield path
    elif _is_union(tp):
        for arg in _args(tp):
            if arg is not type(None):
                yield from _leaves(arg, path)
    elif origin is tuple:
        args = _args(tp)
        if len(args) == 2 and args[1] is Ellipsis:
            yield from _leaves(args[0], (*path, 0))
        else:
            for i, arg in enumerate(args):
                yield from _leaves(arg, (*path, i))
    elif origin in (Mapping, dict, typing.Mapping):
        key, value = _args(tp)
        if key is str:
            yield (*path, KEY)
        yield from _leaves(value, (*path, VALUE))
    elif dataclasses.is_dataclass(tp):
        yield from string_leaves(tp, path)


def string_leaves(cls: type, prefix: Path = ()) -> list[Path]:
    """Every place a string can sit in a ``cls`` record, as paths of field names, tuple indexes
    and :data:`KEY`/:data:`VALUE` steps."""
    hints = _hints(cls)
    out: list[Path] = []
    for f in dataclasses.fields(cls):
        out += _leaves(hints[f.name], (*prefix, f.name))
    return out


def _empty(tp: Any) -> Any:
    """A value of type ``tp`` to poison when the field holds None or an empty container."""
    if _is_union(tp):
        args = [a for a in _args(tp) if a is not type(None)]
        return _empty(args[0])
    origin = typing.get_origin(tp)
    if tp is str or tp is Any:
        return "x"
    if origin is tuple:
        args = _args(tp)
        if len(args) == 2 and args[1] is Ellipsis:
            return (_empty(args[0]),)
        return tuple(None if type(None) in _args(a) else _empty(a) for a in args)
    if origin in (Mapping, dict, typing.Mapping):
        key, value = _args(tp)
        return {("kunci" if key is str else 2024): _empty(value)}
    if tp in _EXAMPLES:
        return _EXAMPLES[tp]
    raise TypeError(f"no example value for {tp!r}")


def poisoned(value: Any, tp: Any, path: Path, text: str) -> Any:
    """``value`` (of type ``tp``) with the leaf at ``path`` set to ``text``."""
    if not path:
        return text
    if _is_union(tp):
        args = [a for a in _args(tp) if a is not type(None)]
        if value is None:
            value = _empty(args[0])
        inner = next(a for a in args if _fits(value, a))
        return poisoned(value, inner, path, text)
    step, rest = path[0], path[1:]
    origin = typing.get_origin(tp)
    if dataclasses.is_dataclass(tp):
        hint = _hints(tp)[step]
        current = getattr(value, step)
        return dataclasses.replace(value, **{step: poisoned(current, hint, rest, text)})
    if origin is tuple:
        args = _args(tp)
        items = list(value) or list(_empty(tp))
        hint = args[0] if len(args) == 2 and args[1] is Ellipsis else args[step]
        current = items[step] if items[step] is not None else _empty(hint)
        items[step] = poisoned(current, hint, rest, text)
        return tuple(items)
    if origin in (Mapping, dict, typing.Mapping):
        value_tp = _args(tp)[1]
        items = dict(value) or dict(_empty(tp))
        key, current = next(iter(items.items()))
        if step == KEY:
            del items[key]
            items[text] = current
        else:
            items[key] = poisoned(current, value_tp, rest, text)
        return items
    raise TypeError(f"cannot poison {tp!r} at {path!r}")


def _fits(value: Any, tp: Any) -> bool:
    origin = typing.get_origin(tp) or tp
    if origin in (Mapping, typing.Mapping):
        return isinstance(value, Mapping)
    return isinstance(value, origin)


def label(cls: type, path: Path) -> str:
    """``Node.measure.printed[0].table``, ``Node.info{key}``: a leaf for people."""
    out = cls.__name__
    for step in path:
        if step == KEY:
            out += "{key}"
        elif step == VALUE:
            out += "{value}"
        elif isinstance(step, int):
            out += f"[{step}]"
        else:
            out += f".{step}"
    return out


def _reads_back(read: Any, *args: Any) -> bool:
    """The model's own check, as the reader applies it: ``read(*args)`` raises nothing."""
    try:
        read(*args)
    except (ModelError, ValueError, TypeError, KeyError):
        return False
    return True


def _accepted(report: Report) -> bool:
    return _reads_back(Report.from_records, report.meta.to_dict(), report.to_records())


def _meta_ok(meta: ReportMeta) -> bool:
    return _reads_back(ReportMeta.from_dict, meta.to_dict())


def _node_ok(node: Node) -> bool:
    return _reads_back(Node.from_record, node.to_record())


#: Leaves that are the tree's structure or a file name, not text: validated, never shown as text.
STRUCTURE = {("id",), ("parent",)}


def poison_all(
    value: Any, text: str, taken: dict[str, bool], skip: frozenset[str] = frozenset()
) -> Any:
    """``value`` (a ``ReportMeta`` or a ``Node``) with ``text`` in every string leaf the model
    takes for it (``taken`` records which), not the structure's and not those labelled in ``skip``."""
    cls = type(value)
    accepts = _meta_ok if cls is ReportMeta else _node_ok
    for path in string_leaves(cls):
        name = label(cls, path)
        if path[:1] in STRUCTURE or name in skip:
            taken.setdefault(name, False)
            continue
        candidate = poisoned(value, cls, path, text)
        ok = accepts(candidate)
        taken[name] = taken.get(name, False) or ok
        if ok:
            value = candidate
    return value


def field_report(
    base: Report, strings: list[str], report_id: str, skip: frozenset[str] = frozenset()
) -> tuple[Report, dict[str, bool]]:
    """``base`` with a hostile string in every string leaf of the meta (``strings[0]``) and of
    each node (node ``i`` gets ``strings[i % len(strings)]``); leaves the model refuses for a
    string keep their value. Returns the report and, per leaf label, whether the model took the
    text there (for at least one string). ``skip``: leaf labels left alone."""
    taken: dict[str, bool] = {}
    meta = poison_all(dataclasses.replace(base.meta, id=report_id), strings[0], taken, skip)
    nodes = [
        poison_all(n, strings[i % len(strings)], taken, skip) for i, n in enumerate(base.nodes())
    ]
    report = Report(meta, nodes)
    if not _accepted(report):
        raise AssertionError(f"{report_id}: every node and the meta pass alone, not together")
    return report, taken


def strings_per_report(base: Report) -> int:
    """How many strings one :func:`field_report` of ``base`` carries."""
    return len(base.nodes())
