"""Writing dated placements (indplaceringer) without overlaps, and reading a department's history.

A new placement from day D cuts the one in force on D to end on D-1; a placement that began on D
is replaced. An open-ended new placement ends the day before the next later one. A placement with
an end date inside an older open or longer period splits it: the older colour resumes the day
after. Overlapping a later placement is refused.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.enums import AuditAction, Colour, FlexibleLetting, PlacementSource
from db.models import Department, Placement
from desktop.core import audit, locking
from desktop.core.colours import PlacementView
from desktop.core.errors import NotFound, ValidationError
from desktop.core.formats import date as format_date
from desktop.core.i18n import translate
from desktop.core.workspace import Workspace

ONE_DAY = dt.timedelta(days=1)


def history(session: Session, department_id: int) -> list[PlacementView]:
    """Every placement of the department, newest first."""
    rows = session.scalars(
        select(Placement)
        .where(Placement.department_id == department_id)
        .order_by(Placement.valid_from.desc())
    )
    return [PlacementView.of(row) for row in rows]


def place(
    session: Session,
    department_id: int,
    colour: Colour,
    flexible_letting: FlexibleLetting,
    valid_from: dt.date,
    *,
    valid_to: dt.date | None = None,
    source: PlacementSource = PlacementSource.MANUAL,
    reason: str | None = None,
    import_batch_id: int | None = None,
) -> PlacementView:
    """Put the department in `colour` from `valid_from` (to `valid_to` inclusive, or open)."""
    if session.get(Department, department_id) is None:
        raise NotFound(translate("Placements", "The department no longer exists."))
    if valid_to is not None and valid_to < valid_from:
        raise ValidationError(
            translate("Placements", "The end date is before the start date."),
            {"valid_to": translate("Placements", "Must be on or after the start date.")},
        )
    rows = list(
        session.scalars(
            select(Placement)
            .where(Placement.department_id == department_id)
            .order_by(Placement.valid_from)
        )
    )
    same_day = next((r for r in rows if r.valid_from == valid_from), None)
    earlier = [r for r in rows if r.valid_from < valid_from]
    later = [r for r in rows if r.valid_from > valid_from]

    if later:
        following = later[0]
        if valid_to is None:
            valid_to = following.valid_from - ONE_DAY
        elif valid_to >= following.valid_from:
            raise ValidationError(
                translate(
                    "Placements",
                    "The period overlaps the placement from {day}. End it before that day.",
                ).format(day=format_date(following.valid_from)),
                {"valid_to": translate("Placements", "Overlaps a later placement.")},
            )

    if earlier:
        previous = earlier[-1]
        if previous.valid_to is None or previous.valid_to >= valid_from:
            old_end = previous.valid_to
            previous.valid_to = valid_from - ONE_DAY
            if valid_to is not None and (old_end is None or old_end > valid_to):
                session.add(  # the older placement resumes after the new period
                    Placement(
                        department_id=department_id,
                        colour=previous.colour,
                        flexible_letting=previous.flexible_letting,
                        valid_from=valid_to + ONE_DAY,
                        valid_to=old_end,
                        source=previous.source,
                        reason=previous.reason,
                        import_batch_id=previous.import_batch_id,
                    )
                )

    if same_day is not None:
        row = same_day
        row.colour = colour
        row.flexible_letting = flexible_letting
        row.valid_to = valid_to
        row.source = source
        row.reason = reason
        row.import_batch_id = import_batch_id
        action = AuditAction.UPDATE
    else:
        row = Placement(
            department_id=department_id,
            colour=colour,
            flexible_letting=flexible_letting,
            valid_from=valid_from,
            valid_to=valid_to,
            source=source,
            reason=reason,
            import_batch_id=import_batch_id,
        )
        session.add(row)
        action = AuditAction.CREATE
    session.flush()
    if source is PlacementSource.MANUAL:
        audit.record(
            session,
            action,
            "placement",
            row.id,
            details={"department_id": department_id, "colour": colour.value},
        )
    return PlacementView.of(row)


def remove(session: Session, placement_id: int) -> None:
    """Delete a placement entered by mistake; the one before it, if it ended the day before,
    runs on over the freed period."""
    row = session.get(Placement, placement_id)
    if row is None:
        raise NotFound(translate("Placements", "The placement no longer exists."))
    previous = session.scalars(
        select(Placement).where(
            Placement.department_id == row.department_id,
            Placement.valid_to == row.valid_from - ONE_DAY,
        )
    ).first()
    if previous is not None:
        previous.valid_to = row.valid_to
    audit.record(
        session,
        AuditAction.DELETE,
        "placement",
        row.id,
        details={"department_id": row.department_id, "colour": row.colour.value},
    )
    session.delete(row)
    session.flush()


def set_placement(
    ws: Workspace,
    department_id: int,
    colour: Colour,
    flexible_letting: FlexibleLetting,
    valid_from: dt.date,
    *,
    valid_to: dt.date | None = None,
    reason: str | None = None,
    expected_version: int | None = None,
) -> PlacementView:
    """A placement entered by hand (one transaction; see `place`). Placements are part of the
    department: with `expected_version` (the department's version when the user opened it)
    `RecordConflict` when the department or its placements changed since; nothing is saved."""
    with locking.guard(ws, Department, department_id), ws.write() as session:
        department = session.get(Department, department_id)
        if department is not None:
            locking.check(department, expected_version)
        return place(
            session,
            department_id,
            colour,
            flexible_letting,
            valid_from,
            valid_to=valid_to,
            reason=(reason or "").strip() or None,
        )


def remove_placement(
    ws: Workspace, placement_id: int, *, expected_version: int | None = None
) -> None:
    """Delete a placement entered by mistake (see `remove`); `expected_version` as for
    `set_placement`."""
    with ws.write() as session:
        row = session.get(Placement, placement_id)
        if row is not None and expected_version is not None:
            department = session.get(Department, row.department_id)
            if department is not None:
                locking.check(department, expected_version)
        remove(session, placement_id)
