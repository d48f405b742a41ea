"""No CPR number and no sensitive fact leaves the desk through a log, an error message or a
workbook for the housing organisations.

A demo desk works a session through the real command line (imports, letters, exports to the
organisations, commands that fail) and in-process (full CPR shown with a purpose, sensitive facts
viewed, a stale edit). Afterwards the log files, every message the commands printed and the
exported workbooks are searched for each CPR number of the database (with and without hyphen)
and for each benefit name of the household members' legal facts.
"""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import select

from db.enums import LegalFactKind
from db.models import Applicant, HouseholdMember, LegalFact, Offer, Organisation
from desktop import logsetup
from desktop.core import locking
from desktop.core.applicants import access
from desktop.core.demo import DemoSize, create_demo
from desktop.core.errors import UserError
from desktop.core.workspace import open_workspace

REPO = Path(__file__).resolve().parents[1]


def _secrets(database: Path) -> tuple[set[str], set[str]]:
    ws = open_workspace(database, user="scanner")
    try:
        with ws.read() as session:
            numbers = {c for c in session.scalars(select(Applicant.cpr)) if c}
            numbers |= {c for c in session.scalars(select(HouseholdMember.cpr)) if c}
            benefits = {
                str(label).lower()
                for label in session.scalars(
                    select(LegalFact.label).where(LegalFact.kind == LegalFactKind.BENEFIT)
                )
                if label
            }
    finally:
        ws.close()
    forms = set()
    for number in numbers:
        forms |= {number, f"{number[:6]}-{number[6:]}"}
    return forms, benefits


def _workbook_text(path: Path) -> str:
    with zipfile.ZipFile(path) as book:
        return "\n".join(
            book.read(name).decode("utf-8", "replace")
            for name in book.namelist()
            if name.endswith(".xml")
        )


@pytest.mark.slow
def test_no_cpr_or_benefit_in_logs_messages_or_exports(tmp_path: Path, samples: Path) -> None:
    database = tmp_path / "desk.sqlite"
    logs = tmp_path / "logs"
    out = tmp_path / "out"
    out.mkdir()
    create_demo(database, DemoSize(applicants=80, vacancies=40))
    env = {**os.environ, "PYTHONPATH": str(REPO), "ANVIS_LOG_DIR": str(logs), "ANVIS_LANG": "en"}
    printed: list[str] = []

    def anvis(*argv: str) -> subprocess.CompletedProcess[str]:
        result = subprocess.run(
            [sys.executable, "-m", "desktop", *argv, "--db", str(database)],
            cwd=REPO,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        printed.append(f"$ anvis {' '.join(argv)}\n{result.stdout}\n{result.stderr}")
        return result

    ws = open_workspace(database, user="kim")
    with ws.read() as session:
        offers = [str(i) for i in session.scalars(select(Offer.id).order_by(Offer.id).limit(5))]
        org = session.scalars(select(Organisation.number).order_by(Organisation.number)).first()
        applicant_ids = list(
            session.scalars(select(Applicant.id).where(Applicant.cpr.is_not(None)))
        )
    assert offers
    assert org

    # the window's session, in this process, logging to the same folder
    os.environ["ANVIS_LOG_DIR"] = str(logs)
    try:
        logsetup.setup_logging(verbose=True)
        for applicant_id in applicant_ids[:10]:
            access.reveal_cpr(ws, applicant_id, "Telefonopkald fra borgeren")
            access.log_sensitive_view(ws, applicant_id, "Vurdering af boligtilbud")
        with ws.read() as session:
            applicant = session.get(Applicant, applicant_ids[0])
            assert applicant is not None
            stale = applicant.version
        locking.save(ws, Applicant, applicant_ids[0], stale, {"notes": "Ringet op"})
        with pytest.raises(UserError) as conflict:
            locking.save(ws, Applicant, applicant_ids[0], stale, {"notes": "Igen"})
        printed.append(conflict.value.message)
    finally:
        logsetup.teardown_logging()
        del os.environ["ANVIS_LOG_DIR"]
        ws.close()

    # the command line: imports, letters, exports to the organisations, and failures
    assert (
        anvis("import", "vacancies", str(samples / "vacancies_vivabolig_clean.xlsx")).returncode
        == 0
    )
    anvis("import", "applicants", str(samples / "applicants_legacy.xlsx"))
    assert anvis("letters", "offer", *offers, "--out", str(out / "offers.pdf")).returncode == 0
    assert anvis("export", "placements", "--out", str(out / "placements.xlsx")).returncode == 0
    assert (
        anvis("export", "template", "--org", org, "--out", str(out / "template.xlsx")).returncode
        == 0
    )
    replies = anvis(
        "export",
        "replies",
        "--org",
        org,
        "--from",
        "2026-01-01",
        "--to",
        "2026-12-31",
        "--out",
        str(out / "replies.xlsx"),
    )
    assert replies.returncode == 0, replies.stderr
    assert (
        anvis(
            "export",
            "quota",
            "--from",
            "2026-01-01",
            "--to",
            "2026-12-31",
            "--out",
            str(out / "quota.xlsx"),
        ).returncode
        == 0
    )
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"PK\x03\x04broken")
    assert anvis("import", "vacancies", str(bad)).returncode == 2
    assert anvis("letters", "offer", "999999", "--out", str(out / "none.pdf")).returncode != 0
    assert anvis("restore", str(bad), "--yes").returncode == 2

    numbers, benefits = _secrets(database)
    assert numbers
    assert benefits
    log_files = sorted(logs.glob("*.log*"))
    assert log_files
    sources = {f"log {p.name}": p.read_text(encoding="utf-8", errors="replace") for p in log_files}
    sources["command output"] = "\n".join(printed)
    for book in sorted(out.glob("*.xlsx")):
        sources[f"export {book.name}"] = _workbook_text(book)
    assert len([s for s in sources if s.startswith("export")]) == 4

    leaks = []
    for where, text in sources.items():
        lowered = text.lower()
        leaks += [f"{where}: CPR {n[:6]}…" for n in numbers if n in text]
        leaks += [f"{where}: benefit {b!r}" for b in benefits if b in lowered]
    assert leaks == []
