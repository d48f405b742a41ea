"""Long imports are generators that yield `Progress`; the caller decides how to wait.

The GUI iterates on a worker thread, shows the figures and cancels by closing the generator; the
command line and tests run it to the end with `run_to_completion`.
"""

from __future__ import annotations

from collections.abc import Callable, Generator
from dataclasses import dataclass
from typing import TypeVar

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Progress:
    done: int
    total: int
    stage: str = ""
    """"read", "check" or "write": what is happening, for the progress dialog's label."""


Steps = Generator[Progress, None, T]


def run_to_completion(steps: Steps[T], on_progress: Callable[[Progress], None] | None = None) -> T:
    """Drive a progress generator to its end and return its result."""
    while True:
        try:
            progress = next(steps)
        except StopIteration as finished:
            result: T = finished.value
            return result
        if on_progress is not None:
            on_progress(progress)
