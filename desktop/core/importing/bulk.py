"""Inserting many rows at the driver's speed: one `executemany` of plain values, column by column.

SQLAlchemy's Core `insert()` runs every value through its type's bind processor (money to øre,
enums to text, dates to text on SQLite) in Python, which for 50,000 rows of 30 columns costs more
than SQLite's own work. Here the caller gives values already in their stored form
(`stored_date`, `stored_datetime`, `stored_json`, `stored_money`, enum values), and:

- a column whose values are all None is left out (it is nullable without a default);
- a value the same for every row (the batch, the day, the status) is written into the statement
  once when it is a number or plain text we made ourselves, and bound once per row otherwise;
- the rest is zipped into row tuples in C and sent with the driver's `executemany` through
  `exec_driver_sql` (errors are SQLAlchemy's, events fire as usual).

The stored forms are the ones SQLAlchemy writes itself, so the rows read back through the ORM
like any other, on SQLite and PostgreSQL alike (psycopg sends text to PostgreSQL as an untyped
literal, which the column's type parses).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Mapping, Sequence
from decimal import ROUND_HALF_UP, Decimal
from itertools import repeat
from typing import Any

from sqlalchemy import Table
from sqlalchemy.orm import Session

# Constants we write into the statement text: digits, and text made of letters, digits and a
# few separators (enum values, ISO dates and times). Anything else is bound as a parameter.
_PLAIN = re.compile(r"[A-Za-z0-9 _:.\-]*")
_HUNDRED = Decimal(100)


def stored_date(day: dt.date) -> str:
    """A date as SQLAlchemy stores it on SQLite ("2026-11-21"); PostgreSQL reads it too."""
    return day.isoformat()


def stored_datetime(moment: dt.datetime) -> str:
    """A naive UTC time as SQLAlchemy stores it on SQLite, always with microseconds."""
    return moment.strftime("%Y-%m-%d %H:%M:%S.%f")


def stored_money(amount: Decimal | None) -> int | None:
    """Kroner as the whole øre `db.base.Money` stores (rounded half up as it rounds)."""
    if amount is None:
        return None
    scaled = amount * 100
    whole = int(scaled)
    if whole == scaled:
        return whole
    return int((Decimal(str(amount)) * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def stored_json(value: Any) -> str:
    """JSON as SQLAlchemy's JSON type writes it."""
    return json.dumps(value)


def _literal(value: object) -> str | None:
    """The SQL text of a safe constant, or None if it must be bound."""
    if value is None:
        return "NULL"
    if type(value) is int:
        return str(value)
    if type(value) is str and _PLAIN.fullmatch(value):
        return f"'{value}'"
    return None


def reserve_ids(session: Session, table: Table, count: int) -> list[int]:
    """`count` new ids for rows of `table` that the caller inserts with them, in this
    transaction: the ids the database would give, known before the insert, so that rows that
    refer to them (an intake check to its dwelling) need no query to find them afterwards.

    SQLite: a write transaction holds the database's write lock, so the next ids after the
    largest cannot be taken by anyone else meanwhile (SQLite gives max + 1 itself). PostgreSQL:
    drawn from the column's sequence, as an insert without an id would."""
    if count <= 0:
        return []
    connection = session.connection()
    if connection.dialect.name == "postgresql":
        rows = connection.exec_driver_sql(
            f"SELECT nextval(pg_get_serial_sequence('{table.name}', 'id')) "
            f"FROM generate_series(1, {int(count)})"
        )
        return sorted(int(value) for (value,) in rows)
    if not connection.in_transaction():  # pragma: no cover - a Session always begins one
        raise RuntimeError("ids can only be reserved inside a write transaction")
    largest = connection.exec_driver_sql(f"SELECT max(id) FROM {table.name}").scalar()
    first = int(largest or 0) + 1
    return list(range(first, first + count))


def money_column(
    amounts: Sequence[Decimal | None], inexact: list[int] | None = None
) -> list[int | None]:
    """`stored_money` of a whole column, at a fraction of its cost per value: amounts given in
    whole øre (all amounts read from a spreadsheet or typed) take one multiplication. The
    indexes of the others (fractions of an øre, rounded) are added to `inexact`."""
    hundred = _HUNDRED

    def rounded(amount: Decimal, index: int) -> int | None:
        if inexact is not None:
            inexact.append(index)
        return stored_money(amount)

    return [
        None
        if amount is None
        else (whole if (whole := int(scaled := amount * hundred)) == scaled else rounded(amount, i))
        for i, amount in enumerate(amounts)
    ]


def kroner_decimal(ore: int) -> str:
    """Whole øre as the plain decimal text of the amount in kroner ("4550.00", "-0.05"), as
    snapshots store amounts."""
    sign = "-" if ore < 0 else ""
    kroner, rest = divmod(abs(ore), 100)
    return f"{sign}{kroner}.{rest:02d}"


def insert_columns(
    session: Session,
    table: Table,
    count: int,
    columns: Mapping[str, Sequence[object]],
    constants: Mapping[str, object] | None = None,
) -> None:
    """Insert `count` rows: `columns` maps a column name to its `count` stored values,
    `constants` a column name to the one stored value of every row. Rows that others refer to
    get their ids from `reserve_ids` (an "id" column)."""
    if count == 0:
        return
    mark = "?" if session.get_bind().dialect.paramstyle == "qmark" else "%s"
    names: list[str] = []
    marks: list[str] = []
    values: list[Any] = []
    for name, column in columns.items():
        if len(column) != count:
            raise ValueError(f"{table.name}.{name}: {len(column)} values for {count} rows")
        spec = table.c[name]
        if column.count(None) == count and spec.nullable and spec.server_default is None:
            continue
        names.append(name)
        marks.append(mark)
        values.append(column)
    for name, value in (constants or {}).items():
        if name not in table.c:
            raise KeyError(f"{table.name} has no column {name}")
        names.append(name)
        literal = _literal(value)
        if literal is None:
            marks.append(mark)
            values.append(repeat(value, count))
        else:
            marks.append(literal)
    statement = f"INSERT INTO {table.name} ({', '.join(names)}) VALUES ({', '.join(marks)})"
    rows = list(zip(*values, strict=False)) if values else [()] * count
    session.connection().exec_driver_sql(statement, rows)
