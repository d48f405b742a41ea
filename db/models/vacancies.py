"""Vacant dwellings reported to the desk, their status history and intake checks."""

import datetime as dt
from decimal import Decimal
from typing import Any, ClassVar

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.base import Base, EnumText, IdMixin, Money, Versioned, utcnow
from db.enums import Colour, DwellingType, FlexibleLetting, IntakeProposal, VacancyStatus
from db.models.registry import Department, Landlord

# The housing scheme of every dwelling not placed in another (desktop.core.schemes.settings).
ORDINARY_SCHEME = "ordinary"


class Vacancy(IdMixin, Versioned, Base):
    """A dwelling an organisation puts at the desk's disposal (ledig bolig), in one of its
    departments - or a private landlord's dwelling, which lies in no department (the landlord's
    notice: lov om kommunal anvisningsret)."""

    __tablename__ = "vacancy"
    __table_args__ = (
        # The duplicate key of a dwelling: organisation (via department), department, lease, date.
        # Its index starts with the department, so it also serves lookups by department (a
        # separate index on department_id was dropped in migration 0009).
        UniqueConstraint("department_id", "lease_number", "available_from"),
        Index("ix_vacancy_status_available", "status", "available_from"),
        # A dwelling is let by exactly one partner: an organisation's department or a landlord.
        CheckConstraint(
            "(department_id IS NULL) <> (landlord_id IS NULL)", name="department_or_landlord"
        ),
    )

    department_id: Mapped[int | None] = mapped_column(ForeignKey("department.id"))
    landlord_id: Mapped[int | None] = mapped_column(ForeignKey("landlord.id"), index=True)
    lease_number: Mapped[str | None] = mapped_column(String(40))  # text as written: "1.200"
    dwelling_type: Mapped[DwellingType] = mapped_column(
        EnumText(DwellingType), default=DwellingType.FAMILY
    )
    # A key of the `schemes` setting (a setting, not an enum: the desk adds its own schemes).
    scheme: Mapped[str] = mapped_column(
        String(40), default=ORDINARY_SCHEME, server_default=ORDINARY_SCHEME
    )

    street: Mapped[str] = mapped_column(String(200))
    house_number: Mapped[str | None] = mapped_column(String(20))
    floor: Mapped[str | None] = mapped_column(String(10))  # "st", "kl", "1", ...; None = house
    door: Mapped[str | None] = mapped_column(String(20))  # "th", "tv", "mf", "12"
    postcode: Mapped[str | None] = mapped_column(String(4))
    city: Mapped[str | None] = mapped_column(String(100))
    address_text: Mapped[str | None] = mapped_column(String(300))  # as the organisation wrote it

    rooms: Mapped[float | None]
    area_m2: Mapped[float | None]
    rent: Mapped[Decimal] = mapped_column(Money)  # monthly rent without a conto
    aconto_heating: Mapped[Decimal | None] = mapped_column(Money)
    aconto_water: Mapped[Decimal | None] = mapped_column(Money)
    aconto_other: Mapped[Decimal | None] = mapped_column(Money)
    deposit: Mapped[Decimal | None] = mapped_column(Money)

    available_from: Mapped[dt.date] = mapped_column(Date)  # ledig pr.
    reported_on: Mapped[dt.date] = mapped_column(Date)  # the date the desk received it
    at_disposal_from: Mapped[dt.date | None] = mapped_column(Date)  # rent loss runs from here
    desk_deadline: Mapped[dt.date | None] = mapped_column(Date)  # to name a tenant

    elevator: Mapped[bool | None]
    pets_allowed: Mapped[bool | None]
    wheelchair_accessible: Mapped[bool | None]
    step_free: Mapped[bool | None]
    remarks: Mapped[str | None] = mapped_column(Text)
    viewing_contact: Mapped[str | None] = mapped_column(String(300))

    status: Mapped[VacancyStatus] = mapped_column(
        EnumText(VacancyStatus), default=VacancyStatus.RECEIVED
    )
    return_reason: Mapped[str | None] = mapped_column(Text)
    decided_on: Mapped[dt.date | None] = mapped_column(Date)
    lease_start: Mapped[dt.date | None] = mapped_column(Date)
    given_back_on: Mapped[dt.date | None] = mapped_column(Date)

    import_batch_id: Mapped[int | None] = mapped_column(ForeignKey("import_batch.id"), index=True)
    source_sheet: Mapped[str | None] = mapped_column(String(100))
    source_row: Mapped[int | None]

    department: Mapped["Department | None"] = relationship()
    landlord: Mapped["Landlord | None"] = relationship()
    events: Mapped[list["VacancyEvent"]] = relationship(
        back_populates="vacancy", order_by="VacancyEvent.at", cascade="all, delete-orphan"
    )
    checks: Mapped[list["IntakeCheck"]] = relationship(
        back_populates="vacancy", order_by="IntakeCheck.checked_at", cascade="all, delete-orphan"
    )

    @property
    def monthly_total(self) -> Decimal:
        """Rent plus every a conto: what the tenant pays a month."""
        parts = (self.aconto_heating, self.aconto_water, self.aconto_other)
        return self.rent + sum((p for p in parts if p is not None), Decimal(0))


class VacancyEvent(IdMixin, Base):
    """One status change of a vacancy: the history shown in its detail panel."""

    __tablename__ = "vacancy_event"
    __version_root__: ClassVar[str] = "vacancy"  # part of the dwelling (db.aggregates)

    vacancy_id: Mapped[int] = mapped_column(
        ForeignKey("vacancy.id", ondelete="CASCADE"), index=True
    )
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    by: Mapped[str] = mapped_column(String(100), default="")
    from_status: Mapped[VacancyStatus | None] = mapped_column(EnumText(VacancyStatus))
    to_status: Mapped[VacancyStatus] = mapped_column(EnumText(VacancyStatus))
    note: Mapped[str | None] = mapped_column(Text)

    vacancy: Mapped["Vacancy"] = relationship(back_populates="events")


class IntakeCheck(IdMixin, Base):
    """The intake check of a vacancy, kept as a snapshot of what it saw on the decision date."""

    __tablename__ = "intake_check"
    __version_root__: ClassVar[str] = "vacancy"

    vacancy_id: Mapped[int] = mapped_column(
        ForeignKey("vacancy.id", ondelete="CASCADE"), index=True
    )
    checked_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    decision_date: Mapped[dt.date] = mapped_column(Date)
    colour: Mapped[Colour | None] = mapped_column(EnumText(Colour))
    flexible_letting: Mapped[FlexibleLetting | None] = mapped_column(EnumText(FlexibleLetting))
    list_kinds: Mapped[list[Any]] = mapped_column(default=list)
    may_report: Mapped[bool | None]
    monthly_total: Mapped[Decimal | None] = mapped_column(Money)
    rent_ceiling: Mapped[Decimal | None] = mapped_column(Money)
    rent_relevant: Mapped[bool | None]
    proposal: Mapped[IntakeProposal] = mapped_column(EnumText(IntakeProposal))
    reason_code: Mapped[str | None] = mapped_column(String(40))
    reason_text: Mapped[str | None] = mapped_column(Text)
    snapshot: Mapped[dict[str, Any]] = mapped_column(default=dict)  # policy and settings seen
    confirmed_at: Mapped[dt.datetime | None]
    confirmed_by: Mapped[str | None] = mapped_column(String(100))
    # What the checks of one department on one day share (its colour status and notes), stored
    # once; `snapshot` then holds the dwelling's own part. None: `snapshot` holds everything.
    shared_id: Mapped[int | None] = mapped_column(ForeignKey("intake_snapshot.id"))

    vacancy: Mapped["Vacancy"] = relationship(back_populates="checks")


class IntakeSnapshot(IdMixin, Base):
    """The department's share of intake checks made on one decision date: the colour status
    (placement, flexible letting, ministry lists, colour rule and policy version) and the notes
    that follow from it, the same for every dwelling of the department on that day."""

    __tablename__ = "intake_snapshot"

    department_id: Mapped[int] = mapped_column(ForeignKey("department.id"), index=True)
    decision_date: Mapped[dt.date] = mapped_column(Date)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    data: Mapped[dict[str, Any]] = mapped_column(default=dict)  # {"colour_status", "notes"}
