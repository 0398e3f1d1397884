"""Legal periods (Fristen) and German dates for letters and deadlines.

Why this module exists: every deadline the office sets or watches (objection
period, documents requested, hearing response, proof of use, retention) must be
computed exactly as a court would compute it, or a letter names a wrong date.
The rules, in one place:

* Notification (Bekanntgabe, § 41 Abs. 2 VwVfG): a letter sent by post counts as
  notified on the N-th day after posting, N by the rule in force on the posting
  day (4 since 1.1.2025, 3 before; `app.kernel.notification.NotificationRule`,
  configurable).
* Start and end (§ 31 Abs. 1 VwVfG with §§ 187, 188 BGB): when a period is set
  off by an event during a day (a notification), that day is not counted; a
  period of months ends on the day of the last month with the same number, or
  on that month's last day if it has no such day.
* Shift (§ 31 Abs. 3 VwVfG, § 193 BGB): a period that ends on a Saturday
  (Sonnabend), Sunday or a public holiday in Thüringen ends on the next working
  day. Holidays come from the `holidays` library, never from a hand-made list.

Everything works on `datetime.date`; only the `format_*` helpers make strings.
"""

from __future__ import annotations

import calendar as _stdlib_calendar
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import TYPE_CHECKING

from babel.dates import format_date as _babel_format_date

from app.kernel.errors import ValidationError
from app.kernel.notification import NotificationRule

if TYPE_CHECKING:
    import holidays
from app.kernel.i18n import _

DEFAULT_OBJECTION_MONTHS = 1
DEFAULT_PROOF_OF_USE_MONTHS = 6
DEFAULT_RETENTION_YEARS = 10

_SATURDAY = 5
_ONE_DAY = timedelta(days=1)


class WorkingCalendar:
    """Working days of the office: Monday to Friday, minus public holidays.

    Wraps `holidays.country_holidays(country, subdiv=...)` for Thüringen by
    default (with Reformationstag 31.10. and Weltkindertag 20.09. since 2019).
    Fronleichnam is a holiday only in some Eichsfeld municipalities, not in the
    Kyffhäuserkreis, and the library's Land-wide list rightly omits it.
    Years are loaded lazily, one at a time, and cached.
    """

    def __init__(self, subdiv: str = "TH", country: str = "DE", language: str = "de") -> None:
        self.country = country
        self.subdiv = subdiv
        self.language = language
        self._by_year: dict[int, holidays.HolidayBase] = {}

    def _holidays_of(self, year: int) -> holidays.HolidayBase:
        loaded = self._by_year.get(year)
        if loaded is None:
            import holidays

            loaded = holidays.country_holidays(
                self.country,
                subdiv=self.subdiv,
                years=year,
                language=self.language,
                expand=False,
            )
            self._by_year[year] = loaded
        return loaded

    def holiday_name(self, d: date) -> str | None:
        """The public holiday's German name on `d`, or None on ordinary days."""
        name: str | None = self._holidays_of(d.year).get(d)
        return name

    def is_working_day(self, d: date) -> bool:
        return d.weekday() < _SATURDAY and self.holiday_name(d) is None

    def next_working_day(self, d: date) -> date:
        """`d` itself if it is a working day, else the first working day after it."""
        while not self.is_working_day(d):
            d += _ONE_DAY
        return d


@cache
def default_calendar() -> WorkingCalendar:
    """The shared Thüringen calendar used when a caller passes none."""
    return WorkingCalendar()


@dataclass(frozen=True)
class PeriodEnd:
    """End of a period: by the BGB (`raw_end`) and after the § 193 shift (`end`)."""

    raw_end: date
    end: date
    shifted_reason: str | None = None

    @property
    def shifted(self) -> bool:
        return self.end != self.raw_end


# --- formatting -------------------------------------------------------------


def format_date(d: date) -> str:
    """German numeric date as in letters and workbooks: `25.11.2026` (Babel's "dd.MM.yyyy", without its per-call
    locale work: a letter prints about ten dates)."""
    return f"{d.day:02d}.{d.month:02d}.{d.year:04d}"


def format_weekday_date(d: date) -> str:
    """German date with weekday: `Mittwoch, 25.11.2026`."""
    return _babel_format_date(d, "EEEE, dd.MM.yyyy", locale="de_DE")


def _legal_weekday_date(d: date) -> str:
    # § 31 Abs. 3 VwVfG and § 193 BGB say "Sonnabend"; so do people in
    # Thüringen, so the explanation of a shift uses the word of the law.
    if d.weekday() == _SATURDAY:
        return _("Sonnabend") + ", " + format_date(d)
    return format_weekday_date(d)


# --- notification -----------------------------------------------------------


def default_notification_days(posted_on: date) -> int:
    """Days from posting to notification under § 41 Abs. 2 VwVfG as in force at `posted_on`."""
    return NotificationRule().days_for(posted_on)


def notification_date(posted_on: date, rule: NotificationRule | int | None = None, *,
                      calendar: WorkingCalendar | None = None) -> date:
    """Day a posted letter counts as notified (Bekanntgabefiktion).

    `rule` is the office's `NotificationRule` (from `app.kernel.settings.notification_rule`): the number of days
    follows the posting date (3rd day before 1.1.2025, 4th day from then, by default). A plain number fixes the
    days whatever the posting date; None applies the legal default rule.

    Whether the notification day itself moves off a Saturday, Sunday or holiday is the rule's
    `shift_off_closed_days` (default: not moved, as administrative courts mostly read § 41 Abs. 2 VwVfG: it
    fixes a day, not a period; the BFH moves the day under § 122 AO). Only the periods that start from it (such
    as the objection period) are always shifted at their end. If the letter arrived later or not at all, the
    actual date of receipt counts instead: the caller then passes that date to the period functions.
    """
    if isinstance(rule, int):
        if rule < 0:
            raise ValidationError(
                _("Die Tage bis zur Bekanntgabe dürfen nicht negativ sein."),
                field="notification_days",
            )
        return posted_on + timedelta(days=rule)
    rule = rule or NotificationRule()
    notified = posted_on + timedelta(days=rule.days_for(posted_on))
    if rule.shift_off_closed_days:
        notified = (calendar or default_calendar()).next_working_day(notified)
    return notified


# --- periods ----------------------------------------------------------------


def _last_day_of_month(year: int, month: int) -> int:
    return _stdlib_calendar.monthrange(year, month)[1]


def _shift_month(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


def add_months(start_event_day: date, months: int) -> date:
    """End of a period of `months` months set off by an event on `start_event_day`.

    § 188 Abs. 2 BGB: it ends with the day of the last month that has the same
    number as the event day; § 188 Abs. 3: if that month has no such day, with
    its last day (31.01. + 1 month → 28.02., or 29.02. in a leap year).
    Negative `months` count back the same way (useful for reminders).
    """
    year, month = _shift_month(start_event_day.year, start_event_day.month, months)
    day = min(start_event_day.day, _last_day_of_month(year, month))
    return date(year, month, day)


def raw_period_end(event_day: date, months: int = 0, days: int = 0, weeks: int = 0) -> date:
    """End of a period by §§ 187 Abs. 1, 188, 189 BGB, before any weekend shift.

    Months are counted first, then weeks and days (as § 189 Abs. 2 BGB counts
    the extra days of "one and a half months" last).
    """
    if min(months, days, weeks) < 0:
        raise ValidationError(_("Eine Frist kann nicht negativ sein."), field="period")
    if months == days == weeks == 0:
        raise ValidationError(_("Eine Frist muss mindestens einen Tag lang sein."), field="period")
    return add_months(event_day, months) + timedelta(weeks=weeks, days=days)


def shift_to_working_day(raw_end: date, calendar: WorkingCalendar | None = None) -> PeriodEnd:
    """Apply § 31 Abs. 3 VwVfG / § 193 BGB to a computed end and say why it moved."""
    cal = calendar or default_calendar()
    end = cal.next_working_day(raw_end)
    if end == raw_end:
        return PeriodEnd(raw_end=raw_end, end=end)
    holiday = cal.holiday_name(raw_end)
    reason = _("Fristende fiel auf {raw}{holiday}; verschoben auf {end}").format(
        raw=_legal_weekday_date(raw_end),
        holiday=f" ({holiday})" if holiday else "",
        end=format_weekday_date(end),
    )
    return PeriodEnd(raw_end=raw_end, end=end, shifted_reason=reason)


def period_end_explained(
    event_day: date,
    months: int = 0,
    days: int = 0,
    weeks: int = 0,
    *,
    calendar: WorkingCalendar | None = None,
) -> PeriodEnd:
    """End of a period set off by an event on `event_day`, with the shift explained."""
    raw = raw_period_end(event_day, months=months, days=days, weeks=weeks)
    return shift_to_working_day(raw, calendar)


def period_end(
    event_day: date,
    months: int = 0,
    days: int = 0,
    weeks: int = 0,
    *,
    calendar: WorkingCalendar | None = None,
) -> date:
    """Last day of a period set off by an event on `event_day` (after the shift)."""
    return period_end_explained(event_day, months=months, days=days, weeks=weeks, calendar=calendar).end


# --- the office's deadlines -------------------------------------------------


def objection_deadline(
    posted_on: date,
    notification: NotificationRule | int | None = None,
    *,
    objection_months: int = DEFAULT_OBJECTION_MONTHS,
    calendar: WorkingCalendar | None = None,
) -> PeriodEnd:
    """Last day to lodge a Widerspruch: `objection_months` (setting, by law one) after notification.

    § 70 VwGO (via § 57 VwGO, § 222 ZPO) counts with §§ 187 ff. BGB like
    § 31 VwVfG: the notification day is the event day, not counted.
    `notification` is the office's rule (see `notification_date`).
    """
    if objection_months < 1:
        raise ValidationError(_("Die Widerspruchsfrist muss mindestens einen Monat betragen."),
                              field="objection_months")
    notified = notification_date(posted_on, notification, calendar=calendar)
    return period_end_explained(notified, months=objection_months, calendar=calendar)


def proof_of_use_due(
    grant_period_end: date,
    months: int = DEFAULT_PROOF_OF_USE_MONTHS,
    *,
    calendar: WorkingCalendar | None = None,
) -> date:
    """Last day to submit the Verwendungsnachweis, `months` after the grant period.

    The grant period ends with the end of `grant_period_end`, so this period
    begins at the start of the next day (§ 187 Abs. 2 BGB) and ends with the
    day before the same-numbered day of the last month (§ 188 Abs. 2 Alt. 2),
    or with that month's last day if it has no such day (§ 188 Abs. 3).
    For a calendar-year grant period: 31.12. + 6 months → 30.06.
    Then shifted to a working day like every period.
    """
    if months < 1:
        raise ValidationError(
            _("Die Frist für den Verwendungsnachweis muss mindestens einen Monat betragen."),
            field="proof_of_use_months",
        )
    first_day = grant_period_end + _ONE_DAY
    year, month = _shift_month(first_day.year, first_day.month, months)
    if first_day.day > _last_day_of_month(year, month):
        raw = date(year, month, _last_day_of_month(year, month))
    else:
        raw = date(year, month, first_day.day) - _ONE_DAY
    return shift_to_working_day(raw, calendar).end


def retention_end(closed_on: date, years: int = DEFAULT_RETENTION_YEARS) -> date:
    """Last day a closed file must be kept (personal data deleted after it).

    German archives and records rules (and § 147 Abs. 4 AO alike) let a
    retention period begin at the end of the calendar year in which the file
    was closed, so it ends on 31.12. of the year of closure + `years`:
    a file closed on 15.03.2026 with 10 years is kept until 31.12.2036.
    Not shifted to a working day: it is no period for a declaration.
    """
    if years < 0:
        raise ValidationError(
            _("Die Aufbewahrungsfrist darf nicht negativ sein."),
            field="retention_years",
        )
    return date(closed_on.year + years, 12, 31)


def days_until(due: date, today: date) -> int:
    """Calendar days from `today` to `due`: 0 on the day, negative when overdue."""
    return (due - today).days
