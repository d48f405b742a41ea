"""What-ifs on hand-made histories whose right answer can be worked out by hand: a colour that
changes inside the period, a share, a rent ceiling, the occupancy norm, a legal block that
lifts during the period, an applicant nothing fits, and the list as it stood each day."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest

from db.enums import (
    ApplicantStatus,
    Colour,
    DwellingType,
    FlexibleLetting,
    LegalFactKind,
    ListKind,
    MemberRelation,
    PlacementSource,
    Urgency,
    VacancyStatus,
)
from db.models import Placement
from desktop.core import colours, settings
from desktop.core.errors import ValidationError
from desktop.core.matching import run_to_end
from desktop.core.matching.settings import OCCUPANCY_NORM
from desktop.core.settings import COLOUR_POLICY, RENT_CEILINGS
from desktop.core.whatif.changes import Band, Changes, DepartmentColour, applied
from desktop.core.whatif.compare import WhatIf, what_if
from desktop.core.whatif.keys import UnknownChange, parse_changes
from desktop.core.workspace import Workspace
from tests.unit.matching import db_factories as make

START = dt.date(2026, 1, 1)
END = dt.date(2026, 6, 30)
D = dt.date


def _department(ws: Workspace, number: str, *spans: tuple[Colour, D, D | None], **kw: Any) -> int:
    """A department of organisation 145 with a placement per (colour, from, to)."""
    dept = make.department(ws, number=number, **kw)
    with ws.write() as session:
        session.query(Placement).filter_by(department_id=dept).delete()
        for colour, start, end in spans:
            session.add(
                Placement(
                    department_id=dept,
                    colour=colour,
                    flexible_letting=FlexibleLetting.AGREED,
                    valid_from=start,
                    valid_to=end,
                    source=PlacementSource.MANUAL,
                )
            )
    return dept


def _dwelling(ws: Workspace, dept: int | None, reported: D, **kw: Any) -> int:
    """A dwelling reported on `reported`, at the desk's disposal that day, deadline a week on;
    in reality returned unless said otherwise (the replay decides for itself)."""
    values: dict[str, Any] = {
        "reported_on": reported,
        "available_from": reported,
        "at_disposal_from": None,
        "desk_deadline": None,
        "status": VacancyStatus.RETURNED,
    }
    values.update(kw)
    return make.vacancy(ws, dept, **values)


def _person(ws: Workspace, name: str, registered: D, **kw: Any) -> int:
    return make.applicant(ws, name, registered_on=registered, **kw)


def _run(ws: Workspace, changes: Changes | None = None) -> WhatIf:
    return run_to_end(what_if(ws, START, END, changes or Changes()))


def _measures(result: WhatIf) -> dict[str, tuple[Any, Any]]:
    return {m.code: (m.real, m.changed) for m in result.measures()}


@pytest.fixture
def green_then_red(workspace: Workspace) -> dict[str, int]:
    """Department 145/01 is green until 31 March and red from 1 April; one dwelling is reported
    each month from February to May; four applicants fit every dwelling, oldest first."""
    dept = _department(
        workspace,
        "01",
        (Colour.GREEN, D(2025, 1, 1), D(2026, 3, 31)),
        (Colour.RED, D(2026, 4, 1), None),
    )
    ids = {"dept": dept}
    for month in (2, 3, 4, 5):
        ids[f"d{month}"] = _dwelling(workspace, dept, D(2026, month, 10))
    for n in range(1, 5):
        ids[f"p{n}"] = _person(workspace, f"Person {n}", D(2025, n, 1))
    return ids


def test_a_colour_change_inside_the_period_returns_the_later_dwellings(
    workspace: Workspace, green_then_red: dict[str, int]
) -> None:
    ids = green_then_red
    result = _run(workspace)
    real = result.real
    assert (real.reported, real.accepted, real.returned_colour, real.returned_rent) == (4, 2, 2, 0)
    # February's dwelling to the longest waiting, March's to the next
    assert real.offers == [(ids["d2"], ids["p1"]), (ids["d3"], ids["p2"])]
    assert result.changed.offers == real.offers  # no change: the same replay


def test_a_department_green_for_the_whole_period_houses_two_more(
    workspace: Workspace, green_then_red: dict[str, int]
) -> None:
    ids = green_then_red
    label = "145/01 Kildeparken"
    result = _run(
        workspace, Changes(departments=(DepartmentColour(ids["dept"], label, Colour.GREEN),))
    )
    measures = _measures(result)
    assert measures["accepted"] == (2, 4)
    assert measures["returned_colour"] == (2, 0)
    assert measures["applicants"] == (2, 4)
    assert [a for _d, a in result.changed.offers] == [ids["p1"], ids["p2"], ids["p3"], ids["p4"]]


def test_a_higher_share_reports_more_dwellings_like_those_of_that_colour(
    workspace: Workspace, green_then_red: dict[str, int]
) -> None:
    # green's share 50 % instead of 25 %: each green dwelling counts twice; the red ones (share
    # 0, reported anyway and returned) stay as they were
    result = _run(workspace, Changes(shares={Colour.GREEN: 50.0}))
    measures = _measures(result)
    assert measures["reported"] == (4, 6)
    assert measures["accepted"] == (2, 4)
    assert measures["returned_colour"] == (2, 2)
    assert measures["applicants"] == (2, 4)


def test_a_lower_share_reports_fewer(workspace: Workspace, green_then_red: dict[str, int]) -> None:
    # 12.5 % instead of 25 %: one green dwelling of the two (the first, rounded half up)
    result = _run(workspace, Changes(shares={Colour.GREEN: 12.5}))
    assert _measures(result)["reported"] == (4, 3)
    assert _measures(result)["accepted"] == (2, 1)
    assert result.changed.offers == [(green_then_red["d2"], green_then_red["p1"])]


def test_a_higher_rent_ceiling_makes_a_returned_dwelling_usable(workspace: Workspace) -> None:
    dept = _department(workspace, "02", (Colour.GREEN, D(2025, 1, 1), None))
    # a dwelling really let in the period: 14 days from disposal to lease (the period's median)
    _dwelling(
        workspace,
        dept,
        D(2026, 2, 1),
        status=VacancyStatus.LET,
        at_disposal_from=D(2026, 2, 1),
        lease_start=D(2026, 2, 15),
        rent=Decimal(3000),
        aconto_heating=None,
    )
    # family, 2 rooms, 5,500 kr. with a conto: above the ceiling of 5,300
    dear = _dwelling(
        workspace, dept, D(2026, 3, 2), rent=Decimal(5000), aconto_heating=Decimal(500)
    )
    poor = _person(workspace, "Lav grænse", D(2025, 1, 1), max_rent=Decimal(5000))
    rich = _person(workspace, "Høj grænse", D(2025, 2, 1), max_rent=Decimal(6000))
    band = Band(DwellingType.FAMILY, 2.0)
    result = _run(workspace, Changes(ceilings={band: 5600.0}))
    measures = _measures(result)
    assert measures["returned_rent"] == (1, 0)
    assert measures["accepted"] == (1, 2)
    # the let dwelling goes to the first in line, the dear one to the one who can pay it
    assert result.real.offers[0][1] == poor
    assert (dear, rich) in result.changed.offers
    # 3,000 kr. x 12 / 365 x 14 days, and 5,500 kr. x 12 / 365 x 14 days (the median)
    assert measures["rent_loss"] == (Decimal("1380.82"), Decimal("1380.82") + Decimal("2531.51"))


def test_a_looser_occupancy_norm_fits_a_single_person_into_three_rooms(
    workspace: Workspace,
) -> None:
    dept = _department(workspace, "03", (Colour.GREEN, D(2025, 1, 1), None))
    three = _dwelling(
        workspace, dept, D(2026, 4, 1), rooms=3.0, desk_deadline=D(2026, 4, 13), rent=Decimal(3650)
    )
    alone = _person(workspace, "Alene", D(2025, 1, 1))
    result = _run(workspace, Changes(extra_rooms=2.0))
    measures = _measures(result)
    # one person, three rooms: one room more than persons at most, so no one in reality
    assert measures["without_candidate"] == (1, 0)
    assert result.changed.offers == [(three, alone)]
    # given back on its deadline: 12 days of 3,650 + 450 kr. (4,100 kr. x 12 / 365 x 12)
    assert measures["rent_loss"][0] == Decimal("1617.53")


def test_a_legal_block_that_lifts_during_the_period(workspace: Workspace) -> None:
    udsat = _department(
        workspace,
        "04",
        (Colour.GREEN, D(2025, 1, 1), None),
        lists=(ListKind.DISADVANTAGED,),
    )
    # released on 20 December 2025: blocked in an udsat boligområde up to 20 June 2026
    released = _person(
        workspace,
        "Løsladt",
        D(2024, 1, 1),
        members=[
            (
                MemberRelation.APPLICANT,
                D(1980, 3, 3),
                [(LegalFactKind.PRISON_RELEASE, None, D(2025, 12, 20), None)],
            )
        ],
    )
    other = _person(workspace, "Næste", D(2025, 1, 1))
    march = _dwelling(workspace, udsat, D(2026, 3, 2))
    june = _dwelling(workspace, udsat, D(2026, 6, 22))
    result = _run(workspace)
    assert result.real.offers == [(march, other), (june, released)]


def test_an_applicant_nothing_fits_never_has_an_offer(workspace: Workspace) -> None:
    dept = _department(workspace, "05", (Colour.GREEN, D(2025, 1, 1), None))
    dwellings = [_dwelling(workspace, dept, D(2026, m, 5)) for m in (1, 2, 3)]
    stuck = _person(
        workspace, "Kørestol", D(2020, 1, 1), urgency=Urgency.ACUTE, needs_wheelchair=True
    )
    others = [_person(workspace, f"Person {n}", D(2025, n, 1)) for n in (1, 2, 3)]
    result = _run(workspace, Changes(shares={Colour.GREEN: 50.0}))
    assert stuck not in {a for _d, a in result.real.offers + result.changed.offers}
    assert result.real.offers == list(zip(dwellings, others, strict=True))
    assert _measures(result)["applicants"] == (3, 3)  # twice the dwellings, still three people


def test_the_list_as_it_stood_each_day(workspace: Workspace) -> None:
    dept = _department(workspace, "06", (Colour.GREEN, D(2025, 1, 1), None))
    first = _dwelling(workspace, dept, D(2026, 2, 2))
    second = _dwelling(workspace, dept, D(2026, 5, 4))
    closed = _person(
        workspace, "Lukket", D(2024, 1, 1), status=ApplicantStatus.HOUSED, closed_on=D(2026, 1, 20)
    )
    late = _person(workspace, "Sen", D(2026, 3, 1))
    waiting = _person(workspace, "Venter", D(2025, 6, 1))
    result = _run(workspace)
    # the closed case is gone by February; the late one is not yet on the list in February
    assert result.real.offers == [(first, waiting), (second, late)]
    assert closed not in {a for _d, a in result.real.offers}


def test_by_target_group_and_json(workspace: Workspace, green_then_red: dict[str, int]) -> None:
    result = _run(workspace, Changes(shares={Colour.GREEN: 50.0}))
    groups = {m.code: (m.real, m.changed) for m in result.by_target_group()}
    assert groups["other"] == (2, 4)
    assert groups["young"] == (0, 0)
    data = result.as_json()
    assert data["changes"] == [
        {"key": "share.green", "value": "50", "text": "Share to report for green: 50 %"}
    ]
    applicants = next(m for m in data["measures"] if m["code"] == "applicants")
    assert applicants == {
        "code": "applicants",
        "label": "Applicants who had an offer",
        "real": 2,
        "what_if": 4,
        "difference": 2,
    }


# --- the changes reach the rules ---------------------------------------------------------------


def test_changed_settings_are_read_by_every_rule_and_only_within_the_block(
    workspace: Workspace,
) -> None:
    dept = _department(workspace, "07", (Colour.YELLOW, D(2025, 1, 1), None))
    day = D(2026, 3, 1)
    changes = Changes(
        shares={Colour.GREEN: 40.0},
        departments=(DepartmentColour(dept, "145/07", Colour.GREEN),),
        ceilings={Band(DwellingType.FAMILY, 2.0): 5600.0},
        persons_per_room=3.0,
    )
    with workspace.read() as session:
        before = colours.colour_status(session, dept, day)
        with applied(session, changes):
            status = colours.colour_status(session, dept, day)
            ceilings = settings.get(session, RENT_CEILINGS, day)
            norm = settings.get(session, OCCUPANCY_NORM, day)
            policy = settings.get(session, COLOUR_POLICY, day)
        after = colours.colour_status(session, dept, day)
    assert (status.colour, status.share_percent) == (Colour.GREEN, 40.0)
    assert ceilings.ceiling_for(DwellingType.FAMILY, 2.0) == 5600.0
    assert ceilings.ceiling_for(DwellingType.FAMILY, 1.0) == 4500  # the others as they are
    assert (norm.persons_per_room, norm.extra_rooms) == (3.0, 1.0)
    assert policy.yellow.share_percent == 15.0
    assert before == after
    assert (after.colour, after.share_percent) == (Colour.YELLOW, 15.0)


# --- KEY=VALUE ---------------------------------------------------------------------------------


def test_keys_are_read_the_danish_way(workspace: Workspace) -> None:
    dept = _department(workspace, "08", (Colour.GREEN, D(2025, 1, 1), None))
    changes = parse_changes(
        workspace,
        START,
        END,
        [
            "share.yellow=17,5 %",
            "colour.145/08=rød",
            "ceiling.youth.1=4000",
            "occupancy.extra_rooms=2",
        ],
    )
    assert changes.shares == {Colour.YELLOW: 17.5}
    assert [(d.department_id, d.colour) for d in changes.departments] == [(dept, Colour.RED)]
    assert changes.ceilings == {Band(DwellingType.YOUTH, 1.0): 4000.0}
    assert changes.extra_rooms == 2.0


def test_an_unknown_key_names_the_known_ones(workspace: Workspace) -> None:
    with pytest.raises(UnknownChange) as refused:
        parse_changes(workspace, START, END, ["ceiling.family.7=6000"])
    message = refused.value.message
    assert "ceiling.family.7" in message
    for known in ("share.green", "colour.<org>/<afd>", "ceiling.family.2", "occupancy.extra_rooms"):
        assert known in message


@pytest.mark.parametrize(
    "assignment",
    [
        "share.green=120",
        "share.green=mange",
        "colour.145/99=red",
        "colour.145/08=lilla",
        "share.green",
    ],
)
def test_bad_values_are_refused(workspace: Workspace, assignment: str) -> None:
    _department(workspace, "08", (Colour.GREEN, D(2025, 1, 1), None))
    with pytest.raises(ValidationError):
        parse_changes(workspace, START, END, [assignment])
