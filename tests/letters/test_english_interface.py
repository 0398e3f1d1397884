"""With the interface in English, letters to applicants, payment orders and their texts stay German."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.kernel import i18n
from app.letters.service import preview_letter
from app.payments.reader import PaymentReader
from tests.fixtures.database import Today
from tests.letters.cases import pdf_text
from tests.payments.cases import approved, ordered
from tests.support import Office


@pytest.fixture
def english() -> Iterator[None]:
    i18n.install_language("en")
    yield
    i18n.install_language("de")


def test_an_approval_drafted_in_the_english_interface_is_german(office: Office, today: Today, english: None) -> None:
    file_number = approved(office, today)
    assert i18n._("Im Auftrag") == "p.p."  # the interface speaks English
    text = pdf_text(preview_letter(office.sabine, file_number, "approval").pdf)
    assert "Zuwendungsbescheid" in text and "Im Auftrag" in text and "Rechtsbehelfsbelehrung" in text
    assert "Unser Zeichen" in text and "Seite 1 von" in text
    for english_text in ("p.p.", "Dear", "Your message", "Page 1 of", "Share financing"):
        assert english_text not in text


def test_a_payment_order_printed_in_the_english_interface_is_german(office: Office, today: Today,
                                                                   english: None) -> None:
    file_number = approved(office, today)
    order_id = ordered(office, file_number)
    text = pdf_text(PaymentReader(office.database, "anna").order_pdf(order_id))
    assert "Auszahlungsanordnung" in text and "Sachlich richtig" in text and "Zahlungsempfänger" in text
    assert "Payment order" not in text and "Payee" not in text
