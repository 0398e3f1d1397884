"""The proof-of-use review of one case as plain values: figures per cost line with flags, funds, receipts,
the sample with its results, the step-by-step final calculation and the Prüfvermerke issued.

Used by the tab "Verwendungsnachweis", the CLI (`foerderdesk proof show`) and the Prüfvermerk PDF.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.cases.rules.plan import plan_sums
from app.kernel.case_records import case_file_number, load_case
from app.kernel.i18n import _
from app.kernel.uow import UnitOfWork
from app.proof.loading import latest_draw, latest_proof, load_final_review, receipt_figures, receipts_of, statement
from app.proof.receipt_list import CaseFrame, CostLineRef
from app.proof.review import FinalReview, ReceiptFigures
from app.proof.sample_check import reproduce
from app.proof.service import REPORT_DOCUMENT, REVIEW_NOTE_DOCUMENT
from app.proof.statement import Statement
from db.enums import Status
from db.models import Application, Document, DocumentType, SampleDraw


@dataclass(frozen=True)
class DrawInfo:
    seed: str
    share: Decimal
    minimum: int
    drawn_at: dt.datetime
    drawn_by: str
    positions: tuple[int, ...]  # in drawing order
    reproducible: bool


@dataclass(frozen=True)
class FundsRow:
    label: str
    planned: Decimal
    actual: Decimal


@dataclass(frozen=True)
class StoredFile:
    """A file stored with the case: the narrative report, or a Prüfvermerk (exact PDF bytes)."""

    document_id: int
    file_name: str
    sha256: str
    received_on: dt.date
    recorded_at: dt.datetime
    recorded_by: str


@dataclass(frozen=True)
class ProofReviewView:
    file_number: str
    status: Status
    editable: bool  # in the proof-of-use review: figures, receipts and sample may change
    proof_version: int
    received_on: dt.date
    report_text: str | None
    report_files: tuple[StoredFile, ...]
    statement: Statement
    funds: tuple[FundsRow, ...]
    receipts: tuple[ReceiptFigures, ...]
    draw: DrawInfo | None
    review: FinalReview
    notes: tuple[StoredFile, ...]  # Prüfvermerke issued
    cost_lines: tuple[CostLineRef, ...]
    period: tuple[dt.date | None, dt.date | None]

    @property
    def sample_open(self) -> int:
        return sum(1 for r in self.receipts if r.in_sample and r.result is None)

    @property
    def review_done(self) -> bool:
        """The final grant is known only once the receipts are reviewed: the sample drawn and each receipt it drew
        checked (or the case past the review, its final grant fixed)."""
        return not self.editable or (self.draw is not None and self.sample_open == 0)

    @property
    def pending_review(self) -> str:
        """Why the final grant is not known yet: what of the receipt review is still to do (GUI and CLI)."""
        if not self.receipts:
            step = _("die Belege erfassen, die Stichprobe ziehen und die gezogenen Belege prüfen")
        elif self.draw is None:
            step = _("die Stichprobe ziehen und die gezogenen Belege prüfen")
        else:
            step = _("noch {n} Belege der Stichprobe prüfen").format(n=self.sample_open)
        return _("Die endgültige Zuwendung steht erst nach der Belegprüfung fest: {step}.").format(step=step)

    @property
    def frame(self) -> CaseFrame | None:
        """What a typed receipt is checked against (None without a grant period)."""
        start, end = self.period
        return CaseFrame(start, end, self.cost_lines) if start and end else None

    @property
    def receipts_total(self) -> Decimal:
        return sum((r.amount for r in self.receipts), Decimal("0.00"))


def draw_info(session: Session, proof_id: int) -> DrawInfo | None:
    draw: SampleDraw | None = latest_draw(session, proof_id)
    if draw is None:
        return None
    receipts = receipts_of(session, proof_id)
    by_id = {r.id: r.position for r in receipts}
    positions = tuple(by_id.get(i, 0) for i in json.loads(draw.receipt_ids))
    return DrawInfo(draw.seed, draw.share, draw.minimum, draw.drawn_at, draw.drawn_by, positions,
                    reproduce(draw, receipts))


def _files(session: Session, app: Application, code: str) -> tuple[StoredFile, ...]:
    rows = session.execute(select(Document.id, Document.file_name, Document.sha256, Document.received_on,
                                  Document.recorded_at, Document.recorded_by)
                           .join(DocumentType, Document.document_type_id == DocumentType.id)
                           .where(Document.application_id == app.id, DocumentType.code == code,
                                  Document.sha256.is_not(None)).order_by(Document.id))
    return tuple(StoredFile(r[0], r[1] or "", r[2] or "", r[3], r[4], r[5]) for r in rows)


def review_view(session: Session, app: Application) -> ProofReviewView | None:
    proof = latest_proof(session, app.id)
    if proof is None:
        return None
    sums = plan_sums(app)
    funds = (FundsRow(_("Eigenmittel"), sums.own_funds, proof.actual_own_funds),
             FundsRow(_("Drittmittel"), sums.third_party_funds, proof.actual_third_party_funds),
             FundsRow(_("Sonstige Einnahmen"), sums.other_income, proof.actual_other_income))
    return ProofReviewView(
        file_number=case_file_number(app), status=app.status, editable=app.status == Status.proof_review,
        proof_version=proof.version, received_on=proof.received_on, report_text=proof.report_text,
        report_files=_files(session, app, REPORT_DOCUMENT[0]), statement=statement(session, app, proof), funds=funds,
        receipts=receipt_figures(session, app, proof), draw=draw_info(session, proof.id),
        review=load_final_review(session, app, proof), notes=_files(session, app, REVIEW_NOTE_DOCUMENT[0]),
        cost_lines=tuple(CostLineRef(c.id, c.position, c.description, c.category.value) for c in app.cost_lines),
        period=(app.start_date, app.end_date))


def proof_review(uow: UnitOfWork, file_number: str) -> ProofReviewView | None:
    """The review of a case; None while no proof of use is recorded."""
    with uow:
        uow.act("read-proof-review", permission="case.read")
        return review_view(uow.session, load_case(uow.session, file_number))
