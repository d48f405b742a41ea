"""Reading what the rules need: the dwelling's context, and applicants as plain tuples.

The ranking reads only applicants that the SQL prefilter lets through (status, open offers,
rent, rooms, needs, pets, exclusions, earlier refusals: every rule marked `in_sql`), then
judges the rest in Python. The household's legal facts are loaded only when the department is
on a ministry list, and then only for the applicants that are still in the running.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, fields
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    String,
    and_,
    func,
    literal,
    not_,
    or_,
    select,
    type_coerce,
)
from sqlalchemy.orm import Session, joinedload

from db.base import Money
from db.enums import ApplicantStatus, OfferStatus, Urgency
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
from desktop.core.matching.context import NO_DEPARTMENT, VacancyContext
from desktop.core.matching.model import (
    ApplicantFacts,
    Fact,
    FactsRow,
    Member,
    add_months,
    as_facts,
)
from desktop.core.matching.settings import RuleSettings, rule_settings
from desktop.core.schemes.settings import SCHEMES, Schemes
from desktop.core.settings import TARGET_GROUPS, TargetGroups

REFUSED = (OfferStatus.DECLINED.value, OfferStatus.EXPIRED.value)
ON_LIST = (ApplicantStatus.ACTIVE, ApplicantStatus.OFFERED, ApplicantStatus.PAUSED)
"""The statuses of an applicant on the list (housed and removed close the case)."""
ID_CHUNK = 900  # ids per IN (...) list: below every SQLite build's parameter limit


# With its department (its context reads it) and the department's organisation (the candidate
# list names it): one query, not three. Made once, not for each dwelling read.
_VACANCY_WITH_PARTS = (joinedload(Vacancy.department).joinedload(Department.organisation),)


def load_vacancy(session: Session, vacancy_id: int) -> Vacancy:
    vacancy = session.get(Vacancy, vacancy_id, options=_VACANCY_WITH_PARTS)
    if vacancy is None:
        raise NotFound(
            translate("Matching", "There is no dwelling number {id}.").format(id=vacancy_id)
        )
    return vacancy


@dataclass(frozen=True)
class DaySettings(RuleSettings):
    """The settings in force on one day that the judgement of every dwelling shares."""

    day: dt.date
    target_groups: TargetGroups
    schemes: Schemes


@dataclass(frozen=True)
class Common(DaySettings):
    """What the judgement of every dwelling on one day shares: the settings in force then and
    the applicants with an open offer (read once when many dwellings are judged)."""

    open_offer: frozenset[int]


def settings_on(session: Session, day: dt.date) -> DaySettings:
    return DaySettings(
        **rule_settings(session, day),
        day=day,
        target_groups=settings.get(session, TARGET_GROUPS, day),
        schemes=settings.get(session, SCHEMES, day),
    )


def common_on(session: Session, day: dt.date) -> Common:
    day_settings = settings_on(session, day)
    shared = {f.name: getattr(day_settings, f.name) for f in fields(day_settings)}
    return Common(**shared, open_offer=with_open_offer(session))


def ctx_department(vacancy: Vacancy) -> int:
    """The dwelling's department as its context holds it (`NO_DEPARTMENT` for a landlord's)."""
    return NO_DEPARTMENT if vacancy.department_id is None else vacancy.department_id


def departments_of(vacancies: Iterable[Vacancy]) -> set[int]:
    """The departments the dwellings lie in (a private landlord's lies in none)."""
    return {v.department_id for v in vacancies if v.department_id is not None}


def context_of(
    session: Session,
    vacancy: Vacancy,
    day: dt.date,
    *,
    common: DaySettings | None = None,
    colour: ColourStatus | None = None,
) -> VacancyContext:
    """The context of `vacancy` on `day`: its colour and lists, the settings in force, and the
    applicants with an open offer when `common` holds them or is not given (else the context's
    `open_offer` is None: `Sets.read` reads them). A private landlord's dwelling lies in no
    department: it has no colour, no lists and no department to exclude, and the rules about
    those do not apply to it."""
    shared = common if common is not None and common.day == day else common_on(session, day)
    department: Department | None = vacancy.department
    if department is None:
        where: dict[str, Any] = {
            "department_id": NO_DEPARTMENT,
            "postcode": vacancy.postcode,
            "city": vacancy.city,
            "landlord": True,
            "placed": False,
            "colour": None,
            "colour_snapshot": {"landlord_id": vacancy.landlord_id},
        }
    else:
        status = colour or colour_status(session, department.id, day)
        where = {
            "department_id": department.id,
            "postcode": vacancy.postcode or department.postcode,
            "city": vacancy.city or department.city,
            "suitable_for_young": department.suitable_for_young,
            "placed": status.placed,
            "colour": status.colour,
            "may_place": status.may_place,
            "blocks_strong_area": status.blocks_strong_area_applicants,
            "lists": status.lists.kinds,
            "colour_snapshot": status.snapshot(),
        }
    return VacancyContext(
        day=day,
        vacancy_id=vacancy.id,
        dwelling_type=vacancy.dwelling_type,
        rooms=vacancy.rooms,
        monthly_total=vacancy.monthly_total,
        floor=vacancy.floor,
        elevator=vacancy.elevator,
        pets_allowed=vacancy.pets_allowed,
        wheelchair_accessible=vacancy.wheelchair_accessible,
        step_free=vacancy.step_free,
        scheme_key=vacancy.scheme,
        **where,
        target_groups=shared.target_groups,
        ranking=shared.ranking,
        occupancy=shared.occupancy,
        age=shared.age,
        benefits=shared.benefits,
        legal=shared.legal,
        schemes=shared.schemes,
        open_offer=shared.open_offer if isinstance(shared, Common) else None,
    )


def vacancy_context(session: Session, vacancy_id: int, day: dt.date) -> VacancyContext:
    """The context of one dwelling, without the applicants with an open offer (`open_offer` is
    None): its callers judge one applicant, whose own open offer they ask about, or read them
    with the dwelling's other sets (`Sets.read`)."""
    return context_of(
        session, load_vacancy(session, vacancy_id), day, common=settings_on(session, day)
    )


# --- the sets the rules ask about --------------------------------------------------------------


def with_open_offer(session: Session) -> frozenset[int]:
    """Applicants with an open (draft, sent or accepted) offer of any dwelling."""
    return frozenset(session.scalars(select(Offer.applicant_id).where(Offer.open_clause())).all())


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


# How each applicant column is read: as the driver returns it, with no per-value conversion by
# the ORM types (`Convert` converts, with caches, so that 100,000 rows stay fast).
_RAW_TYPES: dict[str, Any] = {
    **dict.fromkeys(
        ("name", "status", "paused_until", "urgency", "registered_on", "birth_date"), String
    ),
    **dict.fromkeys(("target_group", "wanted_areas"), String),
    **dict.fromkeys(
        ("max_rent", "needs_wheelchair", "needs_step_free", "needs_ground_floor", "has_pets"),
        Integer,
    ),
    "needs_strong_area": Integer,
}


def _raw(*names: str) -> list[Any]:
    """The applicant's columns `names`, read as `_RAW_TYPES` says (the others as they are)."""
    return [
        type_coerce(getattr(Applicant, name), _RAW_TYPES[name])
        if name in _RAW_TYPES
        else getattr(Applicant, name)
        for name in names
    ]


def _columns() -> list[Any]:
    """Every applicant column the rules read, in the order `_facts_of` takes them."""
    return [
        *_raw(
            "id", "name", "status", "paused_until", "urgency", "registered_on", "birth_date",
            "target_group", "max_rent", "rooms_min", "rooms_max", "needs_wheelchair",
            "needs_step_free", "needs_ground_floor", "has_pets", "needs_strong_area",
            "wanted_areas",
        ),
        _household_size(),
    ]  # fmt: skip


_ACTIVE = ApplicantStatus.ACTIVE.value


class Convert:
    """Raw driver values to the tuple's types, each distinct value converted once (dates as
    text on SQLite, objects on PostgreSQL; money as whole øre; JSON as text or a list)."""

    def __init__(self) -> None:
        self.dates: dict[Any, dt.date | None] = {None: None}
        self.days: dict[Any, dt.date] = {}
        self.money: dict[Any, Decimal | None] = {None: None}
        self.areas: dict[Any, tuple[str, ...]] = {None: (), "[]": ()}
        # codes as the driver gives them -> the same codes, each one str object (an unknown
        # code is a KeyError)
        self.status = {s.value: s.value for s in ApplicantStatus}
        self.urgency = {u.value: u.value for u in Urgency}

    def day(self, value: Any) -> dt.date:
        """A date that is never missing (the registration date)."""
        day = value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])
        self.days[value] = day
        return day

    def date(self, value: Any) -> dt.date | None:
        try:
            return self.dates[value]
        except KeyError:
            day = value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])
            self.dates[value] = day
            return day

    def amount(self, value: Any) -> Decimal | None:
        try:
            return self.money[value]
        except KeyError:
            amount = (Decimal(int(value)) / 100).quantize(Decimal("0.01"))
            self.money[value] = amount
            return amount

    def narrow(self, rows: Iterable[Any]) -> list[FactsRow]:
        """Rows of `_narrow_columns` (applicants the prefilter passed: active, no needs the
        dwelling does not meet, ...) as plain tuples of `ApplicantFacts`' fields; one tight
        loop, for 100,000 applicants."""
        dates, money, areas, urgencies = self.dates, self.money, self.areas, self.urgency
        days = self.days
        result: list[FactsRow] = []
        append = result.append
        for ident, name, urgency, registered, born, group, limit, rooms_min, wanted, size in rows:
            reg = days[registered] if registered in days else self.day(registered)
            birth = dates[born] if born in dates else self.date(born)
            rent = money[limit] if limit in money else self.amount(limit)
            if wanted.__class__ is list:
                wish = tuple(str(w) for w in wanted)
            else:
                wish = areas[wanted] if wanted in areas else self.wanted(wanted)
            append(
                (ident, name, _ACTIVE, None, urgencies[urgency], reg, birth, group, rent,
                 rooms_min, None, False, False, False, False, False, wish, size or 0, False,
                 False, False, None)
            )  # fmt: skip
        return result

    def wanted(self, value: Any) -> tuple[str, ...]:
        if isinstance(value, list):
            return tuple(str(v) for v in value)
        try:
            return self.areas[value]
        except KeyError:
            parsed = json.loads(value) if isinstance(value, str) else value
            areas = tuple(str(v) for v in parsed or ())
            self.areas[value] = areas
            return areas


def _not_in(column: Any, ids: Iterable[int]) -> list[ColumnElement[bool]]:
    values = sorted(ids)
    return [column.not_in(values)] if values else []


def _rent(ctx: VacancyContext) -> Any:
    """The monthly total as a parameter of the rent column's type (whole øre)."""
    return literal(ctx.monthly_total, Money())


def prefilter_conditions(ctx: VacancyContext, sets: Sets) -> list[ColumnElement[bool]]:
    """The SQL form of every rule marked `in_sql` (see rules.py), for this dwelling."""
    where: list[ColumnElement[bool]] = [
        Applicant.anonymised_at.is_(None),
        # one IN (...) that the status index serves, then the pause's end
        Applicant.status.in_(ON_LIST),
        or_(Applicant.status != ApplicantStatus.PAUSED, Applicant.paused_until < ctx.day),
        # coalesce(...): the same as "no limit or at least the rent", and it keeps SQLite from
        # walking the rent index for half the list instead of the status index
        func.coalesce(Applicant.max_rent, _rent(ctx)) >= _rent(ctx),
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
    where += _age_conditions(ctx)
    return where


def _age_conditions(ctx: VacancyContext) -> list[ColumnElement[bool]]:
    """Age separation (rules `age_young`, `age_older`): born after `older_from` = at most
    `young_to` years old; born on or before `young_from` = at least `young_from` years old.
    Without a birth date the target group decides (a young-flagged group is young)."""
    separated = sorted(ctx.separated_groups)
    if not separated:
        return []
    young_groups = sorted(ctx.young_groups)
    older_from = add_months(ctx.day, -12 * (ctx.age.young_to + 1))
    young_from = add_months(ctx.day, -12 * ctx.age.young_from)
    born = Applicant.birth_date
    group = Applicant.target_group
    not_separated = group.not_in(separated)
    if ctx.is_youth:  # keep out the older ones
        return [
            or_(
                not_separated,
                and_(born.is_(None), group.in_(young_groups)),
                and_(born.is_not(None), born > older_from),
            )
        ]
    if ctx.takes_young:
        return []
    return [  # keep out the young ones
        or_(
            not_separated,
            and_(born.is_(None), group.not_in(young_groups)),
            and_(born.is_not(None), or_(born <= older_from, born > young_from)),
        )
    ]


def _narrow_columns() -> list[Any]:
    """What the rules left after the prefilter (age, household, legal facts) and the ranking
    read: the other columns are settled by the prefilter's conditions."""
    return [
        *_raw(
            "id", "name", "urgency", "registered_on", "birth_date", "target_group", "max_rent",
            "rooms_min", "wanted_areas",
        ),
        _household_size(),
    ]  # fmt: skip


def prefilter_query(ctx: VacancyContext, sets: Sets) -> Select[Any]:
    return select(*_narrow_columns()).where(*prefilter_conditions(ctx, sets))


def _row_of(row: Any, sets: Sets | None, convert: Convert) -> FactsRow:
    """A row of `_columns` as a plain row of `ApplicantFacts`' fields (see `as_facts`)."""
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
    return (
        applicant_id,
        name,
        convert.status[status],
        convert.date(paused_until),
        convert.urgency[urgency],
        convert.days[registered_on]
        if registered_on in convert.days
        else convert.day(registered_on),
        convert.date(birth_date),
        target_group,
        convert.amount(max_rent),
        rooms_min,
        rooms_max,
        bool(wheelchair),
        bool(step_free),
        bool(ground_floor),
        bool(pets),
        bool(strong_area),
        convert.wanted(wanted),
        household or 0,
        sets is not None and applicant_id in sets.open_offer,
        sets is not None and applicant_id in sets.excluding,
        sets is not None and applicant_id in sets.refused,
        None,
    )


def prefiltered(session: Session, ctx: VacancyContext, sets: Sets) -> list[FactsRow]:
    """The applicants the SQL prefilter lets through (no legal facts yet), as plain rows
    (`as_facts` reads one)."""
    if not ctx.may_place:
        return []
    # Converted as they are fetched: a list of every row first would double the objects alive
    # at once (and the garbage collector's work).
    return Convert().narrow(session.connection().execute(prefilter_query(ctx, sets)))


def applicants_by_id(
    session: Session, sets: Sets | None, *, chunk: int = 5000, ids: Sequence[int] | None = None
) -> Iterator[list[ApplicantFacts]]:
    """Every applicant (not anonymised), or those in `ids`, in chunks in id order."""
    convert = Convert()
    if ids is not None:
        for start in range(0, len(ids), ID_CHUNK):
            part = list(ids[start : start + ID_CHUNK])
            rows = session.execute(
                select(*_columns()).where(Applicant.id.in_(part)).order_by(Applicant.id)
            ).all()
            yield [as_facts(_row_of(row, sets, convert)) for row in rows]
        return
    last = 0
    while True:
        found = applicants_after(session, sets, after=last, limit=chunk, convert=convert)
        if not found:
            return
        last = found[-1].id
        yield found


def applicants_after(
    session: Session,
    sets: Sets | None,
    *,
    after: int,
    limit: int,
    where: Sequence[ColumnElement[bool]] = (),
    convert: Convert | None = None,
) -> list[ApplicantFacts]:
    """The next `limit` applicants (not anonymised) after number `after` that meet `where`, in
    number order."""
    rows = session.connection().execute(  # Core: no ORM work per row
        select(*_columns())
        .where(Applicant.anonymised_at.is_(None), Applicant.id > after, *where)
        .order_by(Applicant.id)
        .limit(limit)
    )
    convert = convert or Convert()
    return [as_facts(_row_of(row, sets, convert)) for row in rows]


def applicant_columns() -> list[Any]:
    """The columns of an applicant as `facts_of_rows` reads them (for a query of one's own)."""
    return _columns()


def facts_of_rows(rows: Iterable[Any]) -> list[FactsRow]:
    """Rows of `applicant_columns` as plain rows (no per-dwelling flags set; `as_facts` reads
    one)."""
    convert = Convert()
    return [_row_of(row, None, convert) for row in rows]


def count_applicants(session: Session) -> int:
    return int(
        session.scalar(
            select(func.count()).select_from(Applicant).where(Applicant.anonymised_at.is_(None))
        )
        or 0
    )


# --- legal facts -------------------------------------------------------------------------------


def _fact_query() -> Select[Any]:
    """Each legal fact with its member and applicant, a household's rows one after another."""
    columns: list[Any] = [
        HouseholdMember.applicant_id,
        HouseholdMember.id,
        HouseholdMember.birth_date,
        type_coerce(LegalFact.kind, String),  # its code (see ApplicantFacts)
        LegalFact.label,
        LegalFact.start_date,
        LegalFact.end_date,
    ]
    return (
        select(*columns)
        .join(LegalFact, LegalFact.member_id == HouseholdMember.id)
        .order_by(HouseholdMember.applicant_id, HouseholdMember.id, LegalFact.id)
    )


def _group(rows: Iterable[Any]) -> dict[int, tuple[Member, ...]]:
    """Rows of `_fact_query` by applicant, as plain tuples of plain values that alike households
    share, with no container per applicant on the way: the counts keep every household's facts
    while they judge, and the garbage collector stops walking such a tuple once it has seen it
    (see `Fact`)."""
    found: dict[int, tuple[Member, ...]] = {}
    shared: dict[Any, Any] = {}

    def one(value: Any) -> Any:
        return shared.setdefault(value, value)  # the first of equal values, kept for all

    household: list[Member] = []
    facts: list[Fact] = []
    applicant = member = 0  # no one's number
    birth: dt.date | None = None
    for applicant_id, member_id, born, kind, label, start, end in rows:
        if member_id != member:
            if facts:
                household.append(one((birth, one(tuple(facts)))))
                facts.clear()
            if applicant_id != applicant:
                if household:
                    found[applicant] = one(tuple(household))
                    household.clear()
                applicant = applicant_id
            member, birth = member_id, born
        facts.append(one((kind, label, start, end)))
    if facts:
        household.append(one((birth, one(tuple(facts)))))
    if household:
        found[applicant] = one(tuple(household))
    return found


def legal_facts(session: Session, applicant_ids: Sequence[int]) -> dict[int, tuple[Member, ...]]:
    """The household members with legal facts of the given applicants, by applicant."""
    connection = session.connection()  # Core: no ORM work per row
    return _group(
        row
        for start in range(0, len(applicant_ids), ID_CHUNK)
        for row in connection.execute(
            _fact_query().where(
                HouseholdMember.applicant_id.in_(applicant_ids[start : start + ID_CHUNK])
            )
        )
    )


def legal_facts_from_to(session: Session, first: int, last: int) -> dict[int, tuple[Member, ...]]:
    """The household members with legal facts of the applicants numbered `first` to `last`
    (one query for a chunk read in number order)."""
    chunk = _fact_query().where(HouseholdMember.applicant_id.between(first, last))
    return _group(session.connection().execute(chunk))  # Core: no ORM work per row


def all_legal_facts(session: Session) -> dict[int, tuple[Member, ...]]:
    """Every household member with legal facts, by applicant (for judging everyone)."""
    return _group(session.connection().execute(_fact_query()))  # Core, a row at a time


def ids_of(rows: Iterable[FactsRow]) -> list[int]:
    """The applicants' numbers (the first field of `ApplicantFacts`)."""
    return [row[0] for row in rows]


def with_members(rows: Iterable[FactsRow], facts: dict[int, tuple[Member, ...]]) -> list[FactsRow]:
    """The rows (`ApplicantFacts` or plain) as plain rows with their household's legal facts
    (`members`, the last field)."""
    return [(*row[:-1], facts.get(row[0], ())) for row in rows]
