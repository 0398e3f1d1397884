"""The Prüfvermerk: the record of the proof-of-use review as a report document (`reports.proof`).

It states the case, the narrative report, the figures per cost line with their flags, the funds, the receipt
list with the sample (seed, share, minimum, drawn by) and each result, the calculation step by step, the
§ 49a Abs. 4 interest, the outcome, and who checked on which day.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from app.cases.financing import financing_label
from app.kernel.i18n import _
from app.kernel.money import format_eur, format_percent
from app.kernel.periods import format_date
from app.proof.idle_funds import IdleFunds
from app.proof.queries import ProofReviewView
from app.proof.review import ReceiptFigures
from app.proof.statement import Statement
from db.models import Application
from reports.letters.model import Bullet, Heading, Letterhead, Para
from reports.proof.model import Block, Grid, ReportDocument

REPORT_EXCERPT = 3000
RESULTS = {"accepted": _("anerkannt"), "not_accepted": _("nicht anerkannt")}


def _percent(share: Decimal | None) -> str:
    return "–" if share is None else format_percent(share)


def statement_grid(statement: Statement) -> Grid:
    """Planned against actual per cost line; flagged lines are highlighted."""
    rows = [(str(s.line.position), s.line.description + ("" if s.line.eligible else _(" (nicht zuwendungsfähig)")),
             format_eur(s.line.planned), format_eur(s.actual), format_eur(s.difference), _percent(s.over_share),
             format_eur(s.line.receipts), s.flag or "") for s in statement.lines]
    rows.append(("", _("Summe"), format_eur(statement.planned_total), format_eur(statement.actual_total),
                 format_eur(statement.actual_total - statement.planned_total), "", "", ""))
    marked = frozenset(i for i, s in enumerate(statement.lines) if s.flagged)
    return Grid((_("Pos."), _("Kostenposition"), _("Plan"), _("Ist"), _("Differenz"), _("über Plan"), _("Belege"),
                 _("Hinweis")), tuple(rows), (0, 0.5, 0, 0, 0, 0, 0, 0.5),
                right=frozenset({0, 2, 3, 4, 5, 6}), marked=marked, total=True, size=7.5)


def check_text(receipt: ReceiptFigures) -> str:
    """ "anerkannt", "nicht anerkannt: 400,00 € – Begründung", "offen" (sampled, no result yet) or "–"."""
    if receipt.result is None:
        return _("offen") if receipt.in_sample else "–"
    if receipt.result == "accepted":
        text = RESULTS["accepted"]
    else:
        text = _("nicht anerkannt: {amount}").format(amount=format_eur(receipt.not_accepted))
    return f"{text} – {receipt.reason}" if receipt.reason else text


def receipt_grid(receipts: tuple[ReceiptFigures, ...]) -> Grid:
    """All receipts; ● marks the sample, rows with amounts not accepted are highlighted."""
    rows = tuple((str(r.position) + (" ●" if r.in_sample else ""), format_date(r.receipt_date),
                  format_date(r.paid_on) if r.paid_on else "–", r.cost_line.split(".")[0], f"{r.payee} – {r.purpose}",
                  format_eur(r.amount), check_text(r)) for r in receipts)
    marked = frozenset(i for i, r in enumerate(receipts) if r.not_accepted > 0)
    return Grid((_("Nr."), _("Datum"), _("bezahlt"), _("Pos."), _("Empfänger – Zweck"), _("Betrag"),
                 _("Prüfergebnis")), rows, (0, 0, 0, 0, 0.5, 0, 0.5), right=frozenset({0, 1, 2, 3, 5}),
                marked=marked, size=7.5)


def _span(start: dt.date, end: dt.date) -> str:
    """ "10.04.–20.08.2026" (the year once when both days fall in it)."""
    first = format_date(start)[:6] if start.year == end.year else format_date(start)
    return f"{first}–{format_date(end)}"


def idle_grid(idle: IdleFunds) -> Grid:
    """One row per part of the § 49a Abs. 4 interest (a late amount may span a change of the base rate)."""
    rows = []
    for a in idle.allocations:
        head = (a.use.label.split(" (")[0], format_date(a.used_on), format_eur(a.amount),
                format_date(a.payment.paid_on), format_date(a.payment.use_by))
        if a.interest is None:
            rows.append((*head, _("rechtzeitig"), "", "", ""))
            continue
        for index, part in enumerate(a.interest.parts):
            shown = head if index == 0 else ("", "", "", "", "")
            rows.append((*shown, _span(part.start, part.end), str(part.days),
                         f"{str(part.rate).replace('.', ',')} %", format_eur(part.raw)))
    rows.append((_("Summe"), "", "", "", "", "", "", "", format_eur(idle.total)))
    marked = frozenset(i for i, row in enumerate(rows[:-1]) if row[6])
    return Grid((_("Beleg"), _("verwendet"), _("Anteil"), _("Auszahlung"), _("verwenden bis"), _("Zinszeitraum"),
                 _("Tage"), _("Satz"), _("Zinsen")), tuple(rows), (0.4, 0, 0, 0, 0, 0.6, 0, 0, 0),
                right=frozenset({1, 2, 3, 4, 6, 7, 8}), marked=marked, total=True, size=7.5)


def _report_blocks(view: ProofReviewView) -> list[Block]:
    blocks: list[Block] = [Heading(_("1. Sachbericht"))]
    text = (view.report_text or "").strip()
    if text:
        blocks.append(Para(text if len(text) <= REPORT_EXCERPT else text[:REPORT_EXCERPT] + " […]"))
    blocks += [Bullet(_("Anlage: {name} (eingegangen {day}, SHA-256 {sha})").format(
        name=f.file_name, day=format_date(f.received_on), sha=f.sha256)) for f in view.report_files]
    if not text and not view.report_files:
        blocks.append(Para(_("Ein Sachbericht liegt nicht vor.")))
    return blocks


def _figure_blocks(view: ProofReviewView) -> list[Block]:
    statement = view.statement
    funds = Grid((_("Finanzierung"), _("Plan"), _("Ist"), _("Differenz")), tuple(
        (f.label, format_eur(f.planned), format_eur(f.actual), format_eur(f.actual - f.planned)) for f in view.funds),
        (0.4, 0.2, 0.2, 0.2), right=frozenset({1, 2, 3}))
    flagged = len(statement.flagged)
    summary = _("Zulässige Überschreitung einer Position: {tolerance}, wenn durch Einsparungen bei anderen Positionen "
                "ausgeglichen (Einsparungen insgesamt {savings}). {flags}").format(
        tolerance=format_percent(statement.tolerance), savings=format_eur(statement.savings),
        flags=_("Auffällige Positionen: {n} (markiert).").format(n=flagged) if flagged
        else _("Keine Position ist auffällig."))
    return [Heading(_("2. Zahlenmäßiger Nachweis")), statement_grid(statement), Para(summary), funds]


def _sample_blocks(view: ProofReviewView) -> list[Block]:
    blocks: list[Block] = [Heading(_("3. Belegliste und Stichprobe"))]
    if not view.receipts:
        return [*blocks, Para(_("Eine Belegliste wurde nicht erfasst."))]
    blocks.append(Para(_("{n} Belege über insgesamt {total}.").format(n=len(view.receipts),
                                                                     total=format_eur(view.receipts_total))))
    draw = view.draw
    if draw is not None:
        blocks.append(Para(_("Stichprobe gezogen am {day} von {user}: Startwert {seed}, Anteil {share}, mindestens "
                             "{minimum} Belege; gezogen wurden die Belege Nr. {numbers} (● in der Tabelle). Mit "
                             "demselben Startwert ergibt sich dieselbe Stichprobe: {again}.").format(
            day=format_date(draw.drawn_at.date()), user=draw.drawn_by, seed=draw.seed, share=format_percent(draw.share),
            minimum=draw.minimum, numbers=", ".join(map(str, draw.positions)),
            again=_("geprüft, ja") if draw.reproducible else _("NEIN – bitte klären"))))
    return [*blocks, receipt_grid(view.receipts)]


def _calculation_blocks(view: ProofReviewView) -> list[Block]:
    blocks: list[Block] = [Heading(_("4. Berechnung Schritt für Schritt"))]
    idle = view.review.idle
    for step in view.review.steps:
        blocks.append(Para("4." + step.title, bold=True))  # "4.1. Nicht anerkannte Beträge …"
        if step is view.review.steps[3] and idle is not None:
            blocks += [Bullet(line) for line in view.review.idle_intro]
            blocks.append(idle_grid(idle))
            blocks += [Bullet(line) for line in idle.unused_lines()]
        else:
            blocks += [Bullet(line) for line in step.lines]
    return blocks


def case_facts(app: Application, view: ProofReviewView) -> tuple[tuple[str, str], ...]:
    rate = f" ({format_percent(app.funding_rate)})" if app.funding_rate is not None else ""
    period = view.period
    return (
        (_("Aktenzeichen"), view.file_number), (_("Maßnahme"), app.title),
        (_("Zuwendungsempfänger"), app.applicant.name),
        (_("Förderprogramm"), f"{app.programme.code} – {app.programme.name}"),
        (_("Finanzierungsart"), financing_label(app.financing_type) + rate),
        (_("Bewilligungszeitraum"), f"{format_date(period[0]) if period[0] else '–'} – "
                                    f"{format_date(period[1]) if period[1] else '–'}"),
        (_("Zuwendungsbescheid vom"), format_date(app.decided_on) if app.decided_on else "–"),
        (_("Bewilligt / ausgezahlt"), f"{format_eur(app.approved_amount or Decimal(0))} / "
                                      f"{format_eur(app.paid_amount)}"),
        (_("Verwendungsnachweis eingegangen"), format_date(view.received_on)))


def review_note_document(app: Application, view: ProofReviewView, letterhead: Letterhead, checker: str,
                         day: dt.date) -> ReportDocument:
    blocks = [*_report_blocks(view), *_figure_blocks(view), *_sample_blocks(view), *_calculation_blocks(view)]
    title = _("Prüfvermerk zum Verwendungsnachweis")
    return ReportDocument(
        letterhead=letterhead, title=title, facts=case_facts(app, view), blocks=tuple(blocks),
        signature=(_("Geprüft: {name}, {day}").format(name=checker, day=format_date(day)), "",
                   _("Sachlich und rechnerisch richtig: ______________________________ (Unterschrift)")),
        continuation=_("Prüfvermerk {ref} vom {day}").format(ref=view.file_number, day=format_date(day)),
        keywords=(view.file_number, title), subject=f"{title} {view.file_number}")
