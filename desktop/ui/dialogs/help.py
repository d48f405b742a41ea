"""Help for the page in front of the user (F1, Hjælp > Hjælp til denne side): short HTML pages
shipped in resources/help/<language>/<page key>.html, shown offline in a QTextBrowser. The list on
the left opens the help of the other pages; links between help pages work the same way."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.core import i18n as core_i18n
from desktop.core.paths import resources_dir
from desktop.ui.navigation import PAGES, entry

KEY_ROLE = Qt.ItemDataRole.UserRole


def help_folder(language: str) -> Path:
    return resources_dir() / "help" / language


def help_file(key: str, language: str | None = None) -> Path | None:
    """The help page of `key` in `language` (the UI's by default), else in the other language."""
    language = language or core_i18n.language()
    for candidate in (language, "da", "en"):
        path = help_folder(candidate) / f"{key}.html"
        if path.is_file():
            return path
    return None


class HelpView(QWidget):
    """The layout: the topics (one per page) and the text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.topics = QListWidget()
        self.topics.setObjectName("help_topics")
        self.topics.setAccessibleName(self.tr("Help topics"))
        self.topics.setMaximumWidth(220)
        for page in PAGES:
            item = QListWidgetItem(page.title())
            item.setData(KEY_ROLE, page.key)
            self.topics.addItem(item)
        topics_label = QLabel(self.tr("&Topics"))
        topics_label.setBuddy(self.topics)
        self.text = QTextBrowser()
        self.text.setObjectName("help_text")
        self.text.setAccessibleName(self.tr("Help text"))
        self.text.setOpenExternalLinks(False)
        self.text.setOpenLinks(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        left = QVBoxLayout()
        left.addWidget(topics_label)
        left.addWidget(self.topics, 1)
        row = QHBoxLayout()
        row.addLayout(left)
        row.addWidget(self.text, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row, 1)
        layout.addWidget(self.buttons)


class HelpDialog(QDialog):
    """Shows the help of one page; the topics list switches page."""

    def __init__(self, key: str, parent: QWidget | None = None, language: str | None = None):
        super().__init__(parent)
        self.setObjectName("help_dialog")
        self.language = language or core_i18n.language()
        self.view = HelpView(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        self.view.text.setSearchPaths([str(help_folder(self.language))])
        self.view.buttons.rejected.connect(self.reject)
        self.view.topics.currentItemChanged.connect(
            lambda item, _old: self.show_topic(str(item.data(KEY_ROLE))) if item else None
        )
        self.view.text.sourceChanged.connect(self._follow_link)
        self.key = ""
        self.resize(820, 600)
        self.show_topic(key)
        self.view.text.setFocus()

    def show_topic(self, key: str) -> None:
        if key == self.key:
            return
        self.key = key
        self.setWindowTitle(self.tr("Help - {page}").format(page=entry(key).title()))
        path = help_file(key, self.language)
        if path is None:
            self.view.text.setPlainText(self.tr("There is no help for this page yet."))
        else:
            self.view.text.setSource(QUrl.fromLocalFile(str(path)))
        for row in range(self.view.topics.count()):
            item = self.view.topics.item(row)
            if item.data(KEY_ROLE) == key and self.view.topics.currentRow() != row:
                self.view.topics.setCurrentRow(row)

    def _follow_link(self, url: QUrl) -> None:
        """A link to another help page (`offers.html`) selects its topic."""
        key = Path(url.toLocalFile() or url.path()).stem
        if key in {page.key for page in PAGES} and key != self.key:
            self.show_topic(key)

    @property
    def text(self) -> str:
        return self.view.text.toPlainText()
