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

from desktop.core.applicants import privacy
from desktop.ui.pages.base import PageContext
from desktop.ui.tasks import Task


class PrivacySection(QWidget):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        heading = QLabel(self.tr("Data protection"))
        heading.setStyleSheet("font-size: 14pt; font-weight: 600;")
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
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        layout.addWidget(self.open_due)
        layout.addWidget(self.saved)
        layout.addStretch(1)

    @staticmethod
    def title() -> str:
        return QCoreApplication.translate("PrivacySection", "Data protection")

    def on_shown(self) -> None:
        self.years.setValue(privacy.retention_years(self.context.workspace))
        self.saved.clear()

    def save(self) -> Task:
        """Save on the write worker (a refusal is shown as a message)."""
        ws, years = self.context.workspace, self.years.value()
        return self.context.tasks.write(
            lambda: privacy.set_retention_years(ws, years),
            on_done=lambda _result: self.saved.setText(
                self.tr("Saved: closed cases are kept {years} years.").format(years=years)
            ),
            parent=self,
            busy=[self.buttons],
        )

    def show_due(self) -> None:
        from desktop.ui.dialogs.applicant_privacy import PrivacyDialog  # noqa: PLC0415

        dialog = PrivacyDialog(self.context.workspace, self)
        dialog.open()


SECTION = PrivacySection
