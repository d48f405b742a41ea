"""CPR numbers where they do not belong: in free text (a phone field, an address, a note).

One pattern serves the log (`desktop.logsetup` masks it), the exports for the housing
organisations (`desktop.core.exchange.safe_cells` masks it in every text cell) and the forms
(`warnings` names the fields that seem to hold one). It is deliberately wider than a valid CPR
number: DDMMYY with a possible day and month, an optional hyphen or space, four digits, not inside
a longer number. Masking a date-like number too many is harmless; letting one CPR number through
is not. Kept free of heavy imports: the log loads it at start.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from desktop.core.i18n import translate

CPR_LIKE = re.compile(
    r"(?<![0-9])(?:0[1-9]|[12][0-9]|3[01])(?:0[1-9]|1[0-2])[0-9]{2}[- ]?[0-9]{4}(?![0-9])"
)
MASK = "XXXXXX-XXXX"


def mask(text: str) -> str:
    """`text` with everything that looks like a CPR number replaced by XXXXXX-XXXX."""
    return CPR_LIKE.sub(MASK, text)


def looks_like_cpr(text: str | None) -> bool:
    """True when `text` holds something that looks like a CPR number."""
    return bool(text) and CPR_LIKE.search(text or "") is not None


def warning() -> str:
    """What a form says beside a free-text field that seems to hold a CPR number."""
    return translate(
        "CprText",
        "This looks like a CPR number. A CPR number belongs only in the CPR field: written "
        "here, it could reach the housing organisations.",
    )


def warnings(values: Mapping[str, str | None]) -> dict[str, str]:
    """The fields (of free text, where a CPR number has no place) whose value looks like one,
    each with the warning to show; empty when none does."""
    return {field: warning() for field, value in values.items() if looks_like_cpr(value)}
