"""applicant search covering index (SQLite)

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-21 11:00:00

Search words shorter than three characters cannot use the FTS5 trigram index, and a filtered
count of a common word is cheaper as one pass than as thousands of lookups. On SQLite both read
this index instead of the (much wider) applicant table: it holds the search text and every
column the list filters on. PostgreSQL serves the same searches from its trigram index.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            "CREATE INDEX ix_applicant_search_cover ON applicant "
            "(search_text, status, target_group, urgency, caseworker_id)"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP INDEX IF EXISTS ix_applicant_search_cover")
