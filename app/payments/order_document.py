"""The Auszahlungsanordnung of one payment order as plain values for the PDF (reports/payment_order.py)."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.kernel import clock
from app.kernel.case_records import case_file_number
from app.kernel.errors import NotFound
from app.kernel.i18n import _, german_documents, source_text
from app.kernel.letterhead import grouped_iban, letterhead_values
from app.kernel.money import format_eur
from app.kernel.periods import format_date
from app.payments.lifecycles import ORDER_STATE_LABELS
from db.enums import OrderState
from db.models import Application, PaymentInstalment, PaymentOrder, User
from reports.payment_order import OrderSection, PaymentOrderDocument, Signature, render_payment_order


def order_pdf(session: Session, order_id: int) -> bytes:
    with german_documents():  # for the cash office: German, whatever language the interface speaks
        return render_payment_order(order_document(session, order_id))


def _signed(names: dict[str, str], user: str | None, when: object) -> tuple[str, str]:
    if not user:
        return "", ""
    stamp = when.astimezone().strftime("%d.%m.%Y %H:%M") if hasattr(when, "astimezone") else ""
    return names.get(user, user), stamp


def order_document(session: Session, order_id: int) -> PaymentOrderDocument:
    """The Auszahlungsanordnung of `order_id` as plain values for the PDF."""
    order = session.get(PaymentOrder, order_id)
    if order is None:
        raise NotFound(_("Eine Auszahlungsanordnung Nr. {id} gibt es nicht.").format(id=order_id))
    app = session.get_one(Application, order.application_id)
    head = letterhead_values(session)
    names = dict(session.execute(select(User.username, User.display_name)).all())
    rate = session.get(PaymentInstalment, order.instalment_id) if order.instalment_id else None
    basis = _("Einzelbetrag")
    if rate is not None:
        basis = _("Rate {n} des Zahlungsplans").format(n=rate.position)
    elif order.payment_request_id:
        basis = _("Mittelabruf Nr. {id}").format(id=order.payment_request_id)
    factual, arithmetic = (_signed(names, order.factual_by, order.factual_at),
                           _signed(names, order.arithmetic_by, order.arithmetic_at))
    live = order.state in (OrderState.ordered, OrderState.exported, OrderState.paid)
    return PaymentOrderDocument(
        office_lines=(head["office"], head["department"], f"{head['street']}, {head['postcode_city']}"),
        title=_("Auszahlungsanordnung"), number=_("Nr. {id} · Aktenzeichen {ref} · Stand: {state}").format(
            id=order.id, ref=case_file_number(app), state=source_text(ORDER_STATE_LABELS[order.state])),
        amount=format_eur(order.amount), sections=_sections(app, order, basis), footer=_(
            "Erstellt mit FörderDesk am {day}. Angeordnet durch zwei verschiedene Personen (Vier-Augen-Prinzip); "
            "Kontrollsumme und Anzahl stehen im Zahlungslauf.").format(day=format_date(clock.today())),
        signatures=(Signature(_("Sachlich richtig"), *factual),
                    Signature(_("Rechnerisch richtig und angeordnet"), *arithmetic)),
        watermark="" if live else (_("STORNIERT") if order.state == OrderState.cancelled else _("NICHT ANGEORDNET")))


def _sections(app: Application, order: PaymentOrder, basis: str) -> tuple[OrderSection, ...]:
    return (
        OrderSection(_("Zahlung"), (
            (_("Zahlungsempfänger"), order.payee), (_("IBAN"), grouped_iban(order.iban)), (_("BIC"), order.bic or "–"),
            (_("Betrag"), format_eur(order.amount)), (_("Fällig am"), format_date(order.due_on)),
            (_("Verwendungszweck"), order.purpose), (_("Haushaltsstelle"), order.budget_position or "–"),
            (_("Zahlungslauf"), str(order.export_batch_id) if order.export_batch_id else "–"))),
        OrderSection(_("Grundlage"), (
            (_("Vorgang"), f"{case_file_number(app)} – {app.title}"), (_("Zuwendungsempfänger"), app.applicant.name),
            (_("Förderprogramm, Haushaltsjahr"), f"{app.programme.name}, {app.fiscal_year}"),
            (_("Zuwendungsbescheid vom"), format_date(app.decided_on) if app.decided_on else "–"),
            (_("Bewilligt"), format_eur(app.approved_amount or Decimal("0"))),
            (_("Bisher ausgezahlt"), format_eur(app.paid_amount)),
            (_("Anlass"), basis))),
    )
