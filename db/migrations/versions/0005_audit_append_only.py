"""audit_event append-only (triggers)

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-21 14:00:00

Triggers refuse every DELETE (and TRUNCATE on PostgreSQL) of audit_event and every UPDATE except
clearing `purpose`/`details` (anonymisation) and re-linking `applicant_id` (merging duplicate
applicants). The statements live in `db.models.audit.append_only_ddl(dialect, "0005")`; migration
0010 replaced them by a guard that allows those two changes only with a permit.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

from db.models.audit import append_only_ddl, drop_append_only_ddl

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    for statement in append_only_ddl(op.get_bind().dialect.name, "0005"):
        op.execute(statement)


def downgrade() -> None:
    for statement in drop_append_only_ddl(op.get_bind().dialect.name, "0005"):
        op.execute(statement)
