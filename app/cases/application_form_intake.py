"""Registering an application from a returned form, in one transaction: the Träger (chosen, or new from the form),
its contact person and bank account where they are new, the application through the intake, and the form file
itself stored with the case as its signed application (Unterschriebener Antrag)."""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Sequence

from app.applicants.bank_accounts import BankAccountInput, new_bank_account
from app.applicants.search import normalise_name
from app.applicants.service import new_applicant, new_contact
from app.cases.application_form_check import FormProblem, FormReading, plan_problem
from app.cases.intake import ApplicationInput, new_application
from app.kernel import permissions
from app.kernel.attachments import media_type, safe_file_name
from app.kernel.case_records import case_file_number
from app.kernel.errors import ValidationError
from app.kernel.i18n import _
from app.kernel.lookups import applicant_by_id, document_type_by_code
from app.kernel.money import ZERO, to_money
from app.kernel.uow import UnitOfWork
from db.models import Applicant, Application, Document

FORM_DOCUMENT = "application_signed"
# problems the intake wizard lets the caseworker correct on its pages; all others (Träger, bank, signature) must
# be right on the form itself
CORRECTED_IN_WIZARD = frozenset({"title", "description", "goals", "start_date", "end_date", "municipality",
                                 "field_of_action", "total_costs", "own_funds", "third_party_funds",
                                 "third_party_source", "requested_grant", "financing"})


def refusal(problems: Sequence[FormProblem]) -> ValidationError:
    lines = "\n".join(f"• {p}" for p in problems)
    return ValidationError(_("Das Antragsformular wird so nicht übernommen:\n{problems}").format(problems=lines),
                           problems[0].field)


def register_from_form(uow: UnitOfWork, reading: FormReading, file_name: str, content: bytes, *,
                       applicant_id: int | None = None, application: ApplicationInput | None = None,
                       received_documents: Sequence[str] = ()) -> str:
    """Register the form's application; returns the file number.

    `applicant_id` names the existing Träger (None: a new one from the form). `application` is the project as the
    caseworker checked it in the intake wizard (None: as on the form); the form's own problems then count only
    where the wizard could not have corrected them, and the plan must still add up.
    """
    _refuse_problems(reading, application)
    name = safe_file_name(file_name)
    kind = media_type(content, name)
    with uow:
        actor = uow.act("register-from-form", permission="case.create")
        applicant = _applicant(uow, reading, applicant_id)
        contact_id = _contact(uow, applicant, reading)
        data = dataclasses.replace(application or reading.application, applicant_id=applicant.id,
                                   contact_person_id=contact_id)
        app = new_application(uow, actor, data, [c for c in received_documents if c != FORM_DOCUMENT])
        _store_form(uow, app, name, kind, content, actor.username)
        file_number = case_file_number(app)
        uow.commit()
    return file_number


def _refuse_problems(reading: FormReading, application: ApplicationInput | None) -> None:
    problems = list(reading.problems)
    if application is not None:
        problems = [p for p in problems if p.field not in CORRECTED_IN_WIZARD]
        total = sum((to_money(line.amount) for line in application.cost_lines), ZERO)
        own = sum((to_money(f.amount) for f in application.funding_lines if f.kind == "own"), ZERO)
        others = sum((to_money(f.amount) for f in application.funding_lines if f.kind != "own"), ZERO)
        message = plan_problem(total, own, others, to_money(application.requested_amount))
        if message:
            problems.append(FormProblem("financing", _("Finanzierungsplan"), message))
    if problems:
        raise refusal(problems)


def _applicant(uow: UnitOfWork, reading: FormReading, applicant_id: int | None) -> Applicant:
    if applicant_id is None:
        permissions.require(uow.actor, "applicant.edit")
        return new_applicant(uow, reading.applicant.data)
    applicant = applicant_by_id(uow.session, applicant_id)
    data = reading.applicant.data
    if data.iban and all(a.iban != data.iban for a in applicant.bank_accounts if a.active):
        permissions.require(uow.actor, "applicant.edit")
        new_bank_account(applicant, BankAccountInput(data.iban, data.bic, data.account_holder))
    return applicant


def _contact(uow: UnitOfWork, applicant: Applicant, reading: FormReading) -> int | None:
    """The form's contact person: the applicant's active one of that name, else a new one."""
    contact = reading.applicant.contact
    if contact is None:
        return None
    wanted = normalise_name(contact.name)
    for known in applicant.contacts:
        if known.active and known.anonymised_at is None and normalise_name(known.name) == wanted:
            return known.id
    permissions.require(uow.actor, "applicant.edit")
    return new_contact(uow, applicant.id, contact).id


def _store_form(uow: UnitOfWork, app: Application, name: str, kind: str, content: bytes, user: str) -> None:
    document_type = document_type_by_code(uow.session, FORM_DOCUMENT)
    uow.session.add(Document(
        document_type_id=document_type.id, application_id=app.id, received_on=app.received_on, file_name=name,
        content_type=kind, content=content, size=len(content), sha256=hashlib.sha256(content).hexdigest(),
        recorded_by=user))
