"""What the settings sections share: their title (the Save button and a dated section's foot
are in `desktop.ui.widgets.dated_save`).

layout.addWidget(section_heading(self.tr("Backups")))
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

# not `SECTION`: the settings page takes a module's SECTION for a section
from desktop.ui.widgets.heading import SECTION as SECTION_POINTS
from desktop.ui.widgets.heading import heading


def section_heading(text: str) -> QLabel:
    """A section's title (the settings page lists the sections beside it)."""
    return heading(text, SECTION_POINTS)
