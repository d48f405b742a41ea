"""The page's import flow: choose a file, find (or ask for) the organisation, check the file in
the background, then show the preview dialog, which commits; `done(outcome)` then shows the
import's dwellings."""

from __future__ import annotations

from collections.abc import Callable, Generator
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QWidget

from desktop.core.errors import UserError
from desktop.core.intake import imports, listing
from desktop.core.intake.imports import ImportOutcome
from desktop.core.registry.departments import OrganisationRef
from desktop.core.tabular import read_workbook
from desktop.ui.dialogs.intake_preview import IntakePreviewDialog
from desktop.ui.errors import show_user_error
from desktop.ui.tasks import run_task
from desktop.ui.widgets.files import open_spreadsheet


def choose_organisation(parent: QWidget, workspace: Any, file_name: str) -> OrganisationRef | None:
    choices = listing.organisations(workspace)
    labels = [f"{c.number} {c.name}" for c in choices]
    label, ok = QInputDialog.getItem(
        parent,
        QCoreApplication.translate("VacanciesPage", "Which organisation?"),
        QCoreApplication.translate(
            "VacanciesPage", "Which housing organisation sent {file}?"
        ).format(file=file_name),
        labels,
        0,
        False,
    )
    if not ok or not label:
        return None
    choice = choices[labels.index(label)]
    return OrganisationRef(choice.id, choice.number, choice.name)


def start_import(page: Any, done: Callable[[ImportOutcome], None]) -> None:
    """Ask for the file, then preview it (the preview dialog imports)."""
    path = open_spreadsheet(page, QCoreApplication.translate("VacanciesPage", "Import vacancies"))
    if path is not None:
        open_preview(page, path, done)


def open_preview(
    page: Any,
    path: Path,
    done: Callable[[ImportOutcome], None],
    organisation: OrganisationRef | None = None,
) -> None:
    """Check the file in the background (finding the organisation from its departments first,
    unless given) and show the preview; when no organisation fits, ask and check again."""
    workspace = page.workspace

    def work() -> Generator[Any, Any, tuple[OrganisationRef | None, Any]]:
        chosen, book = organisation, None
        if chosen is None:
            book = read_workbook(path)  # FileProblem: said before asking who sent it
            try:
                chosen = imports.guess_organisation(workspace, book)
            except UserError:
                return None, None
        preview = yield from imports.preview_vacancies(workspace, path, chosen.id, workbook=book)
        return chosen, preview

    def show(result: tuple[OrganisationRef | None, Any]) -> None:
        chosen, preview = result
        if chosen is None:
            chosen = choose_organisation(page, workspace, path.name)
            if chosen is not None:
                open_preview(page, path, done, chosen)
            return

        dialog = IntakePreviewDialog(workspace, path, preview, chosen, page)

        def imported(outcome: ImportOutcome) -> None:
            page.status_message.emit(outcome.summary())
            done(outcome)

        dialog.imported.connect(imported)
        dialog.open()
        page.preview_dialog = dialog

    task = run_task(
        work,
        on_done=show,
        on_error=lambda error: show_user_error(page, error),
        parent=page,
        progress=QCoreApplication.translate("VacanciesPage", "Checking the file"),
    )
    page.preview_task = task
