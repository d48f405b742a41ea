"""Settings of the waiting-time estimate: how many months of dwellings it replays."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from desktop.core.forecast import settings as forecast_settings
from desktop.ui.pages.base import PageContext
from desktop.ui.settings_sections.parts import section_heading
from desktop.ui.tasks import Task
from desktop.ui.widgets.dated_save import DatedSave


class ForecastSection(QWidget):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        intro = QLabel(
            self.tr(
                "The estimated wait replays the dwellings the desk could use in the last months "
                "over today's list. More months give a steadier estimate; fewer follow recent "
                "changes sooner. The estimate is never a promise."
            )
        )
        intro.setWordWrap(True)
        low, high = forecast_settings.MONTHS_RANGE
        self.months = QSpinBox()
        self.months.setRange(low, high)
        self.months.setSuffix(self.tr(" months"))
        label = self.tr("Dwellings from the last:")
        self.months.setAccessibleName(label.rstrip(":"))
        form = QFormLayout()
        form.addRow(label, self.months)
        self.dated = DatedSave(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(section_heading(self.tr("Waiting-time estimate")))
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.dated)
        layout.addStretch(1)

    @staticmethod
    def title() -> str:
        return QCoreApplication.translate("ForecastSection", "Waiting-time estimate")

    def on_shown(self) -> None:
        workspace = self.context.workspace
        self.months.setValue(forecast_settings.load_months(workspace))
        self.dated.reset(workspace.today())

    def save(self) -> Task | None:
        """Save on the write worker; the value entered stays on a refusal."""
        ws, months, start = self.context.workspace, self.months.value(), self.dated.day
        task: Task = self.context.tasks.write(
            lambda: forecast_settings.save_months(ws, months, start),
            on_done=lambda _result: self.dated.saved.setText(
                self.tr("Saved. Estimates made from that day look back this far.")
            ),
            parent=self,
            busy=[self.dated.buttons],
        )
        return task


SECTION = ForecastSection
