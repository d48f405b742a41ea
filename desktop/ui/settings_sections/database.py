"""The database this workstation uses: the file on this PC or the desk's shared server."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core import shared_db, storage_check
from desktop.core.errors import UserError
from desktop.ui.dialogs.first_run import ServerForm
from desktop.ui.pages.base import PageContext
from desktop.ui.settings_sections.parts import section_heading


class DatabaseSection(QWidget):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.current = QLabel()
        self.current.setWordWrap(True)
        self.current.setObjectName("current_database")
        self.warning = QLabel()
        self.warning.setObjectName("network_warning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(
            "background: #fff3cd; border: 1px solid #e0c068; padding: 6px; color: #5c4400;"
        )
        box = self._server_box()
        layout = QVBoxLayout(self)
        layout.addWidget(section_heading(self.tr("Database")))
        layout.addWidget(self.current)
        layout.addWidget(self.warning)
        layout.addWidget(box)
        layout.addStretch(1)
        self.use_server.clicked.connect(self.choose_server)
        self.use_local.clicked.connect(self.choose_local)

    def _server_box(self) -> QGroupBox:
        """The shared server's connection, and the buttons that choose the database."""
        box = QGroupBox(self.tr("The desk's shared database on a server (several workstations)"))
        intro = QLabel(
            self.tr(
                "With several workstations, every PC works in one PostgreSQL database on a "
                'server that IT sets up (see "A shared database for several workstations" in '
                "the README). Fill in what IT gave you, test the connection, and use it from "
                "the next start. The password is kept in a file only your Windows login can "
                "read."
            )
        )
        intro.setWordWrap(True)
        self.server = ServerForm()
        self.use_server = QPushButton(self.tr("&Use this server from the next start"))
        self.use_local = QPushButton(self.tr("Use the database file on this &PC"))
        self.status = QLabel()
        self.status.setObjectName("database_status")
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.use_server)
        buttons.addWidget(self.use_local)
        buttons.addStretch(1)
        box_layout = QVBoxLayout(box)
        box_layout.addWidget(intro)
        box_layout.addWidget(self.server)
        box_layout.addLayout(buttons)
        box_layout.addWidget(self.status)
        return box

    @staticmethod
    def title() -> str:
        return QCoreApplication.translate("DatabaseSection", "Database")

    def on_shown(self) -> None:
        ws = self.context.workspace
        if ws.database.sqlite_path is None:
            text = self.tr("This workstation works in the shared database {database}.")
        else:
            text = self.tr("This workstation works in the database file {database} on this PC.")
        self.current.setText(text.format(database=ws.describe()))
        warning = storage_check.warning(ws.database.sqlite_path)
        self.warning.setText(warning or "")
        self.warning.setVisible(bool(warning))
        self.server.load(shared_db.load())
        self.use_local.setEnabled(shared_db.chosen_database() is not None)

    def choose_server(self) -> None:
        try:
            self.server.save()
        except UserError as exc:
            self.status.setText(exc.message)
            return
        self.use_local.setEnabled(True)
        self.status.setText(
            self.tr("Saved. Restart Anvis to work in the shared database {database}.").format(
                database=self.server.settings.database
            )
        )

    def choose_local(self) -> None:
        shared_db.forget()
        self.use_local.setEnabled(False)
        self.status.setText(
            self.tr("Saved. From the next start Anvis uses the database file on this PC.")
        )


SECTION = DatabaseSection
