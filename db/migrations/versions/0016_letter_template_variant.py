"""letter_template.variant: a housing scheme's own text of a letter

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-09

A housing scheme may name its own offer letter (a startbolig's letter speaks of the time-limited
lease); each such text is a variant of the letter kind's template, with versions like the
ordinary text. Every template an older Anvis stored is the ordinary text: the variant "" (the
server default). Version numbers stay unique per kind across the variants, so (kind, version)
still names one text and its unique constraint is kept.

ADD / DROP COLUMN, not a batch copy of the table: archived letters refer to their templates.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "letter_template",
        sa.Column("variant", sa.String(length=40), nullable=False, server_default=""),
    )


def downgrade() -> None:
    op.drop_column("letter_template", "variant")
