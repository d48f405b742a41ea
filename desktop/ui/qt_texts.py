"""Texts of Qt's own dialogs that Qt's Danish catalogue (qtbase_da) leaves in English.

The file dialog said "Look in" and the print dialog "Double Sided Printing" in an otherwise
Danish window. Listed here under Qt's own contexts, they get their Danish in the shell catalogue,
which is installed next to Qt's: Qt looks a text up in every installed catalogue. Nothing calls
this module; `pyside6-lupdate` reads it.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

# (context, text): Qt looks the text up under its class's name
MISSING_IN_QTBASE: tuple[tuple[str, object], ...] = (
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "&Look in:")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Directory")),
    ("QPrintSettingsOutput", QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Double Sided Printing")),
    ("QPrintSettingsOutput", QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Long side binding")),
    ("QPrintSettingsOutput", QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Short side binding")),
    ("QPrintSettingsOutput", QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Off")),
    ("QPrintSettingsOutput", QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Page &Set:")),
)
