"""Making the demo database (`anvis demo --db PATH`: 1,000 applicants, 300 vacancies, the desk's
months replayed through the real workflows, letters included) against making an empty database
(the schema alone, through the same opening and migrations), both child processes timed from
outside until they exit, alternating A B A B after a warm-up (a small demo, which also writes
the bytecode).

Target: the demo within 15 x the empty database, which is the issue's "under 15 s" where the
empty database takes about a second (a quiet machine); the line gives both times. The demo draws
its letters in a worker process while the replay goes on, so its time depends on a second core
being free: the JSON line also gives the processor time of each demo run (the command and its
worker, `demo_cpu_ms`), which a loaded machine disturbs less than the wall time.

    .venv/bin/python bench/demo.py [--rounds 3] [--warmup 1] [--applicants N --vacancies N]
"""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import tempfile
from pathlib import Path

from _common import REPO, child_env, compare, report, run_main, time_command

TARGET = 15.0

EMPTY = """
import sys

from desktop.core.workspace import open_workspace

open_workspace(sys.argv[1], create=True).close()
"""


def _remove(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", ".partial"):
        Path(str(path) + suffix).unlink(missing_ok=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--warmup", type=int, default=1)
    # a smaller demo than the default (e.g. to check quickly that the benchmark still runs)
    parser.add_argument("--applicants", type=int, default=1000)
    parser.add_argument("--vacancies", type=int, default=300)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="anvis-bench-") as tmp:
        folder = Path(tmp)
        env = child_env(ANVIS_DATA_DIR=str(folder / "data"))
        demo_file, empty_file = folder / "demo.sqlite", folder / "empty.sqlite"
        empty_script = folder / "empty.py"
        empty_script.write_text(EMPTY, encoding="utf-8")

        processor_ms: list[float] = []

        def children_cpu_ms() -> float:
            used = resource.getrusage(resource.RUSAGE_CHILDREN)
            return (used.ru_utime + used.ru_stime) * 1000.0

        def demo(size: tuple[int, int]) -> float:
            _remove(demo_file)
            applicants, vacancies = size
            before = children_cpu_ms()
            elapsed = time_command(
                [
                    sys.executable,
                    "-m",
                    "desktop",
                    "demo",
                    "--db",
                    str(demo_file),
                    f"--applicants={applicants}",
                    f"--vacancies={vacancies}",
                ],
                env=env,
                cwd=REPO,
                timeout=900,
            )
            # The command's processor time, its letters' worker included (reaped by it).
            processor_ms.append(children_cpu_ms() - before)
            return elapsed

        def empty() -> float:
            _remove(empty_file)
            return time_command(
                [sys.executable, str(empty_script), str(empty_file)], env=env, cwd=folder
            )

        for _ in range(args.warmup):
            demo((min(args.applicants, 50), min(args.vacancies, 30)))
        processor_ms.clear()
        measured, baseline = compare(
            lambda: demo((args.applicants, args.vacancies)), empty, rounds=args.rounds, warmup=0
        )
        report(
            "demo database",
            measured,
            baseline,
            target=TARGET,
            extra={
                "applicants": args.applicants,
                "vacancies": args.vacancies,
                "demo_cpu_ms": round(statistics.median(processor_ms), 1),
                "demo_cpu_samples_ms": [round(x, 1) for x in processor_ms],
            },
        )


if __name__ == "__main__":
    run_main(main)
