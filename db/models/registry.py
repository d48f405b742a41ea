"""Organisations, departments, their dated placements, ministry lists and monitoring figures."""

import datetime as dt
from typing import ClassVar

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.base import Base, EnumText, IdMixin, Stamped, Versioned
from db.enums import Colour, FlexibleLetting, ListKind, NumberSide, PlacementSource


class Organisation(IdMixin, Versioned, Base):
    """A non-profit housing organisation (almen boligorganisation)."""

    __tablename__ = "organisation"

    number: Mapped[str] = mapped_column(String(10), unique=True)  # "088": text, leading zeros kept
    name: Mapped[str] = mapped_column(String(200))
    cvr: Mapped[str | None] = mapped_column(String(8))
    email: Mapped[str | None] = mapped_column(String(254))
    phone: Mapped[str | None] = mapped_column(String(40))
    address: Mapped[str | None] = mapped_column(String(300))
    contact_person: Mapped[str | None] = mapped_column(String(200))
    notes: Mapped[str | None] = mapped_column(Text)
    active: Mapped[bool] = mapped_column(default=True)

    departments: Mapped[list["Department"]] = relationship(
        back_populates="organisation", order_by="Department.number"
    )


class Landlord(IdMixin, Versioned, Base):
    """A private landlord (privat udlejer) who gives the municipality the right to name tenants
    for its dwellings (lov om kommunal anvisningsret): a letting partner beside the non-profit
    organisations, known by its CVR number. Its dwellings lie in no department."""

    __tablename__ = "landlord"

    name: Mapped[str] = mapped_column(String(200))
    cvr: Mapped[str] = mapped_column(String(8), unique=True)
    address: Mapped[str | None] = mapped_column(String(300))  # "Vestergade 3, 9000 Aalborg"
    contact_person: Mapped[str | None] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(254))
    phone: Mapped[str | None] = mapped_column(String(40))
    notes: Mapped[str | None] = mapped_column(Text)
    active: Mapped[bool] = mapped_column(default=True)


class HousingArea(IdMixin, Stamped, Base):
    """The ministry's boligområde: one or more departments, used for the national lists."""

    __tablename__ = "housing_area"

    name: Mapped[str] = mapped_column(String(200), unique=True)
    code: Mapped[str | None] = mapped_column(String(40))
    residents: Mapped[int | None]
    notes: Mapped[str | None] = mapped_column(Text)

    departments: Mapped[list["Department"]] = relationship(back_populates="housing_area")


class Department(IdMixin, Versioned, Base):
    """A housing estate (afdeling), keyed by organisation + department number (both text)."""

    __tablename__ = "department"
    __table_args__ = (UniqueConstraint("organisation_id", "number"),)

    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"), index=True)
    number: Mapped[str] = mapped_column(String(20))  # "07", "12-3": never a number
    name: Mapped[str] = mapped_column(String(200))
    housing_area_id: Mapped[int | None] = mapped_column(ForeignKey("housing_area.id"), index=True)
    address: Mapped[str | None] = mapped_column(String(300))
    postcode: Mapped[str | None] = mapped_column(String(4), index=True)
    city: Mapped[str | None] = mapped_column(String(100))
    dwellings_count: Mapped[int | None]
    suitable_for_young: Mapped[bool] = mapped_column(default=False)
    notes: Mapped[str | None] = mapped_column(Text)
    active: Mapped[bool] = mapped_column(default=True)
    # Lower-cased (casefolded) text of organisation number and name, department number and name,
    # address, postcode, city and housing area, kept by desktop.core.registry.search_text
    # (NULL: due; a department without house-number ranges then has them read from its address):
    # substring search that folds æ/ø/å on SQLite and PostgreSQL alike (SQLite's LIKE folds only
    # ASCII).
    search_text: Mapped[str | None] = mapped_column(String(1000))

    organisation: Mapped["Organisation"] = relationship(back_populates="departments")
    housing_area: Mapped["HousingArea | None"] = relationship(back_populates="departments")
    placements: Mapped[list["Placement"]] = relationship(
        back_populates="department", order_by="Placement.valid_from"
    )
    addresses: Mapped[list["DepartmentAddress"]] = relationship(
        back_populates="department",
        order_by="DepartmentAddress.position",
        cascade="all, delete-orphan",
    )


class DepartmentAddress(IdMixin, Base):
    """One range of house numbers on one street of a department ("Kastetvej 41A-41C"); a
    department has one per street and range, in `position` order. Part of the department's
    record: read from its address when imported, edited in its dialog
    (desktop.core.registry.house_numbers has the rules).

    Numbers run from `from_number`/`from_letter` to `to_number`/`to_letter` inclusive; a NULL
    number leaves that end open (both NULL: the whole street). A last number without a letter
    holds its lettered numbers (31-39 holds 39C). `side` keeps the odd or the even numbers only.
    `street_key` is the street folded for comparison (case, accents but æ/ø/å, spaces and dots),
    the index's key. `postcode` NULL: the department's.
    """

    __tablename__ = "department_address"
    __version_root__: ClassVar[str] = "department"  # part of the department (db.aggregates)
    __table_args__ = (
        UniqueConstraint("department_id", "position"),
        Index("ix_department_address_street", "street_key", "from_number", "to_number"),
    )

    department_id: Mapped[int] = mapped_column(ForeignKey("department.id", ondelete="CASCADE"))
    position: Mapped[int]  # the order the department lists them in
    street: Mapped[str] = mapped_column(String(200))  # as written: "Kastetvej"
    street_key: Mapped[str] = mapped_column(String(200))  # "kastetvej"
    from_number: Mapped[int | None]
    from_letter: Mapped[str] = mapped_column(String(1), default="")  # lower case: "a"; "" none
    to_number: Mapped[int | None]
    to_letter: Mapped[str] = mapped_column(String(1), default="")
    side: Mapped[NumberSide] = mapped_column(EnumText(NumberSide))
    postcode: Mapped[str | None] = mapped_column(String(4))

    department: Mapped["Department"] = relationship(back_populates="addresses")


class Placement(IdMixin, Stamped, Base):
    """A department's colour and flexible letting for a period (indplacering).

    `valid_to` is the last day in force (inclusive) or open-ended; periods never overlap.
    """

    __tablename__ = "placement"
    __version_root__: ClassVar[str] = "department"  # part of the department (db.aggregates)
    __table_args__ = (
        UniqueConstraint("department_id", "valid_from"),
        CheckConstraint("valid_to IS NULL OR valid_to >= valid_from", name="period"),
    )

    department_id: Mapped[int] = mapped_column(ForeignKey("department.id"), index=True)
    colour: Mapped[Colour] = mapped_column(EnumText(Colour))
    flexible_letting: Mapped[FlexibleLetting] = mapped_column(EnumText(FlexibleLetting))
    valid_from: Mapped[dt.date] = mapped_column(Date)
    valid_to: Mapped[dt.date | None] = mapped_column(Date)
    source: Mapped[PlacementSource] = mapped_column(EnumText(PlacementSource))
    reason: Mapped[str | None] = mapped_column(Text)
    import_batch_id: Mapped[int | None] = mapped_column(ForeignKey("import_batch.id"))

    department: Mapped["Department"] = relationship(back_populates="placements")


class MinistryList(IdMixin, Stamped, Base):
    """One publication of the ministry's lists (every 1 December); it replaces the one before."""

    __tablename__ = "ministry_list"

    list_date: Mapped[dt.date] = mapped_column(Date, unique=True)
    name: Mapped[str] = mapped_column(String(200))
    source: Mapped[str | None] = mapped_column(String(300))
    import_batch_id: Mapped[int | None] = mapped_column(ForeignKey("import_batch.id"))

    entries: Mapped[list["MinistryListEntry"]] = relationship(
        back_populates="ministry_list", cascade="all, delete-orphan"
    )


class MinistryListEntry(IdMixin, Base):
    """A department, or a whole housing area, on one of the lists of a publication."""

    __tablename__ = "ministry_list_entry"
    __table_args__ = (
        CheckConstraint(
            "(department_id IS NULL) <> (housing_area_id IS NULL)", name="department_or_area"
        ),
        Index("ix_ministry_list_entry_list_kind", "list_id", "kind"),
    )

    list_id: Mapped[int] = mapped_column(ForeignKey("ministry_list.id", ondelete="CASCADE"))
    kind: Mapped[ListKind] = mapped_column(EnumText(ListKind))
    department_id: Mapped[int | None] = mapped_column(ForeignKey("department.id"), index=True)
    housing_area_id: Mapped[int | None] = mapped_column(ForeignKey("housing_area.id"), index=True)

    ministry_list: Mapped["MinistryList"] = relationship(back_populates="entries")


class MonitoringFigures(IdMixin, Stamped, Base):
    """One year's monitoring indicators for a department (percentages as 23.4, not 0.234)."""

    __tablename__ = "monitoring_figures"
    __table_args__ = (UniqueConstraint("department_id", "year"),)

    department_id: Mapped[int] = mapped_column(ForeignKey("department.id"), index=True)
    year: Mapped[int]
    residents: Mapped[int | None]
    pct_outside_work: Mapped[float | None]  # 18-64 outside work or education
    conviction_ratio: Mapped[float | None]  # convictions relative to the national average
    pct_basic_school: Mapped[float | None]  # 30-59 with basic school only
    income_pct: Mapped[float | None]  # income as % of the regional average
    pct_non_western: Mapped[float | None]  # non-Western immigrants and descendants
    import_batch_id: Mapped[int | None] = mapped_column(ForeignKey("import_batch.id"))


class DepartmentVacancyCount(IdMixin, Versioned, Base):
    """All vacancies a department had in a period: the denominator of the quota. Versioned:
    staff type it in the quota dialog, and two desks may type the same department's figure."""

    __tablename__ = "department_vacancy_count"
    __table_args__ = (UniqueConstraint("department_id", "period_start", "period_end"),)

    department_id: Mapped[int] = mapped_column(ForeignKey("department.id"), index=True)
    period_start: Mapped[dt.date] = mapped_column(Date)
    period_end: Mapped[dt.date] = mapped_column(Date)
    total_vacancies: Mapped[int]
    import_batch_id: Mapped[int | None] = mapped_column(ForeignKey("import_batch.id"))
