"""Every letter kind, issued from the demo data (`foerderdesk demo-data`), prints its required elements.

The hand-computed letters are in `test_kinds.py` and `test_legal_elements.py`; this test takes what an office trying
FörderDesk sees first: the generated demo cases, one case per kind (the first that fits, as `docs/letters/render.py`
picks them for the pictures in `docs/letters/`), the letter issued and its text read back from the PDF.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from sqlalchemy import select

from app.cases.deadlines import postpone_deadline
from app.kernel import clock
from app.kernel.database import connect
from app.kernel.errors import FoerderDeskError
from app.kernel.uow import UnitOfWork
from app.letters import service
from app.letters.kinds import DECISIONS, WITH_GIROCODE, LetterKind
from app.letters.reminders import send_reminder
from db.enums import DeadlineKind, Status
from db.models import Application, Clawback, Deadline
from foerderdesk.main import run
from tests.letters.cases import pdf_text

SUPERVISOR = "weber"  # a demo supervisor
DATE = r"\d\d\.\d\d\.\d{4}"
AMOUNT = r"\d{1,3}(?:\.\d{3})*,\d\d €"

REMEDY = ["Rechtsbehelfsbelehrung", "innerhalb eines Monats nach Bekanntgabe Widerspruch"]
GRANT = ["Rechtsgrundlage", "§§ 23 und 44 der Thüringer Landeshaushaltsordnung", "Finanzierungsplan", "Gesamtkosten",
         "Eigenmittel", "Drittmittel", "Zuwendung", "ANBest-P", "§ 49a", "Verwendungsnachweis"]
# what each kind must print besides the letterhead and the file number (fixed texts; patterns for dated values)
REQUIRED: dict[LetterKind, list[str]] = {
    LetterKind.receipt: ["Eingang", "Ihr Antrag"],
    LetterKind.documents_request: ["Unterlagen", rf"bis (?:zum )?{DATE}"],
    LetterKind.hearing: ["§ 28", "Stellungnahme", rf"bis (?:zum )?{DATE}"],
    LetterKind.approval: [*GRANT, rf"{AMOUNT}", *REMEDY],
    LetterKind.partial_approval: [*GRANT, "nicht bewilligt", *REMEDY],
    LetterKind.rejection: ["Begründung", *REMEDY],
    LetterKind.payment_notice: [rf"{AMOUNT}", "§ 49a Abs. 4", rf"{DATE}"],
    LetterKind.clawback: ["§ 49 Abs. 3 Satz 1 ThürVwVfG", "§ 49a Abs. 1 ThürVwVfG", "§ 49a Abs. 3 ThürVwVfG",
                          "Sachverhalt", "Ermessen", "Basiszinssatz", rf"bis (?:zum )?{DATE}", "IBAN", *REMEDY],
    LetterKind.reminder: ["Mahnung", "Offene Hauptforderung", "§ 49a Abs. 3", rf"bis (?:zum )?{DATE}", "IBAN"],
}


def _prepare(url: str) -> None:
    """As a caseworker would before writing again: one expired request for documents extended, and a Mahnung for
    an overdue clawback, so that every kind has a case (the demo's deadlines lie before today)."""
    database = connect(url)
    try:
        with database.read() as session:
            deadline = session.scalar(select(Deadline.id).join(Application).where(
                Application.status == Status.documents_requested, Deadline.kind == DeadlineKind.documents,
                Deadline.done_at.is_(None)).order_by(Application.file_number).limit(1))
            overdue = list(session.scalars(select(Application.file_number).join(Clawback).where(
                Clawback.due_on < clock.today(), Clawback.repaid_on.is_(None)).order_by(Application.file_number)))
        uow = UnitOfWork(database, SUPERVISOR)
        assert deadline is not None and overdue, "the demo data has an open request for documents and a clawback"
        postpone_deadline(uow, deadline, clock.today() + dt.timedelta(days=14), "Frist für Unterlagen verlängert")
        for file_number in overdue:
            try:
                send_reminder(uow, file_number or "")
                return
            except FoerderDeskError:  # e.g. suspended by an objection: the next one
                continue
    finally:
        database.dispose()


@pytest.mark.slow
def test_every_letter_kind_from_the_demo_data_prints_its_required_elements(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'demo.sqlite3'}"
    assert run(["--db", url, "demo-data", "--cases", "200", "--seed", "1"]) == 0
    _prepare(url)
    database = connect(url)
    try:
        with database.read() as session:
            file_numbers = [n for n in session.scalars(select(Application.file_number).order_by(
                Application.file_number)) if n]
        found: dict[LetterKind, str] = {}
        for file_number in file_numbers:
            for choice in service.letter_kinds(UnitOfWork(database, SUPERVISOR), file_number):
                if choice.available:
                    found.setdefault(choice.kind, file_number)
            if len(found) == len(LetterKind):
                break
        assert set(found) == set(LetterKind), f"no demo case for {set(LetterKind) - set(found)}"
        missing: dict[str, list[str]] = {}
        for kind, file_number in found.items():
            text = pdf_text(service.issue_letter(UnitOfWork(database, SUPERVISOR), file_number, kind).pdf)
            required = ["Landratsamt Kyffhäuserkreis", re.escape(file_number), *REQUIRED[kind]]
            if kind in WITH_GIROCODE:
                required.append("GiroCode")
            if kind in DECISIONS:
                required.extend(REMEDY)
            absent = [element for element in required
                      if not re.search(element if "\\" in element else re.escape(element), text)]
            if absent:
                missing[f"{kind.value} ({file_number})"] = absent
        assert missing == {}
    finally:
        database.dispose()
