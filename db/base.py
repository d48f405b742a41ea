"""Declarative base, column types and mixins shared by every model."""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from typing import Any, Generic, TypeVar

from sqlalchemy import JSON, BigInteger, DateTime, Index, Integer, MetaData, String, text
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column
from sqlalchemy.types import TypeDecorator

# Explicit constraint names keep Alembic batch migrations on SQLite and PostgreSQL identical.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> dt.datetime:
    """Timestamps are stored as naive UTC so that SQLite and PostgreSQL agree."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Money(TypeDecorator[Decimal]):
    """Kroner as `Decimal` in Python, whole øre as an integer in the database (exact everywhere)."""

    impl = BigInteger
    cache_ok = True

    def process_bind_param(
        self, value: Decimal | int | float | None, dialect: Dialect
    ) -> int | None:
        if value is None:
            return None
        ore = (Decimal(str(value)) * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP)
        return int(ore)

    def process_result_value(self, value: int | None, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        return (Decimal(value) / 100).quantize(Decimal("0.01"))


E = TypeVar("E", bound=StrEnum)


class EnumText(TypeDecorator[E], Generic[E]):
    """A `StrEnum` stored as its value in a plain string column.

    New members need no migration; unknown values read from the database raise at once.
    """

    impl = String(30)
    cache_ok = True

    def __init__(self, enum_class: type[E], length: int = 30) -> None:
        super().__init__(length)
        self.enum_class = enum_class

    def process_bind_param(self, value: E | str | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        return self.enum_class(value).value

    def process_result_value(self, value: str | None, dialect: Dialect) -> E | None:
        if value is None:
            return None
        return self.enum_class(value)

    @property
    def python_type(self) -> type[E]:
        return self.enum_class


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {  # noqa: RUF012 - SQLAlchemy reads this class attribute
        dt.datetime: DateTime(),
        dict[str, Any]: JSON(),
        list[Any]: JSON(),
    }


class IdMixin:
    id: Mapped[int] = mapped_column(Integer, primary_key=True, sort_order=-100)


class Stamped:
    """Who created a row and when; filled in by the session from `session.info["user"]`."""

    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow, sort_order=100)
    created_by: Mapped[str] = mapped_column(String(100), default="", sort_order=100)


class Versioned(Stamped):
    """An editable record: optimistic locking plus who changed it last.

    SQLAlchemy raises `StaleDataError` when the row's version moved since it was loaded, so two
    workstations can never silently overwrite each other. Rows that are parts of a record
    (a household member of an applicant, ...) declare it with `__version_root__`, and a change
    of a part moves the record's version too (`db.aggregates`).
    """

    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1, sort_order=100)
    updated_at: Mapped[dt.datetime | None] = mapped_column(default=None, sort_order=100)
    updated_by: Mapped[str | None] = mapped_column(String(100), default=None, sort_order=100)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:  # noqa: N805 - a declared_attr takes the class
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]


class PartialIndex(Index):
    """An index of the rows the SQL condition `where` selects (a partial index), on SQLite and on
    PostgreSQL.

    Written as `Index(..., sqlite_where=..., postgresql_where=...)`, each dialect named would be
    loaded when the models are imported, to check its argument: every SQLite user would load
    PostgreSQL's dialect (~40 ms of each start, bench/startup.py). Here a dialect gets the
    condition when it asks for this index's options (to write its DDL), so only the database in
    use loads its dialect; `kwargs` names both, for copies of the table and Alembic."""

    DIALECTS = ("sqlite", "postgresql")

    def __init__(self, name: str, *expressions: Any, where: str, **kw: Any) -> None:
        self.where = where
        super().__init__(name, *expressions, **kw)

    def _kw_reg_for_dialect_cls(self, dialect_name: str) -> Any:  # type: ignore[override]
        options = super()._kw_reg_for_dialect_cls(dialect_name)
        if dialect_name in self.DIALECTS:
            options["where"] = text(self.where)
        return options

    @property
    def kwargs(self) -> Any:
        return {
            **self.dialect_kwargs,
            **{f"{dialect}_where": text(self.where) for dialect in self.DIALECTS},
        }
