"""What an import did: every row of the file accounted for, and its errors in a list that can
be copied (into a spreadsheet or an e-mail to the organisation) or saved as a CSV file.

    show_import_report(self, self.tr("Monitoring figures imported"), summary(outcome))

The summary comes from core (`desktop.core.importing.summary.ImportSummary`). The dialog opens
without blocking; the importing page goes on (e.g. refreshes its list) behind it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core import formats
from desktop.core.exchange.workbook import write_file
from desktop.core.importing.summary import ImportSummary, RowError, errors_csv, errors_text
from desktop.ui.models.rows import NAME, NUMBER, TEXT, Column, RowModel
from desktop.ui.tasks import Task, run_task
from desktop.ui.widgets.heading import PANEL, heading
from desktop.ui.widgets.list_or_note import ListOrNote
from desktop.ui.widgets.list_view import EXTENDED, list_view
from desktop.ui.widgets.screen_fit import resize_within_screen

SHOWN_LINES = 12  # the summary grows to this many lines, then scrolls


class ImportReportDialog(QDialog):
    def __init__(self, title: str, summary: ImportSummary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = summary
        self.task: Task | None = None
        self.setWindowTitle(title)
        self.setObjectName("import_report")
        resize_within_screen(self, 900, 620)
        self.lines = self._lines()
        self.model = RowModel(self._columns(), summary.errors, parent=self)
        self.table = list_view(
            self.model,
            name="import_errors",
            accessible=self.tr("Errors"),
            selection=EXTENDED,
            sorted_by=None,
            alternate=False,
            wrap=True,
            row_padding=None,
        )
        self.area = ListOrNote(self.table)
        if not summary.errors:
            self.area.show_note(self.tr("No row has errors."))
        self.done_label = QLabel()
        self.done_label.setObjectName("import_report_done")
        layout = QVBoxLayout(self)
        title_label = heading(summary.title, PANEL)
        title_label.setWordWrap(True)
        layout.addWidget(title_label)
        layout.addWidget(self.lines)
        errors = heading(self._errors_heading(), PANEL)
        errors.setBuddy(self.table)
        layout.addWidget(errors)
        layout.addWidget(self.area, 1)
        layout.addWidget(self.done_label)
        layout.addWidget(self._buttons())

    def _lines(self) -> QPlainTextEdit:
        lines = QPlainTextEdit("\n".join(self.summary.lines))
        lines.setObjectName("import_summary")
        lines.setAccessibleName(self.tr("What the import did"))
        lines.setReadOnly(True)
        lines.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        shown = min(max(len(self.summary.lines), 2), SHOWN_LINES)
        height = QFontMetrics(lines.font()).lineSpacing() * shown
        lines.setFixedHeight(height + 2 * lines.frameWidth() + 12)
        return lines

    def _errors_heading(self) -> str:
        if not self.summary.errors:
            return self.tr("Errors")
        rows = len({(e.sheet, e.row) for e in self.summary.errors})
        return formats.plural(rows, self.tr("Errors in {n} row"), self.tr("Errors in {n} rows"))

    def _columns(self) -> list[Column[RowError]]:
        return [
            Column(self.tr("Sheet"), "sheet", role=NAME, deciding=True),
            Column(self.tr("Row"), "row", role=NUMBER, deciding=True),
            # a long column header gives way (whole in its tooltip); the message wraps
            Column(self.tr("Column"), "column"),
            Column(self.tr("Error"), "message", role=TEXT),
        ]

    def _buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("&Copy errors"))
        self.copy_button.setToolTip(
            self.tr("Copy the list with its headings, to paste into a spreadsheet or an e-mail.")
        )
        self.save_button = QPushButton(self.tr("&Save errors…"))
        self.save_button.setToolTip(self.tr("Save the list as a CSV file that Excel opens."))
        for button in (self.copy_button, self.save_button):
            button.setEnabled(bool(self.summary.errors))
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_errors)
        self.save_button.clicked.connect(self.save_errors)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setDefault(True)
        return buttons

    def copy_errors(self) -> None:
        QGuiApplication.clipboard().setText(errors_text(self.summary.errors))
        self.done_label.setText(self.tr("The list of errors is on the clipboard."))

    def save_errors(self) -> Task | None:
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the errors"),
            self.tr("{file} errors.csv").format(file=Path(self.summary.file_name).stem),
            self.tr("CSV file (*.csv)"),
        )
        return self.save_to(Path(name)) if name else None

    def save_to(self, path: Path) -> Task:
        """Write the errors to `path` in the background; a folder that cannot be written is
        said in a message box."""
        if not path.suffix:
            path = path.with_suffix(".csv")
        data = errors_csv(self.summary.errors)
        self.task = run_task(
            lambda: write_file(path, data),
            on_done=lambda _none: self.done_label.setText(
                self.tr("Saved: {file}").format(file=str(path))
            ),
            parent=self,
            busy=[self.save_button],
        )
        return self.task


def show_import_report(
    parent: QWidget | None, title: str, summary: ImportSummary
) -> ImportReportDialog:
    """Open the report over `parent` without waiting for it to close."""
    dialog = ImportReportDialog(title, summary, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if parent is None:  # nothing else holds a window of its own until it is closed
        _without_parent.add(dialog)
        dialog.finished.connect(lambda _result: _without_parent.discard(dialog))
    dialog.open()
    return dialog


_without_parent: set[ImportReportDialog] = set()
