"""A dwelling reported by phone or mail: the manual entry form's core, with the same rules as an
imported row (required fields, ranges, dates, known department, duplicates)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from db.models import Department, Organisation
from desktop.core.errors import NotFound, ValidationError
from desktop.core.i18n import translate
from desktop.core.intake import rules, store
from desktop.core.intake.rules import VacancyDraft
from desktop.core.registry.departments import closest_departments, find_department
from desktop.core.schemes.listing import organisation_scheme
from desktop.core.schemes.settings import ORDINARY
from desktop.core.workspace import Workspace


@dataclass(frozen=True)
class DepartmentChoice:
    id: int
    number: str
    name: str
    postcode: str | None
    city: str | None

    @property
    def label(self) -> str:
        return f"{self.number} {self.name}"


def departments_of(ws: Workspace, organisation_id: int) -> list[DepartmentChoice]:
    """The organisation's active departments, for the form's department field."""
    with ws.read() as session:
        rows = session.execute(
            select(
                Department.id,
                Department.number,
                Department.name,
                Department.postcode,
                Department.city,
            )
            .where(Department.organisation_id == organisation_id, Department.active.is_(True))
            .order_by(Department.number)
        ).all()
    return [DepartmentChoice(*r) for r in rows]


def create_vacancy(
    ws: Workspace, organisation_id: int, draft: VacancyDraft, *, scheme: str = ORDINARY
) -> int:
    """Check `draft` like an imported row and store it as received (with its intake check), a
    dwelling of the housing scheme `scheme` (one in force today).

    Raises ValidationError whose `fields` maps each VacancyDraft field to its message.
    """
    scheme = organisation_scheme(ws, scheme).key
    today = ws.today()
    with ws.write() as session:
        organisation = session.get(Organisation, organisation_id)
        if organisation is None:
            raise NotFound(translate("Intake", "The housing organisation no longer exists."))
        problems = {p.field: p.message for p in rules.validate(draft, today)}
        department = None
        if draft.department_number:
            department = find_department(session, organisation.number, draft.department_number)
            if department is None:
                problems["department_number"] = unknown_department_message(
                    [
                        r.number
                        for r in closest_departments(
                            session, organisation.number, draft.department_number
                        )
                    ]
                )
        if department is not None and not problems:
            key = store.duplicate_key(department.id, draft)
            if store.existing_keys(session, [key]):
                problems["lease_number"] = translate(
                    "Intake",
                    "This dwelling (department, lease number and date) is already registered.",
                )
        if problems:
            raise ValidationError(
                translate("Intake", "The dwelling was not saved. Correct the marked fields."),
                problems,
            )
        assert department is not None  # no problems means the department was found
        ids = store.insert_vacancies(
            session,
            store.NewVacancies([draft], [department.id]),
            reported_on=today,
            by=ws.user,
            scheme=scheme,
        )
        return ids[0]


def unknown_department_message(suggestions: list[str]) -> str:
    """ "Unknown department" with the closest numbers as a suggestion."""
    if not suggestions:
        return translate("Intake", "The organisation has no department with this number.")
    return translate(
        "Intake", "The organisation has no department with this number. Did you mean {numbers}?"
    ).format(numbers=", ".join(suggestions))
