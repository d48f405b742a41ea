"""Who bears a dwelling's rent loss is its housing scheme's to say; a scheme no longer in force
counts as the ordinary one; the sums per bearer name every bearer."""

from __future__ import annotations

from decimal import Decimal

from desktop.core.rent_loss import BEARERS, bearer, per_bearer
from desktop.core.schemes.settings import SCHEMES, RentLossBearer, Scheme, Schemes

B = RentLossBearer


def test_the_scheme_names_the_bearer_and_an_unknown_one_is_the_ordinary_schemes() -> None:
    schemes = Schemes(
        (
            Scheme("ordinary", "Almindelig", rent_loss=B.MUNICIPALITY),
            Scheme("org", "Organisationen betaler", rent_loss=B.ORGANISATION),
            Scheme("private", "Privat udlejer", rent_loss=B.LANDLORD),
        )
    )
    assert bearer(schemes, "org") == B.ORGANISATION
    assert bearer(schemes, "private") == B.LANDLORD
    assert bearer(schemes, "ordinary") == B.MUNICIPALITY
    assert bearer(schemes, "gone") == B.MUNICIPALITY
    assert bearer(schemes, None) == B.MUNICIPALITY


def test_aalborgs_schemes_leave_the_rent_loss_with_the_municipality() -> None:
    # the municipality pays while a dwelling is at its disposal (ABL § 59, § 63; lov om kommunal
    # anvisningsret § 5): Aalborg's agreements move no loss to others
    schemes = SCHEMES.default
    assert {bearer(schemes, s.key) for s in schemes.schemes} == {B.MUNICIPALITY}


def test_sums_per_bearer_name_every_bearer() -> None:
    found = per_bearer(
        [
            (B.LANDLORD, Decimal("120.00")),
            (B.MUNICIPALITY, Decimal("96.50")),
            (B.LANDLORD, Decimal("30.00")),
        ]
    )
    assert list(found) == list(BEARERS)
    assert found == {
        B.MUNICIPALITY: Decimal("96.50"),
        B.ORGANISATION: Decimal(0),
        B.LANDLORD: Decimal("150.00"),
    }
