"""private landlords: a letting partner of their own

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-09

A private landlord (privat udlejer) gives the municipality the right to name tenants for its
dwellings (lov om kommunal anvisningsret). The desk registers it with its CVR number, address and
contact, beside the non-profit organisations. A new table; nothing existing changes.
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
    op.create_table(
        "landlord",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("cvr", sa.String(length=8), nullable=False),
        sa.Column("address", sa.String(length=300), nullable=True),
        sa.Column("contact_person", sa.String(length=200), nullable=True),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("phone", sa.String(length=40), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=True),
        sa.Column("updated_by", sa.String(length=100), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_landlord")),
        sa.UniqueConstraint("cvr", name=op.f("uq_landlord_cvr")),
    )


def downgrade() -> None:
    op.drop_table("landlord")
