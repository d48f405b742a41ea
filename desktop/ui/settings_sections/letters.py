"""Indstillinger > Breve: the letters Anvis writes, the template version each uses, and the way
into the template editor (the desk's own wording of its letters)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from db.enums import LetterKind
from desktop.core.letters.templates import LetterText, texts_in_use
from desktop.ui.dialogs.template_editor import TemplateEditorDialog
from desktop.ui.pages.base import PageContext
from desktop.ui.settings_sections.parts import section_heading

if TYPE_CHECKING:
    from desktop.ui.dialogs.template_editor import TemplateEditorDialog
    from desktop.ui.tasks import Task


class LettersSection(QWidget):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.editor: TemplateEditorDialog | None = None
        intro = QLabel(
            self.tr(
                "The texts of the letters Anvis writes: offer letters, allocation notices and "
                "decisions. Each change is saved as a new version of the template; letters "
                "already sent keep the text they were sent with. The desk's name and contact "
                "details come from General."
            )
        )
        intro.setWordWrap(True)
        self.kinds = QListWidget()
        self.kinds.setObjectName("letter_kinds")
        self.kinds.setAccessibleName(self.tr("Letters and their template versions"))
        self.kinds.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.kinds.setSpacing(2)
        self.kinds.itemActivated.connect(lambda item: self.open_editor(*item.data(_KIND)))
        self.edit_button = QPushButton(self.tr("&Edit letter templates..."))
        self.edit_button.setObjectName("edit_templates")
        self.edit_button.clicked.connect(lambda: self.open_editor(*self._chosen()))
        layout = QVBoxLayout(self)
        layout.addWidget(section_heading(self.tr("Letters")))
        layout.addWidget(intro)
        layout.addWidget(self.kinds)
        row = QHBoxLayout()
        row.addWidget(self.edit_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)

    @staticmethod
    def title() -> str:
        return QCoreApplication.translate("LettersSection", "Letters")

    def on_shown(self) -> None:
        self.refresh()

    def refresh(self) -> Task:
        """Each letter with the version of its template in use, and the housing schemes' own
        offer letters (on the write worker: the first look at a letter stores its shipped
        default template)."""
        ws = self.context.workspace
        task: Task = self.context.tasks.write(
            lambda: texts_in_use(ws), on_done=self._show, parent=self
        )
        return task

    def _show(self, texts: list[LetterText]) -> None:
        chosen = self._chosen()
        self.kinds.clear()
        for text in texts:
            if text.version is None:
                line = self.tr("{letter} - uses the ordinary text until it is written")
            else:
                line = self.tr("{letter} - template version {version}")
            item = QListWidgetItem(line.format(letter=text.title, version=text.version))
            item.setData(_KIND, (text.kind.value, text.variant))
            self.kinds.addItem(item)
            if (text.kind, text.variant) == chosen:
                self.kinds.setCurrentItem(item)
        if self.kinds.currentRow() < 0:
            self.kinds.setCurrentRow(0)
        # as tall as its lines: the list is short
        rows = self.kinds.count()
        self.kinds.setFixedHeight(
            rows * (self.kinds.sizeHintForRow(0) + 2 * self.kinds.spacing())
            + 2 * self.kinds.frameWidth()
            + 4
        )

    def _chosen(self) -> tuple[LetterKind, str]:
        """The chosen letter: its kind and text (a scheme's own, or "" the ordinary one)."""
        if self.kinds.currentRow() < 0:
            return LetterKind.OFFER, ""
        kind, variant = self.kinds.currentItem().data(_KIND)
        return LetterKind(kind), variant

    def open_editor(self, kind: LetterKind | str, variant: str = "") -> TemplateEditorDialog:
        """The template editor (non-modal) with the letter chosen; the list follows its saves."""
        self.editor = TemplateEditorDialog(
            self.context.workspace, LetterKind(kind), self, variant=variant
        )
        self.editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.editor.saved.connect(lambda _info: self.refresh())
        self.editor.open()
        return self.editor


_KIND = Qt.ItemDataRole.UserRole

SECTION = LettersSection
