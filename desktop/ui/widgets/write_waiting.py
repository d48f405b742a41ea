"""The status bar's note that a save is waiting for the database.

While another workstation holds the write lock a save can wait up to the busy timeout; the
window keeps working (writes run on the write worker, `desktop.ui.tasks`), and this note says
why the save has not finished yet, so nobody clicks Save again or thinks Anvis hangs.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from desktop.ui.tasks import WriteWaits


class WriteWaitingLabel(QLabel):
    """Shown while `waits` says a save waits; hidden otherwise."""

    def __init__(self, waits: WriteWaits, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("write_waiting")
        self.setText(self.tr("Waiting for the database – another workstation may be saving…"))
        self.setToolTip(
            self.tr(
                "Your change is saved as soon as the other workstation has finished saving; "
                "you can go on working meanwhile."
            )
        )
        self.setStyleSheet(
            "QLabel#write_waiting { background: #fff3cd; color: #664d03; font-weight: 600;"
            " border-radius: 3px; padding: 1px 8px; }"
        )
        self.setVisible(waits.waiting)
        waits.changed.connect(self.setVisible)
