"""Applicants (boligsøgende), their households, dated legal facts and caseworkers."""

import datetime as dt
from decimal import Decimal
from typing import Any, ClassVar

from sqlalchemy import Date, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db import postal
from db.base import Base, EnumText, IdMixin, Money, Stamped, Versioned, utcnow
from db.enums import (
    AddressReview,
    ApplicantStatus,
    DeliveryChannel,
    LegalFactKind,
    MemberRelation,
    Urgency,
)


class Caseworker(IdMixin, Versioned, Base):
    """The social worker (sagsbehandler / bostøttemedarbejder) who follows a citizen."""

    __tablename__ = "caseworker"

    name: Mapped[str] = mapped_column(String(200), index=True)
    unit: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(40))
    email: Mapped[str | None] = mapped_column(String(254))
    active: Mapped[bool] = mapped_column(default=True)


class Applicant(IdMixin, Versioned, Base):
    """A citizen on the desk's list. Personal data: see docs/domain.md (CPR, privacy)."""

    __tablename__ = "applicant"
    __table_args__ = (
        Index("ix_applicant_status_urgency", "status", "urgency"),
        Index("ix_applicant_name_birth", "name", "birth_date"),
        # The list page sorts on every column of 100,000 rows: one index per sort order.
        Index("ix_applicant_sort_name", "sort_name"),
        Index("ix_applicant_caseworker_sort", "caseworker_sort"),
        Index("ix_applicant_status", "status"),
        Index("ix_applicant_urgency", "urgency"),
        Index("ix_applicant_birth_date", "birth_date"),
        Index("ix_applicant_max_rent", "max_rent"),
        Index("ix_applicant_rooms_min", "rooms_min"),
        Index("ix_applicant_closed_on", "closed_on"),
    )

    name: Mapped[str] = mapped_column(String(200))
    cpr: Mapped[str | None] = mapped_column(String(10), unique=True)  # ten digits, no hyphen
    birth_date: Mapped[dt.date | None] = mapped_column(Date)
    # The postal address, as the envelope window shows it (db.postal): "c/o" + care_of above the
    # street line ("Vesterbro 22, 1. th"), then postcode and town.
    care_of: Mapped[str | None] = mapped_column(String(postal.CARE_OF_MAX))
    street: Mapped[str | None] = mapped_column(String(postal.STREET_MAX))
    postcode: Mapped[str | None] = mapped_column(String(4))
    town: Mapped[str | None] = mapped_column(String(postal.TOWN_MAX))
    # Where the citizen is, when that is no address a letter can go to: "Sofasurfer".
    whereabouts: Mapped[str | None] = mapped_column(String(postal.WHEREABOUTS_MAX))
    delivery: Mapped[DeliveryChannel] = mapped_column(
        EnumText(DeliveryChannel),
        default=DeliveryChannel.NONE,
        server_default=DeliveryChannel.NONE.value,
    )
    # Set when free text was read into the address automatically (the address migration, an import);
    # cleared when a person has looked at it.
    address_review: Mapped[AddressReview | None] = mapped_column(
        EnumText(AddressReview), index=True
    )
    phone: Mapped[str | None] = mapped_column(String(40), index=True)
    email: Mapped[str | None] = mapped_column(String(254))
    exempt_digital_post: Mapped[bool] = mapped_column(default=False)

    target_group: Mapped[str] = mapped_column(String(40), index=True)  # code from the settings
    caseworker_id: Mapped[int | None] = mapped_column(ForeignKey("caseworker.id"), index=True)
    registered_on: Mapped[dt.date] = mapped_column(Date, index=True)  # waiting time runs from here
    urgency: Mapped[Urgency] = mapped_column(EnumText(Urgency), default=Urgency.NORMAL)
    status: Mapped[ApplicantStatus] = mapped_column(
        EnumText(ApplicantStatus), default=ApplicantStatus.ACTIVE
    )
    paused_until: Mapped[dt.date | None] = mapped_column(Date)
    removed_reason: Mapped[str | None] = mapped_column(Text)
    closed_on: Mapped[dt.date | None] = mapped_column(Date)  # housed or removed: retention

    max_rent: Mapped[Decimal | None] = mapped_column(Money)  # incl. a conto
    rooms_min: Mapped[float | None]
    rooms_max: Mapped[float | None]
    needs_wheelchair: Mapped[bool] = mapped_column(default=False)
    needs_step_free: Mapped[bool] = mapped_column(default=False)
    needs_ground_floor: Mapped[bool] = mapped_column(default=False)
    has_pets: Mapped[bool] = mapped_column(default=False)
    needs_strong_area: Mapped[bool] = mapped_column(default=False)  # not to yellow departments
    wanted_areas: Mapped[list[Any]] = mapped_column(default=list)  # postcodes or area names
    notes: Mapped[str | None] = mapped_column(Text)

    anonymised_at: Mapped[dt.datetime | None]
    import_batch_id: Mapped[int | None] = mapped_column(ForeignKey("import_batch.id"))

    # Derived columns kept by desktop.core.applicants.search_text on every flush (NULL = not yet
    # computed). search_text: casefolded name, birth-date part of the CPR, phone digits and
    # caseworker, indexed by FTS5 (SQLite) or pg_trgm (PostgreSQL) for substring search.
    # sort_name / caseworker_sort: keys that sort in Danish order by plain binary comparison.
    search_text: Mapped[str | None] = mapped_column(String(600))
    sort_name: Mapped[str | None] = mapped_column(String(200))
    caseworker_sort: Mapped[str | None] = mapped_column(String(200))

    caseworker: Mapped["Caseworker | None"] = relationship()
    members: Mapped[list["HouseholdMember"]] = relationship(
        back_populates="applicant", cascade="all, delete-orphan", order_by="HouseholdMember.id"
    )
    events: Mapped[list["ApplicantEvent"]] = relationship(
        back_populates="applicant", cascade="all, delete-orphan", order_by="ApplicantEvent.at"
    )
    excluded_departments: Mapped[list["ApplicantExcludedDepartment"]] = relationship(
        back_populates="applicant", cascade="all, delete-orphan"
    )


class ApplicantExcludedDepartment(Base):
    """A department the applicant must not be offered (e.g. where a conflict lives)."""

    __tablename__ = "applicant_excluded_department"
    __version_root__: ClassVar[str] = "applicant"  # part of the applicant (db.aggregates)

    applicant_id: Mapped[int] = mapped_column(
        ForeignKey("applicant.id", ondelete="CASCADE"), primary_key=True
    )
    department_id: Mapped[int] = mapped_column(ForeignKey("department.id"), primary_key=True)
    reason: Mapped[str | None] = mapped_column(Text)

    applicant: Mapped["Applicant"] = relationship(back_populates="excluded_departments")


class ApplicantEvent(IdMixin, Base):
    """One status change of an applicant: the status history of the detail form."""

    __tablename__ = "applicant_event"
    __version_root__: ClassVar[str] = "applicant"

    applicant_id: Mapped[int] = mapped_column(
        ForeignKey("applicant.id", ondelete="CASCADE"), index=True
    )
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    by: Mapped[str] = mapped_column(String(100), default="")
    from_status: Mapped[ApplicantStatus | None] = mapped_column(EnumText(ApplicantStatus))
    to_status: Mapped[ApplicantStatus] = mapped_column(EnumText(ApplicantStatus))
    note: Mapped[str | None] = mapped_column(Text)

    applicant: Mapped["Applicant"] = relationship(back_populates="events")


class HouseholdMember(IdMixin, Versioned, Base):
    """A person in the applicant's household, the applicant included (relation = applicant)."""

    __tablename__ = "household_member"
    __version_root__: ClassVar[str] = "applicant"

    applicant_id: Mapped[int] = mapped_column(
        ForeignKey("applicant.id", ondelete="CASCADE"), index=True
    )
    relation: Mapped[MemberRelation] = mapped_column(EnumText(MemberRelation))
    name: Mapped[str | None] = mapped_column(String(200))
    cpr: Mapped[str | None] = mapped_column(String(10))
    birth_date: Mapped[dt.date | None] = mapped_column(Date)

    applicant: Mapped["Applicant"] = relationship(back_populates="members")
    facts: Mapped[list["LegalFact"]] = relationship(
        back_populates="member", cascade="all, delete-orphan", order_by="LegalFact.start_date"
    )


class LegalFact(IdMixin, Stamped, Base):
    """A dated fact that the legal blocks read. Sensitive: never exported or shown in lists."""

    __tablename__ = "legal_fact"
    __version_root__: ClassVar[str] = "member"  # and so of the member's applicant

    member_id: Mapped[int] = mapped_column(
        ForeignKey("household_member.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[LegalFactKind] = mapped_column(EnumText(LegalFactKind))
    label: Mapped[str | None] = mapped_column(String(100))  # benefit name or country code
    start_date: Mapped[dt.date | None] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)

    member: Mapped["HouseholdMember"] = relationship(back_populates="facts")


# Search structures that exist on one database kind only and are made by migrations 0003/0004,
# not by the models: the FTS5 table (and its shadow tables) and a covering index for short search
# words on SQLite, trigram and "C"-collation indexes on PostgreSQL. Schema comparisons (Alembic
# autogenerate, the drift test) leave them alone.
DIALECT_SEARCH_OBJECTS = (
    "applicant_fts",
    "ix_applicant_search_cover",
    "ix_applicant_search_trgm",
    "ix_applicant_sort_name_c",
    "ix_applicant_caseworker_sort_c",
)


def is_dialect_search_object(name: str | None) -> bool:
    """True for the dialect-specific search tables and indexes above (incl. FTS5 shadows)."""
    return bool(name) and any(
        name == base or str(name).startswith(base + "_") for base in DIALECT_SEARCH_OBJECTS
    )
