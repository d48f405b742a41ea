"""The settings section "Matching and offers": the ranking order, the occupancy norm, age
separation, the legal blocks' periods, the refusal policy and the decline reasons with their
side and consequence. Shown by the settings page (settings_sections/matching.py)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from db.enums import DeclineSide
from desktop.core import formats
from desktop.core.errors import UserError, ValidationError
from desktop.core.matching import config, criterion_label
from desktop.core.matching.settings import Criterion
from desktop.core.offers.settings import (
    Consequence,
    ConsequenceKind,
    DeclineReason,
    DeclineReasons,
)
from desktop.core.offers.workflow import side_label
from desktop.ui.errors import show_user_error
from desktop.ui.pages.base import PageContext
from desktop.ui.tasks import Task
from desktop.ui.widgets.dated_save import DatedSave
from desktop.ui.widgets.heading import SECTION, heading


def _consequence_names() -> list[tuple[ConsequenceKind, str]]:
    return [
        (ConsequenceKind.NONE, QCoreApplication.translate("MatchingSettings", "No consequence")),
        (ConsequenceKind.PAUSE, QCoreApplication.translate("MatchingSettings", "Pause")),
        (
            ConsequenceKind.REMOVAL,
            QCoreApplication.translate("MatchingSettings", "Removal (decision letter)"),
        ),
    ]


def _named_rows(form: QFormLayout, rows: tuple[tuple[str, QWidget], ...]) -> None:
    """Rows of `form`, each field named for screen readers by its label."""
    for label, widget in rows:
        widget.setAccessibleName(label.rstrip(":"))
        form.addRow(label, widget)


class ConsequenceEditor(QWidget):
    """A consequence: none, a pause of N days, or removal."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = QComboBox()
        for kind, name in _consequence_names():
            self.kind.addItem(name, kind.value)
        self.days = QSpinBox()
        self.days.setRange(1, 365)
        self.days.setSuffix(QCoreApplication.translate("MatchingSettings", " days"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.kind, 1)
        layout.addWidget(self.days)
        self.kind.currentIndexChanged.connect(self._update)
        self._update()

    def set_subject(self, subject: str) -> None:
        """Name the editors for screen readers: "<subject>: consequence" / "...: days"."""
        self.kind.setAccessibleName(
            QCoreApplication.translate("MatchingSettings", "{subject}: consequence").format(
                subject=subject
            )
        )
        self.days.setAccessibleName(
            QCoreApplication.translate("MatchingSettings", "{subject}: days of pause").format(
                subject=subject
            )
        )

    def _update(self) -> None:
        self.days.setEnabled(self.kind.currentData() == ConsequenceKind.PAUSE.value)

    def set_value(self, value: Consequence) -> None:
        self.kind.setCurrentIndex(self.kind.findData(value.kind.value))
        self.days.setValue(max(1, value.pause_days or 14))

    def value(self) -> Consequence:
        kind = ConsequenceKind(self.kind.currentData())
        return Consequence(kind, self.days.value() if kind == ConsequenceKind.PAUSE else 0)


class MatchingSection(QWidget):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.current: config.MatchingSettings | None = None
        intro = QLabel(
            self.tr(
                "How candidates are ranked, what a household may occupy, and what follows when a "
                "citizen declines an offer or does not answer. Changes apply from the chosen "
                "day; offers already made keep the rules they were made under."
            )
        )
        intro.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self._ranking_box(), 1)
        top.addWidget(self._norm_box(), 1)
        middle = QHBoxLayout()
        middle.addWidget(self._legal_box(), 1)
        middle.addWidget(self._policy_box(), 1)
        reasons = self._reasons_box()
        self.dated = DatedSave(self.save)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(heading(self.tr("Matching and offers"), SECTION))
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addLayout(middle)
        layout.addWidget(reasons)
        layout.addWidget(self.dated)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def _ranking_box(self) -> QGroupBox:
        ranking = QGroupBox(self.tr("Ranking"))
        form = QFormLayout(ranking)
        self.order = [QComboBox() for _ in range(3)]
        for number, combo in enumerate(self.order, start=1):
            for criterion in Criterion:
                combo.addItem(criterion_label(criterion), criterion.value)
            label = self.tr("{number}. criterion:").format(number=number)
            combo.setAccessibleName(label.rstrip(":"))
            form.addRow(label, combo)
        form.addRow(QLabel(self.tr("Ties go to the lower applicant number.")))
        return ranking

    def _norm_box(self) -> QGroupBox:
        norm = QGroupBox(self.tr("Occupancy norm and age separation"))
        self.per_room = QDoubleSpinBox()
        self.per_room.setRange(0.5, 10)
        self.per_room.setSingleStep(0.5)
        self.extra_rooms = QDoubleSpinBox()
        self.extra_rooms.setRange(0, 10)
        self.extra_rooms.setSingleStep(0.5)
        self.young_to = QSpinBox()
        self.young_to.setRange(18, 40)
        self.young_to.setSuffix(self.tr(" years"))
        _named_rows(
            QFormLayout(norm),
            (
                (self.tr("At most persons a room:"), self.per_room),
                (self.tr("At most rooms more than persons:"), self.extra_rooms),
                (self.tr("Young homeless up to and including:"), self.young_to),
            ),
        )
        return norm

    def _legal_box(self) -> QGroupBox:
        legal = QGroupBox(self.tr("Legal blocks (ABL § 59, stk. 6-7)"))
        form = QFormLayout(legal)
        self.release_months = QSpinBox()
        self.benefit_months = QSpinBox()
        for spin in (self.release_months, self.benefit_months):
            spin.setRange(1, 24)
            spin.setSuffix(self.tr(" months"))
        _named_rows(
            form,
            (
                (self.tr("Released or tenancy terminated within:"), self.release_months),
                (self.tr("Benefits for consecutive calendar months:"), self.benefit_months),
            ),
        )
        self.benefit_names = QLabel()
        self.benefit_names.setWordWrap(True)
        form.addRow(self.benefit_names)
        return legal

    def _policy_box(self) -> QGroupBox:
        policy = QGroupBox(self.tr("Refusal policy"))
        form = QFormLayout(policy)
        self.no_answer = ConsequenceEditor()
        self.no_answer.setAccessibleName(self.tr("No answer by the deadline"))
        self.no_answer.set_subject(self.tr("No answer by the deadline"))
        self.good_reason = QCheckBox(self.tr("A good reason accepted by the desk cancels it"))
        self.propose_next = QCheckBox(self.tr("Propose the next candidate as a draft offer"))
        form.addRow(self.tr("No answer by the deadline:"), self.no_answer)
        form.addRow(self.good_reason)
        form.addRow(self.propose_next)
        return policy

    def _reasons_box(self) -> QGroupBox:
        reasons = QGroupBox(self.tr("Reasons for declining"))
        layout = QVBoxLayout(reasons)
        self.reasons_grid = QGridLayout()
        for column, title in enumerate(
            (self.tr("Reason"), self.tr("Usually given by"), self.tr("Consequence"), "")
        ):
            self.reasons_grid.addWidget(QLabel(f"<b>{title}</b>"), 0, column)
        self.reason_rows: list[tuple[str, QLineEdit, QComboBox, ConsequenceEditor, QCheckBox]] = []
        add = QPushButton(self.tr("&Add a reason"))
        add.clicked.connect(lambda: self._add_reason(None))
        layout.addLayout(self.reasons_grid)
        layout.addWidget(add, 0)
        layout.addWidget(
            QLabel(self.tr("A decline on the organisation's side never has a consequence."))
        )
        return reasons

    @staticmethod
    def title() -> str:
        return QCoreApplication.translate("MatchingSettings", "Matching and offers")

    # --- loading ------------------------------------------------------------------------------

    def on_shown(self) -> None:
        ws = self.context.workspace
        value = config.load(ws)
        self.current = value
        for combo, criterion in zip(self.order, value.ranking.order, strict=False):
            combo.setCurrentIndex(combo.findData(criterion.value))
        self.per_room.setValue(value.occupancy.persons_per_room)
        self.extra_rooms.setValue(value.occupancy.extra_rooms)
        self.young_to.setValue(value.age.young_to)
        self.release_months.setValue(value.legal.release_months)
        self.benefit_months.setValue(value.legal.benefit_months)
        renames = ", ".join(
            f"{r.old} → {r.new} ({formats.date(r.on)})" for r in value.benefits.renames
        )
        self.benefit_names.setText(
            self.tr("Renamed benefits counted as one run: {renames}").format(renames=renames)
        )
        self.no_answer.set_value(value.policy.no_answer)
        self.good_reason.setChecked(value.policy.good_reason_overrides)
        self.propose_next.setChecked(value.policy.propose_next)
        for _code, label, side, consequence, active in self.reason_rows:
            for widget in (label, side, consequence, active):
                self.reasons_grid.removeWidget(widget)
                widget.deleteLater()
        self.reason_rows = []
        for reason in value.reasons.reasons:
            self._add_reason(reason)
        self.dated.reset(ws.today())

    def _add_reason(self, reason: DeclineReason | None) -> None:
        row = len(self.reason_rows) + 1
        code = reason.code if reason is not None else f"reason_{row}"
        label = QLineEdit(reason.label if reason is not None else "")
        label.setAccessibleName(self.tr("Reason {number}").format(number=row))
        side = QComboBox()
        for value in DeclineSide:
            side.addItem(side_label(value), value.value)
        side.setCurrentIndex(
            side.findData((reason.side if reason is not None else DeclineSide.CITIZEN).value)
        )
        side.setAccessibleName(self.tr("Reason {number}: whose reason").format(number=row))
        consequence = ConsequenceEditor()
        consequence.set_subject(self.tr("Reason {number}").format(number=row))
        consequence.set_value(reason.consequence if reason is not None else Consequence())
        active = QCheckBox(self.tr("in use"))
        active.setChecked(reason.active if reason is not None else True)
        for column, widget in enumerate((label, side, consequence, active)):
            self.reasons_grid.addWidget(widget, row, column)
        self.reason_rows.append((code, label, side, consequence, active))
        if reason is None:
            label.setFocus()

    # --- saving -------------------------------------------------------------------------------

    def value(self) -> config.MatchingSettings:
        assert self.current is not None
        current = self.current
        order = tuple(Criterion(combo.currentData()) for combo in self.order)
        reasons = DeclineReasons(
            tuple(
                DeclineReason(
                    code,
                    label.text().strip(),
                    DeclineSide(side.currentData()),
                    consequence.value(),
                    active.isChecked(),
                )
                for code, label, side, consequence, active in self.reason_rows
            )
        )
        if len(set(order)) != len(order):
            raise ValidationError(
                self.tr("Each criterion can be used once in the ranking order."),
                {"ranking": self.tr("Choose three different criteria.")},
            )
        ranking = replace(current.ranking, order=order)
        return config.MatchingSettings(
            ranking=ranking,
            occupancy=replace(
                current.occupancy,
                persons_per_room=self.per_room.value(),
                extra_rooms=self.extra_rooms.value(),
            ),
            reasons=reasons,
            policy=replace(
                current.policy,
                no_answer=self.no_answer.value(),
                good_reason_overrides=self.good_reason.isChecked(),
                propose_next=self.propose_next.isChecked(),
            ),
            age=replace(current.age, young_to=self.young_to.value()),
            legal=replace(
                current.legal,
                release_months=self.release_months.value(),
                termination_months=self.release_months.value(),
                benefit_months=self.benefit_months.value(),
            ),
            benefits=current.benefits,
        )

    def save(self) -> Task | None:
        """Save on the write worker; the values entered stay on a refusal."""
        start = self.dated.day
        try:
            value = self.value()
        except UserError as error:
            show_user_error(self, error)
            return None
        ws = self.context.workspace
        return self.context.tasks.write(
            lambda: config.save(ws, value, start),
            on_done=lambda _result: self._saved(value),
            on_error=lambda error: show_user_error(self, error),
            parent=self,
            busy=[self.dated.buttons],
        )

    def _saved(self, value: config.MatchingSettings) -> None:
        self.current = value
        self.dated.saved.setText(self.tr("Saved. Rankings from that day use these settings."))
