"""The Bekanntgabe rule (§ 41 Abs. 2 VwVfG) as it stood on the day a letter was posted.

§ 41 Abs. 2 Satz 1 VwVfG let a letter posted in Germany count as notified on the 3rd day after posting; the
Postrechtsmodernisierungsgesetz changed it to the 4th day for letters posted from 1.1.2025 on. The Thüringer
VwVfG (§ 1 ThürVwVfG) applies the federal VwVfG as amended, so the change holds here too. The rule a letter falls
under is the one in force on its posting day, not today's: a letter posted on Friday 27.12.2024 counts as notified
on Monday 30.12.2024, one posted on Thursday 02.01.2025 on Monday 06.01.2025.

Whether the notification day itself moves off a Saturday, Sunday or holiday is disputed, so it is a setting:
the BFH applies § 108 Abs. 3 AO to the three-day fiction of § 122 Abs. 2 AO and moves it (BFH, Urteil vom
14.10.2003 – IX R 68/98); administrative courts mostly read § 41 Abs. 2 VwVfG as fixing a day, not a period,
and do not move it. The office's rule (default): not moved.

`NotificationRule` is read from the settings (`app.kernel.settings.notification_rule`) and passed to
`app.kernel.periods.notification_date` / `objection_deadline`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.kernel.errors import ValidationError
from app.kernel.i18n import _
from app.kernel.validation import parse_date

#: § 41 Abs. 2 VwVfG was changed from the 3rd to the 4th day for letters posted from this day on.
FOUR_DAY_RULE_SINCE = date(2025, 1, 1)
DAYS_BEFORE_CHANGE = 3
DAYS_SINCE_CHANGE = 4
MAX_NOTIFICATION_DAYS = 14

_YES = {"ja", "j", "true", "1", "yes", "wahr"}
_NO = {"nein", "n", "false", "0", "no", "falsch"}


@dataclass(frozen=True)
class NotificationRule:
    """Days from posting to notification, before and from the change date, and whether the day moves."""

    days_before: int = DAYS_BEFORE_CHANGE
    days_since: int = DAYS_SINCE_CHANGE
    changed_on: date = FOUR_DAY_RULE_SINCE
    shift_off_closed_days: bool = False

    def __post_init__(self) -> None:
        for days in (self.days_before, self.days_since):
            parse_notification_days(days)

    def days_for(self, posted_on: date) -> int:
        """Days from posting to notification for a letter posted on `posted_on`."""
        return self.days_since if posted_on >= self.changed_on else self.days_before


def parse_notification_days(value: object) -> int:
    """A number of days from posting to notification: a whole number from 0 to 14."""
    try:
        days = int(str(value).strip())
    except ValueError:
        days = -1
    if not 0 <= days <= MAX_NOTIFICATION_DAYS:
        raise ValidationError(_("Die Tage bis zur Bekanntgabe müssen eine ganze Zahl von 0 bis {max} sein.").format(
            max=MAX_NOTIFICATION_DAYS), "notification_days")
    return days


def parse_change_date(value: object) -> str:
    """The day the rule changed, entered as 01.01.2025 or 2025-01-01; stored as ISO text."""
    day = parse_date(value if isinstance(value, date | str) else None, _("Stichtag der Bekanntgaberegel"),
                     field="notification_rule_since")
    assert day is not None
    return day.isoformat()


def show_change_date(value: object) -> str:
    day = date.fromisoformat(str(value))
    return f"{day.day:02d}.{day.month:02d}.{day.year:04d}"


def parse_yes_no(value: object) -> bool:
    """Ja/nein (also true/false, 1/0) as a boolean."""
    if isinstance(value, bool):
        return value
    word = str(value).strip().casefold()
    if word in _YES:
        return True
    if word in _NO:
        return False
    raise ValidationError(_("Bitte »ja« oder »nein« angeben."), "notification_day_shift")


def show_yes_no(value: object) -> str:
    return _("ja") if value else _("nein")
