"""The ``lkj-tui`` program's entry point (``python -m lkj_tui`` too), apart from
:mod:`lkj_tui.cli.main`: a function ``main`` in the package's ``__init__`` took the submodule's
name, and ``from lkj_tui.cli import main`` gave the function or the module by which had been
imported first (test_cli35 failed so in CI)."""

import gc
import os
import sys


def main() -> None:
    """The ``lkj-tui`` program (:func:`lkj_tui.cli.main.main` runs the command). A command line
    that only opens the TUI (``lkj-tui``, ``lkj-tui --store DIR -r ID --lang en``) opens it
    without importing typer (``cli/start.py``: ≈ 5 % of the first frame, docs/performance.md).

    The command line's imports (typer, click, the standard library's modules they bring, the
    commands) make ≈ 26,000 objects the cyclic GC tracks, which live until the process ends; the
    GC, on while they were made, walked them again and again as they grew (≈ 12 M instructions,
    2.5 % of ``lkj-tui check -r``). They are made with the GC off and frozen (``gc.freeze``): no
    collection walks them, and the GC runs as usual on what the command makes. (The ≈ 500 objects
    of garbage in cycles the imports leave are frozen with them: freed when the process ends.)
    docs/performance.md, "perf57"."""
    from lkj_tui.cli.start import quick_form, run_quick

    given = quick_form(sys.argv[1:], os.environ)
    if given is not None:
        run_quick(given)
    enabled = gc.isenabled()
    gc.disable()
    try:
        from lkj_tui.cli.main import main as run

        gc.freeze()
    finally:
        if enabled:
            gc.enable()
    run()
