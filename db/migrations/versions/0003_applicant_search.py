"""applicant search and sort

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-21 10:00:00

Derived search/sort columns and one index per sort order of the applicant list. Substring search
over 100,000 applicants needs an index that LIKE cannot use:

- SQLite: an FTS5 table with the trigram tokenizer over `applicant.search_text` (external
  content, so the text is stored once), kept in step by triggers. A later batch migration that
  rebuilds the applicant table drops these triggers: recreate them (tests/db/test_applicant_search
  fails if they are missing).
- PostgreSQL: a pg_trgm GIN index for LIKE '%...%' when the extension can be created, and
  indexes in the "C" collation for the sort keys (they are made to sort in binary order).

These objects are not in the models; `db.models.applicants.is_dialect_search_object` names them.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_INDEXES = (
    ("ix_applicant_sort_name", ["sort_name"]),
    ("ix_applicant_caseworker_sort", ["caseworker_sort"]),
    ("ix_applicant_status", ["status"]),
    ("ix_applicant_urgency", ["urgency"]),
    ("ix_applicant_birth_date", ["birth_date"]),
    ("ix_applicant_max_rent", ["max_rent"]),
    ("ix_applicant_rooms_min", ["rooms_min"]),
    ("ix_applicant_closed_on", ["closed_on"]),
)

SQLITE_FTS = (
    "CREATE VIRTUAL TABLE applicant_fts USING fts5("
    "search_text, content='applicant', content_rowid='id', tokenize='trigram')",
    "CREATE TRIGGER applicant_fts_insert AFTER INSERT ON applicant BEGIN "
    "INSERT INTO applicant_fts(rowid, search_text) VALUES (new.id, new.search_text); END",
    "CREATE TRIGGER applicant_fts_delete AFTER DELETE ON applicant BEGIN "
    "INSERT INTO applicant_fts(applicant_fts, rowid, search_text) "
    "VALUES ('delete', old.id, old.search_text); END",
    "CREATE TRIGGER applicant_fts_update AFTER UPDATE OF search_text ON applicant BEGIN "
    "INSERT INTO applicant_fts(applicant_fts, rowid, search_text) "
    "VALUES ('delete', old.id, old.search_text); "
    "INSERT INTO applicant_fts(rowid, search_text) VALUES (new.id, new.search_text); END",
    "INSERT INTO applicant_fts(applicant_fts) VALUES ('rebuild')",
)


def upgrade() -> None:
    with op.batch_alter_table("applicant", schema=None) as batch_op:
        batch_op.add_column(sa.Column("search_text", sa.String(length=600), nullable=True))
        batch_op.add_column(sa.Column("sort_name", sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column("caseworker_sort", sa.String(length=200), nullable=True))
        for name, columns in _INDEXES:
            batch_op.create_index(name, columns, unique=False)

    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for statement in SQLITE_FTS:
            op.execute(statement)
    elif bind.dialect.name == "postgresql":
        op.execute('CREATE INDEX ix_applicant_sort_name_c ON applicant (sort_name COLLATE "C")')
        op.execute(
            'CREATE INDEX ix_applicant_caseworker_sort_c ON applicant (caseworker_sort COLLATE "C")'
        )
        # pg_trgm is a trusted extension (PostgreSQL 13+), but a server may not ship it or the
        # user may lack the right: then search works without the index (a sequential scan).
        savepoint = bind.begin_nested()
        try:
            bind.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        except sa.exc.DBAPIError:
            savepoint.rollback()
        else:
            savepoint.commit()
            op.execute(
                "CREATE INDEX ix_applicant_search_trgm ON applicant "
                "USING gin (search_text gin_trgm_ops)"
            )


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for trigger in ("applicant_fts_insert", "applicant_fts_delete", "applicant_fts_update"):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        op.execute("DROP TABLE IF EXISTS applicant_fts")
    elif bind.dialect.name == "postgresql":
        for index in (
            "ix_applicant_search_trgm",
            "ix_applicant_sort_name_c",
            "ix_applicant_caseworker_sort_c",
        ):
            op.execute(f"DROP INDEX IF EXISTS {index}")
    with op.batch_alter_table("applicant", schema=None) as batch_op:
        for name, _columns in reversed(_INDEXES):
            batch_op.drop_index(name)
        batch_op.drop_column("caseworker_sort")
        batch_op.drop_column("sort_name")
        batch_op.drop_column("search_text")
