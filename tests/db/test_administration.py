"""Administration: programmes, settings, base rates, required documents, database address; admins only."""

from __future__ import annotations

import datetime as dt
import tomllib
from decimal import Decimal

import pytest

from app import settings
from app.config import resolve_database, user_config_file
from app.db_settings import check_connection, save_database_url
from app.errors import ConcurrentEditError, ConfigurationError, PermissionDenied, ValidationError
from app.services import admin
from app.services.programmes import ProgrammeInput
from db.models import ApplicantType, AuditEvent, BaseRate, Programme
from tests.support import Office


def test_programme_settings_and_rates_are_changed_by_admins_and_audited(office: Office) -> None:
    with office.database.read() as session:
        version = session.query(Programme).one().version
    data = ProgrammeInput(code="LPF", name="Landesprogramm Familie", max_funding_rate="75", min_grant="750",
                          proof_of_use_months=4)
    with pytest.raises(PermissionDenied):
        admin.update_programme(office.anna, "LPF", data, version)
    admin.update_programme(office.admin, "LPF", data, version)
    with pytest.raises(ConcurrentEditError):
        admin.update_programme(office.admin, "LPF", data, version)
    admin.set_setting(office.admin, "retention_years", "12")
    with pytest.raises(ValidationError, match="ganze Zahl"):
        admin.set_setting(office.admin, "retention_years", "zwölf")
    admin.set_base_rate(office.admin, "2026-07-01", "1,52")
    with pytest.raises(ValidationError, match=r"1\. Januar und 1\. Juli"):
        admin.set_base_rate(office.admin, "2026-08-01", "1,52")
    admin.set_required_documents(office.admin, "church", ["application_signed", "financing_plan", "statutes"])
    with office.database.read() as session:
        programme = session.query(Programme).one()
        assert (programme.max_funding_rate, programme.min_grant, programme.proof_of_use_months) == (
            Decimal("0.7500"), Decimal("750.00"), 4)
        assert settings.get_int(session, "retention_years") == 12
        assert session.get(BaseRate, dt.date(2026, 7, 1)).rate == Decimal("1.52")
        church = session.query(ApplicantType).filter_by(code="church").one()
        assert [d.code for d in church.required_documents] == ["application_signed", "financing_plan", "statutes"]
        actions = {e.action for e in session.query(AuditEvent).filter(AuditEvent.user_name == "admin")}
    assert {"update-programme", "set-setting", "set-base-rate", "set-required-documents"} <= actions


def test_database_address_is_tested_and_saved_without_password(db_url: str) -> None:
    assert "in Ordnung" in check_connection(db_url)
    with pytest.raises(ConfigurationError, match="Klartext"):
        save_database_url("postgresql+psycopg://amt:geheim@server/foerderdesk")
    path = save_database_url(db_url)
    assert path == user_config_file()
    assert tomllib.loads(path.read_text(encoding="utf-8"))["database"]["url"]
    assert resolve_database().url.startswith(db_url.split("://", maxsplit=1)[0])
    path.unlink()
