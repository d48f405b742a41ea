"""The caseworkers (sagsbehandlere / bostøttemedarbejdere) applicants are followed by."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.enums import AuditAction
from db.models import Caseworker
from desktop.core import audit
from desktop.core.applicants.search_text import fold
from desktop.core.applicants.views import CaseworkerView
from desktop.core.errors import NotFound, ValidationError
from desktop.core.i18n import translate
from desktop.core.workspace import Workspace


def _view(worker: Caseworker) -> CaseworkerView:
    return CaseworkerView(
        worker.id, worker.name, worker.unit, worker.phone, worker.email, worker.active
    )


def list_caseworkers(ws: Workspace, *, active_only: bool = False) -> list[CaseworkerView]:
    with ws.read() as session:
        query = select(Caseworker).order_by(func.lower(Caseworker.name), Caseworker.id)
        if active_only:
            query = query.where(Caseworker.active.is_(True))
        return [_view(w) for w in session.scalars(query)]


def find_or_create(session: Session, name: str) -> Caseworker:
    """The caseworker with this name (case and spacing ignored), created if there is none."""
    wanted = fold(name)
    for worker in session.scalars(select(Caseworker)):
        if fold(worker.name) == wanted:
            return worker
    worker = Caseworker(name=" ".join(name.split()))
    session.add(worker)
    session.flush()
    return worker


def save_caseworker(
    ws: Workspace,
    caseworker_id: int | None,
    name: str,
    *,
    unit: str | None = None,
    phone: str | None = None,
    email: str | None = None,
    active: bool = True,
) -> int:
    """Create (no id) or change a caseworker; a new name reaches their applicants' search."""
    cleaned = " ".join(name.split())
    if not cleaned:
        raise ValidationError(
            translate("Applicants", "Write the caseworker's name."),
            {"name": translate("Applicants", "A name is needed.")},
        )
    with ws.write() as session:
        if caseworker_id is None:
            worker = Caseworker(name=cleaned)
            session.add(worker)
        else:
            found = session.get(Caseworker, caseworker_id)
            if found is None:
                raise NotFound(translate("Applicants", "The caseworker no longer exists."))
            worker = found
            worker.name = cleaned
        worker.unit = " ".join((unit or "").split()) or None
        worker.phone = " ".join((phone or "").split()) or None
        worker.email = (email or "").strip() or None
        worker.active = active
        session.flush()
        audit.record(
            session,
            AuditAction.CREATE if caseworker_id is None else AuditAction.UPDATE,
            "caseworker",
            worker.id,
        )
        return worker.id
