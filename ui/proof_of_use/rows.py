"""The proof-of-use review as table rows for the tab (pure: no widgets, only prepared texts)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from app.proof.review import ReceiptFigures
from app.proof.statement import Statement, StatementLine
from ui import formatting
from ui.widgets.text_table import TextRow

if TYPE_CHECKING:
    from app.proof.queries import ProofReviewView

FLAG_BACKGROUND = "#fde2de"
OPEN_BACKGROUND = "#fff4d6"


def tr(text: str) -> str:
    return QCoreApplication.translate("ProofOfUse", text)


def percent(share: object) -> str:
    if share is None:
        return "–"
    return f"{share * 100:.2f} %".replace(".", ",")  # type: ignore[operator]


def _line_row(s: StatementLine) -> TextRow:
    head = (str(s.line.position), s.line.description, formatting.money(s.line.planned))
    if s.line.actual is None:  # the proof states totals only: the plan is never shown as the actual amount
        cells = (*head, tr("(nicht einzeln erfasst)"), "–", "–", formatting.money(s.line.receipts), "")
    else:
        cells = (*head, formatting.money(s.actual), formatting.money(s.difference), percent(s.over_share),
                 formatting.money(s.line.receipts), s.flag or "")
    return TextRow(cells, s.line.cost_line_id, tooltips=(None,) * 7 + (s.flag,),
                   background=FLAG_BACKGROUND if s.flagged else None)


def statement_rows(statement: Statement) -> list[TextRow]:
    """One row per cost line (flagged lines highlighted, the reason as tooltip), then the totals as the proof
    states them and their eligible part (where the final calculation starts)."""
    rows = [_line_row(s) for s in statement.lines]
    rows.append(TextRow(("", tr("Summe"), formatting.money(statement.planned_total),
                         formatting.money(statement.actual_total),
                         formatting.money(statement.actual_total - statement.planned_total), "", "", "")))
    rows.append(TextRow(("", tr("davon zuwendungsfähig"), formatting.money(statement.planned_eligible),
                         formatting.money(statement.actual_eligible),
                         formatting.money(statement.actual_eligible - statement.planned_eligible), "", "", "")))
    return rows


def check_text(receipt: ReceiptFigures) -> str:
    if receipt.result is None:
        return tr("offen") if receipt.in_sample else "–"
    if receipt.result == "accepted":
        text = tr("anerkannt")
    else:
        text = tr("nicht anerkannt: {amount}").format(amount=formatting.money(receipt.not_accepted))
    return f"{text} – {receipt.reason}" if receipt.reason else text


def receipt_rows(receipts: tuple[ReceiptFigures, ...]) -> list[TextRow]:
    """All receipts; the sample marked with ●, open sample items and amounts not accepted highlighted."""
    rows = []
    for r in receipts:
        background = FLAG_BACKGROUND if r.not_accepted > 0 else OPEN_BACKGROUND if (
            r.in_sample and r.result is None) else None
        rows.append(TextRow((str(r.position), "●" if r.in_sample else "", formatting.date(r.receipt_date),
                             formatting.date(r.paid_on), r.payee, r.purpose, formatting.money(r.amount), r.cost_line,
                             check_text(r)), r.id, background=background))
    return rows


def calculation_text(view: ProofReviewView) -> str:
    """The final calculation step by step and what comes next, once the review is done; before, what is left."""
    if not view.review_done:
        return view.pending_review
    return f"{view.review.text}\n\n{outcome_text(view)}"


def summary_text(view: ProofReviewView) -> str:
    review = view.review
    parts = [tr("Eingang {day}").format(day=formatting.date(view.received_on)),
             tr("{n} Belege über {total}").format(n=len(view.receipts), total=formatting.money(view.receipts_total))]
    if view.draw is not None:
        parts.append(tr("Stichprobe: {k} Belege, Startwert {seed}, {open} offen").format(
            k=len(view.draw.positions), seed=view.draw.seed, open=view.sample_open))
    if view.review_done:  # never a final grant before the receipts are reviewed
        parts.append(tr("endgültige Zuwendung {final}, Zinsen § 49a Abs. 4 VwVfG {interest}").format(
            final=formatting.money(review.final), interest=formatting.money(review.abs4_interest)))
    else:
        parts.append(tr("endgültige Zuwendung: nach der Belegprüfung"))
    if view.notes:
        parts.append(tr("Prüfvermerk vom {day} (Unterlage Nr. {id})").format(
            day=formatting.date(view.notes[-1].received_on), id=view.notes[-1].document_id))
    return " · ".join(parts)


def funds_text(view: ProofReviewView) -> str:
    return " · ".join(tr("{label}: Plan {planned}, Ist {actual}").format(
        label=f.label, planned=formatting.money(f.planned), actual=formatting.money(f.actual)) for f in view.funds)


def outcome_text(view: ProofReviewView) -> str:
    """What comes next, in the words of the workflow's actions (nothing once the review is over)."""
    review = view.review
    if not view.editable:
        return ""
    if review.outcome == "balance":
        return tr("Nächster Schritt: Restzahlung {amount} buchen, danach »Abschließen«.").format(
            amount=formatting.money(review.balance))
    if review.outcome == "clawback":
        return tr("Nächster Schritt: Anhörung zur Rückforderung von {amount} (zzgl. Zinsen nach § 49a Abs. 4 VwVfG "
                  "{interest}) einleiten; nach der Anhörung »Abschließen« setzt die Rückforderung fest.").format(
            amount=formatting.money(review.clawback), interest=formatting.money(review.abs4_interest))
    return tr("Nächster Schritt: »Abschließen« ohne Rückforderung.")
