"""Keyboard helpers shared by the pages and dialogs.

A button whose text has a mnemonic ("&Importér fil…") and that also gets a shortcut
(`setShortcut("Ctrl+I")`) loses its Alt+letter: Qt keeps one shortcut per button.
`finish_shortcuts(root)` gives such buttons their Alt+letter back and writes the shortcut into
their tooltip ("Importér fil (Ctrl+I)"), so the user can see and use both. The main window runs
it over every page it creates; dialogs call it at the end of their set-up.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QWidget


def shortcut_text(sequence: QKeySequence | QKeySequence.StandardKey | str) -> str:
    """The shortcut as the user's system writes it, e.g. "Ctrl+I"."""
    if not isinstance(sequence, QKeySequence):
        sequence = QKeySequence(sequence)
    return sequence.toString(QKeySequence.SequenceFormat.NativeText)


def plain_text(text: str) -> str:
    """A button or menu text without its mnemonic marker and trailing dots."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(".…").strip()


def with_shortcut(description: str, sequence: QKeySequence | QKeySequence.StandardKey | str) -> str:
    """ "Importér fil (Ctrl+I)"."""
    return f"{description} ({shortcut_text(sequence)})"


def _is_mnemonic(sequence: QKeySequence, text: str) -> bool:
    mnemonic = QKeySequence.mnemonic(text)
    return not mnemonic.isEmpty() and mnemonic == sequence


def finish_shortcuts(root: QWidget) -> None:
    """For every button under `root` with a shortcut of its own: the shortcut in its tooltip,
    and its mnemonic (Alt+letter) working as well."""
    for button in root.findChildren(QAbstractButton):
        sequence = button.shortcut()
        text = button.text()
        if sequence.isEmpty() or _is_mnemonic(sequence, text):
            continue
        native = shortcut_text(sequence)
        tip = button.toolTip()
        if native not in tip:
            button.setToolTip(f"{tip or plain_text(text)} ({native})")
        mnemonic = QKeySequence.mnemonic(text)
        if not mnemonic.isEmpty() and not button.property("anvis_mnemonic"):
            extra = QShortcut(mnemonic, button)
            extra.setContext(Qt.ShortcutContext.WindowShortcut)
            extra.activated.connect(
                lambda b=button: b.animateClick() if b.isVisible() and b.isEnabled() else None
            )
            button.setProperty("anvis_mnemonic", True)
