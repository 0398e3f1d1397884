"""Handing ordered payments to the cash office: a SEPA credit transfer file (pain.001) or a CSV list.

An export takes every order that is "angeordnet" and not yet exported, records an export batch with the
number of orders, the control sum, the file name and the file's SHA-256, and marks each order with its
batch; so a second export leaves them out. The orders are locked while they are taken, so two exports at
the same moment never put an order into two batches. Exporting a batch again (the file was lost, the
cash office asks for it) is an explicit action of a supervisor with a reason: it records a new batch
pointing to the first (`repeat_of`), audited like every change, and contains only the orders of that batch
that are still unpaid.

The file is written (and synced) under a hidden partial name first; it is renamed to its name only after the
batch is committed, so a file never exists without its batch, and a failed export leaves no file. The file's
bytes are committed with the batch until the file lies under its name (`app.payments.export_files`): a crash
between the commit and the rename is completed by the next export, so no batch is ever left without its file.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

from app.kernel import clock
from app.kernel.errors import NotFound, ValidationError
from app.kernel.i18n import _, source_text
from app.kernel.letterhead import letterhead_values
from app.kernel.money import format_eur
from app.kernel.stored_text import N_, Label, coded
from app.kernel.uow import UnitOfWork
from app.kernel.validation import require_justification
from app.payments import seal
from app.payments.export_files import PendingFile, complete_pending, publish, step
from app.payments.lifecycles import ORDERS
from db.models import Application, ExportBatch, PaymentOrder
from reports.cash_office import CashOfficeFileError, Debtor, Transfer, control_sum, csv_list, sepa_credit_transfer

FORMATS = {"sepa": _("SEPA-Überweisungsdatei (pain.001)"), "csv": _("CSV-Liste")}


@dataclass(frozen=True)
class ExportResult:
    batch_id: int
    format: str
    order_count: int
    control_sum: Decimal
    path: Path
    sha256: str
    repeat_of: int | None = None
    completed: tuple[tuple[int, Path], ...] = ()  # batches whose file an interruption had left missing, now written


def _format(value: str) -> str:
    if value not in FORMATS:
        raise ValidationError(_("Unbekanntes Format »{value}«; möglich: sepa, csv.").format(value=value), "format")
    return value


def _debtor(uow: UnitOfWork) -> Debtor:
    head = letterhead_values(uow.session)
    iban = "".join(head["iban"].split()).upper()
    if not iban:
        raise ValidationError(_("Für die Überweisungsdatei fehlt die IBAN der Behörde. Bitte in der Verwaltung unter "
                                "»Briefkopf« eintragen."), "iban")
    return Debtor(head["office"], iban, "".join(head["bic"].split()).upper() or None)


def _transfers(uow: UnitOfWork, orders: Sequence[PaymentOrder], day: dt.date) -> list[Transfer]:
    numbers = dict(uow.session.execute(select(Application.id, Application.file_number).where(
        Application.id.in_({o.application_id for o in orders}))).all())
    return [Transfer(o.id, numbers.get(o.application_id) or "", o.payee, o.iban, o.bic, o.amount,
                     max(o.due_on, day), o.purpose, o.budget_position or "") for o in orders]


def _refuse_unsound(uow: UnitOfWork, orders: Sequence[PaymentOrder]) -> None:
    """Nothing goes to the cash office if one order changed after signing, pays a foreign account or exceeds
    the approval (`app.payments.seal`); the refusal names every such order."""
    problems = seal.export_problems(uow.session, orders)
    if problems:
        raise ValidationError("\n".join([_("Der Zahlungslauf wurde nicht erstellt:"), *problems,
                                          _("Bitte die genannten Anordnungen prüfen, stornieren und neu anordnen.")]))


def _render(fmt: str, debtor: Debtor, transfers: Sequence[Transfer], label: str) -> bytes:
    try:
        return sepa_credit_transfer(debtor, transfers) if fmt == "sepa" else csv_list(transfers, label)
    except CashOfficeFileError as exc:
        raise ValidationError(_("Die Überweisungsdatei ist nach dem pain.001-Schema ungültig und wurde nicht "
                                "erstellt: {reason}").format(reason=exc)) from exc


def _record(uow: UnitOfWork, fmt: str, transfers: Sequence[Transfer], target: Path, data: bytes,
            repeat_of: int | None = None, reason: str | None = None) -> ExportBatch:
    batch = ExportBatch(created_by=uow.actor.username, format=fmt, order_count=len(transfers),
                        control_sum=control_sum(transfers), file_name=target.name[:255],
                        sha256=hashlib.sha256(data).hexdigest(), repeat_of_id=repeat_of, reason=reason)
    uow.session.add(batch)
    uow.session.flush()
    return batch


def export_orders(uow: UnitOfWork, fmt: str, target: Path | str) -> ExportResult:
    """Export every ordered, not yet exported order into a new batch (SEPA or CSV) and write the file.

    First the files of batches an interruption left without one are written (`complete_pending`); when there is
    nothing new to export, the result reports those."""
    kind = _format(fmt)
    completed = tuple(complete_pending(uow))
    file = PendingFile(Path(target))
    try:
        with uow:
            # the format's label (translated at import) stored as its message id: read in the reader's language
            uow.act("export-payments",
                    coded(N_("Zahlungsdatei: {format}"), format=Label(source_text(FORMATS[kind]))),
                    permission=ORDERS.step("export").permission)
            orders = list(uow.session.scalars(select(PaymentOrder).where(
                PaymentOrder.state.in_(ORDERS.sources("export")), PaymentOrder.export_batch_id.is_(None))
                .order_by(PaymentOrder.id).with_for_update()))
            if not orders and completed:
                return _completed_result(uow, completed)
            if not orders:
                raise ValidationError(_("Es gibt keine angeordneten, noch nicht exportierten Auszahlungen."))
            _refuse_unsound(uow, orders)
            transfers = _transfers(uow, orders, clock.today())
            data = _render(kind, _debtor(uow), transfers, _("Zahlungslauf"))
            file.write(data)
            step("written")
            batch = _record(uow, kind, transfers, file.target, data)
            uow.session.add(file.pending_row(batch.id, data))
            for order in orders:
                ORDERS.move(order, "export", id=order.id)
                order.export_batch_id = batch.id
            result = ExportResult(batch.id, kind, batch.order_count, batch.control_sum, file.target, batch.sha256 or "",
                                  completed=completed)
            uow.commit()
    except BaseException:
        file.discard()
        raise
    publish(uow, file, result.batch_id)
    return result


def _completed_result(uow: UnitOfWork, completed: tuple[tuple[int, Path], ...]) -> ExportResult:
    batch_id, path = completed[-1]
    batch = uow.session.get(ExportBatch, batch_id)
    assert batch is not None  # it was just read with its pending file
    return ExportResult(batch.id, batch.format, batch.order_count, batch.control_sum, path, batch.sha256 or "",
                        batch.repeat_of_id, completed)


def reexport_batch(uow: UnitOfWork, batch_id: int, fmt: str, target: Path | str, reason: str) -> ExportResult:
    """Export the still unpaid orders of batch `batch_id` again, on purpose, with a reason (audited)."""
    kind, text = _format(fmt), require_justification(reason, _("Grund für den erneuten Export"), field="reason")
    completed = tuple(complete_pending(uow, "reexport"))
    file = PendingFile(Path(target))
    try:
        with uow:
            uow.act("reexport-payments", text, permission=ORDERS.step("reexport").permission)
            original = uow.session.get(ExportBatch, batch_id)
            if original is None:
                raise NotFound(_("Einen Zahlungslauf Nr. {id} gibt es nicht.").format(id=batch_id))
            first = original.repeat_of_id or original.id
            orders = list(uow.session.scalars(select(PaymentOrder).where(
                PaymentOrder.export_batch_id == first, PaymentOrder.state.in_(ORDERS.sources("reexport")))
                .order_by(PaymentOrder.id).with_for_update()))
            for order in orders:
                ORDERS.check("reexport", order.state, id=order.id)
            if not orders:
                raise ValidationError(_("Im Zahlungslauf Nr. {id} ist keine Auszahlung mehr offen; alle sind bezahlt "
                                        "oder storniert.").format(id=first))
            _refuse_unsound(uow, orders)
            transfers = _transfers(uow, orders, clock.today())
            data = _render(kind, _debtor(uow), transfers, _("Wiederholung von Lauf {id}").format(id=first))
            file.write(data)
            step("written")
            batch = _record(uow, kind, transfers, file.target, data, first, text)
            uow.session.add(file.pending_row(batch.id, data))
            result = ExportResult(batch.id, kind, batch.order_count, batch.control_sum, file.target,
                                  batch.sha256 or "", first, completed)
            uow.commit()
    except BaseException:
        file.discard()
        raise
    publish(uow, file, result.batch_id, "reexport")
    return result


def describe(result: ExportResult) -> str:
    """German sentences for the user: what was exported where (and which missing file was written first)."""
    again = _(" (Wiederholung von Lauf {id})").format(id=result.repeat_of) if result.repeat_of else ""
    earlier = [_("Die Datei des Zahlungslaufs Nr. {id} fehlte nach einer Unterbrechung und wurde jetzt unter {path} "
                 "abgelegt.").format(id=batch_id, path=path) for batch_id, path in result.completed]
    if result.completed and result.completed[-1][0] == result.batch_id:
        return "\n".join(earlier)
    this = _("Zahlungslauf Nr. {id}{again}: {count}, Kontrollsumme {sum}, {fmt} gespeichert unter {path}.").format(
        id=result.batch_id, again=again, count=payment_count(result.order_count), sum=format_eur(result.control_sum),
        fmt=FORMATS[result.format], path=result.path)
    return "\n".join([*earlier, this])


def payment_count(count: int) -> str:
    """"1 Auszahlung", "3 Auszahlungen"."""
    return _("1 Auszahlung") if count == 1 else _("{n} Auszahlungen").format(n=count)
