"""Reading organisations' spreadsheets safely into plain Python values (Qt- and DB-free).

Import the pieces from their modules or from here; nothing heavy is imported at package import
(python-calamine and defusedxml load on first read).
"""

from desktop.core.tabular.model import (
    DEFAULT_LIMITS,
    CellValue,
    Limits,
    MergedRange,
    Row,
    Sheet,
    Values,
    Workbook,
    column_index,
    column_letter,
)
from desktop.core.tabular.reader import read_bytes, read_workbook

__all__ = [
    "DEFAULT_LIMITS",
    "CellValue",
    "Limits",
    "MergedRange",
    "Row",
    "Sheet",
    "Values",
    "Workbook",
    "column_index",
    "column_letter",
    "read_bytes",
    "read_workbook",
]
