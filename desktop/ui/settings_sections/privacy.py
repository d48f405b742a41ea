"""Settings > Data protection: how long closed cases are kept before they are anonymised."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core import backups
from desktop.core.applicants import privacy
from desktop.core.formats import plural
from desktop.ui.dialogs.applicant_privacy import PrivacyDialog
from desktop.ui.pages.base import PageContext
from desktop.ui.settings_sections.parts import section_heading
from desktop.ui.tasks import Task


class PrivacySection(QWidget):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        intro = QLabel(
            self.tr(
                "A case is closed when the applicant is housed or removed from the list. After "
                "the retention period its personal data is no longer needed and is anonymised "
                "from the list of due cases (Applicants > Data protection, or the command "
                "anvis privacy anonymise). The statistics keep counting the case."
            )
        )
        intro.setWordWrap(True)
        self.years = QSpinBox()
        self.years.setObjectName("retention_years")
        self.years.setRange(1, privacy.MAX_RETENTION_YEARS)
        self.years.setSuffix(" " + self.tr("years"))
        form = QFormLayout()
        form.addRow(self.tr("Keep &closed cases for:"), self.years)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save)
        buttons.accepted.connect(self.save)
        self.buttons = buttons
        self.open_due = QPushButton(self.tr("Show the &due cases…"))
        self.open_due.clicked.connect(self.show_due)
        self.saved = QLabel()
        self.copies = QLabel()  # how long copies keep what was erased: depends on the database
        self.copies.setObjectName("erased_in_copies")
        self.copies.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(section_heading(self.tr("Data protection")))
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        layout.addWidget(self.open_due)
        layout.addWidget(self.saved)
        layout.addWidget(self.copies)
        layout.addStretch(1)

    @staticmethod
    def title() -> str:
        return QCoreApplication.translate("PrivacySection", "Data protection")

    def on_shown(self) -> None:
        ws = self.context.workspace
        self.years.setValue(privacy.retention_years(ws))
        self.saved.clear()
        if ws.database.sqlite_path is None:
            self.copies.setText(
                self.tr(
                    "After anonymising, Anvis rewrites the shared database's tables, so the "
                    "erased data leaves its files. The server's own backups (pg_dump, WAL "
                    "archives) keep it as long as IT keeps them: agree that period with IT (see "
                    "the README)."
                )
            )
        else:
            self.copies.setText(
                plural(
                    backups.max_days(ws),
                    self.tr(
                        "Copies of the database keep erased data until they are deleted. The copy "
                        "taken just before anonymising is deleted as soon as the anonymisation is "
                        "done and checked; every other copy in the backup folder is deleted when "
                        "it is {n} day old (Settings > Backups), the next time Anvis starts, makes "
                        "a copy or anonymises. A copy saved elsewhere (anvis backup --to FILE) is "
                        "yours to delete."
                    ),
                    self.tr(
                        "Copies of the database keep erased data until they are deleted. The copy "
                        "taken just before anonymising is deleted as soon as the anonymisation is "
                        "done and checked; every other copy in the backup folder is deleted when "
                        "it is {n} days old (Settings > Backups), the next time Anvis starts, "
                        "makes a copy or anonymises. A copy saved elsewhere (anvis backup --to "
                        "FILE) is yours to delete."
                    ),
                )
            )

    def save(self) -> Task:
        """Save on the write worker (a refusal is shown as a message)."""
        ws, years = self.context.workspace, self.years.value()
        task: Task = self.context.tasks.write(
            lambda: privacy.set_retention_years(ws, years),
            on_done=lambda _result: self.saved.setText(
                plural(
                    years,
                    self.tr("Saved: closed cases are kept {n} year."),
                    self.tr("Saved: closed cases are kept {n} years."),
                )
            ),
            parent=self,
            busy=[self.buttons],
        )
        return task

    def show_due(self) -> None:
        dialog = PrivacyDialog(self.context.workspace, self)
        dialog.open()


SECTION = PrivacySection
