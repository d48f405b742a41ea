"""Pausing Python's cyclic garbage collector while an import makes many small objects.

A 50,000-row import creates a few million tuples, dicts and dataclass instances, almost none of
them in reference cycles. With the collector on, every 700 new objects it walks the young
generation, and ever more often everything alive, including the workbook and the preview
being built: measured, full collections of 150 ms each, over 10 % of an import. Reference
counting still frees everything at once; the collector runs again when the block ends, with
what the block made counted as old (see `gc_paused`).

The pause is process-wide. An import pauses it for its preview and for its commit (a few
seconds each at most), across its progress steps: the window's thread meanwhile only shows the
progress. Nothing else should pause it for long.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def gc_paused() -> Iterator[None]:
    """Run the block with the cyclic collector off (unless someone else already turned it off);
    in a generator the pause lasts until it finishes or is closed."""
    enabled = gc.isenabled()
    if enabled:
        gc.disable()
    try:
        yield
    finally:
        if enabled:
            # Everything made during the pause counts as young: the first allocation after
            # enabling would walk all of it (100 ms after a 50,000-row preview) to find the few
            # cycles. Hand it to the oldest generation instead, collected when that is due.
            gc.freeze()
            gc.unfreeze()
            gc.enable()
