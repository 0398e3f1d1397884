"""Read access to the money from the Land for the user interface and the CLI."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from app.kernel.uow import ReaderBase
from app.state_cycle.land_figures import LandMoney, land_money
from db.models import Programme


@dataclass
class LandMoneyReader(ReaderBase):
    def overview(self, fiscal_year: int | None = None) -> list[LandMoney]:
        """The Land's grants of a year (or all), with calls, payments, co-financing and spending."""
        with self._session() as session:
            return land_money(session, fiscal_year)

    def programme_codes(self) -> list[str]:
        """The programmes a grant of the Land can be recorded for (active ones)."""
        with self._session() as session:
            return list(session.scalars(select(Programme.code).where(Programme.active.is_(True))
                                        .order_by(Programme.code)))
