"""The list's search, filters, sort and paging, in SQL on SQLite (FTS5) and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

import pytest
from sqlalchemy import insert, inspect

from db.enums import ApplicantStatus, Urgency
from db.models import Applicant
from desktop.core.applicants import caseworkers, listing, register
from desktop.core.applicants.inputs import ApplicantInput
from desktop.core.applicants.listing import ApplicantList, ApplicantQuery, SortKey
from desktop.core.applicants.search_text import fold
from desktop.core.workspace import Workspace
from tests.unit.applicants.factories import applicant


def names(ws: Workspace, text: str = "", **query: object) -> list[str]:
    view = ApplicantList(ws, ApplicantQuery(text=text, **query))  # type: ignore[arg-type]
    rows = view.fetch(0, 1000)
    assert view.count() == len(rows)
    return [r.name for r in rows]


@pytest.fixture
def people(workspace: Workspace) -> Workspace:
    lone = caseworkers.save_caseworker(workspace, None, "Lone Kjærsgaard")
    applicant(workspace, "Åse Ørum", phone="+45 31 31 31 31", caseworker_id=lone)
    applicant(workspace, "Łukasz Nowak", cpr="120385-1234", phone="20 55 66 77")
    applicant(workspace, "Nguyễn Thị Lan", cpr="0101901239", urgency=Urgency.ACUTE)
    applicant(workspace, "Ærtebølle Jensen", target_group="young")
    applicant(workspace, "anders bo", max_rent=Decimal(4000))
    return workspace


def test_search_as_you_type_over_name_cpr_phone_and_caseworker(people: Workspace) -> None:
    assert names(people, "ørum") == ["Åse Ørum"]
    assert names(people, "ØRUM") == ["Åse Ørum"]  # case folded for æ/ø/å too
    assert names(people, "nguyen") == ["Nguyễn Thị Lan"]  # accents ignored
    assert names(people, "lukasz nowak") == ["Łukasz Nowak"]
    assert names(people, "now luk") == ["Łukasz Nowak"]  # every word, in any order
    assert names(people, "120385") == ["Łukasz Nowak"]  # the birth-date part of the CPR
    assert names(people, "20 55 66") == ["Łukasz Nowak"]  # phone typed with spaces
    assert names(people, "31313131") == ["Åse Ørum"]
    assert names(people, "kjærsg") == ["Åse Ørum"]  # the caseworker
    assert names(people, "æ") == ["Ærtebølle Jensen", "Åse Ørum"]  # one letter: Ærtebølle, Kjær
    assert names(people, "zz") == []
    assert names(people, "") == [
        "anders bo",
        "Łukasz Nowak",
        "Nguyễn Thị Lan",
        "Ærtebølle Jensen",
        "Åse Ørum",
    ]


def test_a_full_cpr_number_is_not_searched_by_the_list(people: Workspace) -> None:
    # Only the birth-date part counts; the whole number is for the logged CPR search.
    assert names(people, "120385-1234") == ["Łukasz Nowak"]
    assert names(people, "120385-9999") == ["Łukasz Nowak"]
    assert names(people, "1234") == []


def test_filters(people: Workspace) -> None:
    assert names(people, urgencies=frozenset({Urgency.ACUTE})) == ["Nguyễn Thị Lan"]
    assert names(people, target_groups=frozenset({"young"})) == ["Ærtebølle Jensen"]
    assert names(people, "a", statuses=frozenset({ApplicantStatus.REMOVED})) == []


def test_sort_on_columns_both_ways(people: Workspace) -> None:
    assert names(people, sort=SortKey.NAME, descending=True)[0] == "Åse Ørum"
    assert names(people, sort=SortKey.MAX_RENT, descending=True)[0] == "anders bo"
    # by birth date (the CPR number shows only it); empty values first, as on both databases
    assert names(people, sort=SortKey.CPR)[-2:] == ["Łukasz Nowak", "Nguyễn Thị Lan"]
    assert names(people, sort=SortKey.CPR, descending=True)[:2] == [
        "Nguyễn Thị Lan",
        "Łukasz Nowak",
    ]


def test_a_new_applicant_and_a_renamed_caseworker_are_found_at_once(people: Workspace) -> None:
    worker = caseworkers.save_caseworker(people, None, "Jakob Vikar")
    applicant(people, "Yonas Haile", caseworker_id=worker)
    assert names(people, "jakob") == ["Yonas Haile"]
    caseworkers.save_caseworker(people, worker, "Mette Holm")
    assert names(people, "jakob") == []
    assert names(people, "mette holm") == ["Yonas Haile"]
    view = register.applicant_view(people, register_id(people, "Yonas Haile"))
    register.update_applicant(
        people,
        view.id,
        view.version,
        ApplicantInput(name="Yonas Tesfaye Haile", registered_on=view.registered_on),
    )
    assert names(people, "tesfaye") == ["Yonas Tesfaye Haile"]


def register_id(ws: Workspace, name: str) -> int:
    view = ApplicantList(ws, ApplicantQuery(text=name))
    return view.fetch(0, 1)[0].id


def test_rows_written_without_the_listener_get_their_search_text(workspace: Workspace) -> None:
    with workspace.write() as session:
        session.execute(
            insert(Applicant),
            [
                {
                    "name": "Bulk Indsat",
                    "target_group": "other",
                    "registered_on": dt.date(2026, 1, 1),
                    "wanted_areas": [],
                    "version": 1,
                }
            ],
        )
    assert names(workspace, "bulk") == []
    assert listing.ensure_search_fields(workspace) == 1
    assert listing.ensure_search_fields(workspace) == 0
    assert names(workspace, "bulk") == ["Bulk Indsat"]


def test_every_way_of_reading_a_page_gives_the_same_rows(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    rng = random.Random(5)
    first = ["Anne", "Jørgen", "Åse", "Ahmed", "Łukasz", "Mette", "Ib"]
    last = ["Jensen", "Nowak", "Ørum", "Al-Sayed", "Bæk", "Lund"]
    rows = []
    for i in range(160):
        rows.append(
            {
                "name": f"{rng.choice(first)} {rng.choice(last)}",
                "status": rng.choice(list(ApplicantStatus)),
                "urgency": rng.choice(list(Urgency)),
                "phone": f"{rng.randint(20, 99)}{rng.randint(100000, 999999)}",
                "registered_on": dt.date(2025, 1, 1) + dt.timedelta(days=i % 40),
            }
        )
    for row in rows:
        applicant(
            workspace,
            row["name"],
            phone=row["phone"],
            registered_on=row["registered_on"],
            urgency=row["urgency"],
        )
    with workspace.write() as session:
        for record in session.query(Applicant).all():
            record.status = rows[record.id - 1]["status"]

    def expected(text: str, statuses: frozenset[ApplicantStatus]) -> list[int]:
        words = fold(text).split()
        with workspace.read() as session:
            found = [
                (a.sort_name, a.id)
                for a in session.query(Applicant).all()
                if all(w in (a.search_text or "") for w in words)
                and (not statuses or a.status in statuses)
            ]
        return [i for _, i in sorted(found)]

    cases = [
        ("", frozenset()),
        ("a", frozenset()),
        ("ørum", frozenset()),
        ("jør", frozenset({ApplicantStatus.ACTIVE})),
        ("n n", frozenset()),
        ("ahmed al", frozenset({ApplicantStatus.ACTIVE, ApplicantStatus.PAUSED})),
    ]
    for walk_limit, lookup_limit in ((0, 0), (10**9, 10**9)):
        monkeypatch.setattr(listing, "WALK_LIMIT", walk_limit)
        monkeypatch.setattr(listing, "FTS_LOOKUP_LIMIT", lookup_limit)
        monkeypatch.setattr(listing, "ID_CACHE", lookup_limit)
        for text, statuses in cases:
            view = ApplicantList(workspace, ApplicantQuery(text=text, statuses=statuses))
            want = expected(text, statuses)
            assert view.count() == len(want)
            pages = [r.id for offset in range(0, 200, 7) for r in view.fetch(offset, 7)]
            assert pages == want, (text, statuses, walk_limit)


def test_the_sqlite_search_index_is_kept_by_triggers(sqlite_workspace: Workspace) -> None:
    # A migration that rebuilds the applicant table drops its triggers: this must then fail.
    with sqlite_workspace.read() as session:
        triggers = {
            row[0]
            for row in session.connection().exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'applicant'"
            )
        }
        tables = set(inspect(session.connection()).get_table_names())
    assert {"applicant_fts_insert", "applicant_fts_delete", "applicant_fts_update"} <= triggers
    assert "applicant_fts" in tables


def test_a_changed_phone_or_caseworker_is_found_and_other_changes_keep_the_search(
    people: Workspace,
) -> None:
    worker = caseworkers.save_caseworker(people, None, "Birgitte Vestergaard")
    anders = register_id(people, "anders bo")
    with people.write() as session:
        row = session.get(Applicant, anders)
        assert row is not None
        row.phone, row.caseworker_id = "40 40 12 12", worker
    assert names(people, "40401212") == ["anders bo"]
    assert names(people, "vestergaard") == ["anders bo"]
    with people.write() as session:  # a change of something else: still found as before
        row = session.get(Applicant, anders)
        assert row is not None
        row.status, row.paused_until = ApplicantStatus.PAUSED, dt.date(2026, 9, 1)
    assert names(people, "vestergaard", statuses=frozenset({ApplicantStatus.PAUSED})) == [
        "anders bo"
    ]
