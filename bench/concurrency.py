"""Many clients at once, as separate processes, against one database; then the invariants are checked.

    .venv/bin/python -m bench.concurrency --db postgresql+psycopg://postgres@127.0.0.1/fd_conc --clients 20 --ops 50
    .venv/bin/python -m bench.concurrency --db sqlite:////tmp/fd_conc.sqlite3 --clients 4 --ops 50

On PostgreSQL every client works with two personal logins (its caseworker and its supervisor, created for the
run and dropped afterwards), as an office does: the database itself checks four eyes and the two signatures
against the login and writes the audit trail with it. Afterwards it is checked that every audited change of a
client's person carries that person's login.

The database is prepared from scratch (must be empty or new): users, a programme whose budget fits only
part of what will be proposed, an applicant, and five shared cases that every client edits. Each client
(a process with its own connections) then runs a random mix of use cases: register, edit a shared case
(with the version it read — conflicts must be detected), propose, confirm someone else's proposal,
pay. Afterwards: no lost update (each shared case's version grew by exactly its successful edits),
approved ≤ allocation, paid ≤ approved and paid = Σ payments, file numbers unique, every status change
audited. Prints operations, conflicts detected and p50/p95 per use case.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import multiprocessing
import random
import statistics
import sys
import tempfile
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

ALLOCATION = Decimal("60000.00")  # fits six approvals of 10,000.00
SHARED = 5


@dataclass
class Outcome:
    timings: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    counts: Counter = field(default_factory=Counter)
    edits: Counter = field(default_factory=Counter)  # shared file number → successful edits


def login_prefix(url: str) -> str | None:
    """Personal logins are cluster-wide: named after the database, so that runs on two databases never meet."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    return f"{(parsed.database or 'fd')[:40]}_" if parsed.get_backend_name() == "postgresql" else None


def personal_url(url: str, login: str | None) -> str:
    from sqlalchemy.engine import make_url

    return url if login is None else make_url(url).set(username=login).render_as_string(hide_password=False)


def prepare(url: str, clients: int) -> list[str]:
    from app.administration import programmes, users
    from app.administration.reference_data import ensure_reference_data
    from app.cases import intake as applications
    from app.kernel.database import connect, upgrade_schema
    from app.kernel.uow import UnitOfWork
    from tests.support import application_input, build_office

    database = connect(url)
    upgrade_schema(database)
    ensure_reference_data(database)
    office = build_office(database, allocation=str(ALLOCATION))
    admin = UnitOfWork(database, "admin")
    prefix = login_prefix(url)
    for index in range(clients):
        for name, role, label in ((f"cw{index}", "caseworker", "Sachbearbeitung"),
                                  (f"sl{index}", "supervisor", "Sachgebietsleitung")):
            users.add_user(admin, name, role, f"{label} {index}", db_login=f"{prefix}{name}" if prefix else None)
    programmes.set_budget(admin, "LPF", 2026, str(ALLOCATION), budget_position="1.3630.LPF.2026")
    shared = [applications.register_application(office.anna, application_input(office.applicant_id,
                                                                               title=f"Gemeinsam {n}"))
              for n in range(SHARED)]
    database.dispose()
    return shared


# the clients' clock stands on 02.03.2026, the day decisions are confirmed and posted; money goes out after the
# notification on the 4th day (§ 43 Abs. 1 VwVfG, `app.cases.date_order`)
PAID_ON = dt.date(2026, 3, 9)


def _through_order(cw: Any, sl: Any, file_number: str, amount: str) -> int:
    """The one way money leaves: an order signed by the caseworker and a supervisor, exported, booked as paid."""
    from app.kernel.errors import ValidationError
    from app.payments.cash_export import export_orders
    from app.payments.orders import OrderInput, book_paid, create_order, sign_arithmetic, sign_factual

    order_id = create_order(cw, file_number, OrderInput(amount=amount)).record_id
    assert order_id is not None
    sign_factual(cw, order_id)
    sign_arithmetic(sl, order_id)
    # another client's run may have taken this order to the cash office already
    with tempfile.TemporaryDirectory() as folder, contextlib.suppress(ValidationError):
        export_orders(cw, "csv", Path(folder) / "zahlungslauf.csv")
    return book_paid(cw, order_id, PAID_ON)


def _timed(outcome: Outcome, name: str, call: Any) -> Any:
    from app.kernel.errors import ConcurrentEditError, FoerderDeskError

    started = time.perf_counter()
    try:
        result = call()
    except ConcurrentEditError:
        outcome.counts[f"{name}: Konflikt erkannt"] += 1
        return None
    except FoerderDeskError:
        outcome.counts[f"{name}: abgelehnt"] += 1
        return None
    finally:
        outcome.timings[name].append(time.perf_counter() - started)
    outcome.counts[f"{name}: ok"] += 1
    return result


def client(url: str, index: int, ops: int, shared: list[str], seed: int) -> dict[str, Any]:
    """One client process: a random mix of use cases as two users (caseworker and supervisor)."""
    import datetime as dt

    from app.cases import checking, decisions
    from app.cases import intake as applications
    from app.cases.case_list import CaseFilter
    from app.cases.reader import Reader
    from app.kernel import clock
    from app.kernel.database import connect
    from app.kernel.uow import UnitOfWork
    from tests.support import application_input

    clock.set_today(lambda: dt.date(2026, 3, 2))
    prefix = login_prefix(url)
    # each person on their own login (PostgreSQL); on SQLite the one file, as on a single workstation
    cw_db = connect(personal_url(url, f"{prefix}cw{index}" if prefix else None))
    sl_db = connect(personal_url(url, f"{prefix}sl{index}" if prefix else None))
    cw, sl = UnitOfWork(cw_db, f"cw{index}"), UnitOfWork(sl_db, f"sl{index}")
    reader, rng, outcome, mine = Reader(cw_db, f"cw{index}"), random.Random(seed), Outcome(), []
    applicant_id = reader.applicants("Sonnenblume")[0].id

    def register() -> None:
        ref = _timed(outcome, "registrieren", lambda: applications.register_application(
            cw, application_input(applicant_id), ("application_signed", "financing_plan")))
        if ref:
            mine.append(ref)

    def edit() -> None:
        ref = rng.choice(shared)
        detail = reader.case(ref)
        data = application_input(applicant_id, title=f"Gemeinsam geändert von cw{index} #{rng.randint(0, 10**6)}",
                                 received_on=detail.received_on)
        time.sleep(rng.random() * 0.01)  # think time between reading and saving widens the window
        if _timed(outcome, "bearbeiten", lambda: applications.update_application(cw, ref, detail.version, data)):
            outcome.edits[ref] += 1

    def propose() -> None:
        if mine:
            ref = mine.pop(0)
            _timed(outcome, "prüfen", lambda: checking.start_check(cw, ref))
            _timed(outcome, "prüfen", lambda: checking.confirm_eligible(cw, ref))
            _timed(outcome, "vorschlagen", lambda: decisions.propose(cw, ref, "approve", amount="10000.00",
                                                                     reasons="Bedarf belegt."))

    def confirm() -> None:
        ids = reader.case_ids(CaseFilter(statuses=("decision_proposed",)))  # type: ignore[arg-type]
        if ids:
            ref = reader.rows([rng.choice(ids)])[0].file_number
            _timed(outcome, "bestätigen", lambda: decisions.confirm_decision(sl, ref))

    def pay() -> None:
        ids = reader.case_ids(CaseFilter(statuses=("approved", "funding")))  # type: ignore[arg-type]
        if ids:
            ref = reader.rows([rng.choice(ids)])[0].file_number
            _timed(outcome, "auszahlen", lambda: _through_order(cw, sl, ref, str(rng.choice([2500, 4000, 6000]))))

    actions = [register, register, edit, edit, propose, confirm, pay]
    for _ in range(ops):
        rng.choice(actions)()
    cw_db.dispose()
    sl_db.dispose()
    return {"timings": dict(outcome.timings), "counts": dict(outcome.counts), "edits": dict(outcome.edits)}


def _client_entry(args: tuple[str, int, int, list[str], int]) -> dict[str, Any]:
    return client(*args)


def run(url: str, clients: int, ops: int, seed: int = 1) -> dict[str, Any]:
    shared = prepare(url, clients)
    initial = _versions(url, shared)
    context = multiprocessing.get_context("spawn")
    started = time.perf_counter()
    try:
        with context.Pool(clients) as pool:
            results = pool.map(_client_entry, [(url, i, ops, shared, seed + i) for i in range(clients)])
        elapsed = time.perf_counter() - started
        checks = invariants(url, shared, initial, results)
    finally:
        drop_logins(url, clients)
    return {"results": results, "elapsed": elapsed, "shared": shared, "initial": initial, "invariants": checks}


def drop_logins(url: str, clients: int) -> None:
    from sqlalchemy import text

    from app.kernel.database import connect

    prefix = login_prefix(url)
    if prefix is None:
        return
    database = connect(url)
    with database.engine.begin() as conn:
        for index in range(clients):
            for name in (f"cw{index}", f"sl{index}"):
                conn.execute(text(f'DROP ROLE IF EXISTS "{prefix}{name}"'))
    database.dispose()


def _versions(url: str, shared: list[str]) -> dict[str, int]:
    from app.kernel.database import connect
    from db.models import Application

    database = connect(url)
    with database.read() as session:
        versions = dict(session.execute(select(Application.file_number, Application.version).where(
            Application.file_number.in_(shared))).all())
    database.dispose()
    return versions


def invariants(url: str, shared: list[str], initial: dict[str, int], results: list[dict[str, Any]]) -> dict[str, Any]:
    from app.kernel.audit_chain import verify
    from app.kernel.budget import committed_amount
    from app.kernel.database import connect
    from db.models import Application, AuditEvent, Budget, Payment, StatusChange

    database = connect(url)
    edits: Counter = Counter()
    for result in results:
        edits.update(result["edits"])
    with database.read() as session:
        versions = dict(session.execute(select(Application.file_number, Application.version).where(
            Application.file_number.in_(shared))).all())
        budget = session.scalars(select(Budget)).one()
        committed = committed_amount(session, budget.programme_id, budget.fiscal_year)
        paid = dict(session.execute(select(Payment.application_id, func.sum(Payment.amount))
                                    .group_by(Payment.application_id)).all())
        cases = session.scalars(select(Application)).all()
        numbers = [c.file_number for c in cases if c.file_number]
        status_changes = session.scalar(select(func.count()).select_from(StatusChange).where(
            StatusChange.from_status.is_not(None), StatusChange.from_status != StatusChange.to_status)) or 0
        status_audits = session.scalar(select(func.count()).select_from(AuditEvent).where(
            AuditEvent.field == "status")) or 0
        prefix = login_prefix(url)
        persons = session.execute(select(AuditEvent.user_name, AuditEvent.db_login).distinct().where(
            AuditEvent.user_name.regexp_match("^(cw|sl)[0-9]+$"))).all()
    with database.engine.connect() as connection:
        chain = verify(connection)
    database.dispose()
    return {
        "lost_updates": sum(abs(versions[r] - initial[r] - edits[r]) for r in shared),
        "approved_within_allocation": committed <= budget.allocation,
        "committed": str(committed), "allocation": str(budget.allocation),
        "paid_within_approved": all(c.paid_amount <= (c.approved_amount or 0) for c in cases),
        "paid_equals_payments": all(paid.get(c.id, Decimal("0")) == c.paid_amount for c in cases),
        "file_numbers_unique": len(numbers) == len(set(numbers)),
        "status_changes_audited": status_changes == status_audits,
        "audit_chain_verifies": chain.ok,
        # PostgreSQL: the database wrote every client's audit rows with that person's own login
        "persons_act_under_their_logins": prefix is None or all(login == f"{prefix}{user}" for user, login in persons),
        "personal_logins_seen": len({login for _user, login in persons if login}),
        "audit_events": chain.checked,
    }


def report(summary: dict[str, Any]) -> str:
    timings: dict[str, list[float]] = defaultdict(list)
    counts: Counter = Counter()
    for result in summary["results"]:
        for name, values in result["timings"].items():
            timings[name].extend(values)
        counts.update(result["counts"])
    lines = [f"{sum(len(v) for v in timings.values())} Vorgänge in {summary['elapsed']:.1f} s",
             f"{'Anwendungsfall':14} {'Anzahl':>7} {'p50 ms':>8} {'p95 ms':>8}"]
    for name, values in sorted(timings.items()):
        ordered = sorted(values)
        p95 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]
        lines.append(f"{name:14} {len(values):>7} {statistics.median(values) * 1000:>8.1f} {p95 * 1000:>8.1f}")
    lines += [f"  {key}: {value}" for key, value in sorted(counts.items())]
    lines += [f"  Prüfung {key}: {value}" for key, value in summary["invariants"].items()]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="URL of an empty or new database")
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--ops", type=int, default=50)
    args = parser.parse_args()
    summary = run(args.db, args.clients, args.ops)
    print(report(summary))
    checks = summary["invariants"]
    ok = checks["lost_updates"] == 0 and all(v for k, v in checks.items() if isinstance(v, bool))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
