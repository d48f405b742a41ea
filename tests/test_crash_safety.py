"""Crash safety: a killed `anvis import vacancies` never leaves half an import.

A real process imports a 2,400-row spreadsheet and is killed (SIGKILL: no clean-up of any kind)
at moments spread at random over a whole import, 20 times. After each kill the database passes
the integrity checks, and every import is wholly present (all its vacancies, rows and its batch)
or wholly absent.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from db.enums import ImportKind
from db.models import Department, ImportBatch, Organisation, Vacancy
from desktop.core import integrity
from desktop.core.demo import DemoSize, create_demo
from desktop.core.intake.imports import batch_outcomes
from desktop.core.workspace import open_workspace

REPO = Path(__file__).resolve().parents[1]
ROWS = 2400
KILLS = 20
ORGANISATION = "310"
HEADER = (
    "Afd nr;Lejemaalsnummer;Adresse;Post nr;By;Vaerelser;Kvm;Leje;Forbrug aconto;Indskud;"
    "Ledig fra;Type"
)


def _spreadsheet(folder: Path, run: int, departments: list[str]) -> Path:
    lines = [HEADER]
    for i in range(ROWS):
        department = departments[i % len(departments)]
        lines.append(
            f"{department};K{run:02}-{i:05};Testvej {i + 1};9000;Aalborg;2;60;4500,00;500,00;"
            "13500,00;01.12.2026;Familiebolig"
        )
    path = folder / f"ledige_{run:02}.csv"
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    return path


def _start(database: Path, sheet: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "desktop",
            "import",
            "vacancies",
            str(sheet),
            "--org",
            ORGANISATION,
            "--db",
            str(database),
        ],
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def _state(database: Path) -> tuple[dict[str, tuple[int, int, int]], dict[str, int]]:
    """Per batch file: (rows_imported, vacancies of the batch, import rows); per run prefix: the
    vacancies in the database."""
    ws = open_workspace(database, user="checker")
    try:
        with ws.read() as session:
            batches = {}
            for batch in session.scalars(
                select(ImportBatch).where(ImportBatch.kind == ImportKind.VACANCIES)
            ):
                vacancies = session.scalar(
                    select(func.count())
                    .select_from(Vacancy)
                    .where(Vacancy.import_batch_id == batch.id)
                )
                # Every row's outcome (imported rows are kept by their vacancies).
                rows = sum(batch_outcomes(ws, batch.id).values())
                batches[batch.filename] = (batch.rows_imported, vacancies or 0, rows)
            prefixes: dict[str, int] = {}
            for lease in session.scalars(select(Vacancy.lease_number)):
                if lease and lease.startswith("K"):
                    prefixes[lease[:3]] = prefixes.get(lease[:3], 0) + 1
            return batches, prefixes
    finally:
        ws.close()


@pytest.mark.slow
def test_killed_imports_are_wholly_present_or_wholly_absent(tmp_path: Path) -> None:
    database = tmp_path / "desk.sqlite"
    create_demo(database, DemoSize(applicants=0, vacancies=0))
    ws = open_workspace(database, user="setup")
    with ws.read() as session:
        departments = list(
            session.scalars(
                select(Department.number)
                .join(Organisation)
                .where(Organisation.number == ORGANISATION)
                .order_by(Department.number)
            )
        )
    ws.close()

    # A whole import first: how long one takes here, and that it imports every row.
    started = time.monotonic()
    whole = _start(database, _spreadsheet(tmp_path, 0, departments))
    _, err = whole.communicate(timeout=300)
    duration = time.monotonic() - started
    assert whole.returncode == 0, err.decode()
    batches, _ = _state(database)
    assert batches["ledige_00.csv"] == (ROWS, ROWS, ROWS)

    seed = random.randrange(1 << 30)
    rng = random.Random(seed)
    killed_at = []
    for run in range(1, KILLS + 1):
        sheet = _spreadsheet(tmp_path, run, departments)
        # one moment in each twentieth of an import, at random within it
        moment = duration * (run - 1 + rng.random()) / KILLS
        process = _start(database, sheet)
        try:
            process.wait(timeout=moment)
            finished = True
        except subprocess.TimeoutExpired:
            process.send_signal(signal.SIGKILL)
            process.wait(timeout=60)
            finished = False
        assert process.stderr is not None
        process.stderr.close()
        killed_at.append((run, round(moment, 2), "finished" if finished else "killed"))

        report = integrity.check(database)
        assert report.ok, (seed, run, [f.message for f in report.findings if not f.ok])
        batches, prefixes = _state(database)
        for name, (imported, vacancies, rows) in batches.items():
            assert imported == vacancies == rows == ROWS, (seed, run, name)
        present = prefixes.get(f"K{run:02}", 0)
        assert present in (0, ROWS), (seed, run, present)
        assert (present == ROWS) == (sheet.name in batches), (seed, run)

    outcomes = [o for *_, o in killed_at]
    assert outcomes.count("killed") >= KILLS // 2, (seed, killed_at)
    check = subprocess.run(
        [sys.executable, "-m", "desktop", "check", "--db", str(database)],
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert check.returncode == 0, check.stdout + check.stderr
    print(f"seed {seed}, one import {duration:.1f} s, runs: {killed_at}")
