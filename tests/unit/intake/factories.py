"""Test data for the intake tests: the sample master data written straight into the database
(organisations, departments, placements on 1 January 2026, the ministry list of 1 December 2025),
and small hand-made registries."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from db.enums import Colour, FlexibleLetting, ListKind, PlacementSource
from db.models import Department, MinistryList, MinistryListEntry, Organisation, Placement
from desktop.core.workspace import Workspace

PLACED_FROM = dt.date(2026, 1, 1)
LIST_DATE = dt.date(2025, 12, 1)

_COLOURS = {"grøn": Colour.GREEN, "gul": Colour.YELLOW, "rød": Colour.RED}
_FLEX = {
    "ingen": FlexibleLetting.NONE,
    "aftalt": FlexibleLetting.AGREED,
    "obligatorisk": FlexibleLetting.MANDATORY,
}
_LISTS = {
    "udsat boligområde": ListKind.DISADVANTAGED,
    "parallelsamfund": ListKind.PARALLEL_SOCIETY,
    "omdannelsesområde": ListKind.TRANSFORMATION,
    "forebyggelsesområde": ListKind.PREVENTION,
}


def load_sample_registry(ws: Workspace, samples: Path) -> dict[str, int]:
    """The 12 organisations and 120 departments of organisations_departments.xlsx, placed;
    returns organisation number -> id."""
    from python_calamine import CalamineWorkbook

    book = CalamineWorkbook.from_path(str(samples / "organisations_departments.xlsx"))
    orgs = book.get_sheet_by_name("Organisationer").to_python()[1:]
    depts = book.get_sheet_by_name("Afdelinger").to_python()[1:]
    with ws.write() as session:
        by_number: dict[str, Organisation] = {}
        for number, name, cvr, email, phone in orgs:
            org = Organisation(number=number, name=name, cvr=cvr, email=email, phone=phone)
            session.add(org)
            by_number[number] = org
        ministry = MinistryList(list_date=LIST_DATE, name="Listerne pr. 1. december 2025")
        session.add(ministry)
        for (
            org_no,
            number,
            name,
            _area,
            address,
            postcode,
            city,
            count,
            colour,
            flex,
            listed,
        ) in depts:
            dept = Department(
                organisation=by_number[org_no],
                number=number,
                name=name,
                address=address,
                postcode=str(int(postcode)),
                city=city,
                dwellings_count=int(count),
            )
            session.add(dept)
            session.add(
                Placement(
                    department=dept,
                    colour=_COLOURS[colour],
                    flexible_letting=_FLEX[flex],
                    valid_from=PLACED_FROM,
                    source=PlacementSource.IMPORT,
                )
            )
            if listed:
                session.flush()
                ministry.entries.append(
                    MinistryListEntry(kind=_LISTS[listed], department_id=dept.id)
                )
        session.flush()
        return {number: org.id for number, org in by_number.items()}


def small_registry(ws: Workspace) -> dict[str, int]:
    """Organisation 145 with departments 07 (green), 12-3 (yellow, agreed flexible letting),
    20 (red) and 30 (no colour); returns "org", and department number -> id."""
    with ws.write() as session:
        org = Organisation(number="145", name="Himmerland Boligforening")
        session.add(org)
        ids: dict[str, int] = {}
        for number, name, colour, flex in (
            ("07", "Storkereden", Colour.GREEN, FlexibleLetting.NONE),
            ("12-3", "Skolevej", Colour.YELLOW, FlexibleLetting.AGREED),
            ("20", "Rødebro", Colour.RED, FlexibleLetting.MANDATORY),
            ("30", "Uplaceret", None, None),
        ):
            dept = Department(organisation=org, number=number, name=name, postcode="9220")
            session.add(dept)
            if colour is not None and flex is not None:
                session.add(
                    Placement(
                        department=dept,
                        colour=colour,
                        flexible_letting=flex,
                        valid_from=PLACED_FROM,
                        source=PlacementSource.MANUAL,
                    )
                )
            session.flush()
            ids[number] = dept.id
        ids["org"] = org.id
        return ids
