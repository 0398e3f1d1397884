"""Consultations: booking in the hours, double booking refused, the idea recorded, and the idea registered as an
application with its receipt date and documents (both backends)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from app.administration.settings_service import set_setting
from app.cases import consultations, intake
from app.cases.consultation_ideas import record_idea
from app.cases.consultation_reader import ConsultationReader
from app.cases.consultations import ConsultationInput
from app.kernel.errors import PermissionDenied, ValidationError
from app.kernel.stored_text import render
from db.enums import ConsultationStatus, DeadlineKind, Status
from db.models import Application, AuditEvent, Consultation, Deadline, Document
from tests.support import Office, application_input

TUESDAY = dt.datetime(2026, 2, 3, 10, 0)  # the `today` fixture is Monday, 2 February 2026


def _book(office: Office, start: dt.datetime = TUESDAY, who: str = "anna", **changes: object) -> int:
    values: dict[str, object] = {"contact_name": "Frau Beispiel", "contact_phone": "03632 1234", **changes}
    data = ConsultationInput(start=start, topic="Idee Familiencafé", **values)  # type: ignore[arg-type]
    return consultations.book(office.uow(who), data)


def _row(office: Office, consultation_id: int) -> Consultation:
    with office.database.read() as session:
        found = session.get(Consultation, consultation_id)
        assert found is not None
        session.expunge(found)
        return found


def test_a_booking_takes_the_slot_length_the_contact_and_an_audit_entry(office: Office) -> None:
    with office.database.engine.begin() as conn:
        before = conn.scalar(select(func.count()).select_from(AuditEvent))
    consultation_id = _book(office, notes="Ruft vorher an.")
    row = _row(office, consultation_id)
    assert (row.on, row.start_time, row.duration_minutes) == (TUESDAY.date(), TUESDAY.time(), 60)
    assert (row.contact_name, row.contact_phone, row.topic, row.status) == (
        "Frau Beispiel", "03632 1234", "Idee Familiencafé", ConsultationStatus.booked)
    with office.database.engine.begin() as conn:
        events = conn.execute(select(AuditEvent.entity, AuditEvent.action).where(
            AuditEvent.entity == "Consultation")).all()
        assert conn.scalar(select(func.count()).select_from(AuditEvent)) > (before or 0)
    assert ("Consultation", "book-consultation") in [tuple(e) for e in events]
    listed = ConsultationReader(office.database, "anna").upcoming(dt.date(2026, 2, 2))
    assert [(r.id, r.contact, r.advisor_name, r.status_label) for r in listed] == [
        (consultation_id, "Frau Beispiel", "anna", "gebucht")]


def test_the_slot_length_is_a_setting(office: Office) -> None:
    set_setting(office.admin, "consultation_slot_minutes", 30)
    first = _book(office)
    second = _book(office, TUESDAY + dt.timedelta(minutes=30))
    assert _row(office, first).duration_minutes == _row(office, second).duration_minutes == 30
    plan = ConsultationReader(office.database, "anna").week(TUESDAY.date())
    assert [d.weekday() for d in plan.days] == [1, 3]
    assert len(plan.slots[TUESDAY.date()]) == 14 and {b.id for b in plan.bookings} == {first, second}


def test_the_same_advisor_cannot_be_booked_twice_in_a_slot(office: Office) -> None:
    _book(office)
    with pytest.raises(ValidationError, match=r"bereits vergeben: Anna Arndt berät am 03\.02\.2026 um 10:00 Uhr"):
        _book(office, contact_name="Herr Zweit")
    other_advisor = _book(office, advisor="bernd")  # the same hour with another colleague is fine
    assert _row(office, other_advisor).staff_id != _row(office, _book(office, TUESDAY.replace(hour=11))).staff_id
    with office.database.read() as session:
        assert session.scalar(select(func.count()).select_from(Consultation)) == 3


def test_a_cancelled_consultation_frees_its_slot(office: Office) -> None:
    first = _book(office)
    consultations.record_outcome(office.anna, first, status="cancelled")
    assert _book(office) != first
    with pytest.raises(ValidationError, match="bereits vergeben"):
        consultations.record_outcome(office.anna, first, status="booked")
    assert _row(office, first).status == ConsultationStatus.cancelled


@pytest.mark.parametrize(("start", "message"), [
    (dt.datetime(2026, 2, 2, 10, 0), "Montag, 02.02.2026 ist kein Beratungstag; Beratung gibt es dienstags und "
                                     "donnerstags."),
    (dt.datetime(2026, 2, 3, 8, 0), "Ein Termin um 08:00 Uhr liegt außerhalb der Sprechzeit."),
    (dt.datetime(2026, 2, 3, 15, 30), "Der Termin endet um 16:30 Uhr, nach Ende der Sprechzeit"),
])
def test_slots_outside_the_hours_are_refused(office: Office, start: dt.datetime, message: str) -> None:
    with pytest.raises(ValidationError) as refused:
        _book(office, start)
    assert message in refused.value.message
    with office.database.read() as session:
        assert session.scalar(select(func.count()).select_from(Consultation)) == 0


def test_a_contact_needs_a_way_back_and_a_reader_may_not_book(office: Office) -> None:
    with pytest.raises(ValidationError, match="Telefon oder E-Mail"):
        _book(office, contact_phone=None)
    with pytest.raises(ValidationError, match="Antragsteller wählen oder den Namen"):
        consultations.book(office.anna, ConsultationInput(start=TUESDAY, topic="x"))
    with pytest.raises(PermissionDenied):
        _book(office, who="leser")
    registered = consultations.book(office.anna, ConsultationInput(
        start=TUESDAY, topic="Verein", applicant_id=office.applicant_id))
    assert _row(office, registered).applicant_id == office.applicant_id


def test_an_idea_from_a_consultation_with_its_follow_up_in_the_deadline_list(office: Office, today) -> None:
    consultation_id = _book(office, follow_up_on="10.02.2026")
    today.set(dt.date(2026, 2, 3))
    idea = record_idea(office.anna, consultation_id, application_input(office.applicant_id, title="Zirkuswagen"),
                       follow_up_on=dt.date(2026, 2, 17))
    assert idea.startswith("IDEE-")
    row = _row(office, consultation_id)
    app_id = int(idea.removeprefix("IDEE-"))
    assert (row.application_id, row.status, row.follow_up_on) == (app_id, ConsultationStatus.held,
                                                                  dt.date(2026, 2, 17))
    with office.database.read() as session:
        follow_ups = [(a, due, kind, render(title, params)) for a, due, kind, title, params in session.execute(
            select(Deadline.application_id, Deadline.due_on, Deadline.kind, Deadline.title, Deadline.title_params)
            .where(Deadline.done_at.is_(None)))]
        assert session.get(Application, app_id).status == Status.idea  # type: ignore[union-attr]
    assert follow_ups == [(app_id, dt.date(2026, 2, 17), DeadlineKind.follow_up,
                           "Wiedervorlage Beratung: Idee Familiencafé")]
    with pytest.raises(ValidationError, match=f"bereits die Projektidee {idea}"):
        record_idea(office.anna, consultation_id, application_input(office.applicant_id))


def test_the_idea_becomes_an_application_with_receipt_date_and_documents(office: Office, today) -> None:
    consultation_id = _book(office, notes="Braucht Räume im Gemeindehaus.")
    idea = record_idea(office.anna, consultation_id, application_input(office.applicant_id, title="Zirkuswagen"))
    reader = ConsultationReader(office.database, "anna")
    draft = reader.idea_draft(idea)
    assert draft.title == "Zirkuswagen" and draft.applicant_id == office.applicant_id
    assert draft.description is not None and "Aus der Beratung am 03.02.2026: Braucht Räume im Gemeindehaus." \
        in draft.description
    required = [code for code, _name in reader.required_documents(office.applicant_id)]
    assert required and "application_signed" in required
    with pytest.raises(ValidationError, match="Eingangsdatum"):
        intake.convert_idea(office.anna, idea, None)
    today.set(dt.date(2026, 2, 12))
    with pytest.raises(ValidationError, match="Zukunft"):
        intake.convert_idea(office.anna, idea, dt.date(2026, 2, 13))
    file_number = intake.convert_idea(office.anna, idea, "10.02.2026", data=draft,
                                      received_documents=required[:1])
    with office.database.read() as session:
        app = session.scalar(select(Application).where(Application.file_number == file_number))
        assert app is not None
        docs = session.execute(select(Document.received_on).where(Document.application_id == app.id)).all()
        assert (app.status, app.received_on, app.description) == (Status.received, dt.date(2026, 2, 10),
                                                                  draft.description)
    assert docs == [(dt.date(2026, 2, 10),)]
    assert reader.consultation(consultation_id).idea == file_number
