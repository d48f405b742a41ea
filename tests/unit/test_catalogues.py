"""The command line reads the Danish catalogues without Qt (`desktop.catalogues`) and finds what
Qt's own translators find, for every message of every catalogue; a command does not load Qt."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from desktop import catalogues
from desktop.core.paths import resources_dir

REPO = Path(__file__).resolve().parents[2]


def _messages() -> list[tuple[str, str, str | None]]:
    """Every message of the catalogues a command may show."""
    found = []
    for ts in sorted((resources_dir() / "translations").glob("*_da.ts")):
        if ts.name.startswith(catalogues.WINDOW_AREAS):
            continue
        for context in ET.parse(ts).getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                found.append((name, message.findtext("source") or "", message.findtext("comment")))
    return found


def _qt(translators: list[QTranslator], context: str, text: str, comment: str | None) -> str:
    for translator in translators:
        found = translator.translate(context, text, comment)
        if found:
            return str(found)
    return text


def test_every_message_is_what_qt_finds() -> None:
    translators = []
    for path in catalogues.catalogues("da"):  # all of them, as the window has them
        translator = QTranslator()
        assert translator.load(str(path)), path
        translators.append(translator)
    translate = catalogues.translator("da")
    messages = _messages()
    assert len(messages) > 500
    differ = [
        (context, text)
        for context, text, comment in messages
        if translate(context, text, comment) != _qt(translators, context, text, comment)
    ]
    assert differ == []
    # a disambiguation the catalogue does not know falls back to the text without one, as in Qt
    context, text, _ = next(m for m in messages if m[2] is None)
    assert translate(context, text, "no such comment") == _qt(translators, context, text, "x")
    assert translate("Nowhere", "Not a message") == "Not a message"


def test_english_is_the_source_text() -> None:
    context, text, comment = _messages()[0]
    assert catalogues.translator("en")(context, text, comment) == text


def test_a_file_that_is_not_a_catalogue_is_refused(tmp_path: Path) -> None:
    other = tmp_path / "shell_da.qm"
    other.write_bytes(b"not a catalogue")
    with pytest.raises(catalogues.CatalogueError):
        catalogues.read(other)


def test_a_command_does_not_load_qt() -> None:
    probe = (
        "import sys\n"
        "from desktop.cli.main import main\n"
        "try:\n"
        "    main(['--lang', 'da', 'today', '--help'])\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken'))))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
        check=False,
    )
    assert "Dagens arbejde" in done.stdout, done.stdout + done.stderr  # the help, in Danish
    assert done.stdout.strip().splitlines()[-1] == "[]"
