"""Contact persons with consent and its withdrawal, edited and removed; duplicates found by address."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from app.applicants import service as applicants
from app.applicants.reader import ApplicantReader
from app.applicants.search import likely_duplicates
from app.applicants.service import ContactInput
from app.kernel.errors import ConcurrentEditError, PermissionDenied, ValidationError
from db.models import AuditEvent, ContactPerson
from tests.support import Office


def _contact(office: Office, contact_id: int) -> ContactPerson:
    with office.database.read() as session:
        return session.get_one(ContactPerson, contact_id)


def _add(office: Office, **changes: object) -> int:
    data = {"name": "Erika Muster", "function": "Vorstand", "consent_on": "12.01.2026", **changes}
    return applicants.add_contact(office.anna, office.applicant_id, ContactInput(**data))  # type: ignore[arg-type]


def test_consent_is_recorded_changed_and_withdrawn_with_audit(office: Office, today) -> None:
    contact_id = _add(office)
    stored = _contact(office, contact_id)
    assert (stored.consent_on, stored.consent_withdrawn_on, stored.active) == (dt.date(2026, 1, 12), None, True)
    version = applicants.update_contact(office.anna, contact_id, stored.version, ContactInput(
        name="Erika Muster", function="Kassenwartin", consent_on=dt.date(2026, 1, 12),
        consent_withdrawn_on="01.02.2026"))
    changed = _contact(office, contact_id)
    assert (changed.function, changed.consent_withdrawn_on, changed.version) == (
        "Kassenwartin", dt.date(2026, 2, 1), version)
    with office.database.read() as session:
        events = {e.field: (e.old_value, e.new_value) for e in session.scalars(
            select(AuditEvent).where(AuditEvent.action == "update-contact"))}
    assert events["consent_withdrawn_on"] == (None, "2026-02-01")
    assert events["function"] == ("Vorstand", "Kassenwartin")
    reader = ApplicantReader(office.database, "anna")
    line = next(c for c in reader.view(office.applicant_id).contacts if c.id == contact_id)
    assert (line.consent_on, line.consent_withdrawn_on, line.version) == (
        dt.date(2026, 1, 12), dt.date(2026, 2, 1), version)


@pytest.mark.parametrize(("changes", "field", "message"), [
    ({"consent_on": None, "consent_withdrawn_on": "01.02.2026"}, "consent_on", "setzt eine Einwilligung voraus"),
    ({"consent_withdrawn_on": "10.01.2026"}, "consent_withdrawn_on", "nicht vor der Einwilligung"),
    ({"consent_on": "03.02.2026"}, "consent_on", "in der Zukunft"),
    ({"consent_on": "31.02.2026"}, "consent_on", "Einwilligung vom"),
    ({"name": "  "}, "contact_name", "Name der Kontaktperson"),
    ({"email": "erika.example"}, "email", "keine gültige E-Mail"),
])
def test_bad_contact_input_is_refused_in_german_and_nothing_changes(office: Office, today, changes: dict,
                                                                     field: str, message: str) -> None:
    contact_id = _add(office)
    before = _contact(office, contact_id)
    data = {"name": "Erika Muster", "consent_on": "12.01.2026", **changes}
    with pytest.raises(ValidationError, match=message) as raised:
        applicants.update_contact(office.anna, contact_id, before.version, ContactInput(**data))
    assert raised.value.field == field
    after = _contact(office, contact_id)
    assert (after.version, after.consent_on, after.consent_withdrawn_on) == (before.version, before.consent_on, None)
    with pytest.raises(ValidationError, match=message):
        applicants.add_contact(office.anna, office.applicant_id, ContactInput(**data))


def test_a_removed_contact_leaves_the_file_but_stays_on_record(office: Office, today) -> None:
    contact_id = _add(office)
    stale = _contact(office, contact_id).version
    applicants.update_contact(office.bernd, contact_id, stale, ContactInput(name="Erika Muster-Beispiel"))
    with pytest.raises(ConcurrentEditError, match="inzwischen geändert"):
        applicants.deactivate_contact(office.anna, contact_id, stale)
    with pytest.raises(PermissionDenied):
        applicants.deactivate_contact(office.leser, contact_id, stale + 1)
    applicants.deactivate_contact(office.anna, contact_id, stale + 1, "Nicht mehr im Vorstand")
    assert not _contact(office, contact_id).active
    assert ApplicantReader(office.database, "anna").view(office.applicant_id).contacts == []
    with pytest.raises(ValidationError, match="ist entfernt"):
        applicants.update_contact(office.anna, contact_id, stale + 2, ContactInput(name="Erika"))
    with office.database.read() as session:
        event = session.scalars(select(AuditEvent).where(AuditEvent.action == "deactivate-contact")).one()
    assert (event.field, event.old_value, event.new_value, event.reason) == (
        "active", "True", "False", "Nicht mehr im Vorstand")


def test_the_same_address_is_offered_as_a_likely_duplicate(office: Office) -> None:
    # build_office: "Familienzentrum Sonnenblume e.V.", Bahnhofstraße 5, 99706 Sondershausen
    with office.database.read() as session:
        found = likely_duplicates(session, "Eltern-Kind-Treff Sondershausen", "99706", street="Bahnhofstr. 5")
        elsewhere = likely_duplicates(session, "Eltern-Kind-Treff Sondershausen", "99707", street="Bahnhofstr. 5")
        other_house = likely_duplicates(session, "Eltern-Kind-Treff Sondershausen", "99706", street="Bahnhofstr. 7")
    assert [(r.id, r.reason) for r in found] == [(office.applicant_id, "Anschrift")]
    assert elsewhere == [] and other_house == []
    twin = applicants.register_applicant(office.anna, applicants.ApplicantInput(
        name="Eltern-Kind-Treff", applicant_type="association", street="bahnhof-strasse 5", postcode="99706"))
    view = ApplicantReader(office.database, "anna").view(twin)
    assert [(r.id, r.reason) for r in view.duplicates] == [(office.applicant_id, "Anschrift")]


def test_a_removed_contact_cannot_be_chosen_but_a_case_naming_it_can_still_be_saved(office: Office, today) -> None:
    from app.cases import intake as applications
    from db.models import Application
    from tests.support import application_input, register

    kept, other = _add(office), _add(office, name="Max Beispiel")
    file_number = register(office, contact_person_id=kept)
    for contact_id in (kept, other):
        applicants.deactivate_contact(office.anna, contact_id, _contact(office, contact_id).version)
    with pytest.raises(ValidationError, match="»Max Beispiel« wurde beim Antragsteller entfernt"):
        applications.register_application(office.anna, application_input(office.applicant_id,
                                                                          contact_person_id=other))
    with office.database.read() as session:
        version = session.scalars(select(Application.version).where(Application.file_number == file_number)).one()
    applications.update_application(office.anna, file_number, version, application_input(
        office.applicant_id, title="Familiencafé am Markt (geändert)", contact_person_id=kept))
    with pytest.raises(ValidationError, match="entfernt"):
        applications.update_application(office.anna, file_number, version + 1, application_input(
            office.applicant_id, contact_person_id=other))
    with office.database.read() as session:
        case = session.scalars(select(Application).where(Application.file_number == file_number)).one()
    assert (case.contact_person_id, case.title) == (kept, "Familiencafé am Markt (geändert)")
