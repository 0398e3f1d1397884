"""Cases driven through the real services into the states each letter kind needs, and PDF text helpers."""

from __future__ import annotations

import datetime as dt
import io

from pypdf import PdfReader
from sqlalchemy import func, select

from app.cases import checking, decisions, proceedings
from app.cases import intake as applications
from app.letters.reminders import send_reminder
from app.proof import final_grant as proof
from db.models import Letter
from tests.fixtures.database import Today
from tests.support import (
    YEAR,
    Office,
    application_input,
    close_with_clawback,
    paid_through_order,
    record_case_documents,
)


def pdf_pages(pdf: bytes) -> list[str]:
    """Text of each page with whitespace normalised (reportlab wraps lines anywhere)."""
    return [" ".join((page.extract_text() or "").split()) for page in PdfReader(io.BytesIO(pdf)).pages]


def pdf_text(pdf: bytes) -> str:
    return " ".join(pdf_pages(pdf))


def letter_count(office: Office) -> int:
    with office.database.read() as session:
        return int(session.scalar(select(func.count()).select_from(Letter)) or 0)


def registered(office: Office, today: Today, **changes: object) -> str:
    """A received case with all documents, registered on 02.02.2026."""
    today.set(dt.date(YEAR, 2, 2))
    file_number = applications.register_application(office.anna, application_input(office.applicant_id, **changes))
    record_case_documents(office, file_number)
    return file_number


def documents_requested(office: Office, today: Today) -> str:
    """In "Nachforderung": signed application and financing plan missing, deadline 20.02.2026."""
    today.set(dt.date(YEAR, 2, 2))
    file_number = applications.register_application(office.anna, application_input(office.applicant_id))
    checking.start_check(office.anna, file_number)
    checking.request_documents(office.anna, file_number, dt.date(YEAR, 2, 20), "Bitte Seite 2 unterschreiben.")
    return file_number


def reviewed(office: Office, today: Today, **changes: object) -> str:
    """Formal check passed: in the social-plan review."""
    file_number = registered(office, today, **changes)
    checking.start_check(office.anna, file_number)
    checking.confirm_eligible(office.anna, file_number)
    return file_number


def decided(office: Office, today: Today, outcome: str = "approve", amount: str | None = "10000.00",
            reasons: str | None = "Bedarfsgerechtes Angebot im Sozialraum Mitte.", **changes: object) -> str:
    """Proposed by anna, confirmed by sabine on 02.03.2026 (posted the same day)."""
    file_number = reviewed(office, today, **changes)
    decisions.propose(office.anna, file_number, outcome, amount=amount, reasons=reasons)
    today.set(dt.date(YEAR, 3, 2))
    decisions.confirm_decision(office.sabine, file_number)
    return file_number


def with_hearing(office: Office, today: Today) -> str:
    """An open hearing before a rejection, sent 10.02.2026, answer due 24.02.2026."""
    file_number = reviewed(office, today)
    today.set(dt.date(YEAR, 2, 10))
    proceedings.start_hearing(office.anna, file_number, "rejection",
                              "Der Bedarf im Sozialraum ist bereits durch ein bestehendes Angebot gedeckt.",
                              dt.date(YEAR, 2, 24))
    return file_number


def paid(office: Office, today: Today) -> str:
    """Approved 10,000.00 €; 6,000.00 € paid on 10.04.2026."""
    file_number = decided(office, today)
    today.set(dt.date(YEAR, 4, 10))
    paid_through_order(office, file_number, "6000.00", dt.date(YEAR, 4, 10))
    return file_number


def clawed_back(office: Office, today: Today) -> str:
    """As the lifecycle test: 10,000.00 € paid, 8,800.00 € final, 1,200.00 € back with 62.87 € interest."""
    file_number = proof_received(office, today)
    proceedings.start_hearing(office.anna, file_number, "clawback", "Teilrückforderung 1.200,00 €",
                              dt.date(YEAR + 1, 3, 20))
    today.set(dt.date(YEAR + 1, 4, 1))
    close_with_clawback(office, file_number)
    return file_number


def proof_received(office: Office, today: Today) -> str:
    """10,000.00 € approved and paid; proof of use on 01.03.2027 with 11,000.00 € costs: final 8,800.00 €."""
    file_number = decided(office, today)
    paid_through_order(office, file_number, "6000.00", dt.date(YEAR, 4, 10))
    paid_through_order(office, file_number, "4000.00", dt.date(YEAR, 7, 1))
    today.set(dt.date(YEAR + 1, 3, 1))
    proof.receive_proof(office.anna, file_number, proof.ProofInput(
        actual_total_costs="11000.00", actual_eligible_costs="11000.00", actual_own_funds="1500.00",
        actual_third_party_funds="1000.00", report_text="Das Café lief an 40 Nachmittagen."))
    return file_number


def clawback_hearing(office: Office, today: Today) -> str:
    """A hearing before a clawback of 1,200.00 €, sent 01.03.2027, answer due 20.03.2027."""
    file_number = proof_received(office, today)
    proceedings.start_hearing(office.anna, file_number, "clawback",
                              "Der Verwendungsnachweis weist geringere Ausgaben als geplant aus.",
                              dt.date(YEAR + 1, 3, 20))
    return file_number


def reminded(office: Office, today: Today) -> str:
    """The clawback of `clawed_back`, unpaid: a first Mahnung on 10.05.2027, payable by 24.05.2027."""
    file_number = clawed_back(office, today)
    today.set(dt.date(YEAR + 1, 5, 10))
    send_reminder(office.anna, file_number)
    return file_number
