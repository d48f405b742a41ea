""" "Fortryd": the question before the user's last decision or bulk confirmation is taken back,
and the answer when it can no longer be (core says why: `intake.undo.LastDecision.blocked`)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.core.intake.undo import LastDecision


def _box(parent: QWidget, text: str, informative: str, icon: QMessageBox.Icon) -> QMessageBox:
    box = QMessageBox(parent)
    box.setObjectName("undo_box")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setWindowTitle(QCoreApplication.translate("UndoDecision", "Undo"))
    box.setIcon(icon)
    box.setText(text)
    box.setInformativeText(informative)
    box.setAccessibleName(text)
    return box


def ask_undo(parent: QWidget, last: LastDecision, on_yes: Callable[[], object]) -> QMessageBox:
    """Ask before undoing `last` (window-modal, without blocking); `on_yes()` on Undo."""
    box = _box(
        parent,
        QCoreApplication.translate("UndoDecision", "Undo your last decision?"),
        last.text()
        + "\n\n"
        + QCoreApplication.translate(
            "UndoDecision",
            "The dwellings are received again and wait for a decision; the undo is kept in "
            "the audit trail.",
        ),
        QMessageBox.Icon.Question,
    )
    undo = box.addButton(
        QCoreApplication.translate("UndoDecision", "&Undo"), QMessageBox.ButtonRole.AcceptRole
    )
    undo.setObjectName("undo_yes")
    keep = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(keep)  # taking decisions back is never what Enter does by accident
    box.buttonClicked.connect(lambda button: on_yes() if button is undo else None)
    box.open()
    return box


def refuse_undo(parent: QWidget, text: str) -> QMessageBox:
    """Say that there is nothing to undo, or why the last decision can no longer be undone."""
    box = _box(parent, text, "", QMessageBox.Icon.Information)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.open()
    return box


def blocked_text(last: LastDecision) -> str:
    """ "Beslutningen kan ikke fortrydes: der er lavet et tilbud ..." for a blocked decision."""
    reason = last.blocked or ""
    return QCoreApplication.translate(
        "UndoDecision", "{decision} cannot be undone: {reason}."
    ).format(decision=last.text(), reason=reason[:1].lower() + reason[1:].rstrip("."))
