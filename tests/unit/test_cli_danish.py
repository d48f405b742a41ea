"""The command line in Danish: `--lang da` (or Danish as the session's language) gives the help
of every command and argparse's own messages in Danish, and an error of the database in Danish
words, its raw English text kept for the log."""

from __future__ import annotations

import argparse
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.catalogues import install_for_cli
from desktop.cli.main import main


@pytest.fixture(autouse=True)
def _english_afterwards(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """main() installs the session's language for the process: put English back for the tests
    that follow, argparse's own texts included."""
    monkeypatch.setattr(argparse, "_", argparse._)  # type: ignore[attr-defined]
    monkeypatch.setattr(argparse, "ngettext", argparse.ngettext)  # type: ignore[attr-defined]
    yield
    install_for_cli("en")


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    try:
        code = main(argv)
    except SystemExit as exit_info:
        code = int(exit_info.code or 0)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_the_help_is_danish_with_lang_da(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = _run(["--lang", "da", "--help"], capsys)
    assert code == 0
    assert out.startswith("brug: anvis")
    for danish in (
        "Anvis – boliganvisningen. Uden en kommando åbnes vinduet.",
        "positionelle argumenter:",
        "tilvalg:",
        "vis denne hjælp og afslut",
        "sprog (standard: dansk)",
        "Ledige boliger: vis, afgør, bekræft forslag, fortryd",
        "Registret over boligsøgende",
        "Databeskyttelse: opbevaring og anonymisering",
        "Breve som PDF: tilbudsbreve, dagens breve, genudskrifter",
    ):
        assert danish in out, f"{danish!r} missing from:\n{out}"
    for english in (
        "usage:",
        "options:",
        "show this help message",
        "Without a command",
        "The applicant register",
        "Data protection",
        "Letters as PDF",
    ):
        assert english not in out


def test_a_sub_commands_help_is_danish(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = _run(["--lang", "da", "vacancies", "decide", "--help"], capsys)
    assert code == 0
    assert out.startswith("brug: anvis vacancies decide")
    assert "Acceptér eller returnér én modtaget bolig" in out
    assert "acceptér boligen" in out
    assert "sig, hvad der kræves; afgør intet" in out
    assert "maskinlæsbart output (JSON)" in out


def test_a_missing_argument_is_said_in_danish(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run(["--lang", "da", "import", "vacancies"], capsys)
    assert code == 2
    assert out == ""
    assert err.startswith("brug: anvis import vacancies")
    assert err.rstrip().endswith(
        "anvis import vacancies: fejl: følgende argumenter skal angives: FILE"
    )


def test_a_wrong_choice_is_said_in_danish(capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = _run(["--lang", "da", "offers", "list", "--status", "everything"], capsys)
    assert code == 2
    assert "fejl: argument --status: ugyldigt valg: 'everything' (vælg mellem" in err


def test_danish_is_the_default_when_the_session_is_danish(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ANVIS_LANG", "da")
    code, out, _err = _run(["demo", "--help"], capsys)
    assert code == 0
    assert "Opret en demodatabase med opdigtede data" in out
    code, out, _err = _run(["--lang", "en", "demo", "--help"], capsys)
    assert code == 0
    assert out.startswith("usage: anvis demo")
    assert "Create a demo database with invented data" in out


def test_a_database_error_is_said_in_danish_and_logged_as_it_is(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    not_a_database = tmp_path / "anvis.sqlite"
    not_a_database.write_bytes(b"a spreadsheet saved with the wrong name " * 40)
    with caplog.at_level(logging.INFO):
        code, out, err = _run(["--lang", "da", "check", "--db", str(not_a_database)], capsys)
    assert code == 1
    assert "Databasen kan ikke læses: filen er ikke en database" in out
    assert "file is not a database" not in out + err
    assert "file is not a database" in caplog.text
