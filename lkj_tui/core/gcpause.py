"""``gc_paused``: the cyclic GC off while a big tree of objects is built or walked.

Parsing, building and evaluating a report make hundreds of thousands of containers, none of them
garbage and none in a cycle; the GC would scan them again and again as they grow (docs/performance.md,
"Devices": ``json.loads`` of the 100k-measure report 3.0 → 1.5 s of CPU, its evaluation 16 → 7 s,
the import of 20,000 rows 10.8 → 6.3 s). The GC is back on afterwards if it was on.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["gc_paused"]


@contextmanager
def gc_paused() -> Iterator[None]:
    """The cyclic GC off for the ``with`` block, then back as it was."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
