"""Alembic environment: runs on the connection `db.migrate` hands over, or on `-x url=...`."""

from __future__ import annotations

from typing import Any, Literal

from alembic import context
from alembic.autogenerate.api import AutogenContext
from sqlalchemy import Connection
from sqlalchemy.types import TypeDecorator

import db.models  # noqa: F401 - fills Base.metadata
from db.base import Base
from db.engine import Database
from db.models.applicants import is_dialect_search_object

config = context.config
target_metadata = Base.metadata


def _render_item(type_: str, obj: Any, autogen_context: AutogenContext) -> str | Literal[False]:
    """Write our type decorators as the plain column type they store, so that migrations never
    depend on model code that may change later."""
    if type_ == "type" and isinstance(obj, TypeDecorator):
        return f"sa.{obj.impl_instance!r}"
    return False


def include_name(name: str | None, type_: str, parent_names: Any) -> bool:
    """Leave the dialect-specific search tables and indexes (FTS5, pg_trgm) to their migration."""
    return not (type_ in ("table", "index") and is_dialect_search_object(name))


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",  # SQLite cannot ALTER most things
        compare_type=True,
        render_item=_render_item,
        include_name=include_name,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:
    url = context.get_x_argument(as_dictionary=True).get("url")
    if not url:
        raise SystemExit("give the database with: alembic -x url=sqlite:///path ...")
    database = Database(url)
    with database.engine.connect() as conn:
        _run(conn)
        conn.commit()
    database.dispose()
