"""All models, imported here so that `Base.metadata` is complete for Alembic and tests.

The model modules do without `from __future__ import annotations`: with it every `Mapped[...]`
is a string SQLAlchemy must evaluate when the class is made (~850 evaluations, paid by every
start and command: bench/startup.py). Only a relationship to a class named later is quoted.
"""

from db.models.applicants import (
    Applicant,
    ApplicantEvent,
    ApplicantExcludedDepartment,
    Caseworker,
    HouseholdMember,
    LegalFact,
)
from db.models.audit import AuditEvent, AuditPermit
from db.models.day import DecisionRound, ReplyExport, ReplyExportLine, VacancyDecision
from db.models.imports import ColumnMapping, ImportBatch, ImportRow
from db.models.letters import Letter, LetterTemplate
from db.models.offers import Offer, OfferEvent
from db.models.registry import (
    Department,
    DepartmentAddress,
    DepartmentVacancyCount,
    HousingArea,
    Landlord,
    MinistryList,
    MinistryListEntry,
    MonitoringFigures,
    Organisation,
    Placement,
)
from db.models.settings import Setting
from db.models.vacancies import IntakeCheck, Vacancy, VacancyEvent

__all__ = [
    "Applicant",
    "ApplicantEvent",
    "ApplicantExcludedDepartment",
    "AuditEvent",
    "AuditPermit",
    "Caseworker",
    "ColumnMapping",
    "DecisionRound",
    "Department",
    "DepartmentAddress",
    "DepartmentVacancyCount",
    "HouseholdMember",
    "HousingArea",
    "ImportBatch",
    "ImportRow",
    "IntakeCheck",
    "Landlord",
    "LegalFact",
    "Letter",
    "LetterTemplate",
    "MinistryList",
    "MinistryListEntry",
    "MonitoringFigures",
    "Offer",
    "OfferEvent",
    "Organisation",
    "Placement",
    "ReplyExport",
    "ReplyExportLine",
    "Setting",
    "Vacancy",
    "VacancyDecision",
    "VacancyEvent",
]
