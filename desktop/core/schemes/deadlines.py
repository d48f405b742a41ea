"""The desk's deadline to name a tenant, by the scheme's deadline rule.

The organisations' usual rule counts the desk's working days (the `deadlines` setting) from the
day the dwelling is at the desk's disposal. A private landlord who gives the municipality a
dwelling under its allocation right must have an answer within the scheme's working days (7 by
lov om kommunal anvisningsret § 5) of the notice, whenever the dwelling itself is free.
"""

from __future__ import annotations

import datetime as dt

from desktop.core.schemes.settings import DeadlineRule, Scheme
from desktop.core.workdays import add_working_days


def desk_deadline(
    scheme: Scheme, *, at_disposal: dt.date, notice: dt.date, desk_working_days: int
) -> dt.date:
    """The last day to name a tenant (or answer the landlord): working days counted from the
    day after `at_disposal`, or after the landlord's `notice` under a landlord's deadline."""
    if scheme.deadline == DeadlineRule.LANDLORD_NOTICE:
        return add_working_days(notice, scheme.deadline_working_days)
    return add_working_days(at_disposal, desk_working_days)
