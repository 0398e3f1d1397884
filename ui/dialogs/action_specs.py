"""Which service each workflow action's dialog calls; its fields are declared in `app.cases.action_fields`
(shared with the command line).

Actions without fields run directly after the button is pressed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QT_TR_NOOP

from app.cases import checking, decisions, proceedings
from app.cases import intake as applications
from app.cases.action_fields import ActionField, FieldValue, dialog_fields
from app.cases.detail import CaseDetail
from app.kernel.uow import UnitOfWork
from app.payments import booking as payments
from app.proof import final_grant as proof


@dataclass(frozen=True)
class ActionSpec:
    """The dialog of one action: its fields (declared in `app.cases.action_fields`) and the use case it calls."""

    action: str
    call: Callable[[UnitOfWork, CaseDetail, Values], object] = lambda _u, _d, _v: None
    confirm: str | None = None  # a question instead of fields

    @property
    def fields(self) -> tuple[ActionField, ...]:
        return dialog_fields(self.action)


Values = dict[str, FieldValue]


def _text(value: FieldValue) -> str | None:
    return None if value is None else str(value)


def _date(value: FieldValue) -> dt.date | None:
    return value if isinstance(value, dt.date) else None


def _money(value: FieldValue) -> Decimal | None:
    return value if isinstance(value, Decimal) else None


def _amount(value: FieldValue) -> Decimal | str:
    """A required amount (the dialog and the command line refuse it missing; "" lets the service say so)."""
    return value if isinstance(value, Decimal | str) else ""


def _propose(u: UnitOfWork, d: CaseDetail, v: Values) -> int:
    return decisions.propose(u, d.reference, str(v["outcome"]), amount=_money(v["amount"]), reasons=_text(v["reasons"]),
                             conditions=_text(v["conditions"]), expected_version=d.version,
                             acknowledge_warnings=bool(v.get("acknowledge", False)))


def _receive_proof(u: UnitOfWork, d: CaseDetail, v: Values) -> int:
    figures = proof.ProofInput(_amount(v["total"]), _amount(v["eligible"]), _amount(v["own"]), _amount(v["third"]),
                               _amount(v["income"]), _date(v["received_on"]), _text(v["report"]))
    return proof.receive_proof(u, d.reference, figures, d.version)


def _close(u: UnitOfWork, d: CaseDetail, v: Values) -> object:
    return proof.close_case(u, d.reference, closed_on=_date(v["closed_on"]), ineffective_on=_date(v["ineffective_on"]),
                            waive_interest_reason=_text(v["waive"]), expected_version=d.version)


_SPECS: tuple[ActionSpec, ...] = (
    ActionSpec("register", lambda u, d, _v: applications.convert_idea(u, d.reference, expected_version=d.version),
               str(QT_TR_NOOP("Die Projektidee als Antrag registrieren und ein Aktenzeichen vergeben?"))),
    ActionSpec("start-check", lambda u, d, _v: checking.start_check(u, d.reference, d.version)),
    ActionSpec("request-documents", lambda u, d, v: checking.request_documents(
        u, d.reference, _date(v["due_on"]) or "", _text(v["note"]), d.version)),
    ActionSpec("documents-received", lambda u, d, _v: checking.documents_received(u, d.reference, d.version)),
    ActionSpec("confirm-eligible", lambda u, d, _v: checking.confirm_eligible(u, d.reference, d.version)),
    ActionSpec("propose", _propose),
    ActionSpec("return-proposal", lambda u, d, v: decisions.return_proposal(u, d.reference, str(v["reason"] or ""),
                                                                            d.version)),
    ActionSpec("confirm-decision", lambda u, d, v: decisions.confirm_decision(
        u, d.reference, decision_date=_date(v["decision_date"]), posted_on=_date(v["posted_on"]),
        expected_version=d.version)),
    ActionSpec("request-payment", lambda u, d, v: payments.request_payment(u, d.reference, _amount(v["amount"]),
                                                                           _date(v["date"]))),
    ActionSpec("receive-proof", _receive_proof),
    ActionSpec("start-hearing", lambda u, d, v: proceedings.start_hearing(
        u, d.reference, str(v["purpose"]), str(v["subject"] or ""), _date(v["due_on"]) or "")),
    ActionSpec("record-hearing-response", lambda u, d, v: proceedings.record_hearing_response(
        u, d.reference, _date(v["received_on"]), _text(v["text"]))),
    ActionSpec("close", _close),
    ActionSpec("withdraw", lambda u, d, v: checking.withdraw(u, d.reference, str(v["reason"] or ""), d.version)),
    ActionSpec("record-objection", lambda u, d, v: proceedings.record_objection(
        u, d.reference, _date(v["lodged_on"]) or "", str(v["channel"]), _text(v["grounds"]))),
    ActionSpec("decide-objection", lambda u, d, v: proceedings.decide_objection(
        u, d.reference, bool(v["remedied"]), str(v["outcome"] or ""))),
    ActionSpec("reopen", lambda u, d, v: proceedings.reopen(u, d.reference, _text(v["reason"]))),
    ActionSpec("record-repayment", lambda u, d, v: proof.record_repayment(u, d.reference, _amount(v["amount"]),
                                                                          _date(v["date"]))),
)

SPECS: dict[str, ActionSpec] = {spec.action: spec for spec in _SPECS}
