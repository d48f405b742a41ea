"""The housing schemes in force on a day, as `anvis schemes list` shows them, and as the forms
that choose a dwelling's scheme offer them (`choices`, `scheme_in_force`)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from desktop.core import formats, settings
from desktop.core.errors import ValidationError
from desktop.core.i18n import translate
from desktop.core.schemes import labels
from desktop.core.schemes.settings import ORDINARY, SCHEMES, Scheme, Schemes
from desktop.core.settings import TARGET_GROUPS, TargetGroups
from desktop.core.workspace import Workspace


@dataclass(frozen=True)
class SchemesInForce:
    day: dt.date
    valid_from: dt.date | None  # the stored value's date; None: Anvis's default is in force
    schemes: Schemes
    target_groups: TargetGroups

    def as_json(self) -> dict[str, Any]:
        return {
            "date": self.day.isoformat(),
            "valid_from": None if self.valid_from is None else self.valid_from.isoformat(),
            "schemes": [settings.to_json(s) for s in self.schemes.schemes],
        }

    def lines(self) -> list[str]:
        """Each scheme: its key and name, then its terms, one a line."""
        if self.valid_from is None:
            head = translate("Schemes", "Housing schemes on {date} (Anvis's defaults):")
        else:
            head = translate("Schemes", "Housing schemes on {date} (in force from {since}):")
        found = [head.format(date=formats.date(self.day), since=formats.date(self.valid_from))]
        for scheme in self.schemes.schemes:
            basis = f" ({scheme.legal_basis})" if scheme.legal_basis else ""
            found.append(f"{scheme.key}  {scheme.name}{basis}")
            found.extend(f"    {term}" for term in self._terms(scheme))
        return found

    def _terms(self, scheme: Scheme) -> list[str]:
        groups = self._groups(scheme)
        terms = [translate("Schemes", "Target groups: {groups}").format(groups=groups)]
        if scheme.has_age_band:
            terms.append(translate("Schemes", "Age: {band}").format(band=labels.age_band(scheme)))
        if scheme.support_measures:
            terms.append(
                translate("Schemes", "Support in place: {measures}").format(
                    measures=", ".join(scheme.support_measures)
                )
            )
        if scheme.dispensation:
            terms.append(translate("Schemes", "A dispensation in place"))
        lease = labels.lease(scheme)
        if scheme.co_living:
            lease = translate("Schemes", "{lease}, co-living").format(lease=lease)
        terms.append(translate("Schemes", "Lease: {lease}").format(lease=lease))
        terms.append(
            translate("Schemes", "Allocation: {allocation}").format(
                allocation=labels.allocation(scheme)
            )
        )
        terms.append(
            translate("Schemes", "Rent loss borne by {bearer}").format(
                bearer=labels.rent_loss(scheme.rent_loss)
            )
        )
        deadline = labels.deadline(scheme)
        terms.append(translate("Schemes", "Deadline: {deadline}").format(deadline=deadline))
        if scheme.letter_template:
            terms.append(
                translate("Schemes", "Its own offer letter: {name}").format(
                    name=scheme.letter_template
                )
            )
        return terms

    def _groups(self, scheme: Scheme) -> str:
        if not scheme.target_groups:
            return translate("Schemes", "every target group")
        found = (self.target_groups.by_code(code) for code in scheme.target_groups)
        return ", ".join(
            code if group is None else group.label
            for group, code in zip(found, scheme.target_groups, strict=True)
        )


def schemes_on(ws: Workspace, day: dt.date | None = None) -> SchemesInForce:
    """The schemes in force on `day` (today if not given) and since when."""
    on = day or ws.today()
    with ws.read() as session:
        stored = [v.valid_from for v in settings.history(session, SCHEMES) if v.valid_from <= on]
        return SchemesInForce(
            on,
            max(stored, default=None),
            settings.get(session, SCHEMES, on),
            settings.get(session, TARGET_GROUPS, on),
        )


@dataclass(frozen=True)
class SchemeChoice:
    key: str
    name: str


def choices(ws: Workspace) -> list[SchemeChoice]:
    """The schemes in force today, the ordinary one first: what a form for an organisation's
    dwellings offers (not the private landlords' scheme: their dwellings come by their own
    form and import, `desktop.core.intake.landlord_notices`)."""
    with ws.read() as session:
        schemes = settings.get(session, SCHEMES, ws.today())
    return [SchemeChoice(s.key, s.name) for s in schemes.schemes if not s.for_landlords]


def scheme_in_force(ws: Workspace, key: str) -> Scheme:
    """The scheme `key` names among those in force today; a ValidationError that names them
    when there is none (a new dwelling cannot be put in a scheme no longer in force)."""
    with ws.read() as session:
        schemes = settings.get(session, SCHEMES, ws.today())
    found = schemes.by_key(key or ORDINARY)
    if found is None:
        raise ValidationError(
            translate(
                "Schemes", "There is no housing scheme {scheme}. The schemes in force: {known}."
            ).format(scheme=key, known=", ".join(schemes.keys)),
            {"scheme": translate("Schemes", "Choose one of the schemes in force.")},
        )
    return found


def organisation_scheme(ws: Workspace, key: str) -> Scheme:
    """`scheme_in_force`, for an organisation's dwelling: never the private landlords' scheme,
    whose dwellings lie in no department (a ValidationError says to name the landlord)."""
    found = scheme_in_force(ws, key)
    if found.for_landlords:
        raise ValidationError(
            translate(
                "Schemes",
                "{scheme} is the scheme of private landlords' dwellings, which lie in no "
                "organisation's department: name the landlord instead (--landlord CVR).",
            ).format(scheme=key),
            {"scheme": translate("Schemes", "A scheme for private landlords.")},
        )
    return found
