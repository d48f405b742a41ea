"""letters keep the data they were drawn from (context) and the date printed on them

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-21

`letter.context` (JSON) holds what a letter was drawn from, so the day's letters can be printed
again exactly as they were sent; letters archived before this revision have none (the day's batch
copies their archived PDF instead). `letter.letter_date` is the date printed on the letter (the
day's batch selects by it); for older letters it is taken from their offer (offer letters: the day
the offer was sent; allocation notices: the day of the notice), else from the day they were made
(UTC). Insight reports are not dated: they are not part of the day's letters.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_DATED = "('offer', 'allocation_notice', 'decision_removal', 'decision_refusal')"


def upgrade() -> None:
    with op.batch_alter_table("letter", schema=None) as batch_op:
        batch_op.add_column(sa.Column("letter_date", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("context", sa.JSON(), nullable=True))
        batch_op.create_index(batch_op.f("ix_letter_letter_date"), ["letter_date"], unique=False)
    for kind, column in (("offer", "sent_on"), ("allocation_notice", "allocation_notice_on")):
        op.execute(
            f"UPDATE letter SET letter_date = (SELECT offer.{column} FROM offer"
            " WHERE offer.id = letter.offer_id)"
            f" WHERE kind = '{kind}' AND offer_id IS NOT NULL"
        )
    made_on = (
        "date(created_at)" if op.get_bind().dialect.name == "sqlite" else "CAST(created_at AS DATE)"
    )
    op.execute(
        f"UPDATE letter SET letter_date = {made_on} WHERE letter_date IS NULL AND kind IN {_DATED}"
    )


def downgrade() -> None:
    with op.batch_alter_table("letter", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_letter_letter_date"))
        batch_op.drop_column("context")
        batch_op.drop_column("letter_date")
