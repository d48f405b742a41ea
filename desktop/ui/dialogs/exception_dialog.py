"""The dialog for a bug: what happened, what to do, the details to send, where the log is.

Layout (`_Layout`) is kept apart from behaviour (`ExceptionDialog`). The dialog is not modal:
the program goes on, and further errors while it is open are added to it instead of opening a
new dialog each (a bug in a paint event would otherwise open one per repaint).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from desktop.core.formats import plural

translate = QCoreApplication.translate


class _Layout:
    """The widgets of the dialog, without behaviour."""

    def __init__(self, dialog: QDialog) -> None:
        dialog.setWindowTitle(translate("ExceptionDialog", "Anvis - unexpected error"))
        dialog.setMinimumWidth(560)
        self._texts(dialog)
        self._actions()
        top = QHBoxLayout()
        top.addWidget(self.icon)
        top.addLayout(self._text_column(), 1)
        actions = QHBoxLayout()
        actions.addWidget(self.toggle_details)
        actions.addWidget(self.copy)
        actions.addWidget(self.copy_feedback, 1)
        actions.addWidget(self.buttons)
        layout = QVBoxLayout(dialog)
        layout.addLayout(top)
        layout.addWidget(self.details, 1)
        layout.addLayout(actions)
        QWidget.setTabOrder(self.close, self.copy)
        QWidget.setTabOrder(self.copy, self.toggle_details)
        QWidget.setTabOrder(self.toggle_details, self.open_log_folder)
        QWidget.setTabOrder(self.open_log_folder, self.details)

    def _texts(self, dialog: QDialog) -> None:
        self.icon = QLabel()
        size = dialog.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
        icon = dialog.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical)
        self.icon.setPixmap(icon.pixmap(size, size))
        self.icon.setAlignment(Qt.AlignmentFlag.AlignTop)

        self.heading = QLabel(translate("ExceptionDialog", "An unexpected error occurred"))
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.heading.setFont(font)

        self.explanation = QLabel(
            translate(
                "ExceptionDialog",
                "Anvis ran into a problem it did not expect. What you saved before is safe, "
                "but your last action may not have been completed.",
            )
        )
        self.explanation.setWordWrap(True)

        self.advice = QLabel(
            translate(
                "ExceptionDialog",
                "<b>What to do:</b><ol>"
                "<li>Check whether your last action was saved; if not, try it once more.</li>"
                "<li>Click <i>Copy details</i> and send them to IT support with a few words "
                "about what you were doing.</li>"
                "<li>If the error comes back, save your work and restart Anvis.</li></ol>",
            )
        )
        self.advice.setTextFormat(Qt.TextFormat.RichText)
        self.advice.setWordWrap(True)

        self.log_label = QLabel()
        self.log_label.setWordWrap(True)
        self.log_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_log_folder = QPushButton(translate("ExceptionDialog", "Open log &folder"))

        self.count_label = QLabel()
        self.count_label.setVisible(False)

        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.details.setMinimumHeight(180)
        self.details.setAccessibleName(translate("ExceptionDialog", "Error details"))
        self.details.setVisible(False)

    def _actions(self) -> None:
        self.toggle_details = QPushButton(translate("ExceptionDialog", "Show &details"))
        self.toggle_details.setCheckable(True)
        self.copy = QPushButton(translate("ExceptionDialog", "&Copy details"))
        self.copy_feedback = QLabel()
        self.buttons = QDialogButtonBox()
        self.close = self.buttons.addButton(
            translate("ExceptionDialog", "C&lose"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.close.setDefault(True)

    def _text_column(self) -> QVBoxLayout:
        text = QVBoxLayout()
        text.addWidget(self.heading)
        text.addWidget(self.explanation)
        text.addWidget(self.advice)
        text.addWidget(self.count_label)
        log_row = QHBoxLayout()
        log_row.addWidget(self.log_label, 1)
        log_row.addWidget(self.open_log_folder)
        text.addLayout(log_row)
        text.addStretch(1)
        return text


class ExceptionDialog(QDialog):
    """Shows one bug (and counts the ones that follow while it is open).

    `details` is the plain text to send to support (already free of CPR numbers: the caller
    masks it). `log_path` is shown so support can ask for the file.
    """

    copied = Signal(str)

    def __init__(
        self, details: str, log_path: Path | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.ui = _Layout(self)
        self._errors = 0
        self._log_path = log_path
        self.ui.details.setPlainText("")
        self.add_error(details)
        if log_path is not None:
            self.ui.log_label.setText(
                self.tr("The error has been written to the log file: {path}").format(
                    path=str(log_path)
                )
            )
        else:
            self.ui.log_label.setText(self.tr("No log file has been set up."))
            self.ui.open_log_folder.setVisible(False)
        self.ui.toggle_details.toggled.connect(self._show_details)
        self.ui.copy.clicked.connect(self.copy_details)
        self.ui.open_log_folder.clicked.connect(self._open_log_folder)
        self.ui.buttons.rejected.connect(self.reject)
        self.setAccessibleName(self.tr("An unexpected error occurred"))
        self._fit_height()

    @property
    def details(self) -> str:
        return self.ui.details.toPlainText()

    @property
    def error_count(self) -> int:
        return self._errors

    def add_error(self, details: str) -> None:
        """Append another error's details (an error that happened while the dialog was open)."""
        self._errors += 1
        if self._errors == 1:
            self.ui.details.setPlainText(details)
            return
        self.ui.details.appendPlainText("\n" + "-" * 60 + "\n" + details)

        self.ui.count_label.setText(
            plural(
                self._errors,
                self.tr("{n} error occurred while this window was open."),
                self.tr("{n} errors occurred while this window was open."),
            )
        )
        self.ui.count_label.setVisible(True)

    def copy_details(self) -> None:
        text = self.details
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.setText(text)
        self.ui.copy_feedback.setText(self.tr("Copied. Paste it into an e-mail to IT support."))
        QTimer.singleShot(6000, self, lambda: self.ui.copy_feedback.setText(""))
        self.copied.emit(text)

    def _show_details(self, shown: bool) -> None:
        self.ui.details.setVisible(shown)
        self.ui.toggle_details.setText(
            self.tr("Hide &details") if shown else self.tr("Show &details")
        )
        if shown:
            self.resize(self.width(), self.height() + self.ui.details.sizeHint().height())
        else:
            self._fit_height()

    def _fit_height(self) -> None:
        """As tall as the wrapped text needs at the current width (no empty band)."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        height = layout.heightForWidth(self.width())
        if height > 0:
            self.resize(self.width(), max(height, layout.minimumSize().height()))

    def _open_log_folder(self) -> None:
        if self._log_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._log_path.parent)))
