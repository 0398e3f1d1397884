"""Bank accounts of an applicant (Träger): add, change, deactivate, choose the primary account.

An organisation may have several accounts (e.g. a general and a project account). Payment orders and
letters read `Applicant.iban`/`bic`/`bank_name`/`account_holder`, which always mirror the primary account;
every change here keeps that mirror in step, in the same transaction and audit trail.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from app.kernel.errors import ConcurrentEditError, NotFound, ValidationError
from app.kernel.i18n import _
from app.kernel.iban import validate_account
from app.kernel.lookups import applicant_by_id
from app.kernel.uow import UnitOfWork
from app.kernel.validation import clean_text
from db.models import Applicant
from db.models.applicants import BankAccount


@dataclass(frozen=True)
class BankAccountInput:
    iban: str
    bic: str | None = None
    account_holder: str | None = None
    label: str | None = None  # e.g. "Projektkonto"


def _account(session: Session, account_id: int, expected_version: int | None) -> BankAccount:
    account = session.get(BankAccount, account_id)
    if account is None:
        raise NotFound(_("Ein Bankkonto Nr. {id} gibt es nicht.").format(id=account_id))
    if expected_version is not None and account.version != expected_version:
        raise ConcurrentEditError(_("Das Konto {iban} wurde inzwischen geändert. Bitte neu laden.").format(
            iban=account.iban))
    return account


def _apply(applicant: Applicant, account: BankAccount, data: BankAccountInput) -> None:
    checked = validate_account(data.iban, data.bic)
    if checked is None:
        raise ValidationError(_("Bitte die IBAN angeben."), "iban")
    twin = next((a for a in applicant.bank_accounts if a.active and a.iban == checked.iban and a is not account), None)
    if twin is not None:
        raise ValidationError(_("Das Konto {iban} ist bei »{name}« schon eingetragen.").format(
            iban=checked.iban, name=applicant.name), "iban")
    account.iban, account.bic, account.bank_name = checked.iban, checked.bic, checked.bank_name
    account.account_holder = clean_text(data.account_holder, _("Kontoinhaber"), field="account_holder",
                                        required=False, max_len=120)
    account.label = clean_text(data.label, _("Bezeichnung"), field="label", required=False, max_len=80)


def mirror_primary(applicant: Applicant, primary: BankAccount | None) -> None:
    """Copy the primary account onto the applicant, where payments and letters read it."""
    for account in applicant.bank_accounts:
        if account.is_primary != (account is primary):
            account.is_primary = account is primary
    applicant.iban = primary.iban if primary else None
    applicant.bic = primary.bic if primary else None
    applicant.bank_name = primary.bank_name if primary else None
    applicant.account_holder = primary.account_holder if primary else None


def sync_primary(applicant: Applicant) -> None:
    """After the applicant's own IBAN fields were set (registration, edit): make that account the primary one."""
    if applicant.iban is None:
        mirror_primary(applicant, None)
        return
    primary = next((a for a in applicant.bank_accounts if a.active and a.iban == applicant.iban), None)
    if primary is None:
        primary = BankAccount(iban=applicant.iban, active=True, is_primary=False)
        applicant.bank_accounts.append(primary)
    primary.bic, primary.bank_name, primary.account_holder = applicant.bic, applicant.bank_name, \
        applicant.account_holder
    mirror_primary(applicant, primary)


def add_bank_account(uow: UnitOfWork, applicant_id: int, data: BankAccountInput, primary: bool = False) -> int:
    """A further account; the first account of an organisation becomes its primary account."""
    with uow:
        uow.act("add-bank-account", permission="applicant.edit")
        account = new_bank_account(applicant_by_id(uow.session, applicant_id), data, primary)
        uow.session.flush()
        account_id = account.id
        uow.commit()
    return account_id


def new_bank_account(applicant: Applicant, data: BankAccountInput, primary: bool = False) -> BankAccount:
    """A further account inside the caller's use case; the first account of an organisation becomes primary."""
    _refuse_inactive(applicant)
    account = BankAccount(active=True, is_primary=False)
    _apply(applicant, account, data)
    applicant.bank_accounts.append(account)
    if primary or not any(a.is_primary and a.active for a in applicant.bank_accounts):
        mirror_primary(applicant, account)
    return account


def update_bank_account(uow: UnitOfWork, account_id: int, expected_version: int, data: BankAccountInput) -> int:
    with uow:
        uow.act("update-bank-account", permission="applicant.edit")
        account = _account(uow.session, account_id, expected_version)
        if not account.active:
            raise ValidationError(_("Ein deaktiviertes Konto kann nicht geändert werden."), "iban")
        _apply(account.applicant, account, data)
        if account.is_primary:
            mirror_primary(account.applicant, account)
        uow.session.flush()
        version = account.version
        uow.commit()
    return version


def make_primary(uow: UnitOfWork, account_id: int, expected_version: int) -> None:
    """Payments go to this account from now on."""
    with uow:
        uow.act("choose-primary-bank-account", permission="applicant.edit")
        account = _account(uow.session, account_id, expected_version)
        if not account.active:
            raise ValidationError(_("Ein deaktiviertes Konto kann nicht Hauptkonto werden."))
        mirror_primary(account.applicant, account)
        uow.commit()


def deactivate_bank_account(uow: UnitOfWork, account_id: int, expected_version: int,
                            reason: str | None = None) -> None:
    """The account stays on record (payments name it) but is no longer offered; never the primary account."""
    with uow:
        uow.act("deactivate-bank-account", reason, permission="applicant.edit")
        account = _account(uow.session, account_id, expected_version)
        if account.is_primary:
            raise ValidationError(_("Das Hauptkonto kann nicht deaktiviert werden. Bitte zuerst ein anderes Konto "
                                    "als Hauptkonto wählen oder die IBAN des Hauptkontos ändern."))
        if not account.active:
            raise ValidationError(_("Das Konto {iban} ist bereits deaktiviert.").format(iban=account.iban))
        account.active = False
        uow.commit()


def _refuse_inactive(applicant: Applicant) -> None:
    if not applicant.active:
        raise ValidationError(_("»{name}« ist deaktiviert und kann nicht mehr geändert werden.").format(
            name=applicant.name))
