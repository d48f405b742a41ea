"""What the applicant form's lists offer: target groups, departments (plain values for the UI)."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Department, Organisation
from desktop.core import settings
from desktop.core.workspace import Workspace


@dataclass(frozen=True)
class Choice:
    value: str | int
    label: str


def target_groups(ws: Workspace) -> list[Choice]:
    """The desk's target groups (code, label) in their configured order."""
    with ws.read() as session:
        groups = settings.get(session, settings.TARGET_GROUPS, on=ws.today())
    return [Choice(g.code, g.label) for g in groups.groups]


def departments(ws: Workspace) -> list[Choice]:
    """Every department as "145-07 Kildeparken (Himmerland Boligforening)", by number."""
    with ws.read() as session:
        labels = department_labels(session)
    return [Choice(department_id, label) for department_id, label in labels.items()]


def department_labels(session: Session, ids: Collection[int] | None = None) -> dict[int, str]:
    """The departments in `ids` (every one if None) as "145-07 Kildeparken (Himmerland
    Boligforening)", by id, in the order of their numbers."""
    query = (
        select(
            Department.id,
            Organisation.number,
            Department.number,
            Department.name,
            Organisation.name,
        )
        .join(Organisation, Department.organisation_id == Organisation.id)
        .order_by(Organisation.number, Department.number)
    )
    if ids is not None:
        query = query.where(Department.id.in_(list(ids)))
    return {r[0]: f"{r[1]}-{r[2]} {r[3]} ({r[4]})" for r in session.execute(query)}
