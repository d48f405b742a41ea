"""A warning under a form when one of its free-text fields seems to hold a CPR number.

It only warns (saving is not refused): core decides what looks like a CPR number and where one
has no place (`desktop.core.cpr_text`, `desktop.core.applicants.inputs.free_text_warnings`).

    warning = CprWarning()               # in the layout, e.g. under the form
    warning.watch("phone", phone_edit, self.tr("Phone"))
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QWidget

from desktop.core import cpr_text

Check = Callable[[dict[str, str]], dict[str, str]]


def _text(widget: QLineEdit | QPlainTextEdit) -> str:
    return widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()


class CprWarning(QLabel):
    """Hidden until a watched field looks like it holds a CPR number; then it names the fields
    with the warning (text and a sign, not colour alone)."""

    def __init__(self, check: Check = cpr_text.warnings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cpr_warning")
        self.setWordWrap(True)
        self.setStyleSheet(
            "background: #fff3cd; border: 1px solid #e0c068; padding: 4px; color: #5c4400;"
        )
        self.hide()
        self._check = check
        self._fields: dict[str, tuple[QLineEdit | QPlainTextEdit, str]] = {}
        self.found: dict[str, str] = {}  # field -> warning, as shown now

    def watch(self, key: str, widget: QLineEdit | QPlainTextEdit, name: str) -> None:
        """Check `widget` (the field `key`, shown as `name`) whenever its text changes."""
        self._fields[key] = (widget, name)
        widget.textChanged.connect(self.refresh)

    def refresh(self) -> None:
        self.found = self._check({key: _text(w) for key, (w, _name) in self._fields.items()})
        lines = [f"⚠ {self._fields[key][1]}: {message}" for key, message in self.found.items()]
        self.setText("\n".join(lines))
        self.setAccessibleName(self.text())
        self.setVisible(bool(lines))
