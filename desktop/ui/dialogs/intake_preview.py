"""The import preview: every row of the file with its parsed values and status (new, duplicate,
error) before anything is written; staff import the valid rows in one transaction.

`IntakePreviewLayout` builds the widgets; `IntakePreviewDialog` holds the `Preview`, shows it,
lets staff choose who sent the file (a housing organisation, or a private landlord: its
dwellings lie in no department and belong to the scheme for private landlords) and correct the
columns, and commits in the background.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core import formats
from desktop.core.errors import UserError
from desktop.core.importing import Preview
from desktop.core.importing import counts as import_counts
from desktop.core.intake import imports, landlord_import, landlord_notices, listing
from desktop.core.intake.importer import VacancySpec
from desktop.core.intake.imports import ImportOutcome, PreviewLine, UnknownColumnLine
from desktop.core.intake.vocabulary import DwellingType, dwelling_type_label
from desktop.core.registry.departments import OrganisationRef
from desktop.core.registry.landlords import LandlordRef, active_landlords
from desktop.core.schemes.listing import choices as scheme_choices
from desktop.core.schemes.settings import ORDINARY
from desktop.core.workspace import Workspace
from desktop.ui.dialogs.column_mapping import ColumnMappingDialog
from desktop.ui.dialogs.import_rows import TintedRowModel, file_heading, preview_table, status_text
from desktop.ui.errors import show_user_error
from desktop.ui.models.rows import ADDRESS, NAME, NUMBER, TEXT, Column, RowModel
from desktop.ui.tasks import Task, run_task
from desktop.ui.widgets.screen_fit import resize_within_screen


def _spec(
    ws: Workspace, sender: OrganisationRef | LandlordRef, scheme: str = ORDINARY
) -> VacancySpec:
    """The importer of the sender's file (called in the background: it looks up the scheme)."""
    if isinstance(sender, LandlordRef):
        return landlord_import.spec_for_landlord(ws, sender)
    return imports.spec_for(ws, scheme)


def _status(line: PreviewLine) -> str:
    return line.status


def _dwelling_type(kind: DwellingType | None) -> str:
    return "" if kind is None else dwelling_type_label(kind)


class IntakePreviewLayout:
    def __init__(
        self,
        dialog: QDialog,
        lines: RowModel[PreviewLine],
        unknown: RowModel[UnknownColumnLine],
    ) -> None:
        self.file_label = file_heading()
        self.file_label.setObjectName("preview_file")
        self.organisation = QComboBox()
        self.organisation.setAccessibleName(
            QCoreApplication.translate("IntakePreviewDialog", "Organisation")
        )
        self.scheme = QComboBox()  # the housing scheme the file's dwellings belong to
        self.scheme.setObjectName("preview_scheme")
        self.scheme.setAccessibleName(
            QCoreApplication.translate("IntakePreviewDialog", "Housing scheme")
        )
        self.columns_button = QPushButton(
            QCoreApplication.translate("IntakePreviewDialog", "&Columns…")
        )
        self.only_problems = QCheckBox(
            QCoreApplication.translate(
                "IntakePreviewDialog", "Show only rows with &errors or duplicates"
            )
        )
        self.summary = QLabel()
        self.summary.setObjectName("preview_summary")
        self.summary.setWordWrap(True)
        self.unknown_box = self._unknown_box(unknown)
        self.table = preview_table(
            lines,
            name="preview_table",
            accessible=QCoreApplication.translate("IntakePreviewDialog", "Rows of the file"),
        )
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            QCoreApplication.translate("IntakePreviewDialog", "&Import"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        layout = QVBoxLayout(dialog)
        layout.addLayout(self._top())
        layout.addWidget(self.summary)
        layout.addWidget(self.unknown_box)
        layout.addWidget(self.only_problems)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)

    def _unknown_box(self, unknown: RowModel[UnknownColumnLine]) -> QWidget:
        """The columns Anvis did not understand, each with the field its header suggests."""
        self.unknown_label = QLabel()
        self.unknown_label.setObjectName("unknown_columns_note")
        self.unknown_label.setWordWrap(True)
        self.unknown_table = preview_table(
            unknown,
            name="unknown_columns",
            accessible=QCoreApplication.translate("IntakePreviewDialog", "Columns not understood"),
        )
        self.unknown_table.setMaximumHeight(160)  # four columns in view, more by scrolling
        self.use_suggestions = QPushButton(
            QCoreApplication.translate("IntakePreviewDialog", "&Use the suggestions")
        )
        self.use_suggestions.setToolTip(
            QCoreApplication.translate(
                "IntakePreviewDialog",
                "Read the columns as suggested, remember it for this organisation and check "
                "the file again",
            )
        )
        unknown_buttons = QVBoxLayout()
        unknown_buttons.addWidget(self.use_suggestions)
        unknown_buttons.addStretch(1)
        box = QWidget()
        unknown_layout = QVBoxLayout(box)
        unknown_layout.setContentsMargins(0, 0, 0, 0)
        unknown_layout.addWidget(self.unknown_label)
        unknown_row = QHBoxLayout()
        unknown_row.addWidget(self.unknown_table, 1)
        unknown_row.addLayout(unknown_buttons)
        unknown_layout.addLayout(unknown_row)
        return box

    def _top(self) -> QHBoxLayout:
        """The file's name, and the sender (organisation or landlord) whose columns read it."""
        top = QHBoxLayout()
        top.addWidget(self.file_label, 1)
        label = QLabel(QCoreApplication.translate("IntakePreviewDialog", "&Sent by:"))
        label.setBuddy(self.organisation)
        top.addWidget(label)
        top.addWidget(self.organisation)
        scheme = QLabel(QCoreApplication.translate("IntakePreviewDialog", "Housing &scheme:"))
        scheme.setBuddy(self.scheme)
        top.addWidget(scheme)
        top.addWidget(self.scheme)
        top.addWidget(self.columns_button)
        return top


class IntakePreviewDialog(QDialog):
    """Emits `imported(outcome)` after a successful commit."""

    imported = Signal(object)

    def __init__(
        self,
        workspace: Workspace,
        path: Path,
        preview: Preview,
        organisation: OrganisationRef | LandlordRef,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import vacancies"))
        resize_within_screen(self, 1200, 640)  # never beyond a laptop's screen
        self.workspace = workspace
        self.path = path
        self.organisation = organisation
        self.preview: Preview = preview
        self.model = TintedRowModel(self._columns(), status=_status, parent=self)
        self.unknown_model = RowModel(self._unknown_columns(), parent=self)
        self.ui = IntakePreviewLayout(self, self.model, self.unknown_model)
        self.ui.use_suggestions.clicked.connect(self.use_suggestions)
        for choice in listing.organisations(workspace):
            self.ui.organisation.addItem(f"{choice.number} {choice.name}", choice.id)
        # the landlords after the organisations, by a key no organisation's id can be
        self.landlords = {f"landlord:{x.id}": x for x in active_landlords(workspace)}
        for key, landlord in self.landlords.items():
            label = self.tr("Private landlord: {name}").format(name=landlord.label)
            self.ui.organisation.addItem(label, key)
        self.ui.organisation.setCurrentIndex(self.ui.organisation.findData(self._sender_key))
        self.schemes = scheme_choices(workspace)  # the ordinary scheme first: the default
        self._show_scheme()
        self.ui.organisation.currentIndexChanged.connect(self._organisation_changed)
        self.ui.only_problems.toggled.connect(self._show_rows)
        self.ui.columns_button.clicked.connect(self.edit_columns)
        self.ui.buttons.accepted.connect(self.commit)
        self.ui.buttons.rejected.connect(self.reject)
        self.task: Task | None = None
        self.outcome: ImportOutcome | None = None
        self.unknown: list[UnknownColumnLine] = []
        self.show_preview(preview)

    def _columns(self) -> list[Column[PreviewLine]]:
        return [
            Column(self.tr("Sheet"), "sheet", role=NAME),
            Column(self.tr("Row"), "row", role=NUMBER, deciding=True),
            Column(self.tr("Status"), "status", display=status_text, deciding=True),
            # the problems wrap in a readable width (whole in the tooltip)
            Column(
                self.tr("Problems"),
                "messages",
                role=TEXT,
                tooltip=lambda line: line.messages or None,
            ),
            Column(self.tr("Department"), "department", role=NAME, deciding=True),
            Column(self.tr("Lease number"), "lease_number"),
            Column(self.tr("Address"), "address", role=ADDRESS, deciding=True),
            Column(self.tr("Postcode and town"), "postcode_city"),
            Column(self.tr("Type"), "dwelling_type", display=_dwelling_type),
            Column(self.tr("Rooms"), "rooms", display=formats.rooms, role=NUMBER),
            Column(self.tr("m²"), "area_m2", display=formats.number, role=NUMBER),
            Column(self.tr("Rent"), "rent", display=formats.money, role=NUMBER),
            Column(self.tr("A conto"), "aconto", display=formats.money, role=NUMBER),
            Column(self.tr("Available from"), "available_from", display=formats.date),
        ]

    def _unknown_columns(self) -> list[Column[UnknownColumnLine]]:
        return [
            Column(self.tr("Column"), "letter", deciding=True),
            Column(self.tr("Header in the file"), "header", role=NAME, deciding=True),
            Column(self.tr("First value"), "example", role=TEXT),
            Column(
                self.tr("Suggestion"),
                "suggestion",
                display=lambda v: v or self.tr("(none)"),
                role=NAME,
                deciding=True,
            ),
        ]

    # --- showing -------------------------------------------------------------------------------

    @property
    def importable(self) -> int:
        return imports.preview_counts(self.preview)["new"]

    def show_preview(self, preview: Preview) -> None:
        self.preview = preview
        counts = imports.preview_counts(preview)
        sheets = ", ".join(m.sheet for m in preview.mappings)
        self.ui.file_label.setText(
            self.tr("{file} (sheets: {sheets})").format(file=preview.file_name, sheets=sheets)
        )
        self.ui.columns_button.setDefault(preview.needs_mapping)
        if preview.needs_mapping:
            self.ui.file_label.setText(preview.file_name)
            self._ask_for_columns(preview)
            return
        self.ui.columns_button.setEnabled(True)
        lines = [
            self.tr("{total}: {new}, {errors} with errors, {duplicates}.").format(
                total=import_counts.rows(preview.rows_total),
                new=import_counts.new(counts["new"]),
                errors=formats.number(counts["error"]),
                duplicates=import_counts.duplicates(counts["duplicate"]),
            )
        ]
        if counts["skipped"]:
            lines.append(
                formats.plural(
                    counts["skipped"],
                    self.tr("{n} blank or total row is left out."),
                    self.tr("{n} blank or total rows are left out."),
                )
            )
        if counts["new"] == 0 and counts["duplicate"]:
            lines.append(self.tr("Nothing new: every dwelling in the file is registered already."))
        if preview.earlier_imports:
            first = preview.earlier_imports[0]
            lines.append(
                self.tr("This exact file was imported before ({date}, {user}).").format(
                    date=formats.date(first.created_at.date()), user=first.created_by
                )
            )
        if counts["error"]:
            lines.append(
                self.tr(
                    "Rows with errors are not imported; correct them in the file and import it "
                    "again, or enter the dwellings by hand."
                )
            )
        self.ui.summary.setText(" ".join(lines))
        self._show_unknown(preview)
        self.ui.import_button.setText(self._import_text(counts["new"]))
        self.ui.import_button.setEnabled(counts["new"] > 0)
        self._show_rows()

    def _show_unknown(self, preview: Preview) -> None:
        """List the columns not understood (not imported), with their suggested fields."""
        self.unknown = imports.unknown_columns(preview)
        self.ui.unknown_box.setVisible(bool(self.unknown))
        if not self.unknown:
            self.unknown_model.set_rows([])
            return
        self.ui.unknown_label.setText(
            formats.plural(
                len(self.unknown),
                self.tr(
                    "{n} column is not understood and not imported. Check the suggestions: use "
                    "them, or choose with Columns… (a column chosen as not imported is "
                    "remembered as such)."
                ),
                self.tr(
                    "{n} columns are not understood and not imported. Check the suggestions: "
                    "use them, or choose with Columns… (a column chosen as not imported is "
                    "remembered as such)."
                ),
            )
        )
        self.unknown_model.set_rows(self.unknown)
        self.ui.use_suggestions.setEnabled(any(line.field for line in self.unknown))

    def use_suggestions(self) -> Task | None:
        """Staff confirm the suggested fields: remembered for the organisation (on the write
        worker), then the file is checked again with them."""
        choices = {line.key: line.field for line in self.unknown if line.field}
        if not choices:
            return None
        return self._confirm(choices)

    def _confirm(self, choices: dict[str, str]) -> Task | None:
        if self._landlord is not None:  # remembered per organisation: for a landlord, this file
            self._rebuild(choices)
            return self.task
        organisation_id = self.organisation.id
        self.ui.import_button.setEnabled(False)
        self.ui.use_suggestions.setEnabled(False)
        self.task = run_task(
            lambda: imports.confirm_columns(self.workspace, organisation_id, choices),
            on_done=self._rebuild,
            on_error=self._failed,
            parent=self,
            write=True,
        )
        return self.task

    def _import_text(self, count: int) -> str:
        return formats.plural(
            count, self.tr("&Import {n} dwelling"), self.tr("&Import {n} dwellings")
        )

    def _ask_for_columns(self, preview: Preview) -> None:
        """No sheet had the columns Anvis needs: offer to choose them by hand."""
        missing = ", ".join(imports.missing_fields(preview))
        text = self.tr(
            "Anvis found no header row with the columns it needs ({missing}). Choose which "
            "column holds what with Columns…; your choice is remembered for this "
            "organisation's next files."
        ).format(missing=missing)
        if not imports.mapped_columns(preview):
            text = self.tr(
                "Anvis found no header row in the file. Add a row with the column names above "
                "the dwellings, or check that it is the right file."
            )
        self.ui.summary.setText(text)
        self._show_unknown(preview)
        self.ui.import_button.setText(self._import_text(0))
        self.ui.import_button.setEnabled(False)
        self.ui.columns_button.setEnabled(bool(imports.mapped_columns(preview)))
        self.ui.columns_button.setFocus()
        self._show_rows()

    def _show_rows(self) -> None:
        lines: list[PreviewLine] = imports.preview_lines(self.preview)
        if self.ui.only_problems.isChecked():
            lines = [line for line in lines if line.status in ("error", "duplicate")]
        self.model.set_rows(lines)

    # --- changing what is previewed ------------------------------------------------------------

    @property
    def _landlord(self) -> LandlordRef | None:
        return self.organisation if isinstance(self.organisation, LandlordRef) else None

    @property
    def _sender_key(self) -> int | str:
        """The sender's item in the organisation list."""
        landlord = self._landlord
        return self.organisation.id if landlord is None else f"landlord:{landlord.id}"

    def _show_scheme(self) -> None:
        """A private landlord's dwellings belong to the scheme for private landlords, shown but
        not a choice; the choice of scheme is for an organisation's file."""
        landlord = self._landlord is not None
        combo = self.ui.scheme
        combo.clear()
        if landlord:
            try:
                name = landlord_notices.notice_terms(self.workspace, self.workspace.today())
            except UserError:  # no scheme for landlords in force: the check says so, in full
                combo.addItem(self.tr("No scheme for private landlords"), None)
            else:
                combo.addItem(name.scheme_name, None)
        for scheme in () if landlord else self.schemes:
            combo.addItem(scheme.name, scheme.key)
        combo.setEnabled(not landlord)
        combo.setToolTip(
            self.tr("A private landlord's dwellings belong to the scheme for private landlords.")
            if landlord
            else ""
        )

    def _rebuild(self, remembered: dict[str, str] | None = None) -> None:
        ws, sender = self.workspace, self.organisation
        organisation_id = None if isinstance(sender, LandlordRef) else sender.id
        self.ui.import_button.setEnabled(False)
        self.task = run_task(
            lambda: imports.preview_vacancies(
                ws, self.path, organisation_id, remembered=remembered, spec=_spec(ws, sender)
            ),
            on_done=self.show_preview,
            on_error=self._failed,
            parent=self,
            progress=self.tr("Checking the file"),
        )

    def _failed(self, error: UserError) -> None:
        show_user_error(self, error)

    def _organisation_changed(self) -> None:
        key = self.ui.organisation.currentData()
        if key is None or key == self._sender_key:
            return
        if isinstance(key, str):
            self.organisation = self.landlords[key]
        else:
            self.organisation = imports.organisation_by_id(self.workspace, int(key))
        self._show_scheme()
        self._rebuild()

    def edit_columns(self) -> None:
        dialog = ColumnMappingDialog(imports.mapped_columns(self.preview), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self._confirm(dialog.choices)

    # --- committing ----------------------------------------------------------------------------

    def commit(self) -> None:
        if self.importable == 0:
            return
        self.ui.import_button.setEnabled(False)
        preview, organisation, ws = self.preview, self.organisation, self.workspace
        scheme = str(self.ui.scheme.currentData() or ORDINARY)
        self.task = run_task(
            lambda: imports.commit_vacancies(
                ws, preview, organisation, spec=_spec(ws, organisation, scheme)
            ),
            on_done=self._committed,
            on_error=self._commit_failed,
            parent=self,
            progress=self.tr("Importing vacancies"),
            write=True,
        )

    def _committed(self, outcome: ImportOutcome) -> None:
        self.outcome = outcome
        self.imported.emit(outcome)
        self.accept()

    def _commit_failed(self, error: UserError) -> None:
        show_user_error(self, error)
        self.ui.import_button.setEnabled(self.importable > 0)
