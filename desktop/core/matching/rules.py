"""The matching rules of docs/domain.md, one per reason an applicant may not be offered a dwelling.

Each rule has a code (stable: stored in rankings and shown in the command line's JSON), a short
title, `applies(ctx)` (whether it can exclude anyone from this dwelling at all) and
`check(ctx, applicant)`, which returns None when the applicant passes, else one sentence that
explains the exclusion (English source text, Danish through the catalogue).

`in_sql` marks the rules that `load.prefilter` also expresses in SQL: the ranking only runs the
other rules in Python over the rows the prefilter let through; the excluded tab runs them all.
A test checks that both ways give the same result.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from db.enums import ApplicantStatus, Colour, LegalFactKind
from desktop.core import formats
from desktop.core.i18n import translate
from desktop.core.matching.context import VacancyContext
from desktop.core.matching.model import (
    BIRTH,
    END,
    FACTS,
    KIND,
    LABEL,
    START,
    ApplicantFacts,
    Fact,
    Member,
    Reason,
    age_on,
    full_calendar_months,
    within_months,
)
from desktop.core.matching.settings import BenefitKind, normalise_benefit
from desktop.core.schemes import labels as scheme_labels
from desktop.core.schemes.settings import normalise_measure

Check = Callable[[VacancyContext, ApplicantFacts], str | None]

_FAR_FUTURE = dt.date.max


@dataclass(frozen=True)
class Rule:
    code: str
    title: Callable[[], str]  # the short name, translated when asked
    applies: Callable[[VacancyContext], bool]
    check: Check
    in_sql: bool = False
    # The verdict alone, without the sentence (`check` builds the sentence only when this is
    # true): judging thousands of applicants only asks whether anyone is excluded.
    excludes: Callable[[VacancyContext, ApplicantFacts], bool] | None = None


def _always(ctx: VacancyContext) -> bool:
    return True


# --- the applicant's own state -----------------------------------------------------------------


def _off_list(ctx: VacancyContext, a: ApplicantFacts) -> bool:
    return a.status in (ApplicantStatus.HOUSED, ApplicantStatus.REMOVED)


def _status(ctx: VacancyContext, a: ApplicantFacts) -> str | None:
    if a.status == ApplicantStatus.HOUSED:
        return translate("Matching", "The applicant has been housed and is no longer on the list.")
    if a.status == ApplicantStatus.REMOVED:
        return translate("Matching", "The applicant has been removed from the list.")
    return None


def is_paused(a: ApplicantFacts, day: dt.date) -> bool:
    """Paused on `day` (a pause that ended before `day` no longer counts)."""
    return a.status == ApplicantStatus.PAUSED and (a.paused_until is None or a.paused_until >= day)


def _is_paused(ctx: VacancyContext, a: ApplicantFacts) -> bool:
    return is_paused(a, ctx.day)


def _paused(ctx: VacancyContext, a: ApplicantFacts) -> str | None:
    if not is_paused(a, ctx.day):
        return None
    if a.paused_until is None:
        return translate("Matching", "The applicant is paused on the list.")
    return translate("Matching", "The applicant is paused on the list until {date}.").format(
        date=formats.date(a.paused_until)
    )


def _open_offer(ctx: VacancyContext, a: ApplicantFacts) -> str | None:
    if a.open_offer:
        return translate("Matching", "The applicant already has an open offer of another dwelling.")
    return None


# --- the department: colour and lists ------------------------------------------------------------


def _colour(ctx: VacancyContext, a: ApplicantFacts) -> str | None:
    if ctx.may_place:
        return None
    if not ctx.placed:
        return translate(
            "Matching",
            "The department has no placement (colour) on the day: the desk may not place "
            "anyone there until it is placed.",
        )
    if ctx.colour == Colour.RED:
        return translate(
            "Matching",
            "The department is red in the trappetrinsmodel: the desk places no one there.",
        )
    return translate(
        "Matching", "The colour policy does not let the desk place anyone in this department."
    )


def _strong_area(ctx: VacancyContext, a: ApplicantFacts) -> str | None:
    if a.needs_strong_area:
        return translate(
            "Matching",
            "The applicant needs a strong area and the department is yellow in the "
            "trappetrinsmodel.",
        )
    return None


def _refugee(ctx: VacancyContext, a: ApplicantFacts) -> str | None:
    if a.target_group in ctx.refugee_groups:
        return translate(
            "Matching",
            "Refugees may not be placed in an udsat boligområde (integrationsloven § 12, stk. 2).",
        )
    return None


# --- legal blocks (ABL § 59 stk. 6 and 7) ------------------------------------------------------


def _members(a: ApplicantFacts) -> Sequence[Member]:
    return a.members or ()


def _facts(a: ApplicantFacts, kind: LegalFactKind) -> Iterable[tuple[Member, Fact]]:
    for member in _members(a):
        for fact in member[FACTS]:
            if fact[KIND] == kind:
                yield member, fact


def _list_name(ctx: VacancyContext) -> str:
    if ctx.disadvantaged:
        return translate("Matching", "an udsat boligområde")
    return translate("Matching", "a forebyggelsesområde")


def _paragraph(ctx: VacancyContext, number: int | None) -> str:
    """The provision that blocks: § 59 stk. 6 (udsat) nr. N, or stk. 7 (forebyggelse)."""
    if ctx.disadvantaged:
        return translate("Matching", "ABL § 59, stk. 6, nr. {number}").format(number=number)
    return translate("Matching", "ABL § 59, stk. 7")


def _release(ctx: VacancyContext, a: ApplicantFacts) -> str | None:
    for _member, fact in _facts(a, LegalFactKind.PRISON_RELEASE):
        if fact[START] is not None and within_months(
            fact[START], ctx.day, ctx.legal.release_months
        ):
            return formats.plural(
                ctx.legal.release_months,
                translate(
                    "Matching",
                    "A member of the household was released from prison within the last {n} "
                    "month ({date}); the department lies in {area} ({paragraph}).",
                ),
                translate(
                    "Matching",
                    "A member of the household was released from prison within the last {n} "
                    "months ({date}); the department lies in {area} ({paragraph}).",
                ),
            ).format(
                date=formats.date(fact[START]),
                area=_list_name(ctx),
                paragraph=_paragraph(ctx, 1),
            )
    return None


def _minor(ctx: VacancyContext, a: ApplicantFacts) -> str | None:
    for member, fact in _facts(a, LegalFactKind.PRISON_RELEASE):
        age = age_on(member[BIRTH], ctx.day)
        if (
            age is not None
            and age < ctx.legal.adult_age
            and (fact[START] is None or fact[START] <= ctx.day)
        ):
            return translate(
                "Matching",
                "A member of the household under {age} has been released after a sentence; "
                "the department lies in {area} ({paragraph}).",
            ).format(age=ctx.legal.adult_age, area=_list_name(ctx), paragraph=_paragraph(ctx, 2))
    return None


def _termination(ctx: VacancyContext, a: ApplicantFacts) -> str | None:
    for _member, fact in _facts(a, LegalFactKind.TENANCY_TERMINATION):
        if fact[START] is not None and within_months(
            fact[START], ctx.day, ctx.legal.termination_months
        ):
            return formats.plural(
                ctx.legal.termination_months,
                translate(
                    "Matching",
                    "A member of the household had a tenancy terminated for gross misconduct "
                    "within the last {n} month ({date}); the department lies in {area} "
                    "({paragraph}).",
                ),
                translate(
                    "Matching",
                    "A member of the household had a tenancy terminated for gross misconduct "
                    "within the last {n} months ({date}); the department lies in {area} "
                    "({paragraph}).",
                ),
            ).format(
                date=formats.date(fact[START]),
                area=_list_name(ctx),
                paragraph=_paragraph(ctx, 3),
            )
    return None


def _covers(fact: Fact, day: dt.date) -> bool:
    return (fact[START] is None or fact[START] <= day) and (fact[END] is None or fact[END] >= day)


def outside_free_movement(member: Member, ctx: VacancyContext) -> str | None:
    """The member's citizenship on the day if it is none of the EU/EEA/Swiss ones (a member
    with no recorded citizenship is taken to be Danish), else None."""
    held = [
        f[LABEL].strip().upper()
        for f in member[FACTS]
        if f[KIND] == LegalFactKind.CITIZENSHIP and f[LABEL] and _covers(f, ctx.day)
    ]
    if not held or any(code in ctx.free_movement for code in held):
        return None
    return held[0]


def _citizenship(ctx: VacancyContext, a: ApplicantFacts) -> str | None:
    for member in _members(a):
        country = outside_free_movement(member, ctx)
        if country is None:
            continue
        studying = any(
            f[KIND] == LegalFactKind.STUDENT and _covers(f, ctx.day) for f in member[FACTS]
        )
        if not studying:
            return translate(
                "Matching",
                "A member of the household is not a citizen of an EU/EEA country or Switzerland "
                "({country}) and is not a student; the department lies in {area} ({paragraph}).",
            ).format(country=country, area=_list_name(ctx), paragraph=_paragraph(ctx, 4))
    return None


@dataclass(frozen=True)
class BenefitRun:
    """An uninterrupted period of benefits of one kind (across renamed benefits)."""

    start: dt.date
    end: dt.date  # dt.date.max while it goes on
    months: int  # whole calendar months up to the decision day


def benefit_run(
    member: Member, names: frozenset[str], day: dt.date, *, must_be_current: bool
) -> BenefitRun | None:
    """The member's longest run of benefits named in `names` up to `day` (the run that goes on
    on `day`, if `must_be_current`). Periods that overlap or follow each other without a gap
    (the next starts the day after the last ends) are one run, whatever their names."""
    periods = sorted(
        (f[START], f[END] or _FAR_FUTURE)
        for f in member[FACTS]
        if f[KIND] == LegalFactKind.BENEFIT
        and f[START] is not None
        and f[START] <= day
        and normalise_benefit(f[LABEL]) in names
    )
    runs: list[tuple[dt.date, dt.date]] = []
    for start, end in periods:
        if runs and (runs[-1][1] == _FAR_FUTURE or start <= runs[-1][1] + dt.timedelta(days=1)):
            runs[-1] = (runs[-1][0], max(runs[-1][1], end))
        else:
            runs.append((start, end))
    best: BenefitRun | None = None
    for start, end in runs:
        if must_be_current and end < day:
            continue
        months = full_calendar_months(start, min(end, day))
        if best is None or months > best.months:
            best = BenefitRun(start, end, months)
    return best


def _benefit_check(
    ctx: VacancyContext, a: ApplicantFacts, kind: BenefitKind
) -> tuple[BenefitRun, int] | None:
    """The first run of `kind` that reaches the required months (0 months for a pension)."""
    needed = 0 if kind == BenefitKind.EARLY_PENSION else ctx.legal.benefit_months
    must_be_current = kind == BenefitKind.EARLY_PENSION or ctx.legal.benefit_must_be_current
    names = ctx.benefit_names[kind]
    for member in _members(a):
        run = benefit_run(member, names, ctx.day, must_be_current=must_be_current)
        if run is not None and run.months >= needed:
            return run, needed
    return None


def _benefit_reason(found: tuple[BenefitRun, int] | None, text: Callable[[int], str]) -> str | None:
    """Why a run of benefits excludes the household: `text(months)`, its months' form, filled in
    with the months needed and the run's start (None: no such run)."""
    if found is None:
        return None
    run, needed = found
    return text(run.months).format(needed=needed, date=formats.date(run.start))


def _cash(ctx: VacancyContext, a: ApplicantFacts) -> str | None:
    return _benefit_reason(
        _benefit_check(ctx, a, BenefitKind.CASH),
        lambda months: formats.plural(
            months,
            translate(
                "Matching",
                "A member of the household has received kontanthjælp-type benefits for {n} "
                "consecutive calendar month (at least {needed}, since {date}); the department lies "
                "in an udsat boligområde (ABL § 59, stk. 6, nr. 5).",
            ),
            translate(
                "Matching",
                "A member of the household has received kontanthjælp-type benefits for {n} "
                "consecutive calendar months (at least {needed}, since {date}); the department "
                "lies in an udsat boligområde (ABL § 59, stk. 6, nr. 5).",
            ),
        ),
    )


def _pension(ctx: VacancyContext, a: ApplicantFacts) -> str | None:
    if _benefit_check(ctx, a, BenefitKind.EARLY_PENSION) is None:
        return None
    return translate(
        "Matching",
        "A member of the household receives førtidspension; the department lies in an udsat "
        "boligområde (ABL § 59, stk. 6, nr. 6).",
    )


def _insurance(ctx: VacancyContext, a: ApplicantFacts) -> str | None:
    return _benefit_reason(
        _benefit_check(ctx, a, BenefitKind.INSURANCE),
        lambda months: formats.plural(
            months,
            translate(
                "Matching",
                "A member of the household has received dagpenge, sygedagpenge or "
                "ressourceforløbsydelse for {n} consecutive calendar month (at least {needed}, "
                "since {date}); the department lies in an udsat boligområde (ABL § 59, stk. 6, "
                "nr. 7).",
            ),
            translate(
                "Matching",
                "A member of the household has received dagpenge, sygedagpenge or "
                "ressourceforløbsydelse for {n} consecutive calendar months (at least {needed}, "
                "since {date}); the department lies in an udsat boligområde (ABL § 59, stk. 6, "
                "nr. 7).",
            ),
        ),
    )


def _lowest(ctx: VacancyContext, a: ApplicantFacts) -> str | None:
    return _benefit_reason(
        _benefit_check(ctx, a, BenefitKind.LOWEST),
        lambda months: formats.plural(
            months,
            translate(
                "Matching",
                "A member of the household has received the lowest benefits (selvforsørgelses- og "
                "hjemrejseydelse, overgangsydelse or kontanthjælp at the mindstesats) for {n} "
                "consecutive calendar month (at least {needed}, since {date}); the department is a "
                "forebyggelsesområde (ABL § 59, stk. 7).",
            ),
            translate(
                "Matching",
                "A member of the household has received the lowest benefits (selvforsørgelses- og "
                "hjemrejseydelse, overgangsydelse or kontanthjælp at the mindstesats) for {n} "
                "consecutive calendar months (at least {needed}, since {date}); the department is "
                "a forebyggelsesområde (ABL § 59, stk. 7).",
            ),
        ),
    )


# --- age separation ------------------------------------------------------------------------------


def age_group(ctx: VacancyContext, a: ApplicantFacts) -> str | None:
    """ "young", "older" or None (not kept apart by age). Without a birth date the target group
    decides: a young-flagged group is young."""
    if a.target_group not in ctx.separated_groups:
        return None
    age = age_on(a.birth_date, ctx.day)
    if age is None:
        return "young" if a.target_group in ctx.young_groups else "older"
    if ctx.age.young_from <= age <= ctx.age.young_to:
        return "young"
    if age > ctx.age.young_to:
        return "older"
    return None


def _young_kept_out(ctx: VacancyContext, a: ApplicantFacts) -> bool:
    return not ctx.takes_young and age_group(ctx, a) == "young"


def _age_young(ctx: VacancyContext, a: ApplicantFacts) -> str | None:
    if not _young_kept_out(ctx, a):
        return None
    return translate(
        "Matching",
        "Young homeless applicants ({low}-{high} years) are only placed in youth dwellings, in "
        "departments marked suitable for young people or in a scheme for young people.",
    ).format(low=ctx.age.young_from, high=ctx.age.young_to)


def _older_kept_out(ctx: VacancyContext, a: ApplicantFacts) -> bool:
    return ctx.is_youth and age_group(ctx, a) == "older"


def _age_older(ctx: VacancyContext, a: ApplicantFacts) -> str | None:
    if not _older_kept_out(ctx, a):
        return None
    return translate(
        "Matching",
        "Homeless applicants over {high} years are not placed in youth dwellings (kept apart from "
        "young homeless people).",
    ).format(high=ctx.age.young_to)


# --- the housing scheme's extra rules ------------------------------------------------------------


def _other_group(ctx: VacancyContext, a: ApplicantFacts) -> bool:
    return a.target_group not in ctx.scheme.target_groups


def _scheme_target_group(ctx: VacancyContext, a: ApplicantFacts) -> str | None:
    scheme = ctx.scheme
    if not _other_group(ctx, a):
        return None
    served = (ctx.target_groups.by_code(code) for code in scheme.target_groups)
    return translate(
        "Matching", "The dwelling belongs to {scheme}, which serves other target groups ({groups})."
    ).format(
        scheme=scheme.name,
        groups=", ".join(
            code if group is None else group.label
            for group, code in zip(served, scheme.target_groups, strict=True)
        ),
    )


def _outside_age_band(ctx: VacancyContext, a: ApplicantFacts) -> bool:
    age = age_on(a.birth_date, ctx.day)
    if age is None:
        return True
    low, high = ctx.scheme.age_from, ctx.scheme.age_to
    return not ((low is None or age >= low) and (high is None or age <= high))


def _scheme_age(ctx: VacancyContext, a: ApplicantFacts) -> str | None:
    if not _outside_age_band(ctx, a):
        return None
    scheme = ctx.scheme
    band = scheme_labels.age_band(scheme)
    age = age_on(a.birth_date, ctx.day)
    if age is None:
        return translate(
            "Matching",
            "The applicant's birth date is not recorded; {scheme} has the age limit {band}.",
        ).format(scheme=scheme.name, band=band)
    return formats.plural(
        age,
        translate(
            "Matching",
            "The applicant is {n} year old on {date}; {scheme} has the age limit {band}.",
        ),
        translate(
            "Matching",
            "The applicant is {n} years old on {date}; {scheme} has the age limit {band}.",
        ),
    ).format(date=formats.date(ctx.day), scheme=scheme.name, band=band)


def scheme_age_class(ctx: VacancyContext, a: ApplicantFacts) -> int | None:
    """Where the applicant's age on the day lies among the age bands of every scheme in force
    (None without a birth date): applicants of one class are alike to the rule `scheme_age`."""
    age = age_on(a.birth_date, ctx.day)
    return None if age is None else bisect_right(ctx.schemes.age_edges, age)


def _in_force(kind: LegalFactKind, a: ApplicantFacts, day: dt.date) -> Iterable[Fact]:
    """The household's facts of `kind` that cover `day`."""
    return (fact for _member, fact in _facts(a, kind) if _covers(fact, day))


def _scheme_support(ctx: VacancyContext, a: ApplicantFacts) -> str | None:
    wanted = ctx.scheme.measure_keys
    facts = _in_force(LegalFactKind.SUPPORT, a, ctx.day)
    if any(normalise_measure(fact[LABEL]) in wanted for fact in facts):
        return None
    return translate(
        "Matching",
        "{scheme} requires a support measure in place ({measures}); no one in the household has "
        "one on {date}.",
    ).format(
        scheme=ctx.scheme.name,
        measures=", ".join(ctx.scheme.support_measures),
        date=formats.date(ctx.day),
    )


def _scheme_dispensation(ctx: VacancyContext, a: ApplicantFacts) -> str | None:
    if next(iter(_in_force(LegalFactKind.DISPENSATION, a, ctx.day)), None) is not None:
        return None
    return translate(
        "Matching",
        "{scheme} requires a dispensation (such as from the study demand); no one in the "
        "household has one on {date}.",
    ).format(scheme=ctx.scheme.name, date=formats.date(ctx.day))


# --- the dwelling itself -------------------------------------------------------------------------


def _above_limit(ctx: VacancyContext, a: ApplicantFacts) -> bool:
    return a.max_rent is not None and ctx.monthly_total > a.max_rent


def _rent(ctx: VacancyContext, a: ApplicantFacts) -> str | None:
    if not _above_limit(ctx, a):
        return None
    assert a.max_rent is not None  # (above the limit)
    return translate(
        "Matching", "The rent incl. a conto ({rent}) is above the applicant's limit ({limit})."
    ).format(rent=formats.money(ctx.monthly_total), limit=formats.money(a.max_rent))


def _outside_wish(ctx: VacancyContext, a: ApplicantFacts) -> bool:
    rooms = ctx.rooms
    return rooms is not None and (
        (a.rooms_min is not None and rooms < a.rooms_min)
        or (a.rooms_max is not None and rooms > a.rooms_max)
    )


def _size_wish(ctx: VacancyContext, a: ApplicantFacts) -> str | None:
    rooms = ctx.rooms
    if rooms is None or not _outside_wish(ctx, a):
        return None
    if a.rooms_min is not None and rooms < a.rooms_min:
        return translate(
            "Matching", "The dwelling has {rooms}; the applicant needs at least {wanted}."
        ).format(rooms=_rooms(rooms), wanted=formats.rooms(a.rooms_min))
    if a.rooms_max is not None and rooms > a.rooms_max:
        return translate(
            "Matching", "The dwelling has {rooms}; the applicant wants at most {wanted}."
        ).format(rooms=_rooms(rooms), wanted=formats.rooms(a.rooms_max))
    return None


def _rooms(rooms: float) -> str:
    return formats.plural(
        rooms,
        translate("Matching", "{n} room"),
        translate("Matching", "{n} rooms"),
        written=formats.rooms(rooms),
    )


def _persons(persons: float) -> str:
    return formats.plural(
        persons,
        translate("Matching", "{n} person"),
        translate("Matching", "{n} persons"),
        written=_plain(persons),
    )


def _outside_norm(ctx: VacancyContext, a: ApplicantFacts) -> bool:
    rooms = ctx.rooms
    persons = a.household_size if a.household_size > 1 else 1
    norm = ctx.occupancy
    return rooms is not None and not (
        persons <= rooms * norm.persons_per_room and rooms <= persons + norm.extra_rooms
    )


def _size_norm(ctx: VacancyContext, a: ApplicantFacts) -> str | None:
    rooms = ctx.rooms
    persons = a.household_size if a.household_size > 1 else 1
    if rooms is None or not _outside_norm(ctx, a):
        return None
    if persons > rooms * ctx.occupancy.persons_per_room:
        return translate(
            "Matching",
            "The household of {persons} is too large for {rooms} (at most {per_room} a room).",
        ).format(
            persons=_persons(persons),
            rooms=_rooms(rooms),
            per_room=_persons(ctx.occupancy.persons_per_room),
        )
    # Never "1 room": one room is too many only for a household of less than one person.
    return translate(
        "Matching",
        "{rooms} are too many for a household of {persons} (at most {extra} more than persons).",
    ).format(
        persons=_persons(persons),
        rooms=_rooms(rooms),
        extra=_rooms(ctx.occupancy.extra_rooms),
    )


def _plain(value: float) -> str:
    return formats.number(value, 0 if value == int(value) else 1)


def _wheelchair(ctx: VacancyContext, a: ApplicantFacts) -> str | None:
    if a.needs_wheelchair and not ctx.wheelchair_accessible:
        return translate(
            "Matching",
            "The applicant needs a wheelchair-accessible dwelling; this one is not stated as one.",
        )
    return None


def _step_free(ctx: VacancyContext, a: ApplicantFacts) -> str | None:
    if a.needs_step_free and not ctx.step_free_access:
        return translate(
            "Matching",
            "The applicant needs step-free access; this dwelling is not stated as step-free.",
        )
    return None


def _not_ground_floor(ctx: VacancyContext, a: ApplicantFacts) -> bool:
    return a.needs_ground_floor and not ctx.ground_floor


def _ground_floor(ctx: VacancyContext, a: ApplicantFacts) -> str | None:
    if _not_ground_floor(ctx, a):
        return translate(
            "Matching", "The applicant needs a ground-floor dwelling; this one is on floor {floor}."
        ).format(floor=ctx.floor or "")
    return None


def _pets(ctx: VacancyContext, a: ApplicantFacts) -> str | None:
    if a.has_pets and not ctx.pets_allowed:
        if ctx.pets_allowed is None:
            return translate(
                "Matching", "The household has pets; it is not stated that pets are allowed here."
            )
        return translate(
            "Matching", "The household has pets; pets are not allowed in this dwelling."
        )
    return None


def _excluded_department(ctx: VacancyContext, a: ApplicantFacts) -> str | None:
    if a.excluded_here:
        return translate(
            "Matching",
            "The department is on the applicant's list of departments not to be offered.",
        )
    return None


def _declined(ctx: VacancyContext, a: ApplicantFacts) -> str | None:
    if a.declined_here:
        return translate(
            "Matching",
            "The applicant has been offered this dwelling before and declined it or did not "
            "answer.",
        )
    return None


def _listed(ctx: VacancyContext) -> bool:
    return ctx.listed


def _disadvantaged(ctx: VacancyContext) -> bool:
    return ctx.disadvantaged


def _prevention(ctx: VacancyContext) -> bool:
    return ctx.prevention


def _has_rooms(ctx: VacancyContext) -> bool:
    return ctx.rooms is not None


RULES: tuple[Rule, ...] = (
    Rule(
        "status",
        lambda: translate("Matching", "Status on the list"),
        _always,
        _status,
        in_sql=True,
        excludes=_off_list,
    ),
    Rule(
        "paused",
        lambda: translate("Matching", "Paused"),
        _always,
        _paused,
        in_sql=True,
        excludes=_is_paused,
    ),
    Rule(
        "open_offer", lambda: translate("Matching", "Open offer"), _always, _open_offer, in_sql=True
    ),
    Rule(
        "colour",
        lambda: translate("Matching", "Colour of the department"),
        lambda c: not c.may_place,
        _colour,
        in_sql=True,
    ),
    Rule(
        "strong_area",
        lambda: translate("Matching", "Needs a strong area"),
        lambda c: c.blocks_strong_area,
        _strong_area,
        in_sql=True,
    ),
    Rule(
        "refugee_disadvantaged",
        lambda: translate("Matching", "Refugee, udsat boligområde"),
        _disadvantaged,
        _refugee,
        in_sql=True,
    ),
    Rule(
        "legal_release",
        lambda: translate("Matching", "Released from prison (§ 59)"),
        _listed,
        _release,
    ),
    Rule(
        "legal_minor_sentence",
        lambda: translate("Matching", "Minor released after a sentence (§ 59)"),
        _listed,
        _minor,
    ),
    Rule(
        "legal_termination",
        lambda: translate("Matching", "Tenancy terminated (§ 59)"),
        _listed,
        _termination,
    ),
    Rule(
        "legal_citizenship",
        lambda: translate("Matching", "Citizenship outside EU/EEA (§ 59)"),
        _listed,
        _citizenship,
    ),
    Rule(
        "legal_cash_benefit",
        lambda: translate("Matching", "Kontanthjælp 6 months (§ 59)"),
        _disadvantaged,
        _cash,
    ),
    Rule(
        "legal_early_pension",
        lambda: translate("Matching", "Førtidspension (§ 59)"),
        _disadvantaged,
        _pension,
    ),
    Rule(
        "legal_insurance_benefit",
        lambda: translate("Matching", "Dagpenge 6 months (§ 59)"),
        _disadvantaged,
        _insurance,
    ),
    Rule(
        "legal_lowest_benefit",
        lambda: translate("Matching", "Lowest benefits 6 months (§ 59)"),
        _prevention,
        _lowest,
    ),
    Rule(
        "age_young",
        lambda: translate("Matching", "Young: youth dwellings only"),
        _always,
        _age_young,
        in_sql=True,
        excludes=_young_kept_out,
    ),
    Rule(
        "age_older",
        lambda: translate("Matching", "Older: no youth dwellings"),
        lambda c: c.is_youth,
        _age_older,
        in_sql=True,
        excludes=_older_kept_out,
    ),
    Rule(
        "scheme_target_group",
        lambda: translate("Matching", "Scheme: target group"),
        lambda c: bool(c.scheme.target_groups),
        _scheme_target_group,
        excludes=_other_group,
    ),
    Rule(
        "scheme_age",
        lambda: translate("Matching", "Scheme: age limit"),
        lambda c: c.scheme.has_age_band,
        _scheme_age,
        excludes=_outside_age_band,
    ),
    Rule(
        "scheme_support",
        lambda: translate("Matching", "Scheme: support measure"),
        lambda c: bool(c.scheme.support_measures),
        _scheme_support,
    ),
    Rule(
        "scheme_dispensation",
        lambda: translate("Matching", "Scheme: dispensation"),
        lambda c: c.scheme.dispensation,
        _scheme_dispensation,
    ),
    Rule(
        "rent",
        lambda: translate("Matching", "Rent above the limit"),
        _always,
        _rent,
        in_sql=True,
        excludes=_above_limit,
    ),
    Rule(
        "size_wish",
        lambda: translate("Matching", "Number of rooms wished"),
        _has_rooms,
        _size_wish,
        in_sql=True,
        excludes=_outside_wish,
    ),
    Rule(
        "size_norm",
        lambda: translate("Matching", "Occupancy norm"),
        _has_rooms,
        _size_norm,
        excludes=_outside_norm,
    ),
    Rule(
        "need_wheelchair",
        lambda: translate("Matching", "Wheelchair access"),
        lambda c: not c.wheelchair_accessible,
        _wheelchair,
        in_sql=True,
    ),
    Rule(
        "need_step_free",
        lambda: translate("Matching", "Step-free access"),
        lambda c: not c.step_free_access,
        _step_free,
        in_sql=True,
    ),
    Rule(
        "need_ground_floor",
        lambda: translate("Matching", "Ground floor"),
        lambda c: not c.ground_floor,
        _ground_floor,
        in_sql=True,
        excludes=_not_ground_floor,
    ),
    Rule(
        "pets",
        lambda: translate("Matching", "Pets"),
        lambda c: not c.pets_allowed,
        _pets,
        in_sql=True,
    ),
    Rule(
        "excluded_department",
        lambda: translate("Matching", "Excluded department"),
        _always,
        _excluded_department,
        in_sql=True,
    ),
    Rule(
        "declined_before",
        lambda: translate("Matching", "Declined before"),
        _always,
        _declined,
        in_sql=True,
    ),
)

BY_CODE = {rule.code: rule for rule in RULES}


def not_applying(ctx: VacancyContext) -> str | None:
    """Why the department's rules leave a dwelling alone, in one sentence (None: they apply)."""
    if not ctx.landlord:
        return None
    return translate(
        "Matching",
        "A private landlord's dwelling lies in no department: the department's colour, the "
        "ministry's lists (ABL § 59, stk. 6 and 7) and the departments applicants exclude do "
        "not apply.",
    )


def rule_title(code: str) -> str:
    rule = BY_CODE.get(code)
    return code if rule is None else rule.title()


def applicable(ctx: VacancyContext, *, python_only: bool = False) -> list[Rule]:
    """The rules that can exclude anyone from this dwelling (only those SQL cannot express if
    `python_only`)."""
    return [r for r in RULES if r.applies(ctx) and not (python_only and r.in_sql)]


def exclusions(
    ctx: VacancyContext, applicant: ApplicantFacts, rules: Sequence[Rule] | None = None
) -> list[Reason]:
    """Every rule that excludes the applicant, with its explanation (empty: eligible)."""
    found = []
    for rule in applicable(ctx) if rules is None else rules:
        text = rule.check(ctx, applicant)
        if text is not None:
            found.append(Reason(rule.code, text))
    return found


def is_eligible(ctx: VacancyContext, applicant: ApplicantFacts, rules: Sequence[Rule]) -> bool:
    """True when none of `rules` excludes the applicant (stops at the first that does)."""
    for rule in rules:
        if rule.excludes is not None:
            if rule.excludes(ctx, applicant):
                return False
        elif rule.check(ctx, applicant) is not None:
            return False
    return True


# --- judging many applicants at once (desktop.core.matching.counts) -------------------------------

# Rules whose verdict depends on the applicant and the day alone, never on the dwelling.
DAY_RULES = ("status", "paused")
# Rules that read the per-dwelling sets of `load.Sets` through the applicant's flags.
SET_RULES = ("open_offer", "excluded_department", "declined_before")
# Rules that read the household's legal facts (`ApplicantFacts.members`).
LEGAL_RULES = tuple(rule.code for rule in RULES if rule.code.startswith("legal_"))
# Rules that read the household's dated facts: the legal blocks and the schemes' demands.
MEMBER_RULES = (*LEGAL_RULES, "scheme_support", "scheme_dispensation")
# Of those, the rules that exclude a household without any fact at all.
NEEDS_A_FACT = ("scheme_support", "scheme_dispensation")


def dwelling_key(ctx: VacancyContext, limits: Sequence[Decimal] | None = None) -> tuple[Any, ...]:
    """Everything the rules but DAY_RULES, SET_RULES and MEMBER_RULES read of the dwelling and
    of the settings (the dwelling's side of `verdict_key`): two dwellings with the same key,
    judged on the same day, get the same verdict from each of those rules for every applicant.
    A rule that reads more of the dwelling must add it here.

    Judging a known set of applicants, `limits` (their rent limits, sorted) narrows the key: the
    rent rule only asks whether the monthly total is within an applicant's limit, so totals
    within the same of these limits are alike."""
    total: Any = ctx.monthly_total
    if limits is not None:
        total = ("rent", bisect_left(limits, total))  # limits below the total
    return (
        ctx.may_place,
        ctx.placed,
        ctx.colour,
        ctx.blocks_strong_area,
        ctx.disadvantaged,
        ctx.is_youth,
        ctx.suitable_for_young,
        ctx.scheme,
        total,
        ctx.rooms,
        bool(ctx.wheelchair_accessible),
        ctx.step_free_access,
        ctx.ground_floor,
        bool(ctx.pets_allowed),
        ctx.target_groups,
        ctx.age,
        ctx.occupancy,
    )


def verdict_key(
    ctx: VacancyContext,
    a: ApplicantFacts,
    totals: Sequence[Decimal] | None = None,
    rooms: Sequence[float] | None = None,
) -> tuple[Any, ...]:
    """Everything the other rules read of an applicant: two applicants with the same key get
    the same verdict from every rule but DAY_RULES, SET_RULES and MEMBER_RULES, for any dwelling
    judged on `ctx.day` under the same settings (the age rules read the birth date only through
    `age_group` and `scheme_age_class`). A rule that reads more of the applicant must add it
    here.

    Judging a known set of dwellings, `totals` (their monthly totals, sorted) and `rooms` (their
    room counts, sorted) narrow the key: the rent rule only asks whether a total is within the
    applicant's limit and the size rule whether the rooms are within the wished range, so
    limits that admit the same of these dwellings are alike."""
    max_rent: Any = a.max_rent
    rooms_min: Any = a.rooms_min
    rooms_max: Any = a.rooms_max
    if totals is not None and max_rent is not None:
        max_rent = ("rent", bisect_right(totals, max_rent))  # totals within the limit
    if rooms is not None:
        if rooms_min is not None:
            rooms_min = ("min", bisect_left(rooms, rooms_min))  # room counts below the wish
        if rooms_max is not None:
            rooms_max = ("max", bisect_right(rooms, rooms_max))  # room counts within the wish
    return (
        a.target_group,
        age_group(ctx, a),
        scheme_age_class(ctx, a),
        max_rent,
        rooms_min,
        rooms_max,
        a.household_size,
        a.needs_wheelchair,
        a.needs_step_free,
        a.needs_ground_floor,
        a.has_pets,
        a.needs_strong_area,
    )
