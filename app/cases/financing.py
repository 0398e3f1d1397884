"""Financing types and the final grant once the actual figures are known.

The grant decision fixes a financing type (Finanzierungsart); after the proof
of use the office recomputes the grant from the actual figures and demands
back what was paid in excess. These rules decide real money, so they live in
one place, use exact Decimals, and can explain every step in German so that a
caseworker can check the result by hand.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from decimal import Decimal

from app.kernel.errors import ValidationError
from app.kernel.i18n import _
from app.kernel.money import CENT, ZERO, format_eur, format_percent, require_non_negative, round_cent, to_money
from db.enums import FinancingType

FINANCING_LABELS: dict[FinancingType, str] = {
    FinancingType.share: _("Anteilfinanzierung"),
    FinancingType.deficit: _("Fehlbedarfsfinanzierung"),
    FinancingType.fixed_amount: _("Festbetragsfinanzierung"),
    FinancingType.full: _("Vollfinanzierung"),
}


def financing_label(financing_type: FinancingType | str) -> str:
    """German name as used in letters."""
    return FINANCING_LABELS[_coerce_type(financing_type)]


def _coerce_type(value: FinancingType | str) -> FinancingType:
    try:
        return FinancingType(value)
    except ValueError:
        raise ValidationError(
            _("Unbekannte Finanzierungsart: {value}").format(value=value),
            "financing_type",
        ) from None


def _field_label(name: str) -> str:
    labels = {
        "costs": _("Zuwendungsfähige Ist-Ausgaben"),
        "own_funds": _("Eigenmittel (Ist)"),
        "third_party_funds": _("Drittmittel (Ist)"),
        "other_income": _("Sonstige Einnahmen (Ist)"),
    }
    return labels[name]


def _check_rate(funding_rate: Decimal) -> Decimal:
    """A funding rate as a fraction between 0 and 1, or a ValidationError."""
    if not isinstance(funding_rate, Decimal) or not funding_rate.is_finite():
        raise ValidationError(_("Der Fördersatz ist keine gültige Zahl."), "rate")
    if funding_rate < 0 or funding_rate > 1:
        raise ValidationError(_("Der Fördersatz muss zwischen 0 % und 100 % liegen."), "rate")
    return funding_rate


def _check_amount(value: Decimal, label: str, field: str) -> Decimal:
    """Exact, non-negative amount or a German ValidationError."""
    return require_non_negative(to_money(value, field), label, field)


@dataclass(frozen=True)
class ActualFigures:
    """Actual figures from the proof of use (zahlenmäßiger Nachweis).

    Amounts are normalised to two decimal places and must not be negative.
    """

    costs: Decimal
    own_funds: Decimal = ZERO
    third_party_funds: Decimal = ZERO
    other_income: Decimal = ZERO

    def __post_init__(self) -> None:
        for item in fields(self):
            amount = _check_amount(getattr(self, item.name), _field_label(item.name), item.name)
            object.__setattr__(self, item.name, amount)


@dataclass(frozen=True)
class FinalCalculation:
    """The final grant with its calculation as German lines for checking."""

    financing_type: FinancingType
    approved: Decimal
    candidate: Decimal
    final: Decimal
    lines: tuple[str, ...]

    @property
    def text(self) -> str:
        """All lines as one block of text."""
        return "\n".join(self.lines)


def _candidate(financing_type: FinancingType, funding_rate: Decimal, actual: ActualFigures) -> Decimal:
    """The grant the actual figures justify, before the cap by the approval."""
    match financing_type:
        case FinancingType.share:
            return round_cent(funding_rate * actual.costs)
        case FinancingType.deficit:
            return actual.costs - actual.own_funds - actual.third_party_funds
        case FinancingType.fixed_amount:
            return actual.costs
        case FinancingType.full:
            return actual.costs - actual.other_income
    raise AssertionError(financing_type)  # unreachable: the enum is exhaustive


def _cap(approved: Decimal, candidate: Decimal) -> Decimal:
    """Never more than approved, never below zero."""
    return max(ZERO, min(approved, candidate)).quantize(CENT)


def final_grant(
    financing_type: FinancingType | str,
    approved: Decimal,
    funding_rate: Decimal,
    actual: ActualFigures,
) -> Decimal:
    """Final grant after the proof of use.

    share: min(approved, rate × costs rounded to the cent); deficit:
    min(approved, costs − own − third-party funds); fixed_amount:
    min(approved, costs); full: min(approved, costs − other income); never
    below 0,00 €. `funding_rate` is a fraction (0.80 for 80 %) and only
    matters for the share type.
    """
    approved = _check_amount(approved, _("Bewilligter Betrag"), "approved")
    rate = _check_rate(funding_rate)
    return _cap(approved, _candidate(_coerce_type(financing_type), rate, actual))


def clawback_amount(paid: Decimal, final: Decimal) -> Decimal:
    """Amount to demand back: paid − final if positive, else 0,00 €."""
    paid = _check_amount(paid, _("Ausgezahlter Betrag"), "paid")
    final = _check_amount(final, _("Endgültige Zuwendung"), "final")
    return max(ZERO, paid - final)


def planned_grant(
    financing_type: FinancingType | str,
    funding_rate: Decimal,
    eligible_costs: Decimal,
    own_funds: Decimal = ZERO,
    third_party_funds: Decimal = ZERO,
    *,
    other_income: Decimal = ZERO,
    fixed_amount: Decimal | None = None,
) -> Decimal | None:
    """Grant that the cost and financing plan implies (for the proposal).

    For fixed_amount the caller's `fixed_amount` is returned, capped at the
    eligible costs, or None if none is given. If the actual figures equal the
    plan, `final_grant` with this amount approved yields this amount again.
    """
    financing_type = _coerce_type(financing_type)
    if financing_type is FinancingType.fixed_amount:
        if fixed_amount is None:
            return None
        amount = _check_amount(fixed_amount, _("Festbetrag"), "fixed_amount")
        eligible = _check_amount(eligible_costs, _field_label("costs"), "eligible_costs")
        return min(amount, eligible)
    plan = ActualFigures(eligible_costs, own_funds, third_party_funds, other_income)
    candidate = _candidate(financing_type, _check_rate(funding_rate), plan)
    return max(ZERO, candidate)


def _steps(financing_type: FinancingType, funding_rate: Decimal, actual: ActualFigures) -> list[str]:
    """German lines from the actual costs to the candidate amount."""
    lines = [_("Zuwendungsfähige Ist-Ausgaben: {amount}").format(amount=format_eur(actual.costs))]
    candidate = format_eur(_candidate(financing_type, funding_rate, actual))
    match financing_type:
        case FinancingType.share:
            lines.append(
                _("× Fördersatz {rate} = {amount}").format(
                    rate=format_percent(funding_rate), amount=candidate
                )
            )
        case FinancingType.deficit:
            lines += [
                _("− Eigenmittel (Ist): {amount}").format(amount=format_eur(actual.own_funds)),
                _("− Drittmittel (Ist): {amount}").format(amount=format_eur(actual.third_party_funds)),
                _("= Fehlbedarf: {amount}").format(amount=candidate),
            ]
        case FinancingType.full:
            lines += [
                _("− Sonstige Einnahmen (Ist): {amount}").format(amount=format_eur(actual.other_income)),
                _("= Nicht gedeckte Ausgaben: {amount}").format(amount=candidate),
            ]
    return lines


def explain_final_grant(
    financing_type: FinancingType | str,
    approved: Decimal,
    funding_rate: Decimal,
    actual: ActualFigures,
) -> FinalCalculation:
    """Final grant as `final_grant` computes it, with every step in German."""
    financing_type = _coerce_type(financing_type)
    final = final_grant(financing_type, approved, funding_rate, actual)
    approved = to_money(approved, "approved")
    candidate = _candidate(financing_type, funding_rate, actual)
    lines = [_("Finanzierungsart: {label}").format(label=financing_label(financing_type))]
    lines += _steps(financing_type, funding_rate, actual)
    lines.append(_("Bewilligt: {amount}").format(amount=format_eur(approved)))
    if candidate < 0:
        lines.append(_("Ergebnis ist negativ; die Zuwendung beträgt 0,00 €."))
    lines.append(_("Endgültige Zuwendung (Minimum): {amount}").format(amount=format_eur(final)))
    return FinalCalculation(financing_type, approved, candidate, final, tuple(lines))
