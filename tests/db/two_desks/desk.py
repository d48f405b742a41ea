"""Two desks at once: backups, the desk's settings, and files that leave the desk (exports,
reports)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from db.enums import AuditAction
from db.models import Department
from desktop.core import backups, desk, settings
from desktop.core.exchange import quota_export, reply, template
from desktop.core.forecast import settings as forecast_settings
from desktop.core.intake import config as intake_config
from desktop.core.matching import config as matching_config
from desktop.core.matching import settings as matching_specs
from desktop.core.offers import settings as offer_specs
from desktop.core.registry import export, policy
from desktop.core.reports import catalogue
from desktop.core.reports import export as report_export
from desktop.core.schemes import editing as scheme_editing
from desktop.core.schemes.settings import SCHEMES, Schemes
from desktop.core.workspace import Workspace
from tests.conftest import TODAY
from tests.db.two_desks.race import Outcomes
from tests.db.two_desks.table import World, both_succeed, logged, scenario, setting_pair


def _backup_scenario(make_copy: Callable[[Workspace, str], Any]) -> Any:
    """Both desks copy the database at once (SQLite; a server is backed up by IT): every copy
    a desk was given exists and is logged."""

    def check(world: World, ctx: Any, outcomes: Outcomes) -> None:
        if not world.ws.database.is_sqlite:
            for _name, outcome in outcomes.items():
                assert outcome.value is None
                assert outcome.error is None or isinstance(outcome.error, backups.DatabaseProblem)
            assert world.audit(AuditAction.BACKUP) == 0
            return
        both_succeed(outcomes)
        made = [o.value for _n, o in outcomes.items() if o.value is not None]
        assert made
        assert all(Path(p).exists() for p in made)
        assert world.audit(AuditAction.BACKUP) == len(made)

    return (
        (lambda world: None),
        lambda ws, ctx: make_copy(ws, "anna"),
        lambda ws, ctx: make_copy(ws, "bo"),
        check,
    )


@scenario("backups made by both", "desktop.core.backups.backup")
def _() -> Any:
    return _backup_scenario(backups.backup)


@scenario("backups before a bulk action by both", "desktop.core.backups.backup_before")
def _() -> Any:
    return _backup_scenario(lambda ws, who: backups.backup_before(ws, f"merge {who}"))


@scenario("the daily backup started by both", "desktop.core.backups.daily_backup")
def _() -> Any:
    return _backup_scenario(lambda ws, who: backups.daily_backup(ws))


setting_pair(
    "backup policy set by both",
    ("desktop.core.backups.set_policy",),
    lambda ws, who: backups.set_policy(ws, "", 5 if who == "anna" else 9),
    backups.kept,
    lambda who: 5 if who == "anna" else 9,
)
setting_pair(
    "the desk's contact details set by both",
    ("desktop.core.desk.set_contact",),
    lambda ws, who: desk.set_contact(ws, settings.DeskContact(phone=f"99 31 31 {len(who)}0")),
    lambda ws: desk.contact(ws).phone,
    lambda who: f"99 31 31 {len(who)}0",
)


setting_pair(
    "the forecast's months saved by both",
    ("desktop.core.forecast.settings.save_months",),
    lambda ws, who: forecast_settings.save_months(ws, 18 if who == "anna" else 24),
    forecast_settings.load_months,
    lambda who: 18 if who == "anna" else 24,
)


def _intake_settings(who: str) -> intake_config.IntakeSettings:
    default = intake_config.IntakeSettings(
        settings.RENT_CEILINGS.default, settings.DEADLINES.default
    )
    factor = 1.1 if who == "anna" else 1.2
    ceilings = tuple(
        replace(c, ceiling=round(c.ceiling * factor)) for c in default.ceilings.ceilings
    )
    return intake_config.IntakeSettings(
        replace(default.ceilings, ceilings=ceilings),
        replace(default.deadlines, reply_days=6 if who == "anna" else 8),
    )


setting_pair(
    "intake settings saved by both",
    ("desktop.core.intake.config.save",),
    lambda ws, who: intake_config.save(ws, _intake_settings(who)),
    intake_config.load,  # both settings of one desk, never one of each
    _intake_settings,
)


def _schemes(who: str) -> Schemes:
    default = SCHEMES.default
    months = 12 if who == "anna" else 36
    return Schemes(
        tuple(replace(s, lease_months=months) if s.key == "starter" else s for s in default.schemes)
    )


setting_pair(
    "housing schemes saved by both",
    ("desktop.core.schemes.editing.save",),
    lambda ws, who: scheme_editing.save(ws, _schemes(who)),
    scheme_editing.load,
    _schemes,
)


def _matching_settings(who: str) -> matching_config.MatchingSettings:
    with_defaults = matching_config.MatchingSettings(
        **{name: spec.default for name, spec in matching_specs.RULE_SPECS.items()},
        reasons=offer_specs.DECLINE_REASONS.default,
        policy=offer_specs.REFUSAL_POLICY.default,
    )
    return replace(
        with_defaults,
        occupancy=replace(with_defaults.occupancy, extra_rooms=1.0 if who == "anna" else 2.0),
        age=replace(with_defaults.age, young_to=29 if who == "anna" else 30),
    )


def _occupancy_and_age(value: matching_config.MatchingSettings) -> Any:
    return value.occupancy, value.age


setting_pair(
    "matching settings saved by both",
    ("desktop.core.matching.config.save",),
    lambda ws, who: matching_config.save(ws, _matching_settings(who)),
    lambda ws: _occupancy_and_age(matching_config.load(ws)),
    lambda who: _occupancy_and_age(_matching_settings(who)),
)


def _colour_policy(who: str) -> settings.ColourPolicy:
    default = settings.COLOUR_POLICY.default
    share = 20.0 if who == "anna" else 30.0
    return replace(default, green=replace(default.green, share_percent=share))


setting_pair(
    "colour policy saved by both",
    ("desktop.core.registry.policy.save_policy",),
    lambda ws, who: policy.save_policy(ws, _colour_policy(who), TODAY, who),
    lambda ws: policy.policy_in_force(ws).policy,
    _colour_policy,
)


# --- files out: exports and reports -----------------------------------------------------------

PERIOD = (TODAY - dt.timedelta(days=60), TODAY)


def _organisation(world: World) -> tuple[int, Path]:
    return world.read(Department, world.department()).organisation_id, world.folder


logged(
    "quota exported by both",
    "desktop.core.exchange.quota_export.export_quota",
    _organisation,
    lambda ws, ctx, who: quota_export.export_quota(ws, *PERIOD, ctx[1] / f"{who}.xlsx"),
    AuditAction.EXPORT,
)
logged(
    "reply workbook exported by both",
    "desktop.core.exchange.reply.export_replies",
    _organisation,
    lambda ws, ctx, who: reply.export_replies(ws, ctx[0], *PERIOD, ctx[1] / f"{who}.xlsx"),
    AuditAction.EXPORT,
)
logged(
    "intake template exported by both",
    "desktop.core.exchange.template.export_template",
    _organisation,
    lambda ws, ctx, who: template.export_template(ws, ctx[0], ctx[1] / f"{who}.xlsx"),
    AuditAction.EXPORT,
)
logged(
    "placements exported by both",
    "desktop.core.registry.export.export_placements",
    _organisation,
    lambda ws, ctx, who: export.export_placements(ws, ctx[1] / f"{who}.xlsx"),
    AuditAction.EXPORT,
)
logged(
    "a report exported by both",
    "desktop.core.reports.export.export_report",
    _organisation,
    lambda ws, ctx, who: report_export.export_report(
        ws, catalogue.KEYS[0], *PERIOD, ctx[1] / f"{who}.xlsx"
    ),
    AuditAction.EXPORT,
)
logged(
    "a shown report saved by both",
    "desktop.core.reports.export.save_report",
    _organisation,
    lambda ws, ctx, who: report_export.save_report(
        ws, catalogue.build_report(ws, catalogue.KEYS[0], *PERIOD), ctx[1] / f"{who}.xlsx"
    ),
    AuditAction.EXPORT,
)
logged(
    "the yearly follow-up exported by both",
    "desktop.core.reports.export.export_yearly",
    _organisation,
    lambda ws, ctx, who: report_export.export_yearly(ws, 2026, ctx[1] / f"{who}.xlsx"),
    AuditAction.EXPORT,
)
logged(
    "a shown yearly follow-up saved by both",
    "desktop.core.reports.export.save_book",
    _organisation,
    lambda ws, ctx, who: report_export.save_book(
        ws, catalogue.yearly_follow_up(ws, 2026), ctx[1] / f"{who}.xlsx"
    ),
    AuditAction.EXPORT,
)
