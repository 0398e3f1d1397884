"""The financial statement per cost line of the approved plan: planned, actual, difference, % over plan.

The financing plan is binding as a whole; a single cost line may be exceeded by up to the programme's
tolerance (default 20 %, ANBest-P Nr. 1.2) when the excess is offset by savings on other lines. A line is
flagged when it exceeds its plan by more than the tolerance, or when its excess (within the tolerance) is
not offset by savings elsewhere; the amount that is neither within the tolerance nor offset is shown as
"nicht ausgeglichen". Savings are shared out to the lines over plan in the order of the plan.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from app.kernel.i18n import _
from app.kernel.money import ZERO, format_eur, format_percent

PERCENT_STEP = Decimal("0.0001")


@dataclass(frozen=True)
class PlanLineActual:
    """One cost line of the approved plan with its actual amount (None: not yet stated)."""

    cost_line_id: int
    position: int
    category: str
    description: str
    planned: Decimal
    actual: Decimal | None
    eligible: bool = True
    receipts: Decimal = ZERO  # sum of the receipts booked on this line


@dataclass(frozen=True)
class StatementLine:
    line: PlanLineActual
    actual: Decimal
    difference: Decimal  # actual − planned
    over_share: Decimal | None  # (actual − planned) / planned when over plan, as a fraction; None without a plan
    unoffset: Decimal  # part of the excess neither within the tolerance nor offset by savings
    flag: str | None  # German reason when the line is flagged

    @property
    def flagged(self) -> bool:
        return self.flag is not None


@dataclass(frozen=True)
class Statement:
    lines: tuple[StatementLine, ...]
    tolerance: Decimal
    planned_total: Decimal
    actual_total: Decimal  # as the proof of use states it (the lines' sum once they are entered)
    savings: Decimal  # sum of the lines under plan
    planned_eligible: Decimal = ZERO
    actual_eligible: Decimal = ZERO  # what the final calculation starts from

    @property
    def flagged(self) -> tuple[StatementLine, ...]:
        return tuple(line for line in self.lines if line.flagged)

    @property
    def complete(self) -> bool:
        """Every line has an actual amount."""
        return all(line.line.actual is not None for line in self.lines)


def _over_share(planned: Decimal, difference: Decimal) -> Decimal | None:
    if difference <= 0:
        return ZERO
    if planned == 0:
        return None
    return (difference / planned).quantize(PERCENT_STEP)


def _flag(difference: Decimal, share: Decimal | None, allowed: Decimal, offset: Decimal,
          tolerance: Decimal) -> str | None:
    if difference <= 0:
        return None
    if share is None:
        return _("Im Plan nicht vorgesehene Ausgaben von {amount}.").format(amount=format_eur(difference))
    if difference > allowed:
        return _("{share} über Plan: mehr als die zulässigen {tolerance} (höchstens {allowed}).").format(
            share=format_percent(share), tolerance=format_percent(tolerance), allowed=format_eur(allowed))
    if offset < difference:
        return _("Überschreitung um {amount} ist nur mit {offset} durch Einsparungen bei anderen Positionen "
                 "ausgeglichen.").format(amount=format_eur(difference), offset=format_eur(offset))
    return None


def cost_statement(lines: Sequence[PlanLineActual], tolerance: Decimal,
                   stated: tuple[Decimal, Decimal] | None = None) -> Statement:
    """Planned against actual per line, with flags; lines without an actual amount count as planned for the flags.

    `stated` are the proof's actual total and eligible costs: a proof recorded as totals only has no line amounts,
    and its totals, never the plan's, are the actual figures.
    """
    ordered = sorted(lines, key=lambda item: item.position)
    actuals = [item.actual if item.actual is not None else item.planned for item in ordered]
    savings = sum((max(ZERO, item.planned - actual) for item, actual in zip(ordered, actuals, strict=True)), ZERO)
    pool = savings
    result = []
    for item, actual in zip(ordered, actuals, strict=True):
        difference = actual - item.planned
        share = _over_share(item.planned, difference)
        allowed = (item.planned * tolerance).quantize(Decimal("0.01"))
        within = min(max(difference, ZERO), allowed)
        offset = min(within, pool)
        pool -= offset
        unoffset = max(difference, ZERO) - offset
        result.append(StatementLine(item, actual, difference, share, unoffset,
                                    _flag(difference, share, allowed, offset, tolerance)))
    actual_total, actual_eligible = stated if stated is not None else (
        sum(actuals, ZERO), sum((a for i, a in zip(ordered, actuals, strict=True) if i.eligible), ZERO))
    return Statement(tuple(result), tolerance, sum((i.planned for i in ordered), ZERO), actual_total, savings,
                     sum((i.planned for i in ordered if i.eligible), ZERO), actual_eligible)
