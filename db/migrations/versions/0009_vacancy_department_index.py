"""drop the vacancy's separate index on department_id

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-21

The unique constraint on (department_id, lease_number, available_from) is an index whose first
column is the department, so it serves every lookup by department the separate index served;
the separate one only cost a B-tree insert per dwelling (an import of 50,000 dwellings writes
50,000 entries into it).
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.drop_index("ix_vacancy_department_id", table_name="vacancy")


def downgrade() -> None:
    op.create_index("ix_vacancy_department_id", "vacancy", ["department_id"], unique=False)
