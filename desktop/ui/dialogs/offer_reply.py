"""The forms of an offer's steps: a date (send with a reply deadline, accepted on, the lease
start) and the decline form (reason, side, free text, good reason, the consequence it will
have, the decision's reasons).

Layout and behaviour are apart: `_DateLayout` / `_DeclineLayout` hold the widgets; the dialogs
validate and expose the values as properties.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from db.enums import DeclineSide
from desktop.core.offers.choices import consequence_preview, decline_reasons
from desktop.core.offers.settings import ConsequenceKind, DeclineReason
from desktop.core.offers.views import OfferDetail
from desktop.core.offers.workflow import consequence_label
from desktop.core.workspace import Workspace
from desktop.ui.widgets.date_edit import date_edit, date_of, to_qdate


class _DateLayout:
    def __init__(self, dialog: QDialog) -> None:
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.date = date_edit()
        self.date.setObjectName("offer_date")
        self.label = QLabel()
        self.label.setBuddy(self.date)
        form = QFormLayout()
        form.addRow(self.label, self.date)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(dialog)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)


class OfferDateDialog(QDialog):
    """One date for one step of an offer, within bounds."""

    def __init__(
        self,
        title: str,
        intro: str,
        label: str,
        default: dt.date,
        *,
        minimum: dt.date | None = None,
        maximum: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("offer_date_dialog")
        self.setMinimumWidth(440)  # the explanation reads as a sentence, not a column
        self.ui = _DateLayout(self)
        self.setWindowTitle(title)
        self.ui.intro.setText(intro)
        self.ui.label.setText(label)
        if minimum is not None:
            self.ui.date.setMinimumDate(to_qdate(minimum))
        if maximum is not None:
            self.ui.date.setMaximumDate(to_qdate(maximum))
        self.ui.date.setDate(to_qdate(default))
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)

    @property
    def day(self) -> dt.date:
        return date_of(self.ui.date)


class _DeclineLayout:
    def __init__(self, dialog: QDialog) -> None:
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self._answer(dialog)
        self.consequence = QLabel()
        self.consequence.setObjectName("decline_consequence")
        self.consequence.setWordWrap(True)
        self.consequence.setStyleSheet("font-weight: 600;")
        self.decision = QPlainTextEdit()
        self.decision.setObjectName("decision_reasons")
        self.decision.setTabChangesFocus(True)
        self.decision.setFixedHeight(90)
        self.decision_label = QLabel()
        self.decision_label.setWordWrap(True)
        self.form = self._form()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(dialog)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.consequence)
        layout.addWidget(self.decision_label)
        layout.addWidget(self.decision)
        layout.addWidget(self.buttons)

    def _answer(self, dialog: QDialog) -> None:
        """What the reply says: the reason, who declined, their words, when."""
        self.reason = QComboBox()
        self.reason.setObjectName("decline_reason")
        self.citizen = QRadioButton()
        self.organisation = QRadioButton()
        self.side = QButtonGroup(dialog)
        self.side.addButton(self.citizen)
        self.side.addButton(self.organisation)
        self.text = QPlainTextEdit()
        self.text.setObjectName("decline_text")
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(70)
        self.good_reason = QCheckBox()
        self.good_reason.setObjectName("good_reason")
        self.answered = date_edit()

    def _form(self) -> QFormLayout:
        sides = QHBoxLayout()
        sides.addWidget(self.citizen)
        sides.addWidget(self.organisation)
        sides.addStretch(1)
        form = QFormLayout()
        self.reason_label = QLabel()
        self.reason_label.setBuddy(self.reason)
        self.side_label = QLabel()
        self.text_label = QLabel()
        self.text_label.setBuddy(self.text)
        self.answered_label = QLabel()
        self.answered_label.setBuddy(self.answered)
        form.addRow(self.reason_label, self.reason)
        form.addRow(self.side_label, sides)
        form.addRow(self.text_label, self.text)
        form.addRow("", self.good_reason)
        form.addRow(self.answered_label, self.answered)
        return form


class DeclineDialog(QDialog):
    """The reply "declined": the form shows the consequence the answers will have."""

    def __init__(self, ws: Workspace, offer: OfferDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("decline_dialog")
        self.ws = ws
        self.offer = offer
        self.ui = _DeclineLayout(self)
        self.setWindowTitle(self.tr("Offer declined"))
        self.ui.intro.setText(
            self.tr("{name} declines {address}. Record the reply:").format(
                name=offer.applicant_name, address=offer.address
            )
        )
        self.ui.reason_label.setText(self.tr("&Reason:"))
        self.ui.side_label.setText(self.tr("Declined by:"))
        self.ui.citizen.setText(self.tr("the &citizen"))
        self.ui.organisation.setText(self.tr("the &organisation"))
        self.ui.text_label.setText(self.tr("In their &words:"))
        self.ui.good_reason.setText(self.tr("The desk accepts a &good reason (no consequence)"))
        self.ui.answered_label.setText(self.tr("&Answered on:"))
        self.ui.decision_label.setText(
            self.tr(
                "Reasons of the decision letter (forvaltningsloven § 22); leave empty to use the "
                "standard text:"
            )
        )
        today = ws.today()
        self.ui.answered.setMaximumDate(to_qdate(today))
        if offer.sent_on is not None:
            self.ui.answered.setMinimumDate(to_qdate(offer.sent_on))
        self.ui.answered.setDate(to_qdate(today))
        self.reasons: list[DeclineReason] = decline_reasons(ws)
        for reason in self.reasons:
            self.ui.reason.addItem(reason.label, reason.code)
        self.ui.reason.currentIndexChanged.connect(self._reason_changed)
        self.ui.side.buttonToggled.connect(lambda *_args: self._update())
        self.ui.good_reason.toggled.connect(lambda _on: self._update())
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)
        self._reason_changed()
        self.resize(560, 520)

    def _reason_changed(self) -> None:
        reason = self.reason
        if reason is not None:
            button = (
                self.ui.organisation if reason.side == DeclineSide.ORGANISATION else self.ui.citizen
            )
            button.setChecked(True)
        self._update()

    def _update(self) -> None:
        consequence = consequence_preview(self.ws, self.reason_code, self.side, self.good_reason)
        self.ui.consequence.setText(
            self.tr("Consequence for the applicant: {consequence}").format(
                consequence=consequence_label(consequence.kind, consequence.pause_days)
            )
        )
        removal = consequence.kind == ConsequenceKind.REMOVAL
        self.ui.decision.setVisible(removal)
        self.ui.decision_label.setVisible(removal)

    # --- the values -----------------------------------------------------------------------

    @property
    def reason(self) -> DeclineReason | None:
        index = self.ui.reason.currentIndex()
        return self.reasons[index] if 0 <= index < len(self.reasons) else None

    @property
    def reason_code(self) -> str | None:
        reason = self.reason
        return None if reason is None else reason.code

    @property
    def side(self) -> DeclineSide:
        if self.ui.organisation.isChecked():
            return DeclineSide.ORGANISATION
        return DeclineSide.CITIZEN

    @property
    def text(self) -> str:
        return self.ui.text.toPlainText().strip()

    @property
    def good_reason(self) -> bool:
        return self.ui.good_reason.isChecked()

    @property
    def answered_on(self) -> dt.date:
        return date_of(self.ui.answered)

    @property
    def decision_reasons(self) -> str | None:
        text = self.ui.decision.toPlainText().strip()
        return text if text and self.ui.decision.isVisible() else None
