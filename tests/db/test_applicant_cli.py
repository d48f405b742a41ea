"""`anvis import applicants` and `anvis privacy anonymise` as a script uses them."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from db.enums import ApplicantStatus
from db.models import Applicant
from desktop.cli.main import main
from desktop.core.workspace import open_workspace


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_import_applicants_reports_like_every_import(
    tmp_path: Path, samples: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "anvis.sqlite")
    open_workspace(db).close()  # commands never make a database
    legacy = str(samples / "applicants_legacy.xlsx")
    code, out, _ = run(capsys, "--db", db, "import", "applicants", legacy, "--dry-run", "--json")
    assert code == 0
    report = json.loads(out)
    assert set(report) == {
        "file",
        "organisation",
        "rows_total",
        "rows_imported",
        "rows_rejected",
        "duplicates",
        "errors",
        "dry_run",
        "columns",
        "unmapped_columns",
        "suggested_columns",
        "ignored_columns",
    }
    assert (report["rows_imported"], report["rows_rejected"], report["duplicates"]) == (293, 5, 2)
    assert report["dry_run"] is True
    code, out, _ = run(capsys, "--db", db, "import", "applicants", legacy)
    assert code == 0
    assert "293 of 300" in out
    assert "row 132" in out
    code, out, _ = run(capsys, "--db", db, "import", "applicants", legacy, "--json")
    assert json.loads(out)["rows_imported"] == 0  # the second time: all duplicates


def test_a_missing_or_broken_file_is_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "anvis.sqlite")
    code, out, err = run(capsys, "--db", db, "import", "applicants", str(tmp_path / "no.xlsx"))
    assert (code, out) == (2, "")
    assert len(err.splitlines()) == 1
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a workbook")
    code, out, err = run(capsys, "--db", db, "import", "applicants", str(broken))
    assert (code, out) == (2, "")
    assert err.startswith("anvis: ")
    assert len(err.splitlines()) == 1


def test_privacy_anonymise(
    tmp_path: Path, samples: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "anvis.sqlite")
    open_workspace(db).close()  # commands never make a database
    run(capsys, "--db", db, "import", "applicants", str(samples / "applicants_legacy.xlsx"))
    ws = open_workspace(db)
    with ws.write() as session:  # one case was closed long ago
        session.execute(
            update(Applicant)
            .where(Applicant.name == "Ayşe Yılmaz")
            .values(status=ApplicantStatus.HOUSED, closed_on=dt.date(2015, 6, 1))
        )
    ws.close()
    code, out, _ = run(capsys, "--db", db, "privacy", "anonymise", "--dry-run", "--json")
    assert code == 0
    result = json.loads(out)
    assert (result["due"], result["anonymised"], result["dry_run"]) == (1, 0, True)
    code, out, _ = run(capsys, "--db", db, "privacy", "anonymise")
    assert code == 0
    assert out.startswith("1 closed case (closed on or before")
    code, out, _ = run(capsys, "--db", db, "privacy", "anonymise", "--json")
    assert json.loads(out)["due"] == 0
    ws = open_workspace(db)
    with ws.read() as session:
        assert session.scalar(select(Applicant.id).where(Applicant.name == "Ayşe Yılmaz")) is None
    ws.close()


def test_the_imported_addresses_are_listed_for_review_and_cleared(
    tmp_path: Path, samples: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An old list's address column is read as the address migration reads the register's: addresses
    where they are addresses, whereabouts where not, all waiting for a look."""
    db = str(tmp_path / "anvis.sqlite")
    open_workspace(db).close()
    assert (
        run(capsys, "--db", db, "import", "applicants", str(samples / "applicants_legacy.xlsx"))[0]
        == 0
    )
    code, out, _ = run(capsys, "--db", db, "applicants", "review-addresses", "--json")
    assert code == 0
    rows = json.loads(out)
    reasons = [r["reason"] for r in rows]
    assert reasons == sorted(reasons, key=lambda r: r != "whereabouts")  # no address first
    assert {r["address"] for r in rows if r["reason"] == "whereabouts"} >= {"Sofasurfer"}
    korshaer = next(r for r in rows if (r["address"] or "").startswith("c/o forældre"))
    assert korshaer["reason"] == "parsed"
    ws = open_workspace(db)
    with ws.read() as session:
        imported = session.scalar(select(func.count()).select_from(Applicant))
    ws.close()
    assert len(rows) == imported  # every row of the list gave an address or whereabouts
    done = [str(r["applicant_id"]) for r in rows[:3]]
    code, out, _ = run(capsys, "--db", db, "applicants", "review-addresses", "--done", *done)
    assert (code, out.strip()) == (0, "3 addresses marked as checked.")
    code, out, _ = run(capsys, "--db", db, "applicants", "review-addresses")
    assert out.strip().endswith(f"{len(rows) - 3} addresses to check.")
