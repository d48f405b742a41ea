"""The detail of one offer on the offers page: the dwelling and the applicant, the dates, the
reply and its consequence, where the offer letter is on its way to the citizen (with the next
step when it has not reached them), the ranking stored when the offer was made, the history and
the letters (each opens in the preview to print or save)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.core import formats
from desktop.core.applicants.addresses import channel_in_text
from desktop.core.letters.fields import kind_title
from desktop.core.offers.views import OfferDetail
from desktop.core.offers.workflow import consequence_label, side_label, status_label


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class OfferDetailPanel(QWidget):
    """Shows an `OfferDetail`; its buttons emit `action(name)` for the page to carry out."""

    action = Signal(str)
    letter_opened = Signal(int)

    ACTIONS = ("send", "accept", "decline", "withdraw", "lease", "candidates")
    DELIVER = "deliver"  # the letter's next step (print, Digital Post, hand-over)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("offer_detail")
        self.detail: OfferDetail | None = None
        self.summary = QLabel()
        self.summary.setObjectName("offer_summary")
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons: dict[str, QPushButton] = {}
        labels = {
            "send": self.tr("&Send..."),
            "accept": self.tr("&Accepted..."),
            "decline": self.tr("&Declined..."),
            "withdraw": self.tr("&Withdraw..."),
            "lease": self.tr("&Lease start..."),
            "candidates": self.tr("Ca&ndidates..."),
        }
        # two rows of three: in one row the six buttons made the panel so wide that the
        # list beside it lost its deadline columns
        row = QGridLayout()
        for number, name in enumerate(self.ACTIONS):
            button = QPushButton(labels[name])
            button.setObjectName(f"offer_{name}")
            button.clicked.connect(lambda _=False, n=name: self.action.emit(n))
            self.buttons[name] = button
            row.addWidget(button, number // 3, number % 3)
        row.setColumnStretch(3, 1)
        self.letter_state = QLabel()
        self.letter_state.setObjectName("offer_letter_state")
        self.letter_state.setWordWrap(True)
        self.deliver = QPushButton(self.tr("Deliver th&e letter…"))
        self.deliver.setObjectName("offer_deliver")
        self.deliver.clicked.connect(lambda _=False: self.action.emit(self.DELIVER))
        delivery = QHBoxLayout()
        delivery.addWidget(self.letter_state, 1)
        delivery.addWidget(self.deliver)
        self.tabs = QTabWidget()
        self.ranking = QTextBrowser()
        self.ranking.setObjectName("offer_ranking")
        self.ranking.setAccessibleName(self.tr("Ranking at the offer"))
        self.history = QTextBrowser()
        self.history.setObjectName("offer_history")
        self.history.setAccessibleName(self.tr("History of the offer"))
        self.letters = QListWidget()
        self.letters.setObjectName("offer_letters")
        self.letters.setAccessibleName(self.tr("Letters of the offer"))
        self.letters.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.letters.itemActivated.connect(self._open_letter)
        self.open_letter = QPushButton(self.tr("Show &letter..."))
        self.open_letter.clicked.connect(lambda: self._open_letter(self.letters.currentItem()))
        letters_page = QWidget()
        letters_layout = QVBoxLayout(letters_page)
        letters_layout.addWidget(self.letters, 1)
        letters_layout.addWidget(self.open_letter, 0, Qt.AlignmentFlag.AlignRight)
        self.tabs.addTab(self.ranking, self.tr("Ranking when offered"))
        self.tabs.addTab(self.history, self.tr("History"))
        self.tabs.addTab(letters_page, self.tr("Letters"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addLayout(delivery)
        layout.addLayout(row)
        layout.addWidget(self.tabs, 1)
        self.show_detail(None)

    def show_detail(self, detail: OfferDetail | None) -> None:
        self.detail = detail
        # nothing chosen: a line that says so, not empty tabs and greyed-out buttons
        self.tabs.setVisible(detail is not None)
        for button in self.buttons.values():
            button.setVisible(detail is not None)
        self._show_letter_state(detail)
        if detail is None:
            self.summary.setText(
                self.tr(
                    "Choose an offer in the list to see its dwelling, applicant, ranking, "
                    "history and letters."
                )
            )
            for button in self.buttons.values():
                button.setEnabled(False)
            self.ranking.clear()
            self.history.clear()
            self.letters.clear()
            self.open_letter.setEnabled(False)
            return
        self.summary.setText(self._summary(detail))
        allowed = {s.value for s in detail.allowed}
        self.buttons["send"].setEnabled("sent" in allowed)
        self.buttons["accept"].setEnabled("accepted" in allowed)
        self.buttons["decline"].setEnabled("declined" in allowed and not detail.lease_start)
        self.buttons["withdraw"].setEnabled("withdrawn" in allowed and not detail.lease_start)
        self.buttons["lease"].setEnabled(detail.can_enter_lease)
        self.buttons["candidates"].setEnabled(True)
        self.ranking.setHtml(self._ranking(detail))
        self.history.setHtml(self._history(detail))
        self.letters.clear()
        for letter in detail.letters:
            item = QListWidgetItem(
                self.tr("{kind}, {when} by {who} ({pages})").format(
                    kind=kind_title(letter.kind),
                    when=formats.date(letter.created_at.date()),
                    who=letter.created_by,
                    pages=formats.plural(letter.pages, self.tr("{n} page"), self.tr("{n} pages")),
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, letter.letter_id)
            self.letters.addItem(item)
        self.open_letter.setEnabled(bool(detail.letters))
        if detail.letters:
            self.letters.setCurrentRow(0)

    def _show_letter_state(self, detail: OfferDetail | None) -> None:
        """Where the offer letter is on its way to the citizen, and its next step."""
        state = detail.letter_state if detail is not None else None
        self.letter_state.setVisible(state is not None)
        self.deliver.setVisible(state is not None and state.missing is not None)
        if state is None:
            return
        text = self.tr("Letter ({channel}): {state}").format(
            channel=channel_in_text(state.channel), state=state.text
        )
        self.letter_state.setText(text)
        waiting = state.missing is not None
        self.letter_state.setStyleSheet("font-weight: 600;" if waiting else "")
        self.deliver.setEnabled(waiting)
        self.deliver.setToolTip(state.text if waiting else "")

    def _summary(self, d: OfferDetail) -> str:
        lines = [
            "<span style='font-size:13pt; font-weight:600'>"
            + _escape(
                self.tr("Offer {id}: {status}").format(id=d.id, status=status_label(d.status))
            )
            + "</span>",
            _escape(f"{d.address}, {d.postcode_city} · {d.department} · {d.organisation}"),
            _escape(
                self.tr("{name} ({cpr}), no. {id}").format(
                    name=d.applicant_name, cpr=d.applicant_cpr or "-", id=d.applicant_id
                )
            ),
        ]
        dates = []
        if d.sent_on:
            dates.append(self.tr("sent {date}").format(date=formats.date(d.sent_on)))
        if d.reply_deadline:
            dates.append(self.tr("reply by {date}").format(date=formats.date(d.reply_deadline)))
        if d.answered_on:
            dates.append(self.tr("answered {date}").format(date=formats.date(d.answered_on)))
        if d.lease_start:
            dates.append(self.tr("lease starts {date}").format(date=formats.date(d.lease_start)))
        if dates:
            lines.append(_escape(", ".join(dates).capitalize()))
        if d.decline_reason:
            reply = self.tr("Declined by {side}: {reason}").format(
                side=side_label(d.decline_side).lower() if d.decline_side else "-",
                reason=d.decline_reason,
            )
            if d.decline_text:
                reply += f" - “{d.decline_text}”"
            if d.good_reason:
                reply += " " + self.tr("(good reason accepted)")
            lines.append(_escape(reply))
        if d.consequence is not None:
            lines.append(
                _escape(
                    self.tr("Consequence: {consequence}").format(
                        consequence=consequence_label(d.consequence)
                    )
                )
            )
        lines.append(
            _escape(
                self.tr("{amount} a month; rent loss so far {loss}").format(
                    amount=formats.money(d.monthly_total), loss=formats.money(d.rent_loss)
                )
            )
        )
        return "<br>".join(lines)

    def _ranking(self, d: OfferDetail) -> str:
        if not d.ranking:
            return _escape(self.tr("No ranking was stored with this offer."))
        head = self.tr("Number {rank} of {eligible} on {day}; the first {shown}:").format(
            rank=d.rank or "-",
            eligible=d.eligible if d.eligible is not None else "-",
            day=formats.date(d.ranking_day),
            shown=len(d.ranking),
        )
        parts = [f"<p><b>{_escape(head)}</b></p>"]
        if d.skip_reason:
            parts.append(
                "<p>"
                + _escape(self.tr("Candidates passed over because: {reason}").format(
                    reason=d.skip_reason
                ))
                + "</p>"
            )  # fmt: skip
        parts.append("<ol>")
        for entry in d.ranking:
            mark = " <b>◀</b>" if entry.applicant_id == d.applicant_id else ""
            reasons = "".join(f"<br><small>{_escape(r)}</small>" for r in entry.reasons)
            parts.append(
                "<li>"
                + _escape(
                    self.tr("Applicant no. {id}, fit {score}").format(
                        id=entry.applicant_id, score=formats.number(entry.score, 0)
                    )
                )
                + mark
                + reasons
                + "</li>"
            )
        parts.append("</ol>")
        return "".join(parts)

    def _history(self, d: OfferDetail) -> str:
        rows = []
        for event in d.events:
            change = status_label(event.to_status)
            if event.from_status is not None and event.from_status != event.to_status:
                change = f"{status_label(event.from_status)} → {change}"
            note = f" - {_escape(event.note)}" if event.note else ""
            rows.append(
                f"<li>{_escape(formats.date(event.at.date()))} {_escape(event.by)}: "
                f"{_escape(change)}{note}</li>"
            )
        return "<ul>" + "".join(rows) + "</ul>"

    def _open_letter(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.letter_opened.emit(int(item.data(Qt.ItemDataRole.UserRole)))
