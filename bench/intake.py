"""Vacancy import end to end: read, validate, check, insert, against a bare python-calamine read.

Builds a 50,000-row workbook in the Vivabolig layout (the sample's 500 rows repeated with unique
lease numbers), then measures, alternating A B A B after a warm-up:

- import: `anvis import vacancies` as the core runs it (read with the safety checks, header and
  columns, parse and validate every row, departments and duplicates against the database, the
  intake check of every dwelling, one transaction writing dwellings, checks, batch and rows) into
  a fresh copy of a database holding the organisation's departments, timed until the import
  returns its result (the copy of the write-ahead log into the database file that follows runs
  in the background, see db/checkpoint.py; closing the copy waits for it, untimed);
- baseline: `CalamineWorkbook.from_path(...).get_sheet_by_name(...).to_python()` of the same file.
  Target ratio <= 2.0.

Then the floor: what any import that meets the issue must at least do, with none of the per-row
work (no parsing, validation, duplicates, intake judgement or row outcomes): the import's read
with its safety checks (the full cell-reference scan python-calamine needs, see
desktop/core/tabular/xlsx_scan.py), then one transaction inserting a row per dwelling and a row
per intake check, the values constants except each row's id, lease number and source row. Its
ratio against the same bare read is a lower bound of the import's: if the floor misses the
target, no import that reads safely and stores the dwellings and their checks can meet it.

It also imports the 500-row sample file (vacancies_vivabolig_clean.xlsx) the same way and reports
its time against the same kind of bare read (the issue asks for under a second).

Every sample is taken on two clocks: wall time (what staff wait) and the processor time of this
process (`time.process_time`, all its threads, SQLite included). On a machine that others load
(a load average of 6 on 2 cores is common here) wall times swing with the neighbours; processor
time does not, so the "cpu" lines are the figure to compare between runs; the "wall" lines are
reported next to them.

    .venv/bin/python bench/intake.py [--rows 50000] [--rounds 3]
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
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


class Clocks:
    """Runs a measured call, returns its wall milliseconds (what `compare` alternates and
    collects) and keeps its processor milliseconds alongside."""

    def __init__(self) -> None:
        self.cpu: list[float] = []

    def time(self, fn: Callable[[], object]) -> float:
        # Every sample starts from a collected heap, so that no sample pays for the garbage of
        # the one before.
        gc.collect()
        cpu = time.process_time()
        wall = time_call(fn)
        self.cpu.append((time.process_time() - cpu) * 1000.0)
        return wall

    def measured(self, warmup: int) -> list[float]:
        """The processor times of the measured rounds (without the warm-up)."""
        return self.cpu[warmup:]


def import_once(
    template: Path, workdir: Path, path: Path, expect: int, clocks: Clocks | None = None
) -> float:
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
    timer = clocks.time if clocks is not None else time_call
    try:
        elapsed = timer(
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


def bare_read(path: Path, clocks: Clocks | None = None) -> float:
    from python_calamine import CalamineWorkbook

    timer = clocks.time if clocks is not None else time_call
    return timer(
        lambda: CalamineWorkbook.from_path(str(path)).get_sheet_by_name("Ledige").to_python()
    )


def floor_once(template: Path, workdir: Path, path: Path, clocks: Clocks) -> float:
    """Milliseconds of the floor (see the module's text) for `path` into a copy of `template`."""
    from sqlalchemy import Table

    from db.models import IntakeCheck, Vacancy
    from desktop.core.importing.bulk import insert_columns, reserve_ids
    from desktop.core.tabular import read_workbook
    from desktop.core.workspace import open_workspace

    copy = workdir / f"floor-{time_call(lambda: None):.6f}.sqlite"
    shutil.copy(template, copy)
    ws = open_workspace(copy, user="bench")

    def floor() -> None:
        rows = read_workbook(path).sheets[0].rows[1:]
        with ws.write() as session:
            vacancy: Table = Vacancy.__table__  # type: ignore[assignment]
            check: Table = IntakeCheck.__table__  # type: ignore[assignment]
            department = session.connection().exec_driver_sql("SELECT min(id) FROM department")
            ids = reserve_ids(session, vacancy, len(rows))
            insert_columns(
                session,
                vacancy,
                len(rows),
                {
                    "id": ids,
                    "lease_number": [str(values[1]) for _, values in rows],
                    "source_row": [number for number, _ in rows],
                },
                {
                    "department_id": department.scalar(),
                    "dwelling_type": "family",
                    "street": "Kildeparken",
                    "house_number": "12",
                    "floor": "2",
                    "door": "tv",
                    "postcode": "9000",
                    "city": "Aalborg",
                    "address_text": "Kildeparken 12, 2. tv.",
                    "rooms": 3,
                    "area_m2": 78,
                    "rent": 520000,
                    "aconto_heating": 45000,
                    "deposit": 1560000,
                    "available_from": "2027-01-01",
                    "reported_on": TODAY.isoformat(),
                    "at_disposal_from": "2027-01-01",
                    "desk_deadline": "2026-12-04",
                    "status": "received",
                    "source_sheet": "Ledige",
                    "version": 1,
                    "created_at": "2026-11-21 09:00:00.000000",
                    "created_by": "bench",
                },
            )
            insert_columns(
                session,
                check,
                len(rows),
                {"vacancy_id": ids},
                {
                    "checked_at": "2026-11-21 09:00:00.000000",
                    "decision_date": TODAY.isoformat(),
                    "colour": "green",
                    "flexible_letting": "none",
                    "list_kinds": "[]",
                    "may_report": 1,
                    "monthly_total": 565000,
                    "rent_ceiling": 600000,
                    "rent_relevant": 1,
                    "proposal": "accept",
                    "snapshot": '{"rooms": 3, "monthly_total": "5650.00"}',
                },
            )

    try:
        return clocks.time(floor)
    finally:
        ws.close()
        copy.unlink()


def measure(
    name: str, anvis: Callable[[Clocks], float], bare: Callable[[Clocks], float], rounds: int
) -> None:
    """Alternate the import and the bare read; report wall and processor time."""
    warmup = 1
    anvis_clocks, bare_clocks = Clocks(), Clocks()
    measured, base = compare(
        lambda: anvis(anvis_clocks), lambda: bare(bare_clocks), rounds=rounds, warmup=warmup
    )
    rows: dict[str, object] = {"rows": int(name.split()[1])}
    if rows["rows"] == 500:  # the issue: a 500-row file imports in under a second
        rows["under_a_second"] = statistics.median(measured) < 1000.0
    report(f"{name} (wall)", measured, base, target=2.0, extra={**rows, "clock": "wall"})
    report(
        f"{name} (cpu)",
        anvis_clocks.measured(warmup),
        bare_clocks.measured(warmup),
        target=2.0,
        extra={**rows, "clock": "process_time"},
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
        measure(
            f"import {args.rows} vacancies",
            lambda clocks: import_once(template, workdir, book, args.rows, clocks),
            lambda clocks: bare_read(book, clocks),
            args.rounds,
        )
        measure(
            f"floor {args.rows} vacancies",
            lambda clocks: floor_once(template, workdir, book, clocks),
            lambda clocks: bare_read(book, clocks),
            args.rounds,
        )
        sample = samples_dir() / SAMPLE
        measure(
            "import 500 vacancies",
            lambda clocks: import_once(template, workdir, sample, 500, clocks),
            lambda clocks: bare_read(sample, clocks),
            max(5, args.rounds),
        )


if __name__ == "__main__":
    run_main(main)
