"""Money coming back on a clawback: partial repayments with interest until the day of payment, reminders.

A repayment is recorded with the day the money arrived. What is owed on that day comes from
`app.kernel.claim_balance` (interest on the open principal up to and including that day); the payment settles
costs, interest and principal in the configured order (default § 367 Abs. 1 BGB) and its interest part is stored
with it. Repayments are recorded in the order they arrived. The claim is settled when principal and interest to
that day are paid; its follow-up deadline is then done. After the due date a Mahnung can be issued: a `Reminder`
row with a new payment deadline and the letter (with GiroCode), in one transaction.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.cases.deadlines import close_deadlines
from app.cases.time_limits import close_limitation
from app.cases.transitions import perform
from app.kernel import clock, settings
from app.kernel.case_records import load_case
from app.kernel.claim_balance import Balance, claim_balance, paid_parts, split_payment
from app.kernel.errors import ValidationError
from app.kernel.i18n import _
from app.kernel.money import ZERO, MoneyInput, format_eur, require_positive, to_money
from app.kernel.periods import format_date
from app.kernel.settlement import COSTS, INTEREST, PRINCIPAL
from app.kernel.uow import UnitOfWork
from app.kernel.validation import parse_date
from app.payments.lifecycles import CLAIMS, claim_state
from db.enums import DeadlineKind
from db.models import Application, Clawback, Reminder, Repayment


@dataclass(frozen=True)
class RepaymentResult:
    repayment_id: int
    interest_part: Decimal
    principal_part: Decimal
    remaining: Balance
    settled: bool
    costs_part: Decimal = ZERO


def open_claim(session: Session, application_id: int) -> Clawback | None:
    return session.scalar(select(Clawback).where(Clawback.application_id == application_id,
                                                 Clawback.repaid_on.is_(None)).order_by(Clawback.id).limit(1))


def _check_day(session: Session, claim: Clawback, day: dt.date) -> None:
    if day < claim.decided_on:
        raise ValidationError(_("Der Zahlungseingang ({day}) liegt vor dem Rückforderungsbescheid ({decided}).")
                              .format(day=format_date(day), decided=format_date(claim.decided_on)), "paid_on")
    last = session.scalar(select(Repayment.paid_on).where(Repayment.clawback_id == claim.id)
                          .order_by(Repayment.paid_on.desc()).limit(1))
    if last is not None and day < last:
        raise ValidationError(_("Rückzahlungen werden in der Reihenfolge des Eingangs erfasst; zuletzt wurde eine "
                                "Zahlung vom {last} erfasst.").format(last=format_date(last)), "paid_on")


def _check_amount(money: Decimal, owed: Balance) -> None:
    """More than is owed on the day cannot be booked on the claim: the surplus goes back to the payer."""
    if money > owed.total:
        raise ValidationError(_("Die Zahlung {amount} ist höher als die am {day} offene Forderung {owed} "
                                "(Hauptforderung {principal}, Zinsen bis zu diesem Tag {interest}). Bitte {owed} "
                                "als Rückzahlung erfassen; {surplus} sind zu erstatten.").format(
            amount=format_eur(money), day=format_date(owed.day), owed=format_eur(owed.total),
            principal=format_eur(owed.principal), interest=format_eur(owed.interest),
            surplus=format_eur(money - owed.total)), "amount")


def record_repayment(uow: UnitOfWork, file_number: str, amount: MoneyInput,
                     paid_on: dt.date | str | None = None) -> RepaymentResult:
    """Record money received on the open clawback; settles it when everything is paid."""
    money = require_positive(to_money(amount, "amount"), _("Rückzahlung"), "amount")
    day_given = parse_date(paid_on, _("Zahlungseingang"), field="paid_on", required=False)
    with uow:
        app = load_case(uow.session, file_number, for_update=True)
        perform(uow, app, "record-repayment", params={"amount": money})
        claim = open_claim(uow.session, app.id)
        assert claim is not None  # guaranteed by the open_clawback guard
        day = day_given or clock.today()
        _check_day(uow.session, claim, day)
        owed = claim_balance(uow.session, claim, day)
        _check_amount(money, owed)
        split = split_payment(money, owed, settings.settlement_order(uow.session))
        repayment = Repayment(clawback_id=claim.id, paid_on=day, amount=money, interest_part=split[INTEREST],
                              recorded_by=uow.actor.username)
        uow.session.add(repayment)
        claim.repaid_amount += money
        settled = money == owed.total
        CLAIMS.check("settle" if settled else "repay", claim_state(claim), id=claim.id)
        if settled:
            claim.repaid_on = day
            close_deadlines(uow.session, app, (DeadlineKind.follow_up,), uow.actor.username)
            close_limitation(uow.session, claim, uow.actor.username)
        uow.session.flush()
        result = RepaymentResult(repayment.id, split[INTEREST], split[PRINCIPAL],
                                 claim_balance(uow.session, claim, day), settled, split[COSTS])
        uow.commit()
    return result


def reminder_values(session: Session, app: Application) -> tuple[dict[str, str | None], dt.date, Decimal] | None:
    """Placeholder values of the latest Mahnung of the case, its date and the amount asked for."""
    row = session.execute(select(Reminder, Clawback).join(Clawback, Reminder.clawback_id == Clawback.id).where(
        Clawback.application_id == app.id).order_by(Reminder.id.desc()).limit(1)).first()
    if row is None:
        return None
    reminder, claim = row
    count = len(session.scalars(select(Reminder.id).where(Reminder.clawback_id == claim.id,
                                                          Reminder.id <= reminder.id)).all())
    owed = claim_balance(session, claim, reminder.sent_on)
    received = sum((p.amount for p in paid_parts(session, claim.id) if p.paid_on <= reminder.sent_on), ZERO)
    values: dict[str, str | None] = {
        "rueckforderungsbescheid_vom": format_date(claim.decided_on), "rueckforderung": format_eur(claim.amount),
        "faellig_am": format_date(claim.due_on) if claim.due_on else None, "bereits_gezahlt": format_eur(received),
        "offene_hauptforderung": format_eur(owed.principal), "offene_zinsen": format_eur(owed.interest),
        "offener_betrag": format_eur(owed.total), "zahlbar_bis": format_date(reminder.due_on), "mahnstufe": f"{count}.",
    }
    return values, reminder.sent_on, owed.total
