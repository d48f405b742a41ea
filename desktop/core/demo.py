"""A realistic demo database: the sample master data, vacancies in every status, applicants with
households, offers in every state. Everything but the master data is invented; the same seed
gives the same data (relative to the day it is made, so deadlines look live)."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.enums import (
    ApplicantStatus,
    Colour,
    DeclineSide,
    DwellingType,
    LegalFactKind,
    MemberRelation,
    OfferStatus,
    Urgency,
    VacancyStatus,
)
from db.models import (
    Applicant,
    ApplicantEvent,
    Caseworker,
    Department,
    HouseholdMember,
    LegalFact,
    Offer,
    OfferEvent,
    Placement,
    Vacancy,
    VacancyEvent,
)
from desktop.core import demo_names as names
from desktop.core.paths import resources_dir
from desktop.core.workspace import Workspace, open_workspace

Progress = Callable[[str], None]


@dataclass(frozen=True)
class DemoSize:
    applicants: int = 1000
    vacancies: int = 400


def master_data_file() -> Path:
    return resources_dir() / "demo" / "organisations_departments.xlsx"


def create_demo(
    target: Path,
    size: DemoSize = DemoSize(),
    *,
    seed: int = 2026,
    replace: bool = False,
    progress: Progress | None = None,
) -> str:
    """Make the demo database at `target` and return a one-line summary."""
    report = progress or (lambda _text: None)
    if replace:
        for suffix in ("", "-wal", "-shm"):
            Path(str(target) + suffix).unlink(missing_ok=True)
    workspace = open_workspace(target, user="demo", is_demo=True)
    try:
        report("master data")
        load_master_data(workspace)
        return fill(workspace, size, seed=seed, progress=report)
    finally:
        workspace.close()


def load_master_data(workspace: Workspace) -> None:
    """Organisations, departments, colours and ministry lists from the shipped master workbook."""
    from desktop.core.registry.master_data import import_master_data  # noqa: PLC0415

    # Colours from two years back, so every invented vacancy meets a placement on its dates.
    today = workspace.today()
    import_master_data(
        workspace, master_data_file(), first_valid_from=today.replace(year=today.year - 2, day=1)
    )


def fill(
    workspace: Workspace, size: DemoSize, *, seed: int = 2026, progress: Progress | None = None
) -> str:
    """Add invented caseworkers, applicants, vacancies and offers to a workspace that has its
    master data."""
    report = progress or (lambda _text: None)
    rng = random.Random(seed)
    today = workspace.today()
    with workspace.write() as session:
        departments = _departments_with_colour(session, today)
        if not departments:
            raise ValueError("the demo needs departments: load the master data first")
        report("applicants")
        caseworkers = _caseworkers(session, rng)
        applicants = [_applicant(rng, today, caseworkers, i) for i in range(size.applicants)]
        session.add_all(applicants)
        session.flush()
        report("vacancies")
        vacancies = [_vacancy(rng, today, departments) for _ in range(size.vacancies)]
        session.add_all(vacancies)
        session.flush()
        report("offers")
        offers = _offers(session, rng, today, vacancies, applicants)
    return (
        f"{len(departments)} departments, {size.vacancies} vacancies, "
        f"{size.applicants} applicants, {offers} offers"
    )


# --- master data view -----------------------------------------------------------------------


def _departments_with_colour(session: Session, today: dt.date) -> list[tuple[Department, Colour]]:
    rows = session.execute(
        select(Department, Placement.colour)
        .join(Placement, Placement.department_id == Department.id)
        .where(Placement.valid_from <= today)
        .where((Placement.valid_to.is_(None)) | (Placement.valid_to >= today))
        .order_by(Department.id)
    ).all()
    return [(dept, colour) for dept, colour in rows]


# --- applicants ------------------------------------------------------------------------------


def _caseworkers(session: Session, rng: random.Random) -> list[Caseworker]:
    workers = []
    for i in range(24):
        first = rng.choice(names.DANISH_FIRST)
        last = rng.choice(names.DANISH_LAST)
        workers.append(
            Caseworker(
                name=f"{first} {last}",
                unit=names.CASEWORKER_UNITS[i % len(names.CASEWORKER_UNITS)],
                phone=f"99 31 {rng.randint(10, 99)} {rng.randint(10, 99)}",
                email=f"{first.lower()}.{last.lower()}@aalborg.example".replace("ø", "oe")
                .replace("æ", "ae")
                .replace("å", "aa"),
            )
        )
    session.add_all(workers)
    session.flush()
    return workers


def _cpr_for(rng: random.Random, birth: dt.date) -> str:
    # Digit 7 encodes the century with the year (born 1937-1999 -> 0-3, 2000-2036 -> 4 or 9).
    century_digit = rng.choice("0123") if birth.year < 2000 else rng.choice("49")
    return birth.strftime("%d%m%y") + century_digit + f"{rng.randint(0, 999):03d}"


def _name(rng: random.Random) -> str:
    if rng.random() < 0.3:
        return rng.choice(names.INTERNATIONAL)
    return f"{rng.choice(names.DANISH_FIRST)} {rng.choice(names.DANISH_LAST)}"


_TARGET_WEIGHTS = (
    ("housing_first", 30),
    ("young", 25),
    ("refugee", 15),
    ("elderly", 8),
    ("other", 22),
)


def _applicant(
    rng: random.Random, today: dt.date, caseworkers: Sequence[Caseworker], index: int
) -> Applicant:
    group = rng.choices([g for g, _ in _TARGET_WEIGHTS], [w for _, w in _TARGET_WEIGHTS])[0]
    age = {"young": rng.randint(18, 29), "elderly": rng.randint(65, 88)}.get(
        group, rng.randint(30, 64)
    )
    birth = today - dt.timedelta(days=age * 365 + rng.randint(0, 364))
    has_cpr = rng.random() > 0.01
    registered = today - dt.timedelta(days=rng.randint(0, 900))
    status = rng.choices(list(ApplicantStatus), [70, 6, 0, 14, 10])[
        0
    ]  # "offered" follows from the offers below
    name = _name(rng)
    applicant = Applicant(
        name=name,
        cpr=_cpr_for(rng, birth) if has_cpr else None,
        birth_date=birth,
        address=rng.choice(names.SHELTERS)
        if rng.random() < 0.6
        else f"{rng.choice(names.STREETS)} {rng.randint(1, 120)}, 9000 Aalborg",
        phone=f"{rng.randint(20, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} "
        f"{rng.randint(10, 99)}"
        if rng.random() < 0.9
        else None,
        email=f"borger{index}@example.com" if rng.random() < 0.6 else None,
        exempt_digital_post=rng.random() < 0.15,
        target_group=group,
        caseworker=rng.choice(caseworkers),
        registered_on=registered,
        urgency=rng.choices(list(Urgency), [12, 28, 60])[0],
        status=status,
        paused_until=today + dt.timedelta(days=rng.randint(5, 60))
        if status == ApplicantStatus.PAUSED
        else None,
        removed_reason="Afslag på passende tilbud uden gyldig grund"
        if status == ApplicantStatus.REMOVED
        else None,
        closed_on=today - dt.timedelta(days=rng.randint(1, 400))
        if status in (ApplicantStatus.HOUSED, ApplicantStatus.REMOVED)
        else None,
        max_rent=Decimal(rng.choice((3500, 3800, 4000, 4250, 4500, 5000, 5500, 6000))),
        rooms_min=1 if group == "young" else rng.choice((1, 2, 2, 3)),
        needs_wheelchair=rng.random() < 0.03,
        needs_step_free=rng.random() < 0.08,
        needs_ground_floor=rng.random() < 0.06,
        has_pets=rng.random() < 0.12,
        needs_strong_area=rng.random() < 0.1,
        wanted_areas=rng.sample(
            ["9000", "9200", "9210", "9220", "9400", "9230"], rng.randint(0, 2)
        ),
    )
    applicant.rooms_max = (applicant.rooms_min or 1) + rng.choice((0, 1, 1, 2))
    applicant.members.append(
        HouseholdMember(
            relation=MemberRelation.APPLICANT, name=name, cpr=applicant.cpr, birth_date=birth
        )
    )
    if group not in ("young", "housing_first") and rng.random() < 0.35:
        applicant.members.append(
            HouseholdMember(
                relation=MemberRelation.PARTNER,
                name=_name(rng),
                birth_date=birth + dt.timedelta(days=rng.randint(-2000, 2000)),
            )
        )
        for _ in range(rng.choice((0, 1, 1, 2, 3))):
            applicant.members.append(
                HouseholdMember(
                    relation=MemberRelation.CHILD,
                    name=_name(rng).split()[0] + " " + name.split()[-1],
                    birth_date=today - dt.timedelta(days=rng.randint(200, 17 * 365)),
                )
            )
    _legal_facts(rng, today, applicant, group)
    applicant.events.append(
        ApplicantEvent(
            at=dt.datetime.combine(registered, dt.time(9)),
            by="demo",
            to_status=ApplicantStatus.ACTIVE,
            note="Oprettet",
        )
    )
    if status != ApplicantStatus.ACTIVE:
        applicant.events.append(
            ApplicantEvent(by="demo", from_status=ApplicantStatus.ACTIVE, to_status=status)
        )
    return applicant


_BENEFITS = ("kontanthjælp", "uddannelseshjælp", "sygedagpenge", "dagpenge", "førtidspension")


def _legal_facts(rng: random.Random, today: dt.date, applicant: Applicant, group: str) -> None:
    main = applicant.members[0]
    if group == "refugee":
        main.facts.append(
            LegalFact(
                kind=LegalFactKind.CITIZENSHIP,
                label=rng.choice(("SY", "ER", "AF", "UA", "SO")),
                start_date=main.birth_date,
            )
        )
        main.facts.append(
            LegalFact(
                kind=LegalFactKind.BENEFIT,
                label="selvforsørgelses- og hjemrejseydelse",
                start_date=today - dt.timedelta(days=rng.randint(60, 500)),
            )
        )
    elif rng.random() < 0.45:
        start = today - dt.timedelta(days=rng.randint(30, 1000))
        ended = rng.random() < 0.3
        main.facts.append(
            LegalFact(
                kind=LegalFactKind.BENEFIT,
                label=rng.choice(_BENEFITS),
                start_date=start,
                end_date=start + dt.timedelta(days=rng.randint(20, 200)) if ended else None,
            )
        )
    if group == "housing_first" and rng.random() < 0.12:
        main.facts.append(
            LegalFact(
                kind=LegalFactKind.PRISON_RELEASE,
                start_date=today - dt.timedelta(days=rng.randint(10, 400)),
            )
        )
    if rng.random() < 0.03:
        main.facts.append(
            LegalFact(
                kind=LegalFactKind.TENANCY_TERMINATION,
                start_date=today - dt.timedelta(days=rng.randint(10, 400)),
            )
        )


# --- vacancies --------------------------------------------------------------------------------

_STATUS_WEIGHTS = (
    (VacancyStatus.RECEIVED, 14),
    (VacancyStatus.ACCEPTED, 24),
    (VacancyStatus.RETURNED, 10),
    (VacancyStatus.OFFERED, 16),
    (VacancyStatus.LET, 30),
    (VacancyStatus.GIVEN_BACK, 6),
)


def _street_of(department: Department, rng: random.Random) -> tuple[str, str]:
    """Street and a house number inside the department's address range ("Kildeparken 2-48")."""
    address = department.address or department.name
    parts = address.rsplit(" ", 1)
    if len(parts) == 2 and "-" in parts[1]:
        low, _, high = parts[1].partition("-")
        if low.isdigit() and high.isdigit() and int(high) >= int(low):
            return parts[0], str(rng.randint(int(low), int(high)))
    return address, str(rng.randint(1, 60))


def _vacancy(
    rng: random.Random, today: dt.date, departments: Sequence[tuple[Department, Colour]]
) -> Vacancy:
    department, colour = rng.choice(departments)
    status = rng.choices([s for s, _ in _STATUS_WEIGHTS], [w for _, w in _STATUS_WEIGHTS])[0]
    if colour == Colour.RED:
        status = VacancyStatus.RETURNED  # a red department's dwelling is returned
    kind = rng.choices(list(DwellingType), [70, 20, 8, 2])[0]
    rooms = (
        rng.choice((1.0, 1.0, 2.0))
        if kind == DwellingType.YOUTH
        else rng.choice((1, 2, 2, 3, 3, 4, 5))
    )
    area = round(rooms * rng.uniform(22, 32) + 12, 1)
    rent = Decimal(round(area * rng.uniform(68, 95) / 25) * 25)
    reported = today - dt.timedelta(days=rng.randint(0, 120))
    available = reported + dt.timedelta(days=rng.randint(7, 40))
    street, number = _street_of(department, rng)
    terraced = rng.random() < 0.12
    floor = None if terraced else rng.choice(("st", "1", "2", "3", "4"))
    door = None if terraced else rng.choice(("th", "tv", "mf"))
    vacancy = Vacancy(
        department=department,
        lease_number=f"{department.number}-{rng.randint(1, 999):03d}",
        dwelling_type=kind,
        street=street,
        house_number=number,
        floor=floor,
        door=door,
        postcode=department.postcode,
        city=department.city,
        address_text=f"{street} {number}" + (f", {floor}. {door}." if floor else ""),
        rooms=float(rooms),
        area_m2=area,
        rent=rent,
        aconto_heating=Decimal(rng.choice((350, 400, 450, 500, 575))),
        aconto_water=Decimal(rng.choice((0, 100, 125, 150))),
        deposit=rent * 3,
        available_from=available,
        reported_on=reported,
        at_disposal_from=available,
        desk_deadline=available + dt.timedelta(days=9),
        elevator=None if terraced else rng.random() < 0.3,
        pets_allowed=rng.random() < 0.4,
        wheelchair_accessible=rng.random() < 0.05,
        step_free=terraced or floor == "st",
        viewing_contact=f"Ejendomskontoret, tlf. 96 {rng.randint(10, 99)} {rng.randint(10, 99)} "
        f"{rng.randint(10, 99)}",
        status=status,
    )
    vacancy.events.append(
        VacancyEvent(
            at=dt.datetime.combine(reported, dt.time(10)),
            by="demo",
            to_status=VacancyStatus.RECEIVED,
            note="Indmeldt",
        )
    )
    if status != VacancyStatus.RECEIVED:
        vacancy.decided_on = reported + dt.timedelta(days=rng.randint(0, 3))
        first = (
            VacancyStatus.RETURNED if status == VacancyStatus.RETURNED else VacancyStatus.ACCEPTED
        )
        vacancy.events.append(
            VacancyEvent(
                at=dt.datetime.combine(vacancy.decided_on, dt.time(11)),
                by="demo",
                from_status=VacancyStatus.RECEIVED,
                to_status=first,
            )
        )
        if status == VacancyStatus.RETURNED:
            vacancy.return_reason = (
                "Afdelingen er rød i trappetrinsmodellen"
                if colour == Colour.RED
                else "Huslejen er for høj til målgrupperne"
            )
    if status == VacancyStatus.LET:
        vacancy.lease_start = available + dt.timedelta(days=rng.randint(5, 30))
    if status == VacancyStatus.GIVEN_BACK:
        vacancy.given_back_on = available + dt.timedelta(days=rng.randint(5, 20))
    return vacancy


# --- offers ----------------------------------------------------------------------------------


def _offers(
    session: Session,
    rng: random.Random,
    today: dt.date,
    vacancies: Sequence[Vacancy],
    applicants: Sequence[Applicant],
) -> int:
    """Offers in every state: open ones for offered dwellings, accepted ones for let dwellings,
    and declined/expired/withdrawn history before them."""
    pool = [a for a in applicants if a.status == ApplicantStatus.ACTIVE]
    rng.shuffle(pool)
    made = 0
    for vacancy in vacancies:
        if vacancy.status not in (VacancyStatus.OFFERED, VacancyStatus.LET) or len(pool) < 3:
            continue
        sent = (vacancy.decided_on or vacancy.reported_on) + dt.timedelta(days=1)
        for closed in rng.sample(
            (OfferStatus.DECLINED, OfferStatus.EXPIRED, OfferStatus.WITHDRAWN), rng.randint(0, 2)
        ):
            applicant = pool.pop()
            _add_offer(session, rng, vacancy, applicant, closed, sent, rank=made % 5 + 1)
            made += 1
            sent += dt.timedelta(days=6)
        applicant = pool.pop()
        if vacancy.status == VacancyStatus.OFFERED:
            state = rng.choice((OfferStatus.SENT, OfferStatus.SENT, OfferStatus.DRAFT))
            sent = min(sent, today - dt.timedelta(days=rng.randint(0, 5)))
            applicant.status = ApplicantStatus.OFFERED
        else:
            state = OfferStatus.ACCEPTED
            applicant.status = ApplicantStatus.HOUSED
            applicant.closed_on = vacancy.lease_start
        _add_offer(session, rng, vacancy, applicant, state, sent, rank=1)
        made += 1
    session.flush()
    return made


def _add_offer(
    session: Session,
    rng: random.Random,
    vacancy: Vacancy,
    applicant: Applicant,
    status: OfferStatus,
    sent: dt.date,
    rank: int,
) -> None:
    offer = Offer(
        vacancy=vacancy,
        applicant=applicant,
        status=status,
        sent_on=None if status == OfferStatus.DRAFT else sent,
        reply_deadline=None if status == OfferStatus.DRAFT else sent + dt.timedelta(days=5),
        rank=rank,
        score=round(rng.uniform(40, 99), 1),
        ranking_snapshot={"rank": rank, "note": "demo"},
    )
    if status in (OfferStatus.ACCEPTED, OfferStatus.DECLINED):
        offer.answered_on = sent + dt.timedelta(days=rng.randint(1, 4))
    if status == OfferStatus.DECLINED:
        offer.decline_side = rng.choice((DeclineSide.CITIZEN, DeclineSide.ORGANISATION))
        offer.decline_reason = "other"
        offer.decline_text = rng.choice(names.DECLINE_NOTES)
    if status == OfferStatus.ACCEPTED:
        offer.allocation_notice_on = offer.answered_on
    offer.events.append(OfferEvent(by="demo", to_status=OfferStatus.DRAFT))
    if status != OfferStatus.DRAFT:
        offer.events.append(
            OfferEvent(by="demo", from_status=OfferStatus.DRAFT, to_status=OfferStatus.SENT)
        )
    if status not in (OfferStatus.DRAFT, OfferStatus.SENT):
        offer.events.append(OfferEvent(by="demo", from_status=OfferStatus.SENT, to_status=status))
    session.add(offer)
    session.flush()  # one open offer per applicant and vacancy: the unique index checks each
