"""The Rapporter page's actions: save the report shown, the yearly follow-up, and the workbooks
for the organisations and others. Each asks for what it needs, then runs in the background and
tells the status bar what it made; the `*_to` functions take the answers directly (tests)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog

from desktop.core.exchange import quota_export
from desktop.core.registry.export import export_placements
from desktop.core.reports import export
from desktop.core.reports.model import Report
from desktop.ui.dialogs.export_applicants import ExportApplicantsDialog
from desktop.ui.dialogs.export_replies import ExportRepliesDialog
from desktop.ui.dialogs.export_template import ExportTemplateDialog
from desktop.ui.errors import show_user_error
from desktop.ui.pages.base import Page
from desktop.ui.tasks import Task, run_task


class ReportsPage(Page):
    """What the actions need of the Rapporter page (desktop.ui.pages.reports builds it): the
    report shown, the chosen period and where files go. Declared here so that the actions
    depend on the page's shape only, not on the module that lays it out."""

    current: Report | None = None
    export_dialog: QDialog | None = None  # the workbook dialog open now (tests look)

    @property
    def start(self) -> dt.date:
        raise NotImplementedError

    @property
    def end(self) -> dt.date:
        raise NotImplementedError

    def report_file_name(self, suffix: str) -> str:
        raise NotImplementedError

    def default_folder(self) -> Path:
        raise NotImplementedError


FILTERS = {".pdf": "PDF (*.pdf)", ".xlsx": "Excel (*.xlsx)"}


def _ask_path(page: ReportsPage, title: str, name: str, filters: str) -> Path | None:
    chosen, _filter = QFileDialog.getSaveFileName(
        page, title, str(page.default_folder() / name), filters
    )
    return Path(chosen) if chosen else None


def _run(
    page: ReportsPage, work: Callable[[], object], done_text: Callable[[Any], str], progress: str
) -> Task:
    def done(result: Any) -> None:
        page.status_message.emit(done_text(result))

    return run_task(
        work,
        on_done=done,
        on_error=lambda error: show_user_error(page, error),
        parent=page,
        progress=progress,
        write=True,
    )


def _saved(page: ReportsPage, path: Path) -> Callable[[Any], str]:
    return lambda _result: QCoreApplication.translate("ReportsActions", "Saved {file}.").format(
        file=path.name
    )


# --- the report shown --------------------------------------------------------------------


def save_current(page: ReportsPage, suffix: str) -> Task | None:
    if page.current is None:  # nothing shown yet
        return None
    path = _ask_path(
        page,
        QCoreApplication.translate("ReportsActions", "Save the report"),
        page.report_file_name(suffix),
        FILTERS[suffix],
    )
    return None if path is None else save_report_to(page, path)


def save_report_to(page: ReportsPage, path: Path) -> Task | None:
    workspace, report = page.workspace, page.current
    if report is None:
        return None
    return _run(
        page,
        lambda: export.save_report(workspace, report, path),
        _saved(page, path),
        QCoreApplication.translate("ReportsActions", "Saving the report"),
    )


def yearly(page: ReportsPage) -> Task | None:
    today = page.workspace.today()
    year, ok = QInputDialog.getInt(
        page,
        QCoreApplication.translate("ReportsActions", "Yearly follow-up"),
        QCoreApplication.translate(
            "ReportsActions", "The follow-up on the joint letting agreement for the year:"
        ),
        today.year - 1 if today.month <= 3 else today.year,
        2000,
        2100,
    )
    if not ok:
        return None
    name = QCoreApplication.translate("ReportsActions", "Follow-up {year}.pdf").format(year=year)
    path = _ask_path(
        page,
        QCoreApplication.translate("ReportsActions", "Save the yearly follow-up"),
        name,
        f"{FILTERS['.pdf']};;{FILTERS['.xlsx']}",
    )
    return None if path is None else yearly_to(page, year, path)


def yearly_to(page: ReportsPage, year: int, path: Path) -> Task:
    workspace = page.workspace
    return _run(
        page,
        lambda: export.export_yearly(workspace, year, path),
        _saved(page, path),
        QCoreApplication.translate("ReportsActions", "Making the yearly follow-up"),
    )


# --- workbooks ----------------------------------------------------------------------------


def _dialog_done(page: ReportsPage, dialog: Any) -> None:
    def exported(result: Any) -> None:
        summary = getattr(result, "summary", None)
        page.status_message.emit(
            summary()
            if callable(summary)
            else QCoreApplication.translate("ReportsActions", "Exported.")
        )

    dialog.exported.connect(exported)
    dialog.open()
    page.export_dialog = dialog


def reply(page: ReportsPage) -> None:
    _dialog_done(page, ExportRepliesDialog(page.workspace, page))


def template(page: ReportsPage) -> None:
    _dialog_done(page, ExportTemplateDialog(page.workspace, page))


def applicants(page: ReportsPage) -> None:
    _dialog_done(page, ExportApplicantsDialog(page.workspace, page))


def quota(page: ReportsPage) -> Task | None:
    name = QCoreApplication.translate("ReportsActions", "Quota {start} {end}.xlsx").format(
        start=page.start.isoformat(), end=page.end.isoformat()
    )
    path = _ask_path(
        page, QCoreApplication.translate("ReportsActions", "Save the quota"), name, FILTERS[".xlsx"]
    )
    return None if path is None else quota_to(page, path)


def quota_to(page: ReportsPage, path: Path) -> Task:
    workspace, start, end = page.workspace, page.start, page.end
    return _run(
        page,
        lambda: quota_export.export_quota(workspace, start, end, path),
        _saved(page, path),
        QCoreApplication.translate("ReportsActions", "Saving the quota"),
    )


def placements(page: ReportsPage) -> Task | None:
    name = QCoreApplication.translate("ReportsActions", "Placements {day}.xlsx").format(
        day=page.workspace.today().isoformat()
    )
    path = _ask_path(
        page,
        QCoreApplication.translate("ReportsActions", "Save the placement table"),
        name,
        FILTERS[".xlsx"],
    )
    return None if path is None else placements_to(page, path)


def placements_to(page: ReportsPage, path: Path) -> Task:
    workspace = page.workspace
    return _run(
        page,
        lambda: export_placements(workspace, path),
        _saved(page, path),
        QCoreApplication.translate("ReportsActions", "Saving the placement table"),
    )
