"""A micro project's short list of required documents (issue 25): a case of a micro-project fund is checked against
the fund's own list (signed application and financing plan by default, set by the administration), a normal case of
the same applicant against its type's full list."""

from __future__ import annotations

import datetime as dt

import pytest

from app.administration.reads import administration
from app.applicants import service as applicants
from app.cases import checking, documents
from app.cases import intake as applications
from app.cases.consultation_reader import ConsultationReader
from app.cases.rules.eligibility import RuleResult
from app.kernel.errors import FoerderDeskError, PermissionDenied
from app.micro_projects.required_documents import set_micro_documents
from app.micro_projects.short_application import register_micro_project
from db.models import AuditEvent, ConfigValue
from tests.fixtures.database import Today
from tests.micro_projects.cases import FUND, micro_fund, micro_input
from tests.support import YEAR, Office, application_input

SHORT = ["Unterschriebener Antrag", "Kosten- und Finanzierungsplan"]
FULL = [*SHORT, "Satzung", "Vereinsregisterauszug", "Freistellungsbescheid des Finanzamts"]


def _new_association(office: Office) -> int:
    """A Verein without its standing documents (statutes, register extract, exemption notice) on file."""
    return applicants.register_applicant(office.anna, applicants.ApplicantInput(
        name="Heimatverein Kirchberg e.V.", applicant_type="association", legal_form="e.V.",
        register_court="Amtsgericht Sondershausen", register_number="VR 777", street="Kirchweg 1",
        postcode="99706", city="Sondershausen", municipality="Sondershausen",
        nonprofit_proof_kind="exemption_notice", nonprofit_proof_date=dt.date(2024, 5, 10),
        iban="DE89370400440532013000"))


def _with_short_documents(office: Office, file_number: str) -> str:
    for code in ("application_signed", "financing_plan"):
        documents.record_document(office.anna, code, file_number=file_number, received_on=dt.date(YEAR, 2, 2))
    return file_number


def _documents_rule(results: list[RuleResult]) -> RuleResult:
    return next(r for r in results if r.rule == "documents_complete")


def test_a_micro_case_is_complete_with_the_short_list_a_normal_case_needs_the_full_one(
        office: Office, today: Today) -> None:
    micro_fund(office)
    today.set(dt.date(YEAR, 2, 2))
    verein = _new_association(office)
    micro = _with_short_documents(office, register_micro_project(office.anna, micro_input(office, 1,
                                                                                          applicant_id=verein)))
    normal = _with_short_documents(office, applications.register_application(
        office.anna, application_input(verein)))

    assert _documents_rule(checking.start_check(office.anna, micro)).passed
    full = _documents_rule(checking.start_check(office.anna, normal))
    assert not full.passed
    assert full.message == "Es fehlen: Satzung, Vereinsregisterauszug, Freistellungsbescheid des Finanzamts."

    # the intake wizard marks the same lists
    reader = ConsultationReader(office.database, "anna")
    assert [name for _c, name in reader.required_documents(verein, FUND)] == SHORT
    assert [name for _c, name in reader.required_documents(verein, "LPF")] == FULL
    assert [name for _c, name in reader.required_documents(verein)] == FULL


def test_the_administration_changes_a_fund_s_list_audited_and_it_takes_effect(office: Office, today: Today) -> None:
    micro_fund(office)
    today.set(dt.date(YEAR, 2, 2))
    verein = _new_association(office)
    micro = _with_short_documents(office, register_micro_project(office.anna, micro_input(office, 1,
                                                                                          applicant_id=verein)))
    fund = next(p for p in administration(office.admin).programmes if p.code == FUND)
    assert fund.micro and fund.micro_documents == ("application_signed", "financing_plan")  # the default

    assert set_micro_documents(office.admin, FUND, ["application_signed", "financing_plan", "statutes",
                                                    "statutes"]) == ("application_signed", "financing_plan", "statutes")
    fund = next(p for p in administration(office.admin).programmes if p.code == FUND)
    assert fund.micro_documents == ("application_signed", "financing_plan", "statutes")
    result = _documents_rule(checking.start_check(office.anna, micro))
    assert not result.passed and result.message == "Es fehlen: Satzung."
    with office.database.read() as session:
        events = session.query(AuditEvent).filter(AuditEvent.entity == "ConfigValue",
                                                  AuditEvent.entity_id == f"micro_documents.{FUND}").all()
    assert events and {e.action for e in events} == {"set-micro-documents"}
    assert {e.user_name for e in events} == {"admin"}

    set_micro_documents(office.admin, FUND, ["application_signed"])  # changed again: an update of the same row
    assert _documents_rule(checking.run_check(office.anna, micro)).passed


@pytest.mark.parametrize(("programme", "codes", "message"), [
    ("LPF", ["application_signed"], "LPF ist kein Fonds für Kleinprojekte"),
    (FUND, ["application_signed", "bierdeckel"], "Unbekannte Unterlagenart »bierdeckel«"),
    (FUND, [], "mindestens eine Unterlage"),
    ("XYZ", ["application_signed"], "Ein Förderprogramm »XYZ« gibt es nicht"),
])
def test_bad_input_is_refused_in_german_and_nothing_changes(office: Office, programme: str, codes: list[str],
                                                            message: str) -> None:
    micro_fund(office)
    with pytest.raises(FoerderDeskError, match=message):
        set_micro_documents(office.admin, programme, codes)
    with pytest.raises(PermissionDenied):
        set_micro_documents(office.anna, FUND, ["application_signed"])
    with office.database.read() as session:
        assert session.query(ConfigValue).filter(ConfigValue.key.startswith("micro_documents.")).count() == 0
    fund = next(p for p in administration(office.admin).programmes if p.code == FUND)
    assert fund.micro_documents == ("application_signed", "financing_plan")
