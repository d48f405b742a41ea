"""Changing the housing schemes (Indstillinger > Boligordninger): the schemes in force on a day,
checked and stored from the day they take effect, like the other dated settings.

A scheme's key is stored on its dwellings and never changes; a scheme removed from the setting
leaves its dwellings with their key, asking nothing more of them than the ordinary scheme. The
ordinary scheme cannot be removed (`Schemes` puts it back).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from desktop.core import settings
from desktop.core.errors import ValidationError
from desktop.core.i18n import translate
from desktop.core.schemes.settings import (
    SCHEMES,
    Allocation,
    DeadlineRule,
    LeaseKind,
    Scheme,
    Schemes,
)
from desktop.core.settings import TARGET_GROUPS, TargetGroups
from desktop.core.workspace import Workspace

_KEY = re.compile(r"[a-z][a-z0-9_]{0,39}")
_LETTER = re.compile(r"[a-z0-9][a-z0-9_-]{0,39}")
MAX_AGE = 120
MAX_LEASE_MONTHS = 120
MAX_WORKING_DAYS = 60


def load(ws: Workspace, on: dt.date | None = None) -> Schemes:
    """The schemes in force on `on` (today if not given)."""
    with ws.read() as session:
        return settings.get(session, SCHEMES, on or ws.today())


def target_groups(ws: Workspace, on: dt.date | None = None) -> TargetGroups:
    """The target groups a scheme may serve (those in force on `on`, today if not given)."""
    with ws.read() as session:
        return settings.get(session, TARGET_GROUPS, on or ws.today())


def tidy(scheme: Scheme) -> Scheme:
    """The scheme without values its choices leave unused (a length for an ordinary lease, a
    number of dwellings for a scheme that counts against the share, ...), its words trimmed."""
    own = scheme.allocation == Allocation.OWN_RIGHT
    return replace(
        scheme,
        key=scheme.key.strip(),
        name=scheme.name.strip(),
        legal_basis=scheme.legal_basis.strip(),
        support_measures=tuple(m.strip() for m in scheme.support_measures if m.strip()),
        lease_months=scheme.lease_months if scheme.lease == LeaseKind.TIME_LIMITED else None,
        dwellings=scheme.dwellings if own else None,
        allocation_percent=scheme.allocation_percent if own else None,
        letter_template=scheme.letter_template.strip(),
    )


def problems(schemes: Schemes, known_groups: frozenset[str]) -> dict[str, str]:
    """What is wrong, per "<key>.<field>" (the form's field of that scheme); empty when the
    schemes may be saved."""
    found: dict[str, str] = {}
    seen: set[str] = set()
    for scheme in schemes.schemes:
        key = scheme.key

        def fault(field: str, text: str, key: str = key) -> None:
            found.setdefault(f"{key}.{field}", text)

        if not _KEY.fullmatch(key):
            fault(
                "key",
                translate(
                    "Schemes",
                    "A key is 1-40 small letters a-z, digits and _, beginning with a letter.",
                ),
            )
        elif key in seen:
            fault("key", translate("Schemes", "Two schemes have the key {key}.").format(key=key))
        seen.add(key)
        if not scheme.name:
            fault("name", translate("Schemes", "Give the scheme a name."))
        unknown = [g for g in scheme.target_groups if g not in known_groups]
        if unknown:
            fault(
                "target_groups",
                translate("Schemes", "No target group has the code {codes}.").format(
                    codes=", ".join(unknown)
                ),
            )
        for field, age in (("age_from", scheme.age_from), ("age_to", scheme.age_to)):
            if age is not None and not 0 <= age <= MAX_AGE:
                fault(field, translate("Schemes", "An age lies between 0 and 120."))
        if (
            scheme.age_from is not None
            and scheme.age_to is not None
            and scheme.age_from > scheme.age_to
        ):
            fault("age_to", translate("Schemes", "The age band ends before it begins."))
        if scheme.lease == LeaseKind.TIME_LIMITED and not (
            scheme.lease_months is not None and 1 <= scheme.lease_months <= MAX_LEASE_MONTHS
        ):
            fault(
                "lease_months",
                translate("Schemes", "A time-limited lease runs 1 to 120 months."),
            )
        if scheme.allocation == Allocation.OWN_RIGHT:
            if scheme.dwellings is not None and scheme.dwellings < 1:
                fault(
                    "dwellings", translate("Schemes", "An allocation right has 1 dwelling or more.")
                )
            percent = scheme.allocation_percent
            if percent is not None and not 0 < percent <= 100:
                fault(
                    "allocation_percent",
                    translate("Schemes", "A share lies above 0 % and at most 100 %."),
                )
        if scheme.deadline == DeadlineRule.LANDLORD_NOTICE and not (
            1 <= scheme.deadline_working_days <= MAX_WORKING_DAYS
        ):
            fault(
                "deadline_working_days",
                translate("Schemes", "The landlord's deadline is 1 to 60 working days."),
            )
        if scheme.letter_template and not _LETTER.fullmatch(scheme.letter_template):
            fault(
                "letter_template",
                translate(
                    "Schemes",
                    "A letter's name is 1-40 small letters a-z, digits, - and _.",
                ),
            )
    return found


def save(ws: Workspace, schemes: Schemes, valid_from: dt.date | None = None) -> Schemes:
    """Check the schemes and store them from `valid_from` (today if not given); what was
    stored. A ValidationError names each problem with its scheme; nothing is stored then."""
    tidied = Schemes(tuple(tidy(s) for s in schemes.schemes))
    day = valid_from or ws.today()
    with ws.write() as session:
        groups = settings.get(session, TARGET_GROUPS, day)
        found = problems(tidied, frozenset(g.code for g in groups.groups))
        if found:
            names = {s.key: s.name or s.key for s in tidied.schemes}
            lines = [
                f"{names.get(where.split('.', 1)[0], where)}: {text}"
                for where, text in found.items()
            ]
            raise ValidationError(
                translate("Schemes", "The schemes were not saved:") + "\n" + "\n".join(lines),
                found,
            )
        settings.put(session, SCHEMES, tidied, day)
    return tidied
