"""The first start on a workstation: which database? The demo, an empty one on this PC, or the
desk's shared server; optionally the master data (organisations and departments) from a workbook.

`ServerForm` (the connection fields with Test connection) is also the settings page's.

The app calls, when `shared_db.first_run_needed(args.db)`:

    choice = ask_first_run()           # None: the user quit

and, when the database it should open cannot be used, `ask_first_run(problem=message)`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core import paths, shared_db
from desktop.core.errors import UserError, ValidationError
from desktop.core.registry import master_data
from desktop.core.shared_db import SSL_MODES, ConnectionTest, ServerSettings
from desktop.ui.dialogs.forms import error_label
from desktop.ui.dialogs.import_report import show_import_report
from desktop.ui.widgets.heading import heading

DEMO = "demo"
EMPTY = "empty"
SHARED = "shared"


@dataclass(frozen=True)
class FirstRunChoice:
    kind: str  # DEMO, EMPTY or SHARED
    database: str | None  # what to open (None for the demo: the app's demo database)
    master_data: Path | None  # a workbook of organisations and departments to import first


class ServerForm(QWidget):
    """Host, port, database, user, password, SSL mode, and Test connection (with its result)."""

    tested = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = QLineEdit()
        self.host.setPlaceholderText("db01.kommune.local")
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.database = QLineEdit("anvis")
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("empty if IT set up a login without one"))
        self.sslmode = QComboBox()
        for mode in SSL_MODES:
            self.sslmode.addItem(mode, mode)
        self.test_button = QPushButton(self.tr("&Test connection"))
        self.result = QLabel()
        self.result.setObjectName("connection_result")
        self.result.setWordWrap(True)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&Server:"), self.host)
        form.addRow(self.tr("P&ort:"), self.port)
        form.addRow(self.tr("&Database:"), self.database)
        form.addRow(self.tr("&User:"), self.user)
        form.addRow(self.tr("Pass&word:"), self.password)
        form.addRow(self.tr("SS&L:"), self.sslmode)
        row = QHBoxLayout()
        row.addWidget(self.test_button)
        row.addStretch(1)
        form.addRow("", row)
        form.addRow("", self.result)
        self.test_button.clicked.connect(self.test)
        for edit in (self.host, self.database, self.user, self.password):
            edit.textChanged.connect(self.result.clear)
        self.last_test: ConnectionTest | None = None

    def load(self, settings: ServerSettings | None) -> None:
        if settings is None:
            return
        self.host.setText(settings.host)
        self.port.setValue(settings.port)
        self.database.setText(settings.database)
        self.user.setText(settings.user)
        self.sslmode.setCurrentIndex(max(0, self.sslmode.findData(settings.sslmode)))

    @property
    def settings(self) -> ServerSettings:
        return ServerSettings(
            self.host.text(),
            self.port.value(),
            self.database.text(),
            self.user.text(),
            str(self.sslmode.currentData()),
        )

    def test(self) -> ConnectionTest:
        """Connect once (at most a few seconds) and show what was found."""
        try:
            result = shared_db.test_connection(self.settings, self.password.text() or None)
        except ValidationError as exc:
            result = ConnectionTest(False, exc.message)
        self.last_test = result
        colour = "#1b5e20" if result.ok else "#b00020"
        mark = "✓" if result.ok else "✗"
        self.result.setStyleSheet(f"color: {colour};")
        self.result.setText(f"{mark} {result.message}")
        self.tested.emit(result.ok)
        return result

    def save(self) -> str:
        """Test, and if the server can be used keep the choice (password in the password file).
        Returns the URL to open; raises UserError if the server cannot be used."""
        result = self.test()
        if not result.ok:
            raise UserError(result.message)
        return shared_db.save(self.settings, self.password.text() or None)


class FirstRunView(QWidget):
    """The layout of the first-run dialog."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = heading(self.tr("Welcome to Anvis"))
        intro = QLabel(
            self.tr(
                "Choose the database this workstation works with. You can change it later "
                "under Settings > Database."
            )
        )
        intro.setWordWrap(True)
        self.problem = QLabel()  # why the chooser is shown when a database could not be opened
        self.problem.setObjectName("open_problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(
            "background: #fdecea; border: 1px solid #b3261e; padding: 6px; color: #7a1a12;"
        )
        self.problem.hide()
        self._choices()
        self.server = ServerForm()
        self.server_box = QGroupBox(self.tr("The shared server (from IT)"))
        box_layout = QVBoxLayout(self.server_box)
        box_layout.addWidget(self.server)
        master = self._master_row()
        self.error = error_label()
        self.buttons = QDialogButtonBox()
        self.start = self.buttons.addButton(
            self.tr("&Start"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.quit = self.buttons.addButton(self.tr("&Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.problem)
        layout.addWidget(intro)
        layout.addSpacing(6)
        layout.addWidget(self.demo)
        layout.addWidget(self.empty)
        layout.addWidget(self.shared)
        layout.addWidget(self.server_box)
        layout.addSpacing(6)
        layout.addWidget(self.import_master)
        layout.addLayout(master)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    def _choices(self) -> None:
        """Demo, empty or shared: one of the three."""
        self.demo = QRadioButton(
            self.tr("Try Anvis with the &demo database (invented people and dwellings)")
        )
        self.empty = QRadioButton(
            self.tr("Start with an &empty database on this PC (one workstation)")
        )
        self.shared = QRadioButton(
            self.tr("&Connect to the desk's shared database on a server (several workstations)")
        )
        self.choices = QButtonGroup(self)
        for number, button in enumerate((self.demo, self.empty, self.shared)):
            self.choices.addButton(button, number)

    def _master_row(self) -> QHBoxLayout:
        """Optionally, the workbook of organisations and departments to import first."""
        self.import_master = QCheckBox(
            self.tr("&Import organisations and departments from a workbook:")
        )
        self.master_file = QLineEdit()
        self.master_file.setPlaceholderText(self.tr("the master data workbook (.xlsx)"))
        self.master_file.setAccessibleName(self.tr("Master data workbook"))
        self.browse = QPushButton(self.tr("&Browse..."))
        master = QHBoxLayout()
        master.addWidget(self.master_file, 1)
        master.addWidget(self.browse)
        return master


class FirstRunDialog(QDialog):
    """The behaviour: enables what fits the choice, checks it, keeps a shared server's choice."""

    def __init__(self, parent: QWidget | None = None, problem: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Anvis - first start"))
        self.view = FirstRunView(self)
        if problem:  # shown instead of the database that could not be opened
            self.setWindowTitle(self.tr("Anvis - choose a database"))
            self.view.heading.setText(self.tr("Choose a database"))
            self.view.problem.setText(
                self.tr("Anvis cannot open the database. {problem}").format(problem=problem)
            )
            self.view.problem.setAccessibleName(self.view.problem.text())
            self.view.problem.show()
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        self.choice: FirstRunChoice | None = None
        self.view.empty.setChecked(True)
        self.view.server.load(shared_db.load())
        self.view.choices.idToggled.connect(lambda *_: self._update())
        self.view.import_master.toggled.connect(lambda *_: self._update())
        self.view.browse.clicked.connect(self._browse)
        self.view.start.clicked.connect(self.try_start)
        self.view.quit.clicked.connect(self.reject)
        self._update()
        self.resize(620, max(300, layout.totalHeightForWidth(620)))

    @property
    def kind(self) -> str:
        if self.view.demo.isChecked():
            return DEMO
        return SHARED if self.view.shared.isChecked() else EMPTY

    def _update(self) -> None:
        kind = self.kind
        self.view.server_box.setVisible(kind == SHARED)
        self.view.import_master.setEnabled(kind != DEMO)
        wants_file = kind != DEMO and self.view.import_master.isChecked()
        self.view.master_file.setEnabled(wants_file)
        self.view.browse.setEnabled(wants_file)
        self.view.error.clear()
        self.adjustSize()

    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Master data workbook"),
            str(Path.home()),
            self.tr("Spreadsheets (*.xlsx *.xlsm *.xls *.ods);;All files (*)"),
        )
        if name:
            self.view.master_file.setText(name)

    def master_data(self) -> Path | None:
        if self.kind == DEMO or not self.view.import_master.isChecked():
            return None
        text = self.view.master_file.text().strip()
        if not text or not Path(text).is_file():
            raise UserError(self.tr("Choose the master data workbook, or untick the import."))
        return Path(text)

    def try_start(self) -> bool:
        """Check the choice; on success the dialog closes with `choice` set."""
        try:
            master = self.master_data()
            kind = self.kind
            if kind == SHARED:
                database: str | None = self.view.server.save()
            elif kind == EMPTY:
                shared_db.forget()
                database = str(paths.default_database())
            else:
                database = None
        except UserError as exc:
            self.view.error.setText(exc.message)
            return False
        self.choice = FirstRunChoice(kind, database, master)
        self.accept()
        return True


def ask_first_run(
    parent: QWidget | None = None, *, problem: str | None = None
) -> FirstRunChoice | None:
    """Show the dialog (modal); the choice, or None when the user quits. With `problem` it is
    the chooser shown when the database could not be opened, saying why."""
    dialog = FirstRunDialog(parent, problem)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.choice


def import_master_data(
    parent: QWidget | None, tasks: Any, workspace: Any, path: Path, on_done: Any = None
) -> Any:
    """Import the chosen master data workbook in the background, with a progress dialog; then
    what it did with every row in the import report (its errors in a list to copy or save)."""

    def done(outcome: Any) -> None:
        title = QCoreApplication.translate("FirstRunDialog", "Master data imported")
        show_import_report(parent, title, master_data.summary(outcome))
        if on_done is not None:
            on_done(outcome)

    return tasks.write(
        lambda: master_data.import_master_data(workspace, path),
        on_done=done,
        parent=parent,
        progress=QCoreApplication.translate("FirstRunDialog", "Importing the master data..."),
    )
