"""Interest on clawbacks and on funds used too late (§ 49a Abs. 3 and 4 VwVfG).

The interest claim goes into a Rückforderungsbescheid and may be contested, so
it is computed the way courts and finance ministries do it and shown step by
step: the period is split at every change of the base rate (§ 247 BGB) or of
the surcharge, each part earns amount × (base rate + surcharge) × days / 365
counting the first and the last day, and the unrounded parts are added and
rounded to the cent once. Base rates and surcharges are dated tables an
administrator maintains, not constants in code.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Context, Decimal, localcontext
from itertools import pairwise

from app.kernel.errors import ValidationError
from app.kernel.i18n import _
from app.kernel.money import ZERO, format_eur, format_percent, require_non_negative, round_cent, to_money

_DAYS_PER_YEAR = 365
_ONE_DAY = timedelta(days=1)


def _format_date(day: date) -> str:
    """German date "TT.MM.JJJJ"."""
    return f"{day.day:02d}.{day.month:02d}.{day.year:04d}"


@dataclass(frozen=True)
class RatePeriod:
    """A rate in percent (e.g. Decimal("-0.88")) valid from a day onwards."""

    valid_from: date
    rate: Decimal

    def __post_init__(self) -> None:
        if not isinstance(self.rate, Decimal) or not self.rate.is_finite():
            raise ValidationError(
                _("Der Zinssatz ab dem {day} ist keine gültige Zahl.").format(
                    day=_format_date(self.valid_from)
                ),
                "rate",
            )


class RateTable:
    """Dated rates: each entry holds from its day until the next entry.

    `name` is the German noun used in messages ("Basiszinssatz",
    "Zinsaufschlag"); it is looked up in the catalogue when a message is made.
    """

    def __init__(self, periods: Iterable[RatePeriod], name: str | None = None) -> None:
        self.name = name if name is not None else _("Basiszinssatz")
        ordered = sorted(periods, key=lambda period: period.valid_from)
        if not ordered:
            raise ValidationError(_("Die Tabelle „{name}“ enthält keinen Eintrag.").format(name=_(self.name)))
        for earlier, later in pairwise(ordered):
            if earlier.valid_from == later.valid_from:
                raise ValidationError(
                    _("{name}: Der {day} ist doppelt eingetragen.").format(
                        name=_(self.name), day=_format_date(later.valid_from)
                    ),
                    "valid_from",
                )
        self.periods: tuple[RatePeriod, ...] = tuple(ordered)
        self._days = [period.valid_from for period in ordered]

    def __repr__(self) -> str:
        return f"RateTable({list(self.periods)!r}, name={self.name!r})"

    def rate_on(self, day: date) -> Decimal:
        """Rate in percent in force on `day`."""
        index = bisect_right(self._days, day) - 1
        if index < 0:
            raise ValidationError(
                _("Für den {day} ist kein {name} hinterlegt.").format(
                    day=_format_date(day), name=_(self.name)
                )
            )
        return self.periods[index].rate

    def change_dates_between(self, start: date, end: date) -> list[date]:
        """Days d, start < d <= end, on which the rate differs from the day before.

        An entry that repeats the previous rate is no change and is not listed.
        """
        changes = []
        for previous, period in pairwise(self.periods):
            if start < period.valid_from <= end and period.rate != previous.rate:
                changes.append(period.valid_from)
        return changes


@dataclass(frozen=True)
class InterestPart:
    """One stretch of the period at a single rate; `raw` is not rounded."""

    start: date
    end: date
    days: int
    base_rate: Decimal
    surcharge: Decimal
    rate: Decimal
    raw: Decimal


@dataclass(frozen=True)
class InterestResult:
    """Interest for an amount and period: the parts and the rounded total."""

    amount: Decimal
    start: date
    end: date
    parts: tuple[InterestPart, ...]
    total: Decimal

    def part_lines(self) -> list[str]:
        """German lines, one per part (rounded for display only)."""
        return [_explain_part(part, self.amount) for part in self.parts]

    def explain(self) -> list[str]:
        """German lines, one per part (rounded for display only) and the total."""
        lines = self.part_lines()
        lines.append(
            _("Zinsen insgesamt (Summe der ungerundeten Teilbeträge, auf den Cent gerundet): {total}").format(
                total=format_eur(self.total)
            )
        )
        return lines


def _explain_part(part: InterestPart, amount: Decimal) -> str:
    days = _("1 Tag") if part.days == 1 else _("{n} Tage").format(n=part.days)
    return _("{start}–{end}: {days} × {rate} auf {amount} = {interest}").format(
        start=_format_date(part.start),
        end=_format_date(part.end),
        days=days,
        rate=format_percent(part.rate.scaleb(-2)),
        amount=format_eur(amount),
        interest=format_eur(part.raw),
    )


def _boundaries(
    start: date, end: date, base_rates: RateTable, surcharges: RateTable
) -> list[tuple[date, date]]:
    """Split [start, end] at every change of either table."""
    changes = set(base_rates.change_dates_between(start, end))
    changes |= set(surcharges.change_dates_between(start, end))
    starts = [start, *sorted(changes)]
    ends = [day - _ONE_DAY for day in starts[1:]] + [end]
    return list(zip(starts, ends, strict=True))


def _part(amount: Decimal, start: date, end: date, base: Decimal, surcharge: Decimal) -> InterestPart:
    rate = max(ZERO, base + surcharge)
    days = (end - start).days + 1
    raw = amount * rate * days / (100 * _DAYS_PER_YEAR)
    return InterestPart(start, end, days, base, surcharge, rate, raw)


def compute_interest(
    amount: Decimal,
    start: date,
    end: date,
    base_rates: RateTable,
    surcharges: RateTable,
) -> InterestResult:
    """Simple interest on `amount` from `start` to `end`, both days included.

    Each part earns amount × (base rate + surcharge, at least 0) / 100 ×
    days / 365; the total is the sum of the unrounded parts, rounded half up
    to the cent once.
    """
    amount = require_non_negative(to_money(amount, "amount"), _("Der zu verzinsende Betrag"), "amount")
    if end < start:
        raise ValidationError(
            _("Das Ende des Zinszeitraums ({end}) liegt vor dem Beginn ({start}).").format(
                end=_format_date(end), start=_format_date(start)
            ),
            "end",
        )
    with localcontext(Context(prec=28)):  # independent of the caller's context
        parts = tuple(
            _part(amount, s, e, base_rates.rate_on(s), surcharges.rate_on(s))
            for s, e in _boundaries(start, end, base_rates, surcharges)
        )
        total = round_cent(sum((part.raw for part in parts), ZERO))
    return InterestResult(amount, start, end, parts, total)


def _table(entries: list[tuple[date, str]], name: str) -> RateTable:
    return RateTable((RatePeriod(day, Decimal(rate)) for day, rate in entries), name)


DEFAULT_BASE_RATES = _table(
    [
        (date(2015, 1, 1), "-0.83"),
        (date(2016, 7, 1), "-0.88"),
        (date(2023, 1, 1), "1.62"),
        (date(2023, 7, 1), "3.12"),
        (date(2024, 1, 1), "3.62"),
        (date(2024, 7, 1), "3.37"),
        (date(2025, 1, 1), "2.27"),
        (date(2025, 7, 1), "1.27"),
        (date(2026, 1, 1), "1.27"),
    ],
    _("Basiszinssatz"),
)
"""Demo base rates (§ 247 BGB) in percent; administrators add new values."""

DEFAULT_SURCHARGES = _table(
    [(date(2002, 1, 1), "3"), (date(2013, 1, 1), "5")],
    _("Zinsaufschlag"),
)
"""Percentage points above the base rate (§ 49a Abs. 3 VwVfG)."""
