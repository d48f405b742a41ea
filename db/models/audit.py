"""The audit trail and access log: append-only (who, when, what, about whom, why)."""

import datetime as dt
from typing import Any

from sqlalchemy import Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, EnumText, IdMixin, utcnow
from db.enums import AuditAction


class AuditEvent(IdMixin, Base):
    __tablename__ = "audit_event"
    __table_args__ = (
        Index("ix_audit_event_entity", "entity_type", "entity_id"),
        Index("ix_audit_event_at", "at"),
    )

    at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    user: Mapped[str] = mapped_column(String(100))  # the OS login
    workstation: Mapped[str] = mapped_column(String(100), default="")
    action: Mapped[AuditAction] = mapped_column(EnumText(AuditAction))
    entity_type: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int | None]
    # The person the event concerns, kept without a foreign key so the log outlives the record.
    applicant_id: Mapped[int | None] = mapped_column(index=True)
    purpose: Mapped[str | None] = mapped_column(Text)
    details: Mapped[dict[str, Any] | None] = mapped_column(default=None)  # before/after, counts


# --- append-only guard ---------------------------------------------------------------------
# Triggers refuse every DELETE (and TRUNCATE) of audit_event and every UPDATE, except the two
# changes data protection needs, each only with a permit in `audit_permit` made in the same
# transaction by the one operation that may do it (`desktop.core.audit.rewrites`):
# - anonymisation (permit ANONYMISE for applicant X): clear `purpose` and `details` (to NULL or
#   JSON null) of X's events;
# - merging duplicates (permit MERGE from X to Y): move X's events to Y, nothing else.
# Who, when, where, what and which record (`user`, `at`, `workstation`, `action`, `entity_type`,
# `entity_id`, `id`) never change. A permit is deleted before its transaction commits (on
# PostgreSQL a deferred check refuses to commit one), so no other statement, in Anvis or in a SQL
# tool, finds one to use.
#
# The statements are kept per migration that made them (`append_only_ddl(dialect, revision)`): a
# migration runs the guard of its own revision, and a later migration that rebuilds the table (a
# SQLite batch migration copies the table and loses its triggers) runs the current one again.

APPEND_ONLY_MESSAGE = "audit_event is append-only: events cannot be changed or deleted"
PERMIT_MESSAGE = "audit_permit: a permit to change audit events ends with its transaction"
PERMIT_ANONYMISE = "anonymise"
PERMIT_MERGE = "merge"
GUARD_REVISION = "0010"  # the revision whose guard the models describe


class AuditPermit(IdMixin, Base):
    """Leave for the operation named to change one applicant's audit events, valid only inside
    the transaction that made it (it is deleted before that transaction commits)."""

    __tablename__ = "audit_permit"
    __table_args__ = (Index("ix_audit_permit_applicant", "applicant_id", "operation"),)

    operation: Mapped[str] = mapped_column(String(20))  # PERMIT_ANONYMISE or PERMIT_MERGE
    applicant_id: Mapped[int]  # whose events
    to_applicant_id: Mapped[int | None]  # MERGE: the record kept


# The first guard (0005): any statement could clear purpose/details or re-link an event.
_SQLITE_FORBIDDEN_UPDATE_0005 = (
    'NEW.id IS NOT OLD.id OR NEW.at IS NOT OLD.at OR NEW."user" IS NOT OLD."user" '
    "OR NEW.workstation IS NOT OLD.workstation OR NEW.action IS NOT OLD.action "
    "OR NEW.entity_type IS NOT OLD.entity_type OR NEW.entity_id IS NOT OLD.entity_id "
    "OR (NEW.applicant_id IS NOT OLD.applicant_id "
    "AND (NEW.applicant_id IS NULL OR OLD.applicant_id IS NULL)) "
    "OR (NEW.purpose IS NOT OLD.purpose AND NEW.purpose IS NOT NULL) "
    "OR (NEW.details IS NOT OLD.details AND NEW.details IS NOT NULL AND NEW.details <> 'null')"
)

_POSTGRES_FORBIDDEN_UPDATE_0005 = (
    'NEW.id IS DISTINCT FROM OLD.id OR NEW.at IS DISTINCT FROM OLD.at OR NEW."user" IS DISTINCT '
    'FROM OLD."user" OR NEW.workstation IS DISTINCT FROM OLD.workstation OR NEW.action IS '
    "DISTINCT FROM OLD.action OR NEW.entity_type IS DISTINCT FROM OLD.entity_type OR "
    "NEW.entity_id IS DISTINCT FROM OLD.entity_id "
    "OR (NEW.applicant_id IS DISTINCT FROM OLD.applicant_id "
    "AND (NEW.applicant_id IS NULL OR OLD.applicant_id IS NULL)) "
    "OR (NEW.purpose IS DISTINCT FROM OLD.purpose AND NEW.purpose IS NOT NULL) "
    "OR (NEW.details::text IS DISTINCT FROM OLD.details::text AND NEW.details IS NOT NULL "
    "AND NEW.details::text <> 'null')"
)

# Since 0010: an update is allowed only as one of the two permitted changes.
_SQLITE_PERMITTED_UPDATE = (
    'NEW.id IS OLD.id AND NEW.at IS OLD.at AND NEW."user" IS OLD."user" '
    "AND NEW.workstation IS OLD.workstation AND NEW.action IS OLD.action "
    "AND NEW.entity_type IS OLD.entity_type AND NEW.entity_id IS OLD.entity_id "
    "AND (("
    "NEW.applicant_id IS OLD.applicant_id AND NEW.purpose IS NULL "
    "AND (NEW.details IS NULL OR NEW.details = 'null') "
    "AND EXISTS (SELECT 1 FROM audit_permit p WHERE p.applicant_id = OLD.applicant_id "
    f"AND p.operation = '{PERMIT_ANONYMISE}')"
    ") OR ("
    "NEW.purpose IS OLD.purpose AND NEW.details IS OLD.details "
    "AND EXISTS (SELECT 1 FROM audit_permit p WHERE p.applicant_id = OLD.applicant_id "
    f"AND p.operation = '{PERMIT_MERGE}' AND p.to_applicant_id = NEW.applicant_id)"
    "))"
)

_POSTGRES_PERMITTED_UPDATE = (
    'NEW.id = OLD.id AND NEW.at IS NOT DISTINCT FROM OLD.at AND NEW."user" IS NOT DISTINCT FROM '
    'OLD."user" AND NEW.workstation IS NOT DISTINCT FROM OLD.workstation '
    "AND NEW.action IS NOT DISTINCT FROM OLD.action "
    "AND NEW.entity_type IS NOT DISTINCT FROM OLD.entity_type "
    "AND NEW.entity_id IS NOT DISTINCT FROM OLD.entity_id "
    "AND (("
    "NEW.applicant_id IS NOT DISTINCT FROM OLD.applicant_id AND NEW.purpose IS NULL "
    "AND (NEW.details IS NULL OR NEW.details::text = 'null') "
    "AND EXISTS (SELECT 1 FROM audit_permit p WHERE p.applicant_id = OLD.applicant_id "
    f"AND p.operation = '{PERMIT_ANONYMISE}')"
    ") OR ("
    "NEW.purpose IS NOT DISTINCT FROM OLD.purpose "
    "AND NEW.details::text IS NOT DISTINCT FROM OLD.details::text "
    "AND EXISTS (SELECT 1 FROM audit_permit p WHERE p.applicant_id = OLD.applicant_id "
    f"AND p.operation = '{PERMIT_MERGE}' AND p.to_applicant_id = NEW.applicant_id)"
    "))"
)


def _sqlite_guard(condition: str) -> list[str]:
    return [
        "CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event "
        f"BEGIN SELECT RAISE(ABORT, '{APPEND_ONLY_MESSAGE}'); END",
        "CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event "
        f"WHEN {condition} "
        f"BEGIN SELECT RAISE(ABORT, '{APPEND_ONLY_MESSAGE}'); END",
    ]


def _postgres_guard(refused: str) -> list[str]:
    return [
        "CREATE OR REPLACE FUNCTION audit_event_append_only() RETURNS trigger "
        "LANGUAGE plpgsql AS $$ BEGIN "
        "IF TG_OP <> 'UPDATE' OR (" + refused + ") THEN "
        f"RAISE EXCEPTION '{APPEND_ONLY_MESSAGE}' USING ERRCODE = 'insufficient_privilege'; "
        "END IF; RETURN NEW; END $$",
        "CREATE TRIGGER audit_event_no_change BEFORE UPDATE OR DELETE ON audit_event "
        "FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()",
        "CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event "
        "FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only()",
    ]


_POSTGRES_PERMIT_ENDS = [
    # Checked at commit: a permit still there would outlive its transaction.
    "CREATE OR REPLACE FUNCTION audit_permit_ends() RETURNS trigger LANGUAGE plpgsql AS $$ "
    "BEGIN IF EXISTS (SELECT 1 FROM audit_permit WHERE id = NEW.id) THEN "
    f"RAISE EXCEPTION '{PERMIT_MESSAGE}' USING ERRCODE = 'insufficient_privilege'; "
    "END IF; RETURN NULL; END $$",
    "CREATE CONSTRAINT TRIGGER audit_permit_ends_with_transaction AFTER INSERT ON audit_permit "
    "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION audit_permit_ends()",
]


def append_only_ddl(dialect: str, revision: str = GUARD_REVISION) -> list[str]:
    """The statements that make audit_event append-only on `dialect` ("sqlite"/"postgresql"),
    as the migration `revision` made them ("0005", or "0010" with permits)."""
    if revision not in ("0005", "0010"):
        raise ValueError(f"no append-only guard of revision {revision}")
    if dialect == "sqlite":
        if revision == "0005":
            return _sqlite_guard(_SQLITE_FORBIDDEN_UPDATE_0005)
        return _sqlite_guard(f"NOT ({_SQLITE_PERMITTED_UPDATE})")
    if dialect == "postgresql":
        if revision == "0005":
            return _postgres_guard(_POSTGRES_FORBIDDEN_UPDATE_0005)
        return _postgres_guard(f"NOT ({_POSTGRES_PERMITTED_UPDATE})") + _POSTGRES_PERMIT_ENDS
    raise ValueError(f"no append-only guard for {dialect}")


def drop_append_only_ddl(dialect: str, revision: str = GUARD_REVISION) -> list[str]:
    """The statements that remove the guard `append_only_ddl(dialect, revision)` made."""
    if dialect == "sqlite":
        return [
            "DROP TRIGGER IF EXISTS audit_event_no_delete",
            "DROP TRIGGER IF EXISTS audit_event_no_update",
        ]
    permit = (
        [
            "DROP TRIGGER IF EXISTS audit_permit_ends_with_transaction ON audit_permit",
            "DROP FUNCTION IF EXISTS audit_permit_ends()",
        ]
        if revision != "0005"
        else []
    )
    return [
        "DROP TRIGGER IF EXISTS audit_event_no_change ON audit_event",
        "DROP TRIGGER IF EXISTS audit_event_no_truncate ON audit_event",
        "DROP FUNCTION IF EXISTS audit_event_append_only()",
        *permit,
    ]
