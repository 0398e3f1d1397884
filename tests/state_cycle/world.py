"""A year of planning for the application to the Land, built through the real services (both backends).

Cases of LPF 2026 (each of its own association; eligible cost lines 12,500.00 each):
  A Sondershausen (Mitte), G1.1, aligned with the full scoring sheet, proposed 7,333.33
  B Artern (Nord), in the social-plan review, requested 10,000.00
  C Greußen (Süd), approved 6,000.00
  W Artern, withdrawn — not planned
Lines entered by the county: micro-project fund 15,000.01 (costs = grant); planning post HF 1 costs 50,000.00,
grant 40,000.00. Sum of grants 78,333.34; of eligible costs 102,500.01.
"""

from __future__ import annotations

from decimal import Decimal

from app.cases import alignment, checking
from app.state_cycle import application_setup as setup
from tests.fixtures.social_plan import FULL_SCORES, PlanWorld

D = Decimal
STEERING = "Steuerung, Vernetzung, Nachhaltigkeit und Planung"
FUNDING_TOTAL = D("78333.34")
COSTS_TOTAL = D("102500.01")


def build_year(world: PlanWorld, base: str = "grant", ceiling: str = "60000") -> dict[str, str]:
    office = world.office
    cases = {"A": world.reviewed("Sondershausen", "G1.1")}
    alignment.align_case(office.anna, cases["A"], [(world.goals["G1"], world.measures["G1.1"])], FULL_SCORES)
    world.propose(cases["A"], "7333.33")
    cases["B"] = world.reviewed("Artern")
    cases["C"] = world.reviewed("Greußen")
    world.approve(cases["C"], "6000.00")
    cases["W"] = world.reviewed("Artern")
    checking.withdraw(office.anna, cases["W"], "Der Verein hat den Antrag schriftlich zurückgezogen.")
    setup.save_year(office.anna, "LPF", 2026, setup.YearSettings(ceiling=ceiling, cofinancing_rate="30",
                                                                  cofinancing_base=base))
    setup.add_line(office.anna, "LPF", 2026, setup.LineInput("micro_fund", "Mikroprojektefonds 2026", "15000.01",
                                                             "15000.01"))
    setup.add_line(office.anna, "LPF", 2026, setup.LineInput("planning_post", "Sozialplanung (1,0 VZÄ)",
                                                             "50000.00", "40000.00", STEERING, None))
    return cases
