"""`read_workbook`: any supported spreadsheet file -> one `Workbook`, safely.

The file is read into memory once (size checked first); every later step works on those bytes,
so what was checked is exactly what is parsed and what an import stores.

`check_head` (optional) is given the first rows of every sheet (`HEAD_ROWS`) and may refuse the
file (FileProblem) before the rest is read: a CSV file is read no further; a workbook's sheets
are bounded before they are read (row and cell limits), and checked before their cells are all
made Python values.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from desktop.core.tabular import problems
from desktop.core.tabular.calamine_read import read_calamine
from desktop.core.tabular.cfb_package import check_cfb
from desktop.core.tabular.csv_read import HeadCheck, read_csv
from desktop.core.tabular.model import DEFAULT_LIMITS, Limits, Workbook
from desktop.core.tabular.ods_package import check_ods
from desktop.core.tabular.sniff import detect, expected_format
from desktop.core.tabular.xlsx_package import check_xlsx


def read_workbook(
    path: Path, *, limits: Limits = DEFAULT_LIMITS, check_head: HeadCheck | None = None
) -> Workbook:
    """Read .xlsx, .xlsm, .xls, .ods or .csv; raises FileProblem with a message for the user."""
    name = path.name
    expected_format(name)
    try:
        size = path.stat().st_size
        if size > limits.max_file_bytes:
            problems.too_big(name, limits.max_file_bytes // (1024 * 1024))
        data = path.read_bytes()
    except (FileNotFoundError, IsADirectoryError, PermissionError, OSError):
        problems.not_found(name)
    return read_bytes(name, data, limits=limits, check_head=check_head)


def read_bytes(
    name: str,
    data: bytes,
    *,
    limits: Limits = DEFAULT_LIMITS,
    check_head: HeadCheck | None = None,
) -> Workbook:
    """As `read_workbook`, for bytes already in memory (`name` gives the extension)."""
    if len(data) > limits.max_file_bytes:
        problems.too_big(name, limits.max_file_bytes // (1024 * 1024))
    kind = detect(name, data)
    digest = hashlib.sha256(data).hexdigest()
    if kind == "csv":
        sheet, encoding, delimiter = read_csv(name, data, limits, check_head)
        return Workbook(name, kind, (sheet,), data, digest, encoding, delimiter)

    if kind in ("xlsx", "xlsm"):
        hidden = check_xlsx(name, data, limits)
        sheets = read_calamine(name, data, limits, hidden, check_head=check_head)
    elif kind == "ods":
        layouts = check_ods(name, data, limits)
        sheets = read_calamine(
            name,
            data,
            limits,
            {key: frozenset(layout.hidden_columns) for key, layout in layouts.items()},
            {key: tuple(layout.merged) for key, layout in layouts.items()},
            check_head=check_head,
        )
    else:
        check_cfb(name, data)
        sheets = read_calamine(name, data, limits, {}, check_head=check_head)
    return Workbook(name, kind, sheets, data, digest)
