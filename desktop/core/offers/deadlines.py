"""The citizen's reply deadline: the setting's reply days after the offer reaches them (sent,
or handed over by the caseworker), moved to a working day."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from desktop.core import settings
from desktop.core.settings import DEADLINES
from desktop.core.workdays import add_working_days


def default_reply_deadline(session: Session, sent_on: dt.date) -> dt.date:
    """The reply deadline: the setting's days after sending, moved to a working day."""
    days = settings.get(session, DEADLINES, sent_on).reply_days
    return add_working_days(sent_on + dt.timedelta(days=days), 0)
