"""Administration: programmes, settings, base rates and surcharges, applicant types, municipalities, database
address; admins only."""

from __future__ import annotations

import datetime as dt
import tomllib
from dataclasses import replace
from decimal import Decimal

import pytest

from app.administration import municipalities
from app.administration import settings_service as admin
from app.administration.db_settings import check_connection, save_database_url
from app.administration.programmes import ProgrammeInput
from app.administration.reads import administration
from app.applicants import types as applicant_types
from app.applicants.types import ApplicantTypeInput
from app.cases.choices import form_choices
from app.kernel import settings
from app.kernel.config import resolve_database, user_config_file
from app.kernel.errors import ConcurrentEditError, ConfigurationError, PermissionDenied, ValidationError
from app.kernel.rates import surcharge_table
from db.models import ApplicantType, AuditEvent, BaseRate, Municipality, Programme
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


def test_cost_line_tolerance_is_set_per_programme_and_checked(office: Office) -> None:
    with office.database.read() as session:
        version = session.query(Programme).one().version
    for bad in ("120", "-5", "viel"):
        with pytest.raises(ValidationError):
            admin.update_programme(office.admin, "LPF", ProgrammeInput(code="LPF", name="Landesprogramm Familie",
                                                                       cost_line_tolerance=bad), version)
    with office.database.read() as session:
        assert session.query(Programme).one().cost_line_tolerance == Decimal("0.2000")
    admin.update_programme(office.admin, "LPF", ProgrammeInput(code="LPF", name="Landesprogramm Familie",
                                                               cost_line_tolerance="30"), version)
    with office.database.read() as session:
        assert session.query(Programme).one().cost_line_tolerance == Decimal("0.3000")
        changed = session.query(AuditEvent).filter(AuditEvent.action == "update-programme",
                                                   AuditEvent.field == "cost_line_tolerance").count()
    assert changed == 1


def test_database_address_is_tested_and_saved_without_password(db_url: str) -> None:
    assert "in Ordnung" in check_connection(db_url)
    with pytest.raises(ConfigurationError, match="Klartext"):
        save_database_url("postgresql+psycopg://amt:geheim@server/foerderdesk")
    path = save_database_url(db_url)
    assert path == user_config_file()
    assert tomllib.loads(path.read_text(encoding="utf-8"))["database"]["url"]
    assert resolve_database().url.startswith(db_url.split("://", maxsplit=1)[0])
    path.unlink()


def test_applicant_types_are_created_and_changed_by_admins(office: Office) -> None:
    foundation = ApplicantTypeInput("foundation", "Stiftung bürgerlichen Rechts", needs_legal_capacity=True,
                                    required_documents=("application_signed", "statutes"))
    with pytest.raises(PermissionDenied):
        applicant_types.create_applicant_type(office.anna, foundation)
    for bad, message in ((replace(foundation, code="Stiftung!"), "Kleinbuchstaben"),
                         (replace(foundation, code="church"), "schon vergeben"),
                         (replace(foundation, name="Kirchlicher Träger"), "gibt es schon"),
                         (replace(foundation, required_documents=("gibtsnicht",)), "Unbekannte Unterlagenart")):
        with pytest.raises(ValidationError, match=message):
            applicant_types.create_applicant_type(office.admin, bad)
    assert applicant_types.create_applicant_type(office.admin, foundation) == 1

    changed = replace(foundation, name="Stiftung", eligible=False, required_documents=("statutes",))
    version = applicant_types.update_applicant_type(office.admin, changed, 1)
    with pytest.raises(ConcurrentEditError):
        applicant_types.update_applicant_type(office.admin, replace(changed, name="Stiftung (alt)"), 1)
    only_documents = replace(changed, required_documents=("statutes", "financing_plan"))
    assert applicant_types.update_applicant_type(office.admin, only_documents, version) == version + 1
    with office.database.read() as session:
        kind = session.query(ApplicantType).filter_by(code="foundation").one()
        assert (kind.name, kind.eligible, [d.code for d in kind.required_documents]) == (
            "Stiftung", False, ["financing_plan", "statutes"])
        events = session.query(AuditEvent).filter(AuditEvent.entity == "ApplicantType",
                                                  AuditEvent.entity_id == str(kind.id)).all()
    assert {e.action for e in events} == {"create-applicant-type", "update-applicant-type"}
    assert {e.field for e in events if e.action == "update-applicant-type"} == {"name", "eligible",
                                                                                "required_documents"}


def test_interest_surcharge_table_is_edited_like_the_base_rates(office: Office) -> None:
    with pytest.raises(PermissionDenied):
        admin.set_interest_surcharge(office.sabine, "2027-01-01", "3")
    for bad, message in (("25", "nicht plausibel"), ("-1", "nicht plausibel"), ("2,555", "zwei Nachkommastellen"),
                         ("viel", "Zahl|Betrag|Prozent")):
        with pytest.raises(ValidationError, match=message):
            admin.set_interest_surcharge(office.admin, "2027-01-01", bad)
    admin.set_interest_surcharge(office.admin, "2027-01-01", "3")
    admin.set_interest_surcharge(office.admin, "2027-01-01", "3,5")  # corrected
    with office.database.read() as session:
        table = surcharge_table(session)
        assert table.rate_on(dt.date(2026, 12, 31)) == Decimal("5.00")
        assert table.rate_on(dt.date(2027, 1, 1)) == Decimal("3.50")
        fields = [(e.action, e.field) for e in session.query(AuditEvent).filter(
            AuditEvent.entity == "InterestSurcharge", AuditEvent.user_name == "admin").order_by(AuditEvent.id)]
    assert fields == [("set-interest-surcharge", None), ("set-interest-surcharge", "points")]
    assert administration(office.admin).surcharges[-1] == (dt.date(2027, 1, 1), Decimal("3.50"))


def test_municipalities_are_added_renamed_and_deactivated(office: Office) -> None:
    with pytest.raises(PermissionDenied):
        municipalities.add_municipality(office.anna, "Neustadt am Kyffhäuser")
    with pytest.raises(ValidationError, match="gibt es schon"):
        municipalities.add_municipality(office.admin, "sondershausen")
    with pytest.raises(ValidationError, match="acht Ziffern"):
        municipalities.add_municipality(office.admin, "Neustadt am Kyffhäuser", "1606")
    assert municipalities.add_municipality(office.admin, " Neustadt am Kyffhäuser ", "16065999") == \
        "Neustadt am Kyffhäuser"
    row = next(m for m in administration(office.admin).municipalities if m.name == "Neustadt am Kyffhäuser")
    version = municipalities.change_municipality(office.admin, row.name, "Kyffhäuserland-Neustadt", row.key,
                                                 False, row.version)
    with pytest.raises(ConcurrentEditError):
        municipalities.change_municipality(office.admin, "Kyffhäuserland-Neustadt", "X-Stadt", None, True,
                                           row.version)
    with pytest.raises(ValidationError, match="keine bekannte Gemeinde"):
        municipalities.change_municipality(office.admin, "Neustadt am Kyffhäuser", "X", None, True, version)
    with office.database.read() as session:
        choices = [c.value for c in form_choices(session).municipalities]
        place = session.query(Municipality).filter_by(key="16065999").one()
        changes = {e.field: (e.old_value, e.new_value) for e in session.query(AuditEvent).filter(
            AuditEvent.action == "change-municipality")}
    assert "Sondershausen" in choices and "Kyffhäuserland-Neustadt" not in choices  # deactivated: not offered
    assert (place.name, place.in_district, place.version) == ("Kyffhäuserland-Neustadt", False, version)
    assert changes == {"name": ("Neustadt am Kyffhäuser", "Kyffhäuserland-Neustadt"), "in_district": ("True", "False")}


@pytest.mark.parametrize("value", ["١٤", "１４", "14.5", "", "1e3"])
def test_a_number_setting_takes_only_the_digits_0_to_9(office: Office, value: str) -> None:
    with pytest.raises(ValidationError, match="muss eine ganze Zahl sein"):
        admin.set_setting(office.admin, "reminder_due_days", value)
    with office.database.read() as session:
        assert settings.get_int(session, "reminder_due_days") == 14  # unchanged: the default
