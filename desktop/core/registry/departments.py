"""Finding departments by their numbers, and suggestions for an unknown one."""

from __future__ import annotations

import difflib
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Department, Organisation
from desktop.core.registry import numbers


@dataclass(frozen=True)
class OrganisationRef:
    """An organisation as a line of text names it: "145 Himmerland Boligforening"."""

    id: int
    number: str
    name: str

    @property
    def label(self) -> str:
        return f"{self.number} {self.name}"


@dataclass(frozen=True)
class DepartmentRef:
    """A department as a line of text names it: "145-07 Storkereden (Himmerland Boligforening)"."""

    id: int
    organisation_id: int
    organisation_number: str
    organisation_name: str
    number: str
    name: str

    @property
    def label(self) -> str:
        return f"{self.organisation_number}-{self.number} {self.name} ({self.organisation_name})"


def find_organisation(session: Session, organisation_number: object) -> Organisation | None:
    """The organisation with this number; 88, "88" and "088" are the same organisation."""
    number = numbers.organisation_number(organisation_number)
    if not number:
        return None
    return session.scalars(select(Organisation).where(Organisation.number == number)).first()


def find_department(
    session: Session,
    organisation_number: object,
    department_number: object,
    *,
    tolerant: bool = True,
) -> Department | None:
    """The department with these numbers, or None.

    The organisation number is zero-padded ("88" == "088"). Department numbers are compared as
    text, so "07" is not "7". With `tolerant` (the default), an all-digit number that matches
    nothing exactly is compared without leading zeros, and the department is returned only if
    exactly one matches: a spreadsheet that turned "07" into the number 7 still finds it, while
    an organisation that has both "7" and "07" gets an exact answer or none.
    """
    org_number = numbers.organisation_number(organisation_number)
    dept_number = numbers.department_number(department_number)
    if not org_number or not dept_number:
        return None
    exact = session.scalars(
        select(Department)
        .join(Organisation, Department.organisation_id == Organisation.id)
        .where(Organisation.number == org_number, Department.number == dept_number)
    ).first()
    if exact is not None or not tolerant or not dept_number.isdigit():
        return exact
    wanted = numbers.without_leading_zeros(dept_number)
    candidates = [
        d
        for d in session.scalars(
            select(Department)
            .join(Organisation, Department.organisation_id == Organisation.id)
            .where(Organisation.number == org_number, Department.number.like(f"%{wanted}"))
        )
        if d.number.isdigit() and numbers.without_leading_zeros(d.number) == wanted
    ]
    return candidates[0] if len(candidates) == 1 else None


def _refs(session: Session, where: object | None = None) -> list[DepartmentRef]:
    query = select(
        Department.id,
        Organisation.id,
        Organisation.number,
        Organisation.name,
        Department.number,
        Department.name,
    ).join(Organisation, Department.organisation_id == Organisation.id)
    if where is not None:
        query = query.where(where)  # type: ignore[arg-type]
    return [DepartmentRef(*row) for row in session.execute(query).all()]


def department_ref(session: Session, department_id: int) -> DepartmentRef | None:
    refs = _refs(session, Department.id == department_id)
    return refs[0] if refs else None


def _similarity(a: str, b: str) -> float:
    if a == b:
        return 2.0
    if (
        a.isdigit()
        and b.isdigit()
        and numbers.without_leading_zeros(a) == numbers.without_leading_zeros(b)
    ):
        return 1.5
    ratio = difflib.SequenceMatcher(None, a.casefold(), b.casefold()).ratio()
    if a.isdigit() and b.isdigit():  # 3 is near 2, 99 is far from 17
        x, y = int(a), int(b)
        ratio = max(ratio, 1.0 - abs(x - y) / max(x, y, 1))
    return ratio


def closest_departments(
    session: Session,
    organisation_number: object,
    department_number: object,
    *,
    limit: int = 3,
    cutoff: float = 0.5,
) -> list[DepartmentRef]:
    """Suggestions for "unknown department - did you mean ...", best first.

    Within a known organisation: its departments whose number looks most like the one given
    (same digits without leading zeros first, then by text similarity). For an unknown
    organisation: departments with exactly this number in organisations whose number looks
    like the one given.
    """
    org_number = numbers.organisation_number(organisation_number)
    dept_number = numbers.department_number(department_number)
    organisation = find_organisation(session, org_number)
    if organisation is not None:
        refs = _refs(session, Department.organisation_id == organisation.id)
        scored = [(_similarity(dept_number, r.number), r) for r in refs]
    else:
        refs = _refs(session, Department.number == dept_number) if dept_number else []
        scored = [(_similarity(org_number, r.organisation_number), r) for r in refs]
    scored = [(score, ref) for score, ref in scored if score >= cutoff]
    scored.sort(key=lambda pair: (-pair[0], pair[1].organisation_number, pair[1].number))
    return [ref for _, ref in scored[:limit]]
