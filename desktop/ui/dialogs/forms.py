"""What the form dialogs share: Save and Cancel under the form, and how a form shows what core
refused (a message in red, the refused fields framed in red).

    self.buttons = save_cancel(self, self.form, self.save)
    self.error = error_label()                      # "form_error", under the fields
    self.errors["name"] = field_row(form, self.tr("&Name:"), "name", self.name)  # a problem line
    first = mark_fields(self.fields, error.fields)  # frame the refused ones; focus `first`
    clear_marks(self.fields.values())

The applicant forms have always used a deeper red, with a pale red field background.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

RED = "#b00020"
FIELD = f"border: 1px solid {RED};"
APPLICANT_RED = "#b3261e"
APPLICANT_FIELD = f"border: 1px solid {APPLICANT_RED}; background: #fdecea;"


def save_cancel(dialog: QDialog, form: QWidget, on_save: Callable[[], object]) -> QDialogButtonBox:
    """`form` above Save and Cancel, as the layout of `dialog`: Save calls `on_save` (which
    closes the dialog once saved), Cancel closes it."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(on_save)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(form)
    layout.addWidget(buttons)
    return buttons


def error_label(
    name: str = "form_error", *, colour: str = RED, bold: bool = False, wrap: bool = True
) -> QLabel:
    """An empty label for a refusal's message."""
    label = QLabel()
    label.setObjectName(name)
    label.setStyleSheet(f"color: {colour};" + (" font-weight: 600;" if bold else ""))
    label.setWordWrap(wrap)
    return label


def field_row(
    form: QFormLayout, label: str, name: str, *widgets: QWidget, wrap: bool = False
) -> QLabel:
    """A row of `form`: the caption `label` (its mnemonic to the first of `widgets`, each named
    by it for a screen reader) beside the widgets, with a hidden line under them for the problem
    of field `name`, which is returned (named "error_<name>")."""
    box = QHBoxLayout()
    for widget in widgets:
        box.addWidget(widget)
        widget.setAccessibleName(label.replace("&", "").rstrip(":"))
    error = error_label(f"error_{name}", wrap=wrap)
    error.hide()
    column = QVBoxLayout()
    column.setSpacing(1)
    column.addLayout(box)
    column.addWidget(error)
    caption = QLabel(label)
    caption.setBuddy(widgets[0])
    form.addRow(caption, column)
    return error


def mark_fields(
    fields: Mapping[str, QWidget], refused: Iterable[str], style: str = FIELD
) -> QWidget | None:
    """Frame the `refused` fields (names of `fields`; others are passed over); the first one
    framed, if any."""
    first: QWidget | None = None
    for name in refused:
        widget = fields.get(name)
        if widget is not None:
            widget.setStyleSheet(style)
            first = first or widget
    return first


def clear_marks(widgets: Iterable[QWidget]) -> None:
    for widget in widgets:
        widget.setStyleSheet("")
