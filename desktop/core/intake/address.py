"""A dwelling's address as one line, in its own module: the vacancy list and the matching
(which the list's candidate counts import) both read it."""

from __future__ import annotations


def format_address(
    street: str | None, house_number: str | None, floor: str | None, door: str | None
) -> str:
    """ "Kildeparken 12, 2. tv." / "Kildeparken 12, st. th." / "Skolevej 3" (a house)."""
    text = " ".join(p for p in (street, house_number) if p)
    where = []
    if floor:
        where.append(f"{floor}." if floor.isdigit() or floor in ("st", "kl") else floor)
    if door:
        where.append(f"{door}." if door in ("th", "tv", "mf") else door)
    return f"{text}, {' '.join(where)}" if where else text
