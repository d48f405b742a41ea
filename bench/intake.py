"""Vacancy import end to end: read, validate, check, insert, against a bare python-calamine read.

Builds a 50,000-row workbook in the Vivabolig layout (the sample's 500 rows repeated with unique
lease numbers), then measures, alternating A B A B after a warm-up:

- import: `anvis import vacancies` as the core runs it (read with the safety checks, header and
  columns, parse and validate every row, departments and duplicates against the database, the
  intake check of every dwelling, one transaction writing dwellings, checks, batch and rows) into
  a fresh copy of a database holding the organisation's departments;
- baseline: `CalamineWorkbook.from_path(...).get_sheet_by_name(...).to_python()` of the same file.
  Target ratio <= 2.0.

It also imports the 500-row sample file (vacancies_vivabolig_clean.xlsx) the same way and reports
its time against the same kind of bare read (the issue asks for under a second).

    .venv/bin/python bench/intake.py [--rows 50000] [--rounds 3]
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import tempfile
from pathlib import Path

from _common import REPO, BenchError, compare, report, run_main, time_call

TODAY = dt.date(2026, 11, 21)
SAMPLE = "vacancies_vivabolig_clean.xlsx"


def samples_dir() -> Path:
    for candidate in (REPO.parent / "shared" / "samples", REPO / "tests" / "fixtures" / "samples"):
        if (candidate / SAMPLE).is_file():
            return candidate
    raise BenchError("the sample vacancy files are missing")


def build_workbook(target: Path, rows: int) -> None:
    """`rows` dwellings in the sample's layout; every lease number unique."""
    from openpyxl import Workbook
    from python_calamine import CalamineWorkbook

    source = CalamineWorkbook.from_path(str(samples_dir() / SAMPLE)).get_sheet_by_name("Ledige")
    header, *data = source.to_python()
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Ledige")
    sheet.append(header)
    for index in range(rows):
        row = list(data[index % len(data)])
        row[1] = f"{row[1]}-{index // len(data):03d}"  # Lejemålsnummer: unique
        sheet.append(row)
    book.save(target)


def build_database(target: Path) -> None:
    """A migrated database with Vivabolig (190) and its departments, placed green."""
    from python_calamine import CalamineWorkbook

    from db.enums import Colour, FlexibleLetting, PlacementSource
    from db.models import Department, Organisation, Placement
    from desktop.core.workspace import open_workspace

    book = CalamineWorkbook.from_path(str(samples_dir() / "organisations_departments.xlsx"))
    departments = [r for r in book.get_sheet_by_name("Afdelinger").to_python()[1:] if r[0] == "190"]
    ws = open_workspace(target, user="bench")
    with ws.write() as session:
        org = Organisation(number="190", name="Vivabolig")
        session.add(org)
        for row in departments:
            dept = Department(organisation=org, number=row[1], name=row[2], postcode="9000")
            session.add(dept)
            session.add(
                Placement(
                    department=dept,
                    colour=Colour.GREEN,
                    flexible_letting=FlexibleLetting.NONE,
                    valid_from=dt.date(2026, 1, 1),
                    source=PlacementSource.MANUAL,
                )
            )
    ws.close()


def import_once(template: Path, workdir: Path, path: Path, expect: int) -> float:
    """Milliseconds of one import of `path` into a fresh copy of `template` (the copy and the
    opening of the database are not timed)."""
    from desktop.core.importing import run_to_completion
    from desktop.core.intake import imports
    from desktop.core.workspace import open_workspace

    copy = workdir / f"db-{time_call(lambda: None):.6f}.sqlite"
    shutil.copy(template, copy)
    ws = open_workspace(copy, user="bench")
    ws.clock = lambda: TODAY
    organisation = imports.organisation_by_number(ws, "190")
    outcome: list[object] = []
    try:
        elapsed = time_call(
            lambda: outcome.append(
                run_to_completion(imports.import_vacancies(ws, path, organisation))
            )
        )
    finally:
        ws.close()
        copy.unlink()
    report_ = outcome[0].report  # type: ignore[attr-defined]
    if report_["rows_imported"] != expect:
        raise BenchError(f"imported {report_['rows_imported']} rows, expected {expect}")
    return elapsed


def bare_read(path: Path) -> float:
    from python_calamine import CalamineWorkbook

    return time_call(
        lambda: CalamineWorkbook.from_path(str(path)).get_sheet_by_name("Ledige").to_python()
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="anvis-bench-intake-") as folder:
        workdir = Path(folder)
        book = workdir / f"ledige_{args.rows}.xlsx"
        build_workbook(book, args.rows)
        template = workdir / "template.sqlite"
        build_database(template)
        measured, base = compare(
            lambda: import_once(template, workdir, book, args.rows),
            lambda: bare_read(book),
            rounds=args.rounds,
        )
        report(
            f"import {args.rows} vacancies",
            measured,
            base,
            target=2.0,
            extra={"rows": args.rows},
        )
        sample = samples_dir() / SAMPLE
        small, small_base = compare(
            lambda: import_once(template, workdir, sample, 500),
            lambda: bare_read(sample),
            rounds=max(5, args.rounds),
        )
        report("import 500 vacancies", small, small_base, target=2.0, extra={"rows": 500})


if __name__ == "__main__":
    run_main(main)
