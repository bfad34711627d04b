"""Every text function on long inputs (issue 11, defect 4: ``clean_line`` was quadratic on a long
run of spaces; 30,000 spaces and a tab took ``status`` 20 s).

:func:`text_functions` finds the functions to time by walking the packages that handle user text
(:data:`TEXT_PACKAGES`; a hand-written list of modules missed ``core.numbers.show_raw`` in CI, and
the reviu's, the import's and the TUI's text functions everywhere): every public function whose
first parameter is text and whose other required parameters are text (given the same input),
numbers or flags. Each runs on inputs growing 8 × at a time up to the full size (1 MB by default)
in shapes that make a regular expression or a loop backtrack: long runs of whitespace without a
line break, escape introducers without an end, C1 controls, bidi controls, markup brackets,
backslashes, digits… Each step may take ``SLACK`` × the growth of a linear baseline measured on the
same inputs in the same run (plus the timer's noise).

:func:`command_timing` puts a megabyte of each shape into one IKU's name, code and source and times
``status`` and ``export`` against the same commands on a megabyte of plain letters.
"""

from __future__ import annotations

import contextlib
import importlib
import inspect
import os
import pkgutil
import subprocess
import time
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from lkj_tui.bundled import load_bundled_report
from lkj_tui.core.gcpause import gc_paused
from lkj_tui.storage.store import Store
from reliability.badfiles import LKJ_TUI

#: The packages whose functions handle user or report text, walked for their modules (a new module
#: is timed without editing the suite): the pure core (no I/O by its import-linter contract), the
#: Markdown export, the import's cell readers and the TUI's text helpers...
TEXT_PACKAGES = ("lkj_tui.core", "lkj_tui.export", "lkj_tui.importing", "lkj_tui.tui")
#: ...and the CLI's print boundary (the CLI's other modules are commands: they print and exit).
TEXT_MODULES = ("lkj_tui.cli.format", "lkj_tui.cli.output")
#: Allowed ratio over linear growth: each step may take SLACK × what the linear baseline's growth
#: allows (a quadratic function takes 8 × that; strings past the CPU caches and a shared machine
#: make linear ones vary, and the baseline, measured in the same test, grows with them).
SLACK = 3.0
NOISE = 0.1  # seconds
#: What a parameter other than the first gets, by annotation: every text parameter the same
#: hostile text (as a user would type it into every box), numbers a terminal's width.
_FILL: dict[str, object] = {"int": 80, "bool": False, "int | None": 80}
_TEXT_TYPES = ("str", "str | None")


def shapes(n: int) -> dict[str, str]:
    """Inputs of about ``n`` characters that make a careless pattern backtrack."""
    half = n // 2
    return {
        "spaces, then a tab": " " * n + "\t",
        "spaces, no line break": " " * n + "x\x1b",
        "no-break spaces": "\u00a0" * n + "\x1b",
        "space-letter pairs": " x" * half + "\x1b",
        "line breaks and spaces": "\n " * half,
        "tabs": "\t" * n,
        "ESC [ without an end": "\x1b[" * half,
        "ESC ] without an end": "\x1b]" * half,
        "lone ESC": "\x1b" * n,
        "C1 CSI": "\x9b" * n,
        "C1 OSC": "\x9d" * n,
        "bidi overrides": "\u202e" * n,
        "markup brackets": "[" * n,
        "closing markup": "[/]" * (n // 3),
        "backslashes": "\\" * n,
        "entity starts": "&#" * half,
        "digits": "1" * n,
        "digit-dot": "1." * half,
        "digit-comma": "1," * half,
        "opening parentheses": "(" * n,
        "comparison signs": ">" * n,
        "percent signs": "%" * n,
        "words": "kata " * (n // 5),
    }


def text_modules() -> list[str]:
    """Every module of :data:`TEXT_PACKAGES` (walked) and :data:`TEXT_MODULES`."""
    names: list[str] = []
    for package in TEXT_PACKAGES:
        module = importlib.import_module(package)
        names.append(package)
        for info in pkgutil.walk_packages(module.__path__, package + "."):
            names.append(info.name)
    return [*names, *TEXT_MODULES]


def _caller(func: Callable[..., object]) -> Callable[[str], object] | None:
    """``func`` as a function of one text: its first parameter is text; every other parameter
    without a default is text too (it gets the same input) or a number or flag (:data:`_FILL`).
    None when it needs anything else or returns nothing (writers print: not text functions)."""
    signature = inspect.signature(func)
    params = list(signature.parameters.values())
    if not params or params[0].annotation not in _TEXT_TYPES:
        return None
    if signature.return_annotation in ("None", "NoReturn"):
        return None
    texts: list[str] = []
    fixed: dict[str, object] = {}
    for p in params[1:]:
        if p.default is not inspect.Parameter.empty or p.kind in (
            p.VAR_POSITIONAL,
            p.VAR_KEYWORD,
        ):
            continue
        if p.kind is p.POSITIONAL_ONLY:
            return None
        if p.annotation in _TEXT_TYPES:
            texts.append(p.name)
        elif p.annotation in _FILL:
            fixed[p.name] = _FILL[p.annotation]
        else:
            return None
    first = params[0].name
    if params[0].kind is params[0].POSITIONAL_ONLY:
        return lambda text: func(text, **fixed, **dict.fromkeys(texts, text))
    return lambda text: func(**{first: text}, **fixed, **dict.fromkeys(texts, text))


def text_functions() -> dict[str, Callable[[str], object]]:
    """Every public function of the :func:`text_modules` whose first parameter is text and whose
    other required parameters are text, numbers or flags (:func:`_caller`), as a function of one
    text."""
    out: dict[str, Callable[[str], object]] = {}
    for name in text_modules():
        if name.endswith("__main__"):
            continue
        module = importlib.import_module(name)
        for attr, func in vars(module).items():
            if attr.startswith("_") or not inspect.isfunction(func):
                continue
            if func.__module__ != name:
                continue
            call = _caller(func)
            if call is not None:
                out[f"{name.removeprefix('lkj_tui.')}.{attr}"] = call
    return out


def _time(func: Callable[[str], object], text: str, repeats: int = 2) -> float:
    """The CPU time this thread spends in ``func(text)`` (fastest of ``repeats``), with the cyclic
    GC off: neither the other processes of a busy machine (wall time counts the time they take
    the CPU away) nor a collection of the whole test process's objects is the function's growth."""
    best = float("inf")
    for _ in range(repeats):
        with gc_paused():
            started = time.thread_time()
            with contextlib.suppress(Exception):  # a refusal (ParseError…): only time counts
                func(text)
            best = min(best, time.thread_time() - started)
    return best


def baseline(text: str) -> object:
    """The linear reference: one Python-level step per character (what a careful text function
    costs at least), so a step's allowed growth follows the machine and the caches at that size."""
    return sum(1 for ch in text if unicodedata.category(ch) == "Cc")


@dataclass
class TimingFigures:
    functions: list[str] = field(default_factory=list)
    cases: int = 0
    superlinear: list[str] = field(default_factory=list)
    worst_ratio: float = 0.0
    worst_ratio_case: str = ""
    slowest: float = 0.0
    slowest_case: str = ""
    size: int = 0
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return self.cases > 0 and not self.superlinear


def time_text_functions(
    size: int = 1_000_000,
    only: Sequence[str] | None = None,
    kinds: Sequence[str] | None = None,
    funcs: dict[str, Callable[[str], object]] | None = None,
) -> TimingFigures:
    """Every text function (or those named in ``only``) on every shape (or those in ``kinds``),
    on inputs growing 8 × at a time up to ``size`` characters (``size`` / 512, / 64, / 8, 1).

    Each step may take SLACK × the step before × the growth of the linear :func:`baseline` on the
    same inputs, measured in the same run (about 8 ×; more where the larger input leaves the CPU
    caches), plus the timer's noise; a quadratic function grows 8 × more. A function that grows
    faster stops there, so it fails in seconds instead of running for hours. ``funcs`` replaces
    the functions found (the suite's own test)."""
    started = time.monotonic()
    figures = TimingFigures(size=size)
    found = text_functions() if funcs is None else funcs
    funcs = {k: v for k, v in found.items() if only is None or k in only}
    figures.functions = sorted(funcs)
    ladder = [shapes(size // 8**k) for k in (3, 2, 1, 0)]
    names = [k for k in ladder[0] if kinds is None or k in kinds]
    base = {shape: [_time(baseline, step[shape], 3) for step in ladder] for shape in names}

    def allowed(shape: str, i: int, before: float) -> float:
        growth = max(base[shape][i] / max(base[shape][i - 1], 1e-6), 8.0)
        return SLACK * growth * before + NOISE

    for fname, func in sorted(funcs.items()):
        for shape in names:
            figures.cases += 1
            case = f"{fname}({shape})"
            before = _time(func, ladder[0][shape])
            for i in range(1, len(ladder)):
                text = ladder[i][shape]
                took = _time(func, text)
                if took > allowed(shape, i, before):  # once more, both sizes: a busy machine
                    smaller = ladder[i - 1][shape]
                    before, took = _time(func, smaller, 3), _time(func, text, 3)
                    if took > allowed(shape, i, before):
                        figures.superlinear.append(
                            f"{case}: {len(smaller):,} chars {before * 1000:.0f} ms → "
                            f"{len(text):,} chars {took * 1000:.0f} ms (the linear baseline "
                            f"{base[shape][i - 1] * 1000:.0f} → {base[shape][i] * 1000:.0f} ms)"
                        )
                        break
                if i == len(ladder) - 1:
                    ratio = took / max(before, 1e-6)
                    if took > figures.slowest:
                        figures.slowest, figures.slowest_case = took, case
                    if took > NOISE and ratio > figures.worst_ratio:
                        figures.worst_ratio, figures.worst_ratio_case = ratio, case
                before = took
    figures.seconds = time.monotonic() - started
    return figures


@dataclass
class CommandTiming:
    cases: int = 0
    over_budget: list[str] = field(default_factory=list)
    worst_ratio: float = 0.0
    worst_case: str = ""
    baseline: dict[str, float] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.cases > 0 and not self.over_budget


COMMAND_SHAPES = (
    "spaces, then a tab",
    "no-break spaces",
    "ESC ] without an end",
    "C1 CSI",
    "bidi overrides",
    "markup brackets",
    "words",
)


def _store(root: Path, text: str) -> Path:
    report = load_bundled_report()
    iku = next(n for n in report.walk() if n.kind == "iku")
    report.replace_node(iku.with_changes(name=text, code=text, source=text))
    Store(root).import_report(report)
    return root


def _run(args: tuple[str, ...], store: Path) -> float:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LKJ_TUI")}
    env.update(LKJ_TUI_STORE=str(store), COLUMNS="120", NO_COLOR="1")
    started = time.perf_counter()
    subprocess.run(
        [str(LKJ_TUI), *args],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        stdin=subprocess.DEVNULL,
        timeout=600,
        check=True,
    )
    return time.perf_counter() - started


def command_timing(folder: Path, size: int = 1_000_000) -> CommandTiming:
    """``status`` and ``export`` on a megabyte of each shape in one IKU's name, code and source,
    against the same on a megabyte of plain letters: within 3 × the baseline + 1.5 s."""
    figures = CommandTiming()
    base = _store(folder / "plain", "a" * size)
    commands = (("status",), ("export", "--scope", "all"), ("status", "--json"))
    for args in commands:
        figures.baseline[" ".join(args)] = min(_run(args, base) for _ in range(2))
    big = shapes(size)
    for k, shape in enumerate(COMMAND_SHAPES):
        store = _store(folder / f"shape-{k}", big[shape])
        for args in commands:
            figures.cases += 1
            name = " ".join(args)
            try:
                took = _run(args, store)
            except subprocess.SubprocessError as exc:
                figures.over_budget.append(f"{name} ({shape}): {type(exc).__name__}")
                continue
            ratio = took / figures.baseline[name]
            if ratio > figures.worst_ratio:
                figures.worst_ratio, figures.worst_case = ratio, f"{name} ({shape})"
            if took > 3 * figures.baseline[name] + 1.5:
                figures.over_budget.append(f"{name} ({shape}): {took:.1f} s")
    return figures
