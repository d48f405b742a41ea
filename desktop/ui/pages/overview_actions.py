"""What a row of Overblik's work queue opens (Enter or a double-click): its next action.

    decide             Ledige boliger with the dwelling chosen, to accept or return it
    find_tenant        the dwelling's candidates, to choose one and make the offer
    send_offer         the offer on Tilbud, to read the letter and send it
    deliver_letter     the letter's offer on Tilbud (or its applicant), to print or send it
    send_reply         "Send svar" for the organisation, the period since the last reply
    record_answer      the offer on Tilbud, to enter the citizen's answer
    apply_consequence  the offer on Tilbud, to close it with its consequence

A dialog opened here reads the queue again when it closes; the other pages are shown by the
window, and Overblik reads the queue again when it comes back to the front."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog

from desktop.core.day.queue import NextAction, QueueRow
from desktop.ui.pages.base import Page

Refresh = Callable[[], object]


def action_label(action: NextAction) -> str:
    """What Enter does on a row, as the section's title and the row's tooltip say it."""
    texts = {
        NextAction.DECIDE: QCoreApplication.translate("WorkQueueActions", "accept or return"),
        NextAction.FIND_TENANT: QCoreApplication.translate(
            "WorkQueueActions", "choose a candidate"
        ),
        NextAction.SEND_OFFER: QCoreApplication.translate(
            "WorkQueueActions", "read the letter and send"
        ),
        NextAction.DELIVER_LETTER: QCoreApplication.translate(
            "WorkQueueActions", "print, hand over or send"
        ),
        NextAction.SEND_REPLY: QCoreApplication.translate("WorkQueueActions", "send the reply"),
        NextAction.RECORD_ANSWER: QCoreApplication.translate(
            "WorkQueueActions", "enter the answer"
        ),
        NextAction.APPLY_CONSEQUENCE: QCoreApplication.translate(
            "WorkQueueActions", "close the offer"
        ),
    }
    return texts[action]


def open_next_action(page: Page, row: QueueRow, refresh: Refresh) -> QDialog | None:
    """Open `row`'s next action from `page` (Overblik); returns the dialog it opened there, if
    any, which calls `refresh()` when it has acted and when it closes."""
    action = row.action
    if action == NextAction.DECIDE and row.vacancy_id is not None:
        page.navigate.emit("vacancies", row.vacancy_id)
    elif action == NextAction.FIND_TENANT and row.vacancy_id is not None:
        return _candidates(page, row.vacancy_id, refresh)
    elif action == NextAction.SEND_REPLY and row.organisation_id is not None:
        return _reply(page, row.organisation_id, refresh)
    elif row.offer_id is not None:  # drafts, letters of an offer, answers, expired offers
        page.navigate.emit("offers", row.offer_id)
    elif action == NextAction.DELIVER_LETTER and row.applicant_id is not None:
        page.navigate.emit("applicants", row.applicant_id)
    return None


def _candidates(page: Page, vacancy_id: int, refresh: Refresh) -> QDialog:
    # on the first use: it brings the offer letter and applicant forms (bench/startup.py)
    from desktop.ui.dialogs.candidates import open_candidates  # noqa: PLC0415

    dialog = open_candidates(page, page.context, vacancy_id)
    dialog.offer_created.connect(lambda _id: refresh())
    dialog.finished.connect(lambda _result: refresh())
    return dialog


def _reply(page: Page, organisation_id: int, refresh: Refresh) -> QDialog:
    from desktop.ui.dialogs.export_replies import open_reply_export  # noqa: PLC0415 - bench/startup.py

    dialog = open_reply_export(page, page.workspace, organisation_id)
    dialog.exported.connect(lambda _result: refresh())
    dialog.finished.connect(lambda _result: refresh())
    return dialog
