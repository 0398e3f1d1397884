"""The county's co-financing of the Land programme: ONE rule, used for the application to the Land (each planned
line and the totals) and for the Land's grant to the county (the budget = Landesmittel + Kofinanzierung).

The reading adopted (published sources disagree about the base, so the base is a setting per year,
`CofinancingBase`; the rate defaults to 30 %):

- The county's programme expense is E = S + C: S is the Land's money, C the county's co-financing — the money it
  passes on to the Träger's measures beyond the Land's money, plus its own planning posts and the micro-project
  fund. The Träger's own funds (Eigenmittel) and third-party funds are NOT the county's money and are not in the
  base.
- Base `grant` ("of the Land's grant"): C ≥ rate × S.
- Base `eligible_costs` ("of the county's eligible expense", Landesmittel und Kofinanzierung): C ≥ rate × E,
  i.e. C ≥ rate × (S + C).

So for a planned line whose grant to the measure (Zuwendung) is E:
  grant base     C = rate × E / (1 + rate)        eligible base  C = rate × E;
and from a Land grant of S:
  grant base     C = rate × S                     eligible base  C = rate × S / (1 − rate).

The county's share is rounded UP to the cent, so the rule holds for every line and — a sum of shares that each
meet it — for the whole application; the Land's share of a line is E − C. `holds(S, C)` is the check.

An application whose lines ask the Land for S in total needs at least the co-financing of a Land grant of S (the
rule holds for the totals), and at most a few cents more: each line's round-up (< 1 cent) adds to C and is taken
from S, so the difference stays below (number of lines) × 1 cent × (1 + rate) on the grant base, × 1 / (1 − rate)
on the eligible base.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_UP, Decimal

from app.kernel.errors import ValidationError
from app.kernel.i18n import _
from app.kernel.money import format_percent
from db.enums import CofinancingBase

CENT = Decimal("0.01")
ZERO = Decimal("0.00")
DEFAULT_RATE = Decimal("0.3000")
BASE_LABELS = {CofinancingBase.grant: _("der Zuwendung des Landes"),
               CofinancingBase.eligible_costs: _("der zuwendungsfähigen Ausgaben des Landkreises (Landesmittel und "
                                                 "Kofinanzierung)")}
SHORT_LABELS = {CofinancingBase.grant: _("der Zuwendung des Landes"),
                CofinancingBase.eligible_costs: _("der Ausgaben des Landkreises")}
EXPLANATIONS = {
    CofinancingBase.grant: _("Die Kofinanzierung des Landkreises beträgt mindestens {rate} der Landesmittel; je "
                             "Maßnahme: Zuwendung × {rate} ÷ (100 % + {rate}), auf den Cent aufgerundet. Eigenmittel "
                             "der Träger zählen nicht."),
    CofinancingBase.eligible_costs: _("Die Kofinanzierung des Landkreises beträgt mindestens {rate} seiner "
                                      "zuwendungsfähigen Ausgaben (Landesmittel und Kofinanzierung, je Maßnahme die "
                                      "Zuwendung), auf den Cent aufgerundet. Eigenmittel der Träger zählen nicht."),
}


def parse_base(value: CofinancingBase | str) -> CofinancingBase:
    """The base from its code; a German refusal naming the possible ones."""
    try:
        return CofinancingBase(value)
    except ValueError:
        raise ValidationError(_("Die Bemessungsgrundlage »{value}« der Kofinanzierung gibt es nicht; möglich: grant "
                                "(Zuwendung des Landes), eligible_costs (zuwendungsfähige Ausgaben des Landkreises).")
                              .format(value=value), "cofinancing_base") from None


def _up(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_UP)


@dataclass(frozen=True)
class Split:
    """One planned line divided between the Land and the county."""

    eligible_costs: Decimal  # the Träger's eligible costs (shown; not the base of the co-financing)
    funding: Decimal  # the grant planned for the measure (Zuwendung) = the county's expense E
    county_share: Decimal
    state_share: Decimal


@dataclass(frozen=True)
class CofinancingRule:
    rate: Decimal  # a fraction, 0.30 = 30 %
    base: CofinancingBase

    def county_share(self, expense: Decimal) -> Decimal:
        """C of a county expense E (a line's grant), rounded up to the cent; never more than E."""
        if self.base == CofinancingBase.grant:
            share = _up(self.rate * expense / (1 + self.rate))
        else:
            share = _up(self.rate * expense)
        return min(share, expense)

    def cofinancing_of(self, state: Decimal) -> Decimal:
        """C that goes with Land money S (the Land's grant to the county), rounded up to the cent."""
        if self.base == CofinancingBase.grant:
            return _up(self.rate * state)
        if self.rate >= 1:
            raise ValueError("the eligible-costs base needs a rate below 100 %")
        return _up(self.rate * state / (1 - self.rate))

    def holds(self, state: Decimal, county: Decimal) -> bool:
        """Whether co-financing C meets the rule for Land money S (exact, no rounding)."""
        if self.base == CofinancingBase.grant:
            return county >= self.rate * state
        return county >= self.rate * (state + county)

    def split(self, eligible_costs: Decimal, funding: Decimal) -> Split:
        county = self.county_share(funding)
        return Split(eligible_costs, funding, county, funding - county)

    @property
    def text(self) -> str:
        """"30 % der Zuwendung des Landes"."""
        return _("{rate} {base}").format(rate=format_percent(self.rate), base=BASE_LABELS[self.base])

    @property
    def short_text(self) -> str:
        return _("{rate} {base}").format(rate=format_percent(self.rate), base=SHORT_LABELS[self.base])

    @property
    def explanation(self) -> str:
        return EXPLANATIONS[self.base].format(rate=format_percent(self.rate))
