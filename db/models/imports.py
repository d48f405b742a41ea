"""Import batches with the original file and every row's outcome; remembered column mappings."""

import datetime as dt
from typing import Any

from sqlalchemy import ForeignKey, LargeBinary, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.base import Base, EnumText, IdMixin, Stamped, utcnow
from db.enums import ImportKind, RowOutcome


class ImportBatch(IdMixin, Stamped, Base):
    __tablename__ = "import_batch"

    kind: Mapped[ImportKind] = mapped_column(EnumText(ImportKind))
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id"), index=True)
    filename: Mapped[str] = mapped_column(String(260))
    file_bytes: Mapped[bytes] = mapped_column(LargeBinary)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    size: Mapped[int]
    rows_total: Mapped[int] = mapped_column(default=0)
    rows_imported: Mapped[int] = mapped_column(default=0)
    rows_rejected: Mapped[int] = mapped_column(default=0)
    rows_duplicate: Mapped[int] = mapped_column(default=0)
    mapping: Mapped[dict[str, Any] | None] = mapped_column(default=None)

    rows: Mapped[list["ImportRow"]] = relationship(
        back_populates="batch", cascade="all, delete-orphan", order_by="ImportRow.id"
    )


class ImportRow(IdMixin, Base):
    __tablename__ = "import_row"

    batch_id: Mapped[int] = mapped_column(
        ForeignKey("import_batch.id", ondelete="CASCADE"), index=True
    )
    sheet: Mapped[str] = mapped_column(String(100))
    row_number: Mapped[int]  # spreadsheet row, 1-based, header included
    outcome: Mapped[RowOutcome] = mapped_column(EnumText(RowOutcome))
    entity_id: Mapped[int | None]
    messages: Mapped[list[Any]] = mapped_column(default=list)  # [{column, message}]

    batch: Mapped["ImportBatch"] = relationship(back_populates="rows")


class ColumnMapping(IdMixin, Base):
    """The column mapping staff confirmed for an organisation's files of one kind."""

    __tablename__ = "column_mapping"
    __table_args__ = (UniqueConstraint("organisation_id", "kind"),)

    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id"))
    kind: Mapped[ImportKind] = mapped_column(EnumText(ImportKind))
    mapping: Mapped[dict[str, Any]] = mapped_column(default=dict)  # normalised header -> field
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    updated_by: Mapped[str] = mapped_column(String(100), default="")
