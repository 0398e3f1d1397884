"""The coverage matrix, gaps and target indicators against the hand-computed example in tests/fixtures/social_plan."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from app.kernel.errors import NotFound, ValidationError
from app.social_plan.cells import CellKey, cell_cases
from app.social_plan.coverage import Cell, CoverageReport, coverage
from tests.fixtures.social_plan import PlanWorld
from tests.support import YEAR, run_cli

D = Decimal


def load(world: PlanWorld, years: list[int] | None = None) -> CoverageReport:
    with world.office.database.read() as session:
        return coverage(session, world.plan, years)


def cell(report: CoverageReport, goal: str, place: str) -> Cell:
    column = [m.name for m in report.municipalities].index(place)
    return next(g for g in report.goals if g.code == goal).cells[column]


def column(report: CoverageReport, place: str) -> Cell:
    return next(m for m in report.municipalities if m.name == place).total


def phase(report: CoverageReport, name: str, place: str) -> Cell:
    index = [m.name for m in report.municipalities].index(place)
    return next(p for p in report.phases if p.name == name).cells[index]


def test_goal_cells_count_only_cases_holding_an_approval(funded_world: PlanWorld) -> None:
    report = load(funded_world)
    assert report.years == (YEAR, YEAR + 1)
    # G1 × Sondershausen: A 10,000.00 + B 6,000.00; 16,000 / 1,900 children (0–11) = 8.42 €
    assert cell(report, "G1", "Sondershausen") == Cell(2, D("16000.00"), 1900)
    assert cell(report, "G1", "Sondershausen").per_inhabitant == D("8.42")
    # G1 × Artern: C closed with its final 8,800.00 + H 10,000.00; 18,800 / 600 = 31.33 €
    assert cell(report, "G1", "Artern") == Cell(2, D("18800.00"), 600)
    assert cell(report, "G1", "Artern").per_inhabitant == D("31.33")
    # G1 × Greußen: E was rejected
    assert cell(report, "G1", "Greußen").gap
    # G2: B (6,000 / 6,400 seniors = 0.9375 → 0.94 €) and G of 2027; D is only proposed
    assert cell(report, "G2", "Sondershausen") == Cell(1, D("6000.00"), 6400)
    assert cell(report, "G2", "Sondershausen").per_inhabitant == D("0.94")
    assert cell(report, "G2", "Artern") == Cell(1, D("5000.00"), 2100)
    goals = {g.code: g for g in report.goals}
    assert (goals["G1"].total.count, goals["G1"].total.amount) == (4, D("34800.00"))
    assert (goals["G2"].total.count, goals["G2"].total.amount) == (2, D("11000.00"))
    assert goals["G1"].total.per_inhabitant is None  # 25 municipalities have no age-group figures
    assert goals["G1"].target_group == "0–11 Jahre" and goals["G2"].target_group == "ab 65 Jahre"


def test_a_case_with_two_goals_counts_once_per_municipality_and_in_the_total(funded_world: PlanWorld) -> None:
    report = load(funded_world)
    assert column(report, "Sondershausen") == Cell(2, D("16000.00"), 21800)  # A and B, B once
    assert column(report, "Artern") == Cell(3, D("23800.00"), 7100)  # C 8,800 + H 10,000 + G 5,000
    assert (report.total.count, report.total.amount) == (5, D("39800.00"))
    assert (report.outside.count, report.outside.amount) == (1, D("10000.00"))  # F: exception without goal


def test_gaps_are_flagged_for_goals_municipalities_and_life_phases(funded_world: PlanWorld) -> None:
    report = load(funded_world)
    assert [g.code for g in report.goal_gaps] == ["G3"]
    gaps = {m.name for m in report.municipality_gaps}
    assert "Greußen" in gaps and {"Sondershausen", "Artern"}.isdisjoint(gaps)
    assert len(gaps) == len(report.municipalities) - 2
    assert [p.name for p in report.phase_gaps] == ["Jugend"]  # Erwachsenenalter has no goal in this plan
    assert phase(report, "Kindheit", "Artern") == Cell(2, D("18800.00"), 600)
    assert phase(report, "Senioren", "Artern") == Cell(1, D("5000.00"), 2100)


def test_target_indicators_met_or_not_within_the_target_social_area(funded_world: PlanWorld) -> None:
    targets = {m.code: m for m in load(funded_world).measures}
    # G1.1: 3 in "Mitte (Sondershausen)": A and B count, H (Artern, Nord) and E (rejected) do not
    assert (targets["G1.1"].achieved, targets["G1.1"].met, targets["G1.1"].social_area) == \
        (2, False, "Mitte (Sondershausen)")
    assert (targets["G1.2"].achieved, targets["G1.2"].met) == (1, True)
    assert (targets["G2.1"].achieved, targets["G2.1"].met) == (2, True)  # B via its alignment, G of 2027
    assert (targets["G3.1"].achieved, targets["G3.1"].met) == (0, False)


def test_the_year_filter_leaves_out_other_fiscal_years(funded_world: PlanWorld) -> None:
    report = load(funded_world, [YEAR])
    assert report.years == (YEAR,)
    assert cell(report, "G2", "Artern").gap
    assert column(report, "Artern") == Cell(2, D("18800.00"), 7100)
    assert (report.total.count, report.total.amount) == (4, D("34800.00"))
    assert {m.code: m.achieved for m in report.measures}["G2.1"] == 1
    with pytest.raises(ValidationError, match="gilt 2026–2027"):
        load(funded_world, [YEAR + 2])


def test_without_a_plan_the_plan_of_the_year_is_used_or_refused(plan_world: PlanWorld) -> None:
    with plan_world.office.database.read() as session:
        assert coverage(session, None, [YEAR]).plan_id == plan_world.plan
        with pytest.raises(NotFound, match="2030"):
            coverage(session, None, [2030])


def test_drill_down_lists_the_cases_of_a_cell(funded_world: PlanWorld) -> None:
    world = funded_world
    report = load(world)
    artern = next(m.id for m in report.municipalities if m.name == "Artern")
    with world.office.database.read() as session:
        goal_cell = cell_cases(session, CellKey(world.plan, report.years, goal_id=world.goals["G1"],
                                                municipality_id=artern))
        seniors = cell_cases(session, CellKey(world.plan, report.years, phase=True, phase_code="seniors"))
        sondershausen = next(m.id for m in report.municipalities if m.name == "Sondershausen")
        all_goals = cell_cases(session, CellKey(world.plan, (YEAR,), municipality_id=sondershausen))
    c = world.cases
    assert [(x.file_number, x.amount) for x in goal_cell] == [(c["C"], D("8800.00")), (c["H"], D("10000.00"))]
    assert sorted(x.file_number for x in seniors) == sorted([c["B"], c["G"]])
    assert sorted(x.file_number for x in all_goals) == sorted([c["A"], c["B"]])


def test_cli_prints_gaps_and_json(funded_world: PlanWorld, db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    code = run_cli(["--db", db_url, "--user", "sabine", "socialplan", "coverage", "--year", str(YEAR), "--json"])
    data = json.loads(capsys.readouterr().out)
    assert code == 0
    assert data["gaps"]["goals"] == ["G3"] and "Greußen" in data["gaps"]["municipalities"]
    # all inhabitants of the district (73,200): 34,800.00 / 73,200 = 0.475… → 0.48 €
    assert data["total"] == {"count": 4, "amount": "34800.00", "inhabitants": 73200, "per_inhabitant": "0.48",
                             "gap": False}
    g1 = next(g for g in data["goals"] if g["code"] == "G1")
    assert g1["cells"]["Artern"]["amount"] == "18800.00" and g1["cells"]["Artern"]["per_inhabitant"] == "31.33"
    assert run_cli(["--db", db_url, "--user", "sabine", "socialplan", "coverage"]) == 0
    text = capsys.readouterr().out
    assert "G3 Jugendräume" in text and "LÜCKE" in text and "39.800,00 €" in text
    assert run_cli(["--db", db_url, "--user", "niemand", "socialplan", "coverage"]) == 1
    assert "nicht angelegt" in capsys.readouterr().err
