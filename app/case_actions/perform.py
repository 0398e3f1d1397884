"""One use-case call per workflow action, for the action dialog and `foerderdesk case transition` alike.

Both interfaces read the action's fields (`app.cases.action_fields`) into `Values`; a field only one of them
offers (conditions in the dialog, a note on the command line) is simply absent in the other's values.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from app.cases import checking, decisions, proceedings, time_limits
from app.cases import intake as applications
from app.cases.action_fields import FieldValue
from app.cases.workflow import TRANSITIONS
from app.kernel import clock, settings
from app.kernel.i18n import _
from app.kernel.money import format_eur
from app.kernel.uow import UnitOfWork
from app.payments import booking as payments
from app.proof import clawback_decision as clawbacks
from app.proof import final_grant as proof

Values = dict[str, FieldValue]
Handler = Callable[[UnitOfWork, str, Values, int | None], str | None]


def _text(value: FieldValue) -> str | None:
    return None if value is None else str(value)


def _required_text(value: FieldValue) -> str:
    return "" if value is None else str(value)


def _date(value: FieldValue) -> dt.date | str | None:
    """A date from the dialog, or the text of the command line (the service parses and checks it)."""
    return value if isinstance(value, dt.date | str) else None


def _money(value: FieldValue) -> Decimal | str | None:
    return value if isinstance(value, Decimal | str) else None


def _amount(value: FieldValue) -> Decimal | str:
    """A required amount (the dialog and the command line refuse it missing; "" lets the service say so)."""
    return value if isinstance(value, Decimal | str) else ""


def _rules(results: list[Any]) -> str:
    return "\n".join(f"{'✓' if r.passed else '✗'} {r.message}" for r in results)


def _register(u: UnitOfWork, r: str, v: Values, version: int | None) -> str:
    ref = applications.convert_idea(u, r, _date(v.get("received_on")), expected_version=version)
    return _("Aktenzeichen: {ref}").format(ref=ref)


def _default_due(u: UnitOfWork, value: FieldValue, setting: str) -> dt.date | str:
    """The deadline given, else today plus the setting's number of days (the command line without --date)."""
    given = _date(value)
    if isinstance(given, dt.date) or (isinstance(given, str) and given.strip()):
        return given
    with u.read() as scope:
        days = settings.get_int(scope.session, setting)
    return clock.today() + dt.timedelta(days=days)


def _request_documents(u: UnitOfWork, r: str, v: Values, version: int | None) -> None:
    checking.request_documents(u, r, _default_due(u, v.get("due_on"), "documents_deadline_days"),
                               _text(v.get("note")), version)


def _confirm_eligible(u: UnitOfWork, r: str, _v: Values, version: int | None) -> None:
    checking.confirm_eligible(u, r, version)


def _propose(u: UnitOfWork, r: str, v: Values, version: int | None) -> None:
    decisions.propose(u, r, _required_text(v.get("outcome")), amount=_money(v.get("amount")),
                      reasons=_text(v.get("reasons")), conditions=_text(v.get("conditions")), expected_version=version,
                      acknowledge_warnings=bool(v.get("acknowledge", False)), score_basis=_text(v.get("score_basis")))


def _return_proposal(u: UnitOfWork, r: str, v: Values, version: int | None) -> None:
    decisions.return_proposal(u, r, _required_text(v.get("reason")), version)


def _confirm_decision(u: UnitOfWork, r: str, v: Values, version: int | None) -> None:
    decisions.confirm_decision(u, r, decision_date=_date(v.get("decision_date")), posted_on=_date(v.get("posted_on")),
                               expected_version=version)


def _request_payment(u: UnitOfWork, r: str, v: Values, _version: int | None) -> str:
    number = payments.request_payment(u, r, _amount(v.get("amount")), _date(v.get("date")), _text(v.get("note")))
    return _("Mittelabruf Nr. {id}").format(id=number)


def _receive_proof(u: UnitOfWork, r: str, v: Values, version: int | None) -> None:
    figures = proof.ProofInput(_amount(v.get("total")), _amount(v.get("eligible")), _amount(v.get("own")),
                               _amount(v.get("third")), _amount(v.get("income")), _date(v.get("received_on")),
                               _text(v.get("report")))
    proof.receive_proof(u, r, figures, version)


def _start_hearing(u: UnitOfWork, r: str, v: Values, _version: int | None) -> None:
    proceedings.start_hearing(u, r, _required_text(v.get("purpose")), _required_text(v.get("subject")),
                              _default_due(u, v.get("due_on"), "hearing_response_days"))


def _hearing_response(u: UnitOfWork, r: str, v: Values, _version: int | None) -> None:
    proceedings.record_hearing_response(u, r, _date(v.get("received_on")), _text(v.get("text")))


def _close(uow: UnitOfWork, ref: str, v: Values, version: int | None) -> str:
    result = proof.close_case(uow, ref, closed_on=_date(v.get("closed_on")),
                              ineffective_on=_date(v.get("ineffective_on")),
                              interest_until=_date(v.get("interest_until")),
                              waive_interest_reason=_text(v.get("waive")), reasons=_text(v.get("reasons")),
                              expected_version=version)
    lines = list(result.calculation.lines)
    if result.clawback > 0:
        lines.append(_("Rückforderung: {amount}").format(amount=format_eur(result.clawback)))
        if result.interest is not None:
            lines += result.interest.explain()
            lines.append(_("Zinsen (§ 49a Abs. 3 VwVfG): {amount}").format(amount=format_eur(result.interest.total)))
    if not result.closed:
        lines.append(_("Die Rückforderung ist vorgeschlagen; die Sachgebietsleitung bestätigt sie "
                       "(Vier-Augen-Prinzip), erst dann wird der Vorgang abgeschlossen."))
    return "\n".join(lines)


def _confirm_clawback(u: UnitOfWork, r: str, v: Values, version: int | None) -> None:
    clawbacks.confirm_clawback(u, r, decision_date=_date(v.get("decision_date")), posted_on=_date(v.get("posted_on")),
                               expected_version=version)


def _return_clawback(u: UnitOfWork, r: str, v: Values, version: int | None) -> None:
    clawbacks.return_clawback(u, r, _required_text(v.get("reason")), version)


def _order_enforcement(u: UnitOfWork, r: str, v: Values, _version: int | None) -> None:
    clawbacks.order_immediate_enforcement(u, r, _required_text(v.get("reason")), _date(v.get("ordered_on")))


def _withdraw(u: UnitOfWork, r: str, v: Values, version: int | None) -> None:
    checking.withdraw(u, r, _required_text(v.get("reason")), version)


def _record_objection(u: UnitOfWork, r: str, v: Values, _version: int | None) -> str:
    in_time = proceedings.record_objection(u, r, _date(v.get("lodged_on")) or "", _required_text(v.get("channel")),
                                           _text(v.get("grounds")), _text(v.get("bescheid")))
    return _("Widerspruch fristgerecht eingelegt.") if in_time else _("Widerspruch NICHT fristgerecht eingelegt.")


def _decide_objection(u: UnitOfWork, r: str, v: Values, _version: int | None) -> None:
    proceedings.decide_objection(u, r, bool(v.get("remedied")), _required_text(v.get("outcome")),
                                 _date(v.get("decided_on")))


def _reopen(u: UnitOfWork, r: str, v: Values, _version: int | None) -> None:
    proceedings.reopen(u, r, _text(v.get("reason")))


def _repayment(u: UnitOfWork, r: str, v: Values, _version: int | None) -> None:
    proof.record_repayment(u, r, _amount(v.get("amount")), _date(v.get("date")))


def _record_knowledge(u: UnitOfWork, r: str, v: Values, _version: int | None) -> str:
    time_limits.record_knowledge(u, r, _date(v.get("learned_on")) or "", _required_text(v.get("facts")))
    return _("Jahresfrist für Rücknahme/Widerruf angelegt.")


HANDLERS: dict[str, Handler] = {
    "register": _register,
    "start-check": lambda u, r, _v, version: _rules(checking.start_check(u, r, version)),
    "request-documents": _request_documents,
    "documents-received": lambda u, r, _v, version: _rules(checking.documents_received(u, r, version)),
    "confirm-eligible": _confirm_eligible,
    "propose": _propose,
    "return-proposal": _return_proposal,
    "confirm-decision": _confirm_decision,
    "request-payment": _request_payment,
    "receive-proof": _receive_proof,
    "start-hearing": _start_hearing,
    "record-hearing-response": _hearing_response,
    "close": _close,
    "confirm-clawback": _confirm_clawback,
    "return-clawback": _return_clawback,
    "order-enforcement": _order_enforcement,
    "withdraw": _withdraw,
    "record-objection": _record_objection,
    "decide-objection": _decide_objection,
    "reopen": _reopen,
    "record-repayment": _repayment,
    "record-knowledge": _record_knowledge,
}
# `pay` / `pay-balance` have none: a payment is booked only against an exported order (`payments book`).
DIRECT_ACTIONS = frozenset(t.action for t in TRANSITIONS if t.direct)
assert set(HANDLERS) == DIRECT_ACTIONS, "every action a person starts has its use case here"


def perform(uow: UnitOfWork, action: str, file_number: str, values: Values, expected_version: int | None) -> str | None:
    """Run the action's use case; returns what the command line prints after the new status (or None)."""
    return HANDLERS[action](uow, file_number, values, expected_version)
