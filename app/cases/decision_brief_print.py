"""The decision brief (`app.cases.decision_brief`) as the plain values of its one-page PDF."""

from __future__ import annotations

from pathlib import Path

from app.cases.decision_brief import DecisionBrief, key_figures, money, rate, read_decision_brief
from app.kernel import atomic, clock
from app.kernel.i18n import _
from app.kernel.money import format_eur
from app.kernel.periods import format_date
from app.kernel.uow import UnitOfWork
from reports.decision_brief import BriefCheck, BriefSection, DecisionBriefDocument, render_decision_brief


def document(brief: DecisionBrief) -> DecisionBriefDocument:
    b = brief.budget
    plan = tuple((label, format_eur(amount)) for label, amount in brief.plan_lines)
    budget_rows = (
        (_("Haushaltsansatz {code} {year}").format(code=b.programme_code, year=b.fiscal_year), money(b.allocation)),
        (_("bereits bewilligt"), format_eur(b.committed)),
        (_("diese Entscheidung"), format_eur(b.this_decision)),
        (_("frei nach dieser Entscheidung"), money(b.left_after)))
    decision_rows = (
        (_("Ergebnis"), brief.outcome_label), (_("Betrag"), money(brief.amount)),
        (_("Beantragt"), format_eur(brief.requested)),
        (_("Fördersatz"), _("{rate} (höchstens {maximum})").format(rate=rate(brief.funding_rate),
                                                                    maximum=rate(brief.max_funding_rate))),
        (_("Finanzierungsart"), brief.financing_type),
        (_("Sozialplan"), _("{score} · Ziele: {goals}").format(score=brief.score or _("nicht ausgefüllt"),
                                                               goals=brief.alignment)),
        (_("Vorgeschlagen von"), _("{name} am {day}").format(name=brief.proposer,
                                                             day=format_date(brief.proposed_at.date()))))
    checks = tuple(BriefCheck(c.mark, _("Formell: {label}").format(label=c.label), c.detail,
                              not c.passed and not c.overridden) for c in brief.formal_checks) + tuple(
        BriefCheck(c.mark, _("Inhaltlich: {label}").format(label=c.label), c.detail, not c.passed)
        for c in brief.content_checks)
    reason = brief.reasons or _("(keine Begründung angegeben)")
    if brief.conditions:
        reason += "\n" + _("Nebenbestimmungen: {text}").format(text=brief.conditions)
    return DecisionBriefDocument(
        office=brief.office, title=_("Entscheidungsvorlage"),
        subtitle=f"{brief.file_number} · {brief.title}\n{brief.applicant} · {brief.programme} · {brief.fiscal_year}",
        key_figures=key_figures(brief),
        sections=(BriefSection(_("Entscheidungsvorschlag"), decision_rows),
                  BriefSection(_("Finanzierungsplan"), plan), BriefSection(_("Haushalt"), budget_rows)),
        checks_title=_("Prüfergebnisse"), checks=checks, reason_title=_("Begründung der Sachbearbeitung"),
        reason=reason, signature=_("Bestätigt (Vier-Augen-Prinzip): ______________________________  Datum, "
                                   "Unterschrift"),
        footer=_("Erstellt mit FörderDesk am {day}.").format(day=format_date(clock.today())))


def render(brief: DecisionBrief) -> bytes:
    return render_decision_brief(document(brief))


def brief_pdf(uow: UnitOfWork, file_number: str) -> bytes:
    """The brief of the case's open proposal as a one-page PDF."""
    return render(read_decision_brief(uow, file_number))


def write_brief(uow: UnitOfWork, file_number: str, target: Path) -> Path:
    """The PDF written to `target` complete or not at all."""
    atomic.check_target(Path(target))
    atomic.write_bytes(Path(target), brief_pdf(uow, file_number))
    return Path(target)
