"""The base of every page in the main window's navigation."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

if TYPE_CHECKING:
    from desktop.core.workspace import Workspace
    from desktop.ui.tasks import TaskRunner


@dataclass
class PageContext:
    """What a page may use: the open workspace and the background-task runner."""

    workspace: Workspace
    tasks: TaskRunner  # (imported for typing only: this module stays import-light)


class Page(QWidget):
    """One area of the desk's work. Subclasses set `key` and implement `title()`.

    `navigate` asks the window to show another page and open one of its items
    (e.g. Overblik opening an offer): `navigate.emit("offers", offer_id)`.
    """

    key: ClassVar[str] = ""
    navigate = Signal(str, object)
    status_message = Signal(str)
    # The page shows what it read (its data arrived and is on screen): the window is usable.
    # bench/startup.py times the first one; a page that reads in the background emits it.
    shown_data = Signal()

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName(f"page_{self.key}")

    @property
    def workspace(self) -> Workspace:
        return self.context.workspace

    @staticmethod
    def title() -> str:
        raise NotImplementedError

    def page_layout(self) -> QVBoxLayout:
        """The page's own layout, with the margins every page keeps from the window's edge."""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        return layout

    def on_shown(self) -> None:
        """Called each time the page becomes visible: refresh what may have changed."""

    def open_item(self, item: Any) -> None:
        """Show one item of this page (an id, or what the page documents)."""
