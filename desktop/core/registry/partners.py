"""Who lets a dwelling, as the lists, the candidates and the offers name it: an organisation and
its department, or a private landlord (whose dwellings lie in no department)."""

from __future__ import annotations

from dataclasses import dataclass

from db.models import Vacancy
from desktop.core.i18n import translate


@dataclass(frozen=True)
class Partner:
    """The letting partner of one dwelling, as two texts: "088 Plus Bolig" and "07 Kildeparken",
    or "Nordbo Ejendomme ApS" and "private landlord"."""

    organisation: str
    department: str
    landlord_id: int | None = None

    @property
    def is_landlord(self) -> bool:
        return self.landlord_id is not None

    @property
    def place(self) -> str:
        """One text for a list with a department column: "07 Kildeparken", or "Nordbo
        Ejendomme ApS (private landlord)"."""
        if self.is_landlord:
            return landlord_place(self.organisation)
        return self.department


def landlord_label() -> str:
    """What stands where an organisation's dwelling names its department."""
    return translate("Registry", "private landlord")


def landlord_place(name: str | None) -> str:
    """A landlord's dwelling where a list names the department: "Nordbo ApS (private
    landlord)"."""
    return f"{name or ''} ({landlord_label()})".strip()


def partner(
    organisation_number: str | None,
    organisation_name: str | None,
    department_number: str | None,
    department_name: str | None,
    landlord_name: str | None = None,
    landlord_id: int | None = None,
) -> Partner:
    """The partner from the columns of a query that joins both (outer joins: one side is
    empty)."""
    if landlord_id is not None:
        return Partner(landlord_name or "", landlord_label(), landlord_id)
    return Partner(
        f"{organisation_number or ''} {organisation_name or ''}".strip(),
        f"{department_number or ''} {department_name or ''}".strip(),
    )


def of_vacancy(vacancy: Vacancy) -> Partner:
    """The partner of a loaded dwelling (reads its department and organisation, or landlord)."""
    department = vacancy.department
    if department is None:
        landlord = vacancy.landlord
        name = None if landlord is None else landlord.name
        return partner(None, None, None, None, name, vacancy.landlord_id)
    organisation = department.organisation
    return partner(organisation.number, organisation.name, department.number, department.name)
