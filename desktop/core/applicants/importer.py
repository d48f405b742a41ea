"""The applicant importer: the desk's existing list (shaped like applicants_legacy.xlsx) read
through the shared import pipeline (`desktop.core.importing`).

Rows and the register:
- A row without a CPR number imports (people without one are allowed); its history says the
  identity must be checked. A CPR number that is not valid rejects the row.
- The same CPR number twice in the file: the later row is reported as a duplicate and not
  imported on its own. It is the same person registered again, so its data is not lost: when it
  was registered later than the first row, its address, phone and e-mail replace the first
  row's (they are newer), and any field the first row left empty is filled from it. The
  registration date stays the first one: the waiting time runs from the first registration.
- A CPR number already in the register, or a person without one with the same name and phone,
  address or e-mail as a registered person without one, is a duplicate: the register is not
  changed by an old list (staff merge by hand if needed).

The original file is not kept with an applicant import, only its name, size and SHA-256
(see `desktop.core.applicants.privacy` for why).
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping, Sequence
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from db import postal
from db.enums import (
    AddressReview,
    ApplicantStatus,
    AuditAction,
    ImportKind,
    MemberRelation,
    Urgency,
)
from db.models import Applicant, ApplicantEvent, AuditEvent, HouseholdMember
from desktop.core import cpr as cprs
from desktop.core import settings
from desktop.core.applicants import caseworkers, parsing
from desktop.core.applicants.addresses import POSTAL_COLUMNS
from desktop.core.applicants.duplicates import name_key
from desktop.core.applicants.search_text import fields_of, fold
from desktop.core.i18n import translate
from desktop.core.importing.spec import (
    Cells,
    ImportContext,
    ImportWrite,
    PreviewRow,
    Problem,
    RowStatus,
)
from desktop.core.tabular.headers import Field, FieldSet
from desktop.core.tabular.values import (
    ValueProblem,
    parse_date,
    parse_money,
    parse_rooms_range,
    parse_text,
)

FIELDS = FieldSet(
    (
        Field(
            "cpr",
            (
                "CPR",
                "CPR-nr",
                "CPR-nr.",
                "CPR nummer",
                "CPR-nummer",
                "Cpr.nr.",
                "Personnummer",
                "Personnr.",
                "Person nr.",
                "CPR no",
            ),
            hints=("cpr", "personnummer", "personnr"),
        ),
        Field(
            "birth_date",
            (
                "Fødselsdato",
                "Født",
                "Fødselsdag",
                "Født den",
                "Fødselsdato (dd.mm.åååå)",
                "Birth date",
                "Date of birth",
                "Born",
            ),
            hints=("fødselsdato", "født", "birth"),
        ),
        Field(
            "name",
            ("Navn", "Fulde navn", "Ansøger", "Ansøgers navn", "Borger", "Borgers navn", "Name"),
            required=True,
            hints=("navn", "name"),
        ),
        Field(
            "address",
            ("Adresse/opholdssted", "Adresse", "Opholdssted", "Bopæl", "Nuværende adresse"),
        ),
        Field("phone", ("Tlf", "Tlf.", "Telefon", "Telefonnr", "Mobil", "Mobilnr", "Phone")),
        Field("email", ("E-mail", "Email", "Mail", "E-mailadresse")),
        Field("target_group", ("Målgruppe", "Maalgruppe", "Gruppe", "Target group")),
        Field("household", ("Husstand", "Husstandens størrelse", "Household")),
        Field(
            "max_rent",
            ("Max husleje", "Maks husleje", "Max. husleje", "Max leje", "Husleje max", "Max rent"),
        ),
        Field(
            "rooms",
            ("Værelser ønsket", "Ønskede værelser", "Antal værelser", "Værelser", "Rum"),
        ),
        Field("needs", ("Behov", "Særlige behov", "Needs")),
        Field(
            "caseworker",
            ("Sagsbehandler", "Bostøtte", "Bostøttemedarbejder", "Kontaktperson", "Caseworker"),
        ),
        Field(
            "registered_on",
            ("Oprettet", "Oprettelsesdato", "Skrevet op", "Registreret", "Dato", "Registered"),
        ),
        Field("urgency", ("Prioritet", "Hastegrad", "Prioritering", "Priority", "Urgency")),
        Field("notes", ("Bemærkninger", "Bemærkning", "Noter", "Note", "Notes")),
    )
)

CONTACT = ("address", "phone", "email")
MERGED = "merged"  # values key: the row's values after later rows of the same person


def _header(row: PreviewRow, name: str) -> str:
    headers: Mapping[str, str] = row.values.get("_headers", {})
    return headers.get(name, name)


class ApplicantSpec:
    """The `ImportSpec` of applicant lists. Make one per import: it remembers the rows of each
    CPR number in file order (to let a re-registration update the first row)."""

    kind = ImportKind.APPLICANTS
    fieldset: FieldSet = FIELDS
    keeps_file = False  # only the hash: privacy.py explains why

    def __init__(self) -> None:
        self.occurrences: dict[Hashable, list[dict[str, Any]]] = {}

    # --- the file alone ----------------------------------------------------------------------

    def parse_row(self, cells: Cells) -> dict[str, Any]:
        values: dict[str, Any] = {"_headers": dict(cells.headers)}
        values["cpr"] = cells.take("cpr", parsing.parse_cpr)
        values["name"] = cells.take("name", parsing.parse_name, required=True)
        values["birth_date"] = cells.take("birth_date", parse_date)
        values["address"] = cells.take("address", parse_text)
        values["phone"] = cells.take("phone", parsing.parse_phone)
        email_note = None
        try:
            values["email"] = parsing.parse_email(cells.raw.get("email"))
        except ValueProblem:  # kept, but not as an address letters would use
            values["email"] = None
            email_note = parse_text(cells.raw.get("email"))
        values["target_label"] = cells.take("target_group", parse_text)
        household = cells.take("household", parsing.parse_household)
        values["adults"] = household.adults if household else 1
        values["children"] = household.children if household else 0
        rent = cells.take("max_rent", parse_money)
        if rent is not None and rent <= 0:
            cells.problem(
                "max_rent", translate("ApplicantImport", "The highest rent must be above 0.")
            )
        values["max_rent"] = rent
        rooms = cells.take("rooms", parse_rooms_range)
        values["rooms_min"] = float(rooms[0]) if rooms else None
        values["rooms_max"] = float(rooms[1]) if rooms and rooms[1] is not None else None
        needs = parsing.parse_needs(cells.raw.get("needs"))
        values["needs_wheelchair"] = needs.wheelchair
        values["needs_step_free"] = needs.step_free
        values["needs_ground_floor"] = needs.ground_floor
        values["has_pets"] = needs.pets or bool(household and household.pets)
        values["caseworker"] = cells.take("caseworker", parse_text)
        values["registered_on"] = cells.take("registered_on", parse_date)
        values["urgency"] = cells.take("urgency", parsing.parse_urgency) or Urgency.NORMAL
        notes = [cells.take("notes", parse_text)]
        notes += [translate("ApplicantImport", "Need: {text}").format(text=n) for n in needs.notes]
        if household and household.pets:
            notes.append(
                translate("ApplicantImport", "Household: {text}").format(
                    text=", ".join(household.pets)
                )
            )
        if email_note:
            notes.append(
                translate("ApplicantImport", "E-mail (not valid): {text}").format(text=email_note)
            )
        values["notes"] = "\n".join(n for n in notes if n) or None
        return values

    def key(self, values: Mapping[str, Any]) -> Hashable | None:
        number: str | None = values.get("cpr")
        if number is None:
            return None
        self.occurrences.setdefault(number, []).append(dict(values))
        return number

    # --- against the register -----------------------------------------------------------------

    def classify(
        self, session: Session, rows: Sequence[PreviewRow], context: ImportContext
    ) -> None:
        groups = settings.get(session, settings.TARGET_GROUPS, on=context.today)
        by_label: dict[str, str] = {}
        for group in groups.groups:
            for text in (group.code, group.label):
                by_label[_group_key(text)] = group.code
        numbers = [row.values["cpr"] for row in rows if row.values.get("cpr")]
        registered: dict[str, int] = {}
        for start in range(0, len(numbers), 500):
            chunk = numbers[start : start + 500]
            for found_cpr, found_id in session.execute(
                select(Applicant.cpr, Applicant.id).where(Applicant.cpr.in_(chunk))
            ):
                registered[str(found_cpr)] = found_id
        without = (
            _registered_without_cpr(session)
            if any(not row.values.get("cpr") for row in rows)
            else {}
        )
        for row in rows:
            values = row.values
            merged = self._merged(values)
            values[MERGED] = merged
            label = values.get("target_label")
            code = by_label.get(_group_key(label)) if label else "other"
            if code is None:
                names = ", ".join(g.label for g in groups.groups)
                row.add_problem(
                    Problem(
                        _header(row, "target_group"),
                        translate(
                            "ApplicantImport",
                            "“{value}” is not a target group. The groups are: {groups}.",
                        ).format(value=label, groups=names),
                    )
                )
            merged["target_group"] = code
            registered_on = merged.get("registered_on") or context.today
            if registered_on > context.today:
                row.add_problem(
                    Problem(
                        _header(row, "registered_on"),
                        translate("ApplicantImport", "The registration date is in the future."),
                    )
                )
            merged["registered_on"] = registered_on
            if row.problems:
                continue
            number = values.get("cpr")
            existing = registered.get(number) if number else _same_person(merged, without)
            if existing is not None:
                row.status = RowStatus.DUPLICATE
                row.existing_id = existing
                row.add_problem(
                    Problem(
                        "",
                        translate(
                            "ApplicantImport",
                            "Already in the register (record no. {id}); not changed.",
                        ).format(id=existing),
                    )
                )

    def _merged(self, values: Mapping[str, Any]) -> dict[str, Any]:
        """The row's values, with what later rows of the same CPR number add (see above)."""
        merged = {k: v for k, v in values.items() if k not in (MERGED, "_headers")}
        number = values.get("cpr")
        later = self.occurrences.get(number, [])[1:] if number else []
        first_date = merged.get("registered_on")
        for other in later:
            newer = (
                other.get("registered_on") is not None
                and first_date is not None
                and other["registered_on"] > first_date
            )
            for key, value in other.items():
                if key in ("_headers", "registered_on", "cpr") or value is None:
                    continue
                if (newer and key in CONTACT) or merged.get(key) is None:
                    merged[key] = value
        return merged

    # --- writing ---------------------------------------------------------------------------------

    def write(self, job: ImportWrite) -> Sequence[int | None]:
        session, rows, batch, context = job
        workers: dict[str, tuple[int, str]] = {}
        for row in rows:
            name = row.values[MERGED].get("caseworker")
            if name and fold(name) not in workers:
                worker = caseworkers.find_or_create(session, name)
                workers[fold(name)] = (worker.id, worker.name)
        records = []
        for row in rows:
            values = row.values[MERGED]
            worker_name = values.get("caseworker")
            worker_id, worker_label = workers.get(fold(worker_name), (None, None))
            number = values.get("cpr")
            records.append(
                {
                    "name": values["name"],
                    "cpr": number,
                    "birth_date": cprs.birth_date(number) if number else values.get("birth_date"),
                    **_address(values.get("address"), has_cpr=number is not None),
                    "phone": values.get("phone"),
                    "email": values.get("email"),
                    "exempt_digital_post": False,
                    "target_group": values["target_group"],
                    "caseworker_id": worker_id,
                    "registered_on": values["registered_on"],
                    "urgency": values["urgency"],
                    "status": ApplicantStatus.ACTIVE,
                    "max_rent": values.get("max_rent"),
                    "rooms_min": values.get("rooms_min"),
                    "rooms_max": values.get("rooms_max"),
                    "needs_wheelchair": values["needs_wheelchair"],
                    "needs_step_free": values["needs_step_free"],
                    "needs_ground_floor": values["needs_ground_floor"],
                    "has_pets": values["has_pets"],
                    "needs_strong_area": False,
                    "wanted_areas": [],
                    "notes": values.get("notes"),
                    "import_batch_id": batch.id,
                    "version": 1,
                    "created_by": context.user,
                    **fields_of(values["name"], number, values.get("phone"), worker_label),
                }
            )
        ids = list(
            session.scalars(
                insert(Applicant).returning(Applicant.id, sort_by_parameter_order=True),
                records,
            )
        )
        _write_households(session, rows, ids, records, batch.filename, context)
        return ids


def _address(text: str | None, *, has_cpr: bool) -> dict[str, Any]:
    """The list's address column read as the address migration read the register's (db.postal): an
    address, else whereabouts; either waits for a person's look (`address_review`)."""
    found = postal.parse(text)
    channel = postal.default_channel(exempt_digital_post=False, has_cpr=has_cpr, address=found)
    values: dict[str, Any] = {
        "care_of": None,
        "street": None,
        "postcode": None,
        "town": None,
        "whereabouts": None,
        "delivery": channel,
        "address_review": None,
    }
    if found is not None:
        values.update(
            care_of=found.care_of,
            street=found.street,
            postcode=found.postcode,
            town=found.town,
            whereabouts=found.whereabouts,
            address_review=AddressReview.PARSED,
        )
    elif text:
        values.update(
            whereabouts=text[: postal.WHEREABOUTS_MAX], address_review=AddressReview.WHEREABOUTS
        )
    return values


def _group_key(text: str | None) -> str:
    return "".join(ch for ch in fold(text) if ch.isalnum())


def _registered_without_cpr(session: Session) -> dict[tuple[str, ...], list[tuple[Any, ...]]]:
    found: dict[tuple[str, ...], list[tuple[Any, ...]]] = {}
    for row in session.execute(
        select(
            Applicant.id,
            Applicant.name,
            Applicant.phone,
            *POSTAL_COLUMNS,
            Applicant.whereabouts,
            Applicant.email,
        ).where(Applicant.cpr.is_(None), Applicant.anonymised_at.is_(None))
    ):
        identity, name, phone, *address, email = row
        line = postal.one_line(*address)
        found.setdefault(name_key(name), []).append((identity, name, phone, line, email))
    return found


def _one_line(text: str) -> str | None:
    """The list's address as the register writes it (an address read from it, or the text)."""
    found = postal.parse(text)
    return text if found is None else found.one_line()


def _same_person(
    values: Mapping[str, Any], without: Mapping[tuple[str, ...], list[tuple[Any, ...]]]
) -> int | None:
    digits = "".join(c for c in values.get("phone") or "" if c.isdigit())[-8:]
    for applicant_id, _name, phone, address, email in without.get(name_key(values["name"]), []):
        same_phone = digits and "".join(c for c in phone or "" if c.isdigit())[-8:] == digits
        typed = values.get("address")
        same_address = typed and fold(address) == fold(_one_line(typed))
        same_email = values.get("email") and fold(email) == fold(values.get("email"))
        if same_phone or same_address or same_email:
            return int(applicant_id)
    return None


def _write_households(
    session: Session,
    rows: Sequence[PreviewRow],
    ids: Sequence[int],
    records: Sequence[Mapping[str, Any]],
    filename: str,
    context: ImportContext,
) -> None:
    members: list[dict[str, Any]] = []
    events: list[dict[str, Any]] = []
    audits: list[dict[str, Any]] = []
    for row, applicant_id, record in zip(rows, ids, records, strict=True):
        values = row.values[MERGED]
        stamp = {"version": 1, "created_by": context.user, "applicant_id": applicant_id}
        members.append(
            {
                **stamp,
                "relation": MemberRelation.APPLICANT,
                "name": record["name"],
                "cpr": record["cpr"],
                "birth_date": record["birth_date"],
            }
        )
        for index in range(1, values["adults"]):
            relation = MemberRelation.PARTNER if index == 1 else MemberRelation.OTHER
            members.append({**stamp, "relation": relation, "name": None, "cpr": None})
        for _ in range(values["children"]):
            members.append({**stamp, "relation": MemberRelation.CHILD, "name": None, "cpr": None})
        note = translate("ApplicantImport", "Imported from {file}, row {row}").format(
            file=filename, row=row.row_number
        )
        if record["cpr"] is None:
            note += ". " + translate("ApplicantImport", "Without a CPR number: check the identity.")
        events.append(
            {
                "applicant_id": applicant_id,
                "by": context.user,
                "to_status": ApplicantStatus.ACTIVE,
                "note": note,
            }
        )
        audits.append(
            {
                "user": context.user,
                "workstation": str(session.info.get("workstation", "")),
                "action": AuditAction.IMPORT,
                "entity_type": "applicant",
                "entity_id": applicant_id,
                "applicant_id": applicant_id,
            }
        )
    session.execute(insert(HouseholdMember), members)
    session.execute(insert(ApplicantEvent), events)
    session.execute(insert(AuditEvent), audits)
