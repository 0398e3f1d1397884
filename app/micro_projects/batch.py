"""Batch work on micro projects, four eyes kept throughout.

- Confirmation: one supervisor confirms a list of proposals in ONE transaction — all or none. Refused if the
  supervisor proposed any case of the list (four eyes), if a case is not a proposed micro project, or if the
  budget does not carry all of them (each case's confirmation checks the budget under its lock and sees the
  approvals before it in the batch). Every case is audited as a single confirmation is.
- Letters: the Bescheid of each confirmed case (approval, partial approval or rejection), each issued and stored
  in its own transaction (`app.letters.batch`).
- Payment orders: one draft order per approved case for what is not yet paid or ordered; each order still needs
  "sachlich richtig" and, from another person, "rechnerisch richtig" (`app.payments.orders`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select

from app.cases.decisions import DECISIONS, confirm_in_transaction
from app.cases.payment_rules import open_order_sum
from app.kernel.case_records import load_case
from app.kernel.errors import (
    DatabaseUnavailable,
    FoerderDeskError,
    PermissionDenied,
    TransitionRefused,
    ValidationError,
)
from app.kernel.i18n import _
from app.kernel.uow import UnitOfWork
from app.letters.batch import BatchItem, Outcome, Sink, run_batch
from app.letters.kinds import LetterKind
from app.payments.orders import OrderInput, create_order, sign_arithmetic, sign_factual
from db.enums import DecisionOutcome, OrderState, Status
from db.models import Application, Decision

LETTER_KINDS = {DecisionOutcome.approve: LetterKind.approval, DecisionOutcome.partial: LetterKind.partial_approval,
                DecisionOutcome.reject: LetterKind.rejection}
MAX_BATCH = 500


@dataclass(frozen=True)
class Confirmed:
    file_number: str
    status: Status


@dataclass(frozen=True)
class OrderItem:
    file_number: str
    order_id: int | None
    amount: Decimal
    message: str = ""


def _numbers(file_numbers: Sequence[str]) -> list[str]:
    numbers = sorted(dict.fromkeys(n.strip() for n in file_numbers if n and n.strip()))
    if not numbers:
        raise ValidationError(_("Bitte mindestens einen Vorgang auswählen."), "file_numbers")
    if len(numbers) > MAX_BATCH:
        raise ValidationError(_("Höchstens {count} Vorgänge auf einmal.").format(count=MAX_BATCH), "file_numbers")
    return numbers


def confirm_batch(uow: UnitOfWork, file_numbers: Sequence[str], *, decision_date: dt.date | str | None = None,
                  posted_on: dt.date | str | None = None) -> list[Confirmed]:
    """Confirm the open proposals of all listed micro projects at once; nothing is confirmed if one fails."""
    numbers = _numbers(file_numbers)
    with uow:
        actor = uow.act("confirm-micro-batch", permission="case.confirm-decision")
        apps = [load_case(uow.session, number, for_update=True) for number in numbers]  # locked in file-number order
        _check_micro(apps)
        _check_four_eyes(uow, actor.id, apps)
        done = [Confirmed(app.file_number or "", confirm_in_transaction(uow, app, decision_date, posted_on))
                for app in apps]
        uow.commit()
    return done


def _check_micro(apps: Sequence[Application]) -> None:
    others = [app.file_number or "" for app in apps if not app.programme.micro]
    if others:
        raise TransitionRefused(_("Nur Kleinprojekte können gemeinsam bestätigt werden, nicht: {cases}.").format(
            cases=", ".join(others)))
    waiting = [app.file_number or "" for app in apps if app.status != Status.decision_proposed]
    if waiting:
        raise TransitionRefused(_("Ohne offenen Entscheidungsvorschlag: {cases}.").format(cases=", ".join(waiting)))


def _check_four_eyes(uow: UnitOfWork, actor_id: int, apps: Sequence[Application]) -> None:
    own = list(uow.session.scalars(select(Application.file_number).join(
        Decision, Decision.application_id == Application.id).where(
        Decision.application_id.in_([app.id for app in apps]), Decision.state == DECISIONS.initial,
        Decision.proposed_by_id == actor_id).order_by(Application.file_number)))
    if own:
        raise PermissionDenied(_("Vier-Augen-Prinzip: Sie haben selbst vorgeschlagen: {cases}. Die Auswahl muss "
                                 "eine andere Person bestätigen.").format(cases=", ".join(n or "" for n in own)))


def _outcomes(uow: UnitOfWork, numbers: Sequence[str]) -> dict[str, DecisionOutcome]:
    """The outcome of each case's confirmed decision (the newest)."""
    with uow.read() as scope:
        rows = scope.session.execute(select(Application.file_number, Decision.outcome).join(
            Decision, Decision.application_id == Application.id).where(
            Application.file_number.in_(list(numbers)), Decision.state == DECISIONS.step("confirm").target)
            .order_by(Decision.id))
        return {number: outcome for number, outcome in rows if number}


def batch_letters(uow: UnitOfWork, file_numbers: Sequence[str], sink: Sink,
                  posted_on: dt.date | str | None = None) -> list[BatchItem]:
    """Issue the Bescheid of each confirmed case (kind by its decision); one item per case."""
    numbers = _numbers(file_numbers)
    outcomes = _outcomes(uow, numbers)
    items = [BatchItem(n, Outcome.skipped, _("Keine bestätigte Entscheidung.")) for n in numbers if n not in outcomes]
    for outcome, kind in LETTER_KINDS.items():
        chosen = [n for n in numbers if outcomes.get(n) == outcome]
        if chosen:
            items += run_batch(uow, chosen, kind, issue=True, sink=sink, posted_on=posted_on)
    return sorted(items, key=lambda item: item.file_number)


def _open_amounts(uow: UnitOfWork, numbers: Sequence[str]) -> dict[str, Decimal]:
    with uow.read("payment.order") as scope:
        apps = scope.session.scalars(select(Application).where(Application.file_number.in_(list(numbers))))
        return {app.file_number or "": (app.approved_amount or Decimal("0.00")) - app.paid_amount
                - open_order_sum(scope.session, app.id) for app in apps}


def batch_orders(uow: UnitOfWork, file_numbers: Sequence[str], due_on: dt.date | str | None = None) -> list[OrderItem]:
    """A draft payment order for the rest of each approved case's grant (each case its own transaction)."""
    numbers = _numbers(file_numbers)
    amounts = _open_amounts(uow, numbers)
    items = []
    for number in numbers:
        amount = amounts.get(number, Decimal("0.00"))
        if amount <= 0:
            items.append(OrderItem(number, None, amount, _("Nichts mehr anzuordnen.")))
            continue
        try:
            result = create_order(uow, number, OrderInput(amount=amount, due_on=due_on))
        except (PermissionDenied, DatabaseUnavailable):
            raise
        except FoerderDeskError as error:
            items.append(OrderItem(number, None, amount, error.message))
            continue
        items.append(OrderItem(number, result.record_id, amount, " ".join(result.warnings)))
    return items


def sign_batch(uow: UnitOfWork, order_ids: Sequence[int], part: str) -> dict[int, OrderState | str]:
    """Sign many orders "sachlich richtig" (`factual`) or "rechnerisch richtig" (`arithmetic`); the order
    service refuses the second signature from the person who gave the first. Refusals are reported per order."""
    sign = {"factual": sign_factual, "arithmetic": sign_arithmetic}.get(part)
    if sign is None:
        raise ValidationError(_("Unbekannte Zeichnung »{part}«; möglich: factual, arithmetic.").format(part=part),
                              "part")
    results: dict[int, OrderState | str] = {}
    for order_id in order_ids:
        try:
            results[order_id] = sign(uow, order_id)
        except (PermissionDenied, DatabaseUnavailable):
            raise
        except FoerderDeskError as error:
            results[order_id] = error.message
    return results
