"""Cases walked through the real services into every workflow state, with what makes the rarer actions due
(an open hearing, an objection, a clawback proposal, a suspended claim), for the refusal walk."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from app.cases import decisions, proceedings
from app.cases import intake as applications
from app.proof import final_grant as proof
from db.enums import Status
from tests.fixtures.database import Today
from tests.letters import cases
from tests.support import CLAWBACK_REASONS, YEAR, Office, application_input

Builder = Callable[[Office, Today], str]


def _idea(office: Office, today: Today) -> str:
    today.set(dt.date(YEAR, 1, 20))
    return applications.register_idea(office.anna, application_input(office.applicant_id))


def _received(office: Office, today: Today) -> str:
    return cases.registered(office, today)


def _checking(office: Office, today: Today) -> str:
    from app.cases import checking

    file_number = cases.registered(office, today)
    checking.start_check(office.anna, file_number)
    return file_number


def _proposed(office: Office, today: Today) -> str:
    file_number = cases.reviewed(office, today)
    decisions.propose(office.anna, file_number, "approve", amount="10000.00", reasons="Bedarf belegt.")
    return file_number


def _approved_with_objection(office: Office, today: Today) -> str:
    file_number = cases.decided(office, today)
    proceedings.record_objection(office.anna, file_number, dt.date(YEAR, 3, 10), grounds="Zu wenig bewilligt.")
    return file_number


def _rejected_and_remedied(office: Office, today: Today) -> str:
    file_number = cases.decided(office, today, outcome="reject", amount=None)
    proceedings.record_objection(office.anna, file_number, dt.date(YEAR, 3, 10), grounds="Bedarf ist belegt.")
    proceedings.decide_objection(office.sabine, file_number, True, "Dem Widerspruch wird abgeholfen.")
    return file_number


def _clawback_proposed(office: Office, today: Today) -> str:
    file_number = cases.clawback_hearing(office, today)
    today.set(dt.date(YEAR + 1, 4, 1))
    proposed = proof.close_case(office.anna, file_number, reasons=CLAWBACK_REASONS)
    assert not proposed.closed
    return file_number


def _closed_with_suspended_claim(office: Office, today: Today) -> str:
    file_number = cases.clawed_back(office, today)
    proceedings.record_objection(office.anna, file_number, dt.date(YEAR + 1, 4, 10), grounds="Zu hoch berechnet.")
    return file_number


def _withdrawn(office: Office, today: Today) -> str:
    from app.cases import checking

    file_number = cases.registered(office, today)
    checking.withdraw(office.anna, file_number, "Der Träger zieht den Antrag schriftlich zurück.")
    return file_number


# name: (state, builder, the actions a supervisor is offered there); every state at least once, and every action a
# person starts offered in at least one scene (tests/ui/case_detail/test_visible_refusals.py checks both)
SCENES: dict[str, tuple[Status, Builder, frozenset[str]]] = {
    "idea": (Status.idea, _idea, frozenset({"register", "withdraw"})),
    "received": (Status.received, _received, frozenset({"start-check", "withdraw"})),
    "eligibility_check": (Status.eligibility_check, _checking,
                          frozenset({"request-documents", "confirm-eligible", "propose", "start-hearing", "withdraw"})),
    "documents_requested": (Status.documents_requested, cases.documents_requested,
                            frozenset({"documents-received", "withdraw"})),
    "social_plan_review_hearing": (Status.social_plan_review, cases.with_hearing,
                                   frozenset({"propose", "start-hearing", "record-hearing-response", "withdraw"})),
    "decision_proposed": (Status.decision_proposed, _proposed,
                          frozenset({"return-proposal", "confirm-decision", "start-hearing", "withdraw"})),
    "approved_objection": (Status.approved, _approved_with_objection,
                           frozenset({"request-payment", "record-objection", "decide-objection", "record-knowledge"})),
    "rejected_remedied": (Status.rejected, _rejected_and_remedied, frozenset({"record-objection", "reopen"})),
    "funding": (Status.funding, cases.paid, frozenset({"request-payment", "receive-proof", "start-hearing",
                                                       "record-objection", "record-knowledge"})),
    "proof_review": (Status.proof_review, cases.proof_received,
                     frozenset({"close", "start-hearing", "record-objection", "record-knowledge"})),
    "proof_review_clawback_proposed": (Status.proof_review, _clawback_proposed,
                                       frozenset({"record-hearing-response", "return-clawback", "confirm-clawback",
                                                  "start-hearing", "record-objection", "record-knowledge"})),
    "closed_suspended_claim": (Status.closed, _closed_with_suspended_claim,
                               frozenset({"record-objection", "decide-objection", "record-repayment",
                                          "order-enforcement", "record-knowledge"})),
    "withdrawn": (Status.withdrawn, _withdrawn, frozenset()),
}
