"""The applicant form's tab "Address and letters": the postal address (c/o line, street,
postcode, town), the whereabouts, how letters reach the citizen, and whether they are exempt
from Digital Post.

`AddressPanel` holds the widgets, fills them from an `ApplicantView`, reads them back as the
fields of an `ApplicantInput`, and says beside the channel, while the user types, whether a
letter can go that way and what it lacks (core's rule, `addresses.channel_problems`). An
address read automatically from free text (migration, import) shows a note and "checked".
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.applicants import addresses
from desktop.core.applicants.views import ApplicantView, DeliveryChannel

_OK = "color: #1b5e20;"
_REFUSED = "color: #b3261e; font-weight: 600;"


class AddressPanel(QWidget):
    """The address tab. `changed` when anything a letter's way depends on changes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("address_panel")
        self._build()
        for edit in (self.care_of, self.street, self.postcode, self.town, self.whereabouts):
            edit.textChanged.connect(lambda _text: self.changed.emit())
        self.delivery.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.exempt_digital_post.toggled.connect(lambda _on: self.changed.emit())

    # --- layout

    def _build(self) -> None:
        self.review_note = QLabel()
        self.review_note.setObjectName("address_review_note")
        self.review_note.setWordWrap(True)
        self.reviewed = QCheckBox(self.tr("The address is checked"))
        self.reviewed.setObjectName("address_reviewed")
        self.reviewed.setToolTip(self.tr("Saving the form takes it off the list to review"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.review_note)
        layout.addWidget(self.reviewed)
        layout.addWidget(self._postal())
        layout.addWidget(self._letters())
        layout.addStretch(1)
        self.show_review(None)

    def _postal(self) -> QGroupBox:
        self.care_of = self._edit("care_of", self.tr("A shelter, a relative or the caseworker"))
        self.street = self._edit("street", self.tr("e.g. Vesterbro 22, 1. th"))
        self.postcode = self._edit("postcode", "")
        self.postcode.setMaxLength(4)
        self.postcode.setMaximumWidth(70)
        self.postcode.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"\d{0,4}"), self.postcode)
        )
        self.postcode.setAccessibleName(self.tr("Postcode"))
        self.town = self._edit("town", "")
        self.town.setAccessibleName(self.tr("Town"))
        self.whereabouts = self._edit(
            "whereabouts", self.tr("Where the citizen is when it is no address: sofa surfer, …")
        )
        place = QHBoxLayout()
        place.addWidget(self.postcode)
        place.addWidget(self.town, 1)
        place_label = QLabel(self.tr("Postcode and town:"))
        place_label.setBuddy(self.postcode)
        box = QGroupBox(self.tr("Postal address"))
        form = QFormLayout(box)
        form.addRow(self.tr("c/o:"), self.care_of)
        form.addRow(self.tr("Street &and number:"), self.street)
        form.addRow(place_label, place)
        form.addRow(self.tr("Whereabouts:"), self.whereabouts)
        return box

    def _letters(self) -> QGroupBox:
        self.delivery = QComboBox()
        self.delivery.setObjectName("delivery")
        for channel in addresses.CHANNELS:
            self.delivery.addItem(addresses.channel_label(channel), channel.value)
        self.exempt_digital_post = QCheckBox(
            self.tr("Exempt &from Digital Post (letters by post or by hand)")
        )
        self.exempt_digital_post.setObjectName("exempt_digital_post")
        self.hint = QLabel()
        self.hint.setObjectName("delivery_hint")
        self.hint.setWordWrap(True)
        box = QGroupBox(self.tr("Letters"))
        form = QFormLayout(box)
        form.addRow(self.tr("How letters reach the citi&zen:"), self.delivery)
        form.addRow("", self.exempt_digital_post)
        form.addRow("", self.hint)
        return box

    @staticmethod
    def _edit(name: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        return edit

    # --- values

    def set_view(self, view: ApplicantView | None) -> None:
        """Fill from the record (None: a new applicant, whose channel is chosen, not guessed)."""
        for edit, value in (
            (self.care_of, view.care_of if view else None),
            (self.street, view.street if view else None),
            (self.postcode, view.postcode if view else None),
            (self.town, view.town if view else None),
            (self.whereabouts, view.whereabouts if view else None),
        ):
            edit.setText(value or "")
        self.choose(view.delivery if view else DeliveryChannel.NONE)
        self.exempt_digital_post.setChecked(bool(view and view.exempt_digital_post))
        self.show_review(view)

    def choose(self, channel: DeliveryChannel) -> None:
        self.delivery.setCurrentIndex(max(0, self.delivery.findData(channel.value)))

    @property
    def channel(self) -> DeliveryChannel:
        return DeliveryChannel(self.delivery.currentData() or DeliveryChannel.NONE.value)

    def values(self) -> dict[str, Any]:
        """The fields of an `ApplicantInput` (the one-line `address` is not used)."""
        return {
            "care_of": self.care_of.text(),
            "street": self.street.text(),
            "postcode": self.postcode.text(),
            "town": self.town.text(),
            "whereabouts": self.whereabouts.text(),
            "delivery": self.channel,
            "exempt_digital_post": self.exempt_digital_post.isChecked(),
            "address_checked": self.reviewed.isChecked(),
        }

    def field_widgets(self) -> dict[str, QWidget]:
        return {
            "care_of": self.care_of,
            "street": self.street,
            "postcode": self.postcode,
            "town": self.town,
            "whereabouts": self.whereabouts,
            "delivery": self.delivery,
        }

    # --- what the user sees besides the fields

    def show_review(self, view: ApplicantView | None) -> None:
        waiting = view is not None and view.address_review is not None
        self.review_note.setVisible(waiting)
        self.reviewed.setVisible(waiting)
        self.reviewed.setChecked(False)
        if view is not None and view.address_review is not None:
            self.review_note.setText(
                self.tr(
                    "The address was written as free text and read automatically ({reason}). "
                    "Check the fields below."
                ).format(reason=addresses.review_label(view.address_review).lower())
            )

    def show_hint(self, name: str, *, has_cpr: bool, has_caseworker: bool) -> None:
        """Whether letters can reach the citizen the chosen way, and if not, what it lacks."""
        channel = self.channel
        problems = addresses.channel_problems(
            channel,
            care_of=self.care_of.text().strip() or None,
            street=self.street.text().strip() or None,
            postcode=self.postcode.text().strip() or None,
            town=self.town.text().strip() or None,
            has_cpr=has_cpr,
            exempt_digital_post=self.exempt_digital_post.isChecked(),
            has_caseworker=has_caseworker,
        )
        refusal = addresses.refusal_by(name.strip() or self.tr("the citizen"), channel, problems)
        if refusal is None:
            self.hint.setText(
                self.tr("Letters can be sent: {channel}.").format(
                    channel=addresses.channel_label(channel)
                )
            )
            self.hint.setStyleSheet(_OK)
        else:
            self.hint.setText(refusal)
            self.hint.setStyleSheet(_REFUSED)
