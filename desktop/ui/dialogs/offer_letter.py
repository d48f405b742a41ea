"""The offer as one guided dialog: the letter as it will be printed (a live preview, with the
caseworker's own text), the reply deadline and the way the letter reaches the citizen. "Send"
makes the offer, sends it and archives the letter in one transaction
(`desktop.core.offers.compose.send`) and goes on to the delivery (`DeliveryDialog`: print,
a file for Digital Post, or the hand-over). Nothing is stored before Send; Cancel leaves no
trace. Afterwards the offer is shown on the offers page.

    dialog = OfferDialog.new(context, vacancy_id, applicant_id, parent)  # from the candidates
    dialog = OfferDialog.draft(context, offer_id, parent)  # a proposed draft, offers page
    dialog.sent.connect(...)  # the workflow's Outcome
    dialog.open()

A letter cannot be sent while the chosen way lacks what it needs (an address, a c/o line, a
caseworker, a CPR number): the dialog says why beside the choice, and "Edit applicant…" opens
the applicant's form on its address tab.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.core import formats
from desktop.core.applicants.views import DeliveryChannel
from desktop.core.errors import Conflict, UserError, ValidationError
from desktop.core.offers import compose
from desktop.core.offers.compose import OfferPlan, OfferSetup
from desktop.core.offers.workflow import Outcome
from desktop.ui.dialogs.applicant_form import ApplicantForm
from desktop.ui.dialogs.conflict import handle_conflict
from desktop.ui.dialogs.forms import APPLICANT_FIELD, clear_marks, error_label
from desktop.ui.dialogs.letter_delivery import DeliveryDialog, to_deliver
from desktop.ui.errors import show_user_error
from desktop.ui.keyboard import finish_shortcuts
from desktop.ui.pages.base import Page, PageContext
from desktop.ui.tasks import Task
from desktop.ui.widgets.date_edit import date_edit, date_of, to_qdate
from desktop.ui.widgets.heading import PANEL, heading
from desktop.ui.widgets.live_letter import LiveLetter
from desktop.ui.widgets.screen_fit import resize_within_screen

C = DeliveryChannel
PREVIEW_DELAY_MS = 350  # typing pauses this long before the letter is drawn again
_REFUSED = "color: #b3261e; font-weight: 600;"


def show_on_offers_page(widget: QWidget | None, offer_id: int) -> None:
    """Show the offer on the offers page, through the page the dialog was opened from."""
    while widget is not None and not isinstance(widget, Page):
        widget = widget.parentWidget()
    if widget is not None:
        widget.navigate.emit("offers", offer_id)


class _Layout:
    """The choices on the left, the letter on the right."""

    def __init__(self, dialog: QDialog) -> None:
        self.title = heading("", PANEL)
        self.title.setWordWrap(True)
        self.facts = QLabel()
        self.facts.setObjectName("offer_facts")
        self.facts.setWordWrap(True)
        self.skip_reason = self._text("offer_skip_reason", 70)
        self.skip_label = QLabel()
        self.skip_label.setBuddy(self.skip_reason)
        self.skip_label.setWordWrap(True)
        self.deadline = date_edit()
        self.deadline.setObjectName("offer_deadline")
        self.deadline_note = QLabel()
        self.deadline_note.setWordWrap(True)
        self.channel = QComboBox()
        self.channel.setObjectName("offer_channel")
        self.refusal = QLabel()
        self.refusal.setObjectName("offer_refusal")
        self.refusal.setWordWrap(True)
        self.edit_applicant = QPushButton()
        self.edit_applicant.setObjectName("offer_edit_applicant")
        self.edit_applicant.setAutoDefault(False)
        self.note = self._text("offer_letter_note", 130)
        self.note_hint = QLabel()
        self.note_hint.setWordWrap(True)
        self.message = error_label("offer_message")
        self.send = QPushButton()
        self.send.setObjectName("offer_send")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        # an action, not Accept: the box would make it the default, and Enter in the date
        # field would send the offer
        self.buttons.addButton(self.send, QDialogButtonBox.ButtonRole.ActionRole)
        self.preview = LiveLetter(delay_ms=PREVIEW_DELAY_MS)
        self.preview.view.setObjectName("offer_preview")
        self.preview.view.setPageSpacing(12)
        self.preview.note.setObjectName("offer_preview_note")
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self._choices())
        split.addWidget(self.preview)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setSizes([470, 700])
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(dialog)
        layout.addWidget(split, 1)
        layout.addWidget(self.buttons)

    @staticmethod
    def _text(name: str, height: int) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setObjectName(name)
        edit.setTabChangesFocus(True)  # Tab goes on to the next field
        edit.setMaximumHeight(height)
        return edit

    def _choices(self) -> QWidget:
        self.deadline_label = QLabel()
        self.deadline_label.setBuddy(self.deadline)
        self.channel_label = QLabel()
        self.channel_label.setBuddy(self.channel)
        self.note_label = QLabel()
        self.note_label.setBuddy(self.note)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.deadline_label, self.deadline)
        form.addRow("", self.deadline_note)
        form.addRow(self.channel_label, self.channel)
        form.addRow("", self.refusal)
        edit = QHBoxLayout()
        edit.addWidget(self.edit_applicant)
        edit.addStretch(1)
        form.addRow("", edit)
        panel = QWidget()
        panel.setMinimumWidth(380)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 8, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.facts)
        layout.addSpacing(4)
        layout.addWidget(self.skip_label)
        layout.addWidget(self.skip_reason)
        layout.addLayout(form)
        layout.addWidget(self.note_label)
        layout.addWidget(self.note)
        layout.addWidget(self.note_hint)
        layout.addWidget(self.message)
        layout.addStretch(1)
        return panel


class OfferDialog(QDialog):
    """One offer, read before it goes. `sent(Outcome)` once it is sent (the dialog then closes
    and the delivery step opens: `self.delivery`)."""

    sent = Signal(object)

    def __init__(
        self,
        context: PageContext,
        load: Callable[[], OfferSetup],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("offer_dialog")
        self.context = context
        self.setup: OfferSetup | None = None
        self.delivery: DeliveryDialog | None = None
        self._sending = False
        self._load = load
        self.ui = _Layout(self)
        self._texts()
        self._connect()
        resize_within_screen(self, 1280, 760)
        finish_shortcuts(self)
        self._set_enabled(False)
        self.reload()

    @classmethod
    def new(
        cls, context: PageContext, vacancy_id: int, applicant_id: int, parent: QWidget | None
    ) -> OfferDialog:
        ws = context.workspace
        return cls(context, lambda: compose.offer_setup(ws, vacancy_id, applicant_id), parent)

    @classmethod
    def draft(cls, context: PageContext, offer_id: int, parent: QWidget | None) -> OfferDialog:
        ws = context.workspace
        return cls(context, lambda: compose.draft_setup(ws, offer_id), parent)

    def _texts(self) -> None:
        ui = self.ui
        self.setWindowTitle(self.tr("Offer"))
        ui.skip_label.setText(
            self.tr("&Why are the candidates above passed over? (stored with the offer)")
        )
        ui.deadline_label.setText(self.tr("&Reply by:"))
        ui.channel_label.setText(self.tr("The letter &goes by:"))
        ui.edit_applicant.setText(self.tr("&Edit applicant…"))
        ui.edit_applicant.setToolTip(
            self.tr("The applicant's address and how letters reach them (the form's address tab)")
        )
        ui.note_label.setText(self.tr("Your own &text in the letter (optional):"))
        ui.send.setText(self.tr("&Send"))
        ui.send.setShortcut(QKeySequence("Ctrl+Return"))
        ui.send.setToolTip(self.tr("Store and archive the letter, then deliver it"))
        ui.preview.note.setText(self.tr("Drawing the letter…"))

    def _connect(self) -> None:
        ui = self.ui
        ui.skip_reason.textChanged.connect(self._changed)
        ui.deadline.dateChanged.connect(lambda _day: self._changed())
        ui.channel.currentIndexChanged.connect(lambda _i: self._changed())
        ui.note.textChanged.connect(self._changed)
        ui.preview.due.connect(self.draw)
        ui.edit_applicant.clicked.connect(self.edit_applicant)
        # not `connect(self.send)`: `checked` would arrive as an argument
        ui.send.clicked.connect(lambda _checked: self.send())
        ui.buttons.rejected.connect(self.reject)

    # --- loading -------------------------------------------------------------------------------

    def reload(self) -> Task:
        """Read the offer's setup again (after the applicant's form was saved); what the user
        typed stays."""
        return self.context.tasks.run(
            self._load, on_done=self._loaded, on_error=self._cannot_offer, parent=self
        )

    def _reload(self) -> None:
        self.reload()

    def _cannot_offer(self, error: UserError) -> None:
        """The dwelling may not be offered to the applicant now: say why, and close (the
        message on the window behind: this dialog goes)."""
        self.refused_box = show_user_error(self.parentWidget(), error)
        self.reject()

    def _loaded(self, setup: OfferSetup) -> None:
        first = self.setup is None
        # the applicant's own way changed (their form was saved): show it
        previous = self.setup
        chosen = None if previous is None or previous.channel != setup.channel else self.channel
        self.setup = setup
        ui = self.ui
        ui.title.setText(setup.applicant_name)
        self.setWindowTitle(self.tr("Offer: {name}").format(name=setup.applicant_name))
        ui.facts.setText(self._facts(setup))
        ui.skip_label.setVisible(setup.needs_skip_reason)
        ui.skip_reason.setVisible(setup.needs_skip_reason)
        ui.deadline.setMinimumDate(to_qdate(setup.today))
        if first:
            ui.deadline.setDate(to_qdate(setup.default_deadline))
            ui.note.setPlainText(setup.letter_note)
        self._fill_channels(setup, chosen or setup.channel)
        ui.note.setEnabled(setup.note_printed)
        ui.note_hint.setText(
            self.tr("It stands in the letter after the first paragraph.")
            if setup.note_printed
            else self.tr(
                "The letter template in use has no place for your own text: add the field "
                "{field} to it under Settings › Letters."
            ).format(field="{letter_note}")
        )
        self._set_enabled(True)
        self._changed()
        self.draw()
        if first:
            (ui.skip_reason if setup.needs_skip_reason else ui.deadline).setFocus()

    def _facts(self, setup: OfferSetup) -> str:
        parts = [self.tr("is offered {dwelling}").format(dwelling=setup.dwelling)]
        if setup.offer_id is not None:
            parts.append(self.tr("draft offer {id}").format(id=setup.offer_id))
        if setup.rank is not None:
            parts.append(self.tr("number {rank} of the candidates").format(rank=setup.rank))
        if setup.skip_reason:
            parts.append(self.tr("passed over because: {reason}").format(reason=setup.skip_reason))
        text = "; ".join(parts)
        return text[:1].upper() + text[1:]

    def _fill_channels(self, setup: OfferSetup, chosen: DeliveryChannel) -> None:
        combo = self.ui.channel
        combo.blockSignals(True)
        combo.clear()
        if setup.channel == C.NONE:  # nothing chosen yet: say so, and let the user choose
            combo.addItem(self.tr("(choose how the letter goes)"), C.NONE.value)
        for choice in setup.choices:
            shown = choice.label
            if choice.refusal is not None:
                shown = self.tr("{way} (not possible now)").format(way=choice.label)
            combo.addItem(shown, choice.channel.value)
        combo.setCurrentIndex(max(0, combo.findData(chosen.value)))
        combo.blockSignals(False)

    @property
    def channel(self) -> DeliveryChannel:
        return DeliveryChannel(self.ui.channel.currentData() or C.NONE.value)

    def _set_enabled(self, ready: bool) -> None:
        ui = self.ui
        for widget in (ui.skip_reason, ui.deadline, ui.channel, ui.edit_applicant):
            widget.setEnabled(ready)
        ui.send.setEnabled(ready and not self._sending and self.refusal() is None)

    # --- the choices and the letter ------------------------------------------------------------

    def refusal(self) -> str | None:
        """Why the letter cannot be sent the chosen way (None: it can)."""
        if self.setup is None:
            return None
        return self.setup.refusal(self.channel)

    def _changed(self) -> None:
        if self.setup is None:
            return
        ui = self.ui
        refusal = self.refusal()
        ui.refusal.setText(refusal or "")
        ui.refusal.setStyleSheet(_REFUSED if refusal else "")
        ui.refusal.setVisible(refusal is not None)
        handed_over = self.channel == C.HAND_OVER
        ui.deadline.setEnabled(not handed_over)
        ui.deadline_note.setText(
            self.tr("The caseworker hands the letter over: the reply deadline runs from that day.")
            if handed_over
            else formats.plural(
                (self.setup.default_deadline - self.setup.today).days,
                self.tr("{n} day from today is the default."),
                self.tr("{n} days from today is the default."),
            )
        )
        ui.send.setEnabled(not self._sending and refusal is None)
        self.ui.preview.schedule()

    def plan(self) -> OfferPlan:
        """What Send stores, from the dialog's fields."""
        assert self.setup is not None  # Send is enabled once loaded
        ui = self.ui
        channel = self.channel
        return self.setup.plan(
            skip_reason=ui.skip_reason.toPlainText() if self.setup.needs_skip_reason else None,
            reply_deadline=None if channel == C.HAND_OVER else date_of(ui.deadline),
            channel=channel,
            letter_note=ui.note.toPlainText(),
        )

    def draw(self) -> Task | None:
        """Draw the letter with the choices as they are (on the read pool)."""
        if self.setup is None:
            return None
        ws, plan = self.context.workspace, self.plan()
        self.ui.preview.note.setText(self.tr("Drawing the letter…"))
        return self.ui.preview.draw(
            self.context.tasks,
            lambda: compose.preview(ws, plan),
            pages=lambda n: formats.plural(
                n,
                self.tr("The letter as it will be printed ({n} page)"),
                self.tr("The letter as it will be printed ({n} pages)"),
            ),
        )

    # --- sending -------------------------------------------------------------------------------

    def send(self) -> Task | None:
        """Store, send and archive on the write worker; then the delivery step."""
        if self.setup is None or not self.ui.send.isEnabled():
            return None
        ws, plan = self.context.workspace, self.plan()
        self._sending = True
        self._clear_marks()
        return self.context.tasks.write(
            lambda: compose.send(ws, plan),
            on_done=self._sent,
            on_error=self._refused,
            parent=self,
            progress=self.tr("Sending the offer and archiving the letter"),
            busy=[self.ui.send, self.ui.edit_applicant],
        )

    def _fields(self) -> dict[str, QWidget]:
        ui = self.ui
        return {
            "skip_reason": ui.skip_reason,
            "reply_deadline": ui.deadline,
            "delivery": ui.channel,
            "letter_note": ui.note,
        }

    def _clear_marks(self) -> None:
        clear_marks(self._fields().values())
        self.ui.message.clear()

    def _refused(self, error: UserError) -> None:
        self._sending = False
        self._changed()
        if isinstance(error, Conflict):  # the draft changed meanwhile
            handle_conflict(self, error, self._reload)
            return
        self.ui.message.setText(error.message)
        if isinstance(error, ValidationError):
            for name in error.fields:
                widget = self._fields().get(name)
                if widget is not None:
                    widget.setStyleSheet(APPLICANT_FIELD)
                    widget.setFocus()

    def _sent(self, outcome: Outcome) -> None:
        self._sending = False
        self.sent.emit(outcome)
        parent = self.parentWidget()
        show_on_offers_page(parent, outcome.offer_id)
        ws = self.context.workspace
        letter = to_deliver(ws, outcome.letter_ids[0]) if outcome.letter_ids else None
        if letter is not None:
            dialog = DeliveryDialog(ws, letter, parent, done=outcome.message)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
            dialog.delivered.connect(lambda _d: show_on_offers_page(parent, outcome.offer_id))
            self.delivery = dialog
            dialog.open()
        self.accept()

    # --- the applicant -------------------------------------------------------------------------

    def edit_applicant(self) -> QDialog | None:
        """The applicant's form on its address tab; saved, the choices are read again."""
        if self.setup is None:
            return None
        form = ApplicantForm(self.context.workspace, self.setup.applicant_id, self)
        form.ui.tabs.setCurrentWidget(form.ui.address)
        form.saved.connect(lambda _id: self._reload())
        form.open()
        return form
