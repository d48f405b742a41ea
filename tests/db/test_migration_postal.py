"""The address migration on a database of an older Anvis (schema 0010), on SQLite and PostgreSQL:
the free-text addresses become postal addresses where they are addresses, whereabouts where they
are not, each applicant gets a delivery channel, and the moved addresses wait for review."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import sqlalchemy as sa

from db.engine import Database
from db.enums import AddressReview, DeliveryChannel
from db.migrate import downgrade, upgrade
from desktop.core.applicants import addresses, listing, register
from desktop.core.applicants.inputs import from_view
from desktop.core.letters.to_deliver import letters_to_deliver
from desktop.core.workspace import open_workspace
from tests.conftest import TODAY

C = DeliveryChannel
R = AddressReview

# name: (address as the desk typed it, exempt from Digital Post, CPR number)
OLD = {
    "Anne Vesterbro": ("Vesterbro 22, 1. th., 9000 Aalborg", True, None),
    "Bo Korshær": ("c/o Kirkens Korshær, Hjulmagervej 18, 9000 Aalborg", True, "0101901239"),
    "Carl Boulevard": ("Boulevarden 13 st.tv 9000 Aalborg", False, None),
    "Dorte Sofa": ("Sofasurfer", True, None),
    "Erik Herberg": ("Herberget Aalborg", False, "1203851234"),
    "Frida Uden": (None, True, None),
    "Gül Digital": ("Østre Allé 67, 4. th., 9000 Aalborg", False, "2207924321"),
    "Hans Midlertidig": (
        "Midlertidig bolig: Humlebakken 17, st. mf., 9220 Aalborg Øst",
        True,
        None,
    ),
    "Ida Tom": ("   ", True, None),
}


def _old_database(url: str) -> Database:
    """A database as Anvis made it before structured addresses, with its applicants."""
    database = Database(url)
    upgrade(database, "0010")
    applicant = sa.Table("applicant", sa.MetaData(), autoload_with=database.engine)
    letter = sa.Table("letter", sa.MetaData(), autoload_with=database.engine)
    now = dt.datetime(2026, 11, 1, 9, 0)
    flags = dict.fromkeys(
        (
            "needs_wheelchair",
            "needs_step_free",
            "needs_ground_floor",
            "has_pets",
            "needs_strong_area",
        ),
        False,
    )
    with database.engine.begin() as conn:
        for name, (address, exempt, cpr) in OLD.items():
            conn.execute(
                applicant.insert().values(
                    name=name,
                    cpr=cpr,
                    address=address,
                    exempt_digital_post=exempt,
                    target_group="housing_first",
                    registered_on=dt.date(2025, 3, 1),
                    urgency="normal",
                    status="active",
                    wanted_areas=[],
                    version=1,
                    created_at=now,
                    created_by="old",
                    **flags,
                )
            )
        first = conn.execute(sa.select(applicant.c.id).order_by(applicant.c.id)).scalar()
        conn.execute(  # a letter posted the old way
            letter.insert().values(
                kind="decision_refusal",
                applicant_id=first,
                pdf=b"%PDF",
                sha256="0" * 64,
                pages=1,
                letter_date=dt.date(2026, 11, 1),
                created_at=now,
                created_by="old",
            )
        )
    return database


def test_free_text_addresses_are_read_into_addresses_and_whereabouts(
    database_url: str, tmp_path: Path
) -> None:
    database = _old_database(database_url)
    upgrade(database)
    database.dispose()

    ws = open_workspace(database_url, backup_dir=tmp_path / "backups", user="tester")
    ws.clock = lambda: TODAY
    try:
        with ws.read() as session:
            views = {v.name: v for v in register.applicant_views(session).values()}

        def parts(name: str) -> tuple[str | None, ...]:
            v = views[name]
            return (v.care_of, v.street, v.postcode, v.town, v.whereabouts)

        assert parts("Anne Vesterbro") == (None, "Vesterbro 22, 1. th", "9000", "Aalborg", None)
        assert parts("Bo Korshær") == (
            "Kirkens Korshær",
            "Hjulmagervej 18",
            "9000",
            "Aalborg",
            None,
        )
        assert parts("Carl Boulevard") == (None, "Boulevarden 13, st. tv", "9000", "Aalborg", None)
        assert parts("Dorte Sofa") == (None, None, None, None, "Sofasurfer")
        assert parts("Erik Herberg") == (None, None, None, None, "Herberget Aalborg")
        assert parts("Frida Uden") == (None, None, None, None, None)
        assert parts("Hans Midlertidig") == (
            None,
            "Humlebakken 17, st. mf",
            "9220",
            "Aalborg Øst",
            "Midlertidig bolig",
        )
        assert parts("Ida Tom") == (None, None, None, None, None)

        # Digital Post unless exempt (with a CPR number); else by post; else none yet
        channels = {name: v.delivery for name, v in views.items()}
        assert channels == {
            "Anne Vesterbro": C.OWN_ADDRESS,
            "Bo Korshær": C.CARE_OF,
            "Carl Boulevard": C.OWN_ADDRESS,  # not exempt, but no CPR number
            "Dorte Sofa": C.NONE,
            "Erik Herberg": C.DIGITAL_POST,
            "Frida Uden": C.NONE,
            "Gül Digital": C.DIGITAL_POST,
            "Hans Midlertidig": C.OWN_ADDRESS,
            "Ida Tom": C.NONE,
        }

        # every moved address is listed for review, those that are no address first
        review = addresses.addresses_to_review(ws)
        assert [(r.name, r.reason) for r in review] == [
            ("Dorte Sofa", R.WHEREABOUTS),
            ("Erik Herberg", R.WHEREABOUTS),
            ("Anne Vesterbro", R.PARSED),
            ("Bo Korshær", R.PARSED),
            ("Carl Boulevard", R.PARSED),
            ("Gül Digital", R.PARSED),
            ("Hans Midlertidig", R.PARSED),
        ]
        assert review[3].address == "c/o Kirkens Korshær, Hjulmagervej 18, 9000 Aalborg"
        assert addresses.mark_addresses_reviewed(ws, [r.applicant_id for r in review[2:]]) == 5
        assert [r.name for r in addresses.addresses_to_review(ws)] == ["Dorte Sofa", "Erik Herberg"]

        # letters posted before the upgrade are not waiting for a delivery
        assert letters_to_deliver(ws) == []
        # the search still finds people once they change (SQLite: its triggers survived)
        person = views["Dorte Sofa"]
        renamed = dataclasses.replace(from_view(person), name="Dorte Sofie Sofa")
        register.update_applicant(ws, person.id, person.version, renamed)
        found = listing.ApplicantList(ws, listing.ApplicantQuery(text="sofie"))
        assert found.count() == 1
    finally:
        ws.close()


def test_going_back_to_0010_writes_the_addresses_as_one_text_again(database_url: str) -> None:
    database = _old_database(database_url)
    upgrade(database)
    downgrade(database, "0010")
    with database.engine.connect() as conn:
        back = dict(conn.execute(sa.text("SELECT name, address FROM applicant")).all())
    database.dispose()
    assert back["Bo Korshær"] == "c/o Kirkens Korshær, Hjulmagervej 18, 9000 Aalborg"
    assert back["Dorte Sofa"] == "Sofasurfer"
    assert back["Hans Midlertidig"] == (
        "Midlertidig bolig: Humlebakken 17, st. mf, 9220 Aalborg Øst"
    )
    assert back["Frida Uden"] is None
