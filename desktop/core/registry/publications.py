"""The ministry's publications of its lists: one a list date (every 1 December), made when the
first entry of that date is added by hand, by the ministry lists' file or by the master workbook."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import MinistryList
from desktop.core.i18n import translate


def publication_on(
    session: Session,
    list_date: dt.date,
    source: str | None = None,
    batch_id: int | None = None,
) -> MinistryList:
    """The publication of `list_date`, created if there is none (from the file `source`,
    imported in the batch `batch_id`)."""
    found = session.scalars(select(MinistryList).where(MinistryList.list_date == list_date)).first()
    if found is not None:
        return found
    publication = MinistryList(
        list_date=list_date,
        name=translate("MasterData", "Ministry lists {year}").format(year=list_date.year),
        source=source,
        import_batch_id=batch_id,
    )
    session.add(publication)
    session.flush()
    return publication
