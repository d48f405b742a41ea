"""The audit trail section: what is recorded, and the viewer for the data-protection officer."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.ui.dialogs.audit_viewer import AuditViewerDialog
from desktop.ui.pages.base import PageContext
from desktop.ui.settings_sections.parts import section_heading


class AuditSection(QWidget):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.viewer: AuditViewerDialog | None = None
        intro = QLabel(
            self.tr(
                "Anvis records who did what and when: every record created, changed or "
                "deleted (with the values before and after), every import, export and print, "
                "and every time a full CPR number was shown, with the purpose given. The user "
                "is the Windows login of the workstation.\n\n"
                "For a citizen's data only the names of the changed fields are recorded, never "
                "the values. The trail can be read, not changed or deleted: the database itself "
                "refuses it. Anonymising a closed case clears the purposes and details that "
                "concern the person."
            )
        )
        intro.setWordWrap(True)
        self.open_button = QPushButton(self.tr("&Open the audit trail..."))
        self.open_button.clicked.connect(self.open_viewer)
        layout = QVBoxLayout(self)
        layout.addWidget(section_heading(self.tr("Audit trail")))
        layout.addWidget(intro)
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)

    @staticmethod
    def title() -> str:
        return QCoreApplication.translate("AuditSection", "Audit trail")

    def open_viewer(self) -> AuditViewerDialog:
        self.viewer = AuditViewerDialog(self.context.workspace, self)
        self.viewer.open()
        return self.viewer


SECTION = AuditSection
