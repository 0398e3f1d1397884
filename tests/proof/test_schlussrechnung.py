"""The Schlussrechnung (Nr. 2 ANBest-P) through the real services, on both backends: the worked examples of the domain
brief, the exact funding rate, the demo situation with 300 € fees, the Bagatellgrenze, the close with its clawback,
and the Prüfvermerk and `proof show` with every step and the actual figures.

The brief's plan: costs 7.000 personnel + 2.000 material + 1.000 fees = 10.000,00 € (all eligible); own funds
1.500,00 €, third-party funds 500,00 €; 8.000,00 € applied for, approved (80 %) on 02.03.2026 and paid on 10.04.2026.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select

from app.administration import programmes
from app.administration.settings_service import set_setting
from app.cases import proceedings
from app.cases.intake import CostLineInput, FundingLineInput
from app.kernel.money import format_eur
from app.proof import final_grant as proof
from app.proof.queries import proof_review
from app.proof.review import FinalReview, Outcome
from app.proof.review_note import issue_review_note
from db.models import Application, Clawback
from tests.fixtures.database import Today
from tests.letters.cases import pdf_text
from tests.proof.cases import in_review
from tests.proof.test_cli_proof import cli
from tests.support import YEAR, Office, close_with_clawback

D = Decimal
pytestmark = pytest.mark.usefixtures("database")
PAID_ON = dt.date(YEAR, 4, 10)


def plan(costs: tuple[str, str, str], own: str, third: str, requested: str) -> dict[str, object]:
    personnel, material, other = costs
    return {"cost_lines": (CostLineInput("personnel", "Pädagogische Fachkraft", personnel),
                           CostLineInput("material", "Sachkosten", material),
                           CostLineInput("other", "Fahrtkosten", other)),
            "funding_lines": (FundingLineInput("own", "Eigenmittel des Vereins", own),
                              FundingLineInput("third_party", "Zuschuss der Gemeinde", third)),
            "requested_amount": requested, "approve": requested, "payments_made": ((PAID_ON, requested),)}


BRIEF = plan(("7000.00", "2000.00", "1000.00"), "1500.00", "500.00", "8000.00")


def brief_case(office: Office, today: Today, financing_type: str, actual: str, own: str = "1500.00",
               third: str = "500.00", income: str = "0") -> str:
    return in_review(office, today, financing_type=financing_type, actual=actual, own=own, third=third,
                     income=income, **BRIEF)


def review_of(office: Office, file_number: str) -> FinalReview:
    view = proof_review(office.anna, file_number)
    assert view is not None
    return view.review


def app_of(office: Office, file_number: str) -> tuple[Decimal | None, Decimal | None, list[Decimal]]:
    with office.database.read() as session:
        app = session.scalar(select(Application).where(Application.file_number == file_number))
        assert app is not None
        claims = list(session.scalars(select(Clawback.amount).where(Clawback.application_id == app.id)))
        return app.funding_rate, app.final_amount, claims


@pytest.mark.parametrize(("financing_type", "figures", "final"), [
    # share: Deckungsmittel 1.500 + 1.500 = 3.000 against 2.000 → 80 % × (10.000 − 1.000) = 7.200,00 €
    ("share", {"actual": "10000.00", "third": "1500.00"}, D("7200.00")),
    # share: 80 % × (9.000 − 500 new income) = 6.800,00 €
    ("share", {"actual": "9000.00", "income": "500.00"}, D("6800.00")),
    # deficit: 9.000 − 1.500 (planned own share; only 500 put in) − 500 = 7.000,00 €
    ("deficit", {"actual": "9000.00", "own": "500.00"}, D("7000.00")),
    # deficit: 10.000 − 1.500 − 500 − 300 fees = 7.700,00 €
    ("deficit", {"actual": "10000.00", "income": "300.00"}, D("7700.00")),
])
def test_the_worked_examples_of_the_domain_brief(office: Office, today: Today, financing_type: str,
                                                 figures: dict[str, str], final: Decimal) -> None:
    file_number = brief_case(office, today, financing_type, **figures)
    review = review_of(office, file_number)
    assert review.final == final
    assert (review.clawback, review.balance, review.outcome) == (D("8000.00") - final, D("0.00"), Outcome.clawback)
    assert f"Endgültige Zuwendung: {format_eur(final)}" in review.text
    assert (f"Rückforderungsbetrag (ausgezahlt − endgültig): 8.000,00 € − {format_eur(final)} = "
            f"{format_eur(D('8000.00') - final)}") in review.text


def test_share_close_sets_the_final_grant_and_the_clawback(office: Office, today: Today) -> None:
    file_number = brief_case(office, today, "share", "10000.00", third="1500.00")
    proceedings.start_hearing(office.anna, file_number, "clawback", "Rückforderung 800,00 €", dt.date(YEAR + 1, 3, 1))
    today.set(dt.date(YEAR + 1, 3, 2))
    result = close_with_clawback(office, file_number)
    assert isinstance(result, proof.CloseResult)
    assert (result.calculation.final, result.clawback) == (D("7200.00"), D("800.00"))
    assert app_of(office, file_number)[1:] == (D("7200.00"), [D("800.00")])


def test_exact_rate_costs_as_planned_leave_nothing_to_claw_back(office: Office, today: Today) -> None:
    # 2.800,00 € of 8.400,00 €: stored as 0,3333 (0,3333 × 8.400,00 € would be 2.799,72 €), computed as exactly 1/3
    file_number = in_review(office, today, actual="8400.00", own="5000.00", third="600.00",
                            **plan(("6000.00", "1400.00", "1000.00"), "5000.00", "600.00", "2800.00"))
    assert app_of(office, file_number)[0] == D("0.3333")
    review = review_of(office, file_number)
    assert (review.final, review.clawback, review.outcome) == (D("2800.00"), D("0.00"), Outcome.close)
    assert "× Fördersatz 2.800,00 € ÷ 8.400,00 € (≈ 33,3333 %): 2.800,00 €" in review.text
    result = proof.close_case(office.anna, file_number)
    assert (result.calculation.final, result.clawback) == (D("2800.00"), D("0.00"))
    assert app_of(office, file_number)[1:] == (D("2800.00"), [])


def test_demo_deficit_case_with_300_euro_fees_through_proof_show(office: Office, today: Today, db_url: str,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    # as the demo builds an ARM case: eligible 3.000 + 1.800 + 300 = 5.100; requested ⌊90 % × 5.100⌋ = 4.590;
    # third party ⌊510 / 3⌋ = 170, own 340. Costs as planned and 300 € fees received:
    # 5.100 − 340 − 170 − 300 = 4.290,00 € (the old rule ignored the fees: 4.590,00 €); 300,00 € back
    programmes.create_programme(office.admin, programmes.ProgrammeInput(
        code="ARM", name="Armutsprävention (ESF-kofinanziert)", default_financing_type="deficit",
        max_funding_rate="90", min_grant="2000"))
    programmes.set_budget(office.admin, "ARM", YEAR, "260000.00")
    file_number = in_review(office, today, programme="ARM", financing_type="deficit", actual="5100.00", own="340.00",
                            third="170.00", income="300.00",
                            **plan(("3000.00", "1800.00", "300.00"), "340.00", "170.00", "4590.00"))
    code, out, err = cli(capsys, db_url, "leser", "proof", "show", file_number)
    assert code == 0, err
    for line in ("Finanzierungsart: Fehlbedarfsfinanzierung", "Zuwendungsfähige Ist-Ausgaben: 5.100,00 €",
                 "− Eigenanteil (laut Bewilligung 340,00 €, Ist 340,00 €; der höhere Betrag zählt): 340,00 €",
                 "− Drittmittel (Ist; geplant 170,00 €): 170,00 €",
                 "− Sonstige Einnahmen (Ist; geplant 0,00 €): 300,00 €", "= Fehlbedarf: 4.290,00 €",
                 "Bewilligte Zuwendung: 4.590,00 €", "Endgültige Zuwendung: 4.290,00 €",
                 "Rückforderungsbetrag (ausgezahlt − endgültig): 4.590,00 € − 4.290,00 € = 300,00 €"):
        assert line in out.splitlines(), line
    assert "davon zuwendungsfähig" in out and "nicht einzeln" in out
    assert "Vorläufige Rechnung" in out  # no receipt reviewed yet: the calculation is marked as provisional


def test_a_reduction_below_the_bagatellgrenze_is_not_made(office: Office, today: Today) -> None:
    set_setting(office.admin, "final_grant_threshold", "500")
    file_number = brief_case(office, today, "deficit", "10000.00", income="300.00")
    review = review_of(office, file_number)
    assert (review.final, review.clawback, review.outcome) == (D("8000.00"), D("0.00"), Outcome.close)
    assert ("Die Minderung von 300,00 € liegt unter der Bagatellgrenze von 500,00 €: die Zuwendung wird nicht "
            "gekürzt.") in review.text
    set_setting(office.admin, "final_grant_threshold", "300")
    assert review_of(office, file_number).final == D("7700.00")


def test_pruefvermerk_shows_the_actual_figures_and_every_step(office: Office, today: Today) -> None:
    # recorded as totals only (9.000,00 € against 10.000,00 € planned): the lines show no amount of their own, the
    # sums are the proof's; then 80 % × (9.000 − 500) = 6.800,00 €, 1.200,00 € back
    file_number = brief_case(office, today, "share", "9000.00", income="500.00")
    text = pdf_text(issue_review_note(office.anna, file_number).pdf)
    assert text.count("nicht einzeln") == 3
    for part in ("Summe 10.000,00 € 9.000,00 € -1.000,00 €", "davon zuwendungsfähig 10.000,00 € 9.000,00 € -1.000,00 €",
                 "Anteilfinanzierung, Fördersatz 8.000,00 € ÷ 10.000,00 € (80 %)",
                 "Zuwendungsfähige Ist-Ausgaben 9.000,00 €", "Mehr an Deckungsmitteln gegenüber dem Plan 500,00 €",
                 "= Bemessungsgrundlage 8.500,00 €", "× Fördersatz 8.000,00 € ÷ 10.000,00 € (80 %) 6.800,00 €",
                 "Bewilligte Zuwendung 8.000,00 €", "Endgültige Zuwendung 6.800,00 €",
                 "Rückforderungsbetrag (ausgezahlt − endgültig): 8.000,00 € − 6.800,00 € = 1.200,00 €"):
        assert part in text, part
