"""Start-up: process start to the first painted main window, and to a usable one, Anvis against
a bare PySide6 window.

Both are child processes timed the same way from outside: the clock starts just before the spawn
and stops when the child prints `first-paint` (Anvis does so with ANVIS_BENCH_FIRST_PAINT=1, see
desktop/app.py; the baseline is a QMainWindow with the same hook). They alternate A B A B after a
warm-up, on a demo database made once in a temporary folder. Target: Anvis within 1.5 x the bare
window.

"usable" is what the user waits for: the database opened and Overblik showing its data (Anvis
prints `usable` with ANVIS_BENCH_USABLE=1 when the first page's read is on screen; see
MainWindow.usable). Target: within 5 x the bare window's first paint.

Then a command's start, timed the same way until it exits: `anvis check` on the same database
against a bare script doing its database work (SQLAlchemy, the two SQLite pragmas, the schema
version). Every command builds the whole command line (each module of `desktop/cli` registers its
arguments), so what those modules load at import time is paid by every command: they import the
core inside their handlers, and the core imports openpyxl, reportlab, pypdf and holidays inside the
functions that use them. Target: within 2 x the bare script.

Last a one-shot command as the desk types it, `anvis colour ORG DEPT` (a department of the demo),
timed until it exits, against `python -c "import sqlalchemy.orm"`: what any command that reads the
database must load. Target: within 2 x.

    .venv/bin/python bench/startup.py [--rounds 7] [--warmup 1] [--applicants N --vacancies N]
"""

from __future__ import annotations

import argparse
import sqlite3
import subprocess
import sys
import tempfile
from contextlib import closing
from pathlib import Path

from _common import REPO, BenchError, child_env, compare, report, run_main, time_command

TARGET = 1.5
MARKER = "first-paint"
USABLE_TARGET = 5.0
USABLE = "usable"
COMMAND_TARGET = 2.0
ONE_SHOT_TARGET = 2.0

BARE_WINDOW = """
import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


class FirstPaint(QObject):
    def __init__(self, app):
        super().__init__()
        self.app = app
        self.done = False

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            print("first-paint", flush=True)
            QTimer.singleShot(0, self.app.quit)
        return False


app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setWindowTitle("Bare")
window.setCentralWidget(QLabel("bare window"))
window.resize(1200, 800)
watcher = FirstPaint(app)
window.installEventFilter(watcher)
window.show()
sys.exit(app.exec())
"""

BARE_CHECK = """
import sys

from sqlalchemy import create_engine, text

engine = create_engine("sqlite:///" + sys.argv[1])
with engine.connect() as conn:
    print(conn.exec_driver_sql("PRAGMA integrity_check").fetchall())
    print(conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall())
    print(conn.execute(text("SELECT version_num FROM alembic_version")).fetchall())
"""


def a_department(database: Path) -> tuple[str, str]:
    """The organisation and department numbers of the demo's first department."""
    with closing(sqlite3.connect(database)) as connection:
        found = connection.execute(
            "SELECT organisation.number, department.number FROM department"
            " JOIN organisation ON organisation.id = department.organisation_id"
            " ORDER BY department.id LIMIT 1"
        ).fetchone()
    if found is None:
        raise BenchError("the demo database has no departments")
    return str(found[0]), str(found[1])


def make_demo(folder: Path, size: list[str]) -> Path:
    target = folder / "demo.sqlite"
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "demo", "--db", str(target), *size],
        cwd=REPO,
        env=child_env(ANVIS_DATA_DIR=str(folder / "data")),
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    if result.returncode != 0:
        raise BenchError(f"making the demo database failed:\n{result.stderr[-3000:]}")
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--warmup", type=int, default=1)
    # a smaller demo than the default (e.g. to check quickly that the benchmark still runs)
    parser.add_argument("--applicants", type=int)
    parser.add_argument("--vacancies", type=int)
    args = parser.parse_args()
    size = [
        f"--{name}={value}"
        for name, value in (("applicants", args.applicants), ("vacancies", args.vacancies))
        if value is not None
    ]

    with tempfile.TemporaryDirectory(prefix="anvis-bench-") as tmp:
        folder = Path(tmp)
        demo = make_demo(folder, size)
        bare_script = folder / "bare_window.py"
        bare_script.write_text(BARE_WINDOW, encoding="utf-8")
        env = child_env(ANVIS_BENCH_FIRST_PAINT="1", ANVIS_DATA_DIR=str(folder / "data"))

        def anvis() -> float:
            return time_command(
                [sys.executable, "-m", "desktop", "--db", str(demo)],
                marker=MARKER,
                env=env,
                cwd=REPO,
            )

        def bare() -> float:
            return time_command(
                [sys.executable, str(bare_script)], marker=MARKER, env=env, cwd=folder
            )

        measured, baseline = compare(anvis, bare, rounds=args.rounds, warmup=args.warmup)
        extra = {
            "platform": env["QT_QPA_PLATFORM"],
            "database": f"demo ({' '.join(size) or 'default size'})",
        }
        report("startup", measured, baseline, target=TARGET, extra=extra)

        usable_env = child_env(ANVIS_BENCH_USABLE="1", ANVIS_DATA_DIR=str(folder / "data"))

        def anvis_usable() -> float:
            return time_command(
                [sys.executable, "-m", "desktop", "--db", str(demo)],
                marker=USABLE,
                env=usable_env,
                cwd=REPO,
            )

        measured, baseline = compare(anvis_usable, bare, rounds=args.rounds, warmup=args.warmup)
        report("startup usable", measured, baseline, target=USABLE_TARGET, extra=extra)

        check_script = folder / "bare_check.py"
        check_script.write_text(BARE_CHECK, encoding="utf-8")

        def command() -> float:
            return time_command(
                [sys.executable, "-m", "desktop", "check", "--db", str(demo)], env=env, cwd=REPO
            )

        def bare_command() -> float:
            return time_command([sys.executable, str(check_script), str(demo)], env=env, cwd=folder)

        measured, baseline = compare(command, bare_command, rounds=args.rounds, warmup=args.warmup)
        report(
            "startup (command line: anvis check)",
            measured,
            baseline,
            target=COMMAND_TARGET,
            extra=extra,
        )

        organisation, department = a_department(demo)
        colour = [sys.executable, "-m", "desktop", "colour", organisation, department]
        orm = [sys.executable, "-c", "import sqlalchemy.orm"]

        def one_shot() -> float:
            return time_command([*colour, "--db", str(demo)], env=env, cwd=REPO)

        def bare_orm() -> float:
            return time_command(orm, env=env, cwd=folder)

        measured, baseline = compare(one_shot, bare_orm, rounds=args.rounds, warmup=args.warmup)
        report(
            f"startup (one-shot command: anvis colour {organisation} {department})",
            measured,
            baseline,
            target=ONE_SHOT_TARGET,
            extra=extra,
        )


if __name__ == "__main__":
    run_main(main)
