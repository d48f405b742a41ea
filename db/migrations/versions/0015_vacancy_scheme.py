"""vacancy.scheme: the housing scheme a dwelling belongs to

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-08

A dwelling belongs to one housing scheme (the `schemes` setting: skæve boliger, startboliger, a
private landlord's dwelling, ...). Every dwelling an older Anvis registered came through the
ordinary share of the organisations' vacancies, so each gets the key "ordinary"; nothing else
changes. New rows without a scheme get "ordinary" too (the server default), which keeps the bulk
inserts of an import short.

Both ways use ALTER TABLE (ADD / DROP COLUMN, SQLite 3.35 or newer), not a batch copy of the
table: dropping the old table of a copy would delete the dwellings' history and intake checks
through their ON DELETE CASCADE.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "vacancy",
        sa.Column("scheme", sa.String(length=40), nullable=False, server_default="ordinary"),
    )


def downgrade() -> None:
    op.drop_column("vacancy", "scheme")
