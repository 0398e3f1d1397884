"""Forms hold no more than the columns (issue 22): every single-line text field of the forms that edits a column
takes its maxLength from that column (`app.kernel.field_limits`), and a form cannot store more than it holds.

The walk opens the real windows and dialogs (main window, administration, applicants, the applicant, contact,
account and intake dialogs, the payment dialogs, the receipt dialog, the import mapping) and looks at every
QLineEdit: it is either bound to a column with exactly that column's length, or listed below as a field that
edits no text column (numbers, money, dates, IBAN/BIC typed in groups, searches, connection settings). A new
field that is neither fails the walk.
"""

from __future__ import annotations

import types

from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QLineEdit, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.applicants import service as applicants
from app.kernel.field_limits import column_limits, field_limit
from db.models import ContactPerson
from tests.fixtures.applicants_gui import applicants_window, wait_file
from tests.fixtures.database import Today
from tests.fixtures.gui import WindowFactory
from tests.payments.cases import approved
from tests.support import Office
from tests.ui.admin.test_administration import open_admin
from tests.ui.payments.test_payment_to_export import open_payments
from ui.admin.setup_wizard import OfficeSetupWizard
from ui.applicants.account_dialog import AccountDialog
from ui.applicants.contact_dialog import ContactDialog
from ui.dialogs.applicant_dialog import ApplicantDialog
from ui.dialogs.intake import IntakeWizard
from ui.excel.mapping_panel import MappingPanel
from ui.proof_of_use.dialogs import ReceiptDialog
from ui.widgets.fields import CheckedLineEdit
from ui.widgets.limits import COLUMN

NO_TEXT_COLUMN = {
    # numbers, money and rates: parsed and range-checked by app/, stored as numbers
    "municipalityPopulation", "municipalityYear", "municipalityArea", "programmeRate", "programmeMinGrant",
    "programmeMaxGrant", "programmeTolerance", "budgetAllocation", "baseRateValue", "surchargeValue", "amount",
    "day",
    # IBAN and BIC: typed or pasted in groups with spaces, compacted and checked by app/
    "iban", "account-iban", "account-bic",
    # dates typed into a plain field of the contact dialog (parsed by app/)
    "contact-consent_on", "contact-consent_withdrawn_on",
    # searches and look-ups: nothing is stored
    "applicantSearch", "applicantSearchField", "contactSearch", "searchField", "deadlineSearch", "previewCase",
    # the connection settings go to the configuration file, not into the database
    "sqliteFile", "postgresUrl", "postgresPassword",
    # the first users' FörderDesk passwords in "Amt einrichten": stored only as a hash
    "setupPassword_admin", "setupPassword_caseworker", "setupPassword_supervisor",
}


def _fields(root: QWidget) -> list[QLineEdit]:
    """The line edits a person types into (not a spin box's or a combo's own editor, not a checked date/money
    field); read-only ones too (they are editable for another user or another record)."""
    return [edit for edit in root.findChildren(QLineEdit)
            if not isinstance(edit, CheckedLineEdit) and not isinstance(edit.parent(), QAbstractSpinBox | QComboBox)]


def _check(root: QWidget, seen: dict[str, int]) -> list[str]:
    problems = []
    for edit in _fields(root):
        column = edit.property(COLUMN)
        name = edit.objectName()
        if column:
            seen[str(column)] = edit.maxLength()
            if edit.maxLength() != field_limit(str(column)):
                problems.append(f"{name}: maxLength {edit.maxLength()}, {column} hält {field_limit(str(column))}")
        elif name not in NO_TEXT_COLUMN and not edit.isReadOnly():
            problems.append(f"{name or type(edit.parent()).__name__}: an keine Spalte gebunden")
    return problems


def test_every_form_field_takes_its_length_from_its_column(office: Office, today: Today, window_for: WindowFactory,
                                                           qtbot: QtBot) -> None:
    file_number = approved(office, today)
    window = window_for("admin")
    context, choices = window.context, window.choices
    assert choices is not None
    seen: dict[str, int] = {}
    roots: list[QWidget] = [window, open_admin(qtbot, window)]
    view = applicants_window(qtbot, window)
    view.search.select_id(office.applicant_id)
    wait_file(qtbot, view, office.applicant_id)
    roots.append(view)
    payments = open_payments(qtbot, window, file_number)
    roots += [payments.record_request(), payments.free_order()]  # type: ignore[list-item]
    roots += [ApplicantDialog(context, choices), IntakeWizard(context, choices),
              ContactDialog(context, office.applicant_id, "Verein"), AccountDialog(context, office.applicant_id, "V"),
              ReceiptDialog(context, types.SimpleNamespace(cost_lines=(), file_number=file_number)),  # type: ignore[arg-type]
              MappingPanel(), OfficeSetupWizard(office.database, "admin")]
    problems = [problem for root in roots for problem in _check(root, seen)]
    assert problems == []
    # the walk reached the forms of the issue: applicant, account, contact, case/intake, user, programme,
    # municipality, letterhead, settings, catalogue, documents, templates, budgets, payments, receipts, import
    expected = {"Applicant.name", "Applicant.street", "Applicant.register_court", "BankAccount.account_holder",
                "BankAccount.label", "ContactPerson.name", "ContactPerson.salutation", "Application.title",
                "User.username", "User.display_name", "Programme.code", "Programme.file_number_pattern",
                "Municipality.name", "Municipality.key", "Letterhead.value", "Setting.value", "Measure.title",
                "ApplicantType.code", "LetterTemplate.subject", "Budget.budget_position", "PaymentRequest.note",
                "PaymentOrder.purpose", "Receipt.payee", "Receipt.purpose", "ImportMapping.name"}
    assert expected <= set(seen), expected - set(seen)
    assert seen["Applicant.legal_form"] == column_limits()["Applicant.legal_form"] == 80


def test_a_form_cannot_hold_more_than_its_column(office: Office, window_for: WindowFactory, qtbot: QtBot,
                                                today: Today, answers) -> None:
    view = applicants_window(qtbot, window_for("anna"))
    view.search.select_id(office.applicant_id)
    wait_file(qtbot, view, office.applicant_id)
    dialog = view.file.data.people.add()
    assert isinstance(dialog, ContactDialog)
    limit = column_limits()["ContactPerson.name"]
    qtbot.keyClicks(dialog.edits["name"], "Maximiliane " + "x" * (limit + 40))
    dialog.edits["salutation"].setText("Frau Dr. med. habil. Professorin")  # pasted: cut like typed text
    assert len(dialog.edits["name"].text()) == limit
    assert dialog.edits["salutation"].text() == "Frau Dr. med. habil. Professorin"[:column_limits()[
        "ContactPerson.salutation"]]
    dialog.ok.click()
    qtbot.waitUntil(lambda: not dialog.isVisible() and not view.context.runner.busy, timeout=15000)
    with office.database.read() as session:
        stored = session.scalars(select(ContactPerson)).one()
    assert stored.name == ("Maximiliane " + "x" * limit)[:limit] and len(stored.name) == limit
    assert stored.salutation == "Frau Dr. med. habil."
    assert applicants.FIELD_LIMITS["name"] == column_limits()["Applicant.name"]
