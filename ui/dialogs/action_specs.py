"""What each workflow action asks for in its dialog, and which service it calls.

Actions without fields run directly after the button is pressed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QT_TR_NOOP

from app.cases import checking, decisions, proceedings
from app.cases import intake as applications
from app.cases.detail import CaseDetail
from app.kernel import clock
from app.kernel.uow import UnitOfWork
from app.payments import booking as payments
from app.proof import final_grant as proof

ZERO = Decimal("0.00")


@dataclass(frozen=True)
class Field:
    name: str
    kind: str  # money, date, text, multiline, choice, check
    label: str
    default: Callable[[CaseDetail], Any] = lambda _d: None
    required: bool = True
    options: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class ActionSpec:
    fields: tuple[Field, ...] = field(default_factory=tuple)
    call: Callable[[UnitOfWork, CaseDetail, dict[str, Any]], Any] = lambda _u, _d, _v: None
    confirm: str | None = None  # a question instead of fields


def _in_days(days: int) -> Callable[[CaseDetail], dt.date]:
    return lambda _d: clock.today() + dt.timedelta(days=days)


def _today(_detail: CaseDetail) -> dt.date:
    return clock.today()


def _open_amount(detail: CaseDetail) -> Decimal:
    return max((detail.approved or ZERO) - detail.paid, ZERO)


REASON = Field("reason", "multiline", QT_TR_NOOP("Begründung"))
OUTCOMES = (("approve", QT_TR_NOOP("Bewilligung")), ("partial", QT_TR_NOOP("Teilbewilligung")),
            ("reject", QT_TR_NOOP("Ablehnung")))
PURPOSES = (("rejection", QT_TR_NOOP("vor Ablehnung")), ("revocation", QT_TR_NOOP("vor Widerruf")),
            ("clawback", QT_TR_NOOP("vor Rückforderung")))
CHANNELS = (("written", QT_TR_NOOP("schriftlich")), ("electronic", QT_TR_NOOP("elektronisch")),
            ("on_record", QT_TR_NOOP("zur Niederschrift")))

SPECS: dict[str, ActionSpec] = {
    "register": ActionSpec(confirm=QT_TR_NOOP("Die Projektidee als Antrag registrieren und ein Aktenzeichen vergeben?"),
                           call=lambda u, d, _v: applications.convert_idea(u, d.reference,
                                                                           expected_version=d.version)),
    "start-check": ActionSpec(call=lambda u, d, _v: checking.start_check(u, d.reference, d.version)),
    "request-documents": ActionSpec(
        (Field("due_on", "date", QT_TR_NOOP("Frist"), _in_days(14)),
         Field("note", "multiline", QT_TR_NOOP("Was fehlt"), required=False)),
        lambda u, d, v: checking.request_documents(u, d.reference, v["due_on"], v["note"], d.version)),
    "documents-received": ActionSpec(call=lambda u, d, _v: checking.documents_received(u, d.reference, d.version)),
    "confirm-eligible": ActionSpec(call=lambda u, d, _v: checking.confirm_eligible(u, d.reference, d.version)),
    "propose": ActionSpec(
        (Field("outcome", "choice", QT_TR_NOOP("Ergebnis"), lambda _d: "approve", options=OUTCOMES),
         Field("amount", "money", QT_TR_NOOP("Betrag"), lambda d: d.requested, required=False),
         Field("reasons", "multiline", QT_TR_NOOP("Begründung"), required=False),
         Field("conditions", "multiline", QT_TR_NOOP("Nebenbestimmungen"), required=False)),
        lambda u, d, v: decisions.propose(u, d.reference, v["outcome"], amount=v["amount"], reasons=v["reasons"],
                                          conditions=v["conditions"], expected_version=d.version,
                                          acknowledge_warnings=v.get("acknowledge", False))),
    "return-proposal": ActionSpec((REASON,), lambda u, d, v: decisions.return_proposal(u, d.reference, v["reason"],
                                                                                       d.version)),
    "confirm-decision": ActionSpec(
        (Field("decision_date", "date", QT_TR_NOOP("Bescheiddatum"), _today),
         Field("posted_on", "date", QT_TR_NOOP("Aufgabe zur Post"), _today)),
        lambda u, d, v: decisions.confirm_decision(u, d.reference, decision_date=v["decision_date"],
                                                   posted_on=v["posted_on"], expected_version=d.version)),
    "request-payment": ActionSpec(
        (Field("amount", "money", QT_TR_NOOP("Abrufbetrag"), _open_amount),
         Field("date", "date", QT_TR_NOOP("Abruf vom"), _today)),
        lambda u, d, v: payments.request_payment(u, d.reference, v["amount"], v["date"])),
    "pay": ActionSpec(
        (Field("amount", "money", QT_TR_NOOP("Auszahlungsbetrag"), _open_amount),
         Field("date", "date", QT_TR_NOOP("Auszahlung am"), _today),
         Field("booking", "text", QT_TR_NOOP("Buchungszeichen"), required=False)),
        lambda u, d, v: payments.pay(u, d.reference, v["amount"], v["date"], payment_reference=v["booking"],
                                     expected_version=d.version)),
    "pay-balance": ActionSpec(
        (Field("amount", "money", QT_TR_NOOP("Restzahlung"), _open_amount),
         Field("date", "date", QT_TR_NOOP("Auszahlung am"), _today)),
        lambda u, d, v: payments.pay(u, d.reference, v["amount"], v["date"], expected_version=d.version,
                                     balance=True)),
    "receive-proof": ActionSpec(
        (Field("total", "money", QT_TR_NOOP("Ist-Gesamtkosten"), lambda d: d.sums.total_costs),
         Field("eligible", "money", QT_TR_NOOP("Zuwendungsfähige Ist-Ausgaben"), lambda d: d.sums.eligible_costs),
         Field("own", "money", QT_TR_NOOP("Eigenmittel (Ist)"), lambda d: d.sums.own_funds),
         Field("third", "money", QT_TR_NOOP("Drittmittel (Ist)"), lambda d: d.sums.third_party_funds),
         Field("income", "money", QT_TR_NOOP("Einnahmen (Ist)"), lambda d: d.sums.other_income),
         Field("received_on", "date", QT_TR_NOOP("Eingang"), _today),
         Field("report", "multiline", QT_TR_NOOP("Sachbericht (Zusammenfassung)"), required=False)),
        lambda u, d, v: proof.receive_proof(u, d.reference, proof.ProofInput(
            v["total"], v["eligible"], v["own"], v["third"], v["income"], v["received_on"], v["report"]), d.version)),
    "start-hearing": ActionSpec(
        (Field("purpose", "choice", QT_TR_NOOP("Anlass"), lambda _d: "clawback", options=PURPOSES),
         Field("subject", "multiline", QT_TR_NOOP("Gegenstand")),
         Field("due_on", "date", QT_TR_NOOP("Antwortfrist"), _in_days(14))),
        lambda u, d, v: proceedings.start_hearing(u, d.reference, v["purpose"], v["subject"], v["due_on"])),
    "record-hearing-response": ActionSpec(
        (Field("received_on", "date", QT_TR_NOOP("Eingang"), _today),
         Field("text", "multiline", QT_TR_NOOP("Stellungnahme"), required=False)),
        lambda u, d, v: proceedings.record_hearing_response(u, d.reference, v["received_on"], v["text"])),
    "close": ActionSpec(
        (Field("closed_on", "date", QT_TR_NOOP("Abschluss am"), _today),
         Field("ineffective_on", "date", QT_TR_NOOP("Zinsbeginn (unwirksam ab)"), required=False),
         Field("waive", "multiline", QT_TR_NOOP("Zinsverzicht – Begründung (leer: Zinsen erheben)"), required=False)),
        lambda u, d, v: proof.close_case(u, d.reference, closed_on=v["closed_on"],
                                         ineffective_on=v["ineffective_on"], waive_interest_reason=v["waive"],
                                         expected_version=d.version)),
    "withdraw": ActionSpec((REASON,), lambda u, d, v: checking.withdraw(u, d.reference, v["reason"], d.version)),
    "record-objection": ActionSpec(
        (Field("lodged_on", "date", QT_TR_NOOP("Eingang des Widerspruchs"), _today),
         Field("channel", "choice", QT_TR_NOOP("Eingangsweg"), lambda _d: "written", options=CHANNELS),
         Field("grounds", "multiline", QT_TR_NOOP("Begründung des Widerspruchs"), required=False)),
        lambda u, d, v: proceedings.record_objection(u, d.reference, v["lodged_on"], v["channel"], v["grounds"])),
    "decide-objection": ActionSpec(
        (Field("remedied", "check", QT_TR_NOOP("Abhilfe durch das Amt"), lambda _d: False, required=False),
         Field("outcome", "multiline", QT_TR_NOOP("Ergebnis"))),
        lambda u, d, v: proceedings.decide_objection(u, d.reference, bool(v["remedied"]), v["outcome"])),
    "reopen": ActionSpec((REASON,), lambda u, d, v: proceedings.reopen(u, d.reference, v["reason"])),
    "record-repayment": ActionSpec(
        (Field("amount", "money", QT_TR_NOOP("Zahlungseingang")),
         Field("date", "date", QT_TR_NOOP("Eingegangen am"), _today)),
        lambda u, d, v: proof.record_repayment(u, d.reference, v["amount"], v["date"])),
}
