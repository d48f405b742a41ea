"""The named fields a letter template may use, declared per letter kind.

A template may only name fields declared here for its kind: anything else is reported as an
error when the desk saves the template, never discovered when a letter is printed. Each field has
a description for the editor's field list (English source text, translated in the UI) and a
sample value for the live preview.

Block fields (tables) stand alone on their own line; the other fields are text and may appear
anywhere in a line or in the title.
"""

from __future__ import annotations

from dataclasses import dataclass

from db.enums import LetterKind
from desktop.core.i18n import translate

OFFER = LetterKind.OFFER
NOTICE = LetterKind.ALLOCATION_NOTICE
REMOVAL = LetterKind.DECISION_REMOVAL
REFUSAL = LetterKind.DECISION_REFUSAL
LANDLORD = LetterKind.LANDLORD_ANSWER
LETTER_KINDS: tuple[LetterKind, ...] = (OFFER, NOTICE, REMOVAL, REFUSAL, LANDLORD)


def _k(*kinds: LetterKind) -> frozenset[LetterKind]:
    return frozenset(kinds)


_ALL = _k(*LETTER_KINDS)
_DWELLING = _k(OFFER, NOTICE, REMOVAL, LANDLORD)


@dataclass(frozen=True)
class Field:
    name: str
    description: str  # English source text; shown through `describe()`
    sample: str  # a plausible Danish value for the preview
    kinds: frozenset[LetterKind] = _ALL
    block: bool = False  # a table that stands alone on a line


FIELDS: tuple[Field, ...] = (
    # --- every letter ---
    Field("letter_date", "The date of the letter", "21. november 2026"),
    Field("reference", "The letter's reference (case number)", "BT-2026-00042"),
    Field("recipient_name", "The recipient's name", "Łukasz Nowak"),
    Field("desk_municipality", "The municipality", "Aalborg Kommune"),
    Field("desk_unit", "The desk's name", "Boliganvisningen"),
    Field("desk_address", "The desk's street address", "Boulevarden 13"),
    Field("desk_postcode_city", "The desk's postcode and town", "9000 Aalborg"),
    Field("desk_phone", "The desk's phone number", "99 31 31 31"),
    Field("desk_email", "The desk's e-mail address", "boliganvisning@aalborg.example"),
    Field("desk_hours", "The desk's opening hours", "Mandag-torsdag 9-15, fredag 9-13"),
    Field("desk_website", "The municipality's website", "www.aalborg.example"),
    Field(
        "dpo_contact",
        "The data protection officer's contact",
        "Databeskyttelsesrådgiveren, dpo@aalborg.example",
    ),
    Field("retention_years", "Years a closed case is kept", "5"),
    Field("signature", "Who signs the letter", "Boliganvisningen"),
    # --- the citizen ---
    Field("applicant_name", "The applicant's name", "Łukasz Nowak", _ALL),
    Field("applicant_cpr", "The applicant's CPR number, masked", "010190-XXXX", _ALL),
    Field(
        "applicant_address", "The applicant's address", "Vesterbro 22, 1. th, 9000 Aalborg", _ALL
    ),
    Field("applicant_phone", "The applicant's phone", "20 30 40 50", _ALL),
    Field("applicant_email", "The applicant's e-mail", "lukasz.nowak@example.com", _ALL),
    Field("household_size", "Persons in the household", "2", _ALL),
    Field("caseworker_name", "The caseworker's name", "Mette Kjær", _ALL),
    Field("caseworker_phone", "The caseworker's phone", "99 31 22 10", _ALL),
    # --- the dwelling ---
    Field("dwelling_address", "The dwelling's address", "Hobrovej 12, 2. tv", _DWELLING),
    Field("dwelling_postcode_city", "The dwelling's postcode and town", "9000 Aalborg", _DWELLING),
    Field(
        "organisation_name",
        "The housing organisation",
        "Himmerland Boligforening",
        _DWELLING,
    ),
    Field("department_name", "The department (afdeling)", "afd. 07 Hasseris Enge", _DWELLING),
    Field("lease_number", "The lease number", "1.200", _DWELLING),
    Field("rooms", "Number of rooms", "2½", _DWELLING),
    Field("area", "Floor area", "68 m²", _DWELLING),
    Field("rent", "Monthly rent without a conto", "4.250,00 kr.", _DWELLING),
    Field("aconto", "A conto payments a month (heating, water ...)", "600,00 kr.", _DWELLING),
    Field("monthly_total", "Rent and a conto a month", "4.850,00 kr.", _DWELLING),
    Field("deposit", "Deposit (indskud)", "12.750,00 kr.", _DWELLING),
    Field("move_in_date", "The date the dwelling is free", "1. december 2026", _DWELLING),
    Field(
        "viewing_contact",
        "Who shows the dwelling",
        "Ejendomskontoret, tlf. 98 12 34 56, hverdage 8-9",
        _DWELLING,
    ),
    Field(
        "dwelling_table",
        "Table: the dwelling's facts",
        "",
        _DWELLING,
        block=True,
    ),
    Field("rent_table", "Table: rent, a conto and deposit", "", _DWELLING, block=True),
    # --- the housing scheme and its lease ---
    # (the preview of a scheme's own text fills them from the scheme: an ordinary one has none)
    Field(
        "scheme_name",
        "The housing scheme the dwelling belongs to",
        "Almindelig anvisning",
        _DWELLING,
    ),
    Field(
        "lease_months", "A time-limited lease's length (empty for an ordinary lease)", "", _DWELLING
    ),
    Field(
        "lease_end_date",
        "A time-limited lease's last day (empty for an ordinary lease)",
        "",
        _DWELLING,
    ),
    # --- the offer ---
    Field("offer_sent_date", "The date the offer was sent", "16. november 2026", _DWELLING),
    Field(
        "reply_deadline",
        "The reply deadline (with weekday)",
        "torsdag den 26. november 2026",
        _k(OFFER, REMOVAL),
    ),
    Field(
        "letter_note",
        "The caseworker's own text for this letter (written when the offer is made)",
        "Du er velkommen til at tage en bisidder med, når du ser boligen.",
        _k(OFFER),
    ),
    # --- the allocation notice ---
    Field("accepted_date", "The date the applicant accepted", "20. november 2026", _k(NOTICE)),
    Field("organisation_contact", "The organisation's contact person", "Udlejningen", _k(NOTICE)),
    Field("tenant_table", "Table: the allocated tenant", "", _k(NOTICE, LANDLORD), block=True),
    # --- the answer to a private landlord ---
    Field("landlord_name", "The private landlord", "Nordbo Ejendomme ApS", _k(LANDLORD)),
    Field("landlord_contact", "The landlord's contact person", "Lise Østergård", _k(LANDLORD)),
    Field(
        "notice_date",
        "The day the landlord's notice was received",
        "20. november 2026",
        _k(LANDLORD),
    ),
    Field(
        "answer_deadline",
        "The last day to answer the landlord (with weekday)",
        "tirsdag den 1. december 2026",
        _k(LANDLORD),
    ),
    Field(
        "disposal_date",
        "The day the dwelling is at the municipality's disposal",
        "15. december 2026",
        _k(LANDLORD),
    ),
    Field(
        "tenant_name",
        "The tenant the municipality names (empty when it declines)",
        "Łukasz Nowak",
        _k(LANDLORD),
    ),
    Field(
        "answer_note",
        "The caseworker's own text for the landlord (why, or what else to know)",
        "Boligen er for dyr til de boligsøgende, vi har på listen nu.",
        _k(LANDLORD),
    ),
    # --- decisions ---
    Field(
        "reasons",
        "The reasons for the decision (forvaltningsloven § 22)",
        "Du svarede ikke på tilbuddet inden svarfristen.",
        _k(REMOVAL, REFUSAL),
    ),
    Field(
        "decline_reason",
        "The reason given for declining",
        "Boligen ligger for langt fra arbejde.",
        _k(REMOVAL),
    ),
    Field("complaint_body", "Where a complaint goes next", "Ankestyrelsen", _k(REMOVAL, REFUSAL)),
)

_BY_NAME = {f.name: f for f in FIELDS}


def fields_for(kind: LetterKind) -> tuple[Field, ...]:
    """The fields a template of `kind` may use, in the editor's order."""
    return tuple(f for f in FIELDS if kind in f.kinds)


def field_names(kind: LetterKind) -> frozenset[str]:
    return frozenset(f.name for f in fields_for(kind))


def block_names() -> frozenset[str]:
    return frozenset(f.name for f in FIELDS if f.block)


def get(name: str) -> Field | None:
    return _BY_NAME.get(name)


def sample_values(kind: LetterKind) -> dict[str, str]:
    """Sample values of every text field of `kind` (the preview's data)."""
    return {f.name: f.sample for f in fields_for(kind) if not f.block}


def describe(field: Field) -> str:
    """The field's description in the user's language."""
    return _DESCRIPTIONS.get(field.name, field.description)


def kind_title(kind: LetterKind) -> str:
    """The letter kind as the desk names it."""
    titles = {
        OFFER: translate("Letters", "Offer letter"),
        NOTICE: translate("Letters", "Allocation notice"),
        REMOVAL: translate("Letters", "Decision: removal from the list"),
        REFUSAL: translate("Letters", "Decision: refusal"),
        LANDLORD: translate("Letters", "Answer to a private landlord"),
        LetterKind.INSIGHT_REPORT: translate("Letters", "Insight report"),
    }
    return titles[kind]


class _Descriptions:
    """Translated descriptions, looked up when asked (the language may change at run time)."""

    def get(self, name: str, default: str) -> str:
        # Each description is a literal so that pyside6-lupdate can collect it.
        texts = {
            "letter_date": translate("LetterFields", "The date of the letter"),
            "reference": translate("LetterFields", "The letter's reference (case number)"),
            "recipient_name": translate("LetterFields", "The recipient's name"),
            "desk_municipality": translate("LetterFields", "The municipality"),
            "desk_unit": translate("LetterFields", "The desk's name"),
            "desk_address": translate("LetterFields", "The desk's street address"),
            "desk_postcode_city": translate("LetterFields", "The desk's postcode and town"),
            "desk_phone": translate("LetterFields", "The desk's phone number"),
            "desk_email": translate("LetterFields", "The desk's e-mail address"),
            "desk_hours": translate("LetterFields", "The desk's opening hours"),
            "desk_website": translate("LetterFields", "The municipality's website"),
            "dpo_contact": translate("LetterFields", "The data protection officer's contact"),
            "retention_years": translate("LetterFields", "Years a closed case is kept"),
            "signature": translate("LetterFields", "Who signs the letter"),
            "applicant_name": translate("LetterFields", "The applicant's name"),
            "applicant_cpr": translate("LetterFields", "The applicant's CPR number, masked"),
            "applicant_address": translate("LetterFields", "The applicant's address"),
            "applicant_phone": translate("LetterFields", "The applicant's phone"),
            "applicant_email": translate("LetterFields", "The applicant's e-mail"),
            "household_size": translate("LetterFields", "Persons in the household"),
            "caseworker_name": translate("LetterFields", "The caseworker's name"),
            "caseworker_phone": translate("LetterFields", "The caseworker's phone"),
            "dwelling_address": translate("LetterFields", "The dwelling's address"),
            "dwelling_postcode_city": translate("LetterFields", "The dwelling's postcode and town"),
            "organisation_name": translate("LetterFields", "The housing organisation"),
            "department_name": translate("LetterFields", "The department (afdeling)"),
            "lease_number": translate("LetterFields", "The lease number"),
            "rooms": translate("LetterFields", "Number of rooms"),
            "area": translate("LetterFields", "Floor area"),
            "rent": translate("LetterFields", "Monthly rent without a conto"),
            "aconto": translate("LetterFields", "A conto payments a month (heating, water ...)"),
            "monthly_total": translate("LetterFields", "Rent and a conto a month"),
            "deposit": translate("LetterFields", "Deposit (indskud)"),
            "move_in_date": translate("LetterFields", "The date the dwelling is free"),
            "viewing_contact": translate("LetterFields", "Who shows the dwelling"),
            "dwelling_table": translate("LetterFields", "Table: the dwelling's facts"),
            "rent_table": translate("LetterFields", "Table: rent, a conto and deposit"),
            "scheme_name": translate("LetterFields", "The housing scheme the dwelling belongs to"),
            "lease_months": translate(
                "LetterFields", "A time-limited lease's length (empty for an ordinary lease)"
            ),
            "lease_end_date": translate(
                "LetterFields", "A time-limited lease's last day (empty for an ordinary lease)"
            ),
            "offer_sent_date": translate("LetterFields", "The date the offer was sent"),
            "reply_deadline": translate("LetterFields", "The reply deadline (with weekday)"),
            "letter_note": translate(
                "LetterFields",
                "The caseworker's own text for this letter (written when the offer is made)",
            ),
            "accepted_date": translate("LetterFields", "The date the applicant accepted"),
            "organisation_contact": translate("LetterFields", "The organisation's contact person"),
            "tenant_table": translate("LetterFields", "Table: the allocated tenant"),
            "landlord_name": translate("LetterFields", "The private landlord"),
            "landlord_contact": translate("LetterFields", "The landlord's contact person"),
            "notice_date": translate("LetterFields", "The day the landlord's notice was received"),
            "answer_deadline": translate(
                "LetterFields", "The last day to answer the landlord (with weekday)"
            ),
            "disposal_date": translate(
                "LetterFields", "The day the dwelling is at the municipality's disposal"
            ),
            "tenant_name": translate(
                "LetterFields", "The tenant the municipality names (empty when it declines)"
            ),
            "answer_note": translate(
                "LetterFields",
                "The caseworker's own text for the landlord (why, or what else to know)",
            ),
            "reasons": translate(
                "LetterFields", "The reasons for the decision (forvaltningsloven § 22)"
            ),
            "decline_reason": translate("LetterFields", "The reason given for declining"),
            "complaint_body": translate("LetterFields", "Where a complaint goes next"),
        }
        return texts.get(name, default)


_DESCRIPTIONS = _Descriptions()
