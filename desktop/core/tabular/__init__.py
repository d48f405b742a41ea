"""Reading organisations' spreadsheets safely into plain Python values (Qt- and DB-free).

Import the pieces from their modules or from here; nothing heavy is imported at package import
(python-calamine and defusedxml load on first read).
"""

from desktop.core.tabular.addresses import (
    Address,
    address_from_parts,
    normalise_door,
    normalise_floor,
    parse_address,
    parse_postcode,
    parse_postcode_city,
)
from desktop.core.tabular.headers import (
    IGNORE,
    ColumnMap,
    Field,
    FieldSet,
    HeaderMatch,
    find_header,
    map_columns,
    normalise_header,
)
from desktop.core.tabular.model import (
    DEFAULT_LIMITS,
    CellValue,
    Limits,
    MergedRange,
    Row,
    Sheet,
    Values,
    Workbook,
    column_index,
    column_letter,
)
from desktop.core.tabular.reader import read_bytes, read_workbook
from desktop.core.tabular.rows import is_blank, is_total_row
from desktop.core.tabular.values import (
    ValueProblem,
    parse_bool,
    parse_date,
    parse_decimal,
    parse_identifier,
    parse_int,
    parse_money,
    parse_rooms,
    parse_rooms_range,
    parse_text,
)

__all__ = [
    "DEFAULT_LIMITS",
    "IGNORE",
    "Address",
    "CellValue",
    "ColumnMap",
    "Field",
    "FieldSet",
    "HeaderMatch",
    "Limits",
    "MergedRange",
    "Row",
    "Sheet",
    "ValueProblem",
    "Values",
    "Workbook",
    "address_from_parts",
    "column_index",
    "column_letter",
    "find_header",
    "is_blank",
    "is_total_row",
    "map_columns",
    "normalise_door",
    "normalise_floor",
    "normalise_header",
    "parse_address",
    "parse_bool",
    "parse_date",
    "parse_decimal",
    "parse_identifier",
    "parse_int",
    "parse_money",
    "parse_postcode",
    "parse_postcode_city",
    "parse_rooms",
    "parse_rooms_range",
    "parse_text",
    "read_bytes",
    "read_workbook",
]
