"""The applicant form's address tab (c/o line, street, postcode, town, whereabouts, the way
letters go, checked while typing) and the list of addresses read from free text, reached from
the Boligsøgende page."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from db.enums import AddressReview, DeliveryChannel
from db.models import Applicant
from desktop.core.applicants import addresses, caseworkers, register
from desktop.core.workspace import Workspace
from desktop.ui.pages.base import PageContext
from desktop.ui.tasks import TaskRunner
from tests.gui.background import settle, succeeded
from tests.unit.applicants.factories import applicant

pytestmark = pytest.mark.gui
C = DeliveryChannel


def form_for(ws: Workspace, qtbot: QtBot, applicant_id: int | None):
    from desktop.ui.dialogs.applicant_form import ApplicantForm

    form = ApplicantForm(ws, applicant_id)
    qtbot.addWidget(form)
    form.show()
    return form


def _type_address(form, *, care_of: str = "", street: str, postcode: str, town: str) -> None:
    panel = form.ui.address
    panel.care_of.setText(care_of)
    panel.street.setText(street)
    panel.postcode.setText(postcode)
    panel.town.setText(town)


def test_a_c_o_address_is_saved_in_its_parts_and_the_hint_follows_the_typing(
    sqlite_workspace: Workspace, qtbot: QtBot
) -> None:
    form = form_for(sqlite_workspace, qtbot, None)
    saved: list[int] = []
    form.saved.connect(saved.append)
    form.ui.name.setText("Søren Ærø Åberg")
    form.ui.birth_date.setText("03.04.1970")
    panel = form.ui.address
    assert panel.channel == C.NONE  # a new applicant's way is chosen, not guessed
    assert "cannot be sent" in panel.hint.text()

    panel.choose(C.CARE_OF)
    _type_address(form, street="Hjulmagervej 18", postcode="9000", town="Aalborg")
    assert "c/o" in panel.hint.text()  # still lacks whom it goes c/o
    panel.care_of.setText("Kirkens Korshær")
    assert panel.hint.text() == "Letters can be sent: c/o address."
    panel.whereabouts.setText("Sover på herberget om natten")
    assert succeeded(qtbot, form.save())
    view = register.applicant_view(sqlite_workspace, saved[0])
    assert (view.care_of, view.street, view.postcode, view.town) == (
        "Kirkens Korshær",
        "Hjulmagervej 18",
        "9000",
        "Aalborg",
    )
    assert (view.whereabouts, view.delivery) == ("Sover på herberget om natten", C.CARE_OF)


def test_a_way_that_lacks_what_it_needs_is_refused_on_its_fields(
    sqlite_workspace: Workspace, qtbot: QtBot
) -> None:
    person = applicant(sqlite_workspace, "Mads Hansen", address="Sofasurfer")
    form = form_for(sqlite_workspace, qtbot, person)
    panel = form.ui.address
    assert panel.whereabouts.text() == "Sofasurfer"
    panel.choose(C.OWN_ADDRESS)
    panel.postcode.setText("90")
    assert not succeeded(qtbot, form.save())
    assert form.ui.tabs.currentWidget() is panel  # the refused fields are shown
    for field in (panel.street, panel.postcode, panel.town):
        assert field.styleSheet() != ""
    assert "four digits" in form.ui.message.text()
    # handed over by the caseworker: the form says a caseworker is needed, until one is chosen
    panel.postcode.clear()
    panel.choose(C.HAND_OVER)
    assert "caseworker" in panel.hint.text()
    assert register.applicant_view(sqlite_workspace, person).delivery == C.NONE  # not saved


def test_hand_over_needs_a_caseworker_chosen_on_the_first_tab(
    sqlite_workspace: Workspace, qtbot: QtBot
) -> None:
    worker = caseworkers.save_caseworker(sqlite_workspace, None, "Mette Kjær")
    person = applicant(sqlite_workspace, "Mads Hansen", address="Sofasurfer")
    form = form_for(sqlite_workspace, qtbot, person)
    form.ui.address.choose(C.HAND_OVER)
    assert not succeeded(qtbot, form.save())
    assert form.ui.caseworker.styleSheet() != ""
    form.ui.caseworker.setCurrentIndex(form.ui.caseworker.findData(worker))
    assert form.ui.address.hint.text() == "Letters can be sent: Handed over by the caseworker."
    assert succeeded(qtbot, form.save())
    assert register.applicant_view(sqlite_workspace, person).delivery == C.HAND_OVER


def _read_from_free_text(ws: Workspace) -> tuple[int, int]:
    """(kept as whereabouts, read as an address), as the migration leaves them."""
    homeless = applicant(ws, "Mads Hansen", address="Sofasurfer")
    parsed = applicant(
        ws, "Anne Jensen", address="c/o Kirkens Korshær, Hjulmagervej 18, 9000 Aalborg"
    )
    with ws.write() as session:
        for person, reason in (
            (homeless, AddressReview.WHEREABOUTS),
            (parsed, AddressReview.PARSED),
        ):
            session.execute(
                update(Applicant).where(Applicant.id == person).values(address_review=reason)
            )
    return homeless, parsed


def test_the_addresses_to_review_are_reached_from_the_page_and_checked(
    sqlite_workspace: Workspace, qtbot: QtBot
) -> None:
    from desktop.ui.pages.applicants import ApplicantsPage

    homeless, parsed = _read_from_free_text(sqlite_workspace)
    page = ApplicantsPage(PageContext(sqlite_workspace, TaskRunner()))
    qtbot.addWidget(page)
    page.show()
    page.on_shown()
    settle(qtbot)
    assert page.review_button.isVisible()
    assert "(2)" in page.review_button.text()

    dialog = page.review_addresses()
    rows = [dialog.model.row(i) for i in range(dialog.model.rowCount())]
    assert [r.applicant_id for r in rows] == [homeless, parsed]  # no address first
    assert dialog.note.text().startswith("2 addresses were read from free text. 1 of them")

    # the parsed one is right as it is: checked, it leaves the list
    dialog.table.selectRow(1)
    assert succeeded(qtbot, dialog.mark_checked())
    assert [r.applicant_id for r in addresses.addresses_to_review(sqlite_workspace)] == [homeless]
    assert dialog.model.rowCount() == 1

    # the homeless one: opened on the address tab, a way chosen, saved: off the list too
    dialog.table.selectRow(0)
    form = dialog.open_selected()
    qtbot.addWidget(form)
    assert form.ui.tabs.currentWidget() is form.ui.address
    assert form.ui.address.review_note.isVisibleTo(form)
    worker = caseworkers.save_caseworker(sqlite_workspace, None, "Mette Kjær")
    form._choose_caseworker(worker)
    form.ui.address.choose(C.HAND_OVER)
    assert succeeded(qtbot, form.save())
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 0)
    assert "No address waits" in dialog.note.text()
    dialog.reject()
    settle(qtbot)
    assert not page.review_button.isVisible()


def test_an_address_checked_in_the_form_as_it_is_leaves_the_list(
    sqlite_workspace: Workspace, qtbot: QtBot
) -> None:
    _homeless, parsed = _read_from_free_text(sqlite_workspace)
    form = form_for(sqlite_workspace, qtbot, parsed)
    assert not form.ui.address.reviewed.isHidden()
    form.ui.address.reviewed.setChecked(True)
    assert succeeded(qtbot, form.save())
    waiting = [r.applicant_id for r in addresses.addresses_to_review(sqlite_workspace)]
    assert parsed not in waiting
