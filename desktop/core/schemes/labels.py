"""The schemes' terms in the user's language (the command line, lists, the detail panel)."""

from __future__ import annotations

from desktop.core import formats
from desktop.core.i18n import translate
from desktop.core.schemes.settings import (
    Allocation,
    DeadlineRule,
    LeaseKind,
    RentLossBearer,
    Scheme,
)


def lease(scheme: Scheme) -> str:
    if scheme.lease == LeaseKind.TIME_LIMITED:
        if scheme.lease_months is None:
            return translate("Schemes", "time-limited")
        return formats.plural(
            scheme.lease_months,
            translate("Schemes", "time-limited, {n} month"),
            translate("Schemes", "time-limited, {n} months"),
        )
    return translate("Schemes", "ordinary")


def allocation(scheme: Scheme) -> str:
    if scheme.allocation == Allocation.SHARE:
        return translate("Schemes", "counts against the agreed share (25 % rule)")
    if scheme.dwellings is not None:
        return formats.plural(
            scheme.dwellings,
            translate("Schemes", "own allocation right, {n} dwelling"),
            translate("Schemes", "own allocation right, {n} dwellings"),
        )
    if scheme.allocation_percent is not None:
        return translate("Schemes", "own allocation right, {percent}").format(
            percent=formats.percent(scheme.allocation_percent, 0)
        )
    return translate("Schemes", "own allocation right")


def rent_loss(bearer: RentLossBearer) -> str:
    return {
        RentLossBearer.MUNICIPALITY: translate("Schemes", "the municipality"),
        RentLossBearer.ORGANISATION: translate("Schemes", "the housing organisation"),
        RentLossBearer.LANDLORD: translate("Schemes", "the landlord"),
    }[bearer]


def bearer(who: RentLossBearer) -> str:
    """The bearer as a heading or a table row names it ("Municipality")."""
    return {
        RentLossBearer.MUNICIPALITY: translate("Schemes", "Municipality"),
        RentLossBearer.ORGANISATION: translate("Schemes", "Housing organisation"),
        RentLossBearer.LANDLORD: translate("Schemes", "Landlord"),
    }[who]


def deadline(scheme: Scheme) -> str:
    if scheme.deadline == DeadlineRule.LANDLORD_NOTICE:
        return formats.plural(
            scheme.deadline_working_days,
            translate("Schemes", "{n} working day from the landlord's notice"),
            translate("Schemes", "{n} working days from the landlord's notice"),
        )
    return translate("Schemes", "the desk's usual deadline")


def age_band(scheme: Scheme) -> str:
    """The band in words ("18-25 years", "from 65 years"); "" without a band."""
    low, high = scheme.age_from, scheme.age_to
    if low is not None and high is not None:
        return formats.plural(
            high,
            translate("Schemes", "{low}-{n} year"),
            translate("Schemes", "{low}-{n} years"),
        ).format(low=low)
    if low is not None:
        return formats.plural(
            low, translate("Schemes", "from {n} year"), translate("Schemes", "from {n} years")
        )
    if high is not None:
        return formats.plural(
            high, translate("Schemes", "up to {n} year"), translate("Schemes", "up to {n} years")
        )
    return ""
