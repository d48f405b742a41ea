"""`anvis import vacancies`: the JSON report, exit codes, and hostile files that must leave the
database untouched with one clear line on stderr."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import func, select

from db.models import ImportBatch, Vacancy
from desktop.cli.main import main
from desktop.core.workspace import open_workspace
from tests.unit.intake.factories import load_sample_registry


@pytest.fixture
def db(tmp_path: Path, samples: Path) -> Path:
    path = tmp_path / "desk.sqlite"
    ws = open_workspace(path, backup_dir=tmp_path / "backups", user="tester")
    load_sample_registry(ws, samples)
    ws.close()
    return path


def _run(db: Path, *args: str) -> int:
    return main(["--db", str(db), "import", "vacancies", *args])


def _counts(db: Path) -> tuple[int, int]:
    ws = open_workspace(db)
    try:
        with ws.read() as session:
            return (
                session.scalar(select(func.count()).select_from(Vacancy)) or 0,
                session.scalar(select(func.count()).select_from(ImportBatch)) or 0,
            )
    finally:
        ws.close()


def test_json_report_of_a_file_with_row_errors(db, samples, capsys) -> None:
    code = _run(db, str(samples / "vacancies_alabu_december.xlsx"), "--org", "212", "--json")
    assert code == 0
    report = json.loads(capsys.readouterr().out)
    assert set(report) == {
        "file",
        "organisation",
        "rows_total",
        "rows_imported",
        "rows_rejected",
        "duplicates",
        "errors",
        "dry_run",
        "scheme",
        "columns",
        "unmapped_columns",
        "suggested_columns",
        "ignored_columns",
    }
    assert report["file"] == "vacancies_alabu_december.xlsx"
    assert report["organisation"] == "212"
    assert (report["rows_total"], report["rows_imported"]) == (28, 25)
    assert (report["rows_rejected"], report["duplicates"]) == (2, 1)
    assert report["dry_run"] is False
    assert {(e["sheet"], e["row"], e["column"]) for e in report["errors"]} == {
        ("December 2026", 11, "Afdelingsnummer"),
        ("December 2026", 21, "Månedlig leje inkl. aconto"),
    }
    assert _counts(db) == (25, 1)
    # Every column of Alabu's layout is read: none is left out in silence.
    assert report["unmapped_columns"] == []
    assert report["columns"]["Areal"] == "area_m2"
    assert report["columns"]["Depositum"] == "deposit"
    assert report["columns"]["Månedlig leje inkl. aconto"] == "rent_total"


def test_dry_run_writes_nothing_and_the_organisation_is_found(db, samples, capsys) -> None:
    code = _run(db, str(samples / "vacancies_himmerland_uge47.xlsx"), "--dry-run", "--json")
    assert code == 0
    report = json.loads(capsys.readouterr().out)
    assert report["organisation"] == "145"
    assert report["rows_imported"] == 38
    assert report["dry_run"] is True
    assert _counts(db) == (0, 0)


def test_a_file_whose_organisation_is_found_is_read_once(db, samples, capsys, monkeypatch) -> None:
    from desktop.core import tabular
    from desktop.core.tabular import reader

    reads: list[str] = []
    real = reader.read_bytes

    def counted(name, data, **kwargs):
        reads.append(name)
        return real(name, data, **kwargs)

    monkeypatch.setattr(reader, "read_bytes", counted)
    assert tabular.read_workbook is reader.read_workbook  # the one the CLI and preview use
    code = _run(db, str(samples / "vacancies_himmerland_uge47.xlsx"), "--dry-run", "--json")
    assert code == 0
    assert json.loads(capsys.readouterr().out)["organisation"] == "145"
    assert reads == ["vacancies_himmerland_uge47.xlsx"]


def _odd_headers(samples: Path, folder: Path) -> Path:
    """Lejerbo's CSV with headers the synonym table does not know (gross area, an abbreviated
    a conto, a deposit with a note) and a column that is nothing of a dwelling."""
    text = (samples / "vacancies_lejerbo.csv").read_bytes().decode("cp1252")
    header, *rows = text.split("\r\n")
    header = (
        header.replace("Kvm", "Brutto-areal i alt")
        .replace("Forbrug aconto", "Acontobidr. varme")
        .replace("Indskud", "Depositum (3 mdr.)")
    )
    lines = [header + ";Hospital;Tom"] + [row + ";x;" if row else row for row in rows]
    path = folder / "lejerbo_anden_eksport.csv"
    path.write_bytes("\r\n".join(lines).encode("cp1252"))
    return path


def test_the_json_names_every_column_read_and_every_column_not_understood(
    db, samples, tmp_path, capsys
) -> None:
    path = _odd_headers(samples, tmp_path)
    assert _run(db, str(path), "--org", "310", "--dry-run", "--json") == 0
    report = json.loads(capsys.readouterr().out)
    assert report["columns"]["Leje"] == "rent"
    assert report["columns"]["Ledig fra"] == "available_from"
    assert "Brutto-areal i alt" not in report["columns"]
    assert report["unmapped_columns"] == [
        "Brutto-areal i alt",
        "Acontobidr. varme",
        "Depositum (3 mdr.)",
        "Hospital",
        "Tom",
    ]
    # Suggestions are only suggestions: said, never used to read the values.
    assert report["suggested_columns"] == {
        "Brutto-areal i alt": "area_m2",
        "Acontobidr. varme": "aconto_heating",
        "Depositum (3 mdr.)": "deposit",
    }
    assert _run(db, str(path), "--org", "310", "--dry-run") == 0
    out = capsys.readouterr().out
    assert "Columns not understood (not imported)" in out
    assert "Acontobidr. varme (suggestion: A conto heating)" in out


def test_strict_refuses_a_file_with_columns_not_understood_and_writes_nothing(
    db, samples, tmp_path, capsys
) -> None:
    path = _odd_headers(samples, tmp_path)
    assert _run(db, str(path), "--org", "310", "--strict") == 2
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1
    assert "Acontobidr. varme" in lines[0]
    assert "Hospital" in lines[0]
    assert "Tom" not in lines[0]  # an empty column loses nothing
    assert captured.out == ""
    assert _counts(db) == (0, 0)
    # A file whose every column is understood imports under --strict as usual.
    assert _run(db, str(samples / "vacancies_lejerbo.csv"), "--org", "310", "--strict") == 0
    assert _counts(db) == (34, 1)


def test_the_human_summary_says_when_nothing_is_new(db, samples, capsys) -> None:
    path = str(samples / "vacancies_hasseris.ods")
    assert _run(db, path, "--org", "131") == 0
    capsys.readouterr()
    assert _run(db, path, "--org", "131") == 0
    assert "Nothing new" in capsys.readouterr().out
    assert _counts(db) == (22, 2)


def _xlsx(sheet_xml: str, *, extra: dict[str, bytes] | None = None) -> bytes:
    """A minimal workbook with one sheet whose XML is `sheet_xml`."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as book:
        book.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
            'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats'
            '-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
            'officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/'
            'sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml'
            '.worksheet+xml"/></Types>',
        )
        book.writestr(
            "_rels/.rels",
            '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
            '2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
            'officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            "</Relationships>",
        )
        book.writestr(
            "xl/workbook.xml",
            '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/'
            'spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/'
            '2006/relationships"><sheets><sheet name="Ledige" sheetId="1" r:id="rId1"/></sheets>'
            "</workbook>",
        )
        book.writestr(
            "xl/_rels/workbook.xml.rels",
            '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
            '2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
            'officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
            "</Relationships>",
        )
        book.writestr("xl/worksheets/sheet1.xml", sheet_xml)
        for name, data in (extra or {}).items():
            book.writestr(name, data)
    return buffer.getvalue()


_SHEET = (
    '<?xml version="1.0"?>{doctype}<worksheet xmlns="http://schemas.openxmlformats.org/'
    'spreadsheetml/2006/main">{dimension}<sheetData>{rows}</sheetData></worksheet>'
)


def _hostile(name: str, samples: Path) -> tuple[str, bytes]:
    real = (samples / "vacancies_alabu_december.xlsx").read_bytes()
    if name == "empty":
        return "ledige.xlsx", b""
    if name == "truncated":
        return "ledige.xlsx", real[: len(real) // 2]
    if name == "word":
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as doc:
            doc.writestr("[Content_Types].xml", "<Types/>")
            doc.writestr("word/document.xml", "<w:document/>")
        return "ledige.xlsx", buffer.getvalue()
    if name == "million_rows":
        return "ledige.xlsx", _xlsx(
            _SHEET.format(
                doctype="",
                dimension='<dimension ref="A1:Z1048576"/>',
                rows='<row r="1048576"><c r="Z1048576" t="inlineStr"><is><t>x</t></is></c></row>',
            )
        )
    if name == "entities":
        doctype = (
            '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;">'
            '<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
        )
        rows = '<row r="1"><c r="A1" t="inlineStr"><is><t>&lol2;&xxe;</t></is></c></row>'
        return "ledige.xlsx", _xlsx(_SHEET.format(doctype=doctype, dimension="", rows=rows))
    if name == "zip_bomb":
        bomb = b"\0" * (64 * 1024 * 1024)  # compresses about 1000:1
        return "ledige.xlsx", _xlsx(
            _SHEET.format(doctype="", dimension="", rows=""), extra={"xl/media/pad.bin": bomb}
        )
    if name == "huge_cell":
        return "ledige.csv", ("Afd;Adresse\n1;" + "x" * (10 * 1024 * 1024) + "\n").encode()
    if name == "password":
        # An encrypted OOXML workbook is a CFB container holding EncryptionInfo: recognised by
        # its content, whatever the name says.
        return "ledige.xlsx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 1024 + (
            "EncryptionInfo".encode("utf-16-le")
        ) + b"\0" * 1024
    raise AssertionError(name)


@pytest.mark.parametrize(
    "kind",
    ["empty", "truncated", "word", "million_rows", "entities", "zip_bomb", "huge_cell", "password"],
)
def test_a_hostile_file_exits_2_with_one_line_and_the_database_untouched(
    db, samples, tmp_path, capsys, kind
) -> None:
    name, data = _hostile(kind, samples)
    path = tmp_path / name
    path.write_bytes(data)
    code = _run(db, str(path), "--org", "212")
    captured = capsys.readouterr()
    assert code == 2
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("anvis: ")
    assert name in lines[0]
    assert "Traceback" not in captured.err
    assert captured.out == ""
    assert _counts(db) == (0, 0)


def test_a_missing_file_exits_2(db, tmp_path, capsys) -> None:
    assert _run(db, str(tmp_path / "nowhere.xlsx"), "--org", "212") == 2
    assert "nowhere.xlsx" in capsys.readouterr().err


def test_a_file_without_a_header_row_is_a_file_problem_also_when_no_organisation_is_given(
    db, tmp_path, capsys
) -> None:
    path = tmp_path / "tal.csv"
    path.write_text("".join(f"{n};{n % 7};{n * 3},5\n" for n in range(200)), "utf-8")
    assert _run(db, str(path)) == 2  # not "which organisation?": nothing here is a vacancy
    (line,) = capsys.readouterr().err.strip().splitlines()
    assert "header row" in line
    assert _counts(db) == (0, 0)
