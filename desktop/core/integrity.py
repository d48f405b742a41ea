"""`anvis check`: is the database intact and usable by this Anvis?

SQLite: PRAGMA integrity_check (pages, indexes, constraints), PRAGMA foreign_key_check (rows that
refer to a missing row), the schema revision, and the audit trail's append-only triggers.
PostgreSQL (the server keeps its own pages intact): the connection, the schema revision, foreign
keys and check constraints that are not validated, indexes left invalid by an interrupted build,
rows that refer to a missing row (for every foreign key of the models), and the triggers.

The database is opened without migrating it, so a damaged or old file can be checked as it is.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, text
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

import db.models  # noqa: F401 - every table in Base.metadata
from db.base import Base
from db.engine import Database
from db.migrate import head_revision, revision_of
from desktop.core.database_problems import not_an_address
from desktop.core.error_reasons import database_reason
from desktop.core.formats import plural
from desktop.core.i18n import translate

SQLITE_TRIGGERS: tuple[str, ...] = ("audit_event_no_delete", "audit_event_no_update")
POSTGRES_TRIGGERS: tuple[str, ...] = (
    "audit_event_no_change",
    "audit_event_no_truncate",
    "audit_permit_ends_with_transaction",
)
MAX_LISTED = 20  # problems of one check listed one by one; more are counted


@dataclass(frozen=True)
class Finding:
    check: str  # short English key: integrity, foreign_keys, schema, audit, connection ...
    ok: bool
    message: str  # translated, for people

    def as_json(self) -> dict[str, object]:
        return {"check": self.check, "ok": self.ok, "message": self.message}


@dataclass(frozen=True)
class CheckReport:
    database: str
    findings: tuple[Finding, ...]

    @property
    def ok(self) -> bool:
        return all(f.ok for f in self.findings)


def check(target: str | Path) -> CheckReport:
    """Run every check on the database at `target` (a path or URL)."""
    try:
        database = Database(target)
    except (SQLAlchemyError, ValueError) as exc:
        return CheckReport(
            str(target),
            (
                Finding(
                    "connection",
                    False,
                    not_an_address(exc),
                ),
            ),
        )
    if database.sqlite_path is not None and not database.sqlite_path.exists():
        return CheckReport(
            database.describe(),
            (
                Finding(
                    "connection", False, translate("Check", "The database file does not exist.")
                ),
            ),
        )
    findings: list[Finding] = []
    try:
        with database.engine.connect() as conn:
            findings.append(Finding("connection", True, translate("Check", "The database opens.")))
            if database.is_sqlite:
                findings += _sqlite(conn)
            else:
                findings += _postgres(conn)
            findings.append(_schema(conn))
            findings.append(_triggers(conn, database.is_sqlite))
            conn.rollback()
    except DBAPIError as exc:
        findings.append(
            Finding(
                "connection",
                False,
                translate("Check", "The database cannot be read: {reason}").format(
                    reason=database_reason(exc)
                ),
            )
        )
    finally:
        database.dispose()
    return CheckReport(database.describe(), tuple(findings))


def _listed(lines: list[str]) -> str:
    shown = lines[:MAX_LISTED]
    more = len(lines) - len(shown)
    text_ = "; ".join(shown)
    if more:
        text_ += " " + translate("Check", "(and {count} more)").format(count=more)
    return text_


def _sqlite(conn: Connection) -> list[Finding]:
    found = []
    rows = [str(r[0]) for r in conn.exec_driver_sql("PRAGMA integrity_check").fetchall()]
    if rows == ["ok"]:
        found.append(Finding("integrity", True, translate("Check", "Integrity check: ok.")))
    else:
        found.append(
            Finding(
                "integrity",
                False,
                translate("Check", "Integrity check failed: {problems}").format(
                    problems=_listed(rows)
                ),
            )
        )
    orphans = [
        translate("Check", "{table} row {row} refers to a missing {parent}").format(
            table=r[0], row=r[1], parent=r[2]
        )
        for r in conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    ]
    found.append(_foreign_keys(orphans))
    return found


def _foreign_keys(orphans: list[str]) -> Finding:
    if not orphans:
        return Finding("foreign_keys", True, translate("Check", "Foreign keys: ok."))
    return Finding(
        "foreign_keys",
        False,
        plural(
            len(orphans),
            translate("Check", "{n} row refers to missing rows: {problems}"),
            translate("Check", "{n} rows refer to missing rows: {problems}"),
        ).format(problems=_listed(orphans)),
    )


def _postgres(conn: Connection) -> list[Finding]:
    found = []
    invalid = [
        f"{r[0]}.{r[1]}"
        for r in conn.execute(
            text(
                "SELECT conrelid::regclass::text, conname FROM pg_constraint "
                "WHERE NOT convalidated AND connamespace = 'public'::regnamespace"
            )
        )
    ]
    invalid += [
        str(r[0])
        for r in conn.execute(
            text(
                "SELECT indexrelid::regclass::text FROM pg_index i JOIN pg_class c "
                "ON c.oid = i.indexrelid WHERE NOT (i.indisvalid AND i.indisready) "
                "AND c.relnamespace = 'public'::regnamespace"
            )
        )
    ]
    if invalid:
        found.append(
            Finding(
                "integrity",
                False,
                translate("Check", "Constraints or indexes not valid: {problems}").format(
                    problems=_listed(invalid)
                ),
            )
        )
    else:
        found.append(
            Finding("integrity", True, translate("Check", "Constraints and indexes: valid."))
        )
    existing = {
        str(r[0])
        for r in conn.execute(
            text("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")
        )
    }
    orphans = []
    for table in Base.metadata.sorted_tables:
        if table.name not in existing:
            continue
        for fk in table.foreign_key_constraints:
            if fk.referred_table.name not in existing:
                continue
            pairs = list(zip(fk.column_keys, [e.column.name for e in fk.elements], strict=True))
            join = " AND ".join(f'p."{p}" = c."{c}"' for c, p in pairs)
            present = " AND ".join(f'c."{c}" IS NOT NULL' for c, _ in pairs)
            # (every name comes from the models, none from outside)
            count = conn.execute(
                text(
                    f'SELECT count(*) FROM "{table.name}" c WHERE {present} AND NOT EXISTS '
                    f'(SELECT 1 FROM "{fk.referred_table.name}" p WHERE {join})'
                )
            ).scalar_one()
            if count:
                orphans.append(
                    plural(
                        count,
                        translate("Check", "{n} row of {table} refers to a missing {parent}"),
                        translate("Check", "{n} rows of {table} refer to a missing {parent}"),
                    ).format(table=table.name, parent=fk.referred_table.name)
                )
    found.append(_foreign_keys(orphans))
    return found


def _schema(conn: Connection) -> Finding:
    revision = revision_of(conn)
    head = head_revision()
    if revision == head:
        return Finding(
            "schema",
            True,
            translate("Check", "Schema version {revision}: current.").format(revision=revision),
        )
    if revision is None:
        return Finding(
            "schema", False, translate("Check", "Not an Anvis database (no schema version).")
        )
    return Finding(
        "schema",
        False,
        translate(
            "Check",
            "Schema version {revision}, this Anvis has {head}: open the database in Anvis to "
            "upgrade it (a backup is made first), or install the newer Anvis that made it.",
        ).format(revision=revision, head=head),
    )


def _triggers(conn: Connection, is_sqlite: bool) -> Finding:
    if is_sqlite:
        names = {
            str(r[0])
            for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'trigger'")
        }
        wanted = SQLITE_TRIGGERS
    else:
        names = {
            str(r[0])
            for r in conn.execute(
                text(
                    "SELECT tgname FROM pg_trigger WHERE tgrelid IN "
                    "(to_regclass('audit_event'), to_regclass('audit_permit'))"
                )
            )
        }
        wanted = POSTGRES_TRIGGERS
    missing = [name for name in wanted if name not in names]
    if not missing:
        return Finding("audit", True, translate("Check", "Audit trail: append-only."))
    return Finding(
        "audit",
        False,
        translate(
            "Check", "The audit trail's guard is missing ({names}): it can be altered."
        ).format(names=", ".join(missing)),
    )
