"""Typed, dated settings: the rules the desk changes (declared in desktop.core.settings)."""

import datetime as dt
from typing import Any

from sqlalchemy import JSON, Date, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, IdMixin, Stamped


class Setting(IdMixin, Stamped, Base):
    """One value of a setting from a date of effect; the newest `valid_from` <= D is in force."""

    __tablename__ = "setting"
    __table_args__ = (UniqueConstraint("key", "valid_from"),)

    key: Mapped[str] = mapped_column(String(80), index=True)
    valid_from: Mapped[dt.date] = mapped_column(Date)
    value: Mapped[Any] = mapped_column(JSON)
    note: Mapped[str | None] = mapped_column(Text)
