"""The figures on Overblik: tiles and charts for a chosen period, the same as Rapporter."""

from __future__ import annotations

import pytest

from desktop.core.reports.dashboard import Period
from desktop.core.workspace import Workspace
from desktop.ui.pages.overview_dashboard import DashboardWidget
from tests.unit.exchange import dataset


@pytest.fixture
def dashboard(qtbot, sqlite_workspace: Workspace) -> DashboardWidget:
    dataset.build(sqlite_workspace)
    widget = DashboardWidget(sqlite_workspace)
    qtbot.addWidget(widget)
    widget.resize(1300, 760)
    widget.show()
    with qtbot.waitSignal(widget.refreshed, timeout=20000):
        widget.refresh()
    return widget


def _tiles(widget: DashboardWidget) -> dict[str, str]:
    return {t.label.text(): t.value.text() for t in widget.tiles}


def test_this_year_so_far(dashboard: DashboardWidget) -> None:
    # 01.01.2026-21.11.2026: all eight dwellings; let V1, V3, V8 after 21, 26 and 20 days.
    tiles = _tiles(dashboard)
    assert tiles["Received"] == "8"
    assert tiles["Accepted"] == "5"
    assert tiles["Let"] == "3"
    assert tiles["Median days to let"] == "21.0"
    assert tiles["Households housed"] == "3"
    assert tiles["Offers accepted"] == "3"
    assert tiles["Organisations meeting the quota"] == "2 of 2"
    assert dashboard.range.text() == "01/01/2026 - 21/11/2026"


def test_choosing_another_period_reloads(qtbot, dashboard: DashboardWidget) -> None:
    with qtbot.waitSignal(dashboard.refreshed, timeout=20000):
        dashboard.period.setCurrentIndex(dashboard.period.findData(Period.LAST_MONTH.value))
    # October 2026: reported V3, V4, V5, V6; let V1 (01.10); accepted V3, V4, V5.
    tiles = _tiles(dashboard)
    assert tiles["Received"] == "4"
    assert tiles["Let"] == "1"
    assert tiles["Accepted"] == "3"
    assert dashboard.range.text() == "01/10/2026 - 31/10/2026"


def test_the_charts_show_vacancies_per_month_and_housed_per_target_group(
    dashboard: DashboardWidget,
) -> None:
    titles = [view.chart().title() for view in dashboard.charts]
    assert titles == ["Vacancies per month", "Housed per target group"]
    assert all(view.chart().series() for view in dashboard.charts)


def test_open_reports_asks_for_the_reports_page(qtbot, dashboard: DashboardWidget) -> None:
    with qtbot.waitSignal(dashboard.open_reports):
        dashboard.reports_button.click()
