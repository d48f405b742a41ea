"""What the settings sections share: their title and the Save button of a section's form.

layout.addWidget(section_heading(self.tr("Backups")))
self.buttons = save_box(self.save)        # Save, also Ctrl+S
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialogButtonBox, QLabel

# not `SECTION`: the settings page takes a module's SECTION for a section
from desktop.ui.widgets.heading import SECTION as SECTION_POINTS
from desktop.ui.widgets.heading import heading


def section_heading(text: str) -> QLabel:
    """A section's title (the settings page lists the sections beside it)."""
    return heading(text, SECTION_POINTS)


def save_box(on_save: Callable[[], object]) -> QDialogButtonBox:
    """A Save button that calls `on_save`, also on Ctrl+S."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save)
    # Ctrl+S saves the section in front (a hidden section's shortcut does not fire)
    buttons.button(QDialogButtonBox.StandardButton.Save).setShortcut(
        QKeySequence(QKeySequence.StandardKey.Save)
    )
    buttons.accepted.connect(on_save)
    return buttons
