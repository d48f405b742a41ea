"""Staff confirm or correct which column of an organisation's file feeds which field; the choice
is remembered for the organisation, so its next file imports without questions."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.core.intake import imports
from desktop.core.intake.imports import MappedColumn

NOT_IMPORTED = ""


class ColumnMappingDialog(QDialog):
    """`choices` (normalised header -> field name, "" = not imported) after it was accepted."""

    def __init__(self, columns: list[MappedColumn], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Columns of the file"))
        self.resize(620, 560)
        intro = QLabel(
            self.tr(
                "Check which column holds what. {required} must each have a column. Your "
                "choices are remembered for this organisation's next files. Hidden columns are "
                "never imported."
            ).format(required=self.tr(" and ").join(imports.required_fields()))
        )
        intro.setWordWrap(True)
        grid = QGridLayout()
        for column, title in enumerate(
            (
                self.tr("Sheet"),
                self.tr("Column"),
                self.tr("Header in the file"),
                self.tr("First value"),
                self.tr("Field"),
            )
        ):
            label = QLabel(f"<b>{title}</b>")
            grid.addWidget(label, 0, column)
        self.combos: dict[str, QComboBox] = {}
        fields = imports.field_choices()
        seen: set[str] = set()
        row = 1
        for item in columns:
            if item.key in seen:  # the same header on another sheet: one choice for both
                continue
            seen.add(item.key)
            combo = QComboBox()
            combo.setAccessibleName(
                self.tr("Field for the column {header}").format(header=item.header)
            )
            combo.addItem(self.tr("(not imported)"), NOT_IMPORTED)
            for name, label in fields:
                combo.addItem(label, name)
            combo.setCurrentIndex(max(0, combo.findData(item.field or NOT_IMPORTED)))
            header = item.header + (self.tr(" (hidden)") if item.hidden else "")
            if item.hidden:
                combo.setCurrentIndex(0)
                combo.setEnabled(False)
            for column, text in enumerate((item.sheet, item.letter, header, item.example[:40])):
                label = QLabel(text)
                label.setTextFormat(Qt.TextFormat.PlainText)  # a file's text, never markup
                grid.addWidget(label, row, column)
            grid.addWidget(combo, row, 4)
            if not item.hidden:
                self.combos[item.key] = combo
            row += 1
        grid.setRowStretch(row, 1)  # the rows keep to the top
        body = QWidget()
        body.setLayout(grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)

    @property
    def choices(self) -> dict[str, str]:
        return {key: str(combo.currentData() or NOT_IMPORTED) for key, combo in self.combos.items()}
