"""Keyboard and screen-reader use of the window: every input and list has a name a screen reader
reads out, every menu command has a shortcut or a mnemonic, buttons with a shortcut show it in
their tooltip, F1 opens the help of the page in front, and no style sheet fixes a font size in
pixels (which would ignore the system's text size)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QRadioButton,
    QTextEdit,
    QWidget,
)

from desktop.ui.dialogs.help import HelpDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.navigation import PAGES
from desktop.ui.tasks import TaskRunner

REPO = Path(__file__).resolve().parents[2]
INPUTS = (
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QPlainTextEdit,
    QTextEdit,
    QCheckBox,
    QRadioButton,
)


@pytest.fixture
def window(qtbot, sqlite_workspace):
    win = MainWindow(sqlite_workspace, TaskRunner(), "en")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def _spoken_name(widget: QWidget) -> str:
    """What a screen reader says for the widget: its accessible name, the text of the label
    whose buddy it is (QFormLayout rows set that), or a button's own text."""
    if widget.accessibleName().strip():
        return widget.accessibleName().strip()
    for label in widget.window().findChildren(QLabel):
        if label.buddy() is widget and label.text().replace("&", "").strip():
            return label.text()
    if isinstance(widget, QAbstractButton):
        return widget.text().replace("&", "").strip()
    return ""


def _inputs(root: QWidget) -> list[QWidget]:
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INPUTS) or not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QHeaderView) or _inside_an_input(widget, root):
            continue  # parts of a composite input: a table's header, a combo box's line edit
        found.append(widget)
    return found


def _inside_an_input(widget: QWidget, root: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, (*INPUTS, QCalendarWidget)):
            return True
        parent = parent.parentWidget()
    return False


def _describe(widget: QWidget) -> str:
    return f"{type(widget).__name__} {widget.objectName()!r} in {widget.parentWidget()!r}"


@pytest.mark.parametrize("key", [page.key for page in PAGES])
def test_every_input_and_list_of_every_page_has_a_spoken_name(window, key, qtbot):
    page = window.show_page(key)
    qtbot.wait(50)
    inputs = _inputs(page)
    assert inputs, f"no inputs found on {key}"
    nameless = [_describe(w) for w in inputs if not _spoken_name(w)]
    assert not nameless, "\n".join(nameless)


def test_every_settings_section_input_has_a_spoken_name(window, qtbot):
    page = window.show_page("settings")
    nameless = []
    for row in range(page.list.count()):
        page.list.setCurrentRow(row)
        qtbot.wait(20)
        section = page.stack.currentWidget()
        nameless += [f"{row}: {_describe(w)}" for w in _inputs(section) if not _spoken_name(w)]
    assert not nameless, "\n".join(nameless)


def _menu_actions(window: MainWindow) -> list[QAction]:
    actions = []
    for top in window.menuBar().actions():
        menu = top.menu()
        assert isinstance(menu, QMenu)
        actions += [a for a in menu.actions() if not a.isSeparator()]
    return actions


def test_every_menu_and_menu_command_has_a_mnemonic_or_a_shortcut(window):
    for top in window.menuBar().actions():
        assert "&" in top.text(), top.text()
    actions = _menu_actions(window)
    assert len(actions) > 10
    without = [
        a.text() for a in actions if "&" not in a.text() and a.shortcut().isEmpty() and a.text()
    ]
    # the language names are chosen by mouse or by the menu's arrow keys: they carry no letter
    assert set(without) <= {"Dansk", "English"}, without


def test_page_commands_have_the_page_shortcuts_and_help_has_f1(window):
    shortcuts = {a.text(): a.shortcut().toString() for a in _menu_actions(window)}
    for number, page in enumerate(PAGES, start=1):
        assert shortcuts[page.title()] == f"Ctrl+{number}"
    assert shortcuts["&Help for this page"] == "F1"
    assert shortcuts["&Open database..."] == QKeySequence(QKeySequence.StandardKey.Open).toString()


@pytest.mark.parametrize("key", [page.key for page in PAGES])
def test_buttons_with_a_shortcut_show_it_in_their_tooltip(window, key):
    page = window.show_page(key)
    missing = []
    for button in page.findChildren(QAbstractButton):
        sequence = button.shortcut()
        if sequence.isEmpty():
            continue
        text = sequence.toString(QKeySequence.SequenceFormat.NativeText)
        # a mnemonic (Alt+letter) is shown by the underlined letter itself
        if text.startswith("Alt+") and len(text) == 5:
            continue
        if text not in button.toolTip():
            missing.append(f"{button.text()!r}: {text} not in {button.toolTip()!r}")
    assert not missing, "\n".join(missing)


def test_f1_opens_the_help_of_the_page_in_front(window, qtbot):
    help_action = window.findChild(QAction, "help_action")
    assert help_action.shortcut().toString() == "F1"
    for page in PAGES:
        window.show_page(page.key)
        help_action.trigger()
        dialogs = window.findChildren(HelpDialog)
        assert len(dialogs) == 1  # one help window, following the page in front
        assert dialogs[0].isVisible()
        assert dialogs[0].key == page.key
        assert page.title() in dialogs[0].windowTitle()
        assert len(dialogs[0].text) > 200  # a real page, not the "no help yet" line


def test_the_help_dialog_switches_topic_from_its_list(qtbot):
    dialog = HelpDialog("overview", language="da")
    qtbot.addWidget(dialog)
    first = dialog.text
    assert "Overblik" in first
    dialog.view.topics.setCurrentRow(1)
    assert dialog.key == PAGES[1].key
    assert dialog.text != first
    assert dialog.view.text.searchPaths()


def test_no_style_sheet_fixes_a_font_size_in_pixels():
    """Pixel font sizes ignore the system's text size (Windows' "make text bigger"); pt and
    relative QFont sizes follow it."""
    pattern = re.compile(r"font-size\s*:\s*\d+(\.\d+)?\s*px", re.IGNORECASE)
    offenders = []
    for path in sorted((REPO / "desktop").rglob("*.py")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if pattern.search(line):
                offenders.append(f"{path.relative_to(REPO)}:{number}: {line.strip()}")
    assert not offenders, "\n".join(offenders)


def _dialogs(workspace):
    """The dialogs that need no more than a database (with the sample master data)."""
    from desktop.ui.dialogs.about import AboutDialog
    from desktop.ui.dialogs.audit_viewer import AuditViewerDialog
    from desktop.ui.dialogs.department_form import DepartmentDialog
    from desktop.ui.dialogs.department_organisations import (
        OrganisationsDialog,
    )
    from desktop.ui.dialogs.export_replies import ExportRepliesDialog
    from desktop.ui.dialogs.export_template import ExportTemplateDialog
    from desktop.ui.dialogs.first_run import FirstRunDialog
    from desktop.ui.dialogs.landlords import LandlordsDialog
    from desktop.ui.dialogs.monitoring_review import MonitoringReviewDialog
    from desktop.ui.dialogs.template_editor import TemplateEditorDialog
    from desktop.ui.dialogs.vacancy_form import VacancyFormDialog
    from desktop.ui.pages.vacancies_quota import QuotaDialog

    return {
        "about": lambda: AboutDialog(workspace),
        "audit": lambda: AuditViewerDialog(workspace),
        "department": lambda: DepartmentDialog(workspace, None),
        "organisations": lambda: OrganisationsDialog(workspace),
        "landlords": lambda: LandlordsDialog(workspace),
        "replies": lambda: ExportRepliesDialog(workspace),
        "template": lambda: ExportTemplateDialog(workspace),
        "first_run": FirstRunDialog,
        "help": lambda: HelpDialog("offers"),
        "monitoring": lambda: MonitoringReviewDialog(workspace),
        "letters": lambda: TemplateEditorDialog(workspace),
        "vacancy": lambda: VacancyFormDialog(workspace),
        "quota": lambda: QuotaDialog(workspace),
    }


DIALOGS = [
    "about",
    "audit",
    "department",
    "organisations",
    "landlords",
    "replies",
    "template",
    "first_run",
    "help",
    "monitoring",
    "letters",
    "vacancy",
    "quota",
]


@pytest.mark.parametrize("name", DIALOGS)
def test_every_input_of_the_dialogs_has_a_spoken_name(qtbot, sqlite_workspace, samples, name):
    from tests.unit.intake.factories import load_sample_registry

    load_sample_registry(sqlite_workspace, samples)
    dialog = _dialogs(sqlite_workspace)[name]()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    inputs = _inputs(dialog)
    nameless = [_describe(w) for w in inputs if not _spoken_name(w)]
    assert not nameless, "\n".join(nameless)


# --- the applicant register's dialogs ------------------------------------------------------------


def _applicant_form(workspace):
    """The detail form of an applicant with a partner, the sensitive tab unlocked."""
    from desktop.core.applicants.inputs import MemberInput
    from desktop.core.applicants.views import MemberRelation
    from desktop.ui.dialogs.applicant_form import ApplicantForm
    from tests.unit.applicants.factories import applicant

    person = applicant(
        workspace, cpr="120385-1234", members=(MemberInput(MemberRelation.PARTNER, "Kim Lund"),)
    )
    form = ApplicantForm(workspace, person)
    form.ui.facts.unlock("Tilgængelighedstest")
    return form


def _mnemonics(root: QWidget) -> dict[str, list[str]]:
    """Alt+letter -> the texts that carry it: buttons, check boxes and labels with a buddy."""
    found: dict[str, list[str]] = {}
    for widget in root.findChildren(QWidget):
        labelled = isinstance(widget, QLabel) and widget.buddy() is not None
        if not (labelled or isinstance(widget, QAbstractButton)):
            continue
        text = widget.text()
        key = QKeySequence.mnemonic(text).toString()
        if key:
            found.setdefault(key, []).append(text)
    return found


@pytest.fixture(params=["en", "da"])
def language(request, qapp):
    from desktop import i18n

    i18n.install_for_app(qapp, request.param)
    yield request.param
    i18n.install_for_app(qapp, "en")


def test_every_mnemonic_of_the_applicant_form_is_unique(qtbot, sqlite_workspace, language):
    form = _applicant_form(sqlite_workspace)
    qtbot.addWidget(form)
    found = _mnemonics(form)
    assert len(found) > 20, found  # the form is keyboard-first: most fields have one
    repeated = {key: texts for key, texts in found.items() if len(texts) > 1}
    assert not repeated, f"{language}: {repeated}"


def test_the_applicant_form_shows_ctrl_s_on_save(qtbot, sqlite_workspace):
    from PySide6.QtWidgets import QDialogButtonBox

    form = _applicant_form(sqlite_workspace)
    qtbot.addWidget(form)
    save = form.ui.buttons.button(QDialogButtonBox.StandardButton.Save)
    native = QKeySequence(QKeySequence.StandardKey.Save).toString(
        QKeySequence.SequenceFormat.NativeText
    )
    assert native in save.toolTip()


def test_every_input_on_every_tab_of_the_applicant_form_has_a_spoken_name(qtbot, sqlite_workspace):
    form = _applicant_form(sqlite_workspace)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    nameless = []
    for tab in range(form.ui.tabs.count()):
        form.ui.tabs.setCurrentIndex(tab)
        qtbot.wait(20)
        page = form.ui.tabs.widget(tab)
        nameless += [f"tab {tab}: {_describe(w)}" for w in _inputs(page) if not _spoken_name(w)]
    assert not nameless, "\n".join(nameless)


@pytest.mark.parametrize("name", ["privacy", "status", "applicant_import", "export_applicants"])
def test_every_input_of_the_applicant_dialogs_has_a_spoken_name(
    qtbot, sqlite_workspace, samples, name
):
    from desktop.core.applicants.views import ApplicantStatus
    from desktop.core.importing import run_to_completion
    from desktop.ui.dialogs.applicant_privacy import PrivacyDialog
    from desktop.ui.dialogs.applicant_status import StatusDialog
    from desktop.ui.dialogs.export_applicants import ExportApplicantsDialog

    def import_dialog():
        from desktop.core.applicants import imports
        from desktop.ui.dialogs.applicant_import import ApplicantImportDialog

        path = samples / "applicants_legacy.xlsx"
        preview, spec = run_to_completion(imports.preview_applicants(sqlite_workspace, path))
        return ApplicantImportDialog(sqlite_workspace, preview, spec)

    build = {
        "privacy": lambda: PrivacyDialog(sqlite_workspace),
        "status": lambda: StatusDialog(sqlite_workspace, 1, ApplicantStatus.ACTIVE),
        "applicant_import": import_dialog,
        "export_applicants": lambda: ExportApplicantsDialog(sqlite_workspace),
    }
    dialog = build[name]()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    nameless = [_describe(w) for w in _inputs(dialog) if not _spoken_name(w)]
    assert not nameless, "\n".join(nameless)
