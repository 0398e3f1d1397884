"""Fixtures for the Excel tests: a demo office, the sample list, and reading workbooks back."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.kernel import clock
from app.kernel.database import Database
from db.models import Applicant, Application, AuditEvent, Deadline, Note, Payment, StatusChange

DATA = Path(__file__).resolve().parent.parent / "data"
DEMO_DAY = dt.date(2026, 2, 2)


@pytest.fixture
def demo(database: Database, today: object) -> Iterator[Database]:
    """30 demo cases walked through the real services (every state), on both backends."""
    from demo.generator import generate

    generate(database, cases=30, seed=11, now=DEMO_DAY)
    clock.set_today(lambda: DEMO_DAY)  # the generator restores the real calendar when it is done
    yield database
    clock.set_today(None)


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    """The office list from tests/data, copied so a test can never change the original."""
    target = tmp_path / "foerderliste-2025.xlsx"
    shutil.copyfile(DATA / "foerderliste-2025.xlsx", target)
    return target


def money(value: object) -> Decimal | None:
    """A cell value read back by openpyxl (int/float) as an exact amount."""
    if value is None:
        return None
    return Decimal(repr(value) if isinstance(value, float) else str(value)).quantize(Decimal("0.01"))


def snapshot(database: Database) -> tuple[object, ...]:
    """Counts and sums that any import would change: used to prove that nothing changed."""
    with database.read() as session:
        return (
            session.scalar(select(func.count()).select_from(Application)),
            session.scalar(select(func.count()).select_from(Applicant)),
            session.scalar(select(func.count()).select_from(StatusChange)),
            session.scalar(select(func.count()).select_from(Payment)),
            session.scalar(select(func.count()).select_from(Note)),
            session.scalar(select(func.count()).select_from(Deadline)),
            session.scalar(select(func.count()).select_from(AuditEvent)),
            sorted(str(a) for a in session.scalars(select(Application.requested_amount))),
            sorted(str(a) for a in session.scalars(select(Application.approved_amount))),
        )
