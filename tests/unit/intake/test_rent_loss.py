"""Rent loss: monthly rent incl. a conto x 12 / 365 a day, while the desk holds the dwelling."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from desktop.core.rent_loss import daily_rate, loss_days, rent_loss

D = dt.date


def test_daily_rate_is_twelve_months_over_365_days() -> None:
    assert daily_rate(Decimal("3650")) == Decimal("120")


def test_loss_runs_from_disposal_to_today_while_the_dwelling_waits() -> None:
    assert loss_days(D(2026, 11, 1), until=D(2026, 11, 21)) == 20
    assert rent_loss(Decimal("3650"), D(2026, 11, 1), until=D(2026, 11, 21)) == Decimal("2400.00")


def test_loss_stops_when_the_lease_starts() -> None:
    loss = rent_loss(
        Decimal("5000"), D(2026, 11, 1), until=D(2026, 12, 31), lease_start=D(2026, 11, 15)
    )
    assert loss == (Decimal(5000) * 12 / 365 * 14).quantize(Decimal("0.01"))


def test_loss_stops_when_the_desk_gives_the_dwelling_back() -> None:
    assert loss_days(D(2026, 11, 1), until=D(2026, 12, 31), given_back_on=D(2026, 11, 8)) == 7


def test_no_loss_before_the_dwelling_is_at_the_desks_disposal() -> None:
    assert loss_days(D(2026, 12, 1), until=D(2026, 11, 21)) == 0
    assert loss_days(None, until=D(2026, 11, 21)) == 0
    assert rent_loss(Decimal("4000"), None, until=D(2026, 11, 21)) == Decimal("0.00")


def test_loss_is_rounded_to_ore() -> None:
    # 4.321,00 x 12 / 365 x 3 = 426.180821... -> 426,18
    assert rent_loss(Decimal("4321"), D(2026, 11, 1), until=D(2026, 11, 4)) == Decimal("426.18")
