"""A realistic demo database: the sample master data, vacancies in every status, applicants with
households, offers in every state. Everything but the master data is invented; the same seed
gives the same data (relative to the day it is made, so deadlines look live)."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Generator, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, event, inspect, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from db import postal
from db.aggregates import add_part
from db.engine import Database
from db.enums import (
    ApplicantStatus,
    Colour,
    DeclineSide,
    DeliveryChannel,
    DwellingType,
    LegalFactKind,
    MemberRelation,
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
    Letter,
    Offer,
    OfferEvent,
    Placement,
    Vacancy,
    VacancyEvent,
)
from desktop.core import database_problems as problems
from desktop.core import demo_names as names
from desktop.core import settings
from desktop.core.applicants.listing import ensure_search_fields
from desktop.core.demo_landlords import add_landlords
from desktop.core.errors import DatabaseProblem
from desktop.core.formats import plural
from desktop.core.i18n import translate
from desktop.core.intake.counts import month_of, record_count
from desktop.core.intake.decisions import confirm_proposals, run_checks
from desktop.core.intake.status import give_back
from desktop.core.letters.delivery import confirm_digital_post, record_hand_over, record_posted
from desktop.core.letters.elsewhere import drawn_elsewhere
from desktop.core.offers.expiry import expire_overdue_outcomes
from desktop.core.offers.workflow import (
    accept_offer,
    decline_offer,
    enter_lease_start,
    propose_next,
    send_offer,
    withdraw_offer,
)
from desktop.core.paths import resources_dir
from desktop.core.registry.master_data import import_master_data
from desktop.core.schemes.settings import ORDINARY
from desktop.core.workdays import add_working_days
from desktop.core.workspace import Workspace, open_workspace


@dataclass(frozen=True)
class DemoSize:
    applicants: int = 1000
    vacancies: int = 300


def master_data_file() -> Path:
    return resources_dir() / "demo" / "organisations_departments.xlsx"


Step = tuple[int, int, str]  # done, total, what is being made (for a progress dialog)


def is_server(target: str | Path) -> bool:
    """True for a database URL (a server), False for a file path."""
    return "://" in str(target)


def demo_steps(
    target: str | Path, size: DemoSize = DemoSize(), *, seed: int = 2026, replace: bool = False
) -> Generator[Step, None, str]:
    """Make the demo database at `target` (a file path or a server URL), yielding progress;
    returns a one-line summary.

    A file is built under a temporary name and renamed when complete, so an interrupted run never
    leaves a half-made demo that the next start would open. A server database must be empty (a
    demo never mixes with real data, and `replace` does not apply): the demo is written straight
    into it."""
    if is_server(target):
        refuse_unless_empty(str(target))
        workspace = open_workspace(target, user="demo", is_demo=True)
        try:
            yield (0, 100, translate("Demo", "Organisations and departments"))
            mark_as_demo(workspace)
            load_master_data(workspace)
            return (yield from fill_steps(workspace, size, seed=seed))
        finally:
            workspace.close()
    file = Path(target)
    partial = file.with_name(file.name + ".partial")
    _remove(partial)
    workspace = open_workspace(partial, user="demo", is_demo=True)
    try:
        yield (0, 100, translate("Demo", "Organisations and departments"))
        mark_as_demo(workspace)
        load_master_data(workspace)
        summary = yield from fill_steps(workspace, size, seed=seed)
    finally:
        workspace.close()
    if replace:
        _remove(file)
    partial.replace(file)
    return summary


def mark_as_demo(workspace: Workspace) -> None:
    """The database says itself that it is a demo, however it is opened later."""
    with workspace.write() as session:
        settings.put(session, settings.DEMO_DATABASE, True, settings.DEMO_SINCE)


def refuse_unless_empty(url: str) -> None:
    """DatabaseProblem unless the server database at `url` is reachable and holds no tables."""
    try:
        database = Database(url)
    except (SQLAlchemyError, ValueError) as exc:
        raise DatabaseProblem(problems.not_an_address(exc)) from exc
    try:
        tables = inspect(database.engine).get_table_names()
    except SQLAlchemyError as exc:
        problem = problems.explain(exc, database.describe())
        if problem is None:
            raise
        raise problem from exc
    finally:
        database.dispose()
    if tables:
        raise DatabaseProblem(
            translate(
                "Demo",
                "The database {target} is not empty. A demo is made only in an empty database "
                "(ask IT for one); it never replaces data on a server.",
            ).format(target=database.describe())
        )


def create_demo(
    target: str | Path, size: DemoSize = DemoSize(), *, seed: int = 2026, replace: bool = False
) -> str:
    """Make the demo database at `target` (a file path or a server URL); a one-line summary."""
    steps = demo_steps(target, size, seed=seed, replace=replace)
    while True:
        try:
            next(steps)
        except StopIteration as done:
            return str(done.value)


def _remove(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)


def load_master_data(workspace: Workspace) -> None:
    """Organisations, departments, colours and ministry lists from the shipped master workbook."""

    # Colours from two years back, so every invented vacancy meets a placement on its dates.
    today = workspace.today()
    import_master_data(
        workspace, master_data_file(), first_valid_from=today.replace(year=today.year - 2, day=1)
    )


def fill(workspace: Workspace, size: DemoSize, *, seed: int = 2026) -> str:
    """Add invented caseworkers, applicants and vacancies to a workspace that has its master
    data, then let the desk's own workflows decide, offer and let them over the past months."""
    steps = fill_steps(workspace, size, seed=seed)
    while True:
        try:
            next(steps)
        except StopIteration as done:
            return str(done.value)


def fill_steps(
    workspace: Workspace, size: DemoSize, *, seed: int = 2026
) -> Generator[Step, None, str]:
    # A worker process draws the letters' PDFs while the desk's months are replayed (a third of
    # the time when drawn at once); the database is not opened by anyone before it is complete.
    with drawn_elsewhere(workspace):
        summary = yield from _fill_steps(workspace, size, seed=seed)
    return summary


def _fill_steps(
    workspace: Workspace, size: DemoSize, *, seed: int = 2026
) -> Generator[Step, None, str]:
    rng = random.Random(seed)
    today = workspace.today()
    yield (5, 100, translate("Demo", "Applicants and dwellings"))
    with workspace.write() as session:
        departments = _departments_with_colour(session, today)
        if not departments:
            raise ValueError("the demo needs departments: load the master data first")
        caseworkers = _caseworkers(session, rng)
        applicants = [_applicant(rng, today, caseworkers, i) for i in range(size.applicants)]
        session.add_all(applicants)
        session.flush()
        vacancies = [_vacancy(rng, today, departments) for _ in range(size.vacancies)]
        # Its own random numbers, so that the rest of the demo is what it was before schemes.
        _in_schemes(random.Random(seed + 1), today, applicants, vacancies)
        session.add_all(vacancies)
        session.flush()
        vacancy_ids = [v.id for v in vacancies]
        run_checks(session, vacancy_ids)  # the intake check on each report date
        _vacancy_counts(session, rng, vacancies)
    ensure_search_fields(workspace)  # the rows above were added without the register's code
    desk = _Desk(workspace, rng, today)
    yield (15, 100, translate("Demo", "The desk's decisions"))
    with _history_dated_by_clock(workspace):
        accepted = desk.decide()
        for done, (vacancy_id, decided) in enumerate(accepted):
            yield (20 + 80 * done // max(len(accepted), 1), 100, translate("Demo", "Offers"))
            desk.let_out(vacancy_id, decided)
        desk.on(today)
        desk.prepare_an_offer()
        # Last, with random numbers of their own: what was made above is made as before.
        yield (95, 100, translate("Demo", "Private landlords"))
        add_landlords(desk, random.Random(seed + 2), today)
    return ", ".join(
        (
            plural(
                len(departments),
                translate("Demo", "{n} department"),
                translate("Demo", "{n} departments"),
            ),
            plural(
                size.vacancies, translate("Demo", "{n} vacancy"), translate("Demo", "{n} vacancies")
            ),
            plural(
                size.applicants,
                translate("Demo", "{n} applicant"),
                translate("Demo", "{n} applicants"),
            ),
            plural(desk.offers, translate("Demo", "{n} offer"), translate("Demo", "{n} offers")),
        )
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


def _address(rng: random.Random, exempt: bool, has_cpr: bool) -> dict[str, Any]:
    """Where a demo citizen lives and how letters reach them: a shelter or a sofa (whereabouts),
    c/o a shelter, or an own address; by Digital Post unless exempt."""
    draw = rng.random()
    if draw < 0.35:
        text = rng.choice(names.SHELTERS)
    elif draw < 0.6:
        text = rng.choice(names.SHELTER_ADDRESSES)
    else:
        text = f"{rng.choice(names.STREETS)} {rng.randint(1, 120)}, 9000 Aalborg"
    found = postal.parse(text)
    channel = postal.default_channel(exempt_digital_post=exempt, has_cpr=has_cpr, address=found)
    if channel == DeliveryChannel.NONE:
        channel = DeliveryChannel.HAND_OVER  # every demo citizen has a caseworker
    return {
        "care_of": found and found.care_of,
        "street": found and found.street,
        "postcode": found and found.postcode,
        "town": found and found.town,
        "whereabouts": None if found else text,
        "delivery": channel,
    }


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
    status = rng.choices(list(ApplicantStatus), [80, 6, 0, 8, 6])[
        0
    ]  # "offered" follows from the offers below
    name = _name(rng)
    cpr_number = _cpr_for(rng, birth) if has_cpr else None
    exempt = rng.random() < 0.15
    applicant = Applicant(
        name=name,
        cpr=cpr_number,
        birth_date=birth,
        **_address(rng, exempt, cpr_number is not None),
        phone=f"{rng.randint(20, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} "
        f"{rng.randint(10, 99)}"
        if rng.random() < 0.9
        else None,
        email=f"borger{index}@example.com" if rng.random() < 0.6 else None,
        exempt_digital_post=exempt,
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


# --- housing schemes --------------------------------------------------------------------------

# The schemes' dwellings in the demo: the kind of dwelling each is, and how many of 300.
_SCHEME_DWELLINGS = {
    "unconventional": (DwellingType.FAMILY, 4),
    "starter": (DwellingType.YOUTH, 3),
    "transitional": (DwellingType.FAMILY, 4),
    "young_mothers": (DwellingType.YOUTH, 3),
    "youth_dispensation": (DwellingType.YOUTH, 4),
    "refugee": (DwellingType.FAMILY, 8),
    "elderly": (DwellingType.ELDERLY, 4),
}
# A private landlord's dwelling lies in no organisation's department: see demo_landlords.


def _in_schemes(
    rng: random.Random,
    today: dt.date,
    applicants: Sequence[Applicant],
    vacancies: Sequence[Vacancy],
) -> None:
    """Put some dwellings in Aalborg's schemes, and give some applicants what the schemes ask
    for: a support measure (bostøtte, efterværn) or a dispensation from the study demand."""
    for key, (kind, per_300) in _SCHEME_DWELLINGS.items():
        fitting = [v for v in vacancies if v.dwelling_type == kind and v.scheme in (None, ORDINARY)]
        wanted = max(1, round(per_300 * len(vacancies) / 300))
        for vacancy in rng.sample(fitting, min(wanted, len(fitting))):
            vacancy.scheme = key
    for applicant in applicants:
        group, main = applicant.target_group, applicant.members[0]
        measure = None
        if group == "young" and rng.random() < 0.4:
            measure = rng.choice(("bostøtte", "efterværn"))
        elif group in ("housing_first", "other") and rng.random() < 0.3:
            measure = "bostøtte"
        # (add_part: the applicants are stored, and appending to `main.facts` would read each
        # member's facts back first)
        if measure is not None:
            start = today - dt.timedelta(days=rng.randint(20, 700))
            add_part(main, LegalFact(kind=LegalFactKind.SUPPORT, label=measure, start_date=start))
        if group in ("young", "housing_first") and rng.random() < 0.25:
            add_part(
                main,
                LegalFact(
                    kind=LegalFactKind.DISPENSATION,
                    label="studiekrav",
                    start_date=today - dt.timedelta(days=rng.randint(5, 200)),
                ),
            )


# --- vacancies --------------------------------------------------------------------------------

DAYS_BACK = 90  # the demo's vacancies were reported over the last 90 days

# Monthly rent incl. a conto around the relevance ceilings (most relevant, some not).
_TYPICAL_TOTAL = {
    DwellingType.YOUTH: {1: 3600, 2: 4100},
    DwellingType.FAMILY: {1: 4300, 2: 5000, 3: 5900, 4: 6800, 5: 7400},
    DwellingType.ELDERLY: {1: 4600, 2: 5300},
    DwellingType.OTHER: {1: 4500, 2: 5200, 3: 6000},
}


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
    """A dwelling as an organisation reports it; the desk's decisions come later."""
    department, _colour = rng.choice(departments)
    kind = rng.choices(list(DwellingType), [70, 20, 8, 2])[0]
    rooms = rng.choice((1, 1, 2)) if kind == DwellingType.YOUTH else rng.choice((1, 2, 2, 3, 3, 4))
    if kind == DwellingType.ELDERLY:
        rooms = rng.choice((1, 2, 2))
    bands = _TYPICAL_TOTAL[kind]
    typical = bands.get(rooms, max(bands.values()))
    heating = Decimal(rng.choice((350, 400, 450, 500, 575)))
    water = Decimal(rng.choice((0, 100, 125, 150)))
    total = typical * rng.uniform(0.78, 1.12)
    rent = Decimal(max(1500, round((total - float(heating + water)) / 25) * 25))
    area = round(rooms * rng.uniform(22, 30) + 14, 1)
    reported = today - dt.timedelta(days=rng.randint(0, DAYS_BACK))
    available = reported + dt.timedelta(days=rng.randint(3, 21))
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
        aconto_heating=heating,
        aconto_water=water or None,
        deposit=rent * 3,
        available_from=available,
        reported_on=reported,
        at_disposal_from=available,
        desk_deadline=add_working_days(available, 7),
        elevator=None if terraced else rng.random() < 0.3,
        pets_allowed=rng.random() < 0.4,
        wheelchair_accessible=rng.random() < 0.05,
        step_free=terraced or floor == "st",
        viewing_contact=f"Ejendomskontoret, tlf. 96 {rng.randint(10, 99)} {rng.randint(10, 99)} "
        f"{rng.randint(10, 99)}",
        status=VacancyStatus.RECEIVED,
    )
    vacancy.events.append(
        VacancyEvent(
            at=dt.datetime.combine(reported, dt.time(10)),
            by="demo",
            to_status=VacancyStatus.RECEIVED,
            note="Indmeldt",
        )
    )
    return vacancy


def _vacancy_counts(session: Session, rng: random.Random, vacancies: Sequence[Vacancy]) -> None:
    """All vacancies ("Ledige i alt") as the organisations' files give it: per month, for the
    departments that reported dwellings that month. Every fifth organisation never sends it, so
    the quota has departments to name as lacking it."""
    reported: dict[tuple[int, dt.date], int] = {}
    organisation_of: dict[int, int] = {}
    for vacancy in vacancies:
        if vacancy.department is None:  # a private landlord's: no quota
            continue
        key = (vacancy.department.id, vacancy.reported_on.replace(day=1))
        reported[key] = reported.get(key, 0) + 1
        organisation_of[vacancy.department.id] = vacancy.department.organisation_id
    organisations = sorted(set(organisation_of.values()))
    silent = set(organisations[4::5])
    for (department_id, month), count in sorted(reported.items()):
        if organisation_of[department_id] not in silent:
            total = count + rng.randint(count, 4 * count + 1)
            record_count(session, department_id, month_of(month), total, None)
    session.flush()


# --- the desk's work over the past months ------------------------------------------------------


@contextmanager
def _history_dated_by_clock(workspace: Workspace) -> Iterator[None]:
    """The desk's past months are replayed through the real workflows with the clock set to
    each day; the dwellings' and offers' history they write is dated that day (09:00), not the
    moment the demo was made, so a detail panel's history agrees with its decision dates."""
    pool = workspace.database.engine.pool

    def dated(_mapper: object, connection: Connection, target: VacancyEvent | OfferEvent) -> None:
        if connection.engine.pool is pool:  # only this demo database's writes
            target.at = dt.datetime.combine(workspace.today(), dt.time(9))

    for model in (VacancyEvent, OfferEvent):
        event.listen(model, "before_insert", dated)
    try:
        yield
    finally:
        for model in (VacancyEvent, OfferEvent):
            event.remove(model, "before_insert", dated)


class _Desk:
    """Runs the real workflows with the clock set to the day each step happened."""

    def __init__(self, workspace: Workspace, rng: random.Random, today: dt.date) -> None:
        self.ws = workspace
        self.rng = rng
        self.today = today
        self.offers = 0

    def on(self, day: dt.date) -> None:
        self.ws.clock = lambda: day

    def decide(self) -> list[tuple[int, dt.date]]:
        """Intake decisions as proposed, 0-2 days after each report; the accepted ones."""
        with self.ws.read() as session:
            received = session.execute(
                select(Vacancy.id, Vacancy.reported_on).order_by(Vacancy.reported_on)
            ).all()
        by_day: dict[dt.date, list[int]] = {}
        for vacancy_id, reported in received:
            day = reported + dt.timedelta(days=self.rng.randint(0, 2))
            if day < self.today - dt.timedelta(days=1):
                by_day.setdefault(day, []).append(vacancy_id)
        for day in sorted(by_day):
            self.on(day)
            # A dwelling no one may be offered yet is accepted all the same, with the reason.
            confirm_proposals(
                self.ws, by_day[day], reason=translate("Demo", "The waiting list is growing")
            )
        with self.ws.read() as session:
            return [
                (vacancy_id, decided)
                for vacancy_id, decided in session.execute(
                    select(Vacancy.id, Vacancy.decided_on)
                    .where(Vacancy.status == VacancyStatus.ACCEPTED)
                    .order_by(Vacancy.decided_on, Vacancy.id)
                ).all()
                if decided is not None
            ]

    def let_out(self, vacancy_id: int, decided: dt.date) -> None:
        """Offer the dwelling to the first candidate, and go on as the replies come."""
        age = (self.today - decided).days
        if age < 3:
            return  # still waiting for the desk
        sent = decided + dt.timedelta(days=self.rng.randint(1, 3))
        self.on(sent)
        offer_id = propose_next(self.ws, vacancy_id)
        if offer_id is None:
            # Nobody on the list may have it: after a while the desk gives it back.
            if age > 10:
                self.on(decided + dt.timedelta(days=9))
                with self.ws.write() as session:
                    give_back(
                        session,
                        vacancy_id,
                        by=self.ws.user,
                        day=self.ws.today(),
                        reason="Ingen egnede boligsøgende på listen",
                    )
            return
        for _ in range(4):  # at most four candidates in turn
            if offer_id is None or sent >= self.today:
                return
            self.on(sent)
            sent_out = send_offer(self.ws, offer_id)
            self.deliver(sent_out.letter_ids, sent_out.delivery)
            self.offers += 1
            answer = sent + dt.timedelta(days=self.rng.randint(1, 4))
            roll = self.rng.random()
            if roll < 0.85 and answer >= self.today:
                return  # the reply is still awaited
            if 0.85 <= roll < 0.89:
                self.on(sent + dt.timedelta(days=1))
                withdraw_offer(self.ws, offer_id, reason="Boligorganisationen trak boligen tilbage")
                return
            if roll < 0.62:
                self.on(answer)
                accept_offer(self.ws, offer_id)
                move_in = max(answer + dt.timedelta(days=7), decided + dt.timedelta(days=14))
                if move_in < self.today and self.rng.random() < 0.9:
                    self.on(move_in - dt.timedelta(days=3))
                    enter_lease_start(self.ws, offer_id, move_in)
                return
            if roll < 0.85:
                self.on(answer)
                reason, side = self.rng.choice(_DECLINES)
                outcome = decline_offer(
                    self.ws,
                    offer_id,
                    reason_code=reason,
                    side=side,
                    text=self.rng.choice(names.DECLINE_NOTES),
                    decision_reasons="Du har afslået et passende tilbud uden gyldig grund.",
                )
                self.deliver(outcome.letter_ids)
                offer_id, sent = outcome.next_offer_id, answer  # the next offer goes out at once
                continue
            # (read only now, the one branch that needs it: nothing has changed the offer since
            # its letter went out, which is when a handed-over letter's deadline is set)
            deadline = self._deadline(offer_id)
            if deadline is None or deadline >= self.today:
                return  # no answer yet; the deadline has not passed
            self.on(deadline + dt.timedelta(days=1))
            expired = {o.offer_id: o for o in expire_overdue_outcomes(self.ws)}
            found = expired.get(offer_id)
            for outcome in expired.values():
                self.deliver(outcome.letter_ids)
            offer_id = None if found is None else found.next_offer_id
            sent = self.ws.today()

    def prepare_an_offer(self) -> None:
        """Today's work in progress: a draft offer for the most recently accepted dwelling
        that waits for one (so the demo always shows a draft, whatever the seed)."""
        with self.ws.read() as session:
            waiting = session.scalars(
                select(Vacancy.id)
                .where(Vacancy.status == VacancyStatus.ACCEPTED)
                .where(~Vacancy.id.in_(select(Offer.vacancy_id).where(Offer.open_clause())))
                .order_by(Vacancy.decided_on.desc(), Vacancy.id.desc())
            ).all()
        for vacancy_id in waiting:
            if propose_next(self.ws, vacancy_id) is not None:
                return

    def deliver(self, letter_ids: Sequence[int], channel: DeliveryChannel | None = None) -> None:
        """The day's letters go out the way each citizen receives letters (today's letters
        are left for the desk to send: the demo's work queue). `channel`: the way the step that
        made them said they go (sending an offer does), else each letter's is read."""
        if self.ws.today() >= self.today or not letter_ids:
            return
        channels: dict[int, DeliveryChannel | None]
        if channel is not None:
            channels = dict.fromkeys(letter_ids, channel)
        else:
            with self.ws.read() as session:
                channels = dict(
                    session.execute(
                        select(Letter.id, Letter.delivery).where(Letter.id.in_(list(letter_ids)))
                    ).all()
                )
        for letter_id in letter_ids:
            way = channels.get(letter_id)
            if way in (DeliveryChannel.OWN_ADDRESS, DeliveryChannel.CARE_OF):
                record_posted(self.ws, letter_id)
            elif way == DeliveryChannel.DIGITAL_POST:
                confirm_digital_post(self.ws, letter_id)
            elif way == DeliveryChannel.HAND_OVER:
                record_hand_over(self.ws, letter_id, handed_over_on=self.ws.today())

    def _deadline(self, offer_id: int) -> dt.date | None:
        with self.ws.read() as session:
            offer = session.get(Offer, offer_id)
            return None if offer is None else offer.reply_deadline


_DECLINES = (  # mostly refusals without a removal, as at a real desk
    ("area", DeclineSide.CITIZEN),
    ("health", DeclineSide.CITIZEN),
    ("health", DeclineSide.CITIZEN),
    ("other", DeclineSide.CITIZEN),
    ("org_refused", DeclineSide.ORGANISATION),
    ("org_refused", DeclineSide.ORGANISATION),
)
