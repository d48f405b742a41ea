"""The decisions on Ledige boliger, each with its consequences in view before it is written:

- Accept: core previews the decision (`decisions.preview_decision`); accepting against the
  intake check's proposal, or a dwelling no applicant may be offered, asks once for a reason;
- Return: always asks why (the organisation reads it), the check's reason offered;
- Confirm proposals: the plan per organisation first (`decisions.preview_confirmation`), the
  writing only on confirmation, with a reason when dwellings without candidates are accepted;
- Undo: the user's last decision or confirmation, after a question, or a clear refusal once
  something followed from it (`intake.undo`).

Previews are read in the background, every write goes through the write worker
(`DecisionFlow.write`, also the page's give-back), and the page's list shows what is saved
afterwards."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Protocol

from PySide6.QtCore import QObject, SignalInstance
from PySide6.QtWidgets import QPushButton, QWidget

from desktop.core.errors import UserError
from desktop.core.formats import plural
from desktop.core.intake import decisions
from desktop.core.intake.decisions import ConfirmationPreview, DecisionPreview, ReasonNeeded
from desktop.core.intake.listing import VacancyRow
from desktop.core.intake.undo import LastDecision, last_decision, undo_last_decision
from desktop.core.workspace import Workspace
from desktop.ui.dialogs.confirm_proposals import show_plan
from desktop.ui.dialogs.conflict import handle_conflict
from desktop.ui.dialogs.decision_reason import ask_reason
from desktop.ui.dialogs.undo_decision import ask_undo, blocked_text, refuse_undo
from desktop.ui.pages.base import PageContext
from desktop.ui.tasks import Task


class DecisionPage(Protocol):
    """What the flow uses of Ledige boliger (the page, `desktop.ui.pages.vacancies`)."""

    context: PageContext
    status_message: SignalInstance
    undo_button: QPushButton

    @property
    def workspace(self) -> Workspace: ...

    def refresh(self) -> None: ...

    def decision_buttons(self) -> list[QPushButton]: ...

    def select_ids(self, ids: list[int]) -> None: ...


class DecisionFlow(QObject):
    """The page's decisions. `dialog` is the question or plan shown last, `task` the last
    background task started (tests wait for them)."""

    def __init__(self, page: DecisionPage, parent: QWidget) -> None:
        super().__init__(parent)
        self.page = page
        self.owner = parent  # dialogs and tasks belong to the page's widget
        self.dialog: QWidget | None = None
        self.task: Task | None = None
        self.last: LastDecision | None = None  # what "Fortryd" would take back
        self._retry_row: VacancyRow | None = None  # the dwelling being accepted

    def _read(self, fn: Any, on_done: Any) -> Task:
        self.task = self.page.context.tasks.run(fn, on_done=on_done, parent=self.owner)
        return self.task

    def _write(self, fn: Any, done: str, on_done: Any = None) -> Task:
        return self.write(fn, done, on_done, on_refused=self._refused)

    def write(
        self,
        action: Callable[[], Any],
        done: str,
        on_done: Callable[[Any], None] | None = None,
        *,
        on_refused: Callable[[UserError], bool] | None = None,
    ) -> Task:
        """One decision on the write worker; then the list shows what is saved now (also after
        a refusal, e.g. someone else decided first). `on_refused(error)` may take a refusal
        in hand (True) before it is shown. The page's decision buttons wait meanwhile: none is
        clicked twice."""
        page = self.page

        def finished(result: Any) -> None:
            page.status_message.emit(done)
            page.refresh()
            if on_done is not None:
                on_done(result)

        def refused(error: UserError) -> None:
            if on_refused is None or not on_refused(error):
                handle_conflict(self.owner, error, page.refresh)
            page.refresh()

        self.task = page.context.tasks.write(
            action,
            on_done=finished,
            on_error=refused,
            parent=self.owner,
            busy=page.decision_buttons(),
        )
        return self.task

    # --- accept and return ---------------------------------------------------------------------

    def accept(self, row: VacancyRow) -> Task:
        ws = self.page.workspace
        return self._read(
            lambda: decisions.preview_decision(ws, row.id, True),
            lambda preview: self._accept_as(row, preview),
        )

    def _accept_as(self, row: VacancyRow, preview: DecisionPreview) -> None:
        if preview.questions:
            self._ask_why_accept(row, preview.questions)
        else:
            self._decide(row, True, None)

    def _ask_why_accept(self, row: VacancyRow, questions: Sequence[str]) -> None:
        self.dialog = ask_reason(
            self.owner,
            self.tr("Accept {address}?").format(address=row.address),
            questions,
            self.tr("&Accept anyway"),
            lambda reason: self._decide(row, True, reason),
        )

    def give_back_to_organisation(self, row: VacancyRow) -> None:
        """Return the dwelling: ask why (the check's reason, if it proposed it, to start with)."""
        self.dialog = ask_reason(
            self.owner,
            self.tr("Return {address}?").format(address=row.address),
            [
                self.tr(
                    "The dwelling goes back to {organisation}, which reads the reason in the "
                    "next reply."
                ).format(organisation=row.organisation)
            ],
            self.tr("&Return"),
            lambda reason: self._decide(row, False, reason),
            reason=row.reason or "",
        )

    def _decide(self, row: VacancyRow, accept: bool, reason: str | None) -> Task:
        ws = self.page.workspace
        done = (
            self.tr("{address} was accepted.")
            if accept
            else self.tr("{address} was returned to the organisation.")
        ).format(address=row.address)
        self._retry_row = row if accept else None  # core may ask for a reason after all
        return self._write(
            lambda: decisions.decide(
                ws, row.id, accept, reason=reason, expected_version=row.version
            ),
            done,
        )

    def _refused(self, error: UserError) -> bool:
        """A decision that needs a reason after all (a new check or count meanwhile): ask."""
        if isinstance(error, ReasonNeeded) and self._retry_row is not None:
            self._ask_why_accept(self._retry_row, error.questions)
            return True
        return False

    # --- confirm the proposals -----------------------------------------------------------------

    def confirm(self, rows: Sequence[VacancyRow]) -> Task | None:
        ids = [r.id for r in rows]
        if not ids:
            return None
        ws = self.page.workspace
        return self._read(lambda: decisions.preview_confirmation(ws, ids), self._show_plan)

    def _show_plan(self, plan: ConfirmationPreview) -> None:
        self.dialog = show_plan(self.owner, plan, lambda reason: self._confirm(plan, reason))

    def _confirm(self, plan: ConfirmationPreview, reason: str) -> Task:
        ws = self.page.workspace
        ids = [*plan.to_accept, *plan.to_return]  # what the plan showed, nothing else
        self._retry_row = None

        def counted(summary: decisions.DecisionSummary) -> None:
            self.page.status_message.emit(
                self.tr("Proposals confirmed: {accepted} accepted, {returned} returned.").format(
                    accepted=plural(
                        summary.accepted, self.tr("{n} dwelling"), self.tr("{n} dwellings")
                    ),
                    returned=plural(
                        summary.returned, self.tr("{n} dwelling"), self.tr("{n} dwellings")
                    ),
                )
            )

        return self._write(
            lambda: decisions.confirm_proposals(ws, ids, reason=reason or None),
            self.tr("Proposals confirmed."),
            counted,
        )

    # --- undo ------------------------------------------------------------------------------------

    def update_undo(self) -> Task:
        """Read what "Fortryd" would take back: the button's state and tooltip."""
        ws = self.page.workspace
        return self._read(lambda: last_decision(ws), self._show_last)

    def _show_last(self, last: LastDecision | None) -> None:
        self.last = last
        button = self.page.undo_button
        button.setEnabled(last is not None)
        if last is None:
            button.setToolTip(self.tr("You have no decision to undo"))
        elif last.can_undo:
            button.setToolTip(self.tr("Undo: {decision}").format(decision=last.text()))
        else:
            button.setToolTip(blocked_text(last))

    def undo(self) -> Task:
        ws = self.page.workspace
        return self._read(lambda: last_decision(ws), self._ask_undo)

    def _ask_undo(self, last: LastDecision | None) -> None:
        self._show_last(last)
        if last is None:
            self.dialog = refuse_undo(self.owner, self.tr("You have no decision to undo."))
        elif not last.can_undo:
            self.dialog = refuse_undo(self.owner, blocked_text(last))
        else:
            self.dialog = ask_undo(self.owner, last, lambda: self._undo(last))

    def _undo(self, last: LastDecision) -> Task:
        ws = self.page.workspace
        self._retry_row = None
        return self._write(
            lambda: undo_last_decision(ws, last.round_id),
            self.tr("Undone: {decision}").format(decision=last.text()),
            lambda undone: self.page.select_ids(list(undone.vacancy_ids)),
        )
