"""The import's pause of the cyclic collector: off during it, on after it, and cycles made
during it still collected afterwards (nothing is frozen for good)."""

from __future__ import annotations

import gc
import weakref

from desktop.core.importing.gcpause import gc_paused


class _Node:
    def __init__(self) -> None:
        self.other: _Node | None = None


def test_the_collector_is_off_during_the_pause_and_on_after() -> None:
    assert gc.isenabled()
    with gc_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_cycles_made_during_the_pause_are_still_collected() -> None:
    with gc_paused():
        first, second = _Node(), _Node()
        first.other, second.other = second, first
        watch = weakref.ref(first)
        del first, second
    assert watch() is not None  # a cycle: reference counting alone cannot free it
    gc.collect()
    assert watch() is None


def test_a_pause_inside_a_pause_leaves_the_collector_to_the_outer_one() -> None:
    with gc_paused():
        with gc_paused():
            pass
        assert not gc.isenabled()
    assert gc.isenabled()
