"""Invented offers for letter tests: rows made directly with the models."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy.orm import Session

from db import postal
from db.enums import DeliveryChannel, DwellingType, MemberRelation, OfferStatus, VacancyStatus
from db.models import (
    Applicant,
    Caseworker,
    Department,
    HouseholdMember,
    Offer,
    Organisation,
    Vacancy,
)

SENT = dt.date(2026, 11, 21)
DEADLINE = dt.date(2026, 11, 26)

PEOPLE = (
    ("Łukasz Nowak", "0101901234", "Vesterbro 22, 1. th, 9000 Aalborg"),
    ("Ayşe Yılmaz", "1503855678", "Herberget Hjemmet, Kjellerupsgade 9, 9000 Aalborg"),
    ("Nguyễn Thị Lan", "2207924321", "Hasserisvej 140, st. tv, 9000 Aalborg"),
    ("Søren Ærø Åberg", "0304708765", "Østerbro 5, 2. mf, 9000 Aalborg"),
)


def organisation(session: Session) -> Department:
    org = Organisation(
        number="088",
        name="Himmerland Boligforening",
        address="Over Kæret 6, 9220 Aalborg Øst",
        contact_person="Udlejningen",
    )
    department = Department(organisation=org, number="07", name="Hasseris Enge")
    session.add_all([org, department])
    session.flush()
    return department


def offer(
    session: Session,
    department: Department,
    index: int = 0,
    *,
    sent_on: dt.date = SENT,
    status: OfferStatus = OfferStatus.SENT,
) -> Offer:
    name, cpr, address = PEOPLE[index % len(PEOPLE)]
    caseworker = Caseworker(name="Mette Kjær", phone="99 31 22 10")
    found = postal.parse(address)
    assert found is not None
    applicant = Applicant(
        name=name,
        cpr=None if index >= len(PEOPLE) else cpr,
        care_of=found.care_of,
        street=found.street,
        postcode=found.postcode,
        town=found.town,
        # by post, as the day's letters are printed (c/o the shelter for Ayşe)
        delivery=DeliveryChannel.CARE_OF if found.care_of else DeliveryChannel.OWN_ADDRESS,
        phone="20 30 40 50",
        email="borger@example.com",
        target_group="housing_first",
        registered_on=dt.date(2025, 3, 1),
        caseworker=caseworker,
        members=[
            HouseholdMember(relation=MemberRelation.APPLICANT, name=name),
            HouseholdMember(relation=MemberRelation.CHILD, name="Barn"),
        ],
    )
    vacancy = Vacancy(
        department=department,
        lease_number=f"1.{200 + index}",
        dwelling_type=DwellingType.FAMILY,
        street="Hobrovej",
        house_number=str(12 + index),
        floor="2",
        door="tv",
        postcode="9000",
        city="Aalborg",
        rooms=2.5,
        area_m2=68,
        rent=Decimal("4250.00"),
        aconto_heating=Decimal("450.00"),
        aconto_water=Decimal("150.00"),
        deposit=Decimal("12750.00"),
        available_from=dt.date(2026, 12, 1),
        reported_on=dt.date(2026, 11, 10),
        elevator=True,
        viewing_contact="Ejendomskontoret, tlf. 98 12 34 56",
        status=VacancyStatus.OFFERED,
    )
    made = Offer(
        vacancy=vacancy,
        applicant=applicant,
        status=status,
        sent_on=sent_on,
        reply_deadline=DEADLINE,
    )
    session.add(made)
    session.flush()
    return made


def sent(
    session: Session, department: Department, index: int = 0, *, sent_on: dt.date = SENT
) -> tuple[int, int]:
    """An offer sent on `sent_on` with its offer letter archived, as sending an offer does:
    (offer id, letter id)."""
    from desktop.core.letters.archive import archive_offer_letter

    made = offer(session, department, index, sent_on=sent_on)
    letter = archive_offer_letter(session, made.id)
    assert letter.letter_id is not None
    return made.id, letter.letter_id
