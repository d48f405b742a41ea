"""Reading what the rules need: the dwelling's context, and applicants as plain tuples.

The ranking reads only applicants that the SQL prefilter lets through (status, open offers,
rent, rooms, needs, pets, exclusions, earlier refusals: every rule marked `in_sql`), then
judges the rest in Python. The household's legal facts are loaded only when the department is
on a ministry list, and then only for the applicants that are still in the running.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, not_, or_, select
from sqlalchemy.orm import Session

from db.enums import ApplicantStatus, OfferStatus
from db.models import (
    Applicant,
    ApplicantExcludedDepartment,
    Department,
    HouseholdMember,
    LegalFact,
    Offer,
    Vacancy,
)
from desktop.core import settings
from desktop.core.colours import ColourStatus, colour_status
from desktop.core.errors import NotFound
from desktop.core.i18n import translate
from desktop.core.matching.context import VacancyContext
from desktop.core.matching.model import ApplicantFacts, Fact, Member
from desktop.core.matching.settings import (
    AGE_SEPARATION,
    BENEFIT_GROUPS,
    LEGAL_BLOCKS,
    OCCUPANCY_NORM,
    RANKING,
    AgeSeparation,
    BenefitGroups,
    LegalBlocks,
    OccupancyNorm,
    Ranking,
)
from desktop.core.settings import TARGET_GROUPS, TargetGroups

OPEN = tuple(s.value for s in (OfferStatus.DRAFT, OfferStatus.SENT, OfferStatus.ACCEPTED))
REFUSED = (OfferStatus.DECLINED.value, OfferStatus.EXPIRED.value)
ID_CHUNK = 900  # ids per IN (...) list: below every SQLite build's parameter limit


def load_vacancy(session: Session, vacancy_id: int) -> Vacancy:
    vacancy = session.get(Vacancy, vacancy_id)
    if vacancy is None:
        raise NotFound(
            translate("Matching", "There is no dwelling number {id}.").format(id=vacancy_id)
        )
    return vacancy


@dataclass(frozen=True)
class Common:
    """What the judgement of every dwelling on one day shares: the settings in force then and
    the applicants with an open offer (read once when many dwellings are judged)."""

    day: dt.date
    target_groups: TargetGroups
    ranking: Ranking
    occupancy: OccupancyNorm
    age: AgeSeparation
    benefits: BenefitGroups
    legal: LegalBlocks
    open_offer: frozenset[int]


def common_on(session: Session, day: dt.date) -> Common:
    return Common(
        day=day,
        target_groups=settings.get(session, TARGET_GROUPS, day),
        ranking=settings.get(session, RANKING, day),
        occupancy=settings.get(session, OCCUPANCY_NORM, day),
        age=settings.get(session, AGE_SEPARATION, day),
        benefits=settings.get(session, BENEFIT_GROUPS, day),
        legal=settings.get(session, LEGAL_BLOCKS, day),
        open_offer=with_open_offer(session),
    )


def context_of(
    session: Session,
    vacancy: Vacancy,
    day: dt.date,
    *,
    common: Common | None = None,
    colour: ColourStatus | None = None,
) -> VacancyContext:
    """The context of `vacancy` on `day`: its colour and lists, the settings in force."""
    department: Department = vacancy.department
    status = colour or colour_status(session, department.id, day)
    shared = common if common is not None and common.day == day else common_on(session, day)
    return VacancyContext(
        day=day,
        vacancy_id=vacancy.id,
        department_id=department.id,
        dwelling_type=vacancy.dwelling_type,
        rooms=vacancy.rooms,
        monthly_total=vacancy.monthly_total,
        floor=vacancy.floor,
        elevator=vacancy.elevator,
        pets_allowed=vacancy.pets_allowed,
        wheelchair_accessible=vacancy.wheelchair_accessible,
        step_free=vacancy.step_free,
        postcode=vacancy.postcode or department.postcode,
        city=vacancy.city or department.city,
        suitable_for_young=department.suitable_for_young,
        placed=status.placed,
        colour=status.colour,
        may_place=status.may_place,
        blocks_strong_area=status.blocks_strong_area_applicants,
        lists=status.lists.kinds,
        colour_snapshot=status.snapshot(),
        target_groups=shared.target_groups,
        ranking=shared.ranking,
        occupancy=shared.occupancy,
        age=shared.age,
        benefits=shared.benefits,
        legal=shared.legal,
        open_offer=shared.open_offer,
    )


def vacancy_context(session: Session, vacancy_id: int, day: dt.date) -> VacancyContext:
    return context_of(session, load_vacancy(session, vacancy_id), day)


# --- the sets the rules ask about --------------------------------------------------------------


def with_open_offer(session: Session) -> frozenset[int]:
    """Applicants with an open (draft, sent or accepted) offer of any dwelling."""
    return frozenset(
        session.scalars(select(Offer.applicant_id).where(Offer.status.in_(OPEN))).all()
    )


def refused(session: Session, vacancy_id: int) -> frozenset[int]:
    """Applicants who declined the dwelling, or let its offer expire."""
    return frozenset(
        session.scalars(
            select(Offer.applicant_id).where(
                Offer.vacancy_id == vacancy_id, Offer.status.in_(REFUSED)
            )
        ).all()
    )


def excluding(session: Session, department_id: int) -> frozenset[int]:
    """Applicants who must not be offered a dwelling in the department."""
    return frozenset(
        session.scalars(
            select(ApplicantExcludedDepartment.applicant_id).where(
                ApplicantExcludedDepartment.department_id == department_id
            )
        ).all()
    )


@dataclass(frozen=True)
class Sets:
    """The applicants with an open offer, who refused this dwelling, or exclude its
    department."""

    open_offer: frozenset[int]
    refused: frozenset[int]
    excluding: frozenset[int]

    @classmethod
    def read(cls, session: Session, ctx: VacancyContext) -> Sets:
        open_offer = ctx.open_offer if ctx.open_offer is not None else with_open_offer(session)
        return cls(
            open_offer, refused(session, ctx.vacancy_id), excluding(session, ctx.department_id)
        )


# --- applicants as tuples ----------------------------------------------------------------------


def _household_size() -> Any:
    return (
        select(func.count(HouseholdMember.id))
        .where(HouseholdMember.applicant_id == Applicant.id)
        .correlate(Applicant)
        .scalar_subquery()
    )


def _columns() -> list[Any]:
    return [
        Applicant.id,
        Applicant.name,
        Applicant.status,
        Applicant.paused_until,
        Applicant.urgency,
        Applicant.registered_on,
        Applicant.birth_date,
        Applicant.target_group,
        Applicant.max_rent,
        Applicant.rooms_min,
        Applicant.rooms_max,
        Applicant.needs_wheelchair,
        Applicant.needs_step_free,
        Applicant.needs_ground_floor,
        Applicant.has_pets,
        Applicant.needs_strong_area,
        Applicant.wanted_areas,
        _household_size(),
    ]


def _not_in(column: Any, ids: Iterable[int]) -> list[ColumnElement[bool]]:
    values = sorted(ids)
    return [column.not_in(values)] if values else []


def prefilter_conditions(ctx: VacancyContext, sets: Sets) -> list[ColumnElement[bool]]:
    """The SQL form of every rule marked `in_sql` (see rules.py), for this dwelling."""
    where: list[ColumnElement[bool]] = [
        Applicant.anonymised_at.is_(None),
        or_(
            Applicant.status.in_((ApplicantStatus.ACTIVE, ApplicantStatus.OFFERED)),
            and_(Applicant.status == ApplicantStatus.PAUSED, Applicant.paused_until < ctx.day),
        ),
        or_(Applicant.max_rent.is_(None), Applicant.max_rent >= ctx.monthly_total),
    ]
    where += _not_in(Applicant.id, sets.open_offer | sets.refused | sets.excluding)
    if ctx.rooms is not None:
        where.append(or_(Applicant.rooms_min.is_(None), Applicant.rooms_min <= ctx.rooms))
        where.append(or_(Applicant.rooms_max.is_(None), Applicant.rooms_max >= ctx.rooms))
    if not ctx.wheelchair_accessible:
        where.append(not_(Applicant.needs_wheelchair))
    if not ctx.step_free_access:
        where.append(not_(Applicant.needs_step_free))
    if not ctx.ground_floor:
        where.append(not_(Applicant.needs_ground_floor))
    if not ctx.pets_allowed:
        where.append(not_(Applicant.has_pets))
    if ctx.blocks_strong_area:
        where.append(not_(Applicant.needs_strong_area))
    if ctx.disadvantaged and ctx.refugee_groups:
        where.append(Applicant.target_group.not_in(sorted(ctx.refugee_groups)))
    return where


def prefilter_query(ctx: VacancyContext, sets: Sets) -> Select[Any]:
    return select(*_columns()).where(*prefilter_conditions(ctx, sets))


def _facts_of(row: Any, sets: Sets | None) -> ApplicantFacts:
    (
        applicant_id,
        name,
        status,
        paused_until,
        urgency,
        registered_on,
        birth_date,
        target_group,
        max_rent,
        rooms_min,
        rooms_max,
        wheelchair,
        step_free,
        ground_floor,
        pets,
        strong_area,
        wanted,
        household,
    ) = row
    return ApplicantFacts(
        applicant_id,
        name,
        status,
        paused_until,
        urgency,
        registered_on,
        birth_date,
        target_group,
        max_rent,
        rooms_min,
        rooms_max,
        bool(wheelchair),
        bool(step_free),
        bool(ground_floor),
        bool(pets),
        bool(strong_area),
        tuple(str(w) for w in wanted) if wanted else (),
        int(household or 0),
        open_offer=sets is not None and applicant_id in sets.open_offer,
        excluded_here=sets is not None and applicant_id in sets.excluding,
        declined_here=sets is not None and applicant_id in sets.refused,
    )


def prefiltered(session: Session, ctx: VacancyContext, sets: Sets) -> list[ApplicantFacts]:
    """The applicants the SQL prefilter lets through (no legal facts yet)."""
    if not ctx.may_place:
        return []
    rows = session.execute(prefilter_query(ctx, sets)).all()
    return [_facts_of(row, None) for row in rows]


def applicants_by_id(
    session: Session, sets: Sets | None, *, chunk: int = 5000, ids: Sequence[int] | None = None
) -> Iterator[list[ApplicantFacts]]:
    """Every applicant (not anonymised), or those in `ids`, in chunks in id order."""
    if ids is not None:
        for start in range(0, len(ids), ID_CHUNK):
            part = list(ids[start : start + ID_CHUNK])
            rows = session.execute(
                select(*_columns()).where(Applicant.id.in_(part)).order_by(Applicant.id)
            ).all()
            yield [_facts_of(row, sets) for row in rows]
        return
    last = 0
    while True:
        rows = session.execute(
            select(*_columns())
            .where(Applicant.anonymised_at.is_(None), Applicant.id > last)
            .order_by(Applicant.id)
            .limit(chunk)
        ).all()
        if not rows:
            return
        last = rows[-1][0]
        yield [_facts_of(row, sets) for row in rows]


def count_applicants(session: Session) -> int:
    return int(
        session.scalar(
            select(func.count()).select_from(Applicant).where(Applicant.anonymised_at.is_(None))
        )
        or 0
    )


# --- legal facts -------------------------------------------------------------------------------


def _fact_columns() -> list[Any]:
    return [
        HouseholdMember.applicant_id,
        HouseholdMember.id,
        HouseholdMember.birth_date,
        LegalFact.kind,
        LegalFact.label,
        LegalFact.start_date,
        LegalFact.end_date,
    ]


def _group(rows: Iterable[Any]) -> dict[int, tuple[Member, ...]]:
    members: dict[int, dict[int, tuple[dt.date | None, list[Fact]]]] = {}
    for applicant_id, member_id, birth, kind, label, start, end in rows:
        household = members.setdefault(applicant_id, {})
        entry = household.setdefault(member_id, (birth, []))
        entry[1].append(Fact(kind, label, start, end))
    return {
        applicant_id: tuple(Member(birth, tuple(facts)) for birth, facts in household.values())
        for applicant_id, household in members.items()
    }


def legal_facts(session: Session, applicant_ids: Sequence[int]) -> dict[int, tuple[Member, ...]]:
    """The household members with legal facts of the given applicants, by applicant."""
    rows: list[Any] = []
    query = select(*_fact_columns()).join(LegalFact, LegalFact.member_id == HouseholdMember.id)
    for start in range(0, len(applicant_ids), ID_CHUNK):
        part = list(applicant_ids[start : start + ID_CHUNK])
        rows.extend(session.execute(query.where(HouseholdMember.applicant_id.in_(part))).all())
    return _group(rows)


def all_legal_facts(session: Session) -> dict[int, tuple[Member, ...]]:
    """Every household member with legal facts, by applicant (for judging everyone)."""
    query = select(*_fact_columns()).join(LegalFact, LegalFact.member_id == HouseholdMember.id)
    return _group(session.execute(query).all())


def with_members(
    applicants: Iterable[ApplicantFacts], facts: dict[int, tuple[Member, ...]]
) -> list[ApplicantFacts]:
    return [a._replace(members=facts.get(a.id, ())) for a in applicants]
