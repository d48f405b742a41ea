"""private landlords: a letting partner of their own, and their dwellings

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-09

A private landlord (privat udlejer) gives the municipality the right to name tenants for its
dwellings (lov om kommunal anvisningsret). The desk registers it with its CVR number, address and
contact, beside the non-profit organisations (table `landlord`).

A landlord's dwelling lies in no department: `vacancy.department_id` may be empty, and
`vacancy.landlord_id` names the landlord instead; a check holds that each dwelling has exactly
one of the two. Every existing dwelling keeps its department and gets no landlord; nothing else
changes.

On SQLite the vacancy table is copied (a column cannot lose NOT NULL or gain a CHECK in place).
`db.migrate` runs migrations there with the foreign keys off, as SQLite's procedure for such
changes demands, so dropping the old table deletes nothing of the dwellings' history, checks,
offers or letters; it checks the foreign keys before the commit.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0017"
down_revision: str | None = "0016"
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
    with op.batch_alter_table("vacancy", schema=None) as batch_op:
        batch_op.add_column(sa.Column("landlord_id", sa.Integer(), nullable=True))
        batch_op.alter_column("department_id", existing_type=sa.Integer(), nullable=True)
        batch_op.create_index(batch_op.f("ix_vacancy_landlord_id"), ["landlord_id"], unique=False)
        batch_op.create_foreign_key(
            batch_op.f("fk_vacancy_landlord_id_landlord"), "landlord", ["landlord_id"], ["id"]
        )
        batch_op.create_check_constraint(
            batch_op.f("ck_vacancy_department_or_landlord"),
            "(department_id IS NULL) <> (landlord_id IS NULL)",
        )


def downgrade() -> None:
    # An older Anvis knows no landlord's dwelling: refuse rather than delete dwellings and their
    # offers and letters behind the desk's back.
    held = op.get_bind().scalar(
        sa.text("SELECT count(*) FROM vacancy WHERE landlord_id IS NOT NULL")
    )
    if held:
        raise RuntimeError(
            f"{held} dwellings belong to private landlords: an older revision cannot hold them"
        )
    with op.batch_alter_table("vacancy", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("ck_vacancy_department_or_landlord"), type_="check")
        batch_op.drop_constraint(batch_op.f("fk_vacancy_landlord_id_landlord"), type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_vacancy_landlord_id"))
        batch_op.alter_column("department_id", existing_type=sa.Integer(), nullable=False)
        batch_op.drop_column("landlord_id")
    op.drop_table("landlord")
