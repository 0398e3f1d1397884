"""Simultaneous use cases on separate connections: the budget is never over-committed, numbers never repeat."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from decimal import Decimal

import pytest
from sqlalchemy import select

from app.cases import checking, decisions
from app.cases import intake as applications
from app.cases.intake import CostLineInput, FundingLineInput
from app.kernel import budget
from app.kernel.errors import FoerderDeskError, TransitionRefused
from db.enums import Status
from db.models import Application
from tests.support import Office, application_input, record_case_documents


def run_together(calls: list[Callable[[], object]]) -> list[object]:
    """Start all calls at the same moment in their own threads; return result or exception per call."""
    barrier = threading.Barrier(len(calls))
    results: list[object] = [None] * len(calls)

    def worker(index: int, call: Callable[[], object]) -> None:
        barrier.wait()
        try:
            results[index] = call()
        except Exception as exc:
            results[index] = exc

    threads = [threading.Thread(target=worker, args=(i, c)) for i, c in enumerate(calls)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return results


def proposed_case(office: Office, amount: str) -> str:
    ref = applications.register_application(office.anna, application_input(
        office.applicant_id, requested_amount=amount,
        cost_lines=(CostLineInput("personnel", "Fachkraft", "75000.00"),),
        funding_lines=(FundingLineInput("own", "Eigenmittel", str(Decimal("75000.00") - Decimal(amount))),)))
    record_case_documents(office, ref)
    checking.start_check(office.anna, ref)
    checking.confirm_eligible(office.anna, ref)
    decisions.propose(office.anna, ref, "approve", amount=amount, reasons="Vorhaben entspricht dem Sozialplan.")
    return ref


@pytest.fixture
def slow_budget_check(monkeypatch: pytest.MonkeyPatch) -> None:
    """Widen the race window: pause after summing what is committed, as a slow server would."""
    original = budget.committed_amount

    def slow(*args: object, **kwargs: object) -> Decimal:
        result = original(*args, **kwargs)  # type: ignore[arg-type]
        time.sleep(0.3)
        return result

    monkeypatch.setattr(budget, "committed_amount", slow)


def test_two_simultaneous_confirmations_never_exceed_the_budget(office: Office, slow_budget_check: None) -> None:
    # budget 100,000.00 fits one approval of 60,000.00, not two
    first, second = proposed_case(office, "60000.00"), proposed_case(office, "60000.00")
    results = run_together([lambda: decisions.confirm_decision(office.sabine, first),
                            lambda: decisions.confirm_decision(office.tom, second)])
    successes = [r for r in results if r == Status.approved]
    refusals = [r for r in results if isinstance(r, TransitionRefused)]
    assert len(successes) == 1 and len(refusals) == 1, results
    assert "Haushaltsansatz" in refusals[0].message
    with office.database.read() as s:
        approved = s.scalars(select(Application.approved_amount).where(Application.status == Status.approved)).all()
        assert sum(approved) == Decimal("60000.00")
        statuses = sorted(s.scalars(select(Application.status).where(Application.file_number.in_([first, second]))))
        assert statuses == sorted([Status.approved, Status.decision_proposed])


def test_simultaneous_registrations_get_distinct_consecutive_file_numbers(office: Office) -> None:
    calls = [lambda user=user: applications.register_application(office.uow(user),
                                                                 application_input(office.applicant_id))
             for user in ("anna", "bernd", "anna", "bernd")]
    results = run_together(calls)
    assert not [r for r in results if isinstance(r, FoerderDeskError | Exception)], results
    assert sorted(results) == [f"LPF-2026-{n:04d}" for n in range(1, 5)]  # type: ignore[type-var]
