"""Warnings on the start page: time limits about to run out, and a base rate missing for the current half-year.

* The one-year limit for revoking (§ 48 Abs. 4 VwVfG) and the limitation of refund claims are open deadlines
  (`app.cases.time_limits`); each is shown from `time_limit_warning_days` *(configurable)* before its end, and
  after it if still open.
* The base rate (§ 247 BGB) changes on 1 January and 1 July; from that day on an administrator is warned while
  the rate table has no entry for it (interest would otherwise run on at the old rate).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.administration.dashboard import DeadlineItem, deadlines
from app.kernel import settings
from app.kernel.i18n import _
from app.kernel.periods import format_date
from db.enums import DeadlineKind
from db.models import BaseRate

TIME_LIMIT_KINDS = frozenset({DeadlineKind.revocation_limit, DeadlineKind.limitation})


def time_limit_warnings(session: Session, today: dt.date) -> list[DeadlineItem]:
    """Open revocation-limit and limitation deadlines ending within the warning period (or already over)."""
    horizon = today + dt.timedelta(days=settings.get_int(session, "time_limit_warning_days"))
    return deadlines(session, today, due_by=horizon, kinds=TIME_LIMIT_KINDS)


def half_year_start(today: dt.date) -> dt.date:
    """1 January or 1 July of the half-year `today` lies in."""
    return dt.date(today.year, 1 if today.month < 7 else 7, 1)


def missing_base_rate(session: Session, today: dt.date) -> str | None:
    """A German warning when the base rate for the current half-year is not in the table, else None."""
    start = half_year_start(today)
    if session.get(BaseRate, start) is not None:
        return None
    latest = session.scalar(select(BaseRate.valid_from).order_by(BaseRate.valid_from.desc()).limit(1))
    since = _(" Bis dahin rechnet FörderDesk mit dem Satz ab {latest}.").format(latest=format_date(latest)) \
        if latest is not None else ""
    return _("Der Basiszinssatz (§ 247 BGB) ab dem {day} fehlt in der Zinstabelle: bitte den von der Deutschen "
             "Bundesbank veröffentlichten Wert unter Einstellungen eintragen.{since}").format(
        day=format_date(start), since=since)
