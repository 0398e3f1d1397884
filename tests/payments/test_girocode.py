"""The GiroCode (EPC QR code) follows the EPC069-12 format: service tag BCD, version 002, UTF-8, SCT, BIC,
name, IBAN, amount as EUR123.45, reference; clawback letters carry it with the office's account."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
import segno

from app.letters.kinds import LetterKind
from app.letters.service import compose_letter, load_for_letter
from app.payments.girocode import GiroCodeProblem, epc_payload, make_girocode
from tests.fixtures.database import Today
from tests.letters.cases import clawed_back
from tests.support import Office


def test_the_payload_follows_the_epc_format() -> None:
    payload = epc_payload("Landratsamt  Kyffhäuserkreis", "DE02 1203 0000 0000 2020 51", Decimal("123.45"),
                          "LPF-2026-0001", "byladem1001")
    assert payload.split("\n") == ["BCD", "002", "1", "SCT", "BYLADEM1001", "Landratsamt Kyffhäuserkreis",
                                   "DE02120300000000202051", "EUR123.45", "", "", "LPF-2026-0001"]
    assert not payload.endswith("\n")
    assert epc_payload("Amt", "DE02120300000000202051", Decimal("1262.8"), "X").split("\n")[4:8] == [
        "", "Amt", "DE02120300000000202051", "EUR1262.80"]


def test_the_qr_code_encodes_the_payload_at_level_m() -> None:
    code = make_girocode("Landratsamt Kyffhäuserkreis", "DE02120300000000202051", Decimal("5.00"), "LPF-2026-0001")
    expected = segno.make_qr(code.payload.encode("utf-8"), error="m", boost_error=False)
    assert expected.error == "M"
    assert code.modules == tuple("".join("1" if cell else "0" for cell in row) for row in expected.matrix)


@pytest.mark.parametrize(("iban", "amount", "message"), [
    ("", Decimal("10.00"), "Für den GiroCode fehlt die IBAN der Behörde."),
    ("  ", Decimal("10.00"), "Für den GiroCode fehlt die IBAN der Behörde."),
    ("DE02120300000000202051", Decimal("0.00"), "zwischen 0,01 € und 999.999.999,99 €"),
    ("DE02120300000000202051", Decimal("-1.00"), "zwischen 0,01 € und 999.999.999,99 €"),
    ("DE02120300000000202051", Decimal("1000000000.00"), "zwischen 0,01 € und 999.999.999,99 €"),
])
def test_bad_girocode_input_gets_a_german_message(iban: str, amount: Decimal, message: str) -> None:
    with pytest.raises(GiroCodeProblem, match=message):
        epc_payload("Landratsamt Kyffhäuserkreis", iban, amount, "LPF-2026-0001")


def test_the_clawback_letter_carries_the_office_account_amount_and_file_number(office: Office,
                                                                               today: Today) -> None:
    file_number = clawed_back(office, today)
    today.set(dt.date(2027, 4, 2))
    with office.anna as uow:
        uow.act("test-compose", permission="case.read")
        composed = compose_letter(uow, load_for_letter(uow.session, file_number), LetterKind.clawback, draft=True)
    assert composed.facts.girocode is not None
    lines = composed.facts.girocode.payload.split("\n")
    assert lines[:4] == ["BCD", "002", "1", "SCT"]
    assert lines[6:] == ["DE02120300000000202051", "EUR1262.87", "", "", file_number]
