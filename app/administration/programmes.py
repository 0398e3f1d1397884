"""Administration of programmes and their yearly budgets (admin role only)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select

from app.cases.file_numbers import format_file_number
from app.kernel.budget import committed_amount
from app.kernel.errors import ConcurrentEditError, ValidationError
from app.kernel.i18n import _
from app.kernel.lookups import applicant_type_by_code, programme_by_code
from app.kernel.money import MoneyInput, format_eur, parse_percent, parse_rate, require_non_negative, to_money
from app.kernel.uow import UnitOfWork
from app.kernel.validation import clean_text, require_text
from app.letters.legal_basis import default_legal_basis, legal_basis
from app.social_plan.scoring import ensure_default_criteria
from db.enums import FinancingType
from db.models import Budget, Programme


@dataclass(frozen=True)
class ProgrammeInput:
    code: str
    name: str
    default_financing_type: str = "share"
    max_funding_rate: MoneyInput = "80"
    min_grant: MoneyInput = "500"
    max_grant: MoneyInput | None = None
    file_number_pattern: str = "{code}-{year}-{number:04d}"
    proof_of_use_months: int = 6
    use_within_months: int = 2
    description: str | None = None
    allowed_applicant_types: tuple[str, ...] = ()
    cost_line_tolerance: MoneyInput = "20"  # percent a cost line may exceed the plan in the proof of use
    legal_basis: str | None = None  # what its Bescheide name as legal basis; empty: the shipped default
    panel_review: bool | None = None  # several reviewers score its cases; None: as the setting `panel_review`


def _months(value: int, label: str) -> int:
    if not isinstance(value, int) or not 0 < value <= 36:
        raise ValidationError(_("»{label}« muss zwischen 1 und 36 Monaten liegen.").format(label=label))
    return value


def _tolerance(value: MoneyInput | None) -> Decimal:
    percent = parse_percent(value if value is not None and value != "" else "20", "cost_line_tolerance")
    if not 0 <= percent <= 100:
        raise ValidationError(_("Die Toleranz je Kostenposition muss zwischen 0 % und 100 % liegen."),
                              "cost_line_tolerance")
    return percent.scaleb(-2)


def apply_programme(uow: UnitOfWork, programme: Programme, data: ProgrammeInput) -> None:
    code = require_text(data.code, _("Programmkürzel"), field="code", max_len=12).upper()
    if not code.replace("_", "").isalnum():
        raise ValidationError(_("Das Programmkürzel darf nur Buchstaben und Ziffern enthalten."), "code")
    format_file_number(data.file_number_pattern, code, 2026, 1)
    try:
        programme.default_financing_type = FinancingType(data.default_financing_type)
    except ValueError:
        raise ValidationError(_("Unbekannte Finanzierungsart."), "default_financing_type") from None
    programme.code, programme.file_number_pattern = code, data.file_number_pattern
    programme.name = require_text(data.name, _("Programmname"), field="name", max_len=160)
    programme.description = clean_text(data.description, _("Beschreibung"), required=False, max_len=4000,
                                       multiline=True)
    programme.max_funding_rate = parse_rate(data.max_funding_rate, "max_funding_rate")
    programme.min_grant = require_non_negative(to_money(data.min_grant, "min_grant"), _("Bagatellgrenze"))
    programme.max_grant = to_money(data.max_grant, "max_grant") if data.max_grant not in (None, "") else None
    programme.proof_of_use_months = _months(data.proof_of_use_months, _("Frist Verwendungsnachweis"))
    programme.use_within_months = _months(data.use_within_months, _("Verwendungsfrist nach Auszahlung"))
    programme.cost_line_tolerance = _tolerance(data.cost_line_tolerance)
    programme.allowed_applicant_types = [applicant_type_by_code(uow.session, c) for c in data.allowed_applicant_types]
    programme.legal_basis = _legal_basis_text(data.legal_basis, code, programme.name)
    programme.panel_review = data.panel_review


def _legal_basis_text(text: str | None, code: str, name: str) -> str | None:
    """The text to store: None for empty or the default itself, so a later default reaches the programme."""
    clean = clean_text(text, _("Rechtsgrundlage"), required=False, max_len=2000, multiline=True)
    if not clean or clean == default_legal_basis(code, name):
        return None
    return clean


@dataclass(frozen=True)
class LegalBasisRow:
    code: str
    name: str
    text: str  # in force: the configured text, else the default
    is_default: bool


def legal_bases(uow: UnitOfWork) -> list[LegalBasisRow]:
    """The legal basis each programme's Bescheide name (anyone who reads cases may see it)."""
    with uow.read() as scope:
        return [LegalBasisRow(p.code, p.name, legal_basis(p.code, p.name, p.legal_basis), not p.legal_basis)
                for p in scope.session.scalars(select(Programme).order_by(Programme.code))]


def set_legal_basis(uow: UnitOfWork, programme_code: str, text: str | None) -> str:
    """Set the legal basis the programme's Bescheide name (None or empty: the default); returns the text in force."""
    with uow:
        uow.act("set-legal-basis", permission="admin.configure")
        programme = programme_by_code(uow.session, programme_code)
        programme.legal_basis = _legal_basis_text(text, programme.code, programme.name)
        effective = legal_basis(programme.code, programme.name, programme.legal_basis)
        uow.commit()
    return effective


def create_programme(uow: UnitOfWork, data: ProgrammeInput) -> int:
    with uow:
        uow.act("create-programme", permission="admin.configure")
        if uow.session.scalar(select(Programme).where(Programme.code == data.code.strip().upper())):
            raise ValidationError(_("Das Programmkürzel »{code}« ist schon vergeben.").format(code=data.code), "code")
        programme = Programme()
        apply_programme(uow, programme, data)
        uow.session.add(programme)
        uow.session.flush()
        programme_id = programme.id
        ensure_default_criteria(uow.session, programme_id)  # scoring reads the sheet and may not write it
        uow.commit()
    return programme_id


def set_budget(uow: UnitOfWork, programme_code: str, fiscal_year: int, allocation: MoneyInput, *,
               reason: str | None = None, budget_position: str | None = None,
               expected_version: int | None = None) -> Decimal:
    """Create or change the allocation of a programme-year (audited with the reason)."""
    amount = require_non_negative(to_money(allocation, "allocation"), _("Haushaltsansatz"), "allocation")
    with uow:
        uow.act("set-budget", reason, permission="admin.configure")
        programme = programme_by_code(uow.session, programme_code)
        budget = uow.session.scalar(select(Budget).where(
            Budget.programme_id == programme.id, Budget.fiscal_year == fiscal_year).with_for_update())
        if budget is None:
            budget = Budget(programme_id=programme.id, fiscal_year=fiscal_year, allocation=amount)
            uow.session.add(budget)
        elif expected_version is not None and budget.version != expected_version:
            raise ConcurrentEditError(_("Der Haushaltsansatz wurde inzwischen geändert. Bitte neu laden."))

        committed = committed_amount(uow.session, programme.id, fiscal_year)
        if amount < committed:

            raise ValidationError(_("Der Ansatz kann nicht unter die bereits bewilligten {committed} gesenkt "
                                    "werden.").format(committed=format_eur(committed)), "allocation")
        budget.allocation = amount
        budget.budget_position = clean_text(budget_position, _("Haushaltsstelle"), required=False, max_len=60) \
            or budget.budget_position
        uow.commit()
    return amount
