"""`foerderdesk case transition AKTENZEICHEN AKTION …`: one service call per workflow action."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from app.cases import checking, decisions, proceedings
from app.cases import intake as applications
from app.cases.workflow import STATUS_LABELS, TRANSITIONS
from app.kernel.case_records import load_case
from app.kernel.errors import ValidationError
from app.kernel.i18n import _
from app.kernel.money import format_eur
from app.kernel.uow import UnitOfWork
from app.payments import booking as payments
from app.proof import final_grant as proof
from cli.context import CliContext
from cli.parser import EXIT_OK


def add_transition_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--amount", help=_("Betrag, z. B. 1234,50"))
    parser.add_argument("--date", help=_("Datum (TT.MM.JJJJ): Frist, Bescheid-, Zahlungs- oder Eingangsdatum"))
    parser.add_argument("--reason", help=_("Begründung, Betreff oder Text"))
    parser.add_argument("--outcome", choices=["approve", "partial", "reject"], help=_("Ergebnis des Vorschlags"))
    parser.add_argument("--purpose", choices=["rejection", "revocation", "clawback"], help=_("Anlass der Anhörung"))
    parser.add_argument("--channel", choices=["written", "electronic", "on_record"], default="written")
    parser.add_argument("--remedied", action=argparse.BooleanOptionalAction, help=_("Abhilfe ja/nein"))
    parser.add_argument("--request", type=int, help=_("Nummer des Mittelabrufs"))
    parser.add_argument("--posted", help=_("Aufgabe zur Post (Bescheid)"))
    parser.add_argument("--actual-costs", help=_("Ist-Gesamtkosten"))
    parser.add_argument("--eligible-costs", help=_("zuwendungsfähige Ist-Ausgaben"))
    parser.add_argument("--own-funds", default="0", help=_("Eigenmittel (Ist)"))
    parser.add_argument("--third-party-funds", default="0", help=_("Drittmittel (Ist)"))
    parser.add_argument("--other-income", default="0", help=_("Einnahmen (Ist)"))
    parser.add_argument("--ineffective-on", help=_("Bescheid unwirksam ab (Zinsbeginn)"))
    parser.add_argument("--interest-until", help=_("Zinsen bis"))
    parser.add_argument("--waive-interest", metavar="BEGRUENDUNG", help=_("Zinsverzicht mit Begründung"))
    parser.add_argument("--version", dest="expected_version", type=int, help=_("erwartete Version (Sperre)"))


def _need(value: Any, option: str) -> Any:
    if value in (None, ""):
        raise ValidationError(_("Für diese Aktion fehlt {option}.").format(option=option))
    return value


Handler = Callable[[UnitOfWork, str, argparse.Namespace], str | None]


def _close(uow: UnitOfWork, ref: str, a: argparse.Namespace) -> str:
    result = proof.close_case(uow, ref, closed_on=a.date, ineffective_on=a.ineffective_on,
                              interest_until=a.interest_until, waive_interest_reason=a.waive_interest,
                              expected_version=a.expected_version)
    lines = list(result.calculation.lines)
    if result.clawback > 0:
        lines.append(_("Rückforderung: {amount}").format(amount=format_eur(result.clawback)))
        if result.interest is not None:
            lines += result.interest.explain()
            lines.append(_("Zinsen (§ 49a Abs. 3 VwVfG): {amount}").format(amount=format_eur(result.interest.total)))
    return "\n".join(lines)


def _register(u: UnitOfWork, r: str, a: argparse.Namespace) -> str:
    return _("Aktenzeichen: {ref}").format(ref=applications.convert_idea(u, r, expected_version=a.expected_version))


def _request_documents(u: UnitOfWork, r: str, a: argparse.Namespace) -> None:
    checking.request_documents(u, r, _need(a.date, "--date"), a.reason, a.expected_version)


def _confirm_eligible(u: UnitOfWork, r: str, a: argparse.Namespace) -> None:
    checking.confirm_eligible(u, r, a.expected_version)


def _propose(u: UnitOfWork, r: str, a: argparse.Namespace) -> None:
    decisions.propose(u, r, _need(a.outcome, "--outcome"), amount=a.amount, reasons=a.reason,
                      expected_version=a.expected_version)


def _return_proposal(u: UnitOfWork, r: str, a: argparse.Namespace) -> None:
    decisions.return_proposal(u, r, _need(a.reason, "--reason"), a.expected_version)


def _confirm_decision(u: UnitOfWork, r: str, a: argparse.Namespace) -> None:
    decisions.confirm_decision(u, r, decision_date=a.date, posted_on=a.posted, expected_version=a.expected_version)


def _request_payment(u: UnitOfWork, r: str, a: argparse.Namespace) -> str:
    number = payments.request_payment(u, r, _need(a.amount, "--amount"), a.date, a.reason)
    return _("Mittelabruf Nr. {id}").format(id=number)


def _pay(u: UnitOfWork, r: str, a: argparse.Namespace, balance: bool = False) -> str:
    number = payments.pay(u, r, _need(a.amount, "--amount"), a.date, request_id=a.request,
                          expected_version=a.expected_version, balance=balance)
    return _("Auszahlung Nr. {id}").format(id=number)


def _pay_balance(u: UnitOfWork, r: str, a: argparse.Namespace) -> str:
    return _pay(u, r, a, balance=True)


def _receive_proof(u: UnitOfWork, r: str, a: argparse.Namespace) -> None:
    figures = proof.ProofInput(_need(a.actual_costs, "--actual-costs"), _need(a.eligible_costs, "--eligible-costs"),
                               a.own_funds, a.third_party_funds, a.other_income, a.date, a.reason)
    proof.receive_proof(u, r, figures, a.expected_version)


def _start_hearing(u: UnitOfWork, r: str, a: argparse.Namespace) -> None:
    proceedings.start_hearing(u, r, _need(a.purpose, "--purpose"), _need(a.reason, "--reason"),
                              _need(a.date, "--date"))


def _hearing_response(u: UnitOfWork, r: str, a: argparse.Namespace) -> None:
    proceedings.record_hearing_response(u, r, a.date, a.reason)


def _withdraw(u: UnitOfWork, r: str, a: argparse.Namespace) -> None:
    checking.withdraw(u, r, _need(a.reason, "--reason"), a.expected_version)


def _record_objection(u: UnitOfWork, r: str, a: argparse.Namespace) -> str:
    in_time = proceedings.record_objection(u, r, _need(a.date, "--date"), a.channel, a.reason)
    return _("Widerspruch fristgerecht eingelegt.") if in_time else _("Widerspruch NICHT fristgerecht eingelegt.")


def _decide_objection(u: UnitOfWork, r: str, a: argparse.Namespace) -> None:
    remedied = _need(a.remedied, "--remedied oder --no-remedied")
    proceedings.decide_objection(u, r, bool(remedied), _need(a.reason, "--reason"), a.date)


def _reopen(u: UnitOfWork, r: str, a: argparse.Namespace) -> None:
    proceedings.reopen(u, r, a.reason)


def _repayment(u: UnitOfWork, r: str, a: argparse.Namespace) -> None:
    proof.record_repayment(u, r, _need(a.amount, "--amount"), a.date)


ACTIONS: dict[str, Handler] = {
    "register": _register,
    "start-check": lambda u, r, a: _rules(checking.start_check(u, r, a.expected_version)),
    "request-documents": _request_documents,
    "documents-received": lambda u, r, a: _rules(checking.documents_received(u, r, a.expected_version)),
    "confirm-eligible": _confirm_eligible,
    "propose": _propose,
    "return-proposal": _return_proposal,
    "confirm-decision": _confirm_decision,
    "request-payment": _request_payment,
    "pay": _pay,
    "pay-balance": _pay_balance,
    "receive-proof": _receive_proof,
    "start-hearing": _start_hearing,
    "record-hearing-response": _hearing_response,
    "close": _close,
    "withdraw": _withdraw,
    "record-objection": _record_objection,
    "decide-objection": _decide_objection,
    "reopen": _reopen,
    "record-repayment": _repayment,
}

assert set(ACTIONS) == {t.action for t in TRANSITIONS}, "every declared action has a CLI handler"


def _rules(results: list[Any]) -> str:
    return "\n".join(f"{'✓' if r.passed else '✗'} {r.message}" for r in results)


def run_transition(ctx: CliContext) -> int:
    a = ctx.args
    message = ACTIONS[a.action](UnitOfWork(ctx.database(), ctx.user_name()), a.file_number, a)
    reference = message.removeprefix(_("Aktenzeichen: ")) if a.action == "register" and message else a.file_number
    with ctx.read() as session:
        status = load_case(session, reference).status
    print(_("{ref}: »{action}« ausgeführt, Status jetzt »{status}«.").format(
        ref=reference, action=a.action, status=STATUS_LABELS[status]))
    if message:
        print(message)
    return EXIT_OK
