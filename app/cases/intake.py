"""Registering applications and project ideas, and editing their data and financing plan."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from app.cases.file_numbers import assign_file_number
from app.cases.guard_context import GuardContext
from app.cases.guards import application_complete
from app.cases.transitions import move, perform, precheck
from app.cases.workflow import BEFORE_DECISION, STATUS_LABELS
from app.kernel import clock
from app.kernel.case_records import case_file_number, check_version, load_case
from app.kernel.errors import TransitionRefused, ValidationError
from app.kernel.i18n import _
from app.kernel.lookups import (
    applicant_by_id,
    document_type_by_code,
    field_of_action_by_name,
    life_phase_by_code,
    measure_by_id,
    municipality_by_name,
    programme_by_code,
    user_by_name,
)
from app.kernel.money import MoneyInput, require_non_negative, to_money
from app.kernel.permissions import Actor
from app.kernel.uow import UnitOfWork
from app.kernel.validation import clean_text, parse_date, require_order, require_text
from db.enums import CostCategory, FinancingType, FundingKind, Status
from db.models import Application, ContactPerson, CostLine, Document, FundingLine


@dataclass(frozen=True)
class CostLineInput:
    category: str
    description: str
    amount: MoneyInput
    eligible: bool = True


@dataclass(frozen=True)
class FundingLineInput:
    kind: str
    source: str
    amount: MoneyInput


@dataclass(frozen=True)
class ApplicationInput:
    programme: str
    fiscal_year: int
    applicant_id: int
    title: str
    description: str | None = None
    municipality: str | None = None
    life_phase: str | None = None
    field_of_action: str | None = None
    measure_id: int | None = None
    catalogue_justification: str | None = None
    start_date: dt.date | str | None = None
    end_date: dt.date | str | None = None
    project_started_on: dt.date | str | None = None
    early_start_approved_on: dt.date | str | None = None
    financing_type: str | None = None
    requested_amount: MoneyInput = "0"
    cost_lines: tuple[CostLineInput, ...] = field(default_factory=tuple)
    funding_lines: tuple[FundingLineInput, ...] = field(default_factory=tuple)
    contact_person_id: int | None = None
    caseworker: str | None = None
    received_on: dt.date | str | None = None


def _fiscal_year(value: int) -> int:
    if not isinstance(value, int) or not 2000 <= value <= 2100:
        raise ValidationError(_("Das Haushaltsjahr »{value}« ist ungültig.").format(value=value), "fiscal_year")
    return value


def _financing_type(value: str | None, default: FinancingType) -> FinancingType:
    if not value:
        return default
    try:
        return FinancingType(value)
    except ValueError:
        raise ValidationError(_("Unbekannte Finanzierungsart »{value}«.").format(value=value),
                              "financing_type") from None


def _cost_line(index: int, line: CostLineInput) -> CostLine:
    try:
        category = CostCategory(line.category)
    except ValueError:
        raise ValidationError(_("Kostenzeile {n}: unbekannte Kostenart »{value}«.").format(
            n=index, value=line.category), "cost_lines") from None
    label = _("Kostenzeile {n}").format(n=index)
    amount = require_non_negative(to_money(line.amount, "cost_lines"), label, "cost_lines")
    return CostLine(position=index, category=category, planned_amount=amount, eligible=bool(line.eligible),
                    description=require_text(line.description, label, field="cost_lines"))


def _funding_line(index: int, line: FundingLineInput) -> FundingLine:
    try:
        kind = FundingKind(line.kind)
    except ValueError:
        raise ValidationError(_("Finanzierungszeile {n}: unbekannte Art »{value}«.").format(
            n=index, value=line.kind), "funding_lines") from None
    label = _("Finanzierungszeile {n}").format(n=index)
    amount = require_non_negative(to_money(line.amount, "funding_lines"), label, "funding_lines")
    return FundingLine(position=index, kind=kind, planned_amount=amount,
                       source=require_text(line.source, label, field="funding_lines"))


def _apply(uow: UnitOfWork, app: Application, data: ApplicationInput) -> None:
    session = uow.session
    programme = programme_by_code(session, data.programme)
    app.programme_id = programme.id
    app.programme = programme
    app.fiscal_year = _fiscal_year(data.fiscal_year)
    app.applicant_id = applicant_by_id(session, data.applicant_id).id
    app.title = require_text(data.title, _("Titel"), field="title")
    app.description = clean_text(data.description, _("Beschreibung"), field="description", required=False,
                                 max_len=20000, multiline=True)
    app.municipality_id = municipality_by_name(session, data.municipality).id if data.municipality else None
    app.life_phase_id = life_phase_by_code(session, data.life_phase).id if data.life_phase else None
    app.field_of_action_id = field_of_action_by_name(session, data.field_of_action).id if data.field_of_action else None
    app.measure_id = measure_by_id(session, data.measure_id).id if data.measure_id else None
    app.catalogue_justification = clean_text(data.catalogue_justification, _("Begründung außerhalb des Katalogs"),
                                             field="catalogue_justification", required=False, max_len=4000,
                                             multiline=True)
    _apply_dates(app, data)
    app.financing_type = _financing_type(data.financing_type, programme.default_financing_type)
    app.requested_amount = require_non_negative(to_money(data.requested_amount, "requested_amount"),
                                                _("Beantragte Zuwendung"), "requested_amount")
    app.contact_person_id = _contact(uow, data, app.contact_person_id)
    if data.caseworker:
        app.caseworker_id = user_by_name(session, data.caseworker).id
    app.cost_lines = [_cost_line(i, line) for i, line in enumerate(data.cost_lines, start=1)]
    app.funding_lines = [_funding_line(i, line) for i, line in enumerate(data.funding_lines, start=1)]


def _apply_dates(app: Application, data: ApplicationInput) -> None:
    app.start_date = parse_date(data.start_date, _("Beginn"), field="start_date", required=False)
    app.end_date = parse_date(data.end_date, _("Ende"), field="end_date", required=False)
    require_order(app.start_date, app.end_date, _("Beginn"), _("Ende"), "end_date")
    app.project_started_on = parse_date(data.project_started_on, _("Maßnahmebeginn (Vertragsschluss)"),
                                        field="project_started_on", required=False)
    app.early_start_approved_on = parse_date(data.early_start_approved_on, _("Zustimmung zum vorzeitigen Beginn"),
                                             field="early_start_approved_on", required=False)


def _contact(uow: UnitOfWork, data: ApplicationInput, current: int | None) -> int | None:
    if data.contact_person_id is None:
        return None
    contact = uow.session.get(ContactPerson, data.contact_person_id)
    if contact is None or contact.applicant_id != data.applicant_id:
        raise ValidationError(_("Die Kontaktperson gehört nicht zu diesem Antragsteller."), "contact_person")
    if not contact.active and contact.id != current:  # a case keeps the person it named before the removal
        raise ValidationError(_("Die Kontaktperson »{name}« wurde beim Antragsteller entfernt und kann nicht mehr "
                                "gewählt werden.").format(name=contact.name), "contact_person")
    return contact.id


def register_application(uow: UnitOfWork, data: ApplicationInput, received_documents: Sequence[str] = ()) -> str:
    """Intake: a complete application is registered with a new file number (state `received`).

    `received_documents` are document-type codes that came with the application (recorded in the same transaction).
    """
    with uow:
        actor = uow.act("register", permission="case.create")
        app = new_application(uow, actor, data, received_documents)
        file_number = case_file_number(app)
        uow.commit()
    return file_number


def new_application(uow: UnitOfWork, actor: Actor, data: ApplicationInput,
                    received_documents: Sequence[str] = ()) -> Application:
    """A complete application registered inside the caller's use case (which checked `case.create`): state
    `received`, the documents recorded, the file number assigned last."""
    app = Application(caseworker_id=actor.id)
    _apply(uow, app, data)
    app.received_on = parse_date(data.received_on, _("Eingangsdatum"), required=False) or clock.today()
    problem = application_complete(GuardContext(uow.session, app, actor, clock.today()))
    if problem:
        raise ValidationError(problem)
    move(uow, app, Status.received, "register", None)
    _record_documents(uow, app, received_documents, actor.username)
    # the number last: its counter row stays locked until commit, so other registrations wait only briefly
    app.file_number = assign_file_number(uow.session, app.programme, app.fiscal_year)
    return app


def new_idea(uow: UnitOfWork, data: ApplicationInput, caseworker_id: int) -> Application:
    """A project idea (state `idea`, no file number) inside the caller's use case."""
    app = Application(caseworker_id=caseworker_id)
    _apply(uow, app, data)
    move(uow, app, Status.idea, "register-idea", None)
    return app


def register_idea(uow: UnitOfWork, data: ApplicationInput) -> str:
    """A project idea from a consultation; it gets a file number only when it becomes an application."""
    with uow:
        actor = uow.act("register-idea", permission="case.create")
        app = new_idea(uow, data, actor.id)
        file_number = case_file_number(app)
        uow.commit()
    return file_number


def convert_idea(uow: UnitOfWork, file_number: str, received_on: dt.date | str | None,
                 expected_version: int | None = None, data: ApplicationInput | None = None,
                 received_documents: Sequence[str] = ()) -> str:
    """Turn a project idea into a registered application with a file number.

    The receipt date is asked, never assumed; `data` (the intake wizard's, pre-filled from the idea) replaces
    the idea's data, and `received_documents` are recorded as received on that day, as at intake.
    """
    with uow:
        app = load_case(uow.session, file_number, for_update=True)
        check_version(uow.session, app, expected_version)
        precheck(uow, app, "register")  # state and role, before the idea's data is replaced
        received = parse_date(received_on, _("Eingangsdatum"), field="received_on")
        assert received is not None
        if received > clock.today():
            raise ValidationError(_("Das Eingangsdatum darf nicht in der Zukunft liegen."), "received_on")
        if data is not None:
            _apply(uow, app, data)
        perform(uow, app, "register")
        app.received_on = received
        _record_documents(uow, app, received_documents, uow.actor.username)
        app.file_number = assign_file_number(uow.session, app.programme, app.fiscal_year)
        file_number = case_file_number(app)
        uow.commit()
    return file_number


def _record_documents(uow: UnitOfWork, app: Application, codes: Sequence[str], user: str) -> None:
    for code in dict.fromkeys(codes):
        kind = document_type_by_code(uow.session, code)
        uow.session.add(Document(document_type_id=kind.id, application_id=app.id, received_on=app.received_on,
                                 recorded_by=user))


def update_application(uow: UnitOfWork, file_number: str, expected_version: int, data: ApplicationInput,
                       reason: str | None = None) -> int:
    """Save edited master data and plan in one go; refused once decided or if someone else saved first."""
    with uow:
        uow.act("update", reason, permission="case.edit")
        app = load_case(uow.session, file_number, for_update=True)
        check_version(uow.session, app, expected_version)
        if app.status not in BEFORE_DECISION:
            raise TransitionRefused(_("Im Status »{status}« kann der Antrag nicht mehr geändert werden; der "
                                      "Finanzierungsplan ist mit dem Bescheid verbindlich.").format(
                status=STATUS_LABELS[app.status]))
        moved = data.programme.strip().upper() != app.programme.code.upper() or data.fiscal_year != app.fiscal_year
        if moved and app.file_number:
            raise ValidationError(_("Programm und Haushaltsjahr sind Teil des Aktenzeichens und können nach "
                                    "der Registrierung nicht mehr geändert werden."), "programme")
        _apply(uow, app, data)
        uow.session.flush()
        version = app.version
        uow.commit()
    return version
