"""A small, fixed dataset whose report figures are computed by hand in the tests.

Today is TODAY (2026-11-21). Two organisations, four departments, eight vacancies, eight
applicants and eight offers; the dates and rents are chosen so that the rent loss per day is a
whole number (monthly x 12 / 365: 4,380 kr. -> 144, 5,110 -> 168, 3,650 -> 120, 2,920 -> 96).
Some texts look like formulas, so every export that shows them must keep them as text.

    org 101 Alfa Bolig        dept 1 Solbakken (green)     dept 2 "=Engen" (yellow)
    org 202 Beta Boligselskab dept 1 Toften (green)        dept 5 Bakken (red)

    V1 101/1 reported 02.09, accepted 03.09, at disposal 10.09, let 01.10   4,380 kr.
    V2 101/1 reported 15.09, returned 16.09 "+45 ring til os"
    V3 101/2 reported 05.10, accepted 06.10, at disposal 20.10, let 15.11   5,110 kr.
    V4 101/2 reported 10.10, accepted 12.10, at disposal 15.10, given back 05.11  3,650 kr.
    V5 202/1 reported 01.10, accepted 02.10, at disposal 01.10, offered     2,920 kr.
    V6 202/5 reported 03.10, returned 03.10
    V7 202/1 reported 02.11, received (remarks "@SUM(A1)")
    V8 202/1 reported 20.08, accepted 21.08, at disposal 01.09, let 21.09   4,380 kr.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from db.enums import (
    ApplicantStatus,
    Colour,
    DeclineSide,
    DwellingType,
    FlexibleLetting,
    MemberRelation,
    OfferStatus,
    VacancyStatus,
)
from db.models import (
    Applicant,
    Department,
    DepartmentVacancyCount,
    HouseholdMember,
    Offer,
    Organisation,
    Vacancy,
)
from desktop.core.registry import placements
from desktop.core.workspace import Workspace

D = dt.date
S = VacancyStatus
AS = ApplicantStatus
OS = OfferStatus

HOSTILE_DEPARTMENT = "=Engen"
HOSTILE_REASON = "+45 ring til os"
HOSTILE_REMARKS = "@SUM(A1)"
HOSTILE_PHONE = '=HYPERLINK("http://x","ring")'
HOSTILE_EMAIL = "-amir@example.dk"


@dataclass(frozen=True)
class Ids:
    org_a: int
    org_b: int
    departments: dict[str, int]
    vacancies: dict[str, int]
    applicants: dict[str, int]


def _vacancy(dept: int, lease: str, street: str, **values: object) -> Vacancy:
    base: dict[str, object] = {
        "department_id": dept,
        "lease_number": lease,
        "dwelling_type": DwellingType.FAMILY,
        "street": street,
        "house_number": "1",
        "floor": "1",
        "door": "th",
        "postcode": "9000",
        "city": "Aalborg",
        "rooms": 2.0,
        "area_m2": 60.0,
    }
    base.update(values)
    return Vacancy(**base)


def build(ws: Workspace) -> Ids:
    with ws.write() as session:
        org_a = Organisation(number="101", name="Alfa Bolig")
        org_b = Organisation(number="202", name="Beta Boligselskab")
        session.add_all([org_a, org_b])
        session.flush()
        depts = {
            "A1": Department(organisation_id=org_a.id, number="1", name="Solbakken"),
            "A2": Department(organisation_id=org_a.id, number="2", name=HOSTILE_DEPARTMENT),
            "B1": Department(organisation_id=org_b.id, number="1", name="Toften"),
            "B5": Department(organisation_id=org_b.id, number="5", name="Bakken"),
        }
        session.add_all(depts.values())
        session.flush()
        colours = {"A1": Colour.GREEN, "A2": Colour.YELLOW, "B1": Colour.GREEN, "B5": Colour.RED}
        for key, colour in colours.items():
            placements.place(session, depts[key].id, colour, FlexibleLetting.AGREED, D(2026, 1, 1))
        for key, start, end, total in (
            ("A1", D(2026, 9, 1), D(2026, 9, 30), 4),
            ("A2", D(2026, 10, 1), D(2026, 10, 31), 20),
            ("B1", D(2026, 10, 1), D(2026, 10, 31), 4),
            ("B5", D(2026, 10, 1), D(2026, 10, 31), 6),
        ):
            session.add(
                DepartmentVacancyCount(
                    department_id=depts[key].id,
                    period_start=start,
                    period_end=end,
                    total_vacancies=total,
                )
            )
        a1, a2, b1, b5 = (depts[k].id for k in ("A1", "A2", "B1", "B5"))
        vacancies = {
            "V1": _vacancy(
                a1, "A-101", "Kildevej", rent=Decimal(4000), aconto_heating=Decimal(380),
                available_from=D(2026, 9, 10), reported_on=D(2026, 9, 2),
                decided_on=D(2026, 9, 3), at_disposal_from=D(2026, 9, 10), status=S.LET,
                lease_start=D(2026, 10, 1),
            ),
            "V2": _vacancy(
                a1, "A-102", "Kildevej", house_number="3", rent=Decimal(7000),
                available_from=D(2026, 10, 1), reported_on=D(2026, 9, 15),
                decided_on=D(2026, 9, 16), status=S.RETURNED, return_reason=HOSTILE_REASON,
            ),
            "V3": _vacancy(
                a2, "A-201", "Engvej", rent=Decimal(4700), aconto_heating=Decimal(300),
                aconto_water=Decimal(110), available_from=D(2026, 10, 20),
                reported_on=D(2026, 10, 5), decided_on=D(2026, 10, 6),
                at_disposal_from=D(2026, 10, 20), status=S.LET, lease_start=D(2026, 11, 15),
                dwelling_type=DwellingType.YOUTH, rooms=1.5,
            ),
            "V4": _vacancy(
                a2, "A-202", "Engvej", house_number="5", rent=Decimal(3650),
                available_from=D(2026, 10, 15), reported_on=D(2026, 10, 10),
                decided_on=D(2026, 10, 12), at_disposal_from=D(2026, 10, 15),
                status=S.GIVEN_BACK, given_back_on=D(2026, 11, 5),
                return_reason="Ingen egnede ansøgere",
            ),
            "V5": _vacancy(
                b1, "B-101", "Toftevej", rent=Decimal(2600), aconto_heating=Decimal(320),
                available_from=D(2026, 10, 1), reported_on=D(2026, 10, 1),
                decided_on=D(2026, 10, 2), at_disposal_from=D(2026, 10, 1), status=S.OFFERED,
            ),
            "V6": _vacancy(
                b5, "B-501", "Bakkevej", rent=Decimal(5000), available_from=D(2026, 11, 1),
                reported_on=D(2026, 10, 3), decided_on=D(2026, 10, 3), status=S.RETURNED,
                return_reason="Afdelingen er rød",
            ),
            "V7": _vacancy(
                b1, "B-102", "Toftevej", house_number="9", rent=Decimal(4100),
                available_from=D(2026, 12, 1), reported_on=D(2026, 11, 2), status=S.RECEIVED,
                remarks=HOSTILE_REMARKS,
            ),
            "V8": _vacancy(
                b1, "B-103", "Toftevej", house_number="11", rent=Decimal(4380),
                available_from=D(2026, 9, 1), reported_on=D(2026, 8, 20),
                decided_on=D(2026, 8, 21), at_disposal_from=D(2026, 9, 1), status=S.LET,
                lease_start=D(2026, 9, 21),
            ),
        }  # fmt: skip
        session.add_all(vacancies.values())
        session.flush()
        people = {
            "P1": Applicant(name="Ida Ung", target_group="young", registered_on=D(2026, 2, 1),
                            phone="20 00 00 01"),
            "P2": Applicant(name="Hans Ærø", target_group="housing_first", cpr="0101901234",
                            registered_on=D(2026, 3, 1), status=AS.HOUSED,
                            closed_on=D(2026, 10, 1), phone=HOSTILE_PHONE,
                            email="hans@example.dk", care_of="Kirkens Korshær",
                            street="Hjulmagervej 18", postcode="9000", town="Aalborg"),
            "P3": Applicant(name="Sara Nord", target_group="young", registered_on=D(2026, 1, 10)),
            "P4": Applicant(name="Amir Haddad", target_group="refugee",
                            registered_on=D(2026, 6, 15), status=AS.HOUSED,
                            closed_on=D(2026, 11, 15), phone="30 00 00 04", email=HOSTILE_EMAIL,
                            whereabouts="Herberg: Frelsens Hær"),
            "P5": Applicant(name="Bo Øst", target_group="other", registered_on=D(2026, 5, 1)),
            "P6": Applicant(name="Else Gammel", target_group="elderly",
                            registered_on=D(2026, 4, 1), status=AS.OFFERED),
            "P7": Applicant(name="Karl Hjem", target_group="housing_first",
                            registered_on=D(2025, 9, 21), status=AS.HOUSED,
                            closed_on=D(2026, 9, 21), phone="40 00 00 07"),
            "P8": Applicant(name="Mia Venter", target_group="other", registered_on=D(2026, 11, 1)),
        }  # fmt: skip
        session.add_all(people.values())
        session.flush()
        households = {"P2": 1, "P4": 3, "P7": 2}
        relations = (MemberRelation.APPLICANT, MemberRelation.PARTNER, MemberRelation.CHILD)
        for key, size in households.items():
            for relation in relations[:size]:
                session.add(HouseholdMember(applicant_id=people[key].id, relation=relation))
        offers = (
            ("V1", "P1", OS.DECLINED, D(2026, 9, 11), D(2026, 9, 14), "dwelling",
             DeclineSide.CITIZEN),
            ("V1", "P2", OS.ACCEPTED, D(2026, 9, 15), D(2026, 9, 18), None, None),
            ("V3", "P3", OS.EXPIRED, D(2026, 10, 21), None, None, None),
            ("V3", "P4", OS.ACCEPTED, D(2026, 10, 27), D(2026, 10, 30), None, None),
            ("V5", "P5", OS.DECLINED, D(2026, 10, 5), D(2026, 10, 15), "org_refused",
             DeclineSide.ORGANISATION),
            ("V5", "P6", OS.SENT, D(2026, 11, 18), None, None, None),
            ("V8", "P7", OS.ACCEPTED, D(2026, 9, 2), D(2026, 9, 5), None, None),
            ("V4", "P8", OS.DECLINED, D(2026, 10, 16), D(2026, 10, 20), "area",
             DeclineSide.CITIZEN),
        )  # fmt: skip
        for vacancy, person, status, sent, answered, reason, side in offers:
            session.add(
                Offer(
                    vacancy_id=vacancies[vacancy].id,
                    applicant_id=people[person].id,
                    status=status,
                    sent_on=sent,
                    reply_deadline=sent + dt.timedelta(days=5),
                    answered_on=answered,
                    decline_reason=reason,
                    decline_side=side,
                )
            )
        session.flush()
        return Ids(
            org_a.id,
            org_b.id,
            {k: v.id for k, v in depts.items()},
            {k: v.id for k, v in vacancies.items()},
            {k: v.id for k, v in people.items()},
        )
