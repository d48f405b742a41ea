"""Every benchmark still runs (on tiny sizes), so none can rot between the times someone
measures with it. The figures themselves are not judged here: benchmarks report, tests assert."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench"

FORECAST = [
    *("--applicants", "300", "--dwellings", "80", "--rounds", "1"),
    *("--history-applicants", "80", "--history-dwellings", "40", "--history-years", "2"),
]
TINY = {
    "startup.py": ["--rounds", "1", "--warmup", "0", "--applicants", "30", "--vacancies", "20"],
    "lookup.py": ["--departments", "300", "--rounds", "1"],
    "intake.py": ["--rows", "300", "--rounds", "1"],
    "applicants.py": ["--rows", "500", "--rounds", "1"],
    "matching.py": ["--rows", "500", "--rounds", "1"],
    "letters.py": ["--letters", "5", "--rounds", "1"],
    "export.py": ["--rows", "200", "--rounds", "1"],
    "forecast.py": FORECAST,
    "demo.py": ["--rounds", "1", "--warmup", "0", "--applicants", "30", "--vacancies", "20"],
    "whatif.py": ["--rounds", "1", "--warmup", "0", "--dwellings", "60", "--applicants", "400"],
}


def test_every_benchmark_is_listed_here() -> None:
    found = {p.name for p in BENCH.glob("*.py") if not p.name.startswith("_")}
    assert found == set(TINY)


@pytest.mark.parametrize("script", sorted(TINY))
def test_benchmark_runs_and_reports_a_ratio(script: str, tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ANVIS_DATA_DIR=str(tmp_path))
    done = subprocess.run(
        [sys.executable, str(BENCH / script), *TINY[script]],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    reports = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    assert reports, done.stdout[-2000:]
    assert all(report["ratio"] > 0 for report in reports)
