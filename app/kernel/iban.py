"""Bank details of applicants, validated with schwifty (checksum, length, country format)."""

from __future__ import annotations

from dataclasses import dataclass

from app.kernel.errors import ValidationError
from app.kernel.i18n import _


@dataclass(frozen=True)
class BankAccount:
    iban: str
    bic: str | None
    bank_name: str | None


def validate_account(iban: str | None, bic: str | None = None) -> BankAccount | None:
    """Normalise and check IBAN/BIC; fill in the BIC and bank name from a German IBAN."""
    from schwifty import IBAN  # slow to import (bank registry): only when an account is entered
    from schwifty.exceptions import SchwiftyException

    if not iban or not iban.strip():
        if bic and bic.strip():
            raise ValidationError(_("Zu einer BIC gehört eine IBAN."), "iban")
        return None
    try:
        parsed = IBAN(iban)
    except SchwiftyException as exc:
        raise ValidationError(_("Die IBAN »{iban}« ist ungültig: {reason}.").format(
            iban=iban.strip(), reason=_iban_reason(exc)), "iban") from None
    checked_bic = _validate_bic(bic) if bic and bic.strip() else None
    derived = parsed.bic
    bank_name = parsed.bank_name if parsed.country_code == "DE" else None
    return BankAccount(parsed.compact, checked_bic or (str(derived) if derived else None), bank_name)


def _validate_bic(bic: str) -> str:
    from schwifty import BIC
    from schwifty.exceptions import SchwiftyException

    try:
        return str(BIC(bic.strip()))
    except SchwiftyException:
        raise ValidationError(_("Die BIC »{bic}« ist ungültig.").format(bic=bic.strip()), "bic") from None


def _iban_reason(exc: Exception) -> str:
    name = type(exc).__name__
    reasons = {
        "InvalidChecksumDigits": _("Prüfziffer stimmt nicht"),
        "InvalidLength": _("falsche Länge"),
        "InvalidStructure": _("Aufbau passt nicht zum Land"),
        "InvalidCountryCode": _("unbekannter Ländercode"),
        "InvalidBankCode": _("unbekannte Bankleitzahl"),
        "InvalidAccountCode": _("ungültige Kontonummer"),
    }
    return reasons.get(name, _("Format ungültig"))
