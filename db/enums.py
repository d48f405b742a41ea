"""The fixed vocabularies of the domain, stored as their string values.

Lists the desk configures itself (target groups, decline reasons, benefit names) are settings,
not enums.
"""

from __future__ import annotations

from enum import StrEnum


class Colour(StrEnum):
    """A department's step in the trappetrinsmodel."""

    GREEN = "green"
    YELLOW = "yellow"
    RED = "red"


class FlexibleLetting(StrEnum):
    """Fleksibel udlejning (ABL § 60)."""

    NONE = "none"
    AGREED = "agreed"
    MANDATORY = "mandatory"


class PlacementSource(StrEnum):
    IMPORT = "import"
    MANUAL = "manual"
    MONITORING = "monitoring"
    DEMO = "demo"


class ListKind(StrEnum):
    """The ministry's lists published every 1 December."""

    DISADVANTAGED = "udsat"  # udsat boligområde
    PARALLEL_SOCIETY = "parallelsamfund"
    TRANSFORMATION = "omdannelsesomraade"
    PREVENTION = "forebyggelsesomraade"
    COMBINED_LETTING = "kombineret_udlejning"

    @property
    def counts_as_disadvantaged(self) -> bool:
        """Parallelsamfund and omdannelsesområder are udsatte boligområder too (ABL § 61 a)."""
        return self in _COUNT_AS_DISADVANTAGED


# (a set made once: a member looked up on the class costs more than the test itself, and the
# forecast asks this of every dwelling of a year)
_COUNT_AS_DISADVANTAGED = frozenset(
    (ListKind.DISADVANTAGED, ListKind.PARALLEL_SOCIETY, ListKind.TRANSFORMATION)
)


class NumberSide(StrEnum):
    """Which house numbers of a range a department has: all, or one side of the street."""

    ALL = "all"
    ODD = "odd"  # ulige
    EVEN = "even"  # lige


class DwellingType(StrEnum):
    FAMILY = "family"
    YOUTH = "youth"
    ELDERLY = "elderly"
    OTHER = "other"


class VacancyStatus(StrEnum):
    """received -> accepted | returned; accepted -> offered -> let; accepted -> given_back."""

    RECEIVED = "received"
    ACCEPTED = "accepted"
    RETURNED = "returned"
    OFFERED = "offered"
    LET = "let"
    GIVEN_BACK = "given_back"


class IntakeProposal(StrEnum):
    ACCEPT = "accept"
    RETURN = "return"


class Urgency(StrEnum):
    ACUTE = "acute"
    HIGH = "high"
    NORMAL = "normal"


class ApplicantStatus(StrEnum):
    ACTIVE = "active"
    PAUSED = "paused"
    OFFERED = "offered"
    HOUSED = "housed"
    REMOVED = "removed"


class MemberRelation(StrEnum):
    APPLICANT = "applicant"
    PARTNER = "partner"
    CHILD = "child"
    OTHER = "other"


class LegalFactKind(StrEnum):
    """Dated facts per household member that the legal blocks of ABL § 59 stk. 6-7 and the
    housing schemes' extra rules read."""

    BENEFIT = "benefit"  # label = the benefit's name; start/end = the period
    PRISON_RELEASE = "prison_release"  # start = release date; label "minor" if sentenced under 18
    TENANCY_TERMINATION = "tenancy_termination"  # start = date of termination for gross misconduct
    CITIZENSHIP = "citizenship"  # label = ISO 3166 alpha-2 country code; start = from
    STUDENT = "student"  # start/end = enrolment (exempts non-EU citizens)
    SUPPORT = "support"  # label = the support measure ("bostøtte", "efterværn"); start/end
    DISPENSATION = "dispensation"  # label = from what (the study demand); start/end


class OfferStatus(StrEnum):
    DRAFT = "draft"
    SENT = "sent"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    EXPIRED = "expired"
    WITHDRAWN = "withdrawn"

    @property
    def is_open(self) -> bool:
        return self in OPEN_OFFER_STATUSES


OPEN_OFFER_STATUSES = (OfferStatus.DRAFT, OfferStatus.SENT, OfferStatus.ACCEPTED)


class DeclineSide(StrEnum):
    CITIZEN = "citizen"
    ORGANISATION = "organisation"


class DeliveryChannel(StrEnum):
    """How letters reach an applicant (DOMAIN.md, "Letters and addresses")."""

    NONE = "none"  # not chosen: no letter can be sent until one is
    OWN_ADDRESS = "own_address"  # by post to the citizen's own address
    CARE_OF = "care_of"  # by post, c/o a shelter, a relative or the caseworker
    HAND_OVER = "hand_over"  # the caseworker hands it over; the reply deadline runs from then
    DIGITAL_POST = "digital_post"  # the PDF goes to the municipality's Digital Post system


class AddressReview(StrEnum):
    """Why an address written as free text (before the address migration, or in an imported list)
    waits for a person to look at it."""

    PARSED = "parsed"  # read as a postal address: check the parts
    WHEREABOUTS = "whereabouts"  # not a postal address: kept as whereabouts; choose a channel


class LetterKind(StrEnum):
    OFFER = "offer"  # boligtilbud
    ALLOCATION_NOTICE = "allocation_notice"  # anvisningsmeddelelse
    DECISION_REMOVAL = "decision_removal"  # afgørelse om slettelse fra listen
    DECISION_REFUSAL = "decision_refusal"  # afgørelse om afslag
    LANDLORD_ANSWER = "landlord_answer"  # svar til privat udlejer (lov om kommunal anvisningsret)
    INSIGHT_REPORT = "insight_report"  # indsigtsrapport


class ImportKind(StrEnum):
    MASTER_DATA = "master_data"
    MONITORING = "monitoring"
    MINISTRY_LISTS = "ministry_lists"
    VACANCIES = "vacancies"
    VACANCY_COUNTS = "vacancy_counts"
    APPLICANTS = "applicants"


class RowOutcome(StrEnum):
    IMPORTED = "imported"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    DUPLICATE = "duplicate"
    ERROR = "error"
    SKIPPED = "skipped"


class AuditAction(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    IMPORT = "import"
    EXPORT = "export"
    PRINT = "print"
    REVEAL_CPR = "reveal_cpr"
    SEARCH_CPR = "search_cpr"
    VIEW = "view"
    ANONYMISE = "anonymise"
    BACKUP = "backup"
    RESTORE = "restore"
