"""The final grant by financing type with the amounts not accepted, and the § 49a Abs. 4 interest, against
examples computed by hand (on both backends, through the real services).

Every case: approved 10,000.00; paid 6,000.00 on 10.04.2026 (to be used by 10.06.2026) and 4,000.00 on
01.07.2026 (by 01.09.2026); base rate 1,27 % + 5 points = 6,27 % a year; interest = amount × 6,27 % × days / 365,
both days counted, the unrounded parts added and rounded once.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select

from app.cases import proceedings
from app.kernel.errors import TransitionRefused, ValidationError
from app.proof import final_grant as proof
from app.proof.queries import proof_review
from app.proof.review import Outcome
from app.proof.sample_check import draw_sample, record_check
from db.models import Application, Clawback
from tests.fixtures.database import Today
from tests.proof.cases import add_receipts, in_review
from tests.support import YEAR, Office, close_with_clawback

D = Decimal
pytestmark = pytest.mark.usefixtures("database")
d = dt.date

# 12,000.00 on six receipts; no. 4 (fees 1,500.00) has 500.00 not accepted → recognised 11,500.00
RECEIPTS = [(d(YEAR, 4, 20), "Lohn April–Juni", "3000.00", 1, d(YEAR, 4, 20)),
            (d(YEAR, 5, 15), "Spielwaren Kunze", "1000.00", 2, d(YEAR, 5, 15)),
            (d(YEAR, 7, 20), "Lohn Juli–September", "3000.00", 1, d(YEAR, 7, 20)),
            (d(YEAR, 8, 10), "Referentin Roth", "1500.00", 3, d(YEAR, 8, 10)),
            (d(YEAR, 9, 15), "Bastelbedarf Ahrens", "1000.00", 2, d(YEAR, 9, 15)),
            (d(YEAR, 10, 20), "Lohn Oktober–Dezember", "2500.00", 1, d(YEAR, 10, 20))]
# grant share 80 % of each recognised receipt, first in first out:
#   no. 1 2,400.00 and no. 2 800.00 from the 1st payment in time (2,800.00 left of it)
#   no. 3 2,400.00 from the 1st payment on 20.07. – late: 10.04.–20.07. = 102 days → 42,051945…
#   no. 4 800.00: 400.00 from the 1st payment on 10.08. – late: 10.04.–10.08. = 123 days → 8,451616…
#                 400.00 from the 2nd payment – in time (by 01.09.)
#   no. 5 800.00 from the 2nd payment on 15.09. – late: 01.07.–15.09. = 77 days → 10,581698…
#   no. 6 2,000.00 from the 2nd payment on 20.10. – late: 01.07.–20.10. = 112 days → 38,478904…
#   800.00 of the 2nd payment is never used (the clawback); Abs. 4 = 99,564… → 99,56 €
ABS4_AT_80_PERCENT = D("99.56")


def _review(office: Office, file_number: str, receipts: list = RECEIPTS) -> None:  # type: ignore[type-arg]
    ids = add_receipts(office, file_number, receipts)
    draw_sample(office.anna, file_number, seed="alle", share=D("1"), minimum=0)
    for position, receipt_id in enumerate(ids, start=1):
        if position == 4:
            record_check(office.anna, file_number, receipt_id, False, "500.00",
                         "Honorar über dem vereinbarten Stundensatz.")
        else:
            record_check(office.anna, file_number, receipt_id, True)


@pytest.mark.parametrize(("financing_type", "changes", "final"), [
    ("share", {"own": "1500.00", "third": "1000.00"}, D("9200.00")),  # 80 % × 11,500.00
    ("deficit", {"own": "1500.00", "third": "800.00"}, D("9200.00")),  # 11,500.00 − 1,500.00 − 800.00
    # 11,500.00 − 1,500.00 own (the planned share counts, though only 0 was put in) − 0 − 800.00 income
    ("full", {"own": "0", "third": "0", "income": "800.00"}, D("9200.00")),
])
def test_final_grant_and_abs4_interest(office: Office, today: Today, financing_type: str,
                                       changes: dict[str, str], final: Decimal) -> None:
    file_number = in_review(office, today, financing_type=financing_type, actual="12000.00", **changes)
    _review(office, file_number)
    view = proof_review(office.anna, file_number)
    assert view is not None
    review = view.review
    assert review.not_accepted_total == D("500.00") and review.recognised_costs == D("11500.00")
    assert review.final == final
    assert (review.clawback, review.balance, review.outcome) == (D("800.00"), D("0"), Outcome.clawback)
    assert review.idle is not None
    late = [(a.amount, a.payment.paid_on, a.used_on, a.interest.parts[0].days if a.interest else None)
            for a in review.idle.allocations if a.late]
    assert late == [(D("2400.00"), d(YEAR, 4, 10), d(YEAR, 7, 20), 102), (D("400.00"), d(YEAR, 4, 10),
                     d(YEAR, 8, 10), 123), (D("800.00"), d(YEAR, 7, 1), d(YEAR, 9, 15), 77),
                    (D("2000.00"), d(YEAR, 7, 1), d(YEAR, 10, 20), 112)]
    assert review.abs4_interest == ABS4_AT_80_PERCENT
    assert [amount for _payment, amount in review.idle.unused] == [D("800.00")]
    assert "99,56 €" in review.text and "800,00 €" in review.text


def test_fixed_amount_capped_by_the_recognised_costs(office: Office, today: Today) -> None:
    # 9,500.00 on five receipts, 500.00 of no. 4 not accepted → final = min(10,000.00, 9,000.00) = 9,000.00;
    # share 100 %: no. 3 uses 2,000.00 of the 1st payment on 20.07. (102 days → 35,043287…) and 1,000.00 of
    # the 2nd in time; no. 4 1,000.00 in time; no. 5 1,000.00 of the 2nd on 15.09. (77 days → 13,227123…)
    file_number = in_review(office, today, financing_type="fixed_amount", actual="9500.00", own="0", third="0")
    _review(office, file_number, RECEIPTS[:5])
    view = proof_review(office.anna, file_number)
    assert view is not None
    assert view.review.final == D("9000.00") and view.review.clawback == D("1000.00")
    assert view.review.abs4_interest == D("48.27")


def test_no_abs4_interest_when_every_payment_is_used_in_time(office: Office, today: Today) -> None:
    file_number = in_review(office, today, actual="12500.00",
                          payments_made=((d(YEAR, 4, 10), "6000.00"), (d(YEAR, 7, 1), "4000.00")))
    rows = [(d(YEAR, 4, 20), "Lohn", "7500.00", 1, d(YEAR, 4, 20)),  # 6,000.00 share, in time
            (d(YEAR, 7, 10), "Sachkosten", "5000.00", 2, d(YEAR, 7, 10))]  # 4,000.00 share, in time
    add_receipts(office, file_number, rows)
    view = proof_review(office.anna, file_number)
    assert view is not None
    assert view.review.final == D("10000.00") and view.review.abs4_interest == D("0.00")
    assert view.review.outcome == Outcome.close


def test_clawback_with_abs4_interest_goes_through_hearing_and_close(office: Office, today: Today) -> None:
    file_number = in_review(office, today, actual="12000.00")
    _review(office, file_number)
    with pytest.raises(TransitionRefused, match="Anhörung"):
        proof.close_case(office.anna, file_number)
    proceedings.start_hearing(office.anna, file_number, "clawback", "Rückforderung 800,00 € und Zinsen",
                              d(YEAR + 1, 3, 1))
    today.set(d(YEAR + 1, 3, 2))
    result = close_with_clawback(office, file_number)
    assert isinstance(result, proof.CloseResult)
    assert result.calculation.final == D("9200.00") and result.clawback == D("800.00")
    assert result.interest_abs4 == ABS4_AT_80_PERCENT
    with office.database.read() as session:
        app = session.scalar(select(Application).where(Application.file_number == file_number))
        assert app is not None and app.final_amount == D("9200.00")
        claim = session.scalar(select(Clawback).where(Clawback.application_id == app.id))
        assert claim is not None and claim.amount == D("800.00") and claim.interest_abs4 == ABS4_AT_80_PERCENT
    # repaid on 15.03.2027: Abs. 3 on 800.00 from the last payment, 01.07.2026–15.03.2027 = 184 + 74 = 258 days:
    # 800.00 × 6,27 % × 258/365 = 35,4556… → 35,46; with the fixed Abs. 4 interest 99,56 → 135,02 interest,
    # 935,02 in all settle the claim exactly
    today.set(d(YEAR + 1, 3, 15))
    with pytest.raises(ValidationError, match="offene Forderung 935,02 €"):
        proof.record_repayment(office.anna, file_number, "935.03")
    repaid = proof.record_repayment(office.anna, file_number, "935.02")
    assert (repaid.interest_part, repaid.principal_part, repaid.settled, repaid.remaining.total) == (
        D("135.02"), D("800.00"), True, D("0.00"))


def test_close_is_refused_while_the_sample_is_open(office: Office, today: Today) -> None:
    file_number = in_review(office, today, actual="12000.00")
    add_receipts(office, file_number, RECEIPTS)
    draw_sample(office.anna, file_number, seed="x", share=D("0.5"), minimum=1)
    with pytest.raises(ValidationError, match="nicht vollständig geprüft"):
        proof.close_case(office.anna, file_number)
