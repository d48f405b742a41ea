"""A time-limited lease's last day (tidsbegrænset lejemål).

A lease of N months runs from its first day up to the day before the same date number N months
later: from 1 December 2026 for 24 months to 30 November 2028. When that month has no such date
(a lease from 31 January for one month) the lease covers the whole shorter month and ends on its
last day; a leap day is covered when the period holds one (from 1 March 2027 for 12 months to 29
February 2028).
"""

from __future__ import annotations

import calendar
import datetime as dt

from desktop.core.schemes.settings import LeaseKind, Scheme


def lease_end(first_day: dt.date, months: int) -> dt.date:
    """The last day of a lease of `months` months that begins on `first_day`."""
    if months < 1:
        raise ValueError(f"a lease runs at least one month, not {months}")
    index = first_day.year * 12 + first_day.month - 1 + months
    year, month0 = divmod(index, 12)
    if first_day.day > calendar.monthrange(year, month0 + 1)[1]:
        # no such date: the lease runs to the end of the shorter month
        return dt.date(year, month0 + 1, calendar.monthrange(year, month0 + 1)[1])
    return dt.date(year, month0 + 1, first_day.day) - dt.timedelta(days=1)


def time_limited_end(scheme: Scheme, first_day: dt.date | None) -> dt.date | None:
    """The last day of the scheme's lease from `first_day`; None for an ordinary lease, a
    time-limited one without a length, or no first day."""
    if scheme.lease != LeaseKind.TIME_LIMITED or not scheme.lease_months or first_day is None:
        return None
    return lease_end(first_day, scheme.lease_months)
