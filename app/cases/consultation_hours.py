"""Consultation hours (Beratung) and appointment slots.

Why this module exists: people with a project idea come for advice only by
appointment and only in the office's consultation hours (by default Tuesdays
and Thursdays, 9–16 Uhr, in one-hour slots; an administrator can change all of
it). Booking must refuse a time outside those hours or on a public holiday with
a sentence the caseworker can read out, and offer the next free slots instead.

Times are naive local wall-clock times (Europe/Berlin), as the office thinks of
them; holidays come from the same `WorkingCalendar` as the legal periods.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from app.kernel.errors import ValidationError
from app.kernel.i18n import _
from app.kernel.periods import WorkingCalendar, default_calendar, format_weekday_date

#: How far `next_free_slots` looks ahead before it gives up.
SEARCH_HORIZON_DAYS = 366

_TUESDAY, _THURSDAY = 1, 3


def _weekday_adverbs() -> tuple[str, ...]:
    # Indexed like date.weekday(); looked up at call time so `_()` translates.
    return (
        _("montags"),
        _("dienstags"),
        _("mittwochs"),
        _("donnerstags"),
        _("freitags"),
        _("sonnabends"),
        _("sonntags"),
    )


def _clock(t: time) -> str:
    return _("{hh:02d}:{mm:02d} Uhr").format(hh=t.hour, mm=t.minute)


@dataclass(frozen=True)
class ConsultationHours:
    """When the office gives advice; `weekdays` numbered like `date.weekday()`."""

    weekdays: frozenset[int] = field(default_factory=lambda: frozenset({_TUESDAY, _THURSDAY}))
    start: time = time(9, 0)
    end: time = time(16, 0)
    slot_minutes: int = 60

    def __post_init__(self) -> None:
        if not self.weekdays or not self.weekdays <= frozenset(range(7)):
            raise ValidationError(
                _("Bitte mindestens einen gültigen Beratungstag wählen."),
                field="weekdays",
            )
        if self.start >= self.end:
            raise ValidationError(_("Die Sprechzeit muss vor ihrem Ende beginnen."), field="end")
        if not 0 < self.slot_minutes <= self.length_minutes:
            raise ValidationError(_("Ein Termin muss in die Sprechzeit passen."), field="slot_minutes")

    @property
    def length_minutes(self) -> int:
        start = self.start.hour * 60 + self.start.minute
        return self.end.hour * 60 + self.end.minute - start

    def weekdays_text(self) -> str:
        """E.g. "dienstags und donnerstags", for messages."""
        names = [_weekday_adverbs()[d] for d in sorted(self.weekdays)]
        if len(names) == 1:
            return names[0]
        return _("{first} und {last}").format(first=", ".join(names[:-1]), last=names[-1])


DEFAULT_HOURS = ConsultationHours()


def _day_refusal(day: date, hours: ConsultationHours, cal: WorkingCalendar) -> str | None:
    """Why no consultation takes place on `day`, or None if it does."""
    if day.weekday() not in hours.weekdays:
        text = _("{day} ist kein Beratungstag; Beratung gibt es {days}.")
        return text.format(day=format_weekday_date(day), days=hours.weekdays_text())
    holiday = cal.holiday_name(day)
    if holiday is not None:
        text = _("{day} ist ein Feiertag ({holiday}); es findet keine Beratung statt.")
        return text.format(day=format_weekday_date(day), holiday=holiday)
    return None


def _hours_text(hours: ConsultationHours) -> str:
    return _("Die Sprechzeit ist {days} von {start} bis {end}.").format(
        days=hours.weekdays_text(), start=_clock(hours.start), end=_clock(hours.end)
    )


def validate_appointment(
    start: datetime,
    duration_minutes: int,
    hours: ConsultationHours = DEFAULT_HOURS,
    calendar: WorkingCalendar | None = None,
) -> None:
    """Raise ValidationError unless the appointment lies wholly in the hours."""
    if duration_minutes <= 0:
        raise ValidationError(_("Ein Termin muss mindestens eine Minute dauern."), field="duration")
    refusal = _day_refusal(start.date(), hours, calendar or default_calendar())
    if refusal is not None:
        raise ValidationError(refusal, field="start")
    if not hours.start <= start.time() < hours.end:
        text = _("Ein Termin um {time} liegt außerhalb der Sprechzeit.")
        message = text.format(time=_clock(start.time())) + " " + _hours_text(hours)
        raise ValidationError(message, field="start")
    end = start + timedelta(minutes=duration_minutes)
    if end.date() != start.date() or end.time() > hours.end:
        text = _("Der Termin endet um {end}, nach Ende der Sprechzeit ({close}).")
        message = text.format(end=_clock(end.time()), close=_clock(hours.end))
        raise ValidationError(message, field="duration")


def _overlaps(slot: datetime, minutes: int, booked: Iterable[tuple[datetime, int]]) -> bool:
    slot_end = slot + timedelta(minutes=minutes)
    return any(begin < slot_end and slot < begin + timedelta(minutes=length) for begin, length in booked)


def free_slots(
    day: date,
    booked: list[tuple[datetime, int]],
    hours: ConsultationHours = DEFAULT_HOURS,
    calendar: WorkingCalendar | None = None,
) -> list[datetime]:
    """Start times of the slots on `day` that no booking (start, minutes) overlaps.

    Empty on days without consultation (other weekdays, public holidays).
    """
    if _day_refusal(day, hours, calendar or default_calendar()) is not None:
        return []
    opening = datetime.combine(day, hours.start)
    count = hours.length_minutes // hours.slot_minutes
    step = timedelta(minutes=hours.slot_minutes)
    slots = (opening + i * step for i in range(count))
    return [s for s in slots if not _overlaps(s, hours.slot_minutes, booked)]


def next_free_slots(
    from_dt: datetime,
    booked: list[tuple[datetime, int]],
    count: int = 3,
    hours: ConsultationHours = DEFAULT_HOURS,
    calendar: WorkingCalendar | None = None,
) -> list[datetime]:
    """The first `count` free slots starting at or after `from_dt`.

    Looks at most SEARCH_HORIZON_DAYS ahead, so it may return fewer.
    """
    cal = calendar or default_calendar()
    found: list[datetime] = []
    for offset in range(SEARCH_HORIZON_DAYS):
        if len(found) >= count:
            break
        day = from_dt.date() + timedelta(days=offset)
        day_slots = free_slots(day, booked, hours, cal)
        found.extend(s for s in day_slots if s >= from_dt)
    return found[: max(count, 0)]
