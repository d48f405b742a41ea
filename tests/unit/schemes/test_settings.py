"""The schemes setting: Aalborg's schemes by default, older stored values still read, the
ordinary scheme never missing."""

from __future__ import annotations

import json

from desktop.core.schemes import labels
from desktop.core.schemes.settings import (
    ORDINARY,
    SCHEMES,
    Allocation,
    DeadlineRule,
    LeaseKind,
    RentLossBearer,
    Scheme,
    Schemes,
)


def test_the_default_carries_aalborgs_schemes() -> None:
    schemes = SCHEMES.default
    assert schemes.keys == (
        ORDINARY,
        "unconventional",
        "starter",
        "transitional",
        "young_mothers",
        "youth_dispensation",
        "refugee",
        "elderly",
        "private_landlord",
    )
    own = {s.key: s.dwellings for s in schemes.schemes if s.allocation == Allocation.OWN_RIGHT}
    assert own == {
        "unconventional": 20,
        "starter": 7,
        "transitional": None,
        "young_mothers": 10,
        "refugee": 176,
        "elderly": None,
        "private_landlord": None,
    }
    assert schemes.ordinary.allocation == Allocation.SHARE
    assert schemes.scheme_of("elderly").allocation_percent == 100.0
    assert schemes.scheme_of("youth_dispensation").dispensation
    assert schemes.scheme_of("young_mothers").co_living
    starter = schemes.scheme_of("starter")
    assert (starter.age_from, starter.age_to) == (18, 25)
    assert (starter.lease, starter.lease_months) == (LeaseKind.TIME_LIMITED, 24)
    assert "bostøtte" in starter.support_measures
    private = schemes.scheme_of("private_landlord")
    assert (private.deadline, private.deadline_working_days) == (DeadlineRule.LANDLORD_NOTICE, 7)
    assert private.rent_loss == RentLossBearer.MUNICIPALITY
    assert schemes.scheme_of("transitional").legal_basis == "ABL § 63"


def test_stored_json_reads_back_the_same() -> None:
    stored = json.loads(json.dumps(SCHEMES.to_json(SCHEMES.default)))
    assert SCHEMES.from_json(stored) == SCHEMES.default


def test_an_older_smaller_value_takes_the_defaults_of_missing_fields() -> None:
    value = Schemes.from_json({"schemes": [{"key": "ordinary"}, {"key": "shelter", "name": "X"}]})
    shelter = value.scheme_of("shelter")
    assert shelter == Scheme("shelter", "X")
    assert shelter.lease == LeaseKind.ORDINARY
    assert shelter.allocation == Allocation.SHARE
    assert shelter.deadline == DeadlineRule.ORGANISATION
    assert not shelter.has_age_band
    assert not shelter.support_measures


def test_the_ordinary_scheme_is_never_missing() -> None:
    value = Schemes.from_json({"schemes": [{"key": "refugee", "name": "Flygtningeboliger"}]})
    assert value.keys == (ORDINARY, "refugee")
    assert Schemes.from_json({}).keys == (ORDINARY,)


def test_a_key_no_longer_in_force_asks_nothing_more_than_the_ordinary_scheme() -> None:
    gone = Schemes().scheme_of("closed_down")
    assert gone.key == "closed_down"
    assert not gone.has_age_band
    assert not gone.support_measures
    assert not gone.dispensation
    assert not gone.target_groups


def test_the_terms_in_words() -> None:
    schemes = SCHEMES.default
    assert labels.allocation(schemes.ordinary) == "counts against the agreed share (25 % rule)"
    assert labels.allocation(schemes.scheme_of("refugee")) == "own allocation right, 176 dwellings"
    assert labels.allocation(schemes.scheme_of("elderly")) == "own allocation right, 100 %"
    assert labels.allocation(schemes.scheme_of("transitional")) == "own allocation right"
    assert labels.lease(schemes.scheme_of("starter")) == "time-limited, 24 months"
    assert labels.lease(schemes.ordinary) == "ordinary"
    assert labels.age_band(schemes.scheme_of("starter")) == "18-25 years"
    assert labels.age_band(Scheme("x", "x", age_from=65)) == "from 65 years"
    assert labels.age_band(schemes.ordinary) == ""
    assert (
        labels.deadline(schemes.scheme_of("private_landlord"))
        == "7 working days from the landlord's notice"
    )
    assert labels.rent_loss(RentLossBearer.LANDLORD) == "the landlord"
