"""One line per audit event for the viewer's table: what changed, or the event's own figures."""

from __future__ import annotations

from typing import Any


def _short(value: Any) -> str:
    text = "∅" if value is None else str(value)
    return text if len(text) <= 40 else text[:39] + "…"


def summarise(details: dict[str, Any] | None) -> str:
    """The changes of an event's details (at most six fields each), after its own figures."""
    if not details:
        return ""
    parts: list[str] = []
    for change in details.get("changes", []):
        label = f"{change.get('entity')} {change.get('id') or ''}".strip()
        if "fields" in change:
            parts.append(f"{label}: {', '.join(change['fields'])}")
            continue
        before = change.get("before", {})
        after = change.get("after", {})
        names = list(dict.fromkeys([*before, *after]))
        shown = [
            f"{n} {_short(before.get(n))} → {_short(after.get(n))}"
            if n in before and n in after
            else f"{n} {_short(after.get(n, before.get(n)))}"
            for n in names[:6]
        ]
        more = f" (+{len(names) - 6})" if len(names) > 6 else ""
        parts.append(f"{label}: {'; '.join(shown)}{more}")
    own = {k: v for k, v in details.items() if k != "changes"}
    if own:
        parts.insert(0, ", ".join(f"{k} {_short(v)}" for k, v in own.items()))
    return " | ".join(parts)
