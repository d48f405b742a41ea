"""Letters know the dwelling's housing scheme, on SQLite and PostgreSQL: a time-limited lease's
last day and what happens then in the offer letter, the scheme in the dwelling table, and a
scheme's own letter text with the ordinary text as its fallback."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from db.enums import LetterKind
from db.models import Department, Offer
from desktop.core import settings
from desktop.core.letters import context as contexts
from desktop.core.letters import issue_allocation_notice, issue_offer_letter
from desktop.core.letters.batch import write_offer_letters
from desktop.core.letters.templates import default_text, save_template, template_versions
from desktop.core.schemes.settings import SCHEMES, LeaseKind, Scheme, Schemes
from desktop.core.workspace import Workspace
from tests.unit.letters import factory, pdftext

OFFER = LetterKind.OFFER


def _flat(text: str) -> str:
    return " ".join(text.split())


def _offer(ws: Workspace, scheme: str, free: dt.date = dt.date(2026, 12, 1), index: int = 0) -> int:
    with ws.write() as session:
        department = session.scalars(select(Department)).first() or factory.organisation(session)
        made = factory.offer(session, department, index)
        made.vacancy.scheme = scheme
        made.vacancy.available_from = free
        session.flush()
        return made.id


def _text(ws: Workspace, offer_id: int) -> str:
    return _flat(pdftext.text(issue_offer_letter(ws, offer_id).pdf))


def test_a_startbolig_letter_states_the_leases_last_day_and_what_happens_then(
    workspace: Workspace,
) -> None:
    text = _text(workspace, _offer(workspace, "starter"))
    assert "Boligordning Startboliger" in text
    assert "Lejeperiode Tidsbegrænset, 24 måneder, til og med 30. november 2028" in text
    assert "Lejemålet er tidsbegrænset" in text
    assert "tidsbegrænset til 24 måneder" in text
    assert "ophører uden opsigelse den 30. november 2028" in text
    assert "Du kan ikke kræve at blive boende" in text


def test_an_ordinary_letter_says_nothing_of_schemes_or_lease_ends(workspace: Workspace) -> None:
    text = _text(workspace, _offer(workspace, "ordinary"))
    for absent in ("Boligordning", "Lejeperiode", "tidsbegrænset", "ophører uden opsigelse"):
        assert absent not in text, absent


def test_a_scheme_without_a_time_limited_lease_is_named_but_has_no_end(
    workspace: Workspace,
) -> None:
    text = _text(workspace, _offer(workspace, "unconventional"))
    assert "Boligordning Skæve boliger" in text
    assert "Lejeperiode" not in text
    assert "ophører uden opsigelse" not in text


@pytest.mark.parametrize(
    ("free", "months", "last"),
    [
        (dt.date(2028, 2, 29), 12, "28. februar 2029"),  # from a leap day
        (dt.date(2027, 3, 1), 12, "29. februar 2028"),  # over a leap day
        (dt.date(2027, 1, 31), 1, "28. februar 2027"),  # a month's end into a shorter month
        (dt.date(2026, 12, 31), 6, "30. juni 2027"),
    ],
)
def test_the_lease_end_at_month_ends_and_leap_days(
    workspace: Workspace, free: dt.date, months: int, last: str
) -> None:
    trial = Scheme("trial", "Prøveboliger", lease=LeaseKind.TIME_LIMITED, lease_months=months)
    with workspace.write() as session:
        settings.put(session, SCHEMES, Schemes((trial,)), dt.date(2026, 1, 1))
    text = _text(workspace, _offer(workspace, "trial", free))
    length = "1 måned" if months == 1 else f"{months} måneder"
    assert f"Tidsbegrænset, {length}, til og med {last}" in text
    assert f"ophører uden opsigelse den {last}" in text


def test_the_organisation_hears_of_the_time_limited_lease_too(workspace: Workspace) -> None:
    offer_id = _offer(workspace, "starter")
    with workspace.write() as session:
        offer = session.get(Offer, offer_id)
        assert offer is not None
        offer.answered_on = dt.date(2026, 11, 20)
    text = _flat(pdftext.text(issue_allocation_notice(workspace, offer_id).pdf))
    assert "Tidsbegrænset, 24 måneder, til og med 30. november 2028" in text


def test_a_scheme_uses_its_own_text_once_the_desk_has_written_it(workspace: Workspace) -> None:
    starter = _offer(workspace, "starter")
    ordinary = _offer(workspace, "ordinary", index=1)
    # no own text yet: the ordinary one
    before = issue_offer_letter(workspace, starter)
    assert before.template_version == 1
    assert "Tilbud om bolig:" in _flat(pdftext.text(before.pdf))

    shipped = default_text(OFFER)
    own = save_template(
        workspace,
        OFFER,
        title="Tilbud om startbolig: {dwelling_address}",
        body=shipped.body,
        has_reply_slip=True,
        variant="startbolig",  # the name Aalborg's startboliger give their text
    )
    assert (own.variant, own.version) == ("startbolig", 2)  # numbered across the variants

    letter = issue_offer_letter(workspace, starter)
    assert letter.template_version == 2
    assert "Tilbud om startbolig: Hobrovej 12" in _flat(pdftext.text(letter.pdf))
    other = issue_offer_letter(workspace, ordinary)
    assert other.template_version == 1
    assert "Tilbud om bolig: Hobrovej 13" in _flat(pdftext.text(other.pdf))

    # the ordinary text's versions are its own; a new one takes the next number of the kind
    assert [v.version for v in template_versions(workspace, OFFER)] == [1]
    assert [v.version for v in template_versions(workspace, OFFER, "startbolig")] == [2]
    again = save_template(
        workspace, OFFER, title=shipped.title, body=shipped.body, has_reply_slip=True
    )
    assert (again.variant, again.version) == ("", 3)
    assert issue_offer_letter(workspace, starter).template_version == 2


def test_the_days_letters_draw_each_offer_with_its_schemes_text(
    workspace: Workspace, tmp_path
) -> None:
    starter = _offer(workspace, "starter")
    ordinary = _offer(workspace, "ordinary", index=1)
    shipped = default_text(OFFER)
    save_template(
        workspace,
        OFFER,
        title="Tilbud om startbolig: {dwelling_address}",
        body=shipped.body,
        has_reply_slip=True,
        variant="startbolig",
    )
    out = tmp_path / "offers.pdf"
    write_offer_letters(workspace, [starter, ordinary], out)
    text = _flat(pdftext.text(out.read_bytes()))
    assert "Tilbud om startbolig: Hobrovej 12" in text
    assert "Tilbud om bolig: Hobrovej 13" in text


def test_the_stored_letter_keeps_its_variant(workspace: Workspace) -> None:
    offer_id = _offer(workspace, "starter")
    with workspace.read() as session:
        context = contexts.offer_letter(session, offer_id)
    assert context.template_variant == "startbolig"
    assert contexts.from_stored(contexts.to_stored(context)).template_variant == "startbolig"
