"""A small social plan with cases in different states, built through the real services (both backends).

Plan "Testplan 2026–2027" (hand-computed expectations in test_coverage.py):
  G1 Frühe Hilfen (Kindheit)      G1.1 Familienzentren: target 3 in "Mitte (Sondershausen)"; G1.2 Elterncafés: 1
  G2 Seniorentreffs (Senioren)    G2.1 Seniorentreff: target 1
  G3 Jugendräume (Jugend)         G3.1 Jugendraum: target 3 — nothing funded: a gap
Population 2025 (age groups 0-5, 6-11, 12-17, 18-26, 27-64, 65+):
  Sondershausen 900, 1000, 1000, 1500, 11000, 6400 = 21,800 · Artern 300, 300, 300, 500, 3600, 2100 = 7,100
  Greußen 150, 160, 170, 260, 1900, 1160 = 3,800
Cases (LPF; 2026 unless noted; each of its own association, so none looks like double funding):
  A Sondershausen, measure G1.1, approved 10,000.00
  B Sondershausen, aligned G1 (G1.1) + G2 (G2.1), partial 6,000.00, in funding (3,000.00 paid)
  C Artern, measure G1.2, approved 10,000.00, closed with final 8,800.00
  H Artern, measure G1.1, approved 10,000.00 (outside the target area of G1.1)
  F Greußen, justified exception without goal, approved 10,000.00 (outside the plan)
  D Artern, measure G2.1, only proposed — not counted
  E Greußen, measure G1.1, rejected — not counted
  G Artern, measure G2.1, fiscal year 2027, partial 5,000.00
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

import pytest

from app.administration import programmes
from app.applicants import service as applicants
from app.cases import alignment, checking, decisions, documents
from app.cases import intake as applications
from app.proof import final_grant as proof
from app.social_plan import service as social_plan
from tests.conftest import Today
from tests.support import YEAR, Office, application_input, paid_through_order, record_case_documents

D = Decimal
REASONS = "Bedarfsgerechtes Angebot; der Teilbetrag deckt die angemessenen Kosten."
POPULATION = {
    "Sondershausen": {"0-5": 900, "6-11": 1000, "12-17": 1000, "18-26": 1500, "27-64": 11000, "65+": 6400},
    "Artern": {"0-5": 300, "6-11": 300, "12-17": 300, "18-26": 500, "27-64": 3600, "65+": 2100},
    "Greußen": {"0-5": 150, "6-11": 160, "12-17": 170, "18-26": 260, "27-64": 1900, "65+": 1160},
}
FULL_SCORES = {"needs_based": (4, "Bedarf belegt"), "family_participation": (3, None),
               "voluntary_engagement": (2, None), "networking": (5, "Mit Kita und Schule abgestimmt"),
               "sustainability": (3, None), "social_area": (4, None)}


@dataclass
class PlanWorld:
    office: Office
    today: Today
    plan: int = 0
    goals: dict[str, int] = field(default_factory=dict)
    measures: dict[str, int] = field(default_factory=dict)
    cases: dict[str, str] = field(default_factory=dict)  # letter → file number
    extra_applicants: int = 0

    def applicant(self, municipality: str) -> int:
        """A further association (each case its own Träger, so no case looks like double funding)."""
        self.extra_applicants += 1
        number = self.extra_applicants
        anna = self.office.anna
        applicant_id = applicants.register_applicant(anna, applicants.ApplicantInput(
            name=f"Familienverein {municipality} {number} e.V.", applicant_type="association", legal_form="e.V.",
            register_court="Amtsgericht Sondershausen", register_number=f"VR {5000 + number}",
            street="Markt 1", postcode="99706", city=municipality, municipality=municipality,
            nonprofit_proof_kind="exemption_notice", nonprofit_proof_date=dt.date(2024, 5, 10)))
        for code in ("statutes", "register_extract", "exemption_notice"):
            documents.record_document(anna, code, applicant_id=applicant_id, received_on=dt.date(2026, 1, 5),
                                      issued_on=dt.date(2024, 5, 10) if code == "exemption_notice" else None)
        return applicant_id

    def reviewed(self, municipality: str, measure: str | None = None, year: int = YEAR) -> str:
        """A case of its own applicant through the formal check into the social-plan review."""
        self.today.set(dt.date(YEAR, 2, 2))
        changes: dict[str, object] = {"municipality": municipality, "fiscal_year": year,
                                      "start_date": dt.date(year, 4, 1), "end_date": dt.date(year, 12, 31)}
        if measure is not None:
            changes.update(measure_id=self.measures[measure], catalogue_justification=None)
        ref = applications.register_application(self.office.anna, application_input(self.applicant(municipality),
                                                                                     **changes))
        record_case_documents(self.office, ref)
        checking.start_check(self.office.anna, ref)
        checking.confirm_eligible(self.office.anna, ref)
        return ref

    def propose(self, ref: str, amount: str = "10000.00") -> None:
        outcome = "approve" if amount == "10000.00" else "partial"
        decisions.propose(self.office.anna, ref, outcome, amount=amount, reasons=REASONS)

    def approve(self, ref: str, amount: str = "10000.00") -> None:
        self.propose(ref, amount)
        self.today.set(dt.date(YEAR, 3, 2))
        decisions.confirm_decision(self.office.sabine, ref)

    def close_with_final(self, ref: str) -> None:
        """Approved 10,000.00, 6,000.00 paid, actual eligible costs 11,000.00 → final 8,800.00 (80 %), no clawback."""
        paid_through_order(self.office, ref, "6000.00", dt.date(YEAR, 4, 10))
        self.today.set(dt.date(YEAR + 1, 3, 1))
        proof.receive_proof(self.office.anna, ref, proof.ProofInput(
            actual_total_costs="11000.00", actual_eligible_costs="11000.00", actual_own_funds="1500.00",
            actual_third_party_funds="1000.00", report_text="Angebot wie geplant durchgeführt."))
        paid_through_order(self.office, ref, "2800.00", dt.date(YEAR + 1, 3, 5))
        proof.close_case(self.office.anna, ref)


def build_plan(world: PlanWorld) -> None:
    admin = world.office.admin
    world.plan = social_plan.create_plan(admin, "Testplan 2026–2027", YEAR, YEAR + 1)
    for code, phase, title in (("G1", "childhood", "Frühe Hilfen"), ("G2", "seniors", "Seniorentreffs"),
                               ("G3", "youth", "Jugendräume")):
        world.goals[code] = social_plan.add_goal(admin, world.plan, code, title, phase)
    for goal, code, title, count, area in (("G1", "G1.1", "Familienzentren", 3, "Mitte (Sondershausen)"),
                                           ("G1", "G1.2", "Elterncafés", 1, None),
                                           ("G2", "G2.1", "Seniorentreff", 1, None),
                                           ("G3", "G3.1", "Jugendraum", 3, None)):
        world.measures[code] = social_plan.add_measure(admin, world.goals[goal], code, title, f"{count} {title}",
                                                       count, target_social_area=area)
    for name, figures in POPULATION.items():
        social_plan.set_population(admin, name, 2025, figures)


def build_cases(world: PlanWorld) -> None:
    programmes.set_budget(world.office.admin, "LPF", YEAR + 1, "50000.00")
    c = world.cases
    c["A"] = world.reviewed("Sondershausen", "G1.1")
    world.approve(c["A"])
    c["B"] = world.reviewed("Sondershausen")
    alignment.align_case(world.office.anna, c["B"], [(world.goals["G1"], world.measures["G1.1"]),
                                                    (world.goals["G2"], world.measures["G2.1"])], FULL_SCORES)
    world.approve(c["B"], "6000.00")
    paid_through_order(world.office, c["B"], "3000.00", dt.date(YEAR, 4, 10))
    c["C"] = world.reviewed("Artern", "G1.2")
    world.approve(c["C"])
    world.close_with_final(c["C"])
    c["H"] = world.reviewed("Artern", "G1.1")
    world.approve(c["H"])
    c["F"] = world.reviewed("Greußen")
    world.approve(c["F"])
    c["D"] = world.reviewed("Artern", "G2.1")
    world.propose(c["D"])
    c["E"] = world.reviewed("Greußen", "G1.1")
    decisions.propose(world.office.anna, c["E"], "reject", reasons="Der Bedarf ist durch ein bestehendes Angebot "
                      "gedeckt; keine Förderung.")
    world.today.set(dt.date(YEAR, 3, 2))
    decisions.confirm_decision(world.office.sabine, c["E"])
    c["G"] = world.reviewed("Artern", "G2.1", year=YEAR + 1)
    world.approve(c["G"], "5000.00")


@pytest.fixture
def plan_world(office: Office, today: Today) -> PlanWorld:
    """The plan with its goals, measures and population figures, no cases yet."""
    world = PlanWorld(office, today)
    build_plan(world)
    return world


@pytest.fixture
def funded_world(plan_world: PlanWorld) -> PlanWorld:
    """The plan with the cases A–H listed above."""
    build_cases(plan_world)
    plan_world.today.set(dt.date(YEAR + 1, 4, 1))
    return plan_world


# The GUI fixtures (window_for, runner, answers) of tests/gui, for the widget tests of this package.
from tests.gui.conftest import answers, runner, window_for  # noqa: E402, F401
