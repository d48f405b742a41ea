"""CPR numbers: validation with python-stdnum, masking for display.

No modulus-11 demand: numbers without a valid check digit have been issued since 2007.
"""

from __future__ import annotations

import datetime as dt

from stdnum.dk import cpr as stdnum_cpr
from stdnum.exceptions import ValidationError as StdnumError

from desktop.core.errors import ValidationError
from desktop.core.i18n import translate


def normalise(value: str) -> str:
    """Ten digits without hyphen or spaces; raises ValidationError if not a possible CPR."""
    compact = str(stdnum_cpr.compact(value or ""))
    if len(compact) != 10 or not compact.isdigit():
        raise ValidationError(translate("Cpr", "A CPR number has ten digits (DDMMYY-XXXX)."))
    try:
        stdnum_cpr.validate(compact)  # a real birth date, not in the future; no modulus 11
    except StdnumError as exc:
        raise ValidationError(
            translate("Cpr", "The CPR number does not start with a real date of birth.")
        ) from exc
    return compact


def is_valid(value: str) -> bool:
    try:
        normalise(value)
    except ValidationError:
        return False
    return True


def birth_date(value: str) -> dt.date:
    result: dt.date = stdnum_cpr.get_birth_date(normalise(value))
    return result


def masked(value: str | None) -> str:
    """DDMMYY-XXXX: the birth date part only, as everywhere in the app."""
    if not value:
        return ""
    compact = "".join(ch for ch in value if ch.isdigit())
    return f"{compact[:6]}-XXXX" if len(compact) >= 6 else "XXXXXX-XXXX"


def formatted(value: str | None) -> str:
    """DDMMYY-NNNN: the full number, only for a logged reveal."""
    if not value:
        return ""
    compact = "".join(ch for ch in value if ch.isdigit())
    return f"{compact[:6]}-{compact[6:]}"
