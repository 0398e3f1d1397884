"""Table rows of the payments tab, made from the read model (`app.payments.queries`); no widgets here."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.payments.queries import CasePayments, ClaimRow, OrderRow
from ui import formatting
from ui.widgets.text_table import TextRow

ORDER_COLOURS = {"cancelled": "#8a8f98", "paid": "#1b6e3a", "draft": "#8a5a00"}  # order-state codes


def tr(text: str) -> str:
    return QCoreApplication.translate("PaymentsTab", text)


def _order_text(order_id: int | None, state_label: str | None) -> str:
    return tr("Nr. {id} ({state})").format(id=order_id, state=state_label) if order_id else tr("– noch keine –")


def source_rows(case: CasePayments) -> list[TextRow]:
    """Instalments of the plan and Mittelabrufe; the value says which (kind, id) a new order would use."""
    labels = {o.id: o.state_label for o in case.orders}
    rows = [TextRow((tr("Rate {n}").format(n=i.position), formatting.date(i.due_on), formatting.money(i.amount),
                     _order_text(i.order_id, labels.get(i.order_id or 0))), ("instalment", i.id, i.order_id))
            for i in case.instalments]
    rows += [TextRow((tr("Mittelabruf Nr. {id}").format(id=r.id), formatting.date(r.requested_on),
                      formatting.money(r.amount), _order_text(r.order_id, labels.get(r.order_id or 0))),
                     ("request", r.id, r.order_id)) for r in case.requests]
    return rows


def _signed(name: str | None, when: object) -> str:
    return f"{name} ({formatting.timestamp(when)})" if name else "–"  # type: ignore[arg-type]


def order_rows(orders: tuple[OrderRow, ...]) -> list[TextRow]:
    return [TextRow((str(o.id), formatting.money(o.amount), formatting.date(o.due_on), o.state_label,
                     _signed(o.factual_by, o.factual_at), _signed(o.arithmetic_by, o.arithmetic_at),
                     str(o.batch_id) if o.batch_id else "–", o.budget_position or "–", o.purpose), o,
                    colour=ORDER_COLOURS.get(o.state)) for o in orders]


def _claim_state(claim: ClaimRow) -> str:
    if claim.repaid_on is None:
        return formatting.money(claim.balance.total)
    text = tr("beglichen am {day}").format(day=formatting.date(claim.repaid_on))
    if claim.balance.overpaid:
        text += tr(", überzahlt {amount}").format(amount=formatting.money(claim.balance.overpaid))
    return text


def claim_rows(claims: tuple[ClaimRow, ...]) -> list[TextRow]:
    """Interest up to the day of payment (settled) or today; the tooltip shows the calculation step by step."""
    rows = []
    for c in claims:
        steps = "\n".join(c.balance.explain())
        decided = tr("Laut Bescheid bei Zahlung am {day}: {interest}").format(
            day=formatting.date(c.due_on), interest=formatting.money(c.decided_interest))
        rows.append(TextRow((formatting.date(c.decided_on), formatting.money(c.amount),
                             formatting.money(c.balance.interest_accrued), formatting.date(c.due_on),
                             formatting.money(c.repaid_amount), _claim_state(c), str(len(c.reminders))), c,
                            tooltips=(None, None, f"{decided}\n{steps}", None, None, steps, None),
                            colour="#1b6e3a" if c.repaid_on else None))
    return rows


def summary(case: CasePayments) -> str:
    mode = {None: tr("noch nicht festgelegt"), "instalments": tr("in Raten"),
            "requests": tr("auf Anforderung (Mittelabruf)")}[case.payment_mode]
    return tr("Bewilligt {approved} · ausgezahlt {paid} · angeordnet, noch nicht bezahlt {ordered} · noch verfügbar "
              "{available} · Auszahlung {mode} · Mittel innerhalb von {months} Monaten zu verwenden").format(
        approved=formatting.money(case.approved), paid=formatting.money(case.paid),
        ordered=formatting.money(case.ordered), available=formatting.money(case.available), mode=mode,
        months=case.use_within_months)
