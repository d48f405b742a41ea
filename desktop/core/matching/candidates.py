"""Candidates for a vacancy: the ranked list, every excluded applicant with every rule that
excludes them, and the reverse view (suitable vacancies for one applicant).

    ranking = rank_candidates(ws, vacancy_id)          # fast: SQL prefilter + Python rules
    ranking.candidates[0].applicant_id, ranking.reasons(0)
    excluded = yield from excluded_applicants(ws, vacancy_id)   # a generator of progress
    suitable_vacancies(ws, applicant_id)

Session-level twins (`ranking_in`, `has_eligible_in`) serve the offer workflow inside its own
transaction.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Generator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.enums import ApplicantStatus, Colour, DwellingType, ListKind, Urgency, VacancyStatus
from db.models import ApplicantExcludedDepartment, Offer, Vacancy
from desktop.core.colours import colour_statuses
from desktop.core.errors import NotFound
from desktop.core.i18n import translate
from desktop.core.intake.address import format_address
from desktop.core.matching import load, rules
from desktop.core.matching.context import VacancyContext
from desktop.core.matching.load import ctx_department, departments_of
from desktop.core.matching.model import ApplicantFacts, Reason, as_facts
from desktop.core.matching.ranking import Ranking, fit_of, rank, reasons, score_of
from desktop.core.matching.settings import Criterion
from desktop.core.registry import partners
from desktop.core.rent_loss import rent_loss
from desktop.core.settings import to_json
from desktop.core.workspace import Workspace


@dataclass(frozen=True)
class VacancyInfo:
    """The dwelling as the candidate view's heading shows it."""

    id: int
    status: VacancyStatus
    address: str
    postcode_city: str
    organisation: str
    department: str
    dwelling_type: DwellingType
    rooms: float | None
    area_m2: float | None
    monthly_total: Decimal
    colour: Colour | None
    lists: tuple[ListKind, ...]
    at_disposal_from: dt.date | None
    desk_deadline: dt.date | None
    rent_loss: Decimal
    scheme_name: str = ""  # the housing scheme, as in force on the day


def vacancy_info(vacancy: Vacancy, ctx: VacancyContext) -> VacancyInfo:
    letting = partners.of_vacancy(vacancy)
    return VacancyInfo(
        id=vacancy.id,
        status=vacancy.status,
        address=format_address(vacancy.street, vacancy.house_number, vacancy.floor, vacancy.door),
        postcode_city=" ".join(p for p in (vacancy.postcode, vacancy.city) if p),
        organisation=letting.organisation,
        department=letting.department,
        dwelling_type=vacancy.dwelling_type,
        rooms=vacancy.rooms,
        area_m2=vacancy.area_m2,
        monthly_total=vacancy.monthly_total,
        colour=ctx.colour,
        lists=tuple(sorted(ctx.lists)),
        at_disposal_from=vacancy.at_disposal_from,
        desk_deadline=vacancy.desk_deadline,
        rent_loss=rent_loss(
            vacancy.monthly_total,
            vacancy.at_disposal_from,
            until=ctx.day,
            lease_start=vacancy.lease_start,
            given_back_on=vacancy.given_back_on,
        ),
        scheme_name=ctx.scheme.name,
    )


@dataclass(frozen=True)
class CandidateList:
    """The ranking of one dwelling on one day."""

    vacancy: VacancyInfo
    day: dt.date
    order: tuple[Criterion, ...]
    candidates: Ranking
    considered: int  # applicants the Python rules judged (after the SQL prefilter)
    blocked: Reason | None  # a rule that excludes everyone (the department's colour)
    context: VacancyContext = field(repr=False, compare=False)

    @property
    def note(self) -> str | None:
        """Why rules about the department do not apply, if they do not (a landlord's)."""
        return rules.not_applying(self.context)

    def reasons(self, index: int) -> list[Reason]:
        """Why the candidate at `index` stands where it does."""
        return reasons(self.context, self.candidates, index)

    def group_label(self, code: str) -> str:
        """The target group as the desk names it."""
        group = self.context.target_groups.by_code(code)
        return code if group is None else group.label

    def index_of(self, applicant_id: int) -> int | None:
        return self.candidates.index_of(applicant_id)

    def entry_json(self, index: int) -> dict[str, Any]:
        candidate = self.candidates[index]
        return {
            "applicant_id": candidate.applicant_id,
            "rank": candidate.rank,
            "score": candidate.score,
            "reasons": [r.as_json() for r in self.reasons(index)],
        }

    def snapshot(self, chosen_applicant_id: int, *, top: int = 20) -> dict[str, Any]:
        """What is stored with an offer: the ranking as it stood, the chosen one's entry, the
        colour and settings it was made under."""
        index = self.index_of(chosen_applicant_id)
        return {
            "version": 1,
            "day": self.day.isoformat(),
            "vacancy_id": self.vacancy.id,
            "order": [c.value for c in self.order],
            "eligible": len(self.candidates),
            "considered": self.considered,
            "chosen": None if index is None else self.entry_json(index),
            "ranked": [self.entry_json(i) for i in range(min(top, len(self.candidates)))],
            "colour": self.context.colour_snapshot,
            "settings": {
                "ranking": _plain(self.context.ranking),
                "occupancy": _plain(self.context.occupancy),
                "age": _plain(self.context.age),
                "legal": _plain(self.context.legal),
                "scheme": _plain(self.context.scheme),
            },
        }


def _plain(value: Any) -> Any:
    return to_json(value)


def ranking_in(session: Session, vacancy_id: int, day: dt.date) -> CandidateList:
    """The ranked candidates of a dwelling on `day`, in the caller's session."""
    vacancy = load.load_vacancy(session, vacancy_id)
    ctx = load.context_of(session, vacancy, day)
    info = vacancy_info(vacancy, ctx)
    if not ctx.may_place:
        text = rules.BY_CODE["colour"].check(ctx, _NOBODY)
        assert text is not None
        nobody = rank(ctx, ())
        return CandidateList(info, day, ctx.ranking.order, nobody, 0, Reason("colour", text), ctx)
    sets = load.Sets.read(session, ctx)
    pool = load.prefiltered(session, ctx, sets)
    if ctx.needs_members and pool:
        pool = load.with_members(pool, load.legal_facts(session, load.ids_of(pool)))
    remaining = rules.applicable(ctx, python_only=True)
    eligible = [row for row in pool if rules.is_eligible(ctx, as_facts(row), remaining)]
    ranked = rank(ctx, eligible)
    return CandidateList(info, day, ctx.ranking.order, ranked, len(pool), None, ctx)


def rank_candidates(ws: Workspace, vacancy_id: int, *, day: dt.date | None = None) -> CandidateList:
    """The ranked candidates of a dwelling (today unless `day`)."""
    with ws.read() as session:
        return ranking_in(session, vacancy_id, day or ws.today())


def _any_eligible(session: Session, ctx: VacancyContext, sets: load.Sets) -> bool:
    if not ctx.may_place:
        return False
    pool = load.prefiltered(session, ctx, sets)
    remaining = rules.applicable(ctx, python_only=True)
    step = 500
    for start in range(0, len(pool), step):
        part = pool[start : start + step]
        if ctx.needs_members:
            part = load.with_members(part, load.legal_facts(session, load.ids_of(part)))
        if any(rules.is_eligible(ctx, as_facts(row), remaining) for row in part):
            return True
    return False


def has_eligible_in(session: Session, vacancy_id: int, day: dt.date) -> bool:
    """Whether anyone at all may be offered the dwelling (stops at the first)."""
    ctx = load.vacancy_context(session, vacancy_id, day)
    return _any_eligible(session, ctx, load.Sets.read(session, ctx))


def without_candidates_in(session: Session, vacancy_ids: Sequence[int], day: dt.date) -> list[int]:
    """The dwellings among `vacancy_ids` that no applicant may be offered (settings, colours,
    open offers and earlier refusals read once for all of them)."""
    if not vacancy_ids:
        return []
    vacancies = session.scalars(select(Vacancy).where(Vacancy.id.in_(list(vacancy_ids)))).all()
    common = load.common_on(session, day)
    colours = colour_statuses(session, departments_of(vacancies), day)
    refused: dict[int, set[int]] = {}
    for vacancy_id, applicant_id in session.execute(
        select(Offer.vacancy_id, Offer.applicant_id).where(
            Offer.vacancy_id.in_(list(vacancy_ids)), Offer.status.in_(load.REFUSED)
        )
    ):
        refused.setdefault(vacancy_id, set()).add(applicant_id)
    excluding: dict[int, set[int]] = {}
    for department_id, applicant_id in session.execute(
        select(ApplicantExcludedDepartment.department_id, ApplicantExcludedDepartment.applicant_id)
    ):
        excluding.setdefault(department_id, set()).add(applicant_id)
    empty = []
    for vacancy in sorted(vacancies, key=lambda v: v.id):
        ctx = load.context_of(
            session, vacancy, day, common=common, colour=colours.get(ctx_department(vacancy))
        )
        sets = load.Sets(
            common.open_offer,
            frozenset(refused.get(vacancy.id, ())),
            frozenset(excluding.get(ctx.department_id, ())),
        )
        if not _any_eligible(session, ctx, sets):
            empty.append(vacancy.id)
    return empty


def exclusions_for(
    session: Session,
    vacancy_id: int,
    applicant_id: int,
    day: dt.date,
    *,
    ignore_offer_id: int | None = None,
) -> list[Reason]:
    """Every rule that excludes one applicant from the dwelling (empty: eligible), leaving out
    the offer `ignore_offer_id` (the draft about to be sent) when asking for open offers."""
    ctx = load.vacancy_context(session, vacancy_id, day)
    open_offers = select(Offer.id).where(Offer.applicant_id == applicant_id, Offer.open_clause())
    if ignore_offer_id is not None:
        open_offers = open_offers.where(Offer.id != ignore_offer_id)
    found = next(load.applicants_by_id(session, None, ids=[applicant_id]), [])
    if not found:
        raise NotFound(
            translate("Matching", "There is no applicant number {id}.").format(id=applicant_id)
        )
    applicant = found[0]._replace(
        open_offer=session.scalars(open_offers.limit(1)).first() is not None,
        excluded_here=applicant_id in load.excluding(session, ctx.department_id),
        declined_here=applicant_id in load.refused(session, vacancy_id),
    )
    if ctx.needs_members:
        members = load.legal_facts(session, [applicant_id])
        applicant = applicant._replace(members=members.get(applicant_id, ()))
    return rules.exclusions(ctx, applicant)


_NOBODY = ApplicantFacts(
    0,
    "",
    ApplicantStatus.ACTIVE,
    None,
    Urgency.NORMAL,
    dt.date(2000, 1, 1),
    None,
    "",
    None,
    None,
    None,
    False,
    False,
    False,
    False,
    False,
    (),
    1,
)


def run_to_end(generator: Generator[Any, None, Any]) -> Any:
    """Consume a progress generator and return its result (the command line, tests)."""
    while True:
        try:
            next(generator)
        except StopIteration as stop:
            return stop.value


# --- the reverse view: suitable vacancies for an applicant -----------------------------------


@dataclass(frozen=True)
class VacancyMatch:
    """One open dwelling seen from one applicant: suitable or not, and why."""

    vacancy: VacancyInfo
    suitable: bool
    score: float | None  # the fit (0-100) when suitable
    reasons: tuple[Reason, ...]  # the rules that exclude (empty when suitable)


def suitable_vacancies(
    ws: Workspace, applicant_id: int, *, day: dt.date | None = None
) -> list[VacancyMatch]:
    """Every dwelling waiting for a tenant (accepted, no open offer), suitable ones first (best
    fit first), then the others with the rules that exclude the applicant."""
    on = day or ws.today()
    with ws.read() as session:
        busy = select(Offer.vacancy_id).where(Offer.open_clause())
        vacancies = session.scalars(
            select(Vacancy)
            .where(Vacancy.status == VacancyStatus.ACCEPTED, Vacancy.id.not_in(busy))
            .order_by(Vacancy.desk_deadline, Vacancy.id)
        ).all()
        own = next(load.applicants_by_id(session, None, ids=[applicant_id]), [])
        if not own:
            raise NotFound(
                translate("Matching", "There is no applicant number {id}.").format(id=applicant_id)
            )
        matches = []
        members: dict[int, Any] | None = None
        open_offer = applicant_id in load.with_open_offer(session)
        for vacancy in vacancies:
            ctx = load.context_of(session, vacancy, on)
            applicant = own[0]._replace(
                open_offer=open_offer,
                excluded_here=applicant_id in load.excluding(session, ctx.department_id),
                declined_here=applicant_id in load.refused(session, vacancy.id),
            )
            if ctx.needs_members:
                if members is None:
                    members = load.legal_facts(session, [applicant_id])
                applicant = applicant._replace(members=members.get(applicant_id, ()))
            found = rules.exclusions(ctx, applicant)
            info = vacancy_info(vacancy, ctx)
            score = None if found else score_of(ctx, fit_of(ctx, applicant))
            matches.append(VacancyMatch(info, not found, score, tuple(found)))
    matches.sort(key=lambda m: (not m.suitable, -(m.score or 0.0)))
    return matches
