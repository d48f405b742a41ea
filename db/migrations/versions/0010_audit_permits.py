"""audit_event changes only with a permit of anonymisation or merging

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-07

The guard of 0005 let any statement clear the purpose and details of every event, or move an
event to another applicant. Now an update must be one of those two changes *and* find a permit
in the new table `audit_permit` that anonymisation (for that applicant) or merging (from that
applicant to the kept one) made in the same transaction; everything else is refused. See
`db.models.audit`.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from db.models.audit import append_only_ddl, drop_append_only_ddl

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "audit_permit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("operation", sa.String(length=20), nullable=False),
        sa.Column("applicant_id", sa.Integer(), nullable=False),
        sa.Column("to_applicant_id", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_permit")),
    )
    op.create_index(
        "ix_audit_permit_applicant", "audit_permit", ["applicant_id", "operation"], unique=False
    )
    dialect = op.get_bind().dialect.name
    for statement in drop_append_only_ddl(dialect, "0005"):
        op.execute(statement)
    for statement in append_only_ddl(dialect, "0010"):
        op.execute(statement)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    for statement in drop_append_only_ddl(dialect, "0010"):
        op.execute(statement)
    op.drop_index("ix_audit_permit_applicant", table_name="audit_permit")
    op.drop_table("audit_permit")
    for statement in append_only_ddl(dialect, "0005"):
        op.execute(statement)
