"""What the day's work leaves behind to look back on: each intake decision (with the reason
staff gave for a decision that needed one) grouped by the user action that made it, so the
last one can be undone; and each reply workbook sent to an organisation, with the dwellings
it reported, so the next reply knows where to start and what is still unsent."""

import datetime as dt
from typing import ClassVar

from sqlalchemy import Date, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.base import Base, EnumText, IdMixin, Stamped
from db.enums import IntakeProposal, VacancyStatus
from db.models.vacancies import Vacancy


class DecisionRound(IdMixin, Stamped, Base):
    """One user action that decided dwellings: a single decision or a bulk confirmation."""

    __tablename__ = "decision_round"
    __table_args__ = (Index("ix_decision_round_created_at", "created_at"),)

    kind: Mapped[str] = mapped_column(String(20))  # "single" or "bulk"
    workstation: Mapped[str] = mapped_column(String(100), default="")
    reason: Mapped[str | None] = mapped_column(Text)  # the reason given for the whole action
    undone_at: Mapped[dt.datetime | None]
    undone_by: Mapped[str | None] = mapped_column(String(100))

    decisions: Mapped[list["VacancyDecision"]] = relationship(
        back_populates="round", order_by="VacancyDecision.id"
    )


class VacancyDecision(IdMixin, Base):
    """The desk's decision on one received dwelling, with what it saw and what it changed (so
    an undo can put the dwelling back as it was)."""

    __tablename__ = "vacancy_decision"
    __version_root__: ClassVar[str] = "vacancy"  # part of the dwelling (db.aggregates)

    round_id: Mapped[int] = mapped_column(ForeignKey("decision_round.id"), index=True)
    vacancy_id: Mapped[int] = mapped_column(
        ForeignKey("vacancy.id", ondelete="CASCADE"), index=True
    )
    outcome: Mapped[VacancyStatus] = mapped_column(EnumText(VacancyStatus))  # accepted/returned
    proposal: Mapped[IntakeProposal | None] = mapped_column(EnumText(IntakeProposal))
    against_proposal: Mapped[bool] = mapped_column(default=False)
    candidates: Mapped[int | None]  # eligible applicants when decided (accepting only)
    reason: Mapped[str | None] = mapped_column(Text)  # why, when the decision needed asking
    confirmed_check_id: Mapped[int | None] = mapped_column(
        ForeignKey("intake_check.id", ondelete="SET NULL")
    )  # the intake check this decision confirmed (its stamp is cleared on undo)
    previous_at_disposal_from: Mapped[dt.date | None] = mapped_column(Date)
    previous_desk_deadline: Mapped[dt.date | None] = mapped_column(Date)

    round: Mapped["DecisionRound"] = relationship(back_populates="decisions")
    vacancy: Mapped["Vacancy"] = relationship()


class ReplyExport(IdMixin, Stamped, Base):
    """A reply workbook made for an organisation (who, when, which period, which file)."""

    __tablename__ = "reply_export"
    __table_args__ = (Index("ix_reply_export_organisation", "organisation_id", "created_at"),)

    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"))
    period_start: Mapped[dt.date] = mapped_column(Date)
    period_end: Mapped[dt.date] = mapped_column(Date)
    file_name: Mapped[str] = mapped_column(String(260))
    workstation: Mapped[str] = mapped_column(String(100), default="")
    dwellings: Mapped[int] = mapped_column(default=0)
    tenants: Mapped[int] = mapped_column(default=0)

    lines: Mapped[list["ReplyExportLine"]] = relationship(
        back_populates="export", cascade="all, delete-orphan", order_by="ReplyExportLine.id"
    )


class ReplyExportLine(IdMixin, Base):
    """One dwelling a reply reported, with its status then (a decided status: its decision
    reached the organisation)."""

    __tablename__ = "reply_export_line"

    export_id: Mapped[int] = mapped_column(
        ForeignKey("reply_export.id", ondelete="CASCADE"), index=True
    )
    vacancy_id: Mapped[int] = mapped_column(
        ForeignKey("vacancy.id", ondelete="CASCADE"), index=True
    )
    status: Mapped[VacancyStatus] = mapped_column(EnumText(VacancyStatus))

    export: Mapped["ReplyExport"] = relationship(back_populates="lines")
