"""Committee resolutions recorded on the cases and what they do to the application to the Land; the decision list;
plan periods with the Kreistag's resolution (both backends)."""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from app.kernel.errors import PermissionDenied, ValidationError
from app.state_cycle.committee_resolutions import ResolutionInput, record_resolution
from app.state_cycle.documents import decision_list_bytes
from app.state_cycle.plan_periods import PlanPeriodInput, save_plan_period
from app.state_cycle.reader import StateCycleReader
from db.models import AuditEvent, SocialPlan
from tests.fixtures.social_plan import PlanWorld
from tests.state_cycle.world import FUNDING_TOTAL, build_year

D = Decimal


def test_resolutions_change_the_application_and_are_audited_on_the_case(plan_world: PlanWorld) -> None:
    cases = build_year(plan_world)
    office = plan_world.office
    record_resolution(office.anna, cases["A"], ResolutionInput("youth_welfare", "JHA/7/2026", "10.03.2026",
                                                               "changed", "7.000,00"))
    record_resolution(office.sabine, cases["B"], ResolutionInput("district_council", "KT/88/2026", "20.03.2026",
                                                                 "rejected"))
    figures = StateCycleReader(office.database, "anna").application(2026)
    references = [line.reference for line in figures.lines if line.reference]
    assert references == [cases["A"], cases["C"]]  # the Kreistag's refusal drops B
    assert figures.total.funding == FUNDING_TOTAL - D("333.33") - D("10000.00")
    found = StateCycleReader(office.database, "anna").decision_list(2026, "LPF")
    by_ref = {p.file_number: p for p in found.projects}
    assert by_ref[cases["A"]].proposed == D("7000.00")
    assert by_ref[cases["A"]].resolution == ("Jugendhilfeausschuss Nr. JHA/7/2026 vom 10.03.2026: mit geändertem "
                                             "Betrag zugestimmt (7.000,00 €)")
    assert by_ref[cases["A"]].score == D("73.33")  # FULL_SCORES: 44 of 60 points
    assert cases["W"] not in by_ref
    with office.database.read() as session:
        events = session.scalars(select(AuditEvent).where(AuditEvent.action == "record-resolution")).all()
        case_ids = {e.application_id for e in events}
    assert len(case_ids) == 2 and None not in case_ids
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(decision_list_bytes(office.anna, 2026,
                                                                                         "pdf"))).pages)
    assert "Beschlussliste" in text and cases["A"] in text and "KT/88/2026" in text


def test_bad_resolutions_are_refused_with_a_reason(plan_world: PlanWorld) -> None:
    cases = build_year(plan_world)
    anna = plan_world.office.anna
    with pytest.raises(ValidationError, match="den beschlossenen Betrag angeben"):
        record_resolution(anna, cases["A"], ResolutionInput("youth_welfare", "1", "10.03.2026", "changed"))
    with pytest.raises(ValidationError, match="Einen Betrag gibt es nur"):
        record_resolution(anna, cases["A"], ResolutionInput("youth_welfare", "1", "10.03.2026", "approved", "5"))
    with pytest.raises(ValidationError, match="»committee« ist hier nicht möglich"):
        record_resolution(anna, cases["A"], ResolutionInput("committee", "1", "10.03.2026", "approved"))
    with pytest.raises(ValidationError, match="kein Gremienbeschluss mehr"):
        record_resolution(anna, cases["W"], ResolutionInput("youth_welfare", "1", "10.03.2026", "approved"))
    with pytest.raises(PermissionDenied):
        record_resolution(plan_world.office.leser, cases["A"],
                          ResolutionInput("youth_welfare", "1", "10.03.2026", "approved"))


def test_plan_period_carries_the_kreistag_resolution(plan_world: PlanWorld) -> None:
    admin = plan_world.office.admin
    with plan_world.office.database.read() as session:
        version = session.get_one(SocialPlan, plan_world.plan).version
    data = PlanPeriodInput("Testplan 2026–2027", 2026, 2027, "KT/0099/2025", None)
    with pytest.raises(ValidationError, match="zusammen angeben"):
        save_plan_period(admin, plan_world.plan, data, version)
    with pytest.raises(ValidationError, match="vor seinem Beginn"):
        save_plan_period(admin, plan_world.plan, PlanPeriodInput("Testplan", 2026, 2027, "KT/1", "01.02.2027"),
                         version)
    with pytest.raises(PermissionDenied):
        save_plan_period(plan_world.office.anna, plan_world.plan,
                         PlanPeriodInput("Testplan", 2026, 2027, "KT/1", "01.12.2025"), version)
    save_plan_period(admin, plan_world.plan, PlanPeriodInput("Testplan 2026–2027", 2026, 2027, "KT/0099/2025",
                                                             "17.12.2025"), version)
    new = save_plan_period(admin, None, PlanPeriodInput("Fachplan 2028–2032", 2028, 2032))
    periods = StateCycleReader(plan_world.office.database, "anna").plan_periods()
    assert [(p.id, p.years, p.resolution, p.goals) for p in periods] == [
        (new, "2028–2032", "noch nicht beschlossen", 0),
        (plan_world.plan, "2026–2027", "Nr. KT/0099/2025 vom 17.12.2025", 3)]
    with pytest.raises(ValidationError, match="überschneidet sich"):
        save_plan_period(admin, None, PlanPeriodInput("Doppelt", 2027, 2029))
    with plan_world.office.database.read() as session:
        plan = session.get_one(SocialPlan, plan_world.plan)
        assert plan.resolution_date == dt.date(2025, 12, 17)
