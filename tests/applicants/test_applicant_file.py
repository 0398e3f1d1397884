"""The applicant file: standing documents reused and expiring, warnings before a proposal, merge, double funding."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from app.applicants import service as applicants
from app.applicants.file import applicant_file, expiring_documents
from app.applicants.merge import merge_applicants
from app.cases import checking, decisions, documents
from app.cases import intake as applications
from app.kernel.errors import ConcurrentEditError, NeedsAcknowledgement, PermissionDenied, ValidationError
from app.social_plan import service as social_plan
from tests.support import Office, application_input, paid_through_order, record_case_documents, register, run_cli

DAY = dt.date(2026, 2, 2)


def eligible(office: Office, **changes: object) -> str:
    file_number = register(office, **changes)
    record_case_documents(office, file_number)
    checking.start_check(office.anna, file_number)
    return file_number


def test_standing_documents_serve_every_application_and_expiry_is_listed(office: Office, today) -> None:
    first, second = eligible(office), eligible(office, title="Zweites Vorhaben")
    for file_number in (first, second):
        with office.database.read() as session:
            from app.cases.detail import case_detail

            rules = {r.rule: r for r in case_detail(session, file_number).rules}
        assert rules["documents_complete"].passed
    with office.database.read() as session:
        file = applicant_file(session, office.applicant_id, DAY)
    assert [d.type_name for d in file.documents].count("Satzung") == 1
    assert {c.file_number for c in file.cases} == {first, second}
    # the exemption notice of 10.05.2024 is valid for five years; listed from 60 days before: 11.03.2029
    notice = "Freistellungsbescheid des Finanzamts"
    with office.database.read() as session:
        assert expiring_documents(session, dt.date(2029, 3, 10)) == []
        listed = expiring_documents(session, dt.date(2029, 3, 11))
        assert [(e.applicant_id, e.type_name, e.valid_until) for e in listed] == [
            (office.applicant_id, notice, dt.date(2029, 5, 10))]
        states = {d.type_name: d.state for d in applicant_file(session, office.applicant_id,
                                                               dt.date(2029, 3, 11)).documents}
        assert states[notice] == "läuft ab"
        states = {d.type_name: d.state for d in applicant_file(session, office.applicant_id,
                                                               dt.date(2029, 6, 1)).documents}
        assert states[notice] == "abgelaufen" and states["Satzung"] == "unbefristet"


def _approved_and_paid(office: Office, today) -> str:
    file_number = eligible(office, start_date=dt.date(2026, 3, 1), end_date=dt.date(2026, 6, 30))
    checking.confirm_eligible(office.anna, file_number)
    decisions.propose(office.anna, file_number, "approve", amount="10000.00", reasons="Bedarf belegt.")
    decisions.confirm_decision(office.sabine, file_number)
    today.set(today.day + dt.timedelta(days=7))  # paid after the notification (§ 43 Abs. 1 VwVfG)
    paid_through_order(office, file_number, "10000.00")
    return file_number


def test_overdue_proof_of_use_must_be_acknowledged_before_a_proposal(office: Office, today) -> None:
    old = _approved_and_paid(office, today)
    today.set(dt.date(2027, 2, 1))  # proof of use was due 31.12.2026
    new = eligible(office, title="Folgeprojekt", fiscal_year=2027, start_date=dt.date(2027, 3, 1),
                   end_date=dt.date(2027, 12, 31))
    from app.administration import programmes

    programmes.set_budget(office.admin, "LPF", 2027, "50000")
    checking.confirm_eligible(office.anna, new)
    with pytest.raises(NeedsAcknowledgement) as info:
        decisions.propose(office.anna, new, "approve", amount="10000.00", reasons="Bedarf belegt.")
    assert old in info.value.message and "überfällig" in info.value.warnings[0]
    decisions.propose(office.anna, new, "approve", amount="10000.00", reasons="Bedarf belegt.",
                      acknowledge_warnings=True)
    from app.cases.audit_trail import audit_trail

    events = audit_trail(office.anna, new)
    assert any(e.action == "propose" and "Zur Kenntnis genommen" in (e.reason or "") for e in events)
    from app.kernel import i18n

    i18n.install_language("en")  # the acknowledged warning is stored language-neutral: read in English, English
    try:
        english = [e.reason or "" for e in audit_trail(office.anna, new) if e.action == "propose"]
    finally:
        i18n.install_language("de")
    assert english and all("überfällig" not in reason and "Kenntnis" not in reason for reason in english)
    decisions.return_proposal(office.sabine, new, "Bitte erst den Nachweis anfordern.")
    decisions.propose(office.anna, new, "reject", reasons="Verwendungsnachweis des Vorjahres fehlt weiterhin.")


def test_merge_moves_everything_and_refuses_a_concurrent_edit(office: Office, today) -> None:
    twin = applicants.register_applicant(office.anna, applicants.ApplicantInput(
        name="Familienzentrum Sonnenblume", applicant_type="association", postcode="99707",
        municipality="Sondershausen"))
    file_number = applications.register_application(office.anna, application_input(twin))
    documents.record_document(office.anna, "statutes", applicant_id=twin)
    with office.database.read() as session:
        from app.applicants.search import likely_duplicates

        assert [r.id for r in likely_duplicates(session, "Familienzentrum Sonnenblume e. V.")] == sorted(
            [office.applicant_id, twin])
        stale = applicant_file(session, twin, DAY).version
    applicants.update_applicant(office.anna, twin, stale, applicants.ApplicantInput(
        name="Familienzentrum Sonnenblume", applicant_type="association", postcode="99707",
        municipality="Sondershausen", phone="03632 1234"))
    with pytest.raises(ConcurrentEditError):
        merge_applicants(office.admin, office.applicant_id, twin, "Doppelt angelegt, gleicher Verein.",
                         other_version=stale)
    with pytest.raises(PermissionDenied, match=r"Programme, Haushalt"):
        merge_applicants(office.anna, office.applicant_id, twin, "Doppelt angelegt, gleicher Verein.")
    result = merge_applicants(office.admin, office.applicant_id, twin, "Doppelt angelegt, gleicher Verein.")
    assert (result.cases, result.documents) == (1, 1)
    with office.database.read() as session:
        kept = applicant_file(session, office.applicant_id, DAY)
        gone = applicant_file(session, twin, DAY)
    assert file_number in {c.file_number for c in kept.cases} and not gone.active and gone.cases == []
    from app.cases.audit_trail import audit_trail

    assert any(e.action == "merge-applicants" and e.field == "applicant_id"
               for e in audit_trail(office.anna, file_number))


def test_double_funding_is_flagged_and_can_be_overridden_with_reasons(office: Office, today) -> None:
    plan = social_plan.create_plan(office.admin, "Sozialplan 2026", 2026)
    goal = social_plan.add_goal(office.admin, plan, "K1", "Frühe Hilfen", "childhood")
    measure = social_plan.add_measure(office.admin, goal, "K1.1", "Elterncafés")
    first = eligible(office, measure_id=measure)
    checking.confirm_eligible(office.anna, first)
    second = eligible(office, measure_id=measure, title="Elterncafé Nord")
    with office.database.read() as session:
        from app.cases.detail import case_detail

        rule = next(r for r in case_detail(session, second).rules if r.rule == "double_funding")
    assert not rule.passed and first in rule.message
    checking.override_rule(office.anna, second, "double_funding",
                           "Zweiter Standort, getrennte Kosten; keine Doppelförderung derselben Ausgaben.")
    checking.confirm_eligible(office.anna, second)


def test_bad_bank_and_register_data_change_nothing(office: Office) -> None:
    for changes, field in (({"iban": "DE89370400440532013001"}, "iban"), ({"register_number": "12345"},
                                                                          "register_number")):
        with pytest.raises(ValidationError) as info:
            applicants.register_applicant(office.anna, applicants.ApplicantInput(
                name="Neuer Verein", applicant_type="association", **changes))  # type: ignore[arg-type]
        assert info.value.field == field


def test_applicant_cli(office: Office, db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(["--db", db_url, "--user", "leser", "applicant", "list", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows[0]["name"] == "Familienzentrum Sonnenblume e.V."
    assert run_cli(["--db", db_url, "--user", "leser", "applicant", "show", "Familienzentrum Sonnenblume e.V."]) == 0
    assert "Satzung" in capsys.readouterr().out
    assert run_cli(["--db", db_url, "--user", "anna", "applicant", "merge", "1", "2", "--reason", "x" * 12]) == 1
