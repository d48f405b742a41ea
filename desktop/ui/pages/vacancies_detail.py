"""The detail panel of the vacancy list: one dwelling's facts, its intake check and history."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from desktop.core import formats
from desktop.core.intake.listing import VacancyDetail
from desktop.core.intake.vocabulary import dwelling_type_label, status_label
from desktop.ui.widgets.colour_badge import ColourBadge


class VacancyDetailPanel(QScrollArea):
    """Shows a `VacancyDetail`; `show_detail(None)` shows a hint instead."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("vacancy_detail")
        self.setWidgetResizable(True)
        self.setMinimumWidth(320)
        body = QWidget()
        self.heading = QLabel()
        self.heading.setObjectName("detail_heading")
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.badge = ColourBadge()
        self.facts = QLabel()
        self.facts.setObjectName("detail_facts")
        self.facts.setWordWrap(True)
        self.facts.setTextFormat(Qt.TextFormat.RichText)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.check = QLabel()
        self.check.setObjectName("detail_check")
        self.check.setWordWrap(True)
        self.check.setTextFormat(Qt.TextFormat.RichText)
        self.history = QLabel()
        self.history.setObjectName("detail_history")
        self.history.setWordWrap(True)
        self.history.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(body)
        layout.addWidget(self.heading)
        layout.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.facts)
        layout.addWidget(self.check)
        layout.addWidget(self.history)
        layout.addStretch(1)
        self.setWidget(body)
        self.detail: VacancyDetail | None = None
        self.show_detail(None)

    def _yes_no(self, value: bool | None) -> str:
        if value is None:
            return "–"
        return self.tr("Yes") if value else self.tr("No")

    def show_detail(self, detail: VacancyDetail | None) -> None:
        self.detail = detail
        if detail is None:
            self.heading.setText(self.tr("No dwelling chosen"))
            self.facts.setText(self.tr("Choose a dwelling in the list to see its details."))
            self.badge.hide()
            self.check.clear()
            self.history.clear()
            return
        self.badge.show()
        check = detail.latest_check
        self.badge.set_colour(None if check is None else check.colour)
        self.heading.setText(
            f"{detail.address}, {' '.join(p for p in (detail.postcode, detail.city) if p)}"
        )
        rows = [
            (self.tr("Status"), status_label(detail.status)),
            (self.tr("Eligible candidates"), self._candidates(detail.candidates)),
            (
                self.tr("Department"),
                f"{detail.organisation_number}-{detail.department_number} "
                f"{detail.department_name} ({detail.organisation_name})",
            ),
            (self.tr("Lease number"), detail.lease_number or ""),
            (self.tr("Type"), dwelling_type_label(detail.dwelling_type)),
            (self.tr("Scheme"), detail.scheme_name),
            (self.tr("Rooms"), formats.rooms(detail.rooms)),
            (self.tr("Area"), f"{formats.number(detail.area_m2)} m²" if detail.area_m2 else ""),
            (self.tr("Rent"), formats.money(detail.rent)),
            (self.tr("A conto"), formats.money(detail.monthly_total - detail.rent)),
            (self.tr("Monthly incl. a conto"), formats.money(detail.monthly_total)),
            (self.tr("Deposit"), formats.money(detail.deposit)),
            (self.tr("Available from"), formats.date(detail.available_from)),
            (self.tr("Reported"), formats.date(detail.reported_on)),
            (self.tr("Desk's deadline"), self._deadline(detail)),
            (self.tr("Rent loss so far"), formats.money(detail.rent_loss)),
            (self.tr("Lease starts"), formats.date(detail.lease_start)),
            (self.tr("Given back"), formats.date(detail.given_back_on)),
            (self.tr("Return reason"), detail.return_reason or ""),
            (self.tr("Elevator"), self._yes_no(detail.elevator)),
            (self.tr("Pets allowed"), self._yes_no(detail.pets_allowed)),
            (self.tr("Remarks"), detail.remarks or ""),
            (self.tr("Source"), detail.source or self.tr("Entered by hand")),
        ]
        self.facts.setText(
            "<table cellspacing='2'>"
            + "".join(
                f"<tr><td style='padding-right:8px'>{escape(k)}:</td><td>{escape(v)}</td></tr>"
                for k, v in rows
                if v
            )
            + "</table>"
        )
        self.check.setText(self._check_html(detail))
        self.history.setText(self._history_html(detail))

    def _candidates(self, count: int | None) -> str:
        """How many applicants may be offered the dwelling now (while the desk acts on it)."""
        if count is None:
            return ""
        if count == 0:
            return self.tr("0 (no applicant on the list may be offered it now)")
        return str(count)

    def _deadline(self, detail: VacancyDetail) -> str:
        if detail.desk_deadline is None:
            return ""
        text = formats.date(detail.desk_deadline)
        if detail.days_left is None:
            return text
        if detail.days_left < 0:
            return formats.plural(
                -detail.days_left,
                self.tr("{date} (overdue by {n} working day)"),
                self.tr("{date} (overdue by {n} working days)"),
            ).format(date=text)
        return formats.plural(
            detail.days_left,
            self.tr("{date} ({n} working day left)"),
            self.tr("{date} ({n} working days left)"),
        ).format(date=text)

    def _check_html(self, detail: VacancyDetail) -> str:
        check = detail.latest_check
        if check is None:
            return ""
        proposal = self.tr("Accept") if check.proposal.value == "accept" else self.tr("Return")
        title = self.tr("Intake check")
        lines = [
            f"<b>{escape(title)}</b> ({escape(formats.date(check.decision_date))})",
            escape(self.tr("Proposal: {proposal}").format(proposal=proposal)),
        ]
        if check.reason_text:
            lines.append(escape(check.reason_text))
        if check.rent_ceiling is not None:
            lines.append(
                escape(
                    self.tr("Rent incl. a conto {rent}, ceiling {ceiling}").format(
                        rent=formats.money(check.monthly_total),
                        ceiling=formats.money(check.rent_ceiling),
                    )
                )
            )
        lines.extend(f"• {escape(note)}" for note in check.notes)
        if check.confirmed_by:
            lines.append(escape(self.tr("Confirmed by {user}").format(user=check.confirmed_by)))
        return "<br>".join(lines)

    def _history_html(self, detail: VacancyDetail) -> str:
        title = self.tr("History")
        lines = [f"<b>{escape(title)}</b>"]
        for event in detail.events:
            when = formats.date(event.at.date())
            text = f"{when} {status_label(event.to_status)}"
            if event.by:
                text += f" ({event.by})"
            if event.note:
                text += f": {event.note}"
            lines.append(escape(text))
        return "<br>".join(lines)
