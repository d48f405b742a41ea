"""Department lookup as you type: 10,000 departments, one search per keystroke.

Measures `desktop.core.registry.search.search` (what the Afdelinger page calls on each
keystroke: the query, the colour on the day, the ministry lists, the row objects) for every
prefix of a few typed words, against the bare SQL of the same query run through the sqlite3
driver on the same file. Target: every keystroke well within 50 ms; the ratio shows what core
adds on top of the database.

    .venv/bin/python bench/lookup.py [--departments 10000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from _common import compare, report, run_main, time_call

TYPED = ["kildeparken", "9220", "145-07", "øst", "nørre", "rød vej 12", "himmerland bolig"]
STREETS = [
    "Kildeparken", "Nøvlingvej", "Indkildevej", "Nørregade", "Havnegade", "Mølleparkvej",
    "Løvvangen", "Ærøvej", "Åparken", "Rød Vej", "Vestergade", "Østergade", "Hasserisvej",
]  # fmt: skip
TOWNS = [
    ("9000", "Aalborg"), ("9210", "Aalborg SØ"), ("9220", "Aalborg Øst"), ("9400", "Nørresundby"),
    ("9260", "Gistrup"), ("9370", "Hals"), ("9230", "Svenstrup J"), ("9240", "Nibe"),
]  # fmt: skip
ORGS = ["Himmerland Boligforening", "Alabu Bolig", "Plus Bolig", "Vivabolig", "Lejerbo Aalborg"]


def fill(path: Path, departments: int, seed: int = 7) -> tuple[object, dt.date]:
    """A workspace with `departments` departments over 100 organisations, each placed."""
    from sqlalchemy import insert

    from db.enums import Colour, FlexibleLetting, PlacementSource
    from db.models import Department, HousingArea, Organisation, Placement
    from desktop.core.registry.address_ranges import fill_missing
    from desktop.core.registry.search_text import search_text_of
    from desktop.core.workspace import open_workspace

    rng = random.Random(seed)
    ws = open_workspace(path, user="bench")
    day = dt.date(2026, 11, 21)
    with ws.write() as session:
        areas = []
        for i in range(60):
            area = HousingArea(name=f"{rng.choice(STREETS)}kvarteret {i}")
            session.add(area)
            areas.append(area)
        orgs = []
        for i in range(100):
            org = Organisation(number=f"{100 + i:03d}", name=f"{ORGS[i % len(ORGS)]} {i}")
            session.add(org)
            orgs.append(org)
        session.flush()
        dept_rows = []
        for i in range(departments):
            org = orgs[i % len(orgs)]
            number = str(i // len(orgs) + 1).zfill(rng.choice((1, 2)))
            street = rng.choice(STREETS)
            postcode, city = rng.choice(TOWNS)
            area = rng.choice(areas)
            name = f"{street} {rng.choice(['Syd', 'Nord', 'Park', 'Have', 'Hus'])}"
            address = f"{street} {rng.randint(1, 40)}-{rng.randint(41, 90)}"
            dept_rows.append(
                {
                    "organisation_id": org.id,
                    "number": number,
                    "name": name,
                    "housing_area_id": area.id,
                    "address": address,
                    "postcode": postcode,
                    "city": city,
                    "dwellings_count": rng.randint(10, 500),
                    "suitable_for_young": False,
                    "active": True,
                    "version": 1,
                    "created_by": "bench",
                    "search_text": search_text_of(
                        org.number, org.name, number, name, address, postcode, city, area.name
                    ),
                }
            )
        session.execute(insert(Department), dept_rows)
        ids = [row[0] for row in session.execute(Department.__table__.select()).all()]
        fill_missing(session, ids)  # the house-number ranges: "rød vej 12" searches them
        colours = [Colour.GREEN] * 7 + [Colour.YELLOW] * 2 + [Colour.RED]
        session.execute(
            insert(Placement),
            [
                {
                    "department_id": dept_id,
                    "colour": rng.choice(colours),
                    "flexible_letting": FlexibleLetting.NONE,
                    "valid_from": dt.date(2026, 1, 1),
                    "valid_to": None,
                    "source": PlacementSource.DEMO,
                    "created_by": "bench",
                }
                for dept_id in ids
            ],
        )
    return ws, day


def bare_sql(ws: object, text: str, day: dt.date) -> str:
    from desktop.core.registry.search import search_query

    statement = search_query(text, day)
    engine = ws.database.engine  # type: ignore[attr-defined]
    return str(statement.compile(engine, compile_kwargs={"literal_binds": True}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--departments", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()

    from desktop.core.registry import search

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "lookup.sqlite"
        ws, day = fill(path, args.departments)
        keystrokes = [word[:n] for word in TYPED for n in range(1, len(word) + 1)]
        bare = sqlite3.connect(path)
        sql = {text: bare_sql(ws, text, day) for text in keystrokes}
        counts = {text: len(search.search(ws, text, day)) for text in keystrokes}

        def anvis_all() -> float:
            return statistics.median(
                time_call(lambda t=text: search.search(ws, t, day)) for text in keystrokes
            )

        def bare_all() -> float:
            return statistics.median(
                time_call(lambda t=text: bare.execute(sql[t]).fetchall()) for text in keystrokes
            )

        measured, baseline = compare(anvis_all, bare_all, rounds=args.rounds)
        per_key = []
        for text in keystrokes:
            start = time.perf_counter()
            search.search(ws, text, day)
            per_key.append(((time.perf_counter() - start) * 1000.0, text))
        worst_ms, worst_text = max(per_key)
        report(
            f"department lookup per keystroke ({args.departments:,} departments)",
            measured,
            baseline,
            target=3.0,
            extra={
                "keystrokes": len(keystrokes),
                "absolute_target_ms": 50,
                "median_within_50_ms": statistics.median(measured) <= 50,
                "worst_keystroke_ms": round(worst_ms, 1),
                "worst_keystroke": worst_text,
                "worst_within_50_ms": worst_ms <= 50,
                "results_for": {t: counts[t] for t in ("k", "kildeparken", "9220", "øst")},
            },
        )
        bare.close()
        ws.close()  # type: ignore[attr-defined]


if __name__ == "__main__":
    run_main(main)
