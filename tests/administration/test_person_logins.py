"""Who acts is proven by the login (issue 20): per-person PostgreSQL logins, created and dropped by these tests.

Every test here needs the shared server's logins and group roles; on SQLite it is skipped (the single
workstation is covered by the second person's password, tests/kernel/test_signin*.py).
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from app.administration import db_roles, users
from app.administration.start_page import start_page
from app.cases import checking, decisions, notes
from app.cases.reader import Reader
from app.kernel.database import Database, connect
from app.kernel.errors import DatabaseUnavailable, PermissionDenied, TransitionRefused
from app.kernel.uow import UnitOfWork
from app.payments.orders import OrderInput, create_order, sign_arithmetic, sign_factual
from cli.main import run
from tests.fixtures.database import Today
from tests.support import Office, _ready_to_order, closed_case, record_case_documents, register

PEOPLE = ("admin", "anna", "bernd", "sabine", "tom", "leser")
ROOT = Path(__file__).resolve().parents[2]


@dataclass
class People:
    office: Office
    url: str
    logins: dict[str, str]
    opened: list[Database] = field(default_factory=list)

    def url_of(self, name: str) -> str:
        return make_url(self.url).set(username=self.logins[name]).render_as_string(hide_password=False)

    def database(self, name: str) -> Database:
        database = connect(self.url_of(name))
        self.opened.append(database)
        return database

    def uow(self, name: str) -> UnitOfWork:
        return UnitOfWork(self.database(name), name)

    def user_id(self, name: str) -> int:
        with self.office.database.engine.connect() as conn:
            return int(conn.execute(text("SELECT id FROM users WHERE username = :n"), {"n": name}).scalar_one())


@pytest.fixture
def people(office: Office, db_url: str) -> Iterator[People]:
    if office.database.backend != "postgresql":
        pytest.skip("Datenbankanmeldungen gibt es nur auf dem PostgreSQL-Server")
    prefix = f"p{uuid.uuid4().hex[:8]}_"
    logins = {name: db_roles.link_login(office.admin, name, prefix + name) for name in PEOPLE}
    crowd = People(office, db_url, logins)
    yield crowd
    for database in crowd.opened:
        database.dispose()
    with office.database.engine.begin() as conn:
        extra = conn.execute(text("SELECT rolname FROM pg_roles WHERE rolname LIKE :p"), {"p": prefix + "%"}).scalars()
        for login in list(extra):
            conn.execute(text(f'DROP ROLE IF EXISTS "{login}"'))


def _refused(database: Database, statement: str, **params: object) -> str:
    """Run one statement in its own transaction as that login; it must be refused by the database."""
    with pytest.raises(DBAPIError) as caught, database.engine.begin() as conn:
        conn.execute(text(statement), params)
    assert getattr(caught.value.orig, "sqlstate", None) == "42501", caught.value
    return str(caught.value.orig)


def _signed_order(people: People, file_number: str, amount: str = "1000.00") -> int:
    office = people.office
    _ready_to_order(office, file_number)
    order_id = create_order(people.uow("anna"), file_number, OrderInput(amount=amount)).record_id
    assert order_id is not None
    sign_factual(people.uow("anna"), order_id)
    return order_id


def _approved_case(people: People, today: Today) -> str:
    office = people.office
    file_number = register(office)
    record_case_documents(office, file_number)
    checking.start_check(office.anna, file_number)
    checking.confirm_eligible(office.anna, file_number)
    decisions.propose(people.uow("anna"), file_number, "approve", amount="10000.00", reasons="Bedarf belegt.")
    today.set(dt.date(2026, 3, 2))
    decisions.confirm_decision(people.uow("sabine"), file_number)
    return file_number


def test_the_login_decides_who_acts_not_a_name(people: People, today: Today,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    file_number = register(people.office)
    anna = people.database("anna")
    with pytest.raises(PermissionDenied, match="angemeldet"):
        notes.add_note(UnitOfWork(anna, "sabine"), file_number, "als jemand anderes")
    assert run(["--db", people.url_of("anna"), "--user", "sabine", "case", "list"]) != 0
    assert "als »sabine« anmeldet" in capsys.readouterr().err
    record_case_documents(people.office, file_number)
    assert run(["--db", people.url_of("anna"), "case", "transition", file_number, "start-check"]) == 0
    with people.office.database.engine.connect() as conn:
        who = conn.execute(text("SELECT user_name FROM status_changes ORDER BY id DESC")).first()
    assert who is not None and who.user_name == "anna"


def test_environment_variables_do_not_make_anyone_someone_else(people: People, today: Today) -> None:
    file_number = _approved_case(people, today)
    order_id = _signed_order(people, file_number)
    env = {**os.environ, "USER": "sabine", "LOGNAME": "sabine", "USERNAME": "sabine", "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-m", "foerderdesk", "--db", people.url_of("anna"), "payments", "sign",
                           file_number, str(order_id), "--as", "arithmetic"],
                          check=False, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode != 0
    assert "Traceback" not in done.stderr and done.stderr.strip()
    with people.office.database.engine.connect() as conn:
        row = conn.execute(text("SELECT state, arithmetic_by FROM payment_orders WHERE id = :i"), {"i": order_id}).one()
    assert (row.state, row.arithmetic_by) == ("factual", None)


def test_four_eyes_on_decisions_through_the_program_and_raw_sql(people: People, today: Today) -> None:
    office = people.office
    own = register(office)
    record_case_documents(office, own)
    checking.start_check(office.anna, own)
    checking.confirm_eligible(office.anna, own)
    decision_id = decisions.propose(people.uow("sabine"), own, "approve", amount="10000.00", reasons="Bedarf belegt.")
    with pytest.raises((PermissionDenied, TransitionRefused)):
        decisions.confirm_decision(people.uow("sabine"), own)
    sabine, anna = people.database("sabine"), people.database("anna")
    confirm = ("UPDATE decisions SET state = 'confirmed', confirmed_by_id = :who, confirmed_at = now() "
               "WHERE id = :d")
    assert "Vier-Augen" in _refused(sabine, confirm, who=people.user_id("sabine"), d=decision_id)
    assert "eigenen Namen" in _refused(anna, confirm, who=people.user_id("tom"), d=decision_id)
    assert "Sachgebietsleitung" in _refused(anna, confirm, who=people.user_id("anna"), d=decision_id)
    assert "eigenen Namen" in _refused(
        anna, "INSERT INTO decisions (application_id, outcome, state, amount, reasons, proposed_by_id, proposed_at, "
              "version) SELECT application_id, 'approve', 'proposed', 1, 'x', :tom, now(), 1 FROM decisions "
              "WHERE id = :d", tom=people.user_id("tom"), d=decision_id)
    decisions.confirm_decision(people.uow("tom"), own)  # a second supervisor may
    assert "unveränderlich" in _refused(people.database("tom"), "UPDATE decisions SET amount = 90000 WHERE id = :d",
                                        d=decision_id)


def test_two_signatures_on_payment_orders_through_the_program_and_raw_sql(people: People, today: Today) -> None:
    file_number = _approved_case(people, today)
    order_id = _signed_order(people, file_number)
    anna, sabine = people.database("anna"), people.database("sabine")
    sign = "UPDATE payment_orders SET state = 'ordered', arithmetic_by = :who, arithmetic_at = now() WHERE id = :o"
    assert "Sachgebietsleitung" in _refused(anna, sign, who="anna", o=order_id)
    assert "eigenen Namen" in _refused(anna, sign, who="sabine", o=order_id)
    # a supervisor who signed "sachlich richtig" herself may not order it too
    second = create_order(people.uow("sabine"), file_number, OrderInput(amount="500.00")).record_id
    assert second is not None
    sign_factual(people.uow("sabine"), second)
    with pytest.raises((PermissionDenied, TransitionRefused)):
        sign_arithmetic(people.uow("sabine"), second)
    assert "Zwei Unterschriften" in _refused(sabine, sign, who="sabine", o=second)
    sign_arithmetic(people.uow("sabine"), order_id)  # the second person may
    with people.office.database.engine.connect() as conn:
        states = dict(conn.execute(text("SELECT id, state FROM payment_orders")).all())
    assert states == {order_id: "ordered", second: "factual"}


def test_forbidden_direct_writes_of_a_caseworker_are_refused(people: People, today: Today) -> None:
    file_number = _approved_case(people, today)
    order_id = _signed_order(people, file_number)
    anna = people.database("anna")
    before = _fingerprint(people.office.database)
    for statement in (
        "UPDATE users SET role = 'supervisor' WHERE username = 'anna'",
        "INSERT INTO users (username, display_name, role, active, version, created_at, updated_at) "
        "VALUES ('mallory', 'Mallory', 'admin', true, 1, now(), now())",
        "UPDATE budgets SET allocation = allocation * 10",
        "UPDATE programmes SET max_funding_rate = 100",
        "UPDATE applications SET approved_amount = approved_amount * 10",
        "UPDATE payment_orders SET amount = 4185 WHERE id = :o",
        "UPDATE payment_orders SET iban = 'DE02120300000000202051' WHERE id = :o",
        "DELETE FROM payment_orders WHERE id = :o",
        "UPDATE export_batches SET control_sum = 0",
        "DELETE FROM export_batches",
        "UPDATE status_changes SET to_status = 'closed'",
        "DELETE FROM status_changes",
        "UPDATE audit_events SET new_value = 'x'",
        "DELETE FROM audit_events",
        "INSERT INTO audit_events (at, user_name, action, entity, entity_id) VALUES (now(), 'sabine', 'x', 'x', '1')",
        "UPDATE audit_chain SET last_seq = 0",
        "SELECT key FROM audit_key",
        "SELECT fd_audit_write('Application', '1', 1, 'approved_amount', NULL, '1')",
        "UPDATE alembic_version SET version_num = '9999'",
        "INSERT INTO config_values (key, value, updated_at, version) VALUES ('notification_days', '1', now(), 1)",
    ):
        _refused(anna, statement, o=order_id)
    with pytest.raises(DBAPIError), anna.engine.begin() as conn:
        conn.execute(text("DROP TABLE notes"))
    with anna.engine.begin() as conn:  # row-level security: other settings are invisible to a caseworker's write
        changed = conn.execute(text("UPDATE config_values SET value = '1' WHERE key NOT LIKE 'import.mapping.%'"))
    assert changed.rowcount == 0
    assert _fingerprint(people.office.database) == before


def test_a_direct_change_is_audited_with_the_login_that_made_it(people: People, today: Today) -> None:
    file_number = register(people.office)
    with people.database("anna").engine.begin() as conn:
        conn.execute(text("UPDATE applications SET title = 'Direkt in psql geändert' WHERE file_number = :f"),
                     {"f": file_number})
    with people.office.database.engine.connect() as conn:
        row = conn.execute(text("SELECT user_name, db_login, action, old_value, new_value, chain_seq FROM audit_events "
                                "WHERE field = 'title' ORDER BY id DESC")).mappings().first()
    assert row is not None
    assert (row["user_name"], row["db_login"], row["action"]) == ("anna", people.logins["anna"], "direkt")
    assert (row["old_value"], row["new_value"]) == ("Familiencafé am Markt", "Direkt in psql geändert")
    assert row["chain_seq"] is not None  # sealed at commit, inside the database
    from app.kernel.audit_anchor import verify_trail

    assert verify_trail(people.database("sabine"), "sabine").ok


def test_the_users_role_and_state_move_their_login(people: People, today: Today) -> None:
    admin = people.uow("admin")
    login = f"{people.logins['admin'][:-5]}neu"
    users.add_user(admin, "neu", "caseworker", "Nina Neu", db_login=login)
    rows = {row.username: row for row in db_roles.list_logins(people.uow("admin"))}
    group = people.office.database.url.database[:48]  # type: ignore[index]
    assert rows["neu"].groups == (f"{group}_caseworker",) and rows["neu"].can_login
    users.set_role(people.uow("admin"), "neu", "supervisor")
    users.set_active(people.uow("admin"), "neu", False)
    rows = {row.username: row for row in db_roles.list_logins(people.uow("admin"))}
    assert rows["neu"].groups == () and rows["neu"].can_login is False
    with pytest.raises(DatabaseUnavailable, match=r"lehnt die Anmeldung ab"):
        connect(make_url(people.url).set(username=login).render_as_string(hide_password=False))
    users.set_active(people.uow("admin"), "neu", True)
    rows = {row.username: row for row in db_roles.list_logins(people.uow("admin"))}
    assert rows["neu"].groups == (f"{group}_supervisor",) and rows["neu"].can_login


def test_a_caseworker_cannot_give_logins_or_passwords(people: People, today: Today) -> None:
    with pytest.raises(PermissionDenied):
        db_roles.link_login(people.uow("anna"), "bernd", "irgendwer")
    with pytest.raises(PermissionDenied):
        db_roles.set_login_password(people.uow("anna"), "bernd", "ein-langes-passwort")
    anna = people.database("anna")
    assert "Administration" in _refused(anna, "SELECT fd_set_login_password('bernd', 'SCRAM-SHA-256$x')")
    db_roles.set_login_password(people.uow("anna"), "anna", "mein-eigenes-passwort")
    with people.office.database.engine.connect() as conn:
        stored = conn.execute(text("SELECT rolpassword FROM pg_authid WHERE rolname = :r"),
                              {"r": people.logins["anna"]}).scalar()
    assert stored is not None and stored.startswith("SCRAM-SHA-256$")


def test_a_reader_reads_on_their_own_login(people: People, today: Today) -> None:
    file_number = register(people.office)
    board = start_page(people.uow("leser"))
    assert board.recent == []  # readers do not read the audit trail
    assert Reader(people.database("leser"), "leser").case(file_number).title == "Familiencafé am Markt"
    with pytest.raises(PermissionDenied):
        notes.add_note(people.uow("leser"), file_number, "Leser schreiben nicht")


def test_the_whole_path_from_intake_to_closure_on_personal_logins(people: People, today: Today) -> None:
    personal = Office(people.database("anna"), people.uow("admin"), people.uow("anna"), people.uow("bernd"),
                      people.uow("sabine"), people.uow("tom"), people.uow("leser"), people.office.applicant_id)
    file_number = closed_case(personal, today)
    with people.office.database.engine.connect() as conn:
        status = conn.execute(text("SELECT status FROM applications WHERE file_number = :f"),
                              {"f": file_number}).scalar()
    assert status == "closed"




def _fingerprint(database: Database) -> tuple[object, ...]:
    with database.engine.connect() as conn:
        return tuple(conn.execute(text(query)).all() for query in (
            "SELECT username, role, active FROM users ORDER BY id",
            "SELECT allocation FROM budgets ORDER BY id",
            "SELECT max_funding_rate FROM programmes ORDER BY id",
            "SELECT approved_amount FROM applications ORDER BY id",
            "SELECT id, amount, iban, state FROM payment_orders ORDER BY id",
            "SELECT count(*) FROM export_batches",
            "SELECT count(*), max(to_status) FROM status_changes",
            "SELECT count(*) FROM audit_events",
            "SELECT key, value FROM config_values ORDER BY key",
        ))


def test_four_eyes_on_clawbacks_through_the_program_and_raw_sql(people: People, today: Today) -> None:
    """A clawback proposal is confirmed only by another supervisor in their own name, and a Clawback is fixed
    only from a proposal its author confirmed (issue 21)."""
    from app.cases import proceedings
    from app.proof import clawback_decision
    from app.proof import final_grant as proof
    from tests.support import CLAWBACK_REASONS, paid_through_order

    office = people.office
    file_number = _approved_case(people, today)
    paid_through_order(office, file_number, "10000.00", dt.date(2026, 4, 10))
    today.set(dt.date(2027, 3, 1))
    proof.receive_proof(people.uow("anna"), file_number, proof.ProofInput("11000.00", "11000.00", "1500.00",
                                                                          "1000.00"))
    proceedings.start_hearing(people.uow("anna"), file_number, "clawback", "Teilrückforderung 1.200,00 €",
                              dt.date(2027, 3, 20))
    today.set(dt.date(2027, 4, 1))
    proposal_id = proof.close_case(people.uow("sabine"), file_number, reasons=CLAWBACK_REASONS).proposal_id
    with pytest.raises((PermissionDenied, TransitionRefused)):
        clawback_decision.confirm_clawback(people.uow("sabine"), file_number)
    sabine, anna = people.database("sabine"), people.database("anna")
    confirm = ("UPDATE clawback_proposals SET state = 'confirmed', confirmed_by_id = :who, confirmed_at = now() "
               "WHERE id = :p")
    assert "Vier-Augen" in _refused(sabine, confirm, who=people.user_id("sabine"), p=proposal_id)
    assert "eigenen Namen" in _refused(anna, confirm, who=people.user_id("tom"), p=proposal_id)
    assert "Sachgebietsleitung" in _refused(anna, confirm, who=people.user_id("anna"), p=proposal_id)
    fix = ("INSERT INTO clawbacks (application_id, amount, interest_abs3, interest_abs4, interest_waived, decided_on, "
           "repaid_amount, created_by, proposal_id, version) SELECT application_id, amount, 0, 0, false, "
           "current_date, 0, 'anna', id, 1 FROM clawback_proposals WHERE id = :p")
    assert "Vier-Augen" in _refused(anna, fix, p=proposal_id)
    clawback_decision.confirm_clawback(people.uow("tom"), file_number)  # a second supervisor may
    tom = people.database("tom")
    assert "unveränderlich" in _refused(tom, "UPDATE clawback_proposals SET amount = 1 WHERE id = :p", p=proposal_id)
    assert "unveränderlich" in _refused(tom, "UPDATE clawbacks SET amount = 1 WHERE proposal_id = :p", p=proposal_id)
    assert "Sachgebietsleitung" in _refused(
        anna, "UPDATE clawbacks SET enforcement_ordered_on = current_date, enforcement_ordered_by = 'anna', "
              "enforcement_reasons = 'selbst angeordnet' WHERE proposal_id = :p", p=proposal_id)
