"""Opening exported workbooks as a user's spreadsheet program does: openpyxl for the cells and
their formats, LibreOffice headless (converted to CSV, every sheet) for what a person sees.

`soffice()` is the LibreOffice program; without it the test is skipped, with the reason (and
`.ci/run`, which installs it, fails on the skip).
"""

from __future__ import annotations

import atexit
import csv
import datetime as dt
import shutil
import subprocess
import tempfile
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

from openpyxl import load_workbook

from tests.conftest import missing

# Comma separated, double quotes, UTF-8, from line 1, formatted "as shown", every sheet (-1).
CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,true,false,false,-1"
_profile: list[Path] = []
_SYSTEM_TEMP = tempfile.gettempdir()  # at import, before a test points tempfile at its own


def soffice() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if not found:
        missing("LibreOffice (soffice): apt-get install libreoffice-calc-nogui")
    return found


def profile_dir() -> Path:
    """One LibreOffice profile per test process (making one takes seconds). Its own folder, as
    a profile is not shared between LibreOffice processes."""
    if not _profile:
        folder = Path(tempfile.mkdtemp(prefix="anvis-lo-", dir=_SYSTEM_TEMP))
        atexit.register(shutil.rmtree, folder, True)
        _profile.append(folder)
    return _profile[0]


def libreoffice_sheets(program: str, path: Path, out: Path) -> dict[str, list[list[str]]]:
    """Every sheet of `path` as LibreOffice shows it: sheet name -> rows of cell texts."""
    out.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(
        [
            program,
            f"-env:UserInstallation={profile_dir().as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            CSV_FILTER,
            "--outdir",
            str(out),
            str(path),
        ],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    sheets: dict[str, list[list[str]]] = {}
    prefix = path.stem + "-"
    for produced in sorted(out.glob("*.csv")):
        assert produced.name.startswith(prefix), produced.name
        with produced.open(encoding="utf-8", newline="") as handle:
            sheets[produced.stem[len(prefix) :]] = list(csv.reader(handle))
    assert sheets, f"LibreOffice could not open {path.name}: {result.stdout}{result.stderr}"
    return sheets


def _rounded(value: Any, places: int) -> Decimal:
    quantum = Decimal(1).scaleb(-places)
    return Decimal(repr(value) if isinstance(value, float) else str(value)).quantize(
        quantum, rounding=ROUND_HALF_UP
    )


def shown(value: Any, number_format: str) -> str:
    """The text LibreOffice (en-US) shows for a cell value with the number formats Anvis uses."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, dt.datetime | dt.date):
        if number_format.lower() in ("dd.mm.yyyy", "dd-mm-yyyy"):
            separator = number_format[2]
            return value.strftime(f"%d{separator}%m{separator}%Y")
        if number_format.lower() == "yyyy-mm-dd":
            return value.strftime("%Y-%m-%d")
        raise AssertionError(f"unexpected date format {number_format!r}")
    if isinstance(value, str):
        return value
    if number_format == '#,##0.00 "kr."':
        return f"{_rounded(value, 2):,.2f} kr."
    if number_format == "#,##0":
        return f"{_rounded(value, 0):,.0f}"
    if number_format == "#,##0.0":
        return f"{_rounded(value, 1):,.1f}"
    if number_format == "0.0%":
        return f"{_rounded(Decimal(str(value)) * 100, 1):.1f}%"
    if number_format == "0%":
        return f"{_rounded(Decimal(str(value)) * 100, 0):.0f}%"
    if number_format == "0":
        return f"{_rounded(value, 0):.0f}"
    if number_format in ("General", "@"):
        return f"{value:.10g}" if isinstance(value, float) else str(value)
    raise AssertionError(f"unexpected number format {number_format!r}")


def _trimmed(rows: list[list[str]]) -> list[list[str]]:
    result = [list(row) for row in rows]
    for row in result:
        while row and row[-1] == "":
            row.pop()
    while result and not result[-1]:
        result.pop()
    return result


def openpyxl_sheets(path: Path) -> dict[str, list[list[str]]]:
    """Every sheet as the texts the cells should show (value + number format)."""
    book = load_workbook(path)
    sheets = {}
    for ws in book.worksheets:
        rows = [[shown(c.value, c.number_format) for c in row] for row in ws.iter_rows()]
        sheets[ws.title] = _trimmed(rows)
    return sheets


def assert_same_in_libreoffice(path: Path, out: Path) -> dict[str, list[list[str]]]:
    """LibreOffice opens `path` and shows exactly the values openpyxl reads, on every sheet.
    Returns LibreOffice's sheets."""
    program = soffice()
    expected = openpyxl_sheets(path)
    seen = {name: _trimmed(rows) for name, rows in libreoffice_sheets(program, path, out).items()}
    assert set(seen) == set(expected)
    for name, rows in expected.items():
        assert seen[name] == rows, f"sheet {name!r} differs in LibreOffice"
    return seen
