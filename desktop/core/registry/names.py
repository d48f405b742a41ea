"""The names of the colours, the ministry's lists and the forms of flexible letting, in the
language of the session (the register, the lookup, exports and reports all say them so)."""

from __future__ import annotations

from db.enums import Colour, FlexibleLetting, ListKind
from desktop.core.i18n import translate


def colour_name(colour: Colour) -> str:
    return {
        Colour.GREEN: translate("Colours", "green"),
        Colour.YELLOW: translate("Colours", "yellow"),
        Colour.RED: translate("Colours", "red"),
    }[colour]


def list_name(kind: ListKind) -> str:
    return {
        ListKind.DISADVANTAGED: translate("Colours", "disadvantaged area"),
        ListKind.PARALLEL_SOCIETY: translate("Colours", "parallel society"),
        ListKind.TRANSFORMATION: translate("Colours", "transformation area"),
        ListKind.PREVENTION: translate("Colours", "prevention area"),
        ListKind.COMBINED_LETTING: translate("Colours", "combined letting"),
    }[kind]


def flexible_name(form: FlexibleLetting) -> str:
    return {
        FlexibleLetting.NONE: translate("Colours", "none"),
        FlexibleLetting.AGREED: translate("Colours", "agreed"),
        FlexibleLetting.MANDATORY: translate("Colours", "mandatory"),
    }[form]
