"""The estimated wait: how long an applicant may wait for a suitable offer, from the dwellings
the desk got in the last N months (the setting `forecast_months`, default 12).

    settings    `forecast_months`
    window      the window's dwellings, each judged on the day
    queue       the applicants the day's rules let through, as the matching rules read them
    verdicts    a rule's verdicts kept under the values it read
    market      both made ready to be replayed: who each rule lets through, as bits
    replay      the window's dwellings again, each to the first in the ranking; resampled
    fit         which dwellings one applicant may be offered, and the rules that kept the others
    estimate    what a forecast says (median, range, the rules that kept the dwellings)
    applicant   one applicant's forecast
    whole_list  every applicant's forecast, in the background with progress
    kept        the window and the list's estimate kept while what they were made of holds
    stored      the list's estimate stored for later runs, with a digest of what it was made of
    texts       the forecast in words (never a promise)
    backtest    the estimates of past days against the offers that followed

How it works is one paragraph of the applicant list's help (resources/help/*/applicants.html)
and of docs/domain.md ("Waiting-time forecast").
"""

from desktop.core.forecast.applicant import forecast, forecast_in
from desktop.core.forecast.estimate import Exclusion, Forecast, ListForecast, WaitRange
from desktop.core.forecast.settings import MONTHS
from desktop.core.forecast.whole_list import forecast_list, forecast_list_in

__all__ = [
    "MONTHS",
    "Exclusion",
    "Forecast",
    "ListForecast",
    "WaitRange",
    "forecast",
    "forecast_in",
    "forecast_list",
    "forecast_list_in",
]
