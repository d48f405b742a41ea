"""intake check snapshots shared per department and day

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-21 16:00:00

The department's part of an intake check (its colour status and notes) is the same for all its
dwellings checked on one day: it is stored once in `intake_snapshot` and referenced from each
`intake_check` (`shared_id`), whose own `snapshot` keeps the dwelling's part. Older checks keep
everything in their own `snapshot` (shared_id NULL). Additive: nothing is rewritten.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "intake_snapshot",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("department_id", sa.Integer(), nullable=False),
        sa.Column("decision_date", sa.Date(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["department_id"],
            ["department.id"],
            name=op.f("fk_intake_snapshot_department_id_department"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_intake_snapshot")),
    )
    with op.batch_alter_table("intake_snapshot", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_intake_snapshot_department_id"), ["department_id"], unique=False
        )
    with op.batch_alter_table("intake_check", schema=None) as batch_op:
        batch_op.add_column(sa.Column("shared_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_intake_check_shared_id_intake_snapshot"),
            "intake_snapshot",
            ["shared_id"],
            ["id"],
        )


def downgrade() -> None:
    with op.batch_alter_table("intake_check", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_intake_check_shared_id_intake_snapshot"), type_="foreignkey"
        )
        batch_op.drop_column("shared_id")
    with op.batch_alter_table("intake_snapshot", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_intake_snapshot_department_id"))
    op.drop_table("intake_snapshot")
