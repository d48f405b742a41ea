"""Every hostile or broken file ends in a FileProblem with a message that says why."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.errors import FileProblem
from desktop.core.tabular import read_workbook
from tests.fixtures import hostile


@pytest.fixture(scope="module")
def hostile_files(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    folder = tmp_path_factory.mktemp("hostile")
    return folder, hostile.write_all(folder)


def test_there_are_at_least_forty_distinct_cases() -> None:
    assert len(hostile.CASES) >= 40


@pytest.mark.parametrize("name", sorted(hostile.CASES))
def test_hostile_file_is_refused_with_a_clear_message(
    hostile_files: tuple[Path, dict[str, str]], name: str
) -> None:
    folder, expected = hostile_files
    with pytest.raises(FileProblem) as caught:
        read_workbook(folder / name)
    message = str(caught.value)
    assert expected[name] in message
    assert name in message
    assert "Traceback" not in message


def test_a_claimed_million_rows_is_harmless(tmp_path: Path) -> None:
    path = tmp_path / "claims.xlsx"
    path.write_bytes(
        hostile.xlsx_bytes(
            [hostile.sheet_xml(hostile.HEADER_ROW, head='<dimension ref="A1:XFD1048576"/>')]
        )
    )
    (sheet,) = read_workbook(path).sheets
    assert sheet.rows == [(1, ("Afd.", "Husleje"))]


def test_cells_without_references_are_placed_like_excel_does(tmp_path: Path) -> None:
    path = tmp_path / "implicit.xlsx"
    body = '<row r="2"><c><v>1</v></c><c/><c><v>2</v></c></row><row><c><v>3</v></c></row>'
    path.write_bytes(hostile.xlsx_bytes([hostile.sheet_xml(body)]))
    (sheet,) = read_workbook(path).sheets
    assert sheet.rows == [(2, (1.0, None, 2.0)), (3, (3.0, None, None))]


def test_files_made_by_hand_still_read_when_they_are_merely_unusual(tmp_path: Path) -> None:
    path = tmp_path / "wide.xlsx"
    cells = "".join(f'<c r="{col}1"><v>{i}</v></c>' for i, col in enumerate(["A", "AB", "ZZ"]))
    path.write_bytes(hostile.xlsx_bytes([hostile.sheet_xml(f'<row r="1">{cells}</row>')]))
    (sheet,) = read_workbook(path).sheets
    assert len(sheet.rows[0][1]) == 702
    assert sheet.rows[0][1][27] == 1.0


@pytest.mark.parametrize(
    "prolog",
    [
        "<!-- <worksheet> --><!DOCTYPE x [<!ENTITY e 'x'>]>",
        "<?mso-application <worksheet>?><!DOCTYPE x [<!ENTITY e 'x'>]>",
        "<!DOCTYPE x [<!-- <worksheet> --><!ENTITY e 'x'>]>",
    ],
)
def test_a_doctype_behind_a_tag_in_a_comment_is_still_refused_as_harmful(
    tmp_path: Path, prolog: str
) -> None:
    path = tmp_path / "hidden_doctype.xlsx"
    body = '<row r="1"><c r="A1" t="inlineStr"><is><t>&e;</t></is></c></row>'
    path.write_bytes(hostile.xlsx_bytes([hostile.sheet_xml(body, prolog=prolog)]))
    with pytest.raises(FileProblem) as caught:
        read_workbook(path)
    assert hostile.XML in str(caught.value)


def test_a_comment_before_the_root_element_is_harmless(tmp_path: Path) -> None:
    path = tmp_path / "comment.xlsx"
    xml = hostile.sheet_xml(hostile.HEADER_ROW, prolog="<!-- written by <Anvis> -->")
    path.write_bytes(hostile.xlsx_bytes([xml]))
    (sheet,) = read_workbook(path).sheets
    assert sheet.rows == [(1, ("Afd.", "Husleje"))]
