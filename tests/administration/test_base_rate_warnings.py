"""The base rate (§ 247 BGB): administrators are warned from the first day of a half-year whose rate is missing;
entering a rate recomputes the interest of clawbacks not yet issued (drafts), never of issued ones."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import select

from app.administration import settings_service as admin
from app.administration.start_page import start_page
from app.letters.kinds import LetterKind
from app.letters.service import compose_letter, issue_letter, load_for_letter, preview_letter
from db.models import Clawback, Letter
from tests.fixtures.database import Today
from tests.letters.cases import clawed_back
from tests.support import Office

d = dt.date
D = Decimal


def test_the_warning_appears_on_the_first_day_of_a_half_year_without_its_rate(office: Office,
                                                                               today: Today) -> None:
    today.set(d(2026, 6, 30))  # the table has 1.1.2026
    assert start_page(office.admin).base_rate_warning is None
    today.set(d(2026, 7, 1))
    warning = start_page(office.admin).base_rate_warning
    assert warning is not None and warning.startswith("Der Basiszinssatz (§ 247 BGB) ab dem 01.07.2026 fehlt")
    assert "mit dem Satz ab 01.01.2026" in warning
    assert start_page(office.anna).base_rate_warning is None  # administrators only
    admin.set_base_rate(office.admin, "01.07.2026", "1.27")
    assert start_page(office.admin).base_rate_warning is None
    today.set(d(2027, 1, 1))
    assert "ab dem 01.01.2027 fehlt" in (start_page(office.admin).base_rate_warning or "")


def _interest(office: Office) -> Decimal:
    with office.database.read() as session:
        claim = session.scalar(select(Clawback))
        assert claim is not None
        return claim.interest_abs3


def test_a_draft_clawback_follows_a_new_rate(office: Office, today: Today) -> None:
    # 1,200.00 from 01.07.2026 to 01.05.2027 (305 days) at 1,27 % + 5 = 6,27 % → 62,87 €
    file_number = clawed_back(office, today)
    assert _interest(office) == D("62.87")
    # new rate 2,27 % from 1.1.2027: 184 days × 6,27 % = 37,929205… + 121 days × 7,27 % = 28,920657… → 66,85 €
    admin.set_base_rate(office.admin, "01.01.2027", "2.27")
    assert _interest(office) == D("66.85")
    # before, the draft was refused: "Die Zinsberechnung ergibt heute 66,85 €, festgesetzt wurden 62,87 € …"
    draft = preview_letter(office.anna, file_number, LetterKind.clawback)
    assert draft.problems == ()
    with office.anna as uow:
        uow.act("test-compose", permission="case.read")
        composed = compose_letter(uow, load_for_letter(uow.session, file_number), LetterKind.clawback, draft=True)
    assert composed.facts.girocode is not None and "EUR1266.85" in composed.facts.girocode.payload


def test_an_issued_clawback_never_changes(office: Office, today: Today) -> None:
    file_number = clawed_back(office, today)
    issued = issue_letter(office.anna, file_number, LetterKind.clawback)
    admin.set_base_rate(office.admin, "01.01.2027", "2.27")
    assert _interest(office) == D("62.87")
    with office.database.read() as session:
        letter = session.scalar(select(Letter).where(Letter.kind == "clawback"))
        assert letter is not None and letter.sha256 == issued.sha256
