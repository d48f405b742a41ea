"""The reply workbook of 10,000 dwellings against bare openpyxl write-only of the same cells.

Builds the reply data of one organisation in memory (10,000 dwellings spread over the status
groups: dates, money, text, about one in twenty texts looking like a formula, tenants' contact
data), then measures, alternating A B A B after a warm-up:

- reply: `desktop.core.exchange.reply.reply_workbook(data)` - the summary sheet and one styled
  sheet per status group (header style, frozen panes, autofilter, widths, Danish number and date
  formats, formula-safe text), saved to bytes;
- baseline: openpyxl's write-only workbook with the same sheets and the same cell values appended
  as bare values (no styles, no checks), saved to bytes. Target ratio <= 1.3.

    .venv/bin/python bench/export.py [--rows 10000] [--rounds 7]
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import random
from decimal import Decimal
from typing import Any

from _common import compare, report, run_main, time_call

TODAY = dt.date(2026, 11, 21)


def reply_data(rows: int) -> Any:
    from db.enums import DwellingType, OfferStatus, VacancyStatus
    from desktop.core import settings
    from desktop.core.exchange.reply import ReplyData, ReplyLine
    from desktop.core.registry.departments import OrganisationRef

    rng = random.Random(8)
    statuses = list(VacancyStatus)
    lines = []
    for index in range(rows):
        status = statuses[index % len(statuses)]
        reported = TODAY - dt.timedelta(days=rng.randint(0, 300))
        available = reported + dt.timedelta(days=rng.randint(3, 40))
        let = status == VacancyStatus.LET
        tenant = let or (status == VacancyStatus.OFFERED and index % 3 == 0)
        reason = None
        if status == VacancyStatus.RETURNED:
            reason = "=Huslejen er for høj" if index % 20 == 0 else "Huslejen er for høj"
        lines.append(
            ReplyLine(
                index,
                status,
                f"{rng.randint(1, 60):02d}",
                "Kildeparken" if index % 20 else "-Hjørnet",
                f"{index:05d}",
                f"Kildeparken {rng.randint(1, 99)}, {rng.randint(1, 4)}. tv.",
                "9000",
                "Aalborg",
                DwellingType.FAMILY,
                float(rng.choice((1, 2, 2.5, 3, 4))),
                round(rng.uniform(30, 120), 1),
                Decimal(rng.randint(3000, 9000)),
                available,
                reported,
                None if status == VacancyStatus.RECEIVED else reported + dt.timedelta(days=2),
                reason,
                available if status != VacancyStatus.RECEIVED else None,
                available + dt.timedelta(days=9),
                rng.randint(0, 3),
                OfferStatus.ACCEPTED if tenant else OfferStatus.SENT,
                available,
                available + dt.timedelta(days=5),
                index if tenant else None,
                "Hans Ærø Jensen" if tenant else None,
                "20 12 34 56" if tenant else None,
                "hans@example.dk" if tenant else None,
                available + dt.timedelta(days=20) if let else None,
                None,
                20,
                Decimal("3211.50"),
            )
        )
    return ReplyData(
        OrganisationRef(1, "145", "Himmerland Boligforening"),
        TODAY.replace(month=1, day=1),
        TODAY,
        TODAY,
        TODAY,
        settings.DeskContact(),
        tuple(lines),
    )


def same_cells(data: Any) -> list[tuple[str, list[list[Any]]]]:
    """The values of every sheet the reply writes, as plain values (outside the timing)."""
    from desktop.core.exchange.reply import GROUP_COLUMNS, Group, _columns, group_title

    sheets: list[tuple[str, list[list[Any]]]] = [
        ("Summary", [["Reply from the desk"], [], *[["Label", "Value"]] * 6, [], *[["x"]] * 9])
    ]
    catalogue = _columns()
    for group in Group:
        specs = [catalogue[k] for k in GROUP_COLUMNS[group]]
        rows = [[c.header for c, _ in specs]]
        rows += [[get(line) for _, get in specs] for line in data.group(group)]
        sheets.append((group_title(group), rows))
    return sheets


def bare(sheets: list[tuple[str, list[list[Any]]]]) -> bytes:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    for title, rows in sheets:
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    from desktop.core.exchange.reply import reply_workbook

    data = reply_data(args.rows)
    sheets = same_cells(data)
    cells = sum(len(row) for _, rows in sheets for row in rows)
    anvis, baseline = compare(
        lambda: time_call(lambda: reply_workbook(data)),
        lambda: time_call(lambda: bare(sheets)),
        rounds=args.rounds,
    )
    report(
        "export reply workbook",
        anvis,
        baseline,
        target=1.3,
        extra={"rows": args.rows, "cells": cells},
    )


if __name__ == "__main__":
    run_main(main)
