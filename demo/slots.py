"""Free consultation slots for the bulk copies: one advisor, one slot (the unique index of schema 0017)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Connection, select

from app.cases.consultation_hours import ConsultationHours, validate_appointment
from app.kernel.errors import ValidationError
from db.enums import ConsultationStatus
from db.models import Consultation

HORIZON_DAYS = 3 * 366


class Slots:
    """The slots taken per advisor (read once), and the next free one from a wished start."""

    def __init__(self, connection: Connection, hours: ConsultationHours) -> None:
        self.hours = hours
        self.taken: set[tuple[int | None, dt.date, dt.time]] = set(connection.execute(
            select(Consultation.staff_id, Consultation.on, Consultation.start_time)
            .where(Consultation.status != ConsultationStatus.cancelled)))
        self.fits: dict[tuple[dt.datetime, int], bool] = {}
        self.resume: dict[tuple[int | None, dt.datetime], dt.datetime] = {}

    def take(self, staff_id: int | None, day: dt.date, start: dt.time, minutes: int) -> tuple[dt.date, dt.time]:
        """The wished slot if free, else the advisor's next free slot in the consultation hours (marked taken)."""
        wish = (staff_id, dt.datetime.combine(day, start))
        first = self.resume.get(wish, wish[1])  # the slots before the last one given for this wish are taken
        day = first.date()
        step = dt.timedelta(minutes=self.hours.slot_minutes)
        for offset in range(HORIZON_DAYS):
            current = day + dt.timedelta(days=offset)
            slot = first if offset == 0 else dt.datetime.combine(current, self.hours.start)
            while slot.date() == current and slot.time() < self.hours.end:
                key = (staff_id, current, slot.time())
                if key not in self.taken and self._fits(slot, minutes):
                    self.taken.add(key)
                    self.resume[wish] = slot
                    return current, slot.time()
                slot += step
        raise RuntimeError(f"no free consultation slot within {HORIZON_DAYS} days")

    def _fits(self, slot: dt.datetime, minutes: int) -> bool:
        """Within the hours and not on a holiday (the booking service's check, remembered per slot)."""
        known = self.fits.get((slot, minutes))
        if known is None:
            try:
                validate_appointment(slot, minutes, self.hours)
                known = True
            except ValidationError:
                known = False
            self.fits[(slot, minutes)] = known
        return known
