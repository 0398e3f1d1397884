"""The county's proof of use to the Land reconciles with the Träger cases and with the Land's payments."""

from __future__ import annotations

import io
from decimal import Decimal

from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import func, select

from app.proof import final_grant as proof
from app.proof.final_grant import record_repayment
from app.state_cycle import land_money
from app.state_cycle.land_money import StateGrantInput
from app.state_cycle.land_proof import state_proof, state_proof_pdf, state_proof_xlsx
from db.models import Clawback, Payment, Repayment
from tests.fixtures.database import Today
from tests.proof.cases import in_review, in_review_with_hearing
from tests.support import YEAR, Office, close_with_clawback

D = Decimal


def _land(office: Office) -> None:
    land_money.record_state_grant(office.sabine, StateGrantInput("LPF", YEAR, "70000.00", "2026-02-15",
                                                                 "TMSGAF 46-1234/2026"))
    land_money.record_payment(office.sabine, "LPF", YEAR, "2026-03-15", "30000.00")
    land_money.record_payment(office.sabine, "LPF", YEAR, "2026-09-15", "12345.67")


def _cases(office: Office, today: Today) -> tuple[str, str]:
    full = in_review(office, today)
    proof.close_case(office.anna, full)  # used as approved: 10,000.00
    clawed = in_review_with_hearing(office, today)  # 8,800.00 of 10,000.00 used: 1,200.00 claimed
    close_with_clawback(office, clawed)
    record_repayment(office.anna, clawed, "1000.00", f"{YEAR + 1}-04-20")
    return full, clawed


def _paid_minus_repaid(office: Office) -> Decimal:
    """Straight from the Träger cases' money tables."""
    with office.database.read() as session:
        paid = session.scalar(select(func.sum(Payment.amount)))
        repaid = session.scalar(select(func.sum(Repayment.amount - Repayment.interest_part)))
        claimed = session.scalar(select(func.sum(Clawback.amount)))
    assert claimed == D("1200.00")
    return D(paid) - D(repaid)


def test_the_proof_reconciles_with_the_cases_and_the_lands_payments(office: Office, today: Today) -> None:
    _land(office)
    full, _clawed = _cases(office, today)
    result = state_proof(office.leser, YEAR)
    (source,) = result.sources
    assert source.received == D("42345.67")  # the Land's two payments
    net = _paid_minus_repaid(office)
    assert result.total("net") == net == source.net_paid
    assert result.total("paid") - result.total("repaid") == result.total("net")
    assert result.total("claimed") == D("1200.00")
    assert source.cofinancing_spent + source.state_spent == source.net_paid
    assert source.cofinancing_spent == (net * D("21000") / D("91000")).quantize(D("0.01"))
    assert source.unspent == source.received - source.state_spent
    (field,) = result.fields
    assert field.field == "Bildung im familiären Umfeld" and field.case_count == 2
    assert [n.file_number for n in field.narratives] == [full]


def test_pdf_and_workbook_show_the_figures_and_the_narratives(office: Office, today: Today) -> None:
    _land(office)
    _cases(office, today)
    pages = PdfReader(io.BytesIO(state_proof_pdf(office.leser, YEAR))).pages
    text = " ".join(" ".join(page.extract_text() for page in pages).split())
    for expected in ("Verwendungsnachweis des Landkreises an das Land 2026", "TMSGAF 46-1234/2026",
                     "42.345,67 €", "Bildung im familiären Umfeld", "Das Café lief an 40 Nachmittagen.",
                     "Sachbericht nach Handlungsfeldern", "Unterschrift", "Seite 1 von"):
        assert expected in text
    book = load_workbook(io.BytesIO(state_proof_xlsx(office.leser, YEAR)))
    assert book.sheetnames == ["Übersicht", "Vorgänge", "Sachberichte"]
    rows = list(book["Vorgänge"].iter_rows(min_row=2, values_only=True))
    assert len(rows) == 2
    assert sum(D(str(row[8])) for row in rows) == _paid_minus_repaid(office)
    assert book["Übersicht"]["C3"].value == D("42345.67") or float(book["Übersicht"]["C3"].value) == 42345.67


def test_a_year_without_a_grant_from_the_land_gives_an_empty_proof(office: Office) -> None:
    result = state_proof(office.leser, YEAR)
    assert result.sources == () and result.fields == ()
    text = PdfReader(io.BytesIO(state_proof_pdf(office.leser, YEAR))).pages[0].extract_text()
    assert "keine Zuwendung des Landes erfasst" in text
