"""Making a programme a micro-project fund: its flag and its ceiling (the programme's largest grant)."""

from __future__ import annotations

from decimal import Decimal

from app.kernel.i18n import _
from app.kernel.lookups import programme_by_code
from app.kernel.money import MoneyInput, require_positive, to_money
from app.kernel.uow import UnitOfWork

DEFAULT_CEILING = "1500.00"  # neighbouring counties: 1.500 € or 6.000 € (a setting per fund)


def configure_micro_fund(uow: UnitOfWork, programme: str, ceiling: MoneyInput = DEFAULT_CEILING,
                         micro: bool = True) -> Decimal:
    """Mark (or unmark) `programme` as a micro-project fund with `ceiling` as its largest grant (audited)."""
    amount = require_positive(to_money(ceiling, "ceiling"), _("Obergrenze"), "ceiling")
    with uow:
        uow.act("configure-micro-fund", permission="admin.configure")
        found = programme_by_code(uow.session, programme)
        found.micro = micro
        if micro:
            found.max_grant = amount
        uow.commit()
    return amount
