"""The financing plan a Zuwendungsbescheid prints: balanced, also for a partial approval.

Every approval prints costs = own funds + third-party funds + other income + grant, with a sum line. In a
partial approval the part of the requested grant that is not granted is covered by the recipient's own
share (as the office decided for partial approvals), so the plan stays balanced: 10.600 € costs =
1.414 € own funds + 2.120 € own share for the part not granted + 706 € third-party funds + 6.360 € grant.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from app.cases.rules.plan import plan_sums
from app.kernel.errors import ValidationError
from app.kernel.i18n import _
from app.kernel.money import ZERO, format_eur
from db.models import Application


@dataclass(frozen=True)
class GrantPlan:
    total_costs: Decimal
    own_funds: Decimal  # as applied for
    not_granted: Decimal  # requested but not granted: the recipient's additional own share
    third_party_funds: Decimal
    other_income: Decimal
    grant: Decimal

    @property
    def own_share(self) -> Decimal:
        """Own funds of the approved plan: those applied for plus the part not granted."""
        return self.own_funds + self.not_granted

    @property
    def financing_total(self) -> Decimal:
        return self.own_share + self.third_party_funds + self.other_income + self.grant


def grant_plan(app: Application, granted: Decimal | None) -> GrantPlan:
    """The approved plan of `app` for a grant of `granted`; refuses a plan that does not balance."""
    sums = plan_sums(app)
    grant = granted if granted is not None else sums.requested
    plan = GrantPlan(sums.total_costs, sums.own_funds, max(sums.requested - grant, ZERO), sums.third_party_funds,
                     sums.other_income, grant)
    if plan.financing_total != plan.total_costs:
        raise ValidationError(_("Der Finanzierungsplan ist nicht ausgeglichen: Gesamtkosten {costs}, Finanzierung "
                                "{financing} (Eigenmittel, Drittmittel, sonstige Einnahmen und Zuwendung). Bitte den "
                                "Kosten- und Finanzierungsplan berichtigen.").format(
            costs=format_eur(plan.total_costs), financing=format_eur(plan.financing_total)), "financing_plan")
    return plan


def plan_values(plan: GrantPlan) -> dict[str, str | None]:
    """The placeholders of the financing plan in a Zuwendungsbescheid."""
    return {
        "gesamtkosten": format_eur(plan.total_costs), "eigenmittel": format_eur(plan.own_share),
        "eigenmittel_antrag": format_eur(plan.own_funds), "nicht_bewilligt": format_eur(plan.not_granted),
        "drittmittel": format_eur(plan.third_party_funds), "sonstige_einnahmen": format_eur(plan.other_income),
        "finanzierung_summe": format_eur(plan.financing_total),
    }
