"""The counts of an import's summary as people read them ("1 row", "3 duplicates"), the same
words for every kind of file. Each is a phrase for a sentence of its own area. English writes
"1 new" and "3 new" alike, Danish "1 ny" and "3 nye": the two forms are told apart by their
disambiguation ("one", "other")."""

from __future__ import annotations

from desktop.core.formats import plural
from desktop.core.i18n import translate


def rows(count: int) -> str:
    return plural(count, translate("Importing", "{n} row"), translate("Importing", "{n} rows"))


def duplicates(count: int) -> str:
    return plural(
        count, translate("Importing", "{n} duplicate"), translate("Importing", "{n} duplicates")
    )


def new(count: int) -> str:
    return plural(
        count, translate("Importing", "{n} new", "one"), translate("Importing", "{n} new", "other")
    )
