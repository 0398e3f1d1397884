"""The county's application to the Land: totals to the cent, the co-financing rule on both bases, the ceiling, the
deadlines on the list, the documents (both backends)."""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from app.administration.dashboard import deadlines
from app.kernel.errors import PermissionDenied, ValidationError
from app.state_cycle import application_setup as setup
from app.state_cycle.documents import application_bytes
from app.state_cycle.reader import StateCycleReader
from tests.fixtures.social_plan import PlanWorld
from tests.state_cycle.world import COSTS_TOTAL, FUNDING_TOTAL, build_year

D = Decimal
CENT = D("0.01")

# county share C of each line's grant E, rounded up to the cent (app.state_cycle.cofinancing):
# grant base C = 30 % × E ÷ 130 % (C ≥ 30 % of the Land's share), eligible base C = 30 % × E (C ≥ 30 % of E)
EXPECTED = {
    "grant": {"county": [D("1692.31"), D("2307.70"), D("1384.62"), D("3461.55"), D("9230.77")],
              "total_county": D("18076.95"), "total_state": D("60256.39")},
    "eligible_costs": {"county": [D("2200.00"), D("3000.00"), D("1800.00"), D("4500.01"), D("12000.00")],
                       "total_county": D("23500.01"), "total_state": D("54833.33")},
}


@pytest.mark.parametrize("base", ["grant", "eligible_costs"])
def test_totals_equal_the_planned_measures_and_the_rule_holds(plan_world: PlanWorld, base: str) -> None:
    build_year(plan_world, base)
    figures = StateCycleReader(plan_world.office.database, "anna").application(2026)
    assert [line.reference or line.title for line in figures.lines][3:] == ["Mikroprojektefonds 2026",
                                                                            "Sozialplanung (1,0 VZÄ)"]
    assert len(figures.lines) == 5  # the withdrawn case is not planned
    assert [line.split.county_share for line in figures.lines] == EXPECTED[base]["county"]
    total = figures.total
    assert total.funding == FUNDING_TOTAL and total.eligible_costs == COSTS_TOTAL
    assert total.county_share == EXPECTED[base]["total_county"]
    assert total.state_share == EXPECTED[base]["total_state"]
    assert total.state_share + total.county_share == total.funding
    assert total.county_share == sum(line.split.county_share for line in figures.lines)
    assert total.state_share == sum(line.split.state_share for line in figures.lines)
    assert figures.rule.holds(total.state_share, total.county_share)
    for line in figures.lines:
        assert line.split.state_share + line.split.county_share == line.split.funding
        assert figures.rule.holds(line.split.state_share, line.split.county_share)
        assert not figures.rule.holds(line.split.state_share + CENT, line.split.county_share - CENT)  # rounded up
        rule_base = line.split.state_share if base == "grant" else line.split.funding
        assert line.split.county_share >= D("0.3") * rule_base
    by_field = figures.by_field_of_action()
    assert sum(t.state_share for t in by_field) == total.state_share
    assert sum(t.funding for t in figures.by_social_area()) == total.funding
    assert figures.checks[1].ok, figures.checks[1].message


def test_ceiling_is_checked_and_settings_are_validated(plan_world: PlanWorld) -> None:
    build_year(plan_world, "grant", ceiling="50000")
    reader = StateCycleReader(plan_world.office.database, "anna")
    ceiling = reader.application(2026).checks[0]
    assert not ceiling.ok and ceiling.blocking
    assert ceiling.message == ("Der beantragte Landesanteil (60.256,39 €) übersteigt die Obergrenze des Landkreises "
                               "(50.000,00 €) um 10.256,39 €.")
    with pytest.raises(ValidationError, match="Bemessungsgrundlage »costs« der Kofinanzierung gibt es nicht"):
        setup.save_year(plan_world.office.anna, "LPF", 2026, setup.YearSettings(cofinancing_base="costs"))
    with pytest.raises(ValidationError, match="darf die zuwendungsfähigen Ausgaben nicht übersteigen"):
        setup.add_line(plan_world.office.anna, "LPF", 2026, setup.LineInput("planning_post", "Zu viel", "100", "200"))
    with pytest.raises(PermissionDenied):
        setup.save_year(plan_world.office.leser, "LPF", 2026, setup.YearSettings(ceiling="70000"))
    setup.save_year(plan_world.office.anna, "LPF", 2026, setup.YearSettings(ceiling="60.256,39"))
    assert reader.application(2026).checks[0].ok


def test_deadlines_of_the_year_are_on_the_list_and_follow_the_dates(plan_world: PlanWorld) -> None:
    plan_world.today.set(dt.date(2025, 9, 1))
    office = plan_world.office
    setup.save_year(office.anna, "LPF", 2026, setup.YearSettings())
    with office.database.read() as session:
        listed = {(d.due_on, d.title) for d in deadlines(session, dt.date(2025, 9, 1))}
    assert (dt.date(2025, 11, 15), "Antrag an das Land für 2026 einreichen (bis 15.11.2025)") in listed
    assert (dt.date(2025, 11, 1), "Erinnerung: Antrag an das Land für 2026 vorbereiten, Frist 15.11.2025") in listed
    assert (dt.date(2025, 9, 30), "Antragsfrist der Träger für 2026 endet am 30.09.2025") in listed
    setup.save_year(office.anna, "LPF", 2026, setup.YearSettings(submission_due_on="14.11.2025",
                                                                 applicant_due_on="31.07.2025"))
    with office.database.read() as session:
        open_now = {(d.due_on, d.title) for d in deadlines(session, dt.date(2025, 7, 1))}
    assert (dt.date(2025, 11, 14), "Antrag an das Land für 2026 einreichen (bis 14.11.2025)") in open_now
    assert not any(due == dt.date(2025, 11, 15) for due, _s in open_now)
    assert (dt.date(2025, 7, 31), "Antragsfrist der Träger für 2026 endet am 31.07.2025") in open_now
    setup.mark_submitted(office.anna, "LPF", 2026, "10.11.2025")
    with office.database.read() as session:
        left = [d.title for d in deadlines(session, dt.date(2025, 7, 1))]
    assert not any("Antrag an das Land" in s for s in left)


def test_pdf_for_signature_and_xlsx_annex(plan_world: PlanWorld) -> None:
    build_year(plan_world, "eligible_costs")
    office = plan_world.office
    pdf = PdfReader(io.BytesIO(application_bytes(office.anna, 2026, "pdf")))
    text = " ".join(" ".join(page.extract_text() for page in pdf.pages).split())  # wrapped lines as one
    for expected in ("Thüringer Ministerium für Soziales", "Landesprogramm",
                     "Beantragte Zuwendung des Landes", "54.833,33 €", "23.500,01 €", "78.333,34 €",
                     "Landrat / Landrätin", "Anlage: Geplante Maßnahmen", "Mikroprojektefonds 2026",
                     "Summen nach Sozialraum", "30 % der zuwendungsfähigen Ausgaben des Landkreises",
                     "Eigenmittel der Träger zählen nicht"):
        assert expected in text, expected
    book = load_workbook(io.BytesIO(application_bytes(office.anna, 2026, "xlsx")))
    sheet = book["Maßnahmen"]
    rows = [row for row in sheet.iter_rows(min_row=5, values_only=True) if row[2] or row[3]]
    measures = [row for row in rows if row[6] is not None and not str(row[6]).startswith("=")]
    assert len(measures) == 5
    assert sum(D(str(row[8])) for row in measures) == D("54833.33")
    assert sum(D(str(row[9])) for row in measures) == D("23500.01")
    assert next(row[1] for row in book["Prüfungen"].iter_rows(min_row=5, values_only=True)).startswith("Landesanteil")
