"""Replies from where the work is: Anvis remembers each reply sent to an organisation, proposes
the next period from it, and knows which organisations have decisions not yet sent back."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from desktop.core.exchange import reply, reply_history
from desktop.core.intake import decisions, manual
from desktop.core.intake.rules import VacancyDraft
from desktop.core.workspace import Workspace
from tests.conftest import TODAY
from tests.unit.intake.factories import small_registry
from tests.unit.matching import db_factories as make


def _received(ws: Workspace, org: int, lease: str, department: str = "07") -> int:
    draft = VacancyDraft(
        department_number=department,
        lease_number=lease,
        street="Kildeparken",
        house_number="12",
        postcode="9220",
        rooms=2.0,
        rent=Decimal("4100"),
        available_from=dt.date(2026, 12, 1),
        pets_allowed=True,
    )
    return manual.create_vacancy(ws, org, draft)


def _on(ws: Workspace, day: dt.date) -> Workspace:
    ws.clock = lambda: day
    return ws


def test_the_first_reply_starts_this_month_or_at_the_oldest_unsent_decision(workspace, tmp_path):
    org = small_registry(workspace)["org"]
    first = reply_history.default_period(workspace, org)
    assert (first.start, first.end, first.last, first.unsent) == (
        dt.date(2026, 11, 1),
        TODAY,
        None,
        0,
    )
    make.applicant(workspace)
    vacancy = _received(workspace, org, "07-1")
    decisions.decide(_on(workspace, dt.date(2026, 10, 20)), vacancy, accept=True)
    _on(workspace, TODAY)
    period = reply_history.default_period(workspace, org)
    assert (period.start, period.end, period.unsent) == (dt.date(2026, 10, 20), TODAY, 1)
    assert period.explanation == "From the oldest decision not yet sent (20/10/2026)"
    (pending,) = reply_history.unsent_decisions(workspace)
    assert (pending.organisation, pending.decisions, pending.last_reply) == (
        "145 Himmerland Boligforening",
        1,
        None,
    )


def test_a_reply_is_remembered_and_the_next_starts_after_it(workspace, tmp_path):
    org = small_registry(workspace)["org"]
    make.applicant(workspace)
    accepted = _received(workspace, org, "07-1")
    returned = _received(workspace, org, "20-1", "20")
    waiting = _received(workspace, org, "07-2")
    decisions.confirm_proposals(workspace, [accepted, returned])
    assert reply_history.unsent_decisions(workspace)[0].decisions == 2

    period = reply_history.default_period(workspace, org)
    reply.export_replies(workspace, org, period.start, period.end, tmp_path / "svar.xlsx")
    (sent,) = reply_history.replies_sent(workspace, org)
    assert (sent.start, sent.end, sent.file_name, sent.dwellings) == (
        period.start,
        TODAY,
        "svar.xlsx",
        3,
    )
    assert sent.made_by == "tester"
    assert reply_history.unsent_decisions(workspace) == []

    # The next day: from the day after the last reply, until a new decision is older.
    later = _on(workspace, TODAY + dt.timedelta(days=3))
    after = reply_history.default_period(later, org)
    assert (after.start, after.end, after.unsent) == (
        TODAY + dt.timedelta(days=1),
        later.today(),
        0,
    )
    assert after.last == sent
    assert after.explanation.startswith("Since the last reply (")
    decisions.decide(later, waiting, accept=True)
    assert [u.decisions for u in reply_history.unsent_decisions(later)] == [1]
    assert reply_history.unsent_decisions(later)[0].last_reply == TODAY


def test_an_undone_decision_is_no_longer_waiting_to_be_sent(workspace):
    from desktop.core.intake import undo

    org = small_registry(workspace)["org"]
    make.applicant(workspace)
    decisions.decide(workspace, _received(workspace, org, "07-1"), accept=True)
    assert len(reply_history.unsent_decisions(workspace)) == 1
    undo.undo_last_decision(workspace)
    assert reply_history.unsent_decisions(workspace) == []
