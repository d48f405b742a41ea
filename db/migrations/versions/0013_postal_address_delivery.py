"""applicants get a structured postal address, whereabouts and a delivery channel; letters record
their delivery

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-08

`applicant.address` (free text: an address, or where the citizen stays) becomes `care_of`,
`street`, `postcode`, `town` where the text is a postal address (read with `db.postal.parse`, as
the importer reads it; a label before the street, "Midlertidig bolig: ...", becomes the
whereabouts), else `whereabouts` (the text as it was). Every applicant whose text was
moved gets `address_review` (parsed / whereabouts), so the desk can list and check them. Each
applicant gets a delivery channel (`db.postal.default_channel`): Digital Post unless exempt
(with a CPR number), else by post to the address (c/o when there is a c/o line), else none
chosen yet.

`letter.delivery` is the channel a letter to a citizen goes by, `delivered_on` the day it was
posted, sent by Digital Post or handed over, `exported_at` when its PDF was written for the
Digital Post system. Letters made before this revision have no channel: they were posted as
before and are not waiting for a delivery.

`offer.letter_note` is the caseworker's own text in the offer letter (the template's
`{letter_note}`), written in the offer dialog.

The address column is dropped with ALTER TABLE ... DROP COLUMN, not a batch copy of the table:
on SQLite (3.35 or newer) that keeps the applicant search triggers of revision 0003.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

from db import postal

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_UNDELIVERED = "delivery IS NOT NULL AND delivered_on IS NULL"
_CHUNK = 1000


def _moved(row: Any) -> dict[str, Any]:
    """The new columns of one applicant from its free-text address."""
    text = " ".join((row.address or "").split())
    found = postal.parse(text)
    channel = postal.default_channel(
        exempt_digital_post=bool(row.exempt_digital_post),
        has_cpr=bool(row.has_cpr),
        address=found,
    )
    values: dict[str, Any] = {
        "row_id": row.id,
        "care_of": None,
        "street": None,
        "postcode": None,
        "town": None,
        "whereabouts": None,
        "delivery": channel.value,
        "address_review": None,
    }
    if found is not None:
        values.update(
            care_of=found.care_of,
            street=found.street,
            postcode=found.postcode,
            town=found.town,
            whereabouts=found.whereabouts,
            address_review="parsed",
        )
    elif text:
        values.update(whereabouts=text[: postal.WHEREABOUTS_MAX], address_review="whereabouts")
    return values


def upgrade() -> None:
    with op.batch_alter_table("applicant", schema=None) as batch_op:
        batch_op.add_column(sa.Column("care_of", sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column("street", sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column("postcode", sa.String(length=4), nullable=True))
        batch_op.add_column(sa.Column("town", sa.String(length=100), nullable=True))
        batch_op.add_column(sa.Column("whereabouts", sa.String(length=300), nullable=True))
        batch_op.add_column(
            sa.Column("delivery", sa.String(length=30), server_default="none", nullable=False)
        )
        batch_op.add_column(sa.Column("address_review", sa.String(length=30), nullable=True))
        batch_op.create_index(
            batch_op.f("ix_applicant_address_review"), ["address_review"], unique=False
        )
    with op.batch_alter_table("letter", schema=None) as batch_op:
        batch_op.add_column(sa.Column("delivery", sa.String(length=30), nullable=True))
        batch_op.add_column(sa.Column("delivered_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("exported_at", sa.DateTime(), nullable=True))
        batch_op.create_index(
            "ix_letter_undelivered",
            ["id"],
            unique=False,
            sqlite_where=sa.text(_UNDELIVERED),
            postgresql_where=sa.text(_UNDELIVERED),
        )

    with op.batch_alter_table("offer", schema=None) as batch_op:
        batch_op.add_column(sa.Column("letter_note", sa.Text(), nullable=True))

    bind = op.get_bind()
    rows = bind.execute(
        sa.text(
            "SELECT id, address, exempt_digital_post, cpr IS NOT NULL AS has_cpr"
            " FROM applicant ORDER BY id"
        )
    ).all()
    update = sa.text(
        "UPDATE applicant SET care_of = :care_of, street = :street, postcode = :postcode,"
        " town = :town, whereabouts = :whereabouts, delivery = :delivery,"
        " address_review = :address_review WHERE id = :row_id"
    )
    for start in range(0, len(rows), _CHUNK):
        bind.execute(update, [_moved(row) for row in rows[start : start + _CHUNK]])
    op.drop_column("applicant", "address")


def downgrade() -> None:
    op.add_column("applicant", sa.Column("address", sa.String(length=300), nullable=True))
    bind = op.get_bind()
    rows = bind.execute(
        sa.text("SELECT id, care_of, street, postcode, town, whereabouts FROM applicant")
    ).all()
    values = []
    for row in rows:
        text = postal.one_line(row.care_of, row.street, row.postcode, row.town, row.whereabouts)
        if text:
            values.append({"row_id": row.id, "address": text[:300]})
    if values:
        bind.execute(sa.text("UPDATE applicant SET address = :address WHERE id = :row_id"), values)
    op.drop_column("offer", "letter_note")
    op.drop_index("ix_letter_undelivered", table_name="letter")
    for column in ("exported_at", "delivered_on", "delivery"):
        op.drop_column("letter", column)
    op.drop_index("ix_applicant_address_review", table_name="applicant")
    for column in (
        "address_review",
        "delivery",
        "whereabouts",
        "town",
        "postcode",
        "street",
        "care_of",
    ):
        op.drop_column("applicant", column)
