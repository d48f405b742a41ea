"""The detail panel of the vacancy list: one dwelling's facts, its intake check and history.

Every text wraps in the panel's width (a long file name or department name breaks rather than
being cut): the list beside it takes the width its deciding columns need."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from desktop.core import formats
from desktop.core.intake.listing import VacancyDetail
from desktop.core.intake.vocabulary import dwelling_type_label, status_label
from desktop.ui.widgets.colour_badge import ColourBadge
from desktop.ui.widgets.wrapping import breakable

PANEL_CHARACTERS = 42  # the panel's narrowest width, in average characters


def _wrapping(name: str = "", rich: bool = False) -> QLabel:
    label = QLabel()
    if name:
        label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class VacancyDetailPanel(QScrollArea):
    """Shows a `VacancyDetail`; `show_detail(None)` shows a hint instead."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("vacancy_detail")
        self.setWidgetResizable(True)
        # the texts wrap: never wider than the panel (no horizontal scrolling, nothing cut)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * PANEL_CHARACTERS)
        body = QWidget()
        self.heading = _wrapping("detail_heading")
        self.heading.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.badge = ColourBadge()
        self.facts = QWidget()
        self.facts.setObjectName("detail_facts")
        self.fact_grid = QGridLayout(self.facts)
        self.fact_grid.setContentsMargins(0, 0, 0, 0)
        self.fact_grid.setHorizontalSpacing(8)
        self.fact_grid.setVerticalSpacing(2)
        self.fact_grid.setColumnStretch(1, 1)
        self.hint = _wrapping("detail_hint")
        self.check = _wrapping("detail_check", rich=True)
        self.history = _wrapping("detail_history", rich=True)
        layout = QVBoxLayout(body)
        layout.addWidget(self.heading)
        layout.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.hint)
        layout.addWidget(self.facts)
        layout.addWidget(self.check)
        layout.addWidget(self.history)
        layout.addStretch(1)
        self.setWidget(body)
        self.detail: VacancyDetail | None = None
        self.shown_facts: list[tuple[str, str]] = []
        self.show_detail(None)

    def _yes_no(self, value: bool | None) -> str:
        if value is None:
            return "–"
        return self.tr("Yes") if value else self.tr("No")

    def show_detail(self, detail: VacancyDetail | None) -> None:
        self.detail = detail
        if detail is None:
            self.heading.setText(self.tr("No dwelling chosen"))
            self.hint.setText(self.tr("Choose a dwelling in the list to see its details."))
            self.hint.show()
            self._set_facts([])
            self.badge.hide()
            self.check.clear()
            self.history.clear()
            return
        self.hint.hide()
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
        self._set_facts([(key, value) for key, value in rows if value])
        self.check.setText(self._check_html(detail))
        self.history.setText(self._history_html(detail))

    def _set_facts(self, rows: list[tuple[str, str]]) -> None:
        """One line per fact, its name beside its value; both wrap."""
        while self.fact_grid.count():
            item = self.fact_grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.shown_facts = rows
        top = Qt.AlignmentFlag.AlignTop
        for line, (key, value) in enumerate(rows):
            name = _wrapping()
            name.setText(f"{key}:")
            shown = _wrapping()
            shown.setText(breakable(value))
            self.fact_grid.addWidget(name, line, 0, top)
            self.fact_grid.addWidget(shown, line, 1, top)

    def facts_text(self) -> str:
        """The facts as the panel shows them, one "name: value" a line."""
        return "\n".join(f"{key}: {value}" for key, value in self.shown_facts)

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
            lines.append(escape(breakable(check.reason_text)))
        if check.rent_ceiling is not None:
            lines.append(
                escape(
                    self.tr("Rent incl. a conto {rent}, ceiling {ceiling}").format(
                        rent=formats.money(check.monthly_total),
                        ceiling=formats.money(check.rent_ceiling),
                    )
                )
            )
        lines.extend(f"• {escape(breakable(note))}" for note in check.notes)
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
            lines.append(escape(breakable(text)))
        return "<br>".join(lines)
