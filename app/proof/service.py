"""Entering the proof of use in depth: actual amounts per cost line, actual funds, narrative report (text and
attached file), and the receipt list, typed in or imported from an office's .xlsx list.

All of it happens while the case is in the proof-of-use review (after "Verwendungsnachweis erfassen") and
needs that action's right. Once the sample is drawn the receipt list is fixed: the sample must stay
reproducible from its seed. An import is all or nothing: one bad row and nothing is written.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from app.excel.limits import import_limits
from app.excel.mapping import ColumnMapping
from app.kernel import clock
from app.kernel.attachments import media_type, safe_file_name
from app.kernel.case_records import load_case
from app.kernel.errors import FoerderDeskError, NotFound, ValidationError
from app.kernel.i18n import _
from app.kernel.money import ZERO, MoneyInput, require_non_negative, to_money
from app.kernel.stored_text import N_, StoredText, coded, pack
from app.kernel.uow import UnitOfWork
from app.kernel.validation import clean_text, parse_date, require_date
from app.proof.loading import latest_draw, latest_proof
from app.proof.receipt_check import check_receipt, check_receipts
from app.proof.receipt_list import CaseFrame, CostLineRef, ReceiptPlan, read_receipt_table
from db.enums import Status
from db.models import Application, Document, DocumentType, ProofCostLine, ProofOfUse, Receipt

PERMISSION = "case.receive-proof"  # "Verwendungsnachweis erfassen": caseworkers and supervisors
REPORT_DOCUMENT = ("proof_report", "Sachbericht zum Verwendungsnachweis")
REVIEW_NOTE_DOCUMENT = ("pruefvermerk", "Prüfvermerk zum Verwendungsnachweis")  # an internal record, not a letter


class ReceiptImportRefused(FoerderDeskError):
    """The receipt list has errors; nothing was imported. `plan` lists every problem with row and column."""

    def __init__(self, message: str, plan: ReceiptPlan) -> None:
        super().__init__(message)
        self.plan = plan


@dataclass(frozen=True)
class StatementInput:
    actuals: Mapping[int, MoneyInput]  # cost line id → actual amount
    own_funds: MoneyInput = "0"
    third_party_funds: MoneyInput = "0"
    other_income: MoneyInput = "0"
    report_text: str | None = None


@dataclass(frozen=True)
class ReceiptInput:
    receipt_date: dt.date | str
    payee: str
    purpose: str
    amount: MoneyInput
    cost_line_id: int
    paid_on: dt.date | str | None = None


@dataclass(frozen=True)
class ImportRequest:
    path: Path
    mapping: ColumnMapping | None = None
    sheet: str | None = None
    replace: bool = False


def open_proof(uow: UnitOfWork, file_number: str, action: str, reason: str | StoredText | None = None,
               permission: str = PERMISSION) -> tuple[Application, ProofOfUse]:
    """Inside `with uow`: the locked case in the proof-of-use review and its proof of use."""
    uow.act(action, reason, permission=permission)
    app = load_case(uow.session, file_number, for_update=True)
    if app.status != Status.proof_review:
        raise ValidationError(_("Der Verwendungsnachweis von {ref} kann nur während der Verwendungsnachweisprüfung "
                                "bearbeitet werden.").format(ref=file_number))
    proof = latest_proof(uow.session, app.id)
    if proof is None:
        raise ValidationError(_("Zu {ref} ist noch kein Verwendungsnachweis erfasst.").format(ref=file_number))
    return app, proof


def case_frame(app: Application) -> CaseFrame:
    if app.start_date is None or app.end_date is None:
        raise ValidationError(_("Der Bewilligungszeitraum fehlt; Belege können nicht geprüft werden."))
    return CaseFrame(app.start_date, app.end_date, tuple(
        CostLineRef(c.id, c.position, c.description, c.category.value) for c in app.cost_lines))


def _money(value: MoneyInput, label: str, field_name: str) -> Decimal:
    return require_non_negative(to_money(value, field_name), label, field_name)


def save_statement(uow: UnitOfWork, file_number: str, data: StatementInput,
                   expected_version: int | None = None) -> None:
    """Actual amount of every cost line, actual funds and the narrative report; the totals follow the lines."""
    with uow:
        app, proof = open_proof(uow, file_number, "record-proof-figures")
        if expected_version is not None and expected_version != proof.version:
            raise ValidationError(_("Der Verwendungsnachweis wurde inzwischen geändert. Bitte neu laden."))
        amounts = {line.id: _money(data.actuals.get(line.id, ""), line.description, f"cost_line_{line.id}")
                   for line in app.cost_lines}
        unknown = set(data.actuals) - set(amounts)
        if unknown:
            raise ValidationError(_("Die Kostenpositionen {ids} gehören nicht zu diesem Vorgang.").format(
                ids=", ".join(map(str, sorted(unknown)))))
        stored = {row.cost_line_id: row for row in uow.session.scalars(
            select(ProofCostLine).where(ProofCostLine.proof_id == proof.id))}
        for line_id, amount in amounts.items():
            if line_id in stored:
                stored[line_id].actual_amount = amount
            else:
                uow.session.add(ProofCostLine(proof_id=proof.id, cost_line_id=line_id, actual_amount=amount))
        proof.actual_total_costs = sum(amounts.values(), ZERO)
        proof.actual_eligible_costs = sum((amounts[c.id] for c in app.cost_lines if c.eligible), ZERO)
        proof.actual_own_funds = _money(data.own_funds, _("Eigenmittel (Ist)"), "own_funds")
        proof.actual_third_party_funds = _money(data.third_party_funds, _("Drittmittel (Ist)"), "third_party_funds")
        proof.actual_other_income = _money(data.other_income, _("Einnahmen (Ist)"), "other_income")
        proof.report_text = clean_text(data.report_text, _("Sachbericht"), required=False, max_len=50000,
                                       multiline=True)
        uow.commit()


def require_open_list(uow: UnitOfWork, proof: ProofOfUse) -> None:
    draw = latest_draw(uow.session, proof.id)
    if draw is not None:
        raise ValidationError(_("Die Stichprobe ist schon gezogen (Startwert {seed}); die Belegliste kann nicht mehr "
                                "geändert werden.").format(seed=draw.seed))


def _next_position(uow: UnitOfWork, proof: ProofOfUse) -> int:
    return int(uow.session.scalar(select(func.coalesce(func.max(Receipt.position), 0))
                                  .where(Receipt.proof_id == proof.id)) or 0) + 1


def add_receipt(uow: UnitOfWork, file_number: str, data: ReceiptInput) -> int:
    """One receipt typed in, checked by the same rules as an imported one."""
    receipt_date = require_date(data.receipt_date, _("Belegdatum"), field="receipt_date")
    paid_on = parse_date(data.paid_on, _("Bezahlt am"), field="paid_on", required=False)
    amount = to_money(data.amount, "amount")
    with uow:
        app, proof = open_proof(uow, file_number, "add-receipt")
        require_open_list(uow, proof)
        payee, purpose = check_receipt(case_frame(app), receipt_date, data.payee, data.purpose, amount,
                                       data.cost_line_id, paid_on)
        receipt = Receipt(proof_id=proof.id, position=_next_position(uow, proof), receipt_date=receipt_date,
                          payee=payee, purpose=purpose, amount=amount, cost_line_id=data.cost_line_id, paid_on=paid_on)
        uow.session.add(receipt)
        uow.session.flush()
        receipt_id = receipt.id
        uow.commit()
    return receipt_id


def remove_receipt(uow: UnitOfWork, file_number: str, receipt_id: int) -> None:
    with uow:
        _app, proof = open_proof(uow, file_number, "remove-receipt")
        require_open_list(uow, proof)
        receipt = uow.session.get(Receipt, receipt_id)
        if receipt is None or receipt.proof_id != proof.id:
            raise NotFound(_("Den Beleg Nr. {id} gibt es zu {ref} nicht.").format(id=receipt_id, ref=file_number))
        uow.session.delete(receipt)
        uow.commit()


def check_receipt_list(uow: UnitOfWork, file_number: str, request: ImportRequest) -> ReceiptPlan:
    """Dry run: read and check every row, write nothing."""
    table = read_receipt_table(request.path, request.sheet, import_limits(uow.database))
    with uow:
        uow.act("check-receipts", permission="case.read")
        app = load_case(uow.session, file_number)
        return check_receipts(table, case_frame(app), request.mapping)


def import_receipts(uow: UnitOfWork, file_number: str, request: ImportRequest) -> ReceiptPlan:
    """Import the list in one transaction; refuses (writing nothing) when any row has an error."""
    # before the transaction: a bad file locks nothing
    table = read_receipt_table(request.path, request.sheet, import_limits(uow.database))
    with uow:
        reason = _("Belegliste aus »{name}«").format(name=table.file_name)
        app, proof = open_proof(uow, file_number, "import-receipts", reason)
        require_open_list(uow, proof)
        plan = check_receipts(table, case_frame(app), request.mapping)
        if plan.errors:
            raise ReceiptImportRefused(_("Es wurde nichts importiert: {rows} Zeilen der Belegliste haben Fehler. "
                                         "Bitte die Liste korrigieren und erneut importieren.").format(
                rows=len(plan.invalid_rows) or len(plan.errors)), plan)
        existing = uow.session.scalar(select(func.count()).select_from(Receipt).where(Receipt.proof_id == proof.id))
        if existing and not request.replace:
            raise ValidationError(_("Zu {ref} sind schon {n} Belege erfasst; zum Ersetzen der Belegliste bitte "
                                    "»ersetzen« wählen.").format(ref=file_number, n=existing))
        uow.session.execute(delete(Receipt).where(Receipt.proof_id == proof.id))
        for position, row in enumerate(plan.receipts, start=1):
            uow.session.add(Receipt(proof_id=proof.id, position=position, receipt_date=row.receipt_date,
                                    payee=row.payee, purpose=row.purpose, amount=row.amount,
                                    cost_line_id=row.cost_line_id, paid_on=row.paid_on))
        uow.commit()
    return plan


def document_type(session: Session, code_and_name: tuple[str, str]) -> DocumentType:
    """A document type of the proof of use; added once on databases set up before it existed."""
    code, name = code_and_name
    kind = session.scalar(select(DocumentType).where(DocumentType.code == code))
    if kind is None:
        position = session.scalar(select(func.coalesce(func.max(DocumentType.position), 0))) or 0
        kind = DocumentType(code=code, name=name, position=position + 1)
        session.add(kind)
        session.flush()
    return kind


def attach_report(uow: UnitOfWork, file_number: str, file_name: str, content: bytes,
                  received_on: dt.date | str | None = None) -> str:
    """The narrative report as a file (PDF, Word …), stored as a document of the case with its SHA-256, in one
    transaction; returns the hash."""
    name = safe_file_name(file_name)
    content_type = media_type(content, name)  # refuse a wrong or empty file before anything is written
    received = parse_date(received_on, _("Eingang"), required=False)
    digest = hashlib.sha256(content).hexdigest()
    with uow:
        app, _proof = open_proof(uow, file_number, "attach-report", coded(N_("Sachbericht »{name}«"), name=name))
        uow.session.add(Document(
            application_id=app.id, document_type_id=document_type(uow.session, REPORT_DOCUMENT).id,
            received_on=received or clock.today(), recorded_by=uow.actor.username,
            note=pack(coded(N_("Sachbericht zum Verwendungsnachweis"))), file_name=name, content_type=content_type,
            content=content,
            size=len(content), sha256=digest))
        uow.commit()
    return digest
