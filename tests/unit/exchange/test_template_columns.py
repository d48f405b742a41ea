"""The template's headers and drop-down values are exactly what the vacancy importer reads."""

from __future__ import annotations

import pytest

from desktop.core.exchange import template
from desktop.core.intake.fields import FIELDS, NOT_IMPORTED
from desktop.core.intake.parse import parse_dwelling_type
from desktop.core.tabular.values import parse_bool


@pytest.mark.parametrize("lang", ["da", "en"])
def test_every_header_is_a_synonym_of_its_field(lang: str) -> None:
    for column in template.COLUMNS:
        assert FIELDS.field_for(column.header(lang)) == column.field


def test_the_template_asks_for_every_field_the_importer_imports() -> None:
    fields = {f.name for f in FIELDS.fields} - NOT_IMPORTED
    alternatives = {"address", "postcode_city", "rent_total", "aconto"}  # same data, other form
    assert {c.field for c in template.COLUMNS} == fields - alternatives


@pytest.mark.parametrize("lang", ["da", "en"])
def test_drop_down_values_parse(lang: str) -> None:
    for kind, label in template.DWELLING_TYPES[lang].items():
        assert parse_dwelling_type(label) == kind
    yes, no = template.YES_NO[lang]
    assert parse_bool(yes) is True
    assert parse_bool(no) is False


def test_help_texts_fit_excels_input_message() -> None:
    for column in template.COLUMNS:
        assert 0 < len(template.help_text(column.field)) <= template.MAX_PROMPT
