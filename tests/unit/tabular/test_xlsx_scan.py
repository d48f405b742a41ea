"""The worksheet scan sees the XML piece by piece as it is unpacked: wherever the pieces are cut,
it judges a sheet exactly as it would judge the whole part, and big sheets are checked all the
way through."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from desktop.core.errors import FileProblem
from desktop.core.tabular import read_workbook
from desktop.core.tabular.model import Limits
from desktop.core.tabular.xlsx_scan import SheetScan, hidden_columns
from desktop.core.tabular.zipguard import CHUNK
from tests.fixtures import hostile

NORMAL = '<row r="2"><c r="A2"><v>1</v></c><c r="AB9999" s="1"><v>2</v></c></row>'
UNUSUAL = {
    "far reference": '<row r="9"><c r="XFD1048576"><v>1</v></c></row>',
    "a column beyond AD": '<row r="9"><c r="AE2"><v>1</v></c></row>',
    "three letters": '<row r="9"><c r="ABC2"><v>1</v></c></row>',
    "no reference": "<row><c><v>1</v></c></row>",
    "empty cell without reference": "<row><c/></row>",
    "single quotes": "<row><c r='A1'><v>1</v></c></row>",
    "prefixed element": '<row><x:c r="A1"><v>1</v></x:c></row>',
    "line break before the reference": '<row><c\nr="A1"><v>1</v></c></row>',
}
COLS = '<cols><col min="2" max="3" hidden="1"/><col min="5" max="5" width="9"/></cols>'


def _document(body: str) -> bytes:
    return hostile.sheet_xml(NORMAL + body + NORMAL, head=COLS).encode()


def _judge(pieces: list[bytes]) -> tuple[bool, frozenset[int]]:
    scan = SheetScan()
    for piece in pieces:
        if not scan.feed(piece):
            break
    return scan.finish(), hidden_columns(scan.prefix())


def _cuts(document: bytes) -> list[list[bytes]]:
    """The document in two pieces cut at every position, and in pieces of a few bytes."""
    halves = [[document[:i], document[i:]] for i in range(len(document) + 1)]
    small = [[document[i : i + size] for i in range(0, len(document), size)] for size in (1, 3, 7)]
    return halves + small


def test_a_normal_sheet_is_proved_small_wherever_it_is_cut() -> None:
    document = _document(NORMAL)
    for pieces in _cuts(document):
        assert _judge(pieces) == (True, frozenset({1, 2})), pieces


@pytest.mark.parametrize("case", sorted(UNUSUAL))
def test_an_unusual_cell_is_noticed_wherever_the_pieces_are_cut(case: str) -> None:
    document = _document(UNUSUAL[case])
    for pieces in _cuts(document):
        assert _judge(pieces) == (False, frozenset({1, 2})), pieces


def _filler(rows: int, first: int = 2) -> str:
    return "".join(
        f'<row r="{n}"><c r="A{n}"><v>{n * 7 % 1000}</v></c>'
        f'<c r="B{n}" t="inlineStr"><is><t>Vej {n % 97}</t></is></c></row>'
        for n in range(first, first + rows)
    )


def _big_sheet(cell: str = "", at: int = 0) -> bytes:
    """A sheet of several unpacking pieces; `cell` (in a row of its own) starts `at` bytes into
    the unpacked XML, where the pieces are cut every CHUNK bytes."""
    start = hostile.sheet_xml("", head=COLS).split("<sheetData>")[0] + "<sheetData>"
    rows = _filler(28_000)
    before = start + hostile.HEADER_ROW
    if cell:
        cut = rows.rfind("<row ", 0, at - len(before) - 100)
        before += rows[:cut] + '<row r="900000">'
        rows = rows[cut:]
        before += " " * (at - len(before)) + cell + "</row>"
    xml = f"{before}{rows}</sheetData></worksheet>"
    assert len(xml) > 2 * CHUNK
    assert not cell or xml.index(cell) == at
    return hostile.xlsx_bytes([xml])


@pytest.mark.parametrize("at", [CHUNK - 40, CHUNK - 8, CHUNK - 1, CHUNK, CHUNK + 3, 2 * CHUNK - 5])
def test_a_far_cell_between_unpacking_pieces_is_refused(tmp_path: Path, at: int) -> None:
    path = tmp_path / "far.xlsx"
    path.write_bytes(_big_sheet('<c r="XFD900000"><v>1</v></c>', at))
    with pytest.raises(FileProblem) as caught:
        read_workbook(path)
    assert hostile.TOO_LARGE in str(caught.value)


def test_a_big_sheet_reads_with_its_hidden_columns(tmp_path: Path) -> None:
    path = tmp_path / "big.xlsx"
    path.write_bytes(_big_sheet())
    (sheet,) = read_workbook(path).sheets
    assert len(sheet.rows) == 28_001
    assert sheet.hidden_columns == frozenset({1, 2})
    assert sheet.rows[-1] == (28_001, (28_001 * 7 % 1000, "Vej " + str(28_001 % 97)))


def test_the_second_exact_pass_does_not_count_twice_against_the_zip_budget(
    tmp_path: Path,
) -> None:
    """Cells without references need the exact pass, which unpacks the sheet a second time."""
    rows = "".join(f"<row><c><v>{n}</v></c><c><v>{n % 13}</v></c></row>" for n in range(40_000))
    xml = hostile.sheet_xml(rows).encode()
    path = tmp_path / "implicit.xlsx"
    path.write_bytes(hostile.xlsx_bytes([xml.decode()], compression=zipfile.ZIP_DEFLATED))
    limits = Limits(max_uncompressed_bytes=len(xml) + len(xml) // 2)
    (sheet,) = read_workbook(path, limits=limits).sheets
    assert len(sheet.rows) == 40_000
    assert sheet.rows[-1] == (40_000, (39_999.0, float(39_999 % 13)))


def _rows(count: int, far_column: str) -> str:
    return "".join(
        f'<row r="{n}"><c r="A{n}"><v>{n}</v></c><c r="{far_column}{n}"><v>1</v></c></row>'
        for n in range(1, count + 1)
    )


def test_a_sheet_is_refused_at_the_row_limit_and_sooner_when_it_is_wide(tmp_path: Path) -> None:
    limits = Limits(max_rows=1_000, max_cells=15_000)
    narrow = tmp_path / "narrow.xlsx"
    narrow.write_bytes(hostile.xlsx_bytes([hostile.sheet_xml(_rows(900, "B"))]))
    assert len(read_workbook(narrow, limits=limits).sheets[0].rows) == 900
    long = tmp_path / "long.xlsx"
    long.write_bytes(hostile.xlsx_bytes([hostile.sheet_xml(_rows(1_001, "B"))]))
    with pytest.raises(FileProblem, match="more than 1000 rows"):
        read_workbook(long, limits=limits)
    # 600 rows reaching column AD (30 columns) are 18,000 cells: refused before calamine.
    wide = tmp_path / "wide.xlsx"
    wide.write_bytes(hostile.xlsx_bytes([hostile.sheet_xml(_rows(600, "AD"))]))
    with pytest.raises(FileProblem) as caught:
        read_workbook(wide, limits=limits)
    assert hostile.TOO_LARGE in str(caught.value)
    assert "column AD" in str(caught.value)
