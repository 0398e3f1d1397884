"""Registering and changing applicants (Träger) and their contact persons (with their consent, DSGVO).

Bank accounts beyond the one entered with the record live in `app.applicants.bank_accounts`; the IBAN entered
here is the primary account.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields

from sqlalchemy import func, select

from app.applicants.bank_accounts import sync_primary
from app.kernel import clock
from app.kernel.errors import ConcurrentEditError, NotFound, ValidationError
from app.kernel.i18n import _
from app.kernel.iban import validate_account
from app.kernel.lookups import applicant_by_id, applicant_type_by_code, municipality_by_name
from app.kernel.periods import format_date
from app.kernel.uow import UnitOfWork
from app.kernel.validation import clean_text, parse_date, require_text
from db.enums import NonprofitProofKind
from db.models import Applicant, ContactPerson


@dataclass(frozen=True)
class ApplicantInput:
    name: str
    applicant_type: str  # code, e.g. "association"
    legal_form: str | None = None
    has_legal_capacity: bool = True
    sponsor_name: str | None = None
    register_court: str | None = None
    register_number: str | None = None
    street: str | None = None
    postcode: str | None = None
    city: str | None = None
    municipality: str | None = None
    nonprofit_proof_kind: str | None = None
    nonprofit_proof_date: dt.date | str | None = None
    iban: str | None = None
    bic: str | None = None
    account_holder: str | None = None
    email: str | None = None
    phone: str | None = None


def _column_length(name: str) -> int:
    length = getattr(Applicant.__table__.c[name].type, "length", None)
    assert isinstance(length, int), name
    return length


# the one source of the applicant's text limits: the columns; the checks below and the forms (maxLength) use it
FIELD_LIMITS: dict[str, int] = {name: _column_length(name) for name in (
    "name", "legal_form", "sponsor_name", "register_court", "register_number", "street", "postcode", "city",
    "account_holder", "email", "phone")}


@dataclass(frozen=True)
class ContactInput:
    name: str
    function: str | None = None
    email: str | None = None
    phone: str | None = None
    salutation: str | None = None
    consent_on: dt.date | str | None = None  # consent to storing the person's data
    consent_withdrawn_on: dt.date | str | None = None


def _apply(uow: UnitOfWork, applicant: Applicant, data: ApplicantInput) -> None:
    session = uow.session
    limit = FIELD_LIMITS
    applicant.name = require_text(data.name, _("Name des Antragstellers"), field="name", max_len=limit["name"])
    applicant.applicant_type_id = applicant_type_by_code(session, data.applicant_type).id
    applicant.legal_form = clean_text(data.legal_form, _("Rechtsform"), field="legal_form", required=False,
                                      max_len=limit["legal_form"])
    applicant.has_legal_capacity = bool(data.has_legal_capacity)
    applicant.sponsor_name = clean_text(data.sponsor_name, _("Träger"), field="sponsor_name", required=False,
                                        max_len=limit["sponsor_name"])
    applicant.register_court = clean_text(data.register_court, _("Registergericht"), required=False,
                                          max_len=limit["register_court"])
    applicant.register_number = _register_number(data.register_number)
    applicant.street = clean_text(data.street, _("Straße"), field="street", required=False, max_len=limit["street"])
    applicant.postcode = _postcode(data.postcode)
    applicant.city = clean_text(data.city, _("Ort"), field="city", required=False, max_len=limit["city"])
    applicant.municipality_id = municipality_by_name(session, data.municipality).id if data.municipality else None
    applicant.nonprofit_proof_kind = _proof_kind(data.nonprofit_proof_kind)
    applicant.nonprofit_proof_date = parse_date(data.nonprofit_proof_date, _("Datum des Nachweises"),
                                                field="nonprofit_proof_date", required=False)
    account = validate_account(data.iban, data.bic)
    applicant.iban = account.iban if account else None
    applicant.bic = account.bic if account else None
    applicant.bank_name = account.bank_name if account else None
    applicant.account_holder = clean_text(data.account_holder, _("Kontoinhaber"), required=False,
                                          max_len=limit["account_holder"])
    applicant.email = _email(data.email)
    applicant.phone = clean_text(data.phone, _("Telefon"), field="phone", required=False, max_len=limit["phone"])


def _postcode(value: str | None) -> str | None:
    text = clean_text(value, _("Postleitzahl"), field="postcode", required=False,
                      max_len=FIELD_LIMITS["postcode"])
    if text is not None and not (text.isdigit() and len(text) == 5):
        raise ValidationError(_("Die Postleitzahl muss aus fünf Ziffern bestehen."), "postcode")
    return text


def _register_number(value: str | None) -> str | None:
    text = clean_text(value, _("Registernummer"), field="register_number", required=False,
                      max_len=FIELD_LIMITS["register_number"])
    if text is None:
        return None
    compact = text.upper().replace(" ", "")
    for prefix in ("VR", "HRB", "HRA", "GNR", "PR"):
        if compact.startswith(prefix) and compact[len(prefix):].isdigit():
            return f"{prefix} {compact[len(prefix):]}"
    raise ValidationError(
        _("Die Registernummer »{value}« ist ungültig (z. B. »VR 1234« für das Vereinsregister).").format(
            value=text), "register_number")


def _proof_kind(value: str | None) -> NonprofitProofKind | None:
    if not value:
        return None
    try:
        return NonprofitProofKind(value)
    except ValueError:
        raise ValidationError(_("Unbekannte Art des Gemeinnützigkeitsnachweises »{value}«.").format(value=value),
                              "nonprofit_proof_kind") from None


def _email(value: str | None) -> str | None:
    text = clean_text(value, _("E-Mail"), field="email", required=False, max_len=FIELD_LIMITS["email"])
    if text is not None and ("@" not in text or " " in text or text.startswith("@") or text.endswith("@")):
        raise ValidationError(_("»{value}« ist keine gültige E-Mail-Adresse.").format(value=text), "email")
    return text


def register_applicant(uow: UnitOfWork, data: ApplicantInput) -> int:
    with uow:
        uow.act("register-applicant", permission="applicant.edit")
        applicant_id = new_applicant(uow, data).id
        uow.commit()
    return applicant_id


def new_applicant(uow: UnitOfWork, data: ApplicantInput) -> Applicant:
    """A new applicant inside the caller's use case (which checked `applicant.edit`), flushed: it has its id."""
    applicant = applicant_from(uow, data)
    _refuse_exact_duplicate(uow, applicant)
    sync_primary(applicant)
    uow.session.add(applicant)
    uow.session.flush()
    return applicant


def applicant_from(uow: UnitOfWork, data: ApplicantInput) -> Applicant:
    """A new, unsaved applicant from `data`, checked as `register_applicant` checks it (for an import of many,
    which adds them in one flush); raises ValidationError naming the field."""
    applicant = Applicant()
    _apply(uow, applicant, data)
    return applicant


def contact_from(data: ContactInput) -> ContactPerson:
    """A new, unsaved contact person from `data`, checked as `add_contact` checks it."""
    contact = ContactPerson(active=True)
    _apply_contact(contact, data)
    return contact


def _refuse_exact_duplicate(uow: UnitOfWork, applicant: Applicant) -> None:
    same = uow.session.scalar(select(Applicant).where(
        func.lower(Applicant.name) == applicant.name.lower(),
        func.coalesce(Applicant.postcode, "") == (applicant.postcode or ""),
        Applicant.id != (applicant.id or -1)).limit(1))
    if same is not None:
        raise ValidationError(
            _("Den Antragsteller »{name}« gibt es unter dieser Postleitzahl schon (Nr. {id}).").format(
                name=same.name, id=same.id), "name")


def update_applicant(uow: UnitOfWork, applicant_id: int, expected_version: int, data: ApplicantInput,
                     reason: str | None = None) -> int:
    with uow:
        uow.act("update-applicant", reason, permission="applicant.edit")
        applicant = applicant_by_id(uow.session, applicant_id)
        if applicant.version != expected_version:
            raise ConcurrentEditError(
                _("Der Antragsteller »{name}« wurde inzwischen geändert. Bitte neu laden.").format(name=applicant.name))
        _apply(uow, applicant, data)
        _refuse_exact_duplicate(uow, applicant)
        sync_primary(applicant)
        uow.session.flush()
        version = applicant.version
        uow.commit()
    return version


def _apply_contact(contact: ContactPerson, data: ContactInput) -> None:
    contact.name = require_text(data.name, _("Name der Kontaktperson"), field="contact_name", max_len=160)
    contact.function = clean_text(data.function, _("Funktion"), field="function", required=False, max_len=120)
    contact.email = _email(data.email)
    contact.phone = clean_text(data.phone, _("Telefon"), field="phone", required=False, max_len=40)
    contact.salutation = clean_text(data.salutation, _("Anrede"), field="salutation", required=False, max_len=20)
    contact.consent_on, contact.consent_withdrawn_on = _consent(data)


def _consent(data: ContactInput) -> tuple[dt.date | None, dt.date | None]:
    given = parse_date(data.consent_on, _("Einwilligung vom"), field="consent_on", required=False)
    withdrawn = parse_date(data.consent_withdrawn_on, _("Einwilligung widerrufen am"),
                           field="consent_withdrawn_on", required=False)
    today = clock.today()
    for day, field_name in ((given, "consent_on"), (withdrawn, "consent_withdrawn_on")):
        if day is not None and day > today:
            raise ValidationError(_("Das Datum {date} liegt in der Zukunft.").format(date=format_date(day)),
                                  field_name)
    if withdrawn is not None and given is None:
        raise ValidationError(_("Ein Widerruf setzt eine Einwilligung voraus: bitte das Datum der Einwilligung "
                                "angeben."), "consent_on")
    if withdrawn is not None and given is not None and withdrawn < given:
        raise ValidationError(_("Der Widerruf kann nicht vor der Einwilligung liegen."), "consent_withdrawn_on")
    return given, withdrawn


def _contact(uow: UnitOfWork, contact_id: int, expected_version: int) -> ContactPerson:
    contact = uow.session.get(ContactPerson, contact_id)
    if contact is None or contact.anonymised_at is not None:
        raise NotFound(_("Eine Kontaktperson Nr. {id} gibt es nicht.").format(id=contact_id))
    if contact.version != expected_version:
        raise ConcurrentEditError(_("Die Kontaktperson »{name}« wurde inzwischen geändert. Bitte neu laden.").format(
            name=contact.name))
    if not contact.active:
        raise ValidationError(_("Die Kontaktperson »{name}« ist entfernt.").format(name=contact.name))
    return contact


def add_contact(uow: UnitOfWork, applicant_id: int, data: ContactInput) -> int:
    with uow:
        uow.act("add-contact", permission="applicant.edit")
        contact_id = new_contact(uow, applicant_by_id(uow.session, applicant_id).id, data).id
        uow.commit()
    return contact_id


def new_contact(uow: UnitOfWork, applicant_id: int, data: ContactInput) -> ContactPerson:
    """A new contact person inside the caller's use case, flushed."""
    contact = contact_from(data)
    contact.applicant_id = applicant_id
    uow.session.add(contact)
    uow.session.flush()
    return contact


def update_contact(uow: UnitOfWork, contact_id: int, expected_version: int, data: ContactInput) -> int:
    """Change a contact person, including the date of consent or its withdrawal."""
    with uow:
        uow.act("update-contact", permission="applicant.edit")
        contact = _contact(uow, contact_id, expected_version)
        _apply_contact(contact, data)
        uow.session.flush()
        version = contact.version
        uow.commit()
    return version


def deactivate_contact(uow: UnitOfWork, contact_id: int, expected_version: int, reason: str | None = None) -> None:
    """Remove a contact person from the file; the record stays for the cases that name them until anonymised."""
    with uow:
        uow.act("deactivate-contact", reason, permission="applicant.edit")
        contact = _contact(uow, contact_id, expected_version)
        contact.active = False
        uow.commit()


APPLICANT_FIELDS = tuple(f.name for f in fields(ApplicantInput))
