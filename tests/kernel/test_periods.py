"""Legal periods: hand-computed cases from the office's calendar, plus properties.

Each expected date below was worked out by hand from §§ 187, 188 BGB and
§ 31 Abs. 3 VwVfG with the Thüringen holidays; comments give the reasoning.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.kernel.errors import ValidationError
from app.kernel.periods import (
    PeriodEnd,
    WorkingCalendar,
    add_months,
    days_until,
    default_notification_days,
    format_date,
    format_weekday_date,
    notification_date,
    objection_deadline,
    period_end,
    period_end_explained,
    proof_of_use_due,
    retention_end,
)

TH = WorkingCalendar()
DATES = st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31))


def month_index(d: date) -> int:
    return d.year * 12 + d.month - 1


# --- calendar ----------------------------------------------------------------


def test_reformationstag_is_a_holiday_in_thueringen() -> None:
    assert TH.holiday_name(date(2026, 10, 31)) == "Reformationstag"
    # Friday 31.10.2025: a weekday that is no working day.
    assert not TH.is_working_day(date(2025, 10, 31))


def test_weltkindertag_is_a_holiday_since_2019_only() -> None:
    assert TH.holiday_name(date(2027, 9, 20)) == "Weltkindertag"
    assert not TH.is_working_day(date(2027, 9, 20))  # a Monday
    assert TH.holiday_name(date(2019, 9, 20)) == "Weltkindertag"
    assert TH.holiday_name(date(2018, 9, 20)) is None
    assert TH.is_working_day(date(2018, 9, 20))  # a Thursday


def test_other_laender_differ() -> None:
    bavaria = WorkingCalendar(subdiv="BY")
    # Fronleichnam (Thursday 04.06.2026) is no holiday in the Kyffhäuserkreis.
    assert TH.is_working_day(date(2026, 6, 4))
    assert bavaria.holiday_name(date(2026, 6, 4)) == "Fronleichnam"
    assert bavaria.is_working_day(date(2025, 10, 31))


def test_holiday_names_are_german() -> None:
    assert TH.holiday_name(date(2026, 12, 25)) == "Erster Weihnachtstag"
    assert TH.holiday_name(date(2027, 1, 1)) == "Neujahr"
    assert TH.holiday_name(date(2026, 12, 24)) is None  # Heiligabend: a working day


def test_weekends_are_no_working_days() -> None:
    assert not TH.is_working_day(date(2026, 11, 28))  # Saturday
    assert not TH.is_working_day(date(2026, 11, 29))  # Sunday
    assert TH.is_working_day(date(2026, 11, 30))  # Monday


def test_next_working_day() -> None:
    assert TH.next_working_day(date(2026, 10, 30)) == date(2026, 10, 30)  # Friday
    # Sat 31.10. (Reformationstag), Sun 01.11. → Mon 02.11.
    assert TH.next_working_day(date(2026, 10, 31)) == date(2026, 11, 2)
    # Good Friday 26.03.2027, Sat, Easter Sunday, Easter Monday 29.03. → Tue.
    assert TH.next_working_day(date(2027, 3, 26)) == date(2027, 3, 30)


def test_years_are_loaded_on_demand() -> None:
    calendar = WorkingCalendar()
    assert calendar.holiday_name(date(2031, 10, 3)) == "Tag der Deutschen Einheit"
    assert calendar.holiday_name(date(2004, 10, 31)) == "Reformationstag"


# --- notification ------------------------------------------------------------


def test_four_days_since_2025_three_before() -> None:
    assert default_notification_days(date(2024, 12, 31)) == 3
    assert default_notification_days(date(2025, 1, 1)) == 4


def test_letter_posted_on_friday_is_notified_on_tuesday() -> None:
    # Fri 23.10.2026 + 4 days: Sat 24, Sun 25, Mon 26, Tue 27.
    assert notification_date(date(2026, 10, 23)) == date(2026, 10, 27)


def test_posting_before_2025_uses_three_days() -> None:
    # Mon 30.12.2024 + 3 days: Tue 31, Wed 01.01. (Neujahr), Thu 02.01.2025.
    assert notification_date(date(2024, 12, 30)) == date(2025, 1, 2)
    assert notification_date(date(2025, 1, 2)) == date(2025, 1, 6)


def test_notification_day_is_not_shifted() -> None:
    # Wed 28.10.2026 + 4 = Sun 01.11.2026; the office does not move it.
    assert notification_date(date(2026, 10, 28)) == date(2026, 11, 1)
    # Tue 29.09.2026 + 4 = Sat 03.10.2026 (Tag der Deutschen Einheit): kept.
    assert notification_date(date(2026, 9, 29)) == date(2026, 10, 3)


def test_configured_notification_days() -> None:
    assert notification_date(date(2026, 10, 23), 3) == date(2026, 10, 26)
    with pytest.raises(ValidationError):
        notification_date(date(2026, 10, 23), -1)


# --- months (§ 188 Abs. 2 and 3 BGB) ----------------------------------------


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (date(2028, 1, 31), 1, date(2028, 2, 29)),  # leap year
        (date(2027, 1, 31), 1, date(2027, 2, 28)),  # no 29.02.2027
        (date(2027, 3, 31), 1, date(2027, 4, 30)),
        (date(2026, 11, 30), 3, date(2027, 2, 28)),
        (date(2026, 12, 15), 1, date(2027, 1, 15)),  # over the new year
        (date(2028, 2, 29), 12, date(2029, 2, 28)),
        (date(2026, 3, 31), -1, date(2026, 2, 28)),  # counting back
    ],
)
def test_add_months(start: date, months: int, expected: date) -> None:
    assert add_months(start, months) == expected


# --- objection deadline -----------------------------------------------------


def test_objection_deadline_without_shift() -> None:
    # Notified Tue 27.10.2026 → same number one month later: Fri 27.11.2026.
    deadline = objection_deadline(date(2026, 10, 23), calendar=TH)
    assert deadline == PeriodEnd(raw_end=date(2026, 11, 27), end=date(2026, 11, 27))
    assert not deadline.shifted


def test_objection_deadline_posted_end_of_september() -> None:
    # Posted Fri 25.09.2026; + 4 days: Sat 26, Sun 27, Mon 28, Tue 29 → notified
    # Tue 29.09.2026. The notification day is not counted (§ 187 Abs. 1 BGB);
    # one month later the day with the same number is 29.10.2026. 27.10.2026 is
    # a Tuesday, so 29.10. is a Thursday; Reformationstag is only on 31.10.
    # → no shift, the period ends on Thursday 29.10.2026.
    deadline = objection_deadline(date(2026, 9, 25), calendar=TH)
    assert deadline.raw_end == date(2026, 10, 29)
    assert deadline.end == date(2026, 10, 29)
    assert deadline.shifted_reason is None


def test_objection_deadline_ending_on_weltkindertag() -> None:
    # Posted Mon 16.08.2027 + 4 → Fri 20.08.2027; one month → Mon 20.09.2027,
    # Weltkindertag → Tue 21.09.2027.
    deadline = objection_deadline(date(2027, 8, 16), calendar=TH)
    assert deadline.raw_end == date(2027, 9, 20)
    assert deadline.end == date(2027, 9, 21)
    assert deadline.shifted_reason == (
        "Fristende fiel auf Montag, 20.09.2027 (Weltkindertag); verschoben auf Dienstag, 21.09.2027"
    )


def test_objection_deadline_posted_in_2024() -> None:
    # Mon 30.12.2024 + 3 → Thu 02.01.2025; + 1 month → Sun 02.02.2025 → Mon 03.02.
    deadline = objection_deadline(date(2024, 12, 30), calendar=TH)
    assert deadline.raw_end == date(2025, 2, 2)
    assert deadline.end == date(2025, 2, 3)


def test_objection_deadline_from_sunday_notification() -> None:
    # Posted Wed 28.10.2026 → notified Sun 01.11.2026 → Tue 01.12.2026.
    assert objection_deadline(date(2026, 10, 28)).end == date(2026, 12, 1)


# --- shifting (§ 31 Abs. 3 VwVfG, § 193 BGB) ---------------------------------


def test_period_ending_on_reformationstag_saturday() -> None:
    # Event Mon 31.08.2026 + 2 months → Sat 31.10.2026 (Reformationstag),
    # Sun 01.11. → Mon 02.11.2026.
    result = period_end_explained(date(2026, 8, 31), months=2, calendar=TH)
    assert result.raw_end == date(2026, 10, 31)
    assert result.end == date(2026, 11, 2)
    assert result.shifted_reason == (
        "Fristende fiel auf Sonnabend, 31.10.2026 (Reformationstag); verschoben auf Montag, 02.11.2026"
    )


def test_weeks_and_days_reach_reformationstag_too() -> None:
    # Sat 17.10.2026 + 2 weeks = Sat 31.10. (§ 188 Abs. 2: same weekday).
    assert period_end(date(2026, 10, 17), weeks=2, calendar=TH) == date(2026, 11, 2)
    # Thu 01.10.2026 + 30 days = Sat 31.10. (§ 188 Abs. 1).
    assert period_end(date(2026, 10, 1), days=30, calendar=TH) == date(2026, 11, 2)


def test_reformationstag_on_friday_shifts_over_the_weekend() -> None:
    # Sun 31.08.2025 + 2 months → Fri 31.10.2025 (holiday), Sat, Sun → Mon 03.11.
    result = period_end_explained(date(2025, 8, 31), months=2, calendar=TH)
    assert result.end == date(2025, 11, 3)
    assert result.shifted_reason is not None
    assert "Freitag, 31.10.2025 (Reformationstag)" in result.shifted_reason


def test_period_ending_at_christmas() -> None:
    # Wed 25.11.2026 + 1 month → Fri 25.12. (Erster Weihnachtstag), Sat 26.12.
    # (Zweiter Weihnachtstag), Sun 27.12. → Mon 28.12.2026.
    result = period_end_explained(date(2026, 11, 25), months=1, calendar=TH)
    assert result.raw_end == date(2026, 12, 25)
    assert result.end == date(2026, 12, 28)
    assert result.shifted_reason == (
        "Fristende fiel auf Freitag, 25.12.2026 (Erster Weihnachtstag); verschoben auf Montag, 28.12.2026"
    )


def test_period_ending_on_new_year() -> None:
    # Tue 01.12.2026 + 1 month → Fri 01.01.2027 (Neujahr), Sat, Sun → Mon 04.01.
    assert period_end(date(2026, 12, 1), months=1, calendar=TH) == date(2027, 1, 4)


def test_christmas_eve_is_no_reason_to_shift() -> None:
    # Tue 24.11.2026 + 1 month → Thu 24.12.2026: no public holiday.
    assert period_end(date(2026, 11, 24), months=1, calendar=TH) == date(2026, 12, 24)


def test_end_of_january_plus_one_month() -> None:
    # 2028 is a leap year: Tue 29.02.2028, a working day.
    assert period_end(date(2028, 1, 31), months=1, calendar=TH) == date(2028, 2, 29)
    # 2027 is not: Sun 28.02.2027 → Mon 01.03.2027.
    assert period_end(date(2027, 1, 31), months=1, calendar=TH) == date(2027, 3, 1)


def test_months_are_counted_before_days() -> None:
    # 31.01.2028 + 1 month = 29.02.2028, + 15 days = Wed 15.03.2028.
    assert period_end(date(2028, 1, 31), months=1, days=15) == date(2028, 3, 15)


@pytest.mark.parametrize(("months", "days", "weeks"), [(0, 0, 0), (-1, 0, 0), (0, -3, 0), (0, 10, -1)])
def test_empty_or_negative_periods_are_refused(months: int, days: int, weeks: int) -> None:
    with pytest.raises(ValidationError):
        period_end(date(2026, 1, 1), months=months, days=days, weeks=weeks)


# --- proof of use, retention, countdown -------------------------------------


@pytest.mark.parametrize(
    ("grant_end", "months", "expected"),
    [
        # Calendar-year grant: Jan–Jun 2027 → Wed 30.06.2027.
        (date(2026, 12, 31), 6, date(2027, 6, 30)),
        (date(2025, 12, 31), 6, date(2026, 6, 30)),
        # Starts Wed 01.07.2026, ends the day before 01.01.2027: Thu 31.12.2026.
        (date(2026, 6, 30), 6, date(2026, 12, 31)),
        # Starts 31.08.2026; no 31.02.2027, so Sun 28.02.2027 → Mon 01.03.2027.
        (date(2026, 8, 30), 6, date(2027, 3, 1)),
        # Configured 3 months: Wed 31.03.2027.
        (date(2026, 12, 31), 3, date(2027, 3, 31)),
    ],
)
def test_proof_of_use_due(grant_end: date, months: int, expected: date) -> None:
    assert proof_of_use_due(grant_end, months, calendar=TH) == expected


def test_proof_of_use_needs_a_period() -> None:
    with pytest.raises(ValidationError):
        proof_of_use_due(date(2026, 12, 31), 0)


def test_retention_counts_from_the_end_of_the_closing_year() -> None:
    assert retention_end(date(2026, 3, 15), 10) == date(2036, 12, 31)
    assert retention_end(date(2026, 12, 31), 10) == date(2036, 12, 31)
    assert retention_end(date(2027, 1, 1), 10) == date(2037, 12, 31)
    assert retention_end(date(2027, 1, 1), 5) == date(2032, 12, 31)
    with pytest.raises(ValidationError):
        retention_end(date(2027, 1, 1), -1)


def test_days_until() -> None:
    assert days_until(date(2026, 11, 27), date(2026, 11, 20)) == 7
    assert days_until(date(2026, 11, 27), date(2026, 11, 27)) == 0
    assert days_until(date(2026, 11, 27), date(2026, 11, 30)) == -3
    assert days_until(date(2027, 1, 1), date(2026, 12, 31)) == 1


# --- formatting ---------------------------------------------------------------


def test_format_date() -> None:
    assert format_date(date(2026, 11, 25)) == "25.11.2026"
    assert format_date(date(5, 1, 2)) == "02.01.0005"


@given(st.dates())
def test_format_date_prints_what_babels_german_date_format_prints(day: date) -> None:
    from babel.dates import format_date as babel_format_date

    assert format_date(day) == babel_format_date(day, "dd.MM.yyyy", locale="de_DE")
    assert format_date(date(2026, 1, 5)) == "05.01.2026"


def test_format_weekday_date() -> None:
    assert format_weekday_date(date(2026, 11, 25)) == "Mittwoch, 25.11.2026"
    assert format_weekday_date(date(2026, 11, 2)) == "Montag, 02.11.2026"


# --- properties -----------------------------------------------------------------


@settings(deadline=None)
@given(
    event=DATES,
    months=st.integers(0, 24),
    days=st.integers(0, 60),
    weeks=st.integers(0, 8),
)
def test_period_end_is_the_first_working_day_from_the_raw_end(
    event: date, months: int, days: int, weeks: int
) -> None:
    if months == days == weeks == 0:
        days = 1
    result = period_end_explained(event, months=months, days=days, weeks=weeks, calendar=TH)
    assert result.end >= result.raw_end > event
    assert TH.is_working_day(result.end)
    skipped = (result.end - result.raw_end).days
    for offset in range(skipped):
        assert not TH.is_working_day(result.raw_end + timedelta(days=offset))
    assert (result.shifted_reason is None) == (result.end == result.raw_end)


@given(start=DATES)
def test_add_one_month_lands_in_the_next_month(start: date) -> None:
    result = add_months(start, 1)
    assert month_index(result) == month_index(start) + 1
    assert result.day <= start.day
    # Only a shorter month may pull the day back, and then to its last day.
    assert result.day == start.day or (result + timedelta(days=1)).day == 1


@given(start=DATES, months=st.integers(-36, 36))
def test_add_months_moves_exactly_that_many_months(start: date, months: int) -> None:
    assert month_index(add_months(start, months)) == month_index(start) + months


@settings(deadline=None)
@given(posted=DATES)
def test_objection_period_lasts_about_a_month(posted: date) -> None:
    deadline = objection_deadline(posted, calendar=TH)
    notified = notification_date(posted)
    assert 28 <= (deadline.raw_end - notified).days <= 31
    assert TH.is_working_day(deadline.end)
