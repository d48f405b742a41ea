"""Small worlds in a database for the matching and offer tests: a department with a colour and
lists, dwellings, applicants with households and legal facts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from db.enums import (
    ApplicantStatus,
    Colour,
    DeliveryChannel,
    DwellingType,
    FlexibleLetting,
    LegalFactKind,
    ListKind,
    MemberRelation,
    PlacementSource,
    Urgency,
    VacancyStatus,
)
from db.models import (
    Applicant,
    ApplicantExcludedDepartment,
    Department,
    HouseholdMember,
    LegalFact,
    MinistryList,
    MinistryListEntry,
    Organisation,
    Placement,
    Vacancy,
)
from desktop.core.workspace import Workspace

PLACED_FROM = dt.date(2026, 1, 1)
_serial = iter(range(1, 1_000_000))


def department(
    ws: Workspace,
    *,
    colour: Colour = Colour.GREEN,
    lists: Sequence[ListKind] = (),
    list_date: dt.date = dt.date(2025, 12, 1),
    suitable_for_young: bool = False,
    number: str | None = None,
) -> int:
    with ws.write() as session:
        org = session.query(Organisation).filter_by(number="145").first()
        if org is None:
            org = Organisation(number="145", name="Himmerland Boligforening", address="Aalborg")
            session.add(org)
        dept = Department(
            organisation=org,
            number=number or f"{next(_serial):02d}",
            name="Kildeparken",
            postcode="9220",
            city="Aalborg Øst",
            suitable_for_young=suitable_for_young,
        )
        session.add(dept)
        session.flush()
        session.add(
            Placement(
                department_id=dept.id,
                colour=colour,
                flexible_letting=FlexibleLetting.NONE
                if colour == Colour.GREEN
                else FlexibleLetting.AGREED,
                valid_from=PLACED_FROM,
                source=PlacementSource.MANUAL,
            )
        )
        if lists:
            publication = session.query(MinistryList).filter_by(list_date=list_date).first()
            if publication is None:
                publication = MinistryList(list_date=list_date, name=f"Listerne {list_date}")
                session.add(publication)
                session.flush()
            for kind in lists:
                session.add(
                    MinistryListEntry(list_id=publication.id, kind=kind, department_id=dept.id)
                )
        session.flush()
        return dept.id


def vacancy(ws: Workspace, department_id: int, **changes: Any) -> int:
    values: dict[str, Any] = {
        "department_id": department_id,
        "lease_number": f"L{next(_serial)}",
        "dwelling_type": DwellingType.FAMILY,
        "street": "Kildeparken",
        "house_number": "12",
        "floor": "2",
        "door": "tv",
        "postcode": "9220",
        "city": "Aalborg Øst",
        "rooms": 2.0,
        "area_m2": 61.0,
        "rent": Decimal("3200"),
        "aconto_heating": Decimal("450"),
        "available_from": dt.date(2026, 11, 2),
        "reported_on": dt.date(2026, 10, 20),
        "at_disposal_from": dt.date(2026, 11, 2),
        "desk_deadline": dt.date(2026, 11, 11),
        "pets_allowed": True,
        "elevator": False,
        "wheelchair_accessible": False,
        "step_free": False,
        "status": VacancyStatus.ACCEPTED,
    }
    values.update(changes)
    with ws.write() as session:
        row = Vacancy(**values)
        session.add(row)
        session.flush()
        return row.id


Facts = Sequence[tuple[LegalFactKind, str | None, dt.date | None, dt.date | None]]


def applicant_row(
    name: str = "Test Testesen",
    *,
    members: Sequence[tuple[MemberRelation, dt.date | None, Facts]] | None = None,
    excluded_departments: Sequence[int] = (),
    **changes: Any,
) -> Applicant:
    """An applicant with a household (by default just the applicant) and legal facts."""
    values: dict[str, Any] = {
        "name": name,
        "birth_date": dt.date(1980, 3, 3),
        "target_group": "other",
        "registered_on": dt.date(2025, 1, 1),
        "urgency": Urgency.NORMAL,
        "status": ApplicantStatus.ACTIVE,
        "max_rent": Decimal(5000),
        # letters reach them by post (an offer cannot be sent to someone they cannot reach)
        "street": "Vesterbro 22, 1. th",
        "postcode": "9000",
        "town": "Aalborg",
        "delivery": DeliveryChannel.OWN_ADDRESS,
        "wanted_areas": [],
    }
    values.update(changes)
    row = Applicant(**values)
    household = members or [(MemberRelation.APPLICANT, values["birth_date"], ())]
    for relation, born, facts in household:
        member = HouseholdMember(relation=relation, birth_date=born, name=name)
        for kind, label, start, end in facts:
            member.facts.append(LegalFact(kind=kind, label=label, start_date=start, end_date=end))
        row.members.append(member)
    for dept_id in excluded_departments:
        row.excluded_departments.append(ApplicantExcludedDepartment(department_id=dept_id))
    return row


def applicant(ws: Workspace, name: str = "Test Testesen", **changes: Any) -> int:
    with ws.write() as session:
        row = applicant_row(name, **changes)
        session.add(row)
        session.flush()
        return row.id
