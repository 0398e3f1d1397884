"""The short application of a micro project: what the project is, where, when, its total costs, own share and the
amount asked for — one cost line instead of a full cost and financing plan."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from app.cases.intake import ApplicationInput, CostLineInput, FundingLineInput, register_application
from app.kernel.errors import ValidationError
from app.kernel.i18n import _
from app.kernel.lookups import applicant_by_id, programme_by_code
from app.kernel.money import MoneyInput, format_eur, require_non_negative, require_positive, to_money
from app.kernel.uow import UnitOfWork


@dataclass(frozen=True)
class MicroApplicationInput:
    programme: str
    fiscal_year: int
    applicant_id: int
    title: str
    description: str
    municipality: str
    field_of_action: str
    start_date: dt.date | str
    end_date: dt.date | str
    total_costs: MoneyInput
    requested_amount: MoneyInput
    own_funds: MoneyInput = "0"
    received_on: dt.date | str | None = None
    measure_id: int | None = None  # the catalogue's measure, or else the reason for a single case
    catalogue_justification: str | None = None


def register_micro_project(uow: UnitOfWork, data: MicroApplicationInput) -> str:
    """Register a micro project (state `received`, with a file number); refused above the fund's ceiling."""
    total = require_positive(to_money(data.total_costs, "total_costs"), _("Gesamtkosten"), "total_costs")
    requested = require_positive(to_money(data.requested_amount, "requested_amount"), _("Beantragter Betrag"),
                                 "requested_amount")
    own = require_non_negative(to_money(data.own_funds, "own_funds"), _("Eigenmittel"), "own_funds")
    if requested + own != total:
        raise ValidationError(_("Beantragter Betrag ({requested}) und Eigenmittel ({own}) müssen die Gesamtkosten "
                                "({total}) ergeben.").format(requested=format_eur(requested), own=format_eur(own),
                                                              total=format_eur(total)), "requested_amount")
    applicant = _check_fund(uow, data.programme, data.applicant_id, requested)
    # stored texts stay language-neutral: the cost line is named by the project, own funds by the Träger
    funding = (FundingLineInput("own", applicant, str(own)),) if own else ()
    return register_application(uow, ApplicationInput(
        programme=data.programme, fiscal_year=data.fiscal_year, applicant_id=data.applicant_id, title=data.title,
        description=data.description, municipality=data.municipality, field_of_action=data.field_of_action,
        start_date=data.start_date, end_date=data.end_date, financing_type="fixed_amount",
        requested_amount=str(requested), cost_lines=(CostLineInput("material", data.title, str(total)),),
        funding_lines=funding, received_on=data.received_on, measure_id=data.measure_id,
        catalogue_justification=data.catalogue_justification))


def _check_fund(uow: UnitOfWork, programme: str, applicant_id: int, requested: Decimal) -> str:
    """The applicant's name, once the programme is a micro fund and the amount within its ceiling."""
    with uow.read("case.create") as scope:
        fund = programme_by_code(scope.session, programme)
        if not fund.micro:
            raise ValidationError(_("{code} ist kein Fonds für Kleinprojekte.").format(code=fund.code), "programme")
        if fund.max_grant is not None and requested > fund.max_grant:
            raise ValidationError(_("Kleinprojekte werden höchstens mit {ceiling} gefördert.").format(
                ceiling=format_eur(fund.max_grant)), "requested_amount")
        return applicant_by_id(scope.session, applicant_id).name
