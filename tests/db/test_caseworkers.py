"""Caseworkers as Indstillinger > Sagsbehandlere keeps them: how many applicants on the list each
follows, an e-mail address that must look like one, and retiring without losing the applicants'
history."""

from __future__ import annotations

import datetime as dt

import pytest

from db.enums import ApplicantStatus
from desktop.core.applicants import caseworkers, register
from desktop.core.errors import ValidationError
from desktop.core.workspace import Workspace
from tests.conftest import TODAY
from tests.unit.applicants.factories import applicant


def test_each_caseworker_counts_the_applicants_still_on_the_list(workspace: Workspace) -> None:
    lone = caseworkers.save_caseworker(workspace, None, "Lone Kjærsgaard")
    per = caseworkers.save_caseworker(workspace, None, "Per Holm")  # only a removed one
    caseworkers.save_caseworker(workspace, None, "Ida Mortensen")  # follows nobody
    applicant(workspace, "Anne Jensen", caseworker_id=lone)
    paused = applicant(workspace, "Bo Nielsen", caseworker_id=lone)
    register.change_status(
        workspace, paused, ApplicantStatus.PAUSED, paused_until=TODAY + dt.timedelta(days=30)
    )
    housed = applicant(workspace, "Carl Sørensen", caseworker_id=lone)
    register.change_status(workspace, housed, ApplicantStatus.HOUSED)
    removed = applicant(workspace, "Dorte Berg", caseworker_id=per)
    register.change_status(workspace, removed, ApplicantStatus.REMOVED, removed_reason="Flyttet")
    applicant(workspace, "Eva Lund")  # no caseworker

    followed = caseworkers.applicants_followed(workspace)

    assert followed == {lone: 2}  # active and paused count; housed and removed do not
    lines = caseworkers.caseworker_lines(workspace)
    assert [(w.name, w.followed) for w in lines] == [
        ("Ida Mortensen", 0),
        ("Lone Kjærsgaard", 2),
        ("Per Holm", 0),
    ]


def test_a_retired_caseworker_keeps_their_applicants_but_is_no_longer_offered(
    workspace: Workspace,
) -> None:
    lone = caseworkers.save_caseworker(
        workspace, None, "Lone Kjærsgaard", unit="Bostøtten Øst", email="lok@aalborg.example"
    )
    person = applicant(workspace, caseworker_id=lone)
    loaded = caseworkers.caseworker(workspace, lone)

    caseworkers.save_caseworker(
        workspace,
        lone,
        loaded.name,
        unit=loaded.unit,
        phone=loaded.phone,
        email=loaded.email,
        active=False,
        expected_version=loaded.version,
    )

    assert [w.id for w in caseworkers.list_caseworkers(workspace, active_only=True)] == []
    retired = caseworkers.list_caseworkers(workspace)
    assert [(w.name, w.unit, w.active) for w in retired] == [
        ("Lone Kjærsgaard", "Bostøtten Øst", False)
    ]
    assert register.applicant_view(workspace, person).caseworker == "Lone Kjærsgaard"
    assert caseworkers.applicants_followed(workspace) == {lone: 1}


def test_a_malformed_email_and_a_missing_name_are_both_named_and_nothing_is_saved(
    workspace: Workspace,
) -> None:
    with pytest.raises(ValidationError) as refused:
        caseworkers.save_caseworker(workspace, None, "  ", email="lone.aalborg.dk")
    assert set(refused.value.fields) == {"name", "email"}
    with pytest.raises(ValidationError) as refused:
        caseworkers.save_caseworker(workspace, None, "Lone", email="lone@aalborg")
    assert set(refused.value.fields) == {"email"}
    assert caseworkers.list_caseworkers(workspace) == []

    saved = caseworkers.save_caseworker(workspace, None, "Lone", email=" lone@aalborg.dk ")
    assert caseworkers.caseworker(workspace, saved).email == "lone@aalborg.dk"


def test_caseworkers_are_listed_in_danish_alphabetical_order(workspace: Workspace) -> None:
    # The applicant form offers them in this order: Æ, Ø and Å come after Z, accents do not count.
    for name in ("Åse Holm", "Øjvind Lund", "Zacharias Berg", "Ærø Madsen", "Émile Aubert"):
        caseworkers.save_caseworker(workspace, None, name)

    names = [worker.name for worker in caseworkers.list_caseworkers(workspace)]

    assert names == ["Émile Aubert", "Zacharias Berg", "Ærø Madsen", "Øjvind Lund", "Åse Holm"]
