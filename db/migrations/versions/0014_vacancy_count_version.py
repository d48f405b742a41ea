"""department_vacancy_count becomes an editable record: version, updated_at, updated_by

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-07

Staff now type a department's total vacancies of a period in the quota dialog, so the count is
saved onto the version the user saw, like every other edit. Existing counts get version 1 and
no updater.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("department_vacancy_count", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("version", sa.Integer(), nullable=False, server_default=sa.text("1"))
        )
        batch_op.add_column(sa.Column("updated_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("updated_by", sa.String(length=100), nullable=True))
    # The models give no server default: new rows get their version from SQLAlchemy.
    with op.batch_alter_table("department_vacancy_count", schema=None) as batch_op:
        batch_op.alter_column("version", server_default=None)


def downgrade() -> None:
    with op.batch_alter_table("department_vacancy_count", schema=None) as batch_op:
        batch_op.drop_column("updated_by")
        batch_op.drop_column("updated_at")
        batch_op.drop_column("version")
