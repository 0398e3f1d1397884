"""The demo office's repayments pay interest up to the day the money arrived, not up to the due date the
clawback quoted: each settles its claim exactly, and one paid before the due date pays less than the decision's
total (before issue 21 the demo overcharged such repayments by 0,39–3,58 €)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from app.kernel.claim_balance import claim_balance
from app.kernel.database import Database
from app.kernel.interest import compute_interest
from app.kernel.rates import base_rate_table, surcharge_table
from db.models import Clawback, Repayment
from demo.generator import generate
from tests.fixtures.database import Today

DEMO_DAY = dt.date(2026, 6, 1)


def test_demo_repayments_are_not_overcharged(database: Database, today: Today) -> None:
    generate(database, cases=40, seed=1, now=DEMO_DAY)  # seed 1 gives settled and open clawbacks
    with database.read() as session:
        rows = session.execute(select(Repayment, Clawback).join(Clawback, Repayment.clawback_id == Clawback.id)).all()
        assert rows
        early = 0
        for repayment, claim in rows:
            assert claim.interest_from is not None and claim.due_on is not None
            to_the_day = compute_interest(claim.amount, claim.interest_from, repayment.paid_on,
                                          base_rate_table(session), surcharge_table(session)).total
            assert repayment.interest_part == to_the_day + claim.interest_abs4
            assert repayment.amount == claim.amount + repayment.interest_part
            balance = claim_balance(session, claim, repayment.paid_on)
            assert (balance.total, balance.overpaid, claim.repaid_on) == (0, 0, repayment.paid_on)
            if repayment.paid_on < claim.due_on:
                early += 1
                assert repayment.amount < claim.amount + claim.interest_abs3 + claim.interest_abs4
        assert early
