"""The state cycle on the shared server with per-person logins (issue 20's roles): the new tables are granted to
the people who plan and record, refused to readers, and audited by the database with the login."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from app.administration import db_roles
from app.kernel.database import Database, connect
from app.kernel.errors import PermissionDenied
from app.kernel.uow import UnitOfWork
from app.state_cycle import application_setup as setup
from app.state_cycle.committee_resolutions import ResolutionInput, record_resolution
from app.state_cycle.plan_periods import PlanPeriodInput, save_plan_period
from app.state_cycle.reader import StateCycleReader
from tests.fixtures.social_plan import PlanWorld

PEOPLE = ("admin", "anna", "leser")


@pytest.fixture
def logins(plan_world: PlanWorld, db_url: str) -> Iterator[dict[str, Database]]:
    office = plan_world.office
    if office.database.backend != "postgresql":
        pytest.skip("Datenbankanmeldungen gibt es nur auf dem PostgreSQL-Server")
    prefix = f"s{uuid.uuid4().hex[:8]}_"
    opened = {name: connect(make_url(db_url).set(username=db_roles.link_login(office.admin, name, prefix + name))
                            .render_as_string(hide_password=False)) for name in PEOPLE}
    yield opened
    for database in opened.values():
        database.dispose()
    with office.database.engine.begin() as conn:
        for login in list(conn.execute(text("SELECT rolname FROM pg_roles WHERE rolname LIKE :p"),
                                       {"p": prefix + "%"}).scalars()):
            conn.execute(text(f'DROP ROLE IF EXISTS "{login}"'))


def test_planning_and_resolutions_on_personal_logins(plan_world: PlanWorld, logins: dict[str, Database]) -> None:
    ref = plan_world.reviewed("Artern")
    anna = UnitOfWork(logins["anna"], "anna")
    setup.save_year(anna, "LPF", 2026, setup.YearSettings(ceiling="50000"))
    line = setup.add_line(UnitOfWork(logins["anna"], "anna"), "LPF", 2026,
                          setup.LineInput("micro_fund", "Mikroprojektefonds", "1000", "1000"))
    setup.remove_line(UnitOfWork(logins["anna"], "anna"), line)
    record_resolution(UnitOfWork(logins["anna"], "anna"), ref,
                      ResolutionInput("youth_welfare", "JHA/1/2026", "01.03.2026", "approved"))
    save_plan_period(UnitOfWork(logins["admin"], "admin"), plan_world.plan,
                     PlanPeriodInput("Testplan", 2026, 2027, "KT/1/2025", "01.12.2025"))
    assert StateCycleReader(logins["anna"], "anna").application(2026).total.count == 1
    with pytest.raises(PermissionDenied):
        setup.save_year(UnitOfWork(logins["leser"], "leser"), "LPF", 2026, setup.YearSettings(ceiling="1"))
    with plan_world.office.database.engine.connect() as conn:
        audited = set(conn.execute(text("SELECT entity, action FROM audit_events WHERE entity IN "
                                        "('StateApplication', 'StatePlanLine', 'CommitteeResolution', 'SocialPlan')"))
                      .all())
    assert {("StateApplication", "state-application-settings"), ("StatePlanLine", "state-line-remove"),
            ("CommitteeResolution", "record-resolution"), ("SocialPlan", "save-plan-period")} <= audited
