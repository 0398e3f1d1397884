"""Consultation hours: which appointments are accepted and which slots are free."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.cases.consultation_hours import ConsultationHours, free_slots, next_free_slots, validate_appointment
from app.kernel.errors import ValidationError
from app.kernel.periods import WorkingCalendar

TH = WorkingCalendar()
DEFAULT = ConsultationHours()
TUESDAY = date(2026, 11, 24)
THURSDAY = date(2026, 11, 26)
HOLIDAY_TUESDAY = date(2028, 10, 3)  # Tag der Deutschen Einheit


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute))


def refusal(start: datetime, minutes: int, hours: ConsultationHours = DEFAULT) -> str:
    with pytest.raises(ValidationError) as caught:
        validate_appointment(start, minutes, hours, TH)
    return caught.value.message


def test_defaults_are_tuesday_and_thursday_nine_to_four() -> None:
    assert DEFAULT.weekdays == frozenset({1, 3})
    assert (DEFAULT.start, DEFAULT.end, DEFAULT.slot_minutes) == (time(9), time(16), 60)


# --- validate_appointment -----------------------------------------------------


def test_tuesday_ten_for_an_hour_is_accepted() -> None:
    validate_appointment(at(TUESDAY, 10), 60, DEFAULT, TH)


def test_whole_opening_hours_are_usable() -> None:
    validate_appointment(at(THURSDAY, 9), 60, DEFAULT, TH)  # first slot
    validate_appointment(at(THURSDAY, 15), 60, DEFAULT, TH)  # ends exactly 16:00


def test_monday_is_refused() -> None:
    message = refusal(at(date(2026, 11, 23), 10), 60)
    assert "Montag, 23.11.2026 ist kein Beratungstag" in message
    assert "dienstags und donnerstags" in message


def test_appointment_ending_after_closing_time_is_refused() -> None:
    message = refusal(at(THURSDAY, 15, 30), 60)
    assert "16:30 Uhr" in message
    assert "16:00 Uhr" in message


@pytest.mark.parametrize(
    ("day", "name"),
    [
        (HOLIDAY_TUESDAY, "Tag der Deutschen Einheit"),
        (date(2028, 10, 31), "Reformationstag"),
        (date(2029, 9, 20), "Weltkindertag"),  # a Thursday
    ],
)
def test_holiday_on_a_consultation_day_is_refused(day: date, name: str) -> None:
    message = refusal(at(day, 10), 60)
    assert name in message
    assert "Feiertag" in message


@pytest.mark.parametrize(("hour", "minute"), [(8, 30), (16, 0), (18, 0)])
def test_start_outside_the_hours_is_refused(hour: int, minute: int) -> None:
    message = refusal(at(TUESDAY, hour, minute), 30)
    assert f"{hour:02d}:{minute:02d} Uhr" in message
    assert "09:00 Uhr bis 16:00 Uhr" in message


def test_refusal_names_the_field() -> None:
    with pytest.raises(ValidationError) as caught:
        validate_appointment(at(THURSDAY, 15, 30), 60, DEFAULT, TH)
    assert caught.value.field == "duration"


def test_empty_duration_is_refused() -> None:
    refusal(at(TUESDAY, 10), 0)


def test_configured_hours() -> None:
    hours = ConsultationHours(weekdays=frozenset({0, 2, 4}), start=time(13), end=time(18), slot_minutes=30)
    validate_appointment(at(date(2026, 11, 23), 17, 30), 30, hours, TH)  # Monday
    message = refusal(at(TUESDAY, 14), 30, hours)
    assert "montags, mittwochs und freitags" in message
    assert "12:00 Uhr" in refusal(at(date(2026, 11, 23), 12), 30, hours)


@pytest.mark.parametrize(
    "kwargs",
    [
        {"weekdays": frozenset()},
        {"weekdays": frozenset({7})},
        {"start": time(16), "end": time(9)},
        {"start": time(9), "end": time(9)},
        {"slot_minutes": 0},
        {"start": time(9), "end": time(9, 30), "slot_minutes": 45},
    ],
)
def test_unusable_hours_are_refused(kwargs: dict[str, object]) -> None:
    with pytest.raises(ValidationError):
        ConsultationHours(**kwargs)  # type: ignore[arg-type]


# --- free_slots ---------------------------------------------------------------


def test_all_slots_free_on_an_empty_tuesday() -> None:
    assert free_slots(TUESDAY, [], DEFAULT, TH) == [at(TUESDAY, h) for h in range(9, 16)]


def test_booked_slots_are_left_out() -> None:
    booked = [
        (at(TUESDAY, 10), 60),
        (at(TUESDAY, 13, 30), 30),  # blocks the 13:00 slot
        (at(THURSDAY, 9), 60),  # another day
    ]
    expected = [at(TUESDAY, h) for h in (9, 11, 12, 14, 15)]
    assert free_slots(TUESDAY, booked, DEFAULT, TH) == expected


def test_a_booking_ending_at_a_slot_start_does_not_block_it() -> None:
    slots = free_slots(TUESDAY, [(at(TUESDAY, 9), 60)], DEFAULT, TH)
    assert slots[0] == at(TUESDAY, 10)


def test_no_slots_on_other_days_or_holidays() -> None:
    assert free_slots(date(2026, 11, 23), [], DEFAULT, TH) == []  # Monday
    assert free_slots(HOLIDAY_TUESDAY, [], DEFAULT, TH) == []


def test_slots_only_where_they_fit_before_closing() -> None:
    hours = ConsultationHours(slot_minutes=45)
    slots = free_slots(TUESDAY, [], hours, TH)
    # 420 minutes hold nine 45-minute slots: 9:00 … 15:00 (ending 15:45).
    assert len(slots) == 9
    assert slots[-1] == at(TUESDAY, 15)
    assert slots[1] == at(TUESDAY, 9, 45)


# --- next_free_slots --------------------------------------------------------------


def test_next_free_slots_from_a_monday_morning() -> None:
    result = next_free_slots(at(date(2026, 11, 23), 8), [], 3, DEFAULT, TH)
    assert result == [at(TUESDAY, 9), at(TUESDAY, 10), at(TUESDAY, 11)]


def test_next_free_slots_skip_past_and_booked_slots() -> None:
    # From Thu 26.11. 14:30: 14:00 has begun, 15:00 is booked → Tue 01.12.2026.
    booked = [(at(THURSDAY, 15), 60)]
    result = next_free_slots(at(THURSDAY, 14, 30), booked, 2, DEFAULT, TH)
    assert result == [at(date(2026, 12, 1), 9), at(date(2026, 12, 1), 10)]


def test_next_free_slots_skip_holidays() -> None:
    # Tue 03.10.2028 is a holiday, so the next consultation day is Thu 05.10.
    result = next_free_slots(at(date(2028, 10, 2), 12), [], 1, DEFAULT, TH)
    assert result == [at(date(2028, 10, 5), 9)]


def test_next_free_slots_count_zero() -> None:
    assert next_free_slots(at(TUESDAY, 8), [], 0, DEFAULT, TH) == []


# --- properties -------------------------------------------------------------------


@settings(deadline=None)
@given(
    day=st.dates(min_value=date(2026, 1, 1), max_value=date(2030, 12, 31)),
    booked_hours=st.lists(st.integers(8, 16), max_size=5),
    minutes=st.sampled_from([30, 60, 90]),
)
def test_every_free_slot_is_bookable_and_unbooked(day: date, booked_hours: list[int], minutes: int) -> None:
    booked = [(at(day, h), minutes) for h in booked_hours]
    for slot in free_slots(day, booked, DEFAULT, TH):
        validate_appointment(slot, DEFAULT.slot_minutes, DEFAULT, TH)
        slot_end = slot + timedelta(minutes=DEFAULT.slot_minutes)
        for begin, length in booked:
            assert slot_end <= begin or begin + timedelta(minutes=length) <= slot
