"""Who acts: the computer's account, or another user after their FörderDesk password was checked (SQLite);
the passwords are real Argon2id hashes (argon2-cffi)."""

from __future__ import annotations

import os
import sys

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select

from app.administration import users
from app.administration.user_passwords import set_password
from app.kernel import passwords
from app.kernel.errors import PermissionDenied
from app.kernel.identity import os_account
from app.kernel.signin import MissingPassword, password_needed, sign_in, sign_in_second_person
from db.models import AuditEvent, User
from tests.support import PASSWORD, Office
from tests.support_fingerprint import fingerprint


def stored_hash(office: Office, name: str) -> str | None:
    with office.database.read() as session:
        return session.scalar(select(User.password_hash).where(User.username == name))


def single_workstation(office: Office) -> None:
    if office.database.backend != "sqlite":
        pytest.skip("Auf dem gemeinsamen Server meldet sich jede Person mit ihrer eigenen Datenbankanmeldung an")


def test_passwords_are_argon2id_hashes_and_only_the_right_one_matches() -> None:
    stored = passwords.hash_password("Kyffhäuser-2026")
    assert stored.startswith("$argon2id$") and "Kyffhäuser" not in stored
    assert stored != passwords.hash_password("Kyffhäuser-2026")  # salted
    assert passwords.verify_password(stored, "Kyffhäuser-2026")
    assert not passwords.verify_password(stored, "kyffhäuser-2026")
    assert not passwords.verify_password(None, "Kyffhäuser-2026")
    assert not passwords.verify_password("kein Hash", "Kyffhäuser-2026")
    # a hash names its own parameters: one made with argon2-cffi's defaults verifies here, and asks to be renewed
    strong = PasswordHasher().hash("Kyffhäuser-2026")
    assert passwords.verify_password(strong, "Kyffhäuser-2026") and passwords.needs_rehash(strong)
    assert not passwords.needs_rehash(stored)


def test_the_program_hashes_with_argon2_cffis_recommended_parameters() -> None:
    from tests.fixtures.passwords import CHEAP, RECOMMENDED

    assert passwords.HASHER is CHEAP  # only in the tests, for speed
    default = PasswordHasher()
    assert (RECOMMENDED.time_cost, RECOMMENDED.memory_cost, RECOMMENDED.parallelism, RECOMMENDED.type) == \
        (default.time_cost, default.memory_cost, default.parallelism, default.type)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX user database")
def test_the_account_comes_from_the_system_not_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    import pwd

    for variable in ("USER", "LOGNAME", "USERNAME"):
        monkeypatch.setenv(variable, "sabine")
    assert os_account() == pwd.getpwuid(os.geteuid()).pw_name != "sabine"


def test_sign_in_on_the_single_workstation(office: Office) -> None:
    single_workstation(office)
    database, account = office.database, os_account()
    assert sign_in(database, None) == account and sign_in(database, account) == account  # no password
    assert not password_needed(database, account) and password_needed(database, "sabine")
    assert sign_in(database, "sabine", PASSWORD) == "sabine"
    before = fingerprint(database)
    with pytest.raises(PermissionDenied, match="Das Passwort ist falsch"):
        sign_in(database, "sabine", "falsches-Passwort")
    with pytest.raises(MissingPassword, match="FörderDesk-Passwort von »sabine« nötig"):
        sign_in(database, "sabine", None)
    with pytest.raises(PermissionDenied, match="»niemand« ist in FörderDesk nicht angelegt"):
        sign_in(database, "niemand", PASSWORD)
    users.set_active(office.admin, "tom", False)
    with pytest.raises(PermissionDenied, match="»tom« ist in FörderDesk nicht angelegt oder deaktiviert"):
        sign_in(database, "tom", PASSWORD)
    users.add_user(office.admin, "neu", "caseworker")
    with pytest.raises(PermissionDenied, match="Für »neu« ist noch kein FörderDesk-Passwort gesetzt"):
        sign_in(database, "neu", PASSWORD)
    assert stored_hash(office, "sabine") is not None
    after = fingerprint(database)
    assert {k: v for k, v in after.items() if not k.startswith(("users", "audit"))} == \
        {k: v for k, v in before.items() if not k.startswith(("users", "audit"))}


def test_on_the_shared_server_todays_rule_stays_until_the_login_mapping(office: Office) -> None:
    if office.database.backend == "sqlite":
        pytest.skip("PostgreSQL only")
    assert sign_in(office.database, None) == os_account()
    assert sign_in(office.database, "sabine") == "sabine"  # the hook the PostgreSQL branch replaces
    assert not password_needed(office.database, "sabine")
    with pytest.raises(PermissionDenied, match="an ihrem eigenen Arbeitsplatz"):
        sign_in_second_person(office.database, "sabine", PASSWORD, "anna")


def test_the_second_person_signs_in_with_their_password_and_is_someone_else(office: Office) -> None:
    single_workstation(office)
    assert sign_in_second_person(office.database, " sabine ", PASSWORD, "anna") == "sabine"
    with pytest.raises(PermissionDenied, match="eine andere sein als »anna«"):
        sign_in_second_person(office.database, "anna", PASSWORD, "anna")
    with pytest.raises(PermissionDenied, match="Das Passwort ist falsch"):
        sign_in_second_person(office.database, "sabine", "falsches-Passwort", "anna")
    with pytest.raises(PermissionDenied, match="Benutzernamen der zweiten Person"):
        sign_in_second_person(office.database, "  ", PASSWORD, "anna")


def test_a_hash_with_old_parameters_is_renewed_on_sign_in(office: Office) -> None:
    single_workstation(office)
    old = PasswordHasher(time_cost=2, memory_cost=16, parallelism=1).hash(PASSWORD)
    with office.admin as uow:  # as stored by an older FörderDesk with weaker parameters
        uow.act("test")
        uow.session.scalars(select(User).where(User.username == "bernd")).one().password_hash = old
        uow.commit()
    assert sign_in(office.database, "bernd", PASSWORD) == "bernd"
    renewed = stored_hash(office, "bernd")
    assert renewed != old and renewed is not None and not passwords.needs_rehash(renewed)
    with office.database.read() as session:
        event = session.scalars(select(AuditEvent).where(AuditEvent.action == "rehash-password")).one()
    assert event.user_name == "bernd" and PASSWORD not in str(event.new_value) and "argon2" not in str(event.new_value)
    assert sign_in(office.database, "bernd", PASSWORD) == "bernd"


def test_set_password_by_the_administration_or_oneself(office: Office) -> None:
    if office.database.backend != "sqlite":
        with pytest.raises(Exception, match="gemeinsamen Server gibt es kein FörderDesk-Passwort"):
            set_password(office.admin, "anna", "ein-neues-Passwort")
        return
    set_password(office.anna, "anna", "Annas-neues-Passwort")  # her own
    assert sign_in(office.database, "anna", "Annas-neues-Passwort") == "anna"
    set_password(office.admin, "bernd", "von-der-Administration")  # anyone's
    assert sign_in(office.database, "bernd", "von-der-Administration") == "bernd"
    before = stored_hash(office, "sabine")
    with pytest.raises(PermissionDenied, match="Benutzer verwalten"):
        set_password(office.anna, "sabine", "ich-kenne-es-dann")
    with pytest.raises(Exception, match="mindestens 10 Zeichen"):
        set_password(office.admin, "sabine", "kurz")
    assert stored_hash(office, "sabine") == before
    with office.database.read() as session:
        events = list(session.scalars(select(AuditEvent).where(AuditEvent.action == "set-password",
                                                               AuditEvent.field == "password_hash")))
    assert {e.user_name for e in events} >= {"anna", "admin"}
    assert all("argon2" not in str(e.old_value) + str(e.new_value) for e in events)  # masked in the trail
