"""Finding the header row and mapping columns to an importer's fields.

Organisations name the same column in many ways ("Afd.", "Afd nr", "AFD-NR", "Afdelingsnummer").
Headers are compared in a normalised form (case, spaces, punctuation and dots ignored; æ, ø, å
kept) against each field's declared synonyms: a known synonym list, not fuzzy matching, so a
mapping never changes behind the user's back. What staff confirmed once for an organisation
(a remembered mapping) wins over the synonyms.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from desktop.core.tabular.model import HEAD_ROWS, CellValue, Sheet, Values

IGNORE = ""
"""In a remembered mapping: "this column is deliberately not imported"."""


def normalise_header(text: object) -> str:
    """ "Afd.", "Afd nr" and "AFD-NR" -> "afd" / "afdnr"; keeps letters (æøå too) and digits."""
    if text is None:
        return ""
    if isinstance(text, float) and text.is_integer():
        text = int(text)
    folded = unicodedata.normalize("NFKC", str(text)).casefold()
    return "".join(ch for ch in folded if ch.isalnum())


@dataclass(frozen=True, slots=True)
class Field:
    """One value an importer reads; `synonyms` are the header texts organisations use."""

    name: str
    synonyms: tuple[str, ...]
    required: bool = False
    label: str = ""
    """How messages name the field when no column was found (defaults to the first synonym)."""
    hints: tuple[str, ...] = ()
    """Words (or phrases of words) that point to this field in a header no synonym matches, for
    suggesting a field to staff (see `hints.suggest_field`); never used to map by themselves."""

    @property
    def title(self) -> str:
        return self.label or (self.synonyms[0] if self.synonyms else self.name)


@dataclass(frozen=True, slots=True)
class FieldSet:
    fields: tuple[Field, ...]
    _lookup: dict[str, str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        lookup: dict[str, str] = {}
        for item in self.fields:
            for synonym in item.synonyms:
                key = normalise_header(synonym)
                if key in lookup and lookup[key] != item.name:
                    raise ValueError(
                        f"synonym {synonym!r} names both {lookup[key]} and {item.name}"
                    )
                lookup[key] = item.name
        object.__setattr__(self, "_lookup", lookup)

    def field_for(self, header: object) -> str | None:
        return self._lookup.get(normalise_header(header))

    def get(self, name: str) -> Field:
        for item in self.fields:
            if item.name == name:
                return item
        raise KeyError(name)

    @property
    def required(self) -> tuple[Field, ...]:
        return tuple(item for item in self.fields if item.required)


@dataclass(frozen=True, slots=True)
class HeaderMatch:
    row_number: int
    """Spreadsheet row number of the header (1-based)."""
    position: int
    """Index of the header row in `sheet.rows`; data rows follow it."""
    headers: Values
    score: int


def find_header(
    sheet: Sheet,
    fieldset: FieldSet,
    max_scan: int = HEAD_ROWS,
    remembered: Mapping[str, str] | None = None,
) -> HeaderMatch | None:
    """The row among the first `max_scan` that names most fields (titles above are skipped).

    A row whose only text sits in a merged block (a title across the sheet) cannot be the header.
    Needs at least two matching columns, or every required field, to count as a header.
    """
    best: HeaderMatch | None = None
    needed = min(2, len(fieldset.fields))
    for position, (number, values) in enumerate(sheet.rows[:max_scan]):
        if _is_merged_title(sheet, number, values):
            continue
        matched = {
            name
            for value in values
            if value is not None and (name := _field_of(value, fieldset, remembered))
        }
        score = len(matched)
        required_met = bool(fieldset.required) and all(f.name in matched for f in fieldset.required)
        if (score >= needed or required_met) and (best is None or score > best.score):
            best = HeaderMatch(number, position, values, score)
    return best


def _field_of(value: CellValue, fieldset: FieldSet, remembered: Mapping[str, str] | None) -> str:
    key = normalise_header(value)
    if remembered is not None and key in remembered:
        return remembered[key]
    return fieldset.field_for(value) or ""


def _is_merged_title(sheet: Sheet, number: int, values: Values) -> bool:
    filled = [column for column, value in enumerate(values) if value is not None]
    if len(filled) != 1 or not sheet.merged:
        return False
    block = sheet.merged_at(number, filled[0])
    return block is not None and block.last_column > block.first_column


@dataclass(frozen=True, slots=True)
class ColumnMap:
    """Which column holds which field, and what the user should be told about the rest."""

    header_row: int
    columns: dict[str, int]
    """Field name -> 0-based column index."""
    unmapped: tuple[tuple[int, str], ...]
    """(column index, header text) of visible columns no field uses and no remembered choice
    leaves out: the columns not understood."""
    hidden: tuple[tuple[int, str], ...]
    """(column index, header text) of hidden columns, never imported."""
    missing: tuple[str, ...]
    """Names of required fields without a column."""
    remembered: dict[str, str]
    """Normalised header -> field name for every mapped column, and -> `IGNORE` for every column
    a remembered choice leaves out: what to store as remembered."""
    ignored: tuple[tuple[int, str], ...] = ()
    """(column index, header text) of visible columns a remembered choice leaves out."""

    def value(self, values: Values, name: str) -> CellValue:
        column = self.columns.get(name)
        if column is None or column >= len(values):
            return None
        return values[column]


def map_columns(
    headers: Values,
    fieldset: FieldSet,
    *,
    header_row: int = 1,
    remembered: Mapping[str, str] | None = None,
    ignore_columns: Iterable[int] = (),
) -> ColumnMap:
    """Map header cells to fields: remembered choices first, then synonyms; first column wins."""
    ignored = set(ignore_columns)
    known = {item.name for item in fieldset.fields}
    columns: dict[str, int] = {}
    unmapped: list[tuple[int, str]] = []
    left_out: list[tuple[int, str]] = []
    hidden: list[tuple[int, str]] = []
    used: dict[str, str] = {}
    for column, header in enumerate(headers):
        if header is None:
            continue
        text = str(header)
        if column in ignored:
            hidden.append((column, text))
            continue
        key = normalise_header(header)
        if remembered is not None and key in remembered:
            name = remembered[key]
        else:
            name = fieldset.field_for(header) or ""
        if name in known and name not in columns:
            columns[name] = column
            used[key] = name
        elif name == IGNORE and remembered is not None and key in remembered:
            left_out.append((column, text))
            used[key] = IGNORE  # staff chose "not imported": remembered as such
        else:
            unmapped.append((column, text))
    missing = tuple(f.name for f in fieldset.fields if f.required and f.name not in columns)
    return ColumnMap(
        header_row, columns, tuple(unmapped), tuple(hidden), missing, used, tuple(left_out)
    )
