"""the day's decisions and replies: decision rounds (for undo) and reply exports

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-21

Each intake decision is kept with the user action that made it (a single decision or a bulk
confirmation) and the reason staff gave when the decision needed one; each reply workbook with
the dwellings it reported. Decisions made before this revision have no round: they cannot be
undone, and whether they were sent back is not known (they are not counted as unsent).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "decision_round",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("workstation", sa.String(length=100), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("undone_at", sa.DateTime(), nullable=True),
        sa.Column("undone_by", sa.String(length=100), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_decision_round")),
    )
    op.create_index("ix_decision_round_created_at", "decision_round", ["created_at"])
    op.create_table(
        "vacancy_decision",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("round_id", sa.Integer(), nullable=False),
        sa.Column("vacancy_id", sa.Integer(), nullable=False),
        sa.Column("outcome", sa.String(length=30), nullable=False),
        sa.Column("proposal", sa.String(length=30), nullable=True),
        sa.Column("against_proposal", sa.Boolean(), nullable=False),
        sa.Column("candidates", sa.Integer(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("confirmed_check_id", sa.Integer(), nullable=True),
        sa.Column("previous_at_disposal_from", sa.Date(), nullable=True),
        sa.Column("previous_desk_deadline", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["confirmed_check_id"],
            ["intake_check.id"],
            name=op.f("fk_vacancy_decision_confirmed_check_id_intake_check"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["round_id"],
            ["decision_round.id"],
            name=op.f("fk_vacancy_decision_round_id_decision_round"),
        ),
        sa.ForeignKeyConstraint(
            ["vacancy_id"],
            ["vacancy.id"],
            name=op.f("fk_vacancy_decision_vacancy_id_vacancy"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_vacancy_decision")),
    )
    op.create_index(op.f("ix_vacancy_decision_round_id"), "vacancy_decision", ["round_id"])
    op.create_index(op.f("ix_vacancy_decision_vacancy_id"), "vacancy_decision", ["vacancy_id"])
    op.create_table(
        "reply_export",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.Column("file_name", sa.String(length=260), nullable=False),
        sa.Column("workstation", sa.String(length=100), nullable=False),
        sa.Column("dwellings", sa.Integer(), nullable=False),
        sa.Column("tenants", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_reply_export_organisation_id_organisation"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reply_export")),
    )
    op.create_index(
        "ix_reply_export_organisation", "reply_export", ["organisation_id", "created_at"]
    )
    op.create_table(
        "reply_export_line",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("export_id", sa.Integer(), nullable=False),
        sa.Column("vacancy_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=30), nullable=False),
        sa.ForeignKeyConstraint(
            ["export_id"],
            ["reply_export.id"],
            name=op.f("fk_reply_export_line_export_id_reply_export"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["vacancy_id"],
            ["vacancy.id"],
            name=op.f("fk_reply_export_line_vacancy_id_vacancy"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reply_export_line")),
    )
    op.create_index(op.f("ix_reply_export_line_export_id"), "reply_export_line", ["export_id"])
    op.create_index(op.f("ix_reply_export_line_vacancy_id"), "reply_export_line", ["vacancy_id"])


def downgrade() -> None:
    op.drop_table("reply_export_line")
    op.drop_table("reply_export")
    op.drop_table("vacancy_decision")
    op.drop_table("decision_round")
