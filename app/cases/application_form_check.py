"""Checking the values of a returned application form: every field at once, each problem named with the field's
German label, so the caseworker sees all that is wrong in one go (`FormReading.problems`).

Checked: required fields, amounts (German text "1.234,50" or workbook numbers), dates (TT.MM.JJJJ), end not before
start, municipality, field of action, applicant and cost types among those the office configured, postcode and
e-mail, IBAN/BIC (schwifty), the cost lines against the stated total and the financing plan to the cent, place and
date of the signature.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.applicants.search import ApplicantRow
from app.applicants.service import ApplicantInput, ContactInput
from app.cases.application_form import FormOptions, cost_type_labels, form_options
from app.cases.application_form_files import RawValue
from app.cases.intake import ApplicationInput, CostLineInput, FundingLineInput
from app.kernel import clock
from app.kernel.errors import ValidationError
from app.kernel.i18n import _
from app.kernel.iban import validate_account
from app.kernel.money import ZERO, format_eur, to_money
from app.kernel.periods import format_date
from app.kernel.validation import clean_text, parse_date
from db.models import ApplicantType, Programme
from reports.application_form import COST_LINES, FIELD_KEYS, cost_keys, field_labels

FINANCING = "financing"  # the problem of a plan that does not add up names no single field
_COST_FIELDS = tuple(key for n in range(1, COST_LINES + 1) for key in cost_keys(n))


@dataclass(frozen=True)
class FormProblem:
    field: str  # the form's field key (or "financing")
    label: str  # its German label
    message: str

    def __str__(self) -> str:
        return f"{self.label}: {self.message}"


@dataclass(frozen=True)
class FormApplicant:
    """The applicant part of the form: the Träger, its contact person and its bank account."""

    data: ApplicantInput
    contact: ContactInput | None


@dataclass(frozen=True)
class FormReading:
    """What a returned form says, checked; `application.applicant_id` is 0 until an applicant is chosen."""

    applicant: FormApplicant
    application: ApplicationInput
    place: str | None
    signed_on: dt.date | None
    problems: tuple[FormProblem, ...]
    shown: tuple[tuple[str, str], ...]  # (label, value as read) of every filled field, in form order
    matches: tuple[ApplicantRow, ...] = field(default_factory=tuple)  # existing applicants that may be the Träger

    @property
    def ok(self) -> bool:
        return not self.problems


class _Checker:
    def __init__(self, session: Session, raw: dict[str, RawValue]) -> None:
        self.session, self.raw, self.labels = session, raw, field_labels()
        self.problems: list[FormProblem] = []
        self.options: FormOptions = form_options(session)

    def problem(self, key: str, message: str, label: str | None = None) -> None:
        self.problems.append(FormProblem(key, label or self.labels[key], message))

    def text(self, key: str, required: bool = False, max_len: int = 255, multiline: bool = False) -> str | None:
        value = self.raw.get(key)
        if isinstance(value, float) and value.is_integer():
            value = int(value)  # a number a spreadsheet made of typed digits (postcode, phone)
        text = None if value is None else str(value)
        try:
            cleaned = clean_text(text, self.labels[key], field=key, required=False, max_len=max_len,
                                 multiline=multiline)
        except ValidationError as exc:
            self.problem(key, exc.message)
            return None
        if cleaned is None and required:
            self.problem(key, _("Bitte ausfüllen."))
        return cleaned

    def amount(self, key: str, required: bool = False) -> Decimal | None:
        value = self.raw.get(key)
        if value is None or value == "":
            if required:
                self.problem(key, _("Bitte den Betrag angeben."))
            return None
        if isinstance(value, float):
            value = Decimal(repr(value))  # a workbook number: its shortest decimal form, never the binary float
        try:
            amount = to_money(value if isinstance(value, (Decimal, int, str)) else str(value), key)
        except ValidationError as exc:
            self.problem(key, _("»{value}« ist kein gültiger Betrag ({reason}).").format(value=value,
                                                                                         reason=exc.message))
            return None
        if amount < ZERO:
            self.problem(key, _("Der Betrag darf nicht negativ sein."))
            return None
        return amount

    def date(self, key: str, required: bool = True) -> dt.date | None:
        value = self.raw.get(key)
        if value is None or value == "":
            if required:
                self.problem(key, _("Bitte das Datum angeben (TT.MM.JJJJ)."))
            return None
        if isinstance(value, (dt.date, dt.datetime)):
            return value.date() if isinstance(value, dt.datetime) else value
        try:
            return parse_date(str(value), self.labels[key], field=key)
        except ValidationError as exc:
            self.problem(key, exc.message)
            return None

    def problems_in(self, keys: tuple[str, ...]) -> bool:
        return any(p.field in keys for p in self.problems)

    def choice(self, key: str, offered: dict[str, str] | tuple[str, ...], required: bool,
               unknown: str | None = None) -> str | None:
        """The stored value of a choice; what the office does not offer is a problem."""
        text = self.text(key, required=required)
        if text is None:
            return None
        mapping = offered if isinstance(offered, dict) else {name: name for name in offered}
        by_lower = {shown.casefold(): value for shown, value in mapping.items()}
        by_lower.update({value.casefold(): value for value in mapping.values()})
        found = by_lower.get(text.casefold())
        if found is None:
            self.problem(key, (unknown or _("»{value}« ist keine der angebotenen Angaben (möglich: {options}).")
                               ).format(value=text, options=", ".join(mapping)))
        return found


def check_form(session: Session, raw: dict[str, RawValue]) -> FormReading:
    """Every value of the form checked; problems collected, never raised."""
    c = _Checker(session, raw)
    programme = _programme(c)
    applicant = _applicant(c)
    start, end = c.date("start_date"), c.date("end_date")
    if start is not None and end is not None and end < start:
        c.problem("end_date", _("Das Ende ({end}) liegt vor dem Beginn ({start}).").format(
            end=format_date(end), start=format_date(start)))
    costs = _cost_lines(c)
    funding, requested = _financing(c, costs, applicant.data.name)
    description = _description(c)
    municipality = c.choice("municipality", c.options.municipalities, required=True,
                            unknown=_("»{value}« ist keine Gemeinde des Landkreises."))
    application = ApplicationInput(
        programme=programme or "", fiscal_year=(start or clock.today()).year, applicant_id=0,
        title=c.text("title", required=True) or "", description=description, municipality=municipality,
        field_of_action=c.choice("field_of_action", c.options.fields_of_action, required=False),
        start_date=start, end_date=end, requested_amount=requested or ZERO, cost_lines=costs,
        funding_lines=funding)
    place = c.text("place", required=True, max_len=80)
    signed_on = c.date("signed_on")
    if signed_on is not None and signed_on > clock.today():
        c.problem("signed_on", _("Das Datum der Unterschrift ({day}) liegt in der Zukunft.").format(
            day=format_date(signed_on)))
    return FormReading(applicant, application, place, signed_on, tuple(c.problems), _shown(c))


def _programme(c: _Checker) -> str | None:
    code = c.text("programme", required=True, max_len=20)
    if code is None:
        return None
    programme = c.session.scalar(select(Programme).where(Programme.code == code.upper()))
    if programme is None or not programme.active:
        c.problem("programme", _("Ein aktives Förderprogramm »{code}« gibt es nicht.").format(code=code))
        return None
    return programme.code


def _applicant(c: _Checker) -> FormApplicant:
    name = c.text("applicant_name", required=True)
    type_code = c.choice("applicant_type", c.options.applicant_types, required=True)
    legal_form = c.text("legal_form", max_len=60)
    if isinstance(c.raw.get("postcode"), (int, float)):  # Excel made 06556 the number 6556
        c.raw["postcode"] = f"{int(c.raw['postcode']):05d}"  # type: ignore[call-overload]
    postcode = c.text("postcode", required=True, max_len=5)
    if postcode is not None and not (postcode.isascii() and postcode.isdigit() and len(postcode) == 5):
        c.problem("postcode", _("Die Postleitzahl muss aus fünf Ziffern bestehen."))
    email = c.text("email", max_len=120)
    if email is not None and ("@" not in email or " " in email or email.startswith("@") or email.endswith("@")):
        c.problem("email", _("»{value}« ist keine gültige E-Mail-Adresse.").format(value=email))
    iban, bic = _bank(c)
    kind = c.session.scalar(select(ApplicantType).where(ApplicantType.code == type_code)) if type_code else None
    data = ApplicantInput(
        name=name or "", applicant_type=type_code or "", legal_form=legal_form,
        has_legal_capacity=bool(legal_form) or bool(kind is not None and kind.needs_legal_capacity),
        street=c.text("street", required=True), postcode=postcode, city=c.text("city", required=True),
        iban=iban, bic=bic, account_holder=c.text("account_holder", required=True, max_len=120), email=email,
        phone=c.text("phone", max_len=40))
    contact_name = c.text("contact_name", required=True, max_len=160)
    contact = ContactInput(name=contact_name, email=email, phone=data.phone) if contact_name else None
    return FormApplicant(data, contact)


def _bank(c: _Checker) -> tuple[str | None, str | None]:
    iban, bic = c.text("iban", required=True, max_len=42), c.text("bic", max_len=11)
    if iban is None:
        return None, bic
    try:
        account = validate_account(iban, bic)
    except ValidationError as exc:
        c.problem("bic" if exc.field == "bic" else "iban", exc.message)
        return None, None
    return (account.iban, account.bic) if account else (None, None)


def _description(c: _Checker) -> str | None:
    description = c.text("description", max_len=10000, multiline=True)
    goals = c.text("goals", max_len=8000, multiline=True)
    if goals is None:
        return description
    # the Träger's own words under the form's heading, kept as submitted
    return "\n\n".join(p for p in (description, f"{c.labels['goals']}:\n{goals}") if p)


def _cost_lines(c: _Checker) -> tuple[CostLineInput, ...]:
    lines = []
    labels = cost_type_labels()
    for n in range(1, COST_LINES + 1):
        kind_key, text_key, amount_key = cost_keys(n)
        if not any(c.raw.get(k) not in (None, "") for k in (kind_key, text_key, amount_key)):
            continue
        kind = c.choice(kind_key, c.options.cost_types, required=True)
        text = c.text(text_key) or (labels[kind] if kind else None)
        amount = c.amount(amount_key, required=True)
        if kind and text and amount is not None:
            lines.append(CostLineInput(kind, text, amount))
    if not lines and not any(p.field.startswith("cost_") for p in c.problems):
        c.problem("cost_1_type", _("Bitte mindestens eine Zeile des Kostenplans ausfüllen."), _("Kostenplan"))
    return tuple(lines)


def _financing(c: _Checker, costs: tuple[CostLineInput, ...], applicant: str
               ) -> tuple[tuple[FundingLineInput, ...], Decimal | None]:
    total = sum((Decimal(line.amount) for line in costs), ZERO)
    stated = c.amount("total_costs")
    if stated is not None and costs and stated != total and not c.problems_in(_COST_FIELDS):
        c.problem("total_costs", _("Die angegebenen Gesamtkosten ({stated}) sind nicht die Summe der Kostenzeilen "
                                   "({total}).").format(stated=format_eur(stated), total=format_eur(total)))
    own, third = c.amount("own_funds"), c.amount("third_party_funds")
    requested = c.amount("requested_grant", required=True)
    if requested is not None and requested == ZERO:
        c.problem("requested_grant", _("Die beantragte Zuwendung muss größer als 0,00 € sein."))
    source = c.text("third_party_source")
    if third and source is None:
        c.problem("third_party_source", _("Bitte angeben, von wem die Drittmittel kommen."))
    funding = []
    if own:
        funding.append(FundingLineInput("own", applicant or _("Eigenmittel"), own))
    if third and source:
        funding.append(FundingLineInput("third_party", source, third))
    if costs and requested is not None and not c.problems_in(("own_funds", "third_party_funds", "total_costs",
                                                               *_COST_FIELDS)):
        message = plan_problem(total, own or ZERO, third or ZERO, requested)
        if message:
            c.problem(FINANCING, message, _("Finanzierungsplan"))
    return tuple(funding), requested


def plan_problem(total: Decimal, own: Decimal, third: Decimal, requested: Decimal) -> str | None:
    """Why a financing plan does not add up to the total costs, to the cent; None when it does."""
    covered = own + third + requested
    if covered == total:
        return None
    return _("Die Gesamtkosten ({total}) sind nicht gedeckt: Eigenmittel {own} + Drittmittel {third} + beantragte "
             "Zuwendung {requested} = {covered} (Differenz {difference}).").format(
        total=format_eur(total), own=format_eur(own), third=format_eur(third), requested=format_eur(requested),
        covered=format_eur(covered), difference=format_eur(total - covered))


def _shown(c: _Checker) -> tuple[tuple[str, str], ...]:
    shown = []
    for key in FIELD_KEYS:
        value = c.raw.get(key)
        if value is None or value == "":
            continue
        if isinstance(value, (dt.date, dt.datetime)):
            text = format_date(value.date() if isinstance(value, dt.datetime) else value)
        else:
            text = str(value)
        shown.append((c.labels[key], text))
    return tuple(shown)


