"""Settings of the intake: the rent ceilings that make a dwelling relevant, and the deadlines."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core import formats
from desktop.core.intake import config
from desktop.core.intake.vocabulary import dwelling_type_label
from desktop.ui.pages.base import PageContext
from desktop.ui.settings_sections.parts import section_heading
from desktop.ui.tasks import Task
from desktop.ui.widgets.dated_save import DatedSave


class IntakeSection(QWidget):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        intro = QLabel(
            self.tr(
                "A dwelling is relevant when its rent incl. a conto is at most the ceiling for "
                "its type and size; otherwise the intake check proposes to return it."
            )
        )
        intro.setWordWrap(True)
        self.ceilings_box = QGroupBox(self.tr("Rent ceilings a month, incl. a conto"))
        self.ceilings_form = QFormLayout(self.ceilings_box)
        self.ceiling_edits: list[QSpinBox] = []
        deadlines = self._deadlines()
        self.dated = DatedSave(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(section_heading(self.tr("Vacancy intake")))
        layout.addWidget(intro)
        layout.addWidget(self.ceilings_box)
        layout.addWidget(deadlines)
        layout.addWidget(self.dated)
        layout.addStretch(1)
        self.current: config.IntakeSettings | None = None

    def _deadlines(self) -> QGroupBox:
        deadlines = QGroupBox(self.tr("Deadlines"))
        form = QFormLayout(deadlines)
        self.desk_days = QSpinBox()
        self.desk_days.setRange(1, 60)
        self.desk_days.setSuffix(self.tr(" working days"))
        self.reply_days = QSpinBox()
        self.reply_days.setRange(1, 60)
        self.reply_days.setSuffix(self.tr(" days"))
        self.warn_days = QSpinBox()
        self.warn_days.setRange(0, 30)
        self.warn_days.setSuffix(self.tr(" working days"))
        for label, widget in (
            (self.tr("The desk names a tenant within:"), self.desk_days),
            (self.tr("The citizen replies within:"), self.reply_days),
            (self.tr("Warn before a deadline:"), self.warn_days),
        ):
            widget.setAccessibleName(label.rstrip(":"))
            form.addRow(label, widget)
        return deadlines

    @staticmethod
    def title() -> str:
        return QCoreApplication.translate("IntakeSection", "Vacancy intake")

    def on_shown(self) -> None:
        workspace = self.context.workspace
        value = config.load(workspace)
        self.current = value
        while self.ceilings_form.rowCount():
            self.ceilings_form.removeRow(0)
        self.ceiling_edits = []
        for band in value.ceilings.ceilings:
            edit = QSpinBox()
            edit.setRange(0, 100_000)
            edit.setSingleStep(100)
            edit.setSuffix(" kr.")
            edit.setGroupSeparatorShown(True)
            edit.setValue(int(band.ceiling))
            label = self.tr("{type} (rooms ≤ {rooms}):").format(
                type=dwelling_type_label(band.dwelling_type), rooms=formats.rooms(band.max_rooms)
            )
            edit.setAccessibleName(label.rstrip(":"))
            self.ceilings_form.addRow(label, edit)
            self.ceiling_edits.append(edit)
        self.desk_days.setValue(value.deadlines.desk_working_days)
        self.reply_days.setValue(value.deadlines.reply_days)
        self.warn_days.setValue(value.deadlines.warn_days)
        self.dated.reset(workspace.today())

    @property
    def value(self) -> config.IntakeSettings:
        assert self.current is not None
        bands = tuple(
            replace(band, ceiling=float(edit.value()))
            for band, edit in zip(self.current.ceilings.ceilings, self.ceiling_edits, strict=True)
        )
        deadlines = replace(
            self.current.deadlines,
            desk_working_days=self.desk_days.value(),
            reply_days=self.reply_days.value(),
            warn_days=self.warn_days.value(),
        )
        return config.IntakeSettings(config.RentCeilings(bands), deadlines)

    def save(self) -> Task | None:
        """Save on the write worker; the values entered stay on a refusal."""
        if self.current is None:
            return None
        ws, value, start = self.context.workspace, self.value, self.dated.day
        task: Task = self.context.tasks.write(
            lambda: config.save(ws, value, start),
            on_done=lambda _result: self.dated.saved.setText(
                self.tr("Saved. New intake checks use these values.")
            ),
            parent=self,
            busy=[self.dated.buttons],
        )
        return task


SECTION = IntakeSection
