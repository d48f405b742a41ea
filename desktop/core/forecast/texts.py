"""The forecast in words, for the desk (the applicant's page and list, the command line) and for
the citizen (the insight report). An estimate is always said to be one, never a promise."""

from __future__ import annotations

from desktop.core import formats
from desktop.core.forecast.estimate import Exclusion, Forecast, WaitRange
from desktop.core.forecast.replay import HORIZON_DAYS
from desktop.core.forecast.window import MIN_DAYS
from desktop.core.i18n import translate

MOST = 3  # the rules named when nothing fitted


def _in_units(days: int) -> tuple[int, str]:
    """The wait in the unit people think in: days, weeks, months, then years."""
    if days < 14:
        return days, "day"
    if days < 60:
        return round(days / 7), "week"
    if days < 730:
        return round(days / 30.44), "month"
    return round(days / 365.25), "year"


def duration(days: int) -> str:
    """ "3 weeks", "4 months", "2 years"."""
    count, unit = _in_units(days)
    if unit == "day":
        return formats.plural(
            count, translate("Forecast", "{n} day"), translate("Forecast", "{n} days")
        )
    if unit == "week":
        return formats.plural(
            count, translate("Forecast", "{n} week"), translate("Forecast", "{n} weeks")
        )
    if unit == "month":
        return formats.plural(
            count, translate("Forecast", "{n} month"), translate("Forecast", "{n} months")
        )
    return formats.plural(
        count, translate("Forecast", "{n} year"), translate("Forecast", "{n} years")
    )


def _or_more(days: int | None) -> str:
    if days is None:
        return translate("Forecast", "more than {duration}").format(
            duration=duration(HORIZON_DAYS - 1)
        )
    return duration(days)


def wait(w: WaitRange) -> str:
    """ "about 4 months (between 2 and 7 months)"."""
    if w.median is None:
        return _or_more(None)
    about = translate("Forecast", "about {duration}").format(duration=duration(w.median))
    low, high = _or_more(w.low), _or_more(w.high)
    if low == high:
        return about
    if w.low is not None and w.high is not None:
        (first, unit), (_last, same) = _in_units(w.low), _in_units(w.high)
        if unit == same:  # "between 2 and 7 months"
            low = formats.number(first)
    return translate("Forecast", "{about} (between {low} and {high})").format(
        about=about, low=low, high=high
    )


def short(w: WaitRange | None) -> str:
    """For the applicant list: "about 4 months", or that nothing fitted (None)."""
    if w is None:
        return translate("Forecast", "nothing fitted")
    if w.median is None:
        return _or_more(None)
    return translate("Forecast", "about {duration}").format(duration=duration(w.median))


def _period(f: Forecast) -> str:
    """ "from 8.12.2025 to 7.12.2026": the window's days (fewer than its months when the
    database holds less history)."""
    return translate("Forecast", "from {start} to {end}").format(
        start=formats.date(f.first_day), end=formats.date(f.day)
    )


def exclusion(e: Exclusion, dwellings: int) -> str:
    """ "Rent above the limit: 41 of 52 dwellings"."""
    return formats.plural(
        dwellings,
        translate("Forecast", "{rule}: {count} of {n} dwelling"),
        translate("Forecast", "{rule}: {count} of {n} dwellings"),
    ).format(rule=e.text, count=formats.number(e.count))


def headline(f: Forecast) -> str:
    """The estimate in one sentence."""
    if f.too_little_history:
        return formats.plural(
            MIN_DAYS // 7,
            translate(
                "Forecast",
                "No estimate yet: Anvis knows the reported dwellings of less than {n} week.",
            ),
            translate(
                "Forecast",
                "No estimate yet: Anvis knows the reported dwellings of less than {n} weeks.",
            ),
        )
    if not f.dwellings:
        return translate("Forecast", "No dwelling was reported {period}.").format(period=_period(f))
    if off_the_list(f):
        return translate(
            "Forecast", "Not on the list (housed or removed): there is no wait to estimate."
        )
    if f.wait is None:
        return formats.plural(
            f.dwellings,
            translate("Forecast", "None of the {n} dwelling reported {period} fitted today."),
            translate("Forecast", "None of the {n} dwellings reported {period} fitted today."),
        ).format(period=_period(f))
    return translate("Forecast", "Estimated wait: {wait}.").format(wait=wait(f.wait))


def basis(f: Forecast) -> str:
    """What the estimate rests on, and that it is no promise."""
    return formats.plural(
        f.dwellings,
        translate(
            "Forecast",
            "Estimated from the {n} dwelling reported {period} ({fitting} fitted today) and the "
            "place in the ranking today: an estimate, not a promise.",
        ),
        translate(
            "Forecast",
            "Estimated from the {n} dwellings reported {period} ({fitting} fitted today) and the "
            "place in the ranking today: an estimate, not a promise.",
        ),
    ).format(fitting=formats.number(f.fitting), period=_period(f))


def off_the_list(f: Forecast) -> bool:
    """The applicant is housed or removed: the list's own state kept every dwelling away."""
    return any(e.code == "status" and e.count == f.dwellings for e in f.excluded_by)


def lines(f: Forecast, *, headed: bool = True) -> list[str]:
    """The headline, what it rests on, and the rules that kept the most dwellings away;
    without "Estimated wait:" where a label says so already (not `headed`)."""
    found = [headline(f) if headed or f.wait is None else wait(f.wait) + "."]
    if f.wait is not None:
        found.append(basis(f))
    if f.excluded_by and not off_the_list(f):
        found.append(translate("Forecast", "Excluded most often by:"))
        found += ["  " + exclusion(e, f.dwellings) for e in f.excluded_by[:MOST]]
    return found


def for_citizen(f: Forecast) -> str:
    """The forecast told to the citizen (the insight report), in plain words."""
    if f.too_little_history or not f.dwellings:
        return translate("Forecast", "We cannot estimate your wait yet.")
    if f.wait is None:
        reasons = ", ".join(
            translate("Forecast", "{rule} ({count})").format(
                rule=e.text.lower(), count=formats.number(e.count)
            )
            for e in f.excluded_by[:MOST]
        )
        return formats.plural(
            f.dwellings,
            translate(
                "Forecast",
                "None of the {n} dwelling we received {period} fitted your wishes and needs as "
                "they are today. What ruled them out most often: {reasons}.",
            ),
            translate(
                "Forecast",
                "None of the {n} dwellings we received {period} fitted your wishes and needs as "
                "they are today. What ruled them out most often: {reasons}.",
            ),
        ).format(period=_period(f), reasons=reasons)
    return translate(
        "Forecast",
        "We estimate that you may be offered a home in {wait}. This is an estimate from the "
        "dwellings we received {period} and your place on the list today, not a promise: it "
        "changes as dwellings come and as others join the list.",
    ).format(wait=wait(f.wait), period=_period(f))
