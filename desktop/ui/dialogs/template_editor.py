"""The desk edits a letter's text: the fields it may use, a live check and a live preview.

Saving never changes a version: it stores the next version and makes it the active one. An older
version can be loaded into the editor (and saved again as the newest). The preview fills the text
with invented data, so it never shows a citizen.

Besides each kind's ordinary text the list offers the texts the housing schemes name for their
offer letters; one not written yet opens on the ordinary text, which it uses until it is saved.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFontDatabase, QTextCursor
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from db.enums import LetterKind
from desktop.core.errors import UserError
from desktop.core.letters import (
    TemplateInfo,
    language,
    preview_template,
    save_template,
    template_versions,
)
from desktop.core.letters import fields as letter_fields
from desktop.core.letters.fields import Field
from desktop.core.letters.templates import LetterText, letter_texts
from desktop.core.schemes.settings import Scheme
from desktop.core.workspace import Workspace
from desktop.ui import tasks
from desktop.ui.dialogs.conflict import save_with_conflict_check
from desktop.ui.errors import show_user_error
from desktop.ui.models.rows import TEXT, Column, RowModel
from desktop.ui.printing import load_pdf
from desktop.ui.tasks import Task
from desktop.ui.widgets.list_view import column_fit, list_view
from desktop.ui.widgets.screen_fit import resize_within_screen

CHECK_DELAY_MS = 250
PREVIEW_DELAY_MS = 600


class _Layout:
    def __init__(self, dialog: QDialog, fields: RowModel[Field]) -> None:
        self._widgets(dialog, fields)
        self._labels(dialog)
        left = self._field_side(dialog)
        middle = self._text_side(dialog)
        self.splitter = QSplitter(dialog)
        self.splitter.addWidget(left)
        self.splitter.addWidget(middle)
        self.splitter.addWidget(self.preview)
        self.splitter.setSizes([360, 480, 440])  # the field list readable beside the text
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save)
        buttons.addWidget(self.close)
        layout = QVBoxLayout(dialog)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(buttons)

    def _widgets(self, dialog: QDialog, fields: RowModel[Field]) -> None:
        # made in the order Tab goes through them
        self.kind = QComboBox(dialog)
        self.version = QComboBox(dialog)
        self.title = QLineEdit(dialog)
        self.reply_slip = QCheckBox(dialog)
        self.body = QPlainTextEdit(dialog)
        self.body.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.body.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.problems = QLabel(dialog)
        self.problems.setWordWrap(True)
        self.problems.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note = QLineEdit(dialog)
        self.fields = list_view(
            fields,
            sorted_by=None,
            alternate=False,
            row_padding=None,
            parent=dialog,
        )
        self.insert = QPushButton(dialog)
        self.preview = QPdfView(dialog)
        self.preview.setPageMode(QPdfView.PageMode.MultiPage)
        self.preview.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.save = QPushButton(dialog)
        self.close = QPushButton(dialog)

    def _labels(self, dialog: QDialog) -> None:
        self.kind_label = QLabel(dialog)
        self.version_label = QLabel(dialog)
        self.title_label = QLabel(dialog)
        self.note_label = QLabel(dialog)
        self.fields_label = QLabel(dialog)
        self.kind_label.setBuddy(self.kind)
        self.version_label.setBuddy(self.version)
        self.title_label.setBuddy(self.title)
        self.note_label.setBuddy(self.note)
        self.fields_label.setBuddy(self.fields)

    def _field_side(self, dialog: QDialog) -> QWidget:
        left = QWidget(dialog)
        field_box = QVBoxLayout(left)
        field_box.setContentsMargins(0, 0, 0, 0)
        field_box.addWidget(self.fields_label)
        field_box.addWidget(self.fields, 1)
        field_box.addWidget(self.insert)
        return left

    def _text_side(self, dialog: QDialog) -> QWidget:
        middle = QWidget(dialog)
        form = QFormLayout()
        form.addRow(self.kind_label, self.kind)
        form.addRow(self.version_label, self.version)
        form.addRow(self.title_label, self.title)
        form.addRow("", self.reply_slip)
        text_box = QVBoxLayout(middle)
        text_box.setContentsMargins(0, 0, 0, 0)
        text_box.addLayout(form)
        text_box.addWidget(self.body, 1)
        text_box.addWidget(self.problems)
        note_row = QHBoxLayout()
        note_row.addWidget(self.note_label)
        note_row.addWidget(self.note, 1)
        text_box.addLayout(note_row)
        return middle


class TemplateEditorDialog(QDialog):
    """Edit the templates of the letter kinds; `saved` is emitted with each new version."""

    saved = Signal(object)  # TemplateInfo
    preview_updated = Signal(int)  # pages of the new preview
    loaded = Signal()  # the chosen letter's versions are shown

    def __init__(
        self,
        ws: Workspace,
        kind: LetterKind = LetterKind.OFFER,
        parent: QWidget | None = None,
        variant: str = "",
    ) -> None:
        super().__init__(parent)
        self._ws = ws
        self._texts: list[LetterText] = letter_texts(ws)
        self._versions: list[TemplateInfo] = []
        # a scheme's text not written yet: the ordinary text it uses until then
        self._fallback: TemplateInfo | None = None
        self._loaded: tuple[str, str, bool] = ("", "", False)
        self._problems: list[language.Problem] = []
        self._document: QPdfDocument | None = None
        self._field_model = RowModel(
            [
                # the field names whole, their explanations cut (whole in the tooltip)
                Column(self.tr("Field"), lambda field: "{" + field.name + "}", deciding=True),
                Column(self.tr("What it prints"), letter_fields.describe, role=TEXT),
            ],
            parent=self,
        )
        self.ui = _Layout(self, self._field_model)
        self._retranslate()
        self.field_columns = column_fit(self.ui.fields)
        for text in self._texts:  # a scheme's text: "offer/startbolig"
            key = text.kind.value + (f"/{text.variant}" if text.variant else "")
            self.ui.kind.addItem(text.title, key)

        self._check_timer = QTimer(self, singleShot=True, interval=CHECK_DELAY_MS)
        self._check_timer.timeout.connect(self.check)
        self._preview_timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self.refresh_preview)

        self.ui.kind.currentIndexChanged.connect(self._kind_chosen)
        self.ui.version.currentIndexChanged.connect(self._version_chosen)
        self.ui.title.textChanged.connect(self._edited)
        self.ui.body.textChanged.connect(self._edited)
        self.ui.reply_slip.toggled.connect(self._edited)
        self.ui.fields.doubleClicked.connect(lambda _index: self.insert_field())
        self.ui.insert.clicked.connect(self.insert_field)
        self.ui.save.clicked.connect(self.save)
        self.ui.close.clicked.connect(self.reject)

        chosen = next(
            (i for i, t in enumerate(self._texts) if (t.kind, t.variant) == (kind, variant)), 0
        )
        self.ui.kind.setCurrentIndex(chosen)
        self._kind_chosen()
        resize_within_screen(self, 1400, 900)  # never beyond a laptop's screen

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Letter templates"))
        self.ui.kind_label.setText(self.tr("&Letter:"))
        self.ui.version_label.setText(self.tr("&Version:"))
        self.ui.title_label.setText(self.tr("&Subject:"))
        self.ui.reply_slip.setText(self.tr("With a &reply slip"))
        self.ui.note_label.setText(self.tr("&What changed:"))
        self.ui.fields_label.setText(self.tr("&Fields (double-click to insert):"))
        self.ui.insert.setText(self.tr("&Insert field"))
        self.ui.save.setText(self.tr("Save as &new version"))
        self.ui.close.setText(self.tr("Close"))
        self.ui.body.setAccessibleName(self.tr("Text of the letter"))
        self.ui.preview.setAccessibleName(self.tr("Preview of the letter"))
        self.ui.body.setToolTip(
            self.tr(
                "{field} prints a field; ## starts a heading; - starts a bullet; **bold**; "
                "{if field} ... {else} ... {end} keeps lines only when the field has a value; "
                "lines starting with // are notes for the desk."
            )
        )

    # --- values --------------------------------------------------------------------------

    @property
    def text(self) -> LetterText:
        return self._texts[max(0, self.ui.kind.currentIndex())]

    @property
    def kind(self) -> LetterKind:
        return self.text.kind

    @property
    def variant(self) -> str:
        """The scheme's text being edited; "" the ordinary one."""
        return self.text.variant

    @property
    def _scheme(self) -> Scheme | None:
        """The scheme whose dwellings the preview shows (the first that uses the text)."""
        return self.text.schemes[0] if self.text.schemes else None

    @property
    def title_text(self) -> str:
        return self.ui.title.text()

    @property
    def body_text(self) -> str:
        return self.ui.body.toPlainText()

    @property
    def has_reply_slip(self) -> bool:
        return self.ui.reply_slip.isChecked()

    @property
    def problems(self) -> list[language.Problem]:
        return list(self._problems)

    @property
    def is_changed(self) -> bool:
        """Something to save: an edit, or a scheme's text that is not its own yet."""
        if self._fallback is not None:
            return True
        return (self.title_text, self.body_text, self.has_reply_slip) != self._loaded

    @property
    def preview_pages(self) -> int:
        return int(self._document.pageCount()) if self._document is not None else 0

    # --- loading -------------------------------------------------------------------------

    def _kind_chosen(self) -> Task:
        """The chosen letter's versions, read on the write worker: the first look at a letter
        stores its shipped default template. `loaded` is emitted when they are shown."""
        kind, variant, ws = self.kind, self.variant, self._ws
        self._field_model.set_rows(letter_fields.fields_for(kind))

        def read() -> tuple[list[TemplateInfo], TemplateInfo | None]:
            own = template_versions(ws, kind, variant)
            if own or not variant:
                return own, None
            return [], next((v for v in template_versions(ws, kind) if v.active), None)

        return tasks.write(
            read,
            on_done=lambda found: self._show_versions((kind, variant), *found),
            on_error=lambda error: self._show_versions((kind, variant), [], None, error),
            parent=self,
        )

    def _show_versions(
        self,
        text: tuple[LetterKind, str],
        versions: list[TemplateInfo],
        fallback: TemplateInfo | None = None,
        error: UserError | None = None,
    ) -> None:
        if text != (self.kind, self.variant):
            return  # another letter was chosen meanwhile: its versions follow
        if error is not None:
            show_user_error(self, error)
        self._versions = versions
        self._fallback = fallback
        self.ui.version.blockSignals(True)
        self.ui.version.clear()
        if fallback is not None:
            self.ui.version.addItem(
                self.tr(
                    "The ordinary text, version {version} (used until this one is saved)"
                ).format(version=fallback.version),
                fallback.version,
            )
        for info in self._versions:
            label = self.tr("Version {version}").format(version=info.version)
            if info.active:
                label += " " + self.tr("(in use)")
            self.ui.version.addItem(label, info.version)
        active = next((i for i, v in enumerate(self._versions) if v.active), 0)
        self.ui.version.setCurrentIndex(active)
        self.ui.version.blockSignals(False)
        self._version_chosen()
        self.loaded.emit()

    def _version_chosen(self) -> None:
        index = self.ui.version.currentIndex()
        if self._fallback is not None:
            info = self._fallback
        elif 0 <= index < len(self._versions):
            info = self._versions[index]
        else:
            return
        self._loaded = (info.title, info.body, info.has_reply_slip)
        for widget in (self.ui.title, self.ui.body, self.ui.reply_slip):
            widget.blockSignals(True)
        self.ui.title.setText(info.title)
        self.ui.body.setPlainText(info.body)
        self.ui.reply_slip.setChecked(info.has_reply_slip)
        for widget in (self.ui.title, self.ui.body, self.ui.reply_slip):
            widget.blockSignals(False)
        self.ui.note.clear()
        self.check()
        self.refresh_preview()

    # --- editing -------------------------------------------------------------------------

    def _edited(self) -> None:
        self._check_timer.start()
        self._preview_timer.start()
        self._update_buttons()

    def insert_field(self) -> None:
        chosen = self._field_model.rows_at(self.ui.fields.selectionModel().selectedRows())
        if not chosen:
            return
        field = chosen[0]
        cursor = self.ui.body.textCursor()
        if field.block:
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
            cursor.insertText("\n{" + field.name + "}\n")
        else:
            cursor.insertText("{" + field.name + "}")
        self.ui.body.setTextCursor(cursor)
        self.ui.body.setFocus()

    def check(self) -> list[language.Problem]:
        """Check the text now; the problems are listed under it."""
        self._problems = language.problems(self.kind, self.title_text, self.body_text)
        if self._problems:
            shown = "<br>".join(
                p.describe().replace("&", "&amp;").replace("<", "&lt;") for p in self._problems[:6]
            )
            self.ui.problems.setText(f"<span style='color:#b00020'>{shown}</span>")
        else:
            self.ui.problems.setText(self.tr("The text is fine."))
        self._update_buttons()
        return self._problems

    def refresh_preview(self) -> None:
        """Render the text with invented data (kept as it was when the text has errors)."""
        if language.problems(self.kind, self.title_text, self.body_text):
            return
        next_version = max((v.version for v in self._versions), default=0) + 1
        letter = preview_template(
            self.kind,
            self.title_text,
            self.body_text,
            self.has_reply_slip,
            version=next_version if self.is_changed else self._current_version(),
            scheme=self._scheme,
        )
        old = self._document
        self._document = load_pdf(letter.pdf, self)
        self.ui.preview.setDocument(self._document)
        if old is not None:
            old.deleteLater()
        self.preview_updated.emit(self.preview_pages)

    def _current_version(self) -> int:
        index = self.ui.version.currentIndex()
        return self._versions[index].version if 0 <= index < len(self._versions) else 0

    def _update_buttons(self) -> None:
        self.ui.save.setEnabled(self.is_changed and not self._problems)

    def save(self) -> Task | None:
        """Store the text as the next version (refused with the list of problems), on the write
        worker; `saved` is emitted once the new version is shown."""
        if self.check():
            return None
        ws, kind, variant = self._ws, self.kind, self.variant
        title, body, reply_slip = self.title_text, self.body_text, self.has_reply_slip
        note = self.ui.note.text().strip() or None
        # The version in use when the versions were read: another workstation's newer one since
        # is a conflict, not something to overwrite.
        in_use = next((v.version for v in self._versions if v.active), None)
        if variant and not self._versions:
            in_use = 0  # the scheme had no text of its own: one saved meanwhile is a conflict

        def write() -> tuple[TemplateInfo, list[TemplateInfo]]:
            info = save_template(
                ws,
                kind,
                title=title,
                body=body,
                has_reply_slip=reply_slip,
                note=note,
                expected_version=in_use,
                variant=variant,
            )
            return info, template_versions(ws, kind, variant)

        return save_with_conflict_check(
            self,
            tasks,
            write,
            on_saved=self._saved,
            on_reload=self._kind_chosen,
            busy=[self.ui.save],
        )

    def _saved(self, result: tuple[TemplateInfo, list[TemplateInfo]]) -> None:
        info, versions = result
        self._show_versions((info.kind, info.variant), versions)
        self.saved.emit(info)
