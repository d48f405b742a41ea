"""department address ranges: each department's streets and house numbers, for search

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-07

A new table `department_address`: each department's ranges of house numbers ("Mølleparkvej
1-51", "Kastetvej 31-39, 41A-41C"), indexed by street so that "Mølleparkvej 19" finds the
department that holds number 19. Existing departments get their ranges read from their address
text. That reading is program code, which a migration must not depend on, so instead the search
text of every department with an address is cleared: the program fills it again on the first
search and then reads the ranges of each such department that has none
(`desktop.core.registry.search.ensure_search_text`).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "department_address",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("department_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("street", sa.String(length=200), nullable=False),
        sa.Column("street_key", sa.String(length=200), nullable=False),
        sa.Column("from_number", sa.Integer(), nullable=True),
        sa.Column("from_letter", sa.String(length=1), nullable=False),
        sa.Column("to_number", sa.Integer(), nullable=True),
        sa.Column("to_letter", sa.String(length=1), nullable=False),
        sa.Column("side", sa.String(length=30), nullable=False),
        sa.Column("postcode", sa.String(length=4), nullable=True),
        sa.ForeignKeyConstraint(
            ["department_id"],
            ["department.id"],
            name=op.f("fk_department_address_department_id_department"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_department_address")),
        sa.UniqueConstraint(
            "department_id", "position", name=op.f("uq_department_address_department_id_position")
        ),
    )
    op.create_index(
        "ix_department_address_street",
        "department_address",
        ["street_key", "from_number", "to_number"],
        unique=False,
    )
    op.execute("UPDATE department SET search_text = NULL WHERE address IS NOT NULL")


def downgrade() -> None:
    op.drop_index("ix_department_address_street", table_name="department_address")
    op.drop_table("department_address")
