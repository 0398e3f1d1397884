"""Bench data: 10,000 or 100,000 consistent cases in a migrated SQLite file, in seconds.

Not a service and not for production: users and programmes are created through
the real services (so they are valid and audited), then applicants, cases,
their status history, payments and deadlines are written with SQLAlchemy Core
bulk inserts. The data keep the rules the export relies on: every status is a
real workflow state reached along the declared path, amounts are exact cents
(approved ≤ requested, paid ≤ approved, final = paid for closed cases), file
numbers follow each programme's pattern with the counters raised past them,
and every programme-year has an allocation above what it committed.

    .venv/bin/python -m bench.bulk_data --cases 10000 --out /tmp/bench-10k.sqlite3
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import time
from collections import defaultdict
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, insert, select

from app.administration import programmes, users
from app.administration.reference_data import ensure_reference_data
from app.kernel import search_index
from app.kernel.database import Database, connect, upgrade_schema
from app.kernel.stored_text import N_, StoredText, coded
from app.kernel.uow import UnitOfWork
from db.enums import DeadlineKind, FinancingType, Status
from db.models import (
    Applicant,
    ApplicantType,
    Application,
    Deadline,
    FieldOfAction,
    FileNumberCounter,
    LifePhase,
    Municipality,
    Payment,
    Programme,
    StatusChange,
    User,
)

S = Status
WEIGHTS = {S.idea: 3, S.received: 6, S.eligibility_check: 6, S.documents_requested: 5, S.social_plan_review: 6,
           S.decision_proposed: 6, S.approved: 8, S.rejected: 6, S.funding: 20, S.proof_review: 8, S.closed: 22,
           S.withdrawn: 4}
PATH = [S.received, S.eligibility_check, S.social_plan_review, S.decision_proposed, S.approved, S.funding,
        S.proof_review, S.closed]
PROGRAMMES = [("LPF", "Landesprogramm Familie"), ("ARM", "Armutsprävention"), ("MPF", "Mikroprojektefonds")]
YEARS = (2024, 2025, 2026)
TITLES = ["Familiencafé", "Familienlotsin", "Seniorentreff", "Ferienfreizeit", "Elternkurs", "Dorfkümmerer",
          "Lesepaten", "Mobilitätsstudie", "Generationengarten", "Eltern-Kind-Zentrum"]
CHUNK = 5000
NOW = dt.datetime(2026, 2, 2, 9, 0, tzinfo=dt.UTC)
TODAY = NOW.date()


def history(status: Status) -> list[Status]:
    """The declared path a case took to reach `status`."""
    if status == S.idea:
        return [S.idea]
    if status == S.withdrawn:
        return [S.received, S.withdrawn]
    if status == S.documents_requested:
        return [S.received, S.eligibility_check, S.documents_requested]
    if status == S.rejected:
        return [*PATH[:4], S.rejected]
    return PATH[: PATH.index(status) + 1]


def master_data(database: Database) -> None:
    admin = UnitOfWork(database, "admin")
    users.add_user(admin, "admin", "admin", "Bench Admin")
    users.add_user(admin, "bench", "supervisor", "Bench Sachgebietsleitung")
    for code, name in PROGRAMMES:
        programmes.create_programme(admin, programmes.ProgrammeInput(code=code, name=name))


def _ids(conn: Connection, column: Any) -> list[int]:
    return list(conn.scalars(select(column)))


def _applicants(conn: Connection, rng: random.Random, count: int) -> list[int]:
    types = {code: type_id for type_id, code in conn.execute(select(ApplicantType.id, ApplicantType.code))}
    kinds = ["association", "welfare", "church", "municipality", "initiative"]
    rows = []
    for n in range(count):
        kind = rng.choice(kinds)
        rows.append({"name": f"{kind.capitalize()} {n:05d} e.V.", "applicant_type_id": types[kind],
                     "has_legal_capacity": kind != "initiative", "active": True, "version": 1,
                     "created_at": NOW, "updated_at": NOW})
    conn.execute(insert(Applicant), rows)
    return _ids(conn, Applicant.id)


def _money(rng: random.Random, low: int, high: int) -> Decimal:
    return Decimal(rng.randrange(low * 2, high * 2)) / 2  # whole euros or 50 cents


def _case(rng: random.Random, refs: dict[str, list[int]], programme: tuple[int, str], year: int,
          number: int | None, status: Status) -> dict[str, Any]:
    requested = _money(rng, 500, 40000).quantize(Decimal("0.01"))
    holds = status in (S.approved, S.funding, S.proof_review, S.closed)
    approved = (requested * Decimal(rng.choice((80, 90, 100))) / 100).quantize(Decimal("0.01")) if holds else None
    paid = approved if status in (S.proof_review, S.closed) else (
        (approved / 2).quantize(Decimal("0.01")) if status == S.funding and approved else Decimal("0.00"))
    received = dt.date(year, 1, 1) + dt.timedelta(days=rng.randint(0, 300))
    decided = received + dt.timedelta(days=rng.randint(20, 60)) if holds or status == S.rejected else None
    return {
        "file_number": None if number is None else f"{programme[1]}-{year}-{number:04d}", "programme_id": programme[0],
        "fiscal_year": year, "status": status, "title": f"{rng.choice(TITLES)} {rng.randint(1, 999)}",
        "applicant_id": rng.choice(refs["applicants"]), "caseworker_id": refs["users"][0],
        "municipality_id": rng.choice(refs["municipalities"]), "life_phase_id": rng.choice(refs["phases"]),
        "field_of_action_id": rng.choice(refs["fields"]), "received_on": None if status == S.idea else received,
        "start_date": dt.date(year, 1, 1), "end_date": dt.date(year, 12, 31), "financing_type": FinancingType.share,
        "requested_amount": requested, "approved_amount": approved, "paid_amount": paid,
        "final_amount": paid if status == S.closed else None, "decided_on": decided,
        "closed_on": dt.date(year + 1, 3, 1) if status == S.closed else None, "version": 1,
        "created_at": NOW, "updated_at": NOW,
    }


def _cases(rng: random.Random, refs: dict[str, list[int]], count: int, progs: list[tuple[int, str]],
           counters: dict[tuple[int, int], int]) -> Iterator[dict[str, Any]]:
    """Case rows; `counters` ends with the last running number per (programme id, year)."""
    states, weights = list(WEIGHTS), list(WEIGHTS.values())
    for _n in range(count):
        programme, year = rng.choice(progs), rng.choice(YEARS)
        status = rng.choices(states, weights)[0]
        number = None
        if status != S.idea:
            counters[(programme[0], year)] += 1
            number = counters[(programme[0], year)]
        yield _case(rng, refs, programme, year, number, status)


def _subject(text: StoredText) -> dict[str, str | None]:
    """A deadline subject as `open_deadline` stores it (language-neutral)."""
    return {"title": text.message, "title_params": text.params_json}


def _follow_ups(conn: Connection, first_id: int) -> None:
    """Status history along the declared path, one payment per paid case, the open deadlines."""
    query = select(Application.id, Application.status, Application.paid_amount, Application.decided_on,
                   Application.end_date).where(Application.id >= first_id)
    changes, payments, deadlines = [], [], []
    for app_id, status, paid, decided, end in conn.execute(query):
        previous = None
        for step in history(status):
            changes.append({"application_id": app_id, "from_status": previous, "to_status": step, "action": "bench",
                            "at": NOW, "user_name": "bench"})
            previous = step
        if paid:
            payments.append({"application_id": app_id, "amount": paid, "paid_on": decided, "created_at": NOW,
                             "created_by": "bench"})
        if status in (S.approved, S.funding) and end is not None:
            deadlines.append({"application_id": app_id, "kind": DeadlineKind.proof_of_use, "version": 1,
                              **_subject(coded(N_("Verwendungsnachweis fällig"))),
                              "due_on": dt.date(end.year + 1, 6, 30),
                              "created_at": NOW, "created_by": "bench"})
        if status == S.documents_requested:
            deadlines.append({"application_id": app_id, "kind": DeadlineKind.documents, "version": 1,
                              **_subject(coded(N_("Nachgeforderte Unterlagen bis {due}"),
                                               due=TODAY + dt.timedelta(days=14))),
                              "due_on": TODAY + dt.timedelta(days=14),
                              "created_at": NOW, "created_by": "bench"})
    for table, rows in ((StatusChange, changes), (Payment, payments), (Deadline, deadlines)):
        for start in range(0, len(rows), CHUNK):
            conn.execute(insert(table), rows[start:start + CHUNK])


def generate(path: Path, cases: int, seed: int = 1) -> Database:
    """A fresh SQLite file at `path` with `cases` cases; returns the open database."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    database = connect(f"sqlite:///{path}")
    upgrade_schema(database)
    ensure_reference_data(database)
    master_data(database)
    rng = random.Random(seed)
    with database.engine.begin() as conn:
        refs = {"users": _ids(conn, User.id), "municipalities": _ids(conn, Municipality.id),
                "phases": _ids(conn, LifePhase.id), "fields": _ids(conn, FieldOfAction.id),
                "applicants": _applicants(conn, rng, max(50, cases // 20))}
        progs = [(pid, code) for pid, code in conn.execute(select(Programme.id, Programme.code))]
        batch: list[dict[str, Any]] = []
        counters: dict[tuple[int, int], int] = defaultdict(int)
        for row in _cases(rng, refs, cases, progs, counters):
            batch.append(row)
            if len(batch) == CHUNK:
                conn.execute(insert(Application), batch)
                batch = []
        if batch:
            conn.execute(insert(Application), batch)
        _follow_ups(conn, 1)
        conn.execute(insert(FileNumberCounter), [
            {"programme_id": pid, "fiscal_year": year, "last_number": n} for (pid, year), n in counters.items()])
        search_index.rebuild(conn)  # the rows above went past the ORM, whose flush keeps the search texts
    _budgets(database)
    return database


def _budgets(database: Database) -> None:
    """An allocation a quarter above what each programme-year has committed."""
    from app.kernel.budget import committed_amount

    admin = UnitOfWork(database, "admin")
    with database.read() as session:
        progs = list(session.execute(select(Programme.id, Programme.code)))
        needs = {(code, year): committed_amount(session, pid, year) for pid, code in progs for year in YEARS}
    for (code, year), committed in needs.items():
        programmes.set_budget(admin, code, year, (committed * Decimal("1.25")).quantize(Decimal("1")))


def main() -> None:
    parser = argparse.ArgumentParser(description="Bench data for FörderDesk (SQLite, Core inserts)")
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    started = time.perf_counter()
    generate(args.out, args.cases, args.seed).dispose()
    print(f"{args.cases} cases in {args.out} ({time.perf_counter() - started:.1f} s)")


if __name__ == "__main__":
    main()
