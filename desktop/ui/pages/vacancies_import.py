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
from desktop.core.intake import imports, landlord_import, listing
from desktop.core.intake.imports import ImportOutcome
from desktop.core.registry.departments import OrganisationRef
from desktop.core.registry.landlords import LandlordRef, active_landlords
from desktop.core.tabular import read_workbook
from desktop.ui.dialogs.intake_preview import IntakePreviewDialog
from desktop.ui.errors import show_user_error
from desktop.ui.tasks import run_task
from desktop.ui.widgets.files import open_spreadsheet

Sender = OrganisationRef | LandlordRef


def choose_sender(parent: QWidget, workspace: Any, file_name: str) -> Sender | None:
    """Ask who sent the file: a housing organisation, or a private landlord (after them)."""
    senders: list[Sender] = [
        OrganisationRef(c.id, c.number, c.name) for c in listing.organisations(workspace)
    ]
    labels = [f"{s.number} {s.name}" for s in senders if isinstance(s, OrganisationRef)]
    landlords = active_landlords(workspace)
    senders.extend(landlords)
    private = QCoreApplication.translate("VacanciesPage", "Private landlord: {name}")
    labels.extend(private.format(name=landlord.label) for landlord in landlords)
    label, ok = QInputDialog.getItem(
        parent,
        QCoreApplication.translate("VacanciesPage", "Who sent the file?"),
        QCoreApplication.translate(
            "VacanciesPage", "Which housing organisation or private landlord sent {file}?"
        ).format(file=file_name),
        labels,
        0,
        False,
    )
    if not ok or not label:
        return None
    return senders[labels.index(label)]


def start_import(page: Any, done: Callable[[ImportOutcome], None]) -> None:
    """Ask for the file, then preview it (the preview dialog imports)."""
    path = open_spreadsheet(page, QCoreApplication.translate("VacanciesPage", "Import vacancies"))
    if path is not None:
        open_preview(page, path, done)


def open_preview(
    page: Any,
    path: Path,
    done: Callable[[ImportOutcome], None],
    organisation: Sender | None = None,
) -> None:
    """Check the file in the background (finding the organisation from its departments first,
    unless given) and show the preview; when no organisation fits (a private landlord's file
    names no department), ask who sent it and check again."""
    workspace = page.workspace

    def work() -> Generator[Any, Any, tuple[Sender | None, Any]]:
        chosen: Sender | None = organisation
        book = None
        if isinstance(chosen, LandlordRef):
            spec = landlord_import.spec_for_landlord(workspace, chosen)
            preview = yield from imports.preview_vacancies(workspace, path, None, spec=spec)
            return chosen, preview
        if chosen is None:
            book = read_workbook(path)  # FileProblem: said before asking who sent it
            try:
                chosen = imports.guess_organisation(workspace, book)
            except UserError:
                return None, None
        preview = yield from imports.preview_vacancies(workspace, path, chosen.id, workbook=book)
        return chosen, preview

    def show(result: tuple[Sender | None, Any]) -> None:
        chosen, preview = result
        if chosen is None:
            chosen = choose_sender(page, workspace, path.name)
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
