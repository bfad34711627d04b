"""Every regular expression of lkj_tui on long hostile inputs made from the pattern itself (imp65).

:func:`text_functions` (reliability/timing.py) times the public text functions on shapes fixed in
advance; a pattern that backtracks only on its own literals (``<c\\b([^>]*)>`` on 40,000 "<c " in a
sheet's XML comment: import ran 23 s) escaped them. Here each pattern is found where it is written
(the source's ``re.compile``/``re.search``… calls and the methods called on a compiled pattern,
walked with :mod:`ast`, so a new one is timed without editing the suite), and fed, by the method
the code calls it with, runs of pieces of itself: each character it names, and each start of a
string it would match (``<c x>``: "<", "<c", "<c ", "<c x"), repeated to the full length, then
with a character it does not name after it. A pattern built at run time from variables (a
format code's styles, an old report's year) is listed in :data:`BUILT_AT_RUN_TIME` with why it is
linear; a new one fails :func:`built_at_run_time` until it is looked at.
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

# (the parser of the re module itself: what a pattern names, and in which order)
from re import _constants as c  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]

import lkj_tui

#: The methods a pattern is called with, and what each costs: a method that scans the whole
#: input (``sub``, ``findall``…) is timed as ``finditer`` to its end.
_SCANS = frozenset({"sub", "subn", "findall", "finditer", "split"})
_METHODS = _SCANS | {"search", "match", "fullmatch"}
#: Patterns made at run time from variables (``module:line``), each read by hand (imp65) and
#: linear whatever the variables hold: what the variable is, and why.
BUILT_AT_RUN_TIME = {
    "cli/clicktext.py": "the option names of a command (lkj-tui's own), in one [..] class",
    "core/longvalue.py": "an ellipsis character and a literal '… (' with a bounded count",
    "core/rollover.py": "an old report's year (4 digits) between two look-arounds",
    "core/sanitize.py": "the module's own table of (pattern, replacement), compiled: timed",
    "importing/xlsx.py": "style numbers (digits) in an alternation after a literal '<c r=\"'",
}


#: Patterns whose calls the walk cannot see (made by a function, or compiled from a module's
#: string where it is used), by their text: the methods the code calls them with.
USED_ELSEWHERE = {
    r"[\s_-]+": {"sub"},  # core/changes.py: _patterns()[0].sub
    r"(.+?)(?: renstra)? ([0-9]{4})": {"fullmatch"},  # core/changes.py: _patterns()[1]
    # core/longvalue.py: re.compile(_SAID).match(text, end)
    r" \([\d.,]+\+? (?:digit|digits|karakter|character|characters)\)": {"match"},
}


#: A module's table of patterns kept as text, ``[(pattern, replacement), …]``, each applied
#: with ``re.sub`` in a loop (the walk sees only the loop's variable).
STRING_TABLES = {"lkj_tui.core.sanitize": "_CLEANERS"}


@dataclass
class Found:
    """One pattern and the methods the code calls it with (where: ``module:line``)."""

    pattern: re.Pattern[str] | re.Pattern[bytes]
    where: str
    methods: set[str] = field(default_factory=set)


def _modules() -> Iterator[tuple[str, Path]]:
    root = Path(lkj_tui.__file__).parent
    yield "lkj_tui", root / "__init__.py"
    for info in pkgutil.walk_packages([str(root)], "lkj_tui."):
        if info.name.endswith("__main__"):  # (importing it runs the program)
            continue
        path = root.joinpath(*info.name.split(".")[1:])
        yield info.name, path / "__init__.py" if info.ispkg else path.with_suffix(".py")


def _value(node: ast.expr, space: dict[str, object]) -> object:
    """The value of a constant expression of the source: a literal, a module name, a string
    sum, ``re.I | re.S``; ``None`` when it depends on a variable of a function."""
    if isinstance(node, ast.Constant):
        return node.value
    if isinstance(node, ast.Name):
        return space.get(node.id)
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
        owner = space.get(node.value.id)
        return getattr(owner, node.attr, None) if owner is not None else None
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add | ast.BitOr):
        left, right = _value(node.left, space), _value(node.right, space)
        if left is None or right is None:
            return None
        try:
            return left + right if isinstance(node.op, ast.Add) else left | right  # type: ignore[operator]
        except TypeError:
            return None
    if isinstance(node, ast.JoinedStr):
        parts = []
        for part in node.values:
            if isinstance(part, ast.Constant):
                parts.append(str(part.value))
            elif isinstance(part, ast.FormattedValue) and part.format_spec is None:
                got = _value(part.value, space)
                if not isinstance(got, str | int):
                    return None
                parts.append(str(got))
            else:
                return None
        return "".join(parts)
    return None


def _imported_in_functions(tree: ast.Module) -> dict[str, object]:
    """The names a module imports inside its functions (``from lkj_tui.cli.plain import
    _PROGRAM``, to keep its start-up light), by their values."""
    out: dict[str, object] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("lkj_tui"):
            source = importlib.import_module(node.module)
            for alias in node.names:
                if hasattr(source, alias.name):
                    out[alias.asname or alias.name] = getattr(source, alias.name)
    return out


def patterns() -> tuple[list[Found], list[str]]:
    """Every pattern of lkj_tui with the methods it is called with, and where a pattern is made
    from what only a running function knows (``module:line``)."""
    found: dict[int, Found] = {}
    dynamic: list[str] = []
    for name, path in _modules():
        module = importlib.import_module(name)
        tree = ast.parse(path.read_text(encoding="utf-8"))
        space = {**_imported_in_functions(tree), **vars(module)}
        where = path.relative_to(Path(lkj_tui.__file__).parent).as_posix()
        made_once = {  # a module's own NAME = re.compile(…): its object is timed by its uses
            id(n.value) for n in tree.body if isinstance(n, ast.Assign | ast.AnnAssign)
        }
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
                continue
            if id(node) in made_once:
                continue
            method, owner = node.func.attr, node.func.value
            pattern: object = None
            if isinstance(owner, ast.Name) and owner.id == "re" and node.args:
                if method not in _METHODS | {"compile"}:
                    continue
                pattern = _value(node.args[0], space)
                flags = node.args[2 if method in ("sub", "subn") else 1 :]
                flag = _value(flags[-1], space) if method != "split" and flags else None
                for kw in node.keywords:
                    if kw.arg == "flags":
                        flag = _value(kw.value, space)
                if pattern is None:
                    dynamic.append(f"{where}:{node.lineno}")
                    continue
                if isinstance(pattern, str | bytes):
                    pattern = re.compile(pattern, flag if isinstance(flag, int) else 0)
            elif isinstance(owner, ast.Name) and method in _METHODS:
                pattern = space.get(owner.id)
            elif isinstance(owner, ast.Subscript) and method in _METHODS:  # _WORDS[0].fullmatch
                table, at = _value(owner.value, space), _value(owner.slice, space)
                if isinstance(table, tuple | list) and isinstance(at, int) and at < len(table):
                    pattern = table[at]
            if not isinstance(pattern, re.Pattern):
                continue
            entry = found.setdefault(id(pattern), Found(pattern, f"{where}:{node.lineno}"))
            if method != "compile":
                entry.methods.add(method)
            entry.methods |= USED_ELSEWHERE.get(str(pattern.pattern), set())
        for key, value in vars(module).items():  # (one passed to a function: every use)
            if isinstance(value, re.Pattern) and id(value) not in found:
                found[id(value)] = Found(value, f"{where} {key}")
            if isinstance(value, list | tuple):  # a table of patterns: (pattern, replacement)
                for item in value:
                    first = item[0] if isinstance(item, tuple) and item else item
                    if isinstance(first, re.Pattern):
                        found.setdefault(id(first), Found(first, f"{where} (table)"))
    for module_name, table in STRING_TABLES.items():  # (patterns kept as text, used by sub)
        for row in getattr(importlib.import_module(module_name), table):
            pattern = re.compile(row[0])
            where = f"{module_name.removeprefix('lkj_tui.').replace('.', '/')}.py {table}"
            found.setdefault(id(pattern), Found(pattern, where, {"sub"}))
    return list(found.values()), dynamic


def built_at_run_time(dynamic: list[str]) -> list[str]:
    """The places of :func:`patterns`' run-time patterns in no module :data:`BUILT_AT_RUN_TIME`
    vouches for."""
    return [w for w in dynamic if w.split(":")[0] not in BUILT_AT_RUN_TIME]


# ------------------------------------------------------------------ inputs made from a pattern

_CATEGORY = {
    c.CATEGORY_DIGIT: "1",
    c.CATEGORY_NOT_DIGIT: "x",
    c.CATEGORY_SPACE: " ",
    c.CATEGORY_NOT_SPACE: "x",
    c.CATEGORY_WORD: "a",
    c.CATEGORY_NOT_WORD: " ",
    c.CATEGORY_LINEBREAK: "\n",
    c.CATEGORY_NOT_LINEBREAK: "x",
}


def _members(items: list[tuple[object, object]]) -> list[str]:
    """A few characters an ``IN`` class holds (a negated class: the characters it names are what
    ends its run, so those are the interesting ones too)."""
    out: list[str] = []
    for op, arg in items:
        if op is c.LITERAL:
            out.append(chr(arg))  # type: ignore[arg-type]
        elif op is c.RANGE:
            low, high = arg  # type: ignore[misc]
            out += [chr(low), chr(high)]
        elif op is c.CATEGORY:
            out.append(_CATEGORY.get(arg, "x"))  # type: ignore[call-overload]
        elif op is c.NEGATE:
            out.append("x")
    return out


def _walk(parsed: sre_parse.SubPattern, chars: set[str]) -> list[str]:
    """Strings the pattern's start would match (a few, one per branch taken at the top), and
    every character it names into ``chars``."""
    examples = [""]
    for op, arg in parsed:
        pieces: list[str]
        if op is c.LITERAL:
            pieces = [chr(arg)]  # type: ignore[arg-type]
            chars.update(pieces)
        elif op is c.NOT_LITERAL:
            chars.add(chr(arg))  # type: ignore[arg-type]
            pieces = ["x" if chr(arg) != "x" else "y"]  # type: ignore[arg-type]
        elif op is c.IN:
            members = _members(arg)  # type: ignore[arg-type]
            chars.update(members)
            pieces = members[:2] or ["x"]
        elif op is c.ANY:
            pieces = ["x"]
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            low, _high, sub = arg  # type: ignore[misc]
            inner = _walk(sub, chars)
            pieces = [e * max(low, 1) for e in inner[:2]] + ([""] if low == 0 else [])
        elif op is c.SUBPATTERN:
            pieces = _walk(arg[-1], chars)[:3]  # type: ignore[index]
        elif op is c.BRANCH:
            pieces = []
            for branch in arg[1]:  # type: ignore[index]
                pieces += _walk(branch, chars)[:2]
        elif op is c.ATOMIC_GROUP:
            pieces = _walk(arg, chars)[:2]  # type: ignore[arg-type]
        else:  # anchors, look-arounds, back references: nothing consumed here
            if op in (c.ASSERT, c.ASSERT_NOT):
                _walk(arg[1], chars)  # type: ignore[index]
            continue
        examples = [e + p for e in examples for p in pieces][:6]
    return examples


def hostile_units(pattern: re.Pattern[str] | re.Pattern[bytes]) -> dict[str, str]:
    """The pieces to repeat: each character the pattern names, each start of what it matches."""
    source = pattern.pattern
    text = source.decode("latin-1") if isinstance(source, bytes) else source
    chars: set[str] = set()
    examples = _walk(sre_parse.parse(text, pattern.flags & ~re.UNICODE), chars)
    units = {f"run of {ch!r}": ch for ch in sorted(chars)}
    for example in examples:
        for end in range(1, min(len(example), 12) + 1):
            units.setdefault(f"starts {example[:end]!r}", example[:end])
    return units


def _runner(found: Found, unit: str) -> Callable[[str], object]:
    """A function of one text's length: the pattern's methods on ``unit`` repeated to it, then
    a character it does not name."""
    pattern = found.pattern
    binary = isinstance(pattern.pattern, bytes)
    methods = sorted(found.methods) or ["search", "finditer"]

    def run(text: str) -> object:
        body = unit * max(1, len(text) // max(len(unit), 1)) + "\x07"
        data: str | bytes = body.encode("latin-1", "replace") if binary else body
        out = []
        for method in methods:
            if method in _SCANS:
                out.append(sum(1 for _ in pattern.finditer(data)))  # type: ignore[arg-type]
            else:
                out.append(getattr(pattern, method)(data))
        return out

    return run


def pattern_cases() -> dict[str, Callable[[str], object]]:
    """One case per pattern and piece, named ``module:line <piece>``, for
    ``timing.time_text_functions(funcs=…)``."""
    cases: dict[str, Callable[[str], object]] = {}
    for found in patterns()[0]:
        for name, unit in hostile_units(found.pattern).items():
            cases[f"{found.where} {name}"] = _runner(found, unit)
    return cases
