"""An accepted offer closes when the lease starts (closed_on); the one-open-offer indexes
count only offers that are still open.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-21
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_OLD = "status IN ('draft', 'sent', 'accepted')"
_NEW = "status IN ('draft', 'sent', 'accepted') AND closed_on IS NULL"


def _indexes(where: str) -> None:
    with op.batch_alter_table("offer", schema=None) as batch_op:
        for column in ("vacancy_id", "applicant_id"):
            batch_op.create_index(
                f"uq_offer_open_{column.removesuffix('_id')}",
                [column],
                unique=True,
                sqlite_where=sa.text(where),
                postgresql_where=sa.text(where),
            )


def _drop_indexes() -> None:
    with op.batch_alter_table("offer", schema=None) as batch_op:
        batch_op.drop_index("uq_offer_open_vacancy")
        batch_op.drop_index("uq_offer_open_applicant")


def upgrade() -> None:
    with op.batch_alter_table("offer", schema=None) as batch_op:
        batch_op.add_column(sa.Column("closed_on", sa.Date(), nullable=True))
    # Tenancies that began before this version: their accepted offers are closed already.
    op.execute(
        "UPDATE offer SET closed_on = (SELECT lease_start FROM vacancy"
        " WHERE vacancy.id = offer.vacancy_id)"
        " WHERE status = 'accepted' AND EXISTS (SELECT 1 FROM vacancy"
        " WHERE vacancy.id = offer.vacancy_id AND vacancy.status = 'let')"
    )
    _drop_indexes()
    _indexes(_NEW)


def downgrade() -> None:
    _drop_indexes()
    _indexes(_OLD)
    with op.batch_alter_table("offer", schema=None) as batch_op:
        batch_op.drop_column("closed_on")
