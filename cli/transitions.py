"""`foerderdesk case transition AKTENZEICHEN AKTION …`: one service call per workflow action."""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from app.cases import action_fields, checking, decisions, proceedings
from app.cases import intake as applications
from app.cases.action_fields import FieldValue
from app.cases.workflow import STATUS_LABELS, TRANSITIONS
from app.kernel.case_records import load_case
from app.kernel.errors import TransitionRefused, ValidationError
from app.kernel.i18n import _
from app.kernel.money import format_eur
from app.kernel.uow import UnitOfWork
from app.payments import booking as payments
from app.proof import final_grant as proof
from cli.context import CliContext
from cli.parser import EXIT_OK


def add_transition_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of `case transition`, generated from the declared action fields."""
    for declared in action_fields.FLAGS:
        options: dict[str, Any] = {"help": declared.help, "default": declared.default, "metavar": declared.metavar}
        if action_fields.is_boolean(declared.option):
            options["action"] = argparse.BooleanOptionalAction
        elif action_fields.is_number(declared.option):
            options["type"] = int
        if choices := action_fields.choices(declared.option):
            options["choices"] = list(choices)
        parser.add_argument(declared.option, **{k: v for k, v in options.items() if v is not None})
    parser.add_argument("--version", dest="expected_version", type=int, help=_("erwartete Version (Sperre)"))


def _missing(option: str) -> str:
    return f"{option} oder --no-{option.removeprefix('--')}" if action_fields.is_boolean(option) else option


def cli_values(action: str, args: argparse.Namespace) -> Values:
    """The action's field values from the command line; a field the CLI needs but lacks is refused."""
    values: Values = {}
    for declared in action_fields.FIELDS[action]:
        value = getattr(args, action_fields.flag(declared.flag).dest) if declared.flag else None
        if declared.needed_on_cli and value in (None, ""):
            raise ValidationError(_("Für diese Aktion fehlt {option}.").format(option=_missing(declared.flag or "")))
        values[declared.name] = value
    return values


Values = dict[str, FieldValue]
Handler = Callable[[UnitOfWork, str, Values, int | None], str | None]


def _text(value: FieldValue) -> str | None:
    return None if value is None else str(value)


def _date(value: FieldValue) -> dt.date | str | None:
    return value if isinstance(value, dt.date | str) else None


def _money(value: FieldValue) -> Decimal | str | None:
    return value if isinstance(value, Decimal | str) else None

def _amount(value: FieldValue) -> Decimal | str:
    """A required amount (the dialog and the command line refuse it missing; "" lets the service say so)."""
    return value if isinstance(value, Decimal | str) else ""


def _number(value: FieldValue) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _close(uow: UnitOfWork, ref: str, v: Values, version: int | None) -> str:
    result = proof.close_case(uow, ref, closed_on=_date(v["closed_on"]), ineffective_on=_date(v["ineffective_on"]),
                              interest_until=_date(v["interest_until"]), waive_interest_reason=_text(v["waive"]),
                              expected_version=version)
    lines = list(result.calculation.lines)
    if result.clawback > 0:
        lines.append(_("Rückforderung: {amount}").format(amount=format_eur(result.clawback)))
        if result.interest is not None:
            lines += result.interest.explain()
            lines.append(_("Zinsen (§ 49a Abs. 3 VwVfG): {amount}").format(amount=format_eur(result.interest.total)))
    return "\n".join(lines)


def _register(u: UnitOfWork, r: str, _v: Values, version: int | None) -> str:
    return _("Aktenzeichen: {ref}").format(ref=applications.convert_idea(u, r, expected_version=version))


def _request_documents(u: UnitOfWork, r: str, v: Values, version: int | None) -> None:
    checking.request_documents(u, r, _date(v["due_on"]) or "", _text(v["note"]), version)


def _confirm_eligible(u: UnitOfWork, r: str, _v: Values, version: int | None) -> None:
    checking.confirm_eligible(u, r, version)


def _propose(u: UnitOfWork, r: str, v: Values, version: int | None) -> None:
    decisions.propose(u, r, str(v["outcome"]), amount=_money(v["amount"]), reasons=_text(v["reasons"]),
                      expected_version=version)


def _return_proposal(u: UnitOfWork, r: str, v: Values, version: int | None) -> None:
    decisions.return_proposal(u, r, str(v["reason"]), version)


def _confirm_decision(u: UnitOfWork, r: str, v: Values, version: int | None) -> None:
    decisions.confirm_decision(u, r, decision_date=_date(v["decision_date"]), posted_on=_date(v["posted_on"]),
                               expected_version=version)


def _request_payment(u: UnitOfWork, r: str, v: Values, _version: int | None) -> str:
    number = payments.request_payment(u, r, _amount(v["amount"]), _date(v["date"]), _text(v["note"]))
    return _("Mittelabruf Nr. {id}").format(id=number)


def _receive_proof(u: UnitOfWork, r: str, v: Values, version: int | None) -> None:
    figures = proof.ProofInput(_amount(v["total"]), _amount(v["eligible"]), _amount(v["own"]), _amount(v["third"]),
                               _amount(v["income"]), _date(v["received_on"]), _text(v["report"]))
    proof.receive_proof(u, r, figures, version)


def _start_hearing(u: UnitOfWork, r: str, v: Values, _version: int | None) -> None:
    proceedings.start_hearing(u, r, str(v["purpose"]), str(v["subject"]), _date(v["due_on"]) or "")


def _hearing_response(u: UnitOfWork, r: str, v: Values, _version: int | None) -> None:
    proceedings.record_hearing_response(u, r, _date(v["received_on"]), _text(v["text"]))


def _withdraw(u: UnitOfWork, r: str, v: Values, version: int | None) -> None:
    checking.withdraw(u, r, str(v["reason"]), version)


def _record_objection(u: UnitOfWork, r: str, v: Values, _version: int | None) -> str:
    in_time = proceedings.record_objection(u, r, _date(v["lodged_on"]) or "", str(v["channel"]), _text(v["grounds"]))
    return _("Widerspruch fristgerecht eingelegt.") if in_time else _("Widerspruch NICHT fristgerecht eingelegt.")


def _decide_objection(u: UnitOfWork, r: str, v: Values, _version: int | None) -> None:
    proceedings.decide_objection(u, r, bool(v["remedied"]), str(v["outcome"]), _date(v["decided_on"]))


def _reopen(u: UnitOfWork, r: str, v: Values, _version: int | None) -> None:
    proceedings.reopen(u, r, _text(v["reason"]))


def _repayment(u: UnitOfWork, r: str, v: Values, _version: int | None) -> None:
    proof.record_repayment(u, r, _amount(v["amount"]), _date(v["date"]))


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
    "withdraw": _withdraw,
    "record-objection": _record_objection,
    "decide-objection": _decide_objection,
    "reopen": _reopen,
    "record-repayment": _repayment,
}

# `pay` / `pay-balance` have none: a payment is booked only against an exported order (`payments book`).
assert set(HANDLERS) == {t.action for t in TRANSITIONS if t.direct}, "every declared action has a CLI handler"


def _bound(action: str) -> Callable[[UnitOfWork, str, argparse.Namespace], str | None]:
    handler = HANDLERS[action]
    return lambda u, r, a: handler(u, r, cli_values(action, a), a.expected_version)


# What `case transition` runs: the action's fields read from the options, then its use case.
ACTIONS = {action: _bound(action) for action in HANDLERS}
# Declared, but performed only by `payments book`: accepted as a word so the refusal can name the one way.
ORDER_ONLY = {t.action: t for t in TRANSITIONS if not t.direct}


def _refuse_order_only(action: str) -> None:
    transition = ORDER_ONLY[action]
    raise TransitionRefused(_("»{label}« ist keine eigene Aktion: eine Auszahlung wird {through} gebucht "
                              "(foerderdesk payments book NR).").format(label=transition.label,
                                                                        through=transition.through))


def _rules(results: list[Any]) -> str:
    return "\n".join(f"{'✓' if r.passed else '✗'} {r.message}" for r in results)


def run_transition(ctx: CliContext) -> int:
    a = ctx.args
    if a.action in ORDER_ONLY:
        _refuse_order_only(a.action)
    message = ACTIONS[a.action](UnitOfWork(ctx.database(), ctx.user_name()), a.file_number, a)
    reference = message.removeprefix(_("Aktenzeichen: ")) if a.action == "register" and message else a.file_number
    with ctx.read() as session:
        status = load_case(session, reference).status
    print(_("{ref}: »{action}« ausgeführt, Status jetzt »{status}«.").format(
        ref=reference, action=a.action, status=STATUS_LABELS[status]))
    if message:
        print(message)
    return EXIT_OK
