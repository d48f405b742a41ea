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
