"""The Bekanntgabe rule follows the posting date (§ 41 Abs. 2 VwVfG: 3rd day before 1.1.2025, 4th day from
then), with both numbers, the change date and the weekend shift configurable; dates computed by hand."""

from __future__ import annotations

import datetime as dt

import pytest

from app.kernel.errors import ValidationError
from app.kernel.notification import NotificationRule, parse_change_date, parse_notification_days, parse_yes_no
from app.kernel.periods import WorkingCalendar, notification_date, objection_deadline

d = dt.date
TH = WorkingCalendar()


def test_posted_before_the_change_counts_the_third_day() -> None:
    # Fri 27.12.2024 + 3 days = Mon 30.12.2024
    assert notification_date(d(2024, 12, 27), NotificationRule()) == d(2024, 12, 30)
    assert notification_date(d(2024, 12, 31), NotificationRule()) == d(2025, 1, 3)  # posted the last old day


def test_posted_from_the_change_counts_the_fourth_day() -> None:
    # Thu 02.01.2025 + 4 days = Mon 06.01.2025
    assert notification_date(d(2025, 1, 2), NotificationRule()) == d(2025, 1, 6)
    assert notification_date(d(2025, 1, 1), NotificationRule()) == d(2025, 1, 5)


def test_a_configured_rule_is_followed() -> None:
    rule = NotificationRule(days_before=2, days_since=5, changed_on=d(2026, 7, 1))
    assert notification_date(d(2026, 6, 30), rule) == d(2026, 7, 2)
    assert notification_date(d(2026, 7, 1), rule) == d(2026, 7, 6)


def test_the_notification_day_moves_off_a_sunday_only_when_configured() -> None:
    # Wed 28.10.2026 + 4 = Sun 01.11.2026; shifted: Mon 02.11.2026
    assert notification_date(d(2026, 10, 28), NotificationRule(), calendar=TH) == d(2026, 11, 1)
    shifting = NotificationRule(shift_off_closed_days=True)
    assert notification_date(d(2026, 10, 28), shifting, calendar=TH) == d(2026, 11, 2)
    # the objection period runs from the notification day: 01.11. → Tue 01.12.2026; 02.11. → Wed 02.12.2026
    assert objection_deadline(d(2026, 10, 28), NotificationRule(), calendar=TH).end == d(2026, 12, 1)
    assert objection_deadline(d(2026, 10, 28), shifting, calendar=TH).end == d(2026, 12, 2)


def test_objection_months_come_from_the_caller() -> None:
    # posted Fri 27.12.2024 → notified 30.12.2024 → one month: Thu 30.01.2025; two months: 28.02.2025 (Fri)
    assert objection_deadline(d(2024, 12, 27), NotificationRule(), calendar=TH).end == d(2025, 1, 30)
    assert objection_deadline(d(2024, 12, 27), NotificationRule(), objection_months=2, calendar=TH).end == \
        d(2025, 2, 28)
    with pytest.raises(ValidationError, match="mindestens einen Monat"):
        objection_deadline(d(2024, 12, 27), objection_months=0)


@pytest.mark.parametrize(("value", "message"), [("-1", "0 bis 14"), ("15", "0 bis 14"), ("vier", "0 bis 14")])
def test_bad_numbers_of_days_are_refused(value: str, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        parse_notification_days(value)


def test_change_date_and_yes_no_are_parsed() -> None:
    assert parse_change_date("01.01.2025") == "2025-01-01"
    with pytest.raises(ValidationError, match="kein gültiges Datum"):
        parse_change_date("32.01.2025")
    assert (parse_yes_no("ja"), parse_yes_no("Nein"), parse_yes_no(True)) == (True, False, True)
    with pytest.raises(ValidationError, match="»ja« oder »nein«"):
        parse_yes_no("vielleicht")
