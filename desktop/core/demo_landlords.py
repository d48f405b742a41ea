"""The demo's private landlords and their notices, made after the rest of the demo (with random
numbers of their own, so what was there before is made as before).

Three landlords; six notices received over the past weeks, through the desk's own workflows with
the clock set to each day, so Overblik shows every step of the answer: one just received, one
past its deadline, one offered and waiting for the applicant's reply, one accepted and waiting
for the answer letter, one returned and answered, one let and answered.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence
from decimal import Decimal
from typing import Protocol

from db.enums import DwellingType, VacancyStatus
from desktop.core.intake import landlord_notices, status
from desktop.core.intake.rules import VacancyDraft
from desktop.core.letters import landlord as answers
from desktop.core.offers.workflow import (
    accept_offer,
    enter_lease_start,
    propose_next,
    send_offer,
)
from desktop.core.registry import landlords
from desktop.core.registry.landlords import LandlordData
from desktop.core.workdays import add_working_days
from desktop.core.workspace import Workspace


class Desk(Protocol):
    ws: Workspace

    def on(self, day: dt.date) -> None: ...

    def deliver(self, letter_ids: Sequence[int]) -> None: ...


LANDLORDS = (
    LandlordData(
        "Nordbo Ejendomme ApS",
        "72494814",
        "Vestergade 3, 9000 Aalborg",
        "Lise Østergård",
        "udlejning@nordbo.example",
        "98 12 40 40",
    ),
    LandlordData(
        "Limfjordens Udlejning A/S",
        "87033082",
        "Strandvejen 19, 9000 Aalborg",
        "Jørgen Bæk",
        "bolig@limfjorden.example",
        "96 30 11 22",
    ),
    LandlordData(
        "Søren Ærø Ejendomme I/S",
        "47511488",
        "Hasserisgade 8, 9000 Aalborg",
        "Søren Ærø",
        "soeren@aeroe-ejendomme.example",
        "20 44 55 66",
    ),
)

_STREETS = (
    ("Vesterbro", "1. th"),
    ("Boulevarden", "3. tv"),
    ("Danmarksgade", "2. th"),
    ("Kastetvej", "st. tv"),
    ("Hasserisgade", "1. mf"),
    ("Sankt Markus Kirkeplads", "4. th"),
)


def _draft(rng: random.Random, index: int, received: dt.date, rent: int) -> VacancyDraft:
    street, floor_door = _STREETS[index]
    floor, door = floor_door.split()
    rooms = rng.choice((1.0, 1.0, 2.0))  # small flats: what the desk's applicants most need
    return VacancyDraft(
        street=street,
        house_number=str(rng.randint(2, 80)),
        floor=floor.rstrip("."),
        door=door,
        postcode="9000",
        city="Aalborg",
        dwelling_type=DwellingType.FAMILY,
        rooms=rooms,
        area_m2=float(30 + 22 * rooms + rng.randint(0, 9)),
        rent=Decimal(rent),
        aconto_heating=Decimal(rng.choice((350, 400, 450))),
        deposit=Decimal(3 * rent),
        available_from=received + dt.timedelta(days=rng.randint(14, 30)),
        viewing_contact=f"Udlejer, tlf. {rng.randint(20, 99)} {rng.randint(10, 99)} "
        f"{rng.randint(10, 99)} {rng.randint(10, 99)}",
    )


def add_landlords(desk: Desk, rng: random.Random, today: dt.date) -> int:
    """Register the landlords and play their notices through; how many notices were made."""
    ws = desk.ws
    desk.on(today - dt.timedelta(days=60))
    ids = [landlords.save_landlord(ws, None, data) for data in LANDLORDS]

    def notice(landlord: int, index: int, days_ago: int, rent: int = 3500) -> tuple[int, dt.date]:
        received = today - dt.timedelta(days=days_ago)
        if days_ago >= 10:  # meant to be past its deadline, whatever holidays lie between
            while add_working_days(received, 7) >= today:
                received -= dt.timedelta(days=1)
        desk.on(received)
        draft = _draft(rng, index, received, rent)
        return landlord_notices.create_notice(ws, ids[landlord], draft), received

    def accept_and_offer(vacancy: int, day: dt.date) -> int | None:
        desk.on(day)
        status.change_status(ws, vacancy, VacancyStatus.ACCEPTED)
        offer = propose_next(ws, vacancy)
        if offer is not None:
            desk.deliver(send_offer(ws, offer).letter_ids)
        return offer

    notice(0, 0, 1)  # just received: accept or return it
    notice(0, 1, 12)  # not decided: past its deadline
    waiting, received = notice(1, 2, 4)
    accept_and_offer(waiting, received + dt.timedelta(days=1))  # the reply is awaited
    found, received = notice(1, 3, 8)
    offer = accept_and_offer(found, received + dt.timedelta(days=1))
    if offer is not None:  # the applicant said yes: the answer is to be written
        desk.on(received + dt.timedelta(days=4))
        accept_offer(ws, offer)
    declined, received = notice(2, 4, 20, rent=11800)  # above every ceiling
    desk.on(received + dt.timedelta(days=1))
    status.change_status(
        ws,
        declined,
        VacancyStatus.RETURNED,
        reason="Huslejen er for høj til de boligsøgende, kommunen anviser til.",
    )
    answers.issue_answer(ws, declined, "Huslejen er for høj til de boligsøgende på listen.")
    let, received = notice(2, 5, 40)
    offer = accept_and_offer(let, received + dt.timedelta(days=1))
    if offer is not None:
        desk.on(received + dt.timedelta(days=4))
        accept_offer(ws, offer)
        answers.issue_answer(ws, let)
        desk.on(received + dt.timedelta(days=20))
        enter_lease_start(ws, offer, received + dt.timedelta(days=30))
    desk.on(today)
    return 6
