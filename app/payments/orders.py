"""Payment orders (Auszahlungsanordnungen): create, sign off in two parts, cancel, book as paid.

States: draft → factual ("sachlich richtig") → ordered ("rechnerisch richtig" and "angeordnet") →
exported (handed to the cash office in an export batch) → paid; any state before paid → cancelled,
declared in `app.payments.lifecycles.ORDERS`.
The second signature must come from another person than the first: the service refuses the same person,
whatever a user interface shows. Ordered plus paid never exceeds the approved amount: every use case locks
the case row before it compares (`app.cases.guards.within_approved`, which counts open orders).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import ColumnElement, select

from app.cases.date_order import check_payment_date
from app.cases.guard_context import GuardContext
from app.cases.guards import within_approved
from app.cases.payment_rules import LIVE_ORDER_STATES, Outflow, early_warnings, open_order_sum
from app.cases.transitions import perform
from app.cases.workflow import STATUS_LABELS
from app.kernel import clock
from app.kernel.case_records import check_version, load_case
from app.kernel.errors import NotFound, TransitionRefused, ValidationError
from app.kernel.i18n import _
from app.kernel.iban import validate_account
from app.kernel.money import MoneyInput, require_positive, to_money
from app.kernel.periods import add_months, format_date
from app.kernel.uow import UnitOfWork
from app.kernel.validation import clean_text, parse_date, require_justification
from app.payments import seal
from app.payments.lifecycles import ORDERS, REQUESTS
from app.payments.plan import PlanResult
from db.enums import OrderState, Status
from db.models import Application, Budget, Payment, PaymentInstalment, PaymentOrder, PaymentRequest
from reports.cash_office import sepa_text

ORDER_CASE_STATES = frozenset({Status.approved, Status.funding, Status.proof_review})
SIGN_PARTS = {"factual": "sachlich richtig", "arithmetic": "rechnerisch richtig"}


@dataclass(frozen=True)
class OrderInput:
    """Exactly one source: an instalment, a Mittelabruf, or a free amount (with its due date)."""

    instalment_id: int | None = None
    request_id: int | None = None
    amount: MoneyInput | None = None
    due_on: dt.date | str | None = None
    purpose: str | None = None


@dataclass(frozen=True)
class _Source:
    amount: MoneyInput
    due_on: dt.date
    purpose: str
    instalment_id: int | None = None
    request_id: int | None = None


def _require_case_state(app: Application) -> None:
    if app.status not in ORDER_CASE_STATES:
        raise TransitionRefused(_("Auszahlungsanordnungen sind nur für bewilligte Vorgänge möglich (Bewilligt, In "
                                  "Förderung, Verwendungsnachweisprüfung), nicht im Status »{status}«.").format(
            status=STATUS_LABELS[app.status]))


def _source(uow: UnitOfWork, app: Application, data: OrderInput) -> _Source:
    given = [data.instalment_id is not None, data.request_id is not None, data.amount not in (None, "")]
    if sum(given) != 1:
        raise ValidationError(_("Bitte genau eines angeben: eine Rate, einen Mittelabruf oder einen Betrag."),
                              "amount")
    ref = app.file_number or ""
    if data.instalment_id is not None:
        rate = uow.session.get(PaymentInstalment, data.instalment_id)
        if rate is None or rate.application_id != app.id:
            raise NotFound(_("Die Rate Nr. {id} gehört nicht zu diesem Vorgang.").format(id=data.instalment_id))
        _no_live_order(uow, PaymentOrder.instalment_id == rate.id, _("Rate {n}").format(n=rate.position))
        return _Source(rate.amount, rate.due_on, f"{ref} {rate.position}. Rate {app.title}", instalment_id=rate.id)
    if data.request_id is not None:
        request = uow.session.get(PaymentRequest, data.request_id)
        if request is None or request.application_id != app.id:
            raise NotFound(_("Den Mittelabruf Nr. {id} gibt es zu diesem Vorgang nicht.").format(id=data.request_id))
        REQUESTS.check("order", request.state, id=request.id)
        _no_live_order(uow, PaymentOrder.payment_request_id == request.id, _("Mittelabruf Nr. {id}").format(
            id=request.id))
        return _Source(request.amount, max(request.requested_on, clock.today()),
                       f"{ref} Mittelabruf vom {format_date(request.requested_on)}", request_id=request.id)
    due = parse_date(data.due_on, _("Fälligkeit"), field="due_on", required=False) or clock.today()
    assert data.amount is not None  # exactly one source was given, checked above
    return _Source(data.amount, due, f"{ref} Zuwendung {app.title}")


def _no_live_order(uow: UnitOfWork, condition: ColumnElement[bool], label: str) -> None:
    existing = uow.session.scalar(select(PaymentOrder.id).where(condition, PaymentOrder.state.in_(
        LIVE_ORDER_STATES)).limit(1))
    if existing is not None:
        raise ValidationError(_("Für {label} gibt es schon die Auszahlungsanordnung Nr. {id}.").format(
            label=label, id=existing))


def _check_within_approved(uow: UnitOfWork, app: Application, amount: Decimal, order_id: int | None = None) -> None:
    problem = within_approved(GuardContext(uow.session, app, uow.actor, clock.today(),
                                           {"amount": amount, "order_id": order_id}))
    if problem:
        raise TransitionRefused(problem)


def _budget_position(uow: UnitOfWork, app: Application) -> str:
    position = uow.session.scalar(select(Budget.budget_position).where(
        Budget.programme_id == app.programme_id, Budget.fiscal_year == app.fiscal_year))
    if not position:
        raise ValidationError(_("Für {programme} {year} ist keine Haushaltsstelle hinterlegt; bitte in der Verwaltung "
                                "beim Haushaltsansatz eintragen.").format(programme=app.programme.code,
                                                                          year=app.fiscal_year), "budget_position")
    return position


def _payee(app: Application) -> tuple[str, str, str | None]:
    applicant = app.applicant
    account = validate_account(applicant.iban, applicant.bic) if applicant.iban else None
    if account is None:
        raise ValidationError(_("Für den Träger »{name}« ist keine Bankverbindung (IBAN) hinterlegt; bitte in der "
                                "Trägerakte eintragen.").format(name=applicant.name), "iban")
    payee = (applicant.account_holder or applicant.name)[:140]
    if not sepa_text(payee, 70):  # the bank file would name nobody: the cash office cannot pay it
        raise ValidationError(_("Der Zahlungsempfänger »{name}« enthält keine Buchstaben oder Ziffern, die eine "
                                "SEPA-Überweisung übermitteln kann (lateinische Schrift); bitte den Kontoinhaber in "
                                "der Trägerakte in lateinischer Schrift eintragen.").format(name=payee), "payee")
    return payee, account.iban, account.bic


def create_order(uow: UnitOfWork, file_number: str, data: OrderInput,
                 expected_version: int | None = None) -> PlanResult:
    """A draft order for an instalment, a request or a free amount; warns if the money comes too early."""
    with uow:
        uow.act("create-payment-order", permission="payment.order")
        app = load_case(uow.session, file_number, for_update=True)
        check_version(uow.session, app, expected_version)
        _require_case_state(app)
        source = _source(uow, app, data)
        money = require_positive(to_money(source.amount, "amount"), _("Auszahlungsbetrag"), "amount")
        if app.decided_on is not None and source.due_on < app.decided_on:
            raise ValidationError(_("Vor dem Bescheid ({day}) kann nichts ausgezahlt werden.").format(
                day=format_date(app.decided_on)), "due_on")
        _check_within_approved(uow, app, money)
        payee, iban, bic = _payee(app)
        purpose = clean_text(data.purpose, _("Verwendungszweck"), required=False, max_len=140) or source.purpose
        if not sepa_text(purpose, 140):
            raise ValidationError(_("Der Verwendungszweck »{purpose}« enthält keine Buchstaben oder Ziffern, die eine "
                                    "SEPA-Überweisung übermitteln kann; bitte in lateinischer Schrift angeben.").format(
                purpose=purpose), "purpose")
        order = PaymentOrder(application_id=app.id, payment_request_id=source.request_id,
                             instalment_id=source.instalment_id, amount=money, due_on=source.due_on,
                             state=ORDERS.initial, budget_position=_budget_position(uow, app), purpose=purpose[:140],
                             payee=payee, iban=iban, bic=bic, created_by=uow.actor.username)
        out = app.paid_amount + open_order_sum(uow.session, app.id)
        uow.session.add(order)
        uow.session.flush()
        order_id = order.id
        warnings = early_warnings([Outflow(_("Auszahlung"), source.due_on, money)], approved=app.approved_amount or
                                  money, start=app.start_date, end=app.end_date,
                                  months=app.programme.use_within_months, already_out=out)
        uow.commit()
    return PlanResult(order_id, tuple(warnings))


def locked_order(uow: UnitOfWork, order_id: int) -> tuple[PaymentOrder, Application]:
    """The order and its case, the case row locked first (the same order as every payment use case)."""
    order = uow.session.get(PaymentOrder, order_id)
    if order is None:
        raise NotFound(_("Eine Auszahlungsanordnung Nr. {id} gibt es nicht.").format(id=order_id))
    app = uow.session.scalars(select(Application).where(Application.id == order.application_id)
                              .with_for_update()).one()
    uow.session.refresh(order)
    return order, app


def sign_factual(uow: UnitOfWork, order_id: int, expected_version: int | None = None) -> OrderState:
    """"Sachlich richtig": the payment is due as ordered (caseworker or supervisor)."""
    with uow:
        uow.act("sign-factual", permission=ORDERS.step("sign-factual").permission)
        order, app = locked_order(uow, order_id)
        _check_order_version(order, expected_version)
        _require_case_state(app)
        state = ORDERS.move(order, "sign-factual", id=order.id)
        order.factual_by, order.factual_at = uow.actor.username, clock.now()
        order.factual_seal = seal.factual_seal(order)
        uow.commit()
    return state


def sign_arithmetic(uow: UnitOfWork, order_id: int, expected_version: int | None = None) -> OrderState:
    """"Rechnerisch richtig" and "angeordnet" by another authorised person than the factual sign-off."""
    with uow:
        uow.act("sign-arithmetic", permission=ORDERS.step("sign-arithmetic").permission)
        order, app = locked_order(uow, order_id)
        _check_order_version(order, expected_version)
        _require_case_state(app)
        ORDERS.check("sign-arithmetic", order.state, id=order.id)
        if order.factual_by == uow.actor.username:
            raise TransitionRefused(_("Vier-Augen-Prinzip: Wer »sachlich richtig« gezeichnet hat, darf nicht auch "
                                      "»rechnerisch richtig« zeichnen und anordnen."))
        if order.factual_seal != seal.factual_seal(order):
            raise TransitionRefused(_("Die Auszahlungsanordnung Nr. {id} wurde nach »sachlich richtig« verändert; "
                                      "bitte stornieren und neu anlegen.").format(id=order.id))
        _check_within_approved(uow, app, order.amount, order.id)
        state = ORDERS.move(order, "sign-arithmetic", id=order.id)
        order.arithmetic_by, order.arithmetic_at = uow.actor.username, clock.now()
        order.arithmetic_seal = seal.arithmetic_seal(order)
        uow.commit()
    return state


def sign(uow: UnitOfWork, file_number: str, order_id: int, part: str) -> OrderState:
    """Sign one part of the order `order_id` of case `file_number` (CLI: `payments sign`)."""
    if part not in SIGN_PARTS:
        raise ValidationError(_("Unbekannte Zeichnung »{part}«; möglich: factual (sachlich richtig), arithmetic "
                                "(rechnerisch richtig und angeordnet).").format(part=part), "part")
    with uow:
        uow.act("check-order", permission="case.read")
        app = load_case(uow.session, file_number)
        order = uow.session.get(PaymentOrder, order_id)
        if order is None or order.application_id != app.id:
            raise NotFound(_("Die Auszahlungsanordnung Nr. {id} gehört nicht zum Vorgang {ref}.").format(
                id=order_id, ref=file_number))
    return sign_factual(uow, order_id) if part == "factual" else sign_arithmetic(uow, order_id)


def _check_order_version(order: PaymentOrder, expected_version: int | None) -> None:
    if expected_version is not None and order.version != expected_version:
        raise TransitionRefused(_("Die Auszahlungsanordnung Nr. {id} wurde inzwischen geändert. Bitte neu laden.")
                                .format(id=order.id))


def cancel_order(uow: UnitOfWork, order_id: int, reason: str) -> None:
    """Cancel an order not yet paid (an exported one only when the cash office confirms it was not paid)."""
    text = require_justification(reason, _("Grund der Stornierung"), field="reason")
    with uow:
        uow.act("cancel-payment-order", text, permission=ORDERS.step("cancel").permission)
        order, _app = locked_order(uow, order_id)
        ORDERS.move(order, "cancel", id=order.id)
        uow.commit()


def book_paid(uow: UnitOfWork, order_id: int, paid_on: dt.date | str | None = None,
              payment_reference: str | None = None) -> int:
    """The cash office paid an exported order: book the payment through the payment rules; returns its id.

    The only way money leaves: the first payment moves an approved case into funding (`pay`), a payment during
    the proof review is the balance (`pay-balance`); an order not yet exported is refused.
    """
    with uow:
        uow.act("book-payment-order", permission=ORDERS.step("book-paid").permission)
        order, app = locked_order(uow, order_id)
        ORDERS.check("book-paid", order.state, id=order.id)
        if not seal.unchanged_since_signing(order):  # the cash office paid what was signed, not what it says now
            raise TransitionRefused(_("Die Auszahlungsanordnung Nr. {id} wurde nach der Zeichnung verändert; sie wird "
                                      "nicht gebucht.").format(id=order.id))
        action = "pay-balance" if app.status == Status.proof_review else "pay"
        perform(uow, app, action, params={"amount": order.amount, "order_id": order.id})
        payment = _book_payment(uow, app, order, paid_on, payment_reference or f"FD-{order.id}")
        order.payment_id = payment.id
        ORDERS.move(order, "book-paid", id=order.id)
        uow.commit()
        return payment.id


def _book_payment(uow: UnitOfWork, app: Application, order: PaymentOrder, paid_on: dt.date | str | None,
                  payment_reference: str) -> Payment:
    """The payment row and the paid sum, after `perform` passed."""
    day = parse_date(paid_on, _("Auszahlungsdatum"), required=False) or clock.today()
    check_payment_date(uow.session, app, day)
    request = _settle_request(uow, app.id, order.payment_request_id, order.amount)
    payment = Payment(application_id=app.id, payment_request_id=request, amount=order.amount, paid_on=day,
                      use_by=add_months(day, app.programme.use_within_months), created_by=uow.actor.username,
                      reference=clean_text(payment_reference, _("Buchungszeichen"), required=False, max_len=140))
    uow.session.add(payment)
    app.paid_amount = app.paid_amount + order.amount
    uow.session.flush()
    return payment


def _settle_request(uow: UnitOfWork, application_id: int, request_id: int | None, amount: Decimal) -> int | None:
    if request_id is None:
        return None
    request = uow.session.scalar(select(PaymentRequest).where(
        PaymentRequest.id == request_id, PaymentRequest.application_id == application_id))
    if request is None:
        raise NotFound(_("Den Mittelabruf Nr. {id} gibt es zu diesem Vorgang nicht.").format(id=request_id))
    REQUESTS.check("pay", request.state, id=request_id)
    if request.amount != amount:
        raise ValidationError(_("Der Betrag muss dem Mittelabruf entsprechen."), "amount")
    REQUESTS.move(request, "pay", id=request_id)
    return request.id
