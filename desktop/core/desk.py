"""Reading and changing the desk's own details (who the letters come from)."""

from __future__ import annotations

import datetime as dt

from desktop.core import settings
from desktop.core.settings import DESK_CONTACT, DeskContact
from desktop.core.workspace import Workspace


def contact(ws: Workspace, on: dt.date | None = None) -> DeskContact:
    with ws.read() as session:
        return settings.get(session, DESK_CONTACT, on or ws.today())


def set_contact(ws: Workspace, value: DeskContact, valid_from: dt.date | None = None) -> None:
    with ws.write() as session:
        settings.put(session, DESK_CONTACT, value, valid_from or ws.today())
