"""The audit trail and access log: append-only (who, when, what, about whom, why)."""

from __future__ import annotations

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
# Triggers made by migration 0005 (and by any later migration that rebuilds the table: a SQLite
# batch migration copies the table and loses its triggers, so it must call these again).
#
# Nothing may delete an audit event, and an update may do exactly two things (the one path that
# data protection needs, used by anonymisation and by merging duplicate applicants):
# - clear `purpose` and `details` (set them to NULL, or to JSON null): a person's data is erased;
# - re-link `applicant_id` from one applicant to another (a duplicate merged into the kept one).
# Who, when, where, what and which record (`user`, `at`, `workstation`, `action`, `entity_type`,
# `entity_id`, `id`) never change.

APPEND_ONLY_MESSAGE = "audit_event is append-only: events cannot be changed or deleted"

_SQLITE_FORBIDDEN_UPDATE = (
    'NEW.id IS NOT OLD.id OR NEW.at IS NOT OLD.at OR NEW."user" IS NOT OLD."user" '
    "OR NEW.workstation IS NOT OLD.workstation OR NEW.action IS NOT OLD.action "
    "OR NEW.entity_type IS NOT OLD.entity_type OR NEW.entity_id IS NOT OLD.entity_id "
    "OR (NEW.applicant_id IS NOT OLD.applicant_id "
    "AND (NEW.applicant_id IS NULL OR OLD.applicant_id IS NULL)) "
    "OR (NEW.purpose IS NOT OLD.purpose AND NEW.purpose IS NOT NULL) "
    "OR (NEW.details IS NOT OLD.details AND NEW.details IS NOT NULL AND NEW.details <> 'null')"
)

_POSTGRES_FORBIDDEN_UPDATE = (
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


def append_only_ddl(dialect: str) -> list[str]:
    """The statements that make audit_event append-only on `dialect` ("sqlite"/"postgresql")."""
    if dialect == "sqlite":
        return [
            "CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event "
            f"BEGIN SELECT RAISE(ABORT, '{APPEND_ONLY_MESSAGE}'); END",
            "CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event "
            f"WHEN {_SQLITE_FORBIDDEN_UPDATE} "
            f"BEGIN SELECT RAISE(ABORT, '{APPEND_ONLY_MESSAGE}'); END",
        ]
    if dialect == "postgresql":
        return [
            "CREATE OR REPLACE FUNCTION audit_event_append_only() RETURNS trigger "
            "LANGUAGE plpgsql AS $$ BEGIN "
            "IF TG_OP <> 'UPDATE' OR (" + _POSTGRES_FORBIDDEN_UPDATE + ") THEN "
            f"RAISE EXCEPTION '{APPEND_ONLY_MESSAGE}' USING ERRCODE = 'insufficient_privilege'; "
            "END IF; RETURN NEW; END $$",
            "CREATE TRIGGER audit_event_no_change BEFORE UPDATE OR DELETE ON audit_event "
            "FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()",
            "CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event "
            "FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only()",
        ]
    raise ValueError(f"no append-only guard for {dialect}")


def drop_append_only_ddl(dialect: str) -> list[str]:
    if dialect == "sqlite":
        return [
            "DROP TRIGGER IF EXISTS audit_event_no_delete",
            "DROP TRIGGER IF EXISTS audit_event_no_update",
        ]
    return [
        "DROP TRIGGER IF EXISTS audit_event_no_change ON audit_event",
        "DROP TRIGGER IF EXISTS audit_event_no_truncate ON audit_event",
        "DROP FUNCTION IF EXISTS audit_event_append_only()",
    ]
