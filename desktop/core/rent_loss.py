"""Rent loss (lejetab): the rent of a dwelling at the desk's disposal while no tenant pays it.

Per day = monthly rent incl. a conto x 12 / 365, from the day the dwelling is at the desk's
disposal until the lease starts or the desk gives the dwelling back (that day not included:
from then on the tenant or the organisation pays). Offers, reports and the vacancy list use this.

Who bears it is the dwelling's housing scheme's to say (`Scheme.rent_loss`): the municipality
(the ordinary share, udslusningsboliger, a private landlord's dwelling under the allocation
right), the housing organisation or the landlord, by the scheme's agreement. `bearer` is that
rule; the reports and the work queue count the loss per bearer with `per_bearer`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import ROUND_HALF_UP, Decimal

from desktop.core.schemes.settings import RentLossBearer, Schemes

_CENT = Decimal("0.01")
BEARERS = tuple(RentLossBearer)  # the order reports list them in


def bearer(schemes: Schemes, scheme_key: str | None) -> RentLossBearer:
    """Who bears the rent loss of a dwelling of the scheme `scheme_key` (a key no longer in
    force: as the ordinary scheme)."""
    return schemes.scheme_of(scheme_key).rent_loss


def per_bearer(amounts: Iterable[tuple[RentLossBearer, Decimal]]) -> dict[RentLossBearer, Decimal]:
    """The amounts summed per bearer, every bearer present (0 when it bears nothing), in
    `BEARERS` order."""
    found = dict.fromkeys(BEARERS, Decimal(0))
    for who, amount in amounts:
        found[who] += amount
    return found


def daily_rate(monthly_total: Decimal) -> Decimal:
    """The rent loss of one day, exact (not rounded): monthly x 12 / 365."""
    return monthly_total * 12 / 365


def loss_days(
    at_disposal_from: dt.date | None,
    *,
    until: dt.date,
    lease_start: dt.date | None = None,
    given_back_on: dt.date | None = None,
) -> int:
    """Days the municipality pays for, counted up to `until` (e.g. today).

    The period ends on the lease start or the give-back date (whichever is first and set);
    it never runs past `until`. Before the dwelling is at the desk's disposal: 0.
    """
    if at_disposal_from is None:
        return 0
    end = until
    for stop in (lease_start, given_back_on):
        if stop is not None and stop < end:
            end = stop
    return max(0, (end - at_disposal_from).days)


def rent_loss(
    monthly_total: Decimal,
    at_disposal_from: dt.date | None,
    *,
    until: dt.date,
    lease_start: dt.date | None = None,
    given_back_on: dt.date | None = None,
) -> Decimal:
    """The rent loss accrued up to `until`, in kroner rounded to øre."""
    days = loss_days(
        at_disposal_from, until=until, lease_start=lease_start, given_back_on=given_back_on
    )
    return (daily_rate(monthly_total) * days).quantize(_CENT, rounding=ROUND_HALF_UP)
