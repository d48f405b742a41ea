"""The register of organisations and departments: numbers, placements, ministry lists,
monitoring, master-data import and the placement export.

The colour lookup that other areas call lives in `desktop.core.colours`.
"""

from desktop.core.registry import search_text as _search_text  # noqa: F401 - the listener
