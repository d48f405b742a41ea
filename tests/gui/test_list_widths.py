"""Every list reads at a glance on a laptop: in a 1280x720 main window, in Danish, with demo data
whose names and addresses are long (æøå), each list's deciding columns (`Column.deciding`) lie
wholly in view without scrolling sideways and no deciding cell is cut.

Every list of the app is made by `list_view`; the static test below finds each place that calls
it and fails until a test here opens that list (add it to OPENED_BY and to an opener), so a new
list is held to the policy by itself. Each page of the navigation is opened, each section of the
settings and each report; the dialogs with lists are opened with data in them."""

from __future__ import annotations

import ast
import datetime as dt
import shutil
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QStyleOptionViewItem, QTableView, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from desktop import i18n
from desktop.core.workspace import Workspace, open_workspace
from desktop.ui.navigation import PAGES
from desktop.ui.pages.base import PageContext
from desktop.ui.tasks import TaskRunner
from desktop.ui.widgets import list_view as list_view_module
from desktop.ui.widgets.fitted_columns import ColumnFit
from desktop.ui.widgets.list_view import column_fit
from tests.conftest import SAMPLES, TODAY
from tests.gui.background import settle

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]
WINDOW = (1280, 720)
CHECKED_ROWS = 200  # the rows of a list whose deciding cells are looked at

# Each place that makes a list (module, function) and the test that opens it.
OPENED_BY = {
    ("desktop.ui.pages.overview", "QueueList.__init__"): "page:overview",
    ("desktop.ui.pages.vacancies", "VacanciesPage.__init__"): "page:vacancies",
    ("desktop.ui.pages.applicants", "ApplicantsPage.__init__"): "page:applicants",
    ("desktop.ui.pages.departments", "DepartmentsPage.__init__"): "page:departments",
    ("desktop.ui.pages.departments_detail", "DepartmentDetailPanel.__init__"): "page:departments",
    ("desktop.ui.pages.offers", "OffersPage.__init__"): "page:offers",
    ("desktop.ui.pages.reports_view", "TableBlock.__init__"): "page:reports",
    ("desktop.ui.settings_sections.backup", "BackupSection.__init__"): "page:settings",
    ("desktop.ui.settings_sections.caseworkers", "CaseworkersSection._layout"): "page:settings",
    ("desktop.ui.pages.vacancies_quota", "QuotaDialog._view"): "quota",
    ("desktop.ui.dialogs.candidates", "_Layout._ranked_tab"): "candidates",
    ("desktop.ui.dialogs.candidates", "_Layout._excluded_tab"): "candidates",
    ("desktop.ui.dialogs.candidates", "_Layout._offers_tab"): "candidates",
    ("desktop.ui.dialogs.candidates", "SuitableVacanciesDialog._layout"): "suitable",
    ("desktop.ui.dialogs.address_review", "AddressReviewDialog._build"): "address_review",
    ("desktop.ui.dialogs.confirm_proposals", "PlanLayout.__init__"): "confirm_proposals",
    ("desktop.ui.dialogs.applicant_privacy", "PrivacyDialog._layout"): "privacy",
    ("desktop.ui.dialogs.monitoring_review", "MonitoringReviewDialog.__init__"): "monitoring",
    ("desktop.ui.dialogs.applicant_form_layout", "_record_list"): "applicant_form",
    ("desktop.ui.dialogs.applicant_facts", "_MemberFacts.__init__"): "applicant_form",
    ("desktop.ui.dialogs.audit_viewer", "AuditViewerDialog._layout"): "audit",
    ("desktop.ui.dialogs.import_report", "ImportReportDialog.__init__"): "import_report",
    ("desktop.ui.dialogs.import_rows", "preview_table"): "intake_preview+applicant_import",
    ("desktop.ui.dialogs.template_editor", "_Layout._widgets"): "template_editor",
    ("desktop.ui.dialogs.list_form", "ListFormDialog._layout"): "organisations+landlords",
    ("desktop.ui.dialogs.conflict", "ConflictView.__init__"): "conflict",
}

# Long names and addresses as the desk meets them.
NAMES = (
    "Kristoffer Bøgh-Æbeløe Østergaard",
    "Mette Ærø-Søndergaard Kjærsgaard",
    "Abdirahman Warsame Møller-Østergård",
    "Søren Frederik Højgaard-Kjærulff",
)
STREETS = (
    ("Johan Skjoldborgs Vej", "178", "st", "mf"),
    ("Nørre Uttrup Torv", "16B", "4", "tv"),
    ("Søndre Skovvej", "245", "12", "th"),
    ("Kong Christians Allé", "37", "3", "mf"),
)


def _call_sites() -> set[tuple[str, str]]:
    """Every (module, function) of desktop/ui that calls `list_view(...)`."""
    found: set[tuple[str, str]] = set()
    for path in sorted((ROOT / "desktop" / "ui").rglob("*.py")):
        if path.name == "list_view.py" and path.parent.name == "widgets":
            continue
        module = ".".join(path.relative_to(ROOT).with_suffix("").parts)
        tree = ast.parse(path.read_text(encoding="utf-8"))

        def visit(node: ast.AST, names: tuple[str, ...]) -> None:
            for child in ast.iter_child_nodes(node):
                inner = names
                if isinstance(child, ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
                    inner = (*names, child.name)
                if (
                    isinstance(child, ast.Call)
                    and isinstance(child.func, ast.Name)
                    and child.func.id == "list_view"
                ):
                    found.add((module, ".".join(names)))  # noqa: B023 - used at once
                visit(child, inner)

        visit(tree, ())
    return found


def test_every_list_is_opened_by_a_test_here() -> None:
    sites = _call_sites()
    assert sites, "no list_view calls found: has the factory moved?"
    missing = sorted(sites - OPENED_BY.keys())
    assert not missing, f"lists no test here opens (add them to OPENED_BY): {missing}"
    assert not sorted(OPENED_BY.keys() - sites), "OPENED_BY names lists that no longer exist"


# --- the data ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory, _sqlite_template: Path) -> Path:
    """A small demo (the shipped master data, the desk's own workflows), with long Danish names
    and addresses, a long department name, an import of week 47, monitoring figures, a legal
    fact, an address to review and a case due for anonymisation."""
    from sqlalchemy import func, select

    from db.enums import AddressReview, ApplicantStatus, LegalFactKind
    from db.models import Applicant, Department, HouseholdMember, LegalFact, Vacancy
    from desktop.core import demo
    from desktop.core.importing import run_to_completion
    from desktop.core.intake import imports
    from desktop.core.intake.listing import OPEN_STATUSES
    from desktop.core.registry import landlords
    from desktop.core.registry.monitoring_import import import_monitoring

    folder = tmp_path_factory.mktemp("lists")
    target = folder / "demo.sqlite"
    shutil.copyfile(_sqlite_template, target)
    ws = open_workspace(target, backup_dir=folder / "backups", user="tester")
    ws.clock = lambda: TODAY
    demo.load_master_data(ws)
    demo.fill(ws, demo.DemoSize(applicants=80, vacancies=24))
    path = SAMPLES / "vacancies_himmerland_uge47.xlsx"
    run_to_completion(imports.import_vacancies(ws, path, imports.guess_organisation(ws, path)))
    import_monitoring(ws, SAMPLES / "monitoring_2026.xlsx")
    landlords.save_landlord(
        ws,
        None,
        landlords.LandlordData(
            "Bøgh-Æbeløe Østergaard Ejendomsadministration ApS",
            "62269391",
            "Vesterbro 122, 9000 Aalborg",
            contact_person=NAMES[0],
        ),
    )
    with ws.write() as session:
        offered = session.scalars(
            select(Applicant).where(Applicant.status != ApplicantStatus.REMOVED).limit(40)
        ).all()
        for person, name in zip(offered[::10], NAMES, strict=False):
            person.name = name
        offered[1].address_review = AddressReview.PARSED
        offered[2].status = ApplicantStatus.REMOVED
        offered[2].closed_on = TODAY - dt.timedelta(days=12 * 365)
        member = session.scalars(
            select(HouseholdMember).where(HouseholdMember.applicant_id == offered[0].id)
        ).first()
        assert member is not None
        session.add(
            LegalFact(
                member_id=member.id,
                kind=LegalFactKind.BENEFIT,
                label="Kontanthjælp",
                start_date=TODAY - dt.timedelta(days=400),
                note="Oplyst af jobcentret i Aalborg Øst ved samtalen",
            )
        )
        vacancies = session.scalars(
            select(Vacancy).order_by(Vacancy.status.in_(OPEN_STATUSES).desc(), Vacancy.id)
        ).all()
        for vacancy, (street, number, floor, door) in zip(vacancies, STREETS * 6, strict=False):
            vacancy.street, vacancy.house_number = street, number
            vacancy.floor, vacancy.door = floor, door
        longest = session.scalars(
            select(Department).order_by(func.length(Department.name).desc())
        ).first()
        assert longest is not None
        vacancies[0].department_id = longest.id  # an open one: in the list as it opens
    ws.close()
    return target


@dataclass
class Desk:
    workspace: Workspace
    context: PageContext
    window: QWidget
    qtbot: QtBot
    made: list[tuple[tuple[str, str], QTableView]] = field(default_factory=list)


MADE: list[tuple[tuple[str, str], QTableView]] = []  # where each list of a test was made


class _Recording(ColumnFit):
    """The policy, noting where each list is made (the caller of `list_view`)."""

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        caller = sys._getframe(2)  # list_view's caller
        MADE.append(((caller.f_globals["__name__"], caller.f_code.co_qualname), table))


@pytest.fixture
def desk(
    demo_file: Path, tmp_path: Path, qtbot: QtBot, qapp, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Desk]:
    from desktop.core import backups
    from desktop.ui.main_window import MainWindow

    target = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_file, target)
    ws = open_workspace(target, backup_dir=tmp_path / "backups", user="tester")
    ws.clock = lambda: TODAY
    ws.is_demo = True
    backups.daily_backup(ws)  # in this test's own data folder
    # dialogs size themselves by the screen they open on: a 1280x720 laptop's
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: QRect(0, 0, *WINDOW))
    monkeypatch.setattr(list_view_module, "ColumnFit", _Recording)
    MADE.clear()
    i18n.install_for_app(qapp, "da")
    tasks = TaskRunner()
    window = MainWindow(ws, tasks, "da")
    qtbot.addWidget(window)
    window.resize(*WINDOW)
    window.show()
    qtbot.waitExposed(window)
    try:
        yield Desk(ws, PageContext(ws, tasks), window, qtbot, MADE)
    finally:
        settle(qtbot, 30_000)
        i18n.install_for_app(qapp, "en")
        ws.close()


# --- what is checked -----------------------------------------------------------------------


def _reveal(table: QTableView) -> None:
    """Bring the tab that holds `table` to the front."""
    child: QWidget = table
    parent = child.parentWidget()
    while parent is not None:
        tabs = parent.parentWidget()
        if isinstance(tabs, QTabWidget) and tabs.indexOf(child) >= 0:
            tabs.setCurrentWidget(child)
        child, parent = parent, parent.parentWidget()


def _problems(table: QTableView) -> list[str]:
    """What a user could not read at a glance in `table`'s deciding columns."""
    fit = column_fit(table)
    model = table.model()
    name = table.accessibleName() or table.objectName() or type(table.parent()).__name__
    if not fit.deciding():
        return [f"{name}: no deciding column declared"]
    deciding = [c for c in fit.deciding() if not table.isColumnHidden(c)]
    found = []
    if table.horizontalScrollBar().value() != 0:
        found.append(f"{name}: scrolled sideways")
    rows = min(model.rowCount(), getattr(model, "measured_rows", model.rowCount)(), CHECKED_ROWS)
    for column in deciding:
        header = model.headerData(column, table.horizontalHeader().orientation())
        if not fit.in_view(column):
            found.append(f"{name}: {header} is not in view without scrolling")
        for row in range(rows):
            index = model.index(row, column)
            option = QStyleOptionViewItem()
            option.initFrom(table)
            option.font = table.font()
            option.fontMetrics = table.fontMetrics()
            option.rect = table.visualRect(index)
            if fit.delegate.is_elided(option, index, table):
                found.append(f"{name}: {header} cut: {index.data()!r}")
    return found


def _check(desk: Desk, top: QWidget) -> set[tuple[str, str]]:
    """Every list in `top`, each in its tab; returns where the lists judged (those with rows)
    were made."""
    settle(desk.qtbot, 30_000)
    problems: list[str] = []
    judged: set[tuple[str, str]] = set()
    sites = {id(table): site for site, table in desk.made}
    for table in top.findChildren(QTableView):
        if id(table) not in sites:
            problems.append(f"{table.objectName()}: not made by list_view")
            continue
        _reveal(table)
        settle(desk.qtbot, 30_000)
        desk.qtbot.wait(1)  # the layout after the tab change
        if not table.isVisibleTo(top) or table.model().rowCount() == 0:
            continue  # an empty list says so in its place
        judged.add(sites[id(table)])
        problems.extend(_problems(table))
    assert not problems, "\n".join(problems)
    return judged


def _unjudged(test: str, judged: set[tuple[str, str]]) -> list[tuple[str, str]]:
    """The lists `test` opens that had no rows to judge (the data must give them some)."""
    return sorted(
        site for site, tests in OPENED_BY.items() if test in tests.split("+") and site not in judged
    )


# --- the pages -----------------------------------------------------------------------------


@pytest.mark.parametrize("key", [page.key for page in PAGES])
def test_the_deciding_columns_of_each_page_read_at_1280_px(desk: Desk, key: str) -> None:
    page = desk.window.show_page(key)
    settle(desk.qtbot, 30_000)
    judged: set[tuple[str, str]] = set()
    if key in ("settings", "reports"):  # each section, each report
        for row in range(page.list.count()):
            page.list.setCurrentRow(row)
            judged |= _check(desk, page)
    else:
        if key in ("vacancies", "offers", "departments"):
            page.table.selectRow(0)  # the detail beside the list takes its width
        judged = _check(desk, page)
    assert not _unjudged(f"page:{key}", judged)


# --- the dialogs ---------------------------------------------------------------------------


def _vacancy(desk: Desk, *statuses: str) -> int:
    from desktop.core.intake import listing
    from desktop.core.intake.vocabulary import VacancyStatus

    wanted = tuple(VacancyStatus(s) for s in statuses)
    return listing.list_vacancies(desk.workspace, listing.VacancyFilter(statuses=wanted))[0].id


def _applicant(desk: Desk) -> int:
    from desktop.core.offers.views import OfferFilter, list_offers

    return list_offers(desk.workspace, OfferFilter.ALL)[0].applicant_id


def _quota(desk: Desk) -> QWidget:
    from desktop.ui.pages.vacancies_quota import QuotaDialog

    return QuotaDialog(desk.workspace, desk.window)


def _candidates(desk: Desk) -> QWidget:
    from desktop.ui.dialogs.candidates import CandidatesDialog

    return CandidatesDialog(desk.context, _vacancy(desk, "offered"), desk.window)


def _suitable(desk: Desk) -> QWidget:
    from desktop.ui.dialogs.candidates import open_suitable_vacancies

    return open_suitable_vacancies(desk.window, desk.context, _applicant(desk))


def _address_review(desk: Desk) -> QWidget:
    from desktop.ui.dialogs.address_review import AddressReviewDialog

    return AddressReviewDialog(desk.workspace, desk.window)


def _confirm_proposals(desk: Desk) -> QWidget:
    from desktop.core.intake import decisions, listing
    from desktop.core.intake.vocabulary import VacancyStatus

    received = listing.list_vacancies(
        desk.workspace, listing.VacancyFilter(statuses=(VacancyStatus.RECEIVED,))
    )
    plan = decisions.preview_confirmation(desk.workspace, [row.id for row in received])
    from desktop.ui.dialogs.confirm_proposals import ConfirmProposalsDialog

    return ConfirmProposalsDialog(plan, desk.window)


def _privacy(desk: Desk) -> QWidget:
    from desktop.ui.dialogs.applicant_privacy import PrivacyDialog

    return PrivacyDialog(desk.workspace, desk.window)


def _monitoring(desk: Desk) -> QWidget:
    from desktop.ui.dialogs.monitoring_review import MonitoringReviewDialog

    return MonitoringReviewDialog(desk.workspace, desk.window)


def _applicant_form(desk: Desk) -> QWidget:
    from sqlalchemy import select

    from db.models import HouseholdMember, LegalFact
    from desktop.ui.dialogs.applicant_form import ApplicantForm

    with desk.workspace.read() as session:
        facts = select(HouseholdMember.applicant_id).join(LegalFact)
        person = session.scalars(facts).first()
    form = ApplicantForm(desk.workspace, person, desk.window)
    form.ui.facts.unlock("Prøve af listernes bredde")  # the sensitive facts, logged
    settle(desk.qtbot, 30_000)
    return form


def _audit(desk: Desk) -> QWidget:
    from desktop.ui.dialogs.audit_viewer import AuditViewerDialog

    return AuditViewerDialog(desk.workspace, desk.window)


def _import_report(desk: Desk) -> QWidget:
    from desktop.core.importing.summary import ImportSummary, RowError
    from desktop.ui.dialogs.import_report import ImportReportDialog

    errors = tuple(
        RowError(
            "Ledige boliger uge 47",
            row,
            "Forbrug aconto (varme, vand og el)",
            "Beløbet kan ikke læses: skriv det som 1.234,50 uden bogstaver eller enheder.",
        )
        for row in range(2, 9)
    )
    summary = ImportSummary(
        "Ledige boliger: vacancies_himmerland_uge47.xlsx", ("7 rækker",), errors
    )
    return ImportReportDialog("Indlæsning", summary, desk.window)


def _intake_preview(desk: Desk) -> QWidget:
    from desktop.core.importing import run_to_completion
    from desktop.core.intake import imports
    from desktop.ui.dialogs.intake_preview import IntakePreviewDialog

    path = SAMPLES / "vacancies_vivabolig_clean.xlsx"
    organisation = imports.guess_organisation(desk.workspace, path)
    preview = run_to_completion(imports.preview_vacancies(desk.workspace, path, organisation.id))
    return IntakePreviewDialog(desk.workspace, path, preview, organisation, desk.window)


def _applicant_import(desk: Desk) -> QWidget:
    from desktop.core.applicants import imports
    from desktop.core.importing import run_to_completion
    from desktop.ui.dialogs.applicant_import import ApplicantImportDialog

    path = SAMPLES / "applicants_legacy.xlsx"
    preview, spec = run_to_completion(imports.preview_applicants(desk.workspace, path))
    return ApplicantImportDialog(desk.workspace, preview, spec, desk.window, path=path)


def _template_editor(desk: Desk) -> QWidget:
    from desktop.ui.dialogs.template_editor import TemplateEditorDialog

    return TemplateEditorDialog(desk.workspace, parent=desk.window)


def _organisations(desk: Desk) -> QWidget:
    from desktop.ui.dialogs.department_organisations import OrganisationsDialog

    return OrganisationsDialog(desk.workspace, desk.window)


def _landlords(desk: Desk) -> QWidget:
    from desktop.ui.dialogs.landlords import LandlordsDialog

    return LandlordsDialog(desk.workspace, desk.window)


def _conflict(desk: Desk) -> QWidget:
    import datetime as dt

    from desktop.core.locking import Difference, RecordConflict
    from desktop.ui.dialogs.conflict import ConflictDialog

    error = RecordConflict(
        "Gemt af en anden",
        "kollega",
        dt.datetime(2026, 12, 1, 9, 30),
        entity="applicant",
        entity_id=1,
        version=2,
        differences=(
            Difference("name", NAMES[0], NAMES[1]),
            Difference("address", " ".join(STREETS[0]), " ".join(STREETS[1])),
            Difference("phone", "20 30 40 50", "20 30 40 50"),
        ),
    )
    dialog = ConflictDialog(error, {"name": "Navn", "address": "Adresse"}, desk.window)
    dialog.view.compare.setChecked(True)  # the values side by side
    return dialog


DIALOGS: dict[str, Callable[[Desk], QWidget]] = {
    "quota": _quota,
    "candidates": _candidates,
    "suitable": _suitable,
    "address_review": _address_review,
    "confirm_proposals": _confirm_proposals,
    "privacy": _privacy,
    "monitoring": _monitoring,
    "applicant_form": _applicant_form,
    "audit": _audit,
    "import_report": _import_report,
    "intake_preview": _intake_preview,
    "applicant_import": _applicant_import,
    "template_editor": _template_editor,
    "organisations": _organisations,
    "landlords": _landlords,
    "conflict": _conflict,
}


def test_every_dialog_named_in_opened_by_has_an_opener() -> None:
    named = {
        test
        for opener in OPENED_BY.values()
        for test in opener.split("+")
        if not test.startswith("page:")
    }
    assert named == set(DIALOGS)


@pytest.mark.parametrize("name", sorted(DIALOGS))
def test_the_deciding_columns_of_each_dialog_read_at_1280_px(desk: Desk, name: str) -> None:
    dialog = DIALOGS[name](desk)
    desk.qtbot.addWidget(dialog)
    dialog.show()
    desk.qtbot.waitExposed(dialog)
    assert not _unjudged(name, _check(desk, dialog))
