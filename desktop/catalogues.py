"""The Danish catalogues for the command line, read without Qt.

The catalogues are Qt's compiled `.qm` files (`resources/translations/<area>_<lang>.qm`, made by
`python -m desktop.tools.translations compile`); the window reads them with Qt's QTranslator
(`desktop.i18n`). A command reads the same files here: loading Qt for a command costs more than
the command's own work in many cases (Qt's libraries, and PySide's import hook, which reads the
source of every module imported after it: bench/startup.py, the command line).

A `.qm` file is a 16-byte magic number followed by blocks (a tag byte, a 32-bit big-endian
length, the data). The messages block holds one record per message: tagged fields (the
translation in UTF-16BE, the source text, context and comment in UTF-8), ending with an end tag.
A text is looked up as Qt does: by context, source text and comment (the disambiguation), then,
when there is a comment, by context and source text with an empty comment.
"""

from __future__ import annotations

import struct
from pathlib import Path

from desktop.core import i18n as core_i18n
from desktop.core.paths import resources_dir

MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_MESSAGES = 0x69  # the block of messages
# the fields of a message
_END, _TRANSLATION, _OBSOLETE1, _SOURCE, _CONTEXT, _COMMENT = 1, 3, 5, 6, 7, 8
_NULL = 0xFFFFFFFF  # a translation's length when it has none

Key = tuple[str, str, str]  # context, source text, comment


class CatalogueError(ValueError):
    """The file is not a catalogue this reader understands."""


# The areas of the window's pages, dialogs and settings sections (`desktop.tools.translations`
# names a catalogue after the area of its sources): no command shows their texts.
WINDOW_AREAS = ("page_", "dialog_", "section_")


def catalogues(language: str) -> list[Path]:
    """The compiled catalogues of `language`, one per area."""
    folder = resources_dir() / "translations"
    return sorted(folder.glob(f"*_{language}.qm"))


def command_line_catalogues(language: str) -> list[Path]:
    """The catalogues whose texts a command may show: the core's, the command line's, the
    shell's."""
    return [p for p in catalogues(language) if not p.name.startswith(WINDOW_AREAS)]


def read(path: Path) -> dict[Key, str]:
    """Every translated message of the catalogue at `path` (the first form of a plural)."""
    data = path.read_bytes()
    if not data.startswith(MAGIC):
        raise CatalogueError(f"{path.name} is not a Qt catalogue")
    found: dict[Key, str] = {}
    at = len(MAGIC)
    while at + 5 <= len(data):
        tag, length = data[at], struct.unpack_from(">I", data, at + 1)[0]
        start, at = at + 5, at + 5 + length
        if tag == _MESSAGES:
            _read_messages(data, start, at, found, path)
    return found


def _read_messages(data: bytes, at: int, end: int, found: dict[Key, str], path: Path) -> None:
    while at < end:
        translation: str | None = None
        fields = {_SOURCE: "", _CONTEXT: "", _COMMENT: ""}
        while True:
            tag = data[at]
            at += 1
            if tag == _END:
                break
            if tag == _OBSOLETE1:
                at += 4
                continue
            if tag not in (_TRANSLATION, *fields):
                raise CatalogueError(f"{path.name}: unknown field {tag} at byte {at - 1}")
            length = struct.unpack_from(">I", data, at)[0]
            at += 4
            if tag == _TRANSLATION:
                if length != _NULL and translation is None:  # plural forms: the first
                    translation = data[at : at + length].decode("utf-16-be")
                at += 0 if length == _NULL else length
            else:
                fields[tag] = data[at : at + length].decode("utf-8")
                at += length
        if translation:
            found[(fields[_CONTEXT], fields[_SOURCE], fields[_COMMENT])] = translation


def translator(language: str) -> core_i18n.Translator:
    """Core's `translate` from the command line's catalogues of `language` (the source text
    where none has the message)."""
    messages: dict[Key, str] = {}
    if language != "en":  # English is the source language
        for path in reversed(command_line_catalogues(language)):  # the first one with it wins
            messages.update(read(path))

    def translate(context: str, text: str, disambiguation: str | None = None) -> str:
        found = messages.get((context, text, disambiguation or ""))
        if found is None and disambiguation:
            found = messages.get((context, text, ""))
        return text if found is None else found

    return translate


def install_for_cli(language: str) -> None:
    """Core messages (and the command line's) in `language`, without Qt."""
    core_i18n.set_backend(translator(language), language)
