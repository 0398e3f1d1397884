"""Several bank accounts per organisation: the primary one is what payments use; every change audited and locked."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.applicants import service as applicants
from app.applicants.bank_accounts import (
    BankAccountInput,
    add_bank_account,
    deactivate_bank_account,
    make_primary,
    update_bank_account,
)
from app.applicants.merge import merge_applicants
from app.kernel.errors import ConcurrentEditError, PermissionDenied, ValidationError
from db.models import Applicant, AuditEvent
from db.models.applicants import BankAccount
from tests.support import Office, run_cli

FIRST = "DE89370400440532013000"  # the account build_office registers (Commerzbank)
SECOND = "DE02120300000000202051"  # Deutsche Kreditbank Berlin
THIRD = "DE02500105170137075030"  # ING-DiBa


def _accounts(office: Office) -> dict[str, BankAccount]:
    """The applicant's accounts by IBAN (an active entry wins over a deactivated one with the same IBAN)."""
    with office.database.read() as session:
        rows = session.scalars(select(BankAccount).where(BankAccount.applicant_id == office.applicant_id)
                               .order_by(BankAccount.active, BankAccount.id))
        return {a.iban: a for a in rows}


def _applicant(office: Office) -> Applicant:
    with office.database.read() as session:
        return session.get_one(Applicant, office.applicant_id)


def _events(office: Office, action: str) -> list[AuditEvent]:
    with office.database.read() as session:
        return list(session.scalars(select(AuditEvent).where(AuditEvent.action == action)))


def test_registration_makes_the_entered_iban_the_primary_account(office: Office) -> None:
    accounts = _accounts(office)
    assert list(accounts) == [FIRST]
    assert accounts[FIRST].is_primary and accounts[FIRST].active
    assert accounts[FIRST].bank_name == _applicant(office).bank_name and accounts[FIRST].bank_name


def test_a_second_account_is_added_with_bank_name_and_chosen_as_primary(office: Office) -> None:
    account_id = add_bank_account(office.anna, office.applicant_id, BankAccountInput(
        iban="de02 1203 0000 0000 2020 51", account_holder="Förderverein Sonnenblume", label="Projektkonto"))
    second = _accounts(office)[SECOND]
    assert (second.id, second.is_primary, second.label) == (account_id, False, "Projektkonto")
    assert second.bank_name and "Kreditbank" in second.bank_name and second.bic == "BYLADEM1001"
    assert _applicant(office).iban == FIRST  # payments still go to the first account
    assert [e.entity for e in _events(office, "add-bank-account")] == ["BankAccount"]

    make_primary(office.anna, account_id, second.version)
    accounts, applicant = _accounts(office), _applicant(office)
    assert accounts[SECOND].is_primary and not accounts[FIRST].is_primary
    assert (applicant.iban, applicant.bic, applicant.account_holder) == (
        SECOND, "BYLADEM1001", "Förderverein Sonnenblume")
    changed = {(e.entity, e.field) for e in _events(office, "choose-primary-bank-account")}
    assert {("BankAccount", "is_primary"), ("Applicant", "iban")} <= changed


def test_editing_the_primary_account_changes_what_payments_use(office: Office) -> None:
    first = _accounts(office)[FIRST]
    update_bank_account(office.anna, first.id, first.version, BankAccountInput(iban=THIRD, label="Hauptkonto"))
    applicant = _applicant(office)
    assert (applicant.iban, applicant.bank_name) == (THIRD, _accounts(office)[THIRD].bank_name)
    assert "ING" in (applicant.bank_name or "")
    events = _events(office, "update-bank-account")
    masked = "‹personenbezogen›"  # the trail names the change, not the IBANs (issue 22)
    assert {(e.entity, e.old_value, e.new_value) for e in events if e.field == "iban"} == {
        ("BankAccount", masked, masked), ("Applicant", masked, masked)}  # the account and its mirror
    assert not [e for e in events if FIRST in f"{e.old_value} {e.new_value}" or THIRD in f"{e.old_value} {e.new_value}"]


@pytest.mark.parametrize(("iban", "bic", "message"), [
    ("DE89370400440532013001", None, "Prüfziffer"),
    ("DE8937040044053201300", None, "Länge"),
    ("DE89A70400440532013000", None, "ungültig"),
    ("", None, "IBAN angeben"),
    (SECOND, "XYZ", "BIC »XYZ« ist ungültig"),
    (FIRST, None, "schon eingetragen"),
])
def test_a_bad_account_is_refused_in_german_and_nothing_changes(office: Office, iban: str, bic: str | None,
                                                                 message: str) -> None:
    before = _applicant(office).version
    with pytest.raises(ValidationError, match=message) as raised:
        add_bank_account(office.anna, office.applicant_id, BankAccountInput(iban=iban, bic=bic))
    assert raised.value.field in ("iban", "bic")
    assert list(_accounts(office)) == [FIRST] and _applicant(office).version == before
    assert _events(office, "add-bank-account") == []


def test_stale_versions_inactive_accounts_and_readers_are_refused(office: Office) -> None:
    account_id = add_bank_account(office.anna, office.applicant_id, BankAccountInput(iban=SECOND))
    stale = _accounts(office)[SECOND].version
    update_bank_account(office.bernd, account_id, stale, BankAccountInput(iban=SECOND, label="Projektkonto"))
    with pytest.raises(ConcurrentEditError, match="inzwischen geändert"):
        update_bank_account(office.anna, account_id, stale, BankAccountInput(iban=SECOND, label="Anderes"))
    with pytest.raises(ConcurrentEditError):
        make_primary(office.anna, account_id, stale)
    with pytest.raises(PermissionDenied):
        add_bank_account(office.leser, office.applicant_id, BankAccountInput(iban=THIRD))
    first = _accounts(office)[FIRST]
    with pytest.raises(ValidationError, match="Hauptkonto kann nicht deaktiviert"):
        deactivate_bank_account(office.anna, first.id, first.version)
    current = _accounts(office)[SECOND]
    deactivate_bank_account(office.anna, account_id, current.version, "Konto aufgelöst")
    gone = _accounts(office)[SECOND]
    assert not gone.active and _applicant(office).iban == FIRST
    assert [e.reason for e in _events(office, "deactivate-bank-account")] == ["Konto aufgelöst"]
    with pytest.raises(ValidationError, match="deaktiviertes Konto"):
        make_primary(office.anna, account_id, gone.version)
    # the same IBAN may be entered again once the old entry is deactivated
    add_bank_account(office.anna, office.applicant_id, BankAccountInput(iban=SECOND))


def test_changing_the_iban_on_the_record_keeps_the_old_account_on_file(office: Office) -> None:
    with office.database.read() as session:
        from app.applicants.reader import applicant_input

        data = applicant_input(session, office.applicant_id)
    from dataclasses import replace

    version = _applicant(office).version
    applicants.update_applicant(office.anna, office.applicant_id, version, replace(data, iban=SECOND))
    accounts = _accounts(office)
    assert accounts[SECOND].is_primary and not accounts[FIRST].is_primary and accounts[FIRST].active


def test_a_merge_moves_the_accounts_and_keeps_the_kept_primary(office: Office) -> None:
    twin = applicants.register_applicant(office.anna, applicants.ApplicantInput(
        name="Familienzentrum Sonnenblume", applicant_type="association", postcode="99707", iban=SECOND))
    add_bank_account(office.anna, twin, BankAccountInput(iban=FIRST))
    result = merge_applicants(office.admin, office.applicant_id, twin, "Doppelt angelegt, gleicher Verein.")
    assert result.accounts == 2
    accounts = _accounts(office)
    assert accounts[FIRST].is_primary and not accounts[SECOND].is_primary and accounts[SECOND].active
    assert _applicant(office).iban == FIRST
    with office.database.read() as session:
        duplicate = session.scalars(select(BankAccount).where(BankAccount.iban == FIRST,
                                                              BankAccount.active.is_(False))).all()
    assert [a.applicant_id for a in duplicate] == [office.applicant_id]  # the twin's copy, moved and deactivated


def test_the_file_and_the_cli_list_the_active_accounts_primary_first(office: Office, db_url: str,
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    import json

    account_id = add_bank_account(office.anna, office.applicant_id, BankAccountInput(iban=SECOND, label="Projekt"))
    add_bank_account(office.anna, office.applicant_id, BankAccountInput(iban=THIRD))
    third = _accounts(office)[THIRD]
    deactivate_bank_account(office.anna, third.id, third.version)
    make_primary(office.anna, account_id, _accounts(office)[SECOND].version)
    assert run_cli(["--db", db_url, "--user", "leser", "applicant", "show", str(office.applicant_id), "--json"]) == 0
    accounts = json.loads(capsys.readouterr().out)["accounts"]
    assert [a.split(" · ")[0] for a in accounts] == [SECOND, FIRST]
    assert accounts[0].endswith("Projekt · Hauptkonto") and "Hauptkonto" not in accounts[1]
    assert run_cli(["--db", db_url, "--user", "leser", "applicant", "show", str(office.applicant_id)]) == 0
    assert f"Konto: {SECOND}" in capsys.readouterr().out


def test_cli_merge_reports_the_moved_accounts(office: Office, db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    twin = applicants.register_applicant(office.anna, applicants.ApplicantInput(
        name="Familienzentrum Sonnenblume", applicant_type="association", postcode="99707", iban=SECOND))
    assert run_cli(["--db", db_url, "--user", "admin", "applicant", "merge", str(office.applicant_id), str(twin),
                    "--reason", "Doppelt angelegt, gleicher Verein."]) == 0
    assert "0 Kontakte, 1 Bankkonten übernommen" in capsys.readouterr().out
    assert set(_accounts(office)) == {FIRST, SECOND} and _applicant(office).iban == FIRST


def test_an_account_added_as_primary_takes_over_the_payments(office: Office) -> None:
    add_bank_account(office.anna, office.applicant_id, BankAccountInput(iban=SECOND), primary=True)
    accounts = _accounts(office)
    assert accounts[SECOND].is_primary and not accounts[FIRST].is_primary and _applicant(office).iban == SECOND
