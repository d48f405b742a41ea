"""A tiny shared harness for the benchmarks in bench/.

A benchmark measures Anvis and a bare baseline in the same run, alternating A B A B after a
warm-up, and reports the medians and their ratio against a target. Benchmarks report; they do not
gate: the exit code is non-zero only when something broke, never for a missed target.

Run a benchmark as a file from the checkout, with the project's Python:

    .venv/bin/python bench/startup.py

Importing this module puts the checkout first on sys.path, so `desktop` and `db` come from it.

    from _common import compare, report, run_main, time_call

    def main() -> None:
        anvis, bare = compare(lambda: time_call(work), lambda: time_call(bare_work), rounds=7)
        report("import vacancies", anvis, bare, target=1.2)

    if __name__ == "__main__":
        run_main(main)

Each report prints one human line and one JSON line:

    startup: median 812.4 ms (baseline 402.0 ms) ratio 2.02 (target <= 1.5) MISSED
    {"bench": "startup", "median_ms": 812.4, "baseline_ms": 402.0, "ratio": 2.021, ...}
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

__all__ = [
    "REPO",
    "BenchError",
    "Measurement",
    "child_env",
    "compare",
    "report",
    "run_main",
    "sample",
    "time_call",
    "time_command",
]


class BenchError(Exception):
    """The thing measured did not work (a crash, a missing marker, a time-out)."""


@dataclass(frozen=True)
class Measurement:
    """What `report` prints, also as the JSON line."""

    bench: str
    median_ms: float
    baseline_ms: float
    ratio: float
    target: float
    met: bool
    samples_ms: list[float] = field(default_factory=list)
    baseline_samples_ms: list[float] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)


def time_call(fn: Callable[[], object]) -> float:
    """Milliseconds one call of `fn` takes."""
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000.0


def cpu_ms(fn: Callable[[], object]) -> float:
    """Processor milliseconds one call of `fn` takes (this process, all its threads): less
    disturbed than wall time on a machine others load."""
    start = time.process_time()
    fn()
    return (time.process_time() - start) * 1000.0


def time_command(
    argv: Sequence[str],
    *,
    marker: str | None = None,
    env: Mapping[str, str] | None = None,
    cwd: Path | str | None = None,
    timeout: float = 120.0,
) -> float:
    """Milliseconds from just before a child process is spawned until it prints the line `marker`
    on stdout (or, without a marker, until it exits). The child must then exit with status 0;
    otherwise BenchError carries the end of its stderr."""
    with tempfile.TemporaryFile(mode="w+", encoding="utf-8", errors="replace") as stderr:
        start = time.perf_counter()
        with subprocess.Popen(
            list(argv),
            stdout=subprocess.PIPE,
            stderr=stderr,
            stdin=subprocess.DEVNULL,
            env=dict(env) if env is not None else None,
            cwd=cwd,
            text=True,
            encoding="utf-8",
            errors="replace",
        ) as child:
            assert child.stdout is not None
            elapsed: float | None = None
            if marker is not None:
                for line in child.stdout:
                    if line.strip() == marker:
                        elapsed = (time.perf_counter() - start) * 1000.0
                        break
                child.stdout.read()  # let it finish writing; the rest is not ours to judge
            else:
                child.stdout.read()
            try:
                status = child.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                child.kill()
                child.wait()
                raise BenchError(f"{argv[0]} ... did not finish within {timeout} s") from None
            if elapsed is None and marker is None:
                elapsed = (time.perf_counter() - start) * 1000.0
        stderr.seek(0)
        errors = stderr.read()
    if status != 0:
        raise BenchError(f"{' '.join(argv)} exited with {status}:\n{errors[-3000:]}")
    if elapsed is None:
        raise BenchError(f"{' '.join(argv)} never printed {marker!r}:\n{errors[-3000:]}")
    return elapsed


def sample(measure: Callable[[], float], *, rounds: int = 7, warmup: int = 1) -> list[float]:
    """`rounds` results of `measure` (milliseconds) after `warmup` thrown-away ones."""
    for _ in range(warmup):
        measure()
    return [measure() for _ in range(rounds)]


def compare(
    measure: Callable[[], float],
    baseline: Callable[[], float],
    *,
    rounds: int = 7,
    warmup: int = 1,
) -> tuple[list[float], list[float]]:
    """Alternate `measure` and `baseline` (A B A B ...) so both see the same machine; the
    `warmup` rounds (file cache, bytecode) are run and thrown away. Returns both sample lists."""
    if rounds < 1:
        raise ValueError("rounds must be at least 1")
    for _ in range(warmup):
        measure()
        baseline()
    measured: list[float] = []
    base: list[float] = []
    for _ in range(rounds):
        measured.append(measure())
        base.append(baseline())
    return measured, base


def report(
    name: str,
    measured_ms: Sequence[float],
    baseline_ms: Sequence[float],
    *,
    target: float,
    extra: Mapping[str, Any] | None = None,
) -> Measurement:
    """Print `name: median X ms (baseline Y ms) ratio R (target <= T)` and a JSON line."""
    if not measured_ms or not baseline_ms:
        raise BenchError(f"{name}: nothing was measured")
    median = statistics.median(measured_ms)
    base = statistics.median(baseline_ms)
    ratio = median / base if base > 0 else float("inf")
    result = Measurement(
        bench=name,
        median_ms=round(median, 1),
        baseline_ms=round(base, 1),
        ratio=round(ratio, 3),
        target=target,
        met=ratio <= target,
        samples_ms=[round(x, 1) for x in measured_ms],
        baseline_samples_ms=[round(x, 1) for x in baseline_ms],
        extra=dict(extra or {}),
    )
    verdict = "ok" if result.met else "MISSED"
    print(
        f"{name}: median {median:.1f} ms (baseline {base:.1f} ms) ratio {ratio:.2f} "
        f"(target <= {target:g}) {verdict}",
        flush=True,
    )
    print(json.dumps(asdict(result), ensure_ascii=False), flush=True)
    return result


def run_main(main: Callable[[], object]) -> None:
    """Run a benchmark's main and exit: 0 when it ran (met or missed), 1 when it broke."""
    try:
        main()
    except KeyboardInterrupt:
        raise SystemExit(130) from None
    except Exception as exc:
        if isinstance(exc, BenchError):
            print(f"bench error: {exc}", file=sys.stderr)
        else:
            traceback.print_exc()
        raise SystemExit(1) from None
    raise SystemExit(0)


def child_env(**overrides: str) -> dict[str, str]:
    """The current environment with the checkout importable, its bytecode written, and Qt
    offscreen unless a display platform was chosen, plus `overrides`."""
    env = dict(os.environ)
    # The warm-up writes the checkout's bytecode, as an installed Anvis has it (pip compiles it
    # at install, the bundle carries it) and as the baselines' installed packages have it;
    # without it every measured run would compile each of Anvis's modules again.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO), env.get("PYTHONPATH", "")) if p)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.update(overrides)
    return env
