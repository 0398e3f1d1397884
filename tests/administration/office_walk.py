"""A real first case in a freshly set-up office: registered, checked, decided by two people, its approval letter.

Shared by the set-up tests of the command line (tests/administration) and the assistant (tests/ui/admin).
"""

from __future__ import annotations

import datetime as dt

from app.applicants import service as applicants
from app.cases import checking, decisions, documents
from app.cases import intake as applications
from app.kernel.database import Database
from app.kernel.uow import UnitOfWork
from app.letters import service as letters
from tests.letters.cases import pdf_text
from tests.support import YEAR, application_input

# what the approval letter's letterhead must show after "Amt einrichten" (app.administration.office_defaults)
LETTERHEAD_LINES = ("Landratsamt Kyffhäuserkreis", "Jugend- und Sozialamt", "Markt 8", "99706 Sondershausen",
                    "Beratung Di und Do 9:00–16:00 Uhr")


def first_case_approved(database: Database, caseworker: str, supervisor: str) -> str:
    """Walk a real case to its approval; returns the text of the approval letter (PDF text extraction)."""
    clerk, chief = UnitOfWork(database, caseworker), UnitOfWork(database, supervisor)
    applicant_id = applicants.register_applicant(clerk, applicants.ApplicantInput(
        name="Mehrgenerationenhaus Greußen e.V.", applicant_type="association", legal_form="e.V.",
        register_court="Amtsgericht Sondershausen", register_number="VR 2211", street="Herrenstraße 4",
        postcode="99718", city="Greußen", municipality="Greußen", nonprofit_proof_kind="exemption_notice",
        nonprofit_proof_date=dt.date(YEAR - 1, 5, 10), iban="DE89370400440532013000",
        email="info@mgh-greussen.example"))
    for code in ("statutes", "register_extract", "exemption_notice"):
        documents.record_document(clerk, code, applicant_id=applicant_id, received_on=dt.date(YEAR, 1, 5),
                                  issued_on=dt.date(YEAR - 1, 5, 10) if code == "exemption_notice" else None)
    file_number = applications.register_application(clerk, application_input(
        applicant_id, municipality="Greußen", title="Erzählcafé der Generationen"))
    for code in ("application_signed", "financing_plan"):
        documents.record_document(clerk, code, file_number=file_number, received_on=dt.date(YEAR, 2, 2))
    checking.start_check(clerk, file_number)
    checking.confirm_eligible(clerk, file_number)
    decisions.propose(clerk, file_number, "approve", amount="10000.00", reasons="Bedarf laut Sozialplan belegt.")
    decisions.confirm_decision(chief, file_number)  # four eyes: the supervisor, never the proposer
    return pdf_text(letters.issue_letter(clerk, file_number, "approval").pdf)
