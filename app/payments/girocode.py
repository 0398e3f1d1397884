"""GiroCode (EPC QR code, EPC069-12 version 002) for transfers to the office: clawbacks and reminders.

The payload is built here, line by line, so that it can be checked exactly:

    BCD            service tag
    002            version
    1              character set (UTF-8)
    SCT            identification (SEPA credit transfer)
    BIC            optional in version 002 (empty line when not known)
    name           beneficiary (the office), at most 70 characters
    IBAN           beneficiary account, without spaces
    EUR123.45      amount: "EUR" and the amount with a point and two decimals
    (empty)        purpose code
    (empty)        structured reference (ISO 11649 RF) – the file number is none
    file number    unstructured remittance information (Verwendungszweck), at most 140 characters

The QR code itself is made with segno at error correction level M, as the EPC standard requires;
the letter draws its modules as vector squares.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from app.kernel.errors import ValidationError
from app.kernel.i18n import _
from app.kernel.money import CENT

MAX_PAYLOAD_BYTES = 331
MAX_AMOUNT = Decimal("999999999.99")


class GiroCodeProblem(ValidationError):
    """A GiroCode cannot be made (no office IBAN, amount out of range …); nothing is issued."""


@dataclass(frozen=True)
class GiroCode:
    payload: str
    modules: tuple[str, ...]  # one string of "1" (dark) and "0" per row, quiet zone not included


def epc_payload(name: str, iban: str, amount: Decimal, reference: str, bic: str | None = None) -> str:
    """The EPC payload text (lines separated by LF, no trailing line break)."""
    compact_iban = "".join((iban or "").split()).upper()
    if not compact_iban:
        raise GiroCodeProblem(_("Für den GiroCode fehlt die IBAN der Behörde. Bitte in der Verwaltung unter "
                                "»Briefkopf« die IBAN eintragen; das Schreiben wurde nicht ausgestellt."), "iban")
    if not (CENT <= amount <= MAX_AMOUNT):
        raise GiroCodeProblem(_("Für einen GiroCode muss der Betrag zwischen 0,01 € und 999.999.999,99 € liegen."),
                              "amount")
    clean_name = " ".join(name.split())[:70]
    if not clean_name:
        raise GiroCodeProblem(_("Für den GiroCode fehlt der Name der Behörde im Briefkopf."), "office")
    lines = ["BCD", "002", "1", "SCT", "".join((bic or "").split()).upper(), clean_name, compact_iban,
             f"EUR{amount.quantize(CENT):.2f}", "", "", reference.strip()[:140]]
    payload = "\n".join(lines)
    if len(payload.encode("utf-8")) > MAX_PAYLOAD_BYTES:
        raise GiroCodeProblem(_("Die Angaben für den GiroCode sind zu lang (höchstens 331 Bytes)."))
    return payload


def make_girocode(name: str, iban: str, amount: Decimal, reference: str, bic: str | None = None) -> GiroCode:
    """Payload and QR modules (error correction level M, byte mode, UTF-8)."""
    import segno

    payload = epc_payload(name, iban, amount, reference, bic)
    qr = segno.make_qr(payload.encode("utf-8"), error="m", boost_error=False)
    rows = tuple("".join("1" if cell else "0" for cell in row) for row in qr.matrix)
    return GiroCode(payload, rows)
