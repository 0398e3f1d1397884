"""Money going back is decided by two people (issue 21): the caseworker's close with a clawback is a proposal
(amounts, interest window, reasons, who and when); a supervisor who did not propose it confirms it (the case
closes, the Clawback is fixed with its Bescheid date and objection deadline) or returns it with a reason.

The case (as the lifecycle test): approved 10,000.00 € on 02.03.2026, paid 6,000.00 € (10.04.2026) and
4,000.00 € (01.07.2026); actual eligible costs 11,000.00 € → final 80 % = 8,800.00 €, clawback 1,200.00 €;
hearing answered by 20.03.2027; close proposed and confirmed on 01.04.2027. Interest 01.07.2026–01.05.2027
(due date = 01.04.2027 + 30 days) = 305 days × 1,200.00 € × 6,27 % / 365 = 62,87 €. Bescheid posted 01.04.2027
(Thursday), notified on the 4th day 05.04.2027 (Monday), objection period one month → 05.05.2027 (Wednesday).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select

from app.cases.deadlines import deadline_subject
from app.cases.reader import Reader
from app.kernel.errors import TransitionRefused, ValidationError
from app.proof import clawback_decision
from app.proof import final_grant as proof
from db.enums import DeadlineKind, DecisionState, Status
from db.models import Application, Clawback, ClawbackProposal, Deadline
from tests.fixtures.database import Today
from tests.proof.cases import in_review_with_hearing
from tests.support import CLAWBACK_REASONS, YEAR, Office

D = Decimal


def status(office: Office, file_number: str) -> Status:
    with office.database.read() as session:
        app = session.scalars(select(Application).where(Application.file_number == file_number)).one()
        return app.status


def proposals(office: Office) -> list[tuple[DecisionState, str | None]]:
    with office.database.read() as session:
        return [(p.state, p.return_reason) for p in session.scalars(select(ClawbackProposal)
                                                                    .order_by(ClawbackProposal.id))]


def test_the_proposer_cannot_confirm_a_second_supervisor_does(office: Office, today: Today) -> None:
    file_number = in_review_with_hearing(office, today)
    proposed = proof.close_case(office.sabine, file_number, reasons=CLAWBACK_REASONS)
    assert not proposed.closed and proposed.clawback == D("1200.00")
    assert proposed.interest is not None and proposed.interest.total == D("62.87")
    assert status(office, file_number) == Status.proof_review
    with office.database.read() as session:
        proposal = session.scalars(select(ClawbackProposal)).one()
        assert (proposal.final_amount, proposal.amount, proposal.interest_abs3, proposal.interest_from,
                proposal.closed_on, proposal.reasons) == (D("8800.00"), D("1200.00"), D("62.87"),
                                                          dt.date(YEAR, 7, 1), dt.date(YEAR + 1, 4, 1),
                                                          CLAWBACK_REASONS)
        assert session.scalars(select(Clawback)).first() is None  # nothing fixed, no reminder can go out
    with pytest.raises(TransitionRefused, match="Vier-Augen-Prinzip"):
        clawback_decision.confirm_clawback(office.sabine, file_number)
    with pytest.raises(TransitionRefused, match="bereits ein Rückforderungsvorschlag"):
        proof.close_case(office.anna, file_number, reasons=CLAWBACK_REASONS)
    assert "confirm-clawback" in Reader(office.database, "tom").case(file_number).actions
    assert "confirm-clawback" not in Reader(office.database, "sabine").case(file_number).actions
    result = clawback_decision.confirm_clawback(office.tom, file_number)
    assert result.closed and result.interest is not None and result.interest.total == D("62.87")
    assert status(office, file_number) == Status.closed
    with office.database.read() as session:
        claim = session.scalars(select(Clawback)).one()
        assert (claim.amount, claim.interest_abs3, claim.decided_on, claim.due_on, claim.posted_on,
                claim.notified_on, claim.objection_until) == (
            D("1200.00"), D("62.87"), dt.date(YEAR + 1, 4, 1), dt.date(YEAR + 1, 5, 1), dt.date(YEAR + 1, 4, 1),
            dt.date(YEAR + 1, 4, 5), dt.date(YEAR + 1, 5, 5))
        deadline = session.scalars(select(Deadline).where(Deadline.clawback_id == claim.id,
                                                          Deadline.kind == DeadlineKind.objection)).one()
        assert (deadline.kind, deadline.due_on, deadline_subject(deadline)) == (
            DeadlineKind.objection, dt.date(YEAR + 1, 5, 5),
            "Widerspruchsfrist Rückforderungsbescheid vom 01.04.2027 endet 05.05.2027")
    assert proposals(office) == [(DecisionState.confirmed, None)]


def test_a_returned_proposal_leaves_the_case_in_review_and_can_be_proposed_again(office: Office,
                                                                                 today: Today) -> None:
    file_number = in_review_with_hearing(office, today)
    with pytest.raises(ValidationError, match="mindestens 20 Zeichen"):
        proof.close_case(office.anna, file_number, reasons="zu kurz")
    assert proposals(office) == []
    proof.close_case(office.anna, file_number, reasons=CLAWBACK_REASONS)
    with pytest.raises(TransitionRefused, match="Begründung"):
        clawback_decision.return_clawback(office.sabine, file_number, "kurz")
    clawback_decision.return_clawback(office.sabine, file_number, "Ermessenserwägungen bitte ergänzen.")
    assert status(office, file_number) == Status.proof_review
    assert proposals(office) == [(DecisionState.returned, "Ermessenserwägungen bitte ergänzen.")]
    with pytest.raises(TransitionRefused, match="kein offener Rückforderungsvorschlag"):
        clawback_decision.confirm_clawback(office.sabine, file_number)
    proof.close_case(office.anna, file_number, reasons=CLAWBACK_REASONS + " Ergänzt.")
    clawback_decision.confirm_clawback(office.sabine, file_number)
    assert status(office, file_number) == Status.closed
    assert [s for s, _r in proposals(office)] == [DecisionState.returned, DecisionState.confirmed]
