"""Date fields that write dates the way the lists do (`desktop.core.formats.date`): 21.11.2026 in
the Danish UI, 21/11/2026 in the English one.

    self.valid_from = date_edit()                 # a new field, configured
    date_edit(value=ws.today())                   # ... showing a day
    setup_date_edit(QDateEdit(...))               # configure a field made elsewhere
    date_of(self.valid_from)                      # the day a field shows (a datetime.date)
    class Dialog(PeriodFields, QDialog)           # .start and .end of start_edit / end_edit
    to_qdate(day), to_date(qdate)                 # the one conversion between the two

Every QDateEdit of the UI goes through here: calendar popup, the language's display format, a
minimum width that never cuts the date off, and typing the way staff type dates (07.12.2026,
7.12.26, 7/12-2026, 07122026, 7.12; see `formats.typed_date`) instead of Qt's section by section
editing, which turned "07.12.2026" into 30.12.2026.
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtGui import QFocusEvent, QValidator
from PySide6.QtWidgets import QDateEdit, QWidget

from desktop.core import formats
from desktop.core.i18n import language

# Qt's spelling of the short date of desktop.core.formats.date (babel's da_DK / en_GB "short")
_FORMATS = {"da": "dd.MM.yyyy", "en": "dd/MM/yyyy"}


def to_qdate(day: dt.date | None) -> QDate:
    """The QDate of `day`; a null QDate for None."""
    return QDate() if day is None else QDate(day.year, day.month, day.day)


def to_date(value: QDate) -> dt.date | None:
    """The day of a QDate; None for a null or invalid one."""
    if not value.isValid():
        return None
    return dt.date(value.year(), value.month(), value.day())


def date_of(edit: QDateEdit) -> dt.date:
    """The day a date field shows."""
    day = to_date(edit.date())
    if day is None:  # a QDateEdit never holds an invalid date: this is a bug
        raise ValueError(f"{edit.objectName() or 'a date field'} holds no date")
    return day


class PeriodFields:
    """For a widget that asks for a period in two date fields (`start_edit`, `end_edit`, made
    by the widget): the days they show. List it before the widget's Qt base class."""

    start_edit: QDateEdit
    end_edit: QDateEdit

    @property
    def start(self) -> dt.date:
        return date_of(self.start_edit)

    @property
    def end(self) -> dt.date:
        return date_of(self.end_edit)


def display_format() -> str:
    """The QDateEdit display format of the UI's language."""
    return _FORMATS.get(language(), _FORMATS["en"])


def setup_date_edit(edit: QDateEdit) -> QDateEdit:
    """Calendar popup, the language's format and room for the whole date; returns `edit`."""
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(display_format())
    # the widest date the format can show, plus the frame and the popup arrow
    widest = edit.fontMetrics().horizontalAdvance(QDate(2028, 12, 28).toString(display_format()))
    edit.setMinimumWidth(max(edit.sizeHint().width(), widest + 40))
    return edit


# What may stand in the field while a date is being typed.
_TYPING = re.compile(r"[\d./\- ]*")


class DateEdit(QDateEdit):
    """A QDateEdit that reads the whole text as staff type it; arrows and the calendar as usual."""

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        if formats.typed_date(text, dt.date.today()) is not None:
            return QValidator.State.Acceptable, text, pos
        if _TYPING.fullmatch(text):
            return QValidator.State.Intermediate, text, pos
        return QValidator.State.Invalid, text, pos

    def dateTimeFromText(self, text: str) -> QDateTime:
        day = formats.typed_date(text, dt.date.today())
        if day is None:
            return self.dateTime()  # not a date (yet): keep the one shown
        return QDateTime(to_qdate(day), QTime(0, 0))

    def fixup(self, text: str) -> str:
        return self.textFromDateTime(self.dateTime())

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if event.reason() in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason):
            self.lineEdit().selectAll()  # typing replaces the whole date, not only its day

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.lineEdit().setText(self.textFromDateTime(self.dateTime()))  # 7.12 -> 07.12.2026


def date_edit(value: dt.date | None = None, parent: QWidget | None = None) -> QDateEdit:
    """A new, configured date field (showing `value` if given)."""
    edit = DateEdit(parent)
    setup_date_edit(edit)
    if value is not None:
        edit.setDate(to_qdate(value))
    return edit
