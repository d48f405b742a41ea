"""The page's import flow: choose a file, find (or ask for) the organisation, check the file in
the background, then show the preview dialog, which commits."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QWidget

from desktop.core.errors import FileProblem, UserError
from desktop.core.intake import imports, listing
from desktop.core.intake.imports import ImportOutcome
from desktop.core.registry.departments import OrganisationRef
from desktop.ui.errors import show_user_error
from desktop.ui.tasks import run_task


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


def start_import(page: Any, done: Callable[[list[int]], None]) -> None:
    """Ask for the file, then preview it (the preview dialog imports)."""
    name, _filter = QFileDialog.getOpenFileName(
        page,
        QCoreApplication.translate("VacanciesPage", "Import vacancies"),
        "",
        QCoreApplication.translate(
            "VacanciesPage", "Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv)"
        ),
    )
    if name:
        open_preview(page, Path(name), done)


def open_preview(
    page: Any,
    path: Path,
    done: Callable[[list[int]], None],
    organisation: OrganisationRef | None = None,
) -> None:
    workspace = page.workspace
    if organisation is None:
        try:
            organisation = imports.guess_organisation(workspace, path)
        except FileProblem as problem:
            # a file that cannot be read at all: say so now, not after asking who sent it
            show_user_error(page, problem)
            return
        except UserError:
            organisation = choose_organisation(page, workspace, path.name)
            if organisation is None:
                return
    chosen = organisation

    def show(preview: Any) -> None:
        from desktop.ui.dialogs.intake_preview import IntakePreviewDialog  # noqa: PLC0415

        dialog = IntakePreviewDialog(workspace, path, preview, chosen, page)

        def imported(outcome: ImportOutcome) -> None:
            page.status_message.emit(outcome.summary())
            done([])

        dialog.imported.connect(imported)
        dialog.open()
        page.preview_dialog = dialog

    task = run_task(
        lambda: imports.preview_vacancies(workspace, path, chosen.id),
        on_done=show,
        on_error=lambda error: show_user_error(page, error),
        parent=page,
        progress=QCoreApplication.translate("VacanciesPage", "Checking the file"),
    )
    page.preview_task = task
