"""department search text

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-21 09:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Filled lazily by desktop.core.registry.search (rows with NULL are indexed on first search).
    with op.batch_alter_table("department", schema=None) as batch_op:
        batch_op.add_column(sa.Column("search_text", sa.String(length=1000), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("department", schema=None) as batch_op:
        batch_op.drop_column("search_text")
