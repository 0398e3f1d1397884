"""Files for the cash office (Kreiskasse): SEPA credit transfer (pain.001) and a German CSV list.

Plain values in, bytes out; no database, no Qt. The SEPA file is produced by the `sepaxml` library and
validated against the pain.001 schema it ships before it is returned, so an invalid file never leaves
the program. Both files state the number of transfers and the control sum (Kontrollsumme).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

SEPA_SCHEMA = "pain.001.001.09"  # the German banks' current credit-transfer format (DK, since November 2023)
_GERMAN = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss", "&": "+",
                         "ẞ": "SS", "Æ": "AE", "æ": "ae", "Ø": "O", "ø": "o", "Œ": "OE", "œ": "oe", "Ł": "L",
                         "ł": "l", "Đ": "D", "đ": "d", "Þ": "Th", "þ": "th"})
# The SEPA basic Latin character set (EPC guidance): what every bank accepts in names and remittance text.
SEPA_CHARACTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/-?:().,'+ ")
_FORMULA_START = ("=", "+", "-", "@")


class CashOfficeFileError(ValueError):
    """The transfers cannot be written as a valid file (the message says why)."""


@dataclass(frozen=True)
class Debtor:
    """The office's account the money is paid from."""

    name: str
    iban: str
    bic: str | None


@dataclass(frozen=True)
class Transfer:
    order_id: int
    file_number: str
    payee: str
    iban: str
    bic: str | None
    amount: Decimal
    execution_date: dt.date
    purpose: str
    budget_position: str

    @property
    def end_to_end_id(self) -> str:
        return f"FD-{self.order_id}"


def control_sum(transfers: Sequence[Transfer]) -> Decimal:
    return sum((t.amount for t in transfers), Decimal("0.00"))


def sepa_text(text: str, limit: int) -> str:
    """`text` in the SEPA character set: umlauts written out (ä → ae, ß → ss), accents dropped (é → e), "&" as
    "+", anything else (= @ | ! * " …) as a space; blanks collapsed, cut to `limit`. The CSV keeps the original."""
    latin = unicodedata.normalize("NFKD", text.translate(_GERMAN))
    kept = "".join(c if c in SEPA_CHARACTERS else " " for c in latin if not unicodedata.combining(c))
    return " ".join(kept.split())[:limit].rstrip()


def _cents(amount: Decimal) -> int:
    return int((amount * 100).to_integral_value())


def schema_path(schema: str = SEPA_SCHEMA) -> Path:
    """The XSD shipped with sepaxml (used for validation here and in the tests)."""
    import sepaxml

    return Path(sepaxml.__file__).resolve().parent / "schemas" / f"{schema}.xsd"


def sepa_credit_transfer(debtor: Debtor, transfers: Sequence[Transfer], schema: str = SEPA_SCHEMA) -> bytes:
    """pain.001 XML, one payment information block per execution date, validated against the schema."""
    from sepaxml import SepaTransfer
    from sepaxml.validation import ValidationError as SepaValidationError

    if not transfers:
        raise CashOfficeFileError("no transfers")
    config = {"name": sepa_text(debtor.name, 70), "IBAN": debtor.iban, "batch": True, "currency": "EUR"}
    if debtor.bic:
        config["BIC"] = debtor.bic
    sepa = SepaTransfer(config, schema=schema, clean=True)
    for transfer in transfers:
        payment: dict[str, object] = {
            "name": sepa_text(transfer.payee, 70), "IBAN": transfer.iban, "amount": _cents(transfer.amount),
            "execution_date": transfer.execution_date, "endtoend_id": transfer.end_to_end_id,
            "description": sepa_text(transfer.purpose, 140)}
        if transfer.bic:
            payment["BIC"] = transfer.bic
        sepa.add_payment(payment)
    try:
        return bytes(sepa.export(validate=True, pretty_print=True))
    except SepaValidationError as exc:
        cause = exc.__cause__
        raise CashOfficeFileError(str(getattr(cause, "reason", None) or cause or exc)) from exc


def _cell(value: str) -> str:
    """Text that a spreadsheet would take for a formula is written as text."""
    return "'" + value if value.startswith(_FORMULA_START) else value


def _amount(value: Decimal) -> str:
    text = f"{value:,.2f}"  # 1,234.56
    return text.replace(",", "X").replace(".", ",").replace("X", ".")


def _date(value: dt.date) -> str:
    return value.strftime("%d.%m.%Y")


HEADER = ("Anordnung", "Aktenzeichen", "Empfänger", "IBAN", "BIC", "Betrag (EUR)", "Ausführung", "Haushaltsstelle",
          "Verwendungszweck", "Ende-zu-Ende-Referenz")


def csv_list(transfers: Sequence[Transfer], batch_label: str) -> bytes:
    """Semicolon-separated, German numbers and dates, UTF-8 with BOM; a closing line with count and control sum."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(HEADER)
    for t in transfers:
        writer.writerow([str(t.order_id), _cell(t.file_number), _cell(t.payee), t.iban, t.bic or "",
                         _amount(t.amount), _date(t.execution_date), _cell(t.budget_position), _cell(t.purpose),
                         t.end_to_end_id])
    writer.writerow([])
    total = _amount(control_sum(transfers))
    writer.writerow(["Summe", _cell(batch_label), f"{len(transfers)} Zahlungen", "", "", total, "", "", "", ""])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")
