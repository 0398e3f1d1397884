"""Building an office through the real services: users, a programme with budget, an applicant."""

from __future__ import annotations

import datetime as dt
import io
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from pathlib import Path

from app.administration import programmes, user_passwords, users
from app.applicants import service as applicants
from app.cases import documents
from app.cases import intake as applications
from app.cases.intake import ApplicationInput, CostLineInput, FundingLineInput
from app.kernel.database import Database
from app.kernel.signin import signs_in_by_password
from app.kernel.uow import UnitOfWork

YEAR = 2026
# every office user's FörderDesk password: on SQLite `--user NAME` signs in with it (`run_cli`)
PASSWORD = "Passwort-der-Tests"


@dataclass
class Office:
    database: Database
    admin: UnitOfWork
    anna: UnitOfWork  # caseworker
    bernd: UnitOfWork  # caseworker
    sabine: UnitOfWork  # supervisor
    tom: UnitOfWork  # supervisor
    leser: UnitOfWork  # reader
    applicant_id: int

    def uow(self, name: str) -> UnitOfWork:
        return UnitOfWork(self.database, name)


def build_office(database: Database, allocation: str = "100000.00") -> Office:
    admin = UnitOfWork(database, "admin")
    users.add_user(admin, "admin", "admin", "Ada Admin")
    for name, role, display in [("anna", "caseworker", "Anna Arndt"), ("bernd", "caseworker", "Bernd Busch"),
                                ("sabine", "supervisor", "Sabine Sommer"), ("tom", "supervisor", "Tom Thiele"),
                                ("leser", "reader", "Lea Leser")]:
        users.add_user(admin, name, role, display)
    if signs_in_by_password(database):
        for name in ("admin", "anna", "bernd", "sabine", "tom", "leser"):
            user_passwords.set_password(admin, name, PASSWORD)
    programmes.create_programme(admin, programmes.ProgrammeInput(
        code="LPF", name="Landesprogramm Familie", max_funding_rate="80", min_grant="500"))
    programmes.set_budget(admin, "LPF", YEAR, allocation)
    anna = UnitOfWork(database, "anna")
    applicant_id = applicants.register_applicant(anna, applicants.ApplicantInput(
        name="Familienzentrum Sonnenblume e.V.", applicant_type="association", legal_form="e.V.",
        register_court="Amtsgericht Sondershausen", register_number="VR 1234", street="Bahnhofstraße 5",
        postcode="99706", city="Sondershausen", municipality="Sondershausen",
        nonprofit_proof_kind="exemption_notice", nonprofit_proof_date=dt.date(2024, 5, 10),
        iban="DE89370400440532013000", email="info@sonnenblume.example"))
    for code in ("statutes", "register_extract", "exemption_notice"):
        documents.record_document(anna, code, applicant_id=applicant_id, received_on=dt.date(2026, 1, 5),
                                  issued_on=dt.date(2024, 5, 10) if code == "exemption_notice" else None)
    return Office(database, admin, anna, UnitOfWork(database, "bernd"), UnitOfWork(database, "sabine"),
                  UnitOfWork(database, "tom"), UnitOfWork(database, "leser"), applicant_id)


def run_cli(argv: Sequence[str], password: str = PASSWORD) -> int:
    """`foerderdesk ARGV` in this process, signing in as `--user NAME` the way a script does: `--password-stdin`
    with the password as the one line on standard input (checked on SQLite; not read for the computer's own
    account, nor on PostgreSQL)."""
    from foerderdesk.main import run

    saved, sys.stdin = sys.stdin, io.StringIO(f"{password}\n")
    try:
        return run(["--password-stdin", *argv])
    finally:
        sys.stdin = saved


def application_input(applicant_id: int, **changes: object) -> ApplicationInput:
    """A balanced plan: 12,500.00 costs = 1,500.00 own + 1,000.00 third-party + 10,000.00 requested."""
    base = ApplicationInput(
        programme="LPF", fiscal_year=YEAR, applicant_id=applicant_id, title="Familiencafé am Markt",
        description="Offener Treff für Familien mit Kleinkindern.", municipality="Sondershausen",
        life_phase="childhood", field_of_action="Bildung im familiären Umfeld",
        catalogue_justification="Neues Angebot, im Katalog noch nicht enthalten; Bedarf laut Familienbericht.",
        start_date=dt.date(YEAR, 4, 1), end_date=dt.date(YEAR, 12, 31), financing_type="share",
        requested_amount="10000.00",
        cost_lines=(CostLineInput("personnel", "Pädagogische Fachkraft (0,25 VZÄ)", "9000.00"),
                    CostLineInput("material", "Spiel- und Bastelmaterial", "2000.00"),
                    CostLineInput("fees", "Honorare Referentinnen", "1500.00")),
        funding_lines=(FundingLineInput("own", "Eigenmittel des Vereins", "1500.00"),
                       FundingLineInput("third_party", "Spende Sparkasse", "1000.00")),
        received_on=dt.date(YEAR, 2, 2),
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def register(office: Office, **changes: object) -> str:
    documents_for = applications.register_application(office.anna, application_input(office.applicant_id, **changes))
    return documents_for


def record_case_documents(office: Office, file_number: str) -> None:
    for code in ("application_signed", "financing_plan"):
        documents.record_document(office.anna, code, file_number=file_number, received_on=dt.date(YEAR, 2, 2))


D = Decimal


def closed_case(office: Office, today: object, **changes: object) -> str:
    """A case walked to `closed` without clawback (decided 2026-03-02, paid 2026-03-09, closed 2027-02-15);
    `today` is the fixture."""
    from app.cases import checking, decisions
    from app.proof import final_grant as proof

    today.set(dt.date(YEAR, 2, 2))  # type: ignore[attr-defined]
    file_number = register(office, **changes)
    record_case_documents(office, file_number)
    checking.start_check(office.anna, file_number)
    checking.confirm_eligible(office.anna, file_number)
    decisions.propose(office.anna, file_number, "approve", amount="10000.00", reasons="Bedarf belegt.")
    today.set(dt.date(YEAR, 3, 2))  # type: ignore[attr-defined]
    decisions.confirm_decision(office.sabine, file_number)
    today.set(dt.date(YEAR, 3, 9))  # type: ignore[attr-defined]  # paid after the notification on 06.03.
    paid_through_order(office, file_number, "10000.00")
    today.set(dt.date(YEAR + 1, 2, 15))  # type: ignore[attr-defined]
    proof.receive_proof(office.anna, file_number, proof.ProofInput("12500.00", "12500.00", "1500.00", "1000.00"))
    proof.close_case(office.anna, file_number)
    return file_number


def paid_through_order(office: Office, file_number: str, amount: str, paid_on: dt.date | str | None = None) -> int:
    """Money out the only way there is: a free payment order due on `paid_on`, "sachlich richtig" by anna,
    "rechnerisch richtig" by sabine, exported to the cash office and booked as paid; returns the payment's id.

    Sets the Haushaltsstelle of the case's programme-year and the applicant's account first if missing (orders
    need both)."""
    from app.payments.cash_export import export_orders
    from app.payments.orders import OrderInput, book_paid, create_order, sign_arithmetic, sign_factual

    _ready_to_order(office, file_number)
    order_id = create_order(office.anna, file_number, OrderInput(amount=amount, due_on=paid_on)).record_id
    assert order_id is not None
    sign_factual(office.anna, order_id)
    sign_arithmetic(office.sabine, order_id)
    with tempfile.TemporaryDirectory() as folder:
        export_orders(office.bernd, "csv", Path(folder) / "zahlungslauf.csv")
    return book_paid(office.anna, order_id, paid_on)


def _ready_to_order(office: Office, file_number: str) -> None:
    from sqlalchemy import select

    from app.applicants.bank_accounts import BankAccountInput, add_bank_account
    from app.kernel.case_records import load_case
    from db.models import Budget

    with office.database.read() as session:
        app = load_case(session, file_number)
        code, year, applicant_id, iban = app.programme.code, app.fiscal_year, app.applicant_id, app.applicant.iban
        budget = session.scalar(select(Budget).where(Budget.programme_id == app.programme_id,
                                                     Budget.fiscal_year == year))
        allocation = None if budget is None or budget.budget_position else budget.allocation
    if allocation is not None:
        programmes.set_budget(office.admin, code, year, allocation, budget_position=f"1.3630.{code}.{year}")
    if not iban:
        add_bank_account(office.anna, applicant_id, BankAccountInput("DE89370400440532013000"), primary=True)


CLAWBACK_REASONS = ("Sachverhalt: Der Verwendungsnachweis weist geringere zuwendungsfähige Ausgaben aus. "
                    "Ermessen: Gründe für ein Absehen vom Widerruf liegen nicht vor.")


def close_with_clawback(office: Office, file_number: str, **close: object) -> object:
    """`close` by anna becomes a clawback proposal (with reasons); sabine confirms it (four eyes) on the same day.
    Returns the confirmation's `CloseResult`."""
    from app.proof import clawback_decision
    from app.proof import final_grant as proof

    proposed = proof.close_case(office.anna, file_number, reasons=CLAWBACK_REASONS, **close)  # type: ignore[arg-type]
    assert not proposed.closed
    return clawback_decision.confirm_clawback(office.sabine, file_number)
