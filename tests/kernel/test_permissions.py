"""Every permission outside the workflow, checked in the service: refused for each role without it,
with nothing written; allowed roles get past the check. (Workflow actions: test_workflow_matrix.py.)"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from app.administration import programmes, users
from app.applicants import service as applicants
from app.cases import checking, deadlines, documents, notes
from app.cases import intake as applications
from app.cases.audit_trail import audit_trail
from app.kernel.errors import FoerderDeskError, PermissionDenied
from app.kernel.permissions import PERMISSIONS
from app.kernel.uow import UnitOfWork
from app.letters import reminders, templates
from app.letters import service as letters
from app.payments import cash_export
from app.payments import orders as payment_orders
from app.payments import plan as payment_plan
from app.social_plan import reviews
from db.enums import Role
from tests.support import Office, application_input, register
from tests.support_fingerprint import fingerprint

USER_OF_ROLE = {Role.caseworker: "anna", Role.supervisor: "sabine", Role.admin: "admin", Role.reader: "leser"}


def calls(office: Office, file_number: str, idea: str, folder: Path) -> dict[str, Callable[[UnitOfWork], object]]:
    """One representative use case per permission (those needing `case.read` read a case)."""
    return {
        "case.read": lambda u: letters.list_letters(u, file_number),
        "case.create": lambda u: applications.register_application(u, application_input(office.applicant_id)),
        "case.edit": lambda u: applications.update_application(u, file_number, 1, application_input(
            office.applicant_id, title="Geändert")),
        "case.check": lambda u: checking.run_check(u, file_number),
        "case.override": lambda u: checking.override_rule(u, file_number, "documents_complete",
                                                          "Unterlagen liegen in Papierform vollständig vor."),
        "case.documents": lambda u: documents.record_document(u, "statutes", file_number=file_number),
        "case.note": lambda u: notes.add_note(u, file_number, "Telefonat mit dem Träger"),
        "case.review": lambda u: reviews.record_review(u, file_number, {}),
        "case.consultation": lambda u: notes.schedule_consultation(u, idea, dt.datetime(2026, 2, 10, 10, 0)),
        "deadline.manage": lambda u: deadlines.add_follow_up(u, file_number, "Rückruf", "2026-03-01"),
        "applicant.edit": lambda u: applicants.register_applicant(u, applicants.ApplicantInput(
            name="Neuer Verein", applicant_type="association")),
        "audit.read": lambda u: audit_trail(u, file_number),
        "user.manage": lambda u: users.add_user(u, "neu", "reader"),
        "admin.configure": lambda u: programmes.set_budget(u, "LPF", 2027, "1000"),
        "letter.issue": lambda u: letters.issue_letter(u, file_number, "receipt"),
        "template.edit": lambda u: templates.update_template(u, "receipt", subject="Eingang", body="Text",
                                                             expected_version=1),
        # payments (issue 14): the permission is checked before the case state or the order is looked at
        "payment.plan": lambda u: payment_plan.set_payment_plan(u, file_number, "requests"),
        "payment.order": lambda u: payment_orders.create_order(u, file_number, payment_orders.OrderInput(
            amount="100", due_on="2026-03-01")),
        "payment.sign_factual": lambda u: payment_orders.sign_factual(u, 999_999),
        "payment.sign_arithmetic": lambda u: payment_orders.sign_arithmetic(u, 999_999),
        "payment.export": lambda u: cash_export.export_orders(u, "csv", folder / f"lauf-{id(u)}.csv"),
        "payment.reexport": lambda u: cash_export.reexport_batch(u, 999_999, "csv", folder / "erneut.csv",
                                                                 "Kasse hat die Datei verloren"),
        "payment.book": lambda u: payment_orders.book_paid(u, 999_999),
        "payment.remind": lambda u: reminders.send_reminder(u, file_number),
    }


@pytest.fixture
def prepared(office: Office, tmp_path: Path) -> tuple[Office, dict[str, Callable[[UnitOfWork], object]]]:
    file_number = register(office)
    checking.start_check(office.anna, file_number)
    idea = applications.register_idea(office.anna, application_input(office.applicant_id))
    return office, calls(office, file_number, idea, tmp_path)


def test_every_permission_has_a_representative_call(prepared) -> None:
    _office, table = prepared
    assert set(table) == set(PERMISSIONS)


def test_permissions_are_enforced_for_every_role(prepared) -> None:
    office, table = prepared
    checked = 0
    for permission, (roles, label) in PERMISSIONS.items():
        for role in Role:
            uow = UnitOfWork(office.database, USER_OF_ROLE[role])
            before = fingerprint(office.database)
            try:
                table[permission](uow)
            except PermissionDenied as exc:
                assert role not in roles, f"{role} was refused {permission}: {exc.message}"
                assert label in exc.message
                assert fingerprint(office.database) == before, permission
            except FoerderDeskError:
                assert role in roles, f"{role} got past the check of {permission}"
            else:
                assert role in roles, f"{role} may not {permission}"
            checked += 1
    assert checked == len(PERMISSIONS) * len(Role)
