"""Letter templates the desk edits, and every letter it has produced (archived as PDF)."""

import datetime as dt
from typing import Any

from sqlalchemy import Date, ForeignKey, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.base import Base, EnumText, IdMixin, PartialIndex, Stamped
from db.enums import DeliveryChannel, LetterKind

# A letter to a citizen that has not reached them yet (desktop.core.letters.delivery).
_UNDELIVERED = "delivery IS NOT NULL AND delivered_on IS NULL"


class LetterTemplate(IdMixin, Stamped, Base):
    """One version of a letter's text with named fields; versions are never edited in place.

    `variant` names a housing scheme's own text of the kind ("" is the ordinary text); one
    version of each variant is active. Versions are numbered per kind across the variants, so
    (kind, version) names one text."""

    __tablename__ = "letter_template"
    __table_args__ = (UniqueConstraint("kind", "version"),)

    kind: Mapped[LetterKind] = mapped_column(EnumText(LetterKind))
    variant: Mapped[str] = mapped_column(String(40), default="", server_default="")
    version: Mapped[int]
    title: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text)
    has_reply_slip: Mapped[bool] = mapped_column(default=False)
    active: Mapped[bool] = mapped_column(default=True)
    note: Mapped[str | None] = mapped_column(Text)


class Letter(IdMixin, Stamped, Base):
    """A produced letter: the exact PDF bytes, so a reprint is identical, and the data it was drawn
    from (`context`), so the day's letters can be printed again as they were sent.

    `context` holds personal data (names, addresses, the masked CPR number, a decision's reasons),
    like `pdf`: anonymising a person must clear both. Letters archived before it existed, and
    letters the letters package did not draw (insight reports), have none.
    """

    __tablename__ = "letter"
    __table_args__ = (PartialIndex("ix_letter_undelivered", "id", where=_UNDELIVERED),)

    kind: Mapped[LetterKind] = mapped_column(EnumText(LetterKind))
    offer_id: Mapped[int | None] = mapped_column(ForeignKey("offer.id"), index=True)
    applicant_id: Mapped[int | None] = mapped_column(ForeignKey("applicant.id"), index=True)
    vacancy_id: Mapped[int | None] = mapped_column(ForeignKey("vacancy.id"), index=True)
    template_id: Mapped[int | None] = mapped_column(ForeignKey("letter_template.id"))
    template_version: Mapped[int | None]
    letter_date: Mapped[dt.date | None] = mapped_column(index=True)  # the date printed on it
    context: Mapped[dict[str, Any] | None] = mapped_column(default=None, deferred=True)
    pdf: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
    sha256: Mapped[str] = mapped_column(String(64))
    pages: Mapped[int] = mapped_column(default=1)
    printed_at: Mapped[dt.datetime | None]
    sent_at: Mapped[dt.datetime | None]  # when its delivery was recorded (see delivered_on)

    # How a letter to a citizen goes (the applicant's channel when it was made); None for letters
    # to organisations and letters made before the address migration. `delivered_on`: the day it was
    # posted (printed), sent by Digital Post (confirmed by staff) or handed over.
    delivery: Mapped[DeliveryChannel | None] = mapped_column(EnumText(DeliveryChannel))
    delivered_on: Mapped[dt.date | None] = mapped_column(Date)
    exported_at: Mapped[dt.datetime | None]  # the PDF written for the Digital Post system

    template: Mapped["LetterTemplate | None"] = relationship()
