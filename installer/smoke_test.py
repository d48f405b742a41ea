"""Start the FROZEN Anvis headless and check that it works as installed on a desk's PC.

    python installer/smoke_test.py [--exe dist/anvis/anvis] [--sample FILE] [--keep]

Runs, each in a fresh data folder, with the Qt platform `offscreen` and the Danish UI:

1. `anvis --version`: the version pyproject.toml declares;
2. `anvis demo --db X --applicants 60 --vacancies 40`: migrations, master data workbook, Danish
   catalogues (the message must be Danish);
3. `anvis import vacancies SAMPLE --db X --json`: spreadsheet reading, the JSON report;
4. `anvis letters offer ID --out letter.pdf --db X`: reportlab with the embedded fonts; the PDF
   must read (pypdf or pdftotext when there, else its structure) and name the dwelling's street;
5. `anvis --db X --screenshot window.png --page overview`: the window with Qt's offscreen
   platform, the pages loaded, a PNG of it;

and that the bundle carries the help pages, the compiled catalogues, the demo workbook and the
migration scripts.

Every step must exit 0; the script exits 0 when all checks pass, 1 otherwise. Standard library
only: it runs with any Python 3.11, not the bundle's. On Windows give `--exe
dist\\anvis\\anvis-cmd.exe` (the console program; the default finds it).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import struct
import subprocess
import sys
import tempfile
import time
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "tests" / "fixtures" / "samples" / "vacancies_vivabolig_clean.xlsx"


def default_exe() -> Path:
    name = "anvis-cmd.exe" if sys.platform == "win32" else "anvis"
    return REPO / "dist" / "anvis" / name


class Smoke:
    def __init__(self, exe: Path, folder: Path) -> None:
        self.exe = exe
        self.folder = folder
        self.failures: list[str] = []
        self.env = dict(os.environ)
        self.env.update(
            ANVIS_DATA_DIR=str(folder / "data"),
            ANVIS_LANG="da",
            QT_QPA_PLATFORM="offscreen",
        )
        self.env.pop("ANVIS_DB", None)

    def run(self, *arguments: str, timeout: int = 300) -> subprocess.CompletedProcess[str]:
        command = [str(self.exe), *arguments]
        started = time.monotonic()
        result = subprocess.run(
            command,
            env=self.env,
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=timeout,
            check=False,
        )
        seconds = time.monotonic() - started
        shown = " ".join(["anvis", *arguments]).replace(str(self.folder), "TMP")
        print(f"$ {shown}\n  exit {result.returncode} in {seconds:.1f} s")
        self.check(result.returncode == 0, f"{shown}: exit code {result.returncode}")
        if result.returncode != 0:
            print(_indent(result.stdout + result.stderr))
        return result

    def check(self, ok: bool, what: str) -> bool:
        if not ok:
            self.failures.append(what)
            print(f"  FAILED: {what}")
        return ok


def _indent(text: str, limit: int = 3000) -> str:
    return "\n".join("    " + line for line in text[-limit:].splitlines())


def pyproject_version() -> str:
    with (REPO / "pyproject.toml").open("rb") as handle:
        return str(tomllib.load(handle)["project"]["version"])


def pdf_text(path: Path) -> str | None:
    """The PDF's text with pypdf or pdftotext, whichever is there; None if neither is."""
    try:
        from pypdf import PdfReader  # noqa: PLC0415

        return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)
    except ImportError:
        pass
    if shutil.which("pdftotext"):
        result = subprocess.run(
            ["pdftotext", str(path), "-"], capture_output=True, text=True, check=False
        )
        return result.stdout if result.returncode == 0 else ""
    return None


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    if data[:8] != b"\x89PNG\r\n\x1a\n" or data[12:16] != b"IHDR":
        return (0, 0)
    width, height = struct.unpack(">II", data[16:24])
    return (width, height)


def offer_with_letter(database: Path) -> tuple[int, str]:
    """An offer of the demo database and its dwelling's address (read with sqlite3)."""
    with sqlite3.connect(database) as connection:
        row = connection.execute(
            "SELECT offer.id, vacancy.street FROM offer"
            " JOIN vacancy ON vacancy.id = offer.vacancy_id ORDER BY offer.id LIMIT 1"
        ).fetchone()
    return int(row[0]), str(row[1])


def smoke(exe: Path, sample: Path, folder: Path) -> list[str]:
    s = Smoke(exe, folder)
    database = folder / "smoke.sqlite"

    inside = exe.parent / "_internal"  # PyInstaller's folder of everything but the programs
    for needed in (
        "resources/help/da/overview.html",
        "resources/translations/shell_da.qm",
        "resources/demo/organisations_departments.xlsx",
        "db/migrations/env.py",
    ):
        s.check((inside / needed).is_file(), f"the bundle lacks {needed}")

    version = s.run("--version")
    s.check(
        version.stdout.strip() == f"Anvis {pyproject_version()}",
        f"--version says {version.stdout.strip()!r}, pyproject {pyproject_version()!r}",
    )

    demo = s.run("demo", "--db", str(database), "--applicants", "60", "--vacancies", "40")
    print(_indent(demo.stdout.strip().replace(str(folder), "TMP")))
    s.check(database.is_file(), "the demo database was not made")
    s.check("Demodatabase" in demo.stdout, "the demo's message is not in Danish")
    if s.failures:
        return s.failures

    imported = s.run("import", "vacancies", str(sample), "--db", str(database), "--json")
    try:
        report = json.loads(imported.stdout)
        print(
            f"  {report['rows_imported']} of {report['rows_total']} rows imported,"
            f" {report['rows_rejected']} rejected"
        )
        s.check(report["rows_imported"] > 0, "the import took no rows")
    except (ValueError, KeyError) as exc:
        s.check(False, f"the import's JSON report does not read: {exc}")

    offer_id, address = offer_with_letter(database)
    letter = folder / "letter.pdf"
    printed = s.run("letters", "offer", str(offer_id), "--out", str(letter), "--db", str(database))
    print(_indent(printed.stdout.strip().replace(str(folder), "TMP")))
    if s.check(letter.is_file(), "no letter PDF"):
        data = letter.read_bytes()
        s.check(data.startswith(b"%PDF-") and b"%%EOF" in data[-64:], "the PDF is not whole")
        text = pdf_text(letter)
        if text is None:
            print("  (no pypdf or pdftotext here: checked the PDF's structure only)")
        else:
            street = address.strip()
            s.check(street in text, f"the letter does not name the dwelling {street!r}")
            print(f"  letter: {len(data):,} bytes, names {street!r}")

    picture = folder / "window.png"
    s.run("--db", str(database), "--screenshot", str(picture), "--page", "overview", timeout=120)
    if s.check(picture.is_file(), "no screenshot"):
        width, height = png_size(picture)
        s.check(width >= 900 and height >= 600, f"the screenshot is {width}x{height}")
        print(f"  screenshot: {width}x{height}, {picture.stat().st_size:,} bytes")
    return s.failures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--exe", type=Path, default=default_exe(), help="the frozen program")
    parser.add_argument("--sample", type=Path, default=SAMPLE, help="a vacancy spreadsheet")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = parser.parse_args(argv)
    if not args.exe.is_file():
        print(f"smoke test: no frozen program at {args.exe}: run installer/build.sh first")
        return 1
    folder = Path(tempfile.mkdtemp(prefix="anvis-smoke-"))
    started = time.monotonic()
    try:
        failures = smoke(args.exe.resolve(), args.sample.resolve(), folder)
    finally:
        if args.keep:
            print(f"kept {folder}")
        else:
            shutil.rmtree(folder, ignore_errors=True)
    seconds = time.monotonic() - started
    if failures:
        print(f"smoke test FAILED ({len(failures)} problem(s), {seconds:.0f} s):")
        for failure in failures:
            print(f"  - {failure}")
        return 1
    print(f"smoke test passed in {seconds:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
