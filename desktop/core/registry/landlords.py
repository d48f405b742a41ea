"""Private landlords: the letting partners beside the non-profit organisations.

A private landlord gives the municipality the right to name tenants for its dwellings (lov om
kommunal anvisningsret); the desk registers it by its CVR number, with its address and contact,
and receives its notices of vacant dwellings (`desktop.core.intake.landlord_notices`). The CVR
number is the landlord's key: the import names the landlord by it (`--landlord CVR`).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.enums import AuditAction
from db.models import Landlord
from desktop.core import audit, locking
from desktop.core.errors import NotFound, ValidationError
from desktop.core.i18n import translate
from desktop.core.registry.editing import clean_cvr, cvr_field, record_to_save
from desktop.core.workspace import Workspace


@dataclass(frozen=True)
class LandlordData:
    """A landlord as its form holds it (texts as typed; `validate` cleans them)."""

    name: str
    cvr: str
    address: str | None = None
    contact_person: str | None = None
    email: str | None = None
    phone: str | None = None
    notes: str | None = None
    active: bool = True


@dataclass(frozen=True)
class LandlordRow:
    """A line of the landlords' list: the stored values."""

    id: int
    version: int
    data: LandlordData


@dataclass(frozen=True)
class LandlordRef:
    """A landlord as a line of text names it: "Nordbo Ejendomme ApS (CVR 25313763)"."""

    id: int
    name: str
    cvr: str

    @property
    def label(self) -> str:
        return translate("Registry", "{name} (CVR {cvr})").format(name=self.name, cvr=self.cvr)


def _text(value: str | None) -> str | None:
    text = " ".join((value or "").split())
    return text or None


def validate(data: LandlordData) -> LandlordData:
    """The cleaned values, or ValidationError naming each field at fault."""
    problems: dict[str, str] = {}
    name = _text(data.name)
    if name is None:
        problems["name"] = translate("Registry", "The name is missing.")
    cvr_number = cvr_field(
        data.cvr,
        problems,
        missing=translate(
            "Registry", "The CVR number is missing: a private landlord is known by it."
        ),
    )
    if problems:
        raise ValidationError(next(iter(problems.values())), problems)
    assert name is not None
    assert cvr_number is not None
    return LandlordData(
        name,
        cvr_number,
        _text(data.address),
        _text(data.contact_person),
        _text(data.email),
        _text(data.phone),
        (data.notes or "").strip() or None,
        data.active,
    )


def _data(row: Landlord) -> LandlordData:
    return LandlordData(
        row.name,
        row.cvr,
        row.address,
        row.contact_person,
        row.email,
        row.phone,
        row.notes,
        row.active,
    )


def landlords(ws: Workspace) -> list[LandlordRow]:
    """Every landlord by name."""
    with ws.read() as session:
        rows = session.scalars(select(Landlord).order_by(Landlord.name, Landlord.id))
        return [LandlordRow(r.id, r.version, _data(r)) for r in rows]


def active_landlords(ws: Workspace) -> list[LandlordRef]:
    """The active landlords by name: the notice form's choice."""
    with ws.read() as session:
        rows = session.execute(
            select(Landlord.id, Landlord.name, Landlord.cvr)
            .where(Landlord.active.is_(True))
            .order_by(Landlord.name, Landlord.id)
        ).all()
    return [LandlordRef(*r) for r in rows]


def landlord_by_cvr(ws: Workspace, cvr: str) -> LandlordRef:
    """The landlord with this CVR number (spaces allowed), or NotFound saying so."""
    try:
        wanted = clean_cvr(cvr)
    except ValueError:
        wanted = None
    with ws.read() as session:
        row = (
            None
            if wanted is None
            else session.execute(
                select(Landlord.id, Landlord.name, Landlord.cvr).where(Landlord.cvr == wanted)
            ).first()
        )
    if row is None:
        raise NotFound(
            translate(
                "Registry",
                "There is no private landlord with the CVR number {cvr}. Register it under "
                "Departments > Private landlords.",
            ).format(cvr=cvr)
        )
    return LandlordRef(*row)


def apply(
    session: Session,
    landlord_id: int | None,
    data: LandlordData,
    expected_version: int | None = None,
) -> Landlord:
    """Create (id None) or update a landlord in the caller's transaction."""
    clean = validate(data)
    row = record_to_save(
        session,
        Landlord,
        landlord_id,
        session.scalars(select(Landlord).where(Landlord.cvr == clean.cvr)).first(),
        taken=lambda clash: ValidationError(
            translate("Registry", "CVR number {cvr} is registered for {name}.").format(
                cvr=clean.cvr, name=clash.name
            ),
            {"cvr": translate("Registry", "Already in use.")},
        ),
        gone=translate("Registry", "The private landlord no longer exists."),
        expected_version=expected_version,
        name=clean.name,
        cvr=clean.cvr,
    )
    row.name = clean.name
    row.cvr = clean.cvr
    row.address = clean.address
    row.contact_person = clean.contact_person
    row.email = clean.email
    row.phone = clean.phone
    row.notes = clean.notes
    row.active = clean.active
    session.flush()
    return row


def save_landlord(
    ws: Workspace,
    landlord_id: int | None,
    data: LandlordData,
    expected_version: int | None = None,
) -> int:
    """Save the landlord's form: one transaction, refused if someone saved it meanwhile."""
    with locking.guard(ws, Landlord, landlord_id or 0), ws.write() as session:
        row = apply(session, landlord_id, data, expected_version)
        action = AuditAction.CREATE if landlord_id is None else AuditAction.UPDATE
        audit.record(session, action, "landlord", row.id)
        return row.id
