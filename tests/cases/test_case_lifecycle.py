"""A case from project idea to closure with clawback and interest, through the services, on both backends."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from app.cases import checking, decisions, documents, notes, proceedings
from app.cases import intake as applications
from app.kernel.errors import PermissionDenied, TransitionRefused, ValidationError
from app.proof import clawback_decision
from app.proof import final_grant as proof
from db.enums import DeadlineKind, Status
from db.models import Application, AuditEvent, Clawback, Deadline, StatusChange
from tests.support import CLAWBACK_REASONS, YEAR, Office, application_input, paid_through_order

D = Decimal


def history(office: Office, application_id: int) -> list[tuple[str | None, str, str, str]]:
    with office.database.read() as s:
        rows = s.scalars(select(StatusChange).where(StatusChange.application_id == application_id)
                         .order_by(StatusChange.id))
        return [(r.from_status, r.to_status, r.action, r.user_name) for r in rows]


def audit_count(office: Office, application_id: int) -> int:
    with office.database.read() as s:
        return s.scalar(select(func.count()).select_from(AuditEvent).where(AuditEvent.application_id == application_id))


def case(office: Office, app_id: int) -> Application:
    with office.database.read() as s:
        return s.get_one(Application, app_id)


def open_deadlines(office: Office, app_id: int) -> set[DeadlineKind]:
    with office.database.read() as s:
        return set(s.scalars(select(Deadline.kind).where(Deadline.application_id == app_id,
                                                         Deadline.done_at.is_(None))))


def test_idea_to_closure_with_clawback_and_interest(office: Office, today) -> None:
    today.set(dt.date(YEAR, 1, 8))
    ref = applications.register_idea(office.anna, application_input(office.applicant_id, received_on=None))
    app_id = int(ref.removeprefix("IDEE-"))
    assert case(office, app_id).status == Status.idea and case(office, app_id).file_number is None
    notes.schedule_consultation(office.anna, ref, dt.datetime(YEAR, 1, 13, 10, 0), 60, "Erstberatung")
    steps = [history(office, app_id)]
    audits = [audit_count(office, app_id)]

    def step(expected_status: Status, expected_action: str, expected_user: str) -> None:
        hist = history(office, app_id)
        assert hist[-1][1] == expected_status and hist[-1][2] == expected_action and hist[-1][3] == expected_user
        assert case(office, app_id).status == expected_status
        assert len(hist) == len(steps[-1]) + 1
        count = audit_count(office, app_id)
        assert count > audits[-1], "every step writes audit events"
        steps.append(hist)
        audits.append(count)

    today.set(dt.date(YEAR, 2, 2))
    file_number = applications.convert_idea(office.anna, ref, dt.date(YEAR, 1, 20))
    assert file_number == f"LPF-{YEAR}-0001"
    step(Status.received, "register", "anna")

    results = checking.start_check(office.anna, file_number)
    step(Status.eligibility_check, "start-check", "anna")
    failed = {r.rule for r in results if not r.passed}
    assert failed == {"documents_complete"}
    with pytest.raises(TransitionRefused, match="Unterschriebener Antrag"):
        checking.confirm_eligible(office.anna, file_number)

    checking.request_documents(office.anna, file_number, dt.date(YEAR, 2, 20), "Antrag unterschreiben")
    step(Status.documents_requested, "request-documents", "anna")
    assert DeadlineKind.documents in open_deadlines(office, app_id)
    for code in ("application_signed", "financing_plan"):
        documents.record_document(office.anna, code, file_number=file_number, received_on=dt.date(YEAR, 2, 10))
    results = checking.documents_received(office.anna, file_number)
    step(Status.eligibility_check, "documents-received", "anna")
    assert all(r.passed for r in results)
    assert DeadlineKind.documents not in open_deadlines(office, app_id)

    checking.confirm_eligible(office.anna, file_number)
    step(Status.social_plan_review, "confirm-eligible", "anna")

    decisions.propose(office.anna, file_number, "approve", amount="10000.00",
                      reasons="Bedarfsgerechtes Angebot im Sozialraum Mitte.")
    step(Status.decision_proposed, "propose", "anna")
    with pytest.raises(PermissionDenied):
        decisions.confirm_decision(office.anna, file_number)
    today.set(dt.date(YEAR, 3, 2))
    assert decisions.confirm_decision(office.sabine, file_number) == Status.approved
    step(Status.approved, "confirm-decision", "sabine")
    approved = case(office, app_id)
    assert approved.approved_amount == D("10000.00") and approved.funding_rate == D("0.8000")
    assert approved.decided_on == dt.date(YEAR, 3, 2)
    assert {DeadlineKind.objection, DeadlineKind.proof_of_use} <= open_deadlines(office, app_id)

    paid_through_order(office, file_number, "6000.00", dt.date(YEAR, 4, 10))
    step(Status.funding, "pay", "anna")
    with pytest.raises(TransitionRefused, match="übersteigt"):
        paid_through_order(office, file_number, "4000.01", dt.date(YEAR, 7, 1))
    paid_through_order(office, file_number, "4000.00", dt.date(YEAR, 7, 1))
    assert case(office, app_id).paid_amount == D("10000.00")
    assert history(office, app_id)[-1][2] == "pay"  # funding → funding is still recorded
    steps.append(history(office, app_id))
    audits.append(audit_count(office, app_id))

    today.set(dt.date(YEAR + 1, 3, 1))
    proof.receive_proof(office.anna, file_number, proof.ProofInput(
        actual_total_costs="11000.00", actual_eligible_costs="11000.00", actual_own_funds="1500.00",
        actual_third_party_funds="1000.00", report_text="Das Café lief an 40 Nachmittagen."))
    step(Status.proof_review, "receive-proof", "anna")

    with pytest.raises(TransitionRefused, match="Anhörung"):
        proof.close_case(office.anna, file_number)
    proceedings.start_hearing(office.anna, file_number, "clawback", "Teilrückforderung 1.200,00 €",
                              dt.date(YEAR + 1, 3, 20))
    with pytest.raises(TransitionRefused, match="Anhörungsfrist"):
        proof.close_case(office.anna, file_number)
    today.set(dt.date(YEAR + 1, 4, 1))
    with pytest.raises(ValidationError, match="Begründung der Rückforderung"):
        proof.close_case(office.anna, file_number)
    proposed = proof.close_case(office.anna, file_number, reasons=CLAWBACK_REASONS)
    assert not proposed.closed and case(office, app_id).status == Status.proof_review
    with pytest.raises(PermissionDenied):  # a caseworker never confirms
        clawback_decision.confirm_clawback(office.anna, file_number)
    result = clawback_decision.confirm_clawback(office.sabine, file_number)
    step(Status.closed, "confirm-clawback", "sabine")
    # share financing: final = min(10,000.00, 80 % × 11,000.00) = 8,800.00; clawback 1,200.00
    assert result.calculation.final == D("8800.00") and result.clawback == D("1200.00")
    # interest 01.07.2026–01.05.2027 = 305 days at 1.27 % + 5 points: 1,200 × 6.27 % × 305/365 = 62.87
    assert result.interest is not None and result.interest.total == D("62.87")
    closed = case(office, app_id)
    assert closed.final_amount == D("8800.00") and closed.closed_on == dt.date(YEAR + 1, 4, 1)
    assert closed.retention_until == dt.date(YEAR + 1 + 10, 12, 31)
    with office.database.read() as s:
        claim = s.scalar(select(Clawback).where(Clawback.application_id == app_id))
        assert claim is not None and claim.amount == D("1200.00") and claim.interest_abs3 == D("62.87")
        assert claim.due_on == dt.date(YEAR + 1, 5, 1)

    # paid on 20.04.2027, before the due date: interest only up to that day, 01.07.2026–20.04.2027 = 294 days:
    # 1,200 × 6.27 % × 294/365 = 60.6043… → 60.60; principal and interest 1,260.60 settle the claim
    proof.record_repayment(office.anna, file_number, "1260.60", dt.date(YEAR + 1, 4, 20))
    with office.database.read() as s:
        claim = s.scalar(select(Clawback).where(Clawback.application_id == app_id))
        assert claim is not None and claim.repaid_on == dt.date(YEAR + 1, 4, 20)
    assert [h[1] for h in history(office, app_id)] == [
        "idea", "received", "eligibility_check", "documents_requested", "eligibility_check", "social_plan_review",
        "decision_proposed", "approved", "funding", "funding", "proof_review", "closed"]


def test_audit_events_name_user_field_old_and_new(office: Office, today) -> None:
    file_number = applications.register_application(office.anna, application_input(office.applicant_id))
    checking.start_check(office.anna, file_number)
    with office.database.read() as s:
        app = s.scalar(select(Application).where(Application.file_number == file_number))
        assert app is not None
        events = s.scalars(select(AuditEvent).where(AuditEvent.application_id == app.id)
                           .order_by(AuditEvent.id)).all()
    created = [e for e in events if e.entity == "Application" and e.field is None]
    assert created and json.loads(created[0].new_value or "{}")["title"] == "Familiencafé am Markt"
    status_events = [e for e in events if e.field == "status"]
    assert [(e.old_value, e.new_value, e.user_name, e.action) for e in status_events][-1] == (
        "received", "eligibility_check", "anna", "start-check")


def test_audit_names_the_primary_key_of_new_records(office: Office, today) -> None:
    file_number = applications.register_application(office.anna, application_input(office.applicant_id))
    checking.start_check(office.anna, file_number)
    with office.database.read() as s:
        entity_ids = s.scalars(select(AuditEvent.entity_id)).all()
    assert entity_ids and all(e and "?" not in e and "None" not in e for e in entity_ids)


def test_consultation_hours_come_from_the_settings(office: Office, today) -> None:
    import json

    from app.kernel.errors import ValidationError
    from db.models import ConfigValue

    ref = applications.register_idea(office.anna, application_input(office.applicant_id))
    with pytest.raises(ValidationError, match="dienstags und donnerstags"):
        notes.schedule_consultation(office.anna, ref, dt.datetime(2026, 2, 9, 10, 0))  # a Monday
    with office.admin as uow:
        uow.act("configure", permission="admin.configure")
        uow.session.add(ConfigValue(key="consultation_weekdays", value=json.dumps([0])))
        uow.commit()
    assert notes.schedule_consultation(office.anna, ref, dt.datetime(2026, 2, 9, 10, 0)) > 0
    with pytest.raises(ValidationError, match="bereits vergeben"):
        notes.schedule_consultation(office.anna, ref, dt.datetime(2026, 2, 9, 10, 30), 30)
