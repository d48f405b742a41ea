"""Asking why, once, before a decision with consequences is written: accepting a dwelling
against the intake check's proposal or one no applicant may be offered, returning a dwelling to
its organisation or giving it back, withdrawing an offer. Core says what to ask
(`DecisionPreview.questions`) and keeps the reason with the decision; this dialog only shows the
questions and reads the reason.

The dialog is as wide as its heading reads on one line (within a reading width and the screen)
and its reason field as tall as the reason it starts with: every text wraps, none runs off."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.keyboard import finish_shortcuts
from desktop.ui.widgets.heading import PANEL, heading

MIN_LENGTH = 3  # as core's reasons elsewhere: a word, not a stray key
READING_WIDTH = (85, 125)  # the dialog's width, in average characters: at least, at most
REASON_LINES = (4, 10)  # the reason field's height, in lines: at least, at most


class _CtrlReturn(QObject):
    """Ctrl+Enter in a reason field confirms (Enter alone starts a new line there)."""

    def __init__(self, edit: QPlainTextEdit, confirm: Callable[[], object]) -> None:
        super().__init__(edit)
        self.confirm = confirm
        edit.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.confirm()
            return True
        return False


def confirm_on_ctrl_return(
    edit: QPlainTextEdit, confirm: Callable[[], object], button: QPushButton
) -> None:
    """Ctrl+Enter in `edit` does what `button` does; its tooltip says so."""
    _CtrlReturn(edit, confirm)
    button.setToolTip(QCoreApplication.translate("ReasonDialog", "Ctrl+Enter in the reason field"))


class ReasonEdit(QPlainTextEdit):
    """A field for the reason kept with a decision; Tab leaves it for the buttons."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self.setTabChangesFocus(True)

    @property
    def reason(self) -> str:
        """The reason as it is kept: its spaces and line breaks folded."""
        return " ".join(self.toPlainText().split())

    @property
    def written(self) -> bool:
        """Long enough to keep (a word, not a stray key)."""
        return len(self.reason) >= MIN_LENGTH


class ReasonLayout:
    """The widgets: a heading, the questions, the reason field and the buttons."""

    def __init__(self, dialog: QDialog, title: str, questions: Sequence[str], ok_text: str):
        self.heading = heading(title, PANEL)
        self.heading.setWordWrap(True)
        self.questions = QLabel("\n\n".join(questions))
        self.questions.setObjectName("reason_questions")
        self.questions.setWordWrap(True)
        self.questions.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.questions.setVisible(bool(questions))
        self.label = QLabel(
            QCoreApplication.translate("ReasonDialog", "&Reason (kept with the decision):")
        )
        self.edit = ReasonEdit("reason_edit")
        self.label.setBuddy(self.edit)
        self.note = QLabel()
        self.note.setObjectName("reason_note")
        self.note.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = QPushButton(ok_text)
        self.ok.setObjectName("reason_ok")
        self.buttons.addButton(self.ok, QDialogButtonBox.ButtonRole.AcceptRole)
        layout = QVBoxLayout(dialog)
        layout.addWidget(self.heading)
        layout.addWidget(self.questions)
        layout.addSpacing(6)
        layout.addWidget(self.label)
        layout.addWidget(self.edit)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.ok.setDefault(True)  # once in the dialog: Enter confirms


class ReasonDialog(QDialog):
    """`chosen(reason)` when the user confirms with a reason; nothing when cancelled."""

    chosen = Signal(str)

    def __init__(
        self,
        title: str,
        questions: Sequence[str],
        ok_text: str,
        parent: QWidget | None = None,
        *,
        reason: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reason_dialog")
        self.setWindowTitle(title)
        self.ui = ReasonLayout(self, title, questions, ok_text)
        self.ui.edit.setPlainText(reason)
        self._fit_to_content()
        self.ui.buttons.accepted.connect(self.confirm)
        self.ui.buttons.rejected.connect(self.reject)
        confirm_on_ctrl_return(self.ui.edit, self.confirm, self.ui.ok)
        self.ui.edit.setFocus()
        finish_shortcuts(self)

    def _fit_to_content(self) -> None:
        """As wide as the heading on one line (within the reading width and the screen); the
        reason field as tall as the reason it starts with."""
        character = self.fontMetrics().averageCharWidth()
        least, most = (n * character for n in READING_WIDTH)
        screen = self.screen()
        if screen is not None:
            most = min(most, screen.availableGeometry().width() - 64)
        layout = self.layout()
        assert layout is not None  # made by ReasonLayout
        margins = layout.contentsMargins()
        sides = margins.left() + margins.right()
        title = self.ui.heading.fontMetrics().horizontalAdvance(self.ui.heading.text())
        width = max(least, min(most, title + sides + 8))
        edit = self.ui.edit
        inside = width - sides - 2 * edit.frameWidth() - 2 * int(edit.document().documentMargin())
        text = edit.toPlainText() or " "
        wrapped = edit.fontMetrics().boundingRect(
            0, 0, max(inside, 1), 10_000, int(Qt.TextFlag.TextWordWrap), text
        )
        spacing = edit.fontMetrics().lineSpacing()
        low, high = REASON_LINES
        lines = max(low, min(high, -(-wrapped.height() // spacing) + 1))
        edit.setFixedHeight(lines * spacing + 2 * edit.frameWidth() + 12)
        self.setMinimumWidth(least)
        height = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else -1
        self.resize(width, height if height > 0 else layout.totalSizeHint().height())

    @property
    def reason(self) -> str:
        return self.ui.edit.reason

    def confirm(self) -> None:
        if not self.ui.edit.written:
            self.ui.note.setText(self.tr("Write the reason: it is kept with the decision."))
            self.ui.edit.setFocus()
            return
        self.chosen.emit(self.reason)
        self.accept()


def ask_reason(
    parent: QWidget,
    title: str,
    questions: Sequence[str],
    ok_text: str,
    on_reason: Callable[[str], object],
    *,
    reason: str = "",
) -> ReasonDialog:
    """Open the dialog (window-modal, without blocking) and call `on_reason(reason)` on OK."""
    dialog = ReasonDialog(title, questions, ok_text, parent, reason=reason)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.chosen.connect(on_reason)
    dialog.open()
    return dialog
