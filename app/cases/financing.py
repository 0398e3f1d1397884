"""Financing types (Finanzierungsart), the exact funding rate of an approval, and the clawback.

The grant decision fixes a financing type; after the proof of use the office recomputes the grant from the actual
figures (`app.proof.calculation`, Nr. 2 ANBest-P) and demands back what was paid in excess. These rules decide real
money, so they use exact numbers: a funding rate is the fraction approved ÷ planned eligible costs (2.800,00 € of
8.400,00 € is exactly one third, not 0,3333), and only a final amount is rounded to the cent, half up.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from app.kernel.errors import ValidationError
from app.kernel.i18n import _
from app.kernel.money import CENT, ZERO, format_eur, format_percent, require_non_negative, to_money
from db.enums import FinancingType

FINANCING_LABELS: dict[FinancingType, str] = {
    FinancingType.share: _("Anteilfinanzierung"),
    FinancingType.deficit: _("Fehlbedarfsfinanzierung"),
    FinancingType.fixed_amount: _("Festbetragsfinanzierung"),
    FinancingType.full: _("Vollfinanzierung"),
}
PERCENT_STEPS = 1_000_000  # 0,0001 % steps: a rate not exact in four decimal places of a percent shows "≈"


def financing_label(financing_type: FinancingType | str) -> str:
    """German name as used in letters."""
    return FINANCING_LABELS[coerce_type(financing_type)]


def coerce_type(value: FinancingType | str) -> FinancingType:
    try:
        return FinancingType(value)
    except ValueError:
        raise ValidationError(
            _("Unbekannte Finanzierungsart: {value}").format(value=value),
            "financing_type",
        ) from None


def round_to_cent(value: Fraction) -> Decimal:
    """An exact value rounded once to the cent, half up (kaufmännisch), as German offices do."""
    cents = math.floor(abs(value) * 100 + Fraction(1, 2))
    return (Decimal(cents if value >= 0 else -cents) / 100).quantize(CENT)


@dataclass(frozen=True)
class FundingRate:
    """The funding rate of an approval, kept exact.

    With a plan it is approved ÷ planned eligible costs as a fraction; without one (a case taken over from a
    list) the rate stored with the decision.
    """

    value: Fraction
    approved: Decimal | None = None
    eligible_costs: Decimal | None = None

    @classmethod
    def of_approval(cls, approved: Decimal, eligible_costs: Decimal, stored: Decimal | None = None) -> FundingRate:
        if eligible_costs > 0:
            return cls(Fraction(approved) / Fraction(eligible_costs), approved, eligible_costs)
        return cls(Fraction(stored if stored is not None else ZERO))

    def apply(self, base: Decimal) -> Decimal:
        """rate × base, rounded once to the cent."""
        return round_to_cent(self.value * Fraction(base))

    @property
    def exact_in_percent(self) -> bool:
        return (self.value * PERCENT_STEPS).denominator == 1

    def percent(self) -> str:
        """ "80 %", or "≈ 33,3333 %" when the fraction has no short decimal form."""
        shown = format_percent((Decimal(round(self.value * PERCENT_STEPS)) / PERCENT_STEPS).normalize())
        return shown if self.exact_in_percent else f"≈ {shown}"

    def text(self) -> str:
        """ "8.000,00 € ÷ 10.000,00 € (80 %)" (or only the percentage without a plan)."""
        if self.approved is None or self.eligible_costs is None:
            return self.percent()
        return _("{approved} ÷ {costs} ({percent})").format(
            approved=format_eur(self.approved), costs=format_eur(self.eligible_costs), percent=self.percent())


def clawback_amount(paid: Decimal, final: Decimal) -> Decimal:
    """Amount to demand back: paid − final if positive, else 0,00 €."""
    paid = require_non_negative(to_money(paid, "paid"), _("Ausgezahlter Betrag"), "paid")
    final = require_non_negative(to_money(final, "final"), _("Endgültige Zuwendung"), "final")
    return max(ZERO, paid - final)
