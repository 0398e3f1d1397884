"""A micro-project batch of 20 decisions: one supervisor confirms, never a proposer; 20 letters and 20 orders."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from app.kernel.errors import PermissionDenied, TransitionRefused
from app.micro_projects.batch import batch_letters, batch_orders, confirm_batch, sign_batch
from app.micro_projects.reader import MicroProjectReader
from db.enums import OrderState, Status
from db.models import Application, AuditEvent, Letter, PaymentOrder, StatusChange
from tests.fixtures.database import Today
from tests.micro_projects.cases import micro_fund, proposed_micro_projects
from tests.support import Office, register

D = Decimal


def _statuses(office: Office) -> dict[str, Status]:
    with office.database.read() as session:
        return {n: s for n, s in session.execute(select(Application.file_number, Application.status))}


def test_twenty_decisions_one_supervisor_twenty_letters_and_twenty_orders(office: Office, today: Today) -> None:
    micro_fund(office)
    numbers = proposed_micro_projects(office, today, 20)
    assert len(MicroProjectReader(office.database, "sabine").proposed()) == 20
    done = confirm_batch(office.sabine, numbers)
    assert [c.status for c in done] == [Status.approved] * 20
    with office.database.read() as session:
        confirmations = session.scalars(select(StatusChange).where(StatusChange.action == "confirm-decision")).all()
        assert {c.user_name for c in confirmations} == {"sabine"} and len(confirmations) == 20
        audited = session.scalar(select(func.count(func.distinct(AuditEvent.application_id))).where(
            AuditEvent.action == "confirm-decision"))
        assert audited == 20
    written: list[str] = []
    items = batch_letters(office.anna, numbers, lambda number, pdf, letter_id: written.append(number))
    assert sorted(written) == sorted(numbers) and all(item.letter_id for item in items)
    orders = batch_orders(office.anna, numbers)
    assert [o.amount for o in orders] == [D("1000.00")] * 20 and all(o.order_id for o in orders)
    with office.database.read() as session:
        assert session.scalar(select(func.count()).select_from(Letter)) == 20
        assert session.scalar(select(func.count()).select_from(PaymentOrder)) == 20
    ids = [o.order_id for o in orders if o.order_id]
    assert set(sign_batch(office.anna, ids, "factual").values()) == {OrderState.factual}
    refused = sign_batch(office.tom, ids[:1], "factual")  # already signed: refused per order, nothing changes
    assert isinstance(refused[ids[0]], str)
    assert set(sign_batch(office.sabine, ids, "arithmetic").values()) == {OrderState.ordered}


def test_the_batch_is_refused_when_the_supervisor_proposed_one_of_its_cases(office: Office, today: Today) -> None:
    micro_fund(office)
    numbers = proposed_micro_projects(office, today, 4, proposers=("anna", "anna", "tom", "bernd"))
    with pytest.raises(PermissionDenied, match="Vier-Augen-Prinzip"):
        confirm_batch(office.tom, numbers)
    assert set(_statuses(office).values()) == {Status.decision_proposed}  # nothing confirmed
    with pytest.raises(PermissionDenied):
        confirm_batch(office.anna, numbers[:2])  # a caseworker never confirms
    confirm_batch(office.sabine, numbers)
    assert set(_statuses(office).values()) == {Status.approved}


def test_the_batch_is_all_or_nothing_on_the_budget_and_on_other_cases(office: Office, today: Today) -> None:
    micro_fund(office, allocation="2500.00")
    numbers = proposed_micro_projects(office, today, 3)
    with pytest.raises(TransitionRefused, match="Haushaltsansatz"):
        confirm_batch(office.sabine, numbers)  # 3 × 1.000,00 € > 2.500,00 €
    assert set(_statuses(office).values()) == {Status.decision_proposed}
    today.set(dt.date(2026, 2, 2))
    standing = register(office)
    with pytest.raises(TransitionRefused, match="Nur Kleinprojekte"):
        confirm_batch(office.sabine, [*numbers[:2], standing])
    assert [c.status for c in confirm_batch(office.sabine, numbers[:2])] == [Status.approved] * 2
