"""A list of records beside a form to create or edit one (the housing organisations, the private
landlords): choosing a row shows it in the form, New clears the form, Save saves on the write
worker and chooses the saved row; what was typed stays in the form on any problem.

A dialog of this kind gives its form (a `RecordForm`), its columns, its rows and its save:

    class LandlordsDialog(ListFormDialog[LandlordRow, LandlordData]):
        def __init__(self, workspace, parent=None):
            super().__init__(workspace, LandlordForm(), title=..., list_name="landlord_table")
        def _columns(self): ...
        def _rows(self): return landlords.landlords(self.workspace)
        def _blank(self): return LandlordData("", "")
        def _save_work(self, record_id, data, version):
            ws = self.workspace
            return lambda: landlords.save_landlord(ws, record_id, data, version)
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import QCoreApplication, QModelIndex
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.workspace import Workspace
from desktop.ui import tasks
from desktop.ui.dialogs.conflict import save_with_conflict_check
from desktop.ui.dialogs.forms import error_label
from desktop.ui.models.rows import Column, RowModel
from desktop.ui.tasks import Task
from desktop.ui.widgets.list_view import list_view

D = TypeVar("D")
D_co = TypeVar("D_co", covariant=True)


class Record(Protocol[D_co]):
    """A line of the list: the stored record, its version (for the conflict check), its data."""

    @property
    def id(self) -> int: ...

    @property
    def version(self) -> int: ...

    @property
    def data(self) -> D_co: ...


R = TypeVar("R", bound=Record[Any])


class RecordForm(QWidget, Generic[D]):
    """The fields of one record. A subclass lays them out (with `error` last), shows a record's
    data and reads the fields back, and makes its first field the focus proxy (New focuses it)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.error = error_label()

    def show_data(self, data: D) -> None:
        raise NotImplementedError

    @property
    def data(self) -> D:
        raise NotImplementedError


class ListFormDialog(QDialog, Generic[R, D]):
    """The list on the left, the form with New and Save on the right, Close under both."""

    def __init__(
        self,
        workspace: Workspace,
        form: RecordForm[D],
        *,
        title: str,
        list_name: str,
        list_label: str = "",
        tab_moves_on: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.form = form
        self.setWindowTitle(title)
        self.model = RowModel(self._columns(), parent=self)
        self._layout(title, list_name, list_label, tab_moves_on)
        self._current: R | None = None
        self.table.selectionModel().currentRowChanged.connect(self._selected)
        self.new_button.clicked.connect(self.new)
        self.save_button.clicked.connect(self.save)
        self.reload()
        self.new()

    # --- what a dialog of this kind gives

    def _columns(self) -> list[Column[R]]:
        raise NotImplementedError

    def _rows(self) -> Sequence[R]:
        raise NotImplementedError

    def _blank(self) -> D:
        """The data of a new record (the form cleared)."""
        raise NotImplementedError

    def _save_work(self, record_id: int | None, data: D, version: int | None) -> Callable[[], int]:
        """The save, run on the write worker (touch no widget there): the saved record's id."""
        raise NotImplementedError

    # ---

    def _layout(self, title: str, list_name: str, list_label: str, tab_moves_on: bool) -> None:
        self.table = list_view(
            self.model,
            name=list_name,
            accessible=title,
            sorted_by=None,
            alternate=False,
            wrap=True,
            row_padding=None,
            tab_moves_on=tab_moves_on,
        )
        self.new_button = QPushButton(QCoreApplication.translate("ListFormDialog", "&New"))
        self.save_button = QPushButton(QCoreApplication.translate("ListFormDialog", "&Save"))
        self.save_button.setDefault(True)
        form_buttons = QHBoxLayout()
        form_buttons.addWidget(self.new_button)
        form_buttons.addStretch(1)
        form_buttons.addWidget(self.save_button)
        left = QVBoxLayout()
        if list_label:
            label = QLabel(list_label)
            label.setBuddy(self.table)
            left.addWidget(label)
        left.addWidget(self.table, 1)
        right = QVBoxLayout()
        right.addWidget(self.form)
        right.addLayout(form_buttons)
        right.addStretch(1)
        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addLayout(right, 1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addWidget(close)

    def reload(self, select_id: int | None = None) -> None:
        self.model.set_rows(self._rows())
        if select_id is not None:
            row = self.model.find(lambda r: r.id == select_id)
            if row >= 0:
                self.table.selectRow(row)

    def _selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.model.row(current.row()) if current.isValid() else None
        if row is not None:
            self._current = row
            self.form.show_data(row.data)

    def new(self) -> None:
        self.table.clearSelection()
        self._current = None
        self.form.show_data(self._blank())
        self.form.setFocus()

    def save(self) -> Task:
        """Save on the write worker; what was typed stays in the form on any problem."""
        current = self._current
        work = self._save_work(
            None if current is None else current.id,
            self.form.data,
            None if current is None else current.version,
        )
        return save_with_conflict_check(
            self,
            tasks,
            work,
            on_saved=self.reload,
            on_reload=lambda: self.reload(current.id if current else None),
            on_invalid=lambda error: self.form.error.setText(error.message),
            busy=[self.save_button, self.new_button],
        )
