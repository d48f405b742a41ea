"""Om Anvis: the version, the database (file, or server without its password), its schema
revision, Python and Qt, the data and log folders; "Kopiér" puts it all on the clipboard for
IT's support."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core import about

if TYPE_CHECKING:
    from desktop.core.workspace import Workspace


def qt_version() -> str:
    return f"{qVersion()} (PySide6 {pyside_version})"


class AboutView(QWidget):
    """The layout: a heading, the facts as a form, the buttons."""

    def __init__(self, facts: about.AboutFacts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QLabel(f"Anvis {facts.version}")
        heading.setObjectName("about_heading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        heading.setFont(font)
        intro = QLabel(self.tr("The housing allocation desk's application."))
        form = self._facts(facts)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy = QPushButton(self.tr("&Copy to clipboard"))
        self.copy.setToolTip(self.tr("Copy these details, e.g. for IT's support"))
        self.open_log = QPushButton(self.tr("Open &log folder"))
        self.buttons.addButton(self.copy, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.open_log, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    def _facts(self, facts: about.AboutFacts) -> QFormLayout:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.values: dict[str, QLabel] = {}
        row = partial(self._row, form)
        demo = " " + self.tr("(demo database with invented data)") if facts.is_demo else ""
        row("version", self.tr("Version:"), facts.version)
        row("database", self.tr("Database:"), facts.database + demo)
        row("backend", self.tr("Database type:"), facts.backend)
        row("size", self.tr("Size:"), about.size_text(facts.database_size))
        if facts.schema == facts.schema_head:
            schema = self.tr("{revision} (current)").format(revision=facts.schema)
        else:
            schema = self.tr("{revision} (this version expects {head})").format(
                revision=facts.schema, head=facts.schema_head
            )
        row("schema", self.tr("Schema revision:"), schema)
        row("user", self.tr("User:"), f"{facts.user} @ {facts.workstation}")
        row("data", self.tr("Data folder:"), str(facts.data_dir))
        row("log", self.tr("Log folder:"), str(facts.log_dir))
        row("python", "Python:", facts.python)
        row("qt", "Qt:", qt_version())
        row("system", self.tr("System:"), facts.system)
        return form

    def _row(self, form: QFormLayout, key: str, label: str, value: str) -> None:
        """A fact that can be selected and copied."""
        field = QLabel(value)
        field.setObjectName(f"about_{key}")
        field.setWordWrap(True)
        field.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        field.setAccessibleName(label.rstrip(":"))
        self.values[key] = field
        form.addRow(label, field)


class AboutDialog(QDialog):
    def __init__(
        self,
        workspace: Workspace | None,
        parent: QWidget | None = None,
        log_folder: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("about_dialog")
        self.setWindowTitle(self.tr("About Anvis"))
        self.facts = about.facts(workspace, log_folder)
        self.view = AboutView(self.facts, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        self.view.buttons.rejected.connect(self.reject)
        self.view.copy.clicked.connect(self.copy_to_clipboard)
        self.view.open_log.clicked.connect(self.open_log_folder)
        self.setMinimumWidth(560)

    def details(self) -> str:
        return about.as_text(self.facts, qt_version())

    def copy_to_clipboard(self) -> None:
        QGuiApplication.clipboard().setText(self.details())
        self.view.copy.setText(self.tr("Copied"))

    def open_log_folder(self) -> None:
        self.facts.log_dir.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.facts.log_dir)))
