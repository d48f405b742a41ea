"""Staff confirm or correct which column of a file feeds which field, for any import: the fields
come from the import's `FieldSet` (`desktop.core.importing.columns.field_choices`), the columns
from the preview (`mapped_columns`). The caller remembers the choice (per organisation and kind),
so the next file of the same layout imports without questions.

The vacancy import opens it with its defaults: `ColumnMappingDialog(columns, parent)`; another
import passes its fields and says where the choice is remembered:

    ColumnMappingDialog(columns, parent, fields=imports.field_choices(),
                        remembered_note=self.tr("Your choices are remembered for ..."))
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

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

from desktop.core.importing.columns import FieldChoice
from desktop.core.intake import imports

NOT_IMPORTED = ""


class MappingColumn(Protocol):
    """One header cell of the file (`desktop.core.importing.columns.MappedColumn`)."""

    @property
    def sheet(self) -> str: ...
    @property
    def letter(self) -> str: ...
    @property
    def header(self) -> str: ...
    @property
    def key(self) -> str: ...
    @property
    def field(self) -> str | None: ...
    @property
    def hidden(self) -> bool: ...
    @property
    def example(self) -> str: ...


def vacancy_fields() -> list[FieldChoice]:
    """The fields of a vacancy list (what the intake preview's Columns... offers)."""
    required = set(imports.required_fields())
    return [FieldChoice(name, label, label in required) for name, label in imports.field_choices()]


class ColumnMappingDialog(QDialog):
    """`choices` (normalised header -> field name, "" = not imported) after it was accepted.

    `fields`: what a column may feed (default: a vacancy list's fields); `remembered_note`: a
    sentence saying where the choices are remembered (default: for the organisation)."""

    def __init__(
        self,
        columns: Sequence[MappingColumn],
        parent: QWidget | None = None,
        *,
        fields: Sequence[FieldChoice] | None = None,
        remembered_note: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Columns of the file"))
        self.resize(620, 560)
        self.fields = list(fields) if fields is not None else vacancy_fields()
        self.labels = {f.name: f.label for f in self.fields}
        self.combos: dict[str, QComboBox] = {}
        self.letters: dict[str, str] = {}
        self.intro = QLabel(self._intro(remembered_note))
        self.intro.setObjectName("mapping_intro")
        self.intro.setWordWrap(True)
        body = QWidget()
        body.setLayout(self._grid(columns))
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.note = QLabel()
        self.note.setObjectName("mapping_note")
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self._check()

    def _intro(self, remembered_note: str | None) -> str:
        required = [f.label for f in self.fields if f.required]
        parts = [self.tr("Check which column holds what.")]
        if len(required) == 1:
            parts.append(self.tr("{required} must have a column.").format(required=required[0]))
        elif required:
            parts.append(
                self.tr("{required} must each have a column.").format(
                    required=self.tr(" and ").join(required)
                )
            )
        parts.append(
            remembered_note
            or self.tr("Your choices are remembered for this organisation's next files.")
        )
        parts.append(self.tr("Hidden columns are never imported."))
        return " ".join(parts)

    def _grid(self, columns: Sequence[MappingColumn]) -> QGridLayout:
        """A line per header (once for the same header on several sheets) with its field."""
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        for column, title in enumerate(
            (
                self.tr("Sheet"),
                self.tr("Column"),
                self.tr("Header in the file"),
                self.tr("First value"),
                self.tr("Field"),
            )
        ):
            grid.addWidget(QLabel(f"<b>{title}</b>"), 0, column)
        seen: set[str] = set()
        row = 1
        for item in columns:
            if item.key in seen:  # the same header on another sheet: one choice for both
                continue
            seen.add(item.key)
            header = item.header + (self.tr(" (hidden)") if item.hidden else "")
            for column, text in enumerate((item.sheet, item.letter, header, item.example[:40])):
                label = QLabel(text)
                label.setTextFormat(Qt.TextFormat.PlainText)  # a file's text, never markup
                grid.addWidget(label, row, column)
            grid.addWidget(self._field_choice(item), row, 4)
            row += 1
        grid.setRowStretch(row, 1)  # the rows keep to the top
        return grid

    def _field_choice(self, item: MappingColumn) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(self.tr("Field for the column {header}").format(header=item.header))
        combo.addItem(self.tr("(not imported)"), NOT_IMPORTED)
        for field in self.fields:
            combo.addItem(field.label, field.name)
        combo.setCurrentIndex(max(0, combo.findData(item.field or NOT_IMPORTED)))
        if item.hidden:
            combo.setCurrentIndex(0)
            combo.setEnabled(False)
        else:
            self.combos[item.key] = combo
            self.letters[item.key] = item.letter
            combo.currentIndexChanged.connect(self._check)
        return combo

    @property
    def choices(self) -> dict[str, str]:
        return {key: str(combo.currentData() or NOT_IMPORTED) for key, combo in self.combos.items()}

    def problems(self) -> list[str]:
        """What the chosen mapping leaves out or doubles (shown under the columns)."""
        found = []
        chosen: dict[str, list[str]] = {}
        for key, field in self.choices.items():
            if field:
                chosen.setdefault(field, []).append(self.letters[key])
        for field, letters in chosen.items():
            if len(letters) > 1:
                text = self.tr("{field} is chosen for the columns {columns}: only {first} is read.")
                found.append(
                    text.format(
                        field=self.labels.get(field, field),
                        columns=", ".join(letters),
                        first=letters[0],
                    )
                )
        missing = [f.label for f in self.fields if f.required and f.name not in chosen]
        if missing:
            found.append(
                self.tr(
                    "No column is chosen for {fields}: no row can be imported without it."
                ).format(fields=self.tr(" and ").join(missing))
            )
        return found

    def _check(self, *_args: object) -> None:
        found = self.problems()
        self.note.setText("\n".join(found))
        self.note.setVisible(bool(found))
