"""Backups: where the copies go, how many are kept, the copies there are, Back up now."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core import backups, formats, paths
from desktop.core.backups import BackupFile
from desktop.ui.models.rows import NAME, NUMBER, Column, RowModel
from desktop.ui.pages.base import PageContext
from desktop.ui.settings_sections.parts import section_heading
from desktop.ui.tasks import Task
from desktop.ui.widgets.list_or_note import ListOrNote
from desktop.ui.widgets.list_view import list_view


def _size(value: int) -> str:
    """ "36,8 MB" in the Danish UI, "36.8 MB" in the English one."""
    if value >= 1_048_576:
        return f"{formats.number(value / 1_048_576, 1)} MB"
    return f"{formats.number(value / 1024)} kB"


def _made(value: dt.datetime) -> str:
    return f"{formats.date(value.date())} {value.strftime('%H:%M')}"


class BackupSection(QWidget):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.model = RowModel(self._columns())
        layout = QVBoxLayout(self)
        layout.addWidget(section_heading(self.tr("Backups")))
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        layout.addLayout(self._form())
        layout.addLayout(self._buttons())
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.table = list_view(
            self.model,
            accessible=self.tr("Backup copies"),
            sorted_by=None,
            alternate=False,
            wrap=True,
            row_padding=None,
        )
        self.area = ListOrNote(self.table)
        layout.addWidget(self.area, 1)
        restore = QLabel(
            self.tr(
                "To go back to a copy, close Anvis on every workstation and run "
                "<code>anvis restore FILE</code>; the database it replaces is kept as a copy too."
            )
        )
        restore.setWordWrap(True)
        layout.addWidget(restore)
        self.browse.clicked.connect(self._browse)
        self.save_button.clicked.connect(self.save)
        self.backup_button.clicked.connect(self.backup_now)

    def _columns(self) -> list[Column[BackupFile]]:
        return [
            Column(self.tr("Made"), "made", display=_made, deciding=True),
            Column(self.tr("Kind"), "kind", display=self.kind_label, deciding=True),
            Column(self.tr("Size"), "size", display=_size, role=NUMBER, deciding=True),
            Column(self.tr("File"), lambda b: b.path.name, role=NAME, deciding=True),
        ]

    def _form(self) -> QFormLayout:
        self.folder = QLineEdit()
        self.folder.setPlaceholderText(str(paths.backup_dir()))
        self.browse = QPushButton(self.tr("&Browse..."))
        self.keep = QSpinBox()
        self.keep.setRange(1, backups.MAX_KEPT)
        self.keep.setMaximumWidth(100)
        self.days = QSpinBox()
        self.days.setObjectName("backup_max_days")
        self.days.setRange(1, backups.MAX_DAYS)
        self.days.setSuffix(" " + self.tr("days"))
        self.days.setMaximumWidth(120)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.browse)
        form = QFormLayout()
        folder_label = QLabel(self.tr("Backup &folder:"))
        folder_label.setBuddy(self.folder)
        form.addRow(folder_label, folder_row)
        form.addRow(self.tr("&Copies kept of each kind:"), self.keep)
        form.addRow(self.tr("&Delete copies older than:"), self.days)
        return form

    def _buttons(self) -> QHBoxLayout:
        self.save_button = QPushButton(self.tr("&Save"))
        self.backup_button = QPushButton(self.tr("Back up &now"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.backup_button)
        buttons.addStretch(1)
        return buttons

    @staticmethod
    def title() -> str:
        return QCoreApplication.translate("BackupSection", "Backups")

    @property
    def on_server(self) -> bool:
        return self.context.workspace.database.sqlite_path is None

    def on_shown(self) -> None:
        ws = self.context.workspace
        if self.on_server:
            self.intro.setText(
                self.tr(
                    "This workstation uses the desk's shared database on a server. IT backs it "
                    "up on the server (pg_dump or the server's backup system); Anvis makes no "
                    "copies of it."
                )
            )
        else:
            self.intro.setText(
                self.tr(
                    "Anvis copies the database once a day when it starts, before every upgrade "
                    "and before big actions such as an import or anonymisation. Keep the folder "
                    "on a disk that is itself backed up. A copy keeps what a later anonymisation "
                    "erases until the copy is deleted."
                )
            )
        for widget in (
            self.folder,
            self.browse,
            self.keep,
            self.days,
            self.save_button,
            self.backup_button,
        ):
            widget.setEnabled(not self.on_server)
        chosen = backups.folder_for(ws)
        self.folder.setText("" if chosen == paths.backup_dir() else str(chosen))
        self.keep.setValue(backups.kept(ws))
        self.days.setValue(backups.max_days(ws))
        self.refresh()

    def kind_label(self, kind: str) -> str:
        """The kind of copy in the user's language (the file name keeps the English word)."""
        labels = {
            "daily": self.tr("daily"),
            "manual": self.tr("manual"),
            "before-import": self.tr("before an import"),
            "before-anonymise": self.tr("before anonymising"),
            "before-merge": self.tr("before merging applicants"),
            "before-restore": self.tr("before a restore"),
            "before-upgrade": self.tr("before an upgrade"),
        }
        if kind in labels:
            return labels[kind]
        if kind.startswith("before-upgrade"):  # before-upgrade-<schema revision>
            return labels["before-upgrade"]
        if kind.startswith("before-"):
            return self.tr("before: {reason}").format(reason=kind.removeprefix("before-"))
        return kind

    def refresh(self) -> None:
        found = backups.backups_of(self.context.workspace)
        self.model.set_rows(found)
        if found:
            self.area.show_list()
        elif self.on_server:
            self.area.show_note(
                self.tr("No copies here: the server's database is backed up by IT on the server.")
            )
        else:
            self.area.show_note(
                self.tr(
                    "No copies in the folder yet. Anvis makes the first when it starts tomorrow "
                    "or before the next import; Back up now makes one at once."
                )
            )

    def _browse(self) -> None:
        name = QFileDialog.getExistingDirectory(self, self.tr("Backup folder"), self.folder.text())
        if name:
            self.folder.setText(name)

    def save(self) -> Task:
        """Save on the write worker (a refusal is shown as a message; the values stay)."""
        ws, folder, keep, days = (
            self.context.workspace,
            self.folder.text(),
            self.keep.value(),
            self.days.value(),
        )
        task: Task = self.context.tasks.write(
            lambda: backups.set_policy(ws, folder, keep, days),
            on_done=lambda _result: self._saved(),
            parent=self,
            busy=[self.save_button],
        )
        return task

    def _saved(self) -> None:
        self.status.setText(self.tr("Saved."))
        self.refresh()

    def backup_now(self) -> None:
        self.backup_button.setEnabled(False)
        ws = self.context.workspace
        self.context.tasks.write(
            lambda: backups.backup(ws),
            on_done=self._done,
            parent=self,
            progress=self.tr("Backing up the database..."),
        ).finished.connect(lambda: self.backup_button.setEnabled(not self.on_server))

    def _done(self, path: object) -> None:
        self.status.setText(self.tr("Backup written: {path}").format(path=path))
        self.refresh()


SECTION = BackupSection
