"""The final calculation after the proof of use, step by step as a caseworker checks it by hand.

1. Amounts not accepted in the receipt check come off the actual eligible costs (recognised costs).
2. The final grant (Schlussrechnung, Nr. 2 ANBest-P, `app.proof.calculation`) from the recognised costs and the
   actual Deckungsmittel against the approved plan.
3. Paid against final: a balance still to pay, or a clawback (paid − final).
4. § 49a Abs. 4 interest on money used after the period (`app.proof.idle_funds`): each receipt's grant share
   is its accepted amount × final grant / recognised costs (at most 100 %); only receipts on eligible lines.
5. The outcome: close, pay the balance first, or hear the recipient and claw back.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from app.kernel.i18n import _
from app.kernel.interest import RateTable
from app.kernel.money import ZERO, format_eur, format_percent, round_cent
from app.kernel.periods import format_date
from app.proof.calculation import ActualFigures, ApprovedPlan, FinalCalculation
from app.proof.calculation import final_calculation as schlussrechnung
from app.proof.idle_funds import IdleFunds, PaidOut, Use, idle_fund_interest


@dataclass(frozen=True)
class ReceiptFigures:
    """One receipt as the calculation needs it."""

    id: int
    position: int
    receipt_date: dt.date
    payee: str
    purpose: str
    amount: Decimal
    cost_line: str
    eligible_line: bool
    paid_on: dt.date | None
    in_sample: bool
    result: str | None  # "accepted" / "not_accepted" / None
    accepted_amount: Decimal | None
    reason: str | None
    checked_by: str | None = None
    cost_line_id: int | None = None

    @property
    def not_accepted(self) -> Decimal:
        if self.result != "not_accepted":
            return ZERO
        return self.amount - (self.accepted_amount or ZERO)

    @property
    def recognised(self) -> Decimal:
        return self.amount - self.not_accepted

    @property
    def used_on(self) -> dt.date:
        return self.paid_on or self.receipt_date


@dataclass(frozen=True)
class ProofFigures:
    """What the final calculation reads: the approved plan, the actual figures, receipts and payments."""

    plan: ApprovedPlan
    paid: Decimal
    eligible_costs: Decimal
    own_funds: Decimal
    third_party_funds: Decimal
    other_income: Decimal
    receipts: tuple[ReceiptFigures, ...] = ()
    payments: tuple[PaidOut, ...] = ()
    use_within_months: int = 2
    threshold: Decimal = ZERO  # Bagatellgrenze: a smaller reduction is not made
    fixed: Decimal | None = None  # the final grant fixed when the case was closed


class Outcome(StrEnum):
    close = "close"  # final = paid: close without clawback
    balance = "balance"  # final > paid: pay the balance, then close
    clawback = "clawback"  # paid > final or Abs. 4 interest: hearing, then close with clawback


@dataclass(frozen=True)
class Step:
    title: str
    lines: tuple[str, ...]


@dataclass(frozen=True)
class FinalReview:
    not_accepted: tuple[ReceiptFigures, ...]
    not_accepted_total: Decimal
    recognised_costs: Decimal
    calculation: FinalCalculation
    paid: Decimal
    balance: Decimal
    clawback: Decimal
    idle: IdleFunds | None
    outcome: Outcome
    steps: tuple[Step, ...]
    idle_intro: tuple[str, ...] = ()  # the Abs. 4 step's lines before the allocations (payments, grant share)

    @property
    def final(self) -> Decimal:
        return self.calculation.final

    @property
    def abs4_interest(self) -> Decimal:
        return self.idle.total if self.idle else ZERO

    @property
    def text(self) -> str:
        return "\n".join(line for step in self.steps for line in (step.title, *step.lines))


def final_calculation(figures: ProofFigures, not_accepted: Decimal) -> FinalCalculation:
    """The final grant from the recognised costs, with the deduction as the first lines."""
    actual = ActualFigures(figures.eligible_costs, figures.own_funds, figures.third_party_funds,
                           figures.other_income, not_accepted)
    return schlussrechnung(figures.plan, actual, figures.threshold)


def _uses(figures: ProofFigures, final: Decimal, recognised: Decimal) -> tuple[list[Use], list[str]]:
    if recognised <= 0 or final <= 0:
        return [], [_("Keine anerkannten Ausgaben: es wird keine Zuwendung verwendet.")]
    share = min(Decimal(1), final / recognised)
    lines = [_("Anteil der Zuwendung an den anerkannten Ausgaben: {final} / {costs} = {share}").format(
        final=format_eur(final), costs=format_eur(recognised), share=format_percent(share.quantize(Decimal("0.0001"))))]
    uses = []
    for receipt in sorted(figures.receipts, key=lambda r: (r.used_on, r.position)):
        if not receipt.eligible_line or receipt.recognised <= 0:
            continue
        amount = round_cent(receipt.recognised * share)
        uses.append(Use(receipt.used_on, amount, _("Beleg {n} ({payee}, {base} × {share})").format(
            n=receipt.position, payee=receipt.payee, base=format_eur(receipt.recognised),
            share=format_percent(share.quantize(Decimal("0.0001"))))))
    return uses, lines


def idle_step(figures: ProofFigures, final: Decimal, recognised: Decimal, base_rates: RateTable,
              surcharges: RateTable) -> tuple[IdleFunds | None, Step, tuple[str, ...]]:
    """The Abs. 4 interest with its step; the third value are the step's lines before the allocations."""
    title = _("4. Zinsen nach § 49a Abs. 4 VwVfG (Verwendungsfrist {months} Monate nach Auszahlung)").format(
        months=figures.use_within_months)
    if not figures.receipts:
        missing = (_("Keine Belegliste erfasst: die Verwendung der Mittel ist nicht datiert, Zinsen nach Abs. 4 "
                     "werden nicht berechnet."),)
        return None, Step(title, missing), missing
    if not figures.payments:
        return None, Step(title, (_("Es wurde nichts ausgezahlt."),)), (_("Es wurde nichts ausgezahlt."),)
    uses, lines = _uses(figures, final, recognised)
    idle = idle_fund_interest(figures.payments, uses, base_rates, surcharges)
    payments = [_("Auszahlung am {day}: {amount}, zu verwenden bis {use_by}").format(
        day=format_date(p.paid_on), amount=format_eur(p.amount), use_by=format_date(p.use_by))
        for p in figures.payments]
    return idle, Step(title, (*payments, *lines, *idle.explain())), (*payments, *lines)


def _deduction_step(receipts: Sequence[ReceiptFigures], total: Decimal, figures: ProofFigures) -> Step:
    lines = [_("Beleg {n} ({payee}, {purpose}): {amount} nicht anerkannt – {reason}").format(
        n=r.position, payee=r.payee, purpose=r.purpose, amount=format_eur(r.not_accepted), reason=r.reason or "–")
        for r in receipts]
    if not lines:
        lines = [_("Alle geprüften Belege wurden anerkannt.")]
    lines.append(_("Anerkannte zuwendungsfähige Ausgaben: {eligible} − {total} = {recognised}").format(
        eligible=format_eur(figures.eligible_costs), total=format_eur(total),
        recognised=format_eur(max(ZERO, figures.eligible_costs - total))))
    return Step(_("1. Nicht anerkannte Beträge aus der Belegprüfung"), tuple(lines))


def _outcome(final: Decimal, paid: Decimal, interest: Decimal) -> tuple[Outcome, Step]:
    clawback, balance = max(ZERO, paid - final), max(ZERO, final - paid)
    lines = [_("Endgültige Zuwendung {final}, ausgezahlt {paid}").format(final=format_eur(final),
                                                                          paid=format_eur(paid))]
    if balance:
        lines.append(_("Restzahlung {amount} auszahlen, danach abschließen.").format(amount=format_eur(balance)))
        outcome = Outcome.balance
    elif clawback or interest:
        lines.append(_("Rückforderung {amount} zuzüglich Zinsen nach § 49a Abs. 4 VwVfG {interest} (und Zinsen nach "
                       "Abs. 3 bis zur Rückzahlung): vorher Anhörung nach § 28 VwVfG.").format(
            amount=format_eur(clawback), interest=format_eur(interest)))
        outcome = Outcome.clawback
    else:
        lines.append(_("Ausgezahlt ist genau die endgültige Zuwendung: Abschluss ohne Rückforderung."))
        outcome = Outcome.close
    return outcome, Step(_("5. Ergebnis"), tuple(lines))


def _paid_step(paid: Decimal, calculation: FinalCalculation) -> Step:
    """The approval, the final grant and the payments side by side: the amount to claw back or still to pay."""
    final = calculation.final
    lines = [_("Bewilligt: {approved}").format(approved=format_eur(calculation.approved)),
             _("Endgültige Zuwendung: {final}").format(final=format_eur(final)),
             _("Ausgezahlt: {paid}").format(paid=format_eur(paid))]
    if paid > final:
        lines.append(_("Rückforderungsbetrag (ausgezahlt − endgültig): {paid} − {final} = {amount}").format(
            paid=format_eur(paid), final=format_eur(final), amount=format_eur(paid - final)))
    elif final > paid:
        lines.append(_("Noch auszuzahlen (endgültig − ausgezahlt): {final} − {paid} = {amount}").format(
            paid=format_eur(paid), final=format_eur(final), amount=format_eur(final - paid)))
    else:
        lines.append(_("Ausgezahlt ist genau die endgültige Zuwendung: nichts zurückzufordern."))
    return Step(_("3. Vergleich mit Bewilligung und Auszahlung"), tuple(lines))


def _closed(fixed: Decimal, final: Decimal) -> Step:
    """A closed case keeps the final grant fixed then, also where the calculation would now give another amount."""
    lines = [_("Der Vorgang ist abgeschlossen; die endgültige Zuwendung ist auf {fixed} festgesetzt.").format(
        fixed=format_eur(fixed))]
    if fixed != final:
        lines.append(_("Die Berechnung ergibt heute {final}; die Festsetzung gilt, bis ein neuer Bescheid sie "
                       "ändert.").format(final=format_eur(final)))
    return Step(_("5. Ergebnis"), tuple(lines))


def final_review(figures: ProofFigures, base_rates: RateTable, surcharges: RateTable) -> FinalReview:
    """All five steps, from the receipt check to the outcome."""
    rejected = tuple(r for r in sorted(figures.receipts, key=lambda r: r.position) if r.not_accepted > 0)
    total = sum((r.not_accepted for r in rejected), ZERO)
    calculation = final_calculation(figures, total)
    recognised = max(ZERO, figures.eligible_costs - total)
    idle, idle_lines, intro = idle_step(figures, calculation.final, recognised, base_rates, surcharges)
    interest = idle.total if idle else ZERO
    outcome, result = _outcome(calculation.final, figures.paid, interest)
    if figures.fixed is not None:
        result = _closed(figures.fixed, calculation.final)
    paid_step = _paid_step(figures.paid, calculation)
    steps = (_deduction_step(rejected, total, figures), Step(_("2. Endgültige Zuwendung"), calculation.lines),
             paid_step, idle_lines, result)
    return FinalReview(rejected, total, recognised, calculation, figures.paid, max(ZERO, calculation.final -
                       figures.paid), max(ZERO, figures.paid - calculation.final), idle, outcome, steps, intro)
