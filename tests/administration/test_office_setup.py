""""Amt einrichten" on an empty database: `foerderdesk setup` gives a working office, in one audited transaction."""

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import func, select

from app.administration.office_setup import NewUser, default_setup, needs_setup, set_up_office
from app.administration.reference_data import has_data
from app.kernel.database import Database
from app.kernel.errors import PermissionDenied, ValidationError
from db.models import AuditEvent, Budget, Measure, Municipality, Programme, User
from tests.administration.office_walk import LETTERHEAD_LINES, first_case_approved
from tests.fixtures.database import Today
from tests.support import YEAR, run_cli


def test_setup_command_gives_a_working_office(db_url: str, database: Database, today: Today,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    assert needs_setup(database) and not has_data(database)
    code = run_cli(["--db", db_url, "setup", "--admin", "chef", "--admin-name", "Carla Chef", "--caseworker",
                    "anna=Anna Arndt", "--supervisor", "sabine=Sabine Sommer", "--budget", "ARM=250000", "--yes"])
    out = capsys.readouterr().out
    assert code == 0, out
    assert "Amt eingerichtet: 2 Programme, 11 Ziele mit 17 Maßnahmen, 28 Gemeindeschlüssel" in out
    assert not needs_setup(database)
    with database.read() as session:
        budgets = dict(session.execute(select(Programme.code, Budget.allocation).join(Budget)
                                       .where(Budget.fiscal_year == YEAR)).all())
        assert {code: str(amount) for code, amount in budgets.items()} == {"LPF": "680000.00", "ARM": "250000.00"}
        assert dict(session.execute(select(User.username, User.role)).all()) == {
            "chef": "admin", "anna": "caseworker", "sabine": "supervisor"}
        assert session.scalar(select(Municipality.key).where(Municipality.name == "Sondershausen")) == "16065067"
        assert session.scalar(select(Municipality.key).where(Municipality.name == "Abtsbessingen")) == "16065001"
        assert session.scalar(select(func.count()).select_from(Municipality).where(
            Municipality.in_district.is_(True), Municipality.key.is_(None))) == 0  # every key of the district
        assert session.scalar(select(func.count()).select_from(Measure)) == 17
        actions = set(session.scalars(select(AuditEvent.action).where(AuditEvent.entity.in_(
            ("Programme", "Budget", "User", "ConfigValue", "Measure")))))
        assert actions == {"set-up-office"}  # audited as one use case, by the founder
        assert set(session.scalars(select(AuditEvent.user_name).where(AuditEvent.action == "set-up-office"))) \
            == {"chef"}
    letter = first_case_approved(database, "anna", "sabine")
    for line in LETTERHEAD_LINES:
        assert line in letter, line
    assert "Zuwendungsbescheid" in letter and "10.000,00 €" in letter


def test_one_wrong_value_stores_nothing(database: Database, today: Today) -> None:
    setup = default_setup(YEAR, "chef")
    broken = dataclasses.replace(setup.programmes[1], allocation="zweihunderttausend")
    with pytest.raises(ValidationError):
        set_up_office(database, "chef", dataclasses.replace(
            setup, programmes=(setup.programmes[0], broken), users=(*setup.users, NewUser("anna", "caseworker"))))
    assert needs_setup(database) and not has_data(database)  # neither the programme before it nor the users
    with pytest.raises(ValidationError, match="Rolle »admin«"):
        set_up_office(database, "chef", dataclasses.replace(setup, users=(NewUser("chef", "caseworker"),)))
    assert not has_data(database)


def test_an_office_is_set_up_once_and_only_by_an_administrator(database: Database, today: Today) -> None:
    setup = default_setup(YEAR, "chef")
    set_up_office(database, "chef", dataclasses.replace(setup, users=(*setup.users, NewUser("anna", "caseworker"))))
    with pytest.raises(PermissionDenied):
        set_up_office(database, "anna", default_setup(YEAR, "anna"))
    with pytest.raises(ValidationError, match="schon eingerichtet"):
        set_up_office(database, "chef", setup)
    with database.read() as session:
        assert session.scalar(select(func.count()).select_from(Programme)) == 2


def test_setup_command_asks_first_and_names_a_wrong_option(db_url: str, database: Database, today: Today,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(["--db", db_url, "setup", "--admin", "chef"]) == 1  # no terminal to ask, no --yes
    assert "Nicht eingerichtet: bitte bestätigen" in capsys.readouterr().err
    assert run_cli(["--db", db_url, "setup", "--admin", "chef", "--budget", "MPF=1000", "--yes"]) == 1
    assert "Ein Programm »MPF« richtet setup nicht ein; möglich: LPF, ARM." in capsys.readouterr().err
    assert run_cli(["--db", db_url, "setup", "--admin", "chef", "--budget", "LPF", "--yes"]) == 1
    assert "bitte KÜRZEL=BETRAG angeben" in capsys.readouterr().err
    assert needs_setup(database) and not has_data(database)
