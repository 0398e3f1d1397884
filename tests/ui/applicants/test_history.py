"""The history of the applicant file: a clawback after a hearing, with what is still owed, and an open hearing."""

from __future__ import annotations

import datetime as dt

from app.applicants.history import OPEN, OVERDUE, attention
from app.applicants.reader import ApplicantReader
from app.cases import checking, decisions, proceedings
from app.proof import final_grant as proof
from tests.support import YEAR, Office, close_with_clawback, paid_through_order, record_case_documents, register


def _paid(office: Office, today, title: str) -> str:
    today.set(dt.date(YEAR, 2, 2))
    file_number = register(office, title=title)
    record_case_documents(office, file_number)
    checking.start_check(office.anna, file_number)
    checking.confirm_eligible(office.anna, file_number)
    decisions.propose(office.anna, file_number, "approve", amount="10000.00", reasons="Bedarf belegt.")
    today.set(dt.date(YEAR, 3, 2))
    decisions.confirm_decision(office.sabine, file_number)
    today.set(dt.date(YEAR, 3, 9))  # paid after the notification on 06.03. (§ 43 Abs. 1 VwVfG)
    paid_through_order(office, file_number, "10000.00", dt.date(YEAR, 3, 9))
    return file_number


def test_history_lists_hearings_proofs_and_the_open_clawback(office: Office, today) -> None:
    clawed = _paid(office, today, "Familiencafé am Markt")
    heard = _paid(office, today, "Elternkurs")
    today.set(dt.date(YEAR + 1, 3, 1))
    proof.receive_proof(office.anna, clawed, proof.ProofInput("11000.00", "11000.00", "1500.00", "1000.00"))
    proceedings.start_hearing(office.anna, clawed, "clawback", "Teilrückforderung", dt.date(YEAR + 1, 3, 20))
    proceedings.start_hearing(office.anna, heard, "revocation", "Widerruf wegen Zweckverfehlung",
                              dt.date(YEAR + 1, 3, 25))
    today.set(dt.date(YEAR + 1, 4, 1))
    close_with_clawback(office, clawed)

    events = ApplicantReader(office.database, "leser").view(office.applicant_id).events
    lines = [(e.day, e.file_number, e.text, e.state) for e in events]
    claim = next(line for line in lines if line[2].startswith("Rückforderung"))
    assert claim[:2] == (dt.date(YEAR + 1, 4, 1), clawed) and claim[3].startswith(f"{OPEN}: ")
    assert (dt.date(YEAR + 1, 3, 1), clawed, "Anhörung vor Rückforderung: Teilrückforderung",
            "Stellungnahme am 01.04.2027") not in lines  # no response was recorded
    assert (dt.date(YEAR + 1, 3, 1), heard, "Anhörung vor Widerruf: Widerruf wegen Zweckverfehlung",
            OVERDUE) in lines  # the response period ended on 25.03.
    assert (dt.date(YEAR + 1, 3, 1), clawed, "Verwendungsnachweis eingegangen", "in Prüfung") in lines
    assert (dt.date(YEAR, 3, 2), heard, "Bewilligung 10.000,00 €", "") in lines
    assert sum(1 for line in lines if line[2] == "Auszahlung 10.000,00 €") == 2
    due = next(line for line in lines if line[1] == heard and line[2] == "Verwendungsnachweis fällig")
    assert due[0] == dt.date(YEAR + 1, 6, 30) and due[3] == OPEN  # six months after the grant period
    assert [e.day for e in events] == sorted((e.day for e in events), reverse=True)
    assert {attention(e) for e in events} >= {OPEN, OVERDUE, None}
