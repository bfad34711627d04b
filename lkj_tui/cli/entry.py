"""The ``lkj-tui`` program's entry point (``python -m lkj_tui`` too), apart from
:mod:`lkj_tui.cli.main`: a function ``main`` in the package's ``__init__`` took the submodule's
name, and ``from lkj_tui.cli import main`` gave the function or the module by which had been
imported first (test_cli35 failed so in CI)."""

import gc


def main() -> None:
    """The ``lkj-tui`` program (:func:`lkj_tui.cli.main.main` runs the command).

    The command line's imports (typer, click, the standard library's modules they bring, the
    commands) make ≈ 26,000 objects the cyclic GC tracks, which live until the process ends; the
    GC, on while they were made, walked them again and again as they grew (≈ 12 M instructions,
    2.5 % of ``lkj-tui check -r``). They are made with the GC off and frozen (``gc.freeze``): no
    collection walks them, and the GC runs as usual on what the command makes. (The ≈ 500 objects
    of garbage in cycles the imports leave are frozen with them: freed when the process ends.)
    docs/performance.md, "perf57"."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        from lkj_tui.cli.main import main as run

        gc.freeze()
    finally:
        if enabled:
            gc.enable()
    run()
