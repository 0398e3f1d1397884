"""`foerderdesk payments …`: payment plans, payment orders with two sign-offs, export to the cash office,
booking, repayments and reminders.

    foerderdesk payments list [--status S] [--json]
    foerderdesk payments plan AZ --rate 01.04.2026=6000 --rate 01.07.2026=4000   (or --requests)
    foerderdesk payments order AZ (--rate N | --request NR | --amount BETRAG [--due DATUM])
    foerderdesk payments sign AZ PAYMENT_ID --as factual|arithmetic --user NAME
    foerderdesk payments export --format sepa|csv -o FILE
    foerderdesk payments reexport LAUF --format sepa|csv --reason TEXT -o FILE
    foerderdesk payments book PAYMENT_ID [--date DATUM] [--reference TEXT]
    foerderdesk payments claim AZ [--date DATUM] [--json]   (what is owed on a day, step by step)
    foerderdesk payments repay AZ --amount BETRAG [--date DATUM]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.kernel.errors import NotFound, ValidationError
from app.kernel.i18n import _
from app.kernel.money import format_eur
from app.kernel.periods import format_date
from app.kernel.uow import UnitOfWork
from app.kernel.validation import parse_date
from app.letters import reminders
from app.payments import cash_export, repayments
from app.payments import orders as payment_orders
from app.payments import plan as payment_plan
from app.payments.lifecycles import ORDER_STATE_LABELS
from app.payments.orders import OrderInput
from app.payments.queries import ClaimRow
from app.payments.reader import PaymentReader
from cli.context import CliContext
from cli.letter_commands import PdfFile
from cli.output import print_json, print_table
from cli.parser import EXIT_OK, Subparsers, add_json_flag, whole_number
from db.enums import OrderState


def register(subparsers: Subparsers) -> None:
    parser = subparsers.add_parser("payments", help=_("Auszahlungen: Zahlungsplan, Anordnungen, Kasse, Rückzahlung"))
    sub = parser.add_subparsers(dest="payments_command", required=True, metavar="BEFEHL")
    lst = sub.add_parser("list", help=_("Auszahlungsanordnungen auflisten"))
    lst.add_argument("--status", action="append", choices=[s.value for s in OrderState],
                     help=_("Stand (mehrfach möglich)"))
    add_json_flag(lst)
    lst.set_defaults(func=cmd_list)
    plan = sub.add_parser("plan", help=_("Zahlungsplan festlegen: Raten oder Mittelabruf"))
    plan.add_argument("file_number", metavar="AKTENZEICHEN")
    plan.add_argument("--rate", action="append", default=[], metavar="DATUM=BETRAG", help=_("eine Rate"))
    plan.add_argument("--requests", action="store_true", help=_("Auszahlung auf Anforderung (Mittelabruf)"))
    plan.set_defaults(func=cmd_plan)
    _order_parsers(sub)
    _cash_parsers(sub)
    _money_back_parsers(sub)


def _order_parsers(sub: Subparsers) -> None:
    order = sub.add_parser("order", help=_("Auszahlungsanordnung anlegen"))
    order.add_argument("file_number", metavar="AKTENZEICHEN")
    order.add_argument("--rate", type=whole_number, metavar="N", help=_("Rate N des Zahlungsplans"))
    order.add_argument("--request", type=whole_number, metavar="NR", help=_("Mittelabruf Nr."))
    order.add_argument("--amount", help=_("freier Betrag"))
    order.add_argument("--due", help=_("Fälligkeit (TT.MM.JJJJ)"))
    order.add_argument("--purpose", help=_("Verwendungszweck"))
    order.set_defaults(func=cmd_order)
    sign = sub.add_parser("sign", help=_("Anordnung zeichnen: sachlich (factual), rechnerisch richtig (arithmetic)"))
    sign.add_argument("file_number", metavar="AKTENZEICHEN")
    sign.add_argument("order_id", metavar="PAYMENT_ID", type=whole_number)
    sign.add_argument("--as", dest="part", required=True, choices=sorted(payment_orders.SIGN_PARTS))
    sign.add_argument("--user", metavar="NAME", default=argparse.SUPPRESS, help=_("Handelnder Benutzer"))
    sign.set_defaults(func=cmd_sign)
    cancel = sub.add_parser("cancel", help=_("Anordnung stornieren"))
    cancel.add_argument("order_id", metavar="PAYMENT_ID", type=whole_number)
    cancel.add_argument("--reason", required=True, help=_("Grund (wird protokolliert)"))
    cancel.set_defaults(func=cmd_cancel)
    pdf = sub.add_parser("pdf", help=_("Auszahlungsanordnung als PDF für die Kasse"))
    pdf.add_argument("order_id", metavar="PAYMENT_ID", type=whole_number)
    pdf.add_argument("-o", "--output", required=True, metavar="DATEI.pdf")
    pdf.set_defaults(func=cmd_pdf)


def _cash_parsers(sub: Subparsers) -> None:
    export = sub.add_parser("export", help=_("Angeordnete Auszahlungen an die Kasse exportieren"))
    export.add_argument("--format", required=True, choices=sorted(cash_export.FORMATS))
    export.add_argument("-o", "--output", required=True, metavar="DATEI")
    export.set_defaults(func=cmd_export)
    again = sub.add_parser("reexport", help=_("Einen Zahlungslauf mit Begründung erneut exportieren"))
    again.add_argument("batch_id", metavar="LAUF", type=whole_number)
    again.add_argument("--format", required=True, choices=sorted(cash_export.FORMATS))
    again.add_argument("--reason", required=True, help=_("Grund (wird protokolliert)"))
    again.add_argument("-o", "--output", required=True, metavar="DATEI")
    again.set_defaults(func=cmd_reexport)
    runs = sub.add_parser("batches", help=_("Zahlungsläufe auflisten"))
    add_json_flag(runs)
    runs.set_defaults(func=cmd_batches)
    book = sub.add_parser("book", help=_("Zahlung der Kasse buchen (Anordnung bezahlt)"))
    book.add_argument("order_id", metavar="PAYMENT_ID", type=whole_number)
    book.add_argument("--date", help=_("Tag der Zahlung"))
    book.add_argument("--reference", help=_("Buchungszeichen der Kasse"))
    book.set_defaults(func=cmd_book)


def _money_back_parsers(sub: Subparsers) -> None:
    overdue = sub.add_parser("overdue", help=_("Überfällige Rückforderungen"))
    add_json_flag(overdue)
    overdue.set_defaults(func=cmd_overdue)
    claim = sub.add_parser("claim", help=_("Rückforderung: an einem Tag offener Betrag mit Zinsberechnung"))
    claim.add_argument("file_number", metavar="AKTENZEICHEN")
    claim.add_argument("--date", help=_("Stichtag: Zinsen bis einschließlich diesem Tag (Standard: heute)"))
    add_json_flag(claim)
    claim.set_defaults(func=cmd_claim)
    repay = sub.add_parser("repay", help=_("Rückzahlung erfassen (Zinsen bis zum Zahlungstag)"))
    repay.add_argument("file_number", metavar="AKTENZEICHEN")
    repay.add_argument("--amount", required=True)
    repay.add_argument("--date", help=_("Zahlungseingang"))
    repay.set_defaults(func=cmd_repay)
    remind = sub.add_parser("remind", help=_("Mahnung ausstellen (mit GiroCode)"))
    remind.add_argument("file_number", metavar="AKTENZEICHEN")
    remind.add_argument("--date", help=_("Datum der Mahnung"))
    remind.add_argument("-o", "--output", metavar="DATEI.pdf", help=_("die Mahnung zusätzlich als Datei"))
    remind.set_defaults(func=cmd_remind)


def _uow(ctx: CliContext) -> UnitOfWork:
    return UnitOfWork(ctx.database(), ctx.user_name())


def _warn(warnings: tuple[str, ...]) -> None:
    for warning in warnings:
        sys.stderr.write(_("Hinweis: {text}\n").format(text=warning))


def cmd_list(ctx: CliContext) -> int:
    states = [OrderState(s) for s in ctx.args.status or []]
    rows = PaymentReader(ctx.database(), ctx.user_name()).orders(states)
    if ctx.args.json:
        print_json(list(rows))
        return EXIT_OK
    print_table([_("Nr."), _("Aktenzeichen"), _("Empfänger"), _("Betrag"), _("Fällig"), _("Stand"),
                 _("sachlich"), _("rechnerisch"), _("Lauf")],
                [[r.id, r.file_number, r.payee[:30], r.amount, r.due_on, r.state_label, r.factual_by,
                  r.arithmetic_by, r.batch_id] for r in rows], right=frozenset({3}))
    print(_("{n} Anordnungen").format(n=len(rows)))
    return EXIT_OK


def _rates(values: list[str]) -> list[tuple[str, str]]:
    result = []
    for value in values:
        day, sep, amount = value.partition("=")
        if not sep:
            raise ValidationError(_("Eine Rate wird als DATUM=BETRAG angegeben, z. B. 01.04.2026=6000,00."), "rate")
        result.append((day.strip(), amount.strip()))
    return result


def cmd_plan(ctx: CliContext) -> int:
    a = ctx.args
    if a.requests == bool(a.rate):
        raise ValidationError(_("Bitte entweder --requests oder mindestens eine --rate angeben."))
    mode = "requests" if a.requests else "instalments"
    result = payment_plan.set_payment_plan(_uow(ctx), a.file_number, mode, _rates(a.rate))
    _warn(result.warnings)
    print(_("Zahlungsplan für {ref} gespeichert.").format(ref=a.file_number))
    return EXIT_OK


def _instalment_id(ctx: CliContext, file_number: str, position: int) -> int:
    plan = PaymentReader(ctx.database(), ctx.user_name()).case(file_number)
    for rate in plan.instalments:
        if rate.position == position:
            return rate.id
    raise NotFound(_("Der Zahlungsplan von {ref} hat keine Rate {n}.").format(ref=file_number, n=position))


def cmd_order(ctx: CliContext) -> int:
    a = ctx.args
    rate = _instalment_id(ctx, a.file_number, a.rate) if a.rate is not None else None
    result = payment_orders.create_order(_uow(ctx), a.file_number, OrderInput(
        instalment_id=rate, request_id=a.request, amount=a.amount, due_on=a.due, purpose=a.purpose))
    _warn(result.warnings)
    print(_("Auszahlungsanordnung Nr. {id} angelegt (Entwurf).").format(id=result.record_id))
    return EXIT_OK


def cmd_sign(ctx: CliContext) -> int:
    a = ctx.args
    state = payment_orders.sign(_uow(ctx), a.file_number, a.order_id, a.part)
    print(_("Anordnung Nr. {id}: {state}.").format(id=a.order_id, state=ORDER_STATE_LABELS[state]))
    return EXIT_OK


def cmd_cancel(ctx: CliContext) -> int:
    payment_orders.cancel_order(_uow(ctx), ctx.args.order_id, ctx.args.reason)
    print(_("Anordnung Nr. {id} storniert.").format(id=ctx.args.order_id))
    return EXIT_OK


def cmd_pdf(ctx: CliContext) -> int:
    file = PdfFile(Path(ctx.args.output))
    try:
        pdf = PaymentReader(ctx.database(), ctx.user_name()).order_pdf(ctx.args.order_id)
    except BaseException:
        file.discard()
        raise
    file.commit(pdf)
    print(_("Auszahlungsanordnung Nr. {id} gespeichert: {path}").format(id=ctx.args.order_id, path=file.target))
    return EXIT_OK


def cmd_export(ctx: CliContext) -> int:
    result = cash_export.export_orders(_uow(ctx), ctx.args.format, Path(ctx.args.output))
    print(cash_export.describe(result))
    return EXIT_OK


def cmd_reexport(ctx: CliContext) -> int:
    a = ctx.args
    result = cash_export.reexport_batch(_uow(ctx), a.batch_id, a.format, Path(a.output), a.reason)
    print(cash_export.describe(result))
    return EXIT_OK


def cmd_batches(ctx: CliContext) -> int:
    rows = PaymentReader(ctx.database(), ctx.user_name()).batches()
    if ctx.args.json:
        print_json(list(rows))
        return EXIT_OK
    print_table([_("Lauf"), _("Erstellt"), _("von"), _("Format"), _("Anzahl"), _("Kontrollsumme"), _("Datei"),
                 _("Wiederholung von"), _("Grund")],
                [[r.id, r.created_at, r.created_by, r.format, r.order_count, r.control_sum, r.file_name, r.repeat_of,
                  r.reason] for r in rows], right=frozenset({4, 5}))
    return EXIT_OK


def cmd_book(ctx: CliContext) -> int:
    a = ctx.args
    payment_id = payment_orders.book_paid(_uow(ctx), a.order_id, a.date, a.reference)
    print(_("Anordnung Nr. {id} bezahlt; Auszahlung Nr. {payment} gebucht.").format(id=a.order_id,
                                                                                  payment=payment_id))
    return EXIT_OK


def cmd_overdue(ctx: CliContext) -> int:
    rows = PaymentReader(ctx.database(), ctx.user_name()).overdue()
    if ctx.args.json:
        print_json(list(rows))
        return EXIT_OK
    print_table([_("Aktenzeichen"), _("Träger"), _("fällig seit"), _("Tage"), _("offen"), _("Mahnungen")],
                [[r.file_number, r.applicant[:30], r.due_on, r.days_overdue, r.outstanding, r.reminders]
                 for r in rows], right=frozenset({3, 4}))
    return EXIT_OK


def _claim_json(claim: ClaimRow) -> dict[str, object]:
    b = claim.balance
    return {"id": claim.id, "decided_on": claim.decided_on, "amount": claim.amount, "due_on": claim.due_on,
            "decided_interest": claim.decided_interest, "interest_waived": claim.interest_waived,
            "repaid_amount": claim.repaid_amount, "repaid_on": claim.repaid_on, "day": b.day,
            "principal": b.principal, "interest": b.interest, "costs": b.costs, "interest_accrued": b.interest_accrued,
            "total": b.total, "overpaid": b.overpaid, "settled": b.settled, "steps": b.explain()}


def cmd_claim(ctx: CliContext) -> int:
    a = ctx.args
    day = parse_date(a.date, _("Stichtag"), field="date", required=False)
    claims = PaymentReader(ctx.database(), ctx.user_name()).claims(a.file_number, day)
    if not claims:
        raise NotFound(_("Zu {ref} gibt es keine Rückforderung.").format(ref=a.file_number))
    if a.json:
        print_json({"file_number": a.file_number, "claims": [_claim_json(c) for c in claims]})
        return EXIT_OK
    for claim in claims:
        print(_("Rückforderung vom {decided}: {amount}, fällig am {due} (laut Bescheid Zinsen {interest} bei Zahlung "
                "an diesem Tag)").format(decided=format_date(claim.decided_on), amount=format_eur(claim.amount),
                                        due=format_date(claim.due_on) if claim.due_on else "–",
                                        interest=format_eur(claim.decided_interest)))
        for line in claim.balance.explain():
            print(f"  {line}")
        print(_("Am {day} zu zahlen: {total}").format(day=format_date(claim.balance.day),
                                                      total=format_eur(claim.balance.total)))
    return EXIT_OK


def cmd_repay(ctx: CliContext) -> int:
    a = ctx.args
    result = repayments.record_repayment(_uow(ctx), a.file_number, a.amount, a.date)
    print(_("Rückzahlung erfasst: {interest} auf Zinsen, {principal} auf die Hauptforderung; noch offen {rest}.")
          .format(interest=format_eur(result.interest_part), principal=format_eur(result.principal_part),
                  rest=format_eur(result.remaining.total)))
    if result.settled:
        print(_("Die Rückforderung ist vollständig beglichen."))
    return EXIT_OK


def cmd_remind(ctx: CliContext) -> int:
    from app.letters import service

    a = ctx.args
    file = PdfFile(Path(a.output)) if a.output else None
    try:
        letter_id = reminders.send_reminder(_uow(ctx), a.file_number, a.date)
    except BaseException:
        if file is not None:
            file.discard()
        raise
    if file is not None:
        file.commit(service.stored_letter(_uow(ctx), letter_id).pdf)
    print(_("Mahnung als Schreiben Nr. {id} ausgestellt.").format(id=letter_id))
    return EXIT_OK
