"""The final grant after the proof of use (Schlussrechnung, Nr. 2 ANBest-P), each step as a checker writes it down.

The approved cost and financing plan is binding (Nr. 1.2 ANBest-P): all income connected with the project and the
planned own share are Deckungsmittel and are used first. If after the decision the eligible costs fall, or the other
Deckungsmittel rise or new ones appear, the grant falls (Nr. 2 ANBest-P):

- Anteilfinanzierung, *in proportion*: final = min(approved, rate × (recognised eligible costs − rise of the
  Deckungsmittel over the plan)). The rate is exact (approved ÷ planned eligible costs, `FundingRate`); only the
  result is rounded to the cent, half up. The Deckungsmittel count as a whole: own funds at least as approved, plus
  the actual third-party funds and other income; a third party paying less offsets new income.
- Fehlbedarfs- and Vollfinanzierung, *by the full amount*: final = min(approved, recognised eligible costs − own
  share − actual third-party funds − actual other income), the own share being the approved one, or the actual one
  when higher: contributing less own money than planned never raises the grant.
- Festbetragsfinanzierung: the amount stays, but never above the recognised eligible costs.

The own share the approval counts on is what the plan's total costs leave after the grant, the third-party funds and
the other income. For an approval as applied for that is the planned own funds; a partial approval leaves the part
not granted to the recipient, so its own share is higher by that part. Own funds the plan puts on costs that are not
eligible do not count against the eligible costs. So costs, funds and income exactly as planned always give exactly
the approved amount.

A reduction below the small-change threshold (Bagatellgrenze, setting `final_grant_threshold`, default 0 €) is not
made. Never below 0,00 €, never above the approval.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from app.cases.financing import FundingRate, coerce_type, financing_label
from app.kernel.i18n import _
from app.kernel.money import ZERO, format_eur, require_non_negative, to_money
from db.enums import FinancingType


def _check_amounts(figures: object, labels: dict[str, str]) -> None:
    """Every amount exact to the cent and not negative, or a German ValidationError."""
    for name, label in labels.items():
        value = require_non_negative(to_money(getattr(figures, name), name), label, name)
        object.__setattr__(figures, name, value)


@dataclass(frozen=True)
class ApprovedPlan:
    """The approval with its binding cost and financing plan (planned figures)."""

    financing_type: FinancingType
    approved: Decimal
    total_costs: Decimal
    eligible_costs: Decimal
    own_funds: Decimal = ZERO
    third_party_funds: Decimal = ZERO
    other_income: Decimal = ZERO
    stored_rate: Decimal | None = None  # the decision's rounded rate: used only where no plan was recorded

    def __post_init__(self) -> None:
        object.__setattr__(self, "financing_type", coerce_type(self.financing_type))
        _check_amounts(self, {"approved": _("Bewilligter Betrag"), "total_costs": _("Gesamtkosten laut Plan"),
                              "eligible_costs": _("Zuwendungsfähige Ausgaben laut Plan"),
                              "own_funds": _("Eigenmittel laut Plan"), "third_party_funds": _("Drittmittel laut Plan"),
                              "other_income": _("Sonstige Einnahmen laut Plan")})

    @property
    def known(self) -> bool:
        """A plan with eligible costs was recorded (a case taken over from a list may have none)."""
        return self.eligible_costs > 0

    @property
    def rate(self) -> FundingRate:
        return FundingRate.of_approval(self.approved, self.eligible_costs, self.stored_rate)

    @property
    def binding_own(self) -> Decimal:
        """The own funds the approval counts on: total costs − approved − third-party funds − other income."""
        if not self.known:
            return self.own_funds
        return self.total_costs - self.approved - self.third_party_funds - self.other_income

    @property
    def not_eligible(self) -> Decimal:
        """Planned costs that are not eligible (carried by the recipient's own funds)."""
        return self.total_costs - self.eligible_costs if self.known else ZERO

    @property
    def own_share(self) -> Decimal:
        """The own share on the eligible costs."""
        return self.binding_own - self.not_eligible

    @property
    def cover(self) -> Decimal:
        """The planned Deckungsmittel: own funds as approved, third-party funds, other income."""
        return self.binding_own + self.third_party_funds + self.other_income


@dataclass(frozen=True)
class ActualFigures:
    """The actual figures of the proof of use, with the amounts not accepted in the receipt check."""

    eligible_costs: Decimal
    own_funds: Decimal = ZERO
    third_party_funds: Decimal = ZERO
    other_income: Decimal = ZERO
    not_accepted: Decimal = ZERO

    def __post_init__(self) -> None:
        _check_amounts(self, {"eligible_costs": _("Zuwendungsfähige Ist-Ausgaben"), "own_funds": _("Eigenmittel (Ist)"),
                              "third_party_funds": _("Drittmittel (Ist)"),
                              "other_income": _("Sonstige Einnahmen (Ist)"),
                              "not_accepted": _("Nicht anerkannte Beträge")})

    @property
    def recognised(self) -> Decimal:
        return max(ZERO, self.eligible_costs - self.not_accepted)


@dataclass(frozen=True)
class Row:
    """One step: a label and its amount ("− Drittmittel (Ist)", "500,00 €"), or a note without an amount."""

    label: str
    value: str = ""
    result: bool = False  # an intermediate or final result ("= …"), printed bold

    @property
    def text(self) -> str:
        return f"{self.label}: {self.value}" if self.value else self.label


@dataclass(frozen=True)
class FinalCalculation:
    """The final grant with every step, for the tab, the CLI, the Prüfvermerk and the clawback letter."""

    plan: ApprovedPlan
    actual: ActualFigures
    candidate: Decimal  # what the actual figures justify, before the cap by the approval
    final: Decimal
    rows: tuple[Row, ...]

    @property
    def financing_type(self) -> FinancingType:
        return self.plan.financing_type

    @property
    def approved(self) -> Decimal:
        return self.plan.approved

    @property
    def reduction(self) -> Decimal:
        return self.approved - self.final

    @property
    def lines(self) -> tuple[str, ...]:
        return tuple(row.text for row in self.rows)

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


Rule = Callable[[ApprovedPlan, ActualFigures], tuple[Decimal, list[Row]]]


def _costs(plan: ApprovedPlan, actual: ActualFigures) -> list[Row]:
    rows = [Row(_("Zuwendungsfähige Ausgaben laut Plan"), format_eur(plan.eligible_costs))] if plan.known else []
    if actual.not_accepted:
        rows += [Row(_("Zuwendungsfähige Ist-Ausgaben laut Nachweis"), format_eur(actual.eligible_costs)),
                 Row(_("− nicht anerkannte Beträge (Belegprüfung)"), format_eur(actual.not_accepted)),
                 Row(_("= Anerkannte zuwendungsfähige Ist-Ausgaben"), format_eur(actual.recognised), True)]
    return rows


def _recognised(actual: ActualFigures) -> Row:
    """The start of the calculation: the eligible actual costs (after the receipt check, if it took any out)."""
    label = _("Anerkannte zuwendungsfähige Ist-Ausgaben") if actual.not_accepted else _("Zuwendungsfähige Ist-Ausgaben")
    return Row(label, format_eur(actual.recognised))


def _approved_own(plan: ApprovedPlan) -> list[Row]:
    """How the approval's own share follows from the plan, where it differs from the planned own funds."""
    rows = []
    if plan.known and plan.binding_own != plan.own_funds:
        rows.append(Row(_("Eigenanteil laut Bewilligung (Gesamtkosten {total} − Zuwendung {approved} − Drittmittel "
                          "{third} − Einnahmen {income}; im Antrag {planned})").format(
            total=format_eur(plan.total_costs), approved=format_eur(plan.approved),
            third=format_eur(plan.third_party_funds), income=format_eur(plan.other_income),
            planned=format_eur(plan.own_funds)), format_eur(plan.binding_own)))
    if plan.not_eligible:
        rows.append(Row(_("davon für nicht zuwendungsfähige Ausgaben (zählt nicht gegen die zuwendungsfähigen "
                          "Ausgaben)"), format_eur(plan.not_eligible)))
    return rows


def _own_text(counted: Decimal, actual: Decimal) -> str:
    if actual >= counted:
        return format_eur(counted)
    return _("{counted} – Ist nur {actual}, es zählt der bewilligte Eigenanteil").format(
        counted=format_eur(counted), actual=format_eur(actual))


def _share(plan: ApprovedPlan, actual: ActualFigures) -> tuple[Decimal, list[Row]]:
    own = max(actual.own_funds, plan.binding_own)
    cover = own + actual.third_party_funds + actual.other_income
    rise = max(ZERO, cover - plan.cover) if plan.known else ZERO
    base = actual.recognised - rise
    rate = plan.rate
    candidate = rate.apply(base)
    rows = [*_approved_own(plan)]
    if plan.known:
        rows.append(Row(_("Deckungsmittel laut Plan (Eigenanteil {own} + Drittmittel {third} + Einnahmen "
                          "{income})").format(own=format_eur(plan.binding_own),
                                              third=format_eur(plan.third_party_funds),
                                              income=format_eur(plan.other_income)), format_eur(plan.cover)))
    else:
        rows.append(Row(_("Kein Finanzierungsplan erfasst: Fördersatz laut Bescheid, die Deckungsmittel werden nicht "
                          "mit einem Plan verglichen.")))
    rows += [
        Row(_("Deckungsmittel Ist (Eigenanteil {own} + Drittmittel {third} + Einnahmen {income})").format(
            own=_own_text(own, actual.own_funds), third=format_eur(actual.third_party_funds),
            income=format_eur(actual.other_income)), format_eur(cover)),
        _recognised(actual),
        Row(_("− Mehr an Deckungsmitteln gegenüber dem Plan"), format_eur(rise)),
        Row(_("= Bemessungsgrundlage"), format_eur(base), True),
        Row(_("× Fördersatz {rate}").format(rate=rate.text()), format_eur(candidate), True)]
    if not rate.exact_in_percent:
        rows.append(Row(_("Der Fördersatz wird als Bruch gerechnet, nicht gerundet; gerundet wird nur das Ergebnis, "
                          "auf den Cent.")))
    return candidate, rows


def _own_share_row(plan: ApprovedPlan, actual: ActualFigures) -> tuple[Decimal, Row]:
    actual_share = actual.own_funds - plan.not_eligible
    own = max(plan.own_share, actual_share)
    return own, Row(_("− Eigenanteil (laut Bewilligung {planned}, Ist {actual}; der höhere Betrag zählt)").format(
        planned=format_eur(plan.own_share), actual=format_eur(actual_share)), format_eur(own))


def _by_full_amount(result_label: str) -> Rule:
    def rule(plan: ApprovedPlan, actual: ActualFigures) -> tuple[Decimal, list[Row]]:
        own, own_row = _own_share_row(plan, actual)
        candidate = actual.recognised - own - actual.third_party_funds - actual.other_income
        return candidate, [
            *_approved_own(plan), _recognised(actual), own_row,
            Row(_("− Drittmittel (Ist; geplant {planned})").format(planned=format_eur(plan.third_party_funds)),
                format_eur(actual.third_party_funds)),
            Row(_("− Sonstige Einnahmen (Ist; geplant {planned})").format(planned=format_eur(plan.other_income)),
                format_eur(actual.other_income)),
            Row(result_label, format_eur(candidate), True)]
    return rule


def _fixed(plan: ApprovedPlan, actual: ActualFigures) -> tuple[Decimal, list[Row]]:
    return actual.recognised, [
        _recognised(actual),
        Row(_("Der Festbetrag bleibt auch bei höheren Deckungsmitteln, ist aber nie höher als die zuwendungsfähigen "
              "Ist-Ausgaben."))]


RULES: dict[FinancingType, Rule] = {
    FinancingType.share: _share,
    FinancingType.deficit: _by_full_amount(_("= Fehlbedarf")),
    FinancingType.full: _by_full_amount(_("= Nicht gedeckte Ausgaben")),
    FinancingType.fixed_amount: _fixed,
}


def _threshold(approved: Decimal, reduced: Decimal, threshold: Decimal) -> tuple[Decimal, list[Row]]:
    """A reduction below the Bagatellgrenze is not made."""
    reduction = approved - reduced
    if reduction <= 0 or threshold <= 0:
        return reduced, []
    values = {"amount": format_eur(reduction), "limit": format_eur(threshold)}
    if reduction < threshold:
        return approved, [Row(_("Die Minderung von {amount} liegt unter der Bagatellgrenze von {limit}: die Zuwendung "
                                "wird nicht gekürzt.").format(**values))]
    return reduced, [Row(_("Die Minderung von {amount} erreicht die Bagatellgrenze von {limit}.").format(**values))]


def final_calculation(plan: ApprovedPlan, actual: ActualFigures, threshold: Decimal = ZERO) -> FinalCalculation:
    """The final grant by the plan's financing type, with every step in German."""
    candidate, steps = RULES[plan.financing_type](plan, actual)
    capped = max(ZERO, min(plan.approved, candidate))
    rows = [Row(_("Finanzierungsart: {label}").format(label=financing_label(plan.financing_type))),
            *_costs(plan, actual), *steps,
            Row(_("Bewilligte Zuwendung"), format_eur(plan.approved))]
    if candidate < 0:
        rows.append(Row(_("Das Ergebnis ist negativ; die Zuwendung beträgt 0,00 €.")))
    rows.append(Row(_("Zuwendung nach Nr. 2 ANBest-P (der niedrigere Betrag)"), format_eur(capped)))
    final, notes = _threshold(plan.approved, capped, threshold)
    rows += [*notes, Row(_("Endgültige Zuwendung"), format_eur(final), True)]
    if final < plan.approved:
        rows.append(Row(_("Minderung gegenüber der Bewilligung"), format_eur(plan.approved - final)))
    return FinalCalculation(plan, actual, candidate, final, tuple(rows))
