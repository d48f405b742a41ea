"""Someone else saved the record first: say who and when, and let the user Reload or Compare.

Nothing of the user's edit was saved (optimistic locking in `desktop.core.locking`); the dialog
never overwrites anything. A save that may meet someone else's uses `save_with_conflict_check`:

    save_with_conflict_check(
        self, self.context.tasks,              # or the `desktop.ui.tasks` module in a dialog
        lambda: locking.save(ws, Vacancy, vacancy_id, loaded_version, changes),
        on_saved=self._saved,      # the new version
        on_reload=self._reload,    # load the record again (the user's edit is given up)
        labels={"rent": self.tr("Rent")},
        on_invalid=self._show_invalid,  # a form marks what core refused (else: a message box)
    )
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from typing import Any, NamedTuple, Protocol, Unpack

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from desktop.core import formats
from desktop.core.errors import Conflict, UserError, ValidationError
from desktop.core.locking import Difference, RecordConflict
from desktop.ui.dialogs.import_rows import TintedRowModel
from desktop.ui.errors import show_user_error
from desktop.ui.models.rows import SHORT, TEXT, Column
from desktop.ui.tasks import Task, TaskOptions
from desktop.ui.widgets.heading import PANEL, heading
from desktop.ui.widgets.list_view import list_view
from desktop.ui.widgets.screen_fit import resize_within_screen

RELOAD = "reload"
CANCEL = "cancel"


class Compared(NamedTuple):
    """One field of the record: the value the user saw and the one saved now."""

    label: str
    mine: str
    theirs: str
    differs: bool


def _shown(value: Any) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return "✓" if value else "✗"
    if isinstance(value, dt.datetime):
        return formats.date_time(value)
    if isinstance(value, dt.date):
        return formats.date(value)
    return str(getattr(value, "value", value))


class ConflictView(QWidget):
    """The layout: the message, the comparison table (hidden until Compare), the buttons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        icon = QLabel()
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(40, 40)
        )
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.headline = heading("", PANEL)
        self.headline.setObjectName("conflict_headline")
        self.headline.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.model: TintedRowModel[Compared] = TintedRowModel(
            [
                Column(self.tr("Field"), "label", role=SHORT, deciding=True),
                Column(self.tr("Your value"), "mine", role=TEXT),
                Column(self.tr("Saved now"), "theirs", role=TEXT),
            ],
            status=lambda row: "differs" if row.differs else "",
            tints={"differs": "#fff3cd"},
            parent=self,
        )
        self.table = list_view(
            self.model,
            name="conflict_values",
            accessible=self.tr("Your values and the saved values"),
            sorted_by=None,
            alternate=False,
            wrap=True,  # a changed address or note is read whole
            row_padding=None,
        )
        self.table.setVisible(False)
        self.buttons = QDialogButtonBox()
        self.reload = QPushButton(self.tr("&Reload"))
        self.reload.setToolTip(
            self.tr("Show the record as it is saved now; your changes are dropped")
        )
        self.compare = QPushButton(self.tr("&Compare"))
        self.compare.setCheckable(True)
        self.cancel = QPushButton(self.tr("Cancel"))
        self.cancel.setToolTip(self.tr("Go back to your edit; nothing is saved"))
        self.buttons.addButton(self.reload, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.compare, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.cancel, QDialogButtonBox.ButtonRole.RejectRole)
        top = QHBoxLayout()
        top.addWidget(icon)
        text = QVBoxLayout()
        text.addWidget(self.headline)
        text.addWidget(self.message)
        top.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)


class ConflictDialog(QDialog):
    """The behaviour: fills the view from a Conflict; `choice` is RELOAD or CANCEL."""

    def __init__(
        self,
        error: Conflict,
        labels: Mapping[str, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Changed by someone else"))
        self.error = error
        self.choice = CANCEL
        self.view = ConflictView(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        who = error.changed_by or self.tr("Someone else")
        if error.changed_at is not None:
            when = formats.date_time(error.changed_at)
            headline = self.tr("{user} changed this record at {time}.").format(user=who, time=when)
        else:
            headline = self.tr("{user} changed this record.").format(user=who)
        self.view.headline.setText(headline)
        if isinstance(error, RecordConflict):
            self.view.message.setText(
                self.tr(
                    "Nothing of your changes was saved. Reload to see the record as it is now "
                    "(your changes are dropped), or compare your values with the saved ones."
                )
            )
        else:
            self.view.message.setText(error.message)
        differences = self.differences(labels or {})
        self.view.compare.setEnabled(bool(differences))
        if not differences:
            self.view.compare.setToolTip(self.tr("There are no values to compare"))
        self._fill(differences)
        self.view.reload.clicked.connect(self._reload)
        self.view.cancel.clicked.connect(self.reject)
        self.view.compare.toggled.connect(self._toggle_compare)
        self.view.reload.setDefault(True)
        self.resize(520, 200)

    def differences(self, labels: Mapping[str, str]) -> list[Compared]:
        found: tuple[Difference, ...] = (
            self.error.differences if isinstance(self.error, RecordConflict) else ()
        )
        rows = []
        for d in found:
            label = labels.get(d.field, d.field.replace("_", " ").capitalize())
            # the sign says it as well as the colour does
            shown = f"{label} ≠" if d.differs else label
            rows.append(Compared(shown, _shown(d.mine), _shown(d.theirs), d.differs))
        return rows

    def _fill(self, rows: list[Compared]) -> None:
        self.view.model.set_rows(rows)

    def _toggle_compare(self, shown: bool) -> None:
        self.view.table.setVisible(shown)
        if shown:  # wide enough for both values side by side
            resize_within_screen(self, max(self.width(), 780), 420)
        else:
            self.resize(self.width(), 200)

    def _reload(self) -> None:
        self.choice = RELOAD
        self.accept()


def handle_conflict(
    parent: QWidget | None,
    error: UserError,
    on_reload: Callable[[], object],
    labels: Mapping[str, str] | None = None,
) -> ConflictDialog | None:
    """Show a Conflict in the dialog (non-blocking; `on_reload` runs if the user reloads), or any
    other expected problem in the usual message box. Returns the dialog, if one was opened."""
    if not isinstance(error, Conflict):
        show_user_error(parent, error)
        return None
    dialog = ConflictDialog(error, labels, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(lambda: on_reload() if dialog.choice == RELOAD else None)
    dialog.open()
    return dialog


class Writer(Protocol):
    """What runs a write: a page's `context.tasks`, or the `desktop.ui.tasks` module."""

    def write(self, fn: Callable[[], Any], **options: Unpack[TaskOptions]) -> Task: ...


def save_with_conflict_check(
    parent: QWidget,
    tasks: Writer,
    save: Callable[[], Any],
    *,
    on_saved: Callable[[Any], None],
    on_reload: Callable[[], object],
    labels: Mapping[str, str] | None = None,
    on_invalid: Callable[[ValidationError], None] | None = None,
    progress: str | None = None,
    busy: Sequence[QWidget | QAction] = (),
) -> Task:
    """Run `save` as a background write; a conflict opens the conflict dialog, a refused value
    goes to `on_invalid` (if given), other expected problems to a message box (what the user
    typed stays where it is). `busy` widgets are disabled while the save runs."""

    def refused(error: UserError) -> None:
        if on_invalid is not None and isinstance(error, ValidationError):
            on_invalid(error)
        else:
            handle_conflict(parent, error, on_reload, labels)

    return tasks.write(
        save, on_done=on_saved, on_error=refused, parent=parent, progress=progress, busy=busy
    )
