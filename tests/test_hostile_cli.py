"""Hostile files through the real command line: each of the 49 generated files (truncated, zip
bombs, XXE, billion laughs, wrong types, huge dimensions and cells, encrypted, empty ...) makes
`anvis import vacancies` exit with code 2 and one clear line on stderr, within 5 seconds, and the
database is exactly as before.

"Within 5 seconds" is the processor time the command used (start-up included): a parser that
chews on a bomb burns it, while a busy test machine only stretches the wall-clock time. A process
still running after a minute of wall-clock time has hung and fails as well.
"""

from __future__ import annotations

import hashlib
import os
import resource
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.core.demo import DemoSize, create_demo
from tests.fixtures import hostile

REPO = Path(__file__).resolve().parents[1]
LIMIT_S = 5.0  # the bound for refusing a hostile file (processor time)
HANG_S = 60.0
PARTS = 4  # the files in four tests, which run in parallel (a process start per file adds up)


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _fingerprint(database: Path) -> str:
    conn = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        digest = hashlib.sha256()
        for line in conn.iterdump():
            digest.update(line.encode())
        return digest.hexdigest()
    finally:
        conn.close()


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Path:
    database = tmp_path_factory.mktemp("hostile-db") / "desk.sqlite"
    create_demo(database, DemoSize(applicants=5, vacancies=5))
    return database


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    folder = tmp_path_factory.mktemp("hostile-files")
    return folder, hostile.write_all(folder)


def test_there_are_at_least_40_hostile_files(files: tuple[Path, dict[str, str]]) -> None:
    assert len(files[1]) >= 40


@pytest.mark.slow
@pytest.mark.parametrize("part", range(PARTS))
def test_every_hostile_file_is_refused_cleanly_by_the_cli(
    desk: Path, files: tuple[Path, dict[str, str]], tmp_path: Path, part: int
) -> None:
    folder, expected = files
    before = _fingerprint(desk)
    env = {
        **os.environ,
        "PYTHONPATH": str(REPO),
        "ANVIS_LANG": "en",
        "ANVIS_LOG_DIR": str(tmp_path / "logs"),
    }
    problems = []
    for name, phrase in sorted(expected.items())[part::PARTS]:
        command = [sys.executable, "-m", "desktop", "import", "vacancies", str(folder / name)]
        command += ["--org", "310", "--db", str(desk)]
        started = _children_cpu()
        try:
            result = subprocess.run(
                command,
                cwd=REPO,
                env=env,
                capture_output=True,
                text=True,
                timeout=HANG_S,
                check=False,
            )
        except subprocess.TimeoutExpired:
            problems.append(f"{name}: still running after {HANG_S} s")
            continue
        elapsed = _children_cpu() - started
        if elapsed > LIMIT_S:
            problems.append(f"{name}: took {elapsed:.1f} s of processor time")
        lines = result.stderr.strip().splitlines()
        if result.returncode != 2:
            problems.append(f"{name}: exit {result.returncode}: {result.stderr.strip()[:300]}")
        elif len(lines) != 1 or phrase.lower() not in lines[0].lower():
            problems.append(f"{name}: expected one line with {phrase!r}, got {lines!r}")
        elif "Traceback" in result.stderr or result.stdout.strip():
            problems.append(f"{name}: unexpected output {result.stdout!r}")
        elif not lines[0].startswith("anvis: ") or name not in lines[0]:
            problems.append(f"{name}: the message does not name the file: {lines[0]!r}")
        if _fingerprint(desk) != before:
            problems.append(f"{name}: the database changed")
            before = _fingerprint(desk)
        print(f"{name}: {elapsed:.2f} s: {lines[0] if lines else ''}")
    assert problems == []
