"""The caseworkers (sagsbehandlere / bostøttemedarbejdere) applicants are followed by."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.enums import AuditAction
from db.models import Applicant, Caseworker
from desktop.core import audit, locking
from desktop.core.applicants.register import CLOSED
from desktop.core.applicants.search_text import fold, sort_key
from desktop.core.applicants.views import CaseworkerView
from desktop.core.errors import NotFound, ValidationError
from desktop.core.i18n import translate
from desktop.core.workspace import Workspace

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def _view(worker: Caseworker) -> CaseworkerView:
    return CaseworkerView(
        worker.id,
        worker.name,
        worker.unit,
        worker.phone,
        worker.email,
        worker.active,
        worker.version,
    )


def list_caseworkers(ws: Workspace, *, active_only: bool = False) -> list[CaseworkerView]:
    with ws.read() as session:
        query = select(Caseworker).order_by(Caseworker.id)
        if active_only:
            query = query.where(Caseworker.active.is_(True))
        workers = [_view(w) for w in session.scalars(query)]
    # Danish order (Åse after Ørum): a desk has tens of caseworkers, so sorting here is cheap.
    return sorted(workers, key=lambda w: sort_key(w.name))


def applicants_followed(ws: Workspace) -> dict[int, int]:
    """How many applicants on the list (not housed or removed) each caseworker follows, by
    caseworker id; a caseworker who follows none is not in the mapping."""
    with ws.read() as session:
        query = (
            select(Applicant.caseworker_id, func.count(Applicant.id))
            .where(Applicant.caseworker_id.is_not(None), Applicant.status.not_in(CLOSED))
            .group_by(Applicant.caseworker_id)
        )
        return {worker: count for worker, count in session.execute(query) if worker is not None}


@dataclass(frozen=True)
class CaseworkerLine(CaseworkerView):
    """A caseworker as the settings list shows them, with the applicants they follow."""

    followed: int = 0  # applicants on the list (not housed or removed) they follow


def caseworker_lines(ws: Workspace) -> list[CaseworkerLine]:
    """Every caseworker, active or not, in Danish order, with the applicants they follow."""
    followed = applicants_followed(ws)
    return [
        CaseworkerLine(**asdict(w), followed=followed.get(w.id, 0)) for w in list_caseworkers(ws)
    ]


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
    expected_version: int | None = None,
) -> int:
    """Create (no id) or change a caseworker; a new name reaches their applicants' search.
    A name is needed; an e-mail address, if given, must look like one (`ValidationError` with
    the field's message). `active=False` retires the caseworker: their applicants keep them.

    A change is saved only onto `expected_version`, the version the user loaded
    (`CaseworkerView.version`): when someone saved the caseworker since, `RecordConflict` says
    who and when and nothing is saved. Returns the caseworker's id."""
    cleaned = " ".join(name.split())
    address = (email or "").strip() or None
    errors: dict[str, str] = {}
    if not cleaned:
        errors["name"] = translate("Applicants", "A name is needed.")
    if address is not None and not _EMAIL.match(address):
        errors["email"] = translate("Applicants", "The e-mail address is not valid.")
    if errors:
        message = (
            translate("Applicants", "Write the caseworker's name.")
            if "name" in errors
            else errors["email"]
        )
        raise ValidationError(message, errors)
    mine = {
        "name": cleaned,
        "unit": " ".join((unit or "").split()) or None,
        "phone": " ".join((phone or "").split()) or None,
        "email": address,
        "active": active,
    }
    with locking.guard(ws, Caseworker, caseworker_id or 0, mine), ws.write() as session:
        if caseworker_id is None:
            worker = Caseworker(name=cleaned)
            session.add(worker)
        else:
            found = session.get(Caseworker, caseworker_id)
            if found is None:
                raise NotFound(translate("Applicants", "The caseworker no longer exists."))
            locking.check(found, expected_version, mine)
            worker = found
        for field, value in mine.items():
            setattr(worker, field, value)
        session.flush()
        audit.record(
            session,
            AuditAction.CREATE if caseworker_id is None else AuditAction.UPDATE,
            "caseworker",
            worker.id,
        )
        return worker.id


def caseworker(ws: Workspace, caseworker_id: int) -> CaseworkerView:
    """One caseworker as an edit loads it (with the version to save onto)."""
    with ws.read() as session:
        found = session.get(Caseworker, caseworker_id)
        if found is None:
            raise NotFound(translate("Applicants", "The caseworker no longer exists."))
        return _view(found)
