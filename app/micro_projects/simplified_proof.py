"""The simplified proof of use of a micro project: the Sachbericht and the total actually spent, no receipt list.

The own funds are taken from the approved financing plan (a micro project's plan has nothing else), so the final
grant follows the usual rule (Nr. 2 ANBest-P) from the total alone."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import func, select

from app.kernel.case_records import load_case
from app.kernel.errors import ValidationError
from app.kernel.i18n import _
from app.kernel.money import MoneyInput, require_non_negative, to_money
from app.kernel.uow import UnitOfWork
from app.proof.final_grant import ProofInput, receive_proof
from db.enums import FundingKind
from db.models import FundingLine


def receive_micro_proof(uow: UnitOfWork, file_number: str, total: MoneyInput, report_text: str,
                        received_on: dt.date | str | None = None) -> int:
    """Record the simplified proof (Sachbericht + total); refused for a case outside a micro-project fund."""
    spent = require_non_negative(to_money(total, "total"), _("Ist-Gesamtkosten"), "total")
    if not (report_text or "").strip():
        raise ValidationError(_("Bitte den Sachbericht angeben."), "report_text")
    own = _own_funds(uow, file_number)
    return receive_proof(uow, file_number, ProofInput(spent, spent, min(own, spent), "0", "0", received_on,
                                                      report_text))


def _own_funds(uow: UnitOfWork, file_number: str) -> Decimal:
    with uow.read() as scope:
        app = load_case(scope.session, file_number)
        if not app.programme.micro:
            raise ValidationError(_("Der vereinfachte Verwendungsnachweis gilt nur für Kleinprojekte."), "file_number")
        own = scope.session.scalar(select(func.coalesce(func.sum(FundingLine.planned_amount), 0)).where(
            FundingLine.application_id == app.id, FundingLine.kind == FundingKind.own))
        return Decimal(own or 0).quantize(Decimal("0.01"))
