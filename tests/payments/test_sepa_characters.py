"""Names and remittance texts in the SEPA file use only the SEPA character set; the CSV list keeps the original."""

from __future__ import annotations

import csv
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import xmlschema

from app.payments.cash_export import export_orders
from app.payments.orders import OrderInput, create_order, sign_arithmetic, sign_factual
from reports.cash_office import SEPA_CHARACTERS, SEPA_SCHEMA, schema_path, sepa_text
from tests.fixtures.database import Today
from tests.payments.cases import approved
from tests.support import Office

NS = {"p": f"urn:iso:std:iso:20022:tech:xsd:{SEPA_SCHEMA}"}
PURPOSE = 'Rechnung "Nr. 5" = @ | ! * Müller & Söhne; Café'


def test_sepa_text_transliterates_and_replaces() -> None:
    assert sepa_text("Müller & Söhne GmbH", 70) == "Mueller + Soehne GmbH"
    assert sepa_text('Verein "Frohsinn" = @ | ! * e.V.', 70) == "Verein Frohsinn e.V."
    assert sepa_text("Straße 1, Café Élan", 70) == "Strasse 1, Cafe Elan"
    assert sepa_text("Ab\u202ecd\x1b[31m", 70) == "Ab cd 31m"
    assert sepa_text("x" * 80, 70) == "x" * 70


def _ordered(office: Office, file_number: str, purpose: str) -> int:
    order_id = create_order(office.anna, file_number, OrderInput(amount="100.00", due_on="2026-04-01",
                                                                 purpose=purpose)).record_id
    assert order_id is not None
    sign_factual(office.anna, order_id)
    sign_arithmetic(office.sabine, order_id)
    return order_id


def test_the_sepa_file_holds_only_sepa_characters_and_the_csv_the_original(office: Office, today: Today,
                                                                          tmp_path: Path) -> None:
    file_number = approved(office, today)
    _ordered(office, file_number, PURPOSE)
    export_orders(office.bernd, "sepa", tmp_path / "lauf.xml")
    xmlschema.XMLSchema(schema_path()).validate(str(tmp_path / "lauf.xml"))
    root = ET.parse(tmp_path / "lauf.xml").getroot()
    texts = [e.text or "" for e in root.iter() if e.tag.endswith(("}Nm", "}Ustrd"))]
    assert len(texts) >= 3  # initiating party / debtor, creditor, remittance text
    assert all(set(t) <= SEPA_CHARACTERS for t in texts), texts
    assert any(t.endswith("Rechnung Nr. 5 Mueller + Soehne Cafe") for t in texts), texts
    _ordered(office, file_number, PURPOSE)
    export_orders(office.bernd, "csv", tmp_path / "lauf.csv")
    rows = list(csv.reader((tmp_path / "lauf.csv").read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    assert rows[1][8] == PURPOSE


def test_an_order_whose_payee_or_purpose_has_no_sepa_letters_is_refused(office: Office, today: Today) -> None:
    """A name in another script would reach the bank as an empty name: refused when the order is created."""
    from app.applicants.bank_accounts import BankAccountInput, add_bank_account
    from app.kernel.errors import ValidationError
    from tests.support_fingerprint import fingerprint

    file_number = approved(office, today)
    before = fingerprint(office.database)
    with pytest.raises(ValidationError) as refused:
        create_order(office.anna, file_number, OrderInput(amount="100.00", due_on="2026-04-01",
                                                          purpose="Оплата по договору"))
    assert refused.value.message == ("Der Verwendungszweck »Оплата по договору« enthält keine Buchstaben oder "
                                     "Ziffern, die eine SEPA-Überweisung übermitteln kann; bitte in lateinischer "
                                     "Schrift angeben.")
    assert fingerprint(office.database) == before

    add_bank_account(office.anna, office.applicant_id, BankAccountInput(
        iban="DE02120300000000202051", account_holder="Мария Иванова"), primary=True)
    before = fingerprint(office.database)
    with pytest.raises(ValidationError) as refused:
        create_order(office.anna, file_number, OrderInput(amount="100.00", due_on="2026-04-01"))
    assert refused.value.message.startswith("Der Zahlungsempfänger »Мария Иванова« enthält keine Buchstaben")
    assert refused.value.field == "payee" and fingerprint(office.database) == before

    add_bank_account(office.anna, office.applicant_id, BankAccountInput(
        iban="DE12500105170648489890", account_holder="Мария Ivanova"), primary=True)
    order_id = create_order(office.anna, file_number, OrderInput(amount="100.00", due_on="2026-04-01")).record_id
    assert order_id is not None and sepa_text("Мария Ivanova", 70) == "Ivanova"  # some Latin: kept as is
