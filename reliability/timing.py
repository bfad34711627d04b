"""Every text function on long inputs (issue 11, defect 4: ``clean_line`` was quadratic on a long
run of spaces; 30,000 spaces and a tab took ``status`` 20 s).

:func:`text_functions` finds the functions to time in the modules that handle user text: every
public function whose first parameter is a ``str`` and that needs no other argument. Each runs on
inputs of 1/8 and of the full size (1 MB by default) in shapes that make a regular expression or a
loop backtrack: long runs of whitespace without a line break, escape introducers without an end,
C1 controls, bidi controls, markup brackets, backslashes, digits… It is linear when the full size
takes at most ``SLACK`` × 8 × the small one (plus a few milliseconds for the timer's noise).

:func:`command_timing` puts a megabyte of each shape into one IKU's name, code and source and times
``status`` and ``export`` against the same commands on a megabyte of plain letters.
"""

from __future__ import annotations

import contextlib
import importlib
import inspect
import os
import subprocess
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from lkj_tui.bundled import load_bundled_report
from lkj_tui.storage.store import Store
from reliability.badfiles import LKJ_TUI

#: The modules that handle user or report text.
TEXT_MODULES = (
    "lkj_tui.core.sanitize",
    "lkj_tui.core.values",
    "lkj_tui.core.numbers",
    "lkj_tui.export.escape",
    "lkj_tui.cli.output",
    "lkj_tui.cli.format",
)
#: Allowed ratio over linear growth: the full size may take SLACK × 8 × the small one (a quadratic
#: function takes 64 ×; strings past the CPU caches and a shared machine make linear ones vary).
SLACK = 4.0
NOISE = 0.1  # seconds


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


def text_functions() -> dict[str, Callable[[str], object]]:
    """Public functions of :data:`TEXT_MODULES` taking one ``str`` (the others optional) and
    returning something (the writers, which return None, are left out)."""
    out: dict[str, Callable[[str], object]] = {}
    for name in TEXT_MODULES:
        module = importlib.import_module(name)
        for attr, func in vars(module).items():
            if attr.startswith("_") or not inspect.isfunction(func):
                continue
            if func.__module__ != name:
                continue
            signature = inspect.signature(func)
            params = list(signature.parameters.values())
            if not params or params[0].annotation not in ("str", "str | None"):
                continue
            if signature.return_annotation in ("None", "NoReturn"):
                continue  # writes somewhere (stdout, stderr): not a text function
            if any(
                p.default is inspect.Parameter.empty
                and p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD)
                for p in params[1:]
            ):
                continue
            out[f"{name.removeprefix('lkj_tui.')}.{attr}"] = func
    return out


def _time(func: Callable[[str], object], text: str, repeats: int = 2) -> float:
    best = float("inf")
    for _ in range(repeats):
        started = time.perf_counter()
        with contextlib.suppress(Exception):  # a refusal (ParseError…) is fine: only time counts
            func(text)
        best = min(best, time.perf_counter() - started)
    return best


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
) -> TimingFigures:
    """Every text function (or those named in ``only``) on every shape (or those in ``kinds``),
    on inputs growing 8 × at a time up to ``size`` characters (``size`` / 512, / 64, / 8, 1):
    each step may take SLACK × 8 × the one before (+ the timer's noise). A function that grows
    faster stops there, so a quadratic one fails in seconds instead of running for hours."""
    started = time.monotonic()
    figures = TimingFigures(size=size)
    funcs = {k: v for k, v in text_functions().items() if only is None or k in only}
    figures.functions = sorted(funcs)
    ladder = [shapes(size // 8**k) for k in (3, 2, 1, 0)]
    names = [k for k in ladder[0] if kinds is None or k in kinds]
    for fname, func in sorted(funcs.items()):
        for shape in names:
            figures.cases += 1
            case = f"{fname}({shape})"
            before = _time(func, ladder[0][shape])
            for step in ladder[1:]:
                took = _time(func, step[shape])
                if took > SLACK * 8 * before + NOISE:  # once more, both sizes: a busy machine
                    smaller = ladder[ladder.index(step) - 1][shape]
                    before, took = _time(func, smaller, 3), _time(func, step[shape], 3)
                    if took > SLACK * 8 * before + NOISE:
                        figures.superlinear.append(
                            f"{case}: {len(smaller):,} chars {before * 1000:.0f} ms → "
                            f"{len(step[shape]):,} chars {took * 1000:.0f} ms"
                        )
                        break
                if step is ladder[-1]:
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
