"""The words for the register's codes, in the user's language (list page, detail form, PDF)."""

from __future__ import annotations

from db.enums import (
    ApplicantStatus,
    AuditAction,
    LegalFactKind,
    MemberRelation,
    OfferStatus,
    Urgency,
)
from desktop.core.i18n import translate


def status(value: ApplicantStatus) -> str:
    return {
        ApplicantStatus.ACTIVE: translate("Applicants", "Active"),
        ApplicantStatus.PAUSED: translate("Applicants", "Paused"),
        ApplicantStatus.OFFERED: translate("Applicants", "Offered"),
        ApplicantStatus.HOUSED: translate("Applicants", "Housed"),
        ApplicantStatus.REMOVED: translate("Applicants", "Removed"),
    }[value]


def urgency(value: Urgency) -> str:
    return {
        Urgency.ACUTE: translate("Applicants", "Acute"),
        Urgency.HIGH: translate("Applicants", "High"),
        Urgency.NORMAL: translate("Applicants", "Normal"),
    }[value]


def relation(value: MemberRelation) -> str:
    return {
        MemberRelation.APPLICANT: translate("Applicants", "Applicant"),
        MemberRelation.PARTNER: translate("Applicants", "Partner"),
        MemberRelation.CHILD: translate("Applicants", "Child"),
        MemberRelation.OTHER: translate("Applicants", "Other adult"),
    }[value]


def fact_kind(value: LegalFactKind) -> str:
    return {
        LegalFactKind.BENEFIT: translate("Applicants", "Benefit"),
        LegalFactKind.PRISON_RELEASE: translate("Applicants", "Release from prison"),
        LegalFactKind.TENANCY_TERMINATION: translate("Applicants", "Tenancy terminated"),
        LegalFactKind.CITIZENSHIP: translate("Applicants", "Citizenship"),
        LegalFactKind.STUDENT: translate("Applicants", "Student"),
        LegalFactKind.SUPPORT: translate("Applicants", "Support measure"),
        LegalFactKind.DISPENSATION: translate("Applicants", "Dispensation"),
    }[value]


def offer_status(value: OfferStatus) -> str:
    """An offer's status in the words of the citizen's insight report ("No answer" where staff
    read "Expired": `desktop.core.offers.workflow.status_label`)."""
    return {
        OfferStatus.DRAFT: translate("Applicants", "Draft"),
        OfferStatus.SENT: translate("Applicants", "Sent"),
        OfferStatus.ACCEPTED: translate("Applicants", "Accepted"),
        OfferStatus.DECLINED: translate("Applicants", "Declined"),
        OfferStatus.EXPIRED: translate("Applicants", "No answer"),
        OfferStatus.WITHDRAWN: translate("Applicants", "Withdrawn"),
    }[value]


def audit_action(value: AuditAction) -> str:
    return {
        AuditAction.CREATE: translate("Applicants", "Registered"),
        AuditAction.UPDATE: translate("Applicants", "Changed"),
        AuditAction.DELETE: translate("Applicants", "Deleted"),
        AuditAction.IMPORT: translate("Applicants", "Imported from a list"),
        AuditAction.EXPORT: translate("Applicants", "Exported"),
        AuditAction.PRINT: translate("Applicants", "Printed"),
        AuditAction.REVEAL_CPR: translate("Applicants", "CPR number shown"),
        AuditAction.SEARCH_CPR: translate("Applicants", "Searched by CPR number"),
        AuditAction.VIEW: translate("Applicants", "Sensitive information viewed"),
        AuditAction.ANONYMISE: translate("Applicants", "Anonymised"),
        AuditAction.BACKUP: translate("Applicants", "Backup"),
        AuditAction.RESTORE: translate("Applicants", "Restore"),
    }[value]


def without_cpr() -> str:
    return translate("Applicants", "No CPR number")


def anonymised() -> str:
    return translate("Applicants", "(anonymised)")
