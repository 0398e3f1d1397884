"""What a decision proposal must satisfy (guard `proposal_valid`)."""

from __future__ import annotations

from decimal import Decimal

from app.cases.guard_context import GuardContext
from app.cases.rules.plan import plan_sums
from app.kernel.i18n import _
from app.kernel.money import format_eur, format_percent, round_cent
from app.social_plan.alignment import alignment_problem
from db.enums import DecisionOutcome, Status

MIN_REASONS = 20


def proposal_problem(ctx: GuardContext) -> str | None:
    outcome: DecisionOutcome = ctx.params["outcome"]
    reasons = (ctx.params.get("reasons") or "").strip()
    if outcome == DecisionOutcome.reject:
        if len(reasons) < MIN_REASONS:
            return _("Eine Ablehnung muss begründet werden (§ 39 VwVfG); bitte die Gründe ausführlich angeben.")
        return None
    if ctx.application.status == Status.eligibility_check:
        return _("Vor dem Sozialplanabgleich kann nur eine Ablehnung vorgeschlagen werden.")
    return alignment_problem(ctx.session, ctx.application) or _amount_problem(ctx, outcome, ctx.params.get("amount"),
                                                                             reasons)


def _amount_problem(ctx: GuardContext, outcome: DecisionOutcome, amount: Decimal | None, reasons: str) -> str | None:
    app, programme = ctx.application, ctx.application.programme
    sums = plan_sums(app)
    if amount is None or amount <= 0:
        return _("Bitte den zu bewilligenden Betrag angeben.")
    if sums.gap != 0:
        return _("Der Finanzierungsplan ist nicht ausgeglichen (Differenz {gap}).").format(gap=format_eur(sums.gap))
    if amount < programme.min_grant:
        return _("{amount} liegt unter der Bagatellgrenze von {minimum}.").format(
            amount=format_eur(amount), minimum=format_eur(programme.min_grant))
    if amount > app.requested_amount:
        return _("Es kann nicht mehr bewilligt werden als beantragt ({requested}).").format(
            requested=format_eur(app.requested_amount))
    maximum = round_cent(programme.max_funding_rate * sums.eligible_costs)
    if amount > maximum:
        return _("{amount} übersteigt den Höchstfördersatz von {rate} der zuwendungsfähigen Ausgaben "
                 "({maximum}).").format(
            amount=format_eur(amount), rate=format_percent(programme.max_funding_rate), maximum=format_eur(maximum))
    if outcome == DecisionOutcome.approve and amount != app.requested_amount:
        return _("Bei voller Bewilligung muss der Betrag dem beantragten ({requested}) entsprechen; sonst "
                 "»teilweise« wählen.").format(requested=format_eur(app.requested_amount))
    if outcome == DecisionOutcome.partial:
        if amount == app.requested_amount:
            return _("Eine Teilbewilligung muss unter dem beantragten Betrag liegen.")
        if len(reasons) < MIN_REASONS:
            return _("Eine Teilbewilligung muss begründet werden (§ 39 VwVfG).")
    return None
