"""A package's public names loaded from their module when first used (PEP 562).

A package that gathers its modules' names in `__init__` makes every import of any one of its
modules load them all: the day's work queue would load the letter drawing and the whole
ranking to read two small modules (bench/startup.py). The package lists where each name
lives, imports them under TYPE_CHECKING for the type checker, and sets

    __getattr__ = lazy_exports.loader(__name__, WHERE)
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from typing import Any


def loader(package: str, where: Mapping[str, str]) -> Callable[[str], Any]:
    """The package's `__getattr__`: `name` from the module `where[name]` of `package`."""

    def load(name: str) -> Any:
        module = where.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        return getattr(importlib.import_module(f"{package}.{module}"), name)

    return load
