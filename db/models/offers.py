"""Offers of one dwelling to one applicant (boligtilbud) and their history."""

import datetime as dt
from typing import Any, ClassVar

from sqlalchemy import ColumnElement, Date, ForeignKey, Index, String, Text, and_
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.base import Base, EnumText, IdMixin, PartialIndex, Versioned, utcnow
from db.enums import OPEN_OFFER_STATUSES, DeclineSide, OfferStatus
from db.models.applicants import Applicant
from db.models.vacancies import Vacancy

# Open: waiting for a reply, or accepted with the lease not yet started (closed_on is then set,
# and the applicant may later get another offer if they ever come back on the list).
_OPEN = "status IN ({}) AND closed_on IS NULL".format(
    ", ".join(f"'{s.value}'" for s in OPEN_OFFER_STATUSES)
)


class Offer(IdMixin, Versioned, Base):
    """draft -> sent -> accepted | declined | expired; any open offer can be withdrawn."""

    __tablename__ = "offer"
    __table_args__ = (
        # At most one open offer per vacancy and per applicant, enforced by the database so that
        # two workstations cannot both succeed.
        PartialIndex("uq_offer_open_vacancy", "vacancy_id", unique=True, where=_OPEN),
        PartialIndex("uq_offer_open_applicant", "applicant_id", unique=True, where=_OPEN),
        Index("ix_offer_status_deadline", "status", "reply_deadline"),
    )

    vacancy_id: Mapped[int] = mapped_column(ForeignKey("vacancy.id"), index=True)
    applicant_id: Mapped[int] = mapped_column(ForeignKey("applicant.id"), index=True)
    status: Mapped[OfferStatus] = mapped_column(EnumText(OfferStatus), default=OfferStatus.DRAFT)
    sent_on: Mapped[dt.date | None] = mapped_column(Date)
    reply_deadline: Mapped[dt.date | None] = mapped_column(Date)
    answered_on: Mapped[dt.date | None] = mapped_column(Date)
    decline_reason: Mapped[str | None] = mapped_column(String(40))  # code from the settings
    decline_side: Mapped[DeclineSide | None] = mapped_column(EnumText(DeclineSide))
    decline_text: Mapped[str | None] = mapped_column(Text)
    good_reason: Mapped[bool] = mapped_column(default=False)  # overrides the refusal consequence
    consequence: Mapped[str | None] = mapped_column(String(40))
    consequence_applied_at: Mapped[dt.datetime | None]
    allocation_notice_on: Mapped[dt.date | None] = mapped_column(Date)
    closed_on: Mapped[dt.date | None] = mapped_column(Date)  # accepted and the lease started
    rank: Mapped[int | None]
    score: Mapped[float | None]
    ranking_snapshot: Mapped[dict[str, Any] | None] = mapped_column(default=None)
    # The caseworker's own words in the offer letter (the template's {letter_note}), kept so
    # that the letter issued again says the same.
    letter_note: Mapped[str | None] = mapped_column(Text)

    vacancy: Mapped["Vacancy"] = relationship()
    applicant: Mapped["Applicant"] = relationship()

    @classmethod
    def open_clause(cls) -> ColumnElement[bool]:
        """The SQL condition of an open offer; the same as the partial unique indexes use."""
        return and_(cls.status.in_(OPEN_OFFER_STATUSES), cls.closed_on.is_(None))

    events: Mapped[list["OfferEvent"]] = relationship(
        back_populates="offer", order_by="OfferEvent.at", cascade="all, delete-orphan"
    )


class OfferEvent(IdMixin, Base):
    __tablename__ = "offer_event"
    __version_root__: ClassVar[str] = "offer"  # part of the offer (db.aggregates)

    offer_id: Mapped[int] = mapped_column(ForeignKey("offer.id", ondelete="CASCADE"), index=True)
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    by: Mapped[str] = mapped_column(String(100), default="")
    from_status: Mapped[OfferStatus | None] = mapped_column(EnumText(OfferStatus))
    to_status: Mapped[OfferStatus] = mapped_column(EnumText(OfferStatus))
    note: Mapped[str | None] = mapped_column(Text)

    offer: Mapped["Offer"] = relationship(back_populates="events")
