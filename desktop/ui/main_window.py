"""The main window: navigation, the pages, menus and the status bar. It only composes."""

from __future__ import annotations

import importlib
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QFont, QFontMetrics, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from desktop import __version__
from desktop.ui.keyboard import finish_shortcuts
from desktop.ui.navigation import PAGES, PageEntry
from desktop.ui.pages.base import Page, PageContext

if TYPE_CHECKING:
    from desktop.core.workspace import Workspace
    from desktop.ui.dialogs.help import HelpDialog
    from desktop.ui.tasks import TaskRunner

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    """Requests that need the application (another database, another language) are signals,
    handled by the composition root in desktop.app.

    The window can show itself before a database is open (`workspace=None`): the navigation is
    there at once and the pages come when `attach` hands it the workspace. That keeps the
    window's first paint free of the database and core libraries."""

    open_database_requested = Signal()
    language_requested = Signal(str)
    about_requested = Signal()
    closing = Signal()  # the user closes the window (its place is remembered)
    usable = Signal()  # the first page shown has its data on screen (once per database)

    def __init__(
        self, workspace: Workspace | None, tasks: TaskRunner | None, language: str
    ) -> None:
        super().__init__()
        self.workspace: Workspace | None = None
        self.tasks = tasks
        self.context: PageContext | None = None
        self._pages: dict[str, Page] = {}
        self._help: HelpDialog | None = None  # the help window, made on first F1
        self.setObjectName("main_window")
        self.setWindowTitle("Anvis")
        self.setMinimumSize(QSize(900, 600))  # its size and place: desktop.ui.window_geometry

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Navigation"))
        self.navigation.setSpacing(2)
        self.navigation.setStyleSheet(
            "QListWidget#navigation { border: none; background: palette(window);"
            " font-size: 11pt; padding-top: 8px; }"
            "QListWidget#navigation::item { padding: 8px 12px; border-radius: 4px; }"
            "QListWidget#navigation::item:selected { background: palette(highlight);"
            " color: palette(highlighted-text); }"
        )
        for number, page in enumerate(PAGES, start=1):
            item = QListWidgetItem(page.title())
            item.setToolTip(f"{page.title()} (Ctrl+{number})")
            self.navigation.addItem(item)
        self.navigation.setFixedWidth(self._navigation_width())
        self.stack = QStackedWidget()
        central = QWidget()
        self.content = central  # the navigation and the pages
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self._build_menus(language)
        self.database_label = QLabel(self.tr("Opening the database..."))
        self.database_label.setObjectName("database_label")
        self.statusBar().addPermanentWidget(self.database_label)
        self.statusBar().addPermanentWidget(QLabel(f"Anvis {__version__}"))
        self.navigation.currentRowChanged.connect(self._show_row)
        self.navigation.setEnabled(False)
        if workspace is not None:
            self.attach(workspace)

    def _navigation_width(self) -> int:
        """As wide as the longest page title (11 pt, the items' padding): the lists get the
        rest of a laptop's width."""
        font = QFont(self.navigation.font())
        font.setPointSizeF(11)
        metrics = QFontMetrics(font)
        widest = max(metrics.horizontalAdvance(page.title()) for page in PAGES)
        return widest + 2 * 12 + 2 * 2 + 2 * 12  # padding, spacing, margins

    def attach(self, workspace: Workspace) -> None:
        """Show the open database: status bar, DEMO marking, then the first page."""
        self.workspace = workspace
        assert self.tasks is not None, "give the window its task runner before a database"
        self.context = PageContext(workspace=workspace, tasks=self.tasks)
        self.setWindowTitle(self._window_title())
        self._show_database()
        # Not before the first paint (bench/startup.py): Qt's enum namespace costs ~15 ms on
        # first use, the write-waiting label ~100 ms (it loads the task runner).
        from PySide6.QtCore import Qt  # noqa: PLC0415

        from desktop.ui.tasks import write_waits  # noqa: PLC0415
        from desktop.ui.widgets.write_waiting import WriteWaitingLabel  # noqa: PLC0415

        self.database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().insertPermanentWidget(0, WriteWaitingLabel(write_waits()))
        if workspace.is_demo:
            demo = QLabel(" " + self.tr("DEMO") + " ")
            demo.setObjectName("demo_badge")
            demo.setToolTip(self.tr("This is the demo database with invented data."))
            demo.setStyleSheet(
                "QLabel#demo_badge { background: #b3261e; color: white; font-weight: bold;"
                " border-radius: 3px; padding: 1px 6px; }"
            )
            self.statusBar().insertPermanentWidget(1, demo)
        self.navigation.setEnabled(True)
        first = self.page(PAGES[0].key)
        first.shown_data.connect(self._first_data_shown)
        self.navigation.setCurrentRow(0)
        self.navigation.setFocus()

    def set_opening(self, opening: bool) -> None:
        """Another database is being opened (File > Open): the status bar says so, and the pages
        and File > Open take no input until it is shown (in a new window) or has failed."""
        self.content.setEnabled(not opening)
        self.open_action.setEnabled(not opening)
        if opening:
            self.database_label.setText(self.tr("Opening the database..."))
        else:
            self._show_database()

    def _show_database(self) -> None:
        if self.workspace is not None:
            name = self.workspace.describe()
            self.database_label.setText(self.tr("Database: {name}").format(name=name))

    # --- pages ---------------------------------------------------------------------------------

    def page(self, key: str) -> Page:
        """The page for `key`, created on first use (keeps the window's start fast)."""
        if key not in self._pages:
            entry = next(p for p in PAGES if p.key == key)
            page = self._create_page(entry)
            finish_shortcuts(page)  # shortcuts shown in tooltips, mnemonics kept
            page.navigate.connect(self.show_item)
            page.status_message.connect(lambda text: self.statusBar().showMessage(text, 8000))
            self._pages[key] = page
            self.stack.addWidget(page)
        return self._pages[key]

    def _first_data_shown(self) -> None:
        self.page(PAGES[0].key).shown_data.disconnect(self._first_data_shown)
        self.usable.emit()

    def _create_page(self, entry: PageEntry) -> Page:
        assert self.context is not None, "attach a workspace before showing pages"
        module = importlib.import_module(entry.module)
        page_class: type[Page] = module.PAGE
        return page_class(self.context)

    def show_page(self, key: str) -> Page:
        row = next(i for i, p in enumerate(PAGES) if p.key == key)
        if self.navigation.currentRow() != row:
            self.navigation.setCurrentRow(row)
        return self._pages[key]

    def show_item(self, key: str, item: object) -> None:
        self.show_page(key).open_item(item)

    def current_page(self) -> Page:
        widget = self.stack.currentWidget()
        assert isinstance(widget, Page)
        return widget

    def current_key(self) -> str:
        page = self.current_page()
        return next(key for key, p in self._pages.items() if p is page)

    def _show_row(self, row: int) -> None:
        if row < 0 or self.context is None:
            return
        page = self.page(PAGES[row].key)
        self.stack.setCurrentWidget(page)
        page.on_shown()

    # --- chrome --------------------------------------------------------------------------------

    def _window_title(self) -> str:
        title = "Anvis"
        if self.workspace is not None and self.workspace.is_demo:
            title += " - " + self.tr("DEMO (invented data)")
        return title

    def _build_menus(self, language: str) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.open_action = QAction(self.tr("&Open database..."), self)
        _set_shortcut(self.open_action, "Ctrl+O")
        self.open_action.triggered.connect(self.open_database_requested)
        file_menu.addAction(self.open_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        _set_shortcut(quit_action, "Ctrl+Q")
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        for number, entry in enumerate(PAGES, start=1):
            action = QAction(entry.title(), self)
            _set_shortcut(action, f"Ctrl+{number}")
            action.triggered.connect(lambda _=False, key=entry.key: self.show_page(key))
            view_menu.addAction(action)
            self.addAction(action)  # the shortcut works whichever widget has focus

        language_menu = self.menuBar().addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        for code, name in (("da", "Dansk"), ("en", "English")):
            action = QAction(name, self, checkable=True)
            action.setChecked(code == language)
            action.triggered.connect(lambda _=False, c=code: self.language_requested.emit(c))
            group.addAction(action)
            language_menu.addAction(action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        page_help = QAction(self.tr("&Help for this page"), self)
        page_help.setObjectName("help_action")
        _set_shortcut(page_help, "F1")
        page_help.triggered.connect(self.show_help)
        help_menu.addAction(page_help)
        self.addAction(page_help)  # F1 works whichever widget has focus
        help_menu.addSeparator()
        about = QAction(self.tr("&About Anvis"), self)
        about.setObjectName("about_action")
        about.triggered.connect(self.about_requested)
        help_menu.addAction(about)

    def show_help(self) -> HelpDialog:
        """The help of the page in front (F1), in one help window kept beside the main window;
        the overview's before a database is open."""
        # not before the first paint (bench/startup.py): it imports Qt's enum namespace (~15 ms)
        from desktop.ui.dialogs.help import HelpDialog  # noqa: PLC0415

        key = self.current_key() if self._pages and self.stack.count() else PAGES[0].key
        if self._help is None:
            self._help = HelpDialog(key, self)
        else:
            self._help.show_topic(key)
        self._help.show()
        self._help.activateWindow()
        return self._help

    def closeEvent(self, event: QCloseEvent) -> None:
        log.info("main window closed")
        self.closing.emit()
        super().closeEvent(event)


def _set_shortcut(action: QAction, keys: str) -> None:
    """PySide6's first call of the overloaded `QAction.setShortcut` costs ~20 ms (it resolves the
    overloads through the key enums); `setShortcuts` has one signature and keeps the window's
    first paint quick."""
    action.setShortcuts([QKeySequence(keys)])
