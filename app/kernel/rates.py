"""The base-rate and surcharge tables as stored by the administrator."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.kernel.i18n import _
from app.kernel.interest import RatePeriod, RateTable
from db.models import BaseRate, InterestSurcharge


def base_rate_table(session: Session) -> RateTable:
    rows = session.scalars(select(BaseRate).order_by(BaseRate.valid_from))
    return RateTable((RatePeriod(r.valid_from, r.rate) for r in rows), _("Basiszinssatz"))


def surcharge_table(session: Session) -> RateTable:
    rows = session.scalars(select(InterestSurcharge).order_by(InterestSurcharge.valid_from))
    return RateTable((RatePeriod(r.valid_from, r.points) for r in rows), _("Zinsaufschlag"))
